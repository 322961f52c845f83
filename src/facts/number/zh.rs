//! Chinese numbers: `3,700`, `1.2万`, `三千七百`, `第十五`, `百分之二十五`, `3700名军人`.

use super::{arabic, in_brackets, number, share_range_units, skip_sp, zh_unit_at};
use crate::facts::{zh_numeral, Found};

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
        if claimed[i] || !zh_boundary(chars, i) {
            i += 1;
            continue;
        }
        i = zh_prefixed(chars, i, &free, &mut out).unwrap_or_else(|| zh_at(chars, i, &free, &mut out));
    }
    share_range_units(chars, &mut out);
    out
}

/// Whether a number may start at `i`: not inside a word, a number or a name.
fn zh_boundary(chars: &[char], i: usize) -> bool {
    i == 0 || {
        let p = chars[i - 1];
        !(p.is_ascii_alphanumeric()
            || p == '.'
            // XTS-400, F-16: part of a name
            || p == '-' && i >= 2 && chars[i - 2].is_ascii_alphabetic()
            // p=30: a template parameter's value left in the text
            || p == '='
            || p == ',' && i >= 2 && chars[i - 2].is_ascii_digit()
            || zh_numeral::is_numeral_char(p))
    }
}

/// A number behind a prefix at `i` (`百分之二十五`, `第十五`) → where to go on, or `None`
/// when there is no such number.
fn zh_prefixed(chars: &[char], i: usize, free: &impl Fn(usize, usize) -> bool, out: &mut Vec<Found>) -> Option<usize> {
    let c = chars[i];
    // 百分之二十五
    if c == '百' && chars.get(i + 1) == Some(&'分') && chars.get(i + 2) == Some(&'之') {
        if let Some((v, e, _)) = zh_value(chars, i + 3) {
            if free(i, e) {
                out.push(number(i, e, v, Some("percent")));
                return Some(e);
            }
        }
    }
    // 第十五, 第15 (not 第一, which like "first" is a word more than a count)
    if c == '第' {
        if let Some((v, e, _)) = zh_value(chars, skip_sp(chars, i + 1)) {
            if v == 1.0 {
                return Some(e);
            }
            if free(i, e) {
                out.push(number(i, e, v, Some("ordinal")));
                return Some(e);
            }
        }
    }
    None
}

/// The number at `i`, with its unit or classifier, pushed to `out` when it counts → where to
/// go on.
fn zh_at(chars: &[char], i: usize, free: &impl Fn(usize, usize) -> bool, out: &mut Vec<Found>) -> usize {
    let c = chars[i];
    let Some((v, e, single)) = zh_value(chars, i) else {
        return i + 1;
    };
    // 前202年, 前206到前202年: years before the common era, not counts of years
    let after = skip_sp(chars, e);
    let bce = i > 0
        && chars[i - 1] == '前'
        && (chars.get(after) == Some(&'年')
            || matches!(chars.get(after), Some('到' | '至' | '-' | '–' | '—'))
                && chars.get(skip_sp(chars, after + 1)) == Some(&'前'));
    if bce {
        return e;
    }
    if !free(i, e) || in_brackets(chars, i, e) {
        return e;
    }
    let k = skip_sp(chars, e);
    if chars.get(k) == Some(&'%') {
        out.push(number(i, k + 1, v, Some("percent")));
        return k + 1;
    }
    let unit = zh_unit_at(chars, k).filter(|&(_, ue)| free(k, ue));
    if single {
        // 四次, 两人: a one-char numeral counts only with a classifier, and never 一 / 十分
        // 三分之一 is a fraction, not three points
        let idiom = c == '一' || chars.get(e) == Some(&'分') && (c == '十' || chars.get(e + 1) == Some(&'之'));
        if unit.is_none() || idiom {
            return e;
        }
    }
    match unit {
        Some((u, ue)) => {
            out.push(number(i, ue, v, Some(u)));
            ue
        }
        None => {
            out.push(number(i, e, v, None));
            e
        }
    }
}
