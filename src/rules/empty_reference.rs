//! # empty-reference (warning)
//!
//! **What it does.** Finds reference slots with nothing in them: a numbered item with no
//! text in a references or notes list (the residue pandoc leaves when a citation's body was
//! lost in conversion), an empty `<ref></ref>` or `<ref> </ref>`, and a `<ref>` whose
//! citation template (`{{cite web}}`, `{{cite news}}`, …) has neither a title nor a url.
//!
//! **Why it matters.** The text still shows the marker (`[4]`), so the claim looks sourced
//! when it is not. A run of empty slots usually means the whole reference list was lost.
//!
//! **How it reports.** One diagnostic per run of consecutive empty slots, with a label on
//! each slot, so a list of nineteen empty items reads as two findings, not nineteen.
//! Converted corpora carry this residue in almost every article: switch the rule off for such
//! a corpus with `--ignore empty-reference`.
//!
//! **Example.**
//! ```text
//! ## 参考资料
//! 1.
//! 2.
//! ```
//!
//! **Fix.** Restore the citation from the source article, or remove the markers that point to
//! the empty slot. An empty `<ref></ref>` can be deleted (safe fix).

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::parse::{ReferenceItem, Template};

pub struct EmptyReference;

impl Rule for EmptyReference {
    fn id(&self) -> &'static str {
        "empty-reference"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("empty_reference.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = cx.doc;
        let text = cx.text();
        // marker numbers, sorted: the markers citing a run of slots are found by binary search
        let mut cited: Vec<u32> = doc.ref_markers.iter().map(|m| m.number).collect();
        cited.sort_unstable();
        for list in &doc.reference_lists {
            let empty: Vec<&ReferenceItem> = list.items.iter().filter(|i| i.body.is_empty()).collect();
            for run in runs(&empty) {
                out.push(self.slot_run(cx, run, &cited));
            }
        }
        // templates by start: those inside a `<ref>` body are found by binary search
        let mut by_start: Vec<&Template> = doc.templates.iter().collect();
        by_start.sort_by_key(|t| t.span.start);
        for r in &doc.refs {
            let Some(body) = &r.body else { continue };
            let content = text[body.clone()].trim();
            if content.is_empty() {
                let mut d = Diagnostic::new(
                    self.id(),
                    self.severity(),
                    cx.file,
                    r.span.clone(),
                    "empty `<ref>`: the citation has no content",
                )
                .with_label("nothing between <ref> and </ref>");
                if !r.named {
                    d = d.with_fix(Fix {
                        message: "delete the empty <ref></ref>".into(),
                        edits: vec![Edit {
                            start: r.span.start,
                            end: r.span.end,
                            replacement: String::new(),
                        }],
                        safe: true,
                    });
                } else {
                    d = d.with_note(
                        "a named <ref> may be reused elsewhere: give it its citation rather than deleting it",
                    );
                }
                out.push(d);
                continue;
            }
            // a citation template with neither title nor url
            let first = by_start.partition_point(|t| t.span.start < body.start);
            for t in by_start[first..]
                .iter()
                .take_while(|t| t.span.start < body.end)
                .filter(|t| t.span.end <= body.end)
            {
                let name = text[t.name.clone()].trim().to_lowercase();
                if !(name.starts_with("cite") || name.starts_with("citation")) {
                    continue;
                }
                let has = |keys: &[&str]| {
                    t.params.iter().any(|p| {
                        p.name
                            .as_ref()
                            .is_some_and(|n| keys.contains(&text[n.clone()].trim().to_lowercase().as_str()))
                            && !p.value.is_empty()
                    })
                };
                if !has(&["title", "url", "trans-title", "script-title", "chapter", "work"]) {
                    out.push(
                        Diagnostic::new(
                            self.id(),
                            self.severity(),
                            cx.file,
                            t.span.clone(),
                            "citation has neither a title nor a url",
                        )
                        .with_label("this citation cannot be followed")
                        .with_note("give the cited work's title and, where it is online, its url"),
                    );
                }
            }
        }
    }
}

