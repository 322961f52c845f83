//! Changed-lines gating: `--old PATH` and `--diff-from REV` keep only the findings that touch
//! text changed relative to an old version of the file.
//!
//! The old and new texts are compared line by line with `similar`; a changed line is then
//! compared character by character with its old version, and each change is widened to the
//! sentence(s) it falls in. A wiki paragraph is one physical line of several hundred
//! characters, so "the changed line" would be the whole paragraph: the sentence is the unit
//! a writer changes. A file without an old version (new, or not in the old folder or revision)
//! is changed throughout.

use crate::parse::Document;
use crate::Span;
use similar::{DiffOp, TextDiff};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Where the old versions come from.
#[derive(Debug, Clone)]
pub enum OldSource {
    /// A previous version of the file, or a folder of previous versions.
    Path(PathBuf),
    /// A git revision (`git show REV:path`).
    Git(String),
}

impl OldSource {
    /// Check the source can be used at all (the path exists, the revision is a commit).
    pub fn validate(&self) -> Result<(), String> {
        match self {
            OldSource::Path(p) if !p.exists() => Err(format!("--old {}: no such file or directory", p.display())),
            OldSource::Path(_) => Ok(()),
            OldSource::Git(rev) => {
                let out = Command::new("git")
                    .args(["rev-parse", "--verify", "--quiet", &format!("{rev}^{{commit}}")])
                    .output()
                    .map_err(|e| format!("--diff-from needs git: {e}"))?;
                if out.status.success() {
                    Ok(())
                } else {
                    Err(format!("--diff-from {rev}: not a git revision here"))
                }
            }
        }
    }

    /// The old text of the file shown as `name` (a path as given on the command line);
    /// `roots` are the command-line paths, so that a file found in folder `new/` is matched
    /// with the same relative path under an old folder. `Ok(None)`: no old version.
    pub fn old_text(&self, name: &str, roots: &[String]) -> Result<Option<String>, String> {
        if name == "<stdin>" {
            return Ok(None);
        }
        match self {
            OldSource::Path(old) if old.is_file() => read(old).map(Some),
            OldSource::Path(old) => {
                let path = Path::new(name);
                let mut candidates = Vec::new();
                for root in roots {
                    let root = Path::new(root);
                    if root.is_dir() {
                        if let Ok(rel) = path.strip_prefix(root) {
                            candidates.push(old.join(rel));
                        }
                    }
                }
                if path.is_relative() {
                    candidates.push(old.join(path));
                }
                if let Some(file_name) = path.file_name() {
                    candidates.push(old.join(file_name));
                }
                match candidates.into_iter().find(|c| c.is_file()) {
                    Some(c) => read(&c).map(Some),
                    None => Ok(None),
                }
            }
            OldSource::Git(rev) => {
                let rel = relative_to_cwd(Path::new(name));
                let out = Command::new("git")
                    .arg("show")
                    .arg(format!("{rev}:./{}", rel.to_string_lossy()))
                    .output()
                    .map_err(|e| format!("--diff-from needs git: {e}"))?;
                if out.status.success() {
                    String::from_utf8(out.stdout)
                        .map(Some)
                        .map_err(|_| format!("{name} at {rev} is not UTF-8"))
                } else {
                    // not in that revision: a new file
                    Ok(None)
                }
            }
        }
    }
}

fn read(p: &Path) -> Result<String, String> {
    std::fs::read_to_string(p).map_err(|e| format!("cannot read old version {}: {e}", p.display()))
}

fn relative_to_cwd(p: &Path) -> PathBuf {
    if p.is_relative() {
        return p.to_path_buf();
    }
    let cwd = std::env::current_dir()
        .map(|d| crate::gate::config::canonical(&d))
        .unwrap_or_default();
    crate::gate::config::canonical(p)
        .strip_prefix(&cwd)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| p.to_path_buf())
}

/// Byte offsets of the starts of `text`'s lines, plus `text.len()`.
fn line_starts(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    if *v.last().unwrap_or(&0) != text.len() {
        v.push(text.len());
    }
    v
}

/// The byte ranges of `new` changed relative to `old`, each widened to the whole `sentences`
/// (source spans of the new text, see [`sentence_spans`]) it touches. Zero-width ranges mark
/// where text was deleted.
pub fn changed_ranges(old: &str, new: &str, sentences: &[Span]) -> Vec<Span> {
    let (old_lines, new_lines) = (line_starts(old), line_starts(new));
    let at = |starts: &[usize], i: usize| starts.get(i).copied().unwrap_or(*starts.last().unwrap_or(&0));
    let mut raw: Vec<Span> = Vec::new();
    let lines = TextDiff::configure()
        .timeout(Duration::from_secs(2))
        .diff_lines(old, new);
    for op in lines.ops() {
        match *op {
            DiffOp::Equal { .. } => {}
            DiffOp::Insert { new_index, new_len, .. } => {
                raw.push(at(&new_lines, new_index)..at(&new_lines, new_index + new_len));
            }
            DiffOp::Delete { new_index, .. } => {
                let p = at(&new_lines, new_index);
                raw.push(p..p);
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let o = at(&old_lines, old_index)..at(&old_lines, old_index + old_len);
                let n = at(&new_lines, new_index)..at(&new_lines, new_index + new_len);
                raw.extend(char_changes(&old[o], &new[n.clone()], n.start));
            }
        }
    }
    let mut out: Vec<Span> = raw.into_iter().map(|r| widen_to_sentences(new, r, sentences)).collect();
    out.sort_by_key(|r| (r.start, r.end));
    out.dedup();
    out
}

