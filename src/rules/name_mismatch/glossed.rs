//! A Chinese name glossed in Latin letters by another name of the article: the Chinese gives
//! a name its original in parentheses, `格但斯克 (Lublin)`, but the name is the one it renders
//! elsewhere as another English name (`Gdańsk`), and the English sentence names what the
//! parenthesis says (`Lublin`). The parenthesis is the counterpart the writer meant, so the
//! Chinese name is the one at fault, whatever the rest of the sentences name.

use super::{Finding, UnitNames};
use crate::align::entities::{entity_key, renders_loosely, Entities};
use crate::facts::Fact;
use crate::rules::PairContext;

/// The name in Latin letters a Chinese name is glossed by: the text of a parenthesis right
/// after it (`(Lublin)`, `（Kraków）`, a space between allowed), when that text is a name in
/// Latin letters (a capital first, then letters, spaces, hyphens, apostrophes and periods).
fn latin_gloss<'t>(text: &'t str, z: &Fact) -> Option<&'t str> {
    let after = text.get(z.span.end..)?.trim_start_matches(' ');
    let (inner, close) = if let Some(rest) = after.strip_prefix('(') {
        (rest, ')')
    } else {
        (after.strip_prefix('（')?, '）')
    };
    let gloss = &inner[..inner.find(close)?];
    let mut chars = gloss.chars();
    let first_capital = chars.next().is_some_and(|c| c.is_uppercase());
    let name_chars = gloss
        .chars()
        .all(|c| c.is_alphabetic() && !crate::lang::script::is_han(c) || " -'.".contains(c));
    (first_capital && name_chars && gloss.len() <= 60).then_some(gloss)
}

/// The slot of a unit where a Chinese name's gloss in Latin letters is an English name of the
/// unit that the Chinese name does not render, while the Chinese name resolves elsewhere in
/// the article to another English name: `格但斯克 (Lublin)` where the English sentence names
/// `Lublin` and the article renders 格但斯克 as `Gdańsk`.
pub(super) fn find(cx: &PairContext, entities: &Entities, names: &UnitNames, found: &[Finding]) -> Option<Finding> {
    let (zf, ef) = (&cx.zh.facts, &cx.en.facts);
    let text = &cx.zh.source.text;
    names.zh_all.iter().find_map(|&zi| {
        let z = &zf[zi];
        if found.iter().any(|f| f.zh == zi) {
            return None;
        }
        let gloss = latin_gloss(text, z)?;
        // the English sentence names the gloss
        let ei = *names.en_all.iter().find(|&&e| ef[e].text == gloss)?;
        let e = &ef[ei];
        // and the Chinese name renders another English name of the article, not this one
        let other = entities.en_entity(z)?;
        let distinct = entity_key(other) != entity_key(e)
            && !other.text.contains(&e.text)
            && !e.text.contains(&other.text)
            && !renders_loosely(z, e)
            && entities.zh_entity(e).is_none_or(|y| y.text != z.text);
        distinct.then(|| Finding {
            zh: zi,
            en: ei,
            on_en: false,
            message: format!(
                "the Chinese names `{}` where the English names `{}`, as the Chinese gives it in parentheses: two names of the article (the English calls the first `{}` elsewhere)",
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
        // must: half-width (a space before allowed) and full-width parentheses, letters with
        // diacritics, hyphens and periods (xquad Warsaw, wikipairs Linus_Torvalds)
        assert_eq!(
            gloss_of("这样的城市例子有卢布林 (Lublin)、克拉科夫。").as_deref(),
            Some("Lublin")
        );
        assert_eq!(
            gloss_of("他的名字来自于莱纳斯·鲍林（Linus Pauling），一位化学家。").as_deref(),
            Some("Linus Pauling")
        );
        assert_eq!(gloss_of("克拉科夫（Kraków）是一座城市。").as_deref(), Some("Kraków"));
        // must not: a lower-case word, a year, Chinese inside, no parenthesis right after
        assert_eq!(gloss_of("克拉科夫（city）是一座城市。"), None);
        assert_eq!(gloss_of("克拉科夫（1257年）是一座城市。"), None);
        assert_eq!(gloss_of("克拉科夫（Kraków城）是一座城市。"), None);
        assert_eq!(gloss_of("克拉科夫是一座城市（Kraków）。"), None);
    }
}
