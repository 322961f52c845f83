//! Wikitext a converter left in its output (wiki-markdown, plain-text extracts): stray
//! brackets, templates, variant markup and `<ref>` tags.

use super::{finding, Finding};
use crate::diagnostic::{Edit, Fix};
use crate::parse::tag::{tag_at, Tag};
use crate::parse::{ByteSet, Finder, Nesting};
use crate::Span;
use std::collections::HashMap;

/// Wikitext left in converted text (wiki-markdown, plain extracts).
/// `markdown`: inline code spans (`` `…` ``) are literal and skipped.
pub(super) fn converted(text: &str, markdown: bool) -> Vec<Finding> {
    let mut scan = Scan {
        found: Vec::new(),
        open_links: Vec::new(),
        blank_line: Finder::new("\n\n"),
        variant_end: Finder::new("}-"),
        fences: HashMap::new(),
        braces: None,
    };
    let mut i = 0;
    while i < text.len() {
        i = scan.step(text, i, markdown);
    }
    let mut found = scan.found;
    for at in scan.open_links {
        found.push(link_residue(at));
    }
    found
}

fn link_residue(at: usize) -> Finding {
    finding(at..at + 2, "`[[` left by the converter is never closed", "link residue")
}

/// The state of a scan of converted text.
struct Scan {
    found: Vec<Finding>,
    /// `[[` seen in the current paragraph (plain extracts keep some raw link brackets).
    open_links: Vec<usize>,
    // searches that remember where they got to, so an unclosed opener is not followed to the
    // end of the text each time
    blank_line: Finder,
    variant_end: Finder,
    fences: HashMap<usize, Finder>,
    braces: Option<Nesting>,
}

impl Scan {
    /// What is at `i` → the index to go on from.
    fn step(&mut self, text: &str, i: usize, markdown: bool) -> usize {
        let rest = &text[i..];
        if rest.starts_with("<!--") {
            rest.find("-->").map_or(text.len(), |e| i + e + 3)
        } else if markdown && rest.starts_with('`') {
            let ticks = rest.len() - rest.trim_start_matches('`').len();
            let para = self.blank_line.next(text, i + ticks).unwrap_or(text.len());
            let fence = self.fences.entry(ticks).or_insert_with(|| Finder::new(&rest[..ticks]));
            fence.within(text, i + ticks, para).map_or(i + ticks, |e| e + ticks)
        } else if rest.starts_with("\n\n") {
            for at in self.open_links.drain(..) {
                self.found.push(link_residue(at));
            }
            i + 2
        } else if rest.starts_with("{\\displaystyle") || rest.starts_with("{\\textstyle") {
            // a TeX fallback of a formula: its braces are TeX
            tex_end(text, i)
        } else if let Some(next) = self.brackets(rest, i) {
            next
        } else if let Some(next) = self.braces(text, i) {
            next
        } else if rest.starts_with("<ref") || rest.starts_with("</ref") {
            let end = match tag_at(text, i) {
                Some(Tag { name, end, .. }) if name == "ref" || name == "references" => end,
                _ => return i + 1,
            };
            self.found.push(finding(
                i..end,
                format!("`{}` tag left in converted text", &text[i..end]),
                "shown to the reader as written",
            ));
            end
        } else {
            // on to the next byte any of the above can begin with (all ASCII, so a char boundary)
            const STOPS: ByteSet<9> = ByteSet::of(b"<`\n{}\\[]-");
            STOPS.next(text.as_bytes(), i + 1).unwrap_or(text.len())
        }
    }

    /// Link brackets at `i` (`rest` is the text from there): `\]\]`, `\[\[`, `[[`, `]]`.
    fn brackets(&mut self, rest: &str, i: usize) -> Option<usize> {
        if rest.starts_with("\\]\\]") {
            self.found.push(Finding {
                span: i..i + 4,
                message: "stray `]]` left by the converter".into(),
                label: "no link opens here".into(),
                fix: Some(Fix {
                    message: "delete the stray `\\]\\]`".into(),
                    edits: vec![Edit {
                        start: i,
                        end: i + 4,
                        replacement: String::new(),
                    }],
                    safe: false,
                }),
            });
            Some(i + 4)
        } else if rest.starts_with("\\[\\[") {
            self.found.push(finding(
                i..i + 4,
                "stray `[[` left by the converter",
                "no link closes here",
            ));
            Some(i + 4)
        } else if rest.starts_with("[[") {
            self.open_links.push(i);
            Some(i + 2)
        } else if rest.starts_with("]]") && !rest.starts_with("]](") {
            if self.open_links.pop().is_none() {
                self.found.push(finding(
                    i..i + 2,
                    "stray `]]` left by the converter",
                    "no link opens here",
                ));
            }
            Some(i + 2)
        } else {
            None
        }
    }

    /// Template and variant braces at `i`: `{{…}}`, `}}`, `-{…}-`.
    fn braces(&mut self, text: &str, i: usize) -> Option<usize> {
        let rest = &text[i..];
        if rest.starts_with("{{") {
            let braces = self.braces.get_or_insert_with(|| Nesting::new(text, "{{", "}}"));
            match braces.find(text, i + 2) {
                Some(close) => {
                    let span = i..close + 2;
                    self.found.push(leaked_template(text, span));
                    Some(close + 2)
                }
                None => {
                    self.found.push(finding(
                        i..i + 2,
                        "`{{` left by the converter is never closed",
                        "template residue",
                    ));
                    Some(i + 2)
                }
            }
        } else if rest.starts_with("}}") {
            self.found.push(finding(
                i..i + 2,
                "stray `}}` left by the converter",
                "no template opens here",
            ));
            Some(i + 2)
        } else if rest.starts_with("-{") {
            // closed in the same paragraph, or reported as the bare opener
            let para = self.blank_line.next(text, i).unwrap_or(text.len());
            let end = self.variant_end.within(text, i, para).map_or(i + 2, |e| e + 2);
            self.found.push(finding(
                i..end,
                "variant markup `-{ }-` left in converted text",
                "shown to the reader as written",
            ));
            Some(end)
        } else {
            None
        }
    }
}

fn leaked_template(text: &str, span: Span) -> Finding {
    let shown = &text[span.clone()];
    let short: String = shown.chars().take(30).collect();
    let short = if short.len() < shown.len() {
        format!("{short}…")
    } else {
        short
    };
    let mut f = finding(
        span.clone(),
        format!("template `{short}` left in converted text"),
        "shown to the reader as written",
    );
    if shown == "{{-}}" {
        // alone on its line: delete the line
        let alone = (span.start == 0 || text.as_bytes()[span.start - 1] == b'\n')
            && text.as_bytes().get(span.end).is_none_or(|&b| b == b'\n');
        let del = if alone {
            span.start..(span.end + 1).min(text.len())
        } else {
            span.clone()
        };
        f.fix = Some(Fix {
            message: "delete the leftover `{{-}}`".into(),
            edits: vec![Edit {
                start: del.start,
                end: del.end,
                replacement: String::new(),
            }],
            safe: true,
        });
    }
    f
}

/// The end of a TeX group `{…}` starting at `i` (single braces, balanced).
fn tex_end(text: &str, i: usize) -> usize {
    let mut depth = 0usize;
    for (k, c) in text[i..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i + k + 1;
                }
            }
            '\n' if text[i + k + 1..].starts_with('\n') => return i + k,
            _ => {}
        }
    }
    text.len()
}