impl EmptyReference {
    /// `cited`: the numbers of the text's citation markers, sorted.
    fn slot_run(&self, cx: &Context, run: &[&ReferenceItem], cited: &[u32]) -> Diagnostic {
        let first = run[0];
        let last = run[run.len() - 1];
        let message = if run.len() == 1 {
            format!("reference {} is empty", first.number)
        } else {
            format!("{} empty reference slots ({}–{})", run.len(), first.number, last.number)
        };
        let mut d = Diagnostic::new(self.id(), self.severity(), cx.file, first.span.clone(), message)
            .with_label(format!("reference {} has no text", first.number));
        for item in &run[1..] {
            d = d.with_secondary(cx.file, item.span.clone(), format!("{} empty", item.number));
        }
        let a = cited.partition_point(|&n| n < first.number);
        let b = cited.partition_point(|&n| n <= last.number);
        let cited = &cited[a..b.max(a)];
        if !cited.is_empty() {
            let distinct = 1 + cited.windows(2).filter(|w| w[0] != w[1]).count();
            d = d.with_note(format!(
                "the text cites {} of these slot{} ({} marker{}): those claims look sourced but are not",
                distinct,
                if run.len() == 1 { "" } else { "s" },
                cited.len(),
                if cited.len() == 1 { "" } else { "s" }
            ));
        }
        d.with_note("restore the citations from the source article; in a converted corpus where this is residue, use --ignore empty-reference")
    }
}

/// Split items into runs of consecutive numbers.
fn runs<'a, 'b>(items: &'b [&'a ReferenceItem]) -> Vec<&'b [&'a ReferenceItem]> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=items.len() {
        if i == items.len() || items[i].number != items[i - 1].number + 1 {
            if start < i {
                out.push(&items[start..i]);
            }
            start = i;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{corpus, run};

    #[test]
    fn runs_of_empty_markdown_slots() {
        let t = "Text\\[1\\] more\\[2\\]\\[3\\].\n\n## 参考资料\n\n1.\n2.  A real citation\n3.\n4.\n";
        let d = run(&EmptyReference, "a.md", t);
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].message, "reference 1 is empty");
        assert_eq!(d[1].message, "2 empty reference slots (3–4)");
        assert_eq!(&t[d[1].span.clone()], "3.");
        assert_eq!(d[1].labels.len(), 1);
        assert_eq!(&t[d[1].labels[0].span.clone()], "4.");
    }

    #[test]
    fn empty_ref_tags_and_citation_without_title() {
        let t = "A<ref></ref> b<ref> </ref> c<ref>{{cite web |publisher=X |date=2014}}</ref> d<ref>{{cite web |title=Ok |url=http://x}}</ref>.";
        let d = run(&EmptyReference, "a.wikitext", t);
        let msgs: Vec<_> = d.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            msgs.iter().filter(|m| m.starts_with("empty `<ref>`")).count(),
            2,
            "{msgs:?}"
        );
        assert_eq!(
            msgs.iter().filter(|m| m.contains("neither a title")).count(),
            1,
            "{msgs:?}"
        );
        let fixed = crate::diagnostic::apply_edits(t, &d[0].fix.as_ref().unwrap().edits);
        assert!(fixed.starts_with("A b<ref> </ref>"), "{fixed}");
    }

    #[test]
    fn real_residue_in_corpus_markdown() {
        // zh-markdown/林纳斯·托瓦兹.md carries empty numbered reference slots (1–5, 7–8, …).
        let text = corpus("zh-markdown/林纳斯·托瓦兹.md");
        let d = run(&EmptyReference, "x.md", &text);
        assert!(
            d.iter().any(|d| d.message == "5 empty reference slots (1–5)"),
            "{:?}",
            d.iter().map(|d| &d.message).collect::<Vec<_>>()
        );
    }

    #[test]
    fn quiet_on_real_lists_and_full_references() {
        // A numbered list that is not a reference list, and real wikitext with full citations.
        assert!(run(&EmptyReference, "a.md", "## 步骤\n\n1.\n2.  第二步\n").is_empty());
        let text = corpus("zh-wikitext/林纳斯·托瓦兹.wikitext");
        let d = run(&EmptyReference, "x.wikitext", &text);
        assert!(
            d.is_empty(),
            "{:?}",
            d.iter().map(|d| &text[d.span.clone()]).collect::<Vec<_>>()
        );
    }
}
