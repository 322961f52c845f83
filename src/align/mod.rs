//! Pairing and alignment of a Chinese article with its English counterpart.
//!
//! - [`pair`]: which zh document goes with which en document, by what they share.
//! - [`align`]: sentence alignment of a pair, monotone, with 1-1, 1-2, 2-1, 1-0 and 0-1
//!   units scored by shared anchors (equal dates, equal numbers, transliteration-matched
//!   names, Latin tokens) with a length ratio as a weak prior; then, in articles written
//!   independently, sentences the path crossed paired out of order ([`reordered`]).
//!
//! Wikipedia's language editions are often written independently, so a unit's `score`
//! says how sure the alignment is; cross-language rules compare only sure units, and every
//! unit keeps the anchors it was built on so a finding can say why it believes two
//! sentences correspond.

mod anchors;
mod compare;
pub mod entities;
mod lexical;
pub mod pair;
mod reordered;
#[cfg(test)]
pub(crate) mod test_support;

pub use anchors::{
    date_distance, dates_agree, day_slip, number_distance, numbers_agree, rounds_alike, same_value_across_kinds,
    small_counts, Anchor, AnchorKind,
};
pub use compare::{facts_in, match_facts, FactMatch};

use crate::diagnostic::FileId;
use crate::facts::Fact;
use crate::parse::{BlockKind, Document};
use crate::source::SourceFile;
use std::collections::{HashMap, HashSet};

/// One side of a pair: a parsed document and its facts.
pub struct Side<'a> {
    pub file: FileId,
    pub source: &'a SourceFile,
    pub doc: &'a Document,
    pub facts: &'a [Fact],
}

impl Side<'_> {
    /// The source span of the sentence fact `f` stands in.
    pub fn sentence_span(&self, f: &Fact) -> Option<crate::Span> {
        self.doc.sentences.get(f.sentence).map(|s| self.doc.sentence_source(s))
    }

    /// The text of `f`'s sentence before `f` and after it (empty where `f` reaches past the
    /// sentence's edge); `None` for a fact without a sentence.
    pub fn around(&self, f: &Fact) -> Option<(&str, &str)> {
        let span = self.sentence_span(f)?;
        let text = &self.source.text;
        Some((
            text.get(span.start..f.span.start.max(span.start)).unwrap_or(""),
            text.get(f.span.end.min(span.end)..span.end).unwrap_or(""),
        ))
    }

    /// Sentences that take part in alignment: running text, headings and list items, but not
    /// the items of reference lists nor the sections that list sources and links
    /// (References, Further reading, External links, 参考文献, 外部链接, …): their dates and
    /// numbers are bibliographic, not claims of the article.
    pub fn sentences(&self) -> Vec<usize> {
        let apparatus = self.doc.apparatus_blocks();
        let refs: Vec<&crate::Span> = self
            .doc
            .reference_lists
            .iter()
            .flat_map(|l| l.items.iter().map(|i| &i.span))
            .collect();
        self.doc
            .sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                let b = &self.doc.blocks[s.block];
                if apparatus[s.block] {
                    return false;
                }
                match b.kind {
                    BlockKind::ListItem { .. } => !refs
                        .iter()
                        .any(|r| r.start <= b.span.start && b.span.start < r.end.max(r.start + 1)),
                    _ => b.kind.is_text(),
                }
            })
            .map(|(i, _)| i)
            .collect()
    }
}

/// An aligned unit: zh sentences ↔ en sentences (indices into each document's `sentences`),
/// either side possibly empty.
#[derive(Debug, Clone)]
pub struct Unit {
    pub zh: Vec<usize>,
    pub en: Vec<usize>,
    /// How sure the alignment is, 0..=1.
    pub score: f64,
    /// The shared anchors it rests on.
    pub anchors: Vec<Anchor>,
    /// How much of what the sentences say in words they share through the lexicon, 0..=1.
    pub lexical: f64,
    /// Sure by position: the units on either side (or the ends of the documents) are sure,
    /// so in a monotone alignment these sentences can only correspond to each other; or, in a
    /// translation, one sentence against one that translates it for 30 % of its words
    /// ([`WORDS_IN_A_TRANSLATION`]), whatever its score; or, in
    /// texts written independently, holding a fact the other side states near (or, where most
    /// of their words translate each other, the one name left on each side,
    /// [`anchors::Table::one_name_left_each`]), with half
    /// their words translated ([`WORDS_BY_POSITION`]) or an anchor besides and a score of
    /// [`SURE_WITH_NEAR`], or a full date whose year alone slipped ([`anchors::year_slip`]) with
    /// that score, or a full date whose day alone differs ([`anchors::day_slip`]) with
    /// that score and a third of their words.
    pub by_position: bool,
    /// The two texts run in parallel (a translation, not articles written independently).
    pub parallel: bool,
    /// Paired out of order, after the monotone path crossed the two sentences
    /// ([`reordered`]).
    pub out_of_order: bool,
}

impl Unit {
    /// Sure enough to compare facts across: shared evidence and a good score, or position
    /// ([`Unit::by_position`], mostly with a fair score).
    pub fn is_sure(&self) -> bool {
        self.rests_on_anchors() || (self.by_position && !self.zh.is_empty() && !self.en.is_empty())
    }

    /// The sentences translate each other: the texts run in parallel, or, in texts written
    /// independently, most of their words translate each other ([`WORDS_WITH_NEAR`]).
    pub fn translated(&self) -> bool {
        self.parallel || self.lexical >= WORDS_WITH_NEAR
    }

