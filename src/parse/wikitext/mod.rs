//! Raw MediaWiki wikitext: `==Heading==`, `[[target|label]]`, `{{template|name=value}}`,
//! `<ref>…</ref>`, `'''bold'''`, tables, comments, `-{ }-` variant markup.

use super::index::{Finder, WikiIndex};
use super::tag::tag_name;
use super::{line_end, next_line, trim_span, BlockKind, Builder, Link, LinkKind, Param, Reference, Template};
use crate::Span;
use std::collections::HashMap;

/// The indexes and memoised searches of one wikitext parse: with them no construct makes the
/// parser read the rest of the file again, however many times it is left unclosed.
pub(super) struct Scan {
    pub ix: WikiIndex,
    // logical lines
    line_comment: Finder,
    line_gt: Finder,
    line_ref_end: Finder,
    // inline markup
    comment: Finder,
    gt: Finder,
    name: Finder,
    ref_close: Finder,
    rbracket: Finder,
    newline: Finder,
    variant_end: Finder,
    underscores: Finder,
    skip_close: HashMap<String, Finder>,
}

impl Scan {
    pub fn new(src: &str) -> Self {
        Scan {
            ix: WikiIndex::new(src),
            line_comment: Finder::new("-->"),
            line_gt: Finder::new(">"),
            line_ref_end: Finder::new("</ref>"),
            comment: Finder::new("-->"),
            gt: Finder::new(">"),
            name: Finder::new("name"),
            ref_close: Finder::new("</ref"),
            rbracket: Finder::new("]"),
            newline: Finder::new("\n"),
            variant_end: Finder::new("}-"),
            underscores: Finder::new("__"),
            skip_close: HashMap::new(),
        }
    }
}

pub(super) fn parse(b: &mut Builder) {
    let src = b.src;
    let sc = &mut Scan::new(src);
    let mut pos = super::markdown::skip_bom(src);
    let mut para: Option<(usize, usize)> = None;
    while pos < src.len() {
        let (end, next) = logical_line(src, pos, sc);
        let line = &src[pos..end];
        let t = line.trim();
        let kind = classify(src, pos, end, &sc.ix);
        if kind.is_some() || t.is_empty() {
            if let Some((s, e)) = para.take() {
                block(b, sc, BlockKind::Paragraph, s..e, s..e);
            }
        }
        match kind {
            Some(Line::Heading(level, content)) => block(b, sc, BlockKind::Heading { level }, pos..end, content),
            Some(Line::Item(ordered, marker)) => {
                block(b, sc, BlockKind::ListItem { ordered }, pos..end, pos + marker..end)
            }
            Some(Line::Template) => block(b, sc, BlockKind::Template, pos..end, pos..end),
            Some(Line::Category) => block(b, sc, BlockKind::Category, pos..end, pos..end),
            Some(Line::Table) => {
                let table_end = table_end(src, pos);
                let p = b.begin_block();
                inline(b, sc, pos..table_end, false);
                b.end_block(BlockKind::Table, pos..table_end, p);
                pos = next_line(src, table_end);
                continue;
            }
            None if t.is_empty() || t == "----" || is_magic_word(t) => {}
            None => para = Some((para.map_or(pos, |(s, _)| s), end)),
        }
        pos = next;
    }
    if let Some((s, e)) = para {
        block(b, sc, BlockKind::Paragraph, s..e, s..e);
    }
}

fn is_magic_word(t: &str) -> bool {
    t.len() > 4 && t.starts_with("__") && t.ends_with("__") && t[2..t.len() - 2].chars().all(|c| c.is_ascii_uppercase())
}

fn block(b: &mut Builder, sc: &mut Scan, kind: BlockKind, span: Span, content: Span) {
    let p = b.begin_block();
    inline(b, sc, content, true);
    b.end_block(kind, span, p);
}

enum Line {
    Heading(u8, Span),
    Item(bool, usize),
    Template,
    Category,
    Table,
}

