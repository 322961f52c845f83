//! # broken-markup (warning)
//!
//! **What it does.** Finds markup that does not hold together: in wikitext, a `[[` or `{{`
//! that is never closed, a `]]` or `}}` that closes nothing, a `<!--` comment that never ends,
//! a `<ref>` without its `</ref>`, an unclosed or unopened HTML tag (`<div>`, `<small>`, …) or
//! extension tag (`<nowiki>`, `<math>`, …), an unclosed `-{`. In converted text (wiki-markdown,
//! plain-text extracts), wikitext the converter left behind: a stray `\]\]` or `]]`, templates
//! (`{{-}}`, `{{'s}}`), `-{ }-` variant markup, `<ref name=…>` and `</ref>` tags.
//!
//! **Why it matters.** An unclosed comment or `<ref>` swallows the rest of the paragraph or
//! page; an unclosed `{{` turns the prose after it into template arguments. In converted text
//! the leftovers show up verbatim in the reader's text and in every fact read from it. These
//! are CheckWiki's checks 2, 5, 10, 43, 46 and 47 (`Comment_no_correct_end`,
//! `template_no_correct_end`, `template_no_correct_begin`, …).
//!
//! **How it decides.** Wikitext is read on the raw source, skipping what is legitimately
//! literal: comments and the contents of `<nowiki>`, `<pre>`, `<math>`, `<syntaxhighlight>`,
//! `<source>`, `<chem>`, `<score>`, `<timeline>` and similar tags. Braces are counted as
//! MediaWiki's preprocessor counts them (`{{{…}}}` is a parameter, the lone `{` of a table's
//! `{|` is no template, `-{`/`}-` is variant markup); a `[[` still open at a blank line is reported there.
//! In converted text, TeX fallbacks (`{\displaystyle …}`), pandoc's `<!-- end list -->` and
//! markdown code spans are left alone.
//!
//! **Example.**
//! ```text
//! [梅德韋傑夫](https://zh.wikipedia.org/wiki/梅德韋傑夫 "wikilink")2008年宣佈承認南奧塞梯獨立的講話\]\]
//!                                                                                  ^^^^^^ stray `]]` left by the converter
//! {{-}}
//! ^^^^^ template `{{-}}` left in converted text
//! ```
//!
//! **Fix.** Close or remove the construct. In converted text, deleting a leftover `{{-}}` is
//! offered as a safe fix (it only cleared floats); deleting a stray `\]\]` is offered as an
//! unsafe one (the text around it may have lost its opening half).

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::parse::tag::{tag_at, Tag};
use crate::parse::{Finder, Nesting};
use crate::source::Format;
use crate::Span;
use std::collections::HashMap;

pub struct BrokenMarkup;

struct Finding {
    span: Span,
    message: String,
    label: String,
    fix: Option<Fix>,
}

fn finding(span: Span, message: impl Into<String>, label: impl Into<String>) -> Finding {
    Finding {
        span,
        message: message.into(),
        label: label.into(),
        fix: None,
    }
}

impl Rule for BrokenMarkup {
    fn id(&self) -> &'static str {
        "broken-markup"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("mod.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let text = cx.text();
        let mut found = match cx.doc.format {
            Format::Wikitext => wikitext(text),
            Format::WikiMarkdown => converted(text, true),
            Format::Plain => converted(text, false),
        };
        found.sort_by_key(|f| (f.span.start, f.span.end));
        for f in found {
            let mut d = Diagnostic::new(self.id(), self.severity(), cx.file, f.span, f.message).with_label(f.label);
            if let Some(fix) = f.fix {
                d = d.with_fix(fix);
            }
            out.push(d);
        }
    }
}

/// Tags whose content is literal text: nothing inside them is markup.
const VERBATIM_TAGS: &[&str] = &[
    "nowiki",
    "pre",
    "math",
    "syntaxhighlight",
    "source",
    "score",
    "chem",
    "ce",
    "graph",
    "templatedata",
    "timeline",
    "mapframe",
    "imagemap",
    "hiero",
];

/// Tags that must be closed (HTML elements with an end tag, and extension tags with content).
const PAIRED_TAGS: &[&str] = &[
    "ref",
    "references",
    "div",
    "span",
    "small",
    "big",
    "center",
    "sup",
    "sub",
    "s",
    "u",
    "b",
    "i",
    "code",
    "blockquote",
    "poem",
    "gallery",
    "font",
    "tt",
    "strike",
    "del",
    "ins",
    "abbr",
    "includeonly",
    "noinclude",
    "onlyinclude",
    "table",
];

