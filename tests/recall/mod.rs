//! The mutation benchmark: change one fact that both sides of a real zh/en pair state, on one
//! side, and see whether parallax reports the disagreement.
//!
//! Shared by the recall test (`tests/it/recall.rs`, floors) and the recall bench
//! (`benches/recall.rs`, prints recall per kind). The pairs are real text the project never
//! wrote: translated paragraph pairs (`tests/corpus/xquad`) and comparable articles written
//! independently (`tests/corpus/wikipairs`).
//!
//! A fact counts only when the other side states it: it is one end of an anchor (equal
//! values) of a unit the clean alignment is sure of. The forms vary as the text does: full
//! dates, years in ranges and parentheses, years after "in", percentages, separators, scale
//! words, units, money, and names. Each change is checked by reading the changed text again:
//! the changed spot must still read as a fact of the same kind (and, for dates, the same
//! precision), with a value that no fact of the unit states.

#![allow(dead_code)]

pub mod claims;

use parallax::align::{align, dates_agree, numbers_agree, same_value_across_kinds, AnchorKind, Side, SURE_BY_WORDS};
use parallax::diagnostic::Diagnostic;
use parallax::engine::{check_sources, load_rules, Options};
use parallax::facts::{extract, Fact, FactKind, FactValue};
use parallax::parse::parse;
use parallax::source::SourceFile;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// What a mutation changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// The day of a full date, shifted by 1 to 3.
    Day,
    /// A year (of any date form), changed by 1 to 20.
    Year,
    /// One digit of a number.
    Number,
    /// A name cut down to its first part, or swapped for another name of the same article.
    Name,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Day, Kind::Year, Kind::Number, Kind::Name];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Day => "date (day)",
            Kind::Year => "date (year)",
            Kind::Number => "number",
            Kind::Name => "name",
        }
    }

    /// The rules whose findings report a change of this kind: `name-mismatch` reports a name
    /// cut or swapped; a place or organisation swapped for another of the article, in a
    /// translation, is also `entity-mismatch`'s.
    pub fn rules(self) -> &'static [&'static str] {
        match self {
            Kind::Day | Kind::Year => &["date-mismatch"],
            Kind::Number => &["number-mismatch"],
            Kind::Name => &["name-mismatch", "entity-mismatch"],
        }
    }

    fn fact_kind(self) -> FactKind {
        match self {
            Kind::Day | Kind::Year => FactKind::Date,
            Kind::Number => FactKind::Number,
            Kind::Name => FactKind::Name,
        }
    }
}

/// A zh/en pair of texts, with file names that keep their formats.
pub struct Pair {
    pub name: String,
    pub zh: SourceFile,
    pub en: SourceFile,
}

/// One changed fact.
pub struct Case {
    pub kind: Kind,
    pub on_zh: bool,
    /// The changed side's new text.
    pub text: String,
    /// The changed bytes, in the new text.
    pub at: Range<usize>,
    /// `2005年9月19日 → 2005年9月21日`, for reports of misses.
    pub change: String,
    /// In the clean alignment, the sentences hold together without the changed fact: they run
    /// in parallel, translate each other for half their words or share another anchor (a fact
    /// other than the changed one on either side, a second mention of its value included, or a
    /// Latin word; not a word of the article's subject). When not, the change leaves nothing
    /// on the surface that ties the two sentences together.
    pub linked_otherwise: bool,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn file(name: &str, text: String) -> SourceFile {
    SourceFile {
        name: name.into(),
        text,
    }
}

/// The translated pairs: each xquad article's paragraphs, as one zh and one en text.
pub fn xquad() -> Vec<Pair> {
    let text = std::fs::read_to_string(root().join("xquad/xquad_paragraph_pairs.jsonl")).expect("xquad corpus");
    let mut by: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let e = by
            .entry(v["article"].as_str().unwrap_or_default().to_string())
            .or_default();
        e.0.push(v["zh"].as_str().unwrap_or_default().to_string());
        e.1.push(v["en"].as_str().unwrap_or_default().to_string());
    }
    by.into_iter()
        .map(|(name, (zh, en))| Pair {
            name,
            zh: file("zh.txt", zh.join("\n\n") + "\n"),
            en: file("en.txt", en.join("\n\n") + "\n"),
        })
        .collect()
}

