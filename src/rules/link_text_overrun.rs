//! # link-text-overrun (warning)
//!
//! **What it does.** Finds a wiki-markdown link whose label runs past the title of the page it
//! links to: `[阿布哈兹共和国和](https://zh.wikipedia.org/wiki/阿布哈兹共和国 "wikilink")`,
//! `[Red Hat及](https://zh.wikipedia.org/wiki/Red_Hat "wikilink")`.
//!
//! **Why it matters.** pandoc's MediaWiki reader applies the English "link trail" to Chinese:
//! `[[阿布哈兹共和国]]和` becomes a link labelled 「阿布哈兹共和国和」. The label is no longer
//! the name, so anything that reads names from link labels (alignment, name checks, a
//! translator's glossary) reads a wrong one, and the rendered link covers the wrong words.
//!
//! **How it decides.** Internal links of wiki-markdown only. The label must start with the
//! page title — compared after Traditional→Simplified folding, URL-decoding, `_` → space and
//! with the first letter case-insensitive — and go on with letters, the first of them Chinese
//! (what pandoc's trail pulls in). A label that says something else (`[外交关系](…/国际关系)`)
//! is a legitimate label and is left alone; so is an English trail (`[Linuxes](…/Linux)`), which
//! MediaWiki renders the same way.
//!
//! **Example.**
//! ```text
//! [阿布哈兹共和国和](https://zh.wikipedia.org/wiki/阿布哈兹共和国 "wikilink")
//!  ^^^^^^^^^^^^^^^^ the label runs past the title `阿布哈兹共和国` by `和`
//! ```
//!
//! **Fix.** Move the overrun after the link: `[阿布哈兹共和国](…)和` (safe: the text read is the
//! same).

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::lang::script::{fold_to_simplified, is_han};
use crate::parse::LinkKind;
use crate::source::titles::{key as title_key, percent_decode};
use crate::source::Format;

pub struct LinkTextOverrun;

impl Rule for LinkTextOverrun {
    fn id(&self) -> &'static str {
        "link-text-overrun"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("link_text_overrun.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        if cx.doc.format != Format::WikiMarkdown {
            return;
        }
        let text = cx.text();
        for link in &cx.doc.links {
            if link.kind != LinkKind::Internal {
                continue;
            }
            let Some(label) = &link.label else { continue };
            let Some(split) = overrun_at(&text[link.target.clone()], &text[label.clone()]) else {
                continue;
            };
            let cut = label.start + split;
            let title = &text[label.start..cut];
            let extra = &text[cut..label.end];
            out.push(
                Diagnostic::new(
                    self.id(),
                    self.severity(),
                    cx.file,
                    label.clone(),
                    format!("the link label runs past the title `{title}` by `{extra}`"),
                )
                .with_label(format!("`{extra}` is not part of the linked name"))
                .with_fix(Fix {
                    message: format!("move `{extra}` after the link"),
                    edits: vec![
                        Edit {
                            start: cut,
                            end: label.end,
                            replacement: String::new(),
                        },
                        Edit {
                            start: link.span.end,
                            end: link.span.end,
                            replacement: extra.to_string(),
                        },
                    ],
                    safe: true,
                }),
            );
        }
    }
}

