//! One bad document never takes the run down: each step on a document (or pair) runs under
//! `catch_unwind` and within the document's time budget ([`crate::budget`]). A panic or an
//! exhausted budget becomes an `internal-error` diagnostic (severity error, exit code 2)
//! naming the document and what was being done, and the run goes on with the other documents.

use crate::diagnostic::{Diagnostic, FileId, Severity};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Mutex;
use std::time::Duration;

/// The id under which a failure of parallax itself on a document is reported.
pub const INTERNAL_ERROR: &str = "internal-error";

/// The failures of one batch of work, collected from every thread.
#[derive(Debug, Default)]
pub struct Failures {
    found: Mutex<Vec<Diagnostic>>,
    /// The time budget of one document or pair (`None`: unlimited).
    pub budget: Option<Duration>,
}

impl Failures {
    pub fn new(budget: Option<Duration>) -> Self {
        Failures {
            found: Mutex::default(),
            budget,
        }
    }

    /// Run `f` for `file` — `what` says what it does, for the message — catching a panic.
    /// `None` when it panicked (the failure is recorded).
    pub fn catch<T>(&self, file: FileId, what: &dyn Fn() -> String, f: impl FnOnce() -> T) -> Option<T> {
        match catch_unwind(AssertUnwindSafe(f)) {
            Ok(v) => Some(v),
            Err(payload) => {
                let why = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic".to_string());
                self.record(
                    file,
                    format!(
                        "parallax failed while {}: {why}; the findings for this document are incomplete (please report this with the input)",
                        what()
                    ),
                );
                None
            }
        }
    }

    /// Record that `file` ran out of its time budget while `what`.
    pub fn out_of_time(&self, file: FileId, what: &str) {
        let secs = self.budget.map_or(0, |b| b.as_secs());
        self.record(
            file,
            format!("skipped: {what} took longer than the budget of {secs} s per document (`--timeout`)"),
        );
    }

    fn record(&self, file: FileId, message: String) {
        let d = Diagnostic::new(INTERNAL_ERROR, Severity::Error, file, 0..0, message);
        self.found.lock().unwrap_or_else(|e| e.into_inner()).push(d);
    }

    /// The failures recorded, in a stable order.
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        let mut v = self.found.into_inner().unwrap_or_else(|e| e.into_inner());
        v.sort_by(|a, b| (a.file, &a.message).cmp(&(b.file, &b.message)));
        v.dedup();
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_naming_what_was_done() {
        let f = Failures::new(None);
        let r: Option<()> = f.catch(3, &|| "parsing it".into(), || panic!("index out of range"));
        assert!(r.is_none());
        assert_eq!(f.catch(3, &|| "x".into(), || 7), Some(7));
        let d = f.into_diagnostics();
        assert_eq!(d.len(), 1);
        assert_eq!(
            (d[0].rule, d[0].severity, d[0].file),
            (INTERNAL_ERROR, Severity::Error, 3)
        );
        assert!(d[0].message.contains("parsing it") && d[0].message.contains("index out of range"));
    }
}