/// The comparable pairs: articles on one subject written independently in each language.
pub fn wikipairs() -> Vec<Pair> {
    let dir = root().join("wikipairs");
    let manifest = std::fs::read_to_string(dir.join("manifest.jsonl")).expect("wikipairs manifest");
    manifest
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let read = |k: &str| {
                let rel = v[k].as_str().unwrap_or_default();
                (
                    rel.to_string(),
                    std::fs::read_to_string(dir.join(rel)).expect("a wikipairs file"),
                )
            };
            let ((zn, zt), (en, et)) = (read("zh_file"), read("en_file"));
            Pair {
                name: v["pair"].as_str().unwrap_or_default().to_string(),
                zh: file(&zn, zt),
                en: file(&en, et),
            }
        })
        .collect()
}

/// A small deterministic sequence (no dependency on a random-number crate).
struct Seq(u64);

impl Seq {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// The runs of ASCII digits inside `span` (byte ranges of `text`).
fn digit_runs(text: &str, span: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[span.clone()].char_indices() {
        let i = span.start + i;
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..span.end);
    }
    out
}

fn replace(text: &str, at: &Range<usize>, new: &str) -> (String, Range<usize>) {
    let out = format!("{}{new}{}", &text[..at.start], &text[at.end..]);
    (out, at.start..at.start + new.len())
}

/// Candidate changes of one fact (the first that reads back well is taken).
fn candidates(
    kind: Kind,
    text: &str,
    fact: &Fact,
    counterpart: &Fact,
    on_zh: bool,
    names: &[&Fact],
    seq: &mut Seq,
) -> Vec<(String, Range<usize>)> {
    let runs = digit_runs(text, &fact.span);
    let mut out = Vec::new();
    match (kind, &fact.value) {
        (Kind::Day, FactValue::Date(d)) if d.start.day.is_some() && d.end.is_none() => {
            let day = d.start.day.unwrap_or(0) as i64;
            for r in runs
                .iter()
                .filter(|r| r.len() <= 2 && text[(*r).clone()].parse() == Ok(day))
            {
                for delta in [[1, -2, 3], [-1, 2, -3]][seq.next(2)] {
                    let new = day + delta;
                    if (1..=28).contains(&new) {
                        out.push(replace(text, r, &new.to_string()));
                    }
                }
            }
        }
        (Kind::Year, FactValue::Date(_)) => {
            for r in runs.iter().filter(|r| r.len() == 4) {
                let year: i64 = text[r.clone()].parse().unwrap_or(0);
                let deltas = [1, -2, 3, 5, -7, 11, -13, 20];
                let first = seq.next(deltas.len());
                for k in 0..deltas.len() {
                    let new = year + deltas[(first + k) % deltas.len()];
                    if (1000..=2099).contains(&new) && new <= 2025 {
                        out.push(replace(text, r, &new.to_string()));
                    }
                }
            }
        }
        (Kind::Number, FactValue::Number { .. }) => {
            for r in &runs {
                let digits: Vec<u8> = text[r.clone()].bytes().collect();
                let pos = seq.next(digits.len());
                for k in 1..10u8 {
                    let mut d = digits.clone();
                    d[pos] = b'0' + (d[pos] - b'0' + k) % 10;
                    if d.len() > 1 && d[0] == b'0' {
                        continue;
                    }
                    out.push(replace(text, r, std::str::from_utf8(&d).unwrap_or("0")));
                }
            }
        }
        (Kind::Name, FactValue::Name { key, .. }) => {
            let span = &fact.span;
            let piece = &text[span.clone()];
            // cut to the first part: 谢尔盖·巴加普什 → 谢尔盖, Sergei Bagapsh → Sergei
            let cut = piece.split(['·', '•', '・', ' ']).next().unwrap_or("");
            // (not where the other side names only that first part: 爱德华 against `Edward
            // Said` cut to `Edward` makes the two agree)
            // (and only a person's name: `Songjiang District` cut to `Songjiang` still names the
            // district, `Mount Tai` cut to `Mount` or `The Mongol Empire` to `The` names nothing)
            let (zh, en) = if on_zh {
                (fact, counterpart)
            } else {
                (counterpart, fact)
            };
            let cut = if cut.is_empty()
                || cut.len() == piece.len()
                || !persons_name(&zh.text, &en.text)
                || says_only(counterpart, cut, piece, on_zh)
            {
                ""
            } else {
                cut
            };
            if !cut.is_empty() && seq.next(2) == 0 {
                out.push(replace(text, span, cut));
            }
            // another name of the same article
            let others: Vec<&&Fact> = names
                .iter()
                .filter(|n| matches!(&n.value, FactValue::Name { key: k, .. } if k != key && !k.contains(key.as_str()) && !key.contains(k.as_str())))
                .collect();
            if !others.is_empty() {
                let other = others[seq.next(others.len())];
                out.push(replace(text, span, &other.text));
            }
            if !cut.is_empty() {
                out.push(replace(text, span, cut));
            }
        }
        _ => {}
    }
    out
}

