//! The command line: arguments ([`args`]), one file per command, and [`emit`] (findings to
//! stdout in the chosen format). Wiring only: the work is done by [`crate::engine`] and
//! [`crate::gate`].

mod align;
mod args;
mod check;
mod clean;
mod config;
mod emit;
mod facts;
mod fix;
mod pairs;
mod report;
mod rule;

use crate::gate::config::ConfigError;
use args::{AlignArgs, CheckArgs, CleanArgs, ConfigCmdArgs, FactsArgs, PairsArgs, RuleArgs};
use clap::{Parser, Subcommand};
use codespan_reporting::term::termcolor::{NoColor, WriteColor};

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
    /// Write an HTML report for editors (`check --format html`): an overview of the findings,
    /// each zh↔en pair side by side with its findings marked on both articles, and every
    /// single document. `-o FILE` (default `report.html`) or `--out-dir DIR`.
    Report(Box<CheckArgs>),
    /// Print a rule's documentation, or list every rule with --all.
    Rule(RuleArgs),
    /// List the dates, numbers and names found in files, per sentence, with normalised values.
    Facts(FactsArgs),
    /// Show which zh and en documents among the inputs pair up, with their scores.
    Pairs(PairsArgs),
    /// Show the sentence alignment of a zh and an en document, side by side.
    Align(AlignArgs),
    /// Print the effective configuration (parallax.toml merged with the defaults) as TOML.
    Config(ConfigCmdArgs),
    /// Remove the result cache (`.parallax_cache`, or `--cache-dir` / `PARALLAX_CACHE_DIR`).
    Clean(CleanArgs),
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
        Command::Check(args) => check::run_check(*args),
        Command::Report(args) => report::run_report(*args),
        Command::Rule(args) => rule::run_rule(args),
        Command::Facts(args) => facts::run_facts(args),
        Command::Pairs(args) => pairs::run_pairs(args),
        Command::Align(args) => align::run_align(args),
        Command::Config(args) => config::run_config(args),
        Command::Clean(args) => clean::run_clean(args),
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
pub(super) fn report_config_error(e: &ConfigError) -> std::io::Result<i32> {
    let mut err = NoColor::new(std::io::stderr().lock());
    crate::report::human::render(
        &mut err as &mut dyn WriteColor,
        std::slice::from_ref(&e.source),
        &e.diagnostics(),
    )?;
    Ok(EXIT_ERROR)
}
