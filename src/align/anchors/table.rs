//! The alignment's table: per-sentence anchor weights and the matches between a zh and an en
//! sentence, computed once per pair and asked by the DP.

use super::{date_distance, dates_agree, number_distance, numbers_agree, small_counts, Anchor, AnchorKind};
use crate::align::Side;
use crate::facts::{translit, Fact, FactKind, FactValue};
use std::collections::{HashMap, HashSet};

fn name_key(f: &Fact) -> &str {
    match &f.value {
        FactValue::Name { key, .. } => key,
        _ => "",
    }
}

/// Precomputed per-sentence weights and pairwise matches for the alignment DP.
pub(in crate::align) struct Table<'s> {
    zh: &'s Side<'s>,
    en: &'s Side<'s>,
    /// Fact indices per aligned sentence (position in zs / es).
    zf: Vec<Vec<usize>>,
    ef: Vec<Vec<usize>>,
    /// Latin words of each zh sentence (names left in Latin letters).
    zl: Vec<Vec<String>>,
    el: Vec<Vec<String>>,
    /// The Latin words of [`AnchorKind::Topic`]: in at least [`TOPIC_SHARE`] of the en
    /// sentences, and in five of them.
    topic: HashSet<String>,
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
    /// Whether each zh / en fact is a name of an entity the other article names too
    /// (see [`resolving`]).
    zres: Vec<bool>,
    eres: Vec<bool>,
    /// What the sentences say, as words: see [`crate::align::lexical::Lexical`].
    lex: crate::align::lexical::Lexical,
}

/// Weight of shared facts, of shared words (the lexicon), and (the rest) of the length prior in
/// a unit's score.
const W_FACTS: f64 = 0.55;
const W_WORDS: f64 = 0.25;

/// Share of words two sentences must translate for the one date (or number of one unit) each
/// states to count as a near miss whatever its value.
const WORDS_FOR_ONE_DATE: f64 = 0.5;

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

/// For each fact of each side: is it a name that resolves to a name of the other article
/// ([`crate::align::entities::Entities`])? A name on each side of two sentences that names no
/// one the other sentence names, but someone the other article names, fills one slot: the
/// same kind of fact, whatever its value.
fn resolving(zh: &Side, en: &Side) -> (Vec<bool>, Vec<bool>) {
    let entities = crate::align::entities::Entities::new(zh, en);
    // (a name is compared with the other side's names that share an initial: thousands of
    // names sharing few initials cost their square; past the time budget, no more resolve)
    let resolves = |side: &Side, other: &dyn Fn(&Fact) -> bool| -> Vec<bool> {
        let mut memo: HashMap<&str, bool> = HashMap::new();
        side.facts
            .iter()
            .map(|f| {
                f.kind == FactKind::Name
                    && *memo
                        .entry(&f.text)
                        .or_insert_with(|| !crate::budget::expired() && other(f))
            })
            .collect()
    };
    let zres = resolves(zh, &|f| entities.en_of(f).is_some());
    let eres = resolves(en, &|f| entities.zh_of(f).is_some());
    (zres, eres)
}

/// How many sentences hold each key, given each sentence's keys (a key counted once per
/// sentence).
fn sentences_holding<'k>(sentences: impl Iterator<Item = Vec<&'k str>>) -> HashMap<&'k str, usize> {
    let mut df = HashMap::new();
    for mut keys in sentences {
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            *df.entry(k).or_default() += 1;
        }
    }
    df
}

fn latin_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3 && w.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
        .map(|w| w.to_ascii_lowercase())
        .take(PER_SENTENCE)
        .collect()
}

/// The share of the en sentences a Latin word must stand in to be the article's
/// [`AnchorKind::Topic`].
const TOPIC_SHARE: f64 = 0.05;

/// The most facts (and Latin words) of one sentence that count as alignment evidence. Two
/// sentences' facts are compared each with each, so a "sentence" that is a list of
/// thousands of names would cost the square of its length; real sentences hold far fewer.
pub(in crate::align) const PER_SENTENCE: usize = 64;

