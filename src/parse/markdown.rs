//! pandoc's wiki-markdown: `[label](https://zh.wikipedia.org/wiki/X "wikilink")`,
//! `[label](../Page/X.md "wikilink")`, `\[1\]` markers, `## Heading`, `**bold**`,
//! numbered reference lists (`1.` with nothing after it when the converter lost the body).

use super::index::{Finder, LabelIndex, TargetIndex, WikiIndex};
use super::{find_balanced, line_end, next_line, trim_span, BlockKind, Builder, Link, LinkKind, RefMarker};
use crate::Span;

/// The indexes and memoised searches of one wiki-markdown parse.
struct Scan {
    ix: WikiIndex,
    labels: LabelIndex,
    targets: TargetIndex,
    comment: Finder,
    variant_end: Finder,
    quote: Finder,
}

pub(super) fn parse(b: &mut Builder) {
    let src = b.src;
    let sc = &mut Scan {
        ix: WikiIndex::new(src),
        labels: LabelIndex::new(src),
        targets: TargetIndex::new(src),
        comment: Finder::new("-->"),
        variant_end: Finder::new("}-"),
        quote: Finder::new("\""),
    };
    let mut pos = skip_bom(src);
    let mut para: Option<(usize, usize)> = None; // (source start, end of last line)
    while pos < src.len() {
        let end = line_end(src, pos);
        let line = &src[pos..end];
        let next = next_line(src, pos);
        let kind = classify(line);
        if kind.is_some() || line.trim().is_empty() {
            if let Some((s, e)) = para.take() {
                paragraph(b, sc, s..e);
            }
        }
        match kind {
            Some(LineKind::Heading(level)) => {
                let content = pos + level as usize..end;
                let p = b.begin_block();
                let content = trim_span(src, content);
                inline(b, sc, content);
                b.end_block(BlockKind::Heading { level }, pos..end, p);
            }
            Some(LineKind::Item { ordered, marker }) => {
                // continuation lines: indented, non-blank
                let mut item_end = end;
                let mut n = next;
                while n < src.len() {
                    let e = line_end(src, n);
                    let l = &src[n..e];
                    if l.starts_with("  ") && !l.trim().is_empty() && classify(l.trim_start()).is_none() {
                        item_end = e;
                        n = next_line(src, n);
                    } else {
                        break;
                    }
                }
                let p = b.begin_block();
                inline(b, sc, pos + marker..item_end);
                b.end_block(BlockKind::ListItem { ordered }, pos..item_end, p);
                pos = n;
                continue;
            }
            Some(LineKind::Template) => {
                let p = b.begin_block();
                inline(b, sc, pos..end);
                b.end_block(BlockKind::Template, pos..end, p);
            }
            Some(LineKind::Category) => {
                let p = b.begin_block();
                inline(b, sc, pos..end);
                b.end_block(BlockKind::Category, pos..end, p);
            }
            None if line.trim().is_empty() => {}
            None => {
                para = Some((para.map_or(pos, |(s, _)| s), end));
            }
        }
        pos = next;
    }
    if let Some((s, e)) = para {
        paragraph(b, sc, s..e);
    }
}

pub(super) fn skip_bom(src: &str) -> usize {
    if src.starts_with('\u{feff}') {
        3
    } else {
        0
    }
}

fn paragraph(b: &mut Builder, sc: &mut Scan, span: Span) {
    let p = b.begin_block();
    inline(b, sc, span.clone());
    b.end_block(BlockKind::Paragraph, span, p);
}

enum LineKind {
    Heading(u8),
    /// `marker`: bytes of the list marker including the space after it.
    Item {
        ordered: bool,
        marker: usize,
    },
    Template,
    Category,
}

