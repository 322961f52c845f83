//! The claim mutation benchmark: change what one side of a corresponding sentence pair
//! *claims* — negate a predicate both sides state or drop a negation both state, swap an act
//! for its antonym or a sibling of its group (`rules/data/events.toml`), swap a place or
//! organisation for another of the same sort named in the same article — and see whether the
//! claim rules report it. Also the share of corresponding sentence pairs the three rules flag
//! on the clean text.
//!
//! The generator does not ask the rules what they would see: it reads the sentences with
//! jieba, the lexicon and plain word lists of its own. Each change is read back before it
//! counts: the inserted cue is a word of its own before the predicate (jieba does not join it
//! into another word: 未 + 来 is 未来), the inserted act is a whole word (or run of words) of
//! the changed sentence and the other side states it nowhere in the pair of sentences, the
//! inserted place is read as a name at the spot and the other side does not name it.

use super::{check, file, Pair, Seq};
use parallax::align::entities::Sort;
use parallax::align::{align, Side, Unit};
use parallax::facts::{extract, FactKind};
use parallax::lang::{lexicon, segment};
use parallax::parse::{parse, Document};
use std::collections::BTreeMap;
use std::ops::Range;

/// What a claim mutation changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ClaimKind {
    /// A negation added to a predicate both sides state, or one both sides negate dropped.
    Negation,
    /// An act swapped for its antonym or for another act of its group.
    Act,
    /// A place or organisation swapped for another of its sort named in the same article.
    Entity,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 3] = [ClaimKind::Negation, ClaimKind::Act, ClaimKind::Entity];

    pub fn name(self) -> &'static str {
        match self {
            ClaimKind::Negation => "negation",
            ClaimKind::Act => "act",
            ClaimKind::Entity => "place/org",
        }
    }

    pub fn rule(self) -> &'static str {
        match self {
            ClaimKind::Negation => "claim-polarity-mismatch",
            ClaimKind::Act => "claim-event-mismatch",
            ClaimKind::Entity => "entity-mismatch",
        }
    }
}

/// The three claim rules.
pub const RULES: [&str; 3] = ["claim-polarity-mismatch", "claim-event-mismatch", "entity-mismatch"];

/// One changed claim.
pub struct ClaimCase {
    pub kind: ClaimKind,
    pub on_zh: bool,
    pub text: String,
    /// The changed bytes (with the predicate, act or name they touch), in the new text.
    pub at: Range<usize>,
    pub change: String,
}

/// Chinese negation cues the generator inserts (each a jieba word of its own before a verb).
const ZH_CUES: &[&str] = &["未", "没有", "并未", "从未", "不"];
/// Chinese cues it recognises (and may drop).
const ZH_NEG: &[&str] = &[
    "不", "未", "没有", "没", "并未", "从未", "尚未", "无法", "不再", "不能", "未能",
];
/// English auxiliaries a `not` goes after.
const EN_AUX: &[&str] = &[
    "was", "were", "is", "are", "has", "have", "had", "did", "does", "do", "could", "can", "will", "would", "should",
];
const EN_NEG: &[&str] = &["not", "never", "n't", "no", "without", "cannot"];

/// A pair parsed, with its facts and alignment.
struct Parsed {
    zd: Document,
    ed: Document,
    units: Vec<Unit>,
    zf: Vec<parallax::facts::Fact>,
    ef: Vec<parallax::facts::Fact>,
}

fn parsed(pair: &Pair) -> Parsed {
    let (zd, ed) = (parse(&pair.zh, None), parse(&pair.en, None));
    let (zf, ef) = (extract(&zd, &pair.zh.text), extract(&ed, &pair.en.text));
    let units = {
        let zs = Side {
            file: 0,
            source: &pair.zh,
            doc: &zd,
            facts: &zf,
        };
        let es = Side {
            file: 1,
            source: &pair.en,
            doc: &ed,
            facts: &ef,
        };
        align(&zs, &es).units
    };
    Parsed { zd, ed, units, zf, ef }
}

