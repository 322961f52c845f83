//! Swapped names: in corresponding sentences, a name on each side left without a counterpart,
//! each resolving elsewhere in the article to an entity the other is not (the Chinese names
//! another person or place of the article where the English names this one, or the other way
//! round).

use super::{Finding, UnitNames};
use crate::align::entities::{entity_key, Entities};
use crate::align::Unit;
use crate::facts::Fact;
use crate::rules::PairContext;

/// Whether the lexicon knows a Chinese name as a word (a country, a city, a people), rather
/// than as a transliteration it has never seen.
fn in_lexicon(z: &Fact) -> bool {
    crate::lang::lexicon::english(&crate::lang::script::fold_to_simplified(&z.text).text).is_some()
}

/// Whether an English name reads as a people or a language (`American`, `Kenyan`): the
/// adjective of a place the Chinese names as the place (美国), not a name.
fn people(en: &str) -> bool {
    !en.contains(' ') && crate::align::entities::people_place(&en.to_lowercase()).is_some()
}

/// The share of words two sentences written independently must translate for a name left
/// over on each side to be taken for one slot.
const WORDS_FOR_SWAPS: f64 = 0.4;

/// The swap in `unit`, if there is one: the one name on each side that has no counterpart in
/// the unit and resolves elsewhere in the article to another entity. Names already reported
/// (`found`) are left out.
pub(super) fn find(
    cx: &PairContext,
    entities: &Entities,
    unit: &Unit,
    names: &UnitNames,
    found: &[Finding],
) -> Option<Finding> {
    if !unit.parallel && unit.lexical < WORDS_FOR_SWAPS {
        return None;
    }
    let (zf, ef) = (&cx.zh.facts, &cx.en.facts);
    // an abbreviation (`BC`, `US`) is no name to resolve
    let abbreviation = |e: usize| ef[e].text.chars().filter(|c| c.is_alphabetic()).count() <= 3;
    let zl: Vec<usize> = names
        .zh
        .iter()
        .copied()
        .filter(|&z| !found.iter().any(|f| f.zh == z) && !names.en.iter().any(|&e| Entities::same(&zf[z], &ef[e])))
        .collect();
    let el: Vec<usize> = names
        .en
        .iter()
        .copied()
        .filter(|&e| !found.iter().any(|f| f.en == e) && !names.zh.iter().any(|&z| Entities::same(&zf[z], &ef[e])))
        .collect();
    // the leftovers that resolve elsewhere in the article to an entity of the other side
    // that this unit does not name
    let zs: Vec<(usize, &Fact)> = zl
        .iter()
        .filter_map(|&z| Some((z, entities.en_of(&zf[z])?)))
        .filter(|(_, x)| !names.en.iter().any(|&e| ef[e].text == x.text))
        .collect();
    let es: Vec<(usize, &Fact)> = el
        .iter()
        .filter(|&&e| !abbreviation(e))
        .filter_map(|&e| Some((e, entities.zh_of(&ef[e])?)))
        .filter(|(_, y)| !names.zh.iter().any(|&z| zf[z].text == y.text))
        .collect();
    // The one such name on each side: a slot. In texts written independently, only when no
    // other name is left over either (looser readings were measured to report mostly two
    // different things a sentence mentions on each side). In a translation, other leftovers
    // (a name read only on one side) may stand beside it, but the two names must be of one
    // sort: both in the lexicon (countries, cities: 英格兰, 伦敦) or both transliterated
    // (people: 福克斯, 诺布尔); a country where the other names a person is two different
    // things the sentences say (measured on the clean xquad: 6 of 6 such findings).
    //
    // In a translation, a name left alone on each side of which only one resolves elsewhere
    // is a slot too: the other may be a name its article never repeats (齐贝吉 where the
    // English, changed, says `Kilifi`, the Chinese article's 基利菲).
    let (zi, ei, x, y) = match (&zs[..], &es[..]) {
        ([(zi, x)], [(ei, y)]) => (*zi, *ei, Some(*x), Some(*y)),
        _ if unit.parallel
            && zl.len() == 1
            && el.len() == 1
            && zs.len() + es.len() == 1
            && !abbreviation(el[0])
            && !people(&ef[el[0]].text) =>
        {
            (zl[0], el[0], zs.first().map(|p| p.1), es.first().map(|p| p.1))
        }
        _ => return None,
    };
    if !unit.parallel && (zl.len() > 1 || el.len() > 1) {
        return None;
    }
    let (z, e) = (&zf[zi], &ef[ei]);
    // the English name's sort: its Chinese name's, or whether the lexicon knows it as a place
    let en_in_lexicon = y.map_or_else(
        || !crate::align::entities::zh_places(&e.text.to_lowercase()).is_empty(),
        in_lexicon,
    );
    if unit.parallel && in_lexicon(z) != en_in_lexicon {
        return None;
    }
    // (a name that holds the other's surname is one name read too long: 库克安排 → 库克安)
    let distinct = x
        .is_none_or(|x| entity_key(x) != entity_key(e) && !x.text.contains(&e.text) && !e.text.contains(&x.text))
        && y.is_none_or(|y| !z.text.contains(&entity_key(y)) && !y.text.contains(&entity_key(z)));
    let elsewhere = match (x, y) {
        (Some(x), Some(y)) => format!(
            "the English calls the first `{}`, the Chinese calls the second `{}`",
            x.text, y.text
        ),
        (Some(x), None) => format!("the English calls the first `{}` elsewhere", x.text),
        (None, Some(y)) => format!("the Chinese calls the second `{}` elsewhere", y.text),
        (None, None) => return None,
    };
    distinct.then(|| Finding {
        zh: zi,
        en: ei,
        on_en: false,
        message: format!(
            "the Chinese names `{}` where the English names `{}`: two names of the article ({elsewhere})",
            z.text, e.text
        ),
        label: format!("Chinese: {}", z.text),
    })
}
