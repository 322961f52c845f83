//! Bad and strange inputs get a clear error naming the path, exit 2, and never a hang or a
//! lost file: `--pair` with a folder or a missing file, `--fix` through a symbolic link, one
//! file named twice, special files.

use super::common::*;
use std::path::Path;
use std::process::{Command, Stdio};

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn pair_naming_a_folder_or_a_missing_file_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let zh = write(dir.path(), "a.zh.txt", "他出生于1950年。\n");
    let d = dir.path().display().to_string();
    for (args, named) in [
        (
            vec!["check", zh.to_str().unwrap(), "--pair", zh.to_str().unwrap(), &d],
            d.clone(),
        ),
        (
            vec![
                "check",
                zh.to_str().unwrap(),
                "--pair",
                zh.to_str().unwrap(),
                "no-such.en.txt",
            ],
            "no-such.en.txt".into(),
        ),
        (
            vec!["pairs", zh.to_str().unwrap(), "--pair", &d, zh.to_str().unwrap()],
            d.clone(),
        ),
    ] {
        let o = run_in(dir.path(), &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("--pair") && err.contains(&named), "{args:?}: {err}");
    }
}

#[cfg(unix)]
#[test]
fn fix_through_a_symlink_fixes_the_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let target = write(dir.path(), "real.txt", "It was was a fine day.\n");
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let o = run_in(dir.path(), &["check", "link.txt", "--fix"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(),
        "the link is kept"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "It was a fine day.\n");
}

#[test]
fn a_file_named_twice_is_read_and_fixed_once() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "It was was a fine day.\n");
    let o = run_in(dir.path(), &["check", "a.txt", "./a.txt", ".", "--fix"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("changed on disk"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.txt")).unwrap(),
        "It was a fine day.\n"
    );
    let o = run_in(dir.path(), &["check", "a.txt", "./a.txt", "--format", "json"]);
    assert_eq!(json_lines(&o).len(), 0);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_at_once_and_the_other_files_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", "It was was a fine day.\n");
    let fifo = dir.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let mut child = bin()
        .current_dir(dir.path())
        .args(["check", "pipe.txt", "b.txt", "--format", "json"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // a guard against the old behaviour (blocking forever on the FIFO), not a timing test
    let mut waited = 0;
    while child.try_wait().unwrap().is_none() {
        if waited > 600 {
            child.kill().unwrap();
            panic!("parallax blocked on a FIFO");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        waited += 1;
    }
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("pipe.txt") && stderr(&o).contains("not a regular file"),
        "{}",
        stderr(&o)
    );
    assert_eq!(json_lines(&o).len(), 1, "b.txt is still checked");
}

#[test]
fn timeout_zero_means_no_limit_and_a_bad_value_is_a_usage_error() {
    let o = run(&["check", "seeds/", "--timeout", "0", "-q"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let o = run(&["check", "seeds/", "--timeout", "soon"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_dump_with_hostile_pages_still_reports_every_other_page() {
    use super::dumps::xml_page;
    let dir = tempfile::tempdir().unwrap();
    let hostile = [
        format!("{}{}", "[[a|".repeat(5000), "]]".repeat(5000)),
        format!("{}{}", "{{a|".repeat(5000), "}}".repeat(5000)),
        "{{".repeat(100_000),
        format!("{}x", "<ref>".repeat(20_000)),
    ];
    let mut xml = String::from("<mediawiki xml:lang=\"en\">\n");
    let mut id = 1;
    for (k, h) in hostile.iter().enumerate() {
        xml += &xml_page(&format!("Normal {k}"), id, "It was was a fine day.");
        xml += &xml_page(&format!("Hostile {k}"), id + 1, h);
        id += 2;
    }
    xml += "</mediawiki>\n";
    std::fs::write(dir.path().join("d.xml"), xml).unwrap();
    let o = run_in(
        dir.path(),
        &["check", "d.xml", "--format", "json", "--select", "repeated-word"],
    );
    assert!(matches!(o.status.code(), Some(1)), "{}", stderr(&o));
    let pages: std::collections::BTreeSet<String> = json_lines(&o)
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect();
    let want: std::collections::BTreeSet<String> = (0..hostile.len()).map(|k| format!("d.xml#Normal {k}")).collect();
    assert_eq!(pages, want);
}
