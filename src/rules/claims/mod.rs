//! What the two claim rules (`claim-polarity-mismatch`, `claim-event-mismatch`) share: the
//! event lexicon and the negation cues of `rules/data/events.toml`, and the words of an
//! aligned sentence — Chinese words (jieba, on Simplified text) and English tokens, each with
//! its span in the prose view, its stems and whether a negation governs it.

#[cfg(test)]
pub(crate) mod tests;

use super::PairContext;
use crate::lang::lexicon;
use serde::Deserialize;
use std::ops::Range;
use std::sync::OnceLock;

/// The share of words two sentences written independently (not a translation) must translate
/// for their claims to be compared: such sentences say the same thing in other words too
/// often.
const WORDS_FOR_CLAIMS: f64 = 0.4;

/// `rules/data/events.toml`.
#[derive(Deserialize)]
pub(crate) struct Pack {
    pub event: Vec<EventClass>,
    pub negation: Vec<Cue>,
    #[serde(default)]
    pub exclusion: Vec<Cue>,
}

/// An event class: its Chinese forms (whole jieba words or runs of them) and English forms
/// (words, each stemmed; a later word within three words of the one before).
#[derive(Deserialize)]
pub(crate) struct EventClass {
    pub id: String,
    /// What the event says, for messages.
    pub says: String,
    /// Classes of one group are different acts of one kind (toward a person, on a treaty…).
    pub group: String,
    pub zh: Vec<String>,
    pub en: Vec<String>,
    #[serde(default)]
    pub antonyms: Vec<String>,
    #[serde(default)]
    #[cfg_attr(not(test), allow(dead_code))]
    pub examples: Vec<Example>,
    #[serde(skip)]
    pub en_stems: Vec<Vec<String>>,
}

/// A negation cue (or, in `exclusion`, a word that looks like one but is not).
#[derive(Deserialize)]
pub(crate) struct Cue {
    pub lang: String,
    /// The cue: a Chinese word, or English words.
    pub cue: String,
    /// Negates twice (`不得不`, `never failed to`): the predicate stands.
    #[serde(default)]
    pub double: bool,
    #[serde(default)]
    #[cfg_attr(not(test), allow(dead_code))]
    pub examples: Vec<Example>,
}

/// A real sentence pair that must not fire, and the mutation (`[side, from, to]`) of it
/// that must.
#[derive(Deserialize, Clone, Debug)]
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct Example {
    pub zh: String,
    pub en: String,
    #[serde(default)]
    pub mutate: Vec<String>,
}

/// The pack, parsed once.
pub(crate) fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| {
        let mut p: Pack = toml::from_str(crate::data::EVENTS).expect("rules/data/events.toml is valid");
        for c in &mut p.event {
            c.en_stems = c.en.iter().map(|f| f.split(' ').map(lexicon::stem).collect()).collect();
        }
        p
    })
}

/// A word of a sentence: its prose span, lower-cased text, stems and negation.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub prose: Range<usize>,
    pub text: String,
    /// jieba's part-of-speech tag (Chinese); empty for English.
    pub tag: String,
    /// The word's stems: for Chinese, its English glosses'.
    pub stems: Vec<String>,
    /// Governed by an odd number of negation cues.
    pub negated: bool,
    /// Is itself a negation cue (or part of one).
    pub cue: bool,
}

/// English auxiliaries and adverbs a negation reaches across (`did not formally recognise`).
const EN_SKIP: &[&str] = &[
    "be",
    "been",
    "being",
    "is",
    "was",
    "were",
    "are",
    "am",
    "have",
    "has",
    "had",
    "do",
    "does",
    "did",
    "to",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "yet",
    "ever",
    "even",
    "also",
    "then",
    "still",
    "been",
    "a",
    "an",
    "the",
    "that",
    "it",
    "its",
    "officially",
    "formally",
    "fully",
    "immediately",
    "directly",
];

/// Chinese modal and helper words a negation reaches across (`未被正式承认`).
const ZH_SKIP: &[&str] = &[
    "可能", "能够", "应该", "应", "愿意", "必须", "能", "会", "可", "可以", "得", "曾", "再", "被", "要", "正式",
    "曾经", "完全", "直接", "立即", "予以", "给予", "获",
];

