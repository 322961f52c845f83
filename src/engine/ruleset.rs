//! The rule set of a run: the built-in rules plus rule packs, filtered by `select`/`ignore`.

use super::*;
use crate::rules::{self, pack, Rule};
use crate::source::{self, SourceFile};

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
