//! Issue 16: gates that can be trusted. Changed-text gating and baselines by pair (an edit to
//! either side of a pair makes the pair's findings new), and pre-commit's batching.

use super::common::*;
use std::path::Path;
use std::process::Output;

const ZH: &str = "seeds/000_9fb3881375abaa5a.txt";
const EN: &str = "seeds/001_bd4c6c1f7a1c1659.txt";

/// The same date edited on one side only: `(file, from, to)`.
const EN_EDIT: (&str, &str, &str) = (EN, "On 19 September 2005", "On 18 September 2005");
const ZH_EDIT: (&str, &str, &str) = (ZH, "2005年9月19日，南奥塞梯", "2005年9月18日，南奥塞梯");

fn edit(dir: &Path, (file, from, to): (&str, &str, &str)) {
    let p = dir.join(file);
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.contains(from), "{file} holds {from}");
    std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
}

/// A finding's path and line, and its labels' paths and lines.
type Located = (String, u64, Vec<(String, u64)>);

/// The date-mismatch findings of a JSON run.
fn date_mismatches(o: &Output) -> Vec<Located> {
    json_lines(o)
        .iter()
        .filter(|r| r["rule"] == "date-mismatch")
        .map(|r| {
            let labels = r["labels"].as_array().unwrap();
            (
                r["path"].as_str().unwrap().to_string(),
                r["line"].as_u64().unwrap(),
                labels
                    .iter()
                    .map(|l| (l["path"].as_str().unwrap().to_string(), l["line"].as_u64().unwrap()))
                    .collect(),
            )
        })
        .collect()
}

fn json_check(dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["check", "seeds", "--isolated", "--format", "json"];
    args.extend_from_slice(extra);
    run_in(dir, &args)
}

/// Seeds copied to `dir/seeds`, and to `dir/old/seeds` untouched.
fn seeds_with_old() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("seeds"), &dir.path().join("seeds"));
    copy_dir(&root().join("seeds"), &dir.path().join("old/seeds"));
    dir
}

/// The date-mismatch a full check reports after `e`; it names both sides.
fn full_check_mismatch(dir: &Path, e: (&str, &str, &str)) -> Located {
    let all = date_mismatches(&json_check(dir, &[]));
    assert_eq!(
        all.len(),
        1,
        "the edit makes one date-mismatch: {all:?} after editing {}",
        e.0
    );
    assert!(all[0].2.iter().any(|(p, _)| p != &all[0].0), "{all:?}");
    all[0].clone()
}

#[test]
fn old_gates_a_pair_on_an_edit_to_either_side() {
    for e in [EN_EDIT, ZH_EDIT] {
        let dir = seeds_with_old();
        // before the edit no date disagrees
        assert!(date_mismatches(&json_check(dir.path(), &[])).is_empty());
        edit(dir.path(), e);
        let want = full_check_mismatch(dir.path(), e);
        let o = json_check(dir.path(), &["--old", "old/seeds"]);
        assert_eq!(o.status.code(), Some(1), "edit of {}: {}", e.0, stderr(&o));
        assert_eq!(date_mismatches(&o), [want], "edit of {}", e.0);
    }
}

#[test]
fn diff_from_gates_a_pair_on_an_edit_to_either_side() {
    for e in [EN_EDIT, ZH_EDIT] {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&root().join("seeds"), &dir.path().join("seeds"));
        git(dir.path(), &["init", "-q"]);
        git(dir.path(), &["add", "."]);
        git(dir.path(), &["commit", "-q", "-m", "seeds"]);
        let o = json_check(dir.path(), &["--diff-from", "HEAD"]);
        assert_eq!(o.status.code(), Some(0), "nothing changed: {}", stdout(&o));
        edit(dir.path(), e);
        let want = full_check_mismatch(dir.path(), e);
        let o = json_check(dir.path(), &["--diff-from", "HEAD"]);
        assert_eq!(o.status.code(), Some(1), "edit of {}: {}", e.0, stderr(&o));
        assert_eq!(date_mismatches(&o), [want], "edit of {}", e.0);
        // only the pair's findings touching the edit: the changed single file's own
        // findings elsewhere stay out
        assert!(json_lines(&o).len() < json_lines(&json_check(dir.path(), &[])).len());
    }
}

