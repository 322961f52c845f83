//! # mixed-script (warning)
//!
//! **What it does.** Finds Traditional characters in a Simplified article, or Simplified
//! characters in a Traditional one (「缩略图」 in an article written in 「俄羅斯－南奧塞梯關係」).
//!
//! **Why it matters.** Chinese Wikipedia stores each article in one script and converts it for
//! readers; characters of the other script slip in by copy-paste and survive conversion
//! badly, and searches for the word miss them.
//!
//! **How it decides.** The article's script is the one most of its distinguishing characters
//! are written in (OpenCC's tables, phrase-aware, so 皇后 and 著名 are not read as
//! Traditional). Characters of the other script in the readable text and in image captions
//! are reported, one finding per run. Left alone: `-{ }-` variant markup, quotations
//! (「…」 “…” 『…』), titles of works (《…》) and link targets (page titles are not text).
//! When the article is thoroughly mixed (the minority script over 30 % of the distinguishing
//! characters) one finding says so instead of hundreds.
//!
//! **Example.**
//! ```text
//! [缩略图](https://zh.wikipedia.org/wiki/File:… "fig:缩略图")   (in a Traditional article)
//!  ^^^^^^ Simplified characters in a Traditional article
//! ```
//!
//! **Fix.** Convert the run to the article's script (a suggestion: conversion is not always
//! one-to-one, so it is not applied unattended).

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::lang::script::{self, CharScript};
use crate::parse::{Document, LinkKind};
use crate::source::{Lang, Script};
use crate::Span;

pub struct MixedScript;

/// Off-script characters closer than this (in chars) are one run.
const JOIN: usize = 2;
/// Above this share of minority characters the article is "thoroughly mixed".
const MIXED_SHARE: f64 = 0.3;

impl Rule for MixedScript {
    fn id(&self) -> &'static str {
        "mixed-script"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("mixed_script.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = cx.doc;
        if doc.lang != Lang::Zh || doc.script == Script::Neither {
            return;
        }
        let text = cx.text();
        let regions = regions(doc, text);
        let (minority, majority_name, minority_name) = match doc.script {
            Script::Simplified => (CharScript::Traditional, "Simplified", "Traditional"),
            _ => (CharScript::Simplified, "Traditional", "Simplified"),
        };
        let (mut hits, n_major, n_minor) = minority_hits(doc, &regions, minority);
        hits.sort_by_key(|h| h.start);
        if hits.is_empty() {
            return;
        }
        let share = n_minor as f64 / (n_minor + n_major) as f64;
        if share > MIXED_SHARE {
            let d = Diagnostic::new(
                self.id(),
                self.severity(),
                cx.file,
                hits[0].clone(),
                format!("the article mixes scripts: {n_minor} {minority_name} and {n_major} {majority_name} characters"),
            )
            .with_label(format!("first {minority_name} character"))
            .with_note("convert the whole article to one script (e.g. with OpenCC), keeping -{ }- markup for deliberate variants");
            out.push(d);
            return;
        }
        for run in join_runs(text, hits) {
            let found = &text[run.clone()];
            let converted = convert(found, doc.script);
            let mut d = Diagnostic::new(
                self.id(),
                self.severity(),
                cx.file,
                run.clone(),
                format!("{minority_name} characters `{found}` in a {majority_name} article"),
            )
            .with_label(format!("{majority_name}: `{converted}`"));
            if converted != found {
                d = d.with_fix(Fix {
                    message: format!("write `{converted}`"),
                    edits: vec![Edit {
                        start: run.start,
                        end: run.end,
                        replacement: converted,
                    }],
                    safe: false,
                });
            }
            out.push(d);
        }
    }
}

/// What to read: the prose of each text block (mapped back to source) and image captions
/// (not in the prose). Each is classified as a whole, phrase-aware.
/// (text, its offset, whether the offset is in the prose view or the source)
fn regions<'d>(doc: &'d Document, text: &'d str) -> Vec<(&'d str, usize, bool)> {
    let mut regions: Vec<(&str, usize, bool)> = doc
        .text_blocks()
        .map(|(b, prose)| (prose, b.prose.start, true))
        .collect();
    for l in doc.links.iter().filter(|l| l.kind == LinkKind::File) {
        if let Some(label) = &l.label {
            regions.push((&text[label.clone()], label.start, false));
        }
    }
    regions
}

