//! The command line's arguments (clap derives live here and nowhere else).

use crate::diagnostic::Severity;
use crate::engine::progress::{self, Progress};
use crate::engine::Options;
use crate::gate::config::Config;
use crate::source::Format;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::ValueEnum;

#[derive(clap::Args, Debug)]
pub(super) struct PairsArgs {
    /// Files or folders.
    #[arg(required = true)]
    pub(super) paths: Vec<String>,
    #[arg(long, value_enum, default_value_t = ListFormat::Human)]
    pub(super) format: ListFormat,
    /// Force a pair (repeatable).
    #[arg(long, num_args = 2, value_names = ["ZH", "EN"])]
    pub(super) pair: Vec<String>,
    /// Pair by content only, not by file names (`X.zh.md` / `X.en.txt`, `zh/X.md` / `en/X.md`).
    #[arg(long)]
    pub(super) no_name_pairing: bool,
}

#[derive(clap::Args, Debug)]
pub(super) struct AlignArgs {
    /// The Chinese article.
    pub(super) zh: String,
    /// The English article.
    pub(super) en: String,
    #[arg(long, value_enum, default_value_t = ListFormat::Human)]
    pub(super) format: ListFormat,
}

#[derive(clap::Args, Debug)]
pub(super) struct FactsArgs {
    /// Files or folders (`-` reads stdin). Given a zh and an en file, zh names show their best en match.
    #[arg(required = true)]
    pub(super) paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Human)]
    pub(super) format: ListFormat,
    /// Read every input as this format instead of detecting it.
    #[arg(long, value_parser = format_parser())]
    pub(super) input_format: Option<Format>,
}

#[derive(clap::Args, Debug, Default)]
pub(super) struct ConfigArgs {
    /// Use this configuration file instead of looking for parallax.toml upwards from here.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub(super) config: Option<std::path::PathBuf>,
    /// Ignore every configuration file.
    #[arg(long)]
    pub(super) isolated: bool,
}

/// `parallax config`.
#[derive(clap::Args, Debug, Default)]
pub(super) struct ConfigCmdArgs {
    #[command(flatten)]
    pub(super) config: ConfigArgs,
    /// Print the JSON schema of parallax.toml (for editors: taplo, Even Better TOML) and exit.
    #[arg(long)]
    pub(super) schema: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum OutputFormat {
    /// rustc-style diagnostics
    Human,
    /// JSON Lines, one object per diagnostic
    Json,
    /// SARIF 2.1.0 (GitHub code scanning)
    Sarif,
    /// GitHub Actions workflow commands (annotations)
    Github,
    /// a self-contained HTML report for editors (`-o FILE`, `--out-dir DIR`, or stdout)
    Html,
}

/// Output of the listing commands (`facts`, `pairs`, `align`).
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ListFormat {
    /// aligned text for reading
    Human,
    /// JSON Lines
    Json,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args, Debug)]
