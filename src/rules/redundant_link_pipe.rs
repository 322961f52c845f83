//! # redundant-link-pipe (info)
//!
//! **What it does.** Finds a piped wikitext link whose label is its own target:
//! `[[南奥塞梯|南奥塞梯]]`, `[[Paris|paris]]`, `[[New_York|New York]]` (CheckWiki 64,
//! `link_equal_linktext`).
//!
//! **Why it matters.** The pipe adds nothing but noise for the next editor, and a bot or a
//! machine translation that copies the link twice doubles the chance of the two halves drifting
//! apart. Articles translated with a tool are full of them.
//!
//! **How it decides.** Internal links only (not categories or files). The label and the
//! target are compared the way MediaWiki compares titles: `_` is a space, runs of spaces count
//! once, the first letter is case-insensitive. A label with any markup in it is never equal.
//!
//! **Example.**
//! ```text
//! 是[[顿涅茨克人民共和国|顿涅茨克人民共和国]]和[[南奥塞梯|南奥塞梯]]建立的外交关系
//!                                             ^^^^^^^^^^^^^^^^^^ the label repeats the target
//! ```
//!
//! **Fix.** Write the plain link with the label's text: `[[南奥塞梯]]` (safe: the page and the
//! displayed text stay the same).

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::parse::LinkKind;
use crate::source::titles::same_key;

pub struct RedundantLinkPipe;

impl Rule for RedundantLinkPipe {
    fn id(&self) -> &'static str {
        "redundant-link-pipe"
    }
    fn severity(&self) -> Severity {
        Severity::Info
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("redundant_link_pipe.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let text = cx.text();
        for link in &cx.doc.links {
            if link.kind != LinkKind::Internal {
                continue;
            }
            let (Some(_pipe), Some(label)) = (&link.pipe, &link.label) else {
                continue;
            };
            let target = &text[link.target.clone()];
            let shown = text[label.clone()].trim();
            if shown.is_empty()
                || target.starts_with(':')
                || shown.contains(['[', ']', '{', '}', '<', '>', '\'', '|', '&'])
                || !same_key(target, shown)
            {
                continue;
            }
            let plain = shown.split_whitespace().collect::<Vec<_>>().join(" ");
            out.push(
                Diagnostic::new(
                    self.id(),
                    self.severity(),
                    cx.file,
                    link.span.clone(),
                    format!("the link label `{shown}` repeats its target: the pipe is not needed"),
                )
                .with_label("label equals target")
                .with_fix(Fix {
                    message: format!("write `[[{plain}]]`"),
                    edits: vec![Edit {
                        start: link.span.start,
                        end: link.span.end,
                        replacement: format!("[[{plain}]]"),
                    }],
                    safe: true,
                }),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{corpus, flagged, run};

    fn wt(text: &str) -> Vec<String> {
        flagged(&RedundantLinkPipe, "t.wikitext", text)
    }

    #[test]
    fn fires_on_seed_003() {
        let seed =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/003_981c4c21a77e9e1d.txt")).unwrap();
        let f = flagged(&RedundantLinkPipe, "003.txt", &seed);
        assert!(f.iter().any(|f| f == "[[南奥塞梯|南奥塞梯]]"), "{f:?}");
    }

    #[test]
    fn fires_on_case_and_underscore_variants() {
        assert_eq!(
            wt("In [[Paris|paris]] and [[New_York|New York]]."),
            vec!["[[Paris|paris]]", "[[New_York|New York]]"]
        );
    }

    #[test]
    fn quiet_on_real_labels_categories_and_markup() {
        for t in [
            "[[Paris|the capital]] [[Category:X|X]] [[File:A.jpg|A.jpg]]",
            "[[:Category:Foo|Category:Foo]] [[Foo|''Foo'']] [[Foo|]] [[PARIS|paris]]",
        ] {
            assert!(wt(t).is_empty(), "{t}: {:?}", wt(t));
        }
    }

    #[test]
    fn real_defect_in_corpus() {
        // zh-wikitext/林纳斯·托瓦兹.wikitext pipes most of its links to themselves:
        // `[[赫尔辛基|赫尔辛基]]`, `[[Git|Git]]`, `[[芬兰|芬兰]]`, …
        let text = corpus("zh-wikitext/林纳斯·托瓦兹.wikitext");
        let f = flagged(&RedundantLinkPipe, "x.wikitext", &text);
        assert!(f.iter().any(|f| f == "[[赫尔辛基|赫尔辛基]]"), "{f:?}");
        assert!(f.iter().any(|f| f == "[[Git|Git]]"), "{f:?}");
    }

    #[test]
    fn quiet_on_clean_corpus_articles() {
        // The enwiki pages of the corpus pipe links only to say something else.
        for name in [
            "United-Kingdom.txt",
            "anarchism.txt",
            "Mozilla-Firefox.txt",
            "toronto.txt",
        ] {
            let text = corpus(&format!("en-wikitext/{name}"));
            let f = flagged(&RedundantLinkPipe, "x.wikitext", &text);
            assert!(f.is_empty(), "{name}: {f:?}");
        }
    }

    #[test]
    fn fix_relints_clean() {
        let t = "是[[顿涅茨克人民共和国|顿涅茨克人民共和国]]和[[New_York|New York]]。";
        let d = run(&RedundantLinkPipe, "t.wikitext", t);
        let edits: Vec<_> = d.iter().flat_map(|d| d.fix.as_ref().unwrap().edits.clone()).collect();
        let fixed = crate::diagnostic::apply_edits(t, &edits);
        assert_eq!(fixed, "是[[顿涅茨克人民共和国]]和[[New York]]。");
        assert!(wt(&fixed).is_empty());
    }
}
