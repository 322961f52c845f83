//! # invalid-date (warning)
//!
//! **What it does.** Finds dates that cannot be right: a day the month does not have
//! (`2月30日`, `31 April`, `February 29, 2023`, `2014-06-31`), and citation dates that
//! contradict each other — a source accessed before it was published (`date=2014-06-27`,
//! `accessdate=2014-06-22`) or archived before it was published.
//!
//! **Why it matters.** An impossible date is a typo that hides the real one; a citation
//! accessed before its publication date has its dates swapped or mistyped, and readers
//! checking the source look for the wrong day.
//!
//! **How it decides.** It checks the dates the fact extractor reads, in every form it reads
//! (Chinese and English, Chinese numerals, full-width digits, ranges, ISO); 29 February is
//! checked against the year when one is written beside it. Citation dates are
//! compared only when both parse to a full day (`2014-06-21`, `21 June 2014`,
//! `June 21, 2014`).
//!
//! **Example.**
//! ```text
//! {{cite web |title=… |date=2014-06-27 |accessdate=2014-06-22}}
//!                      ^^^^^^^^^^^^^^^^ published after it was accessed
//! ```
//!
//! **Fix.** Check the date against the source and correct it.

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::date::{dates_in, days_in_month, MONTHS};
use crate::facts::{DateValue, FactValue, Precision, Ymd};
use crate::parse::Template;
use crate::Span;

pub struct InvalidDate;

/// Why a calendar point cannot exist, if it cannot; `year` is the year written beside it.
fn impossible_point(p: &Ymd, year: Option<i32>) -> Option<String> {
    let month = p.month?;
    if !(1..=12).contains(&month) {
        return Some(format!("there is no month {month}"));
    }
    let day = p.day?;
    if day > days_in_month(year, month) {
        let note = if month == 2 && day == 29 {
            format!(" ({} is not a leap year)", year.unwrap_or(0))
        } else {
            String::new()
        };
        return Some(format!("{} has no day {day}{note}", MONTHS[month as usize - 1]));
    }
    None
}

/// Why a date (or either end of a range) cannot exist; `explicit` says whether its year was
/// written (a year taken from context does not decide 29 February).
fn impossible(d: &DateValue, explicit: bool) -> Option<String> {
    let year = |p: &Ymd| if explicit { p.year } else { None };
    impossible_point(&d.start, year(&d.start)).or_else(|| d.end.and_then(|e| impossible_point(&e, year(&e))))
}

/// Whether an English sentence may hold a date no calendar has: one needs a day of 29, 30 or
/// 31 (the months the English reader takes are named, or numbered 1 to 12, and it reads no
/// day past 31), written in two digits, ASCII or full-width. An English article's sentences
/// without one are not read for dates at all. (The Chinese reader also reads days in Chinese
/// numerals, 三十日, and a month past 12 before a day: [`may_hold_impossible_date`].)
fn may_hold_impossible_day(sentence: &str) -> bool {
    // such a day begins with 2 or 3, ASCII or full-width (EF BC 92, EF BC 93): the scan jumps
    // between those bytes
    let b = sentence.as_bytes();
    // the value of the digit at `i` and its length, ASCII or full-width
    let digit = |i: usize| match b.get(i..) {
        Some([d @ b'0'..=b'9', ..]) => Some((d - b'0', 1)),
        Some([0xEF, 0xBC, d @ 0x90..=0x99, ..]) => Some((d - 0x90, 3)),
        _ => None,
    };
    // whether a digit ends just before `i`
    let digit_before = |i: usize| {
        (i >= 1 && b[i - 1].is_ascii_digit()) || (i >= 3 && matches!(b[i - 3..i], [0xEF, 0xBC, 0x90..=0x99]))
    };
    memchr::memchr3_iter(b'2', b'3', 0xEF, b).any(|i| {
        let Some((tens, one)) = digit(i).filter(|&(d, _)| d == 2 || d == 3) else {
            return false;
        };
        let Some((units, two)) = digit(i + one) else {
            return false;
        };
        (29..=31).contains(&(tens * 10 + units)) && !digit_before(i) && digit(i + one + two).is_none()
    })
}

/// Whether a parameter's value may hold a date no calendar has, as [`dates_in`] reads it: any
/// value it reads with the Chinese reader (one holding 年, 月 or 日), else one where
/// [`may_hold_impossible_day`].
fn may_hold_impossible_date(value: &str) -> bool {
    value.contains(['年', '月', '日']) || may_hold_impossible_day(value)
}

/// The longest parameter value (bytes) read for dates: a date is short, and nested templates
/// have values that hold each other (n² bytes in all).
const LONGEST_VALUE: usize = 120;

