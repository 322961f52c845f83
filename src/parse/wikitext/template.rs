//! Templates `{{name|a=b|c}}` and the top-level `|` and `=` that divide them.

use crate::parse::index::WikiIndex;
use crate::parse::{trim_span, Param, Template};
use crate::Span;

/// Positions of `|` not nested in `{{ }}` or `[[ ]]`.
pub(in crate::parse) fn top_level_bars(src: &str, range: Span) -> Vec<usize> {
    crate::budget::work(range.len());
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
pub(in crate::parse) fn template(src: &str, span: Span, ix: &WikiIndex) -> Template {
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

pub(in crate::parse) fn first_top_level_eq(src: &str, range: Span) -> Option<usize> {
    crate::budget::work(range.len());
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
