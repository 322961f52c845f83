//! A given name alone: a person the article names by a whole name elsewhere, called in one
//! place by the given name alone (阿隆佐 where the article writes 阿隆佐·邱奇, `Eugene` where it
//! writes `Eugene Wigner`), where neither article calls the person so anywhere else. That is a
//! name cut short, whether or not its sentence has a counterpart in the other article: the
//! other article confirms the person (it names them too, by a whole name or by the surname
//! alone) and that the given name alone is no way either article calls them.
//!
//! Looked for over the whole article once per pair, after the units' checks, and only among
//! the sentences that take part in alignment (not a list of sources, where `Kauffman, Stuart`
//! writes a given name after the surname).

use super::cut::{after_a_surname, given_name_in_lexicon, read_short, surname_in_sentence, word_before, EnWords};
use super::swapped::en_place;
use super::Finding;
use crate::align::entities::Entities;
use crate::facts::name_match::{en_tokens, zh_parts};
use crate::facts::translit::name_similarity;
use crate::facts::{Fact, FactKind};
use crate::rules::PairContext;
use std::collections::{HashMap, HashSet};

/// Words that open a name without being a given name (`Mount Tai`, `Saint Paul`, `King
/// George`): the word alone is no name cut short.
const NOT_GIVEN: &[&str] = &[
    "Saint",
    "San",
    "Santa",
    "Sir",
    "Lord",
    "Lady",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Emperor",
    "Empress",
    "Mount",
    "Lake",
    "Cape",
    "Fort",
    "Port",
    "New",
    "North",
    "South",
    "East",
    "West",
    "Great",
    "Old",
    "General",
    "President",
    "Van",
    "Von",
];

/// How closely the Chinese given name must render the English one for the two to be one
/// person's given name (not `Ludvig` of `Ludvig Nobel` against 阿佛烈·诺贝尔, who shares the
/// surname).
const RENDERS: f64 = 0.7;

/// Whether a name stands inside a quotation its sentence opens before it (`"I think that Roger
/// is a Platonist"`): a speaker calls people by their given names.
fn quoted(side: &crate::align::Side<'_>, f: &Fact) -> bool {
    let Some((before, _)) = side.around(f) else {
        return false;
    };
    let count = |c: char| before.chars().filter(|&x| x == c).count();
    count('"') % 2 == 1 || count('“') > count('”') || count('「') > count('」') || count('『') > count('』')
}

/// Whether an English name stands right after a capitalised word that is no stop word
/// (`Frederick William`, where the reader left out the sentence's first word): the name goes
/// on before it.
fn after_a_capital(cx: &PairContext, f: &Fact) -> bool {
    let Some(word) = word_before(cx, f) else {
        return false;
    };
    word.chars().next().is_some_and(char::is_uppercase) && !crate::lang::lexicon::is_stop(&word.to_lowercase())
}

/// Whether an English word is a place the lexicon knows that the Chinese article names alone,
/// as a name of its own (`Florence`, 佛罗伦萨, beside `Florence Nightingale`): the word is the
/// place there, not a given name cut short. (A place the Chinese does not name so is no guide:
/// the lexicon knows `Adam` as one, and 阿尔伯特 of 阿尔伯特·爱因斯坦 is no place.)
fn place_the_chinese_names(zh_names: &HashSet<&str>, word: &str) -> bool {
    crate::align::entities::zh_places(&word.to_lowercase())
        .iter()
        .any(|(w, _)| zh_names.contains(w))
}

/// The indices of the name facts of one side that stand in sentences taking part in
/// alignment.
fn names_in_text(side: &crate::align::Side<'_>) -> Vec<usize> {
    let mut in_text = vec![false; side.doc.sentences.len()];
    for k in side.sentences() {
        in_text[k] = true;
    }
    side.facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == FactKind::Name && in_text.get(f.sentence).copied().unwrap_or(false))
        .map(|(i, _)| i)
        .collect()
}

/// How many times each name text stands among `names` (fact indices into `facts`).
fn mentions<'a>(facts: &'a [Fact], names: &[usize]) -> HashMap<&'a str, usize> {
    let mut count = HashMap::new();
    for &i in names {
        *count.entry(facts[i].text.as_str()).or_insert(0) += 1;
    }
    count
}