/// Whether a name stated on both sides (`zh`, `en`) is a person's, to be cut to its first part:
/// the Chinese of several parts (a foreign person's, joined by an interpunct) or one the
/// lexicon glosses as a Chinese person's ([`reads_as_a_name`](parallax::facts::native_name::reads_as_a_name):
/// 李大钊, 王励勤); else an English name that is no place or organisation the lexicon knows
/// (`Ann Arbor`), holds no `of` (`Treaty of Rome`), opens with no word that is no given name
/// (`Mount Tai`, `The Mongol Empire`, `Downtown Fresno`; `Van der Waals`, cut to `Van`, names
/// nothing) and, unless it opens with a given name (`Stuart Hall`, `Alonzo Church`), ends with
/// no word that makes it a place or institution (`Songjiang District`, `South Kensington
/// Museum`).
fn persons_name(zh: &str, en: &str) -> bool {
    const NO_GIVEN_NAME: &[&str] = &[
        "the",
        "van",
        "von",
        "de",
        "der",
        "di",
        "da",
        "du",
        "le",
        "la",
        "al",
        "el",
        "mount",
        "lake",
        "saint",
        "st",
        "north",
        "south",
        "east",
        "west",
        "upper",
        "lower",
        "new",
        "great",
        "downtown",
        "treaty",
        "university",
    ];
    const HEADS: &[&str] = &[
        "district",
        "museum",
        "street",
        "road",
        "avenue",
        "ave",
        "park",
        "house",
        "university",
        "college",
        "school",
        "institute",
        "empire",
        "dynasty",
        "kingdom",
        "republic",
        "treaty",
        "river",
        "lake",
        "mountain",
        "island",
        "sea",
        "plate",
        "prize",
        "foundation",
        "party",
        "city",
        "county",
        "province",
        "state",
        "church",
        "hall",
        "square",
        "bridge",
        "station",
        "company",
        "war",
        "act",
    ];
    if zh.contains(['·', '•', '・']) || parallax::facts::native_name::reads_as_a_name(zh) {
        return true;
    }
    let lower = en.to_lowercase();
    let words: Vec<&str> = lower.split(' ').collect();
    let opens_with_a_given_name = words
        .first()
        .is_some_and(|w| parallax::lang::given_names::is_given_name(w));
    parallax::align::entities::zh_places(&lower).is_empty()
        && !words.contains(&"of")
        && !words.first().is_some_and(|w| NO_GIVEN_NAME.contains(w))
        && (!words.last().is_some_and(|w| HEADS.contains(w)) || opens_with_a_given_name)
}

