//! The fix engine behind `--fix`, `--unsafe-fixes` and `--diff`.
//!
//! Fixing a text is a loop: lint, pick the fixes whose edits do not overlap, apply them,
//! lint the result again, until no applicable fix remains (at most [`MAX_ROUNDS`] rounds,
//! so two fixes that undo each other cannot loop forever). Writing is separate and careful:
//! the new text goes to a temporary file in the same folder, which takes the original's
//! permissions and is renamed over it only if the file on disk still holds the bytes that
//! were read; a read-only file is never replaced.

use crate::diagnostic::{apply_edits, Diagnostic, Edit};
use std::io::Write;
use std::path::Path;

/// Upper bound on lint-and-fix rounds for one file.
pub const MAX_ROUNDS: usize = 10;

/// The result of fixing one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    /// How many fixes were applied, over all rounds.
    pub applied: usize,
}

/// Whether a diagnostic's fix may be applied: safe fixes always, unsafe ones on request.
fn applicable(d: &Diagnostic, unsafe_fixes: bool) -> bool {
    d.fix.as_ref().is_some_and(|f| unsafe_fixes || f.safe)
}

fn overlaps(a: &Edit, b: &Edit) -> bool {
    (a.start < b.end && b.start < a.end) || a.start == b.start
}

/// The edits of the applicable fixes in `diags` that can be applied together: a fix is taken
/// whole or not at all, in diagnostic order (by position), skipping any fix one of whose edits
/// overlaps an edit already taken or lies outside `text` or off a character boundary.
/// Returns the edits and how many fixes they come from.
pub fn select_edits(text: &str, diags: &[Diagnostic], unsafe_fixes: bool) -> (Vec<Edit>, usize) {
    let mut fixes: Vec<&Diagnostic> = diags.iter().filter(|d| applicable(d, unsafe_fixes)).collect();
    fixes.sort_by_key(|d| (d.span.start, d.span.end, d.rule));
    // taken edits by start: they never overlap, so only the neighbour below an edit's end can
    // (one lookup per edit, not a scan of every edit taken)
    let mut taken: std::collections::BTreeMap<usize, Edit> = std::collections::BTreeMap::new();
    let clashes = |taken: &std::collections::BTreeMap<usize, Edit>, e: &Edit| {
        taken.contains_key(&e.start) || taken.range(..e.end).next_back().is_some_and(|(_, t)| overlaps(e, t))
    };
    let mut count = 0;
    for d in fixes {
        let Some(fix) = &d.fix else { continue };
        let valid = |e: &Edit| {
            e.start <= e.end && e.end <= text.len() && text.is_char_boundary(e.start) && text.is_char_boundary(e.end)
        };
        let self_overlap = fix
            .edits
            .iter()
            .enumerate()
            .any(|(i, a)| fix.edits[i + 1..].iter().any(|b| overlaps(a, b)));
        if fix.edits.is_empty()
            || self_overlap
            || !fix.edits.iter().all(valid)
            || fix.edits.iter().any(|e| clashes(&taken, e))
        {
            continue;
        }
        taken.extend(fix.edits.iter().map(|e| (e.start, e.clone())));
        count += 1;
    }
    (taken.into_values().collect(), count)
}

/// Fix `text` until no applicable fix remains. `lint` returns the diagnostics of a text
/// (after suppressions and configuration, so that a suppressed finding is not fixed).
pub fn fix_text(text: &str, unsafe_fixes: bool, mut lint: impl FnMut(&str) -> Vec<Diagnostic>) -> Fixed {
    let mut current = text.to_string();
    let mut applied = 0;
    for _ in 0..MAX_ROUNDS {
        let diags = lint(&current);
        let (edits, n) = select_edits(&current, &diags, unsafe_fixes);
        if edits.is_empty() {
            break;
        }
        let next = apply_edits(&current, &edits);
        if next == current {
            break;
        }
        current = next;
        applied += n;
    }
    Fixed { text: current, applied }
}

