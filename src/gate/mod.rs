//! The gate: what decides which findings a run reports and fails on, after the rules ran —
//! configuration ([`config`]), inline suppressions ([`suppress`]), baselines ([`baseline`]),
//! changed-lines gating ([`changed`]) — and the fix engine ([`fix`]).

pub mod baseline;
pub mod changed;
pub mod config;
pub mod fix;
pub mod suppress;

use crate::diagnostic::Diagnostic;
use crate::source::SourceFile;
use config::Config;
pub use suppress::Directives;

/// What runs on a batch of findings right after the rules: the configuration's per-rule and
/// per-path overrides, then the inline suppressions (which add `unused-suppression`).
#[derive(Clone)]
pub struct Gate<'a> {
    pub cfg: &'a Config,
    /// Every rule id the run knows.
    pub known: Vec<&'a str>,
    /// The rule ids that ran.
    pub active: Vec<&'a str>,
}

impl Gate<'_> {
    /// Apply the configuration and the inline suppressions (`directives`: each file's, as
    /// the run found them in its parse) to a batch of findings.
    pub fn apply(
        &self,
        files: &[SourceFile],
        directives: &[Directives],
        mut diags: Vec<Diagnostic>,
    ) -> Vec<Diagnostic> {
        self.cfg.apply(files, &mut diags);
        let mut diags = suppress::apply(files, directives, diags, &self.known, &self.active);
        // the findings the suppressions add (`unused-suppression`) obey `[severity]` and
        // `[[per-path]]` too (applying them twice changes nothing else)
        self.cfg.apply(files, &mut diags);
        diags
    }
}
