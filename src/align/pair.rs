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
    // sums in key order: a hash map's order changes from process to process, and with it the
    // last bits of the sums, which broke ties between copies of one text differently per run
    let weigh = |p: &Profile| -> BTreeMap<String, f64> {
        p.keys()
            .map(|(k, w)| (k.clone(), w * idf.get(&k).copied().unwrap_or(1.0)))
            .collect()
    };
    let (z, e) = (weigh(zh), weigh(en));
    let norm = |m: &BTreeMap<String, f64>| m.values().map(|w| w * w).sum::<f64>().sqrt();
    let (nz, ne) = (norm(&z), norm(&e));
    if nz == 0.0 || ne == 0.0 {
        return 0.0;
    }
    let shared = z.keys().filter(|k| e.contains_key(*k)).count();
    let dot: f64 = z.iter().filter_map(|(k, w)| e.get(k).map(|v| w * v)).sum();
    let title = match (&zh.title, &en.title) {
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
    };
    // one shared anchor can be chance; two, or the title, are evidence
    if shared < 2 && title == 0.0 {
        return 0.0;
    }
    (dot / (nz * ne) + title).min(1.0)
}

/// One-to-one assignment: `fixed` pairs (with their scores) first; then, repeatedly, the documents that are each
/// other's best remaining choice (above [`MIN_SCORE`]) pair up — so a weakly evidenced
/// document does not take the partner of one that fits it better. Returns
/// (zh index, en index, score), sorted.
pub fn assign(scores: &[(usize, usize, f64)], fixed: &[(usize, usize, f64)]) -> Vec<(usize, usize, f64)> {
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
            .filter(|s| best_of(&|x| x.0 == s.0) == Some((s.0, s.1)) && best_of(&|x| x.1 == s.1) == Some((s.0, s.1)))
            .map(|s| **s)
            .collect();
        if let Some(&first) = mutual.iter().max_by(|a, b| a.2.total_cmp(&b.2)) {
            out.push(first);
        } else {
            break;
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
    let mut scores = Vec::new();
    for z in (0..langs.len()).filter(|&i| langs[i] == Lang::Zh) {
        for e in (0..langs.len()).filter(|&i| langs[i] == Lang::En) {
            if let (Some(zp), Some(ep)) = (&profiles[z], &profiles[e]) {
                let sc = score(zp, ep, &idf);
                scores.push((z, e, sc));
            }
        }
    }
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
    use super::name_key;

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
