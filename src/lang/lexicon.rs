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

/// How many lines after a word [`english_of_name`] reads for the longer words that open with
/// it: the words of one character more sort after those of two or more that share their first
/// added character, and for a word of two characters or more the table holds no entry of, the
/// last such word stands at most 19 lines after it (马尔, 阿尔); a lookup's cost stays bounded.
const LONGER_WORDS: usize = 64;

/// The English the lexicon gives for a word ([`english`]); or, for a word it knows only inside
/// a longer word of one character more, that word's gloss less its last English word, where
/// the added character's own gloss gives that word (范德华 in 范德华力 `van der waals force`,
/// 力 `power force strength …`: `van der waals`; 端午 of 端午节 too, `dragon boat`). None where
/// it knows neither, or where two such longer words disagree (箭毒木 `antiaris aka upas tree`,
/// 箭毒蛙 `poison dart frog`). One search of the table.
pub fn english_of_name(word: &str) -> Option<&'static str> {
    if word.is_empty() {
        return None;
    }
    let at = sorted::lower_bound(LEXICON.as_bytes(), word.as_bytes(), b'\t');
    let mut found: Option<&'static str> = None;
    // (the word's own line comes first; the longer words that open with it right after)
    for line in sorted::lines_from(LEXICON, at).take(LONGER_WORDS) {
        let Some((head, gloss)) = line.split_once('\t') else {
            break;
        };
        if head == word {
            return Some(gloss);
        }
        let Some(rest) = head.strip_prefix(word) else { break };
        let mut chars = rest.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            continue;
        };
        let Some((name, last)) = gloss.rsplit_once(' ') else {
            continue;
        };
        let mut buf = [0u8; 4];
        let kind = english(c.encode_utf8(&mut buf)).unwrap_or_default();
        if !kind.split(' ').any(|w| w == last) {
            continue;
        }
        match found {
            Some(f) if f != name => return None,
            _ => found = Some(name),
        }
    }
    found
}

