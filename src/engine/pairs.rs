//! The zh↔en pairs among a run's documents, with the facts extracted for them.

use super::inputs::Known;
use crate::align::{self, Side};
use crate::facts::{self, Fact};
use crate::parse::Document;
use crate::source::{Lang, SourceFile};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Duration;

/// The zh↔en pairs among a run's documents, with the facts extracted for them.
pub struct Paired {
    /// Per document: its facts, when they were extracted (pairing ran on it).
    facts: Vec<Option<Vec<Fact>>>,
    /// (zh file, en file, score)
    pub pairs: Vec<(usize, usize, f64)>,
    /// Documents whose facts took longer than the time budget: they are in no pair.
    pub slow: Vec<usize>,
}

/// A document's facts, extracted within `budget` (`None`: the budget ran out first).
pub(super) fn extract_within(budget: Option<Duration>, doc: &Document, text: &str) -> Option<Vec<Fact>> {
    crate::budget::with_deadline(budget, || {
        let found = facts::extract(doc, text);
        (!crate::budget::expired()).then_some(found)
    })
}

/// The documents of `facts` that were to be extracted (`wanted`) but ran out of time.
fn slow_of(facts: &[Option<Vec<Fact>>], wanted: impl Fn(usize) -> bool) -> Vec<usize> {
    (0..facts.len()).filter(|&i| wanted(i) && facts[i].is_none()).collect()
}

impl Paired {
    pub fn none(n: usize) -> Self {
        Paired {
            facts: vec![None; n],
            pairs: Vec::new(),
            slow: Vec::new(),
        }
    }

    /// Exactly these (zh, en) pairs, facts extracted for their documents only — unless
    /// `known` has them (extracted earlier from the same text) — each within `budget`. A pair
    /// with a document over it is dropped (the document is in `slow`).
    pub fn fixed(
        files: &[SourceFile],
        docs: &[Document],
        pairs: Vec<(usize, usize)>,
        mut known: Vec<Option<Vec<Fact>>>,
        budget: Option<Duration>,
    ) -> Self {
        let mut wanted = vec![false; files.len()];
        for &(z, e) in &pairs {
            wanted[z] = true;
            wanted[e] = true;
        }
        known.resize_with(files.len(), || None);
        let facts: Vec<Option<Vec<Fact>>> = known
            .into_par_iter()
            .with_max_len(1)
            .enumerate()
            .map(|(i, k)| match k {
                // facts known already serve a document alone too (its rules read them)
                Some(f) => Some(f),
                None if wanted[i] => extract_within(budget, &docs[i], &files[i].text),
                None => None,
            })
            .collect();
        let slow = slow_of(&facts, |i| wanted[i]);
        Paired {
            pairs: pairs
                .into_iter()
                .filter(|(z, e)| facts[*z].is_some() && facts[*e].is_some())
                .map(|(z, e)| (z, e, 1.0))
                .collect(),
            facts,
            slow,
        }
    }

    /// Extract facts and pair the documents. `fixed` names explicit pairs by path; with
    /// `by_name`, files named as one article's language versions (`X.zh.md` / `X.en.txt`,
    /// `zh/X.md` / `en/X.md`) pair next.
    pub fn find(
        files: &[SourceFile],
        docs: &[Document],
        fixed: &[(PathBuf, PathBuf)],
        by_name: bool,
        budget: Option<Duration>,
    ) -> Self {
        let has = |l: Lang| docs.iter().any(|d| d.lang == l);
        if !(has(Lang::Zh) && has(Lang::En)) {
            return Paired::none(files.len());
        }
        let facts: Vec<Option<Vec<Fact>>> = files
            .par_iter()
            .with_max_len(1)
            .zip(docs)
            .map(|(f, d)| extract_within(budget, d, &f.text))
            .collect();
        let slow = slow_of(&facts, |_| true);
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        let langs: Vec<Lang> = docs.iter().map(|d| d.lang).collect();
        let (fixed, named) = by_path_and_name(&names, &langs, fixed, by_name);
        let found: Vec<&[Fact]> = facts.iter().map(|f| f.as_deref().unwrap_or_default()).collect();
        let pairs = align::pair::find(docs, &found, |i| &docs[i].prose.text, &fixed, &named)
            .into_iter()
            .filter(|(z, e, _)| facts[*z].is_some() && facts[*e].is_some())
            .collect();
        Paired { facts, pairs, slow }
    }

    /// Every document's facts, when they were extracted (the pairs are kept).
    pub fn take_facts(&mut self) -> Vec<Option<Vec<Fact>>> {
        std::mem::take(&mut self.facts)
    }

    /// A document's facts, when they were extracted.
    pub fn facts_of(&self, file: usize) -> Option<&[Fact]> {
        self.facts[file].as_deref()
    }

    pub fn partner_of(&self, file: usize) -> Option<usize> {
        self.pairs.iter().find_map(|&(z, e, _)| {
            if z == file {
                Some(e)
            } else if e == file {
                Some(z)
            } else {
                None
            }
        })
    }

    pub fn side<'a>(&'a self, files: &'a [SourceFile], docs: &'a [Document], i: usize) -> Side<'a> {
        Side {
            file: i,
            source: &files[i],
            doc: &docs[i],
            facts: self.facts_of(i).unwrap_or(&[]),
        }
    }
}

/// (zh file, en file) pairs, by index.
type IndexPairs = Vec<(usize, usize)>;

/// The pairs among the files `names` (of languages `langs`) that paths and names give: the
/// explicit `fixed` pairs (by path), and with `by_name` the files named as one article's
/// language versions ([`align::pair::by_name`]).
pub(super) fn by_path_and_name(
    names: &[&str],
    langs: &[Lang],
    fixed: &[(PathBuf, PathBuf)],
    by_name: bool,
) -> (IndexPairs, IndexPairs) {
    let known = Known::new(names.iter().copied());
    let index = |path: &PathBuf| known.position(path);
    let fixed = fixed.iter().filter_map(|(z, e)| Some((index(z)?, index(e)?))).collect();
    let named = if by_name {
        align::pair::by_name(names, langs)
    } else {
        Vec::new()
    };
    (fixed, named)
}

/// The order a run reports its files in, as a rank per file: the two files of a pair
/// together, where the first of their names falls, the others by name. A folder is then
/// reported pair by pair as it is checked (see [`super::stream`]), and a run that holds
/// every file reports in the same order.
pub fn output_order(names: &[&str], pairs: &[(usize, usize)]) -> Vec<usize> {
    let mut key: Vec<&str> = names.to_vec();
    for &(a, b) in pairs {
        let first = names[a].min(names[b]);
        key[a] = first;
        key[b] = first;
    }
    let mut by: Vec<usize> = (0..names.len()).collect();
    by.sort_by(|&a, &b| (key[a], names[a], a).cmp(&(key[b], names[b], b)));
    let mut rank = vec![0; names.len()];
    for (r, i) in by.into_iter().enumerate() {
        rank[i] = r;
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::output_order;

    #[test]
    fn a_pair_is_reported_together_where_its_first_name_falls() {
        let names = ["en/a.md", "en/b.md", "notes.md", "zh/a.md", "zh/b.md"];
        let rank = output_order(&names, &[(3, 0), (4, 1)]);
        let mut order: Vec<&str> = names.to_vec();
        order.sort_by_key(|n| rank[names.iter().position(|m| m == n).unwrap()]);
        assert_eq!(order, ["en/a.md", "zh/a.md", "en/b.md", "zh/b.md", "notes.md"]);
        // without pairs: by name
        assert_eq!(output_order(&names, &[]), [0, 1, 2, 3, 4]);
    }
}
