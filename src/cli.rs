//! The command line: `parallax check`, `parallax rule`.

use crate::changed::OldSource;
use crate::check::{self, Options};
use crate::config::{self, Config, ConfigError};
use crate::diagnostic::{Diagnostic, Severity};
use crate::progress::{self, Progress};
use crate::report::{self, Counts};
use crate::rules;
use crate::source::dump;
use crate::source::{Format, SourceFile};
use crate::{baseline, dump_pairs, fix, suppress};
use clap::{Parser, Subcommand, ValueEnum};
use codespan_reporting::term::termcolor::{ColorChoice, NoColor, StandardStream, WriteColor};
use std::io::{IsTerminal, Write};

/// Keeps bilingual (Chinese/English) wiki content honest.
#[derive(Parser, Debug)]
#[command(name = "parallax", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Lint articles: files, folders (recursively, honouring .gitignore), `-` for stdin, and
    /// MediaWiki XML dumps (`.xml`, `.xml.bz2`, multistream `.bz2`), streamed page by page.
    Check(Box<CheckArgs>),
    /// Print a rule's documentation, or list every rule with --all.
    Rule(RuleArgs),
    /// List the dates, numbers and names found in files, per sentence, with normalised values.
    Facts(FactsArgs),
    /// Show which zh and en documents among the inputs pair up, with their scores.
    Pairs(PairsArgs),
    /// Show the sentence alignment of a zh and an en document, side by side.
    Align(AlignArgs),
    /// Print the effective configuration (parallax.toml merged with the defaults) as TOML.
    Config(ConfigArgs),
}

#[derive(clap::Args, Debug)]
struct PairsArgs {
    /// Files or folders.
    #[arg(required = true)]
    paths: Vec<String>,
    #[arg(long, value_enum, default_value_t = ListFormat::Human)]
    format: ListFormat,
    /// Force a pair (repeatable).
    #[arg(long, num_args = 2, value_names = ["ZH", "EN"])]
    pair: Vec<String>,
    /// Pair by content only, not by file names (`X.zh.md` / `X.en.txt`, `zh/X.md` / `en/X.md`).
    #[arg(long)]
    no_name_pairing: bool,
}

#[derive(clap::Args, Debug)]
struct AlignArgs {
    /// The Chinese article.
    zh: String,
    /// The English article.
    en: String,
    #[arg(long, value_enum, default_value_t = ListFormat::Human)]
    format: ListFormat,
}

#[derive(clap::Args, Debug)]
struct FactsArgs {
    /// Files or folders (`-` reads stdin). Given a zh and an en file, zh names show their best en match.
    #[arg(required = true)]
    paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Human)]
    format: ListFormat,
    /// Read every input as this format instead of detecting it.
    #[arg(long, value_enum)]
    input_format: Option<Format>,
}