/// Blank out comments and verbatim-tag contents (so that nothing inside them is read as
/// markup), reporting unclosed comments and verbatim tags.
fn mask_literal(text: &str, found: &mut Vec<Finding>) -> String {
    let lower = text.to_ascii_lowercase();
    let mut bytes = text.as_bytes().to_vec();
    let blank = |bytes: &mut Vec<u8>, r: Span| {
        for b in &mut bytes[r] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    // closing tags searched for, by name: each search remembers where it got to
    let mut closers: HashMap<String, Finder> = HashMap::new();
    let mut i = 0;
    while let Some(off) = text[i..].find('<') {
        let at = i + off;
        if text[at..].starts_with("<!--") {
            match text[at + 4..].find("-->") {
                Some(e) => {
                    blank(&mut bytes, at..at + 4 + e + 3);
                    i = at + 4 + e + 3;
                }
                None => {
                    found.push(finding(
                        at..at + 4,
                        "`<!--` is never closed: the rest of the page is hidden",
                        "comment opened here",
                    ));
                    blank(&mut bytes, at..text.len());
                    break;
                }
            }
            continue;
        }
        match tag_at(text, at) {
            Some(Tag {
                name,
                closing: false,
                self_closing: false,
                end,
            }) if VERBATIM_TAGS.contains(&name.as_str()) => {
                let closer = closers
                    .entry(name.clone())
                    .or_insert_with_key(|name| Finder::new(&format!("</{name}")));
                match closer.next(&lower, end) {
                    Some(c) => {
                        let close_end = text[c..].find('>').map_or(text.len(), |g| c + g + 1);
                        blank(&mut bytes, at..close_end);
                        i = close_end;
                    }
                    None => {
                        found.push(finding(
                            at..end,
                            format!("`<{name}>` is never closed"),
                            format!("no `</{name}>` after this"),
                        ));
                        blank(&mut bytes, at..end);
                        i = end;
                    }
                }
            }
            Some(Tag { name, end, .. }) if VERBATIM_TAGS.contains(&name.as_str()) => {
                // a self-closing `<nowiki/>` or a stray closing tag
                blank(&mut bytes, at..end);
                i = end;
            }
            _ => i = at + 1,
        }
    }
    // only ASCII bytes were replaced, by ASCII spaces: still UTF-8
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Link,
    Template,
    Param,
    Variant,
}

impl Open {
    fn token(self) -> &'static str {
        match self {
            Open::Link => "[[",
            Open::Template => "{{",
            Open::Param => "{{{",
            Open::Variant => "-{",
        }
    }
    fn what(self) -> &'static str {
        match self {
            Open::Link => "link",
            Open::Template => "template",
            Open::Param => "parameter",
            Open::Variant => "variant markup",
        }
    }
}

fn unclosed(open: Open, at: usize) -> Finding {
    let t = open.token();
    finding(
        at..at + t.len(),
        format!("`{t}` is never closed"),
        format!("{} opened here", open.what()),
    )
}

/// The open `[[`, `{{`, `{{{` and `-{`, innermost last, with where the links are and how
/// many templates are open, so that neither question reads the whole stack.
#[derive(Default)]
struct OpenStack {
    items: Vec<(Open, usize)>,
    /// Indexes into `items` of the links.
    links: Vec<usize>,
    templates: usize,
}

impl OpenStack {
    fn push(&mut self, (o, at): (Open, usize)) {
        if o == Open::Link {
            self.links.push(self.items.len());
        }
        if matches!(o, Open::Template | Open::Param) {
            self.templates += 1;
        }
        self.items.push((o, at));
    }
    fn last(&self) -> Option<(Open, usize)> {
        self.items.last().copied()
    }
    fn pop(&mut self) -> Option<(Open, usize)> {
        let (o, at) = self.items.pop()?;
        if o == Open::Link {
            self.links.pop();
        }
        if matches!(o, Open::Template | Open::Param) {
            self.templates -= 1;
        }
        Some((o, at))
    }
    /// Index of the innermost open link.
    fn last_link(&self) -> Option<usize> {
        self.links.last().copied()
    }
    /// Close everything from index `depth` up, returning what was open above it.
    fn truncate(&mut self, depth: usize) -> Vec<(Open, usize)> {
        let mut above = Vec::new();
        while self.items.len() > depth {
            above.extend(self.pop());
        }
        above.reverse();
        above
    }
}

