//! The command line: `parallax check`, `parallax rule`.

use crate::check::{self, Options};
use crate::diagnostic::Severity;
use crate::report::{self, Counts};
use crate::rules;
use crate::source::Format;
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
    /// Lint articles: files, folders (recursively, honouring .gitignore) or `-` for stdin.
    Check(CheckArgs),
    /// Print a rule's documentation, or list every rule with --all.
    Rule(RuleArgs),
    /// List the dates, numbers and names found in files, per sentence, with normalised values.
    Facts(FactsArgs),
    /// Show which zh and en documents among the inputs pair up, with their scores.
    Pairs(PairsArgs),
    /// Show the sentence alignment of a zh and an en document, side by side.
    Align(AlignArgs),
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
    /// Exit with 1 when a finding at or above this severity is reported.
    #[arg(long, value_enum, default_value_t = Severity::Warning)]
    fail_on: Severity,
    /// Read every input as this format instead of detecting it.
    #[arg(long, value_enum)]
    input_format: Option<Format>,
    /// Leave out these rules (repeatable, or comma-separated).
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// Run only these rules (repeatable, or comma-separated).
    #[arg(long, value_delimiter = ',')]
    select: Vec<String>,
    /// Also load the rule packs (`*.toml`) in this folder (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    rule_dirs: Vec<std::path::PathBuf>,
    /// Pair these two files (zh, en) for the cross-language rules (repeatable).
    #[arg(long, num_args = 2, value_names = ["ZH", "EN"])]
    pair: Vec<String>,
    /// Print how many findings each rule made instead of the findings.
    #[arg(long)]
    statistics: bool,
    /// Print findings only: no summary line.
    #[arg(long, short)]
    quiet: bool,
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
        Command::Check(args) => run_check(args),
        Command::Rule(args) => run_rule(args),
        Command::Facts(args) => run_facts(args),
        Command::Pairs(args) => run_pairs(args),
        Command::Align(args) => run_align(args),
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

fn run_check(args: CheckArgs) -> std::io::Result<i32> {
    let opts = Options {
        input_format: args.input_format,
        ignore: args.ignore.clone(),
        select: args.select.clone(),
        rule_dirs: args.rule_dirs.clone(),
        pairs: pairs_of(&args.pair),
    };
    let (rules, pack_errors) = check::load_rules(&opts);
    let unknown = check::unknown_rules(&opts, &rules);
    if !unknown.is_empty() {
        eprintln!(
            "error: unknown rule id{}: {} (see `parallax rule --all`)",
            if unknown.len() == 1 { "" } else { "s" },
            unknown.join(", ")
        );
        return Ok(EXIT_ERROR);
    }
    let paths = if args.paths.is_empty() {
        vec![".".to_string()]
    } else {
        args.paths.clone()
    };
    let outcome = check::check_paths(&paths, &opts, &rules, pack_errors);
    for e in &outcome.errors {
        eprintln!("error: {}: {}", e.path, e.message);
    }
    emit(&args, &outcome, &rules)?;
    Ok(if !outcome.errors.is_empty() || outcome.config_errors > 0 {
        EXIT_ERROR
    } else if outcome.diagnostics.iter().any(|d| d.severity >= args.fail_on) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}

/// Print the outcome in the chosen format (findings on stdout, the summary on stderr).
fn emit(args: &CheckArgs, outcome: &check::Outcome, rules: &[Box<dyn rules::Rule>]) -> std::io::Result<()> {
    let (files, diags) = (&outcome.files, &outcome.diagnostics);
    let stdout = std::io::stdout();
    if args.statistics {
        let mut out = std::io::BufWriter::new(stdout.lock());
        report::statistics(&mut out, diags)?;
        return out.flush();
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
            if !args.quiet {
                eprintln!(
                    "{}",
                    Counts::of(diags).summary(files.len() - outcome.pack_files, outcome.errors.len())
                );
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
fn pairs_of(flat: &[String]) -> Vec<(String, String)> {
    flat.chunks(2)
        .filter(|c| c.len() == 2)
        .map(|c| (c[0].clone(), c[1].clone()))
        .collect()
}

fn run_pairs(args: PairsArgs) -> std::io::Result<i32> {
    let (files, errors) = check::load_inputs(&args.paths);
    for e in &errors {
        eprintln!("error: {}: {}", e.path, e.message);
    }
    let docs: Vec<_> = files.iter().map(|f| crate::parse::parse(f, None)).collect();
    let paired = check::Paired::find(&files, &docs, &pairs_of(&args.pair));
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
    let paired = check::Paired::find(&files, &docs, &[(files[0].name.clone(), files[1].name.clone())]);
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