/// Whether the other side names only `cut`, the first part of `whole`: its name is of one
/// part (one English word, or a Chinese name without an interpunct), renders `cut` as a match
/// ([`MATCH_THRESHOLD`]) and at least as well as `whole`. Cutting `whole` then makes the two
/// sides agree. (`name_similarity` scores a name of one part against the best word of the
/// other, so 谢尔盖 renders `Sergei Bagapsh` as well as the whole 谢尔盖·巴加普什 does: the
/// parts are counted first.)
fn says_only(counterpart: &Fact, cut: &str, whole: &str, on_zh: bool) -> bool {
    use parallax::facts::name_match::{en_tokens, zh_parts};
    use parallax::facts::translit::{name_similarity, MATCH_THRESHOLD};
    let (a, b) = if on_zh {
        if en_tokens(&counterpart.text).len() != 1 {
            return false;
        }
        (
            name_similarity(cut, &counterpart.text),
            name_similarity(whole, &counterpart.text),
        )
    } else {
        if zh_parts(&counterpart.text).len() != 1 {
            return false;
        }
        (
            name_similarity(&counterpart.text, cut),
            name_similarity(&counterpart.text, whole),
        )
    };
    a >= MATCH_THRESHOLD && a >= b
}

/// Does the changed text read back as a fact of the same kind at the changed spot, with a
/// value none of `stated` has?
fn reads_back(name: &str, text: &str, kind: Kind, original: &Fact, at: &Range<usize>, stated: &[&Fact]) -> bool {
    let f = file(name, text.to_string());
    let doc = parse(&f, None);
    extract(&doc, &f.text).iter().any(|g| {
        g.kind == original.kind
            && g.span.start <= at.start
            && at.end <= g.span.end
            && g.value != original.value
            && match (&g.value, &original.value) {
                (FactValue::Date(a), FactValue::Date(b)) => a.precision == b.precision,
                (FactValue::Name { key: a, .. }, FactValue::Name { key: b, .. }) => a != b,
                _ => true,
            }
            && (kind == Kind::Name
                || !stated.iter().any(|s| {
                    dates_agree(g, s)
                        || numbers_agree(g, s)
                        || same_value_across_kinds(g, s)
                        || parallax::align::rounds_alike(g, s)
                }))
    })
}

