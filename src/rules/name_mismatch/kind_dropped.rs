//! A name whose kind one side drops: the Chinese names a treaty, an institute, a palace, a
//! building, a street or a peninsula (马斯特里赫特条约, 拉德克利夫研究院, 科唐坦半岛) where the
//! English gives the bare name (`Maastricht`, `Radcliffe`, `Cotentin`), which names a town, a
//! person or a region instead. A kind of one character (塔 `tower`, 街 `street`) counts where
//! the name without it renders the English name better: the reader may have taken it into the
//! name (米切尔塔 against `Mitchell`). Kinds of places that English names bare as a matter of
//! course (城市 `city`, 州 `state`, 河 `river`: `New York`, `the Mississippi`) are not among
//! them.

use super::{Finding, UnitNames};
use crate::align::entities::Entities;
use crate::rules::PairContext;

/// English words that make a name an institution, a work or a building: what the bare name
/// is not. Read from the gloss of the Chinese word after the name.
const KINDS: &[&str] = &[
    "treaty",
    "institute",
    "university",
    "college",
    "academy",
    "museum",
    "company",
    "corporation",
    "prize",
    "award",
    "association",
    "society",
    "committee",
    "church",
    "palace",
];

/// Kinds of buildings, streets and land (机场 `airport`, 半岛 `peninsula`): taken only from a
/// word jieba tags as a noun, and from its first two meanings, since verbs have them among
/// their glosses too (崛起 `rise abruptly tower`, 对阵 `poised battle square`, 住院 `hospital
/// hospitalized`, which jieba tags a noun: no hospital here).
const PLACE_KINDS: &[&str] = &[
    "airport",
    "park",
    "peninsula",
    "tower",
    "street",
    "avenue",
    "bridge",
    "square",
    "hall",
    "mansion",
    "building",
    "cathedral",
    "castle",
    "library",
    "stadium",
    "theater",
    "theatre",
];

/// The kind the Chinese word right after a name gives it (条约 → `treaty`), if any: the
/// longest word of two to four characters the lexicon knows there.
pub(super) fn kind_after(text: &str) -> Option<(&'static str, usize)> {
    word_ends(text)
        .rev()
        .find_map(|end| kind_of(&text[..end], false).map(|kind| (kind, end)))
}

/// Where the words of two to four characters at the start of `text` end (byte offsets).
fn word_ends(text: &str) -> impl DoubleEndedIterator<Item = usize> {
    let ends: Vec<usize> = text.char_indices().map(|(i, c)| i + c.len_utf8()).take(4).collect();
    ends.into_iter().skip(1)
}

/// The kind a Chinese word names, if any. `suffix`: the word ends a name (塔 of 米切尔塔), where
/// it can only be a noun (jieba tags a lone 塔 `j`, so a tag would not tell).
fn kind_of(word: &str, suffix: bool) -> Option<&'static str> {
    let gloss = crate::lang::lexicon::english(word)?;
    // the kind is the word's first meaning, or one of its first three (大学 `great
    // learning … university`: no; 研究院 `research institute`: yes)
    let kind = gloss
        .split(' ')
        .take(3)
        .find_map(|w| KINDS.iter().find(|k| **k == w))
        .or_else(|| {
            // (and among its first two meanings: 广场 `public square`; not 对阵 `poised
            // battle square`; segmented only then)
            let kind = gloss
                .split(' ')
                .take(2)
                .find_map(|w| PLACE_KINDS.iter().find(|k| **k == w))?;
            let noun = suffix
                || crate::lang::segment::words(word)
                    .first()
                    .is_some_and(|w| w.text == word && w.tag.starts_with('n'));
            noun.then_some(kind)
        })?;
    Some(*kind)
}

/// Characters that are a kind on their own at the end of a name (塔 `tower`, 街 `street`, 桥
/// `bridge`, 宫 `palace`); not 堡, a syllable of many names (汉堡, 爱丁堡) and a fort besides
/// (罗马堡 `a Roman fort`), nor 院, 馆, 楼, whose glosses are too loose to tell.
const ONE_CHARACTER_KINDS: &[&str] = &["塔", "街", "桥", "宫"];

