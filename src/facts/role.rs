//! Fact roles: the word a date or a number attaches to (`born`/`出生`, `killed`/`阵亡`,
//! `population`/`人口`), normalised to one name in both languages from `rules/data/roles.toml`.
//! Facts are compared role to role across a pair, so that a date of birth is never set
//! against a date of death, nor a death toll against a count of the wounded.
//!
//! A fact takes the role of the nearest cue word in its clause (clauses end at commas,
//! semicolons, the enumeration comma 、 and brackets; a comma between digits is a thousands
//! separator), within [`REACH`] characters of it.

use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Deserialize)]
struct Entry {
    name: String,
    zh: Vec<String>,
    en: Vec<String>,
}

#[derive(Deserialize)]
struct File {
    role: Vec<Entry>,
}

struct Table {
    /// zh cue (as chars) → role
    zh: Vec<(Vec<char>, usize)>,
    /// first char of a zh cue → the cues (indices into `zh`, in order) that start with it
    zh_first: fxhash::FxHashMap<char, Vec<usize>>,
    /// stem of an en cue → role
    en: HashMap<String, usize>,
    names: Vec<String>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let file: File = toml::from_str(crate::data::ROLES).expect("rules/data/roles.toml is valid");
        let mut t = Table {
            zh: Vec::new(),
            zh_first: Default::default(),
            en: HashMap::new(),
            names: Vec::new(),
        };
        for (k, e) in file.role.into_iter().enumerate() {
            t.zh.extend(e.zh.iter().map(|c| (c.chars().collect(), k)));
            for w in &e.en {
                t.en.entry(crate::lang::lexicon::stem(&w.to_lowercase())).or_insert(k);
            }
            t.names.push(e.name);
        }
        for (k, (cue, _)) in t.zh.iter().enumerate() {
            if let Some(&c) = cue.first() {
                t.zh_first.entry(c).or_default().push(k);
            }
        }
        t
    })
}

/// Whether char `i` of a sentence ends a clause (see the module's docs).
pub(crate) fn is_boundary(chars: &[char], i: usize, zh: bool) -> bool {
    match chars[i] {
        '，' | '；' | '。' | '、' | '：' | '（' | '）' | ';' | '(' | ')' | '[' | ']' => true,
        ',' => {
            // 1,200: a thousands separator
            let digit = |k: Option<&char>| k.is_some_and(|c| c.is_ascii_digit());
            let separator = if zh {
                i > 0 && digit(chars.get(i - 1)) && digit(chars.get(i + 1))
            } else {
                digit(chars.get(i + 1))
            };
            !separator
        }
        _ => false,
    }
}

/// English words whose stem is a cue's but which are forms of another verb: `found`, of
/// `find` (`graphite found in 3.7 billion-year-old rocks`), is no `founded`.
const OTHER_VERBS: &[&str] = &["found"];

/// How far from its fact, in characters, a cue is looked for on each side within the clause.
/// A clause of prose is shorter; a run of dates or numbers without a comma (a table flattened
/// into one sentence, or hostile input) would otherwise make each fact read the whole clause,
/// and a sentence of n facts cost n² (100 000 `1950年代` in a row took four minutes).
const REACH: usize = 160;

