//! Names of people, places and organisations.
//!
//! - Links: an internal link's target is a name when it looks like one (an interpunct
//!   name, a transliteration, or a word jieba tags as a name). Pandoc's wiki-markdown pulls
//!   the characters after a link into its label (`[爱德华·贾巴耶维奇·科科伊季在](…/爱德华·贾巴耶维奇·科科伊季 …)`):
//!   the label is compared with the target and the name ends where the target does.
//! - zh prose: interpunct names (`谢尔盖·巴加普什`, extended over transliteration characters
//!   on both sides, and over one character outside the table a part: 马文·闵斯基, 西摩尔, and
//!   over a Latin initial between two parts: 雷蒙德·S·布拉德利; ending before the ordinary
//!   words jieba reads at the end or across it: 佩雷尔曼证明, 海耶斯高等研究院) and words
//!   jieba tags as names (`nr`, `nrt`, `nrfg`, `ns`, `nt`).
//! - en prose: capitalised sequences (`Sergei Bagapsh`, `Community for Democracy`), with
//!   leading titles (`President`) and possessives dropped; a sentence-initial word counts
//!   only when the document also writes it capitalised mid-sentence and never in lower case.
//!
//! The key is folded: Chinese to Simplified, English to lower case without accents. Chinese
//! names carry a Latin reading ([`super::translit::latin`]) for matching against English.

mod words;

use super::text::{Text, Tok, TokKind};
use super::translit::{self, fold_latin, is_name_separator, is_translit_char};
use super::{Fact, FactKind, FactValue};
use crate::lang::script::{fold_to_simplified, is_han};
use crate::lang::segment;
use crate::parse::{Document, LinkKind};
use crate::source::Lang;
use crate::Span;
use std::collections::{BTreeMap, HashSet};
pub(crate) use words::TITLES;
use words::{
    tagged_as_a_name, CONNECTORS, EN_STOP, NAME_PARTICLES, ORG_HEADS, PERSONS_TITLES, WEEKDAYS, ZH_NAME_SUFFIXES,
};

/// Document-wide information the name grammar needs.
pub(crate) struct Context {
    /// en: words the document writes capitalised mid-sentence.
    mid_caps: HashSet<String>,
    /// en: words the document writes in lower case.
    lower: HashSet<String>,
    /// en: of those, the ones it writes in lower case only after a hyphen (the `hui` of `Lee
    /// Teng-hui`).
    lower_after_hyphens: HashSet<String>,
    /// Names from links: (source span, key).
    links: Vec<(Span, String)>,
    /// Each sentence's source span.
    sentence_spans: Vec<Span>,
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The longest text (bytes) a link's target or the start of its label is read for a name.
const MAX_NAME: usize = 64;

/// An English name key: lower case, accents folded, single spaces.
pub fn en_key(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match fold_latin(c) {
            Some(l) => out.push(l),
            None if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            None if c == '-' => out.push('-'),
            None => {
                if !out.ends_with(' ') && !out.is_empty() {
                    out.push(' ');
                }
            }
        }
    }
    out.trim().to_string()
}

/// A Chinese name key: folded to Simplified, interpuncts unified.
pub fn zh_key(s: &str) -> String {
    fold_to_simplified(s)
        .text
        .chars()
        .map(|c| if is_name_separator(c) && c != ' ' { '·' } else { c })
        .collect()
}

/// Whether a (folded) Chinese link target reads as a name.
fn zh_name_like(target: &str) -> bool {
    let chars: Vec<char> = target.chars().collect();
    if chars.len() < 2 || !chars.iter().all(|&c| is_han(c) || is_name_separator(c)) {
        return false;
    }
    if chars.iter().any(|&c| is_name_separator(c) && c != ' ') || chars.iter().all(|&c| is_translit_char(c)) {
        return true;
    }
    let words = segment::words(target);
    words.len() <= 3
        && words
            .iter()
            .any(|w| tagged_as_a_name(w.tag, w.text) && w.text.chars().count() >= 2)
}

