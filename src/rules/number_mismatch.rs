//! # number-mismatch (warning)
//!
//! **What it does.** In a Chinese article and its English counterpart, finds corresponding
//! sentences that state different quantities: `3,700 soldiers` against `3500名軍人`, a
//! `15th anniversary` against `16周年`.
//!
//! **Why it matters.** Numbers are translated by hand, with scale words that differ between
//! the languages (`28億` is 2.8 billion), and a slip changes the fact.
//!
//! **How it decides.** Only sentences aligned with confidence are compared (see
//! `date-mismatch` for what makes them so). Numbers agree when their values are equal after
//! scale words are resolved (`2.8 billion` = `28亿`, `3,700` = `3700名`) and their units do
//! not contradict each other; a value stated twice on one side and once on the other is a
//! repeat. What is left is reported as a *slip*: compatible units (a percentage only with a
//! percentage, an ordinal only with an ordinal, a century with a century), within half of
//! each other, and one digit different (`3500` / `3700`) or one apart in the last digit
//! stated (`139万` / `140万`), each the other's one candidate; or, as in `date-mismatch`, as
//! one fact in two versions whatever the difference (the same role on both sides, or the one
//! number each side has left in a translation or in two sentences that translate each other
//! for the most part, or for half their words in two paragraphs when the two are within half
//! of each other, or for 30 % of their words in two paragraphs that share an anchor besides).
//! Different quantities that happen to share a sentence are not a mismatch. Small counts (whole numbers below ten, no shared unit; a decimal such as
//! `4.54 Ga` is a measure) are compared only in translations and in sentences that translate
//! each other for the most part (the one number left on each side). A value written as a bound or
//! an estimate (`more than 2,400`, `c. 380`, `2400余人`) is no disagreement with one within a
//! tenth of it. Ordinals and anniversaries count (`15周年` ↔ `15th anniversary`); section
//! numbers (`1.4.5`) and model names (`XTS-400`) are not quantities.
//!
//! **Example.**
//! ```text
//! zh: 又承諾於2008年11月派遣3500名軍人到南奧塞梯   ← 3500 (person)
//! en: promised to send 3,700 soldiers                ← 3700 (person)
//! ```
//!
//! **Fix.** Check the source and correct the side that is wrong.

use super::{PairContext, Rule};
use crate::align;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::{FactKind, FactValue};

pub struct NumberMismatch;

fn unit_of(v: &FactValue) -> Option<&str> {
    match v {
        FactValue::Number { unit, .. } => unit.as_deref(),
        _ => None,
    }
}

impl Rule for NumberMismatch {
    fn id(&self) -> &'static str {
        "number-mismatch"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("number_mismatch.rs"))
    }
    fn cross_language(&self) -> bool {
        true
    }
    fn check_pair(&self, cx: &PairContext, out: &mut Vec<Diagnostic>) {
        let show = |f: &crate::facts::Fact| match unit_of(&f.value) {
            Some(u) => format!("{} ({u})", f.value.display()),
            None => f.value.display(),
        };
        for unit in cx.alignment.units.iter().filter(|u| u.is_sure()) {
            let matched = align::match_facts(cx.zh, cx.en, &cx.alignment.stated, unit, FactKind::Number);
            for (zi, ei) in matched.slips.into_iter().chain(matched.conflicts) {
                let (z, e) = (&cx.zh.facts[zi], &cx.en.facts[ei]);
                let message = format!(
                    "{}: the Chinese says `{}` ({}), the English `{}` ({})",
                    z.role.or(e.role).unwrap_or("the numbers disagree"),
                    z.text,
                    show(z),
                    e.text,
                    show(e)
                );
                out.push(
                    Diagnostic::new(self.id(), self.severity(), cx.zh.file, z.span.clone(), message)
                        .with_label(format!("Chinese: {}", show(z)))
                        .with_secondary(cx.en.file, e.span.clone(), format!("English: {}", show(e)))
                        .with_note(align::why(cx.zh, cx.en, unit, &cx.alignment.stated)),
                );
            }
        }
    }
}
