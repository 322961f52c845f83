//! Helpers every test module shares: running the binary, reading its output, the seeds and
//! the corpus (tests/corpus), copies in temporary folders.

#![allow(dead_code)]

use parallax::source::SourceFile;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository's root (the crate's manifest folder).
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The `parallax` binary, run in the repository's root with `NO_COLOR` unset and the result
/// cache off (no `.parallax_cache` in the repository; `tests/it/cache.rs` turns it on).
pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_parallax"));
    c.current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("PARALLAX_CACHE_DIR")
        .env("PARALLAX_NO_CACHE", "1");
    c
}

/// `parallax ARGS` in the repository's root, with no standard input.
pub fn run(args: &[&str]) -> Output {
    bin().args(args).stdin(Stdio::null()).output().expect("run parallax")
}

/// `parallax ARGS` run in `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    bin()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run parallax")
}

/// `parallax ARGS` in the repository's root, with `input` on standard input.
pub fn run_stdin(args: &[&str], input: &str) -> Output {
    run_in_stdin(root(), args, input)
}

/// `parallax ARGS` run in `dir`, with `input` on standard input.
pub fn run_in_stdin(dir: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = bin()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run parallax");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let out = child.wait_with_output().expect("wait for parallax");
    writer.join().unwrap();
    out
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

/// Standard output read as JSON Lines.
pub fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l}: {e}")))
        .collect()
}

/// The seed file whose name starts with `prefix` (`000` … `003`) in `dir`/seeds.
pub fn seed_in(dir: &Path, prefix: &str) -> PathBuf {
    std::fs::read_dir(dir.join("seeds"))
        .expect("seeds folder")
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}"))
}

/// The repository's seed file whose name starts with `prefix`.
pub fn seed(prefix: &str) -> PathBuf {
    seed_in(root(), prefix)
}

/// The repository's seed file whose name starts with `prefix`, loaded (named `prefix`).
pub fn seed_file(prefix: &str) -> SourceFile {
    parallax::source::load_file(&seed(prefix), prefix).expect("a seed loads")
}

/// A path in the test corpus (tests/corpus); a missing file fails the test.
pub fn corpus(path: &str) -> PathBuf {
    let p = root().join("tests/corpus").join(path);
    assert!(p.exists(), "test data missing: {}", p.display());
    p
}

/// Copy a folder recursively; the copies are writable whatever the originals' mode.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
            let mut perm = std::fs::metadata(&target).unwrap().permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            perm.set_readonly(false);
            std::fs::set_permissions(&target, perm).unwrap();
        }
    }
}

/// `git ARGS` in `dir` (a commit needs no configured identity or signing); a failure fails the
/// test.
pub fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .expect("git is installed");
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}