    /// Sure by its own evidence: a good score, resting on shared anchors or on shared words.
    pub fn rests_on_anchors(&self) -> bool {
        !self.zh.is_empty()
            && !self.en.is_empty()
            && self.score >= SURE
            && (!self.anchors.is_empty() || self.lexical >= SURE_BY_WORDS)
    }
}

/// Lexical overlap at which a unit rests on its words alone, without a shared fact.
pub const SURE_BY_WORDS: f64 = 0.5;
/// Units at or above this score are compared by the cross-language rules.
pub const SURE: f64 = 0.45;
/// Share of units that pair sentences above which two texts are taken to run in parallel.
const PARALLEL: f64 = 0.4;
/// Share of words that makes two sentences of texts written independently translate each
/// other "for the most part": the one fact of a kind left on each side of such a unit is one
/// fact in two versions ([`compare`]). Measured on the clean wikipairs: at 0.6, 3 false
/// findings more and no change caught more.
pub(crate) const WORDS_WITH_NEAR: f64 = 0.7;
/// Share of words at which a unit of texts written independently that holds a fact the other
/// side states near (one slip away, in the same role, or the one date of each sentence) is
/// compared, though the fact no longer anchors it: a changed fact leaves the unit's words.
/// Measured with the mutation benchmark on the wikipairs (`-- 4`), when it came: at 0.7,
/// numbers 41 of 95, names 16 of 96, years 28 of 97; at 0.5, 45 of 96, 18 of 98 and 29 of 97,
/// and one finding more on the clean pairs (a stale figure, judged real); at 0.4, years 34 of
/// 97 but two false findings more (173 embassies against 175 countries). The figures now are
/// in `tests/it/recall.rs`.
const WORDS_BY_POSITION: f64 = SURE_BY_WORDS;
/// Score at which a unit of texts written independently that still shares an anchor (a fact
/// both state, or a word both leave in Latin letters) and holds a fact the other side states
/// near is compared: a changed fact takes its weight out of the score (`1803年` changed to
/// 1796 took a unit of wikipairs' Economics from 0.80 to 0.41, below [`SURE`]). Measured with
/// [`compare`]'s `WORDS_WITH_A_FACT`: see there. At 0.3, two numbers fewer caught.
const SURE_WITH_NEAR: f64 = 0.35;
/// Share of words (30 %) at which, in a translation, one sentence against one is compared
/// whatever its score and its neighbours: the changed fact was often the unit's one anchor, and its
/// score fell with it. 洛伦兹 changed to 希格斯 against `Lorentz's Law` (0.38, with 84 % of the
/// words, beside a unit that is not sure) came at half the words and a score of
/// SURE_BY_POSITION (xquad `-- 6`: numbers 180 → 182 of 188, names 154 → 157 of 226; claims
/// `-- 4`: negation 179 → 185, acts 72 → 77); 洛伦兹 put for `Isaac Newton` (0.27, with half
/// the words: its score lost the name's weight) with any score and 30 % of the words
/// (names 168 → 169 of 226, acts 77 → 78 of 94). The clean findings of every cross-language
/// rule unchanged at each step.
const WORDS_IN_A_TRANSLATION: f64 = 0.3;

/// One sentence against one that translates it for [`WORDS_IN_A_TRANSLATION`] of its words.
fn one_against_one_translating(u: &Unit) -> bool {
    u.zh.len() == 1 && u.en.len() == 1 && u.lexical >= WORDS_IN_A_TRANSLATION
}

/// A unit that position vouches for ([`Unit::by_position`]: in a translation, between two sure
/// neighbours or in a run of them) is compared at or above this score.
pub const SURE_BY_POSITION: f64 = 0.3;

#[derive(Debug, Clone, Default)]
pub struct Alignment {
    pub units: Vec<Unit>,
    /// Where each side states the years of the other's dates.
    pub stated: Stated,
}

/// For each date of the aligned text, the other side's sentences that state its year, with
/// the share of words each has in common with the date's sentence, indexed once per pair:
/// "does the other article state this year in a sentence likelier this one's counterpart?"
/// is asked of facts in many units ([`Stated::rival_en`]). (Numbers are not indexed: 2, 20,
/// 100 recur through an article for many things, where a year names an event.)
#[derive(Debug, Clone, Default)]
pub struct Stated {
    /// Per zh date fact: the en sentences (indices) stating its year and the share of words
    /// each has in common with its sentence (not those a sure unit pairs with a zh sentence
    /// stating that year too, an anchor of the unit); None when either side states the year in more
    /// than [`RIVALS`] sentences (stated too often to weigh each), or past the first
    /// [`anchors::PER_SENTENCE`] dates of its sentence.
    zh_rivals: Rivals,
    en_rivals: Rivals,
    /// The dates to the day each side states ([`anchors::day_of`]: the year stated or read
    /// from context), with the sentences (indices) stating them.
    zh_days: HashMap<(i32, u8, u8), Vec<usize>>,
    en_days: HashMap<(i32, u8, u8), Vec<usize>>,
}

/// By date (its sentence and its start), the other side's sentences stating its year, with
/// the share of words each has in common with the date's sentence.
type Rivals = HashMap<(usize, usize), Option<Vec<(usize, f64)>>>;

/// Sentences of the other side stating a year beyond which they are not weighed one by one:
/// keeps the cost linear (a text that states one year in every sentence).
const RIVALS: usize = 16;

