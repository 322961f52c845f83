//! # entity-mismatch (warning)
//!
//! **What it does.** In a Chinese article and its English counterpart, finds corresponding
//! sentences that put a different place, country or organisation in the same slot: the
//! English says the treaty was signed `in Vienna`, the Chinese 「在日内瓦签署」 (in Geneva).
//!
//! **Why it matters.** A place or an organisation swapped in translation (or in a later
//! edit of one side) leaves every date, number and person agreeing, so the other checks pass
//! it by, and each text reads well on its own.
//!
//! **How it decides.** Only sentences aligned with confidence in texts that run in parallel
//! (a translation) are compared: articles written independently name another place in
//! passing, or the country where the other names its province, far too often (on
//! tests/corpus/wikipairs, 10 of 10 such findings were two different things said). On the
//! Chinese side, a place or organisation is a word jieba's dictionary tags as one (`ns`, `nt`;
//! or a noun glossed as a capital, city or province) that CC-CEDICT glosses (维也纳 →
//! `vienna capital austria`); on the English side, a run of capitalised words that is the
//! start of such a gloss (`Vienna` → 维也纳, `United Nations` → 联合国; not a people or
//! language, `Japanese`); on both sides, only where the name reader reads a name too. A
//! Chinese place is *stated* in the English sentences when a word of its gloss is there
//! (`France`, `French` for 法国) or its initials (`US`, `U.S.` for 美国, `united states usa`);
//! an English place is stated in the Chinese sentences when one of its Chinese words is
//! there, a Chinese word's gloss holds it, or a Chinese name transliterates it. What is left
//! is reported only when exactly one place is left on each side (or exactly one
//! organisation), and neither names the other (维也纳 and `Austria` are not two places; nor
//! are 英国 and `England`, 英格兰, whose Chinese begin alike). A run of capitalised words
//! followed by `of` and another run heads a longer name (`Treaty of Rome`) and names no place.
//! Two people are `name-mismatch`'s.
//!
//! **Example** (tests/corpus/xquad, French_and_Indian_War, with 法国 changed to 德国).
//! ```text
//! zh: 1756年5月18日，在欧洲，英国正式向德国宣战，…                  ← Germany
//! en: During that time in Europe, on May 18, 1756, England formally
//!     declared war on France, …                                    ← 法国
//! ```
//! 英国 and `England` are one country here, and `Europe` is 欧洲: Germany and France are the
//! one place left on each side.
//!
//! **Fix.** Check the source and correct the side that is wrong.

use super::claims::{self, Word};
use super::{PairContext, Rule};
use crate::align::entities::{self, Sort};
use crate::align::{self, Side, Unit};
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::FactKind;
use std::ops::Range;

pub struct EntityMismatch;

/// A place or organisation a Chinese sentence names: its word, sort and CC-CEDICT gloss.
struct ZhPlace {
    prose: Range<usize>,
    word: String,
    sort: Sort,
    gloss: &'static str,
}

