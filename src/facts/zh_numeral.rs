//! Chinese numerals: `十五`, `三千七百`, `一百二十万`, `两万`, digit-by-digit `二〇〇五`,
//! `三点五`, and Arabic digits followed by scale characters (`28亿`, `1.2万`).
//!
//! Works on Simplified, narrowed chars (see [`super::text`]): `萬`/`億` arrive as `万`/`亿`.

/// A digit character: `〇零一二两三四五六七八九`.
pub fn zh_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '○' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// A unit character inside a section: `十百千`.
pub fn zh_unit(c: char) -> Option<f64> {
    Some(match c {
        '十' | '拾' => 10.0,
        '百' | '佰' => 100.0,
        '千' | '仟' => 1000.0,
        _ => return None,
    })
}

/// A scale character: `万亿`.
pub fn zh_scale(c: char) -> Option<f64> {
    Some(match c {
        '万' => 1e4,
        '亿' => 1e8,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral.
pub fn is_numeral_char(c: char) -> bool {
    zh_digit(c).is_some() || zh_unit(c).is_some() || zh_scale(c).is_some()
}

/// A Chinese numeral read from `chars[i..]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    pub value: f64,
    pub end: usize,
    /// Written digit by digit (`二〇〇五`), as years are.
    pub positional: bool,
    /// Number of chars read.
    pub len: usize,
}

/// Read a Chinese numeral at `i`. It must start with a digit or `十`; trailing scale
/// characters are included (`三千万`).
pub fn parse(chars: &[char], i: usize) -> Option<Numeral> {
    let first = *chars.get(i)?;
    if zh_digit(first).is_none() && first != '十' && first != '拾' {
        return None;
    }
    let (mut total, mut section, mut number) = (0.0f64, 0.0f64, 0.0f64);
    let mut j = i;
    let mut last_digit = false;
    let mut digit_run = 0usize;
    let mut max_run = 0usize;
    let mut had_unit = false;
    while let Some(&c) = chars.get(j) {
        if let Some(d) = zh_digit(c) {
            number = if last_digit { number * 10.0 + d as f64 } else { d as f64 };
            last_digit = true;
            digit_run += 1;
            max_run = max_run.max(digit_run);
        } else if let Some(u) = zh_unit(c) {
            let n = if number == 0.0 && !last_digit { 1.0 } else { number };
            section += n * u;
            number = 0.0;
            last_digit = false;
            digit_run = 0;
            had_unit = true;
        } else if let Some(s) = zh_scale(c) {
            if s >= 1e8 {
                total = (total + section + number) * s;
            } else {
                total += (section + number) * s;
            }
            section = 0.0;
            number = 0.0;
            last_digit = false;
            digit_run = 0;
            had_unit = true;
        } else if c == '点' && last_digit && chars.get(j + 1).and_then(|&c| zh_digit(c)).is_some() {
            // decimals: 三点五
            let mut k = j + 1;
            let mut frac = 0.0;
            let mut scale = 0.1;
            while let Some(d) = chars.get(k).and_then(|&c| zh_digit(c)) {
                frac += d as f64 * scale;
                scale /= 10.0;
                k += 1;
            }
            number += frac;
            j = k;
            let mut value = total + section + number;
            // a scale after the decimals: 一点二万
            while let Some(s) = chars.get(j).and_then(|&c| zh_scale(c)) {
                value *= s;
                j += 1;
            }
            return Some(Numeral {
                value,
                end: j,
                positional: false,
                len: j - i,
            });
        } else {
            break;
        }
        j += 1;
    }
    Some(Numeral {
        value: total + section + number,
        end: j,
        positional: !had_unit && max_run >= 2,
        len: j - i,
    })
}

/// Multiply `value` by scale characters (and `千`/`百` directly after Arabic digits) at
/// `chars[i..]`: `28亿` → 2.8e9, `1.2万` → 12000, `1万亿` → 1e12. Returns (value, end).
pub fn apply_scale(chars: &[char], mut i: usize, mut value: f64) -> (f64, usize) {
    // 3千, 3千万; but 4千克 is 4 kg and 3千米 is 3 km: 千 starts a unit there
    let unit_follows = matches!(chars.get(i + 1), Some('克' | '米' | '瓦' | '卡' | '字'));
    let unit = chars
        .get(i)
        .filter(|&&c| (c == '千' || c == '百') && !unit_follows)
        .and_then(|&c| zh_unit(c));
    if let Some(u) = unit {
        value *= u;
        i += 1;
    }
    while let Some(s) = chars.get(i).and_then(|&c| zh_scale(c)) {
        value *= s;
        i += 1;
    }
    (value, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<(f64, usize)> {
        let c: Vec<char> = s.chars().collect();
        parse(&c, 0).map(|n| (n.value, n.len))
    }

    #[test]
    fn must_parse() {
        assert_eq!(v("十五"), Some((15.0, 2)));
        assert_eq!(v("三千七百"), Some((3700.0, 4)));
        assert_eq!(v("二十"), Some((20.0, 2)));
        assert_eq!(v("一百二十万"), Some((1_200_000.0, 5)));
        assert_eq!(v("两万"), Some((20_000.0, 2)));
        assert_eq!(v("三亿五千万"), Some((350_000_000.0, 5)));
        assert_eq!(v("一千零五"), Some((1005.0, 4)));
        assert_eq!(v("三点五"), Some((3.5, 3)));
        assert_eq!(v("九月"), Some((9.0, 1)));
        let c: Vec<char> = "二〇〇五年".chars().collect();
        let n = parse(&c, 0).unwrap();
        assert_eq!((n.value, n.positional, n.end), (2005.0, true, 4));
        let c: Vec<char> = "28亿".chars().collect();
        assert_eq!(apply_scale(&c, 2, 28.0), (2.8e9, 3));
        let c: Vec<char> = "1.2万".chars().collect();
        assert_eq!(apply_scale(&c, 3, 1.2).0.round(), 12000.0);
    }

    #[test]
    fn must_not_parse() {
        assert_eq!(v("万一"), None);
        assert_eq!(v("千万"), None);
        assert_eq!(v("百姓"), None);
        assert_eq!(v("年"), None);
        assert_eq!(v(""), None);
    }
}
