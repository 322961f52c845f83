//! Entities across a pair: each name mention resolved to the mentions of the same person,
//! place or organisation, on its own side (谢尔盖·巴加普什 / 巴加普什; Sergei Bagapsh / Bagapsh)
//! and on the other side (by transliteration: 巴加普什 ↔ Bagapsh). A name in one sentence
//! that resolves to another entity of the article than its counterpart's is a swapped name.

use super::Side;
use crate::facts::name_match::{en_tokens, zh_parts, ByInitial};
use crate::facts::translit::name_similarity_at_least;
use crate::facts::{Fact, FactKind};

/// A name mention resolves to an entity of the other side at or above this similarity.
pub(crate) const RESOLVES: f64 = 0.8;

/// Whether a Chinese name's transliteration renders an English name even loosely (at half or
/// more): looser than [`Entities::same`]. The one name left on each side of sentences that
/// translate each other is linked at this ([`Entities::link_paired_in_translations`]), and
/// name-mismatch takes two such names for one name spelt loosely.
pub fn renders_loosely(z: &Fact, e: &Fact) -> bool {
    crate::facts::translit::name_similarity_at_least(&z.text, &e.text.to_lowercase(), 0.5) >= 0.5
}

/// The most distinct names a unit may hold on either side for its names to be linked
/// ([`Entities::link_paired_in_translations`]): more make a list, weighed in square time.
const MOST_NAMES_TO_LINK: usize = 64;

/// The key of an entity on its own side: the surname (the last part of a zh name, the last
/// capitalised word of an en name), folded.
pub fn entity_key(f: &Fact) -> String {
    let zh = f.text.chars().any(crate::lang::script::is_han);
    if zh {
        zh_parts(&f.text).last().copied().unwrap_or(&f.text).to_string()
    } else {
        en_tokens(&f.text).last().copied().unwrap_or(&f.text).to_lowercase()
    }
}

/// [`entity_key`], but of an English name that ends in a kind word ([`KIND_WORDS`]), the word
/// before it: `ottoman` of `Ottoman Empire`, whose `empire` names no one empire.
pub fn naming_key(f: &Fact) -> String {
    match without_kind_word(&f.text.to_lowercase()) {
        Some(named) => named.rsplit(char::is_whitespace).next().unwrap_or(named).to_string(),
        None => entity_key(f),
    }
}

/// Whether a Chinese name is short enough to render an English one: at most one character
/// for each vowel group and each consonant not followed by a vowel (弗雷斯诺 for `Fresno`, 路德
/// for `Luther`, but not 佛罗里达 for `Ford`, which the loose transliteration match allows).
pub fn fits(zh: &str, en: &str) -> bool {
    let letters: Vec<char> = en
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut sounds = 0;
    for (i, &c) in letters.iter().enumerate() {
        let next_vowel = letters.get(i + 1).is_some_and(|&n| vowel(n));
        if (vowel(c) && !letters.get(i.wrapping_sub(1)).is_some_and(|&p| i > 0 && vowel(p)))
            || (!vowel(c) && !next_vowel)
        {
            sounds += 1;
        }
    }
    zh.chars().count() <= sounds
}

/// The names of both sides of a pair, indexed for resolving a mention across the pair.
pub struct Entities<'a> {
    en: ByInitial<'a>,
    /// Distinct zh names (one fact per name text).
    zh: Vec<&'a Fact>,
    /// The initials each of `zh` may render, in its order
    /// ([`crate::facts::translit::zh_initials`], worked out once: every en name is compared
    /// with them).
    zh_initials: Vec<u32>,
    /// en names by their lower-case text, and zh names by the English the lexicon gives them
    /// (`英格兰` → `england`): names that are translated, not transliterated.
    en_by_text: std::collections::HashMap<String, &'a Fact>,
    zh_by_gloss: std::collections::HashMap<String, &'a Fact>,
    /// en names that end in a kind word by the name before it ([`without_kind_word`]:
    /// `ottoman` of `Ottoman Empire`), and zh names by their whole gloss alone: a name read
    /// without its kind word matches only a whole gloss (奥斯曼 `ottoman`), not the first word of
    /// a longer one (红军 `red army …` is no `Red Sea`).
    en_by_named: std::collections::HashMap<String, &'a Fact>,
    zh_by_whole_gloss: std::collections::HashMap<String, &'a Fact>,
    /// Names linked by the sentences that translate each other and pair them
    /// ([`Self::link_paired_in_translations`]): zh text → en name, en text → zh name.
    en_by_unit: std::collections::HashMap<&'a str, &'a Fact>,
    zh_by_unit: std::collections::HashMap<&'a str, &'a Fact>,
    /// The words of the en names, in lower case (`huguenot` of `Huguenot Road`).
    en_words: std::collections::HashSet<String>,
}

/// The English the lexicon gives a zh name: the whole gloss, and its first one to three words.
fn glosses(z: &Fact) -> Vec<String> {
    glosses_of(&z.text)
}

