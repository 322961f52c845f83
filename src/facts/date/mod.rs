//! Dates in Chinese and English, normalised to ISO 8601 of the precision the text states.
//!
//! - zh: `2005年9月19日`, `2005年9月`, `2005年`, `9月20日`, `二〇〇五年九月十九日`, full-width
//!   digits, ranges `2005年9月19日至20日`, decades `1990年代`, `20世纪30年代`, ISO `2014-06-21`.
//! - en: `19 September 2005`, `September 19, 2005`, `September 2005`, `Sept. 19`, `In 2005`,
//!   `On 20 September`, `19–20 September 2005`, `the 1990s`, and a doubled month
//!   (`10 December December 2010`) reads as one.
//!
//! A bare number is a year only where the context says so: `2008年`, `in 2008`, `the 2008
//! war`, never `3700名` or `308 points`. A date without a year gets one later, from the
//! nearest preceding explicit year in the same section (see [`super::extract`]).

use super::text::{en_tokens, Text, Tok, TokKind};
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
    let found = if zh { self::zh(&t.chars) } else { en(&t.chars) };
    found
        .into_iter()
        .filter_map(|f| match f.value {
            FactValue::Date(d) => Some((t.pos[f.start]..t.pos[f.end], d)),
            _ => None,
        })
        .collect()
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

// ---------------------------------------------------------------- Chinese

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

/// `M月` at `j` → (month, end).
///
/// A month past 12 is read only with a day after it (`13月5日`): the text means a date and
/// has a slip in it, which `invalid-date` reports.
fn zh_month(chars: &[char], j: usize) -> Option<(u8, usize)> {
    let n = read_num(chars, j)?;
    let k = skip_sp(chars, n.end);
    let month = chars.get(k) == Some(&'月') && n.len <= 2 && n.value >= 1;
    let slip = || n.value < 100 && zh_day(chars, skip_sp(chars, k + 1)).is_some();
    (month && (n.value <= 12 || slip())).then_some((n.value as u8, k + 1))
}

/// `D日` / `D号` at `j` → (day, end).
fn zh_day(chars: &[char], j: usize) -> Option<(u8, usize)> {
    let n = read_num(chars, j)?;
    let k = skip_sp(chars, n.end);
    (matches!(chars.get(k), Some('日' | '号')) && (1..=31).contains(&n.value) && n.len <= 3)
        .then_some((n.value as u8, k + 1))
}

fn zh_boundary(chars: &[char], i: usize) -> bool {
    i == 0 || {
        let p = chars[i - 1];
        !(p.is_ascii_digit() || p == '.' || zh_numeral::is_numeral_char(p) || p == '第')
    }
}

const RANGE_MARKS: &[char] = &['至', '到', '-', '–', '—', '~', '〜', '－'];