/// The one full, possible date a citation parameter holds: (year, month, day).
fn full_date(text: &str) -> Option<(i32, u8, u8)> {
    if text.len() > LONGEST_VALUE {
        return None;
    }
    match dates_in(text.trim()).as_slice() {
        [(_, d)] if d.precision == Precision::Day && d.end.is_none() && impossible(d, true).is_none() => {
            Some((d.start.year?, d.start.month?, d.start.day?))
        }
        _ => None,
    }
}

impl Rule for InvalidDate {
    fn id(&self) -> &'static str {
        "invalid-date"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("invalid_date.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let mut seen: Vec<Span> = Vec::new();
        // impossible dates in the readable text (and ISO dates in citations), as read by facts
        for f in cx.dates_where(&may_hold_impossible_day) {
            if let FactValue::Date(d) = &f.value {
                if let Some(why) = impossible(d, !f.inferred_year) {
                    seen.push(f.span.clone());
                    out.push(self.no_such_day(cx, f.span.clone(), &why));
                }
            }
        }
        // citation templates: impossible values, and dates that contradict each other
        for t in &cx.doc.templates {
            self.impossible_params(cx, t, &seen, out);
            self.out_of_order(cx, t, out);
        }
    }
}

/// Whether a template parameter's name holds `date` in any case (`accessdate`, `Date`). No
/// character outside ASCII lowercases to a letter of `date`, and none to ASCII letters alone
/// (`İ` gives `i` with a combining dot, which no key compared below holds), so an ASCII
/// comparison answers as lowercasing would, without a copy of the name for every parameter of
/// every template.
fn names_a_date(name: &str) -> bool {
    name.as_bytes().windows(4).any(|w| w.eq_ignore_ascii_case(b"date"))
}

impl InvalidDate {
    fn no_such_day(&self, cx: &Context, span: Span, why: &str) -> Diagnostic {
        Diagnostic::new(
            self.id(),
            self.severity(),
            cx.file,
            span,
            format!("impossible date: {why}"),
        )
        .with_label("no such day")
    }

    /// Impossible dates in the date parameters of the template `t` (those facts have not
    /// already reported: `seen`).
    fn impossible_params(&self, cx: &Context, t: &Template, seen: &[Span], out: &mut Vec<Diagnostic>) {
        let text = cx.text();
        for p in &t.params {
            // (read only where a date no calendar has may be)
            if p.name.as_ref().is_some_and(|n| names_a_date(&text[n.clone()]))
                && p.value.len() <= LONGEST_VALUE
                && may_hold_impossible_date(&text[p.value.clone()])
            {
                for (at, d) in dates_in(&text[p.value.clone()]) {
                    let span = p.value.start + at.start..p.value.start + at.end;
                    if let Some(why) = impossible(&d, true).filter(|_| !seen.contains(&span)) {
                        out.push(self.no_such_day(cx, span, &why));
                    }
                }
            }
        }
    }

