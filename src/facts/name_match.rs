//! Matching a Chinese person's name against English ones: the words and parts of a name, the
//! English name a Chinese one renders best, and where an unpunctuated Chinese name divides.
//! Shared by the name rules (`name-mismatch`, `inconsistent-transliteration`).

use super::translit::name_similarity;
use super::Fact;

/// Words of an English name (capitalised words only: `Leonid Tibilov`).
pub fn en_tokens(name: &str) -> Vec<&str> {
    name.split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect()
}

/// Parts of a Chinese name, split at the interpunct.
pub fn zh_parts(name: &str) -> Vec<&str> {
    name.split(['·', '・', '•', '‧']).filter(|p| !p.is_empty()).collect()
}

/// The English multi-word name a Chinese name renders best, with its similarity.
pub fn best_en<'a>(zh: &Fact, en: impl Iterator<Item = &'a Fact>) -> Option<(&'a Fact, f64)> {
    // names whose words start with no letter the Chinese could begin with score 0: skip them
    let initials = super::translit::zh_initials(&zh.text);
    en.map(|e| {
        let sim = if super::translit::en_initials(&e.text) & initials != 0 {
            super::translit::name_similarity(&zh.text, &e.text)
        } else {
            0.0
        };
        (e, sim)
    })
    .max_by(|a, b| a.1.total_cmp(&b.1))
}

/// Where a Chinese name without (or with a misplaced) interpunct divides into the given name
/// `tokens[0]` and the surname `tokens[1]`: the split whose weaker half matches best, with
/// that score.
pub fn best_split(chars: &[char], tokens: &[&str]) -> (usize, f64) {
    (1..chars.len())
        .map(|k| {
            let (a, b): (String, String) = (chars[..k].iter().collect(), chars[k..].iter().collect());
            (k, name_similarity(&a, tokens[0]).min(name_similarity(&b, tokens[1])))
        })
        .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)))
        .unwrap_or((0, 0.0))
}

/// English names indexed by the letters their words start with, so that a Chinese name is
/// compared only with the names it could match ([`super::translit::zh_initials`]), not with
/// every name of the article.
pub struct ByInitial<'a> {
    names: Vec<&'a Fact>,
    /// For each letter a–z: the names (indices, ascending) with a word starting with it.
    by_letter: Vec<Vec<usize>>,
}

impl<'a> ByInitial<'a> {
    pub fn new(names: Vec<&'a Fact>) -> Self {
        let mut by_letter = vec![Vec::new(); 26];
        for (i, f) in names.iter().enumerate() {
            let mask = super::translit::en_initials(&f.text);
            for (b, list) in by_letter.iter_mut().enumerate() {
                if mask & (1 << b) != 0 {
                    list.push(i);
                }
            }
        }
        ByInitial { names, by_letter }
    }

    /// The English name `zh` renders best, with its similarity, when that is `floor` or more
    /// (below it, the name and score say nothing): [`best_en`] over the names that share an
    /// initial with it, in their original order (so ties resolve alike).
    pub fn best(&self, zh: &Fact, floor: f64) -> Option<(&'a Fact, f64)> {
        self.best_for(&zh.text, floor)
    }

    /// [`Self::best`] for a Chinese name given as text (a surname: 赫顿 of 詹姆斯·赫顿).
    pub fn best_for(&self, zh: &str, floor: f64) -> Option<(&'a Fact, f64)> {
        let mask = super::translit::zh_initials(zh);
        let mut candidates: Vec<usize> = (0..26)
            .filter(|b| mask & (1 << b) != 0)
            .flat_map(|b| self.by_letter[b].iter().copied())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        // names outside the mask score 0 in best_en: leaving them out changes no match (and
        // those left share an initial with it: best_en's own test would pass them all)
        candidates
            .iter()
            .map(|&i| {
                let e = self.names[i];
                (e, super::translit::name_similarity_at_least(zh, &e.text, floor))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
    }
}