/// A Chinese date at `i`, with an optional range after it.
fn zh_date_at(chars: &[char], i: usize, allow_range: bool) -> Option<(usize, DateValue)> {
    let a = read_num(chars, i)?;
    let j = skip_sp(chars, a.end);
    let (end, date) = match chars.get(j) {
        Some('年') => {
            let decade = chars.get(j + 1) == Some(&'代');
            // 70年代: the 1970s
            let (value, digits) = if decade && a.arabic == 2 {
                (1900 + a.value, 4)
            } else {
                (a.value, a.arabic)
            };
            let is_year = (digits == 3 || digits == 4) && (100..=2100).contains(&value) || a.positional && a.len == 4;
            if !is_year {
                return None;
            }
            // a duration, not a year: 1000年前, 100多年, 300年来; three-digit years need a
            // month, a decade or a preposition (公元750年, 于880年)
            let duration = matches!(chars.get(j + 1), Some('前' | '多' | '来' | '间' | '内' | '左' | '之'));
            let after = skip_sp(chars, j + 1);
            let dated = decade || zh_month(chars, after).is_some();
            let prep = i > 0 && matches!(chars[i - 1], '于' | '在' | '元' | '至' | '到' | '从' | '自' | '年');
            if duration && (value < 1000 || value % 100 == 0 && !(1800..=2100).contains(&value))
                || digits == 3 && !dated && !prep
            {
                return None;
            }
            let y = value as i32;
            if decade {
                if y % 10 != 0 {
                    return None;
                }
                let d = DateValue {
                    start: Ymd {
                        year: Some(y),
                        ..Ymd::default()
                    },
                    end: Some(Ymd {
                        year: Some(y + 9),
                        ..Ymd::default()
                    }),
                    precision: Precision::Decade,
                };
                return Some((j + 2, d));
            }
            let mut ymd = Ymd {
                year: Some(y),
                ..Ymd::default()
            };
            let mut end = j + 1;
            let mut precision = Precision::Year;
            if let Some((m, e)) = zh_month(chars, skip_sp(chars, end)) {
                ymd.month = Some(m);
                end = e;
                precision = Precision::Month;
                if let Some((d, e)) = zh_day(chars, skip_sp(chars, end)) {
                    ymd.day = Some(d);
                    end = e;
                    precision = Precision::Day;
                }
            }
            (end, DateValue::point(ymd, precision))
        }
        Some('月') => {
            let (m, e) = zh_month(chars, i)?;
            let mut ymd = Ymd {
                month: Some(m),
                ..Ymd::default()
            };
            let mut end = e;
            let mut precision = Precision::Month;
            if let Some((d, e)) = zh_day(chars, skip_sp(chars, end)) {
                ymd.day = Some(d);
                end = e;
                precision = Precision::Day;
            }
            (end, DateValue::point(ymd, precision))
        }
        Some('世') if chars.get(j + 1) == Some(&'纪') && (1..=21).contains(&a.value) => {
            // 20世纪30年代
            let k = skip_sp(chars, j + 2);
            let b = read_num(chars, k)?;
            let l = skip_sp(chars, b.end);
            if chars.get(l) != Some(&'年') || chars.get(l + 1) != Some(&'代') || b.value % 10 != 0 || b.value >= 100 {
                return None;
            }
            let y = (a.value as i32 - 1) * 100 + b.value as i32;
            let d = DateValue {
                start: Ymd {
                    year: Some(y),
                    ..Ymd::default()
                },
                end: Some(Ymd {
                    year: Some(y + 9),
                    ..Ymd::default()
                }),
                precision: Precision::Decade,
            };
            return Some((l + 2, d));
        }
        _ => return None,
    };
    if !allow_range || !matches!(date.precision, Precision::Day | Precision::Month) {
        return Some((end, date));
    }
    // a range: 2005年9月19日至20日, 9月19日—10月2日, 2005年9月至11月
    let k = skip_sp(chars, end);
    if !chars.get(k).is_some_and(|c| RANGE_MARKS.contains(c)) {
        return Some((end, date));
    }
    let mut k2 = k + 1;
    while chars.get(k2).is_some_and(|c| *c == '—') {
        k2 += 1;
    }
    let k2 = skip_sp(chars, k2);
    let s = date.start;
    let until = if let Some((e, d2)) = zh_date_at(chars, k2, false).filter(|(_, d2)| d2.precision == date.precision) {
        let mut y = d2.start;
        if y.year.is_none() {
            y.year = s.year;
        }
        Some((e, y))
    } else if date.precision == Precision::Day {
        zh_day(chars, k2).map(|(d, e)| (e, Ymd { day: Some(d), ..s }))
    } else {
        zh_month(chars, k2).map(|(m, e)| (e, Ymd { month: Some(m), ..s }))
    };
    match until {
        Some((e, u)) if u > s || u.year.is_none() => Some((
            e,
            DateValue {
                start: s,
                end: Some(u),
                precision: date.precision,
            },
        )),
        _ => Some((end, date)),
    }
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

/// Dates in a Chinese sentence (Simplified, narrowed chars).
pub(crate) fn zh(chars: &[char]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if zh_boundary(chars, i) && (chars[i].is_ascii_digit() || zh_numeral::is_numeral_char(chars[i])) {
            let hit = iso_at(chars, i)
                .or_else(|| paren_year_range(chars, i))
                .or_else(|| zh_date_at(chars, i, true));
            if let Some((end, d)) = hit {
                out.push(found(i, end, d));
                i = end;
                continue;
            }
        }
        i += 1;
    }
    zh_year_lists(chars, &mut out);
    zh_day_lists(chars, &mut out);
    out
}

