//! Chinese dates: `2005年9月19日`, `九月二十日`, `1990年代`, `20世纪30年代`, ranges and lists.

use super::{decade_of, found, iso_at, overlaps, paren_year_range, read_num, skip_sp, DateValue, Num, Precision, Ymd};
use crate::facts::zh_numeral;
use crate::facts::{FactValue, Found};

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
        Some('年') => zh_year_date(chars, i, &a, j)?,
        Some('月') => {
            let (m, e) = zh_month(chars, i)?;
            let mut ymd = Ymd {
                month: Some(m),
                ..Ymd::default()
            };
            let (end, precision) = zh_day_after(chars, e, &mut ymd);
            (end, DateValue::point(ymd, precision))
        }
        Some('世') if chars.get(j + 1) == Some(&'纪') && (1..=21).contains(&a.value) => {
            zh_century_decade(chars, a.value, j)?
        }
        _ => return None,
    };
    if !allow_range || !matches!(date.precision, Precision::Day | Precision::Month) {
        return Some((end, date));
    }
    Some(zh_range(chars, end, date))
}

/// An optional `D日` after a month ending at `end`, written into `ymd` → (end, precision).
fn zh_day_after(chars: &[char], end: usize, ymd: &mut Ymd) -> (usize, Precision) {
    match zh_day(chars, skip_sp(chars, end)) {
        Some((d, e)) => {
            ymd.day = Some(d);
            (e, Precision::Day)
        }
        None => (end, Precision::Month),
    }
}

/// A date from the year `a` whose `年` is at `j`: `2005年`, `2005年9月19日`, `1990年代`,
/// `70年代`; `None` for a duration (`1000年前`) or a number that is no year.
fn zh_year_date(chars: &[char], i: usize, a: &Num, j: usize) -> Option<(usize, DateValue)> {
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
        return Some((j + 2, decade_of(y)));
    }
    let mut ymd = Ymd {
        year: Some(y),
        ..Ymd::default()
    };
    let mut end = j + 1;
    let mut precision = Precision::Year;
    if let Some((m, e)) = zh_month(chars, skip_sp(chars, end)) {
        ymd.month = Some(m);
        (end, precision) = zh_day_after(chars, e, &mut ymd);
    }
    Some((end, DateValue::point(ymd, precision)))
}

/// `20世纪30年代` from the century `century` whose `世` is at `j`.
fn zh_century_decade(chars: &[char], century: u32, j: usize) -> Option<(usize, DateValue)> {
    let k = skip_sp(chars, j + 2);
    let b = read_num(chars, k)?;
    let l = skip_sp(chars, b.end);
    if chars.get(l) != Some(&'年') || chars.get(l + 1) != Some(&'代') || b.value % 10 != 0 || b.value >= 100 {
        return None;
    }
    let y = (century as i32 - 1) * 100 + b.value as i32;
    Some((l + 2, decade_of(y)))
}

/// The date ending at `end` widened to a range when one follows: `2005年9月19日至20日`,
/// `9月19日—10月2日`, `2005年9月至11月`; else the date as it is.
fn zh_range(chars: &[char], end: usize, date: DateValue) -> (usize, DateValue) {
    let k = skip_sp(chars, end);
    if !chars.get(k).is_some_and(|c| RANGE_MARKS.contains(c)) {
        return (end, date);
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
        Some((e, u)) if u > s || u.year.is_none() => (
            e,
            DateValue {
                start: s,
                end: Some(u),
                precision: date.precision,
            },
        ),
        _ => (end, date),
    }
}

