//! `parallax facts`: every fact of the given files, per sentence, for people (human) and
//! tools (JSON Lines). Given a Chinese and an English file, each Chinese name is shown with
//! its best English match.

use super::translit::{name_similarity, MATCH_THRESHOLD};
use super::{extract, format_number, Fact, FactKind, FactValue};
use crate::parse::{parse, Document};
use crate::report::LineIndex;
use crate::source::{Format, Lang, SourceFile};
use serde_json::{json, Map, Value};
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

/// JSON Lines, one object per fact.
pub fn write_json(out: &mut dyn Write, listed: &[Listed]) -> std::io::Result<()> {
    let en = en_names(listed);
    for l in listed {
        let matches = matches_for(l, &en);
        for (f, m) in l.facts.iter().zip(&matches) {
            let (line, column) = l.lines.line_col(&l.file.text, f.span.start);
            let mut o = Map::new();
            o.insert("path".into(), json!(l.file.name));
            o.insert("kind".into(), json!(f.kind.name()));
            o.insert("text".into(), json!(f.text));
            o.insert("start".into(), json!(f.span.start));
            o.insert("end".into(), json!(f.span.end));
            o.insert("line".into(), json!(line));
            o.insert("column".into(), json!(column));
            o.insert("sentence".into(), json!(f.sentence));
            match &f.value {
                FactValue::Date(d) => {
                    o.insert("value".into(), json!(d.iso()));
                    o.insert("inferred_year".into(), json!(f.inferred_year));
                    o.insert(
                        "year_from".into(),
                        f.year_from
                            .as_ref()
                            .map_or(Value::Null, |s| json!({"start": s.start, "end": s.end})),
                    );
                }
                FactValue::Number { value, unit } => {
                    let v: Value = format_number(*value).parse().unwrap_or(Value::Null);
                    o.insert("value".into(), v);
                    o.insert("unit".into(), json!(unit));
                }
                FactValue::Name { key, latin } => {
                    o.insert("value".into(), json!(key));
                    if l.doc.lang == Lang::Zh {
                        o.insert("latin".into(), json!(latin));
                        if !en.is_empty() {
                            let mv = m.as_ref().map_or(
                                Value::Null,
                                |(t, p, s)| json!({"text": t, "path": p, "score": (s * 1000.0).round() / 1000.0}),
                            );
                            o.insert("match".into(), mv);
                        }
                    }
                }
            }
            writeln!(out, "{}", Value::Object(o))?;
        }
    }
    Ok(())
}
