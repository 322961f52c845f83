//! Two people of one surname: where the English names `John Wesley`, the Chinese names
//! 查尔斯·韦斯利 (Charles Wesley, his brother), though the Chinese article calls John Wesley
//! 约翰·卫斯理 elsewhere. The surname resolves the two names to each other, so neither is left
//! over for a swap ([`super::swapped`]); the given names tell the people apart.
//!
//! Reported in sentences that run in parallel or share 60 % of their words, when one side
//! names a person whom no name of the other sentence renders in full; the other sentence
//! names a namesake (same surname, another given name) more often than its own side names
//! that namesake (in full or by the given name alone); each article names both people in
//! full; and the article not at fault names the two together in one sentence (real
//! namesakes, the Wesley brothers, are named together; one man named two ways, `Bill
//! Clinton` and 威廉·杰斐逊·克林顿, is not). Initials tell nothing of a given name
//! (`D.W. Winnicott`).

use super::swapped::nearest_mention;
use super::{Finding, UnitNames};
use crate::facts::name_match::{en_tokens, zh_parts};
use crate::facts::translit::{name_similarity, MATCH_THRESHOLD};
use crate::facts::{Fact, FactKind};
use crate::rules::PairContext;
use std::cell::RefCell;
use std::collections::HashMap;

/// Below this similarity two given names are two names (查尔斯 / `John`), not one spelt
/// loosely.
const OTHER_GIVEN: f64 = 0.5;

/// The other parts and the surname of a person's whole name in Chinese: a name of two parts
/// or more.
fn zh_given_surname(z: &Fact) -> Option<(Vec<&str>, &str)> {
    let mut parts = zh_parts(&z.text);
    let surname = parts.pop()?;
    (!parts.is_empty()).then_some((parts, surname))
}

/// The other words and the surname of a person's whole name in English: two capitalised
/// words or more (a title or an initial may stand among the other words: `Foreign Minister
/// Viacheslav Chirikba`, `G. Stanley Hall`).
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
    // (an initial says nothing of the given name: `D.W.`, J·R·R)
    let initial = |w: &&str| w.contains('.') || w.chars().count() <= 2 && w.is_ascii();
    if name_similarity(zs, es) < MATCH_THRESHOLD || eg.iter().all(initial) || zg.iter().all(initial) {
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

/// The people each article names by a whole name (each text once, with the sentences it
/// stands in), and, found once per name asked for, the person of the other article a name
/// renders in full.
pub(super) struct People<'a> {
    zh: Vec<&'a Fact>,
    en: Vec<&'a Fact>,
    /// Whole name text → the sentences that name it, in order.
    zh_in: HashMap<&'a str, Vec<usize>>,
    en_in: HashMap<&'a str, Vec<usize>>,
    /// zh name text → the en whole name it renders in full, if any.
    en_of: RefCell<HashMap<&'a str, Option<&'a Fact>>>,
    /// en name text → the zh whole name that renders it in full, if any.
    zh_of: RefCell<HashMap<&'a str, Option<&'a Fact>>>,
}

/// The whole names of `facts` (`whole`: of two parts or more), each text once, and the
/// sentences each stands in.
fn gather(facts: &[Fact], whole: impl Fn(&Fact) -> bool) -> (Vec<&Fact>, HashMap<&str, Vec<usize>>) {
    let mut names = Vec::new();
    let mut sentences: HashMap<&str, Vec<usize>> = HashMap::new();
    for f in facts.iter().filter(|f| f.kind == FactKind::Name && whole(f)) {
        let at = sentences.entry(f.text.as_str()).or_default();
        if at.is_empty() {
            names.push(f);
        }
        if at.last() != Some(&f.sentence) {
            at.push(f.sentence);
        }
    }
    (names, sentences)
}

/// Whether two names stand in one sentence (`sentences`: each name's, in order).
fn together(sentences: &HashMap<&str, Vec<usize>>, a: &str, b: &str) -> bool {
    match (sentences.get(a), sentences.get(b)) {
        (Some(a), Some(b)) => a.iter().any(|s| b.binary_search(s).is_ok()),
        _ => false,
    }
}

