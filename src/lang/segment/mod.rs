//! Chinese word segmentation: jieba's (jieba-rs 0.7.4, HMM on, with part-of-speech tags) on
//! a dictionary of our own build ([`dictionary`]), loaded once and only when Chinese text is
//! present.
//!
//! Loading jieba's whole dictionary (349 000 words) costs more than a run on a few files
//! should. When the texts of a run are known up front ([`prepare`]), only the
//! dictionary words made of characters those texts use are loaded — a word with any other
//! character can never match — weighed against the whole dictionary's total frequency, so
//! every segmentation is exactly what the whole dictionary gives (a test checks this). A text
//! with characters outside the loaded set (a dump read page by page, say) makes the whole
//! dictionary load, once.
//!
//! `jieba_dict.txt` is jieba-rs 0.7.4's `src/data/dict.txt` (MIT, © messense and the jieba
//! authors, `lang/jieba-LICENSE`), kept here because jieba-rs does not expose it.

mod cut;
mod dictionary;
mod hmm;

use crate::lang::script::is_han;
use crate::lang::sorted;
use dictionary::Dictionary;
use std::collections::HashSet;
use std::sync::{OnceLock, RwLock};

static DICT: &str = crate::data::JIEBA_DICT;

/// A set of characters: a bitmap for the Basic Multilingual Plane, a hash set above it.
#[derive(Clone, Default)]
struct CharSet {
    bmp: Vec<u64>,
    astral: HashSet<char>,
}

impl CharSet {
    fn insert(&mut self, c: char) {
        let u = c as usize;
        if u < 0x10000 {
            if self.bmp.is_empty() {
                self.bmp = vec![0; 0x10000 / 64];
            }
            self.bmp[u / 64] |= 1 << (u % 64);
        } else {
            self.astral.insert(c);
        }
    }
    /// The ASCII characters of a bit set (`bits[0]`: U+0000 to U+003F, `bits[1]` the rest).
    fn insert_ascii(&mut self, bits: [u64; 2]) {
        if self.bmp.is_empty() {
            self.bmp = vec![0; 0x10000 / 64];
        }
        self.bmp[0] |= bits[0];
        self.bmp[1] |= bits[1];
    }
    fn contains(&self, c: char) -> bool {
        let u = c as usize;
        if u < 0x10000 {
            self.bmp.get(u / 64).is_some_and(|w| w & (1 << (u % 64)) != 0)
        } else {
            self.astral.contains(&c)
        }
    }
    fn covers(&self, text: &str) -> bool {
        text.chars().all(|c| self.contains(c))
    }
    /// Its characters, in order.
    fn chars(&self) -> impl Iterator<Item = char> + '_ {
        let bmp = self.bmp.iter().enumerate().flat_map(|(i, &w)| {
            (0..64)
                .filter(move |b| w & (1 << b) != 0)
                .filter_map(move |b| char::from_u32((i * 64 + b) as u32))
        });
        let mut astral: Vec<char> = self.astral.iter().copied().collect();
        astral.sort_unstable();
        bmp.chain(astral)
    }
    fn is_subset(&self, other: &CharSet) -> bool {
        self.bmp
            .iter()
            .enumerate()
            .all(|(i, &a)| a & !other.bmp.get(i).copied().unwrap_or(0) == 0)
            && self.astral.is_subset(&other.astral)
    }
}

/// A loaded dictionary lives as long as the process (its callers hold it as `&'static`): at
/// most two are built per process — the part for the run's texts, and the whole one when
/// later texts need more.
struct Loaded {
    /// Built on the first segmentation: a run that segments nothing (English articles
    /// alone) builds none.
    dictionary: OnceLock<&'static Dictionary>,
    /// The characters its dictionary covers; None: the whole dictionary.
    chars: Option<CharSet>,
}

impl Loaded {
    fn dictionary(&self) -> &'static Dictionary {
        self.dictionary.get_or_init(|| {
            let dictionary = match &self.chars {
                Some(chars) => restricted(chars),
                None => Dictionary::new(DICT.lines(), TOTAL_FREQ),
            };
            Box::leak(Box::new(dictionary))
        })
    }
}

static STATE: RwLock<Option<Loaded>> = RwLock::new(None);

