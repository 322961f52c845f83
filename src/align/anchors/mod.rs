//! Anchors: what a zh sentence and an en sentence share. Dates and numbers match by value,
//! names by transliteration, Latin tokens (a name left untransliterated in the Chinese) by
//! spelling. Common names (the article's subject, mentioned everywhere) weigh little.

use super::Side;
use crate::facts::{translit, Fact, FactKind, FactValue, Precision};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnchorKind {
    Date,
    Number,
    Name,
    Latin,
}

/// A shared anchor: fact indices on each side (for `Latin`, the zh side is `None`).
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
        // `1999` / `2000`); `2005` / `2020` are different years
        (Some(x), Some(y)) if k == 0 || k == 3 => slip(f64::from(x), f64::from(y)),
        // a month or a day: one apart is the likelier slip
        (Some(x), Some(y)) => Some(if (x - y).abs() == 1 { 1.0 } else { 2.0 }),
        _ => None,
    }
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

/// Two small counts (`two`, `1`) without a shared unit: they recur everywhere, so in texts
/// written independently they are not compared.
pub fn small_counts(z: &Fact, e: &Fact) -> bool {
    match (&z.value, &e.value) {
        (FactValue::Number { value: a, unit: uz }, FactValue::Number { value: b, unit: ue }) => {
            a.abs() < 10.0 && b.abs() < 10.0 && (uz.is_none() || uz != ue)
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

fn name_key(f: &Fact) -> &str {
    match &f.value {
        FactValue::Name { key, .. } => key,
        _ => "",
    }
}

/// Precomputed per-sentence weights and pairwise matches for the alignment DP.
pub(super) struct Table<'s> {
    zh: &'s Side<'s>,
    en: &'s Side<'s>,
    /// Fact indices per aligned sentence (position in zs / es).
    zf: Vec<Vec<usize>>,
    ef: Vec<Vec<usize>>,
    /// Latin words of each zh sentence (names left in Latin letters).
    zl: Vec<Vec<String>>,
    el: Vec<Vec<String>>,
    zlen: Vec<f64>,
    elen: Vec<f64>,
    /// Weight of each en fact (names: less the more sentences mention them).
    en_weight: Vec<f64>,
    /// Whether two names match, by name (interned: a name recurs through an article).
    name_sim: std::cell::RefCell<HashMap<(u32, u32), bool>>,
    /// The interned name of each zh / en fact (`u32::MAX` for other facts).
    zname: Vec<u32>,
    ename: Vec<u32>,
    /// Shared anchor weight of zh sentence i and en sentence j (positions), filled lazily.
    pair_w: std::cell::RefCell<HashMap<(usize, usize), f64>>,
    zw: Vec<f64>,
    ew: Vec<f64>,
    /// What the sentences say, as words: see [`super::lexical::Lexical`].
    lex: super::lexical::Lexical,
}

/// Weight of shared facts, of shared words (the lexicon), and (the rest) of the length prior in
/// a unit's score.
const W_FACTS: f64 = 0.55;
const W_WORDS: f64 = 0.25;

/// Near misses count this much of a shared anchor's weight.
const NEAR: f64 = 0.5;

fn base_weight(f: &Fact) -> f64 {
    match &f.value {
        FactValue::Date(_) => 3.0,
        FactValue::Number { value, unit } => {
            if unit.is_some() || value.abs() >= 10.0 {
                2.0
            } else {
                0.7
            }
        }
        FactValue::Name { .. } => 1.5,
    }
}

fn en_weight_of(en: &Side, k: usize, df: &HashMap<&str, usize>) -> f64 {
    let f = &en.facts[k];
    match f.kind {
        FactKind::Name => base_weight(f) / (*df.get(name_key(f)).unwrap_or(&1) as f64).sqrt(),
        _ => base_weight(f),
    }
}

/// A number per distinct name key, for each fact (`u32::MAX` for facts that are not names).
fn intern(facts: &[Fact]) -> Vec<u32> {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    facts
        .iter()
        .map(|f| match f.kind {
            FactKind::Name => {
                let next = ids.len() as u32;
                *ids.entry(name_key(f)).or_insert(next)
            }
            _ => u32::MAX,
        })
        .collect()
}

fn latin_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3 && w.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

impl<'s> Table<'s> {
    pub(super) fn new(zh: &'s Side<'s>, en: &'s Side<'s>, zs: &[usize], es: &[usize]) -> Self {
        let group = |side: &Side, ss: &[usize]| -> Vec<Vec<usize>> {
            let mut by: HashMap<usize, Vec<usize>> = HashMap::new();
            for (i, f) in side.facts.iter().enumerate() {
                by.entry(f.sentence).or_default().push(i);
            }
            ss.iter().map(|s| by.remove(s).unwrap_or_default()).collect()
        };
        let text = |side: &Side, s: usize| side.doc.prose.text[side.doc.sentences[s].prose.clone()].to_string();
        let zf = group(zh, zs);
        let ef = group(en, es);
        // document frequency of en names
        let mut df: HashMap<&str, usize> = HashMap::new();
        for fs in &ef {
            let mut seen: Vec<&str> = fs
                .iter()
                .map(|&k| &en.facts[k])
                .filter(|f| f.kind == FactKind::Name)
                .map(name_key)
                .collect();
            seen.sort();
            seen.dedup();
            for k in seen {
                *df.entry(k).or_default() += 1;
            }
        }
        let en_weight = (0..en.facts.len()).map(|k| en_weight_of(en, k, &df)).collect();
        let zw: Vec<f64> = zf
            .iter()
            .zip(zs)
            .map(|(fs, &s)| {
                fs.iter().map(|&k| base_weight(&zh.facts[k])).sum::<f64>()
                    + latin_words(&text(zh, s)).len() as f64 * 1.5
            })
            .collect();
        let ew: Vec<f64> = ef
            .iter()
            .map(|fs| fs.iter().map(|&k| en_weight_of(en, k, &df)).sum())
            .collect();
        Table {
            zw,
            ew,
            pair_w: Default::default(),
            zh,
            en,
            zl: zs.iter().map(|&s| latin_words(&text(zh, s))).collect(),
            el: es.iter().map(|&s| latin_words(&text(en, s))).collect(),
            zlen: zs.iter().map(|&s| text(zh, s).chars().count() as f64).collect(),
            elen: es.iter().map(|&s| text(en, s).chars().count() as f64).collect(),
            zf,
            ef,
            en_weight,
            name_sim: Default::default(),
            zname: intern(zh.facts),
            ename: intern(en.facts),
            lex: super::lexical::Lexical::new(zh, en, zs, es),
        }
    }

    /// Lexical overlap of zh sentences `zi` and en sentences `ej` (positions), 0..=1.
    pub(super) fn lexical(&self, zi: &[usize], ej: &[usize]) -> f64 {
        self.lex.overlap(zi, ej)
    }

    fn names_match(&self, zk: usize, ek: usize) -> bool {
        let key = (self.zname[zk], self.ename[ek]);
        if let Some(&v) = self.name_sim.borrow().get(&key) {
            return v;
        }
        let v = translit::name_similarity(name_key(&self.zh.facts[zk]), name_key(&self.en.facts[ek]))
            >= translit::MATCH_THRESHOLD;
        self.name_sim.borrow_mut().insert(key, v);
        v
    }

    fn facts_match(&self, zk: usize, ek: usize) -> Option<AnchorKind> {
        let (z, e) = (&self.zh.facts[zk], &self.en.facts[ek]);
        match (z.kind, e.kind) {
            (FactKind::Date, FactKind::Date) if dates_agree(z, e) => Some(AnchorKind::Date),
            (FactKind::Number, FactKind::Number) if numbers_agree(z, e) => Some(AnchorKind::Number),
            (FactKind::Name, FactKind::Name) if self.names_match(zk, ek) => Some(AnchorKind::Name),
            _ => None,
        }
    }

    /// For each zh sentence (position), the en sentences (positions) it shares a date, a
    /// number or a Latin word with, and that weight — found through an index, without
    /// comparing names (the costly part). The skeleton of a band for long articles.
    pub(super) fn cheap_matches(&self) -> Vec<Vec<(usize, f64)>> {
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        let key = |f: &Fact| -> Option<String> {
            match &f.value {
                FactValue::Date(d) => d.start.year.map(|y| format!("d{y}")),
                FactValue::Number { value, .. } if value.abs() >= 10.0 => {
                    Some(format!("n{}", crate::facts::format_number(*value)))
                }
                _ => None,
            }
        };
        for (j, fs) in self.ef.iter().enumerate() {
            for &ek in fs {
                if let Some(k) = key(&self.en.facts[ek]) {
                    by_key.entry(k).or_default().push(j);
                }
            }
            for w in &self.el[j] {
                by_key.entry(format!("l{w}")).or_default().push(j);
            }
        }
        let mut out = Vec::with_capacity(self.zf.len());
        for (i, fs) in self.zf.iter().enumerate() {
            let mut row: HashMap<usize, f64> = HashMap::new();
            let mut add = |k: String, w: f64| {
                if let Some(js) = by_key.get(&k) {
                    // a key most sentences share says little
                    if js.len() <= 8 {
                        for &j in js {
                            *row.entry(j).or_default() += w;
                        }
                    }
                }
            };
            for &zk in fs {
                let z = &self.zh.facts[zk];
                if let Some(k) = key(z) {
                    add(k, base_weight(z));
                }
            }
            for w in &self.zl[i] {
                add(format!("l{w}"), 1.5);
            }
            let mut row: Vec<(usize, f64)> = row.into_iter().collect();
            row.sort_by_key(|&(j, _)| j);
            out.push(row);
        }
        out
    }

    /// Anchors shared by zh sentences `zi` and en sentences `ej` (positions), one-to-one.
    pub(super) fn anchors(&self, zi: &[usize], ej: &[usize]) -> Vec<Anchor> {
        let mut used = Vec::new();
        let mut out = Vec::new();
        for &i in zi {
            for &zk in &self.zf[i] {
                let z = &self.zh.facts[zk];
                let hit = ej.iter().flat_map(|&j| self.ef[j].iter().copied()).find_map(|ek| {
                    if used.contains(&ek) {
                        None
                    } else {
                        self.facts_match(zk, ek).map(|kind| (ek, kind))
                    }
                });
                if let Some((ek, kind)) = hit {
                    used.push(ek);
                    out.push(Anchor {
                        kind,
                        zh: Some(zk),
                        en: Some(ek),
                        weight: self.en_weight[ek].min(base_weight(z)),
                    });
                }
            }
            for w in &self.zl[i] {
                if ej.iter().any(|&j| self.el[j].contains(w)) {
                    out.push(Anchor {
                        kind: AnchorKind::Latin,
                        zh: None,
                        en: None,
                        weight: 1.5,
                    });
                }
            }
        }
        out
    }

    /// Weight of the facts of zh sentence `i` that en sentence `j` states in a version one
    /// digit away (`1939` / `1940`, `514 million` / `515 million`) or in the same role
    /// (`1950年出生` / `born in 1952`) and not exactly: evidence that the sentences correspond,
    /// whatever the values, so that a changed fact does not move the alignment.
    pub(super) fn near(&self, i: usize, j: usize) -> f64 {
        self.zf[i]
            .iter()
            .filter_map(|&zk| {
                let z = &self.zh.facts[zk];
                let distance = match z.kind {
                    FactKind::Date => date_distance,
                    FactKind::Number => number_distance,
                    FactKind::Name => return None,
                };
                if self.ef[j].iter().any(|&ek| self.facts_match(zk, ek).is_some()) {
                    return None;
                }
                self.ef[j]
                    .iter()
                    .find(|&&ek| {
                        let e = &self.en.facts[ek];
                        // one slip apart, or attached to the same event (`出生` / `born`)
                        distance(z, e).is_some() && !small_counts(z, e)
                            || z.role.is_some() && z.role == e.role && z.kind == e.kind
                    })
                    .map(|&ek| self.en_weight[ek].min(base_weight(z)))
            })
            .sum()
    }

    /// Shared anchor weight of one zh and one en sentence (cached).
    fn shared(&self, i: usize, j: usize) -> f64 {
        if let Some(&w) = self.pair_w.borrow().get(&(i, j)) {
            return w;
        }
        let w = self.anchors(&[i], &[j]).iter().map(|a| a.weight).sum::<f64>() + NEAR * self.near(i, j);
        self.pair_w.borrow_mut().insert((i, j), w);
        w
    }

    /// How well zh sentences `zi` correspond to en sentences `ej`, 0..=1: shared anchor
    /// weight (Dice, summed over the sentence pairs) and a length-ratio prior.
    pub(super) fn score(&self, zi: &[usize], ej: &[usize]) -> f64 {
        let shared: f64 = zi
            .iter()
            .flat_map(|&i| ej.iter().map(move |&j| (i, j)))
            .map(|(i, j)| self.shared(i, j))
            .sum();
        let wz: f64 = zi.iter().map(|&i| self.zw[i]).sum();
        let we: f64 = ej.iter().map(|&j| self.ew[j]).sum();
        let dice = if wz + we > 0.0 {
            (2.0 * shared / (wz + we)).min(1.0)
        } else {
            0.0
        };
        let zlen: f64 = zi.iter().map(|&i| self.zlen[i]).sum();
        let elen: f64 = ej.iter().map(|&j| self.elen[j]).sum();
        // English runs about three characters to each Chinese one.
        let ratio = (elen.max(1.0) / (3.0 * zlen.max(1.0))).ln();
        let length = (-(ratio * ratio) / (2.0 * 0.5 * 0.5)).exp();
        let lex = self.lex.overlap(zi, ej);
        W_FACTS * dice + W_WORDS * lex + (1.0 - W_FACTS - W_WORDS) * length
    }
}

#[cfg(test)]
mod tests {
    use super::slip;

    fn typo_like(a: f64, b: f64) -> bool {
        slip(a, b).is_some()
    }

    #[test]
    fn slips() {
        for (a, b) in [
            (251.0, 250.0),
            (1956.0, 1958.0),
            (1999.0, 2000.0),
            (27.0, 28.0),
            (1_390_000.0, 1_400_000.0),
            (2.8e9, 2.9e9),
            (5.5, 4.5),
            (28.4, 28.5),
        ] {
            assert!(typo_like(a, b), "{a} / {b}");
        }
        assert_eq!(slip(2002.0, 2003.0), Some(1.0));
        assert_eq!(slip(2002.0, 2004.0), Some(2.0));
        for (a, b) in [(2005.0, 2020.0), (1211.0, 1161.0), (1949.0, 1990.0), (60.0, 100.0)] {
            assert!(!typo_like(a, b), "{a} / {b}");
        }
    }
}
