//! A stretch of a document as marked-up text: the prose view (or the source itself) with
//! facts, findings, links and reference markers laid over it, each found by mapping every
//! character back to its source byte.

use super::escape::{self, push};
use crate::diagnostic::Severity;
use crate::facts::FactKind;
use crate::Span;

/// What a layer over the text says.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Fact(FactKind),
    /// A finding (its index in the run's findings) and its severity.
    Finding(usize, Severity),
    /// A link, with its escaped address when it has a safe one.
    Link(Option<String>),
    /// A numbered reference marker written in the text (`[3]`).
    Marker,
}

/// One layer: a source span and what it is.
#[derive(Debug, Clone)]
pub struct Layer {
    pub span: Span,
    pub kind: Kind,
}

/// Every layer of one document, sorted by start, and the spans of its `<ref>` elements
/// (which the prose view leaves out: they are shown as a marker where they stood).
#[derive(Debug, Default)]
pub struct Layers {
    items: Vec<Layer>,
    refs: Vec<Span>,
}

impl Layers {
    pub fn new(mut items: Vec<Layer>, mut refs: Vec<Span>) -> Self {
        items.sort_by_key(|l| (l.span.start, l.span.end));
        refs.sort_by_key(|r| r.start);
        Layers { items, refs }
    }

    /// The layers that may touch source bytes `lo..=hi`.
    fn around(&self, lo: usize, hi: usize) -> Vec<&Layer> {
        let upto = self.items.partition_point(|l| l.span.start <= hi);
        self.items[..upto]
            .iter()
            .filter(|l| l.span.end > lo || (l.span.is_empty() && l.span.start >= lo))
            .collect()
    }
}

/// What one character is covered by; characters with the same cover make one run.
#[derive(Debug, Clone, PartialEq, Default)]
struct Cover<'a> {
    link: Option<&'a Option<String>>,
    marker: bool,
    fact: Option<FactKind>,
    /// Findings, with the highest severity among them.
    findings: Vec<usize>,
    worst: Option<Severity>,
}

fn covers(l: &Layer, src: usize, char_end: usize) -> bool {
    if l.span.is_empty() {
        // an empty span marks the character at its position
        l.span.start >= src && l.span.start < char_end.max(src + 1)
    } else {
        l.span.start <= src && src < l.span.end
    }
}

fn cover_of<'a>(layers: &[&'a Layer], src: usize, char_end: usize) -> Cover<'a> {
    let mut c = Cover::default();
    for l in layers.iter().filter(|l| covers(l, src, char_end)) {
        match &l.kind {
            Kind::Fact(k) => c.fact = c.fact.or(Some(*k)),
            Kind::Finding(id, sev) => {
                c.findings.push(*id);
                c.worst = c.worst.max(Some(*sev));
            }
            Kind::Link(href) => c.link = Some(href),
            Kind::Marker => c.marker = true,
        }
    }
    c
}

/// Write `text[range]` with its layers; `to_source` maps an offset of `text` to the source.
/// Returns the findings that were marked.
pub fn render(
    out: &mut String,
    text: &str,
    range: Span,
    to_source: &dyn Fn(usize) -> usize,
    layers: &Layers,
) -> Vec<usize> {
    let chars: Vec<(usize, char, usize)> = text[range.clone()]
        .char_indices()
        .map(|(i, c)| (range.start + i, c, to_source(range.start + i)))
        .collect();
    let (Some(lo), Some(hi)) = (
        chars.iter().map(|c| c.2).min(),
        chars.iter().map(|c| c.2 + c.1.len_utf8()).max(),
    ) else {
        return Vec::new();
    };
    let near = layers.around(lo, hi);
    let mut marked = Vec::new();
    let mut run = String::new();
    let mut cover = Cover::default();
    let mut prev_src: Option<usize> = None;
    for &(_, c, src) in &chars {
        let here = cover_of(&near, src, src + c.len_utf8());
        let refs = prev_src.map_or(0, |p| refs_between(layers, p, src));
        if here != cover || refs > 0 {
            flush(out, &run, &cover, &mut marked);
            run.clear();
            for _ in 0..refs {
                out.push_str("<sup class=\"ref\">[*]</sup>");
            }
            cover = here;
        }
        run.push(c);
        prev_src = Some(src + c.len_utf8());
    }
    flush(out, &run, &cover, &mut marked);
    marked.sort_unstable();
    marked.dedup();
    marked
}