/// Dates in a Chinese sentence (Simplified, narrowed chars).
pub(crate) fn zh(chars: &[char]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // (the char itself first: most are no digit, and its boundary is not asked)
        if (chars[i].is_ascii_digit() || zh_numeral::is_numeral_char(chars[i])) && zh_boundary(chars, i) {
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
    zh_decade_lists(chars, &mut out);
    zh_day_lists(chars, &mut out);
    out
}

/// The separators of a list of years that share their final `年` (`1348、1350 和 1361 年`;
/// `1348，1350` too), and of decades that share their `年代` (`decades`: not a comma, which
/// may end a clause on a number, `生于1960，1970年代移居`).
fn list_separator(c: char, decades: bool) -> bool {
    matches!(c, '、' | '和' | '及' | '与' | '至' | '到' | '-' | '–' | '—') || !decades && matches!(c, '，' | ',')
}

/// Decades listed before a decade: `1960、1970年代`, `1980至1990年代`, `20世纪50、60年代`,
/// `50、60年代` — the list shares the final `年代` (and the century before its first number).
/// The numbers are decades' starts, each before the next: `1949、1950年代` and `1990、1980年代`
/// are no lists.
fn zh_decade_lists(chars: &[char], out: &mut Vec<Found>) {
    let mut added: Vec<Found> = Vec::new();
    let mut revalued: Vec<(usize, i32)> = Vec::new();
    for (i, f) in out.iter().enumerate() {
        let FactValue::Date(d) = &f.value else { continue };
        if d.precision != Precision::Decade {
            continue;
        }
        // the decade's own number: four digits (`1970年代`) or two (`60年代`; `20世纪60年代`,
        // read whole, starts with its century)
        let digits = chars[f.start..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(digits == 2 || digits == 4) || chars.get(skip_sp(chars, f.start + digits)) != Some(&'年') {
            continue;
        }
        let Some(first) = d.start.year else { continue };
        // (start, end, value) of each number listed, nearest first
        let mut listed: Vec<(usize, usize, u32)> = Vec::new();
        let mut at = f.start;
        while let Some((k, e, n)) = listed_before(chars, at, digits, true) {
            // (a number already read as a date ends the list)
            if n % 10 != 0 || digits == 4 && !(1000..=2100).contains(&n) || overlaps(out, k, e) {
                break;
            }
            listed.push((k, e, n));
            at = k;
        }
        if listed.is_empty() {
            continue;
        }
        // two digits take the century written before the first (`20世纪50、60年代`), else the
        // twentieth, as `70年代` alone does
        // (a century that starts inside a date already read is none: `2014-06-21世纪`)
        let century = century_before(chars, at).filter(|&(s, _)| !overlaps(out, s, at));
        let base = match (digits, century) {
            (2, Some((s, c))) => {
                // (the list's first decade starts at its century)
                if let Some(l) = listed.last_mut() {
                    l.0 = s;
                }
                (c as i32 - 1) * 100
            }
            (2, None) => 1900,
            _ => 0,
        };
        let own = if digits == 2 {
            base + first.rem_euclid(100)
        } else {
            first
        };
        let years: Vec<i32> = listed.iter().map(|&(_, _, n)| base + n as i32).collect();
        // (each decade before the next: `1980至1990年代`)
        if !years
            .iter()
            .zip(std::iter::once(&own).chain(&years))
            .all(|(y, after)| y < after)
        {
            continue;
        }
        if own != first {
            revalued.push((i, own));
        }
        for (&(start, end, _), &y) in listed.iter().zip(&years) {
            added.push(found(start, end, decade_of(y)));
        }
    }
    for (i, y) in revalued {
        out[i].value = FactValue::Date(decade_of(y));
    }
    out.extend(added);
    out.sort_by_key(|f| f.start);
}

/// The number of `digits` ASCII digits before `at`, past spaces, one list separator
/// ([`list_separator`], of decades when `decades`) and spaces (`1960、` before `1970年代`):
/// (its start, its end, its value).
fn listed_before(chars: &[char], at: usize, digits: usize, decades: bool) -> Option<(usize, usize, u32)> {
    let k = spaces_before(chars, at);
    if k == 0 || !list_separator(chars[k - 1], decades) {
        return None;
    }
    let mut k = spaces_before(chars, k - 1);
    let end = k;
    while k > 0 && chars[k - 1].is_ascii_digit() {
        k -= 1;
    }
    if end - k != digits || !zh_boundary(chars, k) {
        return None;
    }
    let n = read_num(chars, k).filter(|n| n.end == end)?;
    Some((k, end, n.value))
}

/// Where the spaces that end just before `at` start.
fn spaces_before(chars: &[char], mut at: usize) -> usize {
    while at > 0 && chars[at - 1] == ' ' {
        at -= 1;
    }
    at
}

/// The century written just before `at` (`20世纪`, `二十世纪` before `50、60年代`): (its start,
/// the century).
fn century_before(chars: &[char], at: usize) -> Option<(usize, u32)> {
    let k = spaces_before(chars, at);
    if k < 2 || chars[k - 2] != '世' || chars[k - 1] != '纪' {
        return None;
    }
    let mut k = spaces_before(chars, k - 2);
    let end = k;
    while k > 0 && (chars[k - 1].is_ascii_digit() || zh_numeral::is_numeral_char(chars[k - 1])) {
        k -= 1;
    }
    let n = read_num(chars, k).filter(|n| k < end && n.end == end && (1..=21).contains(&n.value))?;
    zh_boundary(chars, k).then_some((k, n.value))
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
            if overlaps(out, start, end) {
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
        // back over spaces, one separator, spaces, to a four-digit number
        while let Some((k, end, n)) = listed_before(chars, at, 4, false) {
            if !(1000..=2100).contains(&n) || overlaps(out, k, end) {
                break;
            }
            let ymd = Ymd {
                year: Some(n as i32),
                ..Ymd::default()
            };
            added.push(found(k, end, DateValue::point(ymd, Precision::Year)));
            at = k;
        }
    }
    out.extend(added);
    out.sort_by_key(|f| f.start);
}