    /// A citation dated after it was accessed, or archived before it was published.
    fn out_of_order(&self, cx: &Context, t: &Template, out: &mut Vec<Diagnostic>) {
        let text = cx.text();
        let param = |keys: &[&str]| {
            t.params.iter().find(|p| {
                p.name
                    .as_ref()
                    .is_some_and(|n| keys.iter().any(|k| text[n.clone()].eq_ignore_ascii_case(k)))
                    && !p.value.is_empty()
            })
        };
        let Some(date) = param(&["date", "publication-date"]) else {
            return;
        };
        let Some(published) = full_date(&text[date.value.clone()]) else {
            return;
        };
        let later = |keys: &[&str]| param(keys).and_then(|p| full_date(&text[p.value.clone()]).map(|d| (p, d)));
        if let Some((access, accessed)) = later(&["accessdate", "access-date"]) {
            if published > accessed {
                out.push(
                    Diagnostic::new(
                        self.id(),
                        self.severity(),
                        cx.file,
                        date.value.clone(),
                        "the source is dated after it was accessed",
                    )
                    .with_label("published on this day")
                    .with_secondary(
                        cx.file,
                        access.value.clone(),
                        "but accessed on this earlier day",
                    ),
                );
            }
        }
        if let Some((archive, archived)) = later(&["archivedate", "archive-date"]) {
            if archived < published {
                out.push(
                    Diagnostic::new(
                        self.id(),
                        self.severity(),
                        cx.file,
                        archive.value.clone(),
                        "the source was archived before it was published",
                    )
                    .with_label("archived on this day")
                    .with_secondary(cx.file, date.value.clone(), "published on this later day"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{corpus, flagged, run, xquad_pairs};

    fn f(t: &str) -> Vec<String> {
        flagged(&InvalidDate, "t.txt", t)
    }

    /// Parameter names are compared in any case, as lowercased.
    #[test]
    fn date_parameters_are_named_in_any_case() {
        for name in ["date", "Date", "accessdate", "ARCHIVE-DATE", "publication-Date"] {
            assert!(names_a_date(name), "{name}");
        }
        for name in ["title", "dat", "dα te", "日期", "update"] {
            assert_eq!(names_a_date(name), name.to_lowercase().contains("date"), "{name}");
        }
        let t = "X<ref>{{cite web |title=T |Date=2014-06-27 |Access-Date=2014-06-22}}</ref>.";
        assert_eq!(run(&InvalidDate, "t.wikitext", t).len(), 1);
    }

    #[test]
    fn impossible_days() {
        assert_eq!(f("条约于2005年2月30日签署。"), vec!["2005年2月30日"]);
        assert_eq!(f("= T =\n\nIt opened on 31 April 2008."), vec!["31 April 2008"]);
        assert_eq!(f("= T =\n\nOn February 29, 2023 it rained."), vec!["February 29, 2023"]);
        assert_eq!(f("他于13月5日到达。"), vec!["13月5日"]);
        // the forms facts::date reads: Chinese numerals, full-width digits, ranges, ISO
        assert_eq!(f("条约于二〇〇五年二月三十日签署。"), vec!["二〇〇五年二月三十日"]);
        assert_eq!(f("会议于２０１０年４月３１日召开。"), vec!["２０１０年４月３１日"]);
        assert_eq!(
            f("= T =\n\nThe festival ran 30–31 April 2008."),
            vec!["30–31 April 2008"]
        );
        assert_eq!(f("= T =\n\nIt was released 2014-06-31 in Japan."), vec!["2014-06-31"]);
    }

    /// The sentences an English article's dates are not read in hold no impossible date:
    /// every day of every month, in the forms the reader takes, is reported exactly when it
    /// cannot be.
    #[test]
    fn a_sentence_left_unread_holds_no_impossible_date() {
        for (m, month) in MONTHS.iter().enumerate() {
            for day in 1..=31u8 {
                for year in [2023, 2024] {
                    let p = Ymd {
                        year: Some(year),
                        month: Some(m as u8 + 1),
                        day: Some(day),
                    };
                    let wanted = impossible_point(&p, Some(year)).is_some();
                    let iso = format!("{year}-{:02}-{day:02}", m + 1);
                    for date in [
                        format!("{day} {month} {year}"),
                        format!("{month} {day}, {year}"),
                        format!("{month} {day}th, {year}"),
                        iso.clone(),
                        iso.chars()
                            .map(|c| c.to_digit(10).map_or(c, |d| char::from_u32(0xFF10 + d).unwrap()))
                            .collect(),
                    ] {
                        let t = format!("= T =\n\nThe stadium opened on {date} in the city.");
                        assert_eq!(!f(&t).is_empty(), wanted, "{t}");
                        if wanted {
                            assert!(may_hold_impossible_day(&t), "{t}");
                        }
                    }
                }
            }
        }
        // other numbers do not make a sentence read
        assert!(!may_hold_impossible_day("In 1905 it had 28 rooms and 120 beds."));
    }

    /// The scan finds exactly the runs of two digits (ASCII or full-width, mixed too) worth
    /// 29 to 31: every string of four from digits, full-width digits, a letter and a space.
    #[test]
    fn the_scan_finds_two_digits_from_29_to_31() {
        let by_runs = |text: &str| {
            let digits: Vec<Option<u32>> = text
                .chars()
                .map(|c| {
                    c.to_digit(10)
                        .or_else(|| (('０'..='９').contains(&c)).then(|| c as u32 - 0xFF10))
                })
                .collect();
            digits
                .split(Option::is_none)
                .any(|run| run.len() == 2 && (29..=31).contains(&(run[0].unwrap_or(0) * 10 + run[1].unwrap_or(0))))
        };
        let alphabet = ["2", "9", "3", "0", "1", "２", "９", "３", "１", "x", " ", "中"];
        for text in crate::rules::test_support::every_string(&alphabet, 4) {
            assert_eq!(may_hold_impossible_day(&text), by_runs(&text), "{text:?}");
        }
    }

    #[test]
    fn possible_days() {
        for t in [
            "条约于2008年2月29日签署。",
            "= T =\n\nOn February 29, 2024 and 29 February it rained.",
            "9月20日，他到达。",
            "= T =\n\nOn 31 December 2010.",
        ] {
            assert!(f(t).is_empty(), "{t}: {:?}", f(t));
        }
    }

    /// An impossible ISO date in an English citation is read for this rule (citation dates,
    /// like sentences, are read where a day of 29 to 31 may be) and reported; a possible one is
    /// not read. A Chinese page's citation dates are all read, whatever `may` says.
    #[test]
    fn impossible_iso_dates_in_an_english_citation() {
        let t = "The town grew.<ref>{{cite web |title=T |date=2014-06-31 |access-date=2015-02-29 |archive-date=2016-02-28}}</ref>\n";
        assert_eq!(flagged(&InvalidDate, "t.wikitext", t), vec!["2014-06-31", "2015-02-29"]);
        let read = |name: &str, text: &str, may: &dyn Fn(&str) -> bool| -> Vec<String> {
            let source = crate::source::SourceFile {
                name: name.into(),
                text: text.into(),
            };
            let doc = crate::parse::parse(&source, None);
            crate::facts::extract_dates(&doc, text, may)
                .into_iter()
                .map(|f| f.text)
                .collect()
        };
        let dates = read("t.wikitext", t, &may_hold_impossible_day);
        assert!(dates.contains(&"2014-06-31".to_string()), "{dates:?}");
        assert!(!dates.contains(&"2016-02-28".to_string()), "{dates:?}");
        let zh = "该镇发展了。<ref>{{cite web |title=T |date=2014-06-21}}</ref>\n";
        assert_eq!(read("t.wikitext", zh, &|_| false), vec!["2014-06-21"]);
    }

    /// A citation's date in Chinese is read by the Chinese reader, which takes days in
    /// Chinese numerals and a month past 12 before a day: such values are read whatever
    /// their digits.
    #[test]
    fn impossible_chinese_dates_in_a_citation() {
        let t = "该镇发展了。<ref>{{cite news |title=T |date=2005年13月5日}}</ref><ref>{{cite news |title=U |date=二〇〇五年二月三十日}}</ref>\n";
        let found = flagged(&InvalidDate, "t.wikitext", t);
        assert_eq!(found.len(), 2, "{found:?}");
        let ok = "该镇发展了。<ref>{{cite news |title=T |date=2005年12月5日}}</ref>\n";
        assert!(flagged(&InvalidDate, "t.wikitext", ok).is_empty());
    }

    #[test]
    fn citation_accessed_before_published() {
        let t = "X<ref>{{cite web |title=T |url=http://x |date=2014-06-27 |accessdate=2014-06-22}}</ref>。";
        let d = run(&InvalidDate, "t.wikitext", t);
        assert_eq!(d.len(), 1);
        assert_eq!(&t[d[0].span.clone()], "2014-06-27");
        assert_eq!(&t[d[0].labels[0].span.clone()], "2014-06-22");
        let ok = "X<ref>{{cite web |title=T |url=http://x |date=2014-06-21 |accessdate=2016-06-22 |archive-date=2016-08-15}}</ref>。";
        assert!(run(&InvalidDate, "t.wikitext", ok).is_empty());
        let archived = "X<ref>{{cite web |title=T |date=21 June 2014 |archive-date=June 1, 2014}}</ref>。";
        assert_eq!(run(&InvalidDate, "t.wikitext", archived).len(), 1);
    }

    #[test]
    fn real_defects_in_enwiki() {
        // en-wikitext/toronto.txt: a 2011 census page "accessdate =February 8, 2007".
        assert_eq!(
            flagged(&InvalidDate, "x.wikitext", &corpus("en-wikitext/toronto.txt")),
            vec!["February 8, 2011"]
        );
        // en-wikitext/United-Kingdom.txt: "date=8 May 2009 … archivedate=2 February 2009" and
        // "date=30 January 2013 |accessdate=4 February 2012" (2012 for 2013).
        let d = run(&InvalidDate, "x.wikitext", &corpus("en-wikitext/United-Kingdom.txt"));
        let msgs: Vec<&str> = d.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            msgs,
            vec![
                "the source was archived before it was published",
                "the source is dated after it was accessed"
            ]
        );
    }

    #[test]
    fn quiet_on_real_text() {
        let hits: Vec<String> = xquad_pairs()
            .iter()
            .flat_map(|(_, en, zh)| f(en).into_iter().chain(f(zh)))
            .collect();
        assert!(hits.is_empty(), "{hits:?}");
        // Real citations with many dates.
        for p in [
            "zh-wikitext/林纳斯·托瓦兹.wikitext",
            "en-wikitext/anarchism.txt",
            "en-wikitext/Bodmin.txt",
            "wikipairs/zh/Mathematics.zh.md",
        ] {
            let d = flagged(&InvalidDate, "x.wikitext", &corpus(p));
            assert!(d.is_empty(), "{p}: {d:?}");
        }
    }
}
