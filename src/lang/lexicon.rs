//! A Chinese→English lexicon, derived from CC-CEDICT (CC BY-SA 4.0; see
//! `rules/data/lexicon/`), and English stems: evidence that a zh sentence and an en sentence
//! say the same thing, whatever facts they state.
//!
//! The data is one sorted table of `headword\tenglish words` lines, embedded in the binary and
//! searched in place by binary search over its bytes ([`sorted`]): nothing is read at start-up
//! and nothing is parsed into maps.

use crate::data::LEXICON;
use crate::lang::sorted;

/// The English words the lexicon gives for a Simplified Chinese word (`任命` → `appoint
/// appointment`), space-separated; None for a word it does not know.
pub fn english(word: &str) -> Option<&'static str> {
    if word.is_empty() {
        return None;
    }
    let at = sorted::lower_bound(LEXICON.as_bytes(), word.as_bytes(), b'\t');
    let (head, english) = sorted::lines_from(LEXICON, at).next()?.split_once('\t')?;
    (head == word).then_some(english)
}

/// English words that carry no content of their own (the lexicon leaves them out too).
const EN_STOP: &[&str] = &[
    "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "from", "with", "and", "or", "as", "be", "is", "are",
    "was", "were", "been", "being", "it", "its", "this", "that", "these", "those", "he", "she", "his", "her", "him",
    "they", "them", "their", "we", "our", "you", "your", "i", "not", "no", "but", "which", "who", "whom", "what",
    "when", "where", "also", "has", "have", "had", "after", "before", "into", "than", "then", "there", "s", "some",
    "such", "other", "more", "most", "can", "could", "may", "would", "will", "all", "both", "each", "one", "two",
];

/// Whether a lower-case English word carries no content of its own (`there`, `the`).
pub fn is_stop(word: &str) -> bool {
    EN_STOP.contains(&word)
}

/// The stem of a lower-case English word (Porter2): `appointed`, `appointment` → `appoint`.
pub fn stem(word: &str) -> String {
    thread_local! {
        static STEMMER: rust_stemmers::Stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    }
    STEMMER.with(|s| s.stem(word).into_owned())
}

/// The content words of an English text, lower-cased and stemmed, stop words dropped.
pub fn en_stems(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic() && c != '\'')
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| w.len() >= 2 && w.is_ascii() && !is_stop(w))
        .map(|w| stem(&w))
        .collect()
}

/// The stems of the English words the lexicon gives for a Chinese word.
pub fn zh_stems(word: &str) -> Vec<String> {
    english(word)
        .map(|e| e.split(' ').filter(|w| !w.is_empty()).map(stem).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_words_up() {
        assert!(english("维也纳").is_some_and(|e| e.contains("vienna")));
        assert!(english("任命").is_some_and(|e| e.contains("appoint")));
        assert!(english("欧洲联盟").is_some_and(|e| e.contains("european")));
        assert_eq!(english("不是一个词语吗"), None);
        assert_eq!(english(""), None);
        // the first and the last line of the table are found too
        let first = LEXICON.split('\t').next().unwrap_or_default();
        assert!(english(first).is_some());
        let last = LEXICON
            .trim_end()
            .rsplit('\n')
            .next()
            .and_then(|l| l.split('\t').next())
            .unwrap_or_default();
        assert!(english(last).is_some());
    }

    #[test]
    fn stems_meet_across_languages() {
        let zh = zh_stems("任命");
        let en = en_stems("He was appointed ambassador in 2009.");
        assert!(zh.iter().any(|z| en.contains(z)), "{zh:?} {en:?}");
        assert!(!en.contains(&"was".to_string()));
    }
}
