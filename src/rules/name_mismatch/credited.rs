//! Another person credited. Where nothing else is found in a sure unit: the Chinese unit names
//! one person (a name written in parts, or one the segmenter takes for a person's), whom the
//! English names too; the dates and numbers the two share (the Chinese one in that person's
//! sentence) each stand, in the English, in a clause that names before them one other person,
//! the same for every fact, whom the Chinese unit does not name, and does not name the
//! Chinese person (在1609年与1619年期间，牛顿发表了行星运动定律 against `the laws … determined by
//! Johannes Kepler between 1609 and 1619, … and Isaac Newton's discovery of …`). The facts
//! say which deed the Chinese sentence tells; the English gives that deed to someone else.
//! The other person's name must be known for a person's: two words or more that the article
//! never writes in lower case, no place the lexicon knows, and its first word a given name or
//! the name resolving elsewhere in the Chinese to a person's. Clauses are read in the prose
//! (markup left out) and end where a fact's role stops being looked for (commas but a
//! thousands separator, semicolons, brackets: `facts::role`).

use super::cut::{name_words, EnWords};
use super::{Finding, UnitNames};
use crate::align::entities::Entities;
use crate::align::AnchorKind;
use crate::align::Unit;
use crate::facts::Fact;
use crate::rules::PairContext;
use std::ops::Range;

/// The finding of a unit, if any ([`crate::rules::name_mismatch`] calls it for a sure unit
/// where nothing else was found).
pub(super) fn find(
    cx: &PairContext,
    words: &EnWords,
    entities: &Entities,
    unit: &Unit,
    names: &UnitNames,
) -> Option<Finding> {
    let (zf, ef) = (&cx.zh.facts, &cx.en.facts);
    // the one person the Chinese names
    let mut persons = names.zh.iter().copied().filter(|&z| zh_person(&zf[z]));
    let (Some(z), None) = (persons.next(), persons.next()) else {
        return None;
    };
    // the dates and numbers both sentences state, the Chinese one in the person's sentence
    // (each English fact once)
    let mut shared: Vec<usize> = unit
        .anchors
        .iter()
        .filter(|a| matches!(a.kind, AnchorKind::Date | AnchorKind::Number))
        .filter(|a| a.zh.is_some_and(|i| zf[i].sentence == zf[z].sentence))
        .filter_map(|a| a.en)
        .collect();
    shared.sort_unstable();
    shared.dedup();
    if shared.is_empty() {
        return None;
    }
    // (two names are one where the alignment paired them, or where they render each other)
    let linked: Vec<(&str, &str)> = unit
        .anchors
        .iter()
        .filter(|a| a.kind == AnchorKind::Name)
        .filter_map(|a| Some((zf[a.zh?].text.as_str(), ef[a.en?].text.as_str())))
        .collect();
    let paired = |zi: usize, e: usize| {
        linked.contains(&(zf[zi].text.as_str(), ef[e].text.as_str())) || Entities::same(&zf[zi], &ef[e])
    };
    let named = |e: usize| names.zh.iter().any(|&zi| paired(zi, e));
    // the English mentions of that person, and of the people the Chinese leaves unnamed
    let same: Vec<usize> = names.en_all.iter().copied().filter(|&e| paired(z, e)).collect();
    if same.is_empty() {
        return None;
    }
    // (each mention with its place in the prose: a mention read outside it is in no clause)
    let same: Vec<Range<usize>> = same.iter().filter_map(|&e| prose_span(cx, &ef[e])).collect();
    let unnamed: Vec<(usize, Range<usize>)> = names
        .en_all
        .iter()
        .copied()
        .filter(|&e| en_person(words, &ef[e]) && person_elsewhere(entities, &ef[e]) && !named(e))
        .filter_map(|e| Some((e, prose_span(cx, &ef[e])?)))
        .collect();
    // each fact in a clause that names one unnamed person, the same one, and not the Chinese one
    let mut credited: Option<usize> = None;
    for &f in &shared {
        let fact = prose_span(cx, &ef[f])?;
        let clause = clause_of(cx, &ef[f], &fact)?;
        let inside = |m: &Range<usize>| clause.start <= m.start && m.end <= clause.end;
        if same.iter().any(inside) {
            return None;
        }
        // (the person named before the fact: `determined by Johannes Kepler between 1609 and
        // 1619`; not `originated in the 1890s with doctors including Josef Breuer, …`, the
        // first of a list that goes on; one person however often named)
        let mut others: Vec<usize> = unnamed
            .iter()
            .filter(|(_, m)| inside(m) && m.end <= fact.start)
            .map(|&(e, _)| e)
            .collect();
        others.dedup_by(|a, b| ef[*a].text == ef[*b].text);
        let [o] = others[..] else {
            return None;
        };
        match credited {
            Some(c) if ef[c].text != ef[o].text => return None,
            Some(_) => {}
            None => credited = Some(o),
        }
    }
    let e = credited?;
    let facts: Vec<String> = shared.iter().map(|&f| format!("`{}`", ef[f].text)).collect();
    Some(Finding {
        zh: z,
        en: e,
        on_en: false,
        message: format!(
            "the Chinese names `{}` where the English gives the same deed ({}) to `{}`",
            zf[z].text,
            facts.join(", "),
            ef[e].text
        ),
        label: format!("the English gives this to `{}`", ef[e].text),
    })
}