impl Stated {
    /// The dates to the day alone (for [`Stated::day_elsewhere`]), which do not depend on the
    /// units: asked while the units are marked, before [`Stated::new`] completes them.
    pub(in crate::align) fn days_only(zh: &Side, en: &Side, (zs, es): (&[usize], &[usize])) -> Self {
        let days = |side: &Side, sentences: &[usize]| {
            let aligned: HashSet<usize> = sentences.iter().copied().collect();
            let mut out: HashMap<(i32, u8, u8), Vec<usize>> = HashMap::new();
            for f in side.facts.iter().filter(|f| aligned.contains(&f.sentence)) {
                if let Some(d) = anchors::day_of(f) {
                    out.entry(d).or_default().push(f.sentence);
                }
            }
            out
        };
        Stated {
            zh_days: days(zh, zs),
            en_days: days(en, es),
            ..Stated::default()
        }
    }

    /// [`Stated::days_only`] completed with the rivals of each date's year, which weigh the
    /// units' anchors.
    fn new(
        zh: &Side,
        en: &Side,
        (zs, es): (&[usize], &[usize]),
        table: &anchors::Table,
        units: &[Unit],
        days: Stated,
    ) -> Self {
        // the dates that a sure unit anchors to a date of its other side (both of one start
        // year: anchored dates agree)
        let mut anchored: HashSet<(bool, usize)> = HashSet::new();
        for u in units.iter().filter(|u| u.is_sure()) {
            for a in u.anchors.iter().filter(|a| a.kind == AnchorKind::Date) {
                if let (Some(z), Some(e)) = (a.zh, a.en) {
                    anchored.insert((true, z));
                    anchored.insert((false, e));
                }
            }
        }
        // the dates of the aligned sentences with their positions (in zs / es), each flagged
        // when it is among its sentence's first [`anchors::PER_SENTENCE`]: a "sentence" that
        // lists thousands of dates would otherwise cost the square of its length
        let position = |sentences: &[usize]| -> HashMap<usize, usize> {
            sentences.iter().enumerate().map(|(p, &s)| (s, p)).collect()
        };
        let (zpos, epos) = (position(zs), position(es));
        let dates = |side: &Side, pos: &HashMap<usize, usize>| -> Vec<(usize, i64, bool, usize)> {
            let mut in_sentence: HashMap<usize, usize> = HashMap::new();
            side.facts
                .iter()
                .enumerate()
                .filter_map(|(k, f)| {
                    let (&p, y) = (pos.get(&f.sentence)?, Self::key(f)?);
                    let n = in_sentence.entry(p).or_default();
                    *n += 1;
                    Some((k, y, *n <= anchors::PER_SENTENCE, p))
                })
                .collect()
        };
        // year → positions of the sentences stating it
        let years = |dates: &[(usize, i64, bool, usize)]| {
            let mut out: HashMap<i64, Vec<usize>> = HashMap::new();
            for &(_, y, _, p) in dates.iter().filter(|d| d.2) {
                let v = out.entry(y).or_default();
                if v.last() != Some(&p) {
                    v.push(p);
                }
            }
            out
        };
        let (zd, ed) = (dates(zh, &zpos), dates(en, &epos));
        let (zy, ey) = (years(&zd), years(&ed));
        // (side, position, year) of a sentence every date of which in that year its own sure
        // unit anchors: there the year is that pair's, so the sentence is no likelier
        // counterpart of another sentence stating it (`1960、1970年代信号模拟的成果`, paired with
        // `work done in the 1960s and 1970s`, is no rival of `When artificial intelligence came
        // into existence in the 1960s`); a sentence stating the year twice for two events, one
        // of them anchored, still is
        let mut answered: HashMap<(bool, usize, i64), bool> = HashMap::new();
        for (zh_side, dates) in [(true, &zd), (false, &ed)] {
            for &(k, y, _, p) in dates.iter() {
                *answered.entry((zh_side, p, y)).or_insert(true) &= anchored.contains(&(zh_side, k));
            }
        }
        let answered = |zh_side: bool, p: usize, y: i64| answered.get(&(zh_side, p, y)).copied().unwrap_or(false);
        let rivals = |side: &Side,
                      dates: &[(usize, i64, bool, usize)],
                      ours: &HashMap<i64, Vec<usize>>,
                      theirs: &HashMap<i64, Vec<usize>>,
                      zh_side: bool| {
            let (mut out, other_sentences) = (Rivals::new(), if zh_side { es } else { zs });
            // (each pair of sentences scored once; a year either side states in more than
            // [`RIVALS`] sentences, or a date past its sentence's first, is not weighed)
            let mut shares: HashMap<(usize, usize), f64> = HashMap::new();
            for &(k, y, first, p) in dates {
                let Some(there) = theirs.get(&y) else { continue };
                let often = there.len() > RIVALS || ours.get(&y).is_some_and(|v| v.len() > RIVALS);
                let list = (first && !often).then(|| {
                    there
                        .iter()
                        .filter(|&&q| !answered(!zh_side, q, y))
                        .map(|&q| {
                            let share = *shares.entry((p, q)).or_insert_with(|| {
                                if zh_side {
                                    table.lexical(&[p], &[q])
                                } else {
                                    table.lexical(&[q], &[p])
                                }
                            });
                            (other_sentences[q], share)
                        })
                        .collect()
                });
                let f = &side.facts[k];
                out.insert((f.sentence, f.span.start), list);
            }
            out
        };
        Stated {
            zh_rivals: rivals(zh, &zd, &zy, &ey, true),
            en_rivals: rivals(en, &ed, &ey, &zy, false),
            ..days
        }
    }

