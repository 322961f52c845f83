//! The run over documents: parse every document, run the single-document rules on each and
//! the cross-language rules on each pair, in parallel, one document or pair per task.

use super::inputs::add_counterparts;
use super::*;
use crate::align::{self};
use crate::diagnostic::{Diagnostic, Severity};
use crate::parse::{parse, Document};
use crate::rules::{Context, PairContext, Rule};
use crate::source::{Lang, LoadError, SourceFile};
use rayon::prelude::*;

/// Check the files and folders named by `paths` (`-` is stdin) with `rules` (see
/// [`load_rules`]); rule-pack problems are added as diagnostics on the pack files.
pub fn check_paths(paths: &[String], opts: &Options, rules: &[Box<dyn Rule>], pack_errors: Vec<FailedPack>) -> Outcome {
    let (files, errors) = load_paths(paths, opts);
    check_loaded(files, errors, opts, rules, pack_errors)
}

/// Check files already read (see [`load_paths`]).
pub fn check_loaded(
    mut files: Vec<SourceFile>,
    errors: Vec<LoadError>,
    opts: &Options,
    rules: &[Box<dyn Rule>],
    pack_errors: Vec<FailedPack>,
) -> Outcome {
    // One side of a configured pair given alone (pre-commit passes only the changed files):
    // read its counterpart as context, for the cross-language rules, and report only what
    // concerns the files asked for.
    let context = add_counterparts(&mut files, opts);
    let mut diagnostics = check_sources(&files, opts, rules);
    if !context.is_empty() {
        diagnostics.retain(|d| !context.contains(&d.file) || d.labels.iter().any(|l| !context.contains(&l.file)));
    }
    let mut config_errors = 0;
    let pack_files = pack_errors.len();
    for (f, errs) in pack_errors {
        let id = files.len();
        for e in errs {
            config_errors += 1;
            diagnostics.push(Diagnostic::new(RULE_PACK, Severity::Error, id, e.span, e.message).with_label("here"));
        }
        files.push(f);
    }
    crate::diagnostic::sort(&files, &mut diagnostics);
    Outcome {
        files,
        diagnostics,
        errors,
        config_errors,
        pack_files,
    }
}

/// Parse and lint already-loaded sources with `rules` filtered by `opts`: single-document
/// rules on every document, cross-language rules on every zh↔en pair found among them (or
/// given in `opts.pairs`). Diagnostics refer to files by their index.
pub fn check_sources(files: &[SourceFile], opts: &Options, rules: &[Box<dyn Rule>]) -> Vec<Diagnostic> {
    let rules = active_rules(opts, rules);
    // the run's texts are all known: load only the part of jieba's dictionary they can use
    crate::lang::segment::prepare(files.iter().map(|f| f.text.as_str()));
    let docs: Vec<Document> = files
        .par_iter()
        .with_max_len(1)
        .map(|f| parse(f, opts.input_format))
        .collect();
    let paired = if rules.iter().any(|r| r.cross_language()) {
        Paired::find(files, &docs, &opts.pairs, !opts.no_name_pairing)
    } else {
        Paired::none(files.len())
    };
    let mut out = lint(files, &docs, &paired, &rules, opts);
    crate::diagnostic::sort(files, &mut out);
    out
}

/// What [`check_pages`] found.
#[derive(Debug, Default)]
pub struct Checked {
    /// In page order (see [`crate::diagnostic::sort_in_page_order`]).
    pub diagnostics: Vec<Diagnostic>,
    /// The pairs asked for that were not compared: not one zh and one en document.
    pub refused: Vec<(usize, usize)>,
}

/// Lint one batch of dump pages or records, in parallel: single-document rules on every page,
/// and the cross-language rules on the given `pairs` (indices into `files`, either order) —
/// no other pairs are looked for. Diagnostics are sorted in page order (file index), then
/// start, then rule.
pub fn check_pages(files: &[SourceFile], pairs: &[(usize, usize)], opts: &Options, rules: &[Box<dyn Rule>]) -> Checked {
    let rules = active_rules(opts, rules);
    let docs: Vec<Document> = files
        .par_iter()
        .with_max_len(1)
        .map(|f| parse(f, opts.input_format))
        .collect();
    let (mut good, mut refused) = (Vec::new(), Vec::new());
    for &(a, b) in pairs {
        match (docs[a].lang, docs[b].lang) {
            (Lang::Zh, Lang::En) => good.push((a, b)),
            (Lang::En, Lang::Zh) => good.push((b, a)),
            _ => refused.push((a, b)),
        }
    }
    let paired = if rules.iter().any(|r| r.cross_language()) {
        Paired::fixed(files, &docs, good)
    } else {
        Paired::none(files.len())
    };
    let mut diagnostics = lint(files, &docs, &paired, &rules, opts);
    crate::diagnostic::sort_in_page_order(&mut diagnostics);
    Checked { diagnostics, refused }
}

/// Run `rules` on parsed documents: the single-document rules on each (seeing its partner),
/// the cross-language rules on each pair. Unsorted.
fn lint(
    files: &[SourceFile],
    docs: &[Document],
    paired: &Paired,
    rules: &[&dyn Rule],
    opts: &Options,
) -> Vec<Diagnostic> {
    // Documents differ widely in cost (a zh article costs far more per byte than an en one):
    // one document per task, so an idle thread can steal any of them — rayon's default
    // halves leave one thread with the heavy half (measured: 1.24x on 2 threads).
    let per_doc: Vec<Vec<Diagnostic>> = (0..files.len())
        .into_par_iter()
        .with_max_len(1)
        .map(|id| {
            let mut out = Vec::new();
            let partner = paired.partner_of(id).map(|p| paired.side(files, docs, p));
            let cx = Context {
                file: id,
                source: &files[id],
                doc: &docs[id],
                partner: partner.as_ref(),
                facts: paired.facts_of(id),
            };
            for rule in rules {
                rule.check(&cx, &mut out);
            }
            opts.progress.advance(1, files[id].text.len());
            out
        })
        .collect();
    let pair_rules: Vec<&&dyn Rule> = rules.iter().filter(|r| r.compares_pairs()).collect();
    let pairs: &[(usize, usize, f64)] = if pair_rules.is_empty() { &[] } else { &paired.pairs };
    let per_pair: Vec<Vec<Diagnostic>> = pairs
        .par_iter()
        .with_max_len(1)
        .map(|&(z, e, _)| {
            let mut out = Vec::new();
            let (zh, en) = (paired.side(files, docs, z), paired.side(files, docs, e));
            let alignment = align::align(&zh, &en);
            let cx = PairContext {
                zh: &zh,
                en: &en,
                alignment: &alignment,
            };
            for rule in &pair_rules {
                rule.check_pair(&cx, &mut out);
            }
            out
        })
        .collect();
    per_doc.into_iter().chain(per_pair).flatten().collect()
}
