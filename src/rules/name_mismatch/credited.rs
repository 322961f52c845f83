//! Another person credited: the Chinese sentence names one person, whom the English sentence
//! names too, but every date and number the two sentences share stands, in the English, in a
//! clause that names another person, whom the Chinese sentence does not name (在1609年与1619年
//! 期间，牛顿发表了行星运动定律 against `the laws … determined by Johannes Kepler between 1609
//! and 1619, … and Isaac Newton's discovery of …`). The facts say which deed the Chinese
//! sentence tells; the English gives that deed to someone else.

use super::cut::{name_words, EnWords};
use super::{Finding, UnitNames};
use crate::align::entities::{people_word, Entities};
use crate::align::AnchorKind;
use crate::align::Unit;
use crate::facts::Fact;
use crate::rules::PairContext;

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
    // (two names are one where the alignment paired them, or where they render each other)
    let paired = |zi: usize, e: usize| {
        Entities::same(&zf[zi], &ef[e])
            || unit.anchors.iter().any(|a| {
                a.kind == AnchorKind::Name
                    && a.zh.is_some_and(|i| zf[i].text == zf[zi].text)
                    && a.en.is_some_and(|i| ef[i].text == ef[e].text)
            })
    };
    let named = |e: usize| names.zh.iter().any(|&zi| paired(zi, e));
    // the English mentions of that person, and of the people the Chinese leaves unnamed
    let same: Vec<usize> = names.en_all.iter().copied().filter(|&e| paired(z, e)).collect();
    let unnamed: Vec<usize> = names
        .en_all
        .iter()
        .copied()
        .filter(|&e| en_person(words, &ef[e]) && person_elsewhere(entities, &ef[e]) && !named(e))
        .collect();
    if same.is_empty() || unnamed.is_empty() {
        return None;
    }
    // the dates and numbers both sentences state, the Chinese one in the person's sentence
    let shared: Vec<usize> = unit
        .anchors
        .iter()
        .filter(|a| matches!(a.kind, AnchorKind::Date | AnchorKind::Number))
        .filter(|a| a.zh.is_some_and(|i| zf[i].sentence == zf[z].sentence))
        .filter_map(|a| a.en)
        .collect();
    if shared.is_empty() {
        return None;
    }
    // each in a clause that names one unnamed person, the same one, and not the Chinese one
    let mut credited: Option<usize> = None;
    for &f in &shared {
        let clause = clause_of(cx, &ef[f])?;
        let inside = |e: &usize| clause.start <= ef[*e].span.start && ef[*e].span.end <= clause.end;
        if same.iter().any(inside) {
            return None;
        }
        // (the person named before the fact: `determined by Johannes Kepler between 1609 and
        // 1619`; not `originated in the 1890s with doctors including Josef Breuer, …`, the
        // first of a list that goes on)
        let mut others = unnamed
            .iter()
            .copied()
            .filter(inside)
            .filter(|&e| ef[e].span.end <= ef[f].span.start);
        let (Some(o), None) = (others.next(), others.next()) else {
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
        label: "another person of the English sentence".to_string(),
    })
}

/// The clause of the English sentence that holds `f`: from the punctuation before it to the
/// punctuation after it (a comma and a space, a semicolon, a colon, a bracket, a dash),
/// inside its sentence. A comma inside a number (`1,200`) is none.
fn clause_of(cx: &PairContext, f: &Fact) -> Option<std::ops::Range<usize>> {
    let sentence = cx.en.doc.sentences.get(f.sentence)?;
    let bounds = cx.en.doc.sentence_source(sentence);
    let text = cx.en.source.text.get(bounds.clone())?;
    let (at, end) = (
        f.span.start.checked_sub(bounds.start)?,
        f.span.end.checked_sub(bounds.start)?,
    );
    let breaks = |i: usize| {
        let rest = &text[i..];
        rest.starts_with([';', '(', ')', ':', '—']) || rest.starts_with(", ") || rest.starts_with(" – ")
    };
    let before = text.get(..at)?;
    let start = before
        .char_indices()
        .rev()
        .find(|&(i, _)| breaks(i))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let after = text.get(end..)?;
    let stop = after
        .char_indices()
        .find(|&(i, _)| breaks(end + i))
        .map_or(text.len(), |(i, _)| end + i);
    Some(bounds.start + start..bounds.start + stop)
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

/// An English name that may be a person's: two words or more, none of which the article
/// writes in lower case (not `Solar System`), and no place the lexicon knows nor a people
/// (`Johannes Kepler`).
fn en_person(words: &EnWords, e: &Fact) -> bool {
    let tokens = name_words(&e.text);
    tokens.len() >= 2
        && !tokens.iter().any(|t| words.common(t))
        && !super::swapped::en_place(&e.text)
        && !people_word(&e.text)
}