/// The byte ranges of the web addresses of `text` (runs without spaces that
/// [`crate::lang::is_web_address`]), in order; none, without a look at each run, when the text
/// holds no `://` or `www.`.
fn web_addresses(text: &str) -> Vec<std::ops::Range<usize>> {
    if !text.contains("://") && !text.contains("www.") && !text.contains("WWW.") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (true, Some(a)) => {
                if crate::lang::is_web_address(&text[a..i]) {
                    out.push(a..i);
                }
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

/// Whether the word at byte offset `at` stands in one of the `ranges` ([`web_addresses`]).
fn in_any(ranges: &[std::ops::Range<usize>], at: usize) -> bool {
    let k = ranges.partition_point(|r| r.end <= at);
    ranges.get(k).is_some_and(|r| r.start <= at)
}

impl Context {
    pub fn new(doc: &Document, src: &str) -> Self {
        let zh = doc.lang == Lang::Zh;
        let mut mid_caps = HashSet::new();
        let mut lower = HashSet::new();
        let mut after_hyphens: HashSet<String> = HashSet::new();
        if !zh {
            for s in &doc.sentences {
                let Some(text) = doc.prose.text.get(s.prose.clone()) else {
                    continue;
                };
                // (a word seen before is not copied again)
                // (a word of a web address is no word the prose writes in lower case:
                // `https://profiles.stanford.edu/donald-knuth` writes no `donald`)
                let web = web_addresses(text);
                let in_web = |w: &str| !web.is_empty() && in_any(&web, w.as_ptr() as usize - text.as_ptr() as usize);
                let after_hyphen = |w: &str| {
                    let at = w.as_ptr() as usize - text.as_ptr() as usize;
                    at > 0 && text.as_bytes()[at - 1] == b'-'
                };
                super::text::en_words(text, |w, first| {
                    if !is_cap(w) {
                        if w.chars().any(char::is_uppercase) {
                            if !in_web(w) {
                                lower.insert(w.to_lowercase());
                            }
                        } else if !lower.contains(w) && !in_web(w) {
                            // (a word after a hyphen is kept apart until the end: rare)
                            if after_hyphen(w) {
                                after_hyphens.insert(w.to_string());
                            } else {
                                lower.insert(w.to_string());
                            }
                        }
                    } else if !first && !mid_caps.contains(w) {
                        mid_caps.insert(w.to_string());
                    }
                });
            }
        }
        let lower_after_hyphens: HashSet<String> = after_hyphens.into_iter().filter(|w| !lower.contains(w)).collect();
        lower.extend(lower_after_hyphens.iter().cloned());
        let mut links = Vec::new();
        for l in doc.links.iter().filter(|l| l.kind == LinkKind::Internal) {
            let Some(target) = src.get(l.target.clone()) else {
                continue;
            };
            crate::budget::work(target.len());
            let target = target.rsplit('/').next().unwrap_or(target);
            let target = target.strip_suffix(".md").unwrap_or(target).replace('_', " ");
            let target = target.split('#').next().unwrap_or_default().trim().to_string();
            // (a name is short: a long target is none, and of a long label only its start
            // can hold one; nested links have labels that hold each other, n² bytes in all)
            if target.is_empty() || target.contains(':') || target.len() > MAX_NAME {
                continue;
            }
            let label = l.label.clone().unwrap_or_else(|| l.target.clone());
            let Some(label_text) = src.get(label.clone()) else {
                continue;
            };
            let mut cut = label_text.len().min(target.len() + MAX_NAME);
            while !label_text.is_char_boundary(cut) {
                cut -= 1;
            }
            let (label_text, whole) = (&label_text[..cut], cut == label.len());
            crate::budget::work(label_text.len());
            let (tkey, lkey) = if zh {
                (zh_key(&target), zh_key(label_text))
            } else {
                (en_key(&target), en_key(label_text))
            };
            if zh && !zh_name_like(&tkey)
                || !zh && !target.split_whitespace().all(|w| is_cap(w) || CONNECTORS.contains(&w))
            {
                continue;
            }
            // the name is the target when the label starts with it (pandoc's overrun), else
            // the label when the target starts with it (a shortened label)
            let span = if lkey.starts_with(&tkey) {
                let n = if zh {
                    tkey.chars().count()
                } else {
                    target.chars().count()
                };
                let end = label_text.char_indices().nth(n).map_or(label_text.len(), |(i, _)| i);
                label.start..label.start + end
            } else if whole && (tkey.starts_with(&lkey) || lkey == tkey) {
                label.clone()
            } else {
                continue;
            };
            links.push((span, tkey));
        }
        let sentence_spans = doc.sentences.iter().map(|s| doc.sentence_source(s)).collect();
        Context {
            mid_caps,
            lower,
            lower_after_hyphens,
            links,
            sentence_spans,
        }
    }

    /// The names of sentence `si`.
    /// `toks`: an English sentence's words ([`super::text::en_tokens`]).
    pub(crate) fn names(&self, doc: &Document, src: &str, si: usize, t: &Text, toks: &[Tok]) -> Vec<Fact> {
        let zh = doc.lang == Lang::Zh;
        let sspan = &self.sentence_spans[si];
        let mut out: Vec<Fact> = Vec::new();
        // the spans taken, start → end (disjoint: a new span overlaps one exactly when it
        // overlaps the last that starts before its end)
        let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
        let mut push = |span: Span, key: String, out: &mut Vec<Fact>| {
            if span.is_empty()
                || taken
                    .range(..span.end)
                    .next_back()
                    .is_some_and(|(_, &end)| end > span.start)
            {
                return;
            }
            taken.insert(span.start, span.end);
            let text = src.get(span.clone()).unwrap_or_default().to_string();
            let latin = zh.then(|| translit::latin(&key)).filter(|l| !l.is_empty());
            out.push(Fact {
                kind: FactKind::Name,
                span,
                text,
                sentence: si,
                value: FactValue::Name { key, latin },
                inferred_year: false,
                year_from: None,
                role: None,
            });
        };
        for (span, key) in &self.links {
            if span.start >= sspan.start && span.start < sspan.end {
                push(span.clone(), key.clone(), &mut out);
            }
        }
        let src_span = |a: usize, b: usize| doc.prose.to_source_span(t.pos[a]..t.pos[b]);
        if zh {
            for (a, b) in zh_interpunct_names(&t.chars) {
                push(src_span(a, b), zh_key(&t.slice(a, b)), &mut out);
            }
            for (a, b) in zh_translit_runs(&t.chars) {
                push(src_span(a, b), zh_key(&t.slice(a, b)), &mut out);
            }
            // the sentence's words, from its block's (segmented once per block)
            let words = doc.sentence_words(si);
            // char index in `t` of a prose offset
            let char_at = |p: usize| t.pos.partition_point(|&x| x < p);
            for (span, w) in words {
                if !tagged_as_a_name(w.tag, w.text) {
                    continue;
                }
                // a dictionary name, or a longer transliteration jieba's HMM found (not 科伊)
                let n = w.text.chars().count();
                let all_translit = w.text.chars().all(is_translit_char);
                // jieba's tags are loose (荣誉 nr, 卫星广播 nr): a name also needs a name's shape,
                // mostly transliteration characters or a place or organisation suffix
                let translit = w.text.chars().filter(|&c| is_translit_char(c)).count();
                let shaped = translit * 2 > n || ZH_NAME_SUFFIXES.iter().any(|x| w.text.ends_with(x));
                let dictionary = segment::is_dictionary_word(w.text);
                let known = dictionary && shaped && !(n == 2 && all_translit && w.tag != "ns");
                // or a Chinese person's name (陈独秀, 司马迁), which the English romanises
                // ([`super::native_name`])
                // (asked last: the lexicon is looked up)
                let native =
                    || dictionary && w.tag == "nr" && n <= 4 && super::native_name::reads_as_a_name(&zh_key(w.text));
                if n >= 2 && w.text.chars().all(is_han) && (known || native()) {
                    let (a, b) = (char_at(span.start), char_at(span.end));
                    push(src_span(a, b), zh_key(w.text), &mut out);
                }
            }
        } else {
            for (a, b) in self.en_names(toks) {
                push(src_span(a, b), en_key(&t.slice(a, b)), &mut out);
            }
        }
        out
    }

    /// Capitalised sequences → char ranges.
    fn en_names(&self, toks: &[Tok]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let first_word = toks.iter().position(|t| t.kind == TokKind::Word);
        let mut k = 0;
        while k < toks.len() {
            if !(toks[k].kind == TokKind::Word && is_cap(toks[k].s)) {
                k += 1;
                continue;
            }
            // extend over capitalised words, hyphens between capitalised words, connectors
            let start = k;
            let mut end = k + 1;
            loop {
                // a possessive ends a name: Abkhazia's Foreign Minister
                let prev = &toks[end - 1].s;
                if prev.ends_with("'s") || prev.ends_with("’s") {
                    break;
                }
                let n = toks.get(end);
                let nn = toks.get(end + 1);
                let next_cap = nn.is_some_and(|t| t.kind == TokKind::Word && is_cap(t.s));
                match n {
                    Some(t) if t.kind == TokKind::Word && is_cap(t.s) && super::date::month_number(t.s).is_none() => {
                        end += 1
                    }
                    Some(t) if t.is("-") && t.start == toks[end - 1].end && next_cap => end += 2,
                    // a romanised Chinese given name's second syllable: `Chiang Kai-shek`, `Lee
                    // Teng-hui`, `Sun Yat-sen` (after the name's second word, a stop word opening
                    // it not counted, a syllable the text writes in lower case after hyphens
                    // alone: not `Middle East-based`, `The Chinese-style` nor `The Ping-pong`)
                    Some(t)
                        if t.is("-")
                            && t.start == toks[end - 1].end
                            && end - start >= 2 + usize::from(EN_STOP.contains(&toks[start].s))
                            && nn.is_some_and(|w| {
                                w.kind == TokKind::Word
                                    && w.start == t.end
                                    && translit::is_romanised_syllable(w.s)
                                    && self.lower_after_hyphens.contains(w.s)
                            }) =>
                    {
                        end += 2
                    }
                    // an initial: John F. Kennedy
                    Some(t) if t.is(".") && toks[end - 1].s.chars().count() == 1 && next_cap => end += 2,
                    Some(t) if t.kind == TokKind::Word && CONNECTORS.contains(&t.s) && next_cap => {
                        let weak = matches!(t.s, "of" | "for" | "and");
                        if weak && !ORG_HEADS.contains(&toks[end - 1].s) {
                            break;
                        }
                        end += 2
                    }
                    _ => break,
                }
            }
            k = end;
            // the value of a template parameter left in the text (`|first=Richard`) is markup,
            // not a name the article states
            if start > 0 && toks[start - 1].is("=") && toks[start - 1].end == toks[start].start {
                continue;
            }
            let mut s = start;
            // drop sentence-initial common words and leading titles
            while s < end {
                let w = toks[s].s;
                let initial = Some(s) == first_word;
                // (a word before a particle of a person's name opens it, though the text does not
                // capitalise it elsewhere: `Muhammad ibn Zakariya Razi (Rhazes) …`, first in its
                // sentence; not a stop word, nor a word the text writes in lower case:
                // `Eventually van Gogh moved`)
                let before_particle = s + 2 < end && NAME_PARTICLES.contains(&toks[s + 1].s);
                // (and a given name before another capitalised word opens it too: `Steven
                // Moffat described …`, though the text names Steven nowhere else; not
                // `Economist Branko Milanovic`, whose first word is no given name, nor `German
                // Chancellor Angela Merkel`: the list leaves out the words of peoples)
                let given = initial && s + 1 < end && crate::lang::given_names::is_given_name(w);
                let common = initial
                    && (EN_STOP.contains(&w)
                        || self.lower.contains(&w.to_lowercase())
                        || !self.mid_caps.contains(w) && !before_particle && !given);
                if TITLES.contains(&w)
                    || super::date::month_number(w).is_some()
                    || WEEKDAYS.contains(&w)
                    || common
                    || CONNECTORS.contains(&w)
                    || EN_STOP.contains(&w) && end - s > 1 && initial
                {
                    s += 1;
                } else {
                    break;
                }
            }
            // (nor the words before a title inside the run, a people, a party or a place and the
            // office: `Albanian Prime Minister Fan S. Noli`, `Republican U.S. President Ronald
            // Reagan`; not where the run opens with a given name, `Elizabeth Bishop Award`, nor
            // where no name follows the title, `British Prime Minister`)
            // (a title only a person bears: `General` opens `General Assembly`, `Foreign` opens
            // `Foreign Affairs`; `Minister` after `Prime`)
            let persons_title =
                |t: usize| PERSONS_TITLES.contains(&toks[t].s) || toks[t].s == "Minister" && toks[t - 1].s == "Prime";
            if let Some(t) = (s + 1..end).rev().find(|&t| persons_title(t)) {
                let suffix = |w: &str| matches!(w, "Jr" | "Sr" | "II" | "III" | "IV");
                let named_after = toks.get(t + 1).is_some_and(|x| x.kind == TokKind::Word)
                    && toks[t + 1..end]
                        .iter()
                        .any(|x| x.kind == TokKind::Word && is_cap(x.s) && !suffix(x.s) && !TITLES.contains(&x.s));
                let before = toks[s..t].iter().filter(|x| x.kind == TokKind::Word).count();
                if named_after && before <= 3 && !crate::lang::given_names::is_given_name(toks[s].s) {
                    s = t + 1;
                    // (`Governor General David Johnston`)
                    while s + 1 < end && TITLES.contains(&toks[s].s) {
                        s += 1;
                    }
                }
            }
            // trailing connectors never end a name
            let mut e = end;
            while e > s && CONNECTORS.contains(&toks[e - 1].s) {
                e -= 1;
            }
            if s >= e {
                continue;
            }
            let a = toks[s].start;
            let mut b = toks[e - 1].end;
            // possessive: Abkhazia's
            let last = &toks[e - 1].s;
            if last.ends_with("'s") || last.ends_with("’s") {
                b -= 2;
            }
            // a lone capital (the E of 19.2°E, a C) is not a name, nor an ordinal alone (the
            // `Ninth` of `the Ninth and Tenth Doctors`; `First` too, which the number reader
            // does not count)
            let ordinal = |w: &str| w == "First" || super::number::is_ordinal_word(&w.to_lowercase());
            if b > a + 1 && !(e == s + 1 && ordinal(toks[s].s)) {
                out.push((a, b));
            }
        }
        out
    }
}

/// Runs of three or more transliteration characters (博茨耶夫, 埃尔巴基耶夫) that are not a
/// dictionary word of ordinary Chinese → char ranges.
fn zh_translit_runs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_translit_char(chars[i]) {
            i += 1;
            continue;
        }
        let a = i;
        while i < chars.len() && is_translit_char(chars[i]) {
            i += 1;
        }
        // common function characters that the table also holds are not part of a name at its edges
        // (nor those that open common words, [`OPENS_A_WORD`])
        const EDGE: &[char] = &[
            '于', '大', '通', '得', '可', '本', '新', '明', '方', '天', '日', '若', '因', '文', '平', '多',
        ];
        let edge = |c: char| EDGE.contains(&c) || OPENS_A_WORD.contains(&c);
        let (mut s, mut e) = (a, i);
        while s < e && edge(chars[s]) {
            s += 1;
        }
        // (nor, at its end, a function word that follows a name: 曾, `once`, of 爱因斯坦曾如此描述)
        while e > s && (edge(chars[e - 1]) || AFTER_A_NAME.contains(&chars[e - 1])) {
            e -= 1;
        }
        // nor a function word of two characters that opens the run (基于 of 基于英国议会, `based
        // on`; a preposition, conjunction, adverb, particle or pronoun for jieba's dictionary),
        // where jieba reads the run so too: not 基加 of 基加利, Kigali, read whole
        if e - s >= 3 {
            let head: String = chars[s..s + 2].iter().collect();
            let run: String = chars[s..e].iter().collect();
            let words = segment::words(&run);
            if words
                .first()
                .is_some_and(|w| w.text == head && ["p", "c", "d", "u", "r"].contains(&w.tag))
            {
                s += 2;
            }
        }
        // nor a character that ends a word begun before the run: of two characters (助理 of
        // 助理尼古拉斯, 到达 of 到达英格兰), or of three or four, outside the table (顿 of 波士顿,
        // whose 士 the table does not hold, in 波士顿奥尔斯顿: the run is 奥尔斯顿)
        let ends_a_word = |len: usize| {
            s + 1 >= len && segment::is_dictionary_word(&chars[s + 1 - len..=s].iter().collect::<String>())
        };
        if s == a && e - s > 3 && (2..=4).any(ends_a_word) {
            s += 1;
            // (and a function word at the new edge: 于 of 有利于马可尼, after 利 of 有利; not a
            // character that may open a name, 本 of 本杰明 after 理 of 总理)
            while s < e && function_word_before_a_name(chars[s]) {
                s += 1;
            }
        }
        // nor a character that makes a dictionary word with the one after the run, where jieba
        // reads that word (希 of 高德纳希望; not 特 of 科科伊特为, read 科科伊特 / 为)
        if e - s > 3 && e == i && e < chars.len() {
            let ahead: String = chars[s..=e].iter().collect();
            let tail: String = chars[e - 1..=e].iter().collect();
            if segment::is_dictionary_word(&tail) && segment::words(&ahead).last().is_some_and(|w| w.text == tail) {
                e -= 1;
            }
        }
        // and a run that a character before it makes a word of is that word (内瑞拉 of 委内瑞拉)
        if s == a && s > 0 && segment::is_dictionary_word(&chars[s - 1..e].iter().collect::<String>()) {
            s -= 1;
        }
        if e - s >= 3 {
            let run: String = chars[s..e].iter().collect();
            let words = segment::words(&run);
            let common =
                words.len() == 1 && segment::is_dictionary_word(words[0].text) && !words[0].tag.starts_with('n');
            if !common {
                out.push((s, e));
            }
        }
    }
    out
}