/// How much better a Chinese name must render the English name without a last character for
/// that character to be a kind (米切尔塔 `Mitchell`: 米切尔 renders it better), not a syllable
/// of the name (阿尔伯塔 `Alberta`, 奥古斯塔 `Augusta`).
const BARE_MARGIN: f64 = 0.1;

/// The kind beside Chinese name `zh` (its text, and the text after it) that the English
/// name `en` leaves out: the kind, the Chinese word for it and the name with it. The word
/// after the name (条约, 研究院); or one character the lexicon gives as a kind (塔 `tower`, 街
/// `street`, 桥 `bridge`) after the name or ending it (米切尔塔: the reader may take it in),
/// where the name without it renders the English name better. A character after the name
/// counts only standing alone: not the first of a word (宫廷 `court`, 塔里木 `Tarim`). `next`:
/// [`kind_after`] of `after`, found once per Chinese name.
fn kind_beside<'a>(
    zh: &'a str,
    after: &'a str,
    next: Option<(&'static str, usize)>,
    en: &str,
) -> Option<(&'static str, &'a str, String)> {
    if let Some((kind, len)) = next {
        return Some((kind, &after[..len], format!("{zh}{}", &after[..len])));
    }
    let key = en.to_lowercase();
    let bare_reads = |bare: &str, whole: &str| {
        bare.chars().count() >= 2
            && crate::facts::translit::name_similarity(bare, &key)
                >= crate::facts::translit::name_similarity(whole, &key) + BARE_MARGIN
    };
    let one_character = |word: &str| ONE_CHARACTER_KINDS.contains(&word);
    if let Some(c) = after.chars().next().filter(|c| one_character(&after[..c.len_utf8()])) {
        let word = &after[..c.len_utf8()];
        let alone = !word_ends(after).any(|end| {
            let longer = &after[..end];
            crate::lang::lexicon::english(longer).is_some() || crate::lang::segment::is_dictionary_word(longer)
        });
        if let Some(kind) = kind_of(word, true).filter(|_| alone) {
            let whole = format!("{zh}{word}");
            if bare_reads(zh, &whole) {
                return Some((kind, word, whole));
            }
        }
    }
    let (at, _) = zh.char_indices().last().filter(|&(at, _)| one_character(&zh[at..]))?;
    let kind = kind_of(&zh[at..], true)?;
    bare_reads(&zh[..at], zh).then(|| (kind, &zh[at..], zh.to_string()))
}

