//! End-to-end tests of the `parallax` binary: exit codes, formats, bad input.

use super::common::*;
use std::path::Path;

#[test]
fn seeds_report_findings_and_exit_1() {
    let o = run(&["check", "seeds/", "--color", "never"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("warning[repeated-word]: `December` is repeated"), "{out}");
    assert!(out.contains("seeds/001_bd4c6c1f7a1c1659.txt:19:"), "{out}");
    assert!(out.contains("warning[empty-reference]"), "{out}");
    assert!(!out.contains('\u{1b}'), "no colour when not asked");
    assert!(
        stderr(&o).contains("warnings,") && stderr(&o).contains(" in 4 files"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn json_lines_carry_the_contract() {
    let o = run(&["check", "seeds/", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let recs = json_lines(&o);
    assert!(!recs.is_empty());
    for r in &recs {
        for key in [
            "rule", "severity", "message", "path", "start", "end", "line", "column", "labels", "fix",
        ] {
            assert!(r.get(key).is_some(), "missing {key} in {r}");
        }
        for l in r["labels"].as_array().unwrap() {
            for key in ["path", "start", "end", "line", "column", "message"] {
                assert!(l.get(key).is_some(), "missing label {key} in {r}");
            }
        }
    }
    // sorted by path, then start, then rule
    let keys: Vec<(String, u64, String)> = recs
        .iter()
        .map(|r| {
            (
                r["path"].as_str().unwrap().into(),
                r["start"].as_u64().unwrap(),
                r["rule"].as_str().unwrap().into(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    // the repeated word covers exactly `December December`, on line 19
    let rw: Vec<_> = recs.iter().filter(|r| r["rule"] == "repeated-word").collect();
    assert_eq!(rw.len(), 1);
    let text = std::fs::read_to_string(seed("001")).unwrap();
    let (s, e) = (
        rw[0]["start"].as_u64().unwrap() as usize,
        rw[0]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "December December");
    assert_eq!(rw[0]["line"], 19);
    let col = text[..s].rsplit('\n').next().unwrap().chars().count() + 1;
    assert_eq!(rw[0]["column"].as_u64().unwrap() as usize, col);
    let fix = &rw[0]["fix"];
    assert_eq!(fix["safe"], true);
    // empty slots: 000 has 19, 002 has 20, counted over the runs' labels
    let slots = |path: &str| -> usize {
        recs.iter()
            .filter(|r| r["rule"] == "empty-reference" && r["path"].as_str().unwrap().contains(path))
            .map(|r| 1 + r["labels"].as_array().unwrap().len())
            .sum()
    };
    assert_eq!(slots("000_"), 19);
    assert_eq!(slots("002_"), 20);
}

#[test]
fn bad_inputs_name_the_file_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 au lait was served the the next day.").unwrap();
    let png = dir.path().join("image.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "= T =\n\nIt was the the best.\n").unwrap();

    let o = run(&["check", dir.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("latin1.txt: not valid UTF-8"), "{err}");
    assert!(
        !err.contains("image.png"),
        "a binary file found in a folder is skipped: {err}"
    );
    assert!(!err.contains("empty.txt"), "an empty file is not an error: {err}");
    let recs = json_lines(&o);
    assert_eq!(recs.len(), 1, "only good.txt has a finding");
    assert!(recs[0]["path"].as_str().unwrap().ends_with("good.txt"));

    let o = run(&["check", png.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("image.png: binary file (PNG image)"),
        "named explicitly: an error"
    );

    let o = run(&["check", empty.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).is_empty());
}

#[test]
fn crlf_and_bom_give_the_same_findings_at_the_same_lines() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["000", "001", "002", "003"] {
        let p = seed(name);
        let text = std::fs::read_to_string(&p).unwrap();
        let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        std::fs::write(dir.path().join(p.file_name().unwrap()), crlf).unwrap();
    }
    let a = json_lines(&run(&["check", "seeds/", "--format", "json"]));
    let b = json_lines(
        &bin()
            .args(["check", "--format", "json"])
            .arg(dir.path())
            .output()
            .unwrap(),
    );
    let key = |r: &serde_json::Value| {
        (
            r["rule"].to_string(),
            r["message"].to_string(),
            r["line"].to_string(),
            r["column"].to_string(),
        )
    };
    assert_eq!(
        a.iter().map(key).collect::<Vec<_>>(),
        b.iter().map(key).collect::<Vec<_>>()
    );
    // offsets point at the same text in the CRLF file
    let rw = b.iter().find(|r| r["rule"] == "repeated-word").unwrap();
    let path = Path::new(rw["path"].as_str().unwrap());
    let text = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        &text[rw["start"].as_u64().unwrap() as usize..rw["end"].as_u64().unwrap() as usize],
        "December December"
    );
}

#[test]
fn colour_only_when_asked() {
    assert!(stdout(&run(&["check", "seeds/", "--color", "always"])).contains('\u{1b}'));
    // `auto` with a pipe for stdout: no colour
    assert!(!stdout(&run(&["check", "seeds/"])).contains('\u{1b}'));
}

#[test]
fn output_is_deterministic() {
    let a = run(&["check", "seeds/", "--format", "json"]);
    let b = run(&["check", "seeds/001_bd4c6c1f7a1c1659.txt", "seeds/", "--format", "json"]);
    assert_eq!(
        stdout(&a),
        stdout(&b),
        "a file named twice is read once; order is the same"
    );
}

#[test]
fn input_format_override() {
    // Read as plain text, the wikitext seed's markup is not parsed: its links are prose.
    let o = run(&[
        "check",
        "--input-format",
        "plain",
        "seeds/003_981c4c21a77e9e1d.txt",
        "--format",
        "json",
    ]);
    assert!(o.status.code() == Some(0) || o.status.code() == Some(1));
    assert_eq!(
        run(&["check", "--input-format", "latex", "seeds/"]).status.code(),
        Some(2)
    );
}

#[test]
fn user_rule_packs_load_and_document_themselves() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "= T =\n\nThey utilize the the tool.\n").unwrap();
    let o = bin()
        .args(["check", "--rules", "tests/fixtures/packs-good", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let rules: Vec<_> = json_lines(&o)
        .iter()
        .map(|r| r["rule"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(rules, vec!["no-utilize", "repeated-word"]);
    let o = run(&["rule", "no-utilize", "--rules", "tests/fixtures/packs-good"]);
    assert!(stdout(&o).contains("Finds `utilize`"), "{}", stdout(&o));
    assert!(stdout(&o).contains("Defined in `tests/fixtures/packs-good/house-style.toml`"));
}

#[test]
fn a_broken_rule_pack_points_at_its_lines_and_exits_2() {
    let o = run(&[
        "check",
        "--rules",
        "tests/fixtures/packs-bad",
        "seeds/",
        "--color",
        "never",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    assert!(out.contains("error[rule-pack]: invalid regex"), "{out}");
    assert!(out.contains("tests/fixtures/packs-bad/broken.toml:6:"), "{out}");
    assert!(
        out.contains("`bad-example`: this example must not fire but does"),
        "{out}"
    );
    assert!(out.contains("tests/fixtures/packs-bad/broken.toml:14:"), "{out}");
    // the articles are still checked
    assert!(out.contains("warning[repeated-word]"), "{out}");
}
