//! `parallax check`: set the run up from the configuration and the flags, then hand the
//! inputs to the engine — JSON Lines records, files, dumps — and the findings to the gate and
//! to [`super::emit`].

use super::args::{check_pair_paths, options, CheckArgs, OutputFormat};
use super::emit::{emit, Streamed, Totals};
use super::fix::run_fix;
use super::{report_config_error, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};
use crate::diagnostic::{Diagnostic, Severity};
use crate::engine::{self, dump, Options, Outcome};
use crate::gate::changed::{self, OldSource};
use crate::gate::config::{self, Config};
use crate::gate::{baseline, Gate};
use crate::report;
use crate::rules::Rule;
use crate::source::Format;
use std::io::Write;
use std::path::PathBuf;

/// The flag of SARIF output, which needs the whole run before it is written.
const SARIF: &str = "--format sarif";

/// Everything a check run needs once its configuration is read.
struct Run<'a> {
    args: &'a CheckArgs,
    cfg: &'a Config,
    opts: Options,
    fail_on: Severity,
    rules: Vec<Box<dyn Rule>>,
    old: Option<OldSource>,
    paths: Vec<String>,
}

pub(super) fn run_check(args: CheckArgs) -> std::io::Result<i32> {
    let cfg = match config::load(args.config.config.as_deref(), args.config.isolated) {
        Ok(c) => c,
        Err(e) => return report_config_error(&e),
    };
    if let Err(e) = check_pair_paths(&args.pair) {
        eprintln!("error: {e}");
        return Ok(EXIT_ERROR);
    }
    if args.out_dir.is_some() && args.format != OutputFormat::Html {
        eprintln!("error: --out-dir writes the HTML report: use it with --format html or `parallax report`");
        return Ok(EXIT_ERROR);
    }
    let mut opts = options(&args, &cfg);
    let (rules, pack_errors) = engine::load_rules(&opts);
    let known: Vec<&str> = rules.iter().map(|r| r.id()).collect();
    if let Err(e) = cfg.check_rule_ids(&known) {
        return report_config_error(&e);
    }
    let unknown = engine::unknown_rules(&opts, &rules);
    if !unknown.is_empty() {
        let hints: Vec<String> = unknown
            .iter()
            .filter_map(|u| crate::gate::config::did_you_mean(u, &known).map(|k| format!("`{u}`: did you mean `{k}`?")))
            .collect();
        eprintln!(
            "error: unknown rule id{}: {} (see `parallax rule --all`){}",
            if unknown.len() == 1 { "" } else { "s" },
            unknown.join(", "),
            if hints.is_empty() {
                String::new()
            } else {
                format!("\n  {}", hints.join("\n  "))
            }
        );
        return Ok(EXIT_ERROR);
    }
    let old = match (&args.old, &args.diff_from) {
        (Some(p), _) => Some(OldSource::Path(p.clone())),
        (_, Some(rev)) => Some(OldSource::Git(rev.clone())),
        _ => None,
    };
    if let Some(Err(e)) = old.as_ref().map(OldSource::validate) {
        eprintln!("error: {e}");
        return Ok(EXIT_ERROR);
    }
    opts.cache = super::clean::open_cache(&args, &opts, &rules);
    if let Some(n) = args.jobs.filter(|&n| n > 0) {
        // the first pool built wins; a second `build_global` in the same process is an error
        let _ = rayon::ThreadPoolBuilder::new().num_threads(n).build_global();
    }
    let run = Run {
        args: &args,
        cfg: &cfg,
        fail_on: args.fail_on.or(cfg.fail_on).unwrap_or(Severity::Warning),
        opts,
        rules,
        old,
        // `--pair A B` alone checks the pair, not the current folder
        paths: match (args.paths.is_empty(), args.pair.is_empty()) {
            (true, true) => vec![".".to_string()],
            (true, false) => args.pair.clone(),
            _ => args.paths.clone(),
        },
    };
    if args.show_files {
        let (names, errors) = engine::inputs::show_files(&run.paths, &run.opts);
        for e in &errors {
            eprintln!("error: {}: {}", e.path, e.message);
        }
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        for n in names {
            writeln!(out, "{n}")?;
        }
        out.flush()?;
        return Ok(if errors.is_empty() { EXIT_CLEAN } else { EXIT_ERROR });
    }
    if args.stdin_jsonl {
        return run.records();
    }
    run.inputs(pack_errors)
}

