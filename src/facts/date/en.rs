//! English dates: `19 September 2005`, `September 19, 2005`, `in 2005`, `the 1990s`, lists.

use super::{day_date, decade_of, found, iso_at, overlaps, paren_year_range, DateValue, Precision, Ymd};
use crate::facts::text::{Tok, TokKind};
use crate::facts::{FactValue, Found};

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

/// Whether an English sentence may hold a date that [`en_in`] reads: every one has a digit
/// or a month's name (whose abbreviation, or `May`, it then contains). A sentence with other
/// than ASCII (full-width forms read narrow) may.
pub(crate) fn may_hold_date(sentence: &str) -> bool {
    !sentence.is_ascii()
        || sentence.bytes().any(|b| b.is_ascii_digit())
        || sentence.contains("May")
        || MONTH_ABBR.iter().any(|(a, _)| sentence.contains(a))
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
            matches!(n.s, "st" | "nd" | "rd" | "th").then_some((d, k + 2))
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
    if let Some(hit) = day_month_at(toks, k) {
        return Some(hit);
    }
    if let Some((m, k1)) = month_tok(toks, k) {
        return month_day_at(toks, k, m, k1);
    }
    year_at(toks, k)
}

/// A second day after a dash (`19–20`) when it is later than `d1` → (day, index after).
fn day_range_end(toks: &[Tok], d1: u8, k: usize) -> (Option<u8>, usize) {
    if is_dash(toks.get(k)) {
        match day_tok(toks, k + 1) {
            Some((d2, k2)) if d2 > d1 => (Some(d2), k2),
            _ => (None, k),
        }
    } else {
        (None, k)
    }
}

/// An optional [`trailing_year`] → (year, index after).
fn optional_year(toks: &[Tok], k: usize) -> (Option<i32>, usize) {
    match trailing_year(toks, k) {
        Some((y, e)) => (Some(y), e),
        None => (None, k),
    }
}

/// A day or days of the month `m`, with the year when one follows.
fn days_of(toks: &[Tok], d1: u8, k: usize, m: u8) -> (usize, DateValue) {
    let (d2, k) = day_range_end(toks, d1, k);
    let (year, end) = optional_year(toks, k);
    let d = DateValue {
        start: day_date(year, m, d1),
        end: d2.map(|d2| day_date(year, m, d2)),
        precision: Precision::Day,
    };
    (end, d)
}

/// Day first: `19 September 2005`, `19–20 September 2005`, `10 December December 2010`.
fn day_month_at(toks: &[Tok], k: usize) -> Option<(usize, DateValue)> {
    let (d1, k1) = day_tok(toks, k)?;
    let (d2, k1) = day_range_end(toks, d1, k1);
    let (m, mut k2) = month_tok(toks, k1)?;
    while let Some((m2, k3)) = month_tok(toks, k2) {
        if m2 != m {
            break;
        }
        k2 = k3;
    }
    let (year, end) = optional_year(toks, k2);
    let start = day_date(year, m, d1);
    let d = DateValue {
        start,
        end: d2.map(|d2| day_date(year, m, d2)),
        precision: Precision::Day,
    };
    Some((end, d))
}

/// Month first, the month `m` at token `k` ending before `k1`: `September 2005`,
/// `September 19, 2005`, `Sept. 19`, `September 19–20, 2005`, `in May`, `mid-August`.
fn month_day_at(toks: &[Tok], k: usize, m: u8, k1: usize) -> Option<(usize, DateValue)> {
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
        return Some(days_of(toks, d1, k2, m));
    }
    // in May, since August, mid-August
    let prev = k.checked_sub(1).map(|p| &toks[p]);
    let prev = if is_dash(prev) {
        k.checked_sub(2).map(|p| &toks[p])
    } else {
        prev
    };
    if prev.is_some_and(|p| MONTH_CONTEXT.contains(&&*p.lower())) {
        let ymd = Ymd {
            month: Some(m),
            ..Ymd::default()
        };
        return Some((k1, DateValue::point(ymd, Precision::Month)));
    }
    None
}

