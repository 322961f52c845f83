//! # unused-suppression (warning)
//!
//! **What it does.** Reports an inline suppression that suppresses nothing: a
//! `<!-- parallax-ignore RULE -->`, `<!-- parallax-disable RULE -->` or
//! `<!-- parallax-ignore-file RULE -->` (or the plain-text form, a line
//! `parallax-ignore RULE`) naming a rule that made no finding in the text it covers, an
//! unknown rule id, or a `parallax-enable RULE` with no open `parallax-disable RULE`.
//!
//! **Why it matters.** Suppressions outlive the problems they hid. A stale one silently
//! hides the next real finding in that place, and an id with a typo never suppressed anything.
//!
//! **How it decides.** Suppressions are applied after the rules run. A suppression of a rule
//! that is not run (left out with `ignore` or not in `select`) is not judged. The forms:
//!
//! - `<!-- parallax-ignore RULE[,RULE] -->` on a line of its own: the block it precedes (up to
//!   the next blank line); after text on the same line: that line.
//! - `<!-- parallax-disable RULE -->` … `<!-- parallax-enable RULE -->`: the region between
//!   (to the end of the file when not enabled again).
//! - `<!-- parallax-ignore-file RULE -->`: the whole file.
//! - `RULE` may be `all`; no rule at all also means `all`.
//! - In plain-text extracts, which have no comments, the same words on a line of their own:
//!   `parallax-ignore repeated-word`.
//!
//! **Example.**
//! ```text
//! <!-- parallax-ignore repeated-word -->
//! ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ `repeated-word` is not reported here: nothing to suppress
//! The war ended in 1993.
//! ```
//!
//! **Fix.** Delete the suppression (or correct the rule id). No automatic fix.

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};

/// The rule's id (the gate's suppression step reports under it).
pub const ID: &str = "unused-suppression";

/// The rule's id and documentation; the work is done by `crate::gate::suppress` after the rules run.
pub struct UnusedSuppression;

impl Rule for UnusedSuppression {
    fn id(&self) -> &'static str {
        ID
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("unused_suppression.rs"))
    }
    fn check(&self, _cx: &Context, _out: &mut Vec<Diagnostic>) {}
}