impl Run<'_> {
    /// The gate for the run's findings.
    fn gate(&self) -> Gate<'_> {
        Gate {
            cfg: self.cfg,
            known: self.rules.iter().map(|r| r.id()).collect(),
            active: engine::active_rules(&self.opts, &self.rules)
                .iter()
                .map(|r| r.id())
                .collect(),
        }
    }

    /// The first option given that needs every document at once, which a stream (a dump, JSON
    /// Lines records) is not.
    fn stream_conflict(&self) -> Option<&'static str> {
        let args = self.args;
        [
            (args.fix, "--fix"),
            (args.diff, "--diff"),
            (args.baseline.is_some(), "--baseline"),
            (args.write_baseline.is_some(), "--write-baseline"),
            (self.old.is_some(), "--old/--diff-from"),
            (args.format == OutputFormat::Sarif, SARIF),
            (args.format == OutputFormat::Html, "--format html"),
        ]
        .into_iter()
        .find_map(|(on, flag)| on.then_some(flag))
    }

    /// `--stdin-jsonl`.
    fn records(&self) -> std::io::Result<i32> {
        let output = self.args.output.is_some().then_some("-o/--output-file");
        if let Some(flag) = self.stream_conflict().or(output) {
            eprintln!("error: {flag} does not work with --stdin-jsonl");
            return Ok(EXIT_ERROR);
        }
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let sum = engine::jsonl::run(
            &mut std::io::stdin().lock(),
            &mut out,
            &self.opts,
            &self.rules,
            &self.gate(),
            self.fail_on,
            self.args.shard.unwrap_or((1, 1)),
        )?;
        if !self.args.quiet {
            if sum.alone > 0 {
                eprintln!(
                    "note: {} record{} with a `pair_id` linted alone: {} partner did not come{}",
                    sum.alone,
                    if sum.alone == 1 { "" } else { "s" },
                    if sum.alone == 1 { "its" } else { "their" },
                    if sum.evicted > 0 {
                        " (or came too late: too much text was waiting)"
                    } else {
                        ""
                    }
                );
            }
            eprintln!("{}", sum.counts.summary(sum.linted, sum.bad));
        }
        Ok(exit_code(sum.bad > 0 || sum.internal, sum.failing))
    }

    /// Files, folders and dumps: streamed unless an option needs every document at once
    /// (SARIF, one document, gathers what the stream reports).
    fn inputs(&self, pack_errors: Vec<engine::FailedPack>) -> std::io::Result<i32> {
        if self.stream_conflict().is_none_or(|flag| flag == SARIF) {
            return self.streamed(pack_errors);
        }
        let engine::Loaded {
            mut files,
            errors: mut load_errors,
            dumps,
        } = engine::load_split(&self.paths, &self.opts);
        if self.args.shard.is_some_and(|(i, _)| i != 1) {
            files.clear();
            load_errors.clear();
        }
        // what is left needs every document at once, which a dump is not
        if let (Some(dump), Some(flag)) = (dumps.first(), self.stream_conflict()) {
            eprintln!("error: {flag} does not work on wiki dumps ({})", dump.display());
            return Ok(EXIT_ERROR);
        }
        let gate = self.gate();
        let mut failed = false;
        if self.args.fix || self.args.diff {
            let (code, write_errors) = run_fix(self.args, &mut files, &load_errors, &self.opts, &self.rules, &gate)?;
            if self.args.diff {
                return Ok(code);
            }
            failed |= write_errors;
        }
        let mut outcome = engine::check_loaded(files, load_errors, &self.opts, &self.rules, pack_errors);
        for e in &outcome.errors {
            self.opts
                .progress
                .suspend(|| eprintln!("error: {}: {}", e.path, e.message));
        }
        outcome.diagnostics = gate.apply(
            &outcome.files,
            &outcome.directives,
            std::mem::take(&mut outcome.diagnostics),
        );
        crate::diagnostic::sort_ranked(&outcome.order, &mut outcome.diagnostics);
        if let Some(path) = &self.args.write_baseline {
            return self.write_baseline(path, &outcome, failed);
        }
        let note = match self.filter(&mut outcome, &mut failed) {
            Ok(note) => note,
            Err(code) => return Ok(code),
        };
        let mut totals = Totals {
            files: outcome.files.len() - outcome.pack_files,
            errors: outcome.errors.len(),
            output: (self.args.output.is_some() && self.args.format != OutputFormat::Html).then(Vec::new),
            ..Totals::default()
        };
        self.opts.progress.suspend(|| {
            emit(
                self.args,
                &outcome.files,
                &outcome.diagnostics,
                &self.rules,
                self.fail_on,
                &mut totals,
            )
        })?;
        if self.args.format == OutputFormat::Html {
            let written = super::report::write_html(
                &super::report::Report {
                    args: self.args,
                    cfg: self.cfg,
                    fail_on: self.fail_on,
                    opts: &self.opts,
                    active: self.gate().active,
                },
                &mut outcome,
            );
            failed |= !written;
        }
        let errors = !outcome.errors.is_empty() || outcome.config_errors > 0 || failed;
        self.finish(totals, &note, errors)
    }

    /// The summary, the output file (`-o`), and the exit code: 2 when `errors` or the totals
    /// say so.
    fn finish(&self, mut totals: Totals, note: &str, mut errors: bool) -> std::io::Result<i32> {
        self.opts.progress.finish();
        self.summary(&mut totals, note)?;
        if let (Some(path), Some(buf)) = (&self.args.output, &totals.output) {
            if let Err(e) = crate::gate::fix::write_atomic(path, buf) {
                eprintln!("error: cannot write {}: {e}", path.display());
                errors = true;
            }
        }
        errors |= totals.dump_errors || totals.internal;
        if let Some(c) = self
            .opts
            .cache
            .as_ref()
            .filter(|c| c.write_failed() && !self.args.quiet)
        {
            eprintln!(
                "note: cannot write the cache folder {}: checked without it",
                c.root().display()
            );
        }
        Ok(exit_code(errors, totals.failing && !self.args.exit_zero))
    }

    /// Files, folders and dumps, each pair reported as soon as it is checked (see
    /// [`engine::stream`]): memory follows the largest pair, not the whole input.
    fn streamed(&self, pack_errors: Vec<engine::FailedPack>) -> std::io::Result<i32> {
        let engine::Planned {
            mut inputs,
            mut errors,
            dumps,
        } = engine::plan(&self.paths, &self.opts);
        if self.args.shard.is_some_and(|(i, _)| i != 1) {
            inputs.clear();
            errors.clear();
        }
        if let (Some(dump), true) = (dumps.first(), self.args.format == OutputFormat::Sarif) {
            eprintln!("error: {SARIF} does not work on wiki dumps ({})", dump.display());
            return Ok(EXIT_ERROR);
        }
        let pairing = match self.dump_pairing(&dumps) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("error: {e}");
                return Ok(EXIT_ERROR);
            }
        };
        let gate = self.gate();
        let mut totals = Totals {
            output: self.args.output.is_some().then(Vec::new),
            ..Totals::default()
        };
        let mut out = Streamed {
            args: self.args,
            rules: &self.rules,
            gate: &gate,
            progress: &self.opts.progress,
            fail_on: self.fail_on,
            totals: &mut totals,
            gathered: (self.args.format == OutputFormat::Sarif).then(Default::default),
        };
        for e in errors {
            out.report(dump::Out::Error(e))?;
        }
        engine::stream::check(inputs, &self.opts, &self.rules, &mut |o| out.report(o))?;
        // problems in rule packs, after the articles
        let (packs, mut found) = engine::pack_findings(pack_errors, 0);
        let config_errors = found.len();
        found = gate.apply(&packs, &[], found);
        self.opts.progress.suspend(|| out.finish(packs, found))?;
        let note = if dumps.is_empty() {
            String::new()
        } else {
            self.dumps(&dumps, pairing, &mut totals)?
        };
        self.finish(totals, &note, config_errors > 0)
    }

    /// `--write-baseline`: record the findings and exit.
    fn write_baseline(&self, path: &std::path::Path, outcome: &Outcome, failed: bool) -> std::io::Result<i32> {
        let articles = outcome.files.len() - outcome.pack_files;
        let diags: Vec<Diagnostic> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.file < articles)
            .cloned()
            .collect();
        if let Err(e) = baseline::write(path, &outcome.files, &diags) {
            eprintln!("error: cannot write the baseline {}: {e}", path.display());
            return Ok(EXIT_ERROR);
        }
        if !self.args.quiet {
            eprintln!(
                "recorded {} finding{} in the baseline {}",
                diags.len(),
                if diags.len() == 1 { "" } else { "s" },
                path.display()
            );
        }
        let errors = !outcome.errors.is_empty() || outcome.config_errors > 0 || failed;
        Ok(exit_code(errors, false))
    }

    /// `--baseline`, `--old`/`--diff-from`: keep only new findings, and those in changed text.
    /// Returns the summary's note, or the exit code when the baseline cannot be read.
    fn filter(&self, outcome: &mut Outcome, failed: &mut bool) -> Result<String, i32> {
        let mut note = String::new();
        if let Some(path) = &self.args.baseline {
            let bl = baseline::load(path).map_err(|e| {
                eprintln!("error: {}: {e}", path.display());
                EXIT_ERROR
            })?;
            let fixed = bl.filter(path, &outcome.files, &mut outcome.diagnostics);
            note = format!("; {fixed} fixed since the baseline");
        }
        let Some(old) = &self.old else { return Ok(note) };
        let articles = outcome.files.len() - outcome.pack_files;
        // the changed ranges of every article (`None`: a rule pack, or no old version could
        // be read, which is reported)
        let mut ranges: Vec<Option<Vec<crate::Span>>> = vec![None; outcome.files.len()];
        for (i, f) in outcome.files.iter().enumerate().take(articles) {
            ranges[i] = match old.old_text(&f.name, &self.paths) {
                Ok(Some(old_text)) => {
                    let doc = crate::parse::parse(f, self.opts.input_format);
                    Some(changed::changed_ranges(
                        &old_text,
                        &f.text,
                        &changed::sentence_spans(&doc),
                    ))
                }
                Ok(None) => Some(std::iter::once(0..f.text.len().max(1)).collect()),
                Err(e) => {
                    eprintln!("error: {}: {e}", f.name);
                    *failed = true;
                    None
                }
            };
        }
        outcome.diagnostics.retain(|d| changed::is_new(&ranges, d));
        Ok(note)
    }

    /// Stream the dumps, paired through a title map or one by one. Returns the summary's note.
    fn dumps(
        &self,
        dumps: &[PathBuf],
        pairing: Option<(dump::ByLang, PathBuf)>,
        totals: &mut Totals,
    ) -> std::io::Result<String> {
        // dump pages are wikitext unless told otherwise (suppression comments included)
        let dump_opts = Options {
            input_format: self.opts.input_format.or(Some(Format::Wikitext)),
            ..self.opts.clone()
        };
        let gate = self.gate();
        dump_opts.progress.set_unit("pages");
        let mut out = Streamed {
            args: self.args,
            rules: &self.rules,
            gate: &gate,
            progress: &dump_opts.progress,
            fail_on: self.fail_on,
            totals,
            gathered: None,
        };
        let shard = self.args.shard.unwrap_or((1, 1));
        let Some((sides, map_path)) = pairing else {
            for path in dumps {
                dump::stream(path, shard, &dump_opts, &self.rules, &mut |o| out.report(o))?;
            }
            return Ok(String::new());
        };
        let map_name = crate::source::display_name(&map_path);
        let (map, map_errors) = crate::source::titles::load(&map_path, &map_name);
        for e in map_errors {
            out.report(dump::Out::Error(e))?;
        }
        let stats = dump::check_paired(&sides, &map, shard, &dump_opts, &self.rules, &mut |o| out.report(o))?;
        Ok(pairing_note(&stats, &map_name))
    }

    /// The title map that pairs the dumps, if one applies: `--titles` (an error unless the
    /// dumps are a zh and an en side) or the configuration's `titles` (used when they are).
    fn dump_pairing(&self, dumps: &[PathBuf]) -> Result<Option<(dump::ByLang, PathBuf)>, String> {
        let Some(map) = self.args.titles.clone().or_else(|| self.cfg.titles.clone()) else {
            return Ok(None);
        };
        match dump::by_lang(dumps) {
            Ok(sides) => Ok(Some((sides, map))),
            Err(e) if self.args.titles.is_some() => Err(e),
            Err(_) => Ok(None),
        }
    }

    /// `--statistics` (as JSON with `--format json`), or the summary line on stderr.
    fn summary(&self, totals: &mut Totals, note: &str) -> std::io::Result<()> {
        if self.args.statistics {
            let tally = std::mem::take(&mut totals.tally);
            totals.write(false, |out| match self.args.format {
                OutputFormat::Json => report::write_tally_json(out, &tally),
                _ => report::write_tally(out, &tally),
            })?;
            totals.tally = tally;
        } else if matches!(self.args.format, OutputFormat::Human | OutputFormat::Html) && !self.args.quiet {
            eprintln!("{}{note}", totals.counts.summary(totals.files, totals.errors));
        }
        Ok(())
    }
}

/// 2 for errors, else 1 for failing findings, else 0.
fn exit_code(errors: bool, failing: bool) -> i32 {
    if errors {
        EXIT_ERROR
    } else if failing {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

/// `; paired 3 of 4 mapped zh pages through MAP` for the summary line.
fn pairing_note(stats: &dump::Stats, map: &str) -> String {
    let mut note = format!(
        "; paired {} of {} mapped zh page{} through {map}",
        stats.paired,
        stats.mapped,
        if stats.mapped == 1 { "" } else { "s" }
    );
    if stats.refused > 0 {
        note += &format!(" ({} not one zh and one en text)", stats.refused);
    }
    note
}
