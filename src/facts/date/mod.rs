//! Dates in Chinese and English, normalised to ISO 8601 of the precision the text states.
//!
//! - zh: `2005年9月19日`, `2005年9月`, `2005年`, `9月20日`, `二〇〇五年九月十九日`, full-width
//!   digits, ranges `2005年9月19日至20日`, decades `1990年代`, `20世纪30年代`, lists that share
//!   their `年` or `年代` (`1348、1350 和 1361 年`, `1960、1970年代`, `20世纪50、60年代`), ISO
//!   `2014-06-21`.
//! - en: `19 September 2005`, `September 19, 2005`, `September 2005`, `Sept. 19`, `In 2005`,
//!   `On 20 September`, `19–20 September 2005`, `the 1990s`, decades that share a century
//!   (`the 1960s and 70s`), and a doubled month (`10 December December 2010`) reads as one.
//!
//! A bare number is a year only where the context says so: `2008年`, `in 2008`, `the 2008
//! war`, never `3700名` or `308 points`. A date without a year gets one later, from the
//! nearest preceding explicit year in the same section (see [`super::extract`]).

mod en;
mod zh;

#[cfg(test)]
pub(crate) use en::en;
pub(crate) use en::{en_in, may_hold_date};
pub use en::{month_number, MONTHS};
pub(crate) use zh::zh;

use super::text::{en_tokens, Text};
use super::zh_numeral;
use super::{Fact, FactKind, FactValue, Found};
use crate::parse::Document;

/// A calendar point of some precision; `None` fields were not stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Ymd {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Ymd {
    fn iso(&self) -> String {
        let mut s = match self.year {
            Some(y) => format!("{y:04}"),
            None => "-".to_string(),
        };
        if let Some(m) = self.month {
            s.push_str(&format!("-{m:02}"));
            if let Some(d) = self.day {
                s.push_str(&format!("-{d:02}"));
            }
        }
        s
    }
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Month,
    Year,
    Decade,
}

/// A date or an interval of dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateValue {
    pub start: Ymd,
    /// The last day/month/year of an interval (ranges and decades).
    pub end: Option<Ymd>,
    pub precision: Precision,
}

impl DateValue {
    fn point(start: Ymd, precision: Precision) -> Self {
        DateValue {
            start,
            end: None,
            precision,
        }
    }

    /// ISO 8601: `2005-09-19`, `2015-08`, `2008`, `2005-09-19/2005-09-20`, `1990/1999`;
    /// without a year `--09-20`.
    pub fn iso(&self) -> String {
        match &self.end {
            Some(e) => format!("{}/{}", self.start.iso(), e.iso()),
            None => self.start.iso(),
        }
    }

    /// The year written in the text (before any inference).
    pub fn explicit_year(&self) -> Option<i32> {
        self.end.and_then(|e| e.year).or(self.start.year)
    }

    /// Fill in a year taken from context.
    pub fn set_year(&mut self, year: i32) {
        if self.start.year.is_none() {
            self.start.year = Some(year);
        }
        if let Some(e) = &mut self.end {
            if e.year.is_none() {
                e.year = Some(year);
            }
        }
    }
}

/// Days in `month` of `year`: 29 for February when the year is not known, 0 for a month
/// that does not exist.
pub fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// The dates in a short text read on its own, such as a template parameter's value
/// (`21 June 2014`, `2014年6月21日`, `2014-06-21`), with byte spans relative to `text`.
pub fn dates_in(text: &str) -> Vec<(crate::Span, DateValue)> {
    let zh = text.contains(['年', '月', '日']);
    let t = Text::new(text, 0, zh);
    let found = if zh {
        self::zh(&t.chars)
    } else {
        en_in(&t.chars, &en_tokens(&t.chars, &t.string))
    };
    found
        .into_iter()
        .filter_map(|f| match f.value {
            FactValue::Date(d) => Some((t.pos[f.start]..t.pos[f.end], d)),
            _ => None,
        })
        .collect()
}

/// Whether a fact of `sorted` (dates found in one sentence, sorted by start, none overlapping
/// another) overlaps `start..end`: one binary search, so that reading a list stays linear.
fn overlaps(sorted: &[Found], start: usize, end: usize) -> bool {
    let after = sorted.partition_point(|o| o.start < end);
    after > 0 && sorted[after - 1].end > start
}

fn found(start: usize, end: usize, d: DateValue) -> Found {
    Found {
        start,
        end,
        value: FactValue::Date(d),
    }
}

fn day_date(year: Option<i32>, month: u8, day: u8) -> Ymd {
    Ymd {
        year,
        month: Some(month),
        day: Some(day),
    }
}

/// The decade starting at `y`: `1990/1999`.
fn decade_of(y: i32) -> DateValue {
    DateValue {
        start: Ymd {
            year: Some(y),
            ..Ymd::default()
        },
        end: Some(Ymd {
            year: Some(y + 9),
            ..Ymd::default()
        }),
        precision: Precision::Decade,
    }
}

