//! The run over documents: parse every document, run the single-document rules on each and
//! the cross-language rules on each pair, in parallel, one document or pair per task.

use super::guard::Failures;
use super::inputs::add_counterparts;
use super::pairs::output_order;
use super::*;
use crate::align::{self, Alignment};
use crate::diagnostic::{Diagnostic, Severity};
use crate::gate::Directives;
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
    let (mut diagnostics, kept, mut directives) = check_sources_keeping(&files, opts, rules);
    let pairs: Vec<(usize, usize)> = kept.paired.pairs.iter().map(|&(z, e, _)| (z, e)).collect();
    let kept = opts.keep_documents.then_some(kept);
    if !context.is_empty() {
        diagnostics.retain(|d| !context.contains(&d.file) || d.labels.iter().any(|l| !context.contains(&l.file)));
    }
    let pack_files = pack_errors.len();
    let (packs, found) = pack_findings(pack_errors, files.len());
    let config_errors = found.len();
    diagnostics.extend(found);
    files.extend(packs);
    directives.resize_with(files.len(), Directives::default);
    // rule packs after the articles
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let articles = files.len() - pack_files;
    let mut order = output_order(&names[..articles], &pairs);
    order.extend(articles..files.len());
    crate::diagnostic::sort_ranked(&order, &mut diagnostics);
    Outcome {
        order,
        directives,
        files,
        diagnostics,
        errors,
        config_errors,
        pack_files,
        kept,
    }
}

/// The problems in rule packs, as `rule-pack` errors on the pack files, which are numbered
/// from `first`.
pub fn pack_findings(pack_errors: Vec<FailedPack>, first: usize) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    let (mut files, mut diagnostics) = (Vec::new(), Vec::new());
    for (f, errs) in pack_errors {
        let id = first + files.len();
        for e in errs {
            diagnostics.push(Diagnostic::new(RULE_PACK, Severity::Error, id, e.span, e.message).with_label("here"));
        }
        files.push(f);
    }
    (files, diagnostics)
}

/// What a run parsed and paired, kept for the HTML report when [`Options::keep_documents`]
/// asks for it.
pub struct Kept {
    /// Per article (in file order).
    pub docs: Vec<Document>,
    /// The pairs, when the cross-language rules ran (else none, and no facts).
    pub paired: Paired,
    /// Per pair: its alignment, when a rule compared the pair and the alignment succeeded.
    pub alignments: Vec<Option<Alignment>>,
}

impl std::fmt::Debug for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Kept({} documents, {} pairs)",
            self.docs.len(),
            self.paired.pairs.len()
        )
    }
}

/// Parse and lint already-loaded sources with `rules` filtered by `opts`: single-document
/// rules on every document, cross-language rules on every zh↔en pair found among them (or
/// given in `opts.pairs`). Diagnostics refer to files by their index. A document on which
/// parallax itself fails (a panic, the time budget) gets an `internal-error` finding instead.
pub fn check_sources(files: &[SourceFile], opts: &Options, rules: &[Box<dyn Rule>]) -> Vec<Diagnostic> {
    check_sources_keeping(files, opts, rules).0
}

/// [`check_sources`], with each file's inline suppressions for the gate.
pub fn check_sources_for_gate(
    files: &[SourceFile],
    opts: &Options,
    rules: &[Box<dyn Rule>],
) -> (Vec<Diagnostic>, Vec<Directives>) {
    let (out, _, directives) = check_sources_keeping(files, opts, rules);
    (out, directives)
}

/// [`check_sources`], also handing back the documents and pairs it made.
fn check_sources_keeping(
    files: &[SourceFile],
    opts: &Options,
    rules: &[Box<dyn Rule>],
) -> (Vec<Diagnostic>, Kept, Vec<Directives>) {
    let rules = active_rules(opts, rules);
    let failures = Failures::new(opts.budget);
    let docs = parse_all(files, opts, &failures);
    let paired = if rules.iter().any(|r| r.cross_language()) {
        failures
            .catch(0, &|| "pairing the documents".into(), || {
                Paired::find(files, &docs, &opts.pairs, !opts.no_name_pairing, opts.budget)
            })
            .unwrap_or_else(|| Paired::none(files.len()))
    } else {
        Paired::none(files.len())
    };
    report_slow(&paired, files, &failures);
    let (mut out, alignments) = lint(files, &docs, &paired, &rules, opts, &failures);
    out.extend(failures.into_diagnostics());
    crate::diagnostic::sort(files, &mut out);
    let directives = directives_of(files, &docs);
    (
        out,
        Kept {
            docs,
            paired,
            alignments,
        },
        directives,
    )
}

