//! Baselines: `--write-baseline FILE` records today's findings, `--baseline FILE` reports only
//! the findings that are not in it.
//!
//! A finding is keyed by its rule, its file (relative to the baseline file's folder, `/`
//! separated) and a hash of the flagged text with up to [`CONTEXT_CHARS`] characters of the
//! same line on either side — never by line number, so edits elsewhere in the file leave the
//! baseline valid. Keys form a multiset: two identical findings in the baseline excuse two.

use crate::diagnostic::Diagnostic;
use crate::source::SourceFile;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// Characters of context taken on each side of the flagged text (within its line).
pub const CONTEXT_CHARS: usize = 12;

const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Entry {
    pub path: String,
    pub rule: String,
    pub hash: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

/// A loaded baseline: how many times each key may still be excused.
#[derive(Debug, Default)]
pub struct Baseline {
    counts: BTreeMap<Entry, usize>,
}

/// The text at `span` with a little context from its line.
fn fingerprint(text: &str, span: &crate::Span) -> String {
    let (start, end) = (span.start.min(text.len()), span.end.min(text.len()));
    let (start, end) = (floor_char(text, start), floor_char(text, end.max(start)));
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let before: String = {
        let mut v: Vec<char> = text[line_start..start].chars().rev().take(CONTEXT_CHARS).collect();
        v.reverse();
        v.into_iter().collect()
    };
    let after: String = text[end..line_end]
        .trim_end_matches('\r')
        .chars()
        .take(CONTEXT_CHARS)
        .collect();
    format!("{before}\u{1}{}\u{1}{after}", &text[start..end])
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A path as keyed in a baseline at `baseline_path`.
fn key_path(baseline_path: &Path, name: &str) -> String {
    let dir = baseline_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let base = crate::gate::config::canonical(dir);
    match crate::gate::config::relative_to(&base, Path::new(name)) {
        Some(rel) if name != "<stdin>" => rel.to_string_lossy().replace('\\', "/"),
        _ => name.replace('\\', "/"),
    }
}

/// The text a finding's key is made of: its rule and flagged text, and for a finding across
/// files (a cross-language one) each label in another file with its path, so that editing
/// either side of a pair makes the finding new.
pub fn content_key(baseline_path: &Path, files: &[SourceFile], d: &Diagnostic) -> String {
    let mut key = format!("{}\0{}", d.rule, fingerprint(&files[d.file].text, &d.span));
    for l in d.labels.iter().filter(|l| l.file != d.file) {
        let f = &files[l.file];
        key += &format!(
            "\0{}\0{}",
            key_path(baseline_path, &f.name),
            fingerprint(&f.text, &l.span)
        );
    }
    key
}

/// The key of one finding.
pub fn entry(baseline_path: &Path, files: &[SourceFile], d: &Diagnostic) -> Entry {
    Entry {
        path: key_path(baseline_path, &files[d.file].name),
        rule: d.rule.to_string(),
        hash: format!(
            "{:016x}",
            crate::stable_hash(content_key(baseline_path, files, d).as_bytes())
        ),
    }
}

/// Write the findings as a baseline at `path` (JSON, sorted; atomically replaced).
pub fn write(path: &Path, files: &[SourceFile], diags: &[Diagnostic]) -> std::io::Result<()> {
    let mut findings: Vec<Entry> = diags.iter().map(|d| entry(path, files, d)).collect();
    findings.sort();
    let json = serde_json::to_string_pretty(&BaselineFile {
        version: VERSION,
        findings,
    })
    .map_err(std::io::Error::other)?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".parallax-baseline-")
        .tempfile_in(dir)?;
    tmp.write_all(json.as_bytes())?;
    tmp.write_all(b"\n")?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Read a baseline file.
pub fn load(path: &Path) -> Result<Baseline, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read the baseline: {e}"))?;
    let file: BaselineFile = serde_json::from_str(&text).map_err(|e| format!("not a parallax baseline: {e}"))?;
    if file.version != VERSION {
        return Err(format!(
            "baseline version {} is not supported (expected {VERSION})",
            file.version
        ));
    }
    let mut counts = BTreeMap::new();
    for e in file.findings {
        *counts.entry(e).or_insert(0) += 1;
    }
    Ok(Baseline { counts })
}

impl Baseline {
    /// Drop the findings the baseline excuses; returns how many baseline entries no longer
    /// occur ("fixed since the baseline").
    pub fn filter(mut self, baseline_path: &Path, files: &[SourceFile], diags: &mut Vec<Diagnostic>) -> usize {
        diags.retain(|d| match self.counts.get_mut(&entry(baseline_path, files, d)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        });
        self.counts.values().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    fn d(text: &str, needle: &str, nth: usize) -> Diagnostic {
        let s = text.match_indices(needle).nth(nth).unwrap().0;
        Diagnostic::new("repeated-word", Severity::Warning, 0, s..s + needle.len(), "m")
    }

    #[test]
    fn keys_ignore_line_numbers_but_see_context() {
        let a = "x\nOn 10 December December 2010\n";
        let b = "new line\n\nx\nOn 10 December December 2010\n";
        let fa = [SourceFile {
            name: "f.txt".into(),
            text: a.into(),
        }];
        let fb = [SourceFile {
            name: "f.txt".into(),
            text: b.into(),
        }];
        let p = Path::new("baseline.json");
        assert_eq!(
            entry(p, &fa, &d(a, "December December", 0)),
            entry(p, &fb, &d(b, "December December", 0))
        );
        let c = "On 3 December December 2011\n";
        let fc = [SourceFile {
            name: "f.txt".into(),
            text: c.into(),
        }];
        assert_ne!(
            entry(p, &fa, &d(a, "December December", 0)),
            entry(p, &fc, &d(c, "December December", 0))
        );
    }

    #[test]
    fn a_cross_language_key_sees_the_other_side() {
        let zh = "2005年9月19日，签署条约。\n";
        let en = |day: &str| format!("On {day} September 2005, a treaty was signed.\n");
        let files = |day: &str| {
            [
                SourceFile {
                    name: "zh.txt".into(),
                    text: zh.into(),
                },
                SourceFile {
                    name: "en.txt".into(),
                    text: en(day),
                },
            ]
        };
        let finding = |text: &str| {
            let s = text.find("September").unwrap() - 3;
            Diagnostic::new("date-mismatch", Severity::Warning, 0, 0..15, "m").with_secondary(1, s..s + 17, "en")
        };
        let p = Path::new("b.json");
        let (a, b) = (files("19"), files("18"));
        assert_ne!(
            entry(p, &a, &finding(&a[1].text)),
            entry(p, &b, &finding(&b[1].text)),
            "an English-only edit makes the finding new"
        );
        let c = files("19");
        assert_eq!(entry(p, &a, &finding(&a[1].text)), entry(p, &c, &finding(&c[1].text)));
    }

    #[test]
    fn multiset_semantics_and_fixed_count() {
        let t = "the the\nthe the\nthe the\n";
        let files = [SourceFile {
            name: "f.txt".into(),
            text: t.into(),
        }];
        let p = Path::new("b.json");
        let mut counts = BTreeMap::new();
        counts.insert(entry(p, &files, &d(t, "the the", 0)), 2);
        let mut diags = vec![d(t, "the the", 0), d(t, "the the", 1), d(t, "the the", 2)];
        let fixed = Baseline { counts: counts.clone() }.filter(p, &files, &mut diags);
        assert_eq!((diags.len(), fixed), (1, 0));
        let mut none = vec![];
        assert_eq!(Baseline { counts }.filter(p, &files, &mut none), 2);
    }
}
