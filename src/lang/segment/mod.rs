//! Chinese word segmentation: jieba's (jieba-rs 0.7.4, HMM on, with part-of-speech tags) on
//! a dictionary of our own build ([`dictionary`]), loaded once and only when Chinese text is
//! segmented.
//!
//! The trie of jieba's whole dictionary (349 000 words) is built when parallax is compiled
//! (`build.rs`, [`trie`]) and kept in the binary: a run reads it in place, building only the
//! table of first characters, rather than building the trie on one thread while the others
//! wait.
//!
//! `jieba_dict.txt` is jieba-rs 0.7.4's `src/data/dict.txt` (MIT, © messense and the jieba
//! authors, `lang/jieba-LICENSE`), kept here because jieba-rs does not expose it.

mod cut;
mod dictionary;
mod hmm;
mod trie;

use dictionary::Dictionary;
use std::sync::LazyLock;

static DICT: &str = crate::data::JIEBA_DICT;

/// The sum of the dictionary's word frequencies (jieba's total), counted ahead: the test
/// `total_frequency_is_the_dictionarys` counts it again.
const TOTAL_FREQ: usize = 60_101_964;

/// The shared segmenter, loaded on first use: a run that segments nothing (English articles
/// alone) loads none.
fn current() -> &'static Dictionary {
    static WHOLE: LazyLock<Dictionary> = LazyLock::new(|| Dictionary::whole(DICT.lines(), TOTAL_FREQ));
    &WHOLE
}

/// A word of segmented text: its byte range in the segmented string and its POS tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub tag: &'a str,
}

