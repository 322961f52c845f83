//! The `check` job: load inputs, parse them, run the rules, collect diagnostics and errors.
//! Knows nothing of the command line or of rendering.

use crate::align::{self, Side};
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::{self, Fact};
use crate::parse::{parse, Document};
use crate::rules::{self, pack, Context, PairContext, Rule};
use crate::source::{self, Format, Input, Lang, LoadError, SourceFile};
use rayon::prelude::*;
use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Force this format instead of detecting it.
    pub input_format: Option<Format>,
    /// Rule ids to leave out.
    pub ignore: Vec<String>,
    /// When non-empty: only these rule ids.
    pub select: Vec<String>,
    /// Folders of extra rule packs (`*.toml`).
    pub rule_dirs: Vec<PathBuf>,
    /// Files matching these globs are not linted when found in a folder walk (see `config`).
    pub exclude: Option<crate::config::PathMatcher>,
    /// Apply `exclude` to files named explicitly too (ruff's `--force-exclude`).
    pub force_exclude: bool,
    /// Explicit zh↔en pairs from the configuration file (paths resolved).
    pub pairs: Vec<(PathBuf, PathBuf)>,
    /// Do not pair files by name (`X.zh.md` / `X.en.txt`): by content only.
    pub no_name_pairing: bool,
    /// Told of every document linted (a progress bar on a terminal; nothing by default).
    pub progress: crate::progress::Progress,
}

impl Options {
    /// Whether `input` is left out by `exclude`.
    pub fn excluded(&self, input: &Input) -> bool {
        match (&self.exclude, input) {
            (Some(m), Input::Found(p)) => m.matches(p),
            (Some(m), Input::File(p)) => self.force_exclude && m.matches(p),
            _ => false,
        }
    }
}

/// What a check produced.
#[derive(Debug, Default)]
pub struct Outcome {
    pub files: Vec<SourceFile>,
    /// Sorted as for output.
    pub diagnostics: Vec<Diagnostic>,
    pub errors: Vec<LoadError>,
    /// Problems in rule packs (reported as `rule-pack` diagnostics on the TOML files).
    pub config_errors: usize,
    /// How many of `files` (at the end) are rule packs, not articles.
    pub pack_files: usize,
}

/// A rule-pack file that failed to load, with its problems.
pub type FailedPack = (SourceFile, Vec<pack::PackError>);

/// The id under which problems in rule packs are reported.
pub const RULE_PACK: &str = "rule-pack";

/// The rules a run uses: built-ins plus the packs of `opts.rule_dirs`, and the pack files
/// that failed to load with their problems.
pub fn load_rules(opts: &Options) -> (Vec<Box<dyn Rule>>, Vec<FailedPack>) {
    let mut all = rules::all();
    let mut failed = Vec::new();
    for dir in &opts.rule_dirs {
        let (extra, errs) = pack::load_dir(dir);
        failed.extend(errs);
        for r in extra {
            if all.iter().any(|x| x.id() == r.id()) {
                let id = r.id();
                let f = SourceFile {
                    name: source::display_name(dir),
                    text: String::new(),
                };
                let e = pack::PackError {
                    path: f.name.clone(),
                    span: 0..0,
                    message: format!("rule id `{id}` is already defined"),
                    line: 1,
                };
                failed.push((f, vec![e]));
            } else {
                all.push(Box::new(r));
            }
        }
    }
    all.sort_by_key(|r| r.id());
    (all, failed)
}

/// Rule ids named in options that no rule has.
pub fn unknown_rules(opts: &Options, rules: &[Box<dyn Rule>]) -> Vec<String> {
    let known: Vec<&str> = rules.iter().map(|r| r.id()).collect();
    opts.ignore
        .iter()
        .chain(&opts.select)
        .filter(|id| !known.contains(&id.as_str()))
        .cloned()
        .collect()
}

/// The rules `opts` selects.
pub fn active_rules<'r>(opts: &Options, rules: &'r [Box<dyn Rule>]) -> Vec<&'r dyn Rule> {
    rules
        .iter()
        .map(|r| r.as_ref())
        .filter(|r| !opts.ignore.iter().any(|i| i == r.id()))
        .filter(|r| opts.select.is_empty() || opts.select.iter().any(|s| s == r.id()))
        .collect()
}