    /// A date by its year.
    fn key(f: &Fact) -> Option<i64> {
        match &f.value {
            crate::facts::FactValue::Date(d) => d.start.year.map(i64::from),
            _ => None,
        }
    }

    /// Whether the English states the year of zh date `f` in a sentence outside `unit` that
    /// shares at least `share` of its words with the date's sentence.
    pub fn rival_en(&self, f: &Fact, unit: &Unit, share: f64) -> bool {
        Self::rival(self.zh_rivals.get(&(f.sentence, f.span.start)), &unit.en, share)
    }

    /// Whether the Chinese states the year of en date `f` in a sentence outside `unit` that
    /// shares at least `share` of its words with the date's sentence.
    pub fn rival_zh(&self, f: &Fact, unit: &Unit, share: f64) -> bool {
        Self::rival(self.en_rivals.get(&(f.sentence, f.span.start)), &unit.zh, share)
    }

    /// Whether the other article states either of two dates to the day exactly, outside
    /// `unit`, each with its year stated or read from the sentences before it: the English
    /// states `1 August 1927` of the zh date in another sentence, or the Chinese the English
    /// date (as `7月12日` after 1927). Then the two are two events of one month, not a slip of
    /// the day.
    pub fn day_elsewhere(&self, z: &Fact, e: &Fact, unit: &Unit) -> bool {
        let outside = |days: &HashMap<(i32, u8, u8), Vec<usize>>, f: &Fact, unit: &[usize]| {
            anchors::day_of(f)
                .and_then(|d| days.get(&d))
                .is_some_and(|v| v.iter().any(|s| !unit.contains(s)))
        };
        outside(&self.en_days, z, &unit.en) || outside(&self.zh_days, e, &unit.zh)
    }

    /// (a year stated in more than [`RIVALS`] sentences is taken as stated in a likelier one)
    fn rival(list: Option<&Option<Vec<(usize, f64)>>>, unit: &[usize], share: f64) -> bool {
        match list {
            None => false,
            Some(None) => true,
            Some(Some(v)) => v.iter().any(|&(s, x)| !unit.contains(&s) && x >= share),
        }
    }
}

/// The cells `(i, j)` of a matrix of zh × en matches that are the one match of their row and
/// of their column: the zh and en items that match each other and nothing else. O(cells).
pub(crate) fn one_to_one(matches: &[Vec<bool>]) -> Vec<(usize, usize)> {
    let width = matches.first().map_or(0, Vec::len);
    let mut in_column = vec![0usize; width];
    for row in matches {
        for (j, _) in row.iter().enumerate().filter(|(_, &m)| m) {
            in_column[j] += 1;
        }
    }
    let mut out = Vec::new();
    for (i, row) in matches.iter().enumerate() {
        let mut js = row.iter().enumerate().filter(|(_, &m)| m).map(|(j, _)| j);
        if let (Some(j), None) = (js.next(), js.next()) {
            if in_column[j] == 1 {
                out.push((i, j));
            }
        }
    }
    out
}

/// Penalty a 1-1 unit must beat to be preferred over leaving both sentences unaligned.
const BIAS: f64 = 0.25;
/// Extra cost of a 1-2 or 2-1 unit.
const MERGE: f64 = 0.12;
/// Above this many DP cells, only a band around the chain of sure matches is searched.
const BAND_ABOVE: usize = 60_000;
/// How far the band reaches beyond the matches that bound it, in sentences.
const SLACK: usize = 25;
/// How far the band reaches, at most, on either side of the path through the chain of clear
/// matches (sentences): bounds the cost at O((n + m) · CORRIDOR) whatever the text, even
/// where no clear match bounds it (a text repeated many times has none: its keys recur too
/// often to be clear).
const CORRIDOR: usize = 150;

/// The cells searched by the alignment: for each DP row (zh position 0..=n), the en positions
/// `lo..=hi`.
struct Band {
    rows: Vec<(usize, usize)>,
    /// Where each row's cells start in the flat tables.
    starts: Vec<usize>,
    cells: usize,
}

impl Band {
    fn new(rows: Vec<(usize, usize)>) -> Self {
        let mut starts = Vec::with_capacity(rows.len());
        let mut cells = 0;
        for &(lo, hi) in &rows {
            starts.push(cells);
            cells += hi + 1 - lo;
        }
        Band { rows, starts, cells }
    }

    /// The flat index of cell (i, j), if it is in the band.
    fn at(&self, i: usize, j: usize) -> Option<usize> {
        let (lo, hi) = *self.rows.get(i)?;
        (lo <= j && j <= hi).then(|| self.starts[i] + j - lo)
    }
}

