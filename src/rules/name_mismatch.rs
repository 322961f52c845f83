//! # name-mismatch (warning)
//!
//! **What it does.** In a Chinese article and its English counterpart, finds a person named
//! differently in corresponding sentences: cut down to the given name (`Nodar Pliev` ↔ 「诺达尔」,
//! `Oleg Botsiev` ↔ 「奥列格」), or split in the wrong place (`Alan Elbakiev` ↔
//! 「艾伦埃尔·巴克耶夫」, where 埃尔 belongs to the surname: 艾伦·埃尔巴基耶夫).
//!
//! **Why it matters.** Chinese refers to a foreign person by the surname; a given name alone
//! is a truncated link or label, and a misplaced interpunct makes a different name. Both break
//! searches and links to the person's article.
//!
//! **How it decides.** Only sentences aligned with confidence are compared, and names are
//! matched by transliteration (Xinhua tables, `rules/data/transliteration.toml`). A Chinese
//! surname alone (特斯拉 for Nikola Tesla) is normal usage and is not reported.
//!
//! **Example.**
//! ```text
//! zh: 科科伊奇总统接受了阿布哈兹驻南奥塞梯大使诺达尔的全权证书
//! en: President Kokoity accepted the credentials of Nodar Pliev
//! ```
//!
//! **Fix.** Write the full name as the English does, in the usual transliteration.

use super::{PairContext, Rule};
use crate::align;
use crate::align::entities::{entity_key, Entities};
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::name_match::{best_en, best_split, en_tokens, zh_parts};
use crate::facts::translit::name_similarity;
use crate::facts::{Fact, FactKind};
use std::collections::HashSet;

pub struct NameMismatch;

impl Rule for NameMismatch {
    fn id(&self) -> &'static str {
        "name-mismatch"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("name_mismatch.rs"))
    }
    fn cross_language(&self) -> bool {
        true
    }
    fn check_pair(&self, cx: &PairContext, out: &mut Vec<Diagnostic>) {
        let words = EnWords::new(cx);
        for unit in cx.alignment.units.iter().filter(|u| u.is_sure()) {
            let en_names: Vec<&Fact> = align::facts_in(cx.en, &unit.en, FactKind::Name)
                .map(|i| &cx.en.facts[i])
                .filter(|f| en_tokens(&f.text).len() >= 2)
                .collect();
            for zi in align::facts_in(cx.zh, &unit.zh, FactKind::Name) {
                let z = &cx.zh.facts[zi];
                let Some((e, sim)) = best_en(z, en_names.iter().copied()) else {
                    continue;
                };
                if sim < 0.75 {
                    continue;
                }
                if let Some((message, label)) = mismatch(cx, &words, z, e) {
                    out.push(
                        Diagnostic::new(self.id(), self.severity(), cx.zh.file, z.span.clone(), message)
                            .with_label(label)
                            .with_secondary(cx.en.file, e.span.clone(), format!("English: {}", e.text))
                            .with_note(align::why(cx.zh, cx.en, unit)),
                    );
                }
            }
        }
        self.swapped(cx, out);
    }
}

/// Words that make an English name a place, not a person (Kodori Valley).
const PLACE_WORDS: &[&str] = &[
    "Valley",
    "River",
    "Mountains",
    "Mountain",
    "Lake",
    "Island",
    "Islands",
    "Republic",
    "Sea",
    "Bay",
    "Strait",
    "Range",
    "Province",
    "Region",
    "County",
    "City",
    "State",
    "Park",
    "Gorge",
    "Union",
    "Federation",
    "Kingdom",
    "Party",
    "Council",
    "Parliament",
];

/// The English article's words, looked up for every candidate: indexed once per pair, not
/// rescanned (linear cost).
struct EnWords<'a> {
    text: &'a str,
    /// The names the English states (a name's first word named on its own is an entity).
    single_names: HashSet<&'a str>,
    /// The words it writes in lower case.
    lower_words: HashSet<&'a str>,
}

