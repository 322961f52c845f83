//! Running a pack rule's `fire` and `quiet` examples.

use super::load::error;
use super::{PackError, PackRule};
use crate::diagnostic::{apply_edits, Edit};

impl PackRule {
    /// Check every example; errors point at the example in the TOML file.
    pub(super) fn check_examples(&self, toml_text: &str) -> Vec<PackError> {
        let mut errors = Vec::new();
        let run = |text: &str| crate::rules::run_on_text(self, "example", text);
        for ex in &self.def.fire {
            let (source, diags) = run(ex.get_ref());
            if diags.is_empty() {
                errors.push(error(
                    &self.path,
                    toml_text,
                    ex.span(),
                    format!("`{}`: this example must fire but does not", self.id),
                ));
                continue;
            }
            let edits: Vec<Edit> = diags
                .iter()
                .filter_map(|d| d.fix.as_ref())
                .flat_map(|f| f.edits.clone())
                .collect();
            if !edits.is_empty() {
                let fixed = apply_edits(&source.text, &edits);
                if !run(&fixed).1.is_empty() {
                    errors.push(error(
                        &self.path,
                        toml_text,
                        ex.span(),
                        format!(
                            "`{}`: the fix of this example does not re-lint clean: {fixed:?}",
                            self.id
                        ),
                    ));
                }
            }
        }
        for ex in &self.def.quiet {
            if !run(ex.get_ref()).1.is_empty() {
                errors.push(error(
                    &self.path,
                    toml_text,
                    ex.span(),
                    format!("`{}`: this example must not fire but does", self.id),
                ));
            }
        }
        errors
    }
}
