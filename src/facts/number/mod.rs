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

use super::text::{en_tokens, Tok, TokKind};
use super::zh_numeral;
use super::{FactValue, Found};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Deserialize)]
struct Units {
    zh: BTreeMap<String, String>,
    en: BTreeMap<String, String>,
}

fn units() -> &'static Units {
    static U: OnceLock<Units> = OnceLock::new();
    U.get_or_init(|| toml::from_str(crate::data::UNITS).expect("rules/data/units.toml is valid"))
}

/// The normalised unit of an English word after a number (`soldiers` → `person`).
pub fn en_unit(word: &str) -> Option<&'static str> {
    units().en.get(word).map(String::as_str)
}

/// The longest Chinese unit or classifier at `chars[i..]` → (unit or "", end).
fn zh_unit_at(chars: &[char], i: usize) -> Option<(&'static str, usize)> {
    let table = &units().zh;
    (1..=4).rev().find_map(|n| {
        let key: String = chars.get(i..i + n)?.iter().collect();
        table.get(&key).map(|u| (u.as_str(), i + n))
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

// ---------------------------------------------------------------- Chinese

/// A number (Arabic or Chinese) with scale at `i` → (value, end, single Chinese char).
fn zh_value(chars: &[char], i: usize) -> Option<(f64, usize, bool)> {
    if let Some((v, e)) = arabic(chars, i) {
        let k = skip_sp(chars, e);
        let (v2, e2) = zh_numeral::apply_scale(chars, k, v);
        return Some(if e2 > k { (v2, e2, false) } else { (v, e, false) });
    }
    let n = zh_numeral::parse(chars, i)?;
    if n.positional {
        return None;
    }
    Some((n.value, n.end, n.len == 1))
}

/// Numbers in a Chinese sentence; `claimed` marks chars already read as dates.
pub(crate) fn zh(chars: &[char], claimed: &[bool]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    let free = |a: usize, b: usize| !claimed[a..b.min(claimed.len())].iter().any(|&c| c);
    while i < chars.len() {
        let c = chars[i];
        let boundary = i == 0 || {
            let p = chars[i - 1];
            !(p.is_ascii_alphanumeric()
                || p == '.'
                // XTS-400, F-16: part of a name
                || p == '-' && i >= 2 && chars[i - 2].is_ascii_alphabetic()
                // p=30: a template parameter's value left in the text
                || p == '='
                || p == ',' && i >= 2 && chars[i - 2].is_ascii_digit()
                || zh_numeral::is_numeral_char(p))
        };
        if claimed[i] || !boundary {
            i += 1;
            continue;
        }
        // 百分之二十五
        if c == '百' && chars.get(i + 1) == Some(&'分') && chars.get(i + 2) == Some(&'之') {
            if let Some((v, e, _)) = zh_value(chars, i + 3) {
                if free(i, e) {
                    out.push(number(i, e, v, Some("percent")));
                    i = e;
                    continue;
                }
            }
        }
        // 第十五, 第15 (not 第一, which like "first" is a word more than a count)
        if c == '第' {
            if let Some((v, e, _)) = zh_value(chars, skip_sp(chars, i + 1)) {
                if v == 1.0 {
                    i = e;
                    continue;
                }
                if free(i, e) {
                    out.push(number(i, e, v, Some("ordinal")));
                    i = e;
                    continue;
                }
            }
        }
        let Some((v, e, single)) = zh_value(chars, i) else {
            i += 1;
            continue;
        };
        // 前202年, 前206到前202年: years before the common era, not counts of years
        let after = skip_sp(chars, e);
        let bce = i > 0
            && chars[i - 1] == '前'
            && (chars.get(after) == Some(&'年')
                || matches!(chars.get(after), Some('到' | '至' | '-' | '–' | '—'))
                    && chars.get(skip_sp(chars, after + 1)) == Some(&'前'));
        if bce {
            i = e;
            continue;
        }
        if !free(i, e) || in_brackets(chars, i, e) {
            i = e;
            continue;
        }
        let k = skip_sp(chars, e);
        if chars.get(k) == Some(&'%') {
            out.push(number(i, k + 1, v, Some("percent")));
            i = k + 1;
            continue;
        }
        let unit = zh_unit_at(chars, k).filter(|&(_, ue)| free(k, ue));
        if single {
            // 四次, 两人: a one-char numeral counts only with a classifier, and never 一 / 十分
            // 三分之一 is a fraction, not three points
            let idiom = c == '一' || chars.get(e) == Some(&'分') && (c == '十' || chars.get(e + 1) == Some(&'之'));
            if unit.is_none() || idiom {
                i = e;
                continue;
            }
        }
        match unit {
            Some((u, ue)) => {
                out.push(number(i, ue, v, Some(u)));
                i = ue;
            }
            None => {
                out.push(number(i, e, v, None));
                i = e;
            }
        }
    }
    share_range_units(chars, &mut out);
    out
}

// ---------------------------------------------------------------- English

const CARDINALS: &[(&str, f64)] = &[
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

const ORDINALS: &[(&str, f64)] = &[
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
];

fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

fn cardinal(w: &str) -> Option<f64> {
    CARDINALS.iter().find(|(n, _)| *n == w).map(|&(_, v)| v)
}

/// Number words from token `k`: `three`, `twenty-five`, `three hundred`, `two million`,
/// `a dozen`, `one hundred` → (value, end token).
fn words_value(toks: &[Tok], k: usize) -> Option<(f64, usize)> {
    let w = toks.get(k).filter(|t| t.kind == TokKind::Word)?.lower();
    let next = toks.get(k + 1).map(|t| t.lower()).unwrap_or_default();
    let (mut value, mut j) = if let Some(v) = cardinal(&w) {
        (v, k + 1)
    } else if (w == "a" || w == "one") && (next == "dozen" || next == "hundred" || scale_word(&next).is_some()) {
        (1.0, k + 1)
    } else if w == "dozen" {
        (12.0, k + 1)
    } else {
        return None;
    };
    // twenty-five
    if value >= 20.0 && toks.get(j).is_some_and(|t| t.is("-")) {
        // (`one` is no count word on its own, but is one after a hyphen: thirty-one)
        let unit = |t: &Tok| match t.lower().as_str() {
            "one" => Some(1.0),
            w => cardinal(w),
        };
        if let Some(u) = toks.get(j + 1).and_then(unit).filter(|&u| u < 10.0) {
            value += u;
            j += 2;
        }
    }
    let mut total = 0.0;
    loop {
        let w = toks.get(j).map(|t| t.lower()).unwrap_or_default();
        if w == "hundred" {
            value *= 100.0;
            j += 1;
        } else if w == "dozen" {
            value *= 12.0;
            j += 1;
        } else if let Some(s) = scale_word(&w) {
            total += value * s;
            value = 0.0;
            j += 1;
        } else {
            break;
        }
    }
    Some((total + value, j))
}

/// Numbers in an English sentence; `claimed` marks chars already read as dates.
/// `century` after an ordinal (`19th century`, `nineteenth-century`): (end, unit, next token),
/// the unit the Chinese `19世纪` has too.
fn century(toks: &[Tok], k: usize) -> Option<(usize, &'static str, usize)> {
    let k = if toks.get(k).is_some_and(|t| t.is("-")) {
        k + 1
    } else {
        k
    };
    let t = toks
        .get(k)
        .filter(|t| matches!(t.lower().as_str(), "century" | "centuries"))?;
    Some((t.end, "century", k + 1))
}

pub(crate) fn en(chars: &[char], claimed: &[bool]) -> Vec<Found> {
    let toks = en_tokens(chars);
    let mut out = Vec::new();
    let free = |a: usize, b: usize| !claimed[a..b.min(claimed.len())].iter().any(|&c| c);
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if !free(t.start, t.end) {
            k += 1;
            continue;
        }
        let glued = k > 0
            && toks[k - 1].end == t.start
            && (toks[k - 1].kind != TokKind::Punct
                || toks[k - 1].is(".")
                || toks[k - 1].is(",")
                // XTS-400, F-16: part of a name
                || toks[k - 1].is("-") && k >= 2 && toks[k - 2].end == toks[k - 1].start && toks[k - 2].kind == TokKind::Word);
        let (mut value, end_char, mut j, mut unit): (f64, usize, usize, Option<&str>) =
            if t.kind == TokKind::Num && !glued {
                let Some((v, e)) = arabic(chars, t.start) else {
                    k += 1;
                    continue;
                };
                if in_brackets(chars, t.start, e) || !free(t.start, e) {
                    k += 1;
                    continue;
                }
                let currency = k.checked_sub(1).and_then(|p| match toks[p].s.as_str() {
                    "$" => Some("dollar"),
                    "£" => Some("pound"),
                    "€" => Some("euro"),
                    "¥" => Some("yen"),
                    _ => None,
                });
                // £30m, $2bn
                let (v, e) = match toks.get(toks.partition_point(|x| x.start < e)) {
                    Some(s) if currency.is_some() && s.start == e && matches!(s.s.as_str(), "m" | "bn" | "k") => {
                        let scale = match s.s.as_str() {
                            "m" => 1e6,
                            "bn" => 1e9,
                            _ => 1e3,
                        };
                        (v * scale, s.end)
                    }
                    _ => (v, e),
                };
                let j = toks.partition_point(|x| x.start < e);
                // 15th
                if let Some(s) = toks
                    .get(j)
                    .filter(|s| s.start == e && matches!(s.s.as_str(), "st" | "nd" | "rd" | "th"))
                {
                    let (end, unit, next) = century(&toks, j + 1).unwrap_or((s.end, "ordinal", j + 1));
                    out.push(number(t.start, end, v, Some(unit)));
                    k = next;
                    continue;
                }
                (v, e, j, currency)
            } else if t.kind == TokKind::Word {
                let w = t.lower();
                if let Some(&(_, v)) = ORDINALS.iter().find(|(n, _)| *n == w) {
                    let (end, unit, next) = century(&toks, k + 1).unwrap_or((t.end, "ordinal", k + 1));
                    out.push(number(t.start, end, v, Some(unit)));
                    k = next;
                    continue;
                }
                match words_value(&toks, k) {
                    Some((v, j)) => (v, toks[j - 1].end, j, None),
                    None => {
                        k += 1;
                        continue;
                    }
                }
            } else {
                k += 1;
                continue;
            };
        let mut end = end_char;
        // 2.8 billion
        if let Some(s) = toks.get(j).and_then(|t| scale_word(&t.lower())) {
            value *= s;
            end = toks[j].end;
            j += 1;
        }
        // 25%, 25 percent, 25 per cent
        if let Some(p) = toks.get(j) {
            if p.is("%") || p.lower() == "percent" {
                unit = Some("percent");
                end = p.end;
                j += 1;
            } else if p.lower() == "per" && toks.get(j + 1).is_some_and(|c| c.lower() == "cent") {
                unit = Some("percent");
                end = toks[j + 1].end;
                j += 2;
            }
        }
        // 3,700 soldiers, 5-time
        if unit.is_none() {
            let u = if toks.get(j).is_some_and(|t| t.is("-")) {
                j + 1
            } else {
                j
            };
            if let Some(found) = toks
                .get(u)
                .filter(|t| t.kind == TokKind::Word)
                .and_then(|t| en_unit(&t.lower()))
            {
                unit = Some(found);
                end = toks[u].end;
                j = u + 1;
            }
        }
        out.push(number(t.start, end, value, unit));
        k = j.max(k + 1);
    }
    share_range_units(chars, &mut out);
    out
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
/// `six to nine percent`, `5–9%`; and the scale: `3到5万` is 30,000 to 50,000, `30 to 50
/// thousand` 30,000 to 50,000.
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
            if joined && between.trim() != "and" && *va * scale <= *vb && *va < *vb {
                let scaled = *va * scale;
                if let FactValue::Number { value, .. } = &mut out[k - 1].value {
                    *value = scaled;
                }
            }
        }
        let (a, b) = (&out[k - 1], &out[k]);
        if let (FactValue::Number { unit: None, .. }, FactValue::Number { unit: Some(u), .. }) = (&a.value, &b.value) {
            if joined && u == "percent" {
                let u = u.clone();
                if let FactValue::Number { unit, .. } = &mut out[k - 1].value {
                    *unit = Some(u);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vals(zh_text: bool, s: &str) -> Vec<(String, Option<String>)> {
        let c = super::super::text::Text::new(s, 0, zh_text).chars;
        let claimed = vec![false; c.len()];
        let found = if zh_text { zh(&c, &claimed) } else { en(&c, &claimed) };
        found
            .into_iter()
            .map(|f| match f.value {
                FactValue::Number { value, unit } => (super::super::format_number(value), unit),
                _ => unreachable!(),
            })
            .collect()
    }

    fn one(zh_text: bool, s: &str) -> (String, Option<String>) {
        let v = vals(zh_text, s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v.into_iter().next().unwrap_or_default()
    }

    fn u(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn hyphenated_number_words() {
        assert_eq!(vals(false, "an additional thirty-one epidemics")[0].0, "31");
        assert_eq!(vals(false, "thirty-seven epidemics")[0].0, "37");
    }

    #[test]
    fn ranges_share_their_scale() {
        assert_eq!(vals(true, "失去了3到5万的居民")[0].0, "30000");
        assert_eq!(vals(false, "lost 30 to 50 thousand inhabitants")[0].0, "30000");
        // a count before a scaled number is not a range
        assert_eq!(vals(false, "in 3 cities and 50 thousand homes")[0].0, "3");
    }

    #[test]
    fn zh_must_parse() {
        assert_eq!(one(true, "撥出28億盧布"), ("2800000000".into(), u("ruble")));
        assert_eq!(one(true, "额外撥出85億盧布，"), ("8500000000".into(), u("ruble")));
        assert_eq!(one(true, "派遣3700名軍人"), ("3700".into(), u("person")));
        assert_eq!(one(true, "约3,700人"), ("3700".into(), u("person")));
        assert_eq!(one(true, "人口1.2万"), ("12000".into(), None));
        assert_eq!(one(true, "三千七百名"), ("3700".into(), u("person")));
        assert_eq!(one(true, "十五"), ("15".into(), None));
        assert_eq!(one(true, "排名第十五"), ("15".into(), u("ordinal")));
        assert_eq!(one(true, "百分之二十五"), ("25".into(), u("percent")));
        assert_eq!(one(true, "增长25%"), ("25".into(), u("percent")));
        assert_eq!(one(true, "贡献了 6½ 次擒杀"), ("6.5".into(), u("time")));
        assert_eq!(one(true, "四次入选"), ("4".into(), u("time")));
        assert_eq!(one(true, "重4千克"), ("4".into(), u("kg")));
        assert_eq!(one(true, "5.15亿年"), ("515000000".into(), u("year")));
        assert_eq!(one(true, "３万人"), ("30000".into(), u("person")));
    }

    #[test]
    fn zh_must_not_parse() {
        assert!(vals(true, "统一的国家").is_empty());
        assert!(vals(true, "一个国家").is_empty());
        assert!(vals(true, "十分重要").is_empty());
        assert!(vals(true, "第一所").is_empty());
        assert!(vals(true, "约三分之一").is_empty());
        assert!(vals(true, "四川省").is_empty());
        assert!(vals(true, "万一失败").is_empty());
        assert!(vals(true, "[12]").is_empty());
        assert_eq!(one(true, "七年级的学生"), ("7".into(), u("grade")));
        assert_eq!(one(true, "排名 第 138 ，"), ("138".into(), u("ordinal")));
        assert_eq!(one(true, "在 19 世纪，量子力学"), ("19".into(), u("century")));
        assert!(vals(true, "BeOS以及XTS-400。").is_empty());
        assert!(vals(true, "前206到前202年").is_empty());
        // template residue (found in wikipairs/zh/Botany: `p=10p=301世纪`)
        assert!(vals(true, "著作p=10p=30。").is_empty());
        // section numbers (found in wikipairs/zh/Operating_system)
        assert!(vals(true, "#### 1.4.5 微软Windows").is_empty());
    }

    #[test]
    fn en_must_parse() {
        assert_eq!(one(false, "sent 3,700 soldiers"), ("3700".into(), u("person")));
        assert_eq!(one(false, "2.8 billion rubles"), ("2800000000".into(), u("ruble")));
        assert_eq!(one(false, "three fumbles"), ("3".into(), None));
        assert_eq!(one(false, "fifteen"), ("15".into(), None));
        assert_eq!(one(false, "a dozen"), ("12".into(), None));
        assert_eq!(one(false, "twenty-five"), ("25".into(), None));
        assert_eq!(one(false, "the 15th anniversary"), ("15".into(), u("ordinal")));
        assert_eq!(one(false, "ranking sixth"), ("6".into(), u("ordinal")));
        assert!(vals(false, "the first state").is_empty());
        assert_eq!(one(false, "25% of"), ("25".into(), u("percent")));
        assert_eq!(one(false, "25 per cent of"), ("25".into(), u("percent")));
        assert_eq!(one(false, "added 6½ sacks"), ("6.5".into(), None));
        assert_eq!(one(false, "a 5-time pro bowler"), ("5".into(), u("time")));
        assert_eq!(one(false, "just 308 points"), ("308".into(), u("point")));
        assert_eq!(one(false, "$5 million"), ("5000000".into(), u("dollar")));
        assert_eq!(one(false, "a £30m deal"), ("30000000".into(), u("pound")));
        assert_eq!(one(false, "In the 19th century, quantum"), ("19".into(), u("century")));
        assert_eq!(one(false, "a nineteenth-century house"), ("19".into(), u("century")));
        assert_eq!(one(false, "the 21st-largest economy"), ("21".into(), u("ordinal")));
        // found in xquad/Construction
        assert_eq!(
            vals(false, "between six to nine percent of GDP"),
            [("6".into(), u("percent")), ("9".into(), u("percent"))]
        );
    }

    #[test]
    fn en_must_not_parse() {
        assert!(vals(false, "one of the states").is_empty());
        assert!(vals(false, "cited [12] here").is_empty());
        assert!(vals(false, "the DVB-S2 standard").is_empty());
        // model names (found in wikipairs/en/Operating_system)
        assert!(vals(false, "BeOS; XTS-300; RISC OS").is_empty());
        assert!(vals(false, "the F-16 fighter").is_empty());
        assert!(vals(false, "Linux 2.6.32 was").is_empty());
        assert!(vals(false, "Someone said").is_empty());
    }
}
