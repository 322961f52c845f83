//! A Chinese name glossed in Latin letters by another name of the article: the Chinese gives
//! a name its original in parentheses, `格但斯克 (Lublin)`, but the name is the one it renders
//! elsewhere as another English name (`Gdańsk`), and the English sentence names what the
//! parenthesis says (`Lublin`). The parenthesis is the counterpart the writer meant, so the
//! Chinese name is the one at fault, whatever the rest of the sentences name.

use super::{swapped, Finding, UnitNames};
use crate::align::entities::{renders_loosely, Entities};
use crate::facts::Fact;
use crate::rules::PairContext;

/// The most characters a gloss's parenthesis is read for its end: a name, not a clause.
const LONGEST_GLOSS: usize = 60;

/// Whether a character may stand in a name written in Latin letters: an ASCII or accented
/// Latin letter (Latin-1 and Latin Extended-A and -B: `Kraków`, `Gdańsk`), a space, hyphen,
/// apostrophe or period.
pub(super) fn latin_name_char(c: char) -> bool {
    c.is_ascii_alphabetic() || c.is_alphabetic() && ('\u{c0}'..='\u{24f}').contains(&c) || " -'.".contains(c)
}

/// The name in Latin letters a Chinese name is glossed by: the text of a parenthesis right
/// after it (`(Lublin)`, `（Kraków）`, either width, a space before it allowed), when that text
/// is a name in Latin letters (a capital first, then [`latin_name_char`]s) of at most
/// [`LONGEST_GLOSS`] characters.
fn latin_gloss<'t>(text: &'t str, z: &Fact) -> Option<&'t str> {
    let after = text.get(z.span.end..)?.trim_start_matches(' ');
    let inner = after.strip_prefix('(').or_else(|| after.strip_prefix('（'))?;
    let (end, _) = inner
        .char_indices()
        .take(LONGEST_GLOSS + 1)
        .find(|&(_, c)| c == ')' || c == '）')?;
    let gloss = &inner[..end];
    let first_capital = gloss.chars().next().is_some_and(|c| c.is_uppercase());
    (first_capital && gloss.chars().all(latin_name_char)).then_some(gloss)
}

/// The slot of a unit where a Chinese name's gloss in Latin letters is an English name of the
/// unit that the Chinese name does not render, while the Chinese name resolves in the article
/// (in this unit too) to another English name: `格但斯克 (Lublin)` where the English sentence names
/// `Lublin` and the article renders 格但斯克 as `Gdańsk`.
pub(super) fn find(cx: &PairContext, entities: &Entities, names: &UnitNames, found: &[Finding]) -> Option<Finding> {
    let (zf, ef) = (&cx.zh.facts, &cx.en.facts);
    let text = &cx.zh.source.text;
    // (a name a finding of the unit already names, on either side, by any of its mentions)
    let taken = |z: &Fact, e: &Fact| found.iter().any(|f| zf[f.zh].text == z.text || ef[f.en].text == e.text);
    names.zh_all.iter().find_map(|&zi| {
        let z = &zf[zi];
        let gloss = latin_gloss(text, z)?;
        // the English sentence names the gloss
        let ei = *names.en_all.iter().find(|&&e| ef[e].text == gloss)?;
        let e = &ef[ei];
        // and the Chinese name renders another English name of the article, not this one
        let other = entities.en_entity(z)?;
        let resolves = entities.zh_entity(e);
        let distinct = swapped::two_english_names(other, e, resolves.is_some())
            && !renders_loosely(z, e)
            && resolves.is_none_or(|y| y.text != z.text)
            && !taken(z, e);
        distinct.then(|| Finding {
            zh: zi,
            en: ei,
            on_en: false,
            message: format!(
                "the Chinese names `{}` where the English names `{}`, as the Chinese gives it in parentheses: two names of the article (the article renders the first as `{}`)",
                z.text, e.text, other.text
            ),
            label: format!("Chinese: {} ({})", z.text, gloss),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::latin_gloss;
    use crate::facts::test_support::facts_of;
    use crate::facts::FactKind;

    /// The gloss after the first Chinese name of `text`.
    fn gloss_of(text: &str) -> Option<String> {
        let facts = facts_of("a.zh.txt", text);
        let z = facts.iter().find(|f| f.kind == FactKind::Name).expect("a name");
        latin_gloss(text, z).map(str::to_string)
    }

    #[test]
    fn a_name_in_latin_letters_in_parentheses_right_after_the_chinese_name() {
        let long = format!("克拉科夫（K{}）是一座城市。", "a".repeat(70));
        for (text, gloss) in [
            // must: half-width (a space before allowed), full-width and mixed parentheses,
            // letters with diacritics, hyphens and periods (xquad Warsaw, wikipairs
            // Linus_Torvalds)
            ("这样的城市例子有卢布林 (Lublin)、克拉科夫。", Some("Lublin")),
            (
                "他的名字来自于莱纳斯·鲍林（Linus Pauling），一位化学家。",
                Some("Linus Pauling"),
            ),
            ("克拉科夫（Kraków）是一座城市。", Some("Kraków")),
            ("克拉科夫(Kraków）是一座城市。", Some("Kraków")),
            ("约翰·C·梅信格（John C. Messenger）写道。", Some("John C. Messenger")),
            (
                "让-巴蒂斯特·赛伊 (Jean-Baptiste Say) 在1803年。",
                Some("Jean-Baptiste Say"),
            ),
            // must not: a lower-case word, a year, Chinese inside, no parenthesis right after,
            // a name in another script, a parenthesis longer than a name
            ("克拉科夫（city）是一座城市。", None),
            ("克拉科夫（1257年）是一座城市。", None),
            ("克拉科夫（Kraków城）是一座城市。", None),
            ("克拉科夫是一座城市（Kraków）。", None),
            ("莫斯科（Москва）是一座城市。", None),
            (long.as_str(), None),
        ] {
            assert_eq!(gloss_of(text).as_deref(), gloss, "{text}");
        }
    }
}