/// The characters of the `minority` script outside quotes and variant markup, as source
/// spans, with the counts of majority and minority characters.
fn minority_hits(doc: &Document, regions: &[(&str, usize, bool)], minority: CharScript) -> (Vec<Span>, usize, usize) {
    let mut hits: Vec<Span> = Vec::new();
    let (mut n_major, mut n_minor) = (0usize, 0usize);
    for &(part, base, in_prose) in regions {
        let classes = script::classify(part);
        let mut quote_depth = 0i32;
        for ((off, c), class) in part.char_indices().zip(classes) {
            match c {
                '「' | '『' | '“' | '《' | '〈' => quote_depth += 1,
                '」' | '』' | '”' | '》' | '〉' => quote_depth = (quote_depth - 1).max(0),
                _ => {}
            }
            if quote_depth > 0 || class == CharScript::Shared {
                continue;
            }
            // (a character's place in the source is looked up only where it matters: for a
            // hit, or to skip variant markup)
            let minor = class == minority;
            if !minor && doc.variants.is_empty() {
                n_major += 1;
                continue;
            }
            let pos = if in_prose {
                doc.prose.to_source(base + off)
            } else {
                base + off
            };
            if doc.variants.iter().any(|v| v.contains(&pos)) {
                continue;
            }
            if minor {
                n_minor += 1;
                hits.push(pos..pos + c.len_utf8());
            } else {
                n_major += 1;
            }
        }
    }
    (hits, n_major, n_minor)
}

/// Merge hits closer than [`JOIN`] chars (on the same line) into runs.
fn join_runs(text: &str, hits: Vec<Span>) -> Vec<Span> {
    let mut runs: Vec<Span> = Vec::new();
    for h in hits {
        if let Some(last) = runs.last_mut() {
            let gap = &text[last.end.min(h.start)..h.start];
            if gap.chars().count() <= JOIN && gap.chars().all(script::is_han) {
                last.end = h.end;
                continue;
            }
        }
        runs.push(h);
    }
    runs
}

fn convert(s: &str, to: Script) -> String {
    match to {
        Script::Traditional => script::to_traditional(s),
        _ => script::fold_to_simplified(s).text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{corpus, flagged, run, xquad_pairs};

    fn f(t: &str) -> Vec<String> {
        flagged(&MixedScript, "t.md", t)
    }

    #[test]
    fn fires_on_the_other_script() {
        assert!(
            f("**俄羅斯－南奧塞梯關係**，俄羅斯將會軍事干預，保證安全。").is_empty(),
            "干預 is Traditional"
        );
        let t = "**俄羅斯－南奧塞梯關係**是指兩國之間的雙邊關係。[缩略图](https://zh.wikipedia.org/wiki/File:A.ogg \"fig:缩略图\")梅德韋傑夫於2008年宣佈承認南奧塞梯獨立。";
        assert_eq!(f(t), vec!["缩略图"]);
        let t = "阿布哈兹和南奥塞梯的关系是双边关系。两国于2007年正式建立外交關係。";
        assert_eq!(f(t), vec!["關係"]);
    }

    #[test]
    fn the_fix_converts_and_relints_clean() {
        let t = "阿布哈兹和南奥塞梯的关系是双边关系。两国于2007年正式建立外交關係。";
        let d = run(&MixedScript, "t.md", t);
        let fixed = crate::diagnostic::apply_edits(t, &d[0].fix.as_ref().unwrap().edits);
        assert!(fixed.ends_with("外交关系。"), "{fixed}");
        assert!(f(&fixed).is_empty());
    }

    #[test]
    fn quiet_on_quotes_titles_variants_and_categories() {
        for t in [
            "他写了《關於中國》一书，并说「這是真的」。这是简体文章的正文内容。",
            "这是简体文章，-{zh-hans:软件;zh-hant:軟體}-很多。这是简体文章的正文内容。",
            "这是简体文章的内容。\n\n[Category:南奧塞梯雙邊關係](https://zh.wikipedia.org/wiki/Category:南奧塞梯雙邊關係 \"wikilink\")",
            "皇后和著名的作家都在这里。后来他们去了台湾。",
            // 鄩's Simplified form is in CJK extension B: Simplified text writes 鄩
            "太康投奔斟鄩的斟鄩氏。这是简体文章的正文内容。",
        ] {
            assert!(f(t).is_empty(), "{t}: {:?}", f(t));
        }
    }

    #[test]
    fn quiet_on_clean_simplified_text() {
        // xquad's zh side is professionally written Simplified Chinese.
        let hits: Vec<String> = xquad_pairs()
            .iter()
            .flat_map(|(a, _, zh)| f(zh).into_iter().map(move |h| format!("{a}: {h}")))
            .collect();
        // Two real slips remain in it: 不列顛 (Tate Britain) and 消遙 — and a transliteration
        // with 內. Nothing else.
        assert!(hits.len() <= 3, "{hits:?}");
    }

    #[test]
    fn real_mixed_text_in_corpus() {
        // zh-markdown/阿波罗11号.md is Simplified with Traditional runs pasted in (歷時, 現場).
        let text = corpus("zh-markdown/阿波罗11号.md");
        let found = flagged(&MixedScript, "x.md", &text);
        assert!(found.iter().any(|f| f == "現場"), "{found:?}");
        // zh-markdown/高德纳.md mixes the two throughout: one finding says so.
        let d = run(&MixedScript, "x.md", &corpus("zh-markdown/高德纳.md"));
        assert_eq!(d.len(), 1);
        assert!(
            d[0].message.starts_with("the article mixes scripts"),
            "{}",
            d[0].message
        );
    }
}
