//! A name swapped inside a list: the one Chinese name and the one English name left over (or
//! the extra mention of a name one side says more often) that stand at the same place of a
//! list both sides give, beside an item both name (`Austria, Maastricht Treaty, …` against
//! 奥地利、芬兰、…, where the English, changed, says `Maastricht Treaty` for Finland); in
//! sentences that do not translate each other, between two such items. The list's order is
//! the evidence that the two stand for each other: neither need resolve elsewhere in the
//! article (but two that do not must not render each other even loosely), and they need not be
//! of one sort (the other items say what they should be).

use super::swapped::MOST_MENTIONS_IN_PLACE;
use super::UnitNames;
use crate::align::entities::{renders_loosely, Entities};
use crate::facts::Fact;
use crate::rules::PairContext;

/// What may stand between two items of a Chinese list (trimmed).
const ZH_SEPARATORS: &[&str] = &["、", "，", ",", "和", "及", "与", "或", "以及"];
/// What may stand between two items of an English list (trimmed).
const EN_SEPARATORS: &[&str] = &[",", "and", ", and", "or", ", or", ";"];

/// Whether the text between two mentions (`a` before `b`) of one side is a list's separator
/// (`separators`), after one of `kinds` (a Chinese place's kind after its name: 阿拉巴马州、).
fn separated_as_items(text: &str, a: &Fact, b: &Fact, separators: &[&str], kinds: &[char]) -> bool {
    // (a separator is a few bytes: a long gap is no list's, and is not read)
    a.span.end <= b.span.start
        && b.span.start - a.span.end <= MOST_SEPARATOR_BYTES
        && text.get(a.span.end..b.span.start).is_some_and(|between| {
            let between = between.trim();
            let between = between.strip_prefix(kinds).unwrap_or(between);
            separators.contains(&between.trim())
        })
}

/// The most bytes between two items of a list (`州 、`, `, and `, with spaces around).
const MOST_SEPARATOR_BYTES: usize = 16;

/// The kinds of place a Chinese name may be followed by in a list (阿拉巴马州、北达科他州).
const ZH_KINDS: &[char] = &['州', '省', '市', '县', '区', '岛', '国'];

/// The one pair of mentions of a Chinese name (of `zh`) and an English name (of `en`), each
/// left over in the unit or said more often than the other side says it, that stand at the
/// same place of a list: the mention before each (or after each; with `both_sides`, before and
/// after each) is one name both sides share, set off from it by a list's separator on both
/// sides. None when no pair, or more than one, stands so. `resolving` tells whether either of
/// two names resolves elsewhere in the article (to another entity than the other name): a pair
/// of which neither does must not render each other even loosely (one name the resolver
/// missed, not two).
pub(super) fn list_slot(
    cx: &PairContext,
    names: &UnitNames,
    zh: &[usize],
    en: &[usize],
    resolving: impl Fn(&Fact, &Fact) -> bool,
    both_sides: bool,
) -> Option<(usize, usize)> {
    let (zf, ef) = (&cx.zh.facts, &cx.en.facts);
    let (zt, et) = (cx.zh.source.text.as_str(), cx.en.source.text.as_str());
    // the positions, among every mention of the unit, of each mention of a name
    let at = |all: &[usize], facts: &[Fact], n: usize| -> Vec<usize> {
        (0..all.len())
            .filter(|&p| facts[all[p]].text == facts[n].text)
            .collect()
    };
    let (za, ea) = (&names.zh_all, &names.en_all);
    let beside = |p: usize, q: usize| {
        let shared = |i: usize, j: usize| Entities::same(&zf[za[i]], &ef[ea[j]]);
        let before = p > 0
            && q > 0
            && shared(p - 1, q - 1)
            && separated_as_items(zt, &zf[za[p - 1]], &zf[za[p]], ZH_SEPARATORS, ZH_KINDS)
            && separated_as_items(et, &ef[ea[q - 1]], &ef[ea[q]], EN_SEPARATORS, &[]);
        let after = p + 1 < za.len()
            && q + 1 < ea.len()
            && shared(p + 1, q + 1)
            && separated_as_items(zt, &zf[za[p]], &zf[za[p + 1]], ZH_SEPARATORS, ZH_KINDS)
            && separated_as_items(et, &ef[ea[q]], &ef[ea[q + 1]], EN_SEPARATORS, &[]);
        if both_sides {
            before && after
        } else {
            before || after
        }
    };
    // (a name said more often than [`MOST_MENTIONS_IN_PLACE`] in one unit is a list's own, no
    // item of it: and each of its mentions would be weighed against each of the other's)
    let en_at: Vec<Vec<usize>> = en
        .iter()
        .map(|&e| at(ea, ef, e))
        .map(|q| {
            if q.len() > MOST_MENTIONS_IN_PLACE {
                Vec::new()
            } else {
                q
            }
        })
        .collect();
    let mut pairs = Vec::new();
    for &z in zh {
        let zh_at = at(za, zf, z);
        if zh_at.len() > MOST_MENTIONS_IN_PLACE {
            continue;
        }
        for (k, &e) in en.iter().enumerate() {
            if resolving(&zf[z], &ef[e]) || !renders_loosely(&zf[z], &ef[e]) {
                for &p in &zh_at {
                    pairs.extend(en_at[k].iter().filter(|&&q| beside(p, q)).map(|&q| (za[p], ea[q])));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    match pairs[..] {
        [pair] => Some(pair),
        _ => None,
    }
}
