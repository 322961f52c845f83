//! A Chinese name paired in its sentence only by a loose rendering, where the article renders
//! it closely elsewhere as another English name: 马丁·瓦尔凯尔 against `Wall` (by 瓦尔), while
//! the English article names `Martin Walkyier`. In sentences that run in parallel, the Chinese
//! names another person or place of the article there ([`find`]).
//!
//! The loose pairing hides the swap from [`super::swapped`], which looks only at names left
//! without a counterpart. Where the English name the Chinese one pairs with is the counterpart
//! of another Chinese name of the unit that renders it better (布莱恩·戴维斯 pairs with `David
//! Wilkie` by 戴维斯 and `David`, and 大卫·威尔基 of the unit renders it), the Chinese name is
//! left over for [`super::swapped`] instead ([`left_over`]).

use super::{swapped, Finding, UnitNames};
use crate::align::entities::Entities;
use crate::align::Unit;
use crate::facts::translit::name_similarity;
use crate::facts::Fact;
use crate::rules::PairContext;

/// The English name of the article, not of the unit, that Chinese name `z` renders closely
/// ([`Entities::en_of`]), when it renders it better than `e`, the English name of the unit it
/// pairs with (not as well: 罗马 renders `Roman Emperor Hadrian` and `Segedunum Roman` alike),
/// the two English names are two names ([`swapped::two_english_names`]), `e` does not resolve
/// back to `z` (`y`, the Chinese name `e` resolves to), and no sentences that translate each
/// other link `z` to `e` ([`Entities::en_entity`]).
fn elsewhere<'a>(
    entities: &Entities<'a>,
    names: &UnitNames,
    ef: &[Fact],
    z: &Fact,
    e: &Fact,
    y: Option<&Fact>,
) -> Option<&'a Fact> {
    let x = entities.en_of(z)?;
    if names.en.iter().any(|&o| ef[o].text == x.text) || entities.en_entity(z).is_some_and(|l| l.text == e.text) {
        return None;
    }
    let apart = y.is_none_or(|y| y.text != z.text)
        && swapped::two_english_names(x, e, y.is_some())
        && name_similarity(&z.text, &x.text) > name_similarity(&z.text, &e.text);
    apart.then_some(x)
}

/// Whether another Chinese name of the unit than `zi` pairs with `e` and renders it better
/// than `zi` does, or is `y`, the name `e` resolves to.
fn claimed(names: &UnitNames, zf: &[Fact], zi: usize, e: &Fact, y: Option<&Fact>) -> bool {
    let loose = name_similarity(&zf[zi].text, &e.text);
    names.zh.iter().any(|&o| {
        o != zi
            && Entities::same(&zf[o], e)
            && (y.is_some_and(|y| y.text == zf[o].text) || name_similarity(&zf[o].text, &e.text) > loose)
    })
}

/// The one English name of the unit that Chinese name `zi` pairs with ([`Entities::same`]),
/// if it pairs with exactly one.
fn only_partner(names: &UnitNames, zf: &[Fact], ef: &[Fact], zi: usize) -> Option<usize> {
    let mut partners = names.en.iter().copied().filter(|&e| Entities::same(&zf[zi], &ef[e]));
    match (partners.next(), partners.next()) {
        (Some(e), None) => Some(e),
        _ => None,
    }
}

/// Whether Chinese name `zi` of a unit in parallel is left over though it pairs with an
/// English name of the unit: its one partner is claimed by another Chinese name of the unit
/// ([`claimed`]) and it renders another English name of the article better ([`elsewhere`]).
/// The swap rule then takes it for a name left over (马里奥·爱迪生 against `Bennie Fowler`).
pub(super) fn left_over(entities: &Entities, names: &UnitNames, zf: &[Fact], ef: &[Fact], zi: usize) -> bool {
    only_partner(names, zf, ef, zi).is_some_and(|ei| {
        let (z, e) = (&zf[zi], &ef[ei]);
        let y = entities.zh_entity(e);
        elsewhere(entities, names, ef, z, e, y).is_some() && claimed(names, zf, zi, e, y)
    })
}

/// The finding of a unit whose sentences run in parallel where a Chinese name pairs with one
/// English name of the unit only, no other Chinese name of the unit claims it ([`claimed`]),
/// and the Chinese name renders another English name of the article better ([`elsewhere`]).
/// Nothing is looked for where the unit has a finding.
pub(super) fn find(
    cx: &PairContext,
    entities: &Entities,
    unit: &Unit,
    names: &UnitNames,
    found: &[Finding],
) -> Option<Finding> {
    if !unit.parallel || !found.is_empty() {
        return None;
    }
    let (zf, ef) = (&cx.zh.facts, &cx.en.facts);
    names.zh.iter().find_map(|&zi| {
        let z = &zf[zi];
        let ei = only_partner(names, zf, ef, zi)?;
        let e = &ef[ei];
        let y = entities.zh_entity(e);
        let x = elsewhere(entities, names, ef, z, e, y)?;
        if claimed(names, zf, zi, e, y) {
            return None;
        }
        Some(Finding {
            zh: zi,
            en: ei,
            on_en: false,
            message: format!(
                "the Chinese names `{}` where the English names `{}`: two names of the article (the article renders the first as `{}`)",
                z.text, e.text, x.text
            ),
            label: format!("Chinese: {}", z.text),
        })
    })
}