/// For each DP row (zh position 0..=n), the en positions searched: all of them for small
/// pairs; for long ones, the rectangle between the chain of clear matches before and after
/// the row (found by index, without comparing names), widened by [`SLACK`], and cut to a
/// corridor of [`CORRIDOR`] sentences either side of the path through the chain. A monotone
/// alignment through those matches stays inside, so the cost grows with the lengths, not
/// with their product. Consecutive rows always overlap, so a path from (0, 0) to (n, m)
/// exists.
fn band(table: &anchors::Table, n: usize, m: usize) -> Vec<(usize, usize)> {
    if (n + 1) * (m + 1) <= BAND_ABOVE {
        return vec![(0, m); n + 1];
    }
    let chain = clear_chain(table);
    // the path: (0, 0), the chain's points, (n, m)
    let mut path = vec![(0usize, 0usize)];
    path.extend(chain.iter().copied());
    path.push((n, m));
    let mut rows = Vec::with_capacity(n + 1);
    let mut seg = 0;
    // chain[..k]: the matches at or before row i (one pass over the chain, not a scan per row)
    let mut k = 0;
    for i in 0..=n {
        while seg + 2 < path.len() && path[seg + 1].0 <= i {
            seg += 1;
        }
        while k < chain.len() && chain[k].0 <= i {
            k += 1;
        }
        let ((ai, aj), (bi, bj)) = (path[seg], path[seg + 1]);
        let center = if bi > ai {
            aj + (i.min(bi) - ai) * (bj.saturating_sub(aj)) / (bi - ai)
        } else {
            bj
        };
        let before = k.checked_sub(1).map_or(0, |b| chain[b].1);
        // the first match at or after row i: the one on this row, else the next one
        let after = match k.checked_sub(1).map(|b| chain[b]) {
            Some((ci, cj)) if ci == i => cj,
            _ => chain.get(k).map_or(m, |&(_, cj)| cj),
        };
        let lo = before.saturating_sub(SLACK).max(center.saturating_sub(CORRIDOR));
        let hi = (after + SLACK).min(m).min(center + CORRIDOR).max(lo);
        rows.push((lo, hi));
    }
    // connected and monotone: each row starts no later than the previous one ends
    rows[0].0 = 0;
    rows[n].1 = m;
    for i in 1..=n {
        let (plo, phi) = rows[i - 1];
        let (lo, hi) = rows[i];
        let lo = lo.clamp(plo, phi);
        rows[i] = (lo, hi.max(phi).max(lo));
    }
    rows
}

/// The heaviest chain of clear matches increasing in both zh and en position, as DP
/// coordinates (after each sentence). A clear match: a zh sentence's best en sentence by the
/// cheap index, well ahead of its second best. O(p log m) for p matches.
fn clear_chain(table: &anchors::Table) -> Vec<(usize, usize)> {
    let mut points: Vec<(usize, usize, f64)> = Vec::new();
    for (i, row) in table.cheap_matches().into_iter().enumerate() {
        let mut row = row;
        row.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        match row[..] {
            [(j, w)] if w >= 2.0 => points.push((i, j, w)),
            [(j, w), (_, w2), ..] if w >= 2.0 && w >= 1.5 * w2 => points.push((i, j, w)),
            _ => {}
        }
    }
    // points come in increasing i, one per i: a max-Fenwick tree over j gives, for each point,
    // the best chain ending before it in both coordinates (ties: the earliest point)
    let width = points.iter().map(|p| p.1 + 1).max().unwrap_or(0);
    let mut tree: Vec<Option<(f64, usize)>> = vec![None; width + 1];
    let better = |a: (f64, usize), b: Option<(f64, usize)>| match b {
        None => true,
        Some(b) => a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)).is_gt(),
    };
    let mut best = vec![0.0f64; points.len()];
    let mut prev = vec![usize::MAX; points.len()];
    for (a, &(_, j, w)) in points.iter().enumerate() {
        // the best over en positions < j
        let mut q: Option<(f64, usize)> = None;
        let mut k = j;
        while k > 0 {
            if let Some(v) = tree[k] {
                if better(v, q) {
                    q = Some(v);
                }
            }
            k &= k - 1;
        }
        best[a] = w + q.map_or(0.0, |(b, _)| b);
        prev[a] = q.map_or(usize::MAX, |(_, b)| b);
        let mut k = j + 1;
        while k <= width {
            if better((best[a], a), tree[k]) {
                tree[k] = Some((best[a], a));
            }
            k += k & k.wrapping_neg();
        }
    }
    let mut chain = Vec::new();
    let mut at = (0..points.len()).max_by(|&a, &b| best[a].total_cmp(&best[b]).then(b.cmp(&a)));
    while let Some(a) = at {
        chain.push((points[a].0 + 1, points[a].1 + 1));
        at = (prev[a] != usize::MAX).then_some(prev[a]);
    }
    chain.reverse();
    chain
}

/// Align the sentences of a zh and an en document. Time and memory are O(cells of the band):
/// O((n + m) · [`CORRIDOR`]) for long pairs. Stops early, with the units found so far, when
/// the document's time budget runs out (see [`crate::budget`]).
pub fn align(zh: &Side, en: &Side) -> Alignment {
    let zs = zh.sentences();
    let es = en.sentences();
    let table = anchors::Table::new(zh, en, &zs, &es);
    let (n, m) = (zs.len(), es.len());
    let band = Band::new(band(&table, n, m));
    let Some(back) = best_steps(&table, &band, n) else {
        return Alignment::default();
    };
    let (mut units, mut held) = trace(&table, &band, &back, &zs, &es);
    let days = Stated::days_only(zh, en, (&zs, &es));
    for (u, h) in units.iter().zip(held.iter_mut()) {
        h.opening_day_slip = compare::holds_opening_day_slip(zh, en, u, &days);
    }
    mark_by_position(&mut units, &held);
    if units.first().is_some_and(|u| !u.parallel) {
        reordered::pair_left_out(&table, &mut units, &zs, &es);
    }
    let stated = Stated::new(zh, en, (&zs, &es), &table, &units, days);
    Alignment { units, stated }
}

