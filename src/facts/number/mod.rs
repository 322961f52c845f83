//! Numbers in Chinese and English, with the unit or classifier that follows.
//!
//! - zh: `3,700`, `3700`, `1.2万`, `28亿`, `85亿卢布`, `三千七百`, `十五`, `第十五`,
//!   `百分之二十五`, `25%`, `6½`, `3700名军人` (→ person).
//! - en: `3,700`, `2.8 billion`, `three`, `fifteen`, `twenty-five`, `a dozen`, `15th`,
//!   `sixth`, `25%`, `25 percent`, `6½`, `$5 million`, `3,700 soldiers` (→ person).
//!
//! Dates and years (claimed by [`super::date`] first) are not numbers; reference markers
//! are not in the prose view, and a number in square brackets is skipped. A lone `一` /
//! `one` is not read (it is an article far more often than a count), nor a Chinese numeral
//! of one character unless a classifier follows (`四次`, not `四川`).
//! Units are data: `rules/data/units.toml`.

mod en;
mod zh;

#[cfg(test)]
pub(crate) use en::en;
pub(crate) use en::en_in;
pub(crate) use en::is_ordinal_word;
pub(crate) use en::ordinal_word;
pub(crate) use zh::zh;

use super::{FactValue, Found};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Deserialize)]
struct Units {
    zh: BTreeMap<String, String>,
    en: BTreeMap<String, String>,
    en_symbols: BTreeMap<String, String>,
}

fn units() -> &'static Units {
    static U: OnceLock<Units> = OnceLock::new();
    U.get_or_init(|| toml::from_str(crate::data::UNITS).expect("rules/data/units.toml is valid"))
}

/// The normalised unit of an English word after a number (`soldiers` → `person`).
pub fn en_unit(word: &str) -> Option<&'static str> {
    units().en.get(word).map(String::as_str)
}

/// The normalised unit of an English symbol after a number, matched with its case (`MW`).
pub(crate) fn en_symbol(word: &str) -> Option<&'static str> {
    units().en_symbols.get(word).map(String::as_str)
}

/// The longest Chinese unit or classifier at `chars[i..]` → (unit or "", end). A unit written
/// in Latin letters (`Ga`) is a whole word: not the start of a longer one (`Gas`).
fn zh_unit_at(chars: &[char], i: usize) -> Option<(&'static str, usize)> {
    let table = &units().zh;
    (1..=4).rev().find_map(|n| {
        let key: String = chars.get(i..i + n)?.iter().collect();
        let glued = key.ends_with(|c: char| c.is_ascii_alphabetic())
            && chars.get(i + n).is_some_and(char::is_ascii_alphanumeric);
        table.get(&key).filter(|_| !glued).map(|u| (u.as_str(), i + n))
    })
}

fn number(start: usize, end: usize, value: f64, unit: Option<&str>) -> Found {
    // ten significant digits: 5.15亿 is 515000000, not 515000000.00000006
    let value = format!("{value:.9e}").parse().unwrap_or(value);
    Found {
        start,
        end,
        value: FactValue::Number {
            value,
            unit: unit.filter(|u| !u.is_empty()).map(str::to_string),
        },
    }
}

fn fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        _ => return None,
    })
}

/// Arabic digits at `i`: `3700`, `3,700`, `2.8`, `6½` → (value, end).
fn arabic(chars: &[char], i: usize) -> Option<(f64, usize)> {
    let digit = |k: usize| chars.get(k).is_some_and(|c| c.is_ascii_digit());
    if !digit(i) {
        return None;
    }
    let mut j = i;
    let mut s = String::new();
    while digit(j) {
        s.push(chars[j]);
        j += 1;
    }
    // thousands separators: exactly three digits after each comma
    while chars.get(j) == Some(&',') && (1..=3).all(|d| digit(j + d)) && !digit(j + 4) {
        s.extend(&chars[j + 1..j + 4]);
        j += 4;
    }
    if chars.get(j) == Some(&'.') && digit(j + 1) {
        s.push('.');
        j += 1;
        while digit(j) {
            s.push(chars[j]);
            j += 1;
        }
        // 1.4.5, 2.6.32: a section or version number, not a quantity
        if chars.get(j) == Some(&'.') && digit(j + 1) {
            return None;
        }
    }
    let mut value: f64 = s.parse().ok()?;
    if let Some(f) = chars.get(j).and_then(|&c| fraction(c)) {
        value += f;
        j += 1;
    }
    Some((value, j))
}

fn in_brackets(chars: &[char], start: usize, end: usize) -> bool {
    start > 0 && matches!(chars[start - 1], '[' | '［') && matches!(chars.get(end), Some(']' | '］'))
}

fn skip_sp(chars: &[char], mut j: usize) -> usize {
    while chars.get(j) == Some(&' ') {
        j += 1;
    }
    j
}

/// The scale a number's text states: `5万` → 10⁴, `50 thousand` → 10³.
fn scale_of(text: &str) -> Option<f64> {
    let t = text.to_lowercase();
    [
        ("亿", 1e8),
        ("万", 1e4),
        ("千", 1e3),
        ("billion", 1e9),
        ("million", 1e6),
        ("thousand", 1e3),
    ]
    .into_iter()
    .find(|(w, _)| t.contains(w))
    .map(|(_, v)| v)
}

/// The first number of a range takes the unit the range states once at its end:
/// `six to nine percent`, `5–9%`, `公元前6至4世纪` (the 6th to 4th centuries); and the scale:
/// `3到5万` is 30,000 to 50,000, `30 to 50 thousand` and `between 30 and 50 thousand` 30,000
/// to 50,000.
fn share_range_units(chars: &[char], out: &mut [Found]) {
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let between: String = chars[a.end.min(b.start)..b.start].iter().collect();
        let joined = matches!(
            between.trim(),
            "to" | "-" | "–" | "—" | "and" | "到" | "至" | "~" | "〜"
        );
        let (ta, tb): (String, String) = (
            chars[a.start..a.end].iter().collect(),
            chars[b.start..b.end].iter().collect(),
        );
        if let (Some(scale), None, FactValue::Number { value: va, .. }, FactValue::Number { value: vb, .. }) =
            (scale_of(&tb), scale_of(&ta), &a.value, &b.value)
        {
            // (`and` shares the scale only after `between`: `between 1 and 2 million` is 1 to 2
            // million, where `3 and 4 million` may be two things)
            let before: String = chars[a.start.saturating_sub(8)..a.start].iter().collect();
            let range = between.trim() != "and" || before.to_lowercase().ends_with("between ");
            if joined && range && *va * scale <= *vb && *va < *vb {
                let scaled = *va * scale;
                if let FactValue::Number { value, .. } = &mut out[k - 1].value {
                    *value = scaled;
                }
            }
        }
        let (a, b) = (&out[k - 1], &out[k]);
        if let (FactValue::Number { unit: None, .. }, FactValue::Number { unit: Some(u), .. }) = (&a.value, &b.value) {
            if joined && (u == "percent" || u == "century") {
                let u = u.clone();
                if let FactValue::Number { unit, .. } = &mut out[k - 1].value {
                    *unit = Some(u);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