#[derive(clap::Args, Debug, Default)]
struct ConfigArgs {
    /// Use this configuration file instead of looking for parallax.toml upwards from here.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    config: Option<std::path::PathBuf>,
    /// Ignore every configuration file.
    #[arg(long)]
    isolated: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum OutputFormat {
    /// rustc-style diagnostics
    Human,
    /// JSON Lines, one object per diagnostic
    Json,
    /// SARIF 2.1.0 (GitHub code scanning)
    Sarif,
    /// GitHub Actions workflow commands (annotations)
    Github,
}

/// Output of the listing commands (`facts`, `pairs`, `align`).
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum ListFormat {
    /// aligned text for reading
    Human,
    /// JSON Lines
    Json,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// Files or folders to check (`-` reads stdin). Default: the current folder.
    paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    format: OutputFormat,
    /// When to colour human output (`NO_COLOR` is honoured under `auto`).
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto)]
    color: ColorWhen,
    /// Exit with 1 when a finding at or above this severity is reported [default: warning].
    #[arg(long, value_enum)]
    fail_on: Option<Severity>,
    /// Read every input as this format instead of detecting it.
    #[arg(long, value_enum)]
    input_format: Option<Format>,
    /// Leave out these rules (repeatable, or comma-separated; adds to the config's `ignore`).
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// Run only these rules (repeatable, or comma-separated; replaces the config's `select`).
    #[arg(long, value_delimiter = ',')]
    select: Vec<String>,
    /// Also load the rule packs (`*.toml`) in this folder (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    rule_dirs: Vec<std::path::PathBuf>,
    /// Pair these two files (zh, en) for the cross-language rules (repeatable).
    #[arg(long, num_args = 2, value_names = ["ZH", "EN"])]
    pair: Vec<String>,
    /// Pair by content only, not by file names (`X.zh.md` / `X.en.txt`, `zh/X.md` / `en/X.md`).
    #[arg(long)]
    no_name_pairing: bool,
    /// Print how many findings each rule made instead of the findings.
    #[arg(long)]
    statistics: bool,
    /// Print findings only: no summary line.
    #[arg(long, short)]
    quiet: bool,
    #[command(flatten)]
    config: ConfigArgs,
    /// Apply the configuration's `exclude` to files named on the command line too.
    #[arg(long)]
    force_exclude: bool,
    /// Apply safe fixes in place, then report what remains.
    #[arg(long)]
    fix: bool,
    /// With --fix or --diff: apply unsafe fixes too.
    #[arg(long)]
    unsafe_fixes: bool,
    /// Print the unified diff --fix would make and write nothing (exit 1 if there is one).
    #[arg(long)]
    diff: bool,
    /// Record today's findings in FILE (JSON) and exit 0.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    write_baseline: Option<std::path::PathBuf>,
    /// Report, and fail on, only findings not recorded in this baseline.
    #[arg(long, value_name = "FILE")]
    baseline: Option<std::path::PathBuf>,
    /// Report only findings in text changed since this old version (a file or a folder).
    #[arg(long, value_name = "PATH", conflicts_with = "diff_from")]
    old: Option<std::path::PathBuf>,
    /// Report only findings in text changed since this git revision (`git show REV:path`).
    #[arg(long, value_name = "REV")]
    diff_from: Option<String>,
    /// Lint with at most N threads [default: one per core].
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    /// Lint only every N-th dump page (or --stdin-jsonl record), starting with the I-th
    /// (1-based); other inputs are linted by shard 1 only, so the N shards make the whole run.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    shard: Option<(usize, usize)>,
    /// Read documents as JSON Lines records `{"id","title","lang","text"}` (optionally
    /// `"pair_id"`: a zh and an en record sharing one are paired) on stdin and write findings as
    /// JSON Lines carrying the record's `id` (bad records: `{"id","line","error"}`).
    #[arg(long, conflicts_with_all = ["paths", "titles"])]
    stdin_jsonl: bool,
    /// Pair a zh dump with an en dump through this title map: the zh wiki's langlinks SQL dump
    /// (`zhwiki-…-langlinks.sql[.gz]`) or a TSV `zh_title<TAB>en_title` (`.gz` too).
    #[arg(long, value_name = "MAP")]
    titles: Option<std::path::PathBuf>,
}

/// `--shard I/N`, 1 ≤ I ≤ N.
fn parse_shard(s: &str) -> Result<(usize, usize), String> {
    let (i, n) = s.split_once('/').ok_or("expected I/N, e.g. 1/4")?;
    let (i, n): (usize, usize) = (
        i.trim().parse().map_err(|_| format!("`{i}` is not a number"))?,
        n.trim().parse().map_err(|_| format!("`{n}` is not a number"))?,
    );
    if n == 0 || i == 0 || i > n {
        return Err(format!("need 1 ≤ I ≤ N, got {i}/{n}"));
    }
    Ok((i, n))
}

#[derive(clap::Args, Debug)]
struct RuleArgs {
    /// The rule id, e.g. `repeated-word`.
    id: Option<String>,
    /// List every rule with its severity and a one-line summary.
    #[arg(long)]
    all: bool,
    /// Also load the rule packs (`*.toml`) in this folder (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    rule_dirs: Vec<std::path::PathBuf>,
}

/// Exit codes (the contract in DESIGN.md).
pub const EXIT_CLEAN: i32 = 0;
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { EXIT_ERROR } else { EXIT_CLEAN };
        }
    };
    let result = match cli.command {
        Command::Check(args) => run_check(*args),
        Command::Rule(args) => run_rule(args),
        Command::Facts(args) => run_facts(args),
        Command::Pairs(args) => run_pairs(args),
        Command::Align(args) => run_align(args),
        Command::Config(args) => run_config(args),
    };
    match result {
        Ok(code) => code,
        // stdout closed early (`| head`): stop quietly
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_CLEAN,
        Err(e) => {
            eprintln!("error: {e}");
            EXIT_ERROR
        }
    }
}

/// Render a configuration problem (codespan, on stderr).
fn report_config_error(e: &ConfigError) -> std::io::Result<i32> {
    let mut err = NoColor::new(std::io::stderr().lock());
    report::human::render(
        &mut err as &mut dyn WriteColor,
        std::slice::from_ref(&e.source),
        &e.diagnostics(),
    )?;
    Ok(EXIT_ERROR)
}

/// The check options: the configuration file's, overridden by the command line.
fn options(args: &CheckArgs, cfg: &Config) -> Options {
    let mut ignore = cfg.ignore.clone();
    ignore.extend(args.ignore.iter().cloned());
    let mut rule_dirs = cfg.rule_dirs.clone();
    rule_dirs.extend(args.rule_dirs.iter().cloned());
    Options {
        input_format: args.input_format,
        ignore,
        select: if args.select.is_empty() {
            cfg.select.clone()
        } else {
            args.select.clone()
        },
        rule_dirs,
        exclude: cfg.exclude_matcher.clone(),
        force_exclude: args.force_exclude,
        pairs: cfg.pairs.iter().cloned().chain(pairs_of(&args.pair)).collect(),
        no_name_pairing: args.no_name_pairing,
        progress: Progress::stderr(progress::wanted(args.quiet), "files"),
    }
}

