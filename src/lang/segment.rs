//! Chinese word segmentation (jieba-rs), loaded once and only when Chinese text is present.

use jieba_rs::Jieba;
use std::sync::OnceLock;

/// The shared segmenter with jieba's default dictionary.
pub fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

/// A word of segmented text: its byte range in the segmented string and its POS tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub tag: &'a str,
}

/// Segment `text` into words with part-of-speech tags (HMM on, for unknown names).
pub fn words(text: &str) -> Vec<Word<'_>> {
    let base = text.as_ptr() as usize;
    jieba()
        .tag(text, true)
        .into_iter()
        .map(|t| Word {
            text: t.word,
            // jieba returns sub-slices of `text`.
            start: t.word.as_ptr() as usize - base,
            tag: t.tag,
        })
        .collect()
}

/// Whether jieba's dictionary knows `word` as a word.
pub fn is_dictionary_word(word: &str) -> bool {
    jieba().has_word(word)
}
