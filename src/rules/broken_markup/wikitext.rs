//! Broken markup in wikitext, read on the raw source: brackets and braces counted as
//! MediaWiki's preprocessor counts them, comments and literal tags skipped, paired tags matched.

use super::{finding, Finding};
use crate::parse::tag::{tag_at, Tag};
use crate::parse::{ByteSet, Finder};
use crate::Span;
use std::collections::HashMap;

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
    // (the lower-case copy the closing tags are searched in, made at the first verbatim tag)
    let mut lower: Option<String> = None;
    // the masked text, built in order: the text up to each blanked range, then the range's
    // bytes as spaces (its line ends kept). The ranges start and end at ASCII bytes (`<`,
    // `>`, `-->`) and come in order, so each piece is whole text and nothing is checked again
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut blank = |r: Span| {
        out.push_str(&text[copied..r.start]);
        out.extend(
            text.as_bytes()[r.clone()]
                .iter()
                .map(|&b| if b == b'\n' { '\n' } else { ' ' }),
        );
        copied = r.end;
    };
    // closing tags searched for, by name: each search remembers where it got to
    let mut closers: HashMap<String, Finder> = HashMap::new();
    let mut i = 0;
    // (memchr's vectorised search: `<` is rare in most of a page)
    while let Some(off) = memchr::memchr(b'<', &text.as_bytes()[i..]) {
        let at = i + off;
        if text[at..].starts_with("<!--") {
            match text[at + 4..].find("-->") {
                Some(e) => {
                    blank(at..at + 4 + e + 3);
                    i = at + 4 + e + 3;
                }
                None => {
                    found.push(finding(
                        at..at + 4,
                        "`<!--` is never closed: the rest of the page is hidden",
                        "comment opened here",
                    ));
                    blank(at..text.len());
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
                match closer.next(lower.get_or_insert_with(|| text.to_ascii_lowercase()), end) {
                    Some(c) => {
                        let close_end = text[c..].find('>').map_or(text.len(), |g| c + g + 1);
                        blank(at..close_end);
                        i = close_end;
                    }
                    None => {
                        found.push(finding(
                            at..end,
                            format!("`<{name}>` is never closed"),
                            format!("no `</{name}>` after this"),
                        ));
                        blank(at..end);
                        i = end;
                    }
                }
            }
            Some(Tag { name, end, .. }) if VERBATIM_TAGS.contains(&name.as_str()) => {
                // a self-closing `<nowiki/>` or a stray closing tag
                blank(at..end);
                i = end;
            }
            _ => i = at + 1,
        }
    }
    out.push_str(&text[copied..]);
    out
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

/// Broken markup in wikitext.
pub(super) fn wikitext(text: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    let masked = mask_literal(text, &mut found);
    let mut scan = Scan {
        found,
        stack: OpenStack::default(),
        tags: Vec::new(),
        open_tags: HashMap::new(),
    };
    let s = masked.as_bytes();
    let mut i = 0;
    while i < s.len() {
        i = match s[i] {
            b'\n' => {
                scan.line_end(s, i);
                i + 1
            }
            b'[' if s.get(i + 1) == Some(&b'[') => {
                scan.stack.push((Open::Link, i));
                i + 2
            }
            b']' if s.get(i + 1) == Some(&b']') => {
                scan.close_link(i);
                i + 2
            }
            b'{' => scan.open_braces(s, i),
            b'}' => scan.close_braces(s, i),
            b'<' => scan.tag(&masked, i),
            // on to the next byte one of the arms above takes
            _ => {
                const STOPS: ByteSet<6> = ByteSet::of(b"\n[]{}<");
                STOPS.next(s, i + 1).unwrap_or(s.len())
            }
        };
    }
    let mut found = scan.found;
    for (o, at) in scan.stack.items {
        found.push(unclosed(o, at));
    }
    for (name, a, b) in scan.tags.into_iter().flatten() {
        found.push(unclosed_tag(&name, a..b));
    }
    found
}

/// The state of a scan of (masked) wikitext.
struct Scan {
    found: Vec<Finding>,
    stack: OpenStack,
    /// Open paired tags in order (closed ones become `None`): (name, start, end).
    tags: Vec<Option<(String, usize, usize)>>,
    /// Each name's open tags, as indexes into `tags`.
    open_tags: HashMap<String, Vec<usize>>,
}

impl Scan {
    /// The line end at `i`: a blank line ends a paragraph, so a link or variant still open
    /// there is broken.
    fn line_end(&mut self, s: &[u8], i: usize) {
        let mut j = i + 1;
        while j < s.len() && (s[j] == b' ' || s[j] == b'\t' || s[j] == b'\r') {
            j += 1;
        }
        if j < s.len() && s[j] == b'\n' {
            while let Some((o, at)) = self.stack.last() {
                if matches!(o, Open::Link | Open::Variant) {
                    self.found.push(unclosed(o, at));
                    self.stack.pop();
                } else {
                    break;
                }
            }
        }
    }

    /// A `]]` at `i`: it closes the innermost link and whatever is still open inside it.
    fn close_link(&mut self, i: usize) {
        if let Some(depth) = self.stack.last_link() {
            for (o, at) in self.stack.truncate(depth + 1) {
                self.found.push(unclosed(o, at));
            }
            self.stack.pop();
        } else {
            self.found
                .push(finding(i..i + 2, "`]]` closes nothing", "no `[[` before it"));
        }
    }

    /// A run of `{` at `i` → the index after it.
    fn open_braces(&mut self, s: &[u8], i: usize) -> usize {
        // braces are matched before tables exist (as MediaWiki's preprocessor does):
        // a lone `{` of `{|` and the extra `}` of `|}}}` are simply single braces
        let n = s[i..].iter().take_while(|&&b| b == b'{').count();
        let k = n;
        if k == 1 && i > 0 && s[i - 1] == b'-' {
            self.stack.push((Open::Variant, i - 1));
        } else if k >= 2 {
            let (tpl, param) = if k % 2 == 0 { (k / 2, 0) } else { ((k - 3) / 2, 1) };
            for t in 0..tpl {
                self.stack.push((Open::Template, i + 2 * t));
            }
            if param == 1 {
                self.stack.push((Open::Param, i + 2 * tpl));
            }
        }
        i + n
    }

    /// A run of `}` at `i` → the index after it.
    fn close_braces(&mut self, s: &[u8], i: usize) -> usize {
        let n = s[i..].iter().take_while(|&&b| b == b'}').count();
        let mut m = n;
        let mut pos = i;
        while m > 0 {
            match self.stack.last() {
                Some((Open::Template, _)) if m >= 2 => {
                    self.stack.pop();
                    m -= 2;
                    pos += 2;
                }
                Some((Open::Param, _)) if m >= 2 => {
                    self.stack.pop();
                    m = m.saturating_sub(3);
                    pos += 3;
                }
                Some((Open::Variant, _)) if m == 1 && s.get(i + n) == Some(&b'-') => {
                    self.stack.pop();
                    m = 0;
                }
                Some((Open::Link | Open::Variant, _)) if m >= 2 && self.stack.templates > 0 => {
                    // `{{a|[[b}}`: the link inside the template was never closed
                    if let Some((o, at)) = self.stack.pop() {
                        self.found.push(unclosed(o, at));
                    }
                }
                _ if m >= 2 => {
                    self.found
                        .push(finding(pos..pos + 2, "`}}` closes nothing", "no `{{` before it"));
                    m -= 2;
                    pos += 2;
                }
                _ => m = 0,
            }
        }
        i + n
    }

    /// A `<` at `i`: a paired tag opens or closes → the index after it.
    fn tag(&mut self, masked: &str, i: usize) -> usize {
        match tag_at(masked, i) {
            Some(Tag {
                name,
                closing,
                self_closing,
                end,
            }) if PAIRED_TAGS.contains(&name.as_str()) && !self_closing => {
                if !closing {
                    if name == "ref" {
                        // refs do not nest: an open one is unclosed
                        if let Some((_, a, b)) = self
                            .open_tags
                            .get_mut("ref")
                            .and_then(Vec::pop)
                            .and_then(|p| self.tags[p].take())
                        {
                            self.found.push(unclosed_tag("ref", a..b));
                        }
                    }
                    self.open_tags.entry(name.clone()).or_default().push(self.tags.len());
                    self.tags.push(Some((name, i, end)));
                } else if let Some(p) = self.open_tags.get_mut(&name).and_then(Vec::pop) {
                    self.tags[p] = None;
                } else {
                    self.found.push(finding(
                        i..end,
                        format!("`</{name}>` closes nothing"),
                        format!("no `<{name}>` before it"),
                    ));
                }
                end
            }
            _ => i + 1,
        }
    }
}

fn unclosed_tag(name: &str, span: Span) -> Finding {
    let message = if name == "ref" {
        "`<ref>` is never closed: the text after it disappears into the citation".to_string()
    } else {
        format!("`<{name}>` is never closed")
    };
    finding(span, message, format!("no `</{name}>` after this"))
}
