//! SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules that fired (and every
//! rule's help) in `tool.driver.rules`, results with byte offsets and line/column regions
//! (columns in Unicode code points), related locations for secondary labels (a
//! cross-language finding's counterpart in the other article), the notes ("compared
//! because…") in the message and in `properties.notes`, `partialFingerprints` from the
//! baseline's content key (given by the caller), and fixes.

use super::LineIndex;
use crate::diagnostic::{Diagnostic, RuleMeta, Severity};
use crate::source::SourceFile;
use serde_json::{json, Value};
use std::io::Write;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn region(f: &SourceFile, idx: &LineIndex, span: &std::ops::Range<usize>) -> Value {
    let (sl, sc) = idx.line_col(&f.text, span.start);
    let (el, ec) = idx.line_col(&f.text, span.end);
    json!({
        "startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec,
        "byteOffset": span.start, "byteLength": span.end - span.start,
    })
}

fn location(f: &SourceFile, idx: &LineIndex, span: &std::ops::Range<usize>, message: Option<&str>) -> Value {
    let mut loc = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(&f.name) },
            "region": region(f, idx, span),
        }
    });
    if let Some(m) = message.filter(|m| !m.is_empty()) {
        loc["message"] = json!({ "text": m });
    }
    loc
}

/// A relative path as a URI reference (forward slashes, spaces and `%` escaped).
fn uri(path: &str) -> String {
    path.replace('\\', "/").replace('%', "%25").replace(' ', "%20")
}

/// A rule id as a SARIF rule `name`: `repeated-word` → `RepeatedWord`.
fn rule_name(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// A finding's message with its notes, and the counterpart of a finding across files
/// ("[en.txt:19](1)" links to related location 1).
pub(super) fn full_message(d: &Diagnostic, counterpart: impl Fn(usize) -> Option<String>) -> String {
    let mut text = d.message.clone();
    let others: Vec<String> = d
        .labels
        .iter()
        .enumerate()
        .filter(|(_, l)| l.file != d.file)
        .filter_map(|(i, _)| counterpart(i))
        .collect();
    if !others.is_empty() {
        text += &format!(" (counterpart: {})", others.join(", "));
    }
    for n in &d.notes {
        text += "\n";
        text += n;
    }
    text
}

/// The `reportingDescriptor` for one rule.
fn rule_json(r: &RuleMeta) -> Value {
    json!({
        "id": r.id,
        "name": rule_name(r.id),
        "shortDescription": { "text": r.summary },
        "fullDescription": { "text": r.summary },
        "help": { "text": r.docs, "markdown": r.docs },
        "defaultConfiguration": { "level": level(r.severity) },
    })
}

/// The SARIF `result` for one finding; `rule_ids` gives its `ruleIndex`.
fn result_json(
    d: &Diagnostic,
    files: &[SourceFile],
    indexes: &[LineIndex],
    rule_ids: &[&str],
    fingerprint: &dyn Fn(&Diagnostic) -> String,
) -> Value {
    let f = &files[d.file];
    let counterpart = |i: usize| {
        let l = &d.labels[i];
        let (line, _) = indexes[l.file].line_col(&files[l.file].text, l.span.start);
        Some(format!("[{}:{line}]({i})", files[l.file].name))
    };
    let mut r = json!({
        "ruleId": d.rule,
        "level": level(d.severity),
        "message": { "text": full_message(d, counterpart) },
        "locations": [location(f, &indexes[d.file], &d.span, None)],
        "partialFingerprints": { "parallaxContentKey/v1": fingerprint(d) },
    });
    if !d.notes.is_empty() {
        r["properties"] = json!({ "notes": d.notes });
    }
    if let Some(i) = rule_ids.iter().position(|id| *id == d.rule) {
        r["ruleIndex"] = json!(i);
    }
    if !d.labels.is_empty() {
        r["relatedLocations"] = Value::Array(
            d.labels
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let mut loc = location(&files[l.file], &indexes[l.file], &l.span, Some(&l.message));
                    loc["id"] = json!(i);
                    loc
                })
                .collect(),
        );
    }
    if let Some(fix) = &d.fix {
        r["fixes"] = json!([{
            "description": { "text": fix.message },
            "artifactChanges": [{
                "artifactLocation": { "uri": uri(&f.name) },
                "replacements": fix.edits.iter().map(|e| json!({
                    "deletedRegion": { "byteOffset": e.start, "byteLength": e.end - e.start },
                    "insertedContent": { "text": e.replacement },
                })).collect::<Vec<_>>(),
            }],
        }]);
    }
    r
}

/// `fingerprint` gives each finding its content key (see `gate::baseline::content_key`): it
/// becomes the result's `partialFingerprints`, so code scanning follows a finding as lines move.
pub fn render(
    out: &mut dyn Write,
    files: &[SourceFile],
    diags: &[Diagnostic],
    rules: &[RuleMeta],
    fingerprint: &dyn Fn(&Diagnostic) -> String,
) -> std::io::Result<()> {
    let indexes: Vec<LineIndex> = files.iter().map(|f| LineIndex::new(&f.text)).collect();
    let rule_ids: Vec<&str> = rules.iter().map(|r| r.id).collect();
    let rules_json: Vec<Value> = rules.iter().map(rule_json).collect();
    let results: Vec<Value> = diags
        .iter()
        .map(|d| result_json(d, files, &indexes, &rule_ids, fingerprint))
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "parallax",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/parallax-wiki/parallax",
                "rules": rules_json,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_words() {
        assert_eq!(rule_name("repeated-word"), "RepeatedWord");
        assert_eq!(rule_name("unused-suppression"), "UnusedSuppression");
    }
}
