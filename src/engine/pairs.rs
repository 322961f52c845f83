//! The zh↔en pairs among a run's documents, with the facts extracted for them.

use super::inputs::same_file;
use crate::align::{self, Side};
use crate::facts::{self, Fact};
use crate::parse::Document;
use crate::source::{Lang, SourceFile};
use rayon::prelude::*;
use std::path::PathBuf;

/// The zh↔en pairs among a run's documents, with the facts extracted for them.
pub struct Paired {
    /// Per document: its facts, when they were extracted (pairing ran on it).
    facts: Vec<Option<Vec<Fact>>>,
    /// (zh file, en file, score)
    pub pairs: Vec<(usize, usize, f64)>,
}

impl Paired {
    pub fn none(n: usize) -> Self {
        Paired {
            facts: vec![None; n],
            pairs: Vec::new(),
        }
    }

    /// Exactly these (zh, en) pairs, facts extracted for their documents only.
    pub fn fixed(files: &[SourceFile], docs: &[Document], pairs: Vec<(usize, usize)>) -> Self {
        let mut wanted = vec![false; files.len()];
        for &(z, e) in &pairs {
            wanted[z] = true;
            wanted[e] = true;
        }
        let facts = (0..files.len())
            .into_par_iter()
            .with_max_len(1)
            .map(|i| wanted[i].then(|| facts::extract(&docs[i], &files[i].text)))
            .collect();
        Paired {
            facts,
            pairs: pairs.into_iter().map(|(z, e)| (z, e, 1.0)).collect(),
        }
    }

    /// Extract facts and pair the documents. `fixed` names explicit pairs by path; with
    /// `by_name`, files named as one article's language versions (`X.zh.md` / `X.en.txt`,
    /// `zh/X.md` / `en/X.md`) pair next.
    pub fn find(files: &[SourceFile], docs: &[Document], fixed: &[(PathBuf, PathBuf)], by_name: bool) -> Self {
        let has = |l: Lang| docs.iter().any(|d| d.lang == l);
        if !(has(Lang::Zh) && has(Lang::En)) {
            return Paired::none(files.len());
        }
        let facts: Vec<Vec<Fact>> = files
            .par_iter()
            .with_max_len(1)
            .zip(docs)
            .map(|(f, d)| facts::extract(d, &f.text))
            .collect();
        let index = |path: &PathBuf| files.iter().position(|f| same_file(&f.name, path));
        let fixed: Vec<(usize, usize)> = fixed.iter().filter_map(|(z, e)| Some((index(z)?, index(e)?))).collect();
        let named = if by_name {
            let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
            align::pair::by_name(&names, docs)
        } else {
            Vec::new()
        };
        let pairs = align::pair::find(docs, &facts, |i| &docs[i].prose.text, &fixed, &named);
        Paired {
            facts: facts.into_iter().map(Some).collect(),
            pairs,
        }
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
