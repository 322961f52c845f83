//! # inconsistent-transliteration (warning)
//!
//! **What it does.** Within one Chinese article, finds one foreign name written in different
//! ways: Kokoity as 科科伊季, 科科伊奇, 科科齐 and 科科伊特 in the same article.
//!
//! **Why it matters.** Readers take different spellings for different people; searches and
//! links find only one of them. Chinese Wikipedia uses one transliteration per name,
//! following the Xinhua tables.
//!
//! **How it decides.** When the article has an English counterpart, each Chinese name is
//! matched by transliteration to the English name it renders (Eduard Kokoity, Robert
//! Kokoity); the part that renders the surname (after the interpunct, or after the given
//! name when there is none: 罗伯特|科科齐) is collected per English surname, and a surname
//! written two or more ways is reported, with a label on each spelling and a note naming the
//! English form. Without a counterpart the rule stays quiet (it needs the English spelling to
//! tell one name's variants from two names).
//!
//! **Example.**
//! ```text
//! 爱德华·贾巴耶维奇·科科伊季 … 科科伊奇总统 … 罗伯特科科齐 … 罗伯特科科伊特
//!                   ^^^^       ^^^^          ^^^         ^^^^ one name, four spellings
//! ```
//!
//! **Fix.** Use one spelling throughout, the one the name's own article uses.

use super::{Context, Rule};
use crate::align::Side;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::name_match::{best_split, en_tokens, zh_parts, ByInitial};
use crate::facts::translit::{is_translit_char, name_similarity};
use crate::facts::{Fact, FactKind};
use crate::lang::script;
use crate::Span;
use std::collections::BTreeMap;

pub struct InconsistentTransliteration;

/// The part of a Chinese name that renders the English surname, with its source span.
fn surname_part(zh: &Fact, tokens: &[&str], src: &str) -> Option<(String, Span)> {
    if src.get(zh.span.clone()) != Some(zh.text.as_str()) {
        return None; // the name was read from a link target: no text span of its own
    }
    let parts = zh_parts(&zh.text);
    let last = *parts.last()?;
    let surname = tokens.last()?;
    let piece = if parts.len() > 1 {
        last.to_string()
    } else {
        // no interpunct: drop a leading given name (罗伯特科科齐 → 科科齐) where the name
        // divides best into the English given name and surname
        let chars: Vec<char> = last.chars().collect();
        let cut = if tokens.len() >= 2 && chars.len() >= 4 {
            let pair = [tokens[0], tokens[tokens.len() - 1]];
            let (k, score) = best_split(&chars, &pair);
            let whole = name_similarity(last, surname);
            if score >= 0.5 && name_similarity(&chars[..k].iter().collect::<String>(), tokens[0]) >= 0.8 && whole < 0.8
            {
                k
            } else {
                0
            }
        } else {
            0
        };
        chars[cut..].iter().collect()
    };
    // a piece split off a well-matched full name may be loose; a whole name standing for the
    // surname alone must match it closely (英格兰 and 伊斯兰 are not both England)
    let whole = piece == zh.text;
    if piece.chars().count() < 2 || name_similarity(&piece, surname) < if whole { 0.8 } else { 0.5 } {
        return None;
    }
    let end = zh.span.end;
    Some((piece.clone(), end - piece.len()..end))
}

/// Whether `a` and `b` share at least half the characters of the shorter (as multisets).
fn shared_half(a: &str, b: &str) -> bool {
    let mut rest: Vec<char> = b.chars().collect();
    let mut shared = 0;
    for c in a.chars() {
        if let Some(p) = rest.iter().position(|&x| x == c) {
            rest.remove(p);
            shared += 1;
        }
    }
    let shorter = a.chars().count().min(b.chars().count());
    shared * 2 >= shorter
}

/// En surname (folded) → (the surname as written, Chinese spellings → occurrences).
type BySurname = BTreeMap<String, (String, BTreeMap<String, Vec<Span>>)>;