/// The dictionary restricted to words of `chars`, weighed against the whole dictionary's
/// total frequency.
fn restricted(chars: &CharSet) -> Dictionary {
    // the dictionary is sorted: the words that start with a character of the run are one
    // block per character, found by binary search, so most of its 349 000 lines are never
    // read (this runs at every start)
    let kept = chars.chars().flat_map(block).filter(|line| {
        let word = line.split(' ').next().unwrap_or("");
        word.chars().all(|c| chars.contains(c))
    });
    Dictionary::new(kept, TOTAL_FREQ).covering(chars.clone())
}

/// The lines of the (sorted) dictionary whose word starts with `c`.
fn block(c: char) -> impl Iterator<Item = &'static str> {
    let mut buf = [0u8; 4];
    let key: &[u8] = c.encode_utf8(&mut buf).as_bytes();
    let start = sorted::lower_bound(DICT.as_bytes(), key, b' ');
    let key = key.to_vec();
    sorted::lines_from(DICT, start).take_while(move |l| l.as_bytes().starts_with(&key))
}

/// The sum of the dictionary's word frequencies (jieba's total, which a restricted
/// dictionary must keep for the same segmentation), counted ahead: the test
/// `total_frequency_is_the_dictionarys` counts it again.
const TOTAL_FREQ: usize = 60_101_964;

/// Load the segmenter for these texts (all the texts of a run), if they hold Chinese: only
/// the part of the dictionary they can use. Later texts with other characters still work.
pub fn prepare<'a>(texts: impl IntoIterator<Item = &'a str>) {
    let mut seen = Seen::default();
    for t in texts {
        seen.add(t);
    }
    seen.prepare();
}

/// The characters of a run's texts, gathered text by text when the texts are not all held
/// at once (a streamed folder), for [`Seen::prepare`].
#[derive(Clone, Default)]
pub struct Seen {
    set: CharSet,
    chinese: bool,
}

impl Seen {
    pub fn add(&mut self, text: &str) {
        // A text without Han characters is never segmented (the rules segment Chinese text,
        // and English text only where Han characters stand): its characters are not needed,
        // and an English text is passed over by a scan eight bytes at a time. (Were one
        // segmented after all, the part of the dictionary would say it does not cover it, and
        // the whole would be loaded: the words are the same either way.)
        if !crate::lang::script::has_han(text) {
            return;
        }
        // ASCII a byte at a time, into a bit set of its own
        // (a flag a byte, not a bit: independent stores, no read-modify-write chain)
        let mut flags = [false; 128];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii() {
                flags[usize::from(b)] = true;
                i += 1;
            } else if let Some(c) = text.get(i..).and_then(|t| t.chars().next()) {
                self.chinese |= is_han(c);
                self.set.insert(c);
                i += c.len_utf8();
            } else {
                i += 1;
            }
        }
        let mut ascii = [0u64; 2];
        for (b, _) in flags.iter().enumerate().filter(|(_, &f)| f) {
            ascii[b >> 6] |= 1 << (b & 63);
        }
        if ascii != [0, 0] {
            self.set.insert_ascii(ascii);
        }
    }

    /// Whether a Han character was seen.
    pub fn chinese(&self) -> bool {
        self.chinese
    }

    /// Both sets of characters.
    pub fn merge(mut self, other: Seen) -> Seen {
        if self.set.bmp.len() < other.set.bmp.len() {
            self.set.bmp.resize(other.set.bmp.len(), 0);
        }
        for (a, b) in self.set.bmp.iter_mut().zip(&other.set.bmp) {
            *a |= b;
        }
        self.set.astral.extend(other.set.astral);
        self.chinese |= other.chinese;
        self
    }

    /// [`prepare`] for the texts seen.
    pub fn prepare(self) {
        let Seen { mut set, chinese } = self;
        // text is segmented folded to Simplified too (繁體 → 简体)
        if chinese {
            let folded: String = set.chars().filter(|c| ('\u{3400}'..='\u{9FFF}').contains(c)).collect();
            for c in crate::lang::script::fold_to_simplified(&folded).text.chars() {
                set.insert(c);
            }
            // and read narrow (Ａ → A, ２ → 2): an English text no longer brings those
            let wide: Vec<char> = set.chars().filter(|&c| c >= '\u{3000}').collect();
            for c in wide {
                set.insert(crate::lang::script::narrow(c));
            }
        }
        if !chinese {
            return;
        }
        let mut state = STATE.write().unwrap_or_else(|e| e.into_inner());
        let chars = match state.as_ref().map(|l| &l.chars) {
            // the whole dictionary, or a part that covers these texts: nothing to do
            Some(None) => return,
            Some(Some(have)) if set.is_subset(have) => return,
            // a second, different set of texts in one process (`--fix` lints file by file): the
            // whole dictionary, once, rather than a new part for every file (each part lives as
            // long as the process, so parts built per file grew memory with the file count)
            Some(Some(_)) => None,
            None => Some(set),
        };
        *state = Some(Loaded {
            dictionary: OnceLock::new(),
            chars,
        });
    }
}

