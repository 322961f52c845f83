//! Facts: dates, numbers and names found in a document's prose, each with its source span
//! and a normalised value, so that a Chinese article and its English counterpart can be
//! compared fact by fact.
//!
//! Extraction works on the prose view, sentence by sentence. Chinese text is folded to
//! Simplified (one char per char, so spans survive) and full-width digits are read as ASCII;
//! each grammar then works on a slice of chars, which keeps every span on a char boundary.
//! Spans are mapped back to source bytes with [`crate::parse::Prose::to_source_span`].
//!
//! - [`date`]: dates of day, month, year or decade precision, ranges, and years taken from
//!   context (the nearest preceding explicit year in the same section, in both languages).
//! - [`number`]: numbers with separators, decimals, scale words, number words, ordinals,
//!   percentages and the unit or classifier that follows.
//! - [`name`]: names of people, places and organisations; [`translit`] matches Chinese
//!   transliterations against Latin spellings.

pub mod date;
pub mod name;
pub mod name_match;
pub mod native_name;
pub mod number;
pub mod role;
mod text;
pub mod translit;
pub mod zh_numeral;

pub use date::{DateValue, Precision, Ymd};

use crate::parse::{BlockKind, Document};
use crate::source::Lang;
use crate::Span;
use text::Text;

/// What a fact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FactKind {
    Date,
    Number,
    Name,
}

impl FactKind {
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Date => "date",
            FactKind::Number => "number",
            FactKind::Name => "name",
        }
    }
}

/// A fact's normalised value: equal values mean the same fact, whatever the language or
/// script it was written in.
#[derive(Debug, Clone, PartialEq)]
pub enum FactValue {
    Date(DateValue),
    Number {
        value: f64,
        /// Normalised unit or classifier (`person`, `ruble`, `percent`, `ordinal`, …).
        unit: Option<String>,
    },
    Name {
        /// Folded key: zh folded to Simplified, en case- and accent-folded.
        key: String,
        /// For Chinese names: a Latin reading from the transliteration table.
        latin: Option<String>,
    },
}

impl FactValue {
    /// The value as shown to users: ISO 8601 for dates, the number, the name key.
    pub fn display(&self) -> String {
        match self {
            FactValue::Date(d) => d.iso(),
            FactValue::Number { value, .. } => format_number(*value),
            FactValue::Name { key, .. } => key.clone(),
        }
    }
}

/// A number without a spurious `.0`.
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// One fact found in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub kind: FactKind,
    /// Source byte range.
    pub span: Span,
    /// The source text of the fact (for names from a link: the name, without label overrun).
    pub text: String,
    /// Index into `doc.sentences` (for facts in citation templates: the sentence before).
    pub sentence: usize,
    pub value: FactValue,
    /// Dates: the year was not written here but taken from context.
    pub inferred_year: bool,
    /// Dates with an inferred year: the source span of the date the year came from.
    pub year_from: Option<Span>,
    /// Dates and numbers: what the fact is of (`birth`, `death`, `population`), from the
    /// nearest cue word in its clause ([`role`]).
    pub role: Option<&'static str>,
}

/// A fact found by a grammar, in char indices of a sentence's [`Text`].
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub value: FactValue,
}

/// Extract every fact of `doc` (parsed from `src`), sorted by sentence, then source order.
/// Stops early once the thread's time budget has run out ([`crate::budget::expired`]).
pub fn extract(doc: &Document, src: &str) -> Vec<Fact> {
    extract_of(doc, src, None)
}

/// The dates of [`extract`] alone, the same facts in the same order, without reading the
/// numbers and names (a date's reading and its year taken from context depend on dates
/// alone): for an article checked alone, where only dates are asked for. Of an English
/// article, only the sentences and citation values `may` accepts are read (the others' dates
/// are left out, and a year they state is not taken into the next sentences' dates).
pub fn extract_dates(doc: &Document, src: &str, may: &dyn Fn(&str) -> bool) -> Vec<Fact> {
    extract_of(doc, src, Some(may))
}