/// `<ref>` elements starting in source bytes `from..to` (left out of the prose between two
/// characters).
fn refs_between(layers: &Layers, from: usize, to: usize) -> usize {
    if to <= from {
        return 0;
    }
    let a = layers.refs.partition_point(|r| r.start < from);
    let b = layers.refs.partition_point(|r| r.start < to);
    b - a
}

fn flush(out: &mut String, run: &str, c: &Cover, marked: &mut Vec<usize>) {
    if run.is_empty() {
        return;
    }
    let mut close: Vec<&str> = Vec::new();
    if let Some(href) = c.link {
        match href {
            Some(h) => {
                out.push_str("<a class=\"ln\" target=\"_blank\" rel=\"noopener noreferrer\" href=\"");
                out.push_str(h);
                out.push_str("\">");
                close.push("</a>");
            }
            None => {
                out.push_str("<span class=\"ln\">");
                close.push("</span>");
            }
        }
    }
    if c.marker {
        out.push_str("<sup class=\"ref\">");
        close.push("</sup>");
    }
    if let Some(k) = c.fact {
        out.push_str("<span class=\"fx fx-");
        out.push_str(k.name());
        out.push_str("\">");
        close.push("</span>");
    }
    if !c.findings.is_empty() {
        open_mark(out, &c.findings, c.worst.unwrap_or(Severity::Info), "m");
        marked.extend(&c.findings);
        close.push("</mark>");
    }
    push(out, run);
    for tag in close.iter().rev() {
        out.push_str(tag);
    }
}

/// `<mark class="CLASS sev-…" data-f="1 2">`.
fn open_mark(out: &mut String, ids: &[usize], sev: Severity, class: &str) {
    let ids: Vec<String> = ids.iter().map(|i| i.to_string()).collect();
    out.push_str(&format!(
        "<mark class=\"{class} sev-{}\" data-f=\"{}\">",
        sev.name(),
        ids.join(" ")
    ));
}

/// A pin for a finding whose span shows no text here (markup left out of the prose, an
/// empty span): a flag that stands for it.
pub fn pin(out: &mut String, id: usize, sev: Severity) {
    open_mark(out, &[id], sev, "m pin");
    out.push_str("⚑</mark>");
}

/// The escaped address of a link: web addresses as they are, wiki pages on `lang`'s wiki.
pub fn link_href(internal: bool, lang: &str, target: &str) -> Option<String> {
    if internal {
        Some(escape::wiki_url(lang, target))
    } else {
        escape::web_url(target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer(span: Span, kind: Kind) -> Layer {
        Layer { span, kind }
    }

    #[test]
    fn runs_follow_the_layers_and_text_is_escaped() {
        let text = "On 1 May <b> ran";
        let layers = Layers::new(
            vec![
                layer(3..8, Kind::Fact(FactKind::Date)),
                layer(9..12, Kind::Finding(7, Severity::Warning)),
            ],
            vec![],
        );
        let mut out = String::new();
        let marked = render(&mut out, text, 0..text.len(), &|p| p, &layers);
        assert_eq!(marked, [7]);
        assert!(out.contains("<span class=\"fx fx-date\">1 May</span>"), "{out}");
        assert!(out.contains("data-f=\"7\">&lt;b&gt;</mark>"), "{out}");
        assert!(!out.contains("<b>"), "{out}");
    }

    #[test]
    fn left_out_references_become_markers() {
        // prose "ab" read from source "a<ref>x</ref>b"
        let layers = Layers::new(Vec::new(), std::iter::once(1..13).collect());
        let mut out = String::new();
        render(&mut out, "ab", 0..2, &|p| if p == 0 { 0 } else { 13 }, &layers);
        assert_eq!(out, "a<sup class=\"ref\">[*]</sup>b");
    }
}