/// Character-level changes between two versions of some lines, as byte ranges of the new
/// text offset by `base`.
fn char_changes(old: &str, new: &str, base: usize) -> Vec<Span> {
    let offsets: Vec<usize> = new
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(new.len()))
        .collect();
    let at = |i: usize| base + offsets.get(i).copied().unwrap_or(new.len());
    let diff = TextDiff::configure()
        .timeout(Duration::from_secs(1))
        .diff_chars(old, new);
    diff.ops()
        .iter()
        .filter_map(|op| match *op {
            DiffOp::Equal { .. } => None,
            DiffOp::Delete { new_index, .. } => Some(at(new_index)..at(new_index)),
            DiffOp::Insert { new_index, new_len, .. } | DiffOp::Replace { new_index, new_len, .. } => {
                Some(at(new_index)..at(new_index + new_len))
            }
        })
        .collect()
}

/// The source spans of `doc`'s sentences, stretched so that the sentences of a block tile it
/// (the markup between two sentences belongs to the one before it).
pub fn sentence_spans(doc: &Document) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        let Some(block) = doc.blocks.get(s.block) else { continue };
        let first = i == 0 || doc.sentences[i - 1].block != s.block;
        let src = doc.sentence_source(s);
        let start = if first { block.span.start } else { src.start };
        let end = match doc.sentences.get(i + 1) {
            Some(next) if next.block == s.block => doc.sentence_source(next).start,
            _ => block.span.end,
        };
        if start < end {
            out.push(start..end.max(src.end));
        }
    }
    out
}

/// Widen `r` to the sentences it touches (unchanged when it touches none, e.g. a template).
fn widen_to_sentences(text: &str, mut r: Span, sentences: &[Span]) -> Span {
    // whole inserted lines end in a line break that belongs to no sentence
    while r.end > r.start && matches!(text.as_bytes()[r.end - 1], b'\n' | b'\r') {
        r.end -= 1;
    }
    let mut out = r.clone();
    for s in sentences {
        let touches = if r.is_empty() {
            s.start < r.start && r.start < s.end
        } else {
            s.start < r.end && r.start < s.end
        };
        if touches {
            out.start = out.start.min(s.start);
            out.end = out.end.max(s.end);
        }
    }
    out
}

/// Whether a finding at `span` touches one of the changed `ranges`.
pub fn touches(ranges: &[Span], span: &Span) -> bool {
    ranges.iter().any(|r| {
        if r.is_empty() {
            span.start <= r.start && r.start < span.end.max(span.start + 1)
        } else if span.is_empty() {
            r.start <= span.start && span.start < r.end
        } else {
            span.start < r.end && r.start < span.end
        }
    })
}

/// Whether finding `d` is new given the changed `ranges` of each file (`None`: the file is not
/// gated, its findings are kept): its primary span touches a change of its file, or — for a
/// finding across files, such as a cross-language one — a label in another file touches a
/// change of that file. An edit to either side of a pair makes the pair's findings new.
pub fn is_new(ranges: &[Option<Vec<Span>>], d: &crate::diagnostic::Diagnostic) -> bool {
    let hit = |file: usize, span: &Span| match ranges.get(file) {
        Some(Some(r)) => touches(r, span),
        _ => true,
    };
    hit(d.file, &d.span) || d.labels.iter().any(|l| l.file != d.file && hit(l.file, &l.span))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges(old: &str, new: &str) -> Vec<Span> {
        let f = crate::source::SourceFile {
            name: "a.txt".into(),
            text: new.into(),
        };
        let doc = crate::parse::parse(&f, Some(crate::source::Format::Plain));
        changed_ranges(old, new, &sentence_spans(&doc))
    }

    #[test]
    fn a_changed_word_marks_its_sentence_only() {
        let old = "Intro.\n\nThe cat sat. The dog ran. The end came.\n";
        let new = "Intro.\n\nThe cat sat. The dog dog ran. The end came.\n";
        let r = ranges(old, new);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(new[r[0].clone()].trim_end(), "The dog dog ran.");
    }

    #[test]
    fn inserted_lines_are_changed_and_others_are_not() {
        let old = "a.\n\nb.\n";
        let new = "a.\n\nnew line.\n\nb.\n";
        let r = ranges(old, new);
        assert!(touches(&r, &(4..7)));
        assert!(!touches(&r, &(0..1)));
        assert!(!touches(&r, &(15..16)));
    }

    #[test]
    fn chinese_sentences() {
        let old = "第一句。第二句很长。第三句。\n";
        let new = "第一句。第二句很很长。第三句。\n";
        let r = ranges(old, new);
        assert_eq!(&new[r[0].clone()], "第二句很很长。");
    }

    #[test]
    fn a_finding_across_files_is_new_when_either_side_changed() {
        use crate::diagnostic::{Diagnostic, Severity};
        let d = Diagnostic::new("date-mismatch", Severity::Warning, 0, 10..20, "m").with_secondary(1, 30..40, "en");
        let one = |r: Span| Some(std::iter::once(r).collect::<Vec<Span>>());
        let unchanged = one(100..110);
        assert!(!is_new(&[unchanged.clone(), unchanged.clone()], &d));
        assert!(is_new(&[one(12..15), unchanged.clone()], &d), "zh side changed");
        assert!(is_new(&[unchanged.clone(), one(35..36)], &d), "en side changed");
        // a label in the primary's own file does not make a single-document finding new
        let single = Diagnostic::new("repeated-word", Severity::Warning, 0, 10..20, "m").with_secondary(0, 50..60, "x");
        assert!(!is_new(&[one(55..56)], &single));
    }
}
