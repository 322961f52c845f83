//! Two people of one surname: where the English names `John Wesley`, the Chinese names
//! 查尔斯·韦斯利 (Charles Wesley, his brother), though the Chinese article calls John Wesley
//! 约翰·卫斯理 elsewhere. The surname resolves the two names to each other, so neither is left
//! over for a swap ([`super::swapped`]); the given names tell the people apart.
//!
//! Reported in sentences that translate each other ([`crate::align::Unit::translated`], or 60 %
//! of their words), when one side names a person whom no name of the other sentence renders in
//! full, the other sentence names a namesake (same surname, another given name) more often
//! than its own side names that namesake, and the other article writes the first person's
//! whole name elsewhere.

use super::swapped::nearest_mention;
use super::{Finding, UnitNames};
use crate::facts::name_match::{en_tokens, zh_parts};
use crate::facts::translit::{name_similarity, MATCH_THRESHOLD};
use crate::facts::{Fact, FactKind};
use crate::rules::PairContext;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// Below this similarity two given names are two names (查尔斯 / `John`), not one spelt
/// loosely.
const OTHER_GIVEN: f64 = 0.5;

/// The other parts and the surname of a person's whole name: a Chinese name of two parts or
/// more, an English one of two capitalised words or more (a title or an initial may stand
/// among the other parts: `Foreign Minister Viacheslav Chirikba`, `G. Stanley Hall`).
fn zh_given_surname(z: &Fact) -> Option<(Vec<&str>, &str)> {
    let mut parts = zh_parts(&z.text);
    let surname = parts.pop()?;
    (!parts.is_empty()).then_some((parts, surname))
}

fn en_given_surname(e: &Fact) -> Option<(Vec<&str>, &str)> {
    let mut tokens = en_tokens(&e.text);
    let surname = tokens.pop()?;
    (!tokens.is_empty()).then_some((tokens, surname))
}

/// How a Chinese and an English whole name relate: `Some(true)` one person (surname and a
/// given name render each other), `Some(false)` two people of one surname (no given name
/// comes near another), `None` anything else (not whole names, another surname, a given name
/// rendered too loosely to tell).
fn relation(z: &Fact, e: &Fact) -> Option<bool> {
    let (zg, zs) = zh_given_surname(z)?;
    let (eg, es) = en_given_surname(e)?;
    if name_similarity(zs, es) < MATCH_THRESHOLD {
        return None;
    }
    let given = zg
        .iter()
        .flat_map(|z| eg.iter().map(move |e| name_similarity(z, e)))
        .fold(0.0, f64::max);
    if given >= MATCH_THRESHOLD {
        Some(true)
    } else if given < OTHER_GIVEN {
        Some(false)
    } else {
        None
    }
}

/// The people each article names by a whole name (each text once), and, found once per name
/// asked for, the person of the other article a name renders in full.
pub(super) struct People<'a> {
    zh: Vec<&'a Fact>,
    en: Vec<&'a Fact>,
    /// zh name text → the en whole name it renders in full, if any.
    en_of: RefCell<HashMap<&'a str, Option<&'a Fact>>>,
    /// en name text → the zh whole name that renders it in full, if any.
    zh_of: RefCell<HashMap<&'a str, Option<&'a Fact>>>,
}

impl<'a> People<'a> {
    pub(super) fn new(cx: &PairContext<'a>) -> Self {
        fn whole(facts: &[Fact], parts: impl Fn(&Fact) -> bool) -> Vec<&Fact> {
            let mut seen = HashSet::new();
            facts
                .iter()
                .filter(|f| f.kind == FactKind::Name && parts(f) && seen.insert(f.text.as_str()))
                .collect()
        }
        People {
            zh: whole(cx.zh.facts, |f| zh_given_surname(f).is_some()),
            en: whole(cx.en.facts, |f| en_given_surname(f).is_some()),
            en_of: Default::default(),
            zh_of: Default::default(),
        }
    }