/// Parse every document in parallel; one that cannot be parsed is linted as an empty text.
pub(super) fn parse_all(files: &[SourceFile], opts: &Options, failures: &Failures) -> Vec<Document> {
    parse_all_but(files, vec![None; files.len()], opts, failures)
}

/// A file's parse, and its facts when they were extracted, made before its check (by the
/// first pass of a streamed run).
pub(super) struct Parsed {
    pub doc: Document,
    pub facts: Option<Vec<crate::facts::Fact>>,
}

/// [`parse_all`], but the files `given` a document already.
fn parse_all_but(
    files: &[SourceFile],
    given: Vec<Option<Document>>,
    opts: &Options,
    failures: &Failures,
) -> Vec<Document> {
    let sizes: Vec<usize> = files
        .iter()
        .zip(&given)
        .map(|(f, g)| if g.is_some() { 0 } else { f.text.len() })
        .collect();
    let given: Vec<std::sync::Mutex<Option<Document>>> = given.into_iter().map(std::sync::Mutex::new).collect();
    largest_first(&sizes, |id| {
        let f = &files[id];
        if let Some(doc) = given[id].lock().unwrap_or_else(|e| e.into_inner()).take() {
            return doc;
        }
        let what = || format!("parsing {}", f.name);
        failures
            .catch(id, &what, || parse(f, opts.input_format))
            .unwrap_or_else(|| {
                let empty = SourceFile {
                    name: f.name.clone(),
                    text: String::new(),
                };
                parse(&empty, opts.input_format)
            })
    })
}

/// `work` on each of `0..sizes.len()` in parallel, the largest first: each thread that is free
/// takes the largest item not yet started (rayon's `par_bridge` hands them out one at a time,
/// in order), so a large document is not started last, to be worked on alone while the other
/// threads idle. The results in index order. (One or two items — a streamed run's unit, a
/// file or a pair — are split as rayon splits: `par_bridge` costs more than it saves there.)
fn largest_first<T: Send>(sizes: &[usize], work: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let mut order: Vec<usize> = (0..sizes.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(sizes[i]), i));
    let mut done: Vec<(usize, T)> = if order.len() <= 2 {
        order.par_iter().with_max_len(1).map(|&i| (i, work(i))).collect()
    } else {
        order.into_iter().par_bridge().map(|i| (i, work(i))).collect()
    };
    done.sort_unstable_by_key(|d| d.0);
    done.into_iter().map(|d| d.1).collect()
}

/// What [`check_pages`] found.
#[derive(Debug, Default)]
pub struct Checked {
    /// In page order (see [`crate::diagnostic::sort_in_page_order`]).
    pub diagnostics: Vec<Diagnostic>,
    /// Per file: its inline suppressions, for the gate.
    pub directives: Vec<Directives>,
    /// The pairs asked for that were not compared: not one zh and one en document.
    pub refused: Vec<(usize, usize)>,
}

/// Lint one batch of dump pages or records, in parallel: single-document rules on every page,
/// and the cross-language rules on the given `pairs` (indices into `files`, either order) —
/// no other pairs are looked for. Diagnostics are sorted in page order (file index), then
/// start, then rule.
pub fn check_pages(files: &[SourceFile], pairs: &[(usize, usize)], opts: &Options, rules: &[Box<dyn Rule>]) -> Checked {
    check_pages_with(files, pairs, Vec::new(), opts, rules)
}

