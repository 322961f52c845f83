//! Pairing: among the inputs, each zh document goes with at most one en document — the
//! one it shares the most with (dates, numbers, transliteration-matched names, Latin
//! tokens), above a minimum score. Explicit pairs win.

use crate::facts::{Fact, FactKind, FactValue};
use crate::source::Lang;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Below this score two documents are not a pair.
pub const MIN_SCORE: f64 = 0.027;

/// What a document offers for pairing (kept in the result cache, see `engine::cache`).
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Profile {
    dates: BTreeSet<String>,
    numbers: BTreeSet<String>,
    /// Consonant skeletons of name parts, from the Latin reading (zh) or spelling (en):
    /// cheap to compare across every pair of documents.
    names: BTreeSet<String>,
    latin: BTreeSet<String>,
    /// The subject's name in Latin letters: the zh article's gloss `计算机程序（Computer
    /// Program）`, the en article's title heading or its bold subject (`A COMPUTER PROGRAM is`).
    title: Option<String>,
    /// Lower-case words of the en article's opening (its first 300 characters), where a term
    /// the zh gloss names is defined (`COMPUTATION is any type of calculation`).
    lead: BTreeSet<String>,
}

impl Profile {
    pub fn new(doc: &crate::parse::Document, facts: &[Fact], prose: &str) -> Self {
        let mut p = Profile {
            dates: BTreeSet::new(),
            numbers: BTreeSet::new(),
            names: BTreeSet::new(),
            latin: BTreeSet::new(),
            title: title(doc),
            lead: match doc.lang {
                crate::source::Lang::En => doc
                    .prose
                    .text
                    .chars()
                    .take(300)
                    .collect::<String>()
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .filter(|w| w.len() >= 4)
                    .map(|w| w.to_ascii_lowercase())
                    .collect(),
                _ => BTreeSet::new(),
            },
        };
        for f in facts {
            match &f.value {
                FactValue::Date(d) if !f.inferred_year && d.start.year.is_some() => {
                    p.dates.insert(d.iso());
                }
                FactValue::Number { value, .. } if value.abs() >= 10.0 => {
                    p.numbers.insert(crate::facts::format_number(*value));
                }
                FactValue::Name { key, latin } if f.kind == FactKind::Name => {
                    let latin = latin.as_deref().unwrap_or(key);
                    for part in latin.split(|c: char| !c.is_ascii_alphabetic()) {
                        if let Some(s) = skeleton(part) {
                            p.names.insert(s);
                        }
                    }
                }
                _ => {}
            }
        }
        // capitalised Latin words (names, terms: Linux, Kokoity, Oxford), not everyday words
        const COMMON: &[&str] = &[
            "the",
            "this",
            "that",
            "with",
            "from",
            "also",
            "what",
            "when",
            "which",
            "there",
            "their",
            "these",
            "those",
            "were",
            "have",
            "http",
            "https",
            "html",
            "retrieved",
            "archived",
            "original",
        ];
        for w in prose
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 4 && w.starts_with(|c: char| c.is_ascii_uppercase()))
        {
            let lower = w.to_ascii_lowercase();
            if !COMMON.contains(&lower.as_str()) && !w.chars().all(|c| c.is_ascii_uppercase()) {
                p.latin.insert(lower);
            }
        }
        p
    }
}

/// Lower-case words of a Latin title, single-spaced.
fn normal_title(s: &str) -> Option<String> {
    let words: Vec<String> = s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let words: Vec<String> = words
        .into_iter()
        .filter(|w| !matches!(w.as_str(), "a" | "an" | "the"))
        .collect();
    (!words.is_empty() && words.len() <= 6).then(|| words.join(" "))
}