impl<'s> Table<'s> {
    pub(in crate::align) fn new(zh: &'s Side<'s>, en: &'s Side<'s>, zs: &[usize], es: &[usize]) -> Self {
        let group = |side: &Side, ss: &[usize]| -> Vec<Vec<usize>> {
            let mut by: HashMap<usize, Vec<usize>> = HashMap::new();
            for (i, f) in side.facts.iter().enumerate() {
                by.entry(f.sentence).or_default().push(i);
            }
            ss.iter()
                .map(|s| {
                    let mut fs = by.remove(s).unwrap_or_default();
                    fs.truncate(PER_SENTENCE);
                    fs
                })
                .collect()
        };
        let text = |side: &Side, s: usize| side.doc.prose.text[side.doc.sentences[s].prose.clone()].to_string();
        let zf = group(zh, zs);
        let ef = group(en, es);
        // document frequency of en names
        let df = sentences_holding(ef.iter().map(|fs| {
            fs.iter()
                .map(|&k| &en.facts[k])
                .filter(|f| f.kind == FactKind::Name)
                .map(name_key)
                .collect()
        }));
        let en_weight = (0..en.facts.len()).map(|k| en_weight_of(en, k, &df)).collect();
        let zl: Vec<Vec<String>> = zs.iter().map(|&s| latin_words(&text(zh, s))).collect();
        let zw: Vec<f64> = zf
            .iter()
            .zip(&zl)
            .map(|(fs, words)| fs.iter().map(|&k| base_weight(&zh.facts[k])).sum::<f64>() + words.len() as f64 * 1.5)
            .collect();
        let ew: Vec<f64> = ef
            .iter()
            .map(|fs| fs.iter().map(|&k| en_weight_of(en, k, &df)).sum())
            .collect();
        let (zres, eres) = resolving(zh, en);
        let el: Vec<Vec<String>> = es.iter().map(|&s| latin_words(&text(en, s))).collect();
        let topic = sentences_holding(el.iter().map(|words| words.iter().map(String::as_str).collect()))
            .into_iter()
            .filter(|&(_, n)| n >= 5 && n as f64 >= TOPIC_SHARE * es.len() as f64)
            .map(|(w, _)| w.to_string())
            .collect();
        Table {
            zw,
            ew,
            zres,
            eres,
            pair_w: Default::default(),
            zh,
            en,
            zl,
            el,
            topic,
            zlen: zs.iter().map(|&s| text(zh, s).chars().count() as f64).collect(),
            elen: es.iter().map(|&s| text(en, s).chars().count() as f64).collect(),
            zf,
            ef,
            en_weight,
            name_sim: Default::default(),
            zname: intern(zh.facts),
            ename: intern(en.facts),
            lex: crate::align::lexical::Lexical::new(zh, en, zs, es),
        }
    }