/// Days listed after a full date: `2013年8月6日、8日` — the later days share its month.
fn zh_day_lists(chars: &[char], out: &mut Vec<Found>) {
    let mut added = Vec::new();
    for f in out.iter() {
        let FactValue::Date(d) = &f.value else { continue };
        if d.precision != Precision::Day || d.end.is_some() {
            continue;
        }
        let mut at = f.end;
        loop {
            let k = skip_sp(chars, at);
            if !matches!(chars.get(k), Some('、' | '和' | '及' | '与')) {
                break;
            }
            let start = skip_sp(chars, k + 1);
            let Some((day, end)) = zh_day(chars, start) else { break };
            if out.iter().any(|o| o.start < end && start < o.end) {
                break;
            }
            let ymd = Ymd {
                day: Some(day),
                ..d.start
            };
            added.push(found(start, end, DateValue::point(ymd, Precision::Day)));
            at = end;
        }
    }
    out.extend(added);
    out.sort_by_key(|f| f.start);
}

/// Years listed before a year: `1348、1350 和 1361 年`, `1185 至 1226 年` — the list shares
/// the final `年`.
fn zh_year_lists(chars: &[char], out: &mut Vec<Found>) {
    let mut added = Vec::new();
    for f in out.iter() {
        let FactValue::Date(d) = &f.value else { continue };
        if d.precision != Precision::Year || d.end.is_some() {
            continue;
        }
        let mut at = f.start;
        loop {
            // back over spaces, one separator, spaces, to a four-digit number
            let mut k = at;
            while k > 0 && chars[k - 1] == ' ' {
                k -= 1;
            }
            if k == 0
                || !matches!(
                    chars[k - 1],
                    '、' | '，' | ',' | '和' | '及' | '与' | '至' | '到' | '-' | '–' | '—'
                )
            {
                break;
            }
            k -= 1;
            while k > 0 && chars[k - 1] == ' ' {
                k -= 1;
            }
            let end = k;
            while k > 0 && chars[k - 1].is_ascii_digit() {
                k -= 1;
            }
            let ok = end - k == 4
                && zh_boundary(chars, k)
                && !out.iter().chain(&added).any(|o: &Found| o.start < end && k < o.end);
            let Some(n) = read_num(chars, k).filter(|n| ok && n.end == end && (1000..=2100).contains(&n.value)) else {
                break;
            };
            let ymd = Ymd {
                year: Some(n.value as i32),
                ..Ymd::default()
            };
            added.push(found(k, end, DateValue::point(ymd, Precision::Year)));
            at = k;
        }
    }
    out.extend(added);
    out.sort_by_key(|f| f.start);
}

// ---------------------------------------------------------------- English