/// The unified diff from `old` to `new`, headed `a/NAME` and `b/NAME` (empty when equal).
pub fn unified_diff(name: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

/// Why a fixed text was not written. The file on disk is left as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteError(pub String);

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A temporary file in `path`'s folder (so that renaming it over `path` stays on one file
/// system) holding `bytes`, flushed to disk.
fn temp_beside(path: &Path, bytes: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".parallax-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// Write `bytes` to `path` atomically: readers see the old file or the whole new one, never
/// a part (a temporary file beside it, renamed over it). A new file gets the usual
/// permissions (0644 under a 022 umask), an existing one keeps its own.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = temp_beside(path, bytes)?;
    match std::fs::metadata(path) {
        Ok(meta) => std::fs::set_permissions(tmp.path(), meta.permissions())?,
        Err(_) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o644))?;
            }
        }
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Replace the file at `path` with `new`, atomically, if it still holds `original`.
///
/// The new text is written to a temporary file in the same folder (so the rename stays on one
/// file system), given the original's permissions, flushed to disk and renamed over the
/// original. A read-only file, or one whose bytes differ from `original`, is left untouched.
pub fn write_if_unchanged(path: &Path, original: &[u8], new: &str) -> Result<(), WriteError> {
    let err = |what: &str, e: std::io::Error| WriteError(format!("{what}: {e}; file left unchanged"));
    // through a symbolic link, the file it points to is fixed and the link kept
    let target = std::fs::canonicalize(path).map_err(|e| err("cannot resolve its path", e))?;
    let path = target.as_path();
    let meta = std::fs::metadata(path).map_err(|e| err("cannot read its metadata", e))?;
    if meta.permissions().readonly() {
        return Err(WriteError("file is read-only; not fixed, file left unchanged".into()));
    }
    let tmp = temp_beside(path, new.as_bytes()).map_err(|e| err("cannot write a temporary file beside it", e))?;
    std::fs::set_permissions(tmp.path(), meta.permissions()).map_err(|e| err("cannot copy permissions", e))?;
    // The last moment to notice that someone else changed the file since it was read.
    match std::fs::read(path) {
        Ok(now) if now == original => {}
        Ok(_) => {
            return Err(WriteError(
                "file changed on disk while parallax was fixing it; not fixed, file left unchanged".into(),
            ))
        }
        Err(e) => return Err(err("cannot re-read it", e)),
    }
    tmp.persist(path).map_err(|e| err("cannot replace it", e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Fix, Severity};

    fn diag(start: usize, end: usize, replacement: &str, safe: bool) -> Diagnostic {
        Diagnostic::new("t", Severity::Warning, 0, start..end, "m").with_fix(Fix {
            message: "f".into(),
            edits: vec![Edit {
                start,
                end,
                replacement: replacement.into(),
            }],
            safe,
        })
    }

    #[test]
    fn overlapping_fixes_are_left_for_the_next_round() {
        let diags = vec![diag(0, 3, "x", true), diag(2, 5, "y", true), diag(5, 6, "z", true)];
        let (edits, n) = select_edits("abcdefg", &diags, false);
        assert_eq!(n, 2);
        assert_eq!(apply_edits("abcdefg", &edits), "xdezg");
    }

    #[test]
    fn unsafe_fixes_only_on_request() {
        let diags = vec![diag(0, 1, "X", false)];
        assert_eq!(select_edits("ab", &diags, false).1, 0);
        assert_eq!(select_edits("ab", &diags, true).1, 1);
    }

    #[test]
    fn edits_off_char_boundaries_or_out_of_range_are_skipped() {
        let diags = vec![diag(1, 2, "x", true), diag(0, 99, "y", true)];
        assert_eq!(select_edits("中文", &diags, false).1, 0);
    }

    #[test]
    fn the_loop_is_bounded_when_fixes_undo_each_other() {
        let mut rounds = 0;
        let out = fix_text("a", false, |t| {
            rounds += 1;
            let r = if t == "a" { "b" } else { "a" };
            vec![diag(0, 1, r, true)]
        });
        assert_eq!(rounds, MAX_ROUNDS);
        assert_eq!(out.applied, MAX_ROUNDS);
    }

    #[test]
    fn a_file_changed_since_it_was_read_is_left_intact() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, "original").unwrap();
        let read = std::fs::read(&p).unwrap();
        std::fs::write(&p, "edited by someone else").unwrap();
        let e = write_if_unchanged(&p, &read, "fixed").unwrap_err();
        assert!(e.0.contains("changed on disk"), "{e}");
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "edited by someone else");
        // no temporary file is left behind
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn permissions_are_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, "old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_if_unchanged(&p, b"old", "new").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o640);
    }
}