/// The clause of the English sentence that holds `f` (at `at` in the prose, [`prose_span`]),
/// as prose offsets: its clauses end where a fact's role stops being looked for
/// ([`crate::facts::role::is_boundary`]: commas but a thousands separator, semicolons,
/// brackets).
fn clause_of(cx: &PairContext, f: &Fact, at: &Range<usize>) -> Option<Range<usize>> {
    let sentence = cx.en.doc.sentences.get(f.sentence)?;
    let text = cx.en.doc.prose.text.get(sentence.prose.clone())?;
    let (at, to) = (at.start - sentence.prose.start, at.end - sentence.prose.start);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let only: Vec<char> = chars.iter().map(|&(_, c)| c).collect();
    let (first, last) = (
        chars.partition_point(|&(i, _)| i < at),
        chars.partition_point(|&(i, _)| i < to),
    );
    let lo = (0..first)
        .rev()
        .find(|&i| crate::facts::role::is_boundary(&only, i, false))
        .map_or(0, |i| chars[i].0 + chars[i].1.len_utf8());
    let hi = (last..only.len())
        .find(|&i| crate::facts::role::is_boundary(&only, i, false))
        .map_or(text.len(), |i| chars[i].0);
    Some(sentence.prose.start + lo..sentence.prose.start + hi)
}

/// The prose offsets of an English fact (a name, a date, a number), if it was read from its
/// sentence's prose (markup left out).
fn prose_span(cx: &PairContext, e: &Fact) -> Option<Range<usize>> {
    let sentence = cx.en.doc.sentences.get(e.sentence)?;
    let prose = &cx.en.doc.prose;
    Some(prose.to_prose(sentence.prose.clone(), e.span.start)?..prose.to_prose(sentence.prose.clone(), e.span.end)?)
}

/// A Chinese name that is a person's: written in parts (艾萨克·牛顿) or taken by the segmenter
/// for a person's name (牛顿), and no place the lexicon knows.
fn zh_person(z: &Fact) -> bool {
    let parts = crate::facts::name_match::zh_parts(&z.text).len();
    (parts >= 2 || super::cut::persons_name(&z.text)) && !super::swapped::place(z)
}

/// Whether an English name is known for a person's: its first word a given name (`Fred
/// Halliday`), or the name resolves elsewhere in the Chinese article to a person's name
/// (`Johannes Kepler` to 开普勒).
fn person_elsewhere(entities: &Entities, e: &Fact) -> bool {
    let first = name_words(&e.text).first().copied().unwrap_or("");
    crate::lang::given_names::is_given_name(first) || entities.zh_entity(e).is_some_and(zh_person)
}

/// An English name that may be a person's (`Johannes Kepler`): two words or more, none of
/// which the article writes in lower case (not `Solar System`), and no place the lexicon
/// knows.
fn en_person(words: &EnWords, e: &Fact) -> bool {
    let tokens = name_words(&e.text);
    tokens.len() >= 2 && !tokens.iter().any(|t| words.common(t)) && !super::swapped::en_place(&e.text)
}
