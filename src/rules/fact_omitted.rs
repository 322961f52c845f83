//! # fact-omitted (info)
//!
//! **What it does.** In a Chinese article and its English counterpart, finds a date or a
//! quantity that one side's sentence states and its corresponding sentence on the other side
//! leaves out: the English `ratified … on 15 February 2006`, the Chinese `并被阿布哈兹议会通过`.
//!
//! **Why it matters.** A translation that drops a date or a figure says less than its source;
//! the reader of one language misses a fact the other reader has.
//!
//! **How it decides.** Only sentences aligned with confidence are compared: in a translation
//! (the two texts run in parallel) every compared unit, as for `date-mismatch`; in articles
//! written independently only units with several shared anchors and a high score, since a
//! sentence there often says less than its counterpart by design. Only facts that extraction reads reliably: full dates (day, month and
//! year) and quantities of 100 or more with a unit (`3,700 soldiers`, `28億盧布`; not durations
//! or repetitions, which the languages phrase differently). A fact the other side states
//! anywhere in its article was moved, not omitted. When the other side has an
//! unmatched fact of the same kind, the two are a possible mismatch (see `date-mismatch`,
//! `number-mismatch`), not an omission, and nothing is reported here.
//!
//! **Example.**
//! ```text
//! en: On 27 January 2014, President Ankvab recalled Nodar Pliev …
//! zh: 安克瓦布总统召回诺达尔普列夫……            ← no date
//! ```
//!
//! **Fix.** Add the fact to the side that lacks it, if the source supports it.

use super::{PairContext, Rule};
use crate::align::{self, Side, Unit};
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::{FactKind, FactValue, Precision};

pub struct FactOmitted;

/// Units this sure: a good score and at least this many shared anchors.
const MIN_SCORE: f64 = 0.6;
const MIN_ANCHORS: usize = 2;

fn reliable(side: &Side, i: usize) -> bool {
    match &side.facts[i].value {
        FactValue::Date(d) => d.precision == Precision::Day && d.end.is_none() && !side.facts[i].inferred_year,
        // quantities (3,700 soldiers, 28億盧布), not durations and repetitions, which the two
        // languages phrase too differently (十年 ↔ "a decade", 两次 ↔ "twice")
        FactValue::Number { value, unit } => {
            *value >= 100.0
                && unit
                    .as_deref()
                    .is_some_and(|u| !matches!(u, "ordinal" | "percent" | "year" | "time" | "times" | "anniversary"))
        }
        FactValue::Name { .. } => false,
    }
}

/// Does the other side state this fact's value anywhere (as a fact of either kind)?
fn stated_anywhere(f: &crate::facts::Fact, other: &crate::align::Side) -> bool {
    other
        .facts
        .iter()
        .any(|g| align::dates_agree(f, g) || align::numbers_agree(f, g) || align::same_value_across_kinds(f, g))
}

impl FactOmitted {
    fn side(&self, cx: &PairContext, unit: &Unit, kind: FactKind, zh_side: bool, out: &mut Vec<Diagnostic>) {
        let (this, other) = if zh_side { (cx.zh, cx.en) } else { (cx.en, cx.zh) };
        let matched = align::match_facts(cx.zh, cx.en, &cx.alignment.stated, unit, kind);
        let (mine, theirs) = if zh_side {
            (matched.zh_left, matched.en_left)
        } else {
            (matched.en_left, matched.zh_left)
        };
        let mine: Vec<usize> = mine.into_iter().filter(|&i| reliable(this, i)).collect();
        if mine.is_empty() || !theirs.is_empty() {
            return;
        }
        let (lang, other_lang) = if zh_side {
            ("Chinese", "English")
        } else {
            ("English", "Chinese")
        };
        let other_sentences = if zh_side { &unit.en } else { &unit.zh };
        let other_span = {
            let s = other_sentences
                .first()
                .map(|&s| other.doc.sentence_source(&other.doc.sentences[s]))
                .unwrap_or(0..0);
            let e = other_sentences
                .last()
                .map(|&s| other.doc.sentence_source(&other.doc.sentences[s]))
                .unwrap_or(0..0);
            s.start..e.end
        };
        for i in mine {
            let f = &this.facts[i];
            // stated elsewhere on the other side (another sentence, another section): moved,
            // not omitted
            if stated_anywhere(f, other) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    self.id(),
                    self.severity(),
                    this.file,
                    f.span.clone(),
                    format!(
                        "the {lang} states `{}` ({}); its {other_lang} counterpart does not",
                        f.text,
                        f.value.display()
                    ),
                )
                .with_label(format!("only in the {lang}"))
                .with_secondary(
                    other.file,
                    other_span.clone(),
                    format!("the corresponding {other_lang} sentence"),
                )
                .with_note(align::why(cx.zh, cx.en, unit, &cx.alignment.stated)),
            );
        }
    }
}

impl Rule for FactOmitted {
    fn id(&self) -> &'static str {
        "fact-omitted"
    }
    fn severity(&self) -> Severity {
        Severity::Info
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("fact_omitted.rs"))
    }
    fn cross_language(&self) -> bool {
        true
    }
    fn check_pair(&self, cx: &PairContext, out: &mut Vec<Diagnostic>) {
        for unit in cx
            .alignment
            .units
            .iter()
            // in a translation, any compared unit; in articles written independently, only
            // well-anchored ones (a sentence there often says less than its counterpart)
            .filter(|u| u.is_sure() && (u.parallel || u.score >= MIN_SCORE && u.anchors.len() >= MIN_ANCHORS))
        {
            for kind in [FactKind::Date, FactKind::Number] {
                self.side(cx, unit, kind, true, out);
                self.side(cx, unit, kind, false, out);
            }
        }
    }
}