fn wikitext(text: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    let masked = mask_literal(text, &mut found);
    let s = masked.as_bytes();
    let mut stack = OpenStack::default();
    // open paired tags in order (closed ones become `None`), and each name's open ones
    let mut tags: Vec<Option<(String, usize, usize)>> = Vec::new(); // (name, start, end)
    let mut open_tags: HashMap<String, Vec<usize>> = HashMap::new();
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'\n' => {
                // a blank line ends a paragraph: a link or variant still open there is broken
                let mut j = i + 1;
                while j < s.len() && (s[j] == b' ' || s[j] == b'\t' || s[j] == b'\r') {
                    j += 1;
                }
                if j < s.len() && s[j] == b'\n' {
                    while let Some((o, at)) = stack.last() {
                        if matches!(o, Open::Link | Open::Variant) {
                            found.push(unclosed(o, at));
                            stack.pop();
                        } else {
                            break;
                        }
                    }
                }
                i += 1;
            }
            b'[' if s.get(i + 1) == Some(&b'[') => {
                stack.push((Open::Link, i));
                i += 2;
            }
            b']' if s.get(i + 1) == Some(&b']') => {
                if let Some(depth) = stack.last_link() {
                    for (o, at) in stack.truncate(depth + 1) {
                        found.push(unclosed(o, at));
                    }
                    stack.pop();
                } else {
                    found.push(finding(i..i + 2, "`]]` closes nothing", "no `[[` before it"));
                }
                i += 2;
            }
            b'{' => {
                // braces are matched before tables exist (as MediaWiki's preprocessor does):
                // a lone `{` of `{|` and the extra `}` of `|}}}` are simply single braces
                let n = s[i..].iter().take_while(|&&b| b == b'{').count();
                let k = n;
                if k == 1 && i > 0 && s[i - 1] == b'-' {
                    stack.push((Open::Variant, i - 1));
                } else if k >= 2 {
                    let (tpl, param) = if k % 2 == 0 { (k / 2, 0) } else { ((k - 3) / 2, 1) };
                    for t in 0..tpl {
                        stack.push((Open::Template, i + 2 * t));
                    }
                    if param == 1 {
                        stack.push((Open::Param, i + 2 * tpl));
                    }
                }
                i += n;
            }
            b'}' => {
                let n = s[i..].iter().take_while(|&&b| b == b'}').count();
                let mut m = n;
                let mut pos = i;
                while m > 0 {
                    match stack.last() {
                        Some((Open::Template, _)) if m >= 2 => {
                            stack.pop();
                            m -= 2;
                            pos += 2;
                        }
                        Some((Open::Param, _)) if m >= 2 => {
                            stack.pop();
                            m = m.saturating_sub(3);
                            pos += 3;
                        }
                        Some((Open::Variant, _)) if m == 1 && s.get(i + n) == Some(&b'-') => {
                            stack.pop();
                            m = 0;
                        }
                        Some((Open::Link | Open::Variant, _)) if m >= 2 && stack.templates > 0 => {
                            // `{{a|[[b}}`: the link inside the template was never closed
                            if let Some((o, at)) = stack.pop() {
                                found.push(unclosed(o, at));
                            }
                        }
                        _ if m >= 2 => {
                            found.push(finding(pos..pos + 2, "`}}` closes nothing", "no `{{` before it"));
                            m -= 2;
                            pos += 2;
                        }
                        _ => m = 0,
                    }
                }
                i += n;
            }
            b'<' => match tag_at(&masked, i) {
                Some(Tag {
                    name,
                    closing,
                    self_closing,
                    end,
                }) if PAIRED_TAGS.contains(&name.as_str()) && !self_closing => {
                    if !closing {
                        if name == "ref" {
                            // refs do not nest: an open one is unclosed
                            if let Some((_, a, b)) =
                                open_tags.get_mut("ref").and_then(Vec::pop).and_then(|p| tags[p].take())
                            {
                                found.push(unclosed_tag("ref", a..b));
                            }
                        }
                        open_tags.entry(name.clone()).or_default().push(tags.len());
                        tags.push(Some((name, i, end)));
                    } else if let Some(p) = open_tags.get_mut(&name).and_then(Vec::pop) {
                        tags[p] = None;
                    } else {
                        found.push(finding(
                            i..end,
                            format!("`</{name}>` closes nothing"),
                            format!("no `<{name}>` before it"),
                        ));
                    }
                    i = end;
                }
                _ => i += 1,
            },
            _ => i += 1,
        }
    }
    for (o, at) in stack.items {
        found.push(unclosed(o, at));
    }
    for (name, a, b) in tags.into_iter().flatten() {
        found.push(unclosed_tag(&name, a..b));
    }
    found
}