fn classify(line: &str) -> Option<LineKind> {
    let hashes = line.len() - line.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) && (line.len() == hashes || line[hashes..].starts_with(' ')) {
        return Some(LineKind::Heading(hashes as u8));
    }
    for m in ["- ", "* ", "+ "] {
        if line.starts_with(m) {
            let marker = line.len() - line[1..].trim_start().len();
            return Some(LineKind::Item { ordered: false, marker });
        }
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=4).contains(&digits) {
        let rest = &line[digits..];
        if rest == "." || rest.trim_end() == "." || rest.starts_with(". ") {
            let after = rest[1..].len() - rest[1..].trim_start().len();
            return Some(LineKind::Item {
                ordered: true,
                marker: digits + 1 + after,
            });
        }
    }
    let t = line.trim();
    if t.starts_with("{{") && t.ends_with("}}") && find_balanced(t, 2, "{{", "}}") == Some(t.len() - 2) {
        return Some(LineKind::Template);
    }
    if t.starts_with("[Category:") && t.ends_with(')') {
        return Some(LineKind::Category);
    }
    None
}

/// Parse inline markup in `range`, copying readable text into the prose view. Nested
/// labels are read from an explicit stack of ranges, not by recursion.
fn inline(b: &mut Builder, sc: &mut Scan, range: Span) {
    let mut stack = vec![(range.start, range.start, range)];
    while let Some((mut i, mut run, range)) = stack.pop() {
        if let Some(child) = step(b, sc, &mut i, &mut run, range.end) {
            stack.push((i, run, range));
            stack.push((child.start, child.start, child));
        }
    }
}

/// Scan from `*i` to `end` until done (`None`) or a nested range (a label) to read first.
fn step(b: &mut Builder, sc: &mut Scan, i: &mut usize, run: &mut usize, end: usize) -> Option<Span> {
    let src = b.src;
    let bytes = src.as_bytes();
    macro_rules! flush {
        () => {
            b.prose.copy(*run..*i);
        };
    }
    // past markup: the readable text starts again at `$to`
    macro_rules! jump {
        ($to:expr) => {{
            *i = $to;
            *run = *i;
        }};
    }
    while *i < end {
        let at = *i;
        match bytes[at] {
            b'\\' if at + 1 < end && bytes[at + 1].is_ascii_punctuation() => {
                flush!();
                jump!(escape(b, at, end));
            }
            b'*' => {
                flush!();
                jump!(at + 1);
            }
            b'!' if bytes.get(at + 1) == Some(&b'[') => match link_at(src, sc, at + 1, end) {
                Some((e, _, _)) => {
                    flush!();
                    jump!(e);
                }
                None => *i = at + 1,
            },
            b'[' => match link_at(src, sc, at, end) {
                Some((e, label, target)) => {
                    flush!();
                    jump!(e);
                    if let Some(label) = record_link(b, at..e, label, target) {
                        return Some(label);
                    }
                }
                None => *i = at + 1,
            },
            b'{' if bytes.get(at + 1) == Some(&b'{') => {
                if let Some(close) = sc.ix.braces.find(src, at + 2).filter(|&c| c + 2 <= end) {
                    flush!();
                    b.templates.push(super::wikitext::template(src, at..close + 2, &sc.ix));
                    jump!(close + 2);
                } else {
                    *i = at + 2;
                }
            }
            b'-' if bytes.get(at + 1) == Some(&b'{') => {
                // leaked language-variant markup: show one variant, remember the construct
                match sc.variant_end.within(src, at, end) {
                    Some(close) => {
                        flush!();
                        b.variants.push(at..close + 2);
                        jump!(close + 2);
                        if let Some(v) = super::wikitext::variant_text(src, at + 2..close) {
                            return Some(v);
                        }
                    }
                    None => *i = at + 2,
                }
            }
            b'<' if src[at..].starts_with("<!--") => {
                flush!();
                let e = sc.comment.within(src, at + 4, end).map_or(end, |e| e + 3);
                b.comments.push(at..e);
                jump!(e);
            }
            _ => {
                *i = at + 1;
            }
        }
    }
    flush!();
    None
}

/// Record the link `[label](target)` at `span` → its label when that is read next (an
/// internal or external link's).
fn record_link(b: &mut Builder, span: Span, label: Span, target: Span) -> Option<Span> {
    let link = make_link(b.src, span, label.clone(), target);
    let kind = link.kind;
    b.links.push(link);
    matches!(kind, LinkKind::Internal | LinkKind::External).then_some(label)
}

