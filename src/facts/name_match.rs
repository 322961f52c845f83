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
            name_similarity(&zh.text, &e.text)
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
