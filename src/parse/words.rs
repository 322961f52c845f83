//! The words of a document's Chinese text blocks. Each block is normalised once (folded to
//! Simplified, full-width forms read narrow: [`script::normalise`]) and segmented once, on
//! first use; the fact extractors and the rules all read these words.

use std::sync::OnceLock;

use crate::lang::script::{self, Folded};
use crate::lang::segment::{self, Word};
use crate::Span;

/// One block's normalised text and its words.
#[derive(Debug, Clone)]
pub struct BlockWords {
    /// The block's prose, normalised, with a map back to block-relative prose offsets.
    pub text: Folded,
    /// (start, length, tag) of each word, in `text`.
    spans: Vec<(usize, usize, &'static str)>,
    /// Each word's span in the block's prose (mapped back once, not at every reading).
    source: Vec<Span>,
}

impl BlockWords {
    /// Normalise and segment `text` (a block's prose, or any text a test gives).
    pub fn new(text: &str) -> Self {
        let text = script::normalise(text);
        let spans = segment::spans(&text.text);
        Self::with_spans(text, spans)
    }

    /// The words `spans` of the normalised `text`.
    fn with_spans(text: Folded, spans: Vec<(usize, usize, &'static str)>) -> Self {
        let source = spans
            .iter()
            .map(|&(start, len, _)| text.to_source(start)..text.to_source(start + len))
            .collect();
        BlockWords { text, spans, source }
    }

    /// The words, with byte offsets in the normalised text.
    pub fn words(&self) -> Vec<Word<'_>> {
        self.spans
            .iter()
            .map(|&(start, len, tag)| Word {
                text: &self.text.text[start..start + len],
                start,
                tag,
            })
            .collect()
    }

    /// The words that lie within `from..to` (block-relative prose offsets: a sentence of
    /// the block), each with its block-relative prose span; found by binary search, so that
    /// reading every sentence of a block costs the block's words once.
    pub fn within(&self, from: usize, to: usize) -> Vec<(Span, Word<'_>)> {
        let first = self.source.partition_point(|span| span.start < from);
        let mut out = Vec::new();
        for (&(start, len, tag), span) in self.spans[first..].iter().zip(&self.source[first..]) {
            if span.end > to {
                break;
            }
            let text = &self.text.text[start..start + len];
            out.push((span.clone(), Word { text, start, tag }));
        }
        out
    }