/// A place or organisation an English sentence names: its words, lower-case key and the
/// Chinese words (with their sorts) the key stands for.
struct EnPlace {
    prose: Range<usize>,
    key: String,
    zh: Vec<(&'static str, Sort)>,
}

/// The words of a gloss that name something (not `capital`, `city`, …), for finding it in
/// English text.
fn gloss_words(gloss: &str) -> impl Iterator<Item = &str> {
    // besides the words that describe a place or begin many names (`entities`), words of
    // organisations' names
    const NOT_NAMES: &[&str] = &[
        "states",
        "university",
        "company",
        "party",
        "council",
        "committee",
        "union",
    ];
    gloss.split(' ').filter(|w| {
        w.len() >= 3
            && !NOT_NAMES.contains(w)
            && !entities::DESCRIPTORS.contains(w)
            && !entities::NAME_OPENERS.contains(w)
    })
}

/// The places and organisations of a unit's Chinese words.
fn zh_places(words: &[Word]) -> Vec<ZhPlace> {
    let mut out: Vec<ZhPlace> = Vec::new();
    for w in words {
        if !w.tag.starts_with('n') || w.text.chars().count() < 2 || out.iter().any(|p| p.word == w.text) {
            continue;
        }
        let Some(gloss) = crate::lang::lexicon::english(&w.text) else {
            continue;
        };
        let Some(sort) = Sort::of(&w.tag, gloss) else { continue };
        if entities::english_keys(gloss).is_empty() {
            continue;
        }
        out.push(ZhPlace {
            prose: w.prose.clone(),
            word: w.text.clone(),
            sort,
            gloss,
        });
    }
    out
}

/// Whether an English word (lower case) names a word of a gloss: the word itself, or a form
/// of it (`austrian` for `austria`, `viennese` for `vienna`, `metropolitan` for `metropolis`).
fn names(en_word: &str, gloss_word: &str) -> bool {
    let w = en_word.strip_suffix("'s").unwrap_or(en_word);
    let g = gloss_word;
    w == g
        || (g.len() >= 4 && w.starts_with(g))
        || (g.len() >= 6 && g.is_char_boundary(g.len() - 2) && w.starts_with(&g[..g.len() - 2]))
}

/// The places and organisations of a unit's English words: each run of capitalised words
/// (the sentence's first word too) that is the key of one, the longest first.
fn en_places(side: &Side, words: &[Word]) -> Vec<EnPlace> {
    let capital = |w: &Word| {
        claims::text(side, &w.prose)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let prose = &side.doc.prose.text;
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        if !capital(&words[k]) {
            k += 1;
            continue;
        }
        let start = k;
        while k + 1 < words.len()
            && capital(&words[k + 1])
            && prose
                .get(words[k].prose.end..words[k + 1].prose.start)
                .is_some_and(|gap| gap.chars().all(|c| c == ' '))
        {
            k += 1;
        }
        runs.push(start..k + 1);
        k += 1;
    }
    // a run followed by `of` and another run heads a longer name (`Treaty of Rome`,
    // `University of Helsinki`): it names no place alone (the run after it may: `Shah of Iran`)
    let of_at = |i: usize| words.get(i).is_some_and(|w| w.text == "of");
    let joined: Vec<bool> = (0..runs.len())
        .map(|r| of_at(runs[r].end) && r + 1 < runs.len() && runs[r + 1].start == runs[r].end + 1)
        .collect();
    let runs: Vec<Range<usize>> = runs
        .into_iter()
        .zip(joined)
        .filter(|(_, j)| !j)
        .map(|(r, _)| r)
        .collect();
    let mut out: Vec<EnPlace> = Vec::new();
    for run in runs {
        // the sentence's first word is capitalised whatever it is: the run may start after it
        let opener = run.len() > 1 && words[run.start].tag.is_empty();
        let tries = [Some(run.clone()), opener.then(|| run.start + 1..run.end)];
        for r in tries.into_iter().flatten() {
            let key = words[r.clone()]
                .iter()
                .map(|w| w.text.strip_suffix("'s").unwrap_or(&w.text))
                .collect::<Vec<_>>()
                .join(" ");
            // a people or a language (`Japanese politics`, `English customers`) is no place
            let demonym = r.len() == 1 && ["ese", "ish", "ian", "ic"].iter().any(|x| key.ends_with(x));
            let zh = if demonym { Vec::new() } else { entities::zh_places(&key) };
            if !zh.is_empty() {
                if !out.iter().any(|p| p.key == key) {
                    out.push(EnPlace {
                        prose: words[r.start].prose.start..words[r.end - 1].prose.end,
                        key,
                        zh,
                    });
                }
                break;
            }
        }
    }
    out
}

/// Whether the English words state a Chinese place: a word of its gloss is there, or the
/// initials of its first words (`US`, `U.S.` for `united states`, `UN`, `EU`).
fn stated_in_en(p: &ZhPlace, ew: &[Word], en_text: &str) -> bool {
    gloss_words(p.gloss).any(|g| ew.iter().any(|w| names(&w.text, g))) || {
        let words: Vec<&str> = p.gloss.split(' ').collect();
        (2..=words.len().min(3)).any(|n| {
            let initials: String = words[..n].iter().filter_map(|w| w.chars().next()).collect();
            let dotted: String = initials.chars().map(|c| format!("{c}.")).collect();
            [initials, dotted].iter().any(|i| {
                let i = i.to_uppercase();
                en_text.match_indices(&i).any(|(at, _)| {
                    let before = en_text[..at].chars().next_back();
                    let after = en_text[at + i.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
                })
            })
        })
    }
}

/// Whether the Chinese side states an English place: one of its Chinese words is in the
/// text, a Chinese word's gloss holds its key, or a name of the unit transliterates it.
fn stated_in_zh(p: &EnPlace, zh_text: &str, zw: &[Word], zh_names: &[&str]) -> bool {
    let padded = |s: &str| format!(" {s} ");
    p.zh.iter().any(|(w, _)| zh_text.contains(w))
        || zw
            .iter()
            .any(|w| crate::lang::lexicon::english(&w.text).is_some_and(|g| padded(g).contains(&padded(&p.key))))
        || zh_names
            .iter()
            .any(|n| crate::facts::translit::name_similarity(n, &p.key) >= 0.8)
}

/// A place or organisation on each side that the other does not state: (zh, en, sort).
fn find<'a>(
    cx: &PairContext,
    unit: &Unit,
    zw: &[Word],
    ew: &[Word],
    zp: &'a [ZhPlace],
    ep: &'a [EnPlace],
) -> Option<(&'a ZhPlace, &'a EnPlace, Sort)> {
    let zh_text: String = zw.iter().map(|w| w.text.as_str()).collect();
    let en_text: String = unit
        .en
        .iter()
        .map(|&s| claims::sentence(cx.en, s).0)
        .collect::<Vec<_>>()
        .join(" ");
    let zh_names: Vec<&str> = align::facts_in(cx.zh, &unit.zh, FactKind::Name)
        .map(|i| cx.zh.facts[i].text.as_str())
        .collect();
    // a place counts only where the name reader reads a name too (not `Important`, `Chinese`,
    // nor 地区): the spans of the unit's names on each side
    let named = |side: &Side, sentences: &[usize], prose: &Range<usize>| {
        let span = claims::source_span(side, prose.clone());
        align::facts_in(side, sentences, FactKind::Name).any(|i| {
            let f = &side.facts[i].span;
            f.start <= span.start && span.end <= f.end
        })
    };
    // a place stated on the other side, or related to a place it names, is no leftover
    let zl: Vec<&ZhPlace> = zp
        .iter()
        .filter(|p| {
            !stated_in_en(p, ew, &en_text) && !ep.iter().any(|e| related(p, e)) && named(cx.zh, &unit.zh, &p.prose)
        })
        .collect();
    let el: Vec<&EnPlace> = ep
        .iter()
        .filter(|p| {
            !stated_in_zh(p, &zh_text, zw, &zh_names)
                && !zp.iter().any(|z| related(z, p))
                && named(cx.en, &unit.en, &p.prose)
        })
        .collect();
    // one slot: exactly one place (or organisation) left over on each side
    [Sort::Place, Sort::Organisation].into_iter().find_map(|sort| {
        let zs: Vec<&&ZhPlace> = zl.iter().filter(|z| z.sort == sort).collect();
        let es: Vec<&&EnPlace> = el.iter().filter(|e| e.zh.iter().any(|(_, s)| *s == sort)).collect();
        match (&zs[..], &es[..]) {
            ([z], [e]) => Some((**z, **e, sort)),
            _ => None,
        }
    })
}

/// Whether a Chinese and an English place name one another: the English is in the Chinese
/// one's gloss (维也纳 `vienna capital austria` and `Austria`), one's Chinese holds the other
/// (维也纳州), or they begin alike: 英国 and `England` (英格兰), 美国 and `America` (美洲),
/// which translations use for each other.
fn related(z: &ZhPlace, e: &EnPlace) -> bool {
    let first = |w: &str| w.chars().next();
    e.key.split(' ').all(|k| z.gloss.split(' ').any(|g| g == k))
        || e.zh
            .iter()
            .any(|(w, _)| w.contains(&z.word) || z.word.contains(w) || first(w) == first(&z.word))
}

impl Rule for EntityMismatch {
    fn id(&self) -> &'static str {
        "entity-mismatch"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("entity_mismatch.rs"))
    }
    fn cross_language(&self) -> bool {
        true
    }
    fn check_pair(&self, cx: &PairContext, out: &mut Vec<Diagnostic>) {
        for (unit, zw, ew) in claims::sure_units(cx) {
            // sentences written independently name another place in passing, or the country
            // where the other names its province (measured on tests/corpus/wikipairs: 10 of
            // 10 findings were two different things said, 美国 / `Oklahoma`, 英国 / `England`)
            if !unit.parallel {
                continue;
            }
            let zp = zh_places(&zw);
            if zp.is_empty() {
                continue;
            }
            let ep = en_places(cx.en, &ew);
            if let Some((z, e, sort)) = find(cx, unit, &zw, &ew, &zp, &ep) {
                out.push(self.diagnostic(cx, unit, z, e, sort));
            }
        }
    }
}