/// [`extract`]; with `dates_where`, the dates alone, of the sentences (and citation values) it
/// accepts (English).
fn extract_of(doc: &Document, src: &str, dates_where: Option<&dyn Fn(&str) -> bool>) -> Vec<Fact> {
    let all = dates_where.is_none();
    let zh = doc.lang == Lang::Zh;
    let mut out = Vec::new();
    // The nearest preceding explicit year in this section: (year, source span).
    let mut last_year: Option<(i32, Span)> = None;
    let mut last_block = usize::MAX;
    let name_ctx = all.then(|| name::Context::new(doc, src));
    for (si, s) in doc.sentences.iter().enumerate() {
        // past the thread's time budget ([`crate::budget`]) the rest is left: the engine
        // reports the document as skipped
        if si % 64 == 0 && crate::budget::expired() {
            break;
        }
        if s.block != last_block {
            if matches!(doc.blocks[s.block].kind, BlockKind::Heading { .. }) {
                last_year = None;
            }
            last_block = s.block;
        }
        let Some(sentence) = doc.prose.text.get(s.prose.clone()) else {
            continue;
        };
        // the dates alone: an English sentence that cannot hold one is not read
        if !zh && dates_where.is_some_and(|may| !(may(sentence) && date::may_hold_date(sentence))) {
            continue;
        }
        // a Chinese sentence's chars come from its block, normalised once for its words
        let t = if zh {
            let block = &doc.blocks[s.block].prose;
            Text::within_block(&doc.block_words(s.block).text, block.start, s.prose.start, s.prose.end)
        } else {
            Text::new(sentence, s.prose.start, zh)
        };
        let mut claimed = vec![false; t.len()];
        // a heading's section number (`2 研究对象`, `1.1 1980年代前`: pandoc numbers the
        // sections of the wiki-markdown it writes) is no quantity; wikitext and plain extracts
        // number none (`== 50 largest cities ==` is a number)
        if doc.format == crate::source::Format::WikiMarkdown
            && matches!(doc.blocks[s.block].kind, BlockKind::Heading { .. })
        {
            claimed[..section_number(&t.chars)].fill(true);
        }
        let mut facts: Vec<(Found, FactKind)> = Vec::new();
        // an English sentence is read into words once, for dates, numbers and names
        let toks = if zh {
            Vec::new()
        } else {
            text::en_tokens(&t.chars, &t.string)
        };
        let dates = if zh {
            date::zh(&t.chars)
        } else {
            date::en_in(&t.chars, &toks)
        };
        for d in dates {
            claimed[d.start..d.end].iter_mut().for_each(|c| *c = true);
            facts.push((d, FactKind::Date));
        }
        let numbers = if !all {
            Vec::new()
        } else if zh {
            number::zh(&t.chars, &claimed)
        } else {
            number::en_in(&t.chars, &claimed, &toks)
        };
        facts.extend(numbers.into_iter().map(|n| (n, FactKind::Number)));
        facts.sort_by_key(|(f, _)| (f.start, f.end));
        for (f, kind) in facts {
            let mut end = f.end;
            // a unit read across markup (`28億[盧布](…)`): the span keeps to the number
            if kind == FactKind::Number && !doc.prose.is_verbatim(t.pos[f.start]..t.pos[end]) {
                while end > f.start + 1 && !is_number_char(t.chars[end - 1]) {
                    end -= 1;
                }
            }
            let span = doc.prose.to_source_span(t.pos[f.start]..t.pos[end]);
            let mut fact = Fact {
                kind,
                text: src.get(span.clone()).unwrap_or_default().to_string(),
                span,
                sentence: si,
                value: f.value,
                inferred_year: false,
                year_from: None,
                role: role::role_at(&t.chars, f.start, f.end, zh),
            };
            if let FactValue::Date(d) = &mut fact.value {
                match d.explicit_year() {
                    Some(y) => last_year = Some((y, fact.span.clone())),
                    None => {
                        if let Some((y, from)) = &last_year {
                            d.set_year(*y);
                            fact.inferred_year = true;
                            fact.year_from = Some(from.clone());
                        }
                    }
                }
            }
            out.push(fact);
        }
        if let Some(name_ctx) = &name_ctx {
            out.extend(name_ctx.names(doc, src, si, &t, &toks));
        }
    }
    // (with `dates_where`, of an English article, the citations' values it accepts too)
    out.extend(date::citation_dates(doc, src, dates_where.filter(|_| !zh)));
    // by sentence first: `align::facts_in` finds a sentence's facts by binary search
    out.sort_by_key(|f| (f.sentence, f.span.start, f.span.end, f.kind));
    out.dedup_by(|a, b| a.span == b.span && a.kind == b.kind);
    out
}