    /// A normalised span as a span of the block's prose.
    pub fn to_source(&self, s: Span) -> Span {
        self.text.to_source(s.start)..self.text.to_source(s.end)
    }
}

/// The words of every block of a document, each segmented when first asked for.
#[derive(Debug, Clone, Default)]
pub struct WordStore(OnceLock<Vec<OnceLock<BlockWords>>>);

/// The words of the blocks a document has segmented (`None` for the others), to hand to a
/// parse of the same text later in the run ([`super::Document::adopt_words`]), so that no
/// block is segmented twice. (Start, length and tag of each word: 16 bytes a word.)
#[derive(Debug, Clone, Default)]
pub struct KeptWords(Vec<Option<Vec<KeptWord>>>);

/// A kept word: start, length, tag.
type KeptWord = (u32, u32, &'static str);

impl super::Document {
    /// The words of sentence `si` (of a Chinese block), each with its prose span: its
    /// block's words that lie within it.
    pub fn sentence_words(&self, si: usize) -> Vec<(Span, Word<'_>)> {
        let s = &self.sentences[si];
        let base = self.blocks[s.block].prose.start;
        let mut words = self
            .block_words(s.block)
            .within(s.prose.start.saturating_sub(base), s.prose.end.saturating_sub(base));
        for (span, _) in &mut words {
            *span = base + span.start..base + span.end;
        }
        words
    }

    /// The words segmented so far, to keep for a later parse of the same text.
    pub fn kept_words(&self) -> KeptWords {
        let Some(slots) = self.words.0.get() else {
            return KeptWords::default();
        };
        KeptWords(
            slots
                .iter()
                .map(|slot| {
                    // (a block beyond 4 GiB is not kept: it is segmented again)
                    slot.get().and_then(|b| {
                        b.spans
                            .iter()
                            .map(|&(s, l, t)| Some((u32::try_from(s).ok()?, u32::try_from(l).ok()?, t)))
                            .collect()
                    })
                })
                .collect(),
        )
    }

    /// Take the words of a parse of the same text (`kept`), instead of segmenting again.
    /// Words kept from another text (another number of blocks) are ignored.
    pub fn adopt_words(&mut self, kept: KeptWords) {
        if kept.0.len() != self.blocks.len() {
            return;
        }
        let slots: Vec<OnceLock<BlockWords>> = kept
            .0
            .into_iter()
            .zip(&self.blocks)
            .map(|(spans, block)| {
                let slot = OnceLock::new();
                if let Some(spans) = spans {
                    let text = script::normalise(&self.prose.text[block.prose.clone()]);
                    let spans: Vec<(usize, usize, &'static str)> =
                        spans.into_iter().map(|(s, l, t)| (s as usize, l as usize, t)).collect();
                    // words that do not fit the text (another text of the same hash) are not
                    // taken: the block is segmented again
                    let fit = spans
                        .iter()
                        .all(|&(s, l, _)| text.text.is_char_boundary(s) && text.text.is_char_boundary(s + l));
                    if fit {
                        let _ = slot.set(BlockWords::with_spans(text, spans));
                    }
                }
                slot
            })
            .collect();
        self.words = WordStore(OnceLock::from(slots));
    }

    /// The words of block `b` (a Chinese text block), segmented on the first call.
    pub fn block_words(&self, b: usize) -> &BlockWords {
        let slots = self.words.0.get_or_init(|| vec![OnceLock::new(); self.blocks.len()]);
        slots[b].get_or_init(|| BlockWords::new(&self.prose.text[self.blocks[b].prose.clone()]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_map_back_through_folding_and_narrowing() {
        let b = BlockWords::new("於２００５年發現了鍺");
        let words = b.words();
        assert!(words.iter().any(|w| w.text == "2005"), "{words:?}");
        let w = words.iter().find(|w| w.text.contains('锗')).expect("锗");
        let src = b.to_source(w.start..w.start + w.text.len());
        assert_eq!(&"於２００５年發現了鍺"[src], "鍺");
    }

    #[test]
    fn adopted_words_are_the_words_segmented_again() {
        let f = crate::source::SourceFile {
            name: "a.zh.txt".into(),
            text: "== 歷史 ==\n他於２００５年來到北京。\n\n她走了。\n".into(),
        };
        let first = crate::parse::parse(&f, None);
        let blocks: Vec<usize> = first
            .text_blocks()
            .map(|(b, _)| first.blocks.iter().position(|x| std::ptr::eq(x, b)).unwrap())
            .collect();
        assert!(blocks.len() >= 2);
        let _ = first.block_words(blocks[0]);
        let mut second = crate::parse::parse(&f, None);
        second.adopt_words(first.kept_words());
        let fresh = crate::parse::parse(&f, None);
        for &b in &blocks {
            assert_eq!(second.block_words(b).words(), fresh.block_words(b).words());
        }
        // words of another text are not taken
        let mut other = crate::parse::parse(
            &crate::source::SourceFile {
                name: "b.zh.txt".into(),
                text: "一句。".into(),
            },
            None,
        );
        other.adopt_words(first.kept_words());
        assert!(!other.block_words(0).words().is_empty());
    }

    #[test]
    fn words_that_do_not_fit_the_text_are_not_adopted() {
        let file = |text: &str| crate::source::SourceFile {
            name: "a.zh.txt".into(),
            text: text.into(),
        };
        let first = crate::parse::parse(&file("a他們。\n"), None);
        let _ = first.block_words(0);
        let mut other = crate::parse::parse(&file("他們來了。\n"), None);
        other.adopt_words(first.kept_words());
        let fresh = crate::parse::parse(&file("他們來了。\n"), None);
        assert_eq!(other.block_words(0).words(), fresh.block_words(0).words());
    }

    #[test]
    fn within_takes_the_words_of_one_sentence() {
        let text = "他來了。她走了。";
        let b = BlockWords::new(text);
        let second = text.find('她').unwrap();
        let words: Vec<&str> = b
            .within(second, text.len())
            .into_iter()
            .map(|(s, _)| &text[s])
            .collect();
        assert_eq!(words.concat(), "她走了。");
        let first: Vec<&str> = b.within(0, second).into_iter().map(|(s, _)| &text[s]).collect();
        assert_eq!(first.concat(), "他來了。");
    }
}