/// Glosses too general to tie two predicates together.
const GENERIC: &[&str] = &[
    "be", "have", "do", "make", "get", "take", "go", "come", "give", "put", "set", "use", "say", "see", "know", "can",
    "will", "one", "state", "case", "way", "time", "also", "as", "at", "up", "out", "to", "sb", "sth", "person",
    "thing", "matter", "the", "a", "an", "of", "on", "in", "for", "with", "by", "not", "no", "all", "let", "keep",
    "hold",
];

/// English words of a prose range, with spans (prose offsets), stems and negation.
pub(crate) fn en_words(text: &str, at: usize) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let part = c.is_alphabetic() || c == '\'' || c == '’';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let raw = text[s..i].trim_matches(|c| c == '\'' || c == '’');
                if !raw.is_empty() {
                    let lower = raw.to_lowercase().replace('’', "'");
                    let stems = if lower.contains('\'') {
                        vec![]
                    } else {
                        vec![lexicon::stem(&lower)]
                    };
                    let capital = raw.chars().next().is_some_and(char::is_uppercase) && !out.is_empty();
                    out.push(Word {
                        prose: at + s..at + i,
                        text: lower,
                        tag: if capital { "name" } else { "" }.to_string(),
                        stems,
                        negated: false,
                        cue: false,
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    mark_en_negation(&mut out);
    out
}

/// Whether the English words end, at `k` (inclusive), with the words of `cue`.
fn ends_with(words: &[Word], k: usize, cue: &str) -> bool {
    let parts: Vec<&str> = cue.split(' ').collect();
    k + 1 >= parts.len()
        && parts
            .iter()
            .rev()
            .enumerate()
            .all(|(d, p)| words[k - d].text == *p || (*p == "n't" && words[k - d].text.ends_with("n't")))
}

/// The negation cues of one language, and those that negate twice.
fn cues(lang: &'static str) -> impl Iterator<Item = &'static Cue> {
    pack().negation.iter().filter(move |c| c.lang == lang)
}

/// The positions of English words that belong to an exclusion (`not only`, `whether or not`).
fn excluded_en(words: &[Word]) -> Vec<bool> {
    let mut out = vec![false; words.len()];
    for c in pack().exclusion.iter().filter(|c| c.lang == "en") {
        let parts: Vec<&str> = c.cue.split(' ').collect();
        for s in 0..words.len().saturating_sub(parts.len() - 1) {
            if parts.iter().enumerate().all(|(d, p)| words[s + d].text == *p) {
                out[s..s + parts.len()].iter_mut().for_each(|x| *x = true);
            }
        }
    }
    out
}

/// Mark each English word governed by a negation cue across auxiliaries (`did not recognise`,
/// `never recognised`, `failed to recognise`, `without recognising`); two cues cancel.
fn mark_en_negation(words: &mut [Word]) {
    let n = words.len();
    let excluded = excluded_en(words);
    let mut cue_at: Vec<u8> = vec![0; n];
    for k in 0..n {
        // a frame (`too … to`: `too slow to be practical`): its last word negates when its
        // first stands up to three words before
        let framed = cues("en")
            .filter_map(|c| c.cue.split_once(" … "))
            .any(|(a, b)| words[k].text == b && (k.saturating_sub(4)..k).any(|j| words[j].text == a));
        if framed {
            words[k].cue = true;
            cue_at[k] = 1;
            continue;
        }
        if excluded[k] {
            continue;
        }
        if let Some(c) = cues("en")
            .filter(|c| !c.cue.contains('…') && ends_with(words, k, &c.cue))
            .max_by_key(|c| c.cue.len())
        {
            let len = c.cue.split(' ').count();
            // a longer cue holds the shorter ones it ends with (`never failed to`)
            for j in k + 1 - len..=k {
                words[j].cue = true;
                cue_at[j] = 0;
            }
            cue_at[k] = if c.double { 2 } else { 1 };
        }
    }
    for k in 0..n {
        if words[k].cue {
            continue;
        }
        let mut count = 0;
        let mut j = k;
        while j > 0 && k - j < 5 {
            j -= 1;
            if words[j].cue {
                count += cue_at[j];
            } else if !EN_SKIP.contains(&words[j].text.as_str()) && !words[j].text.ends_with("ly") {
                break;
            }
        }
        // `not invented until the 16th century` says when, not whether
        let until = words[k + 1..n.min(k + 9)]
            .iter()
            .any(|w| w.text == "until" || w.text == "till");
        words[k].negated = count % 2 == 1 && !until;
    }
}

/// Chinese words of a prose range (folded to Simplified for jieba), with spans (prose
/// offsets), gloss stems and negation.
#[cfg(test)]
pub(crate) fn zh_words(text: &str, at: usize) -> Vec<Word> {
    let block = crate::parse::words::BlockWords::new(text);
    let words = block.within(0, text.len());
    zh_words_of(
        words
            .iter()
            .map(|(span, w)| (at + span.start..at + span.end, w.text, w.tag)),
    )
}

/// [`zh_words`] of segmented words: (prose span, normalised text, tag) of each.
pub(crate) fn zh_words_of<'a>(words: impl Iterator<Item = (Range<usize>, &'a str, &'a str)>) -> Vec<Word> {
    let mut out: Vec<Word> = words
        .map(|(prose, text, tag)| {
            let stems = lexicon::zh_stems(text)
                .into_iter()
                .filter(|s| !GENERIC.contains(&s.as_str()))
                .collect();
            Word {
                prose,
                text: text.to_string(),
                tag: tag.to_string(),
                stems,
                negated: false,
                cue: false,
            }
        })
        .collect();
    mark_zh_negation(&mut out);
    out
}

/// A Chinese word without a leading adverb and a trailing modal word: `并没有` → `没有`,
/// `不能` → `不`, `从未曾` → `未`, so a cue jieba joins with its helpers is still the cue.
fn zh_core(word: &str) -> &str {
    let mut w = word;
    if let Some(rest) = ["并", "从", "绝", "尚", "还", "也", "都", "仍"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
    {
        if !rest.is_empty() {
            w = rest;
        }
    }
    for m in ["能", "会", "可", "曾", "得", "再", "必", "须", "该", "应"] {
        if let Some(rest) = w.strip_suffix(m) {
            if !rest.is_empty() && cues("zh").any(|c| c.cue == rest) {
                return rest;
            }
        }
    }
    w
}

/// Mark each Chinese word governed by a negation cue across modal and helper words and
/// adverbs (`未被承认`, `从未正式访问`, `拒绝承认`); two cues cancel (`并非不`).
fn mark_zh_negation(words: &mut [Word]) {
    let weight: Vec<u8> = words
        .iter()
        .map(|w| match cues("zh").find(|c| c.cue == zh_core(&w.text)) {
            Some(c) if c.double => 2,
            Some(_) => 1,
            None => 0,
        })
        .collect();
    // a double cue (`不得不`) is no cue for what follows, only for the count
    for (w, &k) in words.iter_mut().zip(&weight) {
        w.cue = k == 1;
    }
    for k in 0..words.len() {
        if weight[k] > 0 {
            continue;
        }
        let mut count = 0;
        let mut j = k;
        while j > 0 && k - j < 4 {
            j -= 1;
            if weight[j] > 0 {
                count += weight[j];
            } else if !(ZH_SKIP.contains(&words[j].text.as_str()) || words[j].tag == "d") {
                break;
            }
        }
        words[k].negated = count % 2 == 1;
    }
}

/// The prose text of a sentence and where it starts.
pub(crate) fn sentence<'a>(side: &crate::align::Side<'a>, s: usize) -> (&'a str, usize) {
    let span = side.doc.sentences[s].prose.clone();
    (side.doc.prose.text.get(span.clone()).unwrap_or_default(), span.start)
}

/// The words of a unit's sentences on one side.
pub(crate) fn unit_words(side: &crate::align::Side, sentences: &[usize], zh: bool) -> Vec<Word> {
    sentences
        .iter()
        .flat_map(|&s| {
            let (text, at) = sentence(side, s);
            if zh {
                let words = side.doc.sentence_words(s);
                zh_words_of(words.iter().map(|(span, w)| (span.clone(), w.text, w.tag)))
            } else {
                en_words(text, at)
            }
        })
        .collect()
}

/// A prose span as a source span of the side's file.
pub(crate) fn source_span(side: &crate::align::Side, prose: Range<usize>) -> Range<usize> {
    side.doc.prose.to_source_span(prose)
}

/// The prose text of a span.
pub(crate) fn text<'a>(side: &crate::align::Side<'a>, prose: &Range<usize>) -> &'a str {
    side.doc.prose.text.get(prose.clone()).unwrap_or_default()
}