/// [`glosses`] of a Chinese word that need not be a name fact (台湾 beside a date); for a word
/// the lexicon knows only inside a longer word, that word's ([`crate::lang::lexicon::english_of_name`]:
/// 范德华 of 范德华力 `van der waals force`).
pub(super) fn glosses_of(word: &str) -> Vec<String> {
    let folded = crate::lang::script::fold_to_simplified(word).text;
    let Some(e) = crate::lang::lexicon::english_of_name(&folded) else {
        return Vec::new();
    };
    // the gloss starts with the name (`vienna capital austria`, `european union`); later
    // words describe it (`qi county in hebi, henan`)
    let words: Vec<&str> = e.split(' ').collect();
    let mut out = vec![e.to_string()];
    // a gloss that starts with a people or language word describes (高德纳 `chinese name
    // american computer scientist donald knuth`): its first words name nothing
    if people_place(words[0]).is_some() {
        return out;
    }
    for n in 1..=words.len().min(3) {
        out.push(words[..n].join(" "));
    }
    out.retain(|g| g.len() >= 3);
    out
}

impl<'a> Entities<'a> {
    pub fn new(zh: &Side<'a>, en: &Side<'a>) -> Self {
        let distinct = |side: &Side<'a>| -> Vec<&'a Fact> {
            let mut seen = std::collections::HashSet::new();
            side.facts
                .iter()
                .filter(|f| f.kind == FactKind::Name && seen.insert(f.text.as_str()))
                .collect()
        };
        let (zs, es) = (distinct(zh), distinct(en));
        let en_by_text = es.iter().map(|e| (e.text.to_lowercase(), *e)).collect();
        // (and by the name its kind word follows: `Ottoman Empire` as `ottoman`, the lexicon's
        // 奥斯曼; the first such name of a key, in the text's order)
        let mut en_by_named = std::collections::HashMap::new();
        for e in &es {
            if let Some(named) = without_kind_word(&e.text.to_lowercase()) {
                en_by_named.entry(named.to_string()).or_insert(*e);
            }
        }
        let en_words = es
            .iter()
            .flat_map(|e| en_tokens(&e.text))
            .map(str::to_lowercase)
            .collect();
        let mut zh_by_gloss = std::collections::HashMap::new();
        let mut zh_by_whole_gloss = std::collections::HashMap::new();
        for z in &zs {
            let glosses = glosses(z);
            if let Some(whole) = glosses.first() {
                zh_by_whole_gloss.entry(whole.clone()).or_insert(*z);
            }
            for g in glosses {
                zh_by_gloss.entry(g).or_insert(*z);
            }
        }
        Entities {
            en: ByInitial::new(es),
            zh_initials: zs
                .iter()
                .map(|z| crate::facts::translit::zh_initials(&z.text))
                .collect(),
            zh: zs,
            en_by_text,
            zh_by_gloss,
            en_by_named,
            zh_by_whole_gloss,
            en_by_unit: Default::default(),
            zh_by_unit: Default::default(),
            en_words,
        }
    }

