//! End-to-end tests of the CI and pre-commit features: fixes, configuration, suppressions,
//! baselines and changed-lines gating. Each test works on a copy of its inputs in a temporary
//! folder, so nothing in the repository is ever modified.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `parallax ARGS` run in `dir`.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .current_dir(dir)
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .expect("run parallax")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l}: {e}")))
        .collect()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// A temporary folder holding a copy of `seeds/`.
fn seeds_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("seeds"), &dir.path().join("seeds"));
    dir
}

/// A temporary folder holding a copy of `tests/fixtures/ci/NAME`.
#[allow(dead_code)]
fn fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("tests/fixtures/ci").join(name), dir.path());
    dir
}

fn seed_path(dir: &Path, prefix: &str) -> PathBuf {
    std::fs::read_dir(dir.join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap()
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
    let p = seed_path(dir.path(), "001");
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
    assert!(!std::fs::read_to_string(seed_path(dir.path(), "003"))
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
