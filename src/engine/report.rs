//! What the HTML report shows of a run besides its findings: every article parsed, with its
//! facts, and the zh↔en pairs with their sentence alignments ([`crate::report::html::Model`]).

use super::guard::Failures;
use super::run::parse_all;
use super::{Options, Paired};
use crate::align::{self, Alignment};
use crate::facts;
use crate::report::html::{Model, PairView};
use crate::source::SourceFile;
use rayon::prelude::*;

/// Parse the first `articles` of `files` (the rest are rule packs), pair them as `check`
/// does (explicit pairs, then by name, then by content), align each pair and extract every
/// article's facts. A pair whose alignment fails (a panic) is shown unaligned.
pub fn model<'a>(files: &'a [SourceFile], articles: usize, opts: &Options) -> Model<'a> {
    let articles = articles.min(files.len());
    let failures = Failures::new(None);
    let docs = parse_all(&files[..articles], opts, &failures);
    let mut paired = failures
        .catch(0, &|| "pairing the documents".into(), || {
            Paired::find(&files[..articles], &docs, &opts.pairs, !opts.no_name_pairing)
        })
        .unwrap_or_else(|| Paired::none(articles));
    let pairs: Vec<PairView> = paired
        .pairs
        .par_iter()
        .with_max_len(1)
        .map(|&(z, e, score)| {
            let (zh, en) = (paired.side(files, &docs, z), paired.side(files, &docs, e));
            let what = || format!("aligning {} and {}", files[z].name, files[e].name);
            let alignment = failures.catch(z, &what, || align::align(&zh, &en)).unwrap_or_default();
            let why = why_of(&alignment, &zh, &en);
            PairView {
                zh: z,
                en: e,
                score,
                alignment,
                why,
            }
        })
        .collect();
    let facts: Vec<_> = paired
        .take_facts()
        .into_par_iter()
        .with_max_len(1)
        .enumerate()
        .map(|(i, f)| f.unwrap_or_else(|| facts::extract(&docs[i], &files[i].text)))
        .collect();
    Model {
        files,
        docs,
        facts,
        pairs,
    }
}

/// For each unit: why its sentences are believed to correspond (sure units only).
fn why_of(alignment: &Alignment, zh: &align::Side, en: &align::Side) -> Vec<Option<String>> {
    alignment
        .units
        .iter()
        .map(|u| u.is_sure().then(|| align::why(zh, en, u)))
        .collect()
}
