//! Inline suppressions: a filter over the diagnostics, applied after the rules run.
//!
//! In wikitext and wiki-markdown, HTML comments:
//!
//! - `<!-- parallax-ignore RULE[,RULE] -->` on a line of its own covers the block it precedes
//!   (up to the next blank line); after text on the same line it covers that line.
//! - `<!-- parallax-disable RULE -->` … `<!-- parallax-enable RULE -->` covers the region
//!   between (to the end of the file when not enabled again).
//! - `<!-- parallax-ignore-file RULE -->` covers the whole file.
//!
//! `RULE` may be `all` (and no rule at all means `all`). Plain-text extracts have no comments:
//! there the same words stand on a line of their own (`parallax-ignore repeated-word`).
//! A finding is suppressed when its start lies in a region covering its rule. A suppression
//! that suppresses nothing is reported as `unused-suppression`.

use crate::diagnostic::{Diagnostic, Severity};
use crate::parse::Document;
use crate::source::{Format, SourceFile};
use crate::Span;
use regex::Regex;
use std::sync::OnceLock;

/// The id of the rule reporting suppressions that suppress nothing.
pub use crate::rules::unused_suppression::ID as UNUSED_SUPPRESSION;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum Kind {
    Ignore,
    Disable,
    Enable,
    IgnoreFile,
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Kind::Ignore => "parallax-ignore",
            Kind::Disable => "parallax-disable",
            Kind::Enable => "parallax-enable",
            Kind::IgnoreFile => "parallax-ignore-file",
        }
    }
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Directive {
    kind: Kind,
    /// The whole comment (or line).
    span: Span,
    rules: Vec<String>,
}

/// One rule suppressed over one region, by one directive.
#[derive(Debug, Clone)]
struct Region {
    directive: usize,
    rule: String,
    covers: Span,
    used: bool,
}

/// A comment's directive: `<!-- parallax-KIND RULES -->`, the whole comment.
fn comment_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^<!--[ \t]*parallax-(ignore-file|ignore|disable|enable)\b([^>]*?)-->$").expect("valid regex")
    })
}

fn plain_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?m)^[ \t]*parallax-(ignore-file|ignore|disable|enable)\b([^\r\n]*?)[ \t]*\r?$")
            .expect("valid regex")
    })
}

/// The inline suppressions of one file, read from what the parser recorded: the comments of
/// wikitext and wiki-markdown; in plain-text extracts, which have no comments, lines of their
/// own.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Directives(Vec<Directive>);