/// [`check_pages`], with the parse (and the facts) of some files already made (`known`, per
/// file; shorter than `files` when the last have none).
pub(super) fn check_pages_with(
    files: &[SourceFile],
    pairs: &[(usize, usize)],
    known: Vec<Option<Parsed>>,
    opts: &Options,
    rules: &[Box<dyn Rule>],
) -> Checked {
    let rules = active_rules(opts, rules);
    let failures = Failures::new(opts.budget);
    // the parses (with their words) and facts of the first pass: nothing is parsed, segmented
    // or extracted twice
    let (mut given, known): (Vec<Option<Document>>, Vec<Option<Vec<crate::facts::Fact>>>) = known
        .into_iter()
        .map(|k| k.map_or((None, None), |k| (Some(k.doc), k.facts)))
        .unzip();
    given.resize_with(files.len(), || None);
    let docs = parse_all_but(files, given, opts, &failures);
    let (mut good, mut refused) = (Vec::new(), Vec::new());
    for &(a, b) in pairs {
        match (docs[a].lang, docs[b].lang) {
            (Lang::Zh, Lang::En) => good.push((a, b)),
            (Lang::En, Lang::Zh) => good.push((b, a)),
            _ => refused.push((a, b)),
        }
    }
    let paired = if rules.iter().any(|r| r.cross_language()) {
        failures
            .catch(0, &|| "extracting the facts of the pairs".into(), || {
                Paired::fixed(files, &docs, good, known, opts.budget)
            })
            .unwrap_or_else(|| Paired::none(files.len()))
    } else {
        Paired::none(files.len())
    };
    report_slow(&paired, files, &failures);
    let (mut diagnostics, _) = lint(files, &docs, &paired, &rules, opts, &failures);
    diagnostics.extend(failures.into_diagnostics());
    crate::diagnostic::sort_in_page_order(&mut diagnostics);
    Checked {
        diagnostics,
        directives: directives_of(files, &docs),
        refused,
    }
}

/// Each document whose facts took longer than the budget: reported as not compared with its
/// counterpart (its own checks still run).
fn report_slow(paired: &Paired, files: &[SourceFile], failures: &Failures) {
    for &i in &paired.slow {
        let what = format!(
            "extracting the facts of {} to compare it with its counterpart",
            files[i].name
        );
        failures.out_of_time(i, &what);
    }
}

/// Each document's inline suppressions, from its parse.
fn directives_of(files: &[SourceFile], docs: &[Document]) -> Vec<Directives> {
    files
        .iter()
        .zip(docs)
        .map(|(f, d)| Directives::of(d, &f.text))
        .collect()
}

/// A batch of parsed documents and their pairs, as the rules see them.
struct Batch<'a> {
    files: &'a [SourceFile],
    docs: &'a [Document],
    paired: &'a Paired,
    failures: &'a Failures,
}

/// Run `rules` on parsed documents: the single-document rules on each (seeing its partner),
/// the cross-language rules on each pair, each document or pair within its time budget and
/// each rule under `catch_unwind` (see [`Failures`]). Unsorted; with the alignment of each
/// pair compared (`None` where it failed, and none when no rule compares pairs).
fn lint(
    files: &[SourceFile],
    docs: &[Document],
    paired: &Paired,
    rules: &[&dyn Rule],
    opts: &Options,
    failures: &Failures,
) -> (Vec<Diagnostic>, Vec<Option<Alignment>>) {
    let batch = Batch {
        files,
        docs,
        paired,
        failures,
    };
    let within_budget = |f: &dyn Fn() -> Vec<Diagnostic>| crate::budget::with_deadline(failures.budget, f);
    // Documents differ widely in cost: one document at a time, so that a free thread takes
    // any of them (rayon's default halves left one thread the heavy half: 1.24x on 2
    // threads), the longest first (length in bytes, a rough cost: a Chinese article costs
    // more per byte than an English one, but its characters are three bytes each)
    let sizes: Vec<usize> = files.iter().map(|f| f.text.len()).collect();
    let per_doc: Vec<Vec<Diagnostic>> = largest_first(&sizes, |id| {
        let out = within_budget(&|| batch.document(id, rules));
        opts.progress.advance(1, files[id].text.len());
        out
    });
    let pair_rules: Vec<&dyn Rule> = rules.iter().copied().filter(|r| r.compares_pairs()).collect();
    let pairs: &[(usize, usize, f64)] = if pair_rules.is_empty() { &[] } else { &paired.pairs };
    let (per_pair, alignments): (Vec<Vec<Diagnostic>>, Vec<Option<Alignment>>) = pairs
        .par_iter()
        .with_max_len(1)
        .map(|&(z, e, _)| crate::budget::with_deadline(failures.budget, || batch.pair((z, e), &pair_rules)))
        .unzip();
    (per_doc.into_iter().chain(per_pair).flatten().collect(), alignments)
}