fn classify(src: &str, pos: usize, end: usize, ix: &WikiIndex) -> Option<Line> {
    let line = &src[pos..end];
    let t = line.trim_end();
    if t.starts_with('=') && t.ends_with('=') {
        let lead = t.len() - t.trim_start_matches('=').len();
        let trail = t.len() - t.trim_end_matches('=').len();
        let level = lead.min(trail).min(6);
        if level >= 1 && t.len() > level * 2 {
            let content = trim_span(src, pos + level..pos + t.len() - level);
            return Some(Line::Heading(level as u8, content));
        }
    }
    if let Some(c) = line.chars().next() {
        if matches!(c, '*' | '#' | ':' | ';') {
            let marker = line.len() - line.trim_start_matches(['*', '#', ':', ';']).len();
            let rest = &line[marker..];
            let ws = rest.len() - rest.trim_start().len();
            return Some(Line::Item(c == '#', marker + ws));
        }
    }
    let tt = line.trim();
    if tt.starts_with("{|") {
        return Some(Line::Table);
    }
    if tt.starts_with("{{") {
        let start = pos + (line.len() - line.trim_start().len());
        if let Some(close) = ix.braces.find(src, start + 2) {
            if src[close + 2..end].trim().is_empty() {
                return Some(Line::Template);
            }
        }
    }
    if is_category_line(tt) {
        return Some(Line::Category);
    }
    None
}

fn is_category_line(t: &str) -> bool {
    if t.is_empty() {
        return false;
    }
    let mut rest = t;
    while !rest.is_empty() {
        let Some(r) = rest.strip_prefix("[[") else {
            return false;
        };
        let Some(close) = r.find("]]") else {
            return false;
        };
        if link_kind(&r[..close]) != LinkKind::Category {
            return false;
        }
        rest = r[close + 2..].trim_start();
    }
    true
}

/// The end of a logical line: a newline inside a template, comment or `<ref>` does not end
/// it. Returns (end of line content, start of next line).
fn logical_line(src: &str, pos: usize, sc: &mut Scan) -> (usize, usize) {
    let bytes = src.as_bytes();
    let mut i = pos;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => break,
            b'{' if bytes.get(i + 1) == Some(&b'{') => match sc.ix.braces.find(src, i + 2) {
                Some(c) => i = c + 2,
                None => i += 2,
            },
            b'<' if src[i..].starts_with("<!--") => match sc.line_comment.next(src, i + 4) {
                Some(c) => i = c + 3,
                None => i += 4,
            },
            b'<' if src[i..].starts_with("<ref") => {
                let tag_end = sc.line_gt.next(src, i);
                match tag_end {
                    Some(te) if bytes[te - 1] != b'/' => match sc.line_ref_end.next(src, te) {
                        Some(c) => i = c + 6,
                        None => i = te + 1,
                    },
                    Some(te) => i = te + 1,
                    None => i += 4,
                }
            }
            _ => i += 1,
        }
    }
    let end = i.min(src.len());
    let next = if end < src.len() { end + 1 } else { end };
    let content_end = if end > pos && bytes[end - 1] == b'\r' {
        end - 1
    } else {
        end
    };
    (content_end, next)
}

fn table_end(src: &str, pos: usize) -> usize {
    let mut depth = 0usize;
    let mut p = pos;
    while p < src.len() {
        let e = line_end(src, p);
        let t = src[p..e].trim_start();
        if t.starts_with("{|") {
            depth += 1;
        } else if t.starts_with("|}") {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return e;
            }
        }
        p = next_line(src, p);
    }
    src.len()
}

fn link_kind(inner: &str) -> LinkKind {
    let t = inner.trim_start().trim_start_matches(':');
    // the namespace before the first `:`; reading stops as soon as no namespace name can
    // match (an ASCII sign, or more letters than the longest name), so that a link nesting
    // a whole page is not read to its end for this
    let mut letters = 0;
    let mut colon = None;
    for (k, ch) in t.char_indices() {
        if ch == ':' {
            colon = Some(k);
            break;
        }
        if ch.is_whitespace() {
            continue;
        }
        letters += ch.len_utf8();
        if (ch.is_ascii() && !ch.is_ascii_alphabetic()) || letters > 48 {
            return LinkKind::Internal;
        }
    }
    let Some(colon) = colon else {
        return LinkKind::Internal;
    };
    let ns = t[..colon].trim().to_lowercase();
    match ns.as_str() {
        "category" | "分类" | "分類" | "kategorie" => LinkKind::Category,
        "file" | "image" | "文件" | "檔案" | "档案" | "图像" | "圖像" | "datei" | "bild" => LinkKind::File,
        _ => LinkKind::Internal,
    }
}