/// The English month names, January first: the one list of them (names, invalid-date use it).
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTH_ABBR: &[(&str, u8)] = &[
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sep", 9),
    ("Sept", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

/// Words after which a bare month is a date (`in May`, `since August`).
const MONTH_CONTEXT: &[&str] = &[
    "in", "on", "since", "by", "until", "till", "from", "during", "of", "early", "late", "mid", "last", "next", "this",
    "through", "before", "after", "to", "and", "between",
];

/// Words after which a four-digit number is a year (`in 2008`, `the 2008 war`).
const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "during", "of", "before", "after", "around", "circa", "c", "to",
    "and", "or", "between", "early", "late", "mid", "year", "spring", "summer", "autumn", "fall", "winter", "the",
    "through", "season", "fiscal", "ca",
];

/// The month (1–12) a capitalised English month name or abbreviation names: `May`, `Sept`.
pub fn month_number(word: &str) -> Option<u8> {
    if let Some(m) = MONTHS.iter().position(|m| word == *m) {
        return Some(m as u8 + 1);
    }
    MONTH_ABBR.iter().find(|(a, _)| word == *a).map(|&(_, m)| m)
}

/// A month name (capitalised; abbreviations too) → (month, index after an optional `.`).
fn month_tok(toks: &[Tok], k: usize) -> Option<(u8, usize)> {
    let t = toks.get(k).filter(|t| t.kind == TokKind::Word)?;
    if let Some(m) = MONTHS.iter().position(|m| t.s == *m) {
        return Some((m as u8 + 1, k + 1));
    }
    let &(_, m) = MONTH_ABBR.iter().find(|(a, _)| t.s == *a)?;
    let next = toks.get(k + 1);
    if next.is_some_and(|n| n.is(".") && n.start == t.end) {
        Some((m, k + 2))
    } else {
        Some((m, k + 1))
    }
}

/// A day number (1–31), with an optional ordinal suffix → (day, index after).
fn day_tok(toks: &[Tok], k: usize) -> Option<(u8, usize)> {
    let t = toks.get(k).filter(|t| t.kind == TokKind::Num && t.s.len() <= 2)?;
    let d: u8 = t.s.parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    match toks.get(k + 1) {
        Some(n) if n.kind == TokKind::Word && n.start == t.end => {
            matches!(n.s.as_str(), "st" | "nd" | "rd" | "th").then_some((d, k + 2))
        }
        // a time or a score: 19:30, 3.5, 1,000
        Some(n)
            if n.is_punct(&[':', '.', ','])
                && n.start == t.end
                && toks
                    .get(k + 2)
                    .is_some_and(|m| m.kind == TokKind::Num && m.start == n.end) =>
        {
            None
        }
        _ => Some((d, k + 1)),
    }
}

/// A four-digit year token → (year, index after).
fn year_tok(toks: &[Tok], k: usize) -> Option<(i32, usize)> {
    let t = toks.get(k).filter(|t| t.kind == TokKind::Num && t.s.len() == 4)?;
    let y: i32 = t.s.parse().ok()?;
    if !(1000..=2999).contains(&y) {
        return None;
    }
    // 1,000 / 2008.5 / 2008,5: part of a larger number
    if let Some(n) = toks.get(k + 1) {
        if n.is_punct(&[',', '.'])
            && n.start == t.end
            && toks
                .get(k + 2)
                .is_some_and(|m| m.kind == TokKind::Num && m.start == n.end)
        {
            return None;
        }
    }
    Some((y, k + 1))
}

fn is_dash(t: Option<&Tok>) -> bool {
    t.is_some_and(|t| t.is_punct(&['–', '-', '—']))
}

/// `, 2005` or ` 2005` after a day-month → (year, index after).
fn trailing_year(toks: &[Tok], k: usize) -> Option<(i32, usize)> {
    let k = if toks.get(k).is_some_and(|t| t.is(",")) {
        k + 1
    } else {
        k
    };
    year_tok(toks, k)
}

/// An English date starting at token `k` → (end token index, value).
fn en_date_at(toks: &[Tok], k: usize) -> Option<(usize, DateValue)> {
    // 19 September 2005, 19–20 September 2005, 10 December December 2010
    if let Some((d1, k1)) = day_tok(toks, k) {
        let (d2, k1) = if is_dash(toks.get(k1)) {
            match day_tok(toks, k1 + 1) {
                Some((d2, k2)) if d2 > d1 => (Some(d2), k2),
                _ => (None, k1),
            }
        } else {
            (None, k1)
        };
        if let Some((m, mut k2)) = month_tok(toks, k1) {
            while let Some((m2, k3)) = month_tok(toks, k2) {
                if m2 != m {
                    break;
                }
                k2 = k3;
            }
            let (year, end) = match trailing_year(toks, k2) {
                Some((y, e)) => (Some(y), e),
                None => (None, k2),
            };
            let start = day_date(year, m, d1);
            let d = DateValue {
                start,
                end: d2.map(|d2| day_date(year, m, d2)),
                precision: Precision::Day,
            };
            return Some((end, d));
        }
    }
    if let Some((m, k1)) = month_tok(toks, k) {
        // September 2005, September, 2005
        if let Some((y, e)) = trailing_year(toks, k1) {
            let ymd = Ymd {
                year: Some(y),
                month: Some(m),
                day: None,
            };
            return Some((e, DateValue::point(ymd, Precision::Month)));
        }
        // September 19, 2005; Sept. 19; September 19–20, 2005
        if let Some((d1, k2)) = day_tok(toks, k1) {
            let (d2, k2) = if is_dash(toks.get(k2)) {
                match day_tok(toks, k2 + 1) {
                    Some((d2, k3)) if d2 > d1 => (Some(d2), k3),
                    _ => (None, k2),
                }
            } else {
                (None, k2)
            };
            let (year, end) = match trailing_year(toks, k2) {
                Some((y, e)) => (Some(y), e),
                None => (None, k2),
            };
            let d = DateValue {
                start: day_date(year, m, d1),
                end: d2.map(|d2| day_date(year, m, d2)),
                precision: Precision::Day,
            };
            return Some((end, d));
        }
        // in May, since August, mid-August
        let prev = k.checked_sub(1).map(|p| &toks[p]);
        let prev = if is_dash(prev) {
            k.checked_sub(2).map(|p| &toks[p])
        } else {
            prev
        };
        if prev.is_some_and(|p| MONTH_CONTEXT.contains(&p.lower().as_str())) {
            let ymd = Ymd {
                month: Some(m),
                ..Ymd::default()
            };
            return Some((k1, DateValue::point(ymd, Precision::Month)));
        }
        return None;
    }
    // years: the 1990s, in 2005, the 2008 war, (1922–26)
    let (y, k1) = year_tok(toks, k)?;
    let t = &toks[k];
    if let Some(s) = toks.get(k1).filter(|s| s.start == t.end && s.is("s")) {
        let _ = s;
        if y % 10 == 0 {
            let d = DateValue {
                start: Ymd {
                    year: Some(y),
                    ..Ymd::default()
                },
                end: Some(Ymd {
                    year: Some(y + 9),
                    ..Ymd::default()
                }),
                precision: Precision::Decade,
            };
            return Some((k1 + 1, d));
        }
        return None;
    }
    let prev = k.checked_sub(1).map(|p| &toks[p]);
    let context = prev.is_some_and(|p| {
        YEAR_CONTEXT.contains(&p.lower().as_str()) || p.is("(") || p.is("-") && k >= 2 && toks[k - 2].lower() == "mid"
    });
    if !context {
        return None;
    }
    if let Some(n) = toks.get(k1) {
        if n.kind == TokKind::Word && super::number::en_unit(&n.lower()).is_some() {
            return None;
        }
    }
    Some((
        k1,
        DateValue::point(
            Ymd {
                year: Some(y),
                ..Ymd::default()
            },
            Precision::Year,
        ),
    ))
}

/// Dates in an English sentence.
pub(crate) fn en(chars: &[char]) -> Vec<Found> {
    let toks = en_tokens(chars);
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if t.kind == TokKind::Num {
            if let Some((end, d)) = iso_at(chars, t.start).or_else(|| paren_year_range(chars, t.start)) {
                out.push(found(t.start, end, d));
                k = toks.partition_point(|x| x.start < end);
                continue;
            }
        }
        // a list of years: in 1957, 1985 and 1986
        let listed = k >= 2
            && toks[k - 1].kind != TokKind::Num
            && (toks[k - 1].is(",") || toks[k - 1].is("and") || toks[k - 1].is("or") || is_dash(toks.get(k - 1)))
            && out.last().is_some_and(|f: &Found| f.end == toks[k - 2].end)
            && year_tok(&toks, k).is_some_and(|(_, e)| toks.get(e).is_none_or(|n| !n.is("s")));
        if listed {
            let (y, e) = year_tok(&toks, k).unwrap_or_default();
            let ymd = Ymd {
                year: Some(y),
                ..Ymd::default()
            };
            out.push(found(t.start, t.end, DateValue::point(ymd, Precision::Year)));
            k = e;
            continue;
        }
        if let Some((e, d)) = en_date_at(&toks, k) {
            out.push(found(t.start, toks[e - 1].end, d));
            k = e;
            continue;
        }
        k += 1;
    }
    en_day_lists(&toks, &mut out);
    out
}