/// The article's subject in Latin letters, when the text gives it near the start.
fn title(doc: &crate::parse::Document) -> Option<String> {
    use crate::parse::BlockKind;
    use crate::source::Lang;
    let head: String = doc.prose.text.chars().take(400).collect();
    match doc.lang {
        Lang::Zh => {
            // the first parenthesised gloss in Latin letters: （Computer Program）
            let open = head.find(['（', '('])?;
            let rest = &head[open + head[open..].chars().next()?.len_utf8()..];
            let close = rest.find(['）', ')', '，', ','])?;
            let gloss = &rest[..close];
            // （英语：Religion）, （英文：Religion）: a language label before the gloss
            let gloss = match gloss.split_once(['：', ':']) {
                Some((label, g)) if label.ends_with(['语', '語', '文']) || label.eq_ignore_ascii_case("english") => {
                    g
                }
                _ => gloss,
            };
            gloss
                .chars()
                .all(|c| c.is_ascii() || c.is_whitespace())
                .then(|| normal_title(gloss))
                .flatten()
        }
        Lang::En => {
            // a level-1 heading (= Title =), else the first run of UPPER-CASE words
            if let Some(b) = doc.blocks.iter().find(|b| b.kind == BlockKind::Heading { level: 1 }) {
                return normal_title(&doc.prose.text[b.prose.clone()]);
            }
            let caps: Vec<&str> = head
                .split(|c: char| c.is_whitespace())
                .skip_while(|w| !(w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())))
                .take_while(|w| w.chars().any(|c| c.is_ascii_uppercase()) && !w.chars().any(|c| c.is_ascii_lowercase()))
                .collect();
            normal_title(&caps.join(" "))
        }
    }
}

/// The first four consonants of a Latin name part (`bagapsh` → `bgps`), for parts of five
/// letters or more; transliteration keeps consonants far better than vowels.
fn skeleton(part: &str) -> Option<String> {
    if part.len() < 5 {
        return None;
    }
    let s: String = part
        .to_ascii_lowercase()
        .chars()
        .filter(|c| !"aeiouyhw".contains(*c))
        .take(4)
        .collect();
    (s.len() >= 3).then_some(s)
}

impl Profile {
    /// Every anchor as a typed key with its kind's weight.
    fn keys(&self) -> impl Iterator<Item = (String, f64)> + '_ {
        fn typed<'a>(
            prefix: &'static str,
            w: f64,
            set: &'a BTreeSet<String>,
        ) -> impl Iterator<Item = (String, f64)> + 'a {
            set.iter().map(move |v| (format!("{prefix}{v}"), w))
        }
        typed("d:", 2.0, &self.dates)
            .chain(typed("n:", 1.5, &self.numbers))
            .chain(typed("p:", 1.0, &self.names))
            .chain(typed("l:", 1.0, &self.latin))
    }
}

/// IDF-weighted cosine between a zh and an en document's anchors, 0..=1. `idf` weighs an
/// anchor by how few documents of the run share it, so round numbers and everyday words
/// count for little.
pub fn score(zh: &Profile, en: &Profile, idf: &HashMap<String, f64>) -> f64 {
    score_weighed(zh, en, &Weighed::new(zh, idf), &Weighed::new(en, idf))
}

/// A document's anchors with their weights, in key order, and the norm of the weights: made
/// once per document, for every document it is scored against.
struct Weighed {
    keys: Vec<(String, f64)>,
    norm: f64,
}

impl Weighed {
    fn new(p: &Profile, idf: &HashMap<String, f64>) -> Self {
        // sums in key order: a hash map's order changes from process to process, and with it
        // the last bits of the sums, which broke ties between copies of one text differently
        // per run
        let keys: BTreeMap<String, f64> = p
            .keys()
            .map(|(k, w)| {
                let w = w * idf.get(&k).copied().unwrap_or(1.0);
                (k, w)
            })
            .collect();
        let norm = keys.values().map(|w| w * w).sum::<f64>().sqrt();
        Weighed {
            keys: keys.into_iter().collect(),
            norm,
        }
    }
}