impl Directives {
    pub fn of(doc: &Document, text: &str) -> Self {
        if !text.contains("parallax-") {
            return Directives::default();
        }
        Directives(match doc.format {
            Format::Plain => plain_re()
                .captures_iter(text)
                .filter_map(|c| directive(&c, 0))
                .collect(),
            Format::Wikitext | Format::WikiMarkdown => doc
                .comments
                .iter()
                .filter_map(|c| directive(&comment_re().captures(text.get(c.clone())?)?, c.start))
                .collect(),
        })
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The directive a match of [`comment_re`] or [`plain_re`] at `offset` holds.
fn directive(c: &regex::Captures, offset: usize) -> Option<Directive> {
    let whole = c.get(0)?;
    let kind = match &c[1] {
        "ignore-file" => Kind::IgnoreFile,
        "ignore" => Kind::Ignore,
        "disable" => Kind::Disable,
        _ => Kind::Enable,
    };
    let mut rules: Vec<String> = c[2]
        .split(|ch: char| ch == ',' || ch.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if rules.is_empty() {
        rules.push("all".into());
    }
    // a plain-text directive's span leaves out the line's indentation and line end
    let start = offset + whole.start() + (whole.as_str().len() - whole.as_str().trim_start().len());
    let end = offset + whole.start() + whole.as_str().trim_end().len();
    Some(Directive {
        kind,
        span: start..end,
        rules,
    })
}

/// The region an ignore directive at `span` covers.
fn ignore_region(text: &str, span: &Span) -> Span {
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    if !text[line_start..span.start].trim().is_empty() {
        // a trailing comment: its own line
        let line_end = text[span.end..].find('\n').map_or(text.len(), |i| span.end + i);
        return line_start..line_end;
    }
    let rest = &text[span.end..];
    let start = span.end + (rest.len() - rest.trim_start().len());
    let mut end = text.len();
    let mut pos = start;
    for line in text[start..].split_inclusive('\n') {
        if line.trim().is_empty() {
            end = pos;
            break;
        }
        pos += line.len();
    }
    start..end.max(start)
}

fn regions(text: &str, dirs: &[Directive]) -> (Vec<Region>, Vec<(usize, String)>) {
    let mut out = Vec::new();
    let mut unmatched_enables = Vec::new();
    let mut open: Vec<(usize, String, usize)> = Vec::new();
    for (i, d) in dirs.iter().enumerate() {
        for rule in &d.rules {
            let region = |covers: Span| Region {
                directive: i,
                rule: rule.clone(),
                covers,
                used: false,
            };
            match d.kind {
                Kind::IgnoreFile => out.push(region(0..text.len())),
                Kind::Ignore => out.push(region(ignore_region(text, &d.span))),
                Kind::Disable => open.push((i, rule.clone(), d.span.end)),
                Kind::Enable => {
                    let before = open.len();
                    let mut k = 0;
                    while k < open.len() {
                        if rule == "all" || open[k].1 == *rule {
                            let (di, r, start) = open.remove(k);
                            out.push(Region {
                                directive: di,
                                rule: r,
                                covers: start..d.span.start,
                                used: false,
                            });
                        } else {
                            k += 1;
                        }
                    }
                    if open.len() == before {
                        unmatched_enables.push((i, rule.clone()));
                    }
                }
            }
        }
    }
    for (di, rule, start) in open {
        out.push(Region {
            directive: di,
            rule,
            covers: start..text.len(),
            used: false,
        });
    }
    (out, unmatched_enables)
}

/// A file's directives, the regions they cover, and its unmatched `parallax-enable`s.
type FileSuppressions = (Vec<Directive>, Vec<Region>, Vec<(usize, String)>);

/// Drop the diagnostics that inline suppressions cover and add `unused-suppression` findings
/// (when that rule is in `active`). `directives` are each file's (see [`Directives::of`];
/// missing ones are none); `known` are all rule ids, `active` those that ran.
pub fn apply(
    files: &[SourceFile],
    directives: &[Directives],
    diags: Vec<Diagnostic>,
    known: &[&str],
    active: &[&str],
) -> Vec<Diagnostic> {
    let mut per_file: Vec<Option<FileSuppressions>> = files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let dirs = directives.get(i).filter(|d| !d.is_empty())?.0.clone();
            let (regions, unmatched) = regions(&f.text, &dirs);
            Some((dirs, regions, unmatched))
        })
        .collect();
    let mut kept = Vec::with_capacity(diags.len());
    for d in diags {
        let Some((_, regions, _)) = per_file.get_mut(d.file).and_then(Option::as_mut) else {
            kept.push(d);
            continue;
        };
        let mut suppressed = false;
        for r in regions.iter_mut() {
            let covers = r.covers.contains(&d.span.start) || (r.covers.is_empty() && r.covers.start == d.span.start);
            if covers && (r.rule == "all" || r.rule == d.rule) {
                r.used = true;
                suppressed = true;
            }
        }
        if !suppressed {
            kept.push(d);
        }
    }
    if !active.contains(&UNUSED_SUPPRESSION) {
        return kept;
    }
    for (file, entry) in per_file.iter().enumerate() {
        let Some((dirs, regions, unmatched)) = entry else {
            continue;
        };
        let mut reported = std::collections::BTreeSet::new();
        for r in regions.iter().filter(|r| !r.used) {
            let d = &dirs[r.directive];
            let message = if r.rule != "all" && !known.contains(&r.rule.as_str()) {
                format!(
                    "`{} {}`: no rule `{}` (see `parallax rule --all`)",
                    d.kind.word(),
                    r.rule,
                    r.rule
                )
            } else if r.rule == "all" || active.contains(&r.rule.as_str()) {
                format!("`{} {}` suppresses nothing", d.kind.word(), r.rule)
            } else {
                continue;
            };
            if reported.insert((r.directive, r.rule.clone())) {
                kept.push(
                    Diagnostic::new(UNUSED_SUPPRESSION, Severity::Warning, file, d.span.clone(), message)
                        .with_label("unused suppression"),
                );
            }
        }
        for (i, rule) in unmatched {
            let d = &dirs[*i];
            kept.push(
                Diagnostic::new(
                    UNUSED_SUPPRESSION,
                    Severity::Warning,
                    file,
                    d.span.clone(),
                    format!("`parallax-enable {rule}` without an open `parallax-disable {rule}`"),
                )
                .with_label("unused suppression"),
            );
        }
    }
    crate::diagnostic::sort(files, &mut kept);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile {
            name: "a.wikitext".into(),
            text: text.into(),
        }
    }