const SKIP_CONTENT_TAGS: &[&str] = &[
    "math",
    "pre",
    "syntaxhighlight",
    "source",
    "gallery",
    "timeline",
    "score",
    "chem",
    "graph",
    "templatedata",
    "mapframe",
    "imagemap",
    "ce",
];

/// One inline range being scanned: the parsers keep their own stack of these instead of
/// recursing, so nesting depth costs heap, not call stack.
pub(super) struct Frame {
    range: Span,
    i: usize,
    run: usize,
    emit: bool,
    /// A link to record once this range (its label) is done.
    then: Option<Link>,
}

impl Frame {
    pub(super) fn new(range: Span, emit: bool) -> Self {
        Frame {
            i: range.start,
            run: range.start,
            range,
            emit,
            then: None,
        }
    }
}

/// Scan inline wikitext, recording links, templates, refs and comments; copy readable text
/// into the prose view when `emit` is set.
fn inline(b: &mut Builder, sc: &mut Scan, range: Span, emit: bool) {
    let mut stack = vec![Frame::new(range, emit)];
    while let Some(mut f) = stack.pop() {
        if let Some(child) = step(b, sc, &mut f) {
            stack.push(f);
            stack.push(child);
        } else if let Some(link) = f.then.take() {
            b.links.push(link);
        }
    }
}

