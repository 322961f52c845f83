//! # date-mismatch (warning)
//!
//! **What it does.** In a Chinese article and its English counterpart, finds a pair of
//! corresponding sentences that state different dates: the English `27 December`, the
//! Chinese `12月28日`.
//!
//! **Why it matters.** A wrong date is the commonest factual error a translation
//! introduces, and the hardest to see when reading one language at a time.
//!
//! **How it decides.** Sentences are aligned first (shared dates, numbers, names); only
//! sentences aligned with confidence are compared: a good score resting on shared facts, or —
//! when the two texts run in parallel, as a translation does — sentences between two such
//! units, or a unit holding a fact the other side states one slip away; in articles written
//! independently, sentences that hold such a fact (one slip away, in the same role, or the one
//! date each has left besides those they share) and translate each other for half their words
//! or share another anchor with an alignment score of 0.35. A date counts as
//! stated on both sides when the values agree, also at different precision where the text
//! allows (`2015年8月` and `August 2015`; `2015年8月` and `18 August 2015`); a value stated
//! twice on one side and once on the other is a repeat. What is left is reported as a
//! *slip*: the same precision, differing in exactly one of year, month and day; a year by one
//! digit or by one (`1956` / `1958`, `1999` / `2000`; `2005` / `2020` are different years),
//! or a span of years by the one end that differs, by less than half the shorter span (a
//! lifespan, `1707–1783` / `1710–1783`; `1949–1976` / `1966–1976` are two spans);
//! each the other's one likeliest candidate (in articles written independently, the only
//! one, or a clearly likelier one where half the words translate). There a slip needs another
//! fact the sentences share, or half their words translated in two paragraphs (or list items
//! of several sentences) where neither year is one the other article states in another
//! sentence sharing at least half as many words (`1945年，中华民国参与联合国创办` is not
//! compared with `established … in 1925` in an English article that states 1945 in a sentence
//! on the founding of the United Nations; a year stated only for another event does not
//! count; nor a year stated in a sentence every date of which in that year a sure unit of the
//! alignment anchors to an equal date of the other side: there it is that pair's),
//! or 70 % in paragraphs or list items (a list item, `1994年获…奖`, shares half its few words
//! with many a sentence), and never between decades. After those, a year against a date of
//! another year written to the month or the day (`1941年` / `8 December 1961`) is a slip too,
//! the years one digit apart (not one apart, nor a round step, nor a date on the first of a
//! month: events straddle a year's end, and laws start on 1 January), in running prose, no
//! anniversary's, the sentences' numbers not disagreeing. Beyond slips, one fact in two versions is reported
//! whatever the difference: the same role on both sides (`founded`), or the one date each
//! side has left (a decade too), in a translation or in two paragraphs or list items that
//! translate each other for the most part (70 % of their words; measured on the clean
//! wikipairs, 60 % added 3 false findings and caught no more changes), or in two paragraphs
//! that translate each other for half their words, or share an anchor besides and 30 % of
//! their words, where neither year is one the other article states so
//! (`美国1904年方才兴起` against `did not emerge until 1910`: the same bar as a slip there).
//! One date written at two precisions in two different years (`1995年8月15日` / `In 1997`)
//! is one date in two versions too. A full date whose day alone differs (`1949年9月21日` /
//! `20 September 1949`) is a slip without another fact shared, in sentences that share a third
//! of their words: the year and the month make them one date, unless the other article states
//! either date exactly in another sentence (two events of one month); where each date opens
//! its sentence of running prose (`1932年1月28日，日军在上海发动战争` / `On 26 January 1932,
//! Japanese forces invaded Shanghai`: each the account of that day), in articles written
//! independently, a tenth of the words and an alignment score of 0.35 are enough, with no fact
//! shared besides. A full date whose year
//! alone slipped (`1932年1月28日` / `28 January 1935`) is a slip in running prose whatever
//! words the sentences share: the day and the month, one day of the year's 365, make them one
//! date, unless the other article states either date exactly in another sentence, the
//! sentences' numbers disagree too (a count taken on one day of two years: `于2019年6月30日的统计`
//! against `As of 30 June 2016`), the years are a multiple of five apart or either sentence
//! speaks of an anniversary (`周年`, `anniversary`), or the day is the first of a month (when
//! laws, terms and fiscal years recur). The finding's note then says so.
//! Years taken from context (`9月20日`, `On 20 September`) are compared as inferred, and the
//! message says so; two dates that differ only in an inferred year are not reported, since
//! neither text states the year. Sections that list sources
//! (References, Further reading, 参考文献, …) are not compared.
//!
//! **Example.**
//! ```text
//! zh: 南奥塞梯议会于12月28日批准了该条约   ← 2005-12-28
//! en: ratified by South Ossetia's Parliament on 27 December   ← 2005-12-27
//! ```
//!
//! **Fix.** Check the source and correct the side that is wrong.

use super::{PairContext, Rule};
use crate::align::{self, Side};
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::{Fact, FactKind};

pub struct DateMismatch;

fn describe(f: &Fact, side: &Side) -> String {
    let value = f.value.display();
    match &f.year_from {
        Some(from) if f.inferred_year => format!(
            "`{}` ({value}, year inferred from `{}`)",
            f.text,
            &side.source.text[from.clone()]
        ),
        _ => format!("`{}` ({value})", f.text),
    }
}

impl Rule for DateMismatch {
    fn id(&self) -> &'static str {
        "date-mismatch"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("date_mismatch.rs"))
    }
    fn cross_language(&self) -> bool {
        true
    }
    fn check_pair(&self, cx: &PairContext, out: &mut Vec<Diagnostic>) {
        for unit in cx.alignment.units.iter().filter(|u| u.is_sure()) {
            let matched = align::match_facts(cx.zh, cx.en, &cx.alignment.stated, unit, FactKind::Date);
            for (zi, ei) in matched.slips.into_iter().chain(matched.conflicts) {
                let (z, e) = (&cx.zh.facts[zi], &cx.en.facts[ei]);
                let inferred = z.inferred_year || e.inferred_year;
                let message = format!(
                    "{}: the Chinese says {}, the English {}",
                    z.role.or(e.role).unwrap_or("the dates disagree"),
                    describe(z, cx.zh),
                    describe(e, cx.en)
                );
                out.push(
                    Diagnostic::new(self.id(), self.severity(), cx.zh.file, z.span.clone(), message)
                        .with_label(format!("Chinese: {}", z.value.display()))
                        .with_secondary(cx.en.file, e.span.clone(), format!("English: {}", e.value.display()))
                        .with_note(align::why(cx.zh, cx.en, unit, &cx.alignment.stated))
                        .with_note(if inferred {
                            "a year here was inferred from the nearest earlier year in the same section, on both sides alike"
                        } else {
                            "check the source and correct the side that is wrong"
                        }),
                );
            }
        }
    }
}