/// In a translation: an English name the Chinese names with a kind the English leaves out.
pub(super) fn find(cx: &PairContext, names: &UnitNames, found: &[Finding]) -> Vec<Finding> {
    let mut out = Vec::new();
    if !names.translated {
        return out;
    }
    let (zf, ef) = (&cx.zh.facts, &cx.en.facts);
    for &zi in &names.zh {
        let z = &zf[zi];
        let after = cx.zh.source.text.get(z.span.end..).unwrap_or("");
        let next = kind_after(after);
        for &ei in &names.en {
            let e = &ef[ei];
            // (an English name of several words has a kind of its own: `Newcastle Polytechnic`;
            // and with such a name in the sentence, the bare one is another mention)
            let longer = names
                .en
                .iter()
                .any(|&o| o != ei && ef[o].text.split(' ').any(|w| w == e.text));
            if e.text.contains(' ')
                || longer
                || found.iter().chain(&out).any(|f: &Finding| f.en == ei || f.zh == zi)
                || !Entities::same(z, e)
            {
                continue;
            }
            let Some((kind, word, named)) = kind_beside(&z.text, after, next, &e.text) else {
                continue;
            };
            // the English states the kind: in the name, or around it (`Treaty of Maastricht`,
            // `Maastricht Treaty`, `the University of Chicago`)
            let lower = e.text.to_lowercase();
            let text = &cx.en.source.text;
            // (a few words each side of the name, cut at char boundaries: never the rest of
            // the text, which would make the cost grow with the text for every name)
            let mut from = e.span.start.saturating_sub(24);
            while from > 0 && !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (e.span.end + 40).min(text.len());
            while to < text.len() && !text.is_char_boundary(to) {
                to += 1;
            }
            let before = text.get(from..e.span.start).unwrap_or("").to_lowercase();
            let next = text.get(e.span.end..to).unwrap_or("").to_lowercase();
            let next_word = next
                .trim_start()
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            // (in any of the words the lexicon gives the Chinese word: `Chicago firm` for
            // 芝加哥公司, `Montreal Protocol` for 蒙特利尔议定书)
            let gloss: Vec<&str> = crate::lang::lexicon::english(word)
                .unwrap_or(kind)
                .split(' ')
                .filter(|w| w.len() >= 4)
                .collect();
            let is_kind = |w: &str| gloss.contains(&w.trim_end_matches('s'));
            // or before: `the Horniman`, where the article has named the `Horniman Museum`
            let named_so = || {
                ef.iter().any(|o| {
                    o.kind == crate::facts::FactKind::Name
                        && o.span.end <= e.span.start
                        && o.text != e.text
                        && o.text.split(' ').any(|w| w == e.text)
                        && o.text.to_lowercase().split(' ').any(is_kind)
                })
            };
            let stated = lower.split(' ').any(is_kind)
                || is_kind(next_word)
                || gloss.iter().any(|g| before.contains(g))
                || named_so();
            if stated {
                continue;
            }
            out.push(Finding {
                zh: zi,
                en: ei,
                on_en: true,
                message: format!(
                    "the Chinese names `{named}` ({} {kind}), the English only `{}`",
                    // (`an airport`, `an institute`; `a university`)
                    if kind.starts_with(['a', 'e', 'i', 'o']) {
                        "an"
                    } else {
                        "a"
                    },
                    e.text
                ),
                label: format!("no `{kind}` here"),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_word_after_a_name_gives_its_kind() {
        assert_eq!(super::kind_after("条约签署后").map(|k| k.0), Some("treaty"));
        assert_eq!(super::kind_after("研究院的").map(|k| k.0), Some("institute"));
        assert_eq!(super::kind_after("在1992年").map(|k| k.0), None);
        assert_eq!(super::kind_after("半岛，").map(|k| k.0), Some("peninsula"));
        assert_eq!(super::kind_after("机场的").map(|k| k.0), Some("airport"));
        // verbs whose glosses hold a kind: no kind (崛起 `rise abruptly tower`)
        for verb in ["崛起成为", "对阵德国", "矗立在", "住院治疗"] {
            assert_eq!(super::kind_after(verb).map(|k| k.0), None, "{verb}");
        }
    }

    /// One character after a name or ending it is a kind where the name without it renders
    /// the English name better (米切尔塔 `Mitchell`, xquad University_of_Chicago; 弗雷斯诺街
    /// `Fresno`, xquad Fresno); not where it is a syllable of the name (names of the clean
    /// xquad: 科斯塔 `Costa`, 肯雅塔 `Kenyatta`, 门多塔 `Mendota`, 巴蒂斯塔 `Batista`, 穆尔塔
    /// `Murtha`), nor 堡 (罗马堡 for `Roman`, a fort).
    #[test]
    fn one_character_beside_a_name_is_its_kind_where_the_name_reads_better_without() {
        let kind = |zh: &str, after: &str, en: &str| {
            super::kind_beside(zh, after, super::kind_after(after), en).map(|k| (k.0, k.2))
        };
        assert_eq!(
            kind("米切尔塔", "就是", "Mitchell"),
            Some(("tower", "米切尔塔".to_string()))
        );
        assert_eq!(
            kind("弗雷斯诺", "街和索恩", "Fresno"),
            Some(("street", "弗雷斯诺街".to_string()))
        );
        for (zh, en) in [
            ("科斯塔", "Costa"),
            ("肯雅塔", "Kenyatta"),
            ("门多塔", "Mendota"),
            ("巴蒂斯塔", "Batista"),
            ("穆尔塔", "Murtha"),
            ("罗马堡", "Roman"),
        ] {
            assert_eq!(kind(zh, "的", en), None, "{zh}");
        }
        // the name read short of a syllable (阿尔伯 + 塔 for `Alberta`): no kind
        assert_eq!(kind("阿尔伯", "塔省", "Alberta"), None);
        // the first character of a word after the name (宫廷 `court`, 塔里木 `Tarim`): no kind
        assert_eq!(kind("维也纳", "宫廷的", "Vienna"), None);
        assert_eq!(kind("新疆", "塔里木盆地", "Xinjiang"), None);
    }
}
