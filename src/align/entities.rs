//! Entities across a pair: each name mention resolved to the mentions of the same person,
//! place or organisation, on its own side (谢尔盖·巴加普什 / 巴加普什; Sergei Bagapsh / Bagapsh)
//! and on the other side (by transliteration: 巴加普什 ↔ Bagapsh). A name in one sentence
//! that resolves to another entity of the article than its counterpart's is a swapped name.

use super::Side;
use crate::facts::name_match::{en_tokens, zh_parts, ByInitial};
use crate::facts::translit::name_similarity;
use crate::facts::{Fact, FactKind};

/// A name mention resolves to an entity of the other side at or above this similarity.
const RESOLVES: f64 = 0.8;

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

/// The names of both sides of a pair, indexed for resolving a mention across the pair.
pub struct Entities<'a> {
    en: ByInitial<'a>,
    /// Distinct zh names (one fact per name text).
    zh: Vec<&'a Fact>,
    /// en names by their lower-case text, and zh names by the English the lexicon gives them
    /// (`英格兰` → `england`): names that are translated, not transliterated.
    en_by_text: std::collections::HashMap<String, &'a Fact>,
    zh_by_gloss: std::collections::HashMap<String, &'a Fact>,
}

/// The English the lexicon gives a zh name: the whole gloss, and its first one to three words.
fn glosses(z: &Fact) -> Vec<String> {
    let folded = crate::lang::script::fold_to_simplified(&z.text).text;
    let Some(e) = crate::lang::lexicon::english(&folded) else {
        return Vec::new();
    };
    // the gloss starts with the name (`vienna capital austria`, `european union`); later
    // words describe it (`qi county in hebi, henan`)
    let words: Vec<&str> = e.split(' ').collect();
    let mut out = vec![e.to_string()];
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
        let mut zh_by_gloss = std::collections::HashMap::new();
        for z in &zs {
            for g in glosses(z) {
                zh_by_gloss.entry(g).or_insert(*z);
            }
        }
        Entities {
            en: ByInitial::new(es),
            zh: zs,
            en_by_text,
            zh_by_gloss,
        }
    }

    /// The en name a zh mention resolves to anywhere in the article, when one is close.
    pub fn en_of(&self, z: &Fact) -> Option<&'a Fact> {
        if let Some(e) = glosses(z).iter().find_map(|g| self.en_by_text.get(g)) {
            return Some(e);
        }
        let (e, sim) = self.en.best(z)?;
        (sim >= RESOLVES).then_some(e)
    }

    /// The zh name an en mention resolves to anywhere in the article, when one is close.
    pub fn zh_of(&self, e: &Fact) -> Option<&'a Fact> {
        if let Some(z) = self.zh_by_gloss.get(&e.text.to_lowercase()) {
            return Some(z);
        }
        let initials = crate::facts::translit::en_initials(&e.text);
        self.zh
            .iter()
            .filter(|z| crate::facts::translit::zh_initials(&z.text) & initials != 0)
            .map(|z| (*z, name_similarity(&z.text, &e.text)))
            .filter(|&(_, s)| s >= RESOLVES)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(z, _)| z)
    }

    /// Do a zh and an en mention name one entity (by the lexicon, or by transliteration,
    /// whole or surname)?
    pub fn same(z: &Fact, e: &Fact) -> bool {
        let lower = e.text.to_lowercase();
        glosses(z)
            .iter()
            .any(|g| *g == lower || en_tokens(&e.text).iter().any(|t| t.to_lowercase() == *g))
            || name_similarity(&z.text, &e.text) >= RESOLVES
            || name_similarity(&entity_key(z), &e.text) >= RESOLVES
            || name_similarity(&z.text, &entity_key(e)) >= RESOLVES
    }
}
