//! `parallax config`.

use super::args::ConfigCmdArgs;
use super::{report_config_error, EXIT_CLEAN};
use crate::diagnostic::Severity;
use crate::engine::{self, Options};
use crate::gate::config;
use std::io::Write;

pub(super) fn run_config(args: ConfigCmdArgs) -> std::io::Result<i32> {
    if args.schema {
        write!(std::io::stdout().lock(), "{}", config::SCHEMA)?;
        return Ok(EXIT_CLEAN);
    }
    let args = args.config;
    let cfg = match config::load(args.config.as_deref(), args.isolated) {
        Ok(c) => c,
        Err(e) => return report_config_error(&e),
    };
    let (rules, _) = engine::load_rules(&Options {
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
