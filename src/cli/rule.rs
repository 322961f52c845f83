//! `parallax rule`.

use super::args::RuleArgs;
use super::{report_config_error, EXIT_CLEAN, EXIT_ERROR};
use crate::engine::{self, Options};
use crate::gate::config;
use crate::rules;
use std::io::Write;

pub(super) fn run_rule(args: RuleArgs) -> std::io::Result<i32> {
    // the packs of parallax.toml's `rules = […]` too, as `check` loads them
    let cfg = match config::load(args.config.config.as_deref(), args.config.isolated) {
        Ok(c) => c,
        Err(e) => return report_config_error(&e),
    };
    let mut rule_dirs = cfg.rule_dirs.clone();
    rule_dirs.extend(args.rule_dirs);
    let (all, failed) = engine::load_rules(&Options {
        rule_dirs,
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
            let known: Vec<&str> = all.iter().map(|r| r.id()).collect();
            let hint = crate::gate::config::did_you_mean(&id, &known).map(|k| format!(": did you mean `{k}`?"));
            eprintln!(
                "error: no rule `{id}`{} (see `parallax rule --all`)",
                hint.unwrap_or_default()
            );
            Ok(EXIT_ERROR)
        }
    }
}