pub(super) struct CheckArgs {
    /// Files or folders to check (`-` reads stdin). Default: the current folder.
    pub(super) paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub(super) format: OutputFormat,
    /// Write the findings (or the HTML report) to FILE instead of stdout, replacing it
    /// atomically once the run is over.
    #[arg(
        long,
        short = 'o',
        visible_alias = "output-file",
        value_name = "FILE",
        conflicts_with = "out_dir"
    )]
    pub(super) output: Option<std::path::PathBuf>,
    /// Exit with 0 even when findings are reported (2 for errors still).
    #[arg(long)]
    pub(super) exit_zero: bool,
    /// The name standard input (`-`) is checked under: its format, the configuration's
    /// per-path settings and `--old` go by it. Standard input is never fixed.
    #[arg(long, value_name = "NAME")]
    pub(super) stdin_filename: Option<String>,
    /// Print the files that would be checked, one a line, and exit.
    #[arg(long)]
    pub(super) show_files: bool,
    /// HTML report: write DIR/index.html and one page per pair or document under DIR/v/
    /// (for big runs; pages an earlier report left there are removed).
    #[arg(long, value_name = "DIR")]
    pub(super) out_dir: Option<std::path::PathBuf>,
    /// When to colour human output (under `auto`: `FORCE_COLOR` or `CLICOLOR_FORCE` turn it
    /// on, `NO_COLOR` off, else a terminal decides).
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto)]
    pub(super) color: ColorWhen,
    /// Exit with 1 when a finding at or above this severity is reported [default: warning].
    #[arg(long, value_parser = severity_parser())]
    pub(super) fail_on: Option<Severity>,
    /// Read every input as this format instead of detecting it.
    #[arg(long, value_parser = format_parser())]
    pub(super) input_format: Option<Format>,
    /// Leave out these rules (repeatable, or comma-separated; adds to the config's `ignore`).
    #[arg(long, value_delimiter = ',')]
    pub(super) ignore: Vec<String>,
    /// Run only these rules (repeatable, or comma-separated; replaces the config's `select`).
    #[arg(long, value_delimiter = ',')]
    pub(super) select: Vec<String>,
    /// Also load the rule packs (`*.toml`) in this folder (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    pub(super) rule_dirs: Vec<std::path::PathBuf>,
    /// Pair these two files (zh, en) for the cross-language rules (repeatable).
    #[arg(long, num_args = 2, value_names = ["ZH", "EN"])]
    pub(super) pair: Vec<String>,
    /// Pair by content only, not by file names (`X.zh.md` / `X.en.txt`, `zh/X.md` / `en/X.md`).
    #[arg(long)]
    pub(super) no_name_pairing: bool,
    /// Print how many findings each rule made instead of the findings.
    #[arg(long)]
    pub(super) statistics: bool,
    /// Print findings only: no summary line.
    #[arg(long, short)]
    pub(super) quiet: bool,
    #[command(flatten)]
    pub(super) config: ConfigArgs,
    /// Apply the configuration's `exclude` to files named on the command line too.
    #[arg(long)]
    pub(super) force_exclude: bool,
    /// Apply safe fixes in place, then report what remains.
    #[arg(long)]
    pub(super) fix: bool,
    /// With --fix or --diff: apply unsafe fixes too.
    #[arg(long)]
    pub(super) unsafe_fixes: bool,
    /// Print the unified diff --fix would make and write nothing (exit 1 if there is one).
    #[arg(long)]
    pub(super) diff: bool,
    /// Record today's findings in FILE (JSON) and exit 0.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    pub(super) write_baseline: Option<std::path::PathBuf>,
    /// Report, and fail on, only findings not recorded in this baseline.
    #[arg(long, value_name = "FILE")]
    pub(super) baseline: Option<std::path::PathBuf>,
    /// Report only findings in text changed since this old version (a file or a folder).
    #[arg(long, value_name = "PATH", conflicts_with = "diff_from")]
    pub(super) old: Option<std::path::PathBuf>,
    /// Report only findings in text changed since this git revision (`git show REV:path`).
    #[arg(long, value_name = "REV")]
    pub(super) diff_from: Option<String>,
    /// Seconds one document (or pair) may take; a slower one is reported as an
    /// `internal-error` and skipped (0: no limit) [default: 30, or `timeout` in parallax.toml].
    #[arg(long, value_name = "SECONDS")]
    pub(super) timeout: Option<u64>,
    /// Lint with at most N threads [default: one per core].
    #[arg(long, short = 'j', value_name = "N")]
    pub(super) jobs: Option<usize>,
    /// Lint only every N-th dump page (or --stdin-jsonl record), starting with the I-th
    /// (1-based); other inputs are linted by shard 1 only, so the N shards make the whole run.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    pub(super) shard: Option<(usize, usize)>,
    /// Read documents as JSON Lines records `{"id","title","lang","text"}` (optionally
    /// `"pair_id"`: a zh and an en record sharing one are paired) on stdin and write findings as
    /// JSON Lines carrying the record's `id` (bad records: `{"id","line","error"}`).
    #[arg(long, conflicts_with_all = ["paths", "titles"])]
    pub(super) stdin_jsonl: bool,
    #[command(flatten)]
    pub(super) cache: CacheArgs,
    /// Pair a zh dump with an en dump through this title map: the zh wiki's langlinks SQL dump
    /// (`zhwiki-…-langlinks.sql[.gz]`) or a TSV `zh_title<TAB>en_title` (`.gz` too).
    #[arg(long, value_name = "MAP")]
    pub(super) titles: Option<std::path::PathBuf>,
}