/// A year at token `k`: `the 1990s`, `in 2005`, `the 2008 war`, `(1922–26)`.
fn year_at(toks: &[Tok], k: usize) -> Option<(usize, DateValue)> {
    let (y, k1) = year_tok(toks, k)?;
    let t = &toks[k];
    if let Some(s) = toks.get(k1).filter(|s| s.start == t.end && s.is("s")) {
        let _ = s;
        if y % 10 == 0 {
            return Some((k1 + 1, decade_of(y)));
        }
        return None;
    }
    let prev = k.checked_sub(1).map(|p| &toks[p]);
    let context = prev.is_some_and(|p| {
        YEAR_CONTEXT.contains(&&*p.lower()) || p.is("(") || p.is("-") && k >= 2 && toks[k - 2].lower() == "mid"
    });
    if !context {
        return None;
    }
    if let Some(n) = toks.get(k1) {
        if n.kind == TokKind::Word && crate::facts::number::en_unit(&n.lower()).is_some() {
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
#[cfg(test)]
pub(crate) fn en(chars: &[char]) -> Vec<Found> {
    let text: String = chars.iter().collect();
    en_in(chars, &crate::facts::text::en_tokens(chars, &text))
}

/// Dates in an English sentence, read into `toks` ([`crate::facts::text::en_tokens`]).
pub(crate) fn en_in(chars: &[char], toks: &[Tok]) -> Vec<Found> {
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
            && year_tok(toks, k).is_some_and(|(_, e)| toks.get(e).is_none_or(|n| !n.is("s")));
        if listed {
            let (y, e) = year_tok(toks, k).unwrap_or_default();
            let ymd = Ymd {
                year: Some(y),
                ..Ymd::default()
            };
            out.push(found(t.start, t.end, DateValue::point(ymd, Precision::Year)));
            k = e;
            continue;
        }
        if let Some((e, d)) = en_date_at(toks, k) {
            out.push(found(t.start, toks[e - 1].end, d));
            k = e;
            continue;
        }
        k += 1;
    }
    en_day_lists(toks, &mut out);
    en_decade_lists(toks, &mut out);
    out
}

/// Decades listed after a decade in two digits: `the 1960s and 70s`, `1920s–30s`, `the 1960s,
/// '70s and '80s` — each takes the century of the one before it and comes after it (`the
/// 1990s and 80s` is no list). A lone `60s` is not read: `in his 60s` is an age.
fn en_decade_lists(toks: &[Tok], out: &mut Vec<Found>) {
    let mut added = Vec::new();
    for f in out.iter() {
        let FactValue::Date(d) = &f.value else { continue };
        let (Precision::Decade, Some(mut last)) = (d.precision, d.start.year) else {
            continue;
        };
        let mut k = toks.partition_point(|x| x.start < f.end);
        loop {
            // a joiner, then an apostrophe or none, then two digits and `s` written together
            let joined = toks
                .get(k)
                .is_some_and(|t| t.is("and") || t.is("or") || t.is("to") || t.is(","))
                || is_dash(toks.get(k));
            if !joined {
                break;
            }
            let mut j = k + 1;
            if toks.get(j).is_some_and(|t| t.is_punct(&['\'', '’'])) {
                j += 1;
            }
            let Some(n) = toks.get(j).filter(|t| t.kind == TokKind::Num && t.s.len() == 2) else {
                break;
            };
            let Some(s) = toks.get(j + 1).filter(|s| s.start == n.end && s.is("s")) else {
                break;
            };
            let Ok(v) = n.s.parse::<i32>() else { break };
            let y = last - last.rem_euclid(100) + v;
            if v % 10 != 0 || y <= last || overlaps(out, n.start, s.end) {
                break;
            }
            added.push(found(n.start, s.end, decade_of(y)));
            last = y;
            k = j + 2;
        }
    }
    out.extend(added);
    out.sort_by_key(|f| f.start);
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
            if overlaps(out, t.start, t.end) {
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