/// What runs after the rules: configuration overrides, then inline suppressions.
struct Post<'a> {
    cfg: &'a Config,
    opts: &'a Options,
    known: Vec<&'a str>,
    active: Vec<&'a str>,
}

impl Post<'_> {
    fn apply(&self, files: &[SourceFile], mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
        self.cfg.apply(files, &mut diags);
        suppress::apply(files, diags, self.opts.input_format, &self.known, &self.active)
    }
}

fn run_check(args: CheckArgs) -> std::io::Result<i32> {
    let cfg = match config::load(args.config.config.as_deref(), args.config.isolated) {
        Ok(c) => c,
        Err(e) => return report_config_error(&e),
    };
    let opts = options(&args, &cfg);
    let fail_on = args.fail_on.or(cfg.fail_on).unwrap_or(Severity::Warning);
    let (rules, pack_errors) = check::load_rules(&opts);
    let known: Vec<&str> = rules.iter().map(|r| r.id()).collect();
    if let Err(e) = cfg.check_rule_ids(&known) {
        return report_config_error(&e);
    }
    let unknown = check::unknown_rules(&opts, &rules);
    if !unknown.is_empty() {
        eprintln!(
            "error: unknown rule id{}: {} (see `parallax rule --all`)",
            if unknown.len() == 1 { "" } else { "s" },
            unknown.join(", ")
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
    let paths = if args.paths.is_empty() {
        vec![".".to_string()]
    } else {
        args.paths.clone()
    };
    let post = Post {
        cfg: &cfg,
        opts: &opts,
        known: known.clone(),
        active: check::active_rules(&opts, &rules).iter().map(|r| r.id()).collect(),
    };
    if let Some(n) = args.jobs.filter(|&n| n > 0) {
        // the first pool built wins; a second `build_global` in the same process is an error
        let _ = rayon::ThreadPoolBuilder::new().num_threads(n).build_global();
    }
    if args.stdin_jsonl {
        if let Some(flag) = dump_conflict(&args, old.is_some()) {
            eprintln!("error: {flag} does not work with --stdin-jsonl");
            return Ok(EXIT_ERROR);
        }
        return check_jsonl(&args, &opts, &rules, &post, fail_on);
    }
    let mut failed = false;
    let check::Loaded {
        mut files,
        errors: mut load_errors,
        dumps,
    } = check::load_split(&paths, &opts);
    if args.shard.is_some_and(|(i, _)| i != 1) {
        files.clear();
        load_errors.clear();
    }
    if !dumps.is_empty() {
        if let Some(flag) = dump_conflict(&args, old.is_some()) {
            eprintln!("error: {flag} does not work on wiki dumps ({})", dumps[0].display());
            return Ok(EXIT_ERROR);
        }
    }
    let pairing = match dump_pairing(&args, &cfg, &dumps) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(EXIT_ERROR);
        }
    };
    if args.fix || args.diff {
        let (code, write_errors) = run_fix(&args, &mut files, &load_errors, &opts, &rules, &post)?;
        if args.diff {
            return Ok(code);
        }
        failed |= write_errors;
    }
    let mut outcome = check::check_loaded(files, load_errors, &opts, &rules, pack_errors);
    for e in &outcome.errors {
        opts.progress.suspend(|| eprintln!("error: {}: {}", e.path, e.message));
    }
    outcome.diagnostics = post.apply(&outcome.files, std::mem::take(&mut outcome.diagnostics));
    let articles = outcome.files.len() - outcome.pack_files;
    if let Some(path) = &args.write_baseline {
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
        if !args.quiet {
            eprintln!(
                "recorded {} finding{} in the baseline {}",
                diags.len(),
                if diags.len() == 1 { "" } else { "s" },
                path.display()
            );
        }
        let errors = !outcome.errors.is_empty() || outcome.config_errors > 0 || failed;
        return Ok(if errors { EXIT_ERROR } else { EXIT_CLEAN });
    }
    let mut note = String::new();
    if let Some(path) = &args.baseline {
        let bl = match baseline::load(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                return Ok(EXIT_ERROR);
            }
        };
        let fixed = bl.filter(path, &outcome.files, &mut outcome.diagnostics);
        note = format!("; {fixed} fixed since the baseline");
    }
    if let Some(old) = &old {
        for (i, f) in outcome.files.iter().enumerate().take(articles) {
            let ranges = match old.old_text(&f.name, &paths) {
                Ok(Some(old_text)) => {
                    let doc = crate::parse::parse(f, opts.input_format);
                    crate::changed::changed_ranges(&old_text, &f.text, &crate::changed::sentence_spans(&doc))
                }
                Ok(None) => std::iter::once(0..f.text.len().max(1)).collect(),
                Err(e) => {
                    eprintln!("error: {}: {e}", f.name);
                    failed = true;
                    continue;
                }
            };
            outcome
                .diagnostics
                .retain(|d| d.file != i || crate::changed::touches(&ranges, &d.span));
        }
    }
    let mut totals = Totals {
        files: articles,
        errors: outcome.errors.len(),
        ..Totals::default()
    };
    opts.progress.suspend(|| {
        emit(
            &args,
            &outcome.files,
            &outcome.diagnostics,
            &rules,
            fail_on,
            &mut totals,
        )
    })?;
    if !dumps.is_empty() {
        // dump pages are wikitext unless told otherwise (suppression comments included)
        let dump_opts = Options {
            input_format: opts.input_format.or(Some(Format::Wikitext)),
            ..opts.clone()
        };
        let dump_post = Post {
            opts: &dump_opts,
            ..post
        };
        dump_opts.progress.set_unit("pages");
        let mut out = Streamed {
            args: &args,
            rules: &rules,
            post: &dump_post,
            fail_on,
            totals: &mut totals,
        };
        match &pairing {
            Some((sides, map_path)) => {
                let map_name = crate::source::display_name(map_path);
                let (map, map_errors) = crate::source::titles::load(map_path, &map_name);
                for e in map_errors {
                    out.report(dump_pairs::Out::Error(e))?;
                }
                let shard = args.shard.unwrap_or((1, 1));
                let stats = dump_pairs::check(sides, &map, shard, &dump_opts, &rules, &mut |o| out.report(o))?;
                note = format!("{}{note}", pairing_note(&stats, &map_name));
            }
            None => {
                for dump in &dumps {
                    check_dump(dump, &dump_opts, &mut out)?;
                }
            }
        }
    }
    opts.progress.finish();
    if args.statistics {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        report::write_tally(&mut out, &totals.tally)?;
        out.flush()?;
    } else if args.format == OutputFormat::Human && !args.quiet {
        eprintln!("{}{note}", totals.counts.summary(totals.files, totals.errors));
    }
    Ok(
        if !outcome.errors.is_empty() || outcome.config_errors > 0 || failed || totals.dump_errors {
            EXIT_ERROR
        } else if totals.failing {
            EXIT_FINDINGS
        } else {
            EXIT_CLEAN
        },
    )
}