/// Days listed before a full date: `6 and 8 August 2013`, `6, 7 and 8 August` — the earlier
/// days share its month and year.
fn en_day_lists(toks: &[Tok], out: &mut Vec<Found>) {
    let mut added = Vec::new();
    for f in out.iter() {
        let FactValue::Date(d) = &f.value else { continue };
        if d.precision != Precision::Day || d.end.is_some() {
            continue;
        }
        let mut k = toks.partition_point(|x| x.start < f.start);
        // the date must start with its day (`8 August`), not its month (`August 8`)
        if toks.get(k).is_none_or(|t| t.kind != TokKind::Num) {
            continue;
        }
        while k >= 2 && (toks[k - 1].is("and") || toks[k - 1].is(",") || toks[k - 1].is("&")) {
            let Some((day, _)) = day_tok(toks, k - 2).filter(|&(_, e)| e == k - 1) else {
                break;
            };
            let t = &toks[k - 2];
            if out.iter().any(|o| o.start < t.end && t.start < o.end) {
                break;
            }
            let ymd = Ymd {
                day: Some(day),
                ..d.start
            };
            added.push(found(t.start, t.end, DateValue::point(ymd, Precision::Day)));
            k -= 2;
        }
    }
    out.extend(added);
    out.sort_by_key(|f| f.start);
}