/// The DP over the band: for each cell, the step (zh sentences, en sentences) of the best
/// path into it; `None` when the document's time budget ran out.
fn best_steps(table: &anchors::Table, band: &Band, n: usize) -> Option<Vec<(u8, u8)>> {
    const NEG: f64 = f64::NEG_INFINITY;
    let mut best = vec![NEG; band.cells];
    let mut back = vec![(0u8, 0u8); band.cells];
    best[0] = 0.0;
    for i in 0..=n {
        if i % 64 == 0 && crate::budget::expired() {
            return None;
        }
        let (lo, hi) = band.rows[i];
        for j in lo..=hi {
            if (i, j) == (0, 0) {
                continue;
            }
            let here = band.starts[i] + j - lo;
            let mut cand = |di: usize, dj: usize, gain: f64| {
                if i < di || j < dj {
                    return;
                }
                if let Some(from) = band.at(i - di, j - dj) {
                    if best[from] > NEG {
                        let v = best[from] + gain;
                        if v > best[here] {
                            best[here] = v;
                            back[here] = (di as u8, dj as u8);
                        }
                    }
                }
            };
            if i >= 1 && j >= 1 {
                cand(1, 1, table.score(&[i - 1], &[j - 1]) - BIAS);
            }
            if i >= 2 && j >= 1 {
                cand(2, 1, table.score(&[i - 2, i - 1], &[j - 1]) - BIAS - MERGE);
            }
            if i >= 1 && j >= 2 {
                cand(1, 2, table.score(&[i - 1], &[j - 2, j - 1]) - BIAS - MERGE);
            }
            cand(1, 0, 0.0);
            cand(0, 1, 0.0);
        }
    }
    Some(back)
}

/// The units of the best path, in order, whether each holds a fact the other side states near
/// (one slip away, in the same role, the one date of each sentence; or the one name left on
/// each side of sentences most of whose words translate each other,
/// [`anchors::Table::one_name_left_each`]), and whether each holds a full date whose day alone
/// differs, or whose year alone slipped ([`Held`]).
fn trace(table: &anchors::Table, band: &Band, back: &[(u8, u8)], zs: &[usize], es: &[usize]) -> (Vec<Unit>, Vec<Held>) {
    let mut units = Vec::new();
    let mut held = Vec::new();
    let (mut i, mut j) = (zs.len(), es.len());
    while i > 0 || j > 0 {
        let (di, dj) = band.at(i, j).map_or((0, 0), |k| back[k]);
        let (di, dj) = (di as usize, dj as usize);
        if di == 0 && dj == 0 {
            break;
        }
        let zi: Vec<usize> = (i - di..i).collect();
        let ej: Vec<usize> = (j - dj..j).collect();
        let (score, anchors, lexical) = if di > 0 && dj > 0 {
            (table.score(&zi, &ej), table.anchors(&zi, &ej), table.lexical(&zi, &ej))
        } else {
            (0.0, Vec::new(), 0.0)
        };
        let unit = Unit {
            zh: zi.iter().map(|&k| zs[k]).collect(),
            en: ej.iter().map(|&k| es[k]).collect(),
            score,
            anchors,
            lexical,
            by_position: false,
            parallel: false,
            out_of_order: false,
        };
        let any = |pred: &dyn Fn(usize, usize) -> bool| zi.iter().any(|&a| ej.iter().any(|&b| pred(a, b)));
        let (zh, en) = table.sides();
        // (or, in sentences most of whose words translate each other, with the score an anchor
        // besides would need, the one name left on each side, one naming an entity of the other
        // article: a name stated near)
        held.push(Held {
            near: any(&|a, b| table.near(a, b) > 0.0)
                || matches!((&zi[..], &ej[..]), ([a], [b]) if table.one_date_each(*a, *b))
                || matches!((&zi[..], &ej[..]), ([a], [b]) if lexical >= WORDS_WITH_NEAR && score >= SURE_WITH_NEAR && table.one_name_left_each(*a, *b)),
            day_slip: any(&|a, b| table.day_slip(a, b)),
            // (set after the trace, with the days the other article states elsewhere)
            opening_day_slip: false,
            year_slip: !zi.is_empty() && !ej.is_empty() && compare::holds_one_day_of_the_year(zh, en, &unit),
        });
        units.push(unit);
        i -= di;
        j -= dj;
    }
    units.reverse();
    held.reverse();
    (units, held)
}

/// What a unit of the best path holds besides its score and anchors ([`trace`]).
#[derive(Clone, Copy, Default)]
struct Held {
    /// A fact the other side states near.
    near: bool,
    /// A full date whose day alone differs ([`anchors::Table::day_slip`]).
    day_slip: bool,
    /// The same, the two dates opening their sentences of running prose, neither day stated
    /// elsewhere by the other article ([`compare::holds_opening_day_slip`]).
    opening_day_slip: bool,
    /// A full date whose year alone slipped, in running prose, no anniversary's, the unit's
    /// numbers not disagreeing ([`compare::holds_one_day_of_the_year`]).
    year_slip: bool,
}