/// Characters of names of long standing the table holds (开普勒 `Kepler`, 香农 `Shannon`) that
/// open common words (开始, 农业, 香港): at a name's edge, the word's, not the name's (开普勒 and
/// 香农 are read as words of the dictionary).
const OPENS_A_WORD: &[char] = &['开', '农', '香'];

/// Characters that end a name after an interpunct: function words and verbs of reporting
/// that follow a name (亚当·斯密的, 威廉·詹姆斯将, 卡尔·高斯称).
const AFTER_A_NAME: &[char] = &[
    '的', '了', '在', '和', '与', '是', '为', '等', '被', '将', '把', '对', '于', '从', '向', '及', '曾', '也', '都',
    '就', '则', '而', '又', '所', '之', '以', '由', '因', '其', '这', '那', '此', '说', '称', '认', '指', '表', '发',
    '写', '著', '编', '却', '还', '即', '或', '跟', '同', '给',
];

/// Whether `c` is a function word that a verb or word before a name may leave at the name's
/// start, where the reader must not take it in (于 of 有利于马可尼).
fn function_word_before_a_name(c: char) -> bool {
    matches!(c, '于' | '因')
}

/// Whether `c` is a function word or a verb of reporting that ends a Chinese name before it
/// ([`AFTER_A_NAME`]: 海因里希被, 亚当·斯密的).
pub(crate) fn ends_a_name(c: char) -> bool {
    AFTER_A_NAME.contains(&c)
}