/// `YYYY-MM-DD` at `i` (not inside a longer digit run).
fn iso_at(chars: &[char], i: usize) -> Option<(usize, DateValue)> {
    let d = |k: usize| chars.get(k).and_then(|c| c.to_digit(10));
    let digits =
        |from: usize, n: usize| -> Option<u32> { (from..from + n).try_fold(0u32, |acc, k| Some(acc * 10 + d(k)?)) };
    if i > 0 && chars[i - 1].is_ascii_digit() {
        return None;
    }
    let y = digits(i, 4)?;
    if chars.get(i + 4) != Some(&'-') || chars.get(i + 7) != Some(&'-') {
        return None;
    }
    let m = digits(i + 5, 2)?;
    let dd = digits(i + 8, 2)?;
    if d(i + 10).is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&dd) || !(1000..=2999).contains(&y) {
        return None;
    }
    Some((
        i + 10,
        DateValue::point(day_date(Some(y as i32), m as u8, dd as u8), Precision::Day),
    ))
}

/// A number at `i`: Arabic digits or a Chinese numeral.
struct Num {
    value: u32,
    end: usize,
    /// Count of Arabic digits (0 for a Chinese numeral).
    arabic: usize,
    /// A Chinese numeral written digit by digit (二〇〇五).
    positional: bool,
    len: usize,
}

fn read_num(chars: &[char], i: usize) -> Option<Num> {
    let c = *chars.get(i)?;
    if c.is_ascii_digit() {
        let mut j = i;
        while j < chars.len() && chars[j].is_ascii_digit() {
            j += 1;
        }
        if j - i > 6 || chars.get(j) == Some(&'.') && chars.get(j + 1).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        let value = chars[i..j]
            .iter()
            .fold(0u32, |a, c| a * 10 + c.to_digit(10).unwrap_or(0));
        return Some(Num {
            value,
            end: j,
            arabic: j - i,
            positional: false,
            len: j - i,
        });
    }
    let n = zh_numeral::parse(chars, i)?;
    if n.value.fract() != 0.0 || n.value >= 1e6 || chars.get(n.end).is_some_and(|&c| zh_numeral::zh_scale(c).is_some())
    {
        return None;
    }
    Some(Num {
        value: n.value as u32,
        end: n.end,
        arabic: 0,
        positional: n.positional,
        len: n.len,
    })
}

fn skip_sp(chars: &[char], mut j: usize) -> usize {
    let mut n = 0;
    while n < 2 && chars.get(j) == Some(&' ') {
        j += 1;
        n += 1;
    }
    j
}

/// `(1922–26)`, `(1870–1939)`: a year range in parentheses.
fn paren_year_range(chars: &[char], i: usize) -> Option<(usize, DateValue)> {
    let mut p = i;
    while p > 0 && chars[p - 1] == ' ' {
        p -= 1;
    }
    let open = p.checked_sub(1).map(|p| chars[p]);
    if !matches!(open, Some('(' | '（')) {
        return None;
    }
    year_range_digits(chars, i)
}

fn year_range_digits(chars: &[char], i: usize) -> Option<(usize, DateValue)> {
    let a = read_num(chars, i).filter(|a| a.arabic == 4 && (1000..=2999).contains(&a.value))?;
    let dash = skip_sp(chars, a.end);
    if !matches!(chars.get(dash), Some('–' | '-' | '—' | '至' | '到')) {
        return None;
    }
    let b = read_num(chars, skip_sp(chars, dash + 1)).filter(|b| b.arabic == 2 || b.arabic == 4)?;
    let end_year = if b.arabic == 2 {
        a.value / 100 * 100 + b.value
    } else {
        b.value
    };
    if end_year <= a.value {
        return None;
    }
    let y = |v: u32| Ymd {
        year: Some(v as i32),
        ..Ymd::default()
    };
    Some((
        b.end,
        DateValue {
            start: y(a.value),
            end: Some(y(end_year)),
            precision: Precision::Year,
        },
    ))
}

/// ISO dates in citation templates (`|date=2014-06-21`, `|accessdate=2016-06-22`): not in
/// the prose view, so they never give a year to other dates. With `only`, the values it accepts.
pub(crate) fn citation_dates(doc: &Document, src: &str, only: Option<&dyn Fn(&str) -> bool>) -> Vec<Fact> {
    let mut out = Vec::new();
    // an ISO date is 10 ASCII bytes (nested templates' values hold each other: a value is
    // looked at only when it is that short), with its dashes in place (most values are not one)
    let iso_shaped = |v: &&str| v.len() == 10 && v.as_bytes()[4] == b'-' && v.as_bytes()[7] == b'-';
    for t in &doc.templates {
        for p in &t.params {
            let Some(value) = src
                .get(p.value.clone())
                .filter(iso_shaped)
                .filter(|v| only.is_none_or(|accepts| accepts(v)))
            else {
                continue;
            };
            crate::budget::work(value.len());
            let chars: Vec<char> = value.chars().collect();
            if let Some((_, d)) = iso_at(&chars, 0) {
                let sentence = doc
                    .sentences
                    .partition_point(|s| doc.sentence_source(s).start <= p.value.start)
                    .saturating_sub(1);
                out.push(Fact {
                    kind: FactKind::Date,
                    span: p.value.clone(),
                    text: value.to_string(),
                    sentence,
                    value: FactValue::Date(d),
                    inferred_year: false,
                    year_from: None,
                    role: None,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
