//! A person only one side of a sentence pair names, where the other side names another
//! person: `Mohandas Harvey Wheeler pleaded guilty` against 莫罕达斯·甘地 承认有罪, where the
//! Chinese article calls Wheeler 哈维·惠勒 elsewhere ([`find`]).
//!
//! [`super::swapped`] looks for a name left over on each side that stand for each other.
//! Here the other side has no name left over: the person it names at that place pairs with
//! a name of this side (`Mohandas` with 莫罕达斯·甘地), so no slot is found. Only in sentences
//! that translate each other, whose texts run in parallel (in articles written independently,
//! one side names a person the other leaves out far too often), and only people:
//! - the one name left over on this side resolves elsewhere in the article to a person's
//!   whole name of the other side ([`super::swapped::zh_whole_person`],
//!   [`super::swapped::en_whole_person`]), and is no place itself;
//! - the other side has no name left over, and the name standing nearest the leftover's place
//!   among its names is a person's whole name too.
//!
//! A place one side alone names is not reported: a translation names the country the other
//! calls `the country`, or whose people it names (`Republicans` for 法国共和党人), on the
//! clean xquad pairs; nor an organisation (`Commission` for 委员会).

use super::swapped::{en_place, en_whole_person, nearest, place, zh_whole_person};
use super::{Finding, UnitNames};
use crate::align::entities::Entities;
use crate::facts::Fact;

/// The finding of a unit whose sentences run in parallel, given each side's names left over
/// (`zl`, `el`) and, of those, the ones that resolve elsewhere in the article to a name of the
/// other side (`zs`, `es`); `found`, the unit's findings so far, whose names are not reported
/// again.
pub(super) fn find<'f>(
    names: &UnitNames,
    (zf, ef): (&[Fact], &[Fact]),
    (zl, zs): (&[usize], &[(usize, &'f Fact)]),
    (el, es): (&[usize], &[(usize, &'f Fact)]),
    found: &[Finding],
) -> Option<Finding> {
    // (a person's name of the unit: a whole name, or a name that pairs with one on the other
    // side: `Gandhi` with 莫罕达斯·甘地)
    let zh_person = |z: usize| {
        zh_whole_person(&zf[z])
            || names
                .en
                .iter()
                .any(|&e| Entities::same(&zf[z], &ef[e]) && en_whole_person(&ef[e]))
    };
    let en_person = |e: usize| {
        en_whole_person(&ef[e])
            || names
                .zh
                .iter()
                .any(|&z| Entities::same(&zf[z], &ef[e]) && zh_whole_person(&zf[z]))
    };
    let resolved = |left: usize, to: &[(usize, &'f Fact)]| to.iter().find(|(i, _)| *i == left).map(|&(_, f)| f);
    let (zi, ei, on_en, other) = match (zl, el) {
        (&[z], []) if !names.en_all.is_empty() => {
            let x = resolved(z, zs)?;
            let e = nearest(z, &names.zh_all, &names.en_all, &names.en_all);
            let people = en_whole_person(x) && !place(&zf[z]) && en_person(e);
            (z, e, false, people.then_some(x)?)
        }
        ([], &[e]) if !names.zh_all.is_empty() => {
            let y = resolved(e, es)?;
            let z = nearest(e, &names.en_all, &names.zh_all, &names.zh_all);
            let people = zh_whole_person(y) && !en_place(&ef[e].text) && zh_person(z);
            (z, e, true, people.then_some(y)?)
        }
        _ => return None,
    };
    if found.iter().any(|f| f.zh == zi || f.en == ei) {
        return None;
    }
    let (z, e, other) = (&zf[zi].text, &ef[ei].text, &other.text);
    let (message, label) = if on_en {
        (
            format!(
                "the English names `{e}` where the Chinese names `{z}`: another person of the article, whom the \
                 Chinese calls `{other}` elsewhere and does not name in this sentence"
            ),
            format!("English: {e}"),
        )
    } else {
        (
            format!(
                "the Chinese names `{z}` where the English names `{e}`: another person of the article, whom the \
                 English calls `{other}` elsewhere and does not name in this sentence"
            ),
            format!("Chinese: {z}"),
        )
    };
    Some(Finding {
        zh: zi,
        en: ei,
        on_en,
        message,
        label,
    })
}
