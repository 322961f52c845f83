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

/// The item after a Chinese mention in a list, where the Chinese reader read no name there
/// (`next`, the mention after it, starts later): after a place's kind (州) and a list's
/// separator ([`ZH_SEPARATORS`], spaces around it), the Han characters up to the next
/// separator, 等 (`and so on`) or 的, or the first character that is not Han; without a place's
/// kind at its end (本迪戈 of 巴拉瑞特、本迪戈和基隆, which the reader does not take; 堪萨斯 of
/// 阿拉巴马州、堪萨斯州). None where that is one character, or more than
/// [`MOST_UNREAD_ITEM_CHARS`] (read no further: prose, no item).
fn unread_item_after<'t>(text: &'t str, a: &Fact, next: Option<&Fact>) -> Option<&'t str> {
    let after = text.get(a.span.end..)?;
    let rest = after.strip_prefix(ZH_KINDS).unwrap_or(after).trim_start();
    // (the longest separator first: 以及 before 及)
    let rest = ZH_SEPARATORS
        .iter()
        .filter_map(|sep| rest.strip_prefix(sep))
        .min_by_key(|r| r.len())?
        .trim_start();
    let mut end = None;
    for (n, (i, c)) in rest.char_indices().enumerate() {
        let at_separator = ZH_SEPARATORS.iter().any(|sep| rest[i..].starts_with(sep));
        if !crate::lang::script::is_han(c) || at_separator || c == '等' || c == '的' {
            end = Some(i);
            break;
        }
        if n == MOST_UNREAD_ITEM_CHARS {
            return None;
        }
    }
    let end = end.unwrap_or(rest.len());
    // (where the reader took a name inside the item, the item is that name's: [`list_slot`]
    // weighs it as a name)
    let start = text.len() - rest.len();
    if next.is_some_and(|n| n.span.start < start + end) {
        return None;
    }
    let item = &rest[..end];
    let item = item
        .strip_suffix(ZH_KINDS)
        .filter(|i| i.chars().count() >= 2)
        .unwrap_or(item);
    (2..=MOST_UNREAD_ITEM_CHARS)
        .contains(&item.chars().count())
        .then_some(item)
}

/// The most characters of a list's item [`unread_item_after`] reads.
const MOST_UNREAD_ITEM_CHARS: usize = 6;

/// Whether the Chinese words `item` render English name `e` by transliteration as closely as
/// a name resolves whole ([`crate::align::entities::RESOLVES`]; not by its surname, as a
/// name may).
fn renders(item: &str, e: &Fact) -> bool {
    let floor = crate::align::entities::RESOLVES;
    crate::facts::translit::name_similarity_at_least(item, &e.text, floor) >= floor
}

/// The most bytes between two items of a list (`州 、`, `, and `, with spaces around).
const MOST_SEPARATOR_BYTES: usize = 16;

/// The kinds of place a Chinese name may be followed by in a list (阿拉巴马州、北达科他州).
const ZH_KINDS: &[char] = &['州', '省', '市', '县', '区', '岛', '国'];

/// The one pair of mentions of a Chinese name (of `zh`) and an English name (of `en`), each
/// left over in the unit or said more often than the other side says it, that stand at the
/// same place of a list: the mention before each (or after each; with `both_sides`, before and
/// after each) is one name both sides share, set off from it by a list's separator on both
/// sides. (Without `both_sides`, the Chinese item after the slot may be one the reader read as
/// no name, which renders the English name after it: [`unread_item_after`].) None when no
/// pair, or more than one, stands so. `resolving` tells whether either of two names resolves
/// elsewhere in the article (to another entity than the other name): a pair of which neither
/// does must not render each other even loosely (one name the resolver missed, not two).
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
    // (the item after each Chinese mention that the reader read as no name, read once: in
    // sentences that translate each other only, where the list's order is the evidence)
    let unread: Vec<Option<&str>> = if both_sides {
        vec![None; za.len()]
    } else {
        (0..za.len())
            .map(|p| unread_item_after(zt, &zf[za[p]], za.get(p + 1).map(|&z| &zf[z])))
            .collect()
    };
    let beside = |p: usize, q: usize| {
        let shared = |i: usize, j: usize| Entities::same(&zf[za[i]], &ef[ea[j]]);
        let before = p > 0
            && q > 0
            && shared(p - 1, q - 1)
            && separated_as_items(zt, &zf[za[p - 1]], &zf[za[p]], ZH_SEPARATORS, ZH_KINDS)
            && separated_as_items(et, &ef[ea[q - 1]], &ef[ea[q]], EN_SEPARATORS, &[]);
        let after = q + 1 < ea.len()
            && separated_as_items(et, &ef[ea[q]], &ef[ea[q + 1]], EN_SEPARATORS, &[])
            && (p + 1 < za.len()
                && shared(p + 1, q + 1)
                && separated_as_items(zt, &zf[za[p]], &zf[za[p + 1]], ZH_SEPARATORS, ZH_KINDS)
                || unread[p].is_some_and(|item| renders(item, &ef[ea[q + 1]])));
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

#[cfg(test)]
mod tests {
    use super::unread_item_after;
    use crate::facts::test_support::facts_of;
    use crate::facts::{Fact, FactKind};

    /// A name fact over the first occurrence of `name` in `text` (made from a name the reader
    /// reads: 巴拉瑞特 may be read or not).
    fn fact(text: &str, name: &str) -> Fact {
        let at = text.find(name).expect("the name is in the text");
        let read = facts_of("x.zh.txt", "约瑟夫·普利斯特里在威尔特郡。");
        let one = read
            .into_iter()
            .find(|f| f.kind == FactKind::Name)
            .expect("a name read");
        Fact {
            text: name.to_string(),
            span: at..at + name.len(),
            ..one
        }
    }

    #[test]
    fn an_unread_item_is_the_han_words_after_a_separator() {
        let text = "以及巴拉瑞特、本迪戈和基隆等地区城市的工人阶级中";
        let a = fact(text, "巴拉瑞特");
        assert_eq!(unread_item_after(text, &a, None), Some("本迪戈"));
        // (a place's kind may stand before the separator)
        let text = "阿拉巴马州、堪萨斯州和北达科他州";
        // (and the item is read without its kind)
        assert_eq!(unread_item_after(text, &fact(text, "阿拉巴马"), None), Some("堪萨斯"));
        // (a separator of two characters, and one that ends the item)
        let text = "巴拉瑞特以及本迪戈以及基隆";
        assert_eq!(unread_item_after(text, &fact(text, "巴拉瑞特"), None), Some("本迪戈"));
        // where the reader took a name there, the item is that name's
        let text = "巴拉瑞特、本迪戈和基隆";
        let next = fact(text, "本迪戈");
        assert_eq!(unread_item_after(text, &fact(text, "巴拉瑞特"), Some(&next)), None);
        // no separator after the name, no list
        let text = "巴拉瑞特的工人阶级";
        assert_eq!(unread_item_after(text, &fact(text, "巴拉瑞特"), None), None);
        // one character, or a run of prose, is no item
        let text = "巴拉瑞特、城";
        assert_eq!(unread_item_after(text, &fact(text, "巴拉瑞特"), None), None);
        let text = "巴拉瑞特，这是维多利亚州重要的城市";
        assert_eq!(unread_item_after(text, &fact(text, "巴拉瑞特"), None), None);
        // (an item ends before 的: what follows it describes it)
        let text = "巴拉瑞特和墨尔本的西郊";
        assert_eq!(unread_item_after(text, &fact(text, "巴拉瑞特"), None), Some("墨尔本"));
    }
}
