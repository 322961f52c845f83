//! # empty-section (info)
//!
//! **What it does.** Finds a heading with nothing under it: no paragraph, list, table or
//! template before the next heading of the same or a higher level, or before the end of the
//! article (CheckWiki 84, `section_without_text`).
//!
//! **Why it matters.** An empty section is a promise the article does not keep. In converted
//! text it usually means the converter dropped the section's content (a table, a gallery, a
//! list of templates), which is worth knowing before the text is aligned with its translation.
//!
//! **How it decides.** A heading followed by a deeper heading is not empty (it has
//! subsections). A template on its own line (`{{reflist}}`, `{{Portal|…}}`), `<references/>`,
//! a list and a table are content; a line of categories, a comment or a magic word is not.
//! In wiki-markdown and plain-text extracts, the converters drop reference lists, navigation
//! boxes and external-link templates wholesale, so an empty "References", "Notes",
//! "External links" or "See also" section there is residue of the conversion, not a defect of
//! the article, and is not reported.
//!
//! **Example.**
//! ```text
//! == Early life ==
//! == Career ==
//! ^^^^^^^^^^^^^^^^ section `Early life` is empty
//! ```
//!
//! **Fix.** Write the section or remove the heading. No automatic fix.

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::parse::{Block, BlockKind};
use crate::source::Format;

pub struct EmptySection;

impl Rule for EmptySection {
    fn id(&self) -> &'static str {
        "empty-section"
    }
    fn severity(&self) -> Severity {
        Severity::Info
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("empty_section.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let text = cx.text();
        let blocks = &cx.doc.blocks;
        for (i, b) in blocks.iter().enumerate() {
            let BlockKind::Heading { level } = b.kind else { continue };
            let mut next_heading = None;
            let mut has_content = false;
            for nb in &blocks[i + 1..] {
                if let BlockKind::Heading { .. } = nb.kind {
                    next_heading = Some(nb);
                    break;
                }
                if is_content(text, &cx.doc.comments, nb) {
                    has_content = true;
                    break;
                }
            }
            if has_content {
                continue;
            }
            if next_heading.is_some_and(|n| matches!(n.kind, BlockKind::Heading { level: l } if l > level)) {
                continue; // subsections
            }
            let title = heading_title(&cx.doc.prose.text[b.prose.clone()]);
            if title.is_empty() {
                continue;
            }
            let sections = &cx.doc.sections;
            let role = sections
                .binary_search_by_key(&i, |s| s.heading)
                .ok()
                .and_then(|k| sections[k].role);
            if cx.doc.format != Format::Wikitext && role.is_some() {
                continue;
            }
            let mut d = Diagnostic::new(
                self.id(),
                self.severity(),
                cx.file,
                b.span.clone(),
                format!("section `{title}` is empty"),
            )
            .with_label("nothing under this heading");
            if let Some(n) = next_heading {
                d = d.with_secondary(cx.file, n.span.clone(), "the next section starts here");
            }
            out.push(d);
        }
    }
}

/// The heading's readable text, without pandoc's section numbers (`## 1 生平`).
fn heading_title(prose: &str) -> String {
    prose.trim().to_string()
}

/// Does this block give its section content?
fn is_content(text: &str, comments: &[crate::Span], b: &Block) -> bool {
    match b.kind {
        BlockKind::Heading { .. } | BlockKind::Category => false,
        BlockKind::ListItem { .. } | BlockKind::Table | BlockKind::Template => true,
        BlockKind::Paragraph => {
            // text outside comments (parse records them, in source order)
            let first = comments.partition_point(|c| c.end <= b.span.start);
            let mut at = b.span.start;
            for c in comments[first..].iter().take_while(|c| c.start < b.span.end) {
                if !text[at..c.start.max(at)].trim().is_empty() {
                    return true;
                }
                at = at.max(c.end);
            }
            at < b.span.end && !text[at..b.span.end].trim().is_empty()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{corpus, flagged, run, xquad_pairs};

    #[test]
    fn fires_on_empty_sections() {
        let t = "Intro.\n\n== Early life ==\n<!-- to do -->\n== Career ==\nText.\n\n== Legacy ==\n\n[[Category:X]]\n";
        let d = run(&EmptySection, "t.wikitext", t);
        let msgs: Vec<&str> = d.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(msgs, vec!["section `Early life` is empty", "section `Legacy` is empty"]);
        assert_eq!(&t[d[0].labels[0].span.clone()], "== Career ==");
    }

    #[test]
    fn quiet_on_subsections_templates_lists_and_references() {
        let t = "== History ==\n=== Early ===\nText.\n\n== References ==\n{{reflist}}\n\n== Notes ==\n<references />\n\n== See also ==\n* [[Foo]]\n";
        assert!(flagged(&EmptySection, "t.wikitext", t).is_empty());
        let md = "## 生平\n\n文字。\n\n## 参考资料\n\n## 外部链接\n";
        assert!(flagged(&EmptySection, "t.md", md).is_empty());
    }

    #[test]
    fn real_defects_in_corpus() {
        // zh-markdown/阿波罗11号.md: `## 真伪` stands empty before `## 参看` (the converter
        // dropped its `{{main|…}}`); its empty `## 參考` and `## 外部連結` are conversion
        // residue and stay quiet. wikipairs/zh/Botany.zh.md has nine empty numbered sections.
        let text = corpus("zh-markdown/阿波罗11号.md");
        let d = run(&EmptySection, "x.md", &text);
        let msgs: Vec<&str> = d.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(msgs, vec!["section `真伪` is empty"]);
        let text = corpus("wikipairs/zh/Botany.zh.md");
        let d = run(&EmptySection, "x.md", &text);
        assert!(d.iter().any(|d| d.message == "section `3 生态学` is empty"), "{d:?}");
        assert_eq!(d.len(), 9);
    }

    #[test]
    fn quiet_on_clean_corpus() {
        for name in [
            "zh-wikitext/林纳斯·托瓦兹.wikitext",
            "en-wikitext/United-Kingdom.txt",
            "en-wikitext/anarchism.txt",
        ] {
            let text = corpus(name);
            let f = flagged(&EmptySection, name, &text);
            assert!(f.is_empty(), "{name}: {f:?}");
        }
        for (_, en, zh) in xquad_pairs().into_iter().take(40) {
            assert!(flagged(&EmptySection, "p.txt", &en).is_empty());
            assert!(flagged(&EmptySection, "p.txt", &zh).is_empty());
        }
    }
}
