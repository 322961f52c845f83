//! Inline wikitext: links, templates, refs, comments, tags, quotes, variant markup and magic
//! words, scanned with a stack of frames; readable text goes to the prose view.

use super::template::{first_bar, template};
use super::{is_magic_word, link_kind, Scan};
use crate::parse::index::{ByteSet, Finder, WikiIndex};
use crate::parse::tag::tag_name;
use crate::parse::{trim_span, Builder, Link, LinkKind, Reference};
use crate::Span;

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
    fn new(range: Span, emit: bool) -> Self {
        Frame {
            i: range.start,
            run: range.start,
            range,
            emit,
            then: None,
        }
    }

    /// Copy the readable text since the last jump into the prose view (when emitting).
    fn flush(&self, b: &mut Builder) {
        if self.emit {
            b.prose.copy(self.run..self.i);
        }
    }

    /// Go on at `to`, past markup: the readable text starts again there.
    fn jump(&mut self, to: usize) {
        self.i = to;
        self.run = self.i;
    }
}

/// Scan inline wikitext, recording links, templates, refs and comments; copy readable text
/// into the prose view when `emit` is set.
pub(super) fn inline(b: &mut Builder, sc: &mut Scan, range: Span, emit: bool) {
    // (the stack's room kept from one call to the next: a page has a call per line)
    let mut stack = std::mem::take(&mut sc.frames);
    stack.push(Frame::new(range, emit));
    while let Some(mut f) = stack.pop() {
        if let Some(child) = step(b, sc, &mut f) {
            stack.push(f);
            stack.push(child);
        } else if let Some(link) = f.then.take() {
            b.links.push(link);
        }
    }
    sc.frames = stack;
}

/// Scan `f` until it ends (`None`) or reaches a nested range to read first (returned, with
/// `f` left just after the construct that holds it).
fn step(b: &mut Builder, sc: &mut Scan, f: &mut Frame) -> Option<Frame> {
    let src = b.src;
    let bytes = src.as_bytes();
    let end = f.range.end;
    // Only ASCII trigger bytes start markup; they are always char boundaries. (`-{` is
    // found from its `{`: a `-` alone, as in most of them, stops nothing)
    const TRIGGER: ByteSet<5> = ByteSet::of(b"<{['_");
    while f.i < end {
        let from = f.i;
        let mut i = TRIGGER.next(&bytes[..end], from).unwrap_or(end);
        if i > from && i < end && bytes[i] == b'{' && bytes[i - 1] == b'-' {
            i -= 1;
        }
        f.i = i;
        if i == end {
            break;
        }
        let c = bytes[i];
        let rest = &src[i..end];
        let child = if c == b'<' && rest.starts_with("<!--") {
            f.flush(b);
            let e = sc.comment.within(src, i + 4, end).map_or(end, |e| e + 3);
            b.comments.push(i..e);
            f.jump(e);
            None
        } else if c == b'{' && rest.starts_with("{{") {
            template_at(b, sc, f)
        } else if c == b'[' && rest.starts_with("[[") {
            wikilink_at(b, sc, f)
        } else if c == b'['
            && (rest[1..].starts_with("http://") || rest[1..].starts_with("https://") || rest[1..].starts_with("//"))
        {
            external_link(b, sc, f)
        } else if let Some((name, closing)) = (c == b'<').then(|| tag_name(rest)).flatten() {
            tag(b, sc, f, name, closing)
        } else if c == b'\'' && rest.starts_with("''") {
            f.flush(b);
            let n = bytes[i..end].iter().take(5).take_while(|&&q| q == b'\'').count();
            let to = i + if n >= 5 {
                5
            } else if n >= 3 {
                3
            } else {
                2
            };
            f.jump(to);
            None
        } else if c == b'-' && rest.starts_with("-{") {
            variant(b, sc, f);
            None
        } else if c == b'_' && rest.starts_with("__") {
            let e = sc.underscores.within(src, i + 2, end).map(|e| e + 2 - i);
            match e.filter(|&e| is_magic_word(&rest[..e])) {
                Some(e) => {
                    f.flush(b);
                    f.jump(i + e);
                }
                None => f.i += 2,
            }
            None
        } else {
            f.i += 1;
            None
        };
        if child.is_some() {
            return child;
        }
    }
    f.flush(b);
    None
}

