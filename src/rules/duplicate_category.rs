//! # duplicate-category (warning)
//!
//! **What it does.** Finds a category listed twice in one article: `[[Category:X]]` …
//! `[[Category:X|sort key]]` in wikitext, `[Category:X](…/Category:X "wikilink")` twice in
//! wiki-markdown (CheckWiki 17, `category_double`).
//!
//! **Why it matters.** The page is filed once anyway; the second entry is clutter, and when its
//! sort key differs from the first it is unclear which one the editor meant.
//!
//! **How it decides.** Category names are compared the way MediaWiki compares titles: sort
//! keys ignored, `_` is a space, the first letter case-insensitive, `Category:`, `分类:` and
//! `分類:` the same namespace, URLs percent-decoded. `[[:Category:X]]` (a link *to* the
//! category, not a filing) is not a category entry.
//!
//! **Example.**
//! ```text
//! [[Category:南奧塞梯雙邊關係]]
//! [[Category:南奧塞梯雙邊關係|顿涅茨克]]
//! ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ `南奧塞梯雙邊關係` is already listed above
//! ```
//!
//! **Fix.** Delete the second entry (safe when both give the same sort key, or neither does;
//! otherwise choose the sort key you want, then delete the other).

use super::wiki_title::category_key;
use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::parse::{Link, LinkKind};
use std::collections::HashMap;

pub struct DuplicateCategory;

impl Rule for DuplicateCategory {
    fn id(&self) -> &'static str {
        "duplicate-category"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("duplicate_category.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let text = cx.text();
        let mut seen: HashMap<String, &Link> = HashMap::new();
        for link in &cx.doc.links {
            if link.kind != LinkKind::Category || text[link.target.clone()].trim_start().starts_with(':') {
                continue;
            }
            let key = category_key(&text[link.target.clone()]);
            if key.is_empty() {
                continue;
            }
            let Some(first) = seen.get(&key) else {
                seen.insert(key, link);
                continue;
            };
            let sort_key = |l: &Link| match l.pipe {
                Some(_) => l.label.as_ref().map(|s| text[s.clone()].trim().to_string()),
                None => None,
            };
            let same_sort = sort_key(first) == sort_key(link);
            let del = deletion(text, link.span.clone());
            let mut d = Diagnostic::new(
                self.id(),
                self.severity(),
                cx.file,
                link.span.clone(),
                format!("category `{key}` is listed twice"),
            )
            .with_label("listed again here")
            .with_secondary(cx.file, first.span.clone(), "first listed here")
            .with_fix(Fix {
                message: "delete the second entry".into(),
                edits: vec![Edit {
                    start: del.start,
                    end: del.end,
                    replacement: String::new(),
                }],
                safe: same_sort,
            });
            if !same_sort {
                d = d.with_note("the two entries give different sort keys: keep the one you mean");
            }
            out.push(d);
        }
    }
}

/// What to delete for a duplicate entry: the whole line when the entry stands alone on it,
/// else the entry and the spaces before it.
fn deletion(text: &str, span: crate::Span) -> crate::Span {
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[span.end..].find('\n').map_or(text.len(), |i| span.end + i);
    if text[line_start..span.start].trim().is_empty() && text[span.end..line_end].trim().is_empty() {
        if line_end == text.len() && line_start > 0 {
            return line_start - 1..line_end; // last line, no newline after: take the one before
        }
        return line_start..(line_end + 1).min(text.len());
    }
    let before = text[..span.start].trim_end_matches([' ', '\t']).len();
    before..span.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{corpus, flagged, run, xquad_pairs};

    #[test]
    fn fires_on_wikitext_duplicates() {
        let t = "Text.\n\n[[Category:Living people]]\n[[Category:Foo]]\n[[category:living_people|Smith, John]]\n";
        let d = run(&DuplicateCategory, "t.wikitext", t);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(&t[d[0].span.clone()], "[[category:living_people|Smith, John]]");
        assert_eq!(&t[d[0].labels[0].span.clone()], "[[Category:Living people]]");
        assert!(!d[0].fix.as_ref().unwrap().safe, "sort keys differ");
    }

    #[test]
    fn fires_on_markdown_and_fixes_clean() {
        let t = "正文。\n\n[Category:南奧塞梯雙邊關係](https://zh.wikipedia.org/wiki/Category:南奧塞梯雙邊關係 \"wikilink\")\n[Category:南奧塞梯雙邊關係](https://zh.wikipedia.org/wiki/Category:%E5%8D%97%E5%A5%A7%E5%A1%9E%E6%A2%AF%E9%9B%99%E9%82%8A%E9%97%9C%E4%BF%82 \"wikilink\")\n";
        let d = run(&DuplicateCategory, "t.md", t);
        assert_eq!(d.len(), 1, "{d:?}");
        let fix = d[0].fix.as_ref().unwrap();
        assert!(fix.safe);
        let fixed = crate::diagnostic::apply_edits(t, &fix.edits);
        assert_eq!(fixed.matches("[Category:").count(), 1);
        assert!(fixed.ends_with("\"wikilink\")\n"), "{fixed:?}");
        assert!(run(&DuplicateCategory, "t.md", &fixed).is_empty());
    }

    #[test]
    fn fix_on_one_line_relints_clean() {
        let t = "[[Category:A]] [[Category:B]] [[Category:A]]";
        let d = run(&DuplicateCategory, "t.wikitext", t);
        let fixed = crate::diagnostic::apply_edits(t, &d[0].fix.as_ref().unwrap().edits);
        assert_eq!(fixed, "[[Category:A]] [[Category:B]]");
        assert!(run(&DuplicateCategory, "t.wikitext", &fixed).is_empty());
    }

    #[test]
    fn real_article_with_a_category_added_twice() {
        // The corpus holds no article with a duplicate category (every page of en-wikitext/,
        // zh-wikitext/, zh-variants/, zh-markdown/, wikipairs/ and the dumps was searched). So
        // take a real one, en-wikitext/Goryeo-ware.txt, and file it a second time under its
        // first category, with a different spelling, as a careless merge would.
        let mut text = corpus("en-wikitext/Goryeo-ware.txt");
        let first = text.find("[[Category:").expect("a category");
        let end = first + text[first..].find("]]").unwrap() + 2;
        let again = text[first..end]
            .replace(' ', "_")
            .replacen("[[Category:", "[[category:", 1);
        text.push_str(&format!("\n{again}\n"));
        let f = flagged(&DuplicateCategory, "x.wikitext", &text);
        assert_eq!(f, vec![again]);
    }

    #[test]
    fn quiet_on_distinct_categories_and_category_links() {
        let t = "See [[:Category:Foo]].\n\n[[Category:Foo]]\n[[Category:Foo bar]]\n[[分类:Foo 2]]";
        assert!(flagged(&DuplicateCategory, "t.wikitext", t).is_empty());
        for name in [
            "zh-wikitext/林纳斯·托瓦兹.wikitext",
            "en-wikitext/United-Kingdom.txt",
            "zh-markdown/高德纳.md",
        ] {
            let text = corpus(name);
            let f = flagged(&DuplicateCategory, name, &text);
            assert!(f.is_empty(), "{name}: {f:?}");
        }
        for (_, en, zh) in xquad_pairs().into_iter().take(40) {
            assert!(flagged(&DuplicateCategory, "p.txt", &en).is_empty());
            assert!(flagged(&DuplicateCategory, "p.txt", &zh).is_empty());
        }
    }
}