/// Whether a Simplified Chinese word that jieba's dictionary tags as a place's or a person's
/// name is a common word all the same: CC-CEDICT gives it no proper noun's entry, by its pinyin
/// or its glosses (城市 city, 英里 mile, 西南 southwest, 福利 welfare; not 华沙 Warsaw, nor 不莱梅
/// `Bremen`). See `tools/common_words.py`.
pub fn only_a_common_word(word: &str) -> bool {
    !word.is_empty() && sorted::holds_line(crate::data::COMMON_WORDS, word)
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
/// articles are. Only words known to change, so that no two words come to share a stem and no
/// word parts from its kin (`timbre` stays apart from `timber`, `revise` with `revision`):
/// `-tre` words as `-ter` ([`TRE`]: `theatres`, `kilometre`), `-our` words as `-or` ([`OUR`]:
/// `colour`, `labourers`; not `hour`, `tour`), `-ise` verbs as `-ize` in their forms ([`ISE`]:
/// `organised`, `realisation`; not `organism`), and a few words of their own ([`OWN_WORDS`]:
/// `defence`, `programmes`, `grey`).
fn american(word: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    // (each table asked only of words that may be in it: this runs for every word stemmed)
    if word.len() < 4 {
        return Cow::Borrowed(word);
    }
    let (body, plural) = word.strip_suffix('s').map_or((word, ""), |b| (b, "s"));
    if body.ends_with("re") && TRE.iter().any(|t| body.ends_with(t)) {
        return Cow::Owned(format!("{}er{plural}", &body[..body.len() - 2]));
    }
    if word.contains("our") {
        if let Some(stem) = OUR.iter().find(|s| word.starts_with(*s)) {
            let cut = stem.len() - 2;
            return Cow::Owned(format!("{}r{}", &word[..cut], &word[stem.len()..]));
        }
    }
    if word.contains("is") {
        if let Some(stem) = ISE.iter().find(|s| word.starts_with(*s)) {
            let rest = &word[stem.len()..];
            if ISE_ENDINGS.contains(&rest) {
                return Cow::Owned(format!("{}z{rest}", &stem[..stem.len() - 1]));
            }
        }
    }
    if let Some((_, american)) = OWN_WORDS.iter().find(|(british, _)| *british == word) {
        return Cow::Borrowed(american);
    }
    Cow::Borrowed(word)
}

/// The ends of words whose `-tre` is American `-er` (`centre`, `kilometre`), singular.
const TRE: &[&str] = &[
    "centre", "theatre", "metre", "litre", "fibre", "calibre", "sombre", "spectre", "lustre", "sceptre", "meagre",
    "sabre", "ochre",
];

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

/// The verbs whose `-ise` is American `-ize`, up to the `is` (`organis` of `organised`),
/// changed before one of [`ISE_ENDINGS`] only.
const ISE: &[&str] = &[
    "organis",
    "realis",
    "recognis",
    "civilis",
    "colonis",
    "modernis",
    "industrialis",
    "privatis",
    "nationalis",
    "centralis",
    "decentralis",
    "specialis",
    "characteris",
    "criticis",
    "emphasis",
    "minimis",
    "maximis",
    "symbolis",
    "standardis",
    "utilis",
    "legalis",
    "normalis",
    "stabilis",
    "mobilis",
    "authoris",
    "apologis",
    "summaris",
    "categoris",
    "capitalis",
    "harmonis",
    "memoris",
    "globalis",
    "urbanis",
    "westernis",
    "immunis",
    "neutralis",
    "polaris",
    "visualis",
    "finalis",
    "prioritis",
    "optimis",
    "mechanis",
    "familiaris",
    "publicis",
    "sympathis",
    "dramatis",
    "popularis",
    "localis",
    "liberalis",
    "democratis",
    "rationalis",
    "secularis",
    "hospitalis",
    "naturalis",
    "commercialis",
    "institutionalis",
    "internationalis",
    "theoris",
    "hypothesis",
    "synthesis",
];

/// The endings after an [`ISE`] verb's `is` that make it one of its forms.
const ISE_ENDINGS: &[&str] = &[
    "e", "ed", "es", "ing", "ings", "er", "ers", "ation", "ations", "ational", "able",
];

/// British words spelt otherwise in American, whole.
const OWN_WORDS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("defences", "defenses"),
    ("offence", "offense"),
    ("offences", "offenses"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("catalogue", "catalog"),
    ("catalogues", "catalogs"),
    ("dialogue", "dialog"),
    ("dialogues", "dialogs"),
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
    fn a_name_known_only_inside_a_longer_word_takes_that_words_gloss_less_its_kind() {
        let of = english_of_name;
        // 范德华力 `van der waals force`, and 力 glosses `force`
        assert_eq!(of("范德华"), Some("van der waals"));
        // a word the lexicon knows itself: its own gloss
        assert_eq!(of("维也纳"), english("维也纳"));
        // the added character's gloss must give the last word: 弗吉尼亚 `virginia state`, and 亚
        // glosses no `state`
        assert_eq!(of("弗吉尼"), None);
        // two longer words that disagree: 箭毒木 `antiaris aka upas tree`, 箭毒蛙 `poison dart frog`
        assert_eq!(of("箭毒"), None);
        // none that opens with it, or nothing at all
        assert_eq!(of("不是一个词语吗"), None);
        assert_eq!(of(""), None);
    }

    #[test]
    fn a_common_word_is_one_cedict_gives_as_no_proper_noun() {
        // (jieba tags each as a place)
        for w in ["城市", "英里", "西南", "福利", "共和国"] {
            assert!(only_a_common_word(w), "{w}");
        }
        // proper nouns: by a capitalised syllable (古希腊 [gu3 Xi1 la4], 南亚 [nan2 Ya4]) or
        // gloss (自由党, Liberal Party); and words jieba tags as no name
        for w in ["华沙", "古希腊", "南亚", "自由党", "提供", "城", ""] {
            assert!(!only_a_common_word(w), "{w}");
        }
        // the first and the last line of the list are found too
        let lines: Vec<&str> = crate::data::COMMON_WORDS.lines().collect();
        assert!(lines.len() > 1000);
        assert!(only_a_common_word(lines[0]) && only_a_common_word(lines[lines.len() - 1]));
    }

    /// The list is sorted by its bytes (it is searched in place), and holds only words of
    /// two characters or more that jieba's dictionary tags as names.
    #[test]
    fn the_common_words_are_sorted_words_jieba_tags_as_names() {
        let tags: std::collections::HashMap<&str, &str> = crate::data::JIEBA_DICT
            .lines()
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                Some((f.next()?, f.nth(1)?))
            })
            .collect();
        let lines: Vec<&str> = crate::data::COMMON_WORDS.lines().collect();
        assert!(lines.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()));
        for w in lines {
            assert!(w.chars().count() >= 2, "{w}");
            let tag = tags.get(w).copied().unwrap_or_default();
            assert!(["nr", "nrt", "nrfg", "ns", "nt"].contains(&tag), "{w} {tag}");
        }
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
            ("kilometres", "kilometers"),
            ("realisations", "realizations"),
            ("grey", "gray"),
            // (and kin stay together)
            ("revise", "revision"),
            ("television", "televise"),
            ("uprising", "uprisings"),
            ("programmed", "program"),
            ("organism", "organisms"),
        ] {
            assert_eq!(stem(british), stem(american), "{british} / {american}");
        }
        // words that only look British keep apart from their neighbours
        for (a, b) in [
            ("timbre", "timber"),
            ("libre", "liberal"),
            ("paradise", "parade"),
            ("expertise", "expert"),
            ("improvise", "improve"),
            ("hour", "hor"),
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