impl EntityMismatch {
    fn diagnostic(&self, cx: &PairContext, unit: &Unit, z: &ZhPlace, e: &EnPlace, sort: Sort) -> Diagnostic {
        let et = claims::text(cx.en, &e.prose);
        let zt = claims::text(cx.zh, &z.prose);
        let others: Vec<&str> =
            e.zh.iter()
                .filter(|(_, s)| *s == sort)
                .map(|(w, _)| *w)
                .take(3)
                .collect();
        let message = format!(
            "the Chinese names the {s} `{zt}` ({}), the English the {s} `{et}` ({}): two different {s}s in corresponding sentences, and neither side names the other's",
            z.gloss,
            others.join(", "),
            s = sort.name(),
        );
        Diagnostic::new(
            self.id(),
            self.severity(),
            cx.zh.file,
            claims::source_span(cx.zh, z.prose.clone()),
            message,
        )
        .with_label(format!("Chinese: {zt} ({})", z.gloss))
        .with_secondary(
            cx.en.file,
            claims::source_span(cx.en, e.prose.clone()),
            format!("English: {et} ({})", others.join(", ")),
        )
        .with_note(align::why(cx.zh, cx.en, unit))
        .with_note("check the source and correct the side that is wrong")
    }
}

#[cfg(test)]
mod tests {
    use super::EntityMismatch;
    use crate::rules::claims::tests::messages;

