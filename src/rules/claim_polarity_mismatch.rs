//! # claim-polarity-mismatch (warning)
//!
//! **What it does.** In a Chinese article and its English counterpart, finds corresponding
//! sentences where one side negates the claim the other side states: the English says the two
//! states `recognized` each other, the Chinese that they 「未承认」 (did not recognise) each other.
//!
//! **Why it matters.** A dropped or added negation turns a claim into its opposite, and
//! each side reads fluently on its own: only putting the sentences side by side shows it.
//!
//! **How it decides.** Only sentences aligned with confidence are compared. A negation cue
//! (Chinese 不, 未, 没有, 并未, 从未, 拒绝, 否认, …; English `not`, `n't`, `never`, `without`,
//! `failed to`, `refused to`, …, listed in `rules/data/events.toml`) negates the predicate
//! it governs: the next verb, across auxiliaries, modal words and adverbs (`未被正式承认`,
//! `did not formally recognise`). Where the Chinese negates the predicate and the English,
//! stating it, also says it with a negating prefix (`heavily developed … left undeveloped`
//! against 高度发达…未开发), nothing is reported. Words that merely begin like a cue (不过,
//! 非常, 未来, 不断, 不同, `not only`) are whole words of their own or listed exclusions, and two cues cancel
//! (`不得不`, `never failed to`). The predicate is the same on both sides when the negated
//! Chinese verb's English glosses (CC-CEDICT) share a stem with the English verb, or the other
//! way round. A finding needs exactly one side to negate it: the other side states it, and
//! only without negation, and holds no cue whose verb is left out (`…, but Georgia did not`).
//!
//! **Example.**
//! ```text
//! zh: 阿布哈兹和南奥塞梯未承认对方的独立。            ← did not recognise
//! en: Abkhazia and South Ossetia recognized each other's independence.
//! ```
//!
//! **Fix.** Check the source and correct the side that is wrong.

use super::claims::{self, Word};
use super::{PairContext, Rule};
use crate::align;
use crate::diagnostic::{Diagnostic, Severity};
use crate::lang::lexicon;

pub struct ClaimPolarityMismatch;

impl Rule for ClaimPolarityMismatch {
    fn id(&self) -> &'static str {
        "claim-polarity-mismatch"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("claim_polarity_mismatch.rs"))
    }
    fn cross_language(&self) -> bool {
        true
    }
    fn check_pair(&self, cx: &PairContext, out: &mut Vec<Diagnostic>) {
        for (unit, zw, ew) in claims::sure_units(cx) {
            if let Some((z, e)) = mismatch(cx, zw, ew) {
                let (zt, et) = (claims::text(cx.zh, &z.prose), claims::text(cx.en, &e.prose));
                let (zs, es) = (
                    if z.negated { "negates" } else { "states" },
                    if e.negated { "negates" } else { "states" },
                );
                let message = format!(
                    "the Chinese {zs} `{zt}`{}, the English {es} `{et}`{}",
                    cue_before(cx.zh, zw, z),
                    cue_before(cx.en, ew, e)
                );
                out.push(
                    Diagnostic::new(
                        self.id(),
                        self.severity(),
                        cx.zh.file,
                        claims::source_span(cx.zh, z.prose.clone()),
                        message,
                    )
                    .with_label(format!("Chinese: {} `{zt}`", if z.negated { "not" } else { "states" }))
                    .with_secondary(
                        cx.en.file,
                        claims::source_span(cx.en, e.prose.clone()),
                        format!("English: {} `{et}`", if e.negated { "not" } else { "states" }),
                    )
                    .with_note(align::why(cx.zh, cx.en, unit, &cx.alignment.stated))
                    .with_note("check the source: one side says the opposite of the other"),
                );
            }
        }
    }
}

/// ` (未承认)`: the cue that negates `w`, quoted with it, when it is negated.
fn cue_before(side: &align::Side, words: &[Word], w: &Word) -> String {
    if !w.negated {
        return String::new();
    }
    let cue = words.iter().rev().find(|c| c.cue && c.prose.end <= w.prose.start);
    match cue {
        Some(c) => format!(" (`{}`)", claims::text(side, &(c.prose.start..w.prose.end))),
        None => String::new(),
    }
}