/// The length of the section number a heading begins with (`2`, `1.1`, `4.4.2`: parts of
/// one or two digits, then a space), 0 when there is none (`2019 elections`, `1980年代前`).
fn section_number(chars: &[char]) -> usize {
    let mut i = 0;
    loop {
        let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=2).contains(&digits) {
            return 0;
        }
        i += digits;
        match chars.get(i) {
            Some('.') => i += 1,
            Some(c) if c.is_whitespace() => return i,
            _ => return 0,
        }
    }
}

/// Chars a number ends with (before its unit).
fn is_number_char(c: char) -> bool {
    c.is_ascii_digit() || zh_numeral::is_numeral_char(c) || matches!(c, '%' | '½' | '¼' | '¾' | '⅓' | '⅔')
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use crate::parse::parse;
    use crate::source::SourceFile;

    /// Extract facts from `text` (format detected from its content; `name` decides the
    /// format hint).
    pub fn facts_of(name: &str, text: &str) -> Vec<Fact> {
        let source = SourceFile {
            name: name.into(),
            text: text.into(),
        };
        let doc = parse(&source, None);
        extract(&doc, text)
    }

    /// A name fact of `text` alone, as a reader would give it (no sentence around it).
    pub fn name_fact(text: &str) -> Fact {
        Fact {
            kind: FactKind::Name,
            span: 0..text.len(),
            text: text.into(),
            sentence: 0,
            value: FactValue::Name {
                key: text.to_lowercase(),
                latin: None,
            },
            inferred_year: false,
            year_from: None,
            role: None,
        }
    }

    /// [`name_fact`] of `name` where it first stands in `text` (fails the test if it does not).
    pub fn name_fact_in(text: &str, name: &str) -> Fact {
        let at = text.find(name).unwrap_or_else(|| panic!("`{name}` is not in `{text}`"));
        Fact {
            span: at..at + name.len(),
            ..name_fact(name)
        }
    }

    /// The one date of a short text (fails the test if it holds more or none).
    pub fn one_date(name: &str, text: &str) -> Fact {
        let mut dates: Vec<Fact> = facts_of(name, text)
            .into_iter()
            .filter(|f| f.kind == FactKind::Date)
            .collect();
        assert_eq!(dates.len(), 1, "{text}: {dates:?}");
        dates.remove(0)
    }

    /// `(text, value)` pairs of one kind.
    pub fn values(name: &str, text: &str, kind: FactKind) -> Vec<(String, String)> {
        facts_of(name, text)
            .into_iter()
            .filter(|f| f.kind == kind)
            .map(|f| (f.text.clone(), f.value.display()))
            .collect()
    }

    /// Read a seed file of this repository.
    pub fn seed(prefix: &str) -> String {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .expect("seeds folder")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .collect();
        names.sort();
        let p = names
            .into_iter()
            .find(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix))
            })
            .expect("seed file");
        std::fs::read_to_string(p).expect("seed readable")
    }
}

#[cfg(test)]
mod tests;
