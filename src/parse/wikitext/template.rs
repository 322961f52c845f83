//! Templates `{{name|a=b|c}}` and the top-level `|` and `=` that divide them, and the
//! top-level `|` that ends a link's target.

use crate::parse::index::{ByteSet, WikiIndex};
use crate::parse::{trim_span, Param, Template};
use crate::Span;

/// Templates this short inside are divided by the direct scan below rather than by the index
/// of nesting ([`WikiIndex`]): most are, and the scan is cheaper than the index's searches.
const SHORT: usize = 192;

/// A parameter's name (before its `=`) and a link's target (before its `|`) are looked for by
/// the direct scans in the first `NEAR` bytes, then by the index. Names and targets are short,
/// and a value or a label without a `=` or a `|` usually ends within them.
///
/// Before the index is asked, a direct scan reads at most `NEAR` bytes of a parameter or a
/// link, or [`SHORT`] of a whole template, so deep nesting costs a bounded number of reads a
/// byte: linear. Only where the index declines a range (one its file-wide scan does not read
/// as a template or link) is the range scanned whole, as before.
const NEAR: usize = 64;

/// Positions of `|` not nested in `{{ }}` or `[[ ]]`.
pub(in crate::parse) fn top_level_bars(src: &str, range: Span) -> Vec<usize> {
    let mut out = Vec::new();
    bars_within(src, range.clone(), range.len(), |p| {
        out.push(p);
        false
    });
    out
}

/// The first `|` of a link's inner `range` not nested in `{{ }}` or `[[ ]]` (as the first of
/// [`top_level_bars`]).
pub(in crate::parse) fn first_bar(src: &str, range: Span, ix: &WikiIndex) -> Option<usize> {
    let mut first = None;
    let decided = bars_within(src, range.clone(), NEAR, |p| {
        first = Some(p);
        true
    });
    if decided {
        return first;
    }
    ix.link_bar(src, range.clone())
        .unwrap_or_else(|| top_level_bars(src, range).first().copied())
}

/// Scan `range` for `|` outside `{{ }}` and `[[ ]]` (counted from its start), giving each to
/// `found` until it returns true; starts no token further than `window` bytes in (a
/// two-byte token at the window's edge is read whole, within `range`). Returns whether the
/// scan ended (`found` said stop, or the range was read to its end).
pub(in crate::parse) fn bars_within(
    src: &str,
    range: Span,
    window: usize,
    mut found: impl FnMut(usize) -> bool,
) -> bool {
    let stop = range.start.saturating_add(window).min(range.end);
    crate::budget::work(stop.saturating_sub(range.start));
    let bytes = src.as_bytes();
    let (mut curly, mut square) = (0usize, 0usize);
    // (from one byte that may start a token or be a bar to the next: the rest are words)
    const MARKS: ByteSet<5> = ByteSet::of(b"{}[]|");
    let mut i = range.start;
    while i < stop {
        match MARKS.next(&bytes[..stop], i) {
            Some(next) => i = next,
            None => {
                i = stop;
                break;
            }
        }
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
            if bytes[i] == b'|' && curly == 0 && square == 0 && found(i) {
                return true;
            }
            i += 1;
        }
    }
    i >= range.end
}

/// Parse `{{name|a=b|c}}` spanning `span` (which includes the braces).
pub(in crate::parse) fn template(src: &str, span: Span, ix: &WikiIndex) -> Template {
    debug_assert!(span.len() >= 4);
    let inner = span.start + 2..span.end - 2;
    let bars = if inner.len() <= SHORT {
        top_level_bars(src, inner.clone())
    } else {
        ix.template_bars(src, inner.clone())
            .unwrap_or_else(|| top_level_bars(src, inner.clone()))
    };
    let name = trim_span(src, inner.start..bars.first().copied().unwrap_or(inner.end));
    let mut params = Vec::with_capacity(bars.len());
    for (k, &bar) in bars.iter().enumerate() {
        let end = bars.get(k + 1).copied().unwrap_or(inner.end);
        let part = bar + 1..end;
        let eq = eq_within(src, part.clone(), NEAR).unwrap_or_else(|| {
            ix.first_eq(src, part.clone())
                .unwrap_or_else(|| first_top_level_eq(src, part.clone()))
        });
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

/// The first `=` of `range` outside single `{ }` and `[ ]` (counted from its start), unless a
/// `<` comes first.
pub(in crate::parse) fn first_top_level_eq(src: &str, range: Span) -> Option<usize> {
    eq_within(src, range.clone(), range.len()).flatten()
}

/// [`first_top_level_eq`] read no further than `window` bytes in: `None` when the answer
/// lies further.
pub(in crate::parse) fn eq_within(src: &str, range: Span, window: usize) -> Option<Option<usize>> {
    let stop = range.start.saturating_add(window).min(range.end);
    crate::budget::work(stop.saturating_sub(range.start));
    let bytes = src.as_bytes();
    let (mut curly, mut square) = (0usize, 0usize);
    // (from one byte the answer turns on to the next)
    const MARKS: ByteSet<6> = ByteSet::of(b"{}[]<=");
    let mut from = range.start;
    while let Some(i) = MARKS.next(&bytes[..stop], from) {
        match bytes[i] {
            b'{' => curly += 1,
            b'}' => curly = curly.saturating_sub(1),
            b'[' => square += 1,
            b']' => square = square.saturating_sub(1),
            b'<' => return Some(None),
            b'=' if curly == 0 && square == 0 => return Some(Some(i)),
            _ => {}
        }
        from = i + 1;
    }
    (stop == range.end).then_some(None)
}