/// `{{…}}` at `f.i`: recorded, its inside read next.
fn template_at(b: &mut Builder, sc: &mut Scan, f: &mut Frame) -> Option<Frame> {
    let (src, i, end) = (b.src, f.i, f.range.end);
    match sc.ix.braces.find(src, i + 2).filter(|&e| e + 2 <= end) {
        Some(close) => {
            f.flush(b);
            let t = template(src, i..close + 2, &sc.ix);
            let inner = t.name.end..close;
            b.templates.push(t);
            f.jump(close + 2);
            Some(Frame::new(inner, false))
        }
        None => {
            f.i += 2;
            None
        }
    }
}

/// `[[…]]` at `f.i`: recorded, its label (or a file's caption) read next.
fn wikilink_at(b: &mut Builder, sc: &mut Scan, f: &mut Frame) -> Option<Frame> {
    let (src, i, end) = (b.src, f.i, f.range.end);
    match sc.ix.squares.find(src, i + 2).filter(|&e| e + 2 <= end) {
        Some(close) => {
            f.flush(b);
            let child = wikilink(b, &sc.ix, i..close + 2, f.emit);
            f.jump(close + 2);
            child
        }
        None => {
            f.i += 2;
            None
        }
    }
}

/// `[http://… label]` at `f.i`: recorded once its label (read next) is done.
fn external_link(b: &mut Builder, sc: &mut Scan, f: &mut Frame) -> Option<Frame> {
    let (src, i, end) = (b.src, f.i, f.range.end);
    let close = sc
        .rbracket
        .within(src, i, end)
        .filter(|&e| sc.newline.next(src, i).is_none_or(|n| n > e));
    let Some(close) = close else {
        f.i += 1;
        return None;
    };
    f.flush(b);
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
    f.jump(close + 1);
    match label {
        Some(l) if f.emit => {
            // the label's own links come first, then this one
            let mut child = Frame::new(l, true);
            child.then = Some(link);
            Some(child)
        }
        _ => {
            b.links.push(link);
            None
        }
    }
}

/// An HTML or extension tag at `f.i`: a `<ref>` is recorded and its body read next; the
/// content of a tag in [`SKIP_CONTENT_TAGS`] is skipped; other tags are left out of the prose.
/// (`name` and `closing`: [`tag_name`] at `f.i`, read once by the caller.)
fn tag(b: &mut Builder, sc: &mut Scan, f: &mut Frame, name: String, closing: bool) -> Option<Frame> {
    let (src, i, end) = (b.src, f.i, f.range.end);
    let Some(gt) = sc.gt.within(src, i, end) else {
        f.i += 1;
        return None;
    };
    f.flush(b);
    let self_closing = src.as_bytes()[gt - 1] == b'/';
    let tag_end = gt + 1;
    if name == "ref" && !closing {
        let named = sc.name.next(src, i).is_some_and(|p| p + 4 <= gt);
        if self_closing {
            b.refs.push(Reference {
                span: i..tag_end,
                body: None,
                named,
            });
            f.jump(tag_end);
        } else if let Some(close) = sc.ref_close.within(src, tag_end, end) {
            let body = tag_end..close;
            let e = sc.gt.within(src, close, end).map_or(end, |e| e + 1);
            b.refs.push(Reference {
                span: i..e,
                body: Some(body.clone()),
                named,
            });
            f.jump(e);
            return Some(Frame::new(body, false));
        } else {
            // unclosed <ref>: leave the tag out of the prose; broken-markup reports it
            f.jump(tag_end);
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
        f.jump(to);
    } else {
        f.jump(tag_end);
    }
    None
}

/// `-{…}-` at `f.i`: recorded, the text it shows copied to the prose.
fn variant(b: &mut Builder, sc: &mut Scan, f: &mut Frame) {
    let (src, i, end) = (b.src, f.i, f.range.end);
    match sc.variant_end.within(src, i, end) {
        Some(close) => {
            f.flush(b);
            let inner = i + 2..close;
            b.variants.push(i..close + 2);
            if let Some(v) = variant_text(src, inner) {
                if f.emit {
                    b.prose.copy(v);
                }
            }
            f.jump(close + 2);
        }
        None => f.i += 2,
    }
}

/// The text shown for `-{…}-`: plain content, or the first `zh-xx:` variant; rule-only
/// markup (`-{H|…}-`, `-{A|…}-`) shows nothing.
pub(in crate::parse) fn variant_text(src: &str, mut inner: Span) -> Option<Span> {
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
    let bar = first_bar(src, inner.clone(), ix);
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