impl Batch<'_> {
    /// The single-document rules on one document; what a rule found before the budget ran
    /// out is dropped with the rest (the document is reported as skipped).
    fn document(&self, id: usize, rules: &[&dyn Rule]) -> Vec<Diagnostic> {
        let (files, failures) = (self.files, self.failures);
        let mut out = Vec::new();
        let partner = self
            .paired
            .partner_of(id)
            .map(|p| self.paired.side(files, self.docs, p));
        let cx = Context::new(
            id,
            &files[id],
            &self.docs[id],
            partner.as_ref(),
            self.paired.facts_of(id),
        );
        for rule in rules {
            let what = || format!("running the rule {} on {}", rule.id(), files[id].name);
            failures.catch(id, &what, || rule.check(&cx, &mut out));
            if crate::budget::expired() {
                failures.out_of_time(id, &format!("checking {}", files[id].name));
                return Vec::new();
            }
        }
        out
    }

    /// The cross-language rules on one pair: align, then compare. Returns the findings and
    /// the alignment.
    fn pair(&self, (z, e): (usize, usize), rules: &[&dyn Rule]) -> (Vec<Diagnostic>, Option<Alignment>) {
        let (files, failures) = (self.files, self.failures);
        let mut out = Vec::new();
        let (zh, en) = (
            self.paired.side(files, self.docs, z),
            self.paired.side(files, self.docs, e),
        );
        let names = format!("{} and {}", files[z].name, files[e].name);
        let Some(alignment) = failures.catch(z, &|| format!("aligning {names}"), || align::align(&zh, &en)) else {
            return (out, None);
        };
        if crate::budget::expired() {
            failures.out_of_time(z, &format!("aligning {names}"));
            return (out, None);
        }
        let cx = PairContext::new(&zh, &en, &alignment);
        for rule in rules {
            failures.catch(z, &|| format!("running the rule {} on {names}", rule.id()), || {
                rule.check_pair(&cx, &mut out)
            });
            if crate::budget::expired() {
                failures.out_of_time(z, &format!("comparing {names}"));
                return (Vec::new(), Some(alignment));
            }
        }
        (out, Some(alignment))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::INTERNAL_ERROR;

    /// The documents are started longest first (on one thread, in that order exactly), and
    /// their results come back in file order on any number of threads.
    #[test]
    fn the_longest_documents_start_first_and_results_keep_file_order() {
        let sizes = [3, 10, 0, 7, 7, 1];
        for threads in [1, 2] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            let started = std::sync::Mutex::new(Vec::new());
            let out = pool.install(|| {
                largest_first(&sizes, |i| {
                    started.lock().unwrap().push(i);
                    i * 10
                })
            });
            assert_eq!(out, [0, 10, 20, 30, 40, 50]);
            // (a unit of one or two documents, split as rayon splits)
            assert_eq!(pool.install(|| largest_first(&[1, 5], |i| i + 1)), [1, 2]);
            let started = started.into_inner().unwrap();
            if threads == 1 {
                assert_eq!(started, [1, 3, 4, 0, 5, 2]);
            } else {
                // (two threads: each takes the largest not yet started when it is free)
                let mut sorted = started.clone();
                sorted.sort_unstable();
                assert_eq!(sorted, [0, 1, 2, 3, 4, 5]);
            }
        }
    }

    /// A rule that panics on a document holding `boom`, and reports `x` once everywhere else.
    struct Fragile;
    impl Rule for Fragile {
        fn id(&self) -> &'static str {
            "fragile"
        }
        fn severity(&self) -> Severity {
            Severity::Warning
        }
        fn docs(&self) -> String {
            String::new()
        }
        fn check(&self, cx: &crate::rules::Context, out: &mut Vec<Diagnostic>) {
            assert!(!cx.source.text.contains("boom"), "fragile met a boom");
            out.push(Diagnostic::new("fragile", Severity::Warning, cx.file, 0..1, "x"));
        }
    }

    fn files() -> Vec<SourceFile> {
        ["a.txt", "b.txt", "c.txt"]
            .iter()
            .zip(["Plain text here.", "It went boom here.", "More plain text."])
            .map(|(n, t)| SourceFile {
                name: n.to_string(),
                text: t.to_string(),
            })
            .collect()
    }

    #[test]
    fn a_panic_in_one_document_is_an_error_on_it_and_the_others_are_checked() {
        let rules: Vec<Box<dyn Rule>> = vec![Box::new(Fragile)];
        let d = check_sources(&files(), &Options::default(), &rules);
        let got: Vec<(usize, &str)> = d.iter().map(|d| (d.file, d.rule)).collect();
        assert_eq!(got, [(0, "fragile"), (1, INTERNAL_ERROR), (2, "fragile")], "{d:#?}");
        assert_eq!(d[1].severity, Severity::Error);
        assert!(
            d[1].message.contains("fragile") && d[1].message.contains("b.txt"),
            "{}",
            d[1].message
        );
        // the same in a batch of pages (dumps, records)
        let c = check_pages(&files(), &[], &Options::default(), &rules);
        assert_eq!(c.diagnostics.iter().filter(|d| d.rule == INTERNAL_ERROR).count(), 1);
        assert_eq!(c.diagnostics.iter().filter(|d| d.rule == "fragile").count(), 2);
    }

    #[test]
    fn facts_over_the_budget_leave_the_pair_uncompared_and_say_so() {
        let (rules, _) = crate::engine::load_rules(&Options::default());
        let rules: Vec<Box<dyn Rule>> = rules.into_iter().filter(|r| r.compares_pairs()).collect();
        let pair = [
            SourceFile {
                name: "x.zh.txt".into(),
                text: "他于1961年3月5日出生。".into(),
            },
            SourceFile {
                name: "x.en.txt".into(),
                text: "He was born on 5 March 1964.".into(),
            },
        ];
        let opts = Options {
            budget: Some(std::time::Duration::ZERO),
            ..Options::default()
        };
        let slow = |d: &[Diagnostic]| {
            d.iter()
                .filter(|d| d.rule == INTERNAL_ERROR && d.message.contains("extracting the facts of"))
                .count()
        };
        // paired by name, and by path
        let d = check_sources(&pair, &opts, &rules);
        assert_eq!(slow(&d), 2, "{d:#?}");
        assert!(d.iter().all(|d| d.rule == INTERNAL_ERROR), "{d:#?}");
        let c = check_pages(&pair, &[(0, 1)], &opts, &rules);
        assert_eq!(slow(&c.diagnostics), 2, "{:#?}", c.diagnostics);
        // within the budget, the pair is compared
        let d = check_sources(&pair, &Options::default(), &rules);
        assert!(d.iter().any(|d| d.rule == "date-mismatch"), "{d:#?}");
    }

    #[test]
    fn a_document_over_its_budget_is_reported_and_skipped() {
        let rules: Vec<Box<dyn Rule>> = vec![Box::new(Fragile)];
        let opts = Options {
            budget: Some(std::time::Duration::ZERO),
            ..Options::default()
        };
        let f: Vec<SourceFile> = files().into_iter().filter(|f| !f.text.contains("boom")).collect();
        let d = check_sources(&f, &opts, &rules);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert!(
            d.iter()
                .all(|d| d.rule == INTERNAL_ERROR && d.message.contains("budget")),
            "{d:#?}"
        );
    }
}
