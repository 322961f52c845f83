//! What the HTML report shows of a run besides its findings: every article parsed, with its
//! facts, and the zh↔en pairs with their sentence alignments ([`crate::report::html::Model`]).

use super::guard::Failures;
use super::run::parse_all;
use super::{Kept, Options, Paired};
use crate::align::{self, Alignment};
use crate::report::html::{Model, PairView};
use crate::source::SourceFile;
use rayon::prelude::*;

/// Parse the first `articles` of `files` (the rest are rule packs), pair them as `check`
/// does (explicit pairs, then by name, then by content), align each pair and extract every
/// article's facts; what the run `kept` (see [`super::Options::keep_documents`]) is used
/// instead of being made again. A pair whose alignment fails (a panic) is shown unaligned.
pub fn model<'a>(files: &'a [SourceFile], articles: usize, opts: &Options, kept: Option<Kept>) -> Model<'a> {
    let articles = articles.min(files.len());
    let failures = Failures::new(None);
    let (docs, paired, mut aligned) = match kept {
        Some(k) if k.docs.len() == articles => (k.docs, Some(k.paired), k.alignments),
        _ => (parse_all(&files[..articles], opts, &failures), None, Vec::new()),
    };
    // the run paired the documents only when a cross-language rule was on
    let mut paired = match paired.filter(|p| !p.pairs.is_empty() || (0..articles).any(|i| p.facts_of(i).is_some())) {
        Some(p) => p,
        None => failures
            .catch(0, &|| "pairing the documents".into(), || {
                Paired::find(
                    &files[..articles],
                    &docs,
                    &opts.pairs,
                    !opts.no_name_pairing,
                    opts.budget,
                )
            })
            .unwrap_or_else(|| Paired::none(articles)),
    };
    // the run's alignments, when it compared these very pairs
    aligned.resize_with(paired.pairs.len(), || None);
    let pairs: Vec<PairView> = paired
        .pairs
        .par_iter()
        .zip(aligned)
        .with_max_len(1)
        .map(|(&(z, e, score), done)| {
            let (zh, en) = (paired.side(files, &docs, z), paired.side(files, &docs, e));
            let what = || format!("aligning {} and {}", files[z].name, files[e].name);
            let alignment = done
                .or_else(|| failures.catch(z, &what, || align::align(&zh, &en)))
                .unwrap_or_default();
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
        .map(|(i, f)| {
            f.unwrap_or_else(|| super::pairs::extract_within(opts.budget, &docs[i], &files[i].text).unwrap_or_default())
        })
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
        .map(|u| u.is_sure().then(|| align::why(zh, en, u, &alignment.stated)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_run_kept_is_what_the_report_would_make() {
        let (files, errors) = crate::engine::load_inputs(&["seeds".to_string()]);
        assert!(errors.is_empty() && files.len() == 4);
        let opts = Options {
            keep_documents: true,
            ..Options::default()
        };
        let (rules, _) = crate::engine::load_rules(&opts);
        let outcome = crate::engine::check_loaded(files, Vec::new(), &opts, &rules, Vec::new());
        let kept = outcome.kept.expect("kept when asked");
        assert_eq!(kept.docs.len(), 4);
        assert_eq!(kept.alignments.len(), kept.paired.pairs.len());
        assert!(!kept.alignments.is_empty() && kept.alignments.iter().all(Option::is_some));
        let reused = model(&outcome.files, 4, &opts, Some(kept));
        let made = model(&outcome.files, 4, &opts, None);
        let shape = |m: &Model| -> Vec<(usize, usize, usize, usize)> {
            m.pairs
                .iter()
                .map(|p| (p.zh, p.en, p.alignment.units.len(), p.why.iter().flatten().count()))
                .collect()
        };
        assert_eq!(shape(&reused), shape(&made));
        assert_eq!(reused.facts, made.facts);
        // not kept unless asked
        let plain = crate::engine::check_loaded(
            outcome.files.clone(),
            Vec::new(),
            &Options::default(),
            &rules,
            Vec::new(),
        );
        assert!(plain.kept.is_none());
    }
}
