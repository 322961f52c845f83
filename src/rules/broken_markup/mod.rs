//! # broken-markup (warning)
//!
//! **What it does.** Finds markup that does not hold together: in wikitext, a `[[` or `{{`
//! that is never closed, a `]]` or `}}` that closes nothing, a `<!--` comment that never ends,
//! a `<ref>` without its `</ref>`, an unclosed or unopened HTML tag (`<div>`, `<small>`, …) or
//! extension tag (`<nowiki>`, `<math>`, …), an unclosed `-{`. In converted text (wiki-markdown,
//! plain-text extracts), wikitext the converter left behind: a stray `\]\]` or `]]`, templates
//! (`{{-}}`, `{{'s}}`), `-{ }-` variant markup, `<ref name=…>` and `</ref>` tags.
//!
//! **Why it matters.** An unclosed comment or `<ref>` swallows the rest of the paragraph or
//! page; an unclosed `{{` turns the prose after it into template arguments. In converted text
//! the leftovers show up verbatim in the reader's text and in every fact read from it. These
//! are CheckWiki's checks 2, 5, 10, 43, 46 and 47 (`Comment_no_correct_end`,
//! `template_no_correct_end`, `template_no_correct_begin`, …).
//!
//! **How it decides.** Wikitext is read on the raw source, skipping what is legitimately
//! literal: comments and the contents of `<nowiki>`, `<pre>`, `<math>`, `<syntaxhighlight>`,
//! `<source>`, `<chem>`, `<score>`, `<timeline>` and similar tags. Braces are counted as
//! MediaWiki's preprocessor counts them (`{{{…}}}` is a parameter, the lone `{` of a table's
//! `{|` is no template, `-{`/`}-` is variant markup); a `[[` still open at a blank line is reported there.
//! In converted text, TeX fallbacks (`{\displaystyle …}`), pandoc's `<!-- end list -->` and
//! markdown code spans are left alone.
//!
//! **Example.**
//! ```text
//! [梅德韋傑夫](https://zh.wikipedia.org/wiki/梅德韋傑夫 "wikilink")2008年宣佈承認南奧塞梯獨立的講話\]\]
//!                                                                                  ^^^^^^ stray `]]` left by the converter
//! {{-}}
//! ^^^^^ template `{{-}}` left in converted text
//! ```
//!
//! **Fix.** Close or remove the construct. In converted text, deleting a leftover `{{-}}` is
//! offered as a safe fix (it only cleared floats); deleting a stray `\]\]` is offered as an
//! unsafe one (the text around it may have lost its opening half).

mod converted;
mod wikitext;

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Fix, Severity};
use crate::source::Format;
use crate::Span;
use converted::converted;
use wikitext::wikitext;

pub struct BrokenMarkup;

struct Finding {
    span: Span,
    message: String,
    label: String,
    fix: Option<Fix>,
}

fn finding(span: Span, message: impl Into<String>, label: impl Into<String>) -> Finding {
    Finding {
        span,
        message: message.into(),
        label: label.into(),
        fix: None,
    }
}

impl Rule for BrokenMarkup {
    fn id(&self) -> &'static str {
        "broken-markup"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("mod.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let text = cx.text();
        let mut found = match cx.doc.format {
            Format::Wikitext => wikitext(text),
            Format::WikiMarkdown => converted(text, true),
            Format::Plain => converted(text, false),
        };
        found.sort_by_key(|f| (f.span.start, f.span.end));
        for f in found {
            let mut d = Diagnostic::new(self.id(), self.severity(), cx.file, f.span, f.message).with_label(f.label);
            if let Some(fix) = f.fix {
                d = d.with_fix(fix);
            }
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests;