/// ISO dates in citation templates (`|date=2014-06-21`, `|accessdate=2016-06-22`): not in
/// the prose view, so they never give a year to other dates.
pub(crate) fn citation_dates(doc: &Document, src: &str) -> Vec<Fact> {
    let mut out = Vec::new();
    for t in &doc.templates {
        for p in &t.params {
            let Some(value) = src.get(p.value.clone()) else {
                continue;
            };
            let chars: Vec<char> = value.chars().collect();
            if chars.len() != 10 {
                continue;
            }
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
mod tests {
    use super::*;

    fn zh_iso(s: &str) -> Vec<String> {
        let c: Vec<char> = s.chars().map(super::super::text::narrow).collect();
        zh(&c)
            .into_iter()
            .map(|f| match f.value {
                FactValue::Date(d) => d.iso(),
                _ => unreachable!(),
            })
            .collect()
    }

    fn en_iso(s: &str) -> Vec<String> {
        let c: Vec<char> = s.chars().collect();
        en(&c)
            .into_iter()
            .map(|f| match f.value {
                FactValue::Date(d) => d.iso(),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn zh_must_parse() {
        assert_eq!(zh_iso("2005年9月19日，南奥塞梯"), ["2005-09-19"]);
        assert_eq!(zh_iso("2015年8月，阿布哈兹"), ["2015-08"]);
        assert_eq!(zh_iso("在2008年南奥塞梯战争期间"), ["2008"]);
        assert_eq!(zh_iso("9月20日，Kokoity"), ["--09-20"]);
        assert_eq!(zh_iso("二〇〇五年九月十九日"), ["2005-09-19"]);
        assert_eq!(zh_iso("九月二十日"), ["--09-20"]);
        assert_eq!(zh_iso("２００５年９月１９日"), ["2005-09-19"]);
        assert_eq!(zh_iso("2005年9月19日至20日"), ["2005-09-19/2005-09-20"]);
        assert_eq!(zh_iso("1990年代"), ["1990/1999"]);
        assert_eq!(zh_iso("70年代"), ["1970/1979"]);
        assert_eq!(zh_iso("于880年"), ["0880"]);
        assert_eq!(zh_iso("在 1348、1350 和 1361 年"), ["1348", "1350", "1361"]);
        assert_eq!(zh_iso("从 20 世纪 30 年代中期开始"), ["1930/1939"]);
        assert_eq!(zh_iso("从 1870 年到 1939 年运营"), ["1870", "1939"]);
        assert_eq!(zh_iso("|date=2014-06-21 |"), ["2014-06-21"]);
        assert_eq!(zh_iso("剧院 (1922–26) 是"), ["1922/1926"]);
        assert_eq!(zh_iso("成吉思汗（1185 – 1226）"), ["1185/1226"]);
        assert_eq!(zh_iso("于12月27日批准"), ["--12-27"]);
        // a month slip is still a date (invalid-date reports it)
        assert_eq!(zh_iso("他于13月5日到达"), ["--13-05"]);
    }

    #[test]
    fn zh_must_not_parse() {
        assert!(zh_iso("3700名军人").is_empty());
        assert!(zh_iso("独立15周年").is_empty());
        assert!(zh_iso("三年后").is_empty());
        assert!(zh_iso("15年").is_empty());
        assert!(zh_iso("3个月").is_empty());
        assert!(zh_iso("13月").is_empty());
        assert!(zh_iso("28亿卢布").is_empty());
        assert!(zh_iso("1000 年前").is_empty());
        assert_eq!(zh_iso("2000年前后"), ["2000"]);
        assert!(zh_iso("9000年").is_empty());
        assert!(zh_iso("长达750年").is_empty());
    }

    #[test]
    fn en_must_parse() {
        assert_eq!(en_iso("On 19 September 2005, a day"), ["2005-09-19"]);
        assert_eq!(en_iso("on September 19, 2005."), ["2005-09-19"]);
        assert_eq!(en_iso("In August 2015, Abkhazia"), ["2015-08"]);
        assert_eq!(en_iso("Sept. 19 was"), ["--09-19"]);
        assert_eq!(en_iso("In 2005 it"), ["2005"]);
        assert_eq!(en_iso("On 20 September, Kokoity"), ["--09-20"]);
        assert_eq!(en_iso("19–20 September 2005"), ["2005-09-19/2005-09-20"]);
        assert_eq!(en_iso("in the 1990s"), ["1990/1999"]);
        assert_eq!(en_iso("On 10 December December 2010, President"), ["2010-12-10"]);
        assert_eq!(en_iso("During the 2008 Russo-Georgian war"), ["2008"]);
        assert_eq!(en_iso("from 1870 to 1939, and"), ["1870", "1939"]);
        assert_eq!(en_iso("From the mid-1930s, the"), ["1930/1939"]);
        assert_eq!(en_iso("Theatre (1922–26), was"), ["1922/1926"]);
        assert_eq!(en_iso("until mid-August"), ["--08"]);
        assert_eq!(en_iso("in 1957, 1985 and 1986"), ["1957", "1985", "1986"]);
        assert_eq!(en_iso("released 2014-06-21"), ["2014-06-21"]);
    }

    #[test]
    fn en_must_not_parse() {
        assert!(en_iso("gave up just 308 points").is_empty());
        assert!(en_iso("sent 3,700 soldiers").is_empty());
        assert!(en_iso("of 2000 soldiers").is_empty());
        assert!(en_iso("He may go").is_empty());
        assert!(en_iso("May Smith said").is_empty());
        assert!(en_iso("a 2,008 km road").is_empty());
        assert!(en_iso("scored 2008").is_empty());
    }
}
