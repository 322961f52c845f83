//! JSON Lines: one object per diagnostic, as specified in DESIGN.md:
//! `{"rule","severity","message","path","start","end","line","column","labels":[…],"fix":null|{…}}`.

use super::LineIndex;
use crate::diagnostic::{Diagnostic, Edit};
use crate::source::SourceFile;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct Record<'a> {
    /// The `--stdin-jsonl` record the finding is in (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    rule: &'a str,
    severity: &'a str,
    message: &'a str,
    path: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    labels: Vec<LabelRecord<'a>>,
    notes: &'a [String],
    fix: Option<FixRecord<'a>>,
}

#[derive(Serialize)]
struct LabelRecord<'a> {
    /// The `--stdin-jsonl` record the label is in (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    path: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    message: &'a str,
}

#[derive(Serialize)]
struct FixRecord<'a> {
    message: &'a str,
    safe: bool,
    edits: &'a [Edit],
}

pub fn render(out: &mut dyn Write, files: &[SourceFile], diags: &[Diagnostic]) -> std::io::Result<()> {
    render_with_ids(out, files, diags, &[])
}

/// As [`render`], each object also carrying `"id": ids[file]` (`--stdin-jsonl`) when given.
pub fn render_with_ids(
    out: &mut dyn Write,
    files: &[SourceFile],
    diags: &[Diagnostic],
    ids: &[serde_json::Value],
) -> std::io::Result<()> {
    let indexes: Vec<LineIndex> = files.iter().map(|f| LineIndex::new(&f.text)).collect();
    for d in diags {
        let f = &files[d.file];
        let (line, column) = indexes[d.file].line_col(&f.text, d.span.start);
        let labels = d
            .labels
            .iter()
            .map(|l| {
                let lf = &files[l.file];
                let (line, column) = indexes[l.file].line_col(&lf.text, l.span.start);
                LabelRecord {
                    id: ids.get(l.file),
                    path: &lf.name,
                    start: l.span.start,
                    end: l.span.end,
                    line,
                    column,
                    message: &l.message,
                }
            })
            .collect();
        let rec = Record {
            id: ids.get(d.file),
            rule: d.rule,
            severity: d.severity.name(),
            message: &d.message,
            path: &f.name,
            start: d.span.start,
            end: d.span.end,
            line,
            column,
            labels,
            notes: &d.notes,
            fix: d.fix.as_ref().map(|x| FixRecord {
                message: &x.message,
                safe: x.safe,
                edits: &x.edits,
            }),
        };
        serde_json::to_writer(&mut *out, &rec)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