#[test]
fn a_baseline_does_not_excuse_a_pair_edited_on_either_side() {
    for e in [EN_EDIT, ZH_EDIT] {
        let dir = seeds_with_old();
        // a baseline recorded with the date already disagreeing the other way
        let (file, from, _) = e;
        edit(dir.path(), (file, from, &from.replace("19", "17")));
        let o = json_check(dir.path(), &["--write-baseline", "b.json"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(date_mismatches(&json_check(dir.path(), &["--baseline", "b.json"])).is_empty());
        // the same side edited again: a new disagreement, not the recorded one
        edit(dir.path(), (file, &from.replace("19", "17"), &from.replace("19", "18")));
        let o = json_check(dir.path(), &["--baseline", "b.json"]);
        assert_eq!(date_mismatches(&o).len(), 1, "edit of {file}: {}", stdout(&o));
    }
}

// ---------------------------------------------------------------- pre-commit

/// A folder of articles as a repository holds them: a pair named by language tags, two more.
fn articles() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("articles");
    std::fs::create_dir_all(&a).unwrap();
    for (prefix, name) in [
        ("000", "Abkhazia.zh.txt"),
        ("001", "Abkhazia.en.txt"),
        ("002", "Russia.txt"),
        ("003", "Donetsk.txt"),
    ] {
        std::fs::copy(seed(prefix), a.join(name)).unwrap();
    }
    dir
}

const ARTICLES: [&str; 4] = [
    "articles/Abkhazia.zh.txt",
    "articles/Abkhazia.en.txt",
    "articles/Russia.txt",
    "articles/Donetsk.txt",
];

/// The JSON lines of `parallax check --force-exclude FILES` (what the hook runs).
fn hook(dir: &Path, files: &[&str]) -> Vec<String> {
    let mut args = vec!["check", "--force-exclude", "--format", "json"];
    args.extend_from_slice(files);
    stdout(&run_in(dir, &args)).lines().map(String::from).collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// Whether a JSON finding has a label in another file (a cross-language finding).
fn across(line: &str) -> bool {
    let r: serde_json::Value = serde_json::from_str(line).unwrap();
    r["labels"].as_array().unwrap().iter().any(|l| l["path"] != r["path"])
}

#[test]
fn a_counterpart_named_by_language_tag_is_read_as_context() {
    let dir = articles();
    // the English side passed alone: the Chinese side is read, the pair's findings reported
    let en = hook(dir.path(), &["articles/Abkhazia.en.txt"]);
    assert!(en.iter().any(|l| across(l)), "{en:#?}");
    // only what concerns the file passed: the Chinese side's own findings are not
    assert!(
        en.iter()
            .all(|l| across(l) || l.contains("\"path\":\"articles/Abkhazia.en.txt\"")),
        "{en:#?}"
    );
    let zh = hook(dir.path(), &["articles/Abkhazia.zh.txt"]);
    let pair: Vec<&String> = zh.iter().filter(|l| across(l)).collect();
    assert_eq!(pair, en.iter().filter(|l| across(l)).collect::<Vec<_>>());
}

#[test]
fn pre_commit_batches_give_the_findings_of_one_run() {
    let dir = articles();
    let one = sorted(hook(dir.path(), &ARTICLES));
    assert!(one.iter().any(|l| across(l)), "the pair is compared");
    let [zh, en, ru, dn] = ARTICLES;
    // batches that keep the pair together: exactly the findings of one run, none twice
    for batches in [vec![vec![zh, en], vec![ru], vec![dn]], vec![vec![ru, zh, en], vec![dn]]] {
        let all = sorted(batches.iter().flat_map(|b| hook(dir.path(), b)).collect());
        assert_eq!(all, one, "{batches:?}");
    }
    // batches that split the pair: each reads the other side as context, so nothing
    // vanishes and nothing new appears; a cross-language finding is printed by each batch that
    // holds one of its sides, spelled the same (`require_serial: true` gives pre-commit's
    // files to one process unless the command line overflows)
    for batches in [vec![vec![zh], vec![en, ru, dn]], vec![vec![zh, ru], vec![en, dn]]] {
        let outs: Vec<Vec<String>> = batches.iter().map(|b| hook(dir.path(), b)).collect();
        for o in &outs {
            let mut u = o.clone();
            u.sort();
            u.dedup();
            assert_eq!(u.len(), o.len(), "nothing twice within a batch");
        }
        let mut all = sorted(outs.concat());
        let twice: Vec<String> = all.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0].clone()).collect();
        assert!(twice.iter().all(|l| across(l)), "{twice:#?}");
        all.dedup();
        assert_eq!(all, one, "{batches:?}");
    }
}

#[test]
fn a_configured_counterpart_is_spelled_relative_to_the_current_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(seed("000"), dir.path().join("zh.txt")).unwrap();
    std::fs::copy(seed("001"), dir.path().join("en.txt")).unwrap();
    std::fs::write(dir.path().join("parallax.toml"), "pairs = [[\"zh.txt\", \"en.txt\"]]\n").unwrap();
    for passed in ["en.txt", "zh.txt"] {
        let recs = json_lines(&run_in(dir.path(), &["check", passed, "--format", "json"]));
        let mut paths: Vec<String> = recs
            .iter()
            .flat_map(|r| {
                std::iter::once(r["path"].clone())
                    .chain(r["labels"].as_array().unwrap().iter().map(|l| l["path"].clone()))
            })
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths, ["en.txt", "zh.txt"], "passed {passed}");
    }
}