/// Segment `text` into words with part-of-speech tags (HMM on, for unknown names).
///
/// Several rules segment the same block of a document, one after another on one thread: the
/// last few results are remembered per thread.
pub fn words(text: &str) -> Vec<Word<'_>> {
    /// (start, length, tag) of each word of a text
    type Spans = Vec<(usize, usize, &'static str)>;
    thread_local! {
        /// (text, its words), most recent last
        static RECENT: std::cell::RefCell<Vec<(String, Spans)>> = Default::default();
    }
    const KEEP: usize = 4;
    let rebuild = |spans: &[(usize, usize, &'static str)]| -> Vec<Word<'_>> {
        spans
            .iter()
            .map(|&(start, len, tag)| Word {
                text: &text[start..start + len],
                start,
                tag,
            })
            .collect()
    };
    if let Some(hit) = RECENT.with(|r| r.borrow().iter().find(|(t, _)| t == text).map(|(_, s)| rebuild(s))) {
        return hit;
    }
    let spans = spans(text);
    let out = rebuild(&spans);
    RECENT.with(|r| {
        let mut r = r.borrow_mut();
        if r.len() == KEEP {
            r.remove(0);
        }
        r.push((text.to_string(), spans));
    });
    out
}

/// The words of `text` as (byte start, byte length, part-of-speech tag), HMM on; not
/// remembered (a [`crate::parse::Document`] keeps its blocks' words: [`crate::parse::words`]).
pub fn spans(text: &str) -> Vec<(usize, usize, &'static str)> {
    current().tag(text)
}

/// Whether jieba's dictionary knows `word` as a word.
pub fn is_dictionary_word(word: &str) -> bool {
    current().has(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The trie kept in the binary is the trie of today's dictionary: what `build.rs` built
    /// from `jieba_dict.txt` is read back node for node and word for word, and its table of
    /// edges is the one those nodes make.
    #[test]
    fn the_trie_in_the_binary_is_the_dictionarys() {
        let built = trie::read(dictionary::BUILT).expect("the bytes build.rs wrote are a trie");
        let fresh = trie::build(DICT.lines(), TOTAL_FREQ);
        assert_eq!(built.nodes, fresh.nodes);
        assert_eq!(built.words.len(), fresh.words.len());
        for (a, b) in built.words.iter().zip(&fresh.words) {
            assert_eq!((a.0.to_bits(), a.1), (b.0.to_bits(), b.1));
        }
        assert!(built.nodes.len() > 400_000, "{} nodes", built.nodes.len());
        let edges: Vec<u8> = trie::edges(&fresh.nodes).iter().flat_map(|x| x.to_le_bytes()).collect();
        let view = trie::view(dictionary::BUILT).expect("a trie");
        assert!(edges.len() > 4 * 400_000, "{} bytes of edges", edges.len());
        assert!(view.edges == edges.as_slice());
    }

    /// Bytes cut short (in the header, the nodes or the table of edges), or with a byte too
    /// many, are not a trie; nor is a table whose length is no power of two.
    #[test]
    fn bytes_that_are_not_a_trie_are_refused() {
        // (a node of ten children: the bytes hold a table of edges)
        let lines: Vec<String> = ["b 1 x", "ab 2 n", "a 2 n"]
            .iter()
            .map(|l| l.to_string())
            .chain((0..10).map(|i| format!("c{i} 1 n")))
            .collect();
        let t = trie::build(lines.iter().map(String::as_str), 15);
        let bytes = trie::to_bytes(&t).expect("the tags fit");
        let back = trie::read(&bytes).expect("a trie");
        assert_eq!(back.nodes, t.nodes);
        assert_eq!(back.words, t.words);
        let slots = trie::edges(&t.nodes).len();
        assert!(slots >= 32, "{slots} slots");
        for cut in [0, 3, 12, 15, 16, bytes.len() - 4 * slots, bytes.len() - 1] {
            assert!(trie::read(&bytes[..cut]).is_none(), "{cut}");
        }
        // a table of three slots, its bytes where they should be
        let mut odd = bytes[..bytes.len() - 4 * (slots - 3)].to_vec();
        odd[12..16].copy_from_slice(&3u32.to_le_bytes());
        assert!(trie::read(&odd).is_none());
        let mut more = bytes.clone();
        more.push(0);
        assert!(trie::read(&more).is_none());
        // tags that do not fit a byte's count or length are refused, not cut
        let long = format!("a 1 {}", "x".repeat(256));
        assert!(trie::to_bytes(&trie::build([long.as_str()], 1)).is_none());
        let many: Vec<String> = (0..257).map(|i| format!("w{i} 1 t{i}")).collect();
        assert!(trie::to_bytes(&trie::build(many.iter().map(String::as_str), 257)).is_none());
    }

    #[test]
    fn total_frequency_is_the_dictionarys() {
        let sum: usize = DICT
            .lines()
            .filter_map(|l| l.split_whitespace().nth(1)?.parse::<usize>().ok())
            .sum();
        assert_eq!(sum, TOTAL_FREQ);
        // one space between fields
        assert!(
            DICT.lines().all(|l| l.split(' ').count() == 3),
            "a line not `word freq tag`"
        );
        // each word once (sorted, so a word given twice is on two lines in a row): the sum of
        // every line is then jieba's total, which counts a word once
        let words: Vec<&str> = DICT.lines().filter_map(|l| l.split(' ').next()).collect();
        assert!(
            words.windows(2).all(|w| w[0] < w[1]),
            "a word given twice, or out of order"
        );
    }

    /// Segmentation with the dictionary a run loads (the trie kept in the binary) equals
    /// jieba-rs's `tag` with its own dictionary, word for word and tag for tag, on the seeds
    /// and real Wikipedia text (xquad's pairs, the zh articles of wikipairs, zh-wikitext and
    /// zh-variants: Traditional and Simplified, markup).
    #[test]
    fn segments_as_jieba_does() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts: Vec<String> = std::fs::read_dir(dir.join("seeds"))
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
            .collect();
        {
            let x = std::fs::read_to_string(dir.join("tests/corpus/xquad/xquad_paragraph_pairs.jsonl"))
                .expect("tests/corpus/xquad");
            texts.push(x.lines().collect::<Vec<_>>().join("\n"));
        }
        for sub in ["wikipairs/zh", "zh-wikitext", "zh-variants"] {
            let found = std::fs::read_dir(dir.join("tests/corpus").join(sub)).expect(sub);
            texts.extend(found.filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok()));
        }
        // (and what jieba cuts outside its blocks: CR LF, white space, punctuation alone)
        texts.push("甲乙\r\n丙 丁\t戊、ab12 3.5% C++ 的的的。\r".to_string());
        // (and what its HMM cuts outside Han: letters, digits, characters of the extensions)
        texts.push("卡拉什尼科夫a1.2%㐂x.5和ab#12也㐀㐁阿卜杜勒·萨拉姆V2火箭9.9.9%%ab12#3.5%x\n".to_string());
        // (characters in jieba's blocks that its HMM does not read as Han: U+9FD6 up, the
        // compatibility ideographs)
        texts.push("他说鿖鿗龥和豈更中文鿿是字\n".to_string());
        let whole = current();
        let jieba = jieba_rs::Jieba::new();
        let mut lines = 0;
        for t in &texts {
            for line in t.split_inclusive('\n') {
                let base = line.as_ptr() as usize;
                let theirs: Vec<(usize, usize, &str)> = jieba
                    .tag(line, true)
                    .into_iter()
                    .map(|t| (t.word.as_ptr() as usize - base, t.word.len(), t.tag))
                    .collect();
                assert_eq!(whole.tag(line), theirs, "{line}");
                lines += 1;
            }
        }
        assert!(lines > 5000, "{lines} lines");
    }
}