/// The index of a word of `words` (by its span).
fn index(words: &[Word], w: &Word) -> usize {
    words.iter().position(|x| x.prose == w.prose).unwrap_or(0)
}

/// Words that begin like a negating prefix without one (`unlike` is no `not like`).
const NOT_PREFIXED: &[&str] = &[
    "unless", "unlike", "union", "unit", "unique", "univers", "uniform", "nonsens", "nonethe",
];

/// The stem of what an English word negates by its prefix (`undeveloped`, `nonviolent`):
/// the rest of the word, of four letters or more, after `un` or `non`. (`non-violent` is two
/// words to the reader, and the participle `unknown` does not stem as `know`: neither is
/// taken.)
fn negated_by_prefix(w: &Word) -> Option<String> {
    if NOT_PREFIXED.iter().any(|p| w.text.starts_with(p)) {
        return None;
    }
    let rest = w.text.strip_prefix("non").or_else(|| w.text.strip_prefix("un"))?;
    (rest.chars().count() >= 4).then(|| lexicon::stem(rest))
}

/// A predicate one side negates and the other states: (the zh word, the en word).
fn mismatch<'a>(cx: &PairContext, zw: &'a [Word], ew: &'a [Word]) -> Option<(&'a Word, &'a Word)> {
    if claims::dangling_cue(cx.zh, zw) || claims::dangling_cue(cx.en, ew) {
        return None;
    }
    let verbs: Vec<&Word> = zw
        .iter()
        .filter(|w| !w.cue && w.tag.starts_with('v') && w.text.chars().count() >= 2 && !w.stems.is_empty())
        .collect();
    let content: Vec<&Word> = ew
        .iter()
        .filter(|w| !w.cue && w.tag.is_empty() && w.text.len() >= 3 && !w.text.ends_with("ly") && !w.stems.is_empty())
        .collect();
    let shares = |z: &Word, e: &Word| e.stems.iter().any(|s| z.stems.contains(s));
    for z in &verbs {
        let es: Vec<&Word> = content.iter().copied().filter(|e| shares(z, e)).collect();
        // every word of each side that carries the predicate: all negated on one side, none
        // on the other
        let zs: Vec<&Word> = verbs
            .iter()
            .copied()
            .filter(|z2| es.iter().any(|e| shares(z2, e)))
            .collect();
        let (Some(e), false) = (es.first(), es.is_empty()) else {
            continue;
        };
        let z_neg = zs.iter().all(|w| w.negated);
        let z_pos = zs.iter().all(|w| !w.negated);
        let e_neg = es.iter().all(|w| w.negated);
        let e_pos = es.iter().all(|w| !w.negated);
        // the side read as stating it holds no cue earlier in the clause (whose scope the rules
        // may have missed) and no word that negates by its meaning
        let zh_states_clean = || {
            !zs.iter().any(|w| claims::cue_in_clause_before(cx.zh, zw, index(zw, w))) && !claims::implicit_negation(zw)
        };
        let en_states_clean = || {
            !es.iter().any(|w| claims::cue_in_clause_before(cx.en, ew, index(ew, w))) && !claims::implicit_negation(ew)
        };
        // where the Chinese negates it, the English stating it may also say it with a negating
        // prefix (`heavily developed … left undeveloped` against 未开发): both sides may say
        // both. (A prefix alone makes no finding: `解决…悬而未决的问题` against `unsolved
        // problems` renders 未决 by the prefix, not 解决.)
        let prefixed = || {
            content
                .iter()
                .any(|w| negated_by_prefix(w).is_some_and(|s| z.stems.contains(&s)))
        };
        if (z_neg && e_pos && en_states_clean() && !prefixed()) || (z_pos && e_neg && zh_states_clean()) {
            return Some((z, e));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::ClaimPolarityMismatch;
    use crate::rules::claims::tests::messages;

    fn found(zh: &str, en: &str) -> Vec<String> {
        messages(&ClaimPolarityMismatch, zh, en)
    }

    #[test]
    fn one_side_negates_what_the_other_states() {
        let en = "In 2008, Russia recognized the independence of Abkhazia.";
        let f = found("2008年，俄罗斯未承认阿布哈兹的独立。", en);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].contains("`承认`") && f[0].contains("`recognized`") && f[0].contains("未承认"),
            "{}",
            f[0]
        );
        // the other way round
        let f = found(
            "2008年，俄罗斯承认阿布哈兹的独立。",
            "In 2008, Russia did not recognize the independence of Abkhazia.",
        );
        assert_eq!(f.len(), 1, "{f:?}");
    }

    /// A unit of more words a side than a few sentences hold is not compared for claims
    /// ([`crate::rules::claims::WORDS_PER_UNIT`]): a flattened table, or hostile input, would
    /// cost the square of its length.
    #[test]
    fn a_unit_longer_than_sentences_is_not_compared() {
        let said = |n: usize| {
            let zh = format!("2008年，俄罗斯未承认阿布哈兹的独立{}。", "和格鲁吉亚".repeat(n));
            let en = format!(
                "In 2008, Russia recognized the independence of Abkhazia{}.",
                " and Georgia".repeat(n)
            );
            found(&zh, &en).len()
        };
        assert_eq!(said(20), 1);
        assert_eq!(said(100), 0);
    }

    #[test]
    fn agreement_double_negation_and_exclusions_are_not_reported() {
        let en = "In 2008, Russia recognized the independence of Abkhazia.";
        assert!(found("2008年，俄罗斯承认阿布哈兹的独立。", en).is_empty());
        assert!(found(
            "2008年，俄罗斯未承认阿布哈兹的独立。",
            "In 2008, Russia did not recognize the independence of Abkhazia."
        )
        .is_empty());
        assert!(found(
            "2008年，俄罗斯不得不承认阿布哈兹的独立。",
            "In 2008, Russia had to recognize the independence of Abkhazia."
        )
        .is_empty());
        assert!(found(
            "2008年，俄罗斯不仅承认阿布哈兹的独立。",
            "In 2008, Russia not only recognized the independence of Abkhazia."
        )
        .is_empty());
        // `not … until` says when
        assert!(found(
            "2008年，俄罗斯才承认阿布哈兹的独立。",
            "Russia did not recognize the independence of Abkhazia until 2008."
        )
        .is_empty());
    }

    /// Where the Chinese negates a predicate that the English states and also says with a
    /// negating prefix, the sides may each say both: nothing is reported.
    #[test]
    fn a_predicate_also_said_with_a_negating_prefix_is_not_reported() {
        // must-not-fire, real text (xquad Southern_California)
        let zh = "南加州拥有高度发达的城市环境，是该州一些最大的城市的所在地，还有 大片未开发的地区。";
        let en = "Southern California consists of a heavily developed urban environment, home to some of the \
                  largest urban areas in the state, along with vast areas that have been left undeveloped.";
        assert!(found(zh, en).is_empty(), "{:?}", found(zh, en));
        // must-not-fire, real text (xquad Force): 悬而未决 is what `unsolved` renders (guards
        // against reading the prefix as a negation that makes findings, a version tried and
        // left out: quiet without the prefix, too)
        let zh = "然后有人提出了一种能将弱电相互作用与强电相互作用结合起来的大统一理论，\
                  并将其与超对称等候选理论结合起来，以解决物理学中一些悬而未决的问题。";
        let en = "A Grand Unified Theory allowing for the combination of the electroweak interaction with the \
                  strong force is held out as a possibility with candidate theories such as supersymmetry \
                  proposed to accommodate some of the outstanding unsolved problems in physics.";
        assert!(found(zh, en).is_empty(), "{:?}", found(zh, en));
        // must-fire: a word that only begins like a prefix negates nothing
        let f = found("他不喜欢这座城市。", "He liked the city, unlike his brother.");
        assert_eq!(f.len(), 1, "{f:?}");
        // must-fire: the prefix spares only the English that states what the Chinese negates
        let f = found(
            "该地区的大片土地已被开发。",
            "Vast areas of the region were not developed and remain undeveloped.",
        );
        assert_eq!(f.len(), 1, "{f:?}");
    }
}