/// Whether a side holds a cue that governs nothing (`…, but South Ossetia did not.`): the
/// predicate is left out, and which one it negates is unknown.
pub(crate) fn dangling_cue(side: &crate::align::Side, words: &[Word]) -> bool {
    let prose = &side.doc.prose.text;
    words.iter().enumerate().any(|(k, w)| {
        w.cue
            && words.get(k + 1).is_none_or(|n| {
                let between = prose.get(w.prose.end..n.prose.start.max(w.prose.end)).unwrap_or("");
                between.chars().any(|c| ",.;:，。；：)）\n".contains(c))
            })
            && !words.get(k + 1).is_some_and(|n| n.cue)
    })
}

/// A unit's index in the alignment and its two sides' words.
pub(crate) type UnitWords = (usize, Vec<Word>, Vec<Word>);

/// The most words a side of a unit may hold for its claims to be compared. A unit's words are
/// compared each with each (and each predicate with every word that shares its stem), so a
/// "sentence" of 20 000 `三百人死亡` against as many `300 killed` (a table flattened, or hostile
/// input) took minutes; a sentence of prose holds far fewer, and two or three together seldom
/// more. (The Chinese words of a unit count its punctuation and numbers too, so the cap comes
/// sooner on that side.)
pub(crate) const WORDS_PER_UNIT: usize = 160;