impl<'a> People<'a> {
    pub(super) fn new(cx: &PairContext<'a>) -> Self {
        let (zh, zh_in) = gather(cx.zh.facts, |f| zh_given_surname(f).is_some());
        let (en, en_in) = gather(cx.en.facts, |f| en_given_surname(f).is_some());
        People {
            zh,
            en,
            zh_in,
            en_in,
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
/// than this side names that namesake, each article names both people in full, and the
/// article not at fault names the two in one sentence. Names already reported (`found`) are
/// left out.
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
    let taken = |z: usize, e: usize| {
        found
            .iter()
            .any(|f| zf[f.zh].text == zf[z].text || ef[f.en].text == ef[e].text)
    };
    // the English names a person the Chinese of the unit does not render in full
    for &e in &names.en {
        if names.zh.iter().any(|&z| relation(&zf[z], &ef[e]) == Some(true)) {
            continue;
        }
        for &z in &names.zh {
            if relation(&zf[z], &ef[e]) != Some(false) || taken(z, e) {
                continue;
            }
            // the namesake's mentions: more in the Chinese than the English gives him, in
            // full or by his given name alone
            let given = zh_parts(&zf[z].text)[0];
            let here = names.zh_all.iter().filter(|&&o| zf[o].text == zf[z].text).count();
            let there = names
                .en_all
                .iter()
                .filter(|&&o| {
                    relation(&zf[z], &ef[o]) == Some(true)
                        || !ef[o].text.contains(' ') && name_similarity(given, &ef[o].text) >= MATCH_THRESHOLD
                })
                .count();
            if here <= there {
                continue;
            }
            // (each article names both people: 阿佛烈·诺贝尔 against `Alfred Nobel` is one man
            // whose given name is rendered loosely, when the English names no other Nobel; and
            // the English names the two together)
            let (Some(x), Some(y)) = (people.en_person(&zf[z]), people.zh_person(&ef[e])) else {
                continue;
            };
            if together(&people.en_in, &ef[e].text, &x.text) {
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
            let given = en_tokens(&ef[e].text)[0];
            let here = names.en_all.iter().filter(|&&o| ef[o].text == ef[e].text).count();
            let there = names
                .zh_all
                .iter()
                .filter(|&&o| {
                    relation(&zf[o], &ef[e]) == Some(true)
                        || zh_parts(&zf[o].text).len() == 1 && name_similarity(&zf[o].text, given) >= MATCH_THRESHOLD
                })
                .count();
            if here <= there {
                continue;
            }
            let (Some(x), Some(y)) = (people.en_person(&zf[z]), people.zh_person(&ef[e])) else {
                continue;
            };
            if together(&people.zh_in, &zf[z].text, &y.text) {
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

#[cfg(test)]
mod tests {
    use super::relation;
    use crate::facts::test_support::facts_of;
    use crate::facts::{Fact, FactKind};

    /// The name fact `name` of a real sentence.
    fn name(file: &str, sentence: &str, name: &str) -> Fact {
        facts_of(file, sentence)
            .into_iter()
            .find(|f| f.kind == FactKind::Name && f.text == name)
            .unwrap_or_else(|| panic!("no name `{name}` in {sentence}"))
    }

    #[test]
    fn one_person_a_namesake_or_nothing_to_tell() {
        // xquad United_Methodist_Church
        let zh = "一小群学生，包括约翰•卫斯理、查尔斯•韦斯利和乔治•怀特菲尔德，相识于牛津大学校园。\n";
        let en = "A small group of students, including John Wesley, Charles Wesley and George Whitefield, met on the Oxford University campus.\n";
        let (john_zh, charles_zh) = (
            name("a.zh.txt", zh, "约翰•卫斯理"),
            name("a.zh.txt", zh, "查尔斯•韦斯利"),
        );
        let (john, charles) = (
            name("a.en.txt", en, "John Wesley"),
            name("a.en.txt", en, "Charles Wesley"),
        );
        assert_eq!(relation(&john_zh, &john), Some(true));
        assert_eq!(relation(&charles_zh, &charles), Some(true));
        assert_eq!(relation(&charles_zh, &john), Some(false));
        assert_eq!(relation(&john_zh, &charles), Some(false));
        // another surname: nothing to tell
        assert_eq!(relation(&john_zh, &name("a.en.txt", en, "George Whitefield")), None);
        // wikipairs Nobel_Prize: 阿佛烈 renders `Alfred` too loosely to be his, and is far
        // enough to be another man's: the guards (each article names both people, the two
        // named together) keep it quiet (`a_person_swapped_for_a_namesake_of_the_article`)
        let zh = "阿佛烈·诺贝尔（1833年10月21日－1896年12月10日）是一位瑞典化学家，同时也是发明家。\n";
        let en = "The will of the Swedish scientist Alfred Nobel established the five Nobel prizes in 1895.\n";
        assert_eq!(
            relation(
                &name("a.zh.txt", zh, "阿佛烈·诺贝尔"),
                &name("a.en.txt", en, "Alfred Nobel")
            ),
            Some(false)
        );
        // wikipairs Psychology: initials say nothing of the given name
        let zh = "这些著名的学者包括梅兰妮·克莱因、唐纳德·威尼科特、卡伦·霍妮。\n";
        let en = "Other well-known psychoanalytic scholars include Melanie Klein, D.W. Winnicott, Karen Horney.\n";
        assert_eq!(
            relation(
                &name("a.zh.txt", zh, "唐纳德·威尼科特"),
                &name("a.en.txt", en, "D.W. Winnicott")
            ),
            None
        );
    }
}