/// The one whole name (distinct text) per given name among `wholes` (given name, fact
/// index, text); a given name two whole names share (查尔斯·波特, 查尔斯·理查德) names no one
/// (`None`).
fn one_per_given<'a>(wholes: impl Iterator<Item = (&'a str, usize, &'a str)>) -> HashMap<&'a str, Option<usize>> {
    let mut by: HashMap<&str, (usize, &str, bool)> = HashMap::new();
    for (given, i, text) in wholes {
        by.entry(given)
            .and_modify(|e| {
                if e.1 != text {
                    e.2 = false;
                }
            })
            .or_insert((i, text, true));
    }
    by.into_iter().map(|(g, v)| (g, v.2.then_some(v.0))).collect()
}

/// The index of a fact of `facts` given by reference.
/// (by its address: a constant cost, where a search would make many findings cost their
/// number times the facts)
fn index_of(facts: &[Fact], f: &Fact) -> Option<usize> {
    let size = std::mem::size_of::<Fact>();
    let offset = (f as *const Fact as usize).checked_sub(facts.as_ptr() as usize)?;
    let i = offset / size;
    (offset % size == 0 && i < facts.len() && std::ptr::eq(&facts[i], f)).then_some(i)
}

/// Whether the sentence of `f` on `side` holds `word` outside `f`.
fn sentence_holds(side: &crate::align::Side<'_>, f: &Fact, word: &str) -> bool {
    side.around(f)
        .is_some_and(|(before, after)| before.contains(word) || after.contains(word))
}

/// The given names alone of both sides (facts in `reported` left out).
pub(super) fn find(
    cx: &PairContext,
    entities: &Entities,
    words: &EnWords,
    reported: &HashSet<(bool, usize)>,
) -> Vec<Finding> {
    if crate::budget::expired() {
        return Vec::new();
    }
    // (each side's names in text, found once for both looks)
    let names = (names_in_text(cx.zh), names_in_text(cx.en));
    let mut out = zh_side(cx, entities, words, reported, &names.0);
    out.extend(en_side(cx, entities, words, reported, &names));
    out
}

/// A Chinese given name alone (阿隆佐) where the Chinese article writes the whole name
/// elsewhere (阿隆佐·邱奇) and the English article names the person by a whole name whose first
/// word it renders, never by that word alone. (Not where the Chinese article alone holds no
/// whole name: the lexicon's first English word for a name is as often a famous bearer's
/// given name, 尼克松 `richard`, as the name's own, and a surname like 赫尔巴特 renders
/// `Herbert` of another person; on the clean wikipairs that reported six such names, none a
/// name cut short.)
fn zh_side(
    cx: &PairContext,
    entities: &Entities,
    words: &EnWords,
    reported: &HashSet<(bool, usize)>,
    names: &[usize],
) -> Vec<Finding> {
    let facts = &cx.zh.facts;
    let alone = mentions(facts, names);
    let wholes = names.iter().filter_map(|&i| {
        let parts = zh_parts(&facts[i].text);
        (parts.len() >= 2 && parts[0].chars().count() >= 2).then(|| (parts[0], i, facts[i].text.as_str()))
    });
    let by_given = one_per_given(wholes);
    let mut out = Vec::new();
    for &i in names {
        let f = &facts[i];
        if reported.contains(&(false, i)) || alone.get(f.text.as_str()) != Some(&1) {
            continue;
        }
        let Some(&Some(w)) = by_given.get(f.text.as_str()) else {
            continue;
        };
        // (read whole: not the first part of a name that goes on, nor the end of one, 巴蒂斯特
        // of 让-巴蒂斯特)
        let before = cx.zh.source.text.get(..f.span.start).unwrap_or("").chars().next_back();
        let after = cx.zh.source.text.get(f.span.end..).unwrap_or("").chars().next();
        let joins = |c: Option<char>| c.is_some_and(|c| "·・•‧-－".contains(c));
        if joins(before) || joins(after) || quoted(cx.zh, f) {
            continue;
        }
        let whole = &facts[w];
        // (the surname in the same sentence: the article names a family, 罗杰 beside 科恩伯格)
        let surname = zh_parts(&whole.text).last().copied().unwrap_or("");
        if surname.chars().count() >= 2 && sentence_holds(cx.zh, f, surname) {
            continue;
        }
        // the English article names the person by a whole name, never by the given name alone
        let Some(e) = entities.en_entity(whole) else {
            continue;
        };
        let tokens = en_tokens(&e.text);
        if tokens.len() < 2
            || en_place(&e.text)
            || words.alone.get(tokens[0]).copied().unwrap_or(0) > 0
            || name_similarity(&f.text, tokens[0]) < RENDERS
        {
            continue;
        }
        let Some(ei) = index_of(cx.en.facts, e) else {
            continue;
        };
        out.push(Finding {
            zh: i,
            en: ei,
            on_en: false,
            message: format!(
                "`{}` is the given name alone of {}, whom the English article calls `{}`: neither article calls the person so anywhere else",
                f.text, whole.text, e.text
            ),
            label: format!("given name of {}", whole.text),
        });
    }
    out
}

