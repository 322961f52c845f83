//! `check --stdin-jsonl`: documents as JSON Lines records, one per line:
//! `{"id": "…" | 123, "title": "…", "lang": "zh" | "en", "text": "…"}`.
//!
//! `id` and `text` are required; `title` names the document in findings (default: the id);
//! `lang` is optional and, when given, must be `zh` or `en` (the language is detected from
//! the text either way); other fields (`pair_id`, …) are ignored. A line that is not such a
//! record yields a [`BadRecord`] naming the line (and the id when it could be read).

use super::SourceFile;
use serde_json::Value;

/// A usable record: its id and the document.
#[derive(Debug, Clone)]
pub struct Record {
    pub id: Value,
    pub file: SourceFile,
}

/// A line that is not a usable record.
#[derive(Debug, Clone, PartialEq)]
pub struct BadRecord {
    /// The record's id when it could be read, else null.
    pub id: Value,
    /// 1-based line number on stdin.
    pub line: usize,
    pub message: String,
}

/// Parse one line (`line` is its 1-based number). Blank lines are `Ok(None)`.
pub fn parse(bytes: &[u8], line: usize) -> Result<Option<Record>, BadRecord> {
    let bad = |id: Value, message: String| BadRecord { id, line, message };
    let text = std::str::from_utf8(bytes).map_err(|e| bad(Value::Null, format!("not valid UTF-8: {e}")))?;
    let text = text.trim_end_matches(['\n', '\r']);
    if text.trim().is_empty() {
        return Ok(None);
    }
    let v: Value = serde_json::from_str(text).map_err(|e| bad(Value::Null, format!("not JSON: {e}")))?;
    let Value::Object(mut obj) = v else {
        return Err(bad(Value::Null, "not a JSON object".into()));
    };
    let id = match obj.remove("id") {
        Some(id @ (Value::String(_) | Value::Number(_))) => id,
        Some(_) => return Err(bad(Value::Null, "`id` must be a string or a number".into())),
        None => return Err(bad(Value::Null, "no `id`".into())),
    };
    let text = match obj.remove("text") {
        Some(Value::String(s)) => s,
        Some(_) => return Err(bad(id, "`text` must be a string".into())),
        None => return Err(bad(id, "no `text`".into())),
    };
    match obj.get("lang") {
        None | Some(Value::Null) => {}
        Some(Value::String(l)) if l == "zh" || l == "en" => {}
        Some(other) => return Err(bad(id, format!("`lang` must be \"zh\" or \"en\", not {other}"))),
    }
    let name = match obj.remove("title") {
        Some(Value::String(t)) if !t.is_empty() => t,
        None | Some(Value::Null) | Some(Value::String(_)) => match &id {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        },
        Some(_) => return Err(bad(id, "`title` must be a string".into())),
    };
    Ok(Some(Record {
        id,
        file: SourceFile { name, text },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_records() {
        let r = parse(
            br#"{"id":"a1","title":"Apollo 11","lang":"en","text":"It was was."}"#,
            1,
        )
        .unwrap()
        .unwrap();
        assert_eq!(r.id, Value::from("a1"));
        assert_eq!(r.file.name, "Apollo 11");
        assert_eq!(r.file.text, "It was was.");
        let r = parse(br#"{"id":7,"text":"x","pair_id":"p"}"#, 2).unwrap().unwrap();
        assert_eq!(r.file.name, "7");
        assert!(parse(b"   \r\n", 3).unwrap().is_none());
    }

    #[test]
    fn bad_records_say_why() {
        let cases: [(&[u8], &str); 7] = [
            (b"{not json", "not JSON"),
            (b"[1,2]", "not a JSON object"),
            (br#"{"text":"x"}"#, "no `id`"),
            (br#"{"id":[1],"text":"x"}"#, "`id` must be"),
            (br#"{"id":"a"}"#, "no `text`"),
            (br#"{"id":"a","text":"x","lang":"fr"}"#, "`lang` must be"),
            (b"{\"id\":\"a\",\"text\":\"\xff\"}", "not valid UTF-8"),
        ];
        for (line, want) in cases {
            let e = parse(line, 4).unwrap_err();
            assert!(e.message.contains(want), "{} vs {want}", e.message);
            assert_eq!(e.line, 4);
        }
        assert_eq!(parse(br#"{"id":"a"}"#, 1).unwrap_err().id, Value::from("a"));
    }
}