/// The role of the fact at chars `start..end` of a sentence (`chars` as facts read them: zh
/// folded to Simplified).
pub(crate) fn role_at(chars: &[char], start: usize, end: usize, zh: bool) -> Option<&'static str> {
    let floor = start.saturating_sub(REACH);
    let ceiling = (end + REACH).min(chars.len());
    let mut lo = (floor..start)
        .rev()
        .find(|&i| is_boundary(chars, i, zh))
        .map_or(floor, |i| i + 1);
    let mut hi = (end..ceiling).find(|&i| is_boundary(chars, i, zh)).unwrap_or(ceiling);
    // (an English window cut at its reach starts and ends between words, not inside one; a
    // Chinese cue is matched whole inside the window, so a cut only leaves it out)
    let in_word = |c: char| !zh && (c.is_alphanumeric() || c == '²');
    if lo == floor && lo > 0 {
        while lo < start && in_word(chars[lo - 1]) {
            lo += 1;
        }
    }
    if hi == ceiling && hi < chars.len() {
        while hi > end && in_word(chars[hi]) {
            hi -= 1;
        }
    }
    let t = table();
    let distance = |a: usize, b: usize| {
        if b <= start {
            (start - b, 1)
        } else if a >= end {
            (a - end, if zh { 0 } else { 2 })
        } else {
            (0, 0)
        }
    };
    let mut best: Option<((usize, usize), usize)> = None;
    // a cue with another number between it and the fact is that number's (`17,786,419 的大洛杉矶
    // 地区和5,105,768人口`: 人口 is the second number's)
    let crossed = |a: usize, b: usize| {
        let between = if b <= start {
            &chars[b..start]
        } else {
            &chars[end.min(a)..a]
        };
        between.iter().any(char::is_ascii_digit)
    };
    let mut offer = |d: (usize, usize), role: usize, (a, b): (usize, usize)| {
        if best.is_none_or(|(bd, _)| d < bd) && !crossed(a, b) {
            best = Some((d, role));
        }
    };
    if zh {
        // each char of the clause looked up once; the nearest cue wins, and of two as near,
        // the one listed first
        // (distance, cue, where)
        type Found = ((usize, usize), usize, (usize, usize));
        let mut found: Vec<Found> = Vec::new();
        for a in lo..hi {
            let Some(cues) = t.zh_first.get(&chars[a]) else {
                continue;
            };
            for &k in cues {
                let cue = &t.zh[k].0;
                let b = a + cue.len();
                if b <= hi && chars[a..b] == cue[..] && (a >= end || b <= start) {
                    found.push((distance(a, b), k, (a, b)));
                }
            }
        }
        found.sort_unstable_by_key(|&(d, k, _)| (d, k));
        for (d, k, at) in found {
            offer(d, t.zh[k].1, at);
        }
    } else {
        let mut i = lo;
        while i < hi {
            if !chars[i].is_alphabetic() {
                i += 1;
                continue;
            }
            let a = i;
            while i < hi && (chars[i].is_alphanumeric() || chars[i] == '²') {
                i += 1;
            }
            // a capitalised word within the sentence is part of a name (`Greater Los Angeles
            // Area`), not a cue
            let named = chars[a].is_uppercase() && chars[..a].iter().any(|c| c.is_alphanumeric());
            if (a >= end || i <= start) && !named {
                let word: String = chars[a..i].iter().collect::<String>().to_lowercase();
                if OTHER_VERBS.contains(&word.as_str()) {
                    continue;
                }
                if let Some(&role) = t.en.get(&crate::lang::lexicon::stem(&word)) {
                    offer(distance(a, i), role, (a, i));
                }
            }
        }
    }
    best.map(|(_, r)| t.names[r].as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(s: &str, fact: &str, zh: bool) -> Option<&'static str> {
        let chars: Vec<char> = s.chars().collect();
        let f: Vec<char> = fact.chars().collect();
        let start = (0..chars.len())
            .find(|&i| chars[i..].starts_with(&f))
            .expect("the fact is in the text");
        role_at(&chars, start, start + f.len(), zh)
    }

    /// A cue is looked for within [`REACH`] characters of its fact, in its clause; an English
    /// window cut there starts between words.
    #[test]
    fn a_cue_is_looked_for_within_reach() {
        let filler = |n: usize| "的".repeat(n);
        let near = format!("他出生{}1950年", filler(REACH - 10));
        assert_eq!(role(&near, "1950年", true), Some("birth"));
        let far = format!("他出生{}1950年", filler(REACH + 10));
        assert_eq!(role(&far, "1950年", true), None);
        // (a Chinese window cut at its reach keeps the cues inside it, on either side)
        let cut_before = format!("{}出生{}1950年", filler(100), filler(100));
        assert_eq!(role(&cut_before, "1950年", true), Some("birth"));
        let cut_after = format!("1950年出生{}", filler(200));
        assert_eq!(role(&cut_after, "1950年", true), Some("birth"));
        let en = format!("He was born {} in 1950.", "a ".repeat(REACH / 2 + 10));
        assert_eq!(role(&en, "1950", false), None);
        // (a word cut by the window's edge is not read from its cut: `reborn` is no `born`)
        let cut = |pad: usize| format!("reborn{} in 1950.", " ".repeat(pad));
        assert!((0..8).all(|k| role(&cut(REACH - 10 + k), "1950", false).is_none()));
    }

    #[test]
    fn roles_in_both_languages() {
        let zh = "战斗造成1200人死亡，300人受伤。";
        assert_eq!(role(zh, "1200", true), Some("death"));
        assert_eq!(role(zh, "300", true), Some("wounded"));
        let en = "The battle left 1,100 killed and 400 wounded.";
        assert_eq!(role(en, "1,100", false), Some("death"));
        assert_eq!(role(en, "400", false), Some("wounded"));
        assert_eq!(role("他于1950年出生于北京", "1950年", true), Some("birth"));
        assert_eq!(role("He was born in 1950 in Beijing.", "1950", false), Some("birth"));
        assert_eq!(role("该市人口为28万", "28万", true), Some("population"));
        assert_eq!(
            role("The city has a population of 280,000.", "280,000", false),
            Some("population")
        );
    }

    /// From xquad's Southern California: a cue belongs to the number it stands next to, and a
    /// word of a name is no cue.
    #[test]
    fn a_cue_past_another_number_or_in_a_name_is_not_this_facts() {
        let zh = "它们是 17,786,419 的大洛杉矶地区和5,105,768人口的圣地亚哥-提华纳地区。";
        assert_eq!(role(zh, "17,786,419", true), None);
        assert_eq!(role(zh, "5,105,768", true), Some("population"));
        let en = "These are the Greater Los Angeles Area at 17,786,419, and San Diego at 5,105,768.";
        assert_eq!(role(en, "17,786,419", false), None);
        // a capitalised cue that opens the sentence is still a cue
        assert_eq!(
            role("Population grew to 5,000 by then.", "5,000", false),
            Some("population")
        );
        assert_eq!(role("战斗造成1200人死亡，300人受伤。", "300", true), Some("wounded"));
    }

    /// From wikipairs' Life: `found` is the past of `find`, not `to found`; `founded` and
    /// `co-founded` are still cues.
    #[test]
    fn found_is_no_founding() {
        let en = "The earliest evidence for life includes graphite found in 3.7 billion-year-old rocks.";
        assert_eq!(role(en, "3.7 billion", false), None);
        assert_eq!(role("The company was founded in 1990.", "1990", false), Some("founded"));
        assert_eq!(
            role("She co-founded the society in 1921.", "1921", false),
            Some("founded")
        );
    }

    #[test]
    fn no_role_without_a_cue_in_the_clause() {
        assert_eq!(role("In 2005, he was born again.", "2005", false), None);
        assert_eq!(role("2005年，他离开了学校", "2005年", true), None);
        assert_eq!(role("The 1992 season ended early.", "1992", false), None);
    }
}