/// The first option given that needs every document at once, which a streamed dump is not.
fn dump_conflict(args: &CheckArgs, old: bool) -> Option<&'static str> {
    [
        (args.fix, "--fix"),
        (args.diff, "--diff"),
        (args.baseline.is_some(), "--baseline"),
        (args.write_baseline.is_some(), "--write-baseline"),
        (old, "--old/--diff-from"),
        (args.format == OutputFormat::Sarif, "--format sarif"),
    ]
    .into_iter()
    .find_map(|(on, flag)| on.then_some(flag))
}

/// Prints what a streamed run (dumps) reports, batch by batch, adding it to the totals.
struct Streamed<'a, 'p> {
    args: &'a CheckArgs,
    rules: &'a [Box<dyn rules::Rule>],
    post: &'a Post<'p>,
    fail_on: Severity,
    totals: &'a mut Totals,
}

impl Streamed<'_, '_> {
    fn report(&mut self, out: dump_pairs::Out) -> std::io::Result<()> {
        let progress = &self.post.opts.progress;
        match out {
            dump_pairs::Out::Error(e) => {
                progress.suspend(|| eprintln!("error: {}: {}", e.path, e.message));
                self.totals.errors += 1;
                self.totals.dump_errors = true;
            }
            dump_pairs::Out::Pages(files, checked) => {
                let mut diags = self.post.apply(files, checked.diagnostics);
                check::sort_in_page_order(&mut diags);
                self.totals.files += files.len();
                progress.suspend(|| emit(self.args, files, &diags, self.rules, self.fail_on, self.totals))?;
            }
        }
        Ok(())
    }
}

/// Stream one wiki dump: lint it batch by batch and print each batch's findings (in page
/// order) before reading on, so memory stays flat whatever the dump's size.
fn check_dump(dump: &std::path::Path, opts: &Options, out: &mut Streamed) -> std::io::Result<()> {
    let name = crate::source::display_name(dump);
    let (shard, of) = out.args.shard.unwrap_or((1, 1));
    let keep = move |page: usize| page % of == shard - 1;
    let rx = dump::batches(dump, &name, dump::BATCH_PAGES, dump::BATCH_BYTES, keep);
    for batch in rx {
        let mut files = Vec::with_capacity(batch.len());
        for (_, item) in batch {
            match item {
                Ok(a) => files.push(a.file),
                Err(e) => out.report(dump_pairs::Out::Error(e))?,
            }
        }
        let checked = check::check_pages(&files, &[], opts, out.rules);
        out.report(dump_pairs::Out::Pages(&files, checked))?;
    }
    Ok(())
}