/// Scan `f` until it ends (`None`) or reaches a nested range to read first (returned, with
/// `f` left just after the construct that holds it).
fn step(b: &mut Builder, sc: &mut Scan, f: &mut Frame) -> Option<Frame> {
    let src = b.src;
    let bytes = src.as_bytes();
    let end = f.range.end;
    macro_rules! flush {
        () => {
            if f.emit {
                b.prose.copy(f.run..f.i);
            }
        };
    }
    macro_rules! jump {
        ($to:expr) => {{
            f.i = $to;
            f.run = f.i;
        }};
    }
    while f.i < end {
        let i = f.i;
        let c = bytes[i];
        // Only ASCII trigger bytes start markup; they are always char boundaries.
        if !matches!(c, b'<' | b'{' | b'[' | b'\'' | b'-' | b'_') {
            f.i += 1;
            continue;
        }
        let rest = &src[i..end];
        if c == b'<' && rest.starts_with("<!--") {
            flush!();
            let e = sc.comment.within(src, i + 4, end).map_or(end, |e| e + 3);
            b.comments.push(i..e);
            jump!(e);
        } else if c == b'{' && rest.starts_with("{{") {
            match sc.ix.braces.find(src, i + 2).filter(|&e| e + 2 <= end) {
                Some(close) => {
                    flush!();
                    let t = template(src, i..close + 2, &sc.ix);
                    let inner = t.name.end..close;
                    b.templates.push(t);
                    jump!(close + 2);
                    return Some(Frame::new(inner, false));
                }
                None => f.i += 2,
            }
        } else if c == b'[' && rest.starts_with("[[") {
            match sc.ix.squares.find(src, i + 2).filter(|&e| e + 2 <= end) {
                Some(close) => {
                    flush!();
                    let child = wikilink(b, &sc.ix, i..close + 2, f.emit);
                    jump!(close + 2);
                    if child.is_some() {
                        return child;
                    }
                }
                None => f.i += 2,
            }
        } else if c == b'['
            && (rest[1..].starts_with("http://") || rest[1..].starts_with("https://") || rest[1..].starts_with("//"))
        {
            let close = sc
                .rbracket
                .within(src, i, end)
                .filter(|&e| sc.newline.next(src, i).is_none_or(|n| n > e));
            match close {
                Some(close) => {
                    flush!();
                    let inner = i + 1..close;
                    let sp = src[inner.clone()].find(' ');
                    let (target, label) = match sp {
                        Some(s) => (
                            inner.start..inner.start + s,
                            Some(trim_span(src, inner.start + s + 1..inner.end)),
                        ),
                        None => (inner.clone(), None),
                    };
                    let link = Link {
                        kind: LinkKind::External,
                        span: i..close + 1,
                        target,
                        label: label.clone(),
                        pipe: None,
                    };
                    jump!(close + 1);
                    match label {
                        Some(l) if f.emit => {
                            // the label's own links come first, then this one
                            let mut child = Frame::new(l, true);
                            child.then = Some(link);
                            return Some(child);
                        }
                        _ => b.links.push(link),
                    }
                }
                None => f.i += 1,
            }
        } else if c == b'<' && tag_name(rest).is_some() {
            let (name, closing) = tag_name(rest).unwrap_or_default();
            let Some(gt) = sc.gt.within(src, i, end) else {
                f.i += 1;
                continue;
            };
            flush!();
            let self_closing = bytes[gt - 1] == b'/';
            let tag_end = gt + 1;
            if name == "ref" && !closing {
                let named = sc.name.next(src, i).is_some_and(|p| p + 4 <= gt);
                if self_closing {
                    b.refs.push(Reference {
                        span: i..tag_end,
                        body: None,
                        named,
                    });
                    jump!(tag_end);
                } else if let Some(close) = sc.ref_close.within(src, tag_end, end) {
                    let body = tag_end..close;
                    let e = sc.gt.within(src, close, end).map_or(end, |e| e + 1);
                    b.refs.push(Reference {
                        span: i..e,
                        body: Some(body.clone()),
                        named,
                    });
                    jump!(e);
                    return Some(Frame::new(body, false));
                } else {
                    // unclosed <ref>: leave the tag out of the prose; broken-markup reports it
                    jump!(tag_end);
                }
            } else if !closing && !self_closing && SKIP_CONTENT_TAGS.contains(&name.as_str()) {
                let finder = sc
                    .skip_close
                    .entry(name)
                    .or_insert_with_key(|name| Finder::new(&format!("</{name}")));
                let to = match finder.within(src, tag_end, end) {
                    Some(cl) => sc.gt.within(src, cl, end).map_or(end, |e| e + 1),
                    None => tag_end,
                };
                jump!(to);
            } else {
                jump!(tag_end);
            }
        } else if c == b'\'' && rest.starts_with("''") {
            flush!();
            let n = bytes[i..end].iter().take(5).take_while(|&&q| q == b'\'').count();
            let to = i + if n >= 5 {
                5
            } else if n >= 3 {
                3
            } else {
                2
            };
            jump!(to);
        } else if c == b'-' && rest.starts_with("-{") {
            match sc.variant_end.within(src, i, end) {
                Some(close) => {
                    flush!();
                    let inner = i + 2..close;
                    b.variants.push(i..close + 2);
                    if let Some(v) = variant_text(src, inner) {
                        if f.emit {
                            b.prose.copy(v);
                        }
                    }
                    jump!(close + 2);
                }
                None => f.i += 2,
            }
        } else if c == b'_' && rest.starts_with("__") {
            let e = sc.underscores.within(src, i + 2, end).map(|e| e + 2 - i);
            match e.filter(|&e| is_magic_word(&rest[..e])) {
                Some(e) => {
                    flush!();
                    jump!(i + e);
                }
                None => f.i += 2,
            }
        } else {
            f.i += 1;
        }
    }
    flush!();
    None
}

/// The text shown for `-{…}-`: plain content, or the first `zh-xx:` variant; rule-only
/// markup (`-{H|…}-`, `-{A|…}-`) shows nothing.
pub(super) fn variant_text(src: &str, mut inner: Span) -> Option<Span> {
    // flags first (`-{A|zh-hans:…}-`), possibly several
    loop {
        let s = &src[inner.clone()];
        let Some(bar) = s.find('|') else { break };
        let flags = &s[..bar];
        if !(flags.len() <= 4 && flags.chars().all(|c| c.is_ascii_alphabetic() || c == ';')) {
            break;
        }
        if flags.contains('H') || flags.contains('-') {
            return None;
        }
        inner = inner.start + bar + 1..inner.end;
    }
    let s = &src[inner.clone()];
    if let Some(p) = s.find("zh") {
        if let Some(colon) = s[p..].find(':') {
            let start = inner.start + p + colon + 1;
            let end = src[start..inner.end].find(';').map_or(inner.end, |e| start + e);
            return Some(trim_span(src, start..end));
        }
    }
    Some(inner)
}

