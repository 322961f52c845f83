//! A person or a place only one side of a sentence pair names, where the other side names
//! another: `Mohandas Harvey Wheeler pleaded guilty` against 莫罕达斯·甘地 承认有罪, where the
//! Chinese article calls Wheeler 哈维·惠勒 elsewhere ([`find`]).
//!
//! [`super::swapped`] looks for names left over on each side that stand for each other.
//! Here the other side has no name left over: the name it gives at that place pairs with a
//! name of this side (`Mohandas` with 莫罕达斯·甘地), so no slot is found. Only in sentences
//! that translate each other, whose texts run in parallel (in articles written independently,
//! one side names what the other leaves out far too often):
//! - the one name left over on this side resolves elsewhere in the article to a name of the
//!   other side, and the other side has no name left over;
//! - a person: the name resolved to is a person's whole name
//!   ([`super::swapped::zh_whole_person`], [`super::swapped::en_whole_person`]), the leftover
//!   is no place, and the name standing nearest the leftover's place among the other side's
//!   names is a person's (a whole name, or one that pairs with a whole name: `Gandhi` with
//!   莫罕达斯·甘地);
//! - or a place: the leftover, the name it resolves to and the other side's name nearest its
//!   place are all places, and the words around the two names translate two words or more
//!   (奥巴马访问蒙巴萨 against `Obama visited Kenya`).
//!
//! A translation names the country the other side calls `the country`, or whose people it
//! names (法国共和党人 for `Republicans`), on the clean xquad pairs; the words around the two
//! names tell those apart. An organisation is not reported (`Commission` for 委员会).

use super::swapped::{en_context, en_place, en_whole_person, nearest, place, zh_context, zh_whole_person};
use super::{Finding, UnitNames};
use crate::align::entities::Entities;
use crate::facts::Fact;
use crate::rules::PairContext;

/// How many words around the two names must translate each other for a place one side alone
/// names: without it, on the clean xquad, 肯尼亚 where the English says `the nation`, and 法国 of
/// 法国共和党人 for `Republicans`, beside `Germany`. Measured with the mutation benchmark: xquad
/// name 457 → 458 of 543 (`-- 20`); the clean output of every corpus unchanged.
const WORDS_AROUND_A_PLACE: usize = 2;

/// The finding of a unit whose sentences run in parallel, given each side's names left over
/// (`zl`, `el`) and the names the leftovers (and the extra mentions of names said more often,
/// [`super::swapped`]'s repeats) resolve to elsewhere in the article (`zs`, `es`); `found`, the
/// unit's findings so far, whose names are not reported again.
pub(super) fn find<'f>(
    cx: &PairContext,
    names: &UnitNames,
    (zl, zs): (&[usize], &[(usize, &'f Fact)]),
    (el, es): (&[usize], &[(usize, &'f Fact)]),
    found: &[Finding],
) -> Option<Finding> {
    let (zf, ef) = (cx.zh.facts, cx.en.facts);
    // (a person's name of the unit: a whole name, or a name that pairs with one on the other
    // side: `Gandhi` with 莫罕达斯·甘地)
    let zh_someone = |z: usize| {
        zh_whole_person(&zf[z])
            || names
                .en
                .iter()
                .any(|&e| Entities::same(&zf[z], &ef[e]) && en_whole_person(&ef[e]))
    };
    let en_someone = |e: usize| {
        en_whole_person(&ef[e])
            || names
                .zh
                .iter()
                .any(|&z| Entities::same(&zf[z], &ef[e]) && zh_whole_person(&zf[z]))
    };
    let words_shared = |z: usize, e: usize| zh_context(cx, &zf[z]).intersection(&en_context(cx, &ef[e])).count();
    let resolved = |left: usize, to: &[(usize, &'f Fact)]| to.iter().find(|(i, _)| *i == left).map(|&(_, f)| f);
    // (a place only where the words around the two names translate each other, two words or
    // more: 奥巴马访问蒙巴萨 changed from 访问肯尼亚, against `Obama visited Kenya`, where the
    // English calls Kenya `the country` after; not 法国 of 法国共和党人 for `Republicans`,
    // beside `Germany`, on the clean xquad)
    let (zi, ei, on_en, other, person) = match (zl, el) {
        (&[z], []) if !names.en_all.is_empty() => {
            let x = resolved(z, zs)?;
            let e = nearest(z, &names.zh_all, &names.en_all, &names.en_all);
            let person = en_whole_person(x) && !place(&zf[z]) && en_someone(e);
            let places = place(&zf[z])
                && en_place(&x.text)
                && en_place(&ef[e].text)
                && words_shared(z, e) >= WORDS_AROUND_A_PLACE;
            (z, e, false, (person || places).then_some(x)?, person)
        }
        ([], &[e]) if !names.zh_all.is_empty() => {
            let y = resolved(e, es)?;
            let z = nearest(e, &names.en_all, &names.zh_all, &names.zh_all);
            let person = zh_whole_person(y) && !en_place(&ef[e].text) && zh_someone(z);
            let places =
                en_place(&ef[e].text) && place(y) && place(&zf[z]) && words_shared(z, e) >= WORDS_AROUND_A_PLACE;
            (z, e, true, (person || places).then_some(y)?, person)
        }
        _ => return None,
    };
    if found
        .iter()
        .any(|f| zf[f.zh].text == zf[zi].text || ef[f.en].text == ef[ei].text)
    {
        return None;
    }
    let (z, e, other) = (&zf[zi].text, &ef[ei].text, &other.text);
    let ((this, here), (that, there)) = if on_en {
        (("English", e), ("Chinese", z))
    } else {
        (("Chinese", z), ("English", e))
    };
    let what = if person {
        "another person of the article, whom"
    } else {
        "another place of the article, which"
    };
    let message = format!(
        "the {this} names `{here}` where the {that} names only `{there}`: {what} the {that} calls `{other}` elsewhere \
         and does not name in this sentence"
    );
    let label = format!("{this}: {here}");
    Some(Finding {
        zh: zi,
        en: ei,
        on_en,
        message,
        label,
    })
}