/// `; paired 3 of 4 mapped zh pages through MAP` for the summary line.
fn pairing_note(stats: &dump_pairs::Stats, map: &str) -> String {
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

/// The title map that pairs the dumps, if one applies: `--titles` (an error unless the dumps
/// are a zh and an en side) or the configuration's `titles` (used when they are).
fn dump_pairing(
    args: &CheckArgs,
    cfg: &Config,
    dumps: &[std::path::PathBuf],
) -> Result<Option<(dump_pairs::Sides, std::path::PathBuf)>, String> {
    let Some(map) = args.titles.clone().or_else(|| cfg.titles.clone()) else {
        return Ok(None);
    };
    match dump_pairs::sides(dumps) {
        Ok(sides) => Ok(Some((sides, map))),
        Err(e) if args.titles.is_some() => Err(e),
        Err(_) => Ok(None),
    }
}

/// Bytes of text held waiting for `pair_id` partners before the oldest are linted alone.
const MAX_HELD_BYTES: usize = 256 << 20;

/// `--stdin-jsonl`: lint the records on stdin in bounded batches, each batch's findings printed
/// as JSON Lines with the record `id` before reading on. Records sharing a `pair_id` are
/// linted together, with the cross-language rules (see [`crate::source::jsonl`]). A bad
/// record is reported as `{"id","line","error"}` in its place in the output, and the exit
/// code is 2.
fn check_jsonl(
    args: &CheckArgs,
    opts: &Options,
    rules: &[Box<dyn rules::Rule>],
    post: &Post,
    fail_on: Severity,
) -> std::io::Result<i32> {
    use crate::source::jsonl;
    use std::io::BufRead;
    let mut input = std::io::stdin().lock();
    let mut run = Records {
        out: std::io::BufWriter::new(std::io::stdout().lock()),
        opts,
        rules,
        post,
        fail_on,
        batch: RecordBatch::default(),
        counts: Counts::default(),
        failing: false,
        linted: 0,
        bad: 0,
    };
    opts.progress.set_unit("records");
    let (shard, of) = args.shard.unwrap_or((1, 1));
    // a record with a pair_id goes to the shard of its pair_id, so that pairs stay together
    let mine = |n: usize, pair: Option<&str>| pair.map_or(n - 1, |p| fnv1a(p) as usize) % of == shard - 1;
    let (mut line, mut records) = (0usize, 0usize);
    let mut pairs = jsonl::PairUp::default();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line += 1;
        match jsonl::parse(&buf, line) {
            Ok(None) => {}
            Ok(Some(r)) => {
                records += 1;
                if mine(records, r.pair_id.as_deref()) {
                    for ready in pairs.push(r, MAX_HELD_BYTES) {
                        run.take(ready)?;
                    }
                }
            }
            Err(e) => {
                records += 1;
                if mine(records, None) {
                    run.flush()?;
                    run.error(&e)?;
                }
            }
        }
        if run.batch.full() {
            run.flush()?;
        }
    }
    let unpaired = pairs.finish();
    let alone = unpaired.len() + pairs.evicted;
    for r in unpaired {
        run.take(jsonl::Ready::Alone(r))?;
    }
    run.flush()?;
    run.out.flush()?;
    opts.progress.finish();
    if !args.quiet {
        if alone > 0 {
            eprintln!(
                "note: {alone} record{} with a `pair_id` linted alone: {} partner did not come{}",
                if alone == 1 { "" } else { "s" },
                if alone == 1 { "its" } else { "their" },
                if pairs.evicted > 0 {
                    " (or came too late: too much text was waiting)"
                } else {
                    ""
                }
            );
        }
        eprintln!("{}", run.counts.summary(run.linted, run.bad));
    }
    Ok(if run.bad > 0 {
        EXIT_ERROR
    } else if run.failing {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}

/// A stable hash (the same in every process), for sharding by `pair_id`.
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Records taken for one lint batch (`--stdin-jsonl`).
#[derive(Default)]
struct RecordBatch {
    files: Vec<SourceFile>,
    ids: Vec<serde_json::Value>,
    /// The records' lines on stdin.
    lines: Vec<usize>,
    /// Pairs of records (indices into `files`), each with its `pair_id`.
    pairs: Vec<(usize, usize, String)>,
    bytes: usize,
}

impl RecordBatch {
    fn add(&mut self, r: crate::source::jsonl::Record) -> usize {
        self.bytes += r.file.text.len();
        self.files.push(r.file);
        self.ids.push(r.id);
        self.lines.push(r.line);
        self.files.len() - 1
    }

    fn full(&self) -> bool {
        self.files.len() >= dump::BATCH_PAGES || self.bytes >= dump::BATCH_BYTES
    }
}

/// The state of a `--stdin-jsonl` run.
struct Records<'a, 'p, W: Write> {
    out: W,
    opts: &'a Options,
    rules: &'a [Box<dyn rules::Rule>],
    post: &'a Post<'p>,
    fail_on: Severity,
    batch: RecordBatch,
    counts: Counts,
    failing: bool,
    linted: usize,
    bad: usize,
}

impl<W: Write> Records<'_, '_, W> {
    /// Add what the pairing hands over to the batch (a refused record: after its error record).
    fn take(&mut self, ready: crate::source::jsonl::Ready) -> std::io::Result<()> {
        use crate::source::jsonl::Ready;
        match ready {
            Ready::Alone(r) => {
                self.batch.add(r);
            }
            Ready::Pair(a, b) => {
                let key = b.pair_id.clone().unwrap_or_default();
                let (i, j) = (self.batch.add(a), self.batch.add(b));
                self.batch.pairs.push((i, j, key));
            }
            Ready::Refused(r, e) => {
                self.flush()?;
                self.error(&e)?;
                self.batch.add(r);
            }
        }
        if self.batch.full() {
            self.flush()?;
        }
        Ok(())
    }

    /// An error record, in its place in the output.
    fn error(&mut self, e: &crate::source::jsonl::BadRecord) -> std::io::Result<()> {
        self.bad += 1;
        let rec = serde_json::json!({"id": e.id, "line": e.line, "error": e.message});
        writeln!(self.out, "{rec}")?;
        self.opts
            .progress
            .suspend(|| eprintln!("error: <stdin>:{}: {}", e.line, e.message));
        Ok(())
    }

    /// Lint and print the batch.
    fn flush(&mut self) -> std::io::Result<()> {
        let batch = std::mem::take(&mut self.batch);
        if batch.files.is_empty() {
            return Ok(());
        }
        let pairs: Vec<(usize, usize)> = batch.pairs.iter().map(|&(a, b, _)| (a, b)).collect();
        let checked = check::check_pages(&batch.files, &pairs, self.opts, self.rules);
        let mut diags = self.post.apply(&batch.files, checked.diagnostics);
        check::sort_in_page_order(&mut diags);
        self.counts.add(Counts::of(&diags));
        self.failing |= diags.iter().any(|d| d.severity >= self.fail_on);
        self.linted += batch.files.len();
        let out = &mut self.out;
        self.opts.progress.suspend(|| {
            report::json::render_with_ids(out, &batch.files, &diags, &batch.ids)?;
            out.flush()
        })?;
        for (a, b, key) in batch
            .pairs
            .iter()
            .filter(|(a, b, _)| checked.refused.contains(&(*a, *b)))
        {
            self.error(&crate::source::jsonl::BadRecord {
                id: batch.ids[*b].clone(),
                line: batch.lines[*b],
                message: format!(
                    "`pair_id` {key}: records {} and {} are not one zh and one en text (by their detected language); each was linted alone",
                    batch.ids[*a], batch.ids[*b]
                ),
            })?;
        }
        self.out.flush()
    }
}

/// What has been reported so far, over the files and every dump batch.
#[derive(Default)]
struct Totals {
    counts: Counts,
    tally: report::Tally,
    /// Articles linted (dump pages included).
    files: usize,
    /// Inputs (files, dumps, dump pages) that could not be read.
    errors: usize,
    dump_errors: bool,
    /// A finding at or above the failing severity was reported.
    failing: bool,
}

/// `--fix` / `--diff`: fix every article read from disk. Prints the diffs for `--diff`; for
/// `--fix`, `files` then hold the texts as written. Returns the exit code for `--diff` and
/// whether any file could not be written.
fn run_fix(
    args: &CheckArgs,
    files: &mut [SourceFile],
    load_errors: &[crate::source::LoadError],
    opts: &Options,
    rules: &[Box<dyn rules::Rule>],
    post: &Post,
) -> std::io::Result<(i32, bool)> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut files_changed, mut fixes, mut write_errors) = (0, 0, false);
    for file in files.iter_mut() {
        if file.name == "<stdin>" {
            if !args.quiet {
                eprintln!("note: <stdin> is checked but not fixed");
            }
            continue;
        }
        let fixed = fix::fix_text(&file.text, args.unsafe_fixes, |text| {
            let f = [SourceFile {
                name: file.name.clone(),
                text: text.to_string(),
            }];
            let diags = check::check_sources(&f, opts, rules);
            post.apply(&f, diags)
        });
        if fixed.text == file.text {
            continue;
        }
        if args.diff {
            out.write_all(fix::unified_diff(&file.name, &file.text, &fixed.text).as_bytes())?;
        } else if let Err(e) =
            fix::write_if_unchanged(std::path::Path::new(&file.name), file.text.as_bytes(), &fixed.text)
        {
            eprintln!("error: {}: {e}", file.name);
            write_errors = true;
            continue;
        } else {
            file.text = fixed.text;
        }
        files_changed += 1;
        fixes += fixed.applied;
    }
    out.flush()?;
    if !args.quiet && (args.diff || fixes > 0) {
        eprintln!(
            "{} {fixes} fix{} in {files_changed} file{}",
            if args.diff { "would apply" } else { "applied" },
            if fixes == 1 { "" } else { "es" },
            if files_changed == 1 { "" } else { "s" }
        );
    }
    for e in load_errors {
        if args.diff {
            eprintln!("error: {}: {}", e.path, e.message);
        }
    }
    let code = if write_errors || !load_errors.is_empty() {
        EXIT_ERROR
    } else if files_changed > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    };
    Ok((code, write_errors))
}