/// Record the link `[[…]]` at `span`; returns the range to read next (its label, or a file
/// link's caption) when there is one.
fn wikilink(b: &mut Builder, ix: &WikiIndex, span: Span, emit: bool) -> Option<Frame> {
    let src = b.src;
    let inner = span.start + 2..span.end - 2;
    let kind = link_kind(&src[inner.clone()]);
    // the first top-level '|'
    let bar = ix
        .link_bar(src, inner.clone())
        .unwrap_or_else(|| top_level_bars(src, inner.clone()).into_iter().next());
    let target = trim_span(src, inner.start..bar.unwrap_or(inner.end));
    let label = bar.map(|p| p + 1..inner.end);
    b.links.push(Link {
        kind,
        span: span.clone(),
        target: target.clone(),
        label: label.clone(),
        pipe: bar.map(|p| p..p + 1),
    });
    match (kind, label) {
        (LinkKind::Internal, Some(l)) => Some(Frame::new(l, emit)),
        (LinkKind::Internal, None) if emit => {
            let t = &src[target.clone()];
            let lead = t.len() - t.trim_start_matches(':').len();
            b.prose.copy(target.start + lead..target.end);
            None
        }
        (LinkKind::File, _) => Some(Frame::new(inner, false)),
        _ => None,
    }
}

/// Positions of `|` not nested in `{{ }}` or `[[ ]]`.
pub(super) fn top_level_bars(src: &str, range: Span) -> Vec<usize> {
    super::index::work(range.len());
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let (mut curly, mut square) = (0usize, 0usize);
    let mut i = range.start;
    while i < range.end {
        let two = &bytes[i..range.end.min(i + 2)];
        if two == b"{{" {
            curly += 1;
            i += 2;
        } else if two == b"}}" {
            curly = curly.saturating_sub(1);
            i += 2;
        } else if two == b"[[" {
            square += 1;
            i += 2;
        } else if two == b"]]" {
            square = square.saturating_sub(1);
            i += 2;
        } else {
            if bytes[i] == b'|' && curly == 0 && square == 0 {
                out.push(i);
            }
            i += 1;
        }
    }
    out
}

/// Parse `{{name|a=b|c}}` spanning `span` (which includes the braces).
pub(super) fn template(src: &str, span: Span, ix: &WikiIndex) -> Template {
    debug_assert!(span.len() >= 4);
    let inner = span.start + 2..span.end - 2;
    let bars = ix
        .template_bars(src, inner.clone())
        .unwrap_or_else(|| top_level_bars(src, inner.clone()));
    let name = trim_span(src, inner.start..bars.first().copied().unwrap_or(inner.end));
    let mut params = Vec::new();
    for (k, &bar) in bars.iter().enumerate() {
        let end = bars.get(k + 1).copied().unwrap_or(inner.end);
        let part = bar + 1..end;
        let eq = ix
            .first_eq(src, part.clone())
            .unwrap_or_else(|| first_top_level_eq(src, part.clone()));
        let (pname, value) = match eq {
            Some(e) => (Some(trim_span(src, part.start..e)), value_span(src, e + 1..end)),
            None => (None, value_span(src, part.clone())),
        };
        params.push(Param {
            span: part,
            name: pname,
            value,
        });
    }
    Template { span, name, params }
}

fn value_span(src: &str, range: Span) -> Span {
    let t = trim_span(src, range.clone());
    if t.is_empty() {
        range.start..range.start
    } else {
        t
    }
}

pub(super) fn first_top_level_eq(src: &str, range: Span) -> Option<usize> {
    super::index::work(range.len());
    let bytes = src.as_bytes();
    let (mut curly, mut square) = (0usize, 0usize);
    let mut i = range.start;
    while i < range.end {
        match bytes[i] {
            b'{' => curly += 1,
            b'}' => curly = curly.saturating_sub(1),
            b'[' => square += 1,
            b']' => square = square.saturating_sub(1),
            b'<' => return None,
            b'=' if curly == 0 && square == 0 => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}