    fn found(zh: &str, en: &str) -> Vec<String> {
        messages(&EntityMismatch, zh, en)
    }

    #[test]
    fn a_different_place_in_the_same_slot() {
        let en = "In 1815, the treaty was signed in Vienna by Metternich.";
        let f = found("1815年，条约由梅特涅在日内瓦签署。", en);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].contains("`日内瓦`") && f[0].contains("`Vienna`") && f[0].contains("维也纳"),
            "{}",
            f[0]
        );
        // the same place: nothing to say
        assert!(found("1815年，条约由梅特涅在维也纳签署。", en).is_empty());
    }

    #[test]
    fn real_translations_that_name_one_place_alike() {
        // tests/corpus/xquad (French_and_Indian_War): 英国 where the English says England
        let zh = "1756年5月18日，在欧洲，英国正式向法国宣战，将战争扩大到欧洲，后来被称为七年战争。";
        let en = "During that time in Europe, on May 18, 1756, England formally declared war on France, which expanded the war into Europe, which was later to be known as the Seven Years' War.";
        assert!(found(zh, en).is_empty());
        let f = found(&zh.replace("向法国", "向德国"), en);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains("`德国`") && f[0].contains("`France`"), "{}", f[0]);
    }

    #[test]
    fn organisations_are_compared_with_organisations_only() {
        let en = "In 1995, the agreement was approved by the United Nations and signed by Smith.";
        assert_eq!(found("1995年，该协议由世界银行批准，并由史密斯签署。", en).len(), 1);
        assert!(found("1995年，该协议由联合国批准，并由史密斯签署。", en).is_empty());
        // a place where the English names an organisation: two different things said
        assert!(found("1995年，该协议在日内瓦批准，并由史密斯签署。", en).is_empty());
    }

    #[test]
    fn a_place_that_names_the_other_is_no_swap() {
        // 维也纳 is glossed `vienna capital austria`
        let en = "In 1815, the treaty was signed in Austria by Metternich.";
        assert!(found("1815年，条约由梅特涅在维也纳签署。", en).is_empty());
        // two places left on one side: which one is the slot is unknown
        let en = "In 1815, the treaty was signed in Vienna and Berlin by Metternich.";
        assert!(found("1815年，条约由梅特涅在日内瓦签署。", en).is_empty());
    }
}