/// Up to `per_kind` changes of each kind for one pair, alternating sides.
pub fn cases(pair: &Pair, per_kind: usize) -> Vec<Case> {
    let (zd, ed) = (parse(&pair.zh, None), parse(&pair.en, None));
    let (zf, ef) = (extract(&zd, &pair.zh.text), extract(&ed, &pair.en.text));
    let zside = Side {
        file: 0,
        source: &pair.zh,
        doc: &zd,
        facts: &zf,
    };
    let eside = Side {
        file: 1,
        source: &pair.en,
        doc: &ed,
        facts: &ef,
    };
    let alignment = align(&zside, &eside);
    let mut seq = Seq(parallax::stable_hash(pair.name.as_bytes()));
    // names to swap in: names the other side states too (real people and places of the
    // article, not words the name reader took for names)
    let anchored = |zh_side: bool| -> Vec<Fact> {
        let mut out: Vec<Fact> = Vec::new();
        for a in alignment.units.iter().flat_map(|u| u.anchors.iter()) {
            let (Some(z), Some(e)) = (a.zh, a.en) else { continue };
            let f = if zh_side { &zf[z] } else { &ef[e] };
            if f.kind == FactKind::Name && !out.iter().any(|o| o.text == f.text) {
                out.push(f.clone());
            }
        }
        out
    };
    let (znames, enames) = (anchored(true), anchored(false));
    let mut out = Vec::new();
    for kind in Kind::ALL {
        let mut n = 0;
        let mut side_zh = seq.next(2) == 0;
        'units: for unit in alignment.units.iter().filter(|u| u.is_sure()) {
            for a in &unit.anchors {
                if n == per_kind {
                    break 'units;
                }
                let (Some(zi), Some(ei)) = (a.zh, a.en) else { continue };
                let (z, e) = (&zf[zi], &ef[ei]);
                if z.kind != kind.fact_kind() || e.kind != kind.fact_kind() {
                    continue;
                }
                let stated: Vec<&Fact> = zf
                    .iter()
                    .filter(|f| unit.zh.contains(&f.sentence))
                    .chain(ef.iter().filter(|f| unit.en.contains(&f.sentence)))
                    .collect();
                let (src, fact, counterpart, all_names) = if side_zh {
                    (&pair.zh, z, e, &znames)
                } else {
                    (&pair.en, e, z, &enames)
                };
                let others: Vec<&Fact> = all_names.iter().collect();
                let found = candidates(kind, &src.text, fact, counterpart, side_zh, &others, &mut seq)
                    .into_iter()
                    .find(|(text, at)| reads_back(&src.name, text, kind, fact, at, &stated));
                if let Some((text, at)) = found {
                    let change = format!("{} → …{}…", fact.text, &text[at.clone()]);
                    let linked_otherwise = unit.parallel
                        || unit.lexical >= SURE_BY_WORDS
                        || unit
                            .anchors
                            .iter()
                            .any(|b| b.kind != AnchorKind::Topic && b.zh != Some(zi) && b.en != Some(ei));
                    out.push(Case {
                        kind,
                        on_zh: side_zh,
                        text,
                        at,
                        change: change.replace('\n', " "),
                        linked_otherwise,
                    });
                    n += 1;
                    side_zh = !side_zh;
                }
            }
        }
    }
    out
}

/// The cross-language findings for a pair (zh is file 0, en file 1).
pub fn check(zh: &SourceFile, en: &SourceFile, rules: &[&str]) -> Vec<Diagnostic> {
    let files = vec![zh.clone(), en.clone()];
    let opts = Options {
        select: rules.iter().map(|r| r.to_string()).collect(),
        pairs: vec![(zh.name.clone().into(), en.name.clone().into())],
        ..Options::default()
    };
    let (rules, _) = load_rules(&opts);
    check_sources(&files, &opts, &rules)
}

/// Is the change reported: a finding of one of the kind's rules whose span or label covers
/// the changed bytes on the changed side?
pub fn caught(pair: &Pair, case: &Case) -> bool {
    reported(pair, case.on_zh, &case.text, &case.at, case.kind.rules())
}

/// Is a change of one side (its new text, the changed bytes) reported by one of `rules`, with
/// a finding whose span or label covers the changed bytes on that side?
pub fn reported(pair: &Pair, on_zh: bool, text: &str, at: &Range<usize>, rules: &[&str]) -> bool {
    let mut changed = if on_zh { pair.zh.clone() } else { pair.en.clone() };
    changed.text = text.to_string();
    let diags = if on_zh {
        check(&changed, &pair.en, rules)
    } else {
        check(&pair.zh, &changed, rules)
    };
    let file = usize::from(!on_zh);
    let covers = |f: usize, s: &Range<usize>| f == file && s.start < at.end.max(at.start + 1) && at.start < s.end;
    diags
        .iter()
        .any(|d| covers(d.file, &d.span) || d.labels.iter().any(|l| covers(l.file, &l.span)))
}

/// Recall per kind: (caught, tried), and the misses.
#[derive(Default)]
pub struct Tally {
    pub counts: BTreeMap<Kind, (usize, usize)>,
    /// The same, for the changes whose sentences nothing but the changed fact tied together
    /// ([`Case::linked_otherwise`]).
    pub only_linked_by_the_change: BTreeMap<Kind, (usize, usize)>,
    pub missed: Vec<String>,
}