    /// The English whole name the Chinese name `z` renders in full, anywhere in the article.
    fn en_person(&self, z: &'a Fact) -> Option<&'a Fact> {
        *self
            .en_of
            .borrow_mut()
            .entry(z.text.as_str())
            .or_insert_with(|| self.en.iter().copied().find(|x| relation(z, x) == Some(true)))
    }

    /// The Chinese whole name that renders the English name `e` in full, anywhere in the
    /// article.
    fn zh_person(&self, e: &'a Fact) -> Option<&'a Fact> {
        *self
            .zh_of
            .borrow_mut()
            .entry(e.text.as_str())
            .or_insert_with(|| self.zh.iter().copied().find(|y| relation(y, e) == Some(true)))
    }
}

/// The namesake in `unit`, if there is one: a person named on one side whom no name of the
/// other side's sentences renders in full, where the other side names a namesake more often
/// than this side names that namesake. Names already reported (`found`) are left out.
pub(super) fn find<'a>(
    cx: &PairContext<'a>,
    people: &People<'a>,
    unit: &crate::align::Unit,
    names: &UnitNames,
    found: &[Finding],
) -> Option<Finding> {
    if !(unit.parallel || unit.lexical >= super::swapped::WORDS_AS_IN_A_TRANSLATION) {
        return None;
    }
    let (zf, ef) = (cx.zh.facts, cx.en.facts);
    let taken = |z: usize, e: usize| found.iter().any(|f| f.zh == z || f.en == e);
    // the English names a person the Chinese of the unit does not render in full
    for &e in &names.en {
        if names.zh.iter().any(|&z| relation(&zf[z], &ef[e]) == Some(true)) {
            continue;
        }
        for &z in &names.zh {
            if relation(&zf[z], &ef[e]) != Some(false) || taken(z, e) {
                continue;
            }
            // the namesake's mentions: more in the Chinese than the English gives him
            let here = names.zh_all.iter().filter(|&&o| zf[o].text == zf[z].text).count();
            let there = names
                .en_all
                .iter()
                .filter(|&&o| relation(&zf[z], &ef[o]) == Some(true))
                .count();
            // (and each article names both people: 阿佛烈·诺贝尔 against `Alfred Nobel` is one
            // man whose given name is rendered loosely, when the English names no other Nobel)
            if here <= there || people.en_person(&zf[z]).is_none() {
                continue;
            }
            if let Some(y) = people.zh_person(&ef[e]) {
                // (of its mentions, the one standing where the English name stands)
                let z = nearest_mention(z, &names.zh_all, zf, e, &names.en_all);
                return Some(finding(cx, z, e, false, &y.text));
            }
        }
    }
    // the Chinese names a person the English of the unit does not render in full
    for &z in &names.zh {
        if names.en.iter().any(|&e| relation(&zf[z], &ef[e]) == Some(true)) {
            continue;
        }
        for &e in &names.en {
            if relation(&zf[z], &ef[e]) != Some(false) || taken(z, e) {
                continue;
            }
            let here = names.en_all.iter().filter(|&&o| ef[o].text == ef[e].text).count();
            let there = names
                .zh_all
                .iter()
                .filter(|&&o| relation(&zf[o], &ef[e]) == Some(true))
                .count();
            if here <= there || people.zh_person(&ef[e]).is_none() {
                continue;
            }
            if let Some(x) = people.en_person(&zf[z]) {
                let e = nearest_mention(e, &names.en_all, ef, z, &names.zh_all);
                return Some(finding(cx, z, e, true, &x.text));
            }
        }
    }
    None
}

/// The finding for Chinese name `z` against English name `e`; `on_en`: the English names the
/// namesake; `elsewhere`: how the side at fault writes the other person elsewhere.
fn finding(cx: &PairContext, z: usize, e: usize, on_en: bool, elsewhere: &str) -> Finding {
    let (zt, et) = (&cx.zh.facts[z].text, &cx.en.facts[e].text);
    let (message, label) = if on_en {
        (
            format!(
                "the English names `{et}` where the Chinese names `{zt}`: two people of one surname (the English calls the second `{elsewhere}` elsewhere)"
            ),
            format!("English: {et}"),
        )
    } else {
        (
            format!(
                "the Chinese names `{zt}` where the English names `{et}`: two people of one surname (the Chinese calls the second `{elsewhere}` elsewhere)"
            ),
            format!("Chinese: {zt}"),
        )
    };
    Finding {
        zh: z,
        en: e,
        on_en,
        message,
        label,
    }
}
