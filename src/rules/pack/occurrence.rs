//! `type = "occurrence"`: at most `max` / at least `min` matches per document or section.

use super::hits::Hit;
use super::{PackRule, Per};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::Span;

/// The stretches counted: the whole document, or each section (the lead before the first
/// heading counts as one), with the span a finding about too few matches points at.
fn stretches(cx: &Context, per: Per) -> Vec<(Span, Span)> {
    let doc = cx.doc;
    let first_line = |start: usize| {
        let end = cx.text()[start..].find('\n').map_or(cx.text().len(), |i| start + i);
        start..end
    };
    match per {
        Per::Document => vec![(0..cx.text().len(), first_line(0))],
        Per::Section => {
            let mut out = Vec::new();
            let lead_end = doc.sections.first().map_or(cx.text().len(), |s| s.span.start);
            if !cx.text()[..lead_end].trim().is_empty() {
                out.push((0..lead_end, first_line(0)));
            }
            for (k, s) in doc.sections.iter().enumerate() {
                // a section ends where the next heading (of any level) starts
                let end = doc
                    .sections
                    .get(k + 1)
                    .map_or(s.span.end, |n| n.span.start.min(s.span.end));
                let heading = doc
                    .blocks
                    .get(s.heading)
                    .map_or(first_line(s.span.start), |b| b.span.clone());
                out.push((s.span.start..end, heading));
            }
            out
        }
    }
}

pub(super) fn check(rule: &PackRule, cx: &Context, hits: &[Hit], out: &mut Vec<Diagnostic>) {
    for (stretch, heading) in stretches(cx, rule.def.per) {
        let inside: Vec<&Hit> = hits.iter().filter(|h| stretch.contains(&h.span.start)).collect();
        let count = inside.len().to_string();
        if let Some(max) = rule.def.max.filter(|&m| inside.len() > m) {
            let over = inside[max];
            let max = max.to_string();
            out.push(rule.finding(cx, over, &[("count", &count), ("max", &max)], None));
        }
        if let Some(min) = rule.def.min.filter(|&m| inside.len() < m) {
            let at = Hit {
                span: heading,
                text: String::new(),
                captures: Vec::new(),
                group: None,
                fixable: false,
                gap: None,
            };
            let min = min.to_string();
            out.push(rule.finding(cx, &at, &[("count", &count), ("min", &min)], None));
        }
    }
}