    /// Link the names that sentences translating each other pair: in a sure unit of texts in
    /// parallel, a zh name and an en name that name one entity ([`Self::same`]) and no other
    /// name of the unit; and the one zh name and the one en name left when those are paired
    /// off, if the two render each other at least loosely ([`renders_loosely`]). Two names
    /// are linked only where neither resolves by itself, whole or by the surname
    /// ([`Self::en_entity`], [`Self::zh_entity`] before any link). The transliteration may be
    /// too loose to resolve over the whole article (布罗卡 / `H. Brocard`, 0.79, under
    /// [`RESOLVES`]), but the sentences say which name it renders. A name paired with two
    /// different names is linked to neither, on either side. Only after the alignment: it
    /// does not score the alignment that links it.
    pub fn link_paired_in_translations(&mut self, zh: &Side<'a>, en: &Side<'a>, units: &[super::Unit]) {
        // (looked up while they are empty: a name resolves by itself or not)
        self.en_by_unit.clear();
        self.zh_by_unit.clear();
        let mut linked: Vec<(&'a Fact, &'a Fact)> = Vec::new();
        let distinct = |side: &Side<'a>, sentences: &[usize]| -> Vec<&'a Fact> {
            let mut seen = std::collections::HashSet::new();
            super::facts_in(side, sentences, FactKind::Name)
                .map(|i| &side.facts[i])
                .filter(|f| seen.insert(f.text.as_str()))
                .collect()
        };
        for unit in units.iter().filter(|u| u.parallel && u.is_sure()) {
            let (zs, es) = (distinct(zh, &unit.zh), distinct(en, &unit.en));
            // (a list of names, not a sentence: each would be weighed against each)
            if zs.len() > MOST_NAMES_TO_LINK || es.len() > MOST_NAMES_TO_LINK {
                continue;
            }
            // the pairs: each name that names one entity with exactly one name of the other
            // side, and that one with it alone; then the one name left on each side, if the two
            // render each other
            let same: Vec<Vec<bool>> = zs
                .iter()
                .map(|z| es.iter().map(|e| Self::same(z, e)).collect())
                .collect();
            let mut pairs: Vec<(&'a Fact, &'a Fact)> = super::one_to_one(&same)
                .into_iter()
                .map(|(i, j)| (zs[i], es[j]))
                .collect();
            let zl: Vec<&'a Fact> = (0..zs.len())
                .filter(|&i| !same[i].contains(&true))
                .map(|i| zs[i])
                .collect();
            let el: Vec<&'a Fact> = (0..es.len())
                .filter(|&j| !same.iter().any(|row| row[j]))
                .map(|j| es[j])
                .collect();
            if let ([z], [e]) = (&zl[..], &el[..]) {
                if renders_loosely(z, e) {
                    pairs.push((z, e));
                }
            }
            // (neither may resolve by itself, whole or by the surname: a name that resolves
            // elsewhere, left alone in a sentence against a name it spells loosely, is rather
            // a name swapped for it)
            linked.extend(
                pairs
                    .into_iter()
                    .filter(|&(z, e)| self.en_entity(z).is_none() && self.zh_entity(e).is_none()),
            );
        }
        // a name paired with two different names is linked to neither, on either side
        let mut partners: std::collections::HashMap<(bool, &'a str), std::collections::HashSet<&'a str>> =
            Default::default();
        for &(z, e) in &linked {
            partners
                .entry((true, z.text.as_str()))
                .or_default()
                .insert(e.text.as_str());
            partners
                .entry((false, e.text.as_str()))
                .or_default()
                .insert(z.text.as_str());
        }
        let one = |key: (bool, &'a str)| partners.get(&key).is_some_and(|p| p.len() == 1);
        for (z, e) in linked {
            if one((true, z.text.as_str())) && one((false, e.text.as_str())) {
                self.en_by_unit.entry(z.text.as_str()).or_insert(e);
                self.zh_by_unit.entry(e.text.as_str()).or_insert(z);
            }
        }
    }

    /// The en name a zh mention resolves to anywhere in the article, when one is close.
    pub fn en_of(&self, z: &Fact) -> Option<&'a Fact> {
        let glosses = glosses(z);
        if let Some(e) = glosses.iter().find_map(|g| self.en_by_text.get(g)) {
            return Some(e);
        }
        if let Some(e) = glosses.first().and_then(|whole| self.en_by_named.get(whole)) {
            return Some(e);
        }
        let (e, sim) = self.en.best(z, RESOLVES)?;
        (sim >= RESOLVES).then_some(e)
    }

    /// The zh name an en mention resolves to anywhere in the article, when one is close.
    pub fn zh_of(&self, e: &Fact) -> Option<&'a Fact> {
        if let Some(z) = self.zh_by_gloss_of(&e.text.to_lowercase()) {
            return Some(z);
        }
        let initials = crate::facts::translit::en_initials(&e.text);
        self.zh_sharing(initials)
            .map(|z| (*z, name_similarity_at_least(&z.text, &e.text, RESOLVES)))
            .filter(|&(_, s)| s >= RESOLVES)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(z, _)| z)
    }

    /// The en name a zh mention resolves to: the one sentences that translate each other link
    /// it to ([`Self::link_paired_in_translations`]), else whole ([`Self::en_of`]) or by its
    /// surname alone (詹姆斯·赫顿 → `Hutton`, where the English article gives the surname only).
    pub fn en_entity(&self, z: &Fact) -> Option<&'a Fact> {
        if let Some(e) = self.en_by_unit.get(z.text.as_str()) {
            return Some(e);
        }
        self.en_of(z).or_else(|| {
            let key = entity_key(z);
            if key.chars().count() < 2 || key == z.text {
                return None;
            }
            let (e, sim) = self.en.best_for(&key, RESOLVES)?;
            (sim >= RESOLVES && fits(&key, entity_key(e).as_str())).then_some(e)
        })
    }

    /// The zh name an en mention resolves to: the one sentences that translate each other link
    /// it to ([`Self::link_paired_in_translations`]), else whole ([`Self::zh_of`]) or by its
    /// surname, on either side (`Luther` → 马丁·路德, `Fielding H. Garrison` → 加里森).
    pub fn zh_entity(&self, e: &Fact) -> Option<&'a Fact> {
        if let Some(z) = self.zh_by_unit.get(e.text.as_str()) {
            return Some(z);
        }
        let key = en_tokens(&e.text).last().copied().unwrap_or(&e.text);
        let whole = self.zh_of(e).filter(|z| {
            // a transliteration (not a gloss) must be short enough for the English surname
            self.zh_by_gloss_of(&e.text.to_lowercase()).is_some() || fits(&entity_key(z), key)
        });
        whole.or_else(|| {
            let key = *en_tokens(&e.text).last()?;
            // (else a group's plural by its members' name, where the English names a member
            // too: `Huguenots` → 胡格诺 beside `Huguenot Road`, `Muslims` → 穆斯林 beside `Muslim
            // intellectuals`; not `Rhazes`, a name that ends in `s`, asked first as it is)
            self.zh_by_surname(key).or_else(|| {
                let one = key.strip_suffix('s').filter(|k| k.len() >= 5)?;
                if !self.en_words.contains(&one.to_lowercase()) {
                    return None;
                }
                self.zh_by_surname(one)
            })
        })
    }

    /// The zh name whose gloss is a lower-case en name, whole or without its kind word
    /// (`ottoman empire` → 奥斯曼 `ottoman`, by a whole gloss only: [`Self::zh_by_whole_gloss`]).
    fn zh_by_gloss_of(&self, lower: &str) -> Option<&'a Fact> {
        (self.zh_by_gloss.get(lower).copied())
            .or_else(|| self.zh_by_whole_gloss.get(without_kind_word(lower)?).copied())
    }

    /// The zh names that may render a name with these initials, in order.
    fn zh_sharing(&self, initials: u32) -> impl Iterator<Item = &&'a Fact> {
        self.zh
            .iter()
            .zip(&self.zh_initials)
            .filter(move |&(_, &m)| m & initials != 0)
            .map(|(z, _)| z)
    }

    /// The zh name whose whole or surname renders the English word `key` best, if it resolves
    /// ([`RESOLVES`]) and fits ([`fits`]).
    fn zh_by_surname(&self, key: &str) -> Option<&'a Fact> {
        if key.chars().filter(|c| c.is_alphabetic()).count() < 4 {
            return None;
        }
        let initials = crate::facts::translit::en_initials(key);
        self.zh_sharing(initials)
            .map(|z| {
                let whole = name_similarity_at_least(&z.text, key, RESOLVES);
                let surname = entity_key(z);
                let part = if surname != z.text {
                    name_similarity_at_least(&surname, key, RESOLVES)
                } else {
                    0.0
                };
                (*z, whole.max(part))
            })
            .filter(|&(z, s)| s >= RESOLVES && fits(&entity_key(z), key))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(z, _)| z)
    }

    /// Do a zh and an en mention name one entity (by the lexicon, by transliteration, whole or
    /// surname, or by the surname's gloss: [`by_the_surnames_gloss`])?
    pub fn same(z: &Fact, e: &Fact) -> bool {
        let lower = e.text.to_lowercase();
        glosses(z)
            .iter()
            .any(|g| *g == lower || en_tokens(&e.text).iter().any(|t| t.to_lowercase() == *g))
            || resolves(&z.text, &e.text)
            || resolves(&entity_key(z), &e.text)
            || resolves(&z.text, &entity_key(e))
            || by_the_surnames_gloss(z, e)
    }
}