/// Where in `label` the overrun begins (a byte offset), when the label is the page title of
/// `target` followed by a Chinese letter trail.
fn overrun_at(target: &str, label: &str) -> Option<usize> {
    if target.contains('#') || label.contains(['[', ']', '\\', '*', '<', '`']) || label.contains("-{") {
        return None;
    }
    let title = title_key(&fold_to_simplified(&percent_decode(target)).text);
    let n = title.chars().count();
    if n == 0 {
        return None;
    }
    let split = label.char_indices().nth(n)?.0;
    let (head, tail) = label.split_at(split);
    if title_key(&fold_to_simplified(head).text) != title || head.trim() != head {
        return None;
    }
    let first = tail.chars().next()?;
    (is_han(first) && tail.chars().all(char::is_alphabetic)).then_some(split)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{corpus, flagged, run};

    fn md(text: &str) -> Vec<String> {
        flagged(&LinkTextOverrun, "t.md", text)
    }

    fn seed(name: &str) -> String {
        std::fs::read_to_string(format!("{}/seeds/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    #[test]
    fn fires_on_seed_000() {
        let d = run(&LinkTextOverrun, "000.md", &seed("000_9fb3881375abaa5a.txt"));
        let msgs: Vec<&str> = d.iter().map(|d| d.message.as_str()).collect();
        assert!(
            msgs.contains(&"the link label runs past the title `阿布哈兹共和国` by `和`"),
            "{msgs:?}"
        );
        assert!(
            msgs.contains(&"the link label runs past the title `南奥塞梯共和国` by `之间的`"),
            "{msgs:?}"
        );
    }

    #[test]
    fn compares_folded_decoded_and_case_insensitive() {
        let t = "他是[Linux內核的最早作者](https://zh.wikipedia.org/wiki/Linux%E5%86%85%E6%A0%B8 \"wikilink\")，\
                 用[minix原始碼](https://zh.wikipedia.org/wiki/Minix \"wikilink\")和[Red Hat及](https://zh.wikipedia.org/wiki/Red_Hat \"wikilink\")。";
        assert_eq!(md(t), vec!["Linux內核的最早作者", "minix原始碼", "Red Hat及"]);
    }

    #[test]
    fn quiet_on_real_labels() {
        for t in [
            "[外交关系](https://zh.wikipedia.org/wiki/国际关系 \"wikilink\")",
            "[双边](https://zh.wikipedia.org/wiki/双边主义 \"wikilink\")",
            "[芬兰](../Page/芬兰.md \"wikilink\")",
            "[Linuxes](https://en.wikipedia.org/wiki/Linux \"wikilink\")",
            "[中国 (国家)](https://zh.wikipedia.org/wiki/中国 \"wikilink\")",
            "[中国](https://zh.wikipedia.org/wiki/中国#历史 \"wikilink\")",
            "[中国人](https://example.org/中国)",
        ] {
            assert!(md(t).is_empty(), "{t}: {:?}", md(t));
        }
        // wikitext links are not converter output
        assert!(flagged(&LinkTextOverrun, "t.wikitext", "[[中国|中国人]]").is_empty());
    }

    #[test]
    fn real_defects_in_corpus() {
        // zh-markdown/林纳斯·托瓦兹.md: `[黑客之一](../Page/黑客.md …)`,
        // `[Git这个](../Page/Git.md …)`, `[學運份子](…/wiki/學運 …)`.
        let text = corpus("zh-markdown/林纳斯·托瓦兹.md");
        let f = flagged(&LinkTextOverrun, "x.md", &text);
        for want in ["黑客之一", "Git这个", "學運份子"] {
            assert!(f.iter().any(|f| f == want), "{want}: {f:?}");
        }
        assert!(!f.iter().any(|f| f == "开发者"), "{f:?}");
    }

    #[test]
    fn fix_moves_overrun_and_relints_clean() {
        let t = "[阿布哈兹共和国和](https://zh.wikipedia.org/wiki/阿布哈兹共和国 \"wikilink\")南奥塞梯";
        let d = run(&LinkTextOverrun, "t.md", t);
        let fixed = crate::diagnostic::apply_edits(t, &d[0].fix.as_ref().unwrap().edits);
        assert_eq!(
            fixed,
            "[阿布哈兹共和国](https://zh.wikipedia.org/wiki/阿布哈兹共和国 \"wikilink\")和南奥塞梯"
        );
        assert!(md(&fixed).is_empty());
        // the whole seed, fixed, re-lints clean
        let s = seed("000_9fb3881375abaa5a.txt");
        let edits: Vec<_> = run(&LinkTextOverrun, "000.md", &s)
            .into_iter()
            .flat_map(|d| d.fix.unwrap().edits)
            .collect();
        let fixed = crate::diagnostic::apply_edits(&s, &edits);
        assert!(run(&LinkTextOverrun, "000.md", &fixed).is_empty());
    }
}