/// The Chinese spellings of each English surname of the partner `en` that a transliterated
/// name of this article renders.
fn spellings_by_surname(cx: &Context, en: &Side) -> BySurname {
    let zh_facts = cx.facts();
    // each English name once (a name recurs through an article)
    let mut seen = std::collections::HashSet::new();
    // a one-word "name" the English also writes in lower case is a common word that began
    // a sentence (`Roles`, `All`), not a name
    let lower_words: std::collections::HashSet<&str> = en
        .source
        .text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect();
    let common = |f: &Fact| {
        let tokens = en_tokens(&f.text);
        tokens.len() == 1 && lower_words.contains(tokens[0].to_lowercase().as_str())
    };
    let en_names: Vec<&Fact> = en
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::Name && !common(f) && seen.insert(f.text.as_str()))
        .collect();
    let index = ByInitial::new(en_names);
    let mut best: std::collections::HashMap<&str, Option<(&Fact, f64)>> = std::collections::HashMap::new();
    // en surname (folded) → spellings → occurrences
    let mut by_surname: BySurname = BTreeMap::new();
    for z in zh_facts
        .iter()
        // transliterations only: every char one of the transliteration table's (native
        // Chinese names have no English spelling to be inconsistent with)
        .filter(|f| {
            f.kind == FactKind::Name
                && f.text.chars().all(|c| is_translit_char(c) || "·・•‧".contains(c))
                && f.text.chars().any(script::is_han)
        })
    {
        // (each name is compared with the other side's that share an initial: many names
        // sharing few initials cost their square; past the time budget the rest is left)
        if crate::budget::expired() {
            break;
        }
        let found = *best.entry(z.text.as_str()).or_insert_with(|| index.best(z, 0.75));
        let Some((e, sim)) = found else {
            continue;
        };
        let tokens = en_tokens(&e.text);
        if sim < 0.75 || tokens.is_empty() {
            continue;
        }
        let Some((piece, span)) = surname_part(z, &tokens, cx.text()) else {
            continue;
        };
        let key = tokens[tokens.len() - 1].to_lowercase();
        let folded = script::fold_to_simplified(&piece).text;
        let entry = by_surname
            .entry(key)
            .or_insert_with(|| (tokens[tokens.len() - 1].to_string(), BTreeMap::new()));
        entry.1.entry(folded).or_default().push(span);
    }
    by_surname
}

/// The variant spellings of one surname worth reporting, each with its first occurrence and
/// count, in the order of the text; `None` when there is one spelling.
fn variants(mut spellings: BTreeMap<String, Vec<Span>>) -> Option<Vec<(String, Span, usize)>> {
    // a spelling containing another is the same name with a neighbouring character
    // read into it (伦敦 / 伦敦登), not a variant
    let keys: Vec<String> = spellings.keys().cloned().collect();
    spellings.retain(|s, _| !keys.iter().any(|k| k != s && s.contains(k.as_str())));
    // variants of one name share much of their writing (科科伊季 / 科科齐, 凯恩斯 /
    // 凯因斯); two names that merely both resemble the English are different names
    // (孟加拉 / 蒙古列 for Mongolia, 日本 / 治安): keep the spellings sharing at least
    // half the characters of the shorter with the commonest one
    let common = spellings
        .iter()
        .max_by(|a, b| a.1.len().cmp(&b.1.len()).then(b.0.cmp(a.0)))
        .map(|(s, _)| s.clone())?;
    spellings.retain(|s, _| shared_half(s, &common));
    if spellings.len() < 2 {
        return None;
    }
    let mut firsts: Vec<(String, Span, usize)> = spellings
        .iter()
        .map(|(s, spans)| (s.clone(), spans[0].clone(), spans.len()))
        .collect();
    firsts.sort_by_key(|f| f.1.start);
    Some(firsts)
}

impl Rule for InconsistentTransliteration {
    fn id(&self) -> &'static str {
        "inconsistent-transliteration"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("inconsistent_transliteration.rs"))
    }
    fn cross_language(&self) -> bool {
        true
    }
    fn compares_pairs(&self) -> bool {
        false // reads the partner's names; no aligned sentences
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(en) = cx
            .partner
            .filter(|p| p.doc.lang != cx.doc.lang && cx.doc.lang == crate::source::Lang::Zh)
        else {
            return;
        };
        for (_, (english, spellings)) in spellings_by_surname(cx, en) {
            let Some(firsts) = variants(spellings) else {
                continue;
            };
            let list: Vec<String> = firsts.iter().map(|f| f.0.clone()).collect();
            let mut d = Diagnostic::new(
                self.id(),
                self.severity(),
                cx.file,
                firsts[0].1.clone(),
                format!("`{english}` is written {} ways: {}", list.len(), list.join(", ")),
            )
            .with_label(format!("`{}` ({}×)", firsts[0].0, firsts[0].2));
            for (s, span, n) in &firsts[1..] {
                d = d.with_secondary(cx.file, span.clone(), format!("`{s}` ({n}×)"));
            }
            out.push(d.with_note(format!(
                "the English article writes `{english}`: use one Chinese spelling for it throughout"
            )));
        }
    }
}
