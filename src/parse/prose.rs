//! The prose view: the readable text of a document with a map back to source bytes.

use crate::Span;

#[derive(Debug, Clone, Copy)]
struct Seg {
    prose: usize,
    src: usize,
    /// Length in prose bytes.
    len: usize,
    /// Copied text maps byte for byte; synthetic text maps to the single point `src`.
    copied: bool,
}

/// Readable text plus the map back to the source.
#[derive(Debug, Clone, Default)]
pub struct Prose {
    pub text: String,
    segs: Vec<Seg>,
}

impl Prose {
    fn seg_at(&self, p: usize, strictly_before: bool) -> Option<&Seg> {
        let idx = self
            .segs
            .partition_point(|s| if strictly_before { s.prose < p } else { s.prose <= p });
        idx.checked_sub(1).map(|i| &self.segs[i])
    }

    /// The source offset of prose offset `p` (a start position).
    pub fn to_source(&self, p: usize) -> usize {
        match self.seg_at(p, false) {
            Some(s) if s.copied => s.src + (p - s.prose).min(s.len),
            Some(s) => s.src,
            None => 0,
        }
    }

    /// The source offset of prose offset `p` read as the end of a span.
    pub fn to_source_end(&self, p: usize) -> usize {
        match self.seg_at(p, true) {
            Some(s) if s.copied => s.src + (p - s.prose).min(s.len),
            Some(s) => s.src,
            None => self.to_source(p),
        }
    }

    /// Map a prose span to the source span it was read from.
    pub fn to_source_span(&self, span: Span) -> Span {
        let start = self.to_source(span.start);
        let end = self.to_source_end(span.end).max(start);
        start..end
    }

    /// The prose offset that source offset `src` was copied to, looked for within the prose
    /// span `within` (a sentence): None where that stretch of source was not copied there
    /// (markup, or another sentence).
    pub fn to_prose(&self, within: Span, src: usize) -> Option<usize> {
        let first = self.segs.partition_point(|s| s.prose + s.len <= within.start);
        self.segs[first..]
            .iter()
            .take_while(|s| s.prose < within.end)
            .find(|s| s.copied && s.src <= src && src <= s.src + s.len)
            .map(|s| s.prose + (src - s.src))
            .filter(|p| within.contains(p) || *p == within.end)
    }

    /// Whether the prose span was copied from the source as one contiguous run (so the
    /// source text equals the prose text, and a fix on it is safe).
    pub fn is_verbatim(&self, span: Span) -> bool {
        match self.seg_at(span.start, false) {
            Some(s) => s.copied && span.end <= s.prose + s.len,
            None => false,
        }
    }
}

/// Builds a [`Prose`] by copying source ranges and inserting synthetic separators.
pub struct ProseBuilder<'a> {
    src: &'a str,
    prose: Prose,
    last_src: usize,
}

impl<'a> ProseBuilder<'a> {
    pub fn new(src: &'a str) -> Self {
        // (the readable text is the source's at most, but for separators: its room taken
        // once, not grown copy by copy)
        let mut prose = Prose::default();
        prose.text.reserve(src.len());
        ProseBuilder {
            src,
            prose,
            last_src: 0,
        }
    }

    pub fn text(&self) -> &str {
        &self.prose.text
    }

    pub fn len(&self) -> usize {
        self.prose.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.prose.text.is_empty()
    }

    /// The source position after the last copied text.
    pub fn src_pos(&self) -> usize {
        self.last_src
    }

    /// Copy `src[range]` into the prose.
    pub fn copy(&mut self, range: Span) {
        if range.is_empty() {
            return;
        }
        let p = self.prose.text.len();
        self.prose.text.push_str(&self.src[range.clone()]);
        if let Some(last) = self.prose.segs.last_mut() {
            if last.copied && last.src + last.len == range.start && last.prose + last.len == p {
                last.len += range.len();
                self.last_src = range.end;
                return;
            }
        }
        self.prose.segs.push(Seg {
            prose: p,
            src: range.start,
            len: range.len(),
            copied: true,
        });
        self.last_src = range.end;
    }

    /// Insert text that is not in the source (a separator), mapped to source point `at`.
    pub fn synth(&mut self, s: &str, at: usize) {
        if s.is_empty() {
            return;
        }
        let p = self.prose.text.len();
        self.prose.text.push_str(s);
        self.prose.segs.push(Seg {
            prose: p,
            src: at,
            len: s.len(),
            copied: false,
        });
    }

    pub fn finish(self) -> Prose {
        self.prose
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A source offset copied into the prose maps there and back; one in markup left out, or
    /// outside the span asked about, maps nowhere.
    #[test]
    fn a_copied_source_offset_maps_to_its_prose_offset() {
        let src = "by [[Johannes Kepler]] between 1609";
        let mut b = ProseBuilder::new(src);
        b.copy(0..3);
        b.copy(5..20);
        b.copy(22..src.len());
        let prose = b.finish();
        assert_eq!(prose.text, "by Johannes Kepler between 1609");
        let all = 0..prose.text.len();
        for (s, p) in [
            (0, 0),
            (5, 3),
            (20, 18),
            (22, 18),
            (31, 27),
            (src.len(), prose.text.len()),
        ] {
            assert_eq!(prose.to_prose(all.clone(), s), Some(p), "{s}");
            // (the end of a copied run and the start of the next are one prose offset)
            assert!(prose.to_source(p) == s || s == 20, "{s}");
        }
        // `[[`: markup, copied nowhere
        assert_eq!(prose.to_prose(all.clone(), 4), None);
        // inside the source, but not within the span asked about
        assert_eq!(prose.to_prose(0..3, 31), None);
    }
}