/// A Chinese whole name and an English one of two words or more, by the gloss of the Chinese
/// surname, where the Chinese given name renders the English first word: the gloss opens with
/// the whole English name (图灵 `alan turing english mathematician …` for 艾伦·图灵 against
/// `Alan Turing`) or with its last word (里根 `reagan ronald president` for 罗纳德·里根 against
/// `Ronald Reagan`), the surnames rendering each other too loosely for the transliteration;
/// not another person of the surname (德莫特·图灵, 南希·里根), nor `Alan` alone. The second form
/// measured with the mutation benchmark, together with name-mismatch reading two whole names
/// part against part: xquad name 435 → 436 of 543 (`-- 20`); the clean output of every corpus
/// unchanged.
fn by_the_surnames_gloss(z: &Fact, e: &Fact) -> bool {
    // (the cheap checks first: `same` asks this of every pair that failed the others)
    let (tokens, parts) = (en_tokens(&e.text), zh_parts(&z.text));
    let ([first, .., last], [given, .., surname]) = (&tokens[..], &parts[..]) else {
        return false;
    };
    if given == surname {
        return false;
    }
    let glosses = glosses_of(surname);
    (glosses.contains(&e.text.to_lowercase()) || glosses.contains(&last.to_lowercase())) && resolves(given, first)
}

/// Do a zh and an en mention name one entity by the lexicon, or by their surnames: the last
/// part of the Chinese against the last English word that is not a describing word (`Matua`
/// of `Matua Island`). Stricter than [`Entities::same`], where a lone Chinese part may render
/// any English word (贾内尔 / `Jane Goodall`, a given name).
pub fn same_surname(z: &Fact, e: &Fact) -> bool {
    let lower = e.text.to_lowercase();
    let glosses = glosses(z);
    // (or, without its kind word, by the whole gloss: 奥斯曼 `ottoman`, `Ottoman Empire`)
    if glosses.contains(&lower)
        || glosses
            .first()
            .is_some_and(|whole| Some(whole.as_str()) == without_kind_word(&lower))
    {
        return true;
    }
    // (or by the surname's gloss, the given names rendering each other)
    if by_the_surnames_gloss(z, e) {
        return true;
    }
    let Some(key) = en_tokens(&e.text)
        .into_iter()
        .rev()
        .find(|w| !DESCRIPTORS.contains(&w.to_lowercase().as_str()))
    else {
        return false;
    };
    resolves(&entity_key(z), key)
}

/// The words that name a state or a feature of the land after its name (`Ottoman Empire`,
/// `Ming dynasty`, `Yangtze River`), which the Chinese name reader leaves out (奥斯曼 of
/// 奥斯曼帝国) and the lexicon glosses without (奥斯曼 `ottoman`).
pub(crate) const KIND_WORDS: &[&str] = &[
    "empire",
    "dynasty",
    "river",
    "lake",
    "island",
    "islands",
    "sea",
    "desert",
    "mountains",
    "peninsula",
    "plateau",
    "strait",
];

