//! Anchors: what a zh sentence and an en sentence share. Dates and numbers match by value,
//! names by transliteration, Latin tokens (a name left untransliterated in the Chinese) by
//! spelling. Common names (the article's subject, mentioned everywhere) weigh little.

mod table;

pub(super) use table::{Table, PER_SENTENCE};

use crate::facts::{Fact, FactValue, Precision};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnchorKind {
    Date,
    Number,
    Name,
    Latin,
    /// A word both leave in Latin letters that the English writes all through the article
    /// (its subject: `Linux` in Linus Torvalds's): it weighs as [`AnchorKind::Latin`] in the
    /// score, but does not make two sentences speak of one event.
    Topic,
}

/// A shared anchor: fact indices on each side (`None` on both for `Latin` and `Topic`).
#[derive(Debug, Clone, PartialEq)]
pub struct Anchor {
    pub kind: AnchorKind,
    pub zh: Option<usize>,
    pub en: Option<usize>,
    pub weight: f64,
}

/// Dates agree when equal, or when one is less precise and contains the other
/// (`2015年8月` / `18 August 2015`); inferred years take part as inferred.
pub fn dates_agree(a: &Fact, b: &Fact) -> bool {
    match (&a.value, &b.value) {
        (FactValue::Date(x), FactValue::Date(y)) => {
            if x == y {
                return true;
            }
            let (xs, ys) = (x.start, y.start);
            let xe = x.end.unwrap_or(xs);
            let ye = y.end.unwrap_or(ys);
            let prefix = |p: &crate::facts::Ymd, q: &crate::facts::Ymd| {
                p.year == q.year
                    && (p.month.is_none() || p.month == q.month)
                    && (p.month.is_none() || p.day.is_none() || p.day == q.day)
            };
            (x.end.is_none() && y.end.is_none()) && (prefix(&xs, &ys) || prefix(&ys, &xs)) || (xs == ys && xe == ye)
        }
        _ => false,
    }
}

/// Whether two dates share no more than a year that one of them reads from the sentences before
/// it: `1921年` against `on 27 July`, read as of 1921 from the paragraph. The English states a
/// day and a month, the Chinese a year: nothing both state.
pub fn year_alone_inferred(a: &Fact, b: &Fact) -> bool {
    let year_only =
        |f: &Fact| matches!(&f.value, FactValue::Date(d) if d.precision == Precision::Year && d.end.is_none());
    year_only(a) && b.inferred_year || year_only(b) && a.inferred_year
}

/// Numbers agree when equal in value (scale words resolved) and their units do not differ.
pub fn numbers_agree(a: &Fact, b: &Fact) -> bool {
    match (&a.value, &b.value) {
        (FactValue::Number { value: x, unit: ux }, FactValue::Number { value: y, unit: uy }) => {
            (x - y).abs() <= 1e-9 * x.abs().max(1.0) && (ux.is_none() || uy.is_none() || ux == uy)
        }
        _ => false,
    }
}

/// The same value stated as facts of different kinds: a year the one language's reader took
/// as a date and the other's as a bare number (`1635-36,1655和1664年间` / `1635–36, 1655`).
pub fn same_value_across_kinds(a: &Fact, b: &Fact) -> bool {
    let year_number = |d: &Fact, n: &Fact| match (&d.value, &n.value) {
        (FactValue::Date(d), FactValue::Number { value, unit }) => {
            d.precision == Precision::Year
                && d.end.is_none()
                && d.start.year.is_some_and(|y| f64::from(y) == *value)
                && !matches!(unit.as_deref(), Some("percent" | "ordinal" | "century" | "anniversary"))
        }
        _ => false,
    };
    year_number(a, b) || year_number(b, a)
}

/// Two dates written alike, with stated years: the same precision, both ranges or neither,
/// neither year read from context. Whether they can be one date in two versions.
pub fn dates_of_one_form(a: &Fact, b: &Fact) -> bool {
    match (&a.value, &b.value) {
        (FactValue::Date(x), FactValue::Date(y)) => {
            x.precision == y.precision && x.end.is_some() == y.end.is_some() && !a.inferred_year && !b.inferred_year
        }
        _ => false,
    }
}

/// Two full dates, written out to the day with their years, of the same year and month and
/// another day (`1949年9月20日` / `21 September 1949`): one date with a slip of the day (the
/// year and the month that agree are the fact the sentences share).
pub fn day_slip(a: &Fact, b: &Fact) -> bool {
    another_day_of_one_month(full_date(a), full_date(b))
}

/// Two full dates, written out to the day with their years, of the same month and day whose
/// years are one slip apart (`1932年1月28日` / `28 January 1935`): one date with a slip of the
/// year, since the day and the month, one day of the year's 365, still agree. Not years a
/// multiple of five apart (an anniversary: `1949年10月1日` / `1 October 1999`, the fiftieth),
/// nor the first of a month (when laws, terms and fiscal years recur: `1 January 2008` /
/// `2009年1月1日`).
pub fn year_slip(a: &Fact, b: &Fact) -> bool {
    matches!((full_date(a), full_date(b)), (Some((y, m, d)), Some((z, n, e)))
        if m == n && d == e && d != 1 && (y - z) % 5 != 0 && slip(f64::from(y), f64::from(z)).is_some())
}