impl Tally {
    pub fn rate(&self, kind: Kind) -> f64 {
        let (c, t) = self.counts.get(&kind).copied().unwrap_or((0, 0));
        c as f64 / t.max(1) as f64
    }

    pub fn tried(&self, kind: Kind) -> usize {
        self.counts.get(&kind).map_or(0, |c| c.1)
    }

    pub fn table(&self, corpus: &str) -> String {
        let mut s = String::new();
        for k in Kind::ALL {
            let (c, t) = self.counts.get(&k).copied().unwrap_or((0, 0));
            s.push_str(&format!(
                "{corpus:10} {:12} {c:4} of {t:4}  {:5.1} %\n",
                k.name(),
                100.0 * self.rate(k)
            ));
        }
        s
    }

    /// How many changes left nothing but the changed fact to tie their sentences together,
    /// how many of those were caught, and the recall over the others.
    pub fn reach(&self, corpus: &str) -> String {
        let mut s = String::new();
        for k in Kind::ALL {
            let (c, t) = self.counts.get(&k).copied().unwrap_or((0, 0));
            let (oc, ot) = self.only_linked_by_the_change.get(&k).copied().unwrap_or((0, 0));
            s.push_str(&format!(
                "{corpus:10} {:12} tied only by the changed fact: {ot:4} of {t:4} (caught {oc}); the others: {:4} of {:4}  {:5.1} %\n",
                k.name(),
                c - oc,
                t - ot,
                100.0 * (c - oc) as f64 / (t - ot).max(1) as f64
            ));
        }
        s
    }
}

/// Change up to `per_kind` facts of each kind in each pair and count what is reported.
pub fn measure(pairs: &[Pair], per_kind: usize) -> Tally {
    let mut t = Tally::default();
    // `RECALL_KIND=name` (or `number`, `date (year)`): measure one kind only, to trace it
    let only = std::env::var("RECALL_KIND").ok();
    for pair in pairs {
        for case in cases(pair, per_kind) {
            if only.as_deref().is_some_and(|k| k != case.kind.name()) {
                continue;
            }
            let hit = caught(pair, &case);
            if !case.linked_otherwise {
                let o = t.only_linked_by_the_change.entry(case.kind).or_default();
                o.1 += 1;
                o.0 += usize::from(hit);
            }
            let e = t.counts.entry(case.kind).or_default();
            e.1 += 1;
            if hit {
                e.0 += 1;
                // `RECALL_HITS=1`: list what was caught too (to pick cases for tests)
                if std::env::var_os("RECALL_HITS").is_some() {
                    eprintln!(
                        "  caught: {} ({}, {}): {}",
                        pair.name,
                        if case.on_zh { "zh" } else { "en" },
                        case.kind.name(),
                        case.change
                    );
                }
            } else {
                t.missed.push(format!(
                    "{} ({}, {}): {}{}",
                    pair.name,
                    if case.on_zh { "zh" } else { "en" },
                    case.kind.name(),
                    case.change,
                    if case.linked_otherwise {
                        ""
                    } else {
                        " [tied only by the change]"
                    }
                ));
                dump_miss(pair, &case, t.missed.len());
                if std::env::var_os("RECALL_WHY").is_some() {
                    t.missed.push(format!("    why: {}", why_missed(pair, &case)));
                }
            }
        }
    }
    t
}