fn unclosed_tag(name: &str, span: Span) -> Finding {
    let message = if name == "ref" {
        "`<ref>` is never closed: the text after it disappears into the citation".to_string()
    } else {
        format!("`<{name}>` is never closed")
    };
    finding(span, message, format!("no `</{name}>` after this"))
}

/// Wikitext left in converted text (wiki-markdown, plain extracts).
/// `markdown`: inline code spans (`` `…` ``) are literal and skipped.
fn converted(text: &str, markdown: bool) -> Vec<Finding> {
    let mut found = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    // `[[` seen in the current paragraph (plain extracts keep some raw link brackets)
    let mut open_links: Vec<usize> = Vec::new();
    // searches that remember where they got to, so an unclosed opener is not followed to the
    // end of the text each time
    let mut blank_line = Finder::new("\n\n");
    let mut variant_end = Finder::new("}-");
    let mut fences: HashMap<usize, Finder> = HashMap::new();
    let mut braces: Option<Nesting> = None;
    while i < b.len() {
        let rest = &text[i..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(b.len(), |e| i + e + 3);
        } else if markdown && rest.starts_with('`') {
            let ticks = rest.len() - rest.trim_start_matches('`').len();
            let para = blank_line.next(text, i + ticks).unwrap_or(b.len());
            let fence = fences.entry(ticks).or_insert_with(|| Finder::new(&rest[..ticks]));
            i = fence.within(text, i + ticks, para).map_or(i + ticks, |e| e + ticks);
        } else if rest.starts_with("\n\n") {
            for at in open_links.drain(..) {
                found.push(finding(
                    at..at + 2,
                    "`[[` left by the converter is never closed",
                    "link residue",
                ));
            }
            i += 2;
        } else if rest.starts_with("{\\displaystyle") || rest.starts_with("{\\textstyle") {
            // a TeX fallback of a formula: its braces are TeX
            i = tex_end(text, i);
        } else if rest.starts_with("\\]\\]") {
            found.push(Finding {
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
            i += 4;
        } else if rest.starts_with("\\[\\[") {
            found.push(finding(
                i..i + 4,
                "stray `[[` left by the converter",
                "no link closes here",
            ));
            i += 4;
        } else if rest.starts_with("[[") {
            open_links.push(i);
            i += 2;
        } else if rest.starts_with("]]") && !rest.starts_with("]](") {
            if open_links.pop().is_none() {
                found.push(finding(
                    i..i + 2,
                    "stray `]]` left by the converter",
                    "no link opens here",
                ));
            }
            i += 2;
        } else if rest.starts_with("{{") {
            let braces = braces.get_or_insert_with(|| Nesting::new(text, "{{", "}}"));
            match braces.find(text, i + 2) {
                Some(close) => {
                    let span = i..close + 2;
                    found.push(leaked_template(text, span));
                    i = close + 2;
                }
                None => {
                    found.push(finding(
                        i..i + 2,
                        "`{{` left by the converter is never closed",
                        "template residue",
                    ));
                    i += 2;
                }
            }
        } else if rest.starts_with("}}") {
            found.push(finding(
                i..i + 2,
                "stray `}}` left by the converter",
                "no template opens here",
            ));
            i += 2;
        } else if rest.starts_with("-{") {
            // closed in the same paragraph, or reported as the bare opener
            let para = blank_line.next(text, i).unwrap_or(b.len());
            let end = variant_end.within(text, i, para).map_or(i + 2, |e| e + 2);
            found.push(finding(
                i..end,
                "variant markup `-{ }-` left in converted text",
                "shown to the reader as written",
            ));
            i = end;
        } else if rest.starts_with("<ref") || rest.starts_with("</ref") {
            let end = match tag_at(text, i) {
                Some(Tag { name, end, .. }) if name == "ref" || name == "references" => end,
                _ => {
                    i += 1;
                    continue;
                }
            };
            found.push(finding(
                i..end,
                format!("`{}` tag left in converted text", &text[i..end]),
                "shown to the reader as written",
            ));
            i = end;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    for at in open_links {
        found.push(finding(
            at..at + 2,
            "`[[` left by the converter is never closed",
            "link residue",
        ));
    }
    found
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{corpus, flagged, run, xquad_pairs};

    fn wt(t: &str) -> Vec<String> {
        run(&BrokenMarkup, "t.wikitext", t)
            .into_iter()
            .map(|d| d.message)
            .collect()
    }

    fn seed(name: &str) -> String {
        std::fs::read_to_string(format!("{}/seeds/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    #[test]
    fn fires_on_seed_002() {
        let s = seed("002_9012e3ef985a369f.txt");
        let f = flagged(&BrokenMarkup, "002.md", &s);
        assert!(f.iter().any(|f| f == "\\]\\]"), "{f:?}");
        assert!(f.iter().any(|f| f == "{{-}}"), "{f:?}");
    }

    #[test]
    fn wikitext_brackets_and_braces() {
        assert_eq!(
            wt("A [[link without end.\n\nNext paragraph."),
            vec!["`[[` is never closed"]
        );
        assert_eq!(wt("A stray]] here."), vec!["`]]` closes nothing"]);
        // en-wikitext/United-Kingdom.txt lost the `<ref>{{` of a citation:
        // `1980scite web |url=… |work=Statista}}</ref>`
        assert_eq!(
            wt("in the 1980scite web |url=http://x |work=Statista}}</ref> next"),
            vec!["`}}` closes nothing", "`</ref>` closes nothing"]
        );
        assert_eq!(wt("{{Infobox\n| a = b\n\nText."), vec!["`{{` is never closed"]);
        assert_eq!(wt("Text}} more."), vec!["`}}` closes nothing"]);
        assert_eq!(wt("{{a|[[b}} c"), vec!["`[[` is never closed"]);
        assert_eq!(
            wt("x <!-- hidden\n\nall the rest"),
            vec!["`<!--` is never closed: the rest of the page is hidden"]
        );
        assert_eq!(
            wt("A<ref>{{cite web|title=x}} more text\n\nB<ref name=a/>."),
            vec!["`<ref>` is never closed: the text after it disappears into the citation"]
        );
        assert_eq!(wt("<div>a\n\n<small>b</small>"), vec!["`<div>` is never closed"]);
        assert_eq!(wt("a</center>"), vec!["`</center>` closes nothing"]);
        assert_eq!(wt("<math>x^2"), vec!["`<math>` is never closed"]);
    }

    #[test]
    fn quiet_on_well_formed_wikitext() {
        for t in [
            "[[a|b]] {{t|x=[[c]]|y={{d}}}} {{{1|default}}} {{ {{x}} }}",
            "{|\n|-\n| {{a}}\n|}\n{{b|\n{|\n| x\n|}}}",
            "-{zh-cn:软件; zh-tw:軟體}- -{H|zh-cn:a;zh-tw:b}-",
            "<nowiki>[[</nowiki> <pre>{{</pre> <math>\\frac{1}{2}}}</math> <!-- ]] --> <nowiki/>",
            "<ref name=x>a</ref> <ref name=y/> <references/> <br> <br/> <p>a",
            "[[File:X.jpg|thumb|A [http://x.org caption]]]",
            "<div class=\"x\">\n\nparagraphs\n\n</div>",
        ] {
            assert!(wt(t).is_empty(), "{t}: {:?}", wt(t));
        }
    }

    #[test]
    fn converted_leftovers() {
        let md = "他訪-{}-問中國。<ref name=knu>\n\n文字 \\]\\] 與 {{-}}\n\n<!-- end list -->\n";
        let f = flagged(&BrokenMarkup, "t.md", md);
        assert_eq!(f, vec!["-{}-", "<ref name=knu>", "\\]\\]", "{{-}}"]);
        // wikipairs/zh/Nobel_Prize.zh.md: 「居-{里一家」, never closed
        assert_eq!(flagged(&BrokenMarkup, "t.md", "居-{里一家\n\n玛丽·居里}-"), vec!["-{"]);
        // TeX fallbacks in plain extracts are not templates
        assert!(flagged(&BrokenMarkup, "t.md", "## 說明\n\nleaked `-{}-` and `<ref name=knu>`\n").is_empty());
        let plain = "= T =\n\nThe set {\\displaystyle \\mathbb {N} }} of naturals.\n";
        assert!(flagged(&BrokenMarkup, "t.txt", plain).is_empty());
    }

    #[test]
    fn real_defects_in_corpus() {
        // zh-markdown/高德纳.md: leaked `-{}-`, `-{zh-hans:…}-`, `<ref name=knu>`, `</ref>`, `{{-}}`;
        // zh-markdown/阿波罗11号.md: a stray `\]\]` after an image, `-{zh-cn:…}-` in a label;
        // wikipairs/en/China.en.txt: image captions ending in `]]`.
        let f = flagged(&BrokenMarkup, "x.md", &corpus("zh-markdown/高德纳.md"));
        for want in ["-{}-", "<ref name=knu>", "</ref>", "{{-}}"] {
            assert!(f.iter().any(|f| f == want), "{want}: {f:?}");
        }
        let f = flagged(&BrokenMarkup, "x.md", &corpus("zh-markdown/阿波罗11号.md"));
        assert!(f.iter().any(|f| f == "\\]\\]"), "{f:?}");
        assert!(f.iter().any(|f| f.starts_with("-{zh-cn:静海基地;")), "{f:?}");
        let f = flagged(&BrokenMarkup, "x.wikitext", &corpus("en-wikitext/United-Kingdom.txt"));
        assert_eq!(f, vec!["}}", "</ref>"]);
        // en-wikitext/Irina-Saratovtseva.txt: `[http://… List of Kazakhstan matches]] in …`
        let f = flagged(
            &BrokenMarkup,
            "x.wikitext",
            &corpus("en-wikitext/Irina-Saratovtseva.txt"),
        );
        assert_eq!(f, vec!["]]"]);
        let f = flagged(&BrokenMarkup, "x.txt", &corpus("wikipairs/en/China.en.txt"));
        assert!(f.iter().filter(|f| *f == "]]").count() >= 5, "{f:?}");
    }

    #[test]
    fn quiet_on_clean_corpus() {
        for name in [
            "zh-wikitext/林纳斯·托瓦兹.wikitext",
            "en-wikitext/anarchism.txt",
            "en-wikitext/toronto.txt",
            "en-wikitext/Bodmin.txt",
            "en-wikitext/Mozilla-Firefox.txt",
            "zh-variants/quantum_mechanics.zh.wikitext",
        ] {
            let text = corpus(name);
            let f = flagged(&BrokenMarkup, name, &text);
            assert!(f.is_empty(), "{name}: {f:?}");
        }
        for (_, en, zh) in xquad_pairs() {
            assert!(flagged(&BrokenMarkup, "p.txt", &en).is_empty());
            assert!(flagged(&BrokenMarkup, "p.txt", &zh).is_empty());
        }
    }

    #[test]
    fn fix_relints_clean() {
        let md = "文字\n{{-}}\n更多 \\]\\] 文字\n";
        let d = run(&BrokenMarkup, "t.md", md);
        let edits: Vec<_> = d.iter().flat_map(|d| d.fix.clone().unwrap().edits).collect();
        let fixed = crate::diagnostic::apply_edits(md, &edits);
        assert_eq!(fixed, "文字\n更多  文字\n");
        assert!(run(&BrokenMarkup, "t.md", &fixed).is_empty());
    }

    #[test]
    fn never_panics_on_broken_markup_tests() {
        // markup-tests/broken_markup_tests.txt: MediaWiki's parser tests of broken markup.
        let text = corpus("markup-tests/broken_markup_tests.txt");
        for chunk in text.split("!! wikitext\n").skip(1) {
            let wikitext = chunk.split("\n!! ").next().unwrap_or("");
            let _ = run(&BrokenMarkup, "t.wikitext", wikitext);
            let _ = run(&BrokenMarkup, "t.md", wikitext);
        }
    }
}
