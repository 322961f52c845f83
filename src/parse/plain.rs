//! Plain-text extracts: `= Title =`, `==Section==`, `- item`, `[1]` citation markers;
//! paragraphs separated by blank lines.

use super::{line_end, next_line, trim_span, BlockKind, Builder, RefMarker};
use crate::Span;

pub(super) fn parse(b: &mut Builder) {
    let src = b.src;
    let mut pos = super::markdown::skip_bom(src);
    let mut para: Option<(usize, usize)> = None;
    while pos < src.len() {
        let end = line_end(src, pos);
        let line = &src[pos..end];
        let next = next_line(src, pos);
        let t = line.trim();
        let heading = heading_level(t);
        let item = item_marker(line);
        if heading.is_some() || item.is_some() || t.is_empty() {
            if let Some((s, e)) = para.take() {
                block(b, BlockKind::Paragraph, s..e, s..e);
            }
        }
        if let Some(level) = heading {
            let inner = trim_span(src, pos..end);
            let l = level as usize;
            let content = trim_span(src, inner.start + l..inner.end - l);
            block(b, BlockKind::Heading { level }, pos..end, content);
        } else if let Some((ordered, marker)) = item {
            block(b, BlockKind::ListItem { ordered }, pos..end, pos + marker..end);
        } else if !t.is_empty() {
            para = Some((para.map_or(pos, |(s, _)| s), end));
        }
        pos = next;
    }
    if let Some((s, e)) = para {
        block(b, BlockKind::Paragraph, s..e, s..e);
    }
}

fn heading_level(t: &str) -> Option<u8> {
    let lead = t.len() - t.trim_start_matches('=').len();
    let trail = t.len() - t.trim_end_matches('=').len();
    if (1..=6).contains(&lead) && lead == trail && t.len() > lead * 2 {
        Some(lead as u8)
    } else {
        None
    }
}

fn item_marker(line: &str) -> Option<(bool, usize)> {
    if line.starts_with("- ") || line.starts_with("* ") {
        return Some((false, 2));
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=4).contains(&digits) && (line[digits..].starts_with(". ") || line[digits..].trim_end() == ".") {
        let rest = &line[digits + 1..];
        return Some((true, digits + 1 + (rest.len() - rest.trim_start().len())));
    }
    None
}

fn block(b: &mut Builder, kind: BlockKind, span: Span, content: Span) {
    let p = b.begin_block();
    inline(b, content);
    b.end_block(kind, span, p);
}

/// Copy text, dropping `[12]` citation markers.
fn inline(b: &mut Builder, range: Span) {
    let src = b.src;
    let mut run = range.start;
    let mut i = range.start;
    while let Some(off) = memchr::memchr(b'[', &src.as_bytes()[i..range.end]) {
        let at = i + off;
        let rest = &src[at + 1..range.end];
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if (1..=4).contains(&digits) && rest[digits..].starts_with(']') {
            b.prose.copy(run..at);
            let end = at + 1 + digits + 1;
            if let Ok(number) = rest[..digits].parse() {
                b.ref_markers.push(RefMarker { span: at..end, number });
            }
            run = end;
            i = end;
        } else {
            i = at + 1;
        }
    }
    b.prose.copy(run..range.end);
}
