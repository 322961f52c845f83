//! English numbers: `3,700`, `2.8 billion`, `twenty-five`, `a dozen`, `15th`, `25 percent`,
//! `$5 million`, `3,700 soldiers`.

use super::{arabic, en_symbol, en_unit, in_brackets, number, share_range_units};
#[cfg(test)]
use crate::facts::text::en_tokens;
use crate::facts::text::{Tok, TokKind};
use crate::facts::Found;

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

/// Whether a lower-case word is an ordinal the number reader counts (`second` to
/// `twentieth`; not `first`, which mostly orders rather than counts).
pub(crate) fn is_ordinal_word(lower: &str) -> bool {
    ORDINALS.iter().any(|(n, _)| *n == lower)
}

/// The English ordinal word of `n`, from `second` to `twentieth` (as [`is_ordinal_word`]).
pub(crate) fn ordinal_word(n: u32) -> Option<&'static str> {
    ORDINALS.iter().find(|(_, v)| *v == f64::from(n)).map(|(w, _)| *w)
}

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
        let unit = |t: &Tok| match t.lower().as_ref() {
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

/// `century` after an ordinal (`19th century`, `nineteenth-century`): (end, unit, next token),
/// the unit the Chinese `19世纪` has too.
///
/// A suspended one (`10th- to 13th-century`, `10th and 11th centuries`, `10th–13th centuries`)
/// is a century too, ending at the ordinal; the next ordinal is read on its own.
fn century(toks: &[Tok], k: usize) -> Option<(usize, &'static str, usize)> {
    let is_century = |t: &Tok| matches!(t.lower().as_ref(), "century" | "centuries");
    let k0 = k;
    let k = if toks.get(k).is_some_and(|t| t.is("-")) {
        k + 1
    } else {
        k
    };
    let t = toks.get(k)?;
    if is_century(t) {
        return Some((t.end, "century", k + 1));
    }
    // suspended: a joining word, then the next ordinal (digits and a suffix, each maybe
    // followed by a hyphen) and `century`
    let joins = matches!(t.lower().as_ref(), "to" | "and" | "or" | "through") || t.is("–");
    if !joins {
        return None;
    }
    let ordinal_end = toks.get(k0.checked_sub(1)?)?.end;
    let rest = toks.get(k + 1..(k + 5).min(toks.len()))?;
    let mut it = rest.iter();
    let (Some(num), Some(suffix)) = (it.next(), it.next()) else {
        return None;
    };
    let ordinal = num.kind == TokKind::Num && matches!(suffix.s, "st" | "nd" | "rd" | "th");
    let after = it.find(|x| !x.is("-"))?;
    (ordinal && is_century(after)).then_some((ordinal_end, "century", k0))
}

/// Numbers in an English sentence; `claimed` marks chars already read as dates.
#[cfg(test)]
pub(crate) fn en(chars: &[char], claimed: &[bool]) -> Vec<Found> {
    let text: String = chars.iter().collect();
    en_in(chars, claimed, &en_tokens(chars, &text))
}

/// Numbers in an English sentence read into `toks` ([`en_tokens`]); `claimed` marks chars
/// already read as dates.
pub(crate) fn en_in(chars: &[char], claimed: &[bool], toks: &[Tok]) -> Vec<Found> {
    let mut out = Vec::new();
    let free = |a: usize, b: usize| !claimed[a..b.min(claimed.len())].iter().any(|&c| c);
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if !free(t.start, t.end) {
            k += 1;
            continue;
        }
        let (value, end_char, j, unit) = match head(chars, toks, k, &free, &mut out) {
            Head::Number { value, end, next, unit } => (value, end, next, unit),
            Head::GoOn(next) => {
                k = next;
                continue;
            }
        };
        let (value, end, j, unit) = tail(toks, value, end_char, j, unit);
        out.push(number(t.start, end, value, unit));
        k = j.max(k + 1);
    }
    share_range_units(chars, &mut out);
    out
}

/// What the token at `k` starts.
enum Head {
    /// A number read so far: its value, end char, the next token and the unit found so far.
    Number {
        value: f64,
        end: usize,
        next: usize,
        unit: Option<&'static str>,
    },
    /// No number to read on: go on at this token (an ordinal is already in `out`).
    GoOn(usize),
}