/// Whether the Han character at `at`, outside the transliteration table, still belongs to the
/// name part that starts at `part` after an interpunct: one such character a part, when it
/// opens the part before a table character or another interpunct (马文·闵斯基, 西摩尔·派普特,
/// 约翰·冯·诺伊曼), or follows one, at the part's end or before another (艾伦·图灵,
/// 约翰·史东斯; at the end, making a word with the one before: 图灵); never a function
/// word or a character that makes a word with the next (培顿·曼宁成为).
fn outside_the_table(chars: &[char], part: usize, at: usize) -> bool {
    let c = chars[at];
    if !is_han(c) || AFTER_A_NAME.contains(&c) {
        return false;
    }
    let next = chars.get(at + 1).copied();
    let opens = at == part && next.is_some_and(|n| is_translit_char(n) || is_name_separator(n) && n != ' ');
    // (at the part's end, only with the one before as a word of the dictionary: 图灵; not
    // 吉兰饰, `Gillan plays`)
    let closes = at > part
        && is_translit_char(chars[at - 1])
        && (next.is_some_and(is_translit_char)
            || next.is_none_or(|n| !is_han(n) || AFTER_A_NAME.contains(&n))
                && segment::is_dictionary_word(&[chars[at - 1], c].iter().collect::<String>()));
    // (before a table character, the name goes on: 东斯 of 史东斯 is no word to stop at)
    let word = next.is_some_and(|n| {
        is_han(n) && !is_translit_char(n) && segment::is_dictionary_word(&[c, n].iter().collect::<String>())
    });
    (opens || closes) && !word
}

