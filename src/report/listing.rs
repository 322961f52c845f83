//! `parallax facts`: every fact of the given files, per sentence, for people (human) and
//! tools (JSON Lines). Given a Chinese and an English file, each Chinese name is shown with
//! its best English match.

use super::LineIndex;
use crate::facts::translit::{name_similarity, MATCH_THRESHOLD};
use crate::facts::{extract, format_number, Fact, FactKind, FactValue};
use crate::parse::{parse, Document};
use crate::source::{Format, Lang, SourceFile};
use serde::Serialize;
use serde_json::{json, Value};
use std::io::Write;

/// One file with its facts.
pub struct Listed {
    pub file: SourceFile,
    pub doc: Document,
    pub facts: Vec<Fact>,
    lines: LineIndex,
}

/// The best English name for a Chinese one: (en text, en path, score).
type Match = (String, String, f64);

/// Parse and extract every file.
pub fn list(files: Vec<SourceFile>, format: Option<Format>) -> Vec<Listed> {
    files
        .into_iter()
        .map(|file| {
            let doc = parse(&file, format);
            let facts = extract(&doc, &file.text);
            let lines = LineIndex::new(&file.text);
            Listed {
                file,
                doc,
                facts,
                lines,
            }
        })
        .collect()
}

/// English names of the listed English files: (text, path), first occurrence of each key.
fn en_names(listed: &[Listed]) -> Vec<(String, String)> {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for l in listed.iter().filter(|l| l.doc.lang == Lang::En) {
        for f in l.facts.iter().filter(|f| f.kind == FactKind::Name) {
            if let FactValue::Name { key, .. } = &f.value {
                if seen.insert(key.clone()) {
                    out.push((f.text.clone(), l.file.name.clone()));
                }
            }
        }
    }
    out
}

fn best_match(zh: &str, en: &[(String, String)]) -> Option<Match> {
    let mut best: Option<Match> = None;
    for (text, path) in en {
        let s = name_similarity(zh, text);
        if s >= MATCH_THRESHOLD && best.as_ref().is_none_or(|b| s > b.2) {
            best = Some((text.clone(), path.clone(), s));
        }
    }
    best
}

fn matches_for(l: &Listed, en: &[(String, String)]) -> Vec<Option<Match>> {
    l.facts
        .iter()
        .map(|f| match &f.value {
            FactValue::Name { key, .. } if l.doc.lang == Lang::Zh && !en.is_empty() => best_match(key, en),
            _ => None,
        })
        .collect()
}

/// Human listing: a header per file, a line per sentence with facts, a line per fact.
pub fn write_human(out: &mut dyn Write, listed: &[Listed]) -> std::io::Result<()> {
    let en = en_names(listed);
    for l in listed {
        let lang = if l.doc.lang == Lang::Zh { "zh" } else { "en" };
        writeln!(
            out,
            "{} ({lang}, {}): {} facts",
            l.file.name,
            l.doc.format.name(),
            l.facts.len()
        )?;
        let matches = matches_for(l, &en);
        let mut last_sentence = usize::MAX;
        for (f, m) in l.facts.iter().zip(&matches) {
            if f.sentence != last_sentence {
                last_sentence = f.sentence;
                if let Some(s) = l.doc.sentences.get(f.sentence) {
                    let text: String = l
                        .doc
                        .prose
                        .text
                        .get(s.prose.clone())
                        .unwrap_or_default()
                        .chars()
                        .take(48)
                        .collect();
                    writeln!(out, "  [{}] {}", f.sentence + 1, text.replace('\n', " "))?;
                }
            }
            let (line, col) = l.lines.line_col(&l.file.text, f.span.start);
            let mut value = f.value.display();
            match &f.value {
                FactValue::Number { unit: Some(u), .. } => value.push_str(&format!(" {u}")),
                FactValue::Name { latin: Some(lat), .. } => value.push_str(&format!(" [{lat}]")),
                _ => {}
            }
            if let Some(from) = &f.year_from {
                let (fl, fc) = l.lines.line_col(&l.file.text, from.start);
                value.push_str(&format!(
                    " (year from {} at {fl}:{fc})",
                    l.file.text.get(from.clone()).unwrap_or_default()
                ));
            }
            if let Some((text, _, score)) = m {
                value.push_str(&format!(" ≈ {text} ({score:.2})"));
            }
            writeln!(out, "    {:6} {line}:{col}  {}  → {value}", f.kind.name(), f.text)?;
        }
    }
    Ok(())
}

