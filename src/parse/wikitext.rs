//! Raw MediaWiki wikitext: `==Heading==`, `[[target|label]]`, `{{template|name=value}}`,
//! `<ref>…</ref>`, `'''bold'''`, tables, comments, `-{ }-` variant markup.

use super::{find_balanced, line_end, next_line, trim_span, BlockKind, Builder, Link, LinkKind, Param, Reference, Template};
use crate::Span;

pub(super) fn parse(b: &mut Builder) {
    let src = b.src;
    let mut pos = super::markdown::skip_bom(src);
    let mut para: Option<(usize, usize)> = None;
    while pos < src.len() {
        let (end, next) = logical_line(src, pos);
        let line = &src[pos..end];
        let t = line.trim();
        let kind = classify(src, pos, end);
        if kind.is_some() || t.is_empty() {
            if let Some((s, e)) = para.take() {
                block(b, BlockKind::Paragraph, s..e, s..e);
            }
        }
        match kind {
            Some(Line::Heading(level, content)) => block(b, BlockKind::Heading { level }, pos..end, content),
            Some(Line::Item(ordered, marker)) => block(b, BlockKind::ListItem { ordered }, pos..end, pos + marker..end),
            Some(Line::Template) => block(b, BlockKind::Template, pos..end, pos..end),
            Some(Line::Category) => block(b, BlockKind::Category, pos..end, pos..end),
            Some(Line::Table) => {
                let table_end = table_end(src, pos);
                let p = b.begin_block();
                collect(b, pos..table_end);
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
        block(b, BlockKind::Paragraph, s..e, s..e);
    }
}

fn is_magic_word(t: &str) -> bool {
    t.len() > 4 && t.starts_with("__") && t.ends_with("__") && t[2..t.len() - 2].chars().all(|c| c.is_ascii_uppercase())
}

fn block(b: &mut Builder, kind: BlockKind, span: Span, content: Span) {
    let p = b.begin_block();
    inline(b, content, true);
    b.end_block(kind, span, p);
}

enum Line {
    Heading(u8, Span),
    Item(bool, usize),
    Template,
    Category,
    Table,
}

fn classify(src: &str, pos: usize, end: usize) -> Option<Line> {
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
        if let Some(close) = find_balanced(src, start + 2, "{{", "}}") {
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
fn logical_line(src: &str, pos: usize) -> (usize, usize) {
    let bytes = src.as_bytes();
    let mut i = pos;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => break,
            b'{' if bytes.get(i + 1) == Some(&b'{') => match find_balanced(src, i + 2, "{{", "}}") {
                Some(c) => i = c + 2,
                None => i += 2,
            },
            b'<' if src[i..].starts_with("<!--") => match src[i + 4..].find("-->") {
                Some(c) => i = i + 4 + c + 3,
                None => i += 4,
            },
            b'<' if src[i..].starts_with("<ref") => {
                let tag_end = src[i..].find('>').map(|e| i + e);
                match tag_end {
                    Some(te) if bytes[te - 1] != b'/' => match src[te..].find("</ref>") {
                        Some(c) => i = te + c + 6,
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
    let content_end = if end > pos && bytes[end - 1] == b'\r' { end - 1 } else { end };
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
    let ns = t.split(':').next().unwrap_or("").trim().to_lowercase();
    if !t.contains(':') {
        return LinkKind::Internal;
    }
    match ns.as_str() {
        "category" | "分类" | "分類" | "kategorie" => LinkKind::Category,
        "file" | "image" | "文件" | "檔案" | "档案" | "图像" | "圖像" | "datei" | "bild" => LinkKind::File,
        _ => LinkKind::Internal,
    }
}

/// Record constructs in `range` without adding prose (template internals, tables, captions).
fn collect(b: &mut Builder, range: Span) {
    inline(b, range, false);
}

const SKIP_CONTENT_TAGS: &[&str] = &["math", "pre", "syntaxhighlight", "source", "gallery", "timeline", "score", "chem", "graph", "templatedata", "mapframe", "imagemap", "ce"];

/// Scan inline wikitext, recording links, templates, refs and comments; copy readable text
/// into the prose view when `emit` is set.
fn inline(b: &mut Builder, range: Span, emit: bool) {
    let src = b.src;
    let bytes = src.as_bytes();
    let mut i = range.start;
    let mut run = i;
    macro_rules! flush {
        () => {
            if emit {
                b.prose.copy(run..i);
            }
        };
    }
    while i < range.end {
        let c = bytes[i];
        // Only ASCII trigger bytes start markup; they are always char boundaries.
        if !matches!(c, b'<' | b'{' | b'[' | b'\'' | b'-' | b'_') {
            i += 1;
            continue;
        }
        let rest = &src[i..range.end];
        if c == b'<' && rest.starts_with("<!--") {
            flush!();
            let end = rest[4..].find("-->").map_or(range.end, |e| i + 4 + e + 3);
            b.comments.push(i..end);
            i = end;
            run = i;
        } else if c == b'{' && rest.starts_with("{{") {
            match find_balanced(src, i + 2, "{{", "}}").filter(|&e| e + 2 <= range.end) {
                Some(close) => {
                    flush!();
                    let t = template(src, i..close + 2);
                    let inner = t.name.end..close;
                    b.templates.push(t);
                    collect(b, inner);
                    i = close + 2;
                    run = i;
                }
                None => i += 2,
            }
        } else if c == b'[' && rest.starts_with("[[") {
            match find_balanced(src, i + 2, "[[", "]]").filter(|&e| e + 2 <= range.end) {
                Some(close) => {
                    flush!();
                    wikilink(b, i..close + 2, emit);
                    i = close + 2;
                    run = i;
                }
                None => i += 2,
            }
        } else if c == b'[' && (rest[1..].starts_with("http://") || rest[1..].starts_with("https://") || rest[1..].starts_with("//")) {
            match rest.find(']').filter(|&e| !rest[..e].contains('\n')) {
                Some(close) => {
                    flush!();
                    let inner = i + 1..i + close;
                    let sp = src[inner.clone()].find(' ');
                    let (target, label) = match sp {
                        Some(s) => (inner.start..inner.start + s, Some(trim_span(src, inner.start + s + 1..inner.end))),
                        None => (inner.clone(), None),
                    };
                    if let (Some(l), true) = (&label, emit) {
                        inline(b, l.clone(), emit);
                    }
                    b.links.push(Link {
                        kind: LinkKind::External,
                        span: i..i + close + 1,
                        target,
                        label,
                        pipe: None,
                    });
                    i = i + close + 1;
                    run = i;
                }
                None => i += 1,
            }
        } else if c == b'<' && tag_name(rest).is_some() {
            let (name, closing) = tag_name(rest).unwrap_or_default();
            let Some(gt) = rest.find('>') else {
                i += 1;
                continue;
            };
            flush!();
            let self_closing = rest[..gt].ends_with('/');
            let tag_end = i + gt + 1;
            if name == "ref" && !closing {
                let named = rest[..gt].contains("name");
                if self_closing {
                    b.refs.push(Reference { span: i..tag_end, body: None, named });
                    i = tag_end;
                } else if let Some(close) = src[tag_end..range.end].find("</ref") {
                    let body = tag_end..tag_end + close;
                    let end = src[body.end..range.end].find('>').map_or(range.end, |e| body.end + e + 1);
                    b.refs.push(Reference { span: i..end, body: Some(body.clone()), named });
                    collect(b, body);
                    i = end;
                } else {
                    // unclosed <ref>: leave the tag out of the prose; broken-markup reports it
                    i = tag_end;
                }
            } else if !closing && !self_closing && SKIP_CONTENT_TAGS.contains(&name.as_str()) {
                let close_tag = format!("</{name}");
                i = match src[tag_end..range.end].find(&close_tag) {
                    Some(cl) => src[tag_end + cl..range.end].find('>').map_or(range.end, |e| tag_end + cl + e + 1),
                    None => tag_end,
                };
            } else {
                i = tag_end;
            }
            run = i;
        } else if c == b'\'' && rest.starts_with("''") {
            flush!();
            let n = rest.len() - rest.trim_start_matches('\'').len();
            i += if n >= 5 { 5 } else if n >= 3 { 3 } else { 2 };
            run = i;
        } else if c == b'-' && rest.starts_with("-{") {
            match rest.find("}-") {
                Some(close) => {
                    flush!();
                    let inner = i + 2..i + close;
                    if let Some(v) = variant_text(src, inner) {
                        if emit {
                            b.prose.copy(v);
                        }
                    }
                    i = i + close + 2;
                    run = i;
                }
                None => i += 2,
            }
        } else if c == b'_' && rest.starts_with("__") {
            let e = rest[2..].find("__").map(|e| e + 4);
            match e.filter(|&e| is_magic_word(&rest[..e])) {
                Some(e) => {
                    flush!();
                    i += e;
                    run = i;
                }
                None => i += 2,
            }
        } else {
            i += 1;
        }
    }
    flush!();
}

/// `<name` or `</name` at the start of `s`, for letters-only tag names.
fn tag_name(s: &str) -> Option<(String, bool)> {
    let r = s.strip_prefix('<')?;
    let (closing, r) = match r.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, r),
    };
    let n = r.len() - r.trim_start_matches(|c: char| c.is_ascii_alphanumeric()).len();
    if n == 0 || !r.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let after = r[n..].chars().next()?;
    if !(after == '>' || after == '/' || after.is_whitespace()) {
        return None;
    }
    Some((r[..n].to_ascii_lowercase(), closing))
}

/// The text shown for `-{…}-`: plain content, or the first `zh-xx:` variant; rule-only
/// markup (`-{H|…}-`, `-{A|…}-`) shows nothing.
fn variant_text(src: &str, inner: Span) -> Option<Span> {
    let s = &src[inner.clone()];
    if let Some(bar) = s.find('|') {
        let flags = &s[..bar];
        if flags.len() <= 4 && flags.chars().all(|c| c.is_ascii_alphabetic() || c == ';') {
            if flags.contains('H') || flags.contains('-') {
                return None;
            }
            return variant_text(src, inner.start + bar + 1..inner.end);
        }
    }
    if let Some(p) = s.find("zh") {
        if let Some(colon) = s[p..].find(':') {
            let start = inner.start + p + colon + 1;
            let end = src[start..inner.end].find(';').map_or(inner.end, |e| start + e);
            return Some(trim_span(src, start..end));
        }
    }
    Some(inner)
}

fn wikilink(b: &mut Builder, span: Span, emit: bool) {
    let src = b.src;
    let inner = span.start + 2..span.end - 2;
    let kind = link_kind(&src[inner.clone()]);
    // the first top-level '|'
    let bar = top_level_bars(src, inner.clone()).into_iter().next();
    let target = trim_span(src, inner.start..bar.unwrap_or(inner.end));
    let label = bar.map(|p| p + 1..inner.end);
    b.links.push(Link {
        kind,
        span: span.clone(),
        target: target.clone(),
        label: label.clone(),
        pipe: bar.map(|p| p..p + 1),
    });
    match kind {
        LinkKind::Internal if emit => match label {
            Some(l) => inline(b, l, true),
            None => {
                let t = &src[target.clone()];
                let lead = t.len() - t.trim_start_matches(':').len();
                b.prose.copy(target.start + lead..target.end);
            }
        },
        LinkKind::File => collect(b, inner),
        _ => {}
    }
}

/// Positions of `|` not nested in `{{ }}` or `[[ ]]`.
fn top_level_bars(src: &str, range: Span) -> Vec<usize> {
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
pub(super) fn template(src: &str, span: Span) -> Template {
    let inner = span.start + 2..span.end - 2;
    let bars = top_level_bars(src, inner.clone());
    let name = trim_span(src, inner.start..bars.first().copied().unwrap_or(inner.end));
    let mut params = Vec::new();
    for (k, &bar) in bars.iter().enumerate() {
        let end = bars.get(k + 1).copied().unwrap_or(inner.end);
        let part = bar + 1..end;
        let eq = first_top_level_eq(src, part.clone());
        let (pname, value) = match eq {
            Some(e) => (Some(trim_span(src, part.start..e)), value_span(src, e + 1..end)),
            None => (None, value_span(src, part.clone())),
        };
        params.push(Param { span: part, name: pname, value });
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

fn first_top_level_eq(src: &str, range: Span) -> Option<usize> {
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