/// With `RECALL_WHY=1`, where a missed change stands in the changed pair's alignment: its
/// unit (sure, parallel, word overlap, anchors) and what the fact matching made of it.
fn why_missed(pair: &Pair, case: &Case) -> String {
    let mut changed = if case.on_zh { pair.zh.clone() } else { pair.en.clone() };
    changed.text = case.text.clone();
    let (zs, es) = if case.on_zh {
        (&changed, &pair.en)
    } else {
        (&pair.zh, &changed)
    };
    let in_unit = |u: &parallax::align::Unit, sentence: usize| {
        if case.on_zh {
            u.zh.contains(&sentence)
        } else {
            u.en.contains(&sentence)
        }
    };
    let (sentence, now) = with_alignment(zs, es, |zside, eside, alignment| {
        let (zf, ef) = (zside.facts, eside.facts);
        let facts = if case.on_zh { zf } else { ef };
        let Some(fi) = facts
            .iter()
            .position(|f| f.kind == case.kind.fact_kind() && f.span.start < case.at.end && case.at.start < f.span.end)
        else {
            return (None, "the changed text reads as no fact".to_string());
        };
        let sentence = facts[fi].sentence;
        let Some(unit) = alignment.units.iter().find(|u| in_unit(u, sentence)) else {
            return (Some(sentence), "its sentence is in no unit".to_string());
        };
        let m = parallax::align::match_facts(zside, eside, &alignment.stated, unit, case.kind.fact_kind());
        let (side_facts, other_facts) = if case.on_zh { (zf, ef) } else { (ef, zf) };
        let role = |f: &Fact| f.role.map(|r| format!("[{r}]")).unwrap_or_default();
        let mine = |z: usize, e: usize| if case.on_zh { z == fi } else { e == fi };
        let place = if m.slips.iter().chain(&m.conflicts).any(|&(z, e)| mine(z, e)) {
            "matched (reported by another check?)".to_string()
        } else if unit
            .anchors
            .iter()
            .any(|a| mine(a.zh.unwrap_or(usize::MAX), a.en.unwrap_or(usize::MAX)))
        {
            "an anchor".to_string()
        } else if (if case.on_zh { &m.zh_left } else { &m.en_left }).contains(&fi) {
            let others: Vec<String> = (if case.on_zh { &m.en_left } else { &m.zh_left })
                .iter()
                .map(|&o| format!("{}{}", other_facts[o].text, role(&other_facts[o])))
                .collect();
            format!("left{}; other side left: {others:?}", role(&side_facts[fi]))
        } else {
            "taken as equal or a repeat".to_string()
        };
        let unit = format!(
            "unit zh{:?} en{:?} sure={} parallel={} score={:.2} lexical={:.2} anchors={} by_position={}: {place}",
            unit.zh,
            unit.en,
            unit.is_sure(),
            unit.parallel,
            unit.score,
            unit.lexical,
            unit.anchors.len(),
            unit.by_position
        );
        (Some(sentence), unit)
    });
    let Some(sentence) = sentence else { return now };
    // the unit the clean text puts the sentence in
    let clean = with_alignment(&pair.zh, &pair.en, |_, _, alignment| {
        alignment
            .units
            .iter()
            .find(|u| in_unit(u, sentence))
            .map(|u| {
                format!(
                    "zh{:?} en{:?} score={:.2} lexical={:.2} anchors={} out_of_order={}",
                    u.zh,
                    u.en,
                    u.score,
                    u.lexical,
                    u.anchors.len(),
                    u.out_of_order
                )
            })
            .unwrap_or_default()
    });
    format!("{now}; clean: {clean}")
}

/// Parse, read and align a pair, and hand its two sides and alignment to `f`.
fn with_alignment<R>(
    zh: &SourceFile,
    en: &SourceFile,
    f: impl FnOnce(&Side, &Side, &parallax::align::Alignment) -> R,
) -> R {
    let (zd, ed) = (parse(zh, None), parse(en, None));
    let (zf, ef) = (extract(&zd, &zh.text), extract(&ed, &en.text));
    let side = |file, source, doc, facts| Side {
        file,
        source,
        doc,
        facts,
    };
    let (zside, eside) = (side(0, zh, &zd, &zf), side(1, en, &ed, &ef));
    let alignment = align(&zside, &eside);
    f(&zside, &eside, &alignment)
}