/// The result cache's flags (`check`).
#[derive(clap::Args, Debug, Default)]
pub(super) struct CacheArgs {
    /// Neither read nor write the result cache (also when `PARALLAX_NO_CACHE` is set).
    #[arg(long)]
    pub(super) no_cache: bool,
    /// The result cache's folder [default: `PARALLAX_CACHE_DIR`, else `.parallax_cache`].
    #[arg(long, value_name = "DIR")]
    pub(super) cache_dir: Option<std::path::PathBuf>,
}

/// `parallax clean`.
#[derive(clap::Args, Debug, Default)]
pub(super) struct CleanArgs {
    /// The result cache's folder [default: `PARALLAX_CACHE_DIR`, else `.parallax_cache`].
    #[arg(long, value_name = "DIR")]
    pub(super) cache_dir: Option<std::path::PathBuf>,
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
pub(super) struct RuleArgs {
    /// The rule id, e.g. `repeated-word`.
    pub(super) id: Option<String>,
    /// List every rule with its severity and a one-line summary.
    #[arg(long)]
    pub(super) all: bool,
    /// Also load the rule packs (`*.toml`) in this folder (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    pub(super) rule_dirs: Vec<std::path::PathBuf>,
    #[command(flatten)]
    pub(super) config: ConfigArgs,
}

/// `--pair ZH EN` names two article files: a missing path or a folder is an error (the
/// cross-language rules would otherwise be quietly off).
pub(super) fn check_pair_paths(flat: &[String]) -> Result<(), String> {
    for p in flat {
        match std::fs::metadata(p) {
            Ok(m) if m.is_file() => {}
            Ok(m) if m.is_dir() => return Err(format!("--pair {p}: is a folder; --pair names two article files")),
            Ok(_) => return Err(format!("--pair {p}: not a regular file")),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(format!("--pair {p}: no such file or directory"))
            }
            Err(e) => return Err(format!("--pair {p}: {e}")),
        }
    }
    Ok(())
}

/// `--pair ZH EN` values, two by two.
pub(super) fn pairs_of(flat: &[String]) -> Vec<(std::path::PathBuf, std::path::PathBuf)> {
    flat.chunks(2)
        .filter(|c| c.len() == 2)
        .map(|c| (c[0].clone().into(), c[1].clone().into()))
        .collect()
}

/// The check options: the configuration file's, overridden by the command line.
pub(super) fn options(args: &CheckArgs, cfg: &Config) -> Options {
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
        include: cfg.include_matcher.clone(),
        extend_include: cfg.extend_include_matcher.clone(),
        force_exclude: args.force_exclude,
        pairs: cfg.pairs.iter().cloned().chain(pairs_of(&args.pair)).collect(),
        no_name_pairing: args.no_name_pairing,
        budget: match args.timeout.or(cfg.timeout) {
            Some(0) => None,
            Some(s) => Some(std::time::Duration::from_secs(s)),
            None => Some(crate::budget::DEFAULT),
        },
        progress: Progress::stderr(progress::wanted(args.quiet), "files"),
        keep_documents: args.format == OutputFormat::Html,
        stdin_name: args.stdin_filename.clone(),
        cache: None,
    }
}

/// `--fail-on info|warning|error` (the lower layers know nothing of clap).
fn severity_parser() -> impl TypedValueParser<Value = Severity> {
    PossibleValuesParser::new(Severity::ALL.map(Severity::name))
        .map(|s| Severity::from_name(&s).expect("a possible value"))
}

/// `--input-format wikitext|wiki-markdown|plain` (`markdown` too).
fn format_parser() -> impl TypedValueParser<Value = Format> {
    let names = Format::ALL.map(Format::name);
    PossibleValuesParser::new(names.into_iter().chain(["markdown"]))
        .map(|s| Format::from_name(&s).expect("a possible value"))
}
