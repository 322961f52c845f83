//! The engine: what a run does between the command line and the renderers. It reads the
//! inputs ([`inputs`]), picks the rule set ([`ruleset`]), parses every document and runs the
//! rules over documents and zh↔en pairs ([`run`], [`pairs`]), and streams what cannot be held
//! at once: wiki dumps ([`dump`]) and JSON Lines records ([`jsonl`]), telling [`progress`] as
//! it goes. It knows nothing of the command line or of rendering.

pub mod cache;
pub mod dump;
pub mod guard;
pub mod inputs;
pub mod jsonl;
pub mod pairs;
pub mod progress;
pub mod report;
pub mod ruleset;
pub mod run;
pub mod stream;

pub use guard::INTERNAL_ERROR;
pub use inputs::{load_inputs, load_paths, load_split, plan, Loaded, Planned};
pub use pairs::Paired;
pub use ruleset::{active_rules, load_rules, unknown_rules, FailedPack, RULE_PACK};
pub use run::{
    check_loaded, check_pages, check_paths, check_sources, check_sources_for_gate, pack_findings, Checked, Kept,
};

use crate::diagnostic::Diagnostic;
use crate::source::{Format, Input, LoadError, SourceFile};
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
    pub exclude: Option<crate::gate::config::PathMatcher>,
    /// What a folder walk checks instead of the article files (`include` of the configuration).
    pub include: Option<crate::gate::config::PathMatcher>,
    /// What a folder walk checks besides them (`extend-include`).
    pub extend_include: Option<crate::gate::config::PathMatcher>,
    /// Apply `exclude` to files named explicitly too (ruff's `--force-exclude`).
    pub force_exclude: bool,
    /// Explicit zh↔en pairs from the configuration file (paths resolved).
    pub pairs: Vec<(PathBuf, PathBuf)>,
    /// Do not pair files by name (`X.zh.md` / `X.en.txt`): by content only.
    pub no_name_pairing: bool,
    /// The time budget of one document or pair (`None`: unlimited): a document that takes
    /// longer is reported as an `internal-error` and skipped.
    pub budget: Option<std::time::Duration>,
    /// Told of every document linted (a progress bar on a terminal; nothing by default).
    pub progress: crate::engine::progress::Progress,
    /// Keep the parsed documents and the pairs in [`Outcome::kept`] (for the HTML report).
    pub keep_documents: bool,
    /// The name standard input is checked under (`--stdin-filename`; `<stdin>` otherwise).
    pub stdin_name: Option<String>,
    /// The result cache (see [`cache`]); `None`: every unit is checked.
    pub cache: Option<std::sync::Arc<cache::Cache>>,
}

impl Options {
    /// Whether `input` is left out: by `exclude`, or, found in a folder walk, because it is
    /// not an article file (see [`crate::source::is_article`]; `include` replaces that test,
    /// `extend-include` adds to it). A file named explicitly is always checked (unless
    /// `--force-exclude` and `exclude` say otherwise).
    pub fn excluded(&self, input: &Input) -> bool {
        let excluded = |p: &std::path::Path| self.exclude.as_ref().is_some_and(|m| m.matches(p));
        match input {
            Input::Found(p) => {
                let included = match &self.include {
                    Some(m) => m.matches(p),
                    None => crate::source::is_article(p),
                } || self.extend_include.as_ref().is_some_and(|m| m.matches(p));
                !included || excluded(p)
            }
            Input::File(p) => self.force_exclude && excluded(p),
            Input::Stdin => false,
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
    /// Per file: its inline suppressions, for the gate.
    pub directives: Vec<crate::gate::Directives>,
    /// Per file: its rank in the output order (see [`pairs::output_order`]); `diagnostics`
    /// are sorted by it.
    pub order: Vec<usize>,
    /// The documents and pairs, when [`Options::keep_documents`] asked for them.
    pub kept: Option<Kept>,
}