/// A JSON Lines row, fields in contract order (`path`, `kind`, `text`, `start`, `end`, `line`,
/// `column`, `value`, then the kind's own fields).
#[derive(Serialize)]
struct Row<'a> {
    path: &'a str,
    kind: &'static str,
    text: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    sentence: usize,
    value: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    inferred_year: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    year_from: Option<Option<Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<Option<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    latin: Option<Option<&'a str>>,
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    matched: Option<Value>,
}

/// JSON Lines, one object per fact.
pub fn write_json(out: &mut dyn Write, listed: &[Listed]) -> std::io::Result<()> {
    let en = en_names(listed);
    for l in listed {
        let matches = matches_for(l, &en);
        for (f, m) in l.facts.iter().zip(&matches) {
            let (line, column) = l.lines.line_col(&l.file.text, f.span.start);
            let mut row = Row {
                path: &l.file.name,
                kind: f.kind.name(),
                text: &f.text,
                start: f.span.start,
                end: f.span.end,
                line,
                column,
                sentence: f.sentence,
                value: Value::Null,
                inferred_year: None,
                year_from: None,
                unit: None,
                latin: None,
                matched: None,
            };
            match &f.value {
                FactValue::Date(d) => {
                    row.value = json!(d.iso());
                    row.inferred_year = Some(f.inferred_year);
                    row.year_from = Some(f.year_from.as_ref().map(|s| json!({"start": s.start, "end": s.end})));
                }
                FactValue::Number { value, unit } => {
                    row.value = format_number(*value).parse().unwrap_or(Value::Null);
                    row.unit = Some(unit.as_deref());
                }
                FactValue::Name { key, latin } => {
                    row.value = json!(key);
                    if l.doc.lang == Lang::Zh {
                        row.latin = Some(latin.as_deref());
                        if !en.is_empty() {
                            row.matched = Some(m.as_ref().map_or(
                                Value::Null,
                                |(t, p, s)| json!({"text": t, "path": p, "score": (s * 1000.0).round() / 1000.0}),
                            ));
                        }
                    }
                }
            }
            serde_json::to_writer(&mut *out, &row)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::test_support::seed;

    fn seed_files() -> Vec<SourceFile> {
        vec![
            SourceFile {
                name: "000.txt".into(),
                text: seed("000_"),
            },
            SourceFile {
                name: "001.txt".into(),
                text: seed("001_"),
            },
        ]
    }

    #[test]
    fn json_lines_follow_the_contract() {
        let listed = list(seed_files(), None);
        let mut out = Vec::new();
        write_json(&mut out, &listed).unwrap();
        let text = String::from_utf8(out).unwrap();
        let rows: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert!(!rows.is_empty());
        for r in &rows {
            for k in ["path", "kind", "text", "start", "end", "line", "column", "value"] {
                assert!(r.get(k).is_some(), "{k} missing in {r}");
            }
            match r["kind"].as_str() {
                Some("date") => assert!(r["value"].is_string() && r.get("inferred_year").is_some()),
                Some("number") => assert!(r["value"].is_number() && r.get("unit").is_some()),
                Some("name") => assert!(r["value"].is_string()),
                k => panic!("kind {k:?}"),
            }
        }
        // the first key is "path"
        assert!(text.starts_with("{\"path\":"));
        let bagapsh = rows.iter().find(|r| r["text"] == "巴加普什").expect("巴加普什 listed");
        assert_eq!(bagapsh["match"]["text"], "Sergei Bagapsh");
        let inferred = rows.iter().find(|r| r["text"] == "9月20日").expect("9月20日 listed");
        assert_eq!(inferred["value"], "2006-09-20");
        assert_eq!(inferred["inferred_year"], true);
        assert!(inferred["year_from"]["start"].is_number());
    }

    #[test]
    fn human_listing_shows_sentences_and_values() {
        let listed = list(seed_files(), None);
        let mut out = Vec::new();
        write_human(&mut out, &listed).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("date   6:1  2005年9月19日  → 2005-09-19"), "{text}");
        assert!(text.contains("≈ Sergei Bagapsh"));
    }
}
