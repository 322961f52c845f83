//! Lexical evidence: how many of a zh sentence's content words the lexicon translates into
//! words of an en sentence (`任命` ↔ `appointed`, `维也纳` ↔ `Vienna`). It does not rest on the
//! facts the rules then compare, so a changed date or number does not move the alignment.

use super::Side;
use crate::lang::lexicon;
use std::collections::HashMap;

/// Per sentence: the content words, as ids of English stems.
pub(super) struct Lexical {
    /// For each zh sentence (position), each content word the en document can match: the
    /// stem ids the lexicon gives it (sorted).
    zh: Vec<Vec<Vec<u32>>>,
    /// For each en sentence, its content stems that some zh word can match (sorted, distinct).
    en: Vec<Vec<u32>>,
}

/// Part-of-speech tags of words that carry no content: particles, prepositions,
/// conjunctions, pronouns, numerals and classifiers, punctuation.
fn is_function(tag: &str) -> bool {
    matches!(
        tag.as_bytes().first(),
        Some(b'u' | b'p' | b'c' | b'r' | b'm' | b'q' | b'x' | b'w' | b'e' | b'y' | b'o')
    )
}

/// Stems this common in the en document say little (`bagapsh` in an article about him).
const COMMON_SHARE: f64 = 0.25;

impl Lexical {
    pub(super) fn new(zh: &Side, en: &Side, zs: &[usize], es: &[usize]) -> Self {
        let text = |side: &Side, s: usize| -> String {
            side.doc
                .prose
                .text
                .get(side.doc.sentences[s].prose.clone())
                .unwrap_or_default()
                .to_string()
        };
        // the en stems, interned, with the number of sentences each occurs in
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut df: Vec<usize> = Vec::new();
        let mut en_ids: Vec<Vec<u32>> = es
            .iter()
            .map(|&s| {
                let mut v: Vec<u32> = lexicon::en_stems(&text(en, s))
                    .into_iter()
                    .map(|w| {
                        let next = ids.len() as u32;
                        *ids.entry(w).or_insert(next)
                    })
                    .collect();
                v.sort_unstable();
                v.dedup();
                for &i in &v {
                    if df.len() <= i as usize {
                        df.resize(i as usize + 1, 0);
                    }
                    df[i as usize] += 1;
                }
                v
            })
            .collect();
        let common = |i: u32| df[i as usize] as f64 > COMMON_SHARE * es.len().max(4) as f64;
        let mut stems_of: HashMap<String, Vec<u32>> = HashMap::new();
        let mut reachable = vec![false; ids.len()];
        let zh_ids: Vec<Vec<Vec<u32>>> = zs
            .iter()
            .map(|&s| {
                zh.doc
                    .sentence_words(s)
                    .iter()
                    .map(|(_, w)| w)
                    .filter(|w| w.text.chars().count() >= 2 && !is_function(w.tag))
                    .filter_map(|w| {
                        let v = stems_of.entry(w.text.to_string()).or_insert_with(|| {
                            let mut v: Vec<u32> = lexicon::zh_stems(w.text)
                                .iter()
                                .filter_map(|st| ids.get(st).copied())
                                .filter(|&i| !common(i))
                                .collect();
                            v.sort_unstable();
                            v.dedup();
                            v
                        });
                        for &i in v.iter() {
                            reachable[i as usize] = true;
                        }
                        (!v.is_empty()).then(|| v.clone())
                    })
                    .collect()
            })
            .collect();
        for v in &mut en_ids {
            v.retain(|&i| reachable[i as usize]);
        }
        Lexical { zh: zh_ids, en: en_ids }
    }

    /// Dice overlap of the content words of zh sentences `zi` and en sentences `ej`: the zh
    /// words whose translation the en side holds and the en words so matched (each once),
    /// against the words either side could match.
    pub(super) fn overlap(&self, zi: &[usize], ej: &[usize]) -> f64 {
        let nz: usize = zi.iter().map(|&i| self.zh[i].len()).sum();
        let ne: usize = ej.iter().map(|&j| self.en[j].len()).sum();
        if nz == 0 || ne == 0 {
            return 0.0;
        }
        // (plain loops: this is the alignment's inner loop, and the closures of an iterator
        // chain were not always inlined)
        let mut hit: Vec<u32> = Vec::new();
        let mut matched = 0;
        for &i in zi {
            for word in &self.zh[i] {
                let before = hit.len();
                for id in word {
                    if ej.iter().any(|&j| self.en[j].binary_search(id).is_ok()) {
                        hit.push(*id);
                    }
                }
                matched += usize::from(hit.len() > before);
            }
        }
        // each side's words that the other translates: many zh words glossed by one English
        // word (造字, 用字, 字法: `character`) match one word of the English, not many
        hit.sort_unstable();
        hit.dedup();
        ((matched + hit.len().min(matched)) as f64 / (nz + ne) as f64).min(1.0)
    }

    /// The content stems zh sentence `i` can match (any of each word's translations).
    pub(super) fn zh_stems(&self, i: usize) -> impl Iterator<Item = u32> + '_ {
        self.zh[i].iter().flatten().copied()
    }

    /// The content stems of en sentence `j` that some zh word can match (sorted, distinct).
    pub(super) fn en_stems(&self, j: usize) -> &[u32] {
        &self.en[j]
    }
}

#[cfg(test)]
mod tests {
    use super::Lexical;

    /// Three Chinese words that the lexicon glosses with one English word (造字, 用字, 字法:
    /// `character`) against an English sentence of three words: one of the English words is
    /// matched, not three (wikipairs' Chinese_language, two sentences on different things).
    #[test]
    fn one_english_word_matches_once() {
        let lexical = Lexical {
            zh: vec![vec![vec![1], vec![1], vec![1]]],
            en: vec![vec![1, 2, 3]],
        };
        let overlap = lexical.overlap(&[0], &[0]);
        assert!((overlap - 4.0 / 6.0).abs() < 1e-9, "{overlap}");
        // words that translate each other one for one still match in full
        let lexical = Lexical {
            zh: vec![vec![vec![1], vec![2], vec![3]]],
            en: vec![vec![1, 2, 3]],
        };
        assert_eq!(lexical.overlap(&[0], &[0]), 1.0);
    }
}
