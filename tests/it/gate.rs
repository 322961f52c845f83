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