/// The source span of a unit's sentences on one side (from the first's start to the last's end).
fn unit_span(doc: &Document, sentences: &[usize]) -> Option<Range<usize>> {
    let first = doc.sentences.get(*sentences.first()?)?;
    let last = doc.sentences.get(*sentences.last()?)?;
    Some(doc.prose.to_source_span(first.prose.start..last.prose.end))
}

/// A word of a sentence: its byte span in the whole text, text (lower case for English) and
/// jieba tag (empty for English).
#[derive(Clone, Debug)]
struct W {
    at: Range<usize>,
    text: String,
    tag: String,
}

fn zh_words(text: &str, span: &Range<usize>) -> Vec<W> {
    segment::words(&text[span.clone()])
        .iter()
        .map(|w| W {
            at: span.start + w.start..span.start + w.start + w.text.len(),
            text: w.text.to_string(),
            tag: w.tag.to_string(),
        })
        .collect()
}

fn en_words(text: &str, span: &Range<usize>) -> Vec<W> {
    let mut out = Vec::new();
    let mut start = None;
    let piece = &text[span.clone()];
    for (i, c) in piece.char_indices().chain(std::iter::once((piece.len(), ' '))) {
        let part = c.is_alphabetic() || c == '\'';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let capital = piece[s..].starts_with(char::is_uppercase);
                out.push(W {
                    at: span.start + s..span.start + i,
                    text: piece[s..i].to_lowercase(),
                    tag: if capital { "name" } else { "" }.to_string(),
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Words that negate by their meaning: no predicate to negate again.
const IMPLICIT: &[&str] = &[
    "fail", "lack", "refus", "deni", "deny", "avoid", "prevent", "stop", "ban", "失败", "缺", "拒绝", "否认", "避免",
    "防止", "禁止", "停止",
];

fn stems_of_zh(w: &str) -> Vec<String> {
    const GENERIC: &[&str] = &[
        "be", "have", "do", "make", "get", "take", "go", "come", "give", "put", "set", "use",
    ];
    lexicon::zh_stems(w)
        .into_iter()
        .filter(|s| s.len() >= 3 && !GENERIC.contains(&s.as_str()))
        .collect()
}

fn zh_negated(ws: &[W], k: usize) -> bool {
    (k.saturating_sub(2)..k).any(|j| ZH_NEG.contains(&ws[j].text.as_str()))
}

fn en_negated(ws: &[W], k: usize) -> bool {
    (k.saturating_sub(3)..k).any(|j| EN_NEG.contains(&ws[j].text.as_str()) || ws[j].text.ends_with("n't"))
}

/// The predicates both sides of a unit state: (zh verb index, en word index), by a shared
/// gloss stem; each verb once, its en word the first that shares one.
fn predicates(zw: &[W], ew: &[W]) -> Vec<(usize, usize)> {
    let en_stems: Vec<String> = ew.iter().map(|w| lexicon::stem(&w.text)).collect();
    let mut out = Vec::new();
    for (i, z) in zw.iter().enumerate() {
        if z.tag != "v" || z.text.chars().count() < 2 || IMPLICIT.iter().any(|n| z.text.contains(n)) {
            continue;
        }
        let zs = stems_of_zh(&z.text);
        // a verb, not a name, an adverb or a word that negates by its meaning (`failed`)
        let hits: Vec<usize> = (0..ew.len())
            .filter(|&j| {
                let w = &ew[j];
                w.text.len() >= 4
                    && zs.contains(&en_stems[j])
                    && w.tag.is_empty()
                    && !w.text.ends_with("ly")
                    && !IMPLICIT.iter().any(|n| w.text.starts_with(n))
            })
            .collect();
        // one en word carries it: two would leave which one is negated unclear
        if let [j] = hits[..] {
            out.push((i, j));
        }
    }
    out
}

/// Replace `at` in `text` by `new`: the new text and the new bytes' range.
fn splice(text: &str, at: &Range<usize>, new: &str) -> (String, Range<usize>) {
    (
        format!("{}{new}{}", &text[..at.start], &text[at.end..]),
        at.start..at.start + new.len(),
    )
}

/// Negate a predicate both sides state, or drop a negation both sides have, on one side.
fn negation(
    text: &str,
    zh: bool,
    words: &[W],
    k: usize,
    other_negated: bool,
    seq: &mut Seq,
) -> Option<(String, Range<usize>)> {
    let w = &words[k];
    let negated = if zh { zh_negated(words, k) } else { en_negated(words, k) };
    if negated != other_negated {
        return None;
    }
    if zh {
        if !negated {
            let cue = ZH_CUES[seq.next(ZH_CUES.len())];
            let (new, at) = splice(text, &(w.at.start..w.at.start), cue);
            // read back: the cue is a word of its own, the verb the next word
            let ws = zh_words(&new, &line_of(&new, &at));
            let ok = ws
                .windows(2)
                .any(|p| p[0].at == at && p[0].text == cue && p[1].text == w.text);
            return ok.then(|| (new.clone(), at.start..at.end + w.text.len()));
        }
        // drop the cue right before the verb
        let c = &words[k - 1];
        if !ZH_NEG.contains(&c.text.as_str()) || c.text == "无法" {
            return None;
        }
        let (new, at) = splice(text, &c.at, "");
        return Some((new, at.start..at.start + w.text.len()));
    }
    if !negated {
        // `was established` → `was not established`; `signed` → `never signed`
        let before = k.checked_sub(1).map(|j| &words[j]);
        if let Some(aux) = before.filter(|b| EN_AUX.contains(&b.text.as_str()) && b.at.end < w.at.start) {
            let (new, at) = splice(text, &(aux.at.end..aux.at.end), " not");
            return Some((new, at.start..at.end + 1 + w.text.len()));
        }
        if w.text.ends_with("ed") {
            let (new, at) = splice(text, &(w.at.start..w.at.start), "never ");
            return Some((new, at.start..at.end + w.text.len()));
        }
        return None;
    }
    // drop `not ` / `never ` right before the word (or before it and its auxiliary)
    let j = (k.saturating_sub(2)..k)
        .rev()
        .find(|&j| words[j].text == "not" || words[j].text == "never")?;
    let c = &words[j];
    let end = if text[c.at.end..].starts_with(' ') {
        c.at.end + 1
    } else {
        c.at.end
    };
    let start = if text[..c.at.start].ends_with(' ') && end == c.at.end {
        c.at.start - 1
    } else {
        c.at.start
    };
    let (new, at) = splice(text, &(start..end), "");
    Some((new, at.start..at.start + (w.at.end - end)))
}

/// The line of `text` that holds `at`.
fn line_of(text: &str, at: &Range<usize>) -> Range<usize> {
    let start = text[..at.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at.end..].find('\n').map_or(text.len(), |i| at.end + i);
    start..end
}

/// The event pack: (id, group, zh forms, en stems, antonyms, first en word forms).
struct Event {
    id: String,
    group: String,
    zh: Vec<String>,
    en: Vec<String>,
    antonyms: Vec<String>,
}

fn events() -> Vec<Event> {
    let v: toml::Value = toml::from_str(parallax::data::EVENTS).expect("events.toml");
    let strs = |x: &toml::Value, k: &str| -> Vec<String> {
        x.get(k)
            .and_then(|a| a.as_array())
            .map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect())
            .unwrap_or_default()
    };
    v["event"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| Event {
            id: e["id"].as_str().unwrap_or_default().to_string(),
            group: e["group"].as_str().unwrap_or_default().to_string(),
            zh: strs(e, "zh").into_iter().filter(|f| !f.contains('…')).collect(),
            en: strs(e, "en").into_iter().filter(|f| !f.contains(' ')).collect(),
            antonyms: strs(e, "antonyms"),
        })
        .collect()
}

/// The English word of `class` in the inflection of `like` (`increased` → `decreased`).
fn inflect(class: &Event, like: &str) -> Option<String> {
    const IRREGULAR: &[(&str, &str)] = &[
        ("win", "won"),
        ("lose", "lost"),
        ("rise", "rose"),
        ("fall", "fell"),
        ("grow", "grew"),
        ("die", "died"),
        ("shut", "shut"),
        ("beat", "beat"),
    ];
    let base = class
        .en
        .iter()
        .find(|f| f.len() >= 3 && !IRREGULAR.iter().any(|(_, p)| p == f))?;
    let past = like.ends_with("ed") || IRREGULAR.iter().any(|(_, p)| *p == like);
    Some(if past {
        IRREGULAR
            .iter()
            .find(|(b, _)| b == base)
            .map(|(_, p)| p.to_string())
            .unwrap_or_else(|| {
                if base.ends_with('e') {
                    format!("{base}d")
                } else {
                    format!("{base}ed")
                }
            })
    } else if like.ends_with("ing") {
        format!("{}ing", base.strip_suffix('e').unwrap_or(base))
    } else if like.ends_with('s') && !like.ends_with("ss") {
        format!("{base}s")
    } else {
        base.clone()
    })
}

/// The classes an event class may be swapped for: its antonyms first, then its group.
fn swaps<'a>(all: &'a [Event], c: &Event, seq: &mut Seq) -> Vec<&'a Event> {
    let mut out: Vec<&Event> = all.iter().filter(|d| c.antonyms.contains(&d.id)).collect();
    let mut sib: Vec<&Event> = all
        .iter()
        .filter(|d| d.group == c.group && d.id != c.id && !c.antonyms.contains(&d.id))
        .collect();
    if !sib.is_empty() {
        let r = seq.next(sib.len());
        sib.rotate_left(r);
    }
    // vary: antonyms first or siblings first
    if seq.next(2) == 0 {
        out.extend(sib);
    } else {
        sib.extend(out);
        out = sib;
    }
    out
}

fn zh_has(all: &Event, text: &str) -> bool {
    all.zh.iter().any(|f| text.contains(f.as_str()))
}

fn en_has(all: &Event, ws: &[W]) -> bool {
    let stems: Vec<String> = all.en.iter().map(|f| lexicon::stem(f)).collect();
    ws.iter()
        .any(|w| stems.contains(&lexicon::stem(&w.text)) || all.en.contains(&w.text))
}

/// Swap an act both sides state for another, on one side.
fn act(
    text: &str,
    zh: bool,
    span: &Range<usize>,
    other: (&str, &[W]),
    all: &[Event],
    seq: &mut Seq,
) -> Option<(String, Range<usize>, String)> {
    let piece = &text[span.clone()];
    let ws = if zh { zh_words(text, span) } else { en_words(text, span) };
    for c in all {
        // stated on both sides, once on this one
        let here = if zh {
            c.zh.iter().find(|f| piece.matches(f.as_str()).count() == 1).cloned()
        } else {
            ws.iter()
                .find(|w| {
                    w.tag.is_empty()
                        && w.text.len() >= 3
                        && c.en.iter().any(|f| lexicon::stem(f) == lexicon::stem(&w.text))
                })
                .map(|w| w.text.clone())
        };
        let Some(form) = here else { continue };
        let there = if zh { en_has(c, other.1) } else { zh_has(c, other.0) };
        if !there {
            continue;
        }
        for d in swaps(all, c, seq) {
            // the other side states the new act nowhere: a real difference
            if (zh && en_has(d, other.1)) || (!zh && zh_has(d, other.0)) {
                continue;
            }
            let (new, at) = if zh {
                let to = &d.zh[seq.next(d.zh.len())];
                let i = span.start + piece.find(form.as_str())?;
                splice(text, &(i..i + form.len()), to)
            } else {
                let w = ws.iter().find(|w| w.text == form)?;
                let mut to = inflect(d, &w.text)?;
                if text[w.at.clone()].starts_with(char::is_uppercase) {
                    to = to[..1].to_uppercase() + &to[1..];
                }
                splice(text, &w.at, &to)
            };
            // read back: the new form is whole words of the changed sentence
            let line = line_of(&new, &at);
            let read = if zh {
                zh_words(&new, &line)
            } else {
                en_words(&new, &line)
            };
            let whole = read.iter().any(|w| w.at.start == at.start) && read.iter().any(|w| w.at.end == at.end);
            if whole {
                let change = format!("{} {form} → {}", c.id, &new[at.clone()]);
                return Some((new, at, change));
            }
        }
    }
    None
}

/// Cases of every kind for one pair: up to `per_kind` each, alternating sides.
pub fn cases(pair: &Pair, per_kind: usize) -> Vec<ClaimCase> {
    let p = parsed(pair);
    let all = events();
    let mut seq = Seq(parallax::stable_hash(pair.name.as_bytes()) ^ 0x5eed);
    let sure: Vec<&Unit> = p
        .units
        .iter()
        .filter(|u| u.is_sure() && (u.parallel || u.lexical >= 0.4))
        .collect();
    let places = Places::of(pair, &p);
    let mut out = Vec::new();
    for kind in ClaimKind::ALL {
        let mut n = 0;
        let mut on_zh = seq.next(2) == 0;
        for u in &sure {
            if n == per_kind {
                break;
            }
            let (Some(zs), Some(es)) = (unit_span(&p.zd, &u.zh), unit_span(&p.ed, &u.en)) else {
                continue;
            };
            let (zw, ew) = (zh_words(&pair.zh.text, &zs), en_words(&pair.en.text, &es));
            let (text, span) = if on_zh {
                (&pair.zh.text, &zs)
            } else {
                (&pair.en.text, &es)
            };
            let found: Option<(String, Range<usize>, String)> = match kind {
                ClaimKind::Negation => predicates(&zw, &ew).into_iter().find_map(|(i, j)| {
                    let (words, k, other) = if on_zh {
                        (&zw, i, en_negated(&ew, j))
                    } else {
                        (&ew, j, zh_negated(&zw, i))
                    };
                    let (new, at) = negation(text, on_zh, words, k, other, &mut seq)?;
                    let change = format!("{} → {}", words[k].text, &new[at.clone()]);
                    Some((new, at, change))
                }),
                ClaimKind::Act => act(text, on_zh, span, (&pair.zh.text[zs.clone()], &ew), &all, &mut seq),
                ClaimKind::Entity => places.swap(pair, &p, u, on_zh, &zw, &ew, &mut seq),
            };
            if let Some((text, at, change)) = found {
                out.push(ClaimCase {
                    kind,
                    on_zh,
                    text,
                    at,
                    change: change.replace('\n', " "),
                });
                n += 1;
                on_zh = !on_zh;
            }
        }
    }
    out
}

/// The places and organisations an article names: zh words jieba tags `ns`/`nt` that the
/// lexicon glosses; en names (by the name reader) that are such a word's gloss.
struct Places {
    /// (zh word, tag, gloss)
    zh: Vec<(String, String, &'static str)>,
    /// (en name, tag of its zh word)
    en: Vec<(String, String)>,
}

fn sort_tag(tag: &str) -> bool {
    tag == "ns" || tag == "nt"
}

impl Places {
    fn of(pair: &Pair, p: &Parsed) -> Self {
        let mut zh: Vec<(String, String, &'static str)> = Vec::new();
        // a place is read as a name by the name reader too (not 三角洲, 大都)
        let zh_names: Vec<&str> =
            p.zf.iter()
                .filter(|f| f.kind == FactKind::Name)
                .map(|f| f.text.as_str())
                .collect();
        for w in segment::words(&pair.zh.text) {
            if sort_tag(w.tag)
                && w.text.chars().count() >= 2
                && zh_names.contains(&w.text)
                && !zh.iter().any(|(t, _, _)| t == w.text)
            {
                // (not a person jieba tags as a place, 奥巴马 `barack obama democrat politician
                // president`: glossed by what they did, as the lexicon's table of places reads it)
                if let Some(g) = lexicon::english(w.text).filter(|g| Sort::of(w.tag, g).is_some()) {
                    zh.push((w.text.to_string(), w.tag.to_string(), g));
                }
            }
        }
        // a proper name: the English article names it too (not 城市 `city`, 英里 `mile`)
        let en_names: Vec<String> =
            p.ef.iter()
                .filter(|f| f.kind == FactKind::Name)
                .map(|f| f.text.to_lowercase())
                .collect();
        zh.retain(|(_, _, g)| en_names.iter().any(|n| *g == n || g.starts_with(&format!("{n} "))));
        let mut en: Vec<(String, String)> = Vec::new();
        for f in p.ef.iter().filter(|f| f.kind == FactKind::Name) {
            let lower = f.text.to_lowercase();
            // a people or a language (`German`, `Chinese`) is no place
            let demonym = ["ese", "ish", "ian", "ic", "man"].iter().any(|x| lower.ends_with(x));
            if demonym || en.iter().any(|(t, _)| *t == f.text) || f.text.contains(' ') && f.text.len() > 24 {
                continue;
            }
            // the en name is the start of a zh place's gloss, whole words
            if let Some((_, tag, _)) = zh
                .iter()
                .find(|(_, _, g)| *g == lower || g.starts_with(&format!("{lower} ")))
            {
                en.push((f.text.clone(), tag.clone()));
            }
        }
        Places { zh, en }
    }

    /// Swap a place both sides of the unit name for another of its sort the article names.
    #[allow(clippy::too_many_arguments)]
    fn swap(
        &self,
        pair: &Pair,
        p: &Parsed,
        u: &Unit,
        on_zh: bool,
        zw: &[W],
        ew: &[W],
        seq: &mut Seq,
    ) -> Option<(String, Range<usize>, String)> {
        let en_text: Vec<&str> = ew.iter().map(|w| w.text.as_str()).collect();
        let in_en = |g: &str| {
            g.split(' ')
                .filter(|x| x.len() >= 4)
                .any(|x| en_text.iter().any(|w| w.starts_with(x)))
        };
        let zh_unit: String = zw.iter().map(|w| w.text.as_str()).collect();
        if on_zh {
            // a whole name (not 伊斯兰 of 伊斯兰主义)
            let whole = |w: &W| p.zf.iter().any(|f| f.kind == FactKind::Name && f.span == w.at);
            for w in zw.iter().filter(|w| sort_tag(&w.tag) && whole(w)) {
                let Some((_, _, g)) = self.zh.iter().find(|(t, _, _)| *t == w.text) else {
                    continue;
                };
                if !in_en(g) {
                    continue;
                }
                let others: Vec<&(String, String, &str)> = self
                    .zh
                    .iter()
                    .filter(|(t, tag, g2)| {
                        *tag == w.tag
                            && !zh_unit.contains(t.as_str())
                            && !in_en(g2)
                            && t.chars().next() != w.text.chars().next()
                    })
                    .collect();
                if others.is_empty() {
                    continue;
                }
                let (to, _, _) = others[seq.next(others.len())];
                let (new, at) = splice(&pair.zh.text, &w.at, to);
                if reads_as_name(&pair.zh.name, &new, &at) {
                    return Some((new, at, format!("{} → {to}", w.text)));
                }
            }
            return None;
        }
        let facts: Vec<&parallax::facts::Fact> =
            p.ef.iter()
                .filter(|f| f.kind == FactKind::Name && u.en.contains(&f.sentence))
                .collect();
        for f in facts {
            let Some((_, tag)) = self.en.iter().find(|(t, _)| *t == f.text) else {
                continue;
            };
            // part of a longer name: `Edict of Nantes`, `Treaty on European Union`
            let before = pair.en.text[..f.span.start].trim_end();
            let part = ["of", "on"].iter().any(|p| {
                before.strip_suffix(p).is_some_and(|b| {
                    b.ends_with(' ')
                        && b.trim_end()
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.starts_with(char::is_uppercase))
                })
            });
            if part {
                continue;
            }
            // the zh side names it too
            let lower = f.text.to_lowercase();
            let named = self
                .zh
                .iter()
                .any(|(t, _, g)| (*g == lower || g.starts_with(&format!("{lower} "))) && zh_unit.contains(t.as_str()));
            if !named {
                continue;
            }
            let others: Vec<&(String, String)> = self
                .en
                .iter()
                .filter(|(t, tag2)| {
                    tag2 == tag
                        && *t != f.text
                        && !self.zh.iter().any(|(z, _, g)| {
                            let l = t.to_lowercase();
                            (*g == l || g.starts_with(&format!("{l} "))) && zh_unit.contains(z.as_str())
                        })
                        && !ew.iter().any(|w| t.to_lowercase().split(' ').any(|x| x == w.text))
                })
                .collect();
            if others.is_empty() {
                continue;
            }
            let (to, _) = others[seq.next(others.len())];
            let (new, at) = splice(&pair.en.text, &f.span, to);
            if reads_as_name(&pair.en.name, &new, &at) {
                return Some((new, at, format!("{} → {to}", f.text)));
            }
        }
        None
    }
}

/// Does the name reader read a name covering `at` in the changed text?
fn reads_as_name(name: &str, text: &str, at: &Range<usize>) -> bool {
    let f = file(name, text.to_string());
    let doc = parse(&f, None);
    extract(&doc, &f.text)
        .iter()
        .any(|g| g.kind == FactKind::Name && g.span.start <= at.start && at.end <= g.span.end)
}

/// Is the change reported by its kind's rule, on the changed bytes of the changed side?
pub fn caught(pair: &Pair, case: &ClaimCase) -> bool {
    super::reported(pair, case.on_zh, &case.text, &case.at, &[case.kind.rule()])
}

/// Recall per kind and the clean flag rate.
#[derive(Default)]
pub struct ClaimTally {
    pub counts: BTreeMap<ClaimKind, (usize, usize)>,
    pub missed: Vec<String>,
    /// Corresponding (sure) sentence pairs of the clean pairs, and how many a claim rule flags.
    pub units: usize,
    pub flagged: usize,
    pub clean: Vec<String>,
}

impl ClaimTally {
    pub fn rate(&self, kind: ClaimKind) -> f64 {
        let (c, t) = self.counts.get(&kind).copied().unwrap_or((0, 0));
        c as f64 / t.max(1) as f64
    }

    pub fn tried(&self, kind: ClaimKind) -> usize {
        self.counts.get(&kind).map_or(0, |c| c.1)
    }

    pub fn clean_rate(&self) -> f64 {
        self.flagged as f64 / self.units.max(1) as f64
    }

    pub fn table(&self, corpus: &str) -> String {
        let mut s = String::new();
        for k in ClaimKind::ALL {
            let (c, t) = self.counts.get(&k).copied().unwrap_or((0, 0));
            s.push_str(&format!(
                "{corpus:10} {:12} {c:4} of {t:4}  {:5.1} %\n",
                k.name(),
                100.0 * self.rate(k)
            ));
        }
        s.push_str(&format!(
            "{corpus:10} {:12} {:4} of {:4}  {:5.1} % of corresponding sentence pairs flagged on clean text\n",
            "clean",
            self.flagged,
            self.units,
            100.0 * self.clean_rate()
        ));
        s
    }
}

/// Mutate up to `per_kind` claims of each kind in each pair, count what is reported, and
/// count the corresponding sentence pairs the three rules flag on the clean pairs.
pub fn measure(pairs: &[Pair], per_kind: usize) -> ClaimTally {
    let mut t = ClaimTally::default();
    for pair in pairs {
        let p = parsed(pair);
        let spans: Vec<Range<usize>> = p
            .units
            .iter()
            .filter(|u| u.is_sure())
            .filter_map(|u| unit_span(&p.zd, &u.zh))
            .collect();
        t.units += spans.len();
        let diags = check(&pair.zh, &pair.en, &RULES);
        let mut hit = vec![false; spans.len()];
        for d in &diags {
            if let Some(k) = spans
                .iter()
                .position(|s| d.file == 0 && s.start <= d.span.start && d.span.start < s.end)
            {
                hit[k] = true;
            }
            t.clean.push(format!("{}: [{}] {}", pair.name, d.rule, d.message));
        }
        t.flagged += hit.iter().filter(|h| **h).count();
        for case in cases(pair, per_kind) {
            let ok = caught(pair, &case);
            let e = t.counts.entry(case.kind).or_default();
            e.1 += 1;
            if ok {
                e.0 += 1;
            } else {
                let line: String = case.text[line_of(&case.text, &case.at)].chars().take(300).collect();
                t.missed.push(format!(
                    "{} ({}, {}): {}\n    in: {line}",
                    pair.name,
                    if case.on_zh { "zh" } else { "en" },
                    case.kind.name(),
                    case.change
                ));
            }
        }
    }
    t
}