/// Whether the Han character at `at`, outside the transliteration table, stands after a
/// character of the table and before another or an interpunct (摩 of 西摩尔, 当 of 亚当·斯密)
/// and is no function word, nor makes an ordinary word with the one before (得主 of 得主约瑟夫,
/// 德国 of 德国安吉拉; 西摩 is a name).
fn inside_the_name(chars: &[char], at: usize) -> bool {
    let c = chars[at];
    is_han(c)
        && !AFTER_A_NAME.contains(&c)
        && at > 0
        && is_translit_char(chars[at - 1])
        && !ordinary_word(&[chars[at - 1], c].iter().collect::<String>())
        && chars
            .get(at + 1)
            .is_some_and(|&n| is_translit_char(n) || is_name_separator(n) && n != ' ')
        // (nor one that opens a common noun with the character after it, a title before the
        // name: 总 of 阿尔巴尼亚总理范·诺里; 摩 of 西摩尔 opens 摩尔, which jieba tags otherwise)
        && !chars
            .get(at + 1)
            .is_some_and(|&n| common_noun(&[c, n].iter().collect::<String>()))
}

/// Whether a text is a word jieba's dictionary tags as a common noun (`n`: 总理, 教授).
fn common_noun(text: &str) -> bool {
    dictionary_tag(text) == Some("n")
}