/// Check the files and folders named by `paths` (`-` is stdin) with `rules` (see
/// [`load_rules`]); rule-pack problems are added as diagnostics on the pack files.
pub fn check_paths(paths: &[String], opts: &Options, rules: &[Box<dyn Rule>], pack_errors: Vec<FailedPack>) -> Outcome {
    let (files, errors) = load_paths(paths, opts);
    check_loaded(files, errors, opts, rules, pack_errors)
}

/// Read the files and folders named by `paths` (`-` is stdin), leaving out excluded files.
/// Wiki dumps are read whole, every page a file (`check` streams them: see [`load_split`]).
pub fn load_paths(paths: &[String], opts: &Options) -> (Vec<SourceFile>, Vec<LoadError>) {
    let Loaded {
        mut files,
        mut errors,
        dumps,
    } = load_split(paths, opts);
    for d in dumps {
        let (f, e) = source::dump::read_all(&d, &source::display_name(&d));
        files.extend(f);
        errors.extend(e);
    }
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    (files, errors)
}

/// Inputs read, with the wiki dumps among them left to stream.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: Vec<SourceFile>,
    /// Sorted by path.
    pub errors: Vec<LoadError>,
    /// MediaWiki XML dumps (see [`source::dump`]), in input order.
    pub dumps: Vec<PathBuf>,
}

/// Like [`load_paths`], but dumps are not read: they are returned for streaming.
pub fn load_split(paths: &[String], opts: &Options) -> Loaded {
    let (mut inputs, mut errors) = source::expand_paths(paths);
    inputs.retain(|i| !opts.excluded(i));
    let (mut files, mut dumps) = (Vec::new(), Vec::new());
    for input in inputs {
        let loaded = match &input {
            Input::Stdin => source::load_stdin(),
            Input::Found(p) if source::dump::is_index(p) => continue,
            // an `.xml` met in a folder walk is a dump only if it looks like one
            Input::Found(p) if source::dump::is_dump(p) && !source::dump::sniff(p) => {
                source::load_file(p, &source::display_name(p))
            }
            Input::File(p) | Input::Found(p) if source::dump::is_dump(p) => {
                dumps.push(p.clone());
                continue;
            }
            Input::File(p) | Input::Found(p) => source::load_file(p, &source::display_name(p)),
        };
        match loaded {
            Ok(f) => files.push(f),
            Err(e) if e.binary && matches!(input, Input::Found(_)) => {}
            Err(e) => errors.push(e),
        }
    }
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    Loaded { files, errors, dumps }
}

/// Whether a loaded file's name and a path name the same file.
fn same_file(name: &str, p: &std::path::Path) -> bool {
    name == source::display_name(p)
        || matches!((std::fs::canonicalize(name), std::fs::canonicalize(p)), (Ok(a), Ok(b)) if a == b)
}

/// For each explicit pair of which only one side is among `files`, read the other side.
/// Returns the indices of the files added.
fn add_counterparts(files: &mut Vec<SourceFile>, opts: &Options) -> Vec<usize> {
    let mut added = Vec::new();
    for (zh, en) in &opts.pairs {
        let has = |files: &[SourceFile], p: &PathBuf| files.iter().any(|f| same_file(&f.name, p));
        let missing = match (has(files, zh), has(files, en)) {
            (true, false) => en,
            (false, true) => zh,
            _ => continue,
        };
        if let Ok(f) = source::load_file(missing, &source::display_name(missing)) {
            added.push(files.len());
            files.push(f);
        }
    }
    added
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
    crate::report::sort(&files, &mut diagnostics);
    Outcome {
        files,
        diagnostics,
        errors,
        config_errors,
        pack_files,
    }
}

/// Read the files and folders named by `paths` (`-` is stdin): the files that loaded, and
/// errors for the rest (sorted by path). Binary files found in folder walks are skipped.
pub fn load_inputs(paths: &[String]) -> (Vec<SourceFile>, Vec<LoadError>) {
    load_paths(paths, &Options::default())
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
    crate::report::sort(files, &mut out);
    out
}

/// What [`check_pages`] found.
#[derive(Debug, Default)]
pub struct Checked {
    /// In page order (see [`sort_in_page_order`]).
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
    sort_in_page_order(&mut diagnostics);
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

/// The output order of a dump's findings: page (file index), then start, then rule.
pub fn sort_in_page_order(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (a.file, a.span.start, a.rule, a.span.end, &a.message).cmp(&(
            b.file,
            b.span.start,
            b.rule,
            b.span.end,
            &b.message,
        ))
    });
}

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
