//! The shared vocabulary rules produce and renderers consume: a diagnostic with a rule id,
//! severity, message, primary span, secondary labels (possibly in another file), notes and an
//! optional fix made of byte-range edits.

use crate::source::SourceFile;
use crate::Span;
use serde::Serialize;

/// Index of a file in the run's file table.
pub type FileId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    /// Every severity, lowest first.
    pub const ALL: [Severity; 3] = [Severity::Info, Severity::Warning, Severity::Error];

    /// The severity named `name` (`info`, `warning`, `error`).
    pub fn from_name(name: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|s| s.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// What renderers may say of a rule (SARIF's `tool.driver.rules`): data, not the rule itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleMeta {
    pub id: &'static str,
    pub severity: Severity,
    /// The first sentence of its documentation.
    pub summary: String,
    /// Its whole documentation (Markdown).
    pub docs: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Label {
    pub file: FileId,
    pub span: Span,
    pub message: String,
}

/// One replacement of `span` by `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Fix {
    pub message: String,
    /// Edits in the primary file; they never overlap.
    pub edits: Vec<Edit>,
    /// Safe fixes keep the meaning and may be applied unattended.
    pub safe: bool,
}

/// Serialized whole (the result cache keeps them, see `engine::cache`): what is read back is
/// equal to what was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Diagnostic {
    #[serde(deserialize_with = "interned")]
    pub rule: RuleId,
    pub severity: Severity,
    pub message: String,
    pub file: FileId,
    pub span: Span,
    /// The message under the primary span.
    pub label: String,
    pub labels: Vec<Label>,
    pub notes: Vec<String>,
    pub fix: Option<Fix>,
}

/// A rule's id. (A name of its own also keeps serde from asking a deserializer for
/// `'static` data: the id is read as a string and [`interned`].)
pub type RuleId = &'static str;

/// A rule id read back: the one `&'static str` for it (see [`crate::intern`]).
fn interned<'de, D: serde::Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    let s: std::borrow::Cow<'de, str> = serde::Deserialize::deserialize(d)?;
    Ok(crate::intern(&s))
}

impl Diagnostic {
    pub fn new(rule: &'static str, severity: Severity, file: FileId, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            severity,
            message: message.into(),
            file,
            span,
            label: String::new(),
            labels: Vec::new(),
            notes: Vec::new(),
            fix: None,
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub fn with_secondary(mut self, file: FileId, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            file,
            span,
            message: message.into(),
        });
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }
}

/// Apply a fix's edits to `text` (edits must not overlap). Used by `--fix` and by tests.
pub fn apply_edits(text: &str, edits: &[Edit]) -> String {
    let mut edits: Vec<&Edit> = edits.iter().collect();
    edits.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for e in edits {
        if e.start < pos || e.end > text.len() {
            continue;
        }
        out.push_str(&text[pos..e.start]);
        out.push_str(&e.replacement);
        pos = e.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// Sort diagnostics into the output order: path, start, rule (then the rest, for a total order).
pub fn sort(files: &[SourceFile], diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (&files[a.file].name, a.span.start, a.rule, a.span.end, &a.message).cmp(&(
            &files[b.file].name,
            b.span.start,
            b.rule,
            b.span.end,
            &b.message,
        ))
    });
}

/// Sort by the rank of each file in the run's output order (see
/// `engine::pairs::output_order`), then start, then rule.
pub fn sort_ranked(rank: &[usize], diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (rank[a.file], a.span.start, a.rule, a.span.end, &a.message).cmp(&(
            rank[b.file],
            b.span.start,
            b.rule,
            b.span.end,
            &b.message,
        ))
    });
}

/// The output order of a stream's findings (dump pages, JSON Lines records): page (file
/// index), then start, then rule.
pub fn sort_in_page_order(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (a.file, a.span.start, a.rule, a.span.end, &a.message).cmp(&(
            b.file,
            b.span.start,
            b.rule,
            b.span.end,
            &b.message,
        ))
    });
}
