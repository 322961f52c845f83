//! `check --stdin-jsonl`: documents as JSON Lines records, one per line:
//! `{"id": "…" | 123, "title": "…", "lang": "zh" | "en", "text": "…"}`.
//!
//! `id` and `text` are required; `title` names the document in findings (default: the id);
//! `lang` is optional and, when given, must be `zh` or `en` (the language is detected from
//! the text either way); other fields are ignored. A line that is not such a record yields a
//! [`BadRecord`] naming the line (and the id when it could be read).
//!
//! `pair_id` (a string or a number) pairs two records, one zh and one en, for the
//! cross-language rules. [`PairUp`] holds a record with a `pair_id` until its partner arrives
//! (however many lines later), then hands both over together; a record whose partner never
//! comes is handed over alone at the end of the input. A third record with the same `pair_id`
//! is refused (linted alone, reported as a bad record). Held records take memory until their
//! partner comes: past a bound ([`PairUp::push`]'s `max_held`) the oldest are handed over alone.

use super::SourceFile;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// A usable record: its id and the document.
#[derive(Debug, Clone)]
pub struct Record {
    pub id: Value,
    pub file: SourceFile,
    /// The `pair_id` as JSON text (`"p1"` and `1` differ), if the record has one.
    pub pair_id: Option<String>,
    /// 1-based line number on stdin.
    pub line: usize,
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
    let pair_id = match obj.remove("pair_id") {
        None | Some(Value::Null) => None,
        Some(p @ (Value::String(_) | Value::Number(_))) => Some(p.to_string()),
        Some(_) => return Err(bad(id, "`pair_id` must be a string or a number".into())),
    };
    Ok(Some(Record {
        id,
        file: SourceFile { name, text },
        pair_id,
        line,
    }))
}

/// What [`PairUp`] hands over, in the order records should be linted.
#[derive(Debug)]
pub enum Ready {
    /// Lint alone: no `pair_id`, or the partner never came.
    Alone(Record),
    /// Lint as a pair (the earlier record first).
    Pair(Record, Record),
    /// A record that cannot join its pair: lint it alone and report why.
    Refused(Record, BadRecord),
}

/// Holds records with a `pair_id` until their partner arrives (see the module doc).
#[derive(Debug, Default)]
pub struct PairUp {
    /// pair_id → (arrival number, record).
    held: HashMap<String, (usize, Record)>,
    /// arrival number → pair_id, oldest first.
    order: BTreeMap<usize, String>,
    held_bytes: usize,
    /// pair_ids already paired → the lines of their two records.
    done: HashMap<String, (usize, usize)>,
    arrivals: usize,
    /// Records handed over alone because too much was held.
    pub evicted: usize,
}

impl PairUp {
    /// Take a record; hand over what is ready. While more than `max_held` bytes of text wait
    /// for partners, the oldest waiting records are handed over alone.
    pub fn push(&mut self, r: Record, max_held: usize) -> Vec<Ready> {
        let Some(key) = r.pair_id.clone() else {
            return vec![Ready::Alone(r)];
        };
        if let Some(&(a, b)) = self.done.get(&key) {
            let message = format!(
                "`pair_id` {key} already has its two records (lines {a} and {b}); a pair is one zh and one en record"
            );
            let bad = BadRecord {
                id: r.id.clone(),
                line: r.line,
                message,
            };
            return vec![Ready::Refused(r, bad)];
        }
        if let Some((seq, first)) = self.held.remove(&key) {
            self.order.remove(&seq);
            self.held_bytes -= first.file.text.len();
            self.done.insert(key, (first.line, r.line));
            return vec![Ready::Pair(first, r)];
        }
        self.arrivals += 1;
        self.held_bytes += r.file.text.len();
        self.order.insert(self.arrivals, key.clone());
        self.held.insert(key, (self.arrivals, r));
        let mut out = Vec::new();
        while self.held_bytes > max_held {
            let Some(r) = self.pop_oldest() else { break };
            self.evicted += 1;
            out.push(Ready::Alone(r));
        }
        out
    }

    fn pop_oldest(&mut self) -> Option<Record> {
        let (_, key) = self.order.pop_first()?;
        let (_, r) = self.held.remove(&key)?;
        self.held_bytes -= r.file.text.len();
        Some(r)
    }

    /// At the end of the input: the records still waiting, alone, in arrival order.
    pub fn finish(&mut self) -> Vec<Record> {
        std::iter::from_fn(|| self.pop_oldest()).collect()
    }
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
        assert_eq!((r.pair_id.as_deref(), r.line), (Some("\"p\""), 2));
        let r = parse(br#"{"id":7,"text":"x","pair_id":12}"#, 2).unwrap().unwrap();
        assert_eq!(r.pair_id.as_deref(), Some("12"));
        assert!(parse(b"   \r\n", 3).unwrap().is_none());
    }

    #[test]
    fn bad_records_say_why() {
        let cases: [(&[u8], &str); 8] = [
            (br#"{"id":"a","text":"x","pair_id":[1]}"#, "`pair_id` must be"),
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

#[cfg(test)]
mod pair_tests {
    use super::*;

    fn rec(id: &str, pair: Option<&str>, line: usize) -> Record {
        Record {
            id: Value::from(id),
            file: SourceFile {
                name: id.into(),
                text: "0123456789".into(),
            },
            pair_id: pair.map(String::from),
            line,
        }
    }

    fn ids(ready: &[Ready]) -> Vec<String> {
        ready
            .iter()
            .map(|r| match r {
                Ready::Alone(a) => format!("alone {}", a.id),
                Ready::Pair(a, b) => format!("pair {} {}", a.id, b.id),
                Ready::Refused(a, _) => format!("refused {}", a.id),
            })
            .collect()
    }

    #[test]
    fn partners_meet_however_far_apart_and_a_third_is_refused() {
        let mut p = PairUp::default();
        assert!(p.push(rec("zh", Some("p"), 1), 1000).is_empty());
        assert_eq!(ids(&p.push(rec("x", None, 2), 1000)), ["alone \"x\""]);
        assert!(p.push(rec("other", Some("q"), 3), 1000).is_empty());
        assert_eq!(ids(&p.push(rec("en", Some("p"), 4), 1000)), ["pair \"zh\" \"en\""]);
        let third = p.push(rec("3rd", Some("p"), 5), 1000);
        assert_eq!(ids(&third), ["refused \"3rd\""]);
        let Ready::Refused(_, bad) = &third[0] else {
            unreachable!()
        };
        assert!(bad.message.contains("lines 1 and 4"), "{}", bad.message);
        assert_eq!(bad.line, 5);
        let left: Vec<_> = p.finish().into_iter().map(|r| r.id).collect();
        assert_eq!(left, [Value::from("other")]);
        assert!(p.finish().is_empty());
    }

    #[test]
    fn the_oldest_waiting_records_go_alone_past_the_bound() {
        let mut p = PairUp::default();
        assert!(p.push(rec("a", Some("1"), 1), 25).is_empty());
        assert!(p.push(rec("b", Some("2"), 2), 25).is_empty());
        assert_eq!(ids(&p.push(rec("c", Some("3"), 3), 25)), ["alone \"a\""]);
        assert_eq!(p.evicted, 1);
        // a late partner of an evicted record waits in its turn, and goes alone at the end
        assert!(p.push(rec("a2", Some("1"), 4), 100).is_empty());
        let left: Vec<_> = p.finish().into_iter().map(|r| r.id).collect();
        assert_eq!(left, [Value::from("b"), Value::from("c"), Value::from("a2")]);
    }
}