/// Mark the units that position vouches for (`Unit::by_position`) and whether the texts run
/// in parallel (`Unit::parallel`).
fn mark_by_position(units: &mut [Unit], held: &[Held]) {
    let sure: Vec<bool> = units.iter().map(Unit::rests_on_anchors).collect();
    // Position is evidence only where the two texts run in parallel (a translation): most
    // units pair sentences. Independently written articles pair few (measured: translated
    // xquad articles 0.45–0.9 of units, comparable wikipairs articles at most 0.30).
    let paired = units.iter().filter(|u| !u.zh.is_empty() && !u.en.is_empty()).count();
    let parallel = paired as f64 >= PARALLEL * units.len() as f64;
    // a run of one-to-one units with fair scores, each sentence against one sentence, between
    // two sure units: a translation goes sentence by sentence there too
    let one_to_one = |u: &Unit| u.zh.len() == 1 && u.en.len() == 1 && u.score >= SURE_BY_POSITION;
    let mut in_run = vec![false; units.len()];
    let mut k = 0;
    while k < units.len() {
        if sure[k] || !one_to_one(&units[k]) {
            k += 1;
            continue;
        }
        let start = k;
        while k < units.len() && !sure[k] && one_to_one(&units[k]) {
            k += 1;
        }
        let bounded = (start == 0 || sure[start - 1]) && (k == units.len() || sure[k]);
        in_run[start..k].iter_mut().for_each(|r| *r = bounded);
    }
    for k in 0..units.len() {
        let before = k == 0 || sure[k - 1];
        let after = k + 1 == units.len() || sure[k + 1];
        let u = &mut units[k];
        u.parallel = parallel;
        // in a translation: one sentence against one that translates it for 30 % of its
        // words ([`WORDS_IN_A_TRANSLATION`]), whatever its score and its neighbours; or, at
        // SURE_BY_POSITION, between two sure units (or in a run of one-to-one units between
        // them), or holding a fact the other side states one slip away; in texts written
        // independently: holding such a fact, with half their words translating each other, or
        // with an anchor besides and a score of SURE_WITH_NEAR, or with the score of a sure
        // unit (the fact stated near stands for the anchor it was before it changed: 1962年
        // changed to 1960, each the year something was founded, in sentences that share 40 %
        // of their words); or a full date whose day alone differs
        // ([`anchors::Table::day_slip`]), a score of SURE_WITH_NEAR and the share of words a
        // slip needs ([`compare::WORDS_FOR_SLIPS`]); or a full date of one month and day
        // whose year alone slipped ([`compare::holds_one_day_of_the_year`]) and a score of
        // SURE_WITH_NEAR (the day and the month, one day of the year's 365, say more than words);
        // or, in texts written independently, two full dates of one month whose day alone
        // differs, each opening its sentence of running prose, neither day stated elsewhere by
        // the other article ([`compare::holds_opening_day_slip`]), a score of SURE_WITH_NEAR and
        // a tenth of the words ([`compare::WORDS_FOR_OPENING_DAYS`])
        let Held {
            near,
            day_slip,
            opening_day_slip,
            year_slip,
        } = held[k];
        u.by_position = !sure[k]
            && (parallel && one_against_one_translating(u)
                || u.score >= SURE_BY_POSITION
                    && (parallel && (before && after || in_run[k] || near)
                        || near
                            && (u.lexical >= WORDS_BY_POSITION
                                || !u.anchors.is_empty() && u.score >= SURE_WITH_NEAR
                                || u.score >= SURE)
                        || day_slip && u.score >= SURE_WITH_NEAR && u.lexical >= compare::WORDS_FOR_SLIPS
                        || !parallel
                            && opening_day_slip
                            && u.score >= SURE_WITH_NEAR
                            && u.lexical >= compare::WORDS_FOR_OPENING_DAYS
                        || year_slip && u.score >= SURE_WITH_NEAR));
    }
}

/// A short account of why a unit's sentences are believed to correspond, for notes.
pub fn why(zh: &Side, en: &Side, unit: &Unit, stated: &Stated) -> String {
    let shared: Vec<String> = unit
        .anchors
        .iter()
        .filter_map(|a| Some(format!("{} = {}", zh.facts[a.zh?].text, en.facts[a.en?].text)))
        .take(4)
        .collect();
    if unit.by_position
        && !unit.rests_on_anchors()
        && !unit.parallel
        && compare::holds_one_day_of_the_year(zh, en, unit)
    {
        return format!(
            "compared because these sentences correspond (alignment score {:.2}): each states a date of one day of the year, the years a slip apart, and {:.0} % of their words translate each other",
            unit.score,
            100.0 * unit.lexical
        );
    }
    // (made sure by two dates that open their sentences, nothing shared besides and under the
    // words a slip needs: what vouches for the unit is the two days)
    if unit.by_position
        && !unit.rests_on_anchors()
        && !unit.parallel
        && shared.is_empty()
        && unit.lexical < compare::WORDS_FOR_SLIPS
        && compare::holds_opening_day_slip(zh, en, unit, stated)
    {
        return format!(
            "compared because these sentences correspond (alignment score {:.2}): each opens with a date of the same month and year, the days a slip apart, and {:.0} % of their words translate each other",
            unit.score,
            100.0 * unit.lexical
        );
    }
    if unit.by_position && !unit.rests_on_anchors() && !unit.parallel {
        // (sure by an anchor besides and a fact of the same kind: the anchor is named)
        let (how, anchors) = match shared.is_empty() {
            true => (" by their words", String::new()),
            false => ("", format!("both state {}; ", shared.join(", "))),
        };
        return format!(
            "compared because these sentences correspond{how} (alignment score {:.2}): {anchors}{:.0} % of their words translate each other, and each states a fact of the same kind",
            unit.score,
            100.0 * unit.lexical
        );
    }
    // (in a translation, one sentence against one that translates it for 30 % of its words:
    // the texts run in parallel whenever a unit is vouched for by position, as the arm above
    // returns otherwise)
    if unit.by_position && !unit.rests_on_anchors() && one_against_one_translating(unit) {
        return format!(
            "compared because these sentences correspond by position (alignment score {:.2}): the texts run in parallel, and {:.0} % of their words translate each other",
            unit.score,
            100.0 * unit.lexical
        );
    }
    if unit.by_position && !unit.rests_on_anchors() {
        return format!(
            "compared because these sentences correspond by position (alignment score {:.2}): the sentences before and after them correspond, and their lengths match",
            unit.score
        );
    }
    let words = format!("{:.0} % of their words translate each other", 100.0 * unit.lexical);
    // (a pair out of order: the sections of the two articles stand in different orders)
    let order = if unit.out_of_order { ", out of order" } else { "" };
    let evidence = match (shared.is_empty(), unit.anchors.is_empty()) {
        (false, _) => format!("both state {}; {words}", shared.join(", ")),
        (true, false) => format!("both state the same Latin names; {words}"),
        (true, true) => words,
    };
    format!(
        "compared because these sentences correspond{order} (alignment score {:.2}): {evidence}",
        unit.score
    )
}