/// The part-of-speech tag jieba's dictionary gives a word of it; None for a text that is no
/// word of the dictionary.
fn dictionary_tag(text: &str) -> Option<&str> {
    if !segment::is_dictionary_word(text) {
        return None;
    }
    Some(segment::words(text).first().map_or("", |w| w.tag))
}

/// Whether a text is a word of ordinary Chinese: a dictionary word jieba does not tag as a
/// name (得主), or a place the lexicon knows (德国 of 德国安吉拉·默克尔); not a person's name
/// (亚当, 西摩).
fn ordinary_word(text: &str) -> bool {
    dictionary_tag(text)
        .is_some_and(|tag| !tagged_as_a_name(tag, text) || tag == "ns" && crate::lang::lexicon::english(text).is_some())
}

/// Where a name's last part (`part..end`, after an interpunct) ends, read by jieba with up to
/// four Han characters after it:
/// - before an ordinary word (a dictionary word not tagged as a name, [`ordinary_word`]) that
///   crosses its end (高等 of 海耶斯高等研究院, 南部 of 特伦特到南部), whatever its characters;
///   not an adverb or a particle (特在 of 丹尼特在其), which leaves the name whole;
/// - then before the ordinary words at its end (博士 of 科尔曼博士, 提出 of 卢卡斯提出, 到 of
///   特伦特到), when the first of them holds a character outside the transliteration table
///   (蕾丝 of 勒芙蕾丝, 日 of 拉格朗日 are the name's own) and, with no word across the end,
///   the last has two characters or more.
///
/// Two characters of the part are always left.
fn before_ordinary_words(chars: &[char], part: usize, end: usize) -> usize {
    let after = chars[end..].iter().take(4).take_while(|&&c| is_han(c)).count();
    let text: String = chars[part..end + after].iter().collect();
    // the words as (start, end) in characters from `part`
    let mut at = 0;
    let words: Vec<(usize, usize, segment::Word)> = segment::words(&text)
        .into_iter()
        .map(|w| {
            let n = w.text.chars().count();
            at += n;
            (at - n, at, w)
        })
        .collect();
    let len = end - part;
    let stop = match words.iter().find(|(s, e, _)| *s < len && *e > len) {
        // (a word of content: not 特在, an adverb, of 丹尼特在其)
        Some((s, _, w)) if *s >= 2 && ordinary_word(w.text) && !w.tag.starts_with(['d', 'u']) => *s,
        Some(_) => return end,
        None if words
            .iter()
            .rfind(|(_, e, _)| *e <= len)
            .is_none_or(|(s, e, _)| e - s < 2) =>
        {
            return end
        }
        None => len,
    };
    let mut cut = stop;
    for (s, _, w) in words.iter().rev().skip_while(|(_, e, _)| *e > stop) {
        if *s < 2 || !ordinary_word(w.text) {
            break;
        }
        if !w.text.chars().all(is_translit_char) {
            cut = *s;
        }
    }
    part + cut
}

