//! Raw MediaWiki wikitext: `==Heading==`, `[[target|label]]`, `{{template|name=value}}`,
//! `<ref>…</ref>`, `'''bold'''`, tables, comments, `-{ }-` variant markup.

mod inline;
mod template;

pub(super) use inline::variant_text;
pub(super) use template::template;
#[cfg(test)]
pub(super) use template::{bars_within, eq_within, first_bar, first_top_level_eq, top_level_bars};

use super::index::{Finder, WikiIndex};
use super::{line_end, next_line, trim_span, BlockKind, Builder, LinkKind};
use crate::Span;
use inline::inline;
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
    /// The inline parse's stack of frames, empty between calls.
    frames: Vec<inline::Frame>,
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
            frames: Vec::new(),
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
    // (from one byte that may end the line or open what it runs over to the next)
    let mut i = pos;
    while i < bytes.len() {
        let Some(next) = memchr::memchr3(b'\n', b'{', b'<', &bytes[i..]) else {
            i = bytes.len();
            break;
        };
        i += next;
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
