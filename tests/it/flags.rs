//! Issue 16: the flags ruff, typos and Vale users reach for, and file discovery.

use super::common::*;
use std::path::Path;
use std::process::{Command, Stdio};

/// A folder with an article holding one finding, and files that are not articles.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "The cat sat on on the mat.\n").unwrap();
    std::fs::write(dir.path().join("b.rs"), "// the the\nfn main() {}\n").unwrap();
    std::fs::write(dir.path().join("c.toml"), "x = \"the the\"\n").unwrap();
    std::fs::write(dir.path().join("d.snap"), "It was the the end.\n").unwrap();
    std::fs::write(dir.path().join("e.text"), "He flew flew home.\n").unwrap();
    dir
}

fn lines(o: &std::process::Output) -> Vec<String> {
    stdout(o).lines().map(String::from).collect()
}

#[test]
fn a_folder_walk_checks_only_article_files() {
    let dir = folder();
    let o = run_in(dir.path(), &["check", ".", "--isolated", "--show-files"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(lines(&o), ["a.md"]);
    let o = run_in(dir.path(), &["check", ".", "--isolated", "--format", "json"]);
    let paths: Vec<String> = json_lines(&o)
        .iter()
        .map(|r| r["path"].as_str().unwrap().into())
        .collect();
    assert_eq!(paths, ["a.md"]);
    // a file named explicitly is always checked
    let o = run_in(dir.path(), &["check", "d.snap", "--isolated", "--show-files"]);
    assert_eq!(lines(&o), ["d.snap"]);
    let o = run_in(dir.path(), &["check", "d.snap", "--isolated", "--format", "json"]);
    assert_eq!(json_lines(&o).len(), 1);
}

#[test]
fn include_and_extend_include_globs() {
    let dir = folder();
    std::fs::write(dir.path().join("parallax.toml"), "extend-include = [\"*.text\"]\n").unwrap();
    let o = run_in(dir.path(), &["check", ".", "--show-files"]);
    assert_eq!(lines(&o), ["a.md", "e.text"], "{}", stderr(&o));
    std::fs::write(dir.path().join("parallax.toml"), "include = [\"*.text\"]\n").unwrap();
    let o = run_in(dir.path(), &["check", ".", "--show-files"]);
    assert_eq!(lines(&o), ["e.text"], "{}", stderr(&o));
    let o = run_in(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(json_lines(&o).len(), 1);
    // and exclude still wins
    std::fs::write(
        dir.path().join("parallax.toml"),
        "extend-include = [\"*.text\"]\nexclude = [\"a.md\"]\n",
    )
    .unwrap();
    assert_eq!(lines(&run_in(dir.path(), &["check", ".", "--show-files"])), ["e.text"]);
}

#[test]
fn exit_zero_keeps_the_findings_and_exits_0() {
    let dir = folder();
    let o = run_in(dir.path(), &["check", "a.md", "--isolated"]);
    assert_eq!(o.status.code(), Some(1));
    let o = run_in(dir.path(), &["check", "a.md", "--isolated", "--exit-zero"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("repeated-word"), "{}", stdout(&o));
    // errors still exit 2
    let o = run_in(dir.path(), &["check", "missing.md", "--isolated", "--exit-zero"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn output_file_holds_what_stdout_would() {
    let dir = folder();
    let want = run_in(dir.path(), &["check", "a.md", "--isolated", "--format", "json"]);
    for flag in ["-o", "--output-file", "--output"] {
        let o = run_in(
            dir.path(),
            &["check", "a.md", "--isolated", "--format", "json", flag, "out.json"],
        );
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(o.stdout.is_empty(), "nothing on stdout");
        assert_eq!(
            std::fs::read(dir.path().join("out.json")).unwrap(),
            want.stdout,
            "{flag}"
        );
        std::fs::remove_file(dir.path().join("out.json")).unwrap();
    }
    // JSON Lines records stream to stdout: refused, not ignored
    let o = run_in(dir.path(), &["check", "--stdin-jsonl", "-o", "out.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("-o/--output-file does not work with --stdin-jsonl"),
        "{}",
        stderr(&o)
    );
    // replaced whole, and no temporary file left beside it
    std::fs::write(dir.path().join("out.txt"), "x".repeat(100_000)).unwrap();
    run_in(dir.path(), &["check", "a.md", "--isolated", "-o", "out.txt"]);
    let text = std::fs::read_to_string(dir.path().join("out.txt")).unwrap();
    assert!(
        text.starts_with("warning[repeated-word]") && !text.contains("xxx"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "no colour in a file");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 6, "{left:?}");
}

#[test]
fn stdin_filename_names_standard_input() {
    let dir = folder();
    std::fs::write(
        dir.path().join("parallax.toml"),
        "[[per-path]]\npaths = [\"quiet/**\"]\nignore = [\"repeated-word\"]\n",
    )
    .unwrap();
    let check = |extra: &[&str]| {
        let mut args = vec!["check", "-", "--format", "json"];
        args.extend_from_slice(extra);
        run_in_stdin(dir.path(), &args, "The cat sat on on the mat.\n")
    };
    let o = check(&["--stdin-filename", "articles/x.md"]);
    assert_eq!(json_lines(&o)[0]["path"], "articles/x.md");
    // the configuration's per-path settings go by the name
    let o = check(&["--stdin-filename", "quiet/x.md"]);
    assert!(json_lines(&o).is_empty(), "{}", stdout(&o));
    // never fixed: the file of that name is not written
    let o = check(&["--stdin-filename", "x.md", "--fix"]);
    assert!(stderr(&o).contains("x.md is checked but not fixed"), "{}", stderr(&o));
    assert!(!dir.path().join("x.md").exists());
}

#[test]
fn force_color_and_clicolor_force_colour_a_pipe() {
    let dir = folder();
    let run_env = |vars: &[(&str, &str)]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_parallax"));
        c.current_dir(dir.path())
            .args(["check", "a.md", "--isolated"])
            .env_remove("NO_COLOR")
            .env_remove("FORCE_COLOR")
            .env_remove("CLICOLOR_FORCE");
        for (k, v) in vars {
            c.env(k, v);
        }
        stdout(&c.output().unwrap())
    };
    assert!(!run_env(&[]).contains('\u{1b}'), "a pipe is not coloured");
    assert!(run_env(&[("FORCE_COLOR", "1")]).contains('\u{1b}'));
    assert!(run_env(&[("CLICOLOR_FORCE", "1")]).contains('\u{1b}'));
    assert!(!run_env(&[("CLICOLOR_FORCE", "0")]).contains('\u{1b}'));
}

#[test]
fn statistics_honour_format_json() {
    let dir = folder();
    let o = run_in(
        dir.path(),
        &["check", "a.md", "--isolated", "--statistics", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON statistics");
    assert_eq!(
        v,
        serde_json::json!([{"rule": "repeated-word", "severity": "warning", "count": 1}])
    );
    let o = run_in(dir.path(), &["check", "a.md", "--isolated", "--statistics"]);
    assert!(
        stdout(&o).trim_start().starts_with("1  repeated-word"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn config_schema_is_printed_and_is_json() {
    let o = run(&["config", "--schema"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("a JSON schema");
    assert!(v["properties"]["per-path"].is_object() && v["properties"]["extend-include"].is_object());
}

#[test]
fn per_path_ignore_of_unused_suppression_is_honoured() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("legacy")).unwrap();
    let text = "<!-- parallax-ignore repeated-word -->\nA clean sentence.\n";
    std::fs::write(dir.path().join("legacy/a.wiki"), text).unwrap();
    std::fs::write(dir.path().join("b.wiki"), text).unwrap();
    std::fs::write(
        dir.path().join("parallax.toml"),
        "[[per-path]]\npaths = [\"legacy/**\"]\nignore = [\"unused-suppression\"]\n",
    )
    .unwrap();
    let o = run_in(dir.path(), &["check", ".", "--format", "json"]);
    let got: Vec<(String, String)> = json_lines(&o)
        .iter()
        .map(|r| (r["path"].as_str().unwrap().into(), r["rule"].as_str().unwrap().into()))
        .collect();
    assert_eq!(got, [("b.wiki".to_string(), "unused-suppression".to_string())]);
}

#[test]
fn a_closed_stdout_keeps_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    // enough findings that the output fills the pipe
    std::fs::write(dir.path().join("a.md"), "The cat sat on on the mat.\n\n".repeat(3000)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .current_dir(dir.path())
        .args(["check", "a.md", "--isolated", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away (`| head -0`)
    assert_eq!(child.wait().unwrap().code(), Some(1), "findings: exit 1 even unread");
}

#[test]
fn a_pair_alone_checks_the_pair_not_the_current_folder() {
    let pair = tempfile::tempdir().unwrap();
    let (zh, en) = (pair.path().join("zh.txt"), pair.path().join("en.txt"));
    std::fs::copy(seed("000"), &zh).unwrap();
    std::fs::copy(seed("001"), &en).unwrap();
    let cwd = tempfile::tempdir().unwrap();
    std::fs::write(cwd.path().join("other.md"), "The the cat.\n").unwrap();
    let (zh, en) = (zh.to_string_lossy(), en.to_string_lossy());
    let o = run_in(
        cwd.path(),
        &["check", "--isolated", "--pair", &zh, &en, "--format", "json"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let recs = json_lines(&o);
    assert!(
        recs.iter().any(|r| r["rule"] == "name-mismatch"),
        "the pair is compared"
    );
    assert!(
        recs.iter().all(|r| r["path"] != "other.md"),
        "the current folder is not checked"
    );
}

#[test]
fn align_detects_which_side_is_chinese() {
    let (zh, en) = (seed("000"), seed("001"));
    let (zh, en) = (zh.to_string_lossy(), en.to_string_lossy());
    let right = run(&["align", &zh, &en, "--format", "json"]);
    let swapped = run(&["align", &en, &zh, "--format", "json"]);
    assert_eq!(swapped.status.code(), Some(0));
    assert_eq!(swapped.stdout, right.stdout, "aligned the same way");
    assert!(
        stderr(&swapped).contains("is the Chinese article"),
        "{}",
        stderr(&swapped)
    );
    assert!(stderr(&right).is_empty(), "{}", stderr(&right));
    let o = run(&["align", &en, &en_copy(&en)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("both English"), "{}", stderr(&o));
}

/// A copy of a file in a temporary folder (kept for the test's life).
fn en_copy(p: &str) -> String {
    let dir = Box::leak(Box::new(tempfile::tempdir().unwrap()));
    let to = dir.path().join("copy.txt");
    std::fs::copy(Path::new(p), &to).unwrap();
    to.to_string_lossy().into_owned()
}

#[test]
fn unknown_rule_ids_get_a_did_you_mean() {
    let o = run(&["check", "seeds", "--isolated", "--select", "repeated-wrod"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("did you mean `repeated-word`?"), "{}", stderr(&o));
    let o = run(&["check", "seeds", "--isolated", "--ignore", "zzzzzz"]);
    assert!(!stderr(&o).contains("did you mean"), "nothing close: {}", stderr(&o));
}
