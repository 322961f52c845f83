//! End-to-end tests of the CI and pre-commit features: fixes, configuration, suppressions,
//! baselines and changed-lines gating. Each test works on a copy of its inputs in a temporary
//! folder, so nothing in the repository is ever modified.

use super::common::*;
use std::path::Path;
use std::process::Output;

/// A temporary folder holding a copy of `seeds/`.
fn seeds_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("seeds"), &dir.path().join("seeds"));
    dir
}

/// A temporary folder holding a copy of `tests/fixtures/ci/NAME`.
fn fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("tests/fixtures/ci").join(name), dir.path());
    dir
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

// ---------------------------------------------------------------- fixes

#[test]
fn fix_writes_what_diff_predicted_and_a_second_fix_changes_nothing() {
    let dir = seeds_copy();
    let before = snapshot(&dir.path().join("seeds"));
    let d = run_in(dir.path(), &["check", "seeds", "--diff", "--isolated"]);
    assert_eq!(d.status.code(), Some(1), "{}", stderr(&d));
    assert_eq!(snapshot(&dir.path().join("seeds")), before, "--diff writes nothing");
    let predicted = stdout(&d);
    assert!(
        predicted.contains("--- a/seeds/001_bd4c6c1f7a1c1659.txt"),
        "{predicted}"
    );
    assert!(predicted.contains("+On 26 September 2007") && predicted.contains("On 10 December 2010,"));

    let f = run_in(
        dir.path(),
        &["check", "seeds", "--fix", "--isolated", "--format", "json"],
    );
    assert_eq!(f.status.code(), Some(1), "unfixable findings remain: {}", stderr(&f));
    assert!(stderr(&f).contains("applied"), "{}", stderr(&f));
    let after = snapshot(&dir.path().join("seeds"));
    let mut actual = String::new();
    for ((name, old), (_, new)) in before.iter().zip(&after) {
        let (old, new) = (
            String::from_utf8(old.clone()).unwrap(),
            String::from_utf8(new.clone()).unwrap(),
        );
        if old != new {
            let p = format!("seeds/{name}");
            actual += &similar::TextDiff::from_lines(&old, &new)
                .unified_diff()
                .header(&format!("a/{p}"), &format!("b/{p}"))
                .to_string();
        }
    }
    assert_eq!(actual, predicted, "--fix made exactly the diff --diff printed");
    // the fixed text re-lints clean for every safe fix
    for r in json_lines(&f) {
        assert!(
            r["fix"].is_null() || r["fix"]["safe"] == false,
            "a safe fix was left: {r}"
        );
    }
    let again = run_in(dir.path(), &["check", "seeds", "--fix", "--isolated"]);
    assert_eq!(
        snapshot(&dir.path().join("seeds")),
        after,
        "second --fix changes nothing"
    );
    assert!(!stderr(&again).contains("applied"), "{}", stderr(&again));
    let d2 = run_in(dir.path(), &["check", "seeds", "--diff", "--isolated"]);
    assert_eq!(d2.status.code(), Some(0));
    assert_eq!(stdout(&d2), "");
}