/// A lower-case English name without its kind word ([`KIND_WORDS`]) and a leading `the`
/// (`the ottoman empire` → `ottoman`); None for a name without one, or that is one alone.
fn without_kind_word(lower: &str) -> Option<&str> {
    let lower = lower.trim();
    let lower = (lower.strip_prefix("the"))
        .filter(|rest| rest.starts_with(char::is_whitespace))
        .map_or(lower, str::trim_start);
    let (named, kind) = lower.rsplit_once(char::is_whitespace)?;
    let named = named.trim_end();
    (KIND_WORDS.contains(&kind) && named.len() >= 3 && !NAME_OPENERS.contains(&named)).then_some(named)
}

/// Whether a Chinese name renders an English one closely enough to name one entity; an
/// English county by the name before its `shire` (威尔特 for `Wiltshire`, of 威尔特郡: the
/// Chinese translates the `shire` by 郡, which the name reader leaves out).
fn resolves(zh: &str, en: &str) -> bool {
    name_similarity_at_least(zh, en, RESOLVES) >= RESOLVES
        || county(en).is_some_and(|name| name_similarity_at_least(zh, name, RESOLVES) >= RESOLVES)
}

/// The name of an English county before its `shire` (`Wilt` of `Wiltshire`), if the name is
/// one word that ends so, with three letters or more before it.
fn county(en: &str) -> Option<&str> {
    let cut = en.len().checked_sub("shire".len())?;
    (cut >= 3 && !en.contains(' ') && en.is_char_boundary(cut) && en[cut..].eq_ignore_ascii_case("shire"))
        .then(|| &en[..cut])
}

/// The sort of a place or organisation the lexicon knows, from jieba's part-of-speech tag
/// (`ns`: a place — country, city, region; `nt`: an organisation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Place,
    Organisation,
}

impl Sort {
    /// The sort of a word from its jieba tag and its gloss: `ns` a place, `nt` an
    /// organisation; a noun glossed as a capital, city or province (柏林 `berlin capital
    /// germany`, which jieba tags as a person's name) a place.
    pub fn of(tag: &str, gloss: &str) -> Option<Sort> {
        // (the words of land that make any noun a place: the first of LAND_GLOSS_WORDS)
        const PLACE: &[&str] = LAND_GLOSS_WORDS.split_at(5).0;
        match tag {
            // (a person jieba tags as a place, 欧拉 `leonhard euler swiss mathematician`, 普京
            // `vladimir putin president russia`: glossed by what they did, and by no word of land)
            "ns" if glossed_as_a_person(gloss) => None,
            "ns" => Some(Sort::Place),
            "nt" => Some(Sort::Organisation),
            t if t.starts_with('n') && gloss.split(' ').any(|w| PLACE.contains(&w)) => Some(Sort::Place),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Sort::Place => "place",
            Sort::Organisation => "organisation",
        }
    }
}

/// What people are glossed by: the work or office that made them known.
const PERSON_WORDS: &[&str] = &[
    "mathematician",
    "physicist",
    "chemist",
    "astronomer",
    "biologist",
    "scientist",
    "philosopher",
    "economist",
    "sociologist",
    "psychologist",
    "historian",
    "theologian",
    "writer",
    "poet",
    "novelist",
    "playwright",
    "dramatist",
    "author",
    "composer",
    "painter",
    "sculptor",
    "actor",
    "actress",
    "singer",
    "politician",
    "statesman",
    "president",
    "emperor",
    "king",
    "queen",
    "inventor",
    "explorer",
];

/// Words of land or of a site in a gloss: a place, whatever person it is named for or tells
/// of (华盛顿 `washington george first president state`, 嘉定 `jiading district`, 骊山 `mt li
/// near xi'an tomb first emperor`, 青瓦台 `blue house residence president south korea`).
const LAND_GLOSS_WORDS: &[&str] = &[
    "capital",
    "city",
    "province",
    "prefecture",
    "county",
    "district",
    "state",
    "town",
    "village",
    "region",
    "river",
    "mountain",
    "island",
    "lake",
    "sea",
    "country",
    "mt",
    "mount",
    "near",
    "residence",
    "palace",
    "tomb",
    "temple",
];

/// Whether a gloss describes a person (a word of [`PERSON_WORDS`]) and no land
/// ([`LAND_GLOSS_WORDS`]).
pub(crate) fn glossed_as_a_person(gloss: &str) -> bool {
    let words = || gloss.split(' ');
    words().any(|w| PERSON_WORDS.contains(&w)) && !words().any(|w| LAND_GLOSS_WORDS.contains(&w))
}

/// Words that begin many names (`South Africa`, `New York`, `United Nations`) and name
/// nothing alone: never the English key of a place on their own.
pub const NAME_OPENERS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "new",
    "united",
    "great",
    "greater",
    "saint",
    "st",
    "san",
    "santa",
    "upper",
    "lower",
    "middle",
    "inner",
    "outer",
    "old",
    "little",
    "mount",
    "lake",
    "port",
    "fort",
    "la",
    "le",
    "el",
    "los",
    "las",
    "de",
    "national",
    "royal",
    "holy",
    "democratic",
    "federal",
    "republic",
    "kingdom",
    "people's",
    "grand",
    "high",
    "free",
    "first",
    "state",
    "city",
    "county",
    "province",
];