/// Two dates to the day (not ranges) of one month and one year, stated or read from the
/// sentences before, whose days differ (`7月30日` / `27 July`, `1932年1月28日` / `26 January
/// 1932`): [`day_slip`] with years read from context too.
pub(in crate::align) fn days_of_one_month(a: &Fact, b: &Fact) -> bool {
    another_day_of_one_month(day_of(a), day_of(b))
}

/// Two (year, month, day) of one year and month and another day.
fn another_day_of_one_month(a: Option<(i32, u8, u8)>, b: Option<(i32, u8, u8)>) -> bool {
    matches!((a, b), (Some((y, m, d)), Some((z, n, e))) if y == z && m == n && d != e)
}

/// A date to the day with its year, stated or read from context, not a range.
pub(in crate::align) fn day_of(f: &Fact) -> Option<(i32, u8, u8)> {
    match &f.value {
        FactValue::Date(d) if d.precision == Precision::Day && d.end.is_none() => {
            Some((d.start.year?, d.start.month?, d.start.day?))
        }
        _ => None,
    }
}

/// A date written out to the day with its year (not read from context), not a range.
pub(in crate::align) fn full_date(f: &Fact) -> Option<(i32, u8, u8)> {
    day_of(f).filter(|_| !f.inferred_year)
}

/// How far apart two dates are when they look like one date written wrongly on one side: the
/// same precision and shape, differing in exactly one of year, month and day (of the start or,
/// for a range, of the end), and not only in a year one side inferred. None: different
/// dates, not one date in two versions.
pub fn date_distance(z: &Fact, e: &Fact) -> Option<f64> {
    let (FactValue::Date(a), FactValue::Date(b)) = (&z.value, &e.value) else {
        return None;
    };
    if a.precision != b.precision || a.end.is_some() != b.end.is_some() || dates_agree(z, e) {
        return None;
    }
    let parts = |d: &crate::facts::DateValue| {
        let end = d.end.unwrap_or_default();
        [
            d.start.year,
            d.start.month.map(i32::from),
            d.start.day.map(i32::from),
            end.year,
            end.month.map(i32::from),
            end.day.map(i32::from),
        ]
    };
    let (pa, pb) = (parts(a), parts(b));
    // a decade is named by its start (`1960s`, `20世纪60年代`): its end moves with it
    let compared = if a.precision == Precision::Decade { 3 } else { 6 };
    let differing: Vec<usize> = (0..compared).filter(|&k| pa[k] != pb[k]).collect();
    // a year read from context is not stated: a difference there alone proves nothing
    let inferred = (z.inferred_year || e.inferred_year) && differing.iter().all(|&k| k == 0 || k == 3);
    let [k] = differing[..] else { return None };
    if inferred {
        return None;
    }
    match (pa[k], pb[k]) {
        // a year written wrongly is a slip of one digit or of one year (`1956` / `1958`,
        // `1999` / `2000`); `2005` / `2020` are different years. But a span of years one end
        // of which agrees is one span (a lifespan, a reign: `1707–1783` / `1710–1783`): its
        // other end, by less than half the shorter span, is that span written wrongly
        // (`1949年至1976年` / `1966–1976` are two spans that end together)
        (Some(x), Some(y)) if k == 0 || k == 3 => {
            let length = |d: &crate::facts::DateValue| d.end.and_then(|e| e.year).zip(d.start.year).map(|(e, s)| e - s);
            let one_span = a.precision == Precision::Year
                && pa[3 - k].is_some()
                && matches!((length(a), length(b)), (Some(la), Some(lb)) if 2 * (x - y).abs() < la.min(lb));
            let slipped = slip(f64::from(x), f64::from(y));
            if one_span {
                slipped.or(Some(2.0))
            } else {
                slipped
            }
        }
        // a month or a day: one apart is the likelier slip
        (Some(x), Some(y)) => Some(if (x - y).abs() == 1 { 1.0 } else { 2.0 }),
        _ => None,
    }
}

