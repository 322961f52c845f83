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
/// A British spelling stems as the American one the lexicon's glosses use (`theatre`,
/// `colour`, `organised` as `theater`, `color`, `organized`): see [`american`].
pub fn stem(word: &str) -> String {
    thread_local! {
        static STEMMER: rust_stemmers::Stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    }
    let word = american(word);
    STEMMER.with(|s| s.stem(&word).into_owned())
}

/// A lower-case English word in American spelling, as CC-CEDICT glosses (`theater`, `center`,
/// `color`, `organize`), where it is spelt the British way, as many English Wikipedia
/// articles are: `-tre`/`-bre` as `-ter`/`-ber` (`theatres`, `fibre`), `-our` as `-or` in the
/// words that change (`colour`, `labourers`; not `hour`, `tour`, `four`), `-ise` as `-ize`
/// and their forms (`organised`, `realisation`; `advise` and `rise` become `advize` and
/// `rize` on both sides alike, which changes no match), and a few words of their own
/// (`defence`, `programme`, `catalogue`, `analyse`, `grey`).
fn american(word: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    // -tre, -bre (and plural): theatre, centres, metre, fibre; not acre, genre, ogre
    for end in ["tre", "tres", "bre", "bres"] {
        if let Some(head) = word.strip_suffix(end) {
            if head.len() >= 2 {
                let (c, tail) = end.split_at(1);
                return Cow::Owned(format!("{head}{c}er{}", &tail[2..]));
            }
        }
    }
    if let Some(stem) = OUR.iter().find(|s| word.starts_with(*s)) {
        let cut = stem.len() - 2;
        return Cow::Owned(format!("{}r{}", &word[..cut], &word[stem.len()..]));
    }
    for end in ["ise", "ised", "ises", "ising", "isation", "isations", "iser", "isers"] {
        if let Some(head) = word.strip_suffix(end) {
            if head.len() >= 2 {
                return Cow::Owned(format!("{head}iz{}", &end[2..]));
            }
        }
    }
    for (british, american) in OWN_WORDS {
        if let Some(rest) = word.strip_prefix(british) {
            return Cow::Owned(format!("{american}{rest}"));
        }
    }
    Cow::Borrowed(word)
}

/// The words whose `our` is American `or` (`colour` → `color`), as prefixes of their forms.
const OUR: &[&str] = &[
    "colour",
    "honour",
    "labour",
    "favour",
    "harbour",
    "neighbour",
    "behaviour",
    "flavour",
    "rumour",
    "vapour",
    "armour",
    "humour",
    "odour",
    "endeavour",
    "valour",
    "vigour",
    "tumour",
    "parlour",
    "savour",
];

/// British words spelt otherwise in American (as prefixes of their forms).
const OWN_WORDS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("offence", "offense"),
    ("programme", "program"),
    ("catalogue", "catalog"),
    ("dialogue", "dialog"),
    ("analys", "analyz"),
    ("aluminium", "aluminum"),
    ("grey", "gray"),
];

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
    fn british_spellings_stem_as_american_ones() {
        for (british, american) in [
            ("theatre", "theater"),
            ("theatres", "theaters"),
            ("centre", "center"),
            ("fibre", "fiber"),
            ("colour", "color"),
            ("coloured", "colored"),
            ("labourers", "laborers"),
            ("organised", "organized"),
            ("organisation", "organization"),
            ("realise", "realize"),
            ("defence", "defense"),
            ("programmes", "programs"),
            ("analysed", "analyzed"),
            ("grey", "gray"),
        ] {
            assert_eq!(stem(british), stem(american), "{british} / {american}");
        }
        // words that only look British keep apart from their neighbours
        for (a, b) in [
            ("hour", "hor"),
            ("four", "for"),
            ("acre", "acer"),
            ("genre", "gener"),
            ("tour", "tor"),
        ] {
            assert_ne!(stem(a), stem(b), "{a} / {b}");
        }
        // and the lexicon's gloss meets the British word: 剧院 `theater` against `Theatre`
        assert!(zh_stems("剧院")
            .iter()
            .any(|z| en_stems("the Great Theatre").contains(z)));
    }

    #[test]
    fn stems_meet_across_languages() {
        let zh = zh_stems("任命");
        let en = en_stems("He was appointed ambassador in 2009.");
        assert!(zh.iter().any(|z| en.contains(z)), "{zh:?} {en:?}");
        assert!(!en.contains(&"was".to_string()));
    }
}