#[test]
fn unsafe_fixes_only_on_request() {
    let dir = seeds_copy();
    let safe = stdout(&run_in(
        dir.path(),
        &["check", "seeds/003_981c4c21a77e9e1d.txt", "--diff", "--isolated"],
    ));
    let all = stdout(&run_in(
        dir.path(),
        &[
            "check",
            "seeds/003_981c4c21a77e9e1d.txt",
            "--diff",
            "--unsafe-fixes",
            "--isolated",
        ],
    ));
    assert!(all.len() > safe.len(), "unsafe fixes add changes");
    assert!(
        !safe.contains("-| envoytitle2 = \n") && safe.contains("[[南奥塞梯]]"),
        "{safe}"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_reported_and_left_intact() {
    use std::os::unix::fs::PermissionsExt;
    let dir = seeds_copy();
    let p = seed_in(dir.path(), "001");
    let original = std::fs::read(&p).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).unwrap();
    let o = run_in(dir.path(), &["check", "seeds", "--fix", "--isolated"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("001_bd4c6c1f7a1c1659.txt: file is read-only"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(&p).unwrap(), original);
    // the other files were still fixed
    assert!(!std::fs::read_to_string(seed_in(dir.path(), "003"))
        .unwrap()
        .contains("[[南奥塞梯|南奥塞梯]]"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("seeds"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".parallax")
        })
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left behind");
}

// ---------------------------------------------------------------- configuration

#[test]
fn config_is_found_upwards_and_applies_severity_per_path_and_exclude() {
    let dir = fixture("config");
    let o = run_in(dir.path(), &["check", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let recs = json_lines(&o);
    assert_eq!(recs.len(), 1, "legacy/ ignored per path, drafts/ excluded: {recs:?}");
    assert_eq!(recs[0]["path"], "articles/en.txt");
    assert_eq!(recs[0]["severity"], "error", "[severity] override");
    // from a sub-folder, the same file is found by walking up
    let o = run_in(&dir.path().join("articles"), &["check", ".", "--format", "json"]);
    let recs = json_lines(&o);
    assert_eq!(recs.len(), 1, "{recs:?}");
    assert_eq!(recs[0]["path"], "en.txt");
    assert_eq!(recs[0]["severity"], "error");
}

#[test]
fn isolated_ignores_the_config_and_flags_override_it() {
    let dir = fixture("config");
    let o = run_in(dir.path(), &["check", "--isolated", "--format", "json"]);
    let paths: Vec<String> = json_lines(&o)
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        paths,
        ["articles/en.txt", "articles/legacy/old.txt", "drafts/draft.txt"]
    );
    assert!(json_lines(&o).iter().all(|r| r["severity"] == "warning"));
    // fail-on = "error" in the file; --fail-on info on the command line wins
    let o = run_in(dir.path(), &["check", "--select", "mixed-script", "--format", "json"]);
    assert_eq!(
        (o.status.code(), stdout(&o)),
        (Some(0), String::new()),
        "--select replaces the file's"
    );
    let o = run_in(dir.path(), &["check", "--ignore", "repeated-word"]);
    assert_eq!(o.status.code(), Some(0), "--ignore adds to the file's");
    let o = run_in(dir.path(), &["check", "--config", "other.toml", "--format", "json"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "other.toml ignores repeated-word: {}",
        stdout(&o)
    );
    let o = run_in(dir.path(), &["check", "--config", "other.toml", "--isolated"]);
    assert_eq!(o.status.code(), Some(2), "--config and --isolated conflict");
}

#[test]
fn fail_on_from_the_config_and_from_the_command_line() {
    let dir = fixture("config");
    std::fs::write(dir.path().join("articles/en.txt"), "A clean sentence.\n").unwrap();
    let o = run_in(dir.path(), &["check", "articles/en.txt", "--fail-on", "info"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // a warning under fail-on = "error" passes; --fail-on warning makes it fail
    let dir = fixture("config");
    std::fs::write(dir.path().join("parallax.toml"), "fail-on = \"error\"\n").unwrap();
    let o = run_in(dir.path(), &["check", "articles/en.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run_in(dir.path(), &["check", "articles/en.txt", "--fail-on", "warning"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn force_exclude_applies_exclude_to_explicit_paths() {
    let dir = fixture("config");
    let o = run_in(dir.path(), &["check", "drafts/draft.txt", "--format", "json"]);
    assert_eq!(json_lines(&o).len(), 1, "a file named explicitly is linted");
    let o = run_in(
        dir.path(),
        &["check", "drafts/draft.txt", "--force-exclude", "--format", "json"],
    );
    assert_eq!((o.status.code(), stdout(&o)), (Some(0), String::new()));
}

#[test]
fn config_errors_point_at_the_toml_line_and_exit_2() {
    for (name, line, message) in [
        ("config-bad-key", "parallax.toml:3:1", "unknown field `selct`"),
        ("config-bad-severity", "parallax.toml:4:17", "unknown variant `fatal`"),
        ("config-bad-values", "parallax.toml:2:12", "invalid glob `drafts/[z-a]`"),
        (
            "config-bad-values",
            "parallax.toml:3:10",
            "rule folder `missing-rules` does not exist",
        ),
        (
            "config-bad-values",
            "parallax.toml:4:20",
            "paired file `missing-en.txt` does not exist",
        ),
        (
            "config-bad-rule",
            "parallax.toml:2:11",
            "unknown rule id `no-such-rule`",
        ),
        (
            "config-bad-rule",
            "parallax.toml:6:31",
            "unknown rule id `repeated-wrd`",
        ),
    ] {
        let dir = fixture(name);
        for cmd in [&["check", "."][..], &["config"][..]] {
            let o = run_in(dir.path(), cmd);
            assert_eq!(o.status.code(), Some(2), "{name} {cmd:?}");
            let err = stderr(&o);
            assert!(
                err.contains(line) && err.contains(message),
                "{name} {cmd:?}: want {line} {message}\n{err}"
            );
            assert_eq!(stdout(&o), "", "nothing is checked with a broken config");
        }
    }
}

#[test]
fn config_command_prints_the_effective_configuration() {
    let dir = fixture("config");
    let o = run_in(dir.path(), &["config"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let parsed: toml::Value = toml::from_str(&out).expect("valid TOML");
    assert_eq!(parsed["fail-on"].as_str(), Some("error"));
    assert_eq!(parsed["ignore"][0].as_str(), Some("empty-reference"));
    assert_eq!(parsed["severity"]["repeated-word"].as_str(), Some("error"));
    assert_eq!(parsed["per-path"][0]["paths"][0].as_str(), Some("articles/legacy/**"));
    assert!(
        out.contains("pairs = [[\"articles/zh.md\", \"articles/en.txt\"]]"),
        "{out}"
    );
    assert!(out.starts_with("# configuration file: parallax.toml"), "{out}");
    let o = run_in(&dir.path().join("articles"), &["config"]);
    assert!(
        stdout(&o).contains("pairs = [[\"zh.md\", \"en.txt\"]]"),
        "paths shown from the current folder: {}",
        stdout(&o)
    );
    let o = run_in(dir.path(), &["config", "--isolated"]);
    let out = stdout(&o);
    assert!(
        out.contains("no configuration file") && out.contains("fail-on = \"warning\""),
        "{out}"
    );
}

// ---------------------------------------------------------------- inline suppressions

/// (path, rule, flagged text) of each finding.
fn findings(dir: &Path, o: &Output) -> Vec<(String, String, String)> {
    json_lines(o)
        .iter()
        .map(|r| {
            let path = r["path"].as_str().unwrap().to_string();
            let text = std::fs::read_to_string(dir.join(&path)).unwrap();
            let span = r["start"].as_u64().unwrap() as usize..r["end"].as_u64().unwrap() as usize;
            (path, r["rule"].as_str().unwrap().to_string(), text[span].to_string())
        })
        .collect()
}

#[test]
fn inline_suppressions_in_wikitext_markdown_and_plain_text() {
    let dir = fixture("suppress");
    let o = run_in(dir.path(), &["check", ".", "--isolated", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let got = findings(dir.path(), &o);
    let want = [
        ("article.md", "repeated-word", "flew flew"),
        (
            "article.wikitext",
            "unused-suppression",
            "<!-- parallax-ignore-file mixed-script -->",
        ),
        ("article.wikitext", "repeated-word", "flew flew"),
        ("article.wikitext", "repeated-word", "ran ran"),
        ("article.wikitext", "unused-suppression", "<!-- parallax-ignore all -->"),
        ("extract.txt", "repeated-word", "to to"),
        ("extract.txt", "unused-suppression", "parallax-ignore-file no-such-rule"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
    let unknown = json_lines(&o)
        .into_iter()
        .find(|r| r["path"] == "extract.txt" && r["rule"] == "unused-suppression");
    assert!(unknown.unwrap()["message"]
        .as_str()
        .unwrap()
        .contains("no rule `no-such-rule`"));
}

#[test]
fn unused_suppression_is_a_rule_like_the_others() {
    let dir = fixture("suppress");
    let o = run_in(
        dir.path(),
        &[
            "check",
            ".",
            "--isolated",
            "--format",
            "json",
            "--ignore",
            "unused-suppression",
        ],
    );
    assert!(findings(dir.path(), &o).iter().all(|f| f.1 == "repeated-word"));
    // a suppression of a rule that did not run is not judged
    let o = run_in(
        dir.path(),
        &[
            "check",
            "article.wikitext",
            "--isolated",
            "--format",
            "json",
            "--select",
            "repeated-word,unused-suppression",
        ],
    );
    let got = findings(dir.path(), &o);
    assert!(!got.iter().any(|f| f.2.contains("mixed-script")), "{got:?}");
    assert!(got.iter().any(|f| f.2.contains("parallax-ignore all")), "{got:?}");
    let o = run_in(dir.path(), &["rule", "unused-suppression"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).contains("parallax-disable") && stdout(&o).contains("plain-text"),
        "{}",
        stdout(&o)
    );
    let o = run_in(dir.path(), &["rule", "--all"]);
    assert!(stdout(&o).contains("unused-suppression"));
}

#[test]
fn suppressed_findings_are_not_fixed() {
    let dir = fixture("suppress");
    let o = run_in(dir.path(), &["check", "article.wikitext", "--isolated", "--fix"]);
    assert_eq!(o.status.code(), Some(1), "unused suppressions remain: {}", stderr(&o));
    let text = std::fs::read_to_string(dir.path().join("article.wikitext")).unwrap();
    for kept in ["on on", "to to", "swam swam", "slept slept"] {
        assert!(text.contains(kept), "suppressed `{kept}` was fixed");
    }
    for fixed in ["flew flew", "ran ran"] {
        assert!(!text.contains(fixed), "`{fixed}` was not fixed");
    }
}

// ---------------------------------------------------------------- baseline

#[test]
fn baseline_scenario_only_the_new_finding_fails_though_old_ones_moved() {
    let dir = seeds_copy();
    let o = run_in(
        dir.path(),
        &["check", "seeds", "--isolated", "--write-baseline", "baseline.json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let all = json_lines(&run_in(
        dir.path(),
        &["check", "seeds", "--isolated", "--format", "json"],
    ));
    let bl: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("baseline.json")).unwrap()).unwrap();
    let entries = bl["findings"].as_array().unwrap();
    assert_eq!(entries.len(), all.len(), "one entry per finding");
    let keys: Vec<String> = entries
        .iter()
        .map(|e| format!("{}|{}|{}", e["path"], e["rule"], e["hash"]))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "entries are sorted");
    assert!(entries
        .iter()
        .all(|e| e["path"].as_str().unwrap().starts_with("seeds/")));
    assert!(
        stderr(&o).contains(&format!("recorded {} findings", all.len())),
        "{}",
        stderr(&o)
    );

    let o = run_in(
        dir.path(),
        &["check", "seeds", "--isolated", "--baseline", "baseline.json"],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "everything is in the baseline: {}",
        stdout(&o)
    );
    assert!(
        stderr(&o).contains("no findings in 4 files; 0 fixed since the baseline"),
        "{}",
        stderr(&o)
    );

    // a new paragraph above, and a new `September September` in another line (the date
    // itself unchanged: a changed date would be a new date-mismatch against the Chinese)
    let p = seed_in(dir.path(), "001");
    let text = std::fs::read_to_string(&p).unwrap();
    let text = text
        .replacen(
            "Infobox\n",
            "A new and unrelated paragraph, written today.\n\nInfobox\n",
            1,
        )
        .replacen(
            "established on 26 September 2007.",
            "established on 26 September September 2007.",
            1,
        );
    std::fs::write(&p, &text).unwrap();
    let o = run_in(
        dir.path(),
        &[
            "check",
            "seeds",
            "--isolated",
            "--baseline",
            "baseline.json",
            "--format",
            "json",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let got = findings(dir.path(), &o);
    assert_eq!(
        got,
        [(
            "seeds/001_bd4c6c1f7a1c1659.txt".to_string(),
            "repeated-word".to_string(),
            "September September".to_string()
        )]
    );
    assert_eq!(
        json_lines(&o)[0]["line"],
        14,
        "the new finding, not the old one on line 21"
    );

    // fixing an old finding is counted
    std::fs::write(
        &p,
        text.replacen("On 10 December December 2010", "On 10 December 2010", 1),
    )
    .unwrap();
    let o = run_in(
        dir.path(),
        &["check", "seeds", "--isolated", "--baseline", "baseline.json"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("1 warning in 4 files; 1 fixed since the baseline"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn baseline_keys_do_not_depend_on_the_current_folder() {
    let dir = seeds_copy();
    let o = run_in(
        dir.path(),
        &[
            "check",
            "seeds",
            "--isolated",
            "--write-baseline",
            "seeds/baseline.json",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run_in(
        &dir.path().join("seeds"),
        &["check", ".", "--isolated", "--baseline", "baseline.json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn a_bad_baseline_is_an_error() {
    let dir = seeds_copy();
    std::fs::write(dir.path().join("bad.json"), "{\"findings\": 3}").unwrap();
    let o = run_in(dir.path(), &["check", "seeds", "--isolated", "--baseline", "bad.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("bad.json: not a parallax baseline"),
        "{}",
        stderr(&o)
    );
    let o = run_in(
        dir.path(),
        &["check", "seeds", "--isolated", "--baseline", "missing.json"],
    );
    assert_eq!(o.status.code(), Some(2));
    let o = run_in(
        dir.path(),
        &["check", "seeds", "--isolated", "--write-baseline", "no-such-dir/b.json"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot write the baseline"), "{}", stderr(&o));
    let o = run_in(
        dir.path(),
        &["check", "seeds", "--write-baseline", "a.json", "--baseline", "a.json"],
    );
    assert_eq!(o.status.code(), Some(2), "the two flags conflict");
}

#[test]
fn diff_exits_2_when_an_input_cannot_be_read() {
    let dir = seeds_copy();
    let o = run_in(dir.path(), &["check", "seeds", "missing.txt", "--diff", "--isolated"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("missing.txt: no such file or directory"),
        "{}",
        stderr(&o)
    );
    assert!(
        stdout(&o).contains("+++ b/seeds/001_bd4c6c1f7a1c1659.txt"),
        "the other files are still diffed"
    );
}

// ---------------------------------------------------------------- changed-lines gating

/// (line, rule) of each finding.
fn lines_rules(o: &Output) -> Vec<(u64, String)> {
    json_lines(o)
        .iter()
        .map(|r| (r["line"].as_u64().unwrap(), r["rule"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn old_version_scenario_reports_only_findings_in_the_changed_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    copy_dir(&root().join("seeds"), &old);
    copy_dir(&root().join("seeds"), &new);
    let name = "000_9fb3881375abaa5a.txt";
    let text = std::fs::read_to_string(new.join(name)).unwrap();
    assert!(text.contains("2005年9月19日，南奥塞梯"));
    std::fs::write(
        new.join(name),
        text.replacen("2005年9月19日，南奥塞梯", "2005年9月18日，南奥塞梯", 1),
    )
    .unwrap();

    let all = run_in(
        dir.path(),
        &["check", &format!("new/{name}"), "--isolated", "--format", "json"],
    );
    let want: Vec<(u64, String)> = lines_rules(&all).into_iter().filter(|(l, _)| *l == 6).collect();
    assert!(want.len() >= 2 && lines_rules(&all).len() > want.len() + 10, "{want:?}");

    let o = run_in(
        dir.path(),
        &[
            "check",
            &format!("new/{name}"),
            "--old",
            &format!("old/{name}"),
            "--isolated",
            "--format",
            "json",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(lines_rules(&o), want, "only the changed sentence's findings");
    // folders: files matched by their relative path; unchanged files report nothing
    // folders: files matched by their relative path; unchanged files report nothing. With
    // 001 beside it, 000 is paired: the changed date now also disagrees with the English
    // (`19 September 2005`), and that cross-language finding is on the changed line too.
    let o = run_in(
        dir.path(),
        &["check", "new", "--old", "old", "--isolated", "--format", "json"],
    );
    let mut want_paired = want.clone();
    want_paired.push((6, "date-mismatch".to_string()));
    let got = lines_rules(&o);
    // everything reported is on the changed line (cross-language findings whose label sits in
    // the changed sentence included), and nothing expected is missing
    assert!(got.iter().all(|(line, _)| *line == 6), "{got:?}");
    assert!(want_paired.iter().all(|w| got.contains(w)), "{got:?}");
    assert!(json_lines(&o).iter().all(|r| r["path"] == format!("new/{name}")));
    // no change at all: nothing to report, exit 0
    let o = run_in(dir.path(), &["check", "old", "--old", "old", "--isolated"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn old_version_gating_is_per_sentence_inside_a_long_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    copy_dir(&root().join("seeds"), &old);
    copy_dir(&root().join("seeds"), &new);
    let name = "001_bd4c6c1f7a1c1659.txt";
    let text = std::fs::read_to_string(new.join(name)).unwrap();
    // the same physical line holds the old `December December`, in another sentence
    let changed = text.replacen("chancery in Abkhazia's capital", "chancery in in Abkhazia's capital", 1);
    assert_ne!(changed, text);
    std::fs::write(new.join(name), changed).unwrap();
    let o = run_in(
        dir.path(),
        &["check", "new", "--old", "old", "--isolated", "--format", "json"],
    );
    let got = findings(dir.path(), &o);
    assert_eq!(
        got,
        [(format!("new/{name}"), "repeated-word".to_string(), "in in".to_string())]
    );
    // a file that is not in the old folder is new: everything in it is reported
    std::fs::write(new.join("extra.txt"), "A brand brand new article.\n").unwrap();
    let o = run_in(
        dir.path(),
        &["check", "new", "--old", "old", "--isolated", "--format", "json"],
    );
    assert_eq!(findings(dir.path(), &o).len(), 2);
    let o = run_in(dir.path(), &["check", "new", "--old", "no-such-folder", "--isolated"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run_in(dir.path(), &["check", "new", "--old", "old", "--diff-from", "HEAD"]);
    assert_eq!(o.status.code(), Some(2), "--old and --diff-from conflict");
}

#[test]
fn diff_from_reads_the_old_version_from_git() {
    let dir = seeds_copy();
    let git = |args: &[&str]| git(dir.path(), args);
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "seeds"]);
    let p = seed_in(dir.path(), "001");
    let text = std::fs::read_to_string(&p).unwrap();
    std::fs::write(
        &p,
        text.replacen("established on 26 September", "established on on 26 September", 1),
    )
    .unwrap();
    let o = run_in(
        dir.path(),
        &[
            "check",
            "seeds",
            "--diff-from",
            "HEAD",
            "--isolated",
            "--format",
            "json",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let got = findings(dir.path(), &o);
    assert_eq!(
        got,
        [(
            "seeds/001_bd4c6c1f7a1c1659.txt".to_string(),
            "repeated-word".to_string(),
            "on on".to_string()
        )]
    );
    let o = run_in(
        dir.path(),
        &["check", "seeds", "--diff-from", "no-such-rev", "--isolated"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a git revision"), "{}", stderr(&o));
}

// ---------------------------------------------------------------- pre-commit

#[test]
fn pre_commit_hook_is_defined_at_the_root() {
    let text = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    assert!(text.contains("- id: parallax\n"), "{text}");
    assert!(text.contains("entry: parallax check --force-exclude\n"), "{text}");
    assert!(
        text.contains("language: rust\n") && text.contains("types: [text]\n"),
        "{text}"
    );
    // one process for all files, so a pair is never split across batches
    assert_eq!(text.matches("require_serial: true\n").count(), 2, "{text}");
    assert!(!text.contains("require_serial: false"), "{text}");
    // what pre-commit runs: staged files by name, the config's exclude honoured
    let dir = fixture("config");
    let o = run_in(
        dir.path(),
        &[
            "check",
            "--force-exclude",
            "drafts/draft.txt",
            "articles/en.txt",
            "--format",
            "json",
        ],
    );
    let paths: Vec<String> = json_lines(&o)
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paths, ["articles/en.txt"]);
}

#[test]
fn stdin_is_checked_but_not_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in_stdin(
        dir.path(),
        &["check", "-", "--fix", "--isolated", "--format", "json"],
        "The cat sat on on the mat.\n",
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(json_lines(&o).len(), 1, "the finding is still reported");
    assert!(
        stderr(&o).contains("<stdin> is checked but not fixed"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn one_side_of_a_configured_pair_brings_its_counterpart() {
    // pre-commit passes only the changed file; the configured pair's other side is read as
    // context, its cross-language findings are reported, its own findings are not.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("seeds/000_9fb3881375abaa5a.txt"), dir.path().join("zh.txt")).unwrap();
    std::fs::copy(root().join("seeds/001_bd4c6c1f7a1c1659.txt"), dir.path().join("en.txt")).unwrap();
    std::fs::write(dir.path().join("parallax.toml"), "pairs = [[\"zh.txt\", \"en.txt\"]]\n").unwrap();
    let o = run_in(dir.path(), &["check", "en.txt", "--format", "json"]);
    let recs = json_lines(&o);
    assert!(
        recs.iter()
            .any(|r| r["rule"] == "name-mismatch"
                && r["labels"].as_array().unwrap().iter().any(|l| l["path"] == "en.txt")),
        "{recs:#?}"
    );
    // the counterpart's own single-document findings are not reported
    assert!(
        !recs
            .iter()
            .any(|r| r["rule"] == "link-text-overrun" || r["rule"] == "empty-reference"),
        "{recs:#?}"
    );
    // without the configured pair, the English file alone has no cross-language findings
    let o = run_in(dir.path(), &["check", "en.txt", "--isolated", "--format", "json"]);
    assert!(!json_lines(&o).iter().any(|r| r["rule"] == "name-mismatch"));
}