/// The shared segmenter: the part of the dictionary loaded for the run's texts, or the
/// whole.
fn current() -> &'static Dictionary {
    {
        let state = STATE.read().unwrap_or_else(|e| e.into_inner());
        if let Some(l) = state.as_ref() {
            return l.dictionary();
        }
    }
    whole()
}

/// The whole dictionary, loaded in place of a part: for a text with characters outside the
/// part.
fn whole() -> &'static Dictionary {
    let mut state = STATE.write().unwrap_or_else(|e| e.into_inner());
    if let Some(l) = state.as_ref().filter(|l| l.chars.is_none()) {
        return l.dictionary();
    }
    let whole = Loaded {
        dictionary: OnceLock::new(),
        chars: None,
    };
    let dictionary = whole.dictionary();
    *state = Some(whole);
    dictionary
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
    // (a part of the dictionary tells when the text has a character it does not cover)
    current().tag(text).or_else(|| whole().tag(text)).unwrap_or_default()
}

/// Whether jieba's dictionary knows `word` as a word.
pub fn is_dictionary_word(word: &str) -> bool {
    let part = current();
    if part.covers(word) {
        part.has(word)
    } else {
        whole().has(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text's characters are the set's, ASCII read a byte at a time or not; a text without
    /// Han characters adds none.
    #[test]
    fn seen_holds_each_character_of_the_text() {
        for text in ["", "abc @\u{7f}", "中文 and English, 1990年。", "𠀀x中", "\u{0}~"] {
            let mut seen = Seen::default();
            seen.add(text);
            // (a text without Han characters is never segmented: none of its characters)
            let mut each = CharSet::default();
            text.chars()
                .filter(|_| text.chars().any(is_han))
                .for_each(|c| each.insert(c));
            assert_eq!(
                seen.set.chars().collect::<String>(),
                each.chars().collect::<String>(),
                "{text:?}"
            );
            assert_eq!(seen.chinese, text.chars().any(is_han), "{text:?}");
        }
    }

    /// Every line of the dictionary is found in its character's block, and only there.
    #[test]
    fn blocks_hold_every_line() {
        let mut firsts = CharSet::default();
        for l in DICT.lines() {
            firsts.insert(l.chars().next().unwrap());
        }
        let found: usize = firsts.chars().map(|c| block(c).count()).sum();
        assert_eq!(found, DICT.lines().count());
        assert!(block('巴').all(|l| l.starts_with('巴')));
        assert!(block('巴').any(|l| l.starts_with("巴黎 ")));
    }

    #[test]
    fn total_frequency_is_the_dictionarys() {
        let sum: usize = DICT
            .lines()
            .filter_map(|l| l.split_whitespace().nth(1)?.parse::<usize>().ok())
            .sum();
        assert_eq!(sum, TOTAL_FREQ);
        // one space between fields, as `restricted` reads them
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

    /// Segmentation with the whole dictionary, and with the dictionary restricted to the
    /// texts' characters, equals jieba-rs's `tag` with its own dictionary, word for word and
    /// tag for tag, on the seeds and real Wikipedia text (xquad's pairs, the zh articles of
    /// wikipairs, zh-wikitext and zh-variants: Traditional and Simplified, markup).
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
        let mut set = CharSet::default();
        for t in &texts {
            t.chars().for_each(|c| set.insert(c));
        }
        let part = restricted(&set);
        let whole = Dictionary::new(DICT.lines(), TOTAL_FREQ);
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
                assert_eq!(whole.tag(line), Some(theirs.clone()), "{line}");
                assert_eq!(part.tag(line), Some(theirs), "{line}");
                lines += 1;
            }
        }
        assert!(lines > 5000, "{lines} lines");
        // a character the part does not cover: the part gives no words, the whole does
        assert_eq!(part.tag("甲\u{2F800}乙"), None);
        assert!(whole.tag("甲\u{2F800}乙").is_some());
    }
}