/// The number the token at `k` starts: digits (`3,700`, `$5`, `£30m`, `15th`) or words
/// (`three`, `twenty-five`, `sixth`).
fn head(chars: &[char], toks: &[Tok], k: usize, free: &impl Fn(usize, usize) -> bool, out: &mut Vec<Found>) -> Head {
    let t = &toks[k];
    let glued = k > 0
        && !dollar_code_before(toks, k)
        && toks[k - 1].end == t.start
        && (toks[k - 1].kind != TokKind::Punct
            || toks[k - 1].is(".")
            || toks[k - 1].is(",")
            // XTS-400, F-16: part of a name
            || toks[k - 1].is("-") && k >= 2 && toks[k - 2].end == toks[k - 1].start && toks[k - 2].kind == TokKind::Word);
    if t.kind == TokKind::Num && !glued {
        digits_head(chars, toks, k, free, out)
    } else if t.kind == TokKind::Word {
        let w = t.lower();
        if let Some(&(_, v)) = ORDINALS.iter().find(|(n, _)| *n == w) {
            let (end, unit, next) = century(toks, k + 1).unwrap_or((t.end, "ordinal", k + 1));
            out.push(number(t.start, end, v, Some(unit)));
            return Head::GoOn(next);
        }
        match words_value(toks, k) {
            Some((value, j)) => Head::Number {
                value,
                end: toks[j - 1].end,
                next: j,
                unit: None,
            },
            None => Head::GoOn(k + 1),
        }
    } else {
        Head::GoOn(k + 1)
    }
}

/// Whether token `k` follows `$` and a country's code, all glued (`$US64 billion`, `$A5`).
fn dollar_code_before(toks: &[Tok], k: usize) -> bool {
    k >= 2
        && matches!(toks[k - 1].s, "US" | "A" | "C" | "NZ" | "HK" | "S" | "NT")
        && toks[k - 2].s == "$"
        && toks[k - 2].end == toks[k - 1].start
        && toks[k - 1].end == toks[k].start
}

/// A number in digits at token `k`, with a currency before it (`$5`, `£30m`); an ordinal
/// (`15th`, `19th century`) goes to `out` whole.
fn digits_head(
    chars: &[char],
    toks: &[Tok],
    k: usize,
    free: &impl Fn(usize, usize) -> bool,
    out: &mut Vec<Found>,
) -> Head {
    let t = &toks[k];
    let Some((v, e)) = arabic(chars, t.start) else {
        return Head::GoOn(k + 1);
    };
    if in_brackets(chars, t.start, e) || !free(t.start, e) {
        return Head::GoOn(k + 1);
    }
    let currency = k.checked_sub(1).and_then(|p| match toks[p].s {
        "$" => Some("dollar"),
        _ if dollar_code_before(toks, k) => Some("dollar"),
        "£" => Some("pound"),
        "€" => Some("euro"),
        "¥" => Some("yen"),
        _ => None,
    });
    // £30m, $2bn
    let (v, e) = match toks.get(toks.partition_point(|x| x.start < e)) {
        Some(s) if currency.is_some() && s.start == e && matches!(s.s, "m" | "bn" | "k") => {
            let scale = match s.s {
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
        .filter(|s| s.start == e && matches!(s.s, "st" | "nd" | "rd" | "th"))
    {
        let (end, unit, next) = century(toks, j + 1).unwrap_or((s.end, "ordinal", j + 1));
        out.push(number(t.start, end, v, Some(unit)));
        return Head::GoOn(next);
    }
    Head::Number {
        value: v,
        end: e,
        next: j,
        unit: currency,
    }
}

/// What follows a number from token `j`: a scale (`2.8 billion`), a percent (`25%`, `25
/// percent`, `25 per cent`) or a unit (`3,700 soldiers`, `5-time`) → (value, end char, next
/// token, unit).
fn tail(
    toks: &[Tok],
    mut value: f64,
    mut end: usize,
    mut j: usize,
    mut unit: Option<&'static str>,
) -> (f64, usize, usize, Option<&'static str>) {
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
        // (a symbol with its case, and not where a hyphen or a capitalised word follows: `Ma
        // Ying-jeou`, `Ma-Ma` are names)
        let symbol = |t: &Tok| {
            let next = toks.get(u + 1);
            let name_goes_on = next.is_some_and(|n| {
                n.is("-") && n.start == t.end
                    || n.kind == TokKind::Word && n.s.starts_with(char::is_uppercase) && n.start == t.end + 1
            });
            en_symbol(t.s).filter(|_| !name_goes_on)
        };
        if let Some(found) = toks
            .get(u)
            .filter(|t| t.kind == TokKind::Word)
            .and_then(|t| en_unit(&t.lower()).or_else(|| symbol(t)))
        {
            unit = Some(found);
            end = toks[u].end;
            j = u + 1;
        }
    }
    (value, end, j, unit)
}