/// English words that describe a place in a gloss rather than name it (`vienna capital
/// austria`): never a key's last word.
pub const DESCRIPTORS: &[&str] = &[
    "capital",
    "city",
    "county",
    "province",
    "prefecture",
    "district",
    "town",
    "region",
    "state",
    "river",
    "island",
    "abbr",
    "old",
    "name",
    "former",
    "ancient",
    "area",
    "in",
    "of",
    "the",
    "and",
    "a",
    "an",
    "see",
    "also",
    "variant",
];

/// The English keys of a place or organisation's gloss: the whole gloss and its first one to
/// three words, without a key that ends in a describing word or is one common opener alone.
pub fn english_keys(gloss: &str) -> Vec<String> {
    let words: Vec<&str> = gloss.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out: Vec<String> = Vec::new();
    for n in 1..=words.len().min(3) {
        let key = &words[..n];
        let last = key[n - 1];
        if DESCRIPTORS.contains(&last) || (n == 1 && words.len() > 1 && NAME_OPENERS.contains(&last)) {
            continue;
        }
        out.push(key.join(" "));
    }
    out.retain(|k| k.len() >= 3);
    out.dedup();
    out
}

/// The places and organisations the lexicon knows, by English key (`vienna` → 维也纳,
/// place): the words jieba's dictionary tags `ns` or `nt` that CC-CEDICT glosses, each
/// word once per key, in the dictionary's order; then the countries and territories of the
/// Unicode CLDR by their English names (`territories.tsv`). Made from the sources in a pass over
/// jieba's dictionary (a quarter of a second), so it ships made: `rules/data/lexicon/places.tsv`,
/// which a test checks against this.
#[cfg(test)]
pub(crate) fn places_from_sources() -> Vec<(String, &'static str, Sort)> {
    let mut out: Vec<(String, &'static str, Sort)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for line in crate::data::JIEBA_DICT.lines() {
        let mut fields = line.split_whitespace();
        let (Some(word), Some(tag)) = (fields.next(), fields.nth(1)) else {
            continue;
        };
        // (not a common word jieba tags as a name: 城市, 英里)
        if !tag.starts_with('n') || word.chars().count() < 2 || crate::lang::lexicon::only_a_common_word(word) {
            continue;
        }
        let Some(gloss) = crate::lang::lexicon::english(word) else {
            continue;
        };
        let Some(sort) = Sort::of(tag, gloss) else { continue };
        for k in english_keys(gloss) {
            if seen.insert((k.clone(), word)) {
                out.push((k, word, sort));
            }
        }
    }
    // the countries and territories, whatever jieba tags them (爱尔兰 and 乌克兰 as people's
    // names), after the dictionary's words of their key
    for line in crate::data::TERRITORIES.lines() {
        let Some((english, word)) = line.split_once('\t') else {
            continue;
        };
        let key = english.to_lowercase();
        if seen.insert((key.clone(), word)) {
            out.push((key, word, Sort::Place));
        }
    }
    // by key (a stable sort: a key's words stay in the dictionary's order)
    out.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    out
}

/// The lines of `places.tsv`: `key\tword\tp|o`, sorted by key.
fn place_lines() -> &'static [&'static str] {
    static LINES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LINES.get_or_init(|| crate::data::PLACES.lines().filter(|l| !l.is_empty()).collect())
}

/// The Chinese words (with their sort) a lower-case English name is the key of: `vienna` →
/// [维也纳 (place)]. Empty for a name the lexicon does not know as a place or organisation.
pub fn zh_places(english: &str) -> Vec<(&'static str, Sort)> {
    let lines = place_lines();
    let key = |l: &'static str| l.split('\t').next().unwrap_or_default();
    let from = lines.partition_point(|l| key(l).as_bytes() < english.as_bytes());
    lines[from..]
        .iter()
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .take_while(|f| f[0] == english)
        .filter_map(|f| {
            let sort = match *f.get(2)? {
                "p" => Sort::Place,
                _ => Sort::Organisation,
            };
            Some((*f.get(1)?, sort))
        })
        .collect()
}

/// Whether an English name reads as a people or a language (`American`, `Kenyans`): the
/// adjective of a place the Chinese names as the place (美国), not a name.
pub(crate) fn people_word(en: &str) -> bool {
    if en.contains(' ') {
        return false;
    }
    let w = en.to_lowercase();
    let one = w.strip_suffix('s').unwrap_or(&w);
    people_place(one).is_some()
        || one != w && people_place(&w).is_some()
        || ["n", "an", "ian", "ese", "ish", "i"].iter().any(|suffix| {
            one.strip_suffix(suffix)
                .is_some_and(|stem| stem.len() >= 4 && !zh_places(stem).is_empty())
        })
}