/// A backslash escape at `at`: an escaped reference marker (`\[12\]`) is recorded, an
/// escaped character kept without its backslash → the index after it.
fn escape(b: &mut Builder, at: usize, end: usize) -> usize {
    if let Some((number, e)) = escaped_marker(b.src, at, end) {
        b.ref_markers.push(RefMarker { span: at..e, number });
        e
    } else {
        // an escaped character: keep the character, drop the backslash
        b.prose.copy(at + 1..at + 2);
        at + 2
    }
}

/// `\[12\]` at `i`: the marker number and the end of the marker.
fn escaped_marker(src: &str, i: usize, limit: usize) -> Option<(u32, usize)> {
    let rest = src.get(i..limit)?.strip_prefix("\\[")?;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 4 || !rest[digits..].starts_with("\\]") {
        return None;
    }
    Some((rest[..digits].parse().ok()?, i + 2 + digits + 2))
}

/// A markdown link `[label](target "title")` starting at `i`: its end, label span and the
/// target span (the URL, without the title).
fn link_at(src: &str, sc: &mut Scan, i: usize, limit: usize) -> Option<(usize, Span, Span)> {
    let bytes = src.as_bytes();
    // matching ']' (escapes skipped): from the index, or scanned where the index has no entry
    let close = match sc.labels.close(i) {
        Some(close) => close.filter(|&c| c < limit)?,
        None => label_end(bytes, i, limit)?,
    };
    if bytes.get(close + 1) != Some(&b'(') {
        return None;
    }
    let t0 = close + 2;
    let (end, te) = sc.targets.target(src, t0, limit, &mut sc.quote)?;
    Some((end, i + 1..close, t0..te))
}

/// The target of a link (`(url "title")` from just after the `(`) read directly: the
/// reference [`TargetIndex::target`] is tested against.
#[cfg(test)]
pub(super) fn target_scan(src: &str, t0: usize, limit: usize) -> Option<(usize, usize)> {
    let bytes = src.as_bytes();
    let mut k = t0;
    let mut parens = 0usize;
    let mut target_end = None;
    while k < limit {
        match bytes[k] {
            b'(' => parens += 1,
            b')' if parens == 0 => {
                let te = target_end.unwrap_or(k);
                return Some((k + 1, te));
            }
            b')' => parens -= 1,
            b' ' if bytes.get(k + 1) == Some(&b'"') && target_end.is_none() => {
                target_end = Some(k);
                // skip the quoted title
                k = k + 2 + src.get(k + 2..limit)?.find('"')?;
            }
            b'\n' => return None,
            _ => {}
        }
        k += 1;
    }
    None
}

/// The `]` balancing the `[` at `i`, before `limit` and before a blank line.
pub(super) fn label_end(bytes: &[u8], i: usize, limit: usize) -> Option<usize> {
    crate::budget::work(limit.saturating_sub(i));
    let mut depth = 0usize;
    let mut j = i;
    let close = loop {
        if j >= limit {
            return None;
        }
        match bytes[j] {
            b'\\' => j += 1,
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    break j;
                }
            }
            b'\n' if bytes.get(j + 1) == Some(&b'\n') => return None,
            _ => {}
        }
        j += 1;
    };
    Some(close)
}

fn make_link(src: &str, span: Span, label: Span, url: Span) -> Link {
    let u = &src[url.clone()];
    let wikilink = src[url.end..span.end].contains("wikilink");
    let (title_start, title_end) = if let Some(p) = u.find("/wiki/") {
        (url.start + p + 6, url.end)
    } else if let Some(rest) = u.strip_prefix("../Page/") {
        let end = if rest.ends_with(".md") { url.end - 3 } else { url.end };
        (url.start + 8, end)
    } else {
        (url.start, url.end)
    };
    let title = &src[title_start..title_end];
    let kind = if title.starts_with("Category:") || title.starts_with("分类:") || title.starts_with("分類:") {
        LinkKind::Category
    } else if ["File:", "Image:", "文件:", "檔案:", "图像:", "圖像:"]
        .iter()
        .any(|p| title.starts_with(p))
    {
        LinkKind::File
    } else if wikilink || title_start != url.start {
        LinkKind::Internal
    } else {
        LinkKind::External
    };
    Link {
        kind,
        span,
        target: title_start..title_end,
        label: Some(label),
        pipe: None,
    }
}
