//! The result cache (`.parallax_cache`): a second run reads what the first wrote and prints
//! the same; a changed file, or a changed configuration, is checked again; a broken entry or
//! an unwritable folder is no error; `parallax clean` removes it.

use crate::common::{bin, stderr, stdout};
use std::path::Path;
use std::process::{Output, Stdio};

const ZH: &str = "**石桥**是一座位于河上的桥。\n\n石桥于1887年5月12日开通，全长320米。\n";
const EN: &str = "The **Stone Bridge** is a bridge over the river.\n\nThe Stone Bridge opened on 12 May 1887 and is 320 metres long.\n";

/// A folder with a zh↔en pair (by name) and an article alone with a repeated word.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bridge.zh.md"), ZH).unwrap();
    std::fs::write(dir.path().join("bridge.en.md"), EN).unwrap();
    std::fs::write(dir.path().join("cat.md"), "The cat sat on on the mat.\n").unwrap();
    dir
}

/// `parallax check --isolated ARGS` in `dir`, with the cache on (in `dir/.parallax_cache`
/// unless ARGS say otherwise).
fn check(dir: &Path, args: &[&str]) -> Output {
    bin()
        .current_dir(dir)
        .env_remove("PARALLAX_NO_CACHE")
        .args(["check", "--isolated", "--color", "never"])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// The files in a cache folder's version folder: `u…` for a unit's result, `f…` for what the
/// first pass learnt of a file.
fn files(cache: &Path) -> Vec<std::path::PathBuf> {
    let Ok(versions) = std::fs::read_dir(cache) else {
        return Vec::new();
    };
    versions
        .flatten()
        .filter(|v| v.path().is_dir())
        .flat_map(|v| std::fs::read_dir(v.path()).unwrap().flatten().map(|e| e.path()))
        .collect()
}

/// The units' entries in a cache folder.
fn entries(cache: &Path) -> Vec<std::path::PathBuf> {
    files(cache)
        .into_iter()
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with('u'))
        .collect()
}

#[test]
fn a_second_run_reads_the_cache_and_prints_the_same() {
    let dir = folder();
    for format in ["human", "json"] {
        let first = check(dir.path(), &["--format", format, "."]);
        let cache = dir.path().join(".parallax_cache");
        assert!(cache.join("CACHEDIR.TAG").exists());
        assert_eq!(std::fs::read_to_string(cache.join(".gitignore")).unwrap(), "*\n");
        // one entry per unit: the pair, and cat.md alone
        assert_eq!(entries(&cache).len(), 2, "{:?}", entries(&cache));
        assert!(stdout(&first).contains("repeated-word"), "{}", stdout(&first));
        for jobs in ["1", "2"] {
            let again = check(dir.path(), &["--format", format, "-j", jobs, "."]);
            assert_eq!(stdout(&again), stdout(&first));
            assert_eq!(stderr(&again), stderr(&first));
            assert_eq!(again.status.code(), first.status.code());
        }
        let without = check(dir.path(), &["--format", format, "--no-cache", "."]);
        assert_eq!(stdout(&without), stdout(&first));
    }
}

#[test]
fn a_changed_file_of_a_pair_checks_the_pair_again() {
    let dir = folder();
    let first = check(dir.path(), &["."]);
    assert!(!stdout(&first).contains("date-mismatch"), "{}", stdout(&first));
    // only the English side changes: the pair is checked again, and the mismatch is found
    std::fs::write(dir.path().join("bridge.en.md"), EN.replace("12 May", "14 May")).unwrap();
    let second = check(dir.path(), &["."]);
    assert!(stdout(&second).contains("date-mismatch"), "{}", stdout(&second));
    assert_eq!(entries(&dir.path().join(".parallax_cache")).len(), 3);
}

#[test]
fn a_corrupt_entry_is_ignored_and_written_again() {
    let dir = folder();
    let first = check(dir.path(), &["--format", "json", "."]);
    let cache = dir.path().join(".parallax_cache");
    // every file: the units' results and what the first pass learnt
    for (i, e) in files(&cache).iter().enumerate() {
        let text = std::fs::read(e).unwrap();
        let broken: &[u8] = if i % 2 == 0 {
            &text[..text.len() / 2]
        } else {
            b"{\"layout\": 1}"
        };
        std::fs::write(e, broken).unwrap();
    }
    let second = check(dir.path(), &["--format", "json", "."]);
    assert_eq!(stdout(&second), stdout(&first));
    assert_eq!(second.status.code(), first.status.code());
    for e in entries(&cache) {
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&e).unwrap()).unwrap();
        assert!(v["diagnostics"].is_array(), "{} not written again", e.display());
    }
}