fn run_config(args: ConfigArgs) -> std::io::Result<i32> {
    let cfg = match config::load(args.config.as_deref(), args.isolated) {
        Ok(c) => c,
        Err(e) => return report_config_error(&e),
    };
    let (rules, _) = check::load_rules(&Options {
        rule_dirs: cfg.rule_dirs.clone(),
        ..Options::default()
    });
    let known: Vec<&str> = rules.iter().map(|r| r.id()).collect();
    if let Err(e) = cfg.check_rule_ids(&known) {
        return report_config_error(&e);
    }
    let mut out = std::io::stdout().lock();
    write!(out, "{}", cfg.to_toml(cfg.fail_on.unwrap_or(Severity::Warning)))?;
    Ok(EXIT_CLEAN)
}

/// Print findings in the chosen format on stdout and add them to `totals` (the summary line
/// and `--statistics` are printed once, at the end).
fn emit(
    args: &CheckArgs,
    files: &[SourceFile],
    diags: &[Diagnostic],
    rules: &[Box<dyn rules::Rule>],
    fail_on: Severity,
    totals: &mut Totals,
) -> std::io::Result<()> {
    totals.counts.add(Counts::of(diags));
    totals.failing |= diags.iter().any(|d| d.severity >= fail_on);
    let stdout = std::io::stdout();
    if args.statistics {
        report::tally(&mut totals.tally, diags);
        return Ok(());
    }
    match args.format {
        OutputFormat::Human => {
            let color = match args.color {
                ColorWhen::Always => true,
                ColorWhen::Never => false,
                ColorWhen::Auto => {
                    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            if color {
                let mut out = StandardStream::stdout(ColorChoice::Always);
                report::human::render(&mut out, files, diags)?;
                out.flush()?;
            } else {
                let mut out = NoColor::new(std::io::BufWriter::new(stdout.lock()));
                report::human::render(&mut out as &mut dyn WriteColor, files, diags)?;
                out.get_mut().flush()?;
            }
        }
        OutputFormat::Json => {
            let mut out = std::io::BufWriter::new(stdout.lock());
            report::json::render(&mut out, files, diags)?;
            out.flush()?;
        }
        OutputFormat::Sarif => {
            let mut out = std::io::BufWriter::new(stdout.lock());
            report::sarif::render(&mut out, files, diags, rules)?;
            out.flush()?;
        }
        OutputFormat::Github => {
            let mut out = std::io::BufWriter::new(stdout.lock());
            report::github::render(&mut out, files, diags)?;
            out.flush()?;
        }
    }
    Ok(())
}

fn run_rule(args: RuleArgs) -> std::io::Result<i32> {
    let (all, failed) = check::load_rules(&Options {
        rule_dirs: args.rule_dirs,
        ..Options::default()
    });
    for (_, errs) in &failed {
        for e in errs {
            eprintln!("error: {e}");
        }
    }
    let mut out = std::io::stdout().lock();
    if args.all || args.id.is_none() {
        let width = all.iter().map(|r| r.id().len()).max().unwrap_or(0);
        for r in &all {
            writeln!(
                out,
                "{:width$}  {:7}  {}",
                r.id(),
                r.severity().name(),
                rules::summary_line(&r.docs())
            )?;
        }
        return Ok(EXIT_CLEAN);
    }
    let id = args.id.unwrap_or_default();
    match all.iter().find(|r| r.id() == id) {
        Some(r) => {
            write!(out, "{}", r.docs())?;
            Ok(EXIT_CLEAN)
        }
        None => {
            eprintln!("error: no rule `{id}` (see `parallax rule --all`)");
            Ok(EXIT_ERROR)
        }
    }
}

fn run_facts(args: FactsArgs) -> std::io::Result<i32> {
    use crate::facts::listing;
    let (files, errors) = check::load_inputs(&args.paths);
    for e in &errors {
        eprintln!("error: {}: {}", e.path, e.message);
    }
    let listed = listing::list(files, args.input_format);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        ListFormat::Human => listing::write_human(&mut out, &listed)?,
        ListFormat::Json => listing::write_json(&mut out, &listed)?,
    }
    out.flush()?;
    Ok(if errors.is_empty() { EXIT_CLEAN } else { EXIT_ERROR })
}

/// `--pair ZH EN` values, two by two.
fn pairs_of(flat: &[String]) -> Vec<(std::path::PathBuf, std::path::PathBuf)> {
    flat.chunks(2)
        .filter(|c| c.len() == 2)
        .map(|c| (c[0].clone().into(), c[1].clone().into()))
        .collect()
}

fn run_pairs(args: PairsArgs) -> std::io::Result<i32> {
    let (files, errors) = check::load_inputs(&args.paths);
    for e in &errors {
        eprintln!("error: {}: {}", e.path, e.message);
    }
    let docs: Vec<_> = files.iter().map(|f| crate::parse::parse(f, None)).collect();
    let paired = check::Paired::find(&files, &docs, &pairs_of(&args.pair), !args.no_name_pairing);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for &(z, e, score) in &paired.pairs {
        match args.format {
            ListFormat::Human => writeln!(out, "{:.3}  {}  {}", score, files[z].name, files[e].name)?,
            ListFormat::Json => {
                let rec = serde_json::json!({"zh": files[z].name, "en": files[e].name, "score": (score * 1000.0).round() / 1000.0});
                writeln!(out, "{rec}")?
            }
        }
    }
    out.flush()?;
    if args.format == ListFormat::Human {
        let unpaired = files.len() - 2 * paired.pairs.len();
        eprintln!(
            "{} pairs among {} documents; {unpaired} unpaired",
            paired.pairs.len(),
            files.len()
        );
    }
    Ok(if errors.is_empty() { EXIT_CLEAN } else { EXIT_ERROR })
}

fn run_align(args: AlignArgs) -> std::io::Result<i32> {
    let (files, errors) = check::load_inputs(&[args.zh.clone(), args.en.clone()]);
    for e in &errors {
        eprintln!("error: {}: {}", e.path, e.message);
    }
    if files.len() != 2 {
        return Ok(EXIT_ERROR);
    }
    let docs: Vec<_> = files.iter().map(|f| crate::parse::parse(f, None)).collect();
    let paired = check::Paired::find(
        &files,
        &docs,
        &[(files[0].name.clone().into(), files[1].name.clone().into())],
        false,
    );
    let Some(&(z, e, _)) = paired.pairs.first() else {
        eprintln!(
            "error: {} and {} are not a Chinese and an English article",
            files[0].name, files[1].name
        );
        return Ok(EXIT_ERROR);
    };
    let (zh, en) = (paired.side(&files, &docs, z), paired.side(&files, &docs, e));
    let alignment = crate::align::align(&zh, &en);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let spans = |side: &crate::align::Side, ss: &[usize]| -> Vec<crate::Span> {
        ss.iter()
            .map(|&s| side.doc.sentence_source(&side.doc.sentences[s]))
            .collect()
    };
    for u in &alignment.units {
        let (zs, es) = (spans(&zh, &u.zh), spans(&en, &u.en));
        match args.format {
            ListFormat::Json => {
                let j = |v: &[crate::Span]| {
                    v.iter()
                        .map(|s| serde_json::json!({"start": s.start, "end": s.end}))
                        .collect::<Vec<_>>()
                };
                let rec = serde_json::json!({"zh": j(&zs), "en": j(&es), "score": (u.score * 1000.0).round() / 1000.0});
                writeln!(out, "{rec}")?;
            }
            ListFormat::Human => {
                let text = |src: &str, v: &[crate::Span]| {
                    v.iter()
                        .map(|s| src[s.clone()].replace('\n', " "))
                        .collect::<Vec<_>>()
                        .join(" ⏎ ")
                };
                let mark = if u.is_sure() {
                    "="
                } else if u.zh.is_empty() || u.en.is_empty() {
                    " "
                } else {
                    "~"
                };
                writeln!(out, "{mark} {:.2}  zh: {}", u.score, text(&zh.source.text, &zs))?;
                writeln!(out, "        en: {}", text(&en.source.text, &es))?;
                if !u.anchors.is_empty() {
                    let names: Vec<String> = u
                        .anchors
                        .iter()
                        .map(|a| match (a.zh, a.en) {
                            (Some(zi), Some(ei)) => format!("{} = {}", zh.facts[zi].text, en.facts[ei].text),
                            _ => format!("{:?}", a.kind).to_lowercase(),
                        })
                        .collect();
                    writeln!(out, "        shared: {}", names.join("; "))?;
                }
            }
        }
    }
    out.flush()?;
    Ok(if errors.is_empty() { EXIT_CLEAN } else { EXIT_ERROR })
}