/// The first word of an English person's whole name, where it may be a given name (`Eugene`
/// of `Eugene Wigner`; not `Mount` of `Mount Tai`, nor a place the lexicon knows).
fn whole_person_given(text: &str) -> Option<&str> {
    let tokens = en_tokens(text);
    let first = text.split_whitespace().next()?;
    (tokens.len() >= 2 && first == tokens[0] && given_word(first) && !en_place(text)).then_some(first)
}

/// A word that may be a given name: capitalised, then lower case (a hyphen before lower case
/// allowed: `Wing-tsit`, not `Jean-Paul`), of three letters or more, and no title or word that
/// opens a place's name ([`NOT_GIVEN`]).
fn given_word(w: &str) -> bool {
    w.chars().count() >= 3
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        && !NOT_GIVEN.contains(&w)
        && !crate::lang::lexicon::is_stop(&w.to_lowercase())
}

fn en_side(
    cx: &PairContext,
    entities: &Entities,
    words: &EnWords,
    reported: &HashSet<(bool, usize)>,
    (zh_names, names): &(Vec<usize>, Vec<usize>),
) -> Vec<Finding> {
    let facts = &cx.en.facts;
    let alone = mentions(facts, names);
    let wholes = names.iter().filter_map(|&i| {
        let text = facts[i].text.as_str();
        Some((whole_person_given(text)?, i, text))
    });
    let by_given = one_per_given(wholes);
    // how many whole names (distinct) the article gives each surname
    let mut family: HashMap<&str, usize> = HashMap::new();
    let mut seen = HashSet::new();
    for &i in names.iter() {
        // (people's names: not `In Smith`, a sentence's first word read with the surname)
        let tokens = en_tokens(&facts[i].text);
        if let (Some(_), Some(last)) = (whole_person_given(&facts[i].text), tokens.last()) {
            if seen.insert(facts[i].text.as_str()) {
                *family.entry(*last).or_insert(0) += 1;
            }
        }
    }
    // every word of the article's names of several words (`Grey` of `W. Grey Walter`)
    let in_names: HashSet<&str> = names
        .iter()
        .flat_map(|&i| {
            let t = en_tokens(&facts[i].text);
            if t.len() >= 2 {
                t
            } else {
                Vec::new()
            }
        })
        .collect();
    // the Chinese article's names, by text, to see whether it calls anyone by a given name
    let zh_alone: HashSet<&str> = zh_names.iter().map(|&i| cx.zh.facts[i].text.as_str()).collect();
    // its whole names by their first part, where it never writes that part alone
    let zh_wholes = zh_names.iter().filter_map(|&i| {
        let text = cx.zh.facts[i].text.as_str();
        let parts = zh_parts(text);
        (parts.len() >= 2 && parts[0].chars().count() >= 2 && !zh_alone.contains(parts[0])).then(|| (parts[0], i, text))
    });
    // (by the given name the lexicon gives the first part: 罗伯特 `Robert`)
    let zh_by_given =
        one_per_given(zh_wholes.filter_map(|(part, i, text)| Some((given_name_in_lexicon(part)?, i, text))));
    let mut out = Vec::new();
    for &i in names.iter() {
        let f = &facts[i];
        // (not a word the article also writes in lower case, `Education` of `Board of
        // Education of Topeka`; not a name the reader read short, `William` of `Frederick
        // William`; nor a citation's inverted name, `Poisson, Ken.`)
        if reported.contains(&(true, i))
            || alone.get(f.text.as_str()) != Some(&1)
            || !given_word(&f.text)
            || words.common(&f.text)
            || place_the_chinese_names(&zh_alone, &f.text)
            || after_a_capital(cx, f)
            || read_short(cx, f)
            || after_a_surname(&cx.en.source.text, f).is_some()
        {
            continue;
        }
        // the one whole name of the Chinese article whose first part the lexicon gives as this
        // given name (罗伯特 `Robert`), and whose surname it does not render
        let across = || {
            let &Some(z) = zh_by_given.get(f.text.to_lowercase().as_str())? else {
                return None;
            };
            let z = &cx.zh.facts[z];
            let surname = zh_parts(&z.text).last().copied().unwrap_or("");
            (name_similarity(surname, &f.text) < RENDERS).then_some(z)
        };
        let (whole, z) = match by_given.get(f.text.as_str()) {
            // a given name the article's whole names share names no one
            Some(None) => continue,
            Some(&Some(w)) => {
                // the article writes the whole name elsewhere: the Chinese article names the
                // person, never by the given name alone (by a whole name whose first part
                // renders it, or by the surname alone)
                let whole = &facts[w];
                let z = match entities.zh_entity(whole) {
                    Some(z) => {
                        // (a surname alone must render the English surname, and resolve back
                        // to a name of that surname or to this one: 希尔勒 renders `Still` of
                        // `Earth Stood Still`, a film's title read as a name, as loosely as
                        // `Searle`, whom it names)
                        let parts = zh_parts(&z.text);
                        let surname = en_tokens(&whole.text).last().copied().unwrap_or("");
                        // (and the Chinese writes alone no other name the lexicon gives as the
                        // given name: 阿尔伯特 alone would be `Albert`; 爱因斯坦 itself is glossed
                        // `albert einstein …`)
                        let renders = if parts.len() >= 2 {
                            !zh_alone.contains(parts[0]) && name_similarity(parts[0], &f.text) >= RENDERS
                        } else {
                            name_similarity(&z.text, surname) >= RENDERS
                                && name_similarity(&z.text, &f.text) < RENDERS
                                && !zh_alone
                                    .iter()
                                    .filter(|o| **o != z.text)
                                    .any(|o| given_name_in_lexicon(o).is_some_and(|g| g.eq_ignore_ascii_case(&f.text)))
                        };
                        let last = |t: &str| en_tokens(t).last().map(|w| w.to_string());
                        let back = entities
                            .en_entity(z)
                            .is_some_and(|b| b.text == f.text || last(&b.text) == last(&whole.text));
                        if !renders || !back {
                            continue;
                        }
                        z
                    }
                    // (the resolver finds none: the Chinese whole name the lexicon reads with
                    // this given name, whose surname renders the English one)
                    None => {
                        let surname = en_tokens(&whole.text).last().copied().unwrap_or("");
                        match across() {
                            Some(z)
                                if name_similarity(zh_parts(&z.text).last().copied().unwrap_or(""), surname)
                                    >= RENDERS =>
                            {
                                z
                            }
                            _ => continue,
                        }
                    }
                };
                (Some(whole), z)
            }
            // it does not, nor any name with it
            None => {
                if in_names.contains(f.text.as_str()) {
                    continue;
                }
                match across() {
                    Some(z) => (None, z),
                    None => continue,
                }
            }
        };
        // (the surname in the same sentence: `Kornberg's son, Roger`, in English or as the
        // Chinese surname renders it; a family the article names, `Elsa Einstein` beside
        // `Albert Einstein`, where `his wife, Elsa` is how it tells them apart; a quotation)
        let surname = whole.map_or("", |w| en_tokens(&w.text).last().copied().unwrap_or(""));
        if (surname.len() >= 3 && surname != f.text && sentence_holds(cx.en, f, surname))
            || surname_in_sentence(cx, z, f)
            || family.get(surname).is_some_and(|n| *n > 1)
            || quoted(cx.en, f)
        {
            continue;
        }
        let Some(zi) = index_of(cx.zh.facts, z) else {
            continue;
        };
        out.push(Finding {
            zh: zi,
            en: i,
            on_en: true,
            message: match whole {
                Some(w) => format!(
                    "`{}` is the given name alone of `{}`, whom the Chinese article calls {}: neither article calls the person so anywhere else",
                    f.text, w.text, z.text
                ),
                None => format!(
                    "`{}` is the given name alone of {}, as the Chinese article names the person: the English article writes `{}` in no other name, and the Chinese never writes the given name alone",
                    f.text, z.text, f.text
                ),
            },
            label: format!("given name of {}", whole.map_or(z.text.as_str(), |w| w.text.as_str())),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_reported, findings};

    /// A wikipairs article of the repository, zh or en.
    fn article(path: &str) -> String {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/wikipairs/");
        std::fs::read_to_string(format!("{dir}{path}")).unwrap()
    }

    /// The text with the last mention of `whole` cut to `given`.
    fn cut_last(text: &str, whole: &str, given: &str) -> String {
        let at = text.rfind(whole).unwrap();
        format!("{}{given}{}", &text[..at], &text[at + whole.len()..])
    }

    fn given_alone(zh: &str, en: &str) -> Vec<String> {
        findings(zh, en)
            .into_iter()
            .filter(|m| m.contains("is the given name alone"))
            .collect()
    }

    #[test]
    fn an_english_given_name_alone_where_the_article_writes_the_whole_name() {
        // Economics: the English names `Adam Smith` six times; the last cut to `Adam`, in a
        // sentence the alignment does not compare
        let (zh, en) = (article("zh/Economics.zh.md"), article("en/Economics.en.txt"));
        assert!(given_alone(&zh, &en).is_empty(), "{:#?}", given_alone(&zh, &en));
        let f = given_alone(&zh, &cut_last(&en, "Adam Smith", "Adam"));
        assert_reported(&f, &["`Adam` is the given name alone of `Adam Smith`", "亚当·斯密"]);
    }

    #[test]
    fn a_person_the_chinese_calls_by_the_surname_alone() {
        // Physics: the Chinese says 爱因斯坦; `Albert Einstein` cut to `Albert`
        let (zh, en) = (article("zh/Physics.zh.md"), article("en/Physics.en.txt"));
        let f = given_alone(&zh, &cut_last(&en, "Albert Einstein", "Albert"));
        assert_reported(&f, &["`Albert`", "爱因斯坦"]);
        // (a quotation calls people by their given names: `"I think that Roger is a
        // Platonist"` in the notes, beside `Roger Penrose`; nothing on the clean pair)
        assert!(given_alone(&zh, &en).is_empty(), "{:#?}", given_alone(&zh, &en));
    }

    #[test]
    fn an_english_given_name_alone_where_only_the_chinese_writes_the_whole_name() {
        // Communist_Party_of_China: `Robert Lawrence Kuhn`, named once, cut to `Robert`; the
        // Chinese writes 罗伯特·劳伦斯·库恩
        let (zh, en) = (
            article("zh/Communist_Party_of_China.zh.md"),
            article("en/Communist_Party_of_China.en.txt"),
        );
        assert!(given_alone(&zh, &en).is_empty(), "{:#?}", given_alone(&zh, &en));
        let f = given_alone(&zh, &en.replace("Robert Lawrence Kuhn", "Robert"));
        assert_reported(&f, &["`Robert`", "罗伯特·劳伦斯·库恩"]);
    }

    #[test]
    fn a_chinese_given_name_alone_where_the_article_writes_the_whole_name() {
        // Economics: 小罗伯特·卢卡斯 twice; the last cut to 小罗伯特
        let (zh, en) = (article("zh/Economics.zh.md"), article("en/Economics.en.txt"));
        let f = given_alone(&cut_last(&zh, "罗伯特·卢卡斯", "罗伯特"), &en);
        assert_reported(&f, &["罗伯特·卢卡斯", "`Robert Lucas"]);
    }

    /// The paragraphs of an xquad article, joined on each side.
    fn xquad(name: &str) -> (String, String) {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/corpus/xquad/xquad_paragraph_pairs.jsonl"
        );
        let (mut zh, mut en) = (String::new(), String::new());
        for line in std::fs::read_to_string(path).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            if v["article"] == name {
                zh.push_str(&format!("{}\n\n", v["zh"].as_str().unwrap()));
                en.push_str(&format!("{}\n\n", v["en"].as_str().unwrap()));
            }
        }
        (zh, en)
    }

    #[test]
    fn given_names_alone_in_clean_articles_are_left_alone() {
        // `Robert of Chester` beside `Robert Boyle` (Chemistry); `W. Grey Walter` and `Grey
        // system theory` (Artificial_intelligence); `Poisson, Ken.` in a list of sources beside
        // `Ken Thompson` (Operating_system); `Alfred's brother Ludvig` beside `Ludvig Nobel`,
        // where the Chinese calls 阿佛烈·诺贝尔 (Nobel_Prize); `Kornberg's son, Roger`
        for name in [
            "Chemistry",
            "Artificial_intelligence",
            "Operating_system",
            "Nobel_Prize",
        ] {
            let zh = article(&format!("zh/{name}.zh.md"));
            let en = article(&format!("en/{name}.en.txt"));
            assert!(given_alone(&zh, &en).is_empty(), "{name}: {:#?}", given_alone(&zh, &en));
        }
        // xquad: `Frederick William, Elector of Brandenburg` beside `William Farel` (Huguenot),
        // read `William` as the sentence's first word is left out; `Board of Education of
        // Topeka` and `Education appears in the Concurrent list` (Private_school)
        for name in ["Huguenot", "Private_school"] {
            let (zh, en) = xquad(name);
            assert!(!zh.is_empty());
            assert!(given_alone(&zh, &en).is_empty(), "{name}: {:#?}", given_alone(&zh, &en));
        }
    }
}