#[test]
fn no_cache_writes_nothing_and_cache_dir_and_the_variable_move_it() {
    let dir = folder();
    check(dir.path(), &["--no-cache", "."]);
    assert!(!dir.path().join(".parallax_cache").exists());
    let off = bin()
        .current_dir(dir.path())
        .env("PARALLAX_NO_CACHE", "1")
        .args(["check", "--isolated", "."])
        .output()
        .unwrap();
    assert_eq!(off.status.code(), Some(1));
    assert!(!dir.path().join(".parallax_cache").exists());
    check(dir.path(), &["--cache-dir", "elsewhere", "."]);
    assert_eq!(entries(&dir.path().join("elsewhere")).len(), 2);
    let by_var = bin()
        .current_dir(dir.path())
        .env_remove("PARALLAX_NO_CACHE")
        .env("PARALLAX_CACHE_DIR", "by-var")
        .args(["check", "--isolated", "."])
        .output()
        .unwrap();
    assert_eq!(by_var.status.code(), Some(1));
    assert_eq!(entries(&dir.path().join("by-var")).len(), 2);
    assert!(!dir.path().join(".parallax_cache").exists());
}

#[test]
fn a_changed_selection_does_not_reuse_entries() {
    let dir = folder();
    let all = check(dir.path(), &["--format", "json", "."]);
    assert!(stdout(&all).contains("repeated-word"));
    let some = check(dir.path(), &["--format", "json", "--select", "date-mismatch", "."]);
    assert_eq!(stdout(&some), "");
    assert_eq!(some.status.code(), Some(0));
    assert_eq!(entries(&dir.path().join(".parallax_cache")).len(), 4);
}

#[test]
fn an_unwritable_cache_folder_is_a_note_not_an_error() {
    let dir = folder();
    let first = check(dir.path(), &["--no-cache", "."]);
    // a folder under a file cannot be made, whoever runs the test
    std::fs::write(dir.path().join("file"), "").unwrap();
    let out = check(dir.path(), &["--cache-dir", "file/cache", "."]);
    assert_eq!(out.status.code(), first.status.code());
    assert_eq!(stdout(&out), stdout(&first));
    let err = stderr(&out);
    let note: Vec<&str> = err.lines().filter(|l| l.starts_with("note:")).collect();
    assert_eq!(note.len(), 1, "{err}");
    assert!(note[0].contains("file/cache"), "{}", note[0]);
}

#[test]
fn clean_removes_the_cache_folder() {
    let dir = folder();
    check(dir.path(), &["."]);
    let cache = dir.path().join(".parallax_cache");
    assert!(cache.exists());
    let clean = || {
        bin()
            .current_dir(dir.path())
            .env_remove("PARALLAX_NO_CACHE")
            .arg("clean")
            .output()
            .unwrap()
    };
    let out = clean();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "removed .parallax_cache\n");
    assert!(!cache.exists());
    let out = clean();
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("nothing to remove"), "{}", stdout(&out));
    // a folder that is not a cache is left alone
    std::fs::create_dir(&cache).unwrap();
    std::fs::write(cache.join("keep"), "x").unwrap();
    let out = clean();
    assert_eq!(out.status.code(), Some(2));
    assert!(cache.join("keep").exists());
}

#[test]
fn a_second_run_reports_what_the_entry_holds() {
    let dir = folder();
    check(dir.path(), &["--format", "json", "."]);
    // an entry changed behind parallax's back (valid, and fitting its unit) is believed: the
    // second run did read the cache rather than check again
    for e in entries(&dir.path().join(".parallax_cache")) {
        let text = std::fs::read_to_string(&e).unwrap();
        std::fs::write(&e, text.replace("repeated-word", "unused-suppression")).unwrap();
    }
    let second = check(dir.path(), &["--format", "json", "."]);
    assert!(!stdout(&second).contains("repeated-word"), "{}", stdout(&second));
    assert!(stdout(&second).contains("unused-suppression"), "{}", stdout(&second));
}

#[test]
fn sarif_is_streamed_and_cached_and_the_same_as_a_held_run() {
    let dir = folder();
    std::fs::write(dir.path().join("empty.json"), r#"{"version":1,"findings":[]}"#).unwrap();
    let first = check(dir.path(), &["--format", "sarif", "."]);
    assert_eq!(entries(&dir.path().join(".parallax_cache")).len(), 2);
    let second = check(dir.path(), &["--format", "sarif", "."]);
    assert_eq!(stdout(&second), stdout(&first));
    // a baseline holds every document at once (no cache): an empty one reports the same
    let held = check(dir.path(), &["--format", "sarif", "--baseline", "empty.json", "."]);
    assert_eq!(stdout(&held), stdout(&first));
    let v: serde_json::Value = serde_json::from_str(&stdout(&first)).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().any(|r| r["ruleId"] == "repeated-word"), "{results:?}");
}
