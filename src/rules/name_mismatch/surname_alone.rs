//! A Chinese person's surname alone. Where nothing else is found in a sure unit: the Chinese
//! names a Chinese person in full (王励勤, a name the lexicon glosses as a person's), the
//! English sentence gives one word that spells the surname (`Wang`) and no name that renders
//! the whole, and the English article names that person in full nowhere. English calls a
//! Chinese person by the surname once it has given the whole name (`Mao` after `Mao Zedong`);
//! before, or without it, the name is cut. Not where the English unit gives two words that
//! spell the surname, nor where the unit's Chinese holds, outside the name, a character the
//! English word spells (秦 of 秦朝 beside 秦始皇: `Qin` may render the state; 唐 of 唐朝 for
//! `Tang` beside 邓). One finding a unit at most.

use super::{Finding, UnitNames};
use crate::align::Unit;
use crate::facts::native_name;
use crate::facts::translit::{name_similarity, MATCH_THRESHOLD};
use crate::rules::PairContext;

/// The finding of a unit, if any ([`crate::rules::name_mismatch`] calls it for a sure unit
/// where nothing else was found).
pub(super) fn find(cx: &PairContext, unit: &Unit, names: &UnitNames) -> Option<Finding> {
    let (zf, ef) = (&cx.zh.facts, &cx.en.facts);
    let mut zh_text: Option<String> = None;
    let mut found = None;
    for &z in &names.zh {
        let key = crate::lang::script::fold_to_simplified(&zf[z].text).text;
        if !native_name::reads_as_a_name(&key) {
            continue;
        }
        // the English sentence names the person in full: nothing cut
        if names
            .en
            .iter()
            .any(|&e| name_similarity(&key, &ef[e].text) >= MATCH_THRESHOLD)
        {
            continue;
        }
        // (one English word spelling the surname: two may be two people cut, or one said twice)
        let mut alone = names
            .en_all
            .iter()
            .copied()
            .filter(|&e| native_name::spells_the_surname_of(&key, &ef[e].text));
        let (Some(e), None) = (alone.next(), alone.next()) else {
            continue;
        };
        // (a character the English word spells outside the name, in any of the unit's Chinese
        // sentences: a dynasty or a state, 唐 of 唐朝 for `Tang` beside 邓; another person)
        let text = zh_text.get_or_insert_with(|| sentences_text(cx, unit));
        if native_name::spells_a_character_of(&text.replace(key.as_str(), ""), &ef[e].text) {
            continue;
        }
        // the English article gives the whole name somewhere: the surname alone is its usage
        if ef
            .iter()
            .any(|f| f.kind == crate::facts::FactKind::Name && name_similarity(&key, &f.text) >= MATCH_THRESHOLD)
        {
            continue;
        }
        if found.is_some() {
            return None;
        }
        found = Some(Finding {
            zh: z,
            en: e,
            on_en: true,
            message: format!(
                "the English gives the surname `{}` alone where the Chinese names `{}` in full, and names the person in full nowhere",
                ef[e].text, zf[z].text
            ),
            label: "surname alone".to_string(),
        });
    }
    found
}

/// The text of the unit's Chinese sentences, in Simplified.
fn sentences_text(cx: &PairContext, unit: &Unit) -> String {
    let text: String = unit
        .zh
        .iter()
        .filter_map(|&s| cx.zh.doc.sentences.get(s))
        .map(|s| cx.zh.doc.prose.text.get(s.prose.clone()).unwrap_or_default())
        .collect();
    crate::lang::script::fold_to_simplified(&text).text
}