/// Whether a year and a date of another year written out to the month or the day (`1941年`
/// against `8 December 1961`, where the English gives the day and the Chinese the year) look
/// like one date that one side states more precisely and whose year slipped: the years one
/// digit apart, and not one apart nor a round step (an election in 2008 and the inauguration
/// on `20 January 2009`, a law passed one year and in force the next: events straddle a
/// year's end; `2000年` and `12 May 2010` are one step of a round year), nor the first of a
/// month (when laws, terms and fiscal years start). Neither a range, nor a year read from
/// context. (The two agree when the years do.) Not alignment evidence ([`date_distance`] is):
/// only the comparison of facts in corresponding sentences reads it, after the slips of two
/// dates of one form.
pub fn year_slip_across_precisions(z: &Fact, e: &Fact) -> bool {
    let (FactValue::Date(a), FactValue::Date(b)) = (&z.value, &e.value) else {
        return false;
    };
    let finer = |d: &crate::facts::DateValue| matches!(d.precision, Precision::Month | Precision::Day);
    let one_year_one_finer = a.precision == Precision::Year && finer(b) || b.precision == Precision::Year && finer(a);
    let first_of_a_month = |d: &crate::facts::DateValue| d.precision == Precision::Day && d.start.day == Some(1);
    if !one_year_one_finer
        || a.end.is_some()
        || b.end.is_some()
        || z.inferred_year
        || e.inferred_year
        || first_of_a_month(a)
        || first_of_a_month(b)
    {
        return false;
    }
    // (a slip of 1 is one step apart, of 2 a digit changed: [`slip`])
    matches!((a.start.year, b.start.year), (Some(x), Some(y)) if slip(f64::from(x), f64::from(y)) == Some(2.0))
}

/// How far apart two quantities are when they look like one quantity written wrongly on one
/// side: compatible units (equal, or one unstated; an ordinal only with an ordinal, a percentage
/// only with a percentage), within half of each other and one slip apart ([`slip`], which
/// gives the distance). None: different quantities.
pub fn number_distance(z: &Fact, e: &Fact) -> Option<f64> {
    let (FactValue::Number { value: a, unit: uz }, FactValue::Number { value: b, unit: ue }) = (&z.value, &e.value)
    else {
        return None;
    };
    let (uz, ue) = (uz.as_deref(), ue.as_deref());
    let ordinal = |u: Option<&str>| matches!(u, Some("ordinal" | "anniversary" | "century"));
    if (uz.is_some() && ue.is_some() && uz != ue)
        || ordinal(uz) != ordinal(ue)
        || numbers_agree(z, e)
        || rounds_alike(z, e)
    {
        return None;
    }
    if (uz == Some("percent")) != (ue == Some("percent")) {
        return None;
    }
    let rel = (a - b).abs() / a.abs().max(b.abs()).max(1e-9);
    if rel > 0.5 {
        return None;
    }
    slip(*a, *b)
}

/// The place of a number's last stated digit: 10_000 for 30000, 1 for 15, 0.01 for 14.84.
fn place(v: f64) -> f64 {
    let s = format!("{}", v.abs());
    match s.split_once('.') {
        Some((_, frac)) => 10f64.powi(-(frac.len() as i32)),
        None => 10f64.powi((s.len() - s.trim_end_matches('0').len()) as i32),
    }
}

/// Two numbers that agree at the precision the rounder one states, where its text shows it
/// rounds: a scale word (`3万` / `29,000`, `1.4 billion` / `1,370,536,875`) or an integer
/// against a decimal (`15%` / `14.84%`). `40` / `41` are two numbers.
pub fn rounds_alike(a: &Fact, b: &Fact) -> bool {
    let (FactValue::Number { value: x, .. }, FactValue::Number { value: y, .. }) = (&a.value, &b.value) else {
        return false;
    };
    let (coarse, cv, fv) = if place(*x) >= place(*y) {
        (a, *x, *y)
    } else {
        (b, *y, *x)
    };
    let p = place(cv);
    let scaled = ["万", "亿", "萬", "億", "thousand", "million", "billion", "trillion"]
        .iter()
        .any(|w| coarse.text.to_lowercase().contains(w));
    let decimal = cv.fract() == 0.0 && fv.fract() != 0.0;
    x != y && (scaled || decimal) && ((cv / p).round() - (fv / p).round()).abs() < 1e-9
}

/// Two small counts (`two`, `1`: whole numbers below ten) without a shared unit: they recur
/// everywhere, so in texts written independently they are not compared.
pub fn small_counts(z: &Fact, e: &Fact) -> bool {
    match (&z.value, &e.value) {
        (FactValue::Number { value: a, unit: uz }, FactValue::Number { value: b, unit: ue }) => {
            // (a decimal is a measure, not a count: `4.54 Ga`)
            a.abs() < 10.0 && b.abs() < 10.0 && a.fract() == 0.0 && b.fract() == 0.0 && (uz.is_none() || uz != ue)
        }
        _ => false,
    }
}

/// Two values one slip apart, and how likely a slip: 1.0 when one apart in the last digit either
/// states (`27` / `28`, `1999` / `2000`, `139万` / `140万`, `28.4` / `28.5`), 2.0 when the same
/// digits but one (`251` / `259`, `2.8` / `2.9` billion). None: not a slip.
pub fn slip(a: f64, b: f64) -> Option<f64> {
    let step = place(a).min(place(b));
    if ((a - b).abs() - step).abs() <= 1e-9 * step {
        return Some(1.0);
    }
    let digits = |v: f64| -> Vec<char> { format!("{}", v.abs()).chars().filter(char::is_ascii_digit).collect() };
    let (x, y) = (digits(a), digits(b));
    (x.len() == y.len() && x.iter().zip(&y).filter(|(p, q)| p != q).count() == 1).then_some(2.0)
}

#[cfg(test)]
mod tests;
