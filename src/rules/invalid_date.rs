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
//! **How it decides.** Day and month are read from the common Chinese, English and ISO
//! forms; 29 February is checked against the year when one is stated. Citation dates are
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
use crate::facts::date::MONTHS;
use crate::Span;
use regex::Regex;
use std::sync::OnceLock;

pub struct InvalidDate;

fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    MONTHS
        .iter()
        .map(|m| m.to_lowercase())
        .position(|m| m == n || (n.len() >= 3 && m.starts_with(&n)))
        .map(|i| i as u32 + 1)
}

fn days_in_month(year: Option<i32>, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// A date read from text: (year, month, day), with its span.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Ymd {
    span: Span,
    year: Option<i32>,
    month: u32,
    day: u32,
}

fn patterns() -> &'static [Regex; 4] {
    static RE: OnceLock<[Regex; 4]> = OnceLock::new();
    RE.get_or_init(|| {
        let month = "January|February|March|April|May|June|July|August|September|October|November|December";
        [
            // 2005年9月19日, 9月19日 (also full-width digits are rare in dates; ASCII here)
            Regex::new(r"(?:(?P<y>\d{3,4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日").unwrap(),
            // 19 September 2005, 31 April
            Regex::new(&format!(r"\b(?P<d>\d{{1,2}}) (?P<m>{month})\b(?:,? (?P<y>\d{{4}})\b)?")).unwrap(),
            // September 19, 2005
            Regex::new(&format!(r"\b(?P<m>{month}) (?P<d>\d{{1,2}})\b(?:, (?P<y>\d{{4}})\b)?")).unwrap(),
            // 2014-06-21
            Regex::new(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b").unwrap(),
        ]
    })
}

/// Every date in `text` (offsets relative to `text`).
fn dates(text: &str) -> Vec<Ymd> {
    let mut out: Vec<Ymd> = Vec::new();
    for re in patterns() {
        for c in re.captures_iter(text) {
            let span = c.get(0).map_or(0..0, |m| m.range());
            let iso = c["m"].chars().all(|ch| ch.is_ascii_digit()) && text[span.clone()].contains('-');
            // an ISO-shaped piece of a URL or path (…/2006-43-01/…) is not a date; nor is one
            // whose month is out of range
            if iso
                && (text[..span.start].ends_with('/')
                    || text[span.end..].starts_with('/')
                    || c["m"].parse::<u32>().map_or(true, |m| m > 12))
            {
                continue;
            }
            let m = &c["m"];
            let month = m.parse::<u32>().ok().or_else(|| month_number(m));
            let (Some(month), Ok(day)) = (month, c["d"].parse::<u32>()) else {
                continue;
            };
            let year = c.name("y").and_then(|y| y.as_str().parse().ok());
            if !out.iter().any(|o| o.span.start < span.end && span.start < o.span.end) {
                out.push(Ymd { span, year, month, day });
            }
        }
    }
    out
}

fn impossible(d: &Ymd) -> Option<String> {
    if !(1..=12).contains(&d.month) {
        return Some(format!("there is no month {}", d.month));
    }
    let max = days_in_month(d.year, d.month);
    if d.day == 0 || d.day > max {
        let name = MONTHS[d.month as usize - 1];
        let note = if d.month == 2 && d.day == 29 {
            format!(" ({} is not a leap year)", d.year.unwrap_or(0))
        } else {
            String::new()
        };
        return Some(format!("{name} has no day {}{note}", d.day));
    }
    None
}

fn full_date(text: &str) -> Option<(i32, u32, u32)> {
    let ds = dates(text.trim());
    match ds.as_slice() {
        [d] if d.year.is_some() && impossible(d).is_none() => Some((d.year?, d.month, d.day)),
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
        let doc = cx.doc;
        let text = cx.text();
        let no_such_day = |span: crate::Span, why: &str| {
            Diagnostic::new(
                self.id(),
                self.severity(),
                cx.file,
                span,
                format!("impossible date: {why}"),
            )
            .with_label("no such day")
        };
        // impossible dates in the readable text
        for (block, prose) in doc.text_blocks() {
            for d in dates(prose) {
                if let Some(why) = impossible(&d) {
                    let p = block.prose.start + d.span.start..block.prose.start + d.span.end;
                    out.push(no_such_day(doc.prose.to_source_span(p), &why));
                }
            }
        }
        // citation templates: impossible values, and dates that contradict each other
        for t in &doc.templates {
            let param = |keys: &[&str]| {
                t.params.iter().find(|p| {
                    p.name
                        .as_ref()
                        .is_some_and(|n| keys.contains(&text[n.clone()].to_lowercase().as_str()))
                        && !p.value.is_empty()
                })
            };
            for p in &t.params {
                if p.name
                    .as_ref()
                    .is_some_and(|n| text[n.clone()].to_lowercase().contains("date"))
                {
                    for d in dates(&text[p.value.clone()]) {
                        if let Some(why) = impossible(&d) {
                            let span = p.value.start + d.span.start..p.value.start + d.span.end;
                            out.push(no_such_day(span, &why));
                        }
                    }
                }
            }
            let Some(date) = param(&["date", "publication-date"]) else {
                continue;
            };
            let Some(published) = full_date(&text[date.value.clone()]) else {
                continue;
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
                        .with_secondary(
                            cx.file,
                            date.value.clone(),
                            "published on this later day",
                        ),
                    );
                }
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

    #[test]
    fn impossible_days() {
        assert_eq!(f("条约于2005年2月30日签署。"), vec!["2005年2月30日"]);
        assert_eq!(f("= T =\n\nIt opened on 31 April 2008."), vec!["31 April 2008"]);
        assert_eq!(f("= T =\n\nOn February 29, 2023 it rained."), vec!["February 29, 2023"]);
        assert_eq!(f("他于13月5日到达。"), vec!["13月5日"]);
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