/// Interpunct names in Chinese text: runs of Han characters joined by `·`, extended on
/// both sides over transliteration characters, and after an interpunct over one character
/// outside the table a part ([`outside_the_table`]), the last part ending before the ordinary
/// words after it ([`before_ordinary_words`]) → char ranges.
fn zh_interpunct_names(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let is_dot = |c: char| is_name_separator(c) && c != ' ' && c != '-' && c != '=';
    // a Latin initial between two interpuncts (S of 雷蒙德·S·布拉德利, H. of 菲尔丁·H.·加里森) →
    // where the part after it starts
    let initial = |k: usize| -> Option<usize> {
        let mut j = k;
        if !chars.get(j)?.is_ascii_uppercase() {
            return None;
        }
        j += 1;
        if chars.get(j) == Some(&'.') {
            j += 1;
        }
        // (and a part after it: a character of the table, or one outside it that may open a part)
        (is_dot(*chars.get(j)?)
            && chars
                .get(j + 1)
                .is_some_and(|&c| is_translit_char(c) || outside_the_table(chars, j + 1, j + 1)))
        .then_some(j + 1)
    };
    let mut i = 0;
    while i < chars.len() {
        if !(is_dot(chars[i])
            && i > 0
            && is_han(chars[i - 1])
            && (chars.get(i + 1).is_some_and(|&c| is_han(c)) || initial(i + 1).is_some()))
        {
            i += 1;
            continue;
        }
        let mut a = i;
        let mut outside = false;
        while a > 0 && i - a < 6 {
            if is_translit_char(chars[a - 1]) {
                a -= 1;
            } else if !outside && a >= 2 && inside_the_name(chars, a - 1) {
                // (one character outside the table between two of it: 西摩尔)
                outside = true;
                a -= 1;
            } else {
                break;
            }
        }
        // not a character that makes a word with the one before the name, where jieba reads
        // that word (理 of 助理西摩尔; not 安 of 美国安吉拉, though 国安 is a word)
        let read = |from: usize| {
            let word: String = chars[from..=a].iter().collect();
            let run: String = chars[from..i].iter().collect();
            segment::is_dictionary_word(&word) && segment::words(&run).first().is_some_and(|w| w.text == word)
        };
        // (a title that ends in a character of the table, 总理, leaves even one character: 范 of
        // 总理范·诺里)
        let title = || common_noun(&chars[a - 1..=a].iter().collect::<String>()) && read(a - 1);
        if a > 0 && (a + 2 < i || a + 1 < i && title()) && (read(a - 1) || a > 1 && read(a - 2)) {
            a += 1;
        }
        // nor a function word the table also holds (于, 因) after a verb, unless it opens a word
        // of the dictionary with the characters after it (于尔根, Jürgen): 来自于莱纳斯·鲍林 is
        // 莱纳斯·鲍林, but 天文学家于尔班·勒维耶 is Urbain Le Verrier
        let opens_a_word = |from: usize| {
            (from + 2..=i.min(from + 4))
                .any(|to| segment::is_dictionary_word(&chars[from..to].iter().collect::<String>()))
        };
        let after_a_verb = |at: usize| {
            let before: String = chars[at.saturating_sub(4)..at].iter().collect();
            at > 0 && is_han(chars[at - 1]) && segment::words(&before).last().is_some_and(|w| w.tag.starts_with('v'))
        };
        if a + 2 < i && function_word_before_a_name(chars[a]) && after_a_verb(a) && !opens_a_word(a) {
            a += 1;
        }
        // a first part jieba's dictionary holds whole as a person's name, though a character
        // of it lies outside the table (丹尼尔 of 执行官丹尼尔·多克托罗夫; 亚力克 of 议员亚力克·谢尔
        // 布鲁克, where 亚力 alone is an ordinary word), of two characters or more (jieba tags many
        // a single character a name, the surnames), where jieba reads that word there, read
        // from a little before it: the dictionary holds junk (由威廉; 家威廉, of 心理学家威廉·冯特,
        // whose 家 心理学家 takes back); nor over a function word (由)
        let a_name_there = |s: usize| {
            let from = s.saturating_sub(3);
            let mut at = from;
            segment::words(&chars[from..i].iter().collect::<String>())
                .iter()
                .any(|w| {
                    let n = w.text.chars().count();
                    let here = at == s && n == i - s && w.tag == "nr";
                    at += n;
                    here
                })
        };
        if a < i {
            if let Some(s) = (i.saturating_sub(4)..a.min(i - 1)).find(|&s| {
                chars[s..i].iter().all(|&c| is_han(c))
                    && !chars[s..a].iter().any(|&c| ends_a_name(c))
                    && segment::is_dictionary_word(&chars[s..i].iter().collect::<String>())
                    && a_name_there(s)
            }) {
                a = s;
            }
        }
        // a given name of two joined by a hyphen (让-巴蒂斯特·赛伊, 卡尔-古斯塔夫·罗斯贝): the
        // part before the hyphen, of one to four characters of the table, is the name's too;
        // not past the name read before it (`X·Y-Z·W` keeps `Z·W`), nor a function word the
        // table also holds at its start (于 of 受教于让-巴蒂斯特). (`‐`, U+2010, is an interpunct
        // already.)
        if a >= 2 && a < i && matches!(chars[a - 1], '-' | '－') && is_translit_char(chars[a - 2]) {
            let floor = out.last().map_or(0, |&(_, end)| end);
            let mut h = a - 1;
            while h > floor && a - 1 - h < 4 && is_translit_char(chars[h - 1]) {
                h -= 1;
            }
            while h + 1 < a - 1 && AFTER_A_NAME.contains(&chars[h]) {
                h += 1;
            }
            if h < a - 1 {
                a = h;
            }
        }
        let mut b = i + 1;
        loop {
            if let Some(next) = initial(b) {
                b = next;
            }
            let part = b;
            let mut outside = false;
            while b < chars.len() && b - i < 40 {
                if is_translit_char(chars[b]) {
                    b += 1;
                } else if !outside && outside_the_table(chars, part, b) {
                    outside = true;
                    b += 1;
                } else {
                    break;
                }
            }
            if b + 1 < chars.len()
                && is_dot(chars[b])
                && (is_translit_char(chars[b + 1])
                    || outside_the_table(chars, b + 1, b + 1)
                    || initial(b + 1).is_some())
            {
                b += 1;
            } else {
                break;
            }
        }
        // a function word the table also holds (于, 因, 曾) ends no name: 拉津德·帕乔里于 2015 年
        // is 拉津德·帕乔里 (the last part keeps two characters), unless the name's end is a word
        // of the dictionary (斯坦因, Stein), or what follows is Chinese that makes no word with it
        // (but 曾, `once`, opens no word with the verb it stands before, and ends a name before
        // any Chinese: 卡尔·弗里德里希·高斯曾说, 阿达·勒芙蕾丝曾设计)
        let last_part = chars[..b].iter().rposition(|&c| is_dot(c)).map_or(i + 1, |d| d + 1);
        while b - last_part > 2 && AFTER_A_NAME.contains(&chars[b - 1]) {
            let end: String = chars[b - 3..b].iter().collect();
            let joins = chars.get(b).is_some_and(|&n| {
                !is_han(n)
                    || chars[b - 1] == '曾'
                    || segment::is_dictionary_word(&[chars[b - 1], n].iter().collect::<String>())
            });
            if segment::is_dictionary_word(&end) || !joins {
                break;
            }
            b -= 1;
        }
        // (nor a character that opens a common word with the one after it: 开 of 约瑟夫·夏开始)
        while b > last_part + 1
            && OPENS_A_WORD.contains(&chars[b - 1])
            && chars
                .get(b)
                .is_some_and(|&n| segment::is_dictionary_word(&[chars[b - 1], n].iter().collect::<String>()))
        {
            b -= 1;
        }
        // (nor the ordinary words jieba reads after it: 佩雷尔曼证明 is 佩雷尔曼, who proved)
        if b - last_part > 2 {
            b = before_ordinary_words(chars, last_part, b);
        }
        if a < i && b > i + 1 {
            out.push((a, b));
        }
        i = b.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests;