impl<'a> EnWords<'a> {
    fn new(cx: &'a PairContext) -> Self {
        let text = &cx.en.doc.prose.text;
        let single_names: HashSet<&str> = cx
            .en
            .facts
            .iter()
            .filter(|f| f.kind == FactKind::Name)
            .map(|f| f.text.as_str())
            .collect();
        let lower_words: HashSet<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !w.chars().any(char::is_uppercase))
            .collect();
        EnWords {
            text,
            single_names,
            lower_words,
        }
    }

    /// Whether the article also writes `t` in lower case (a common word, not a name's).
    fn common(&self, t: &str) -> bool {
        let en_text = self.text;
        let lower = t.to_lowercase();
        if lower.chars().all(char::is_alphanumeric) {
            return self.lower_words.contains(lower.as_str());
        }
        // `O'Brien`: not one word of the index; scan (rare)
        en_text.match_indices(&lower).any(|(i, _)| {
            let before = en_text[..i].chars().next_back();
            let after = en_text[i + lower.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }
}

/// What is wrong with the Chinese name `z` given its English `e`, if anything: (message,
/// label).
fn mismatch(cx: &PairContext, words: &EnWords, z: &Fact, e: &Fact) -> Option<(String, String)> {
    let tokens = en_tokens(&e.text);
    let parts = zh_parts(&z.text);
    let whole: String = parts.concat();
    // a person's name: not a place (Kodori Valley), and its first word is not an
    // entity the English names on its own elsewhere (Abkhazia)
    if tokens.iter().any(|t| PLACE_WORDS.contains(t)) || words.single_names.contains(tokens[0]) {
        return None;
    }
    // the words of a proper name never appear in lower case in the same article;
    // those of `Kennedy Space Center` or `Grainger Market` do
    if tokens.iter().any(|t| words.common(t)) {
        return None;
    }
    let (next_is_noun, continues) = zh_surroundings(cx, z);
    if parts.len() == 1 && tokens.len() == 2 && !next_is_noun && !continues {
        given_name_only(z, e, &whole, &tokens)
    } else if parts.len() == 2 && tokens.len() == 2 {
        misplaced_interpunct(z, e, &parts, &whole, &tokens)
    } else {
        None
    }
}

/// What stands around the Chinese name `z`: (a noun follows, the name goes on across an
/// interpunct or hyphen).
fn zh_surroundings(cx: &PairContext, z: &Fact) -> (bool, bool) {
    // …and the Chinese does not go on with a translated noun: 格兰杰镇 is Grainger
    // Town, 萨克森花园 Saxon Garden; 诺达尔的 and 奥列格被 end the name
    let src = &cx.zh.source.text;
    let after: String = src.get(z.span.end..).unwrap_or("").chars().take(6).collect();
    let folded = crate::lang::script::fold_to_simplified(&after).text;
    let next_is_noun = crate::lang::segment::words(&folded)
        .first()
        .is_some_and(|w| w.tag.starts_with('n') || w.tag == "s" || w.tag == "f");
    // a name that goes on across an interpunct or hyphen (约瑟夫•熊彼特, 萨福尔-辛普森)
    // was only partly read, not truncated
    let joined = |c: Option<char>| c.is_some_and(|c| "·・•‧-－".contains(c));
    let continues = joined(src.get(z.span.end..).and_then(|s| s.chars().next()))
        || joined(src.get(..z.span.start).and_then(|s| s.chars().next_back()));
    (next_is_noun, continues)
}

/// The given name alone: matches the first English word, not the whole name nor the surname.
fn given_name_only(z: &Fact, e: &Fact, whole: &str, tokens: &[&str]) -> Option<(String, String)> {
    let first = name_similarity(whole, tokens[0]);
    let last = name_similarity(whole, tokens[tokens.len() - 1]);
    let full = name_similarity(whole, &tokens.concat());
    (first >= 0.8 && last < 0.6 && full < 0.6).then(|| {
        (
            format!("the English names `{}`, the Chinese only `{}`", e.text, z.text),
            "only the given name".to_string(),
        )
    })
}

/// A two-part name whose interpunct stands in the wrong place.
fn misplaced_interpunct(z: &Fact, e: &Fact, parts: &[&str], whole: &str, tokens: &[&str]) -> Option<(String, String)> {
    let chars: Vec<char> = whole.chars().collect();
    let actual = parts[0].chars().count();
    let here = name_similarity(parts[0], tokens[0]).min(name_similarity(parts[1], tokens[1]));
    let (k, best) = best_split(&chars, tokens);
    (k != actual && best >= 0.75 && best - here >= 0.2).then(|| {
        let fixed = format!(
            "{}·{}",
            chars[..k].iter().collect::<String>(),
            chars[k..].iter().collect::<String>()
        );
        (
            format!(
                "the Chinese `{}` splits `{}` in the wrong place: `{fixed}`",
                z.text, e.text
            ),
            format!(
                "the interpunct belongs after `{}`",
                chars[..k].iter().collect::<String>()
            ),
        )
    })
}

/// The share of words two sentences written independently must translate for a name left
/// over on each side to be taken for one slot.
const WORDS_FOR_SWAPS: f64 = 0.4;

impl NameMismatch {
    /// Swapped names: in corresponding sentences, the one name left unmatched on each side
    /// resolves to two different entities of the article (the Chinese names another person or
    /// place of the article where the English names this one, or the other way round).
    fn swapped(&self, cx: &PairContext, out: &mut Vec<Diagnostic>) {
        let entities = Entities::new(cx.zh, cx.en);
        for unit in cx.alignment.units.iter().filter(|u| u.is_sure()) {
            if !unit.parallel && unit.lexical < WORDS_FOR_SWAPS {
                continue;
            }
            let names = |side: &align::Side<'_>, sentences: &[usize]| -> Vec<usize> {
                align::facts_in(side, sentences, FactKind::Name).collect()
            };
            let (zn, en) = (names(cx.zh, &unit.zh), names(cx.en, &unit.en));
            let (zf, ef) = (&cx.zh.facts, &cx.en.facts);
            let zl: Vec<usize> = zn
                .iter()
                .copied()
                .filter(|&z| !en.iter().any(|&e| Entities::same(&zf[z], &ef[e])))
                .collect();
            let el: Vec<usize> = en
                .iter()
                .copied()
                .filter(|&e| !zn.iter().any(|&z| Entities::same(&zf[z], &ef[e])))
                .collect();
            // the one name left over on each side (a slot), each resolving elsewhere in the
            // article to an entity the other is not; looser readings were measured to report
            // mostly names of two different things a sentence mentions on each side
            let ([z], [e]) = (&zl[..], &el[..]) else { continue };
            let (z, e) = (&zf[*z], &ef[*e]);
            // an abbreviation (`BC`, `US`) is no name to resolve
            if e.text.chars().filter(|c| c.is_alphabetic()).count() <= 3 {
                continue;
            }
            // (a name that holds the other's surname is one name read too long: 库克安排 → 库克安)
            let x = entities
                .en_of(z)
                .filter(|x| entity_key(x) != entity_key(e) && !x.text.contains(&e.text) && !e.text.contains(&x.text));
            let y = entities
                .zh_of(e)
                .filter(|y| !z.text.contains(&entity_key(y)) && !y.text.contains(&entity_key(z)));
            let (Some(x), Some(y)) = (x, y) else { continue };
            let message = format!(
                "the Chinese names `{}` where the English names `{}`: two names of the article (the English calls the first `{}`, the Chinese calls the second `{}`)",
                z.text, e.text, x.text, y.text
            );
            out.push(
                Diagnostic::new(self.id(), self.severity(), cx.zh.file, z.span.clone(), message)
                    .with_label(format!("Chinese: {}", z.text))
                    .with_secondary(cx.en.file, e.span.clone(), format!("English: {}", e.text))
                    .with_note(align::why(cx.zh, cx.en, unit)),
            );
        }
    }
}
