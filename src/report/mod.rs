//! Renderers: diagnostics (byte spans) in, text out. Line and column numbers are computed
//! here and nowhere else.

pub mod github;
pub mod html;
pub mod human;
pub mod json;
mod lines;
pub mod listing;
pub mod sarif;

pub use lines::LineIndex;

use crate::diagnostic::{Diagnostic, Severity};

/// `--statistics`: how many findings each rule made, most first.
pub fn statistics(out: &mut dyn std::io::Write, diags: &[Diagnostic]) -> std::io::Result<()> {
    let mut t = Tally::default();
    tally(&mut t, diags);
    write_tally(out, &t)
}

/// Findings per rule and severity, summed over batches (`--statistics` on a dump).
pub type Tally = std::collections::BTreeMap<(&'static str, Severity), usize>;

pub fn tally(t: &mut Tally, diags: &[Diagnostic]) {
    for d in diags {
        *t.entry((d.rule, d.severity)).or_default() += 1;
    }
}

/// Print a [`Tally`] as `--statistics` does, most first.
pub fn write_tally(out: &mut dyn std::io::Write, t: &Tally) -> std::io::Result<()> {
    let mut rows: Vec<_> = t.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for ((rule, sev), n) in rows {
        writeln!(out, "{n:6}  {rule:28} {}", sev.name())?;
    }
    Ok(())
}

/// A [`Tally`] as JSON (`--statistics --format json`): one array, most first, each entry
/// `{"rule", "severity", "count"}`.
pub fn write_tally_json(out: &mut dyn std::io::Write, t: &Tally) -> std::io::Result<()> {
    let mut rows: Vec<_> = t.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let rows: Vec<serde_json::Value> = rows
        .into_iter()
        .map(|((rule, sev), n)| serde_json::json!({"rule": rule, "severity": sev.name(), "count": n}))
        .collect();
    serde_json::to_writer_pretty(&mut *out, &rows).map_err(std::io::Error::other)?;
    writeln!(out)
}

/// Counts per severity, for the summary line.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

impl Counts {
    pub fn of(diags: &[Diagnostic]) -> Self {
        let mut c = Counts::default();
        for d in diags {
            match d.severity {
                Severity::Error => c.error += 1,
                Severity::Warning => c.warning += 1,
                Severity::Info => c.info += 1,
            }
        }
        c
    }

    pub fn add(&mut self, other: Counts) {
        self.error += other.error;
        self.warning += other.warning;
        self.info += other.info;
    }

    pub fn summary(&self, files: usize, read_errors: usize) -> String {
        let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        let mut parts = Vec::new();
        if self.error > 0 {
            parts.push(plural(self.error, "error"));
        }
        if self.warning > 0 {
            parts.push(plural(self.warning, "warning"));
        }
        if self.info > 0 {
            parts.push(format!("{} info", self.info));
        }
        let found = if parts.is_empty() {
            "no findings".to_string()
        } else {
            parts.join(", ")
        };
        let mut s = format!("{found} in {}", plural(files, "file"));
        if read_errors > 0 {
            s.push_str(&format!("; {} could not be read", plural(read_errors, "input")));
        }
        s
    }
}