/// With `RECALL_DUMP=DIR`, a missed change is written out as a pair of files (`N.zh.txt`,
/// `N.en.txt`, N its number in the list of misses) to look at with `parallax check --pair`.
fn dump_miss(pair: &Pair, case: &Case, n: usize) {
    let Some(dir) = std::env::var_os("RECALL_DUMP") else {
        return;
    };
    let dir = std::path::Path::new(&dir);
    let (zh, en) = if case.on_zh {
        (case.text.as_str(), pair.en.text.as_str())
    } else {
        (pair.zh.text.as_str(), case.text.as_str())
    };
    let _ = std::fs::create_dir_all(dir);
    let _ = std::fs::write(dir.join(format!("{n}.zh.txt")), zh);
    let _ = std::fs::write(dir.join(format!("{n}.en.txt")), en);
}

/// The units of a pair's alignment, as (zh sentences, en sentences).
pub fn units(zh: &SourceFile, en: &SourceFile) -> Vec<(Vec<usize>, Vec<usize>)> {
    with_alignment(zh, en, |_, _, a| {
        a.units.iter().map(|u| (u.zh.clone(), u.en.clone())).collect()
    })
}

/// How many changes leave every unit of the alignment as it was: (unchanged, tried).
pub fn stability(pairs: &[Pair], per_kind: usize) -> (usize, usize) {
    let (mut same, mut tried) = (0, 0);
    for pair in pairs {
        let clean = units(&pair.zh, &pair.en);
        for case in cases(pair, per_kind) {
            let mut changed = if case.on_zh { pair.zh.clone() } else { pair.en.clone() };
            changed.text = case.text.clone();
            let after = if case.on_zh {
                units(&changed, &pair.en)
            } else {
                units(&pair.zh, &changed)
            };
            tried += 1;
            same += usize::from(after == clean);
            // with RECALL_MISSES, the changes that moved the alignment
            // (how many units left and came, and of those how many paired sentences: one unit
            // that paired the changed sentence and two that leave its sentences unpaired are a
            // lost anchor; tens of units are a weakly tied stretch that took another path)
            if after != clean && std::env::var_os("RECALL_MISSES").is_some() {
                let set = |v: &[(Vec<usize>, Vec<usize>)]| v.iter().cloned().collect::<std::collections::BTreeSet<_>>();
                let (before, now) = (set(&clean), set(&after));
                let paired = |u: &&(Vec<usize>, Vec<usize>)| !u.0.is_empty() && !u.1.is_empty();
                let (gone, came) = (before.difference(&now), now.difference(&before));
                println!(
                    "  moved: {} ({}): {} ({} units left, {} pairing sentences; {} came, {} pairing)",
                    pair.name,
                    if case.on_zh { "zh" } else { "en" },
                    case.change,
                    gone.clone().count(),
                    gone.filter(paired).count(),
                    came.clone().count(),
                    came.filter(paired).count(),
                );
            }
        }
    }
    (same, tried)
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_persons_name_is_cut() {
        // (a foreign person's interpunct name, a Chinese person's, an English given and family
        // name the Chinese writes without an interpunct)
        for (zh, en) in [
            ("阿尔弗雷德·诺贝尔", "Alfred Nobel"),
            ("李大钊", "Li Dazhao"),
            ("巴尼", "Barney Sloane"),
            ("霍尔", "Stuart Hall"),
        ] {
            assert!(super::persons_name(zh, en), "{zh} / {en}");
        }
        // (a place or institution, or a name whose first word is none)
        for (zh, en) in [
            ("松江区", "Songjiang District"),
            ("泰山", "Mount Tai"),
            ("蒙古帝国", "The Mongol Empire"),
            ("罗马条约", "Treaty of Rome"),
            ("南肯辛顿博物馆", "South Kensington Museum"),
            ("范德华", "Van der Waals"),
            ("维也纳", "Vienna"),
        ] {
            assert!(!super::persons_name(zh, en), "{zh} / {en}");
        }
    }
}