/// [`score`], from both documents' [`Weighed`] anchors.
fn score_weighed(zh: &Profile, en: &Profile, z: &Weighed, e: &Weighed) -> f64 {
    if z.norm == 0.0 || e.norm == 0.0 {
        return 0.0;
    }
    // the shared anchors, in key order (the order the products are summed in)
    let (mut shared, mut dot) = (0, 0.0);
    let (mut i, mut j) = (0, 0);
    while i < z.keys.len() && j < e.keys.len() {
        match z.keys[i].0.cmp(&e.keys[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                dot += z.keys[i].1 * e.keys[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    let title = title_score(zh, en);
    // one shared anchor can be chance; two, or the title, are evidence
    if shared < 2 && title == 0.0 {
        return 0.0;
    }
    (dot / (z.norm * e.norm) + title).min(1.0)
}

/// What the titles add: 0.5 for one title, 0.2 for titles that share most words or a zh gloss
/// the English opening uses.
fn title_score(zh: &Profile, en: &Profile) -> f64 {
    match (&zh.title, &en.title) {
        (Some(a), Some(b)) if a == b => 0.5,
        (Some(a), Some(b))
            if a.split(' ').filter(|w| b.split(' ').any(|x| x == *w)).count() * 2
                > a.split(' ').count().max(b.split(' ').count()) =>
        {
            0.2
        }
        // the gloss is a word the English opening uses
        (Some(a), _) if a.split(' ').all(|w| en.lead.contains(w)) => 0.2,
        _ => 0.0,
    }
}

/// One-to-one assignment: `fixed` pairs (with their scores) first; then, repeatedly, the documents that are each
/// other's best remaining choice (above [`MIN_SCORE`]) pair up — so a weakly evidenced
/// document does not take the partner of one that fits it better. Returns
/// (zh index, en index, score), sorted.
///
/// "Each other's best" is read in one order of all pairs: higher score first, then the
/// smaller zh index, then the smaller en index. A pair that is best for both its documents can
/// be taken in any turn without changing what else is taken, so the pairs are taken in that
/// order, each whose documents are both still free: one sort, not a search of every pair for
/// every pair taken (which cost the fourth power of a folder's documents).
pub fn assign(scores: &[(usize, usize, f64)], fixed: &[(usize, usize, f64)]) -> Vec<(usize, usize, f64)> {
    let mut out: Vec<(usize, usize, f64)> = fixed.to_vec();
    let mut taken_zh: std::collections::HashSet<usize> = fixed.iter().map(|f| f.0).collect();
    let mut taken_en: std::collections::HashSet<usize> = fixed.iter().map(|f| f.1).collect();
    let mut open: Vec<&(usize, usize, f64)> = scores.iter().filter(|s| s.2 >= MIN_SCORE).collect();
    open.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    for &&(z, e, score) in &open {
        if !taken_zh.contains(&z) && !taken_en.contains(&e) {
            taken_zh.insert(z);
            taken_en.insert(e);
            out.push((z, e, score));
        }
    }
    out.sort_by_key(|&(z, e, _)| (z, e));
    out
}

/// The name a file shares with its other-language version under the usual conventions:
/// `X.zh.md` / `X.en.txt`, `X_zh.md` / `X-en.md`, `zh/X.md` / `en/X.md`. None when the name
/// carries no language tag.
pub fn name_key(path: &str) -> Option<String> {
    fn is_tag(s: &str) -> bool {
        let s = s.to_ascii_lowercase().replace('_', "-");
        matches!(
            s.as_str(),
            "zh" | "zh-hans" | "zh-hant" | "zh-cn" | "zh-tw" | "zh-hk" | "zhwiki" | "en" | "en-us" | "en-gb" | "enwiki"
        )
    }
    let parts: Vec<&str> = path.split(['/', '\\']).collect();
    let (file, dirs) = parts.split_last()?;
    let mut tagged = false;
    let mut key: Vec<String> = Vec::new();
    for d in dirs {
        if is_tag(d) {
            tagged = true;
        } else {
            key.push(d.to_string());
        }
    }
    let mut segments: Vec<&str> = file.split('.').collect();
    if segments.len() > 1 {
        segments.pop(); // the extension
    }
    if segments.len() > 1 && segments.last().is_some_and(|s| is_tag(s)) {
        segments.pop();
        tagged = true;
    }
    let mut stem = segments.join(".");
    if let Some(cut) = stem.rfind(['_', '-']).filter(|&i| i > 0 && is_tag(&stem[i + 1..])) {
        stem.truncate(cut);
        tagged = true;
    }
    key.push(stem);
    tagged.then(|| key.join("/"))
}

/// Pairs by file name ([`name_key`]): a zh and an en document, the only two of their key.
pub fn by_name(names: &[&str], langs: &[Lang]) -> Vec<(usize, usize)> {
    let mut groups: std::collections::BTreeMap<String, (Vec<usize>, Vec<usize>)> = Default::default();
    for (i, name) in names.iter().enumerate() {
        if let Some(k) = name_key(name) {
            let g = groups.entry(k).or_default();
            match langs[i] {
                Lang::Zh => g.0.push(i),
                Lang::En => g.1.push(i),
            }
        }
    }
    groups
        .into_values()
        .filter_map(|(z, e)| match (&z[..], &e[..]) {
            ([z], [e]) => Some((*z, *e)),
            _ => None,
        })
        .collect()
}

/// Inverse document frequency of every anchor over a run's documents.
pub fn idf(profiles: &[Option<Profile>]) -> HashMap<String, f64> {
    let mut df: HashMap<String, usize> = HashMap::new();
    for p in profiles.iter().flatten() {
        for (k, _) in p.keys() {
            *df.entry(k).or_default() += 1;
        }
    }
    let n = profiles.iter().flatten().count() as f64;
    df.into_iter().map(|(k, d)| (k, (1.0 + n / d as f64).ln())).collect()
}

/// Pair the zh and en documents among `docs`: explicit `fixed` pairs first (score 1), then
/// `named` pairs (by file name, [`by_name`]; their content score), then by content.
pub fn find<'a, F: AsRef<[Fact]>>(
    docs: &[crate::parse::Document],
    facts: &[F],
    prose: impl Fn(usize) -> &'a str,
    fixed: &[(usize, usize)],
    named: &[(usize, usize)],
) -> Vec<(usize, usize, f64)> {
    let langs: Vec<Lang> = docs.iter().map(|d| d.lang).collect();
    let taken = paired_by_path_or_name(docs.len(), fixed, named);
    let profiles: Vec<Option<Profile>> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (!taken[i]).then(|| Profile::new(d, facts[i].as_ref(), prose(i))))
        .collect();
    find_profiled(&langs, &profiles, fixed, named)
}

/// The score of every zh and en document pair that can score above 0: those that share two
/// anchors, or whose titles may count ([`title_score`]: one title, a title word, or the zh
/// title's first word in the English opening). They are found through indexes of the en
/// documents' anchors and words, so that a pair with nothing in common costs nothing; a pair
/// left out scores 0, which [`assign`] leaves out too.
fn content_scores(
    langs: &[Lang],
    profiles: &[Option<Profile>],
    idf: &HashMap<String, f64>,
) -> Vec<(usize, usize, f64)> {
    let side = |lang: Lang| -> Vec<(usize, &Profile)> {
        (0..langs.len())
            .filter(|&i| langs[i] == lang)
            .filter_map(|i| Some((i, profiles[i].as_ref()?)))
            .collect()
    };
    let (zhs, ens) = (side(Lang::Zh), side(Lang::En));
    if zhs.is_empty() || ens.is_empty() {
        return Vec::new();
    }
    let weighed: HashMap<usize, Weighed> = zhs
        .iter()
        .chain(&ens)
        .map(|&(i, p)| (i, Weighed::new(p, idf)))
        .collect();
    // the en documents (by their place in `ens`) by anchor, title word and opening word
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_title_word: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_lead_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, &(i, p)) in ens.iter().enumerate() {
        for (key, _) in &weighed[&i].keys {
            by_key.entry(key.as_str()).or_default().push(k);
        }
        if let Some(t) = &p.title {
            let mut words: Vec<&str> = t.split(' ').collect();
            words.sort_unstable();
            words.dedup();
            for w in words {
                by_title_word.entry(w).or_default().push(k);
            }
        }
        for w in &p.lead {
            by_lead_word.entry(w.as_str()).or_default().push(k);
        }
    }
    let mut scores = Vec::new();
    let mut shared = vec![0u32; ens.len()];
    let mut candidate = vec![false; ens.len()];
    let mut touched: Vec<usize> = Vec::new();
    for &(z, zp) in &zhs {
        let zw = &weighed[&z];
        for (key, _) in &zw.keys {
            for &k in by_key.get(key.as_str()).map_or(&[][..], Vec::as_slice) {
                if shared[k] == 0 {
                    touched.push(k);
                }
                shared[k] += 1;
            }
        }
        // (a document the anchors found is listed already)
        let mut mark = |k: usize, touched: &mut Vec<usize>| {
            if !candidate[k] && shared[k] == 0 {
                touched.push(k);
            }
            candidate[k] = true;
        };
        if let Some(t) = &zp.title {
            // (a word twice marks the same documents twice: no harm)
            for w in t.split(' ') {
                for &k in by_title_word.get(w).map_or(&[][..], Vec::as_slice) {
                    mark(k, &mut touched);
                }
            }
            let first = t.split(' ').next().unwrap_or_default();
            for &k in by_lead_word.get(first).map_or(&[][..], Vec::as_slice) {
                mark(k, &mut touched);
            }
        }
        touched.sort_unstable();
        for &k in &touched {
            if shared[k] >= 2 || candidate[k] {
                let (e, ep) = ens[k];
                scores.push((z, e, score_weighed(zp, ep, zw, &weighed[&e])));
            }
            shared[k] = 0;
            candidate[k] = false;
        }
        touched.clear();
    }
    scores
}

/// Per document: whether a `fixed` or `named` pair takes it (content pairing leaves it out).
pub fn paired_by_path_or_name(n: usize, fixed: &[(usize, usize)], named: &[(usize, usize)]) -> Vec<bool> {
    let mut taken = vec![false; n];
    for &(z, e) in fixed.iter().chain(named) {
        taken[z] = true;
        taken[e] = true;
    }
    taken
}

/// [`find`] from each document's language and content [`Profile`]: `None` for documents
/// left out of pairing by content (those paired by path or name), so that a run can pair
/// documents it no longer holds.
pub fn find_profiled(
    langs: &[Lang],
    profiles: &[Option<Profile>],
    fixed: &[(usize, usize)],
    named: &[(usize, usize)],
) -> Vec<(usize, usize, f64)> {
    let idf = idf(profiles);
    let scores = content_scores(langs, profiles, &idf);
    // pairs by file name come next (score 1 too: their content is not compared)
    let taken = |z: usize, e: usize| fixed.iter().any(|&(fz, fe)| fz == z || fe == e);
    let mut first: Vec<(usize, usize, f64)> = fixed.iter().map(|&(z, e)| (z, e, 1.0)).collect();
    for &(z, e) in named {
        if !taken(z, e) {
            first.push((z, e, 1.0));
        }
    }
    assign(&scores, &first)
}

#[cfg(test)]
mod tests {
    use super::{assign, name_key, MIN_SCORE};

    /// The assignment as first written: each turn, of the pairs best for both their
    /// documents, the one of highest score.
    fn assign_by_turns(scores: &[(usize, usize, f64)], fixed: &[(usize, usize, f64)]) -> Vec<(usize, usize, f64)> {
        let mut out: Vec<(usize, usize, f64)> = fixed.to_vec();
        let taken = |out: &[(usize, usize, f64)], z: usize, e: usize| out.iter().any(|&(oz, oe, _)| oz == z || oe == e);
        loop {
            let open: Vec<&(usize, usize, f64)> = scores
                .iter()
                .filter(|s| s.2 >= MIN_SCORE && !taken(&out, s.0, s.1))
                .collect();
            let best_of = |pick: &dyn Fn(&(usize, usize, f64)) -> bool| {
                open.iter()
                    .filter(|s| pick(s))
                    .max_by(|a, b| a.2.total_cmp(&b.2).then(b.0.cmp(&a.0)).then(b.1.cmp(&a.1)))
                    .map(|s| (s.0, s.1))
            };
            let mutual: Vec<(usize, usize, f64)> = open
                .iter()
                .filter(|s| {
                    best_of(&|x| x.0 == s.0) == Some((s.0, s.1)) && best_of(&|x| x.1 == s.1) == Some((s.0, s.1))
                })
                .map(|s| **s)
                .collect();
            match mutual.iter().max_by(|a, b| a.2.total_cmp(&b.2)) {
                Some(&first) => out.push(first),
                None => break,
            }
        }
        out.sort_by_key(|&(z, e, _)| (z, e));
        out
    }

    /// The indexes find every pair that scores above 0, with the score of [`super::score`]:
    /// real articles of wikipairs (six of each language, five of them pairs), every zh
    /// against every en.
    #[test]
    fn the_indexes_find_every_pair_that_scores() {
        use super::{content_scores, idf, score, Profile};
        use crate::source::{Lang, SourceFile};
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/wikipairs");
        let mut files = Vec::new();
        for lang in ["zh", "en"] {
            let mut names: Vec<_> = std::fs::read_dir(dir.join(lang))
                .expect("wikipairs")
                .map(|e| e.expect("a corpus file").path())
                .collect();
            names.sort();
            // five pairs, and one article of each language whose counterpart is not here
            let skip = usize::from(lang == "en");
            files.extend(names.into_iter().skip(skip).take(6).map(|p| SourceFile {
                name: p.to_string_lossy().into_owned(),
                text: std::fs::read_to_string(&p).expect("a corpus file"),
            }));
        }
        let docs: Vec<_> = files.iter().map(|f| crate::parse::parse(f, None)).collect();
        let langs: Vec<Lang> = docs.iter().map(|d| d.lang).collect();
        let profiles: Vec<Option<Profile>> = docs
            .iter()
            .zip(&files)
            .map(|(d, f)| Some(Profile::new(d, &crate::facts::extract(d, &f.text), &d.prose.text)))
            .collect();
        let idf = idf(&profiles);
        let mut all = Vec::new();
        for z in (0..docs.len()).filter(|&i| langs[i] == Lang::Zh) {
            for e in (0..docs.len()).filter(|&i| langs[i] == Lang::En) {
                let (Some(zp), Some(ep)) = (&profiles[z], &profiles[e]) else {
                    continue;
                };
                let sc = score(zp, ep, &idf);
                if sc > 0.0 {
                    all.push((z, e, sc));
                }
            }
        }
        let mut found: Vec<_> = content_scores(&langs, &profiles, &idf)
            .into_iter()
            .filter(|s| s.2 > 0.0)
            .collect();
        found.sort_by_key(|s| (s.0, s.1));
        assert!(all.len() >= 5, "{all:?}");
        assert_eq!(found, all);
    }

    /// Taking the pairs in one sorted order assigns what taking them turn by turn did: on
    /// 3 000 score tables of up to 7 × 7 documents, with ties (scores from a few values, some
    /// under the minimum), and fixed pairs.
    #[test]
    fn one_order_assigns_as_turns_did() {
        let mut numbers = crate::TestNumbers::new(0x9E37_79B9_7F4A_7C15);
        let mut next = |n: u64| numbers.below(n);
        let values = [0.0, 0.01, MIN_SCORE, 0.1, 0.1, 0.3, 0.3, 0.5, 1.0];
        for _ in 0..3000 {
            let (nz, ne) = (1 + next(7) as usize, 1 + next(7) as usize);
            let mut scores = Vec::new();
            for z in 0..nz {
                for e in nz..nz + ne {
                    scores.push((z, e, values[next(values.len() as u64) as usize]));
                }
            }
            let fixed: Vec<(usize, usize, f64)> = match next(3) {
                0 => vec![(next(nz as u64) as usize, nz + next(ne as u64) as usize, 1.0)],
                _ => Vec::new(),
            };
            assert_eq!(
                assign(&scores, &fixed),
                assign_by_turns(&scores, &fixed),
                "{scores:?} {fixed:?}"
            );
        }
    }

    #[test]
    fn file_names_of_language_versions() {
        let key = |p: &str| name_key(p);
        assert_eq!(
            key("wikipairs/zh/Hydrology.zh.md"),
            key("wikipairs/en/Hydrology.en.txt")
        );
        assert_eq!(key("docs/intro_zh.md"), key("docs/intro-en.md"));
        assert_eq!(key("zh/Page/Linux.md"), key("en/Page/Linux.md"));
        assert_eq!(key("a/X.zh-Hans.md"), Some("a/X".to_string()));
        // no language tag: no name pairing
        assert_eq!(key("seeds/000_9fb3881375abaa5a.txt"), None);
        assert_eq!(key("Linux.md"), None);
        // a tag-like word inside the name is not a tag
        assert_eq!(key("Kazakhstan.txt"), None);
        assert_ne!(key("zh/Linux.md"), key("en/Unix.md"));
    }
}