    fn at(text: &str, needle: &str) -> Diagnostic {
        let s = text.find(needle).unwrap();
        Diagnostic::new("repeated-word", Severity::Warning, 0, s..s + needle.len(), "m")
    }

    const KNOWN: &[&str] = &["repeated-word", "mixed-script", UNUSED_SUPPRESSION];

    /// [`apply`] with the directives the parser finds in `f`.
    fn apply_to(f: SourceFile, diags: Vec<Diagnostic>, known: &[&str], active: &[&str]) -> Vec<Diagnostic> {
        let dirs = Directives::of(&crate::parse::parse(&f, None), &f.text);
        apply(&[f], &[dirs], diags, known, active)
    }

    #[test]
    fn ignore_covers_the_next_block_only() {
        let t = "<!-- parallax-ignore repeated-word -->\nthe the cat\n\nthe the dog\n";
        let out = apply_to(file(t), vec![at(t, "the the cat"), at(t, "the the dog")], KNOWN, KNOWN);
        assert_eq!(out.len(), 1);
        assert_eq!(&t[out[0].span.clone()], "the the dog");
    }

    #[test]
    fn a_trailing_comment_covers_its_own_line() {
        let t = "the the cat <!-- parallax-ignore all -->\nthe the dog\n";
        let out = apply_to(file(t), vec![at(t, "the the cat"), at(t, "the the dog")], KNOWN, KNOWN);
        assert_eq!(out.len(), 1);
        assert_eq!(&t[out[0].span.clone()], "the the dog");
    }

    #[test]
    fn disable_enable_region_and_unused_reports() {
        let t = "a\n<!-- parallax-disable repeated-word,mixed-script -->\nthe the x\n<!-- parallax-enable repeated-word -->\nthe the y\n<!-- parallax-enable mixed-script -->\n<!-- parallax-enable all -->";
        let out = apply_to(file(t), vec![at(t, "the the x"), at(t, "the the y")], KNOWN, KNOWN);
        let rules: Vec<(&str, String)> = out.iter().map(|d| (d.rule, d.message.clone())).collect();
        assert_eq!(out[0].rule, UNUSED_SUPPRESSION, "{rules:?}");
        assert!(out[0].message.contains("parallax-disable mixed-script"), "{rules:?}");
        assert_eq!(&t[out[1].span.clone()], "the the y");
        assert!(out[2].message.contains("without an open"), "{rules:?}");
        assert_eq!(out.len(), 3, "{rules:?}");
    }

    #[test]
    fn ignore_file_and_unknown_rules() {
        let t = "<!-- parallax-ignore-file repeated-word -->\n<!-- parallax-ignore no-such-rule -->\nthe the x\n";
        let out = apply_to(file(t), vec![at(t, "the the x")], KNOWN, KNOWN);
        assert_eq!(out.len(), 1);
        assert!(out[0].message.contains("no rule `no-such-rule`"), "{}", out[0].message);
    }

    #[test]
    fn rules_that_did_not_run_are_not_judged() {
        let t = "<!-- parallax-ignore mixed-script -->\nx\n";
        let out = apply_to(file(t), vec![], KNOWN, &["repeated-word", UNUSED_SUPPRESSION]);
        assert!(out.is_empty());
    }

    #[test]
    fn plain_text_directives_are_lines_of_their_own() {
        let t = "parallax-ignore repeated-word\nthe the x\n\nsee parallax-ignore repeated-word here\nthe the y\n";
        let f = SourceFile {
            name: "a.txt".into(),
            text: t.into(),
        };
        let out = apply_to(f, vec![at(t, "the the x"), at(t, "the the y")], KNOWN, KNOWN);
        assert_eq!(out.len(), 1);
        assert_eq!(&t[out[0].span.clone()], "the the y");
    }
}