/// The pair's sure units whose claims can be compared (a translation's, or sentences written
/// independently that translate enough of each other's words), each with its two sides'
/// words: segmented and looked up once per pair, whichever rules ask. A unit with more than
/// [`WORDS_PER_UNIT`] words on a side is left out.
pub(crate) fn sure_units<'a>(
    cx: &'a PairContext,
) -> impl Iterator<Item = (&'a crate::align::Unit, &'a [Word], &'a [Word])> + 'a {
    let units = &cx.alignment.units;
    cx.claim_words
        .get_or_init(|| {
            units
                .iter()
                .enumerate()
                .filter(|(_, u)| u.is_sure() && (u.parallel || u.lexical >= WORDS_FOR_CLAIMS))
                .map(|(k, u)| (k, unit_words(cx.zh, &u.zh, true), unit_words(cx.en, &u.en, false)))
                .filter(|(_, z, e)| z.len() <= WORDS_PER_UNIT && e.len() <= WORDS_PER_UNIT)
                .collect()
        })
        .iter()
        .map(move |(k, z, e)| (&units[*k], z.as_slice(), e.as_slice()))
}

/// Whether a negation cue stands before word `k` in its clause (up to the nearest
/// punctuation): a reading of the word as stated would then rest on the scope rules alone.
pub(crate) fn cue_in_clause_before(side: &crate::align::Side, words: &[Word], k: usize) -> bool {
    let prose = &side.doc.prose.text;
    let stop = |c: char| ",.;:!?，。；：！？、()（）\"“”「」\n".contains(c);
    let mut j = k;
    while j > 0 {
        let gap = prose.get(words[j - 1].prose.end..words[j].prose.start).unwrap_or("");
        if gap.chars().any(stop) || words[j - 1].text.chars().all(stop) {
            return false;
        }
        j -= 1;
        if words[j].cue {
            return true;
        }
    }
    false
}

/// Words that negate by their meaning (`避开`, `avoid`, `lack`): a side that holds one may say
/// with it what the other says with a cue.
const IMPLICIT: &[&str] = &[
    "避免",
    "避开",
    "缺乏",
    "缺少",
    "放弃",
    "停止",
    "防止",
    "阻止",
    "禁止",
    "反对",
    "难以",
    "失败",
    "未能",
    "avoid",
    "lack",
    "prevent",
    "stop",
    "refrain",
    "absenc",
    "ban",
    "prohibit",
    "unabl",
    "insuffici",
    "fail",
    "oppos",
    "abandon",
];

/// Whether the words hold a word that negates by its meaning.
pub(crate) fn implicit_negation(words: &[Word]) -> bool {
    words.iter().any(|w| {
        IMPLICIT.contains(&w.text.as_str())
            || w.stems
                .first()
                .is_some_and(|s| w.tag != "name" && w.tag.is_empty() && IMPLICIT.contains(&s.as_str()))
    })
}