    /// Lexical overlap of zh sentences `zi` and en sentences `ej` (positions), 0..=1.
    pub(in crate::align) fn lexical(&self, zi: &[usize], ej: &[usize]) -> f64 {
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
            (FactKind::Date, FactKind::Date) if dates_agree(z, e) && !super::year_alone_inferred(z, e) => {
                Some(AnchorKind::Date)
            }
            (FactKind::Number, FactKind::Number) if numbers_agree(z, e) => Some(AnchorKind::Number),
            (FactKind::Name, FactKind::Name) if self.names_match(zk, ek) => Some(AnchorKind::Name),
            _ => None,
        }
    }

    /// For each zh sentence (position), the en sentences (positions) it shares a date, a
    /// number or a Latin word with, and that weight — found through an index, without
    /// comparing names (the costly part). The skeleton of a band for long articles.
    pub(in crate::align) fn cheap_matches(&self) -> Vec<Vec<(usize, f64)>> {
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        for j in 0..self.ef.len() {
            for k in self.en_keys(j) {
                by_key.entry(k).or_default().push(j);
            }
        }
        let mut out = Vec::with_capacity(self.zf.len());
        for i in 0..self.zf.len() {
            let mut row: HashMap<usize, f64> = HashMap::new();
            for (k, w) in self.zh_keys(i) {
                if let Some(js) = by_key.get(&k) {
                    // a key most sentences share says little
                    if js.len() <= 8 {
                        for &j in js {
                            *row.entry(j).or_default() += w;
                        }
                    }
                }
            }
            let mut row: Vec<(usize, f64)> = row.into_iter().collect();
            row.sort_by_key(|&(j, _)| j);
            out.push(row);
        }
        out
    }

    /// The index keys of a fact: a date by its year, a number of 10 or more by its value.
    fn key(f: &Fact) -> Option<String> {
        match &f.value {
            FactValue::Date(d) => d.start.year.map(|y| format!("d{y}")),
            FactValue::Number { value, .. } if value.abs() >= 10.0 => {
                Some(format!("n{}", crate::facts::format_number(*value)))
            }
            _ => None,
        }
    }

    /// The index keys of zh sentence `i` (position), each with its weight: its dates and
    /// numbers ([`Self::key`]) and its Latin words.
    pub(in crate::align) fn zh_keys(&self, i: usize) -> Vec<(String, f64)> {
        let facts = self.zf[i].iter().map(|&zk| &self.zh.facts[zk]);
        facts
            .filter_map(|z| Self::key(z).map(|k| (k, base_weight(z))))
            .chain(self.zl[i].iter().map(|w| (format!("l{w}"), 1.5)))
            .collect()
    }

    /// The index keys of en sentence `j` (position), as [`Self::zh_keys`].
    pub(in crate::align) fn en_keys(&self, j: usize) -> Vec<String> {
        let facts = self.ef[j].iter().map(|&ek| &self.en.facts[ek]);
        facts
            .filter_map(Self::key)
            .chain(self.el[j].iter().map(|w| format!("l{w}")))
            .collect()
    }

    /// The two sides the table was built for.
    pub(in crate::align) fn sides(&self) -> (&'s Side<'s>, &'s Side<'s>) {
        (self.zh, self.en)
    }

    /// What the sentences say, as words.
    pub(in crate::align) fn words(&self) -> &crate::align::lexical::Lexical {
        &self.lex
    }

    /// Anchors shared by zh sentences `zi` and en sentences `ej` (positions), one-to-one.
    pub(in crate::align) fn anchors(&self, zi: &[usize], ej: &[usize]) -> Vec<Anchor> {
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
                        kind: if self.topic.contains(w) {
                            AnchorKind::Topic
                        } else {
                            AnchorKind::Latin
                        },
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
    pub(in crate::align) fn near(&self, i: usize, j: usize) -> f64 {
        self.near_of(i, j, true)
    }

    /// [`Self::near`] of the dates and numbers alone: not another name of the article in a
    /// name's place, which sentences that each list places share by the many.
    pub(in crate::align) fn near_dates_and_numbers(&self, i: usize, j: usize) -> f64 {
        self.near_of(i, j, false)
    }

    fn near_of(&self, i: usize, j: usize, names: bool) -> f64 {
        // the one date of two sentences whose words translate each other for half their words:
        // attached to one event, whatever the values (`In 1890, William James defined…` /
        // `1877年，威廉·詹姆斯将…定义为`); and the one number of one unit, not a small count
        // (`4.54 Ga`). Found once for the pair, not once per fact.
        if self.zf[i].is_empty() {
            return 0.0;
        }
        let (one_date, one_number) = (self.one_date_each(i, j), self.one_number_each(i, j));
        let words = (one_date || one_number) && self.lex.overlap(&[i], &[j]) >= WORDS_FOR_ONE_DATE;
        self.zf[i]
            .iter()
            .filter_map(|&zk| {
                let z = &self.zh.facts[zk];
                if self.ef[j].iter().any(|&ek| self.facts_match(zk, ek).is_some()) {
                    return None;
                }
                let by_kind = words
                    && match z.kind {
                        FactKind::Date => one_date,
                        FactKind::Number => one_number,
                        FactKind::Name => false,
                    };
                let distance = match z.kind {
                    FactKind::Date => date_distance,
                    FactKind::Number => number_distance,
                    FactKind::Name if names => return self.other_name(zk, i, j),
                    FactKind::Name => return None,
                };
                self.ef[j]
                    .iter()
                    // (of the dates and numbers alone, an English fact no Chinese fact matches:
                    // `1950年和1951年` against `in 1950` states 1951 nowhere near)
                    .filter(|&&ek| names || !self.zf[i].iter().any(|&z2| self.facts_match(z2, ek).is_some()))
                    .find(|&&ek| {
                        let e = &self.en.facts[ek];
                        // one slip apart, or attached to the same event (`出生` / `born`)
                        distance(z, e).is_some() && !small_counts(z, e)
                            || z.role.is_some() && z.role == e.role && z.kind == e.kind
                            || by_kind && e.kind == z.kind
                    })
                    .map(|&ek| self.en_weight[ek].min(base_weight(z)))
            })
            .sum()
    }

    /// Whether zh sentence `i` and en sentence `j` each state exactly one date, or have one
    /// left besides the dates they share ([`Self::one_each`]), with a year written out, at the
    /// same precision: the one date a translated sentence renders, in its place (evidence by
    /// kind, whatever the values: `在2012年5月` / `held in May 2005`).
    pub(in crate::align) fn one_date_each(&self, i: usize, j: usize) -> bool {
        self.one_each(i, j, FactKind::Date)
            .is_some_and(|(z, e)| super::dates_of_one_form(z, e))
    }

    /// Whether zh sentence `i` and en sentence `j` each state a full date, written out to the
    /// day with its year, of the same year and month but another day (`1949年9月20日` / `21
    /// September 1949`): one date with a slip of the day, rather than two events, since the
    /// year and the month still agree.
    pub(in crate::align) fn day_slip(&self, i: usize, j: usize) -> bool {
        self.zf[i].iter().any(|&zk| {
            self.ef[j]
                .iter()
                .any(|&ek| super::day_slip(&self.zh.facts[zk], &self.en.facts[ek]))
        })
    }

    /// The one fact of `kind` zh sentence `i` and en sentence `j` each state, if each states
    /// exactly one; else the one each has left, if each has exactly one, the facts the two
    /// sentences share not counted (`1776年…1790年` against `in 1776 … in 1789`: 1790 and 1789
    /// are the one date each has left).
    fn one_each(&self, i: usize, j: usize, kind: FactKind) -> Option<(&Fact, &Fact)> {
        fn one<'a>(all: &'a [Fact], facts: &[usize], kind: FactKind, left: &dyn Fn(usize) -> bool) -> Option<&'a Fact> {
            let mut it = facts
                .iter()
                .filter(|&&k| all[k].kind == kind && left(k))
                .map(|&k| &all[k]);
            let first = it.next()?;
            it.next().is_none().then_some(first)
        }
        let all = |_: usize| true;
        let zh_left = |zk: usize| !self.ef[j].iter().any(|&ek| self.facts_match(zk, ek).is_some());
        let en_left = |ek: usize| !self.zf[i].iter().any(|&zk| self.facts_match(zk, ek).is_some());
        let each = |zh: &dyn Fn(usize) -> bool, en: &dyn Fn(usize) -> bool| {
            Some((
                one(self.zh.facts, &self.zf[i], kind, zh)?,
                one(self.en.facts, &self.ef[j], kind, en)?,
            ))
        };
        each(&all, &all).or_else(|| each(&zh_left, &en_left))
    }

    /// Whether zh sentence `i` and en sentence `j` each state (or have left, as
    /// [`Self::one_each`]) exactly one number, of one unit (or none), and not both small counts.
    fn one_number_each(&self, i: usize, j: usize) -> bool {
        self.one_each(i, j, FactKind::Number)
            .is_some_and(|(z, e)| match (&z.value, &e.value) {
                (FactValue::Number { unit: uz, .. }, FactValue::Number { unit: ue, .. }) => {
                    uz == ue && !small_counts(z, e)
                }
                _ => false,
            })
    }

    /// Whether zh sentence `i` and en sentence `j` each have one name left that no fact of the
    /// other matches (a name said twice is one), one of the two naming an entity of the other
    /// article: a name changed on one side stands in the other's place (理查·斯托曼 against
    /// `Elliot`, put for `Stallman`: `Elliot` links to no Chinese name by the resolver, though
    /// the Chinese article names 玛格丽特·S·埃利奥特). Looser than [`Self::other_name`], which
    /// needs both to name one: asked only of sentences most of whose words translate each
    /// other.
    pub(in crate::align) fn one_name_left_each(&self, i: usize, j: usize) -> bool {
        // (the names of a sentence that no fact of the other matches)
        let left = |facts: &[Fact], own: &[usize], matched: &dyn Fn(usize) -> bool| -> Vec<usize> {
            own.iter()
                .copied()
                .filter(|&k| facts[k].kind == FactKind::Name && !matched(k))
                .collect()
        };
        let zl = left(self.zh.facts, &self.zf[i], &|zk| {
            self.ef[j].iter().any(|&ek| self.facts_match(zk, ek).is_some())
        });
        let el = left(self.en.facts, &self.ef[j], &|ek| {
            self.zf[i].iter().any(|&zk| self.facts_match(zk, ek).is_some())
        });
        // (one name each, whatever its mentions)
        let one = |facts: &[Fact], left: &[usize]| -> Option<usize> {
            let first = *left.first()?;
            left.iter()
                .all(|&k| facts[k].text == facts[first].text)
                .then_some(first)
        };
        match (one(self.zh.facts, &zl), one(self.en.facts, &el)) {
            (Some(z), Some(e)) => self.zres[z] || self.eres[e],
            _ => false,
        }
    }

    /// The weight of a name of en sentence `j` that fills the slot of zh name `zk` of zh
    /// sentence `i`: neither matches a name of the other sentence, and each names an entity
    /// of the other article.
    fn other_name(&self, zk: usize, i: usize, j: usize) -> Option<f64> {
        if !self.zres[zk] {
            return None;
        }
        self.ef[j]
            .iter()
            .find(|&&ek| self.eres[ek] && !self.zf[i].iter().any(|&z2| self.facts_match(z2, ek).is_some()))
            .map(|&ek| self.en_weight[ek].min(base_weight(&self.zh.facts[zk])))
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
    pub(in crate::align) fn score(&self, zi: &[usize], ej: &[usize]) -> f64 {
        let shared: f64 = zi
            .iter()
            .flat_map(|&i| ej.iter().map(move |&j| (i, j)))
            .map(|(i, j)| self.shared(i, j))
            .sum();
        self.score_of(shared, zi, ej)
    }

    /// [`Self::score`] of zh sentence `i` and en sentence `j`, a date or number the other
    /// states near ([`Self::near_dates_and_numbers`]) counted as a shared one: the score the
    /// pair has whatever the value of one such fact, so that a changed fact scores the pair as
    /// the agreeing one did. (Another name of the article in a name's place counts as in
    /// [`Self::score`]: counted in full, it paired `自从1927年召开的…第五次全国代表大会` with `on 15
    /// July 1927 the Wuhan government expelled all communists` in Communist_Party_of_China.)
    /// `near`: [`Self::near_dates_and_numbers`] of the pair, which the caller has at hand.
    pub(in crate::align) fn score_near_in_full(&self, i: usize, j: usize, near: f64) -> f64 {
        // (the pair's shared weight, near facts at NEAR, and the rest of its dates and numbers)
        let shared = self.shared(i, j) + (1.0 - NEAR) * near;
        self.score_of(shared, &[i], &[j])
    }

    fn score_of(&self, shared: f64, zi: &[usize], ej: &[usize]) -> f64 {
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
    use super::Table;
    use crate::align::test_support::{read, side};

    /// A fact stated near, among the dates and numbers alone, is one the other sentence states
    /// and no fact of this one matches: `1950年和1951年` against `in 1950` states 1951 nowhere
    /// near, though 1951 is one slip from the 1950 that 1950年 matches.
    #[test]
    fn a_date_stated_near_is_no_date_the_sentence_already_matches() {
        let near = |zh: &str, en: &str| {
            let (z, e) = (read("a.zh.txt", zh), read("a.en.txt", en));
            let (zs, es) = (side(&z), side(&e));
            let table = Table::new(&zs, &es, &zs.sentences(), &es.sentences());
            (table.near(0, 0), table.near_dates_and_numbers(0, 0))
        };
        let (all, dates) = near("该厂在1950年和1951年两次扩建。\n", "The plant was expanded in 1950.\n");
        assert!(all > 0.0, "{all}");
        assert_eq!(dates, 0.0);
        // a date no fact of the sentence matches is stated near
        let (_, dates) = near("该厂在1951年扩建。\n", "The plant was expanded in 1950.\n");
        assert!(dates > 0.0, "{dates}");
    }
}