/// The place a people or a language word names (lower case, five letters or more): `persian`
/// → `persia`, `kenyan` → `kenya`, `italian` → `italy`, `german` → `germany`, `japanese` →
/// `japan`, `israeli` → `israel`, `french` → `france`, `american` → `united states`; with the
/// place's Chinese words. None for a word that is a place itself (`Japan`, `Sudan`; not an
/// organisation's key, as `japanese` is 株式会社's) or that undoes to no place the lexicon
/// knows (`Tran`, too short).
pub fn people_place(word: &str) -> Option<(String, Vec<(&'static str, Sort)>)> {
    const IRREGULAR: &[(&str, &str)] = &[
        ("french", "france"),
        ("spanish", "spain"),
        ("dutch", "netherlands"),
        ("english", "england"),
        ("swiss", "switzerland"),
        ("greek", "greece"),
        ("turkish", "turkey"),
        ("chinese", "china"),
        ("british", "united kingdom"),
        ("american", "united states"),
        ("polish", "poland"),
        ("portuguese", "portugal"),
        ("danish", "denmark"),
        ("swedish", "sweden"),
        ("finnish", "finland"),
        ("irish", "ireland"),
        ("scottish", "scotland"),
        ("welsh", "wales"),
        ("european", "europe"),
    ];
    if word.len() < 5 {
        return None;
    }
    let irregular = IRREGULAR.iter().find(|(d, _)| *d == word).map(|(_, p)| p.to_string());
    if irregular.is_none() && zh_places(word).iter().any(|(_, sort)| *sort == Sort::Place) {
        return None;
    }
    let mut keys: Vec<String> = irregular.into_iter().collect();
    if let Some(stem) = word.strip_suffix("ian").or_else(|| word.strip_suffix("an")) {
        keys.push(format!("{stem}y"));
    }
    if word.ends_with("an") {
        keys.push(word[..word.len() - 1].to_string());
    }
    for ending in ["ese", "i"] {
        if let Some(stem) = word.strip_suffix(ending) {
            keys.push(stem.to_string());
        }
    }
    keys.into_iter().filter(|k| k.len() >= 4).find_map(|key| {
        let zh: Vec<(&'static str, Sort)> = zh_places(&key).into_iter().filter(|(_, s)| *s == Sort::Place).collect();
        (!zh.is_empty()).then_some((key, zh))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `rules/data/lexicon/places.tsv` is what the sources give. After a change to the lexicon
    /// or to how keys are made, `PARALLAX_WRITE_PLACES=1 cargo test --lib places_table`
    /// writes it again.
    #[test]
    fn the_places_table_is_made_from_the_sources() {
        let made: String = places_from_sources()
            .iter()
            .map(|(k, w, s)| format!("{k}\t{w}\t{}\n", if *s == Sort::Place { "p" } else { "o" }))
            .collect();
        if std::env::var_os("PARALLAX_WRITE_PLACES").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/rules/data/lexicon/places.tsv");
            std::fs::write(path, &made).unwrap();
        }
        assert!(
            made == crate::data::PLACES,
            "rules/data/lexicon/places.tsv is out of date: PARALLAX_WRITE_PLACES=1 cargo test --lib places_table"
        );
        // and the table answers as the sources do
        assert_eq!(zh_places("vienna").first().map(|p| p.0), Some("维也纳"));
        // (a country jieba's dictionary tags as a person's name is a place, from the CLDR)
        assert!(zh_places("ireland").contains(&("爱尔兰", Sort::Place)));
        assert!(zh_places("ukraine").contains(&("乌克兰", Sort::Place)));
        assert!(zh_places("nowhere at all").is_empty());
    }

    /// A person jieba's dictionary tags as a place (`ns`) is no place: glossed by what they did
    /// and by no word of land (欧拉 `leonhard euler swiss mathematician`, 普京, 莎士比亚). A place
    /// named for a person or telling of one stays a place (华盛顿 `… president state`, 骊山 `mt li
    /// near xi'an tomb first emperor`, 青瓦台 `blue house residence president …`).
    #[test]
    fn a_person_tagged_as_a_place_is_none() {
        let sort = |word: &str| Sort::of("ns", crate::lang::lexicon::english(word).expect(word));
        for person in ["欧拉", "普京", "莎士比亚", "苏格拉底", "奥巴马"] {
            assert_eq!(sort(person), None, "{person}");
        }
        for place in ["华盛顿", "嘉定", "骊山", "青瓦台", "维也纳", "柏林"] {
            assert_eq!(sort(place), Some(Sort::Place), "{place}");
        }
        // and the shipped table says so
        assert!(zh_places("leonhard euler").is_empty());
        assert!(zh_places("vladimir putin").is_empty());
        assert!(zh_places("washington").contains(&("华盛顿", Sort::Place)));
    }

    /// The word for a place's people or its adjective undoes to the place, by the regular
    /// endings (`kenyan`, `italian`) or by the table of the others (`french`; `european`, whose
    /// endings undo to `europey` or `europea`, never `europe`); a place is none (`japan`).
    #[test]
    fn a_people_word_undoes_to_its_place() {
        let places = |w: &str| people_place(w).map(|(_, zh)| zh.into_iter().map(|p| p.0).collect::<Vec<_>>());
        for (word, zh) in [
            ("european", "欧洲"),
            ("french", "法国"),
            ("kenyan", "肯尼亚"),
            ("italian", "意大利"),
            // (though the table holds an organisation under `japanese`: 株式会社, `Japanese
            // company`)
            ("japanese", "日本"),
        ] {
            assert!(
                places(word).is_some_and(|p| p.contains(&zh)),
                "{word}: {:?}",
                places(word)
            );
        }
        assert_eq!(places("japan"), None);
    }
}

#[cfg(test)]
mod fits_tests {
    #[test]
    fn a_surname_fits_the_sounds_of_its_english() {
        assert!(super::fits("弗雷斯诺", "Fresno"));
        assert!(super::fits("路德", "Luther"));
        assert!(super::fits("加里森", "Garrison"));
        assert!(!super::fits("佛罗里达", "Ford"));
    }
}

#[cfg(test)]
mod surname_tests {
    use crate::facts::test_support::name_fact as name;

    /// A link across the pair by surname: the last Chinese part against the last English word
    /// that is not a describing word; not a given name, nor a word like `Island`.
    #[test]
    fn surnames_render_each_other() {
        assert!(super::same_surname(&name("阿尔德罗万迪"), &name("Ulisse Aldrovandi")));
        assert!(super::same_surname(&name("希罗宁姆斯·博克"), &name("Hieronymus Bock")));
        assert!(!super::same_surname(&name("贾内尔"), &name("Jane Goodall")));
        assert!(!super::same_surname(&name("伊斯兰"), &name("Matua Island")));
        // (by the surname's gloss, where it gives the whole name: 图灵 `alan turing english
        // mathematician …`, though 图灵 renders `Turing` too loosely to resolve)
        assert!(super::same_surname(&name("艾伦·图灵"), &name("Alan Turing")));
        assert!(!super::same_surname(&name("艾伦·图灵"), &name("Alan Smith")));
        assert!(!super::same_surname(&name("艾伦·图灵"), &name("Turing Award")));
        assert!(!super::same_surname(&name("德莫特·图灵"), &name("Alan Turing")));
        assert!(!super::same_surname(&name("艾伦·图灵"), &name("Alan")));
    }

    /// An English name that ends in a kind word, by the name before it; the key that tells it
    /// from another of its kind.
    #[test]
    fn a_name_without_its_kind_word() {
        use super::{naming_key, without_kind_word};
        let cases = [
            ("the ottoman empire", Some("ottoman")),
            ("ming dynasty", Some("ming")),
            ("yangtze river", Some("yangtze")),
            // (spaces of any kind and number between the words)
            ("ottoman  empire", Some("ottoman")),
            ("ottoman\u{a0}empire", Some("ottoman")),
            // (a kind word alone, a name with none, `kingdom`, which is none, a common opener
            // before it)
            ("empire", None),
            ("the empire", None),
            ("ottoman", None),
            ("the united kingdom", None),
            ("new sea", None),
            ("north sea", None),
        ];
        for (name, named) in cases {
            assert_eq!(without_kind_word(name), named, "{name}");
        }
        // (by the whole gloss only: 红军 `red army …` is no `Red Sea`)
        assert!(super::same_surname(&name("奥斯曼"), &name("Ottoman Empire")));
        assert!(!super::same_surname(&name("红军"), &name("Red Sea")));
        assert_eq!(naming_key(&name("Ottoman Empire")), "ottoman");
        assert_eq!(naming_key(&name("The Mongol Empire")), "mongol");
        assert_eq!(naming_key(&name("Isaac Newton")), "newton");
    }

    /// An English county by the name before its `shire`, which the Chinese translates (威尔特郡,
    /// read 威尔特; 汉普郡, read 汉普).
    #[test]
    fn a_county_resolves_by_the_name_before_its_shire() {
        let same = |z: &str, e: &str| super::Entities::same(&name(z), &name(e));
        assert!(same("威尔特", "Wiltshire"));
        assert!(same("约克", "Yorkshire"));
        assert!(same("汉普", "Hampshire"));
        assert!(!same("威尔特", "Wilton Shire"));
        assert!(!same("约克", "Wiltshire"));
        assert_eq!(super::county("Shire"), None);
        assert_eq!(super::county("Wiltshire"), Some("Wilt"));
    }

    /// A whole name whose surname the lexicon glosses by the English surname first, or by the
    /// whole English name, its given name rendering the English one (里根 `reagan ronald
    /// president`, 图灵 `alan turing …`: each renders its surname too loosely for the
    /// transliteration alone); not another person of that surname.
    #[test]
    fn a_whole_name_resolves_by_its_surnames_gloss() {
        let same = |z: &str, e: &str| super::Entities::same(&name(z), &name(e));
        assert!(same("罗纳德·里根", "Ronald Reagan"));
        assert!(same("艾伦·图灵", "Alan Turing"));
        assert!(!same("德莫特·图灵", "Alan Turing"));
        assert!(same("玛格丽特·撒切尔", "Margaret Thatcher"));
        assert!(!same("南希·里根", "Ronald Reagan"));
        assert!(!same("罗纳德·里根", "Nancy Reagan"));
        assert!(!same("罗纳德·里根", "Ronald Thatcher"));
    }

    /// A lexicon gloss that begins with a people or language word describes the name (高德纳
    /// `chinese name american computer scientist donald knuth …`): its first words are no key.
    #[test]
    fn a_describing_gloss_gives_no_key() {
        let keys = super::glosses(&name("高德纳"));
        assert!(!keys.iter().any(|k| k == "chinese" || k == "chinese name"), "{keys:?}");
        assert!(super::glosses(&name("维也纳")).iter().any(|k| k == "vienna"));
    }
}