#[cfg(test)]
mod position_tests {
    use super::*;

    fn unit(score: f64, lexical: f64) -> Unit {
        test_support::unit(vec![0], vec![0], score, lexical)
    }

    /// Whether a unit of `score` and `lexical` holding `held`, between two units of one side
    /// (few units pair sentences, so the texts do not run in parallel), is vouched for by
    /// position; and whether it is without `held`.
    fn vouched_between_lone_units(held: Held, score: f64, lexical: f64) -> (bool, bool) {
        let lone = Unit {
            en: Vec::new(),
            ..unit(0.0, 0.0)
        };
        let mut with = vec![lone.clone(), unit(score, lexical), lone.clone()];
        mark_by_position(&mut with, &[Held::default(), held, Held::default()]);
        assert!(!with[1].parallel);
        let mut without = vec![lone.clone(), unit(score, lexical), lone];
        mark_by_position(&mut without, &[Held::default(); 3]);
        (with[1].by_position, without[1].by_position)
    }

    /// In texts written independently, a unit holding a full date whose year alone slipped is
    /// vouched for at SURE_WITH_NEAR, whatever its words; under it, not.
    #[test]
    fn a_year_slip_of_one_day_vouches_at_a_fair_score() {
        let held = Held {
            year_slip: true,
            ..Held::default()
        };
        for (score, vouched) in [(0.36, true), (0.34, false)] {
            assert_eq!(
                vouched_between_lone_units(held, score, 0.1),
                (vouched, false),
                "{score}"
            );
        }
    }

    /// Two dates of one month that open their sentences vouch for a unit of texts written
    /// independently at a score of 0.35 and a tenth of its words, not below either, and not in
    /// a translation (where position vouches otherwise).
    #[test]
    fn two_opening_days_vouch_at_a_fair_score_and_a_tenth_of_the_words() {
        let held = Held {
            opening_day_slip: true,
            ..Held::default()
        };
        for (score, lexical, vouched) in [(0.36, 0.17, true), (0.34, 0.17, false), (0.36, 0.08, false)] {
            let found = vouched_between_lone_units(held, score, lexical);
            assert_eq!(found, (vouched, false), "{score} {lexical}");
        }
        // in a translation (every unit pairs sentences), between two units that are not sure,
        // the arm does not apply
        let mut units = vec![unit(0.2, 0.1), unit(0.36, 0.17), unit(0.2, 0.1)];
        mark_by_position(&mut units, &[Held::default(), held, Held::default()]);
        assert!(units[1].parallel && !units[1].by_position);
    }

    #[test]
    fn a_translated_sentence_pair_is_vouched_for_whatever_its_neighbours() {
        // a sure unit (resting on its words), then one that lost its one anchor but still
        // translates for most of its words, then one that is not sure
        let mut units = vec![unit(0.8, 0.9), unit(0.38, 0.84), unit(0.2, 0.1)];
        mark_by_position(&mut units, &[Held::default(); 3]);
        assert!(units[0].parallel);
        assert!(units[1].by_position && units[1].is_sure());
        // at 30 % of its words, whatever its score (the score lost the changed fact's
        // weight)
        let mut units = vec![unit(0.8, 0.9), unit(0.25, 0.35), unit(0.2, 0.1)];
        mark_by_position(&mut units, &[Held::default(); 3]);
        assert!(units[1].by_position && units[1].is_sure());
        // under 30 % of its words: not vouched for (its neighbour after it is not sure),
        // nor in texts written independently (few units pair sentences)
        let mut units = vec![unit(0.8, 0.9), unit(0.38, 0.25), unit(0.2, 0.1)];
        mark_by_position(&mut units, &[Held::default(); 3]);
        assert!(!units[1].by_position);
        // nor two sentences against one at a low score, whatever their words
        let two = Unit {
            zh: vec![0, 1],
            ..unit(0.2, 0.6)
        };
        let mut units = vec![unit(0.8, 0.9), two, unit(0.2, 0.1)];
        mark_by_position(&mut units, &[Held::default(); 3]);
        assert!(!units[1].by_position);
        let lone = |zh: bool| Unit {
            zh: if zh { vec![0] } else { Vec::new() },
            en: if zh { Vec::new() } else { vec![0] },
            ..unit(0.0, 0.0)
        };
        let mut units = vec![
            unit(0.8, 0.9),
            unit(0.38, 0.84),
            lone(true),
            lone(false),
            lone(true),
            lone(false),
        ];
        mark_by_position(&mut units, &[Held::default(); 6]);
        assert!(!units[1].parallel && !units[1].by_position);
    }
}
