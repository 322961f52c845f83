//! # repeated-word (warning)
//!
//! **What it does.** Finds a word written twice in a row: `10 December December 2010`,
//! `the the`, `London hosts hosts the games`, 「出生於於美國」, 「该公司目前目前拥有」,
//! 「随后进行进行了谈判」, 「阿布哈兹阿布哈兹」.
//!
//! **Why it matters.** A doubled word is almost always an editing slip, and in a dump it is
//! one of the few defects a reader notices at once. Translators copy it into the other
//! language, and fact extraction reads `December December` badly.
//!
//! **How it decides.** English: case-insensitive, across a line break but never across a
//! block boundary (a heading and the paragraph under it, two list items) or a template between
//! the words (`of {{convert|…}} of` reads "of 5 km of"), and never pairs a word of a link's
//! address with the link's text (`*http://…/rwaai RWAAI`). Legitimate doubles are left alone: "had had",
//! "that that" (unless a determiner follows: "that that this"), "what it is is", a noun and
//! a modal ("the can can hold", "May may", "Will will", and "May May …?" opening a
//! sentence), onomatopoeia and set phrases (meow meow, bye bye, so so, far far away,
//! great great grandfather, Hip Hip Hooray), reduplicated names (Bora Bora, Walla Walla,
//! Duran Duran, Mau Mau), and Latin tautonyms and trinomials (Bufo bufo, Orycteropus afer
//! afer) — those only when the words look Latin or are italic in the markup, so a capitalised
//! word before an ordinary double ("London hosts hosts") excuses nothing. Chinese: the text is
//! folded to Simplified and segmented with jieba. A character doubled inside one dictionary
//! word (看看, 常常, 等等, 往往) or in an AABB form (干干净净) is fine; a function character
//! doubled across a word boundary (於於, 在在, 的的) is reported. A doubled word of two or more
//! characters is reported unless it is a measure-word doubling (一步一步, 一个一个地), a name
//! (杜兰杜兰乐队, 巴登巴登), inside a title (《玫瑰玫瑰我爱你》), or a verb or adjective
//! reduplicated in quoted or colloquial text (「我们研究研究」, never before 了/着/过).
//! Punctuation between the copies (发展，发展) means two clauses, not a double. Doubled
//! characters inside transliterated names (科科伊季) are left alone. The allow-lists are
//! data: `rules/data/repeated-word.toml`.
//!
//! **Example.**
//! ```text
//! On 10 December December 2010, President Kokoity accepted …
//!       ^^^^^^^^^^^^^^^^^ `December` is repeated
//! ```
//!
//! **Fix.** Delete the second occurrence. Safe only where meaning cannot change: the stretch
//! is plain text (no markup between the words), and the word is a function word, a month or
//! lower-case (English), or a function character, noun or adverb (Chinese). A capitalised
//! homograph ("That is May May") or a reduplicable verb (研究研究) gets an unsafe fix.

mod en;
mod italics;
mod zh;

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::source::Lang;
use crate::Span;
use serde::Deserialize;
use std::sync::OnceLock;

pub struct RepeatedWord;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    en: en::EnData,
    zh: zh::ZhData,
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        let data: Data = toml::from_str(crate::data::REPEATED_WORD).expect("rules/data/repeated-word.toml is valid");
        Data {
            en: data.en.sorted(),
            zh: data.zh,
        }
    })
}

/// A doubled word found in one block's prose: the two copies (block offsets), the word, and
/// whether deleting the second copy cannot change the meaning.
struct Double {
    first: Span,
    second: Span,
    word: String,
    safe: bool,
}

/// What the language checks may ask of the markup around a block's prose.
trait Markup {
    /// Whether prose offset `at` lies inside italics in the source.
    fn italic(&self, at: usize) -> bool;
    /// Whether the source between prose offsets `start..end` holds markup that renders as
    /// something (a template, a reference): then the words are not adjacent on the page.
    fn separated(&self, start: usize, end: usize) -> bool;
}

/// The markup of one block of a document.
struct BlockMarkup<'a> {
    cx: &'a Context<'a>,
    offset: usize,
    italics: &'a italics::Italics<'a>,
}

impl Markup for BlockMarkup<'_> {
    fn italic(&self, at: usize) -> bool {
        let src = self
            .cx
            .doc
            .prose
            .to_source_span(self.offset + at..self.offset + at)
            .start;
        self.italics.at(src)
    }
    fn separated(&self, start: usize, end: usize) -> bool {
        let span = self.cx.doc.prose.to_source_span(self.offset + start..self.offset + end);
        let between = &self.cx.text()[span];
        between.contains("{{") || between.contains("<ref") || between.contains("<br")
    }
}

impl Rule for RepeatedWord {
    fn id(&self) -> &'static str {
        "repeated-word"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("mod.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = cx.doc;
        // references and link lists quote the titles of works as published: not checked
        let apparatus = doc.apparatus_blocks();
        let blocks = doc
            .blocks
            .iter()
            .enumerate()
            .zip(apparatus)
            .filter(|((_, b), cited)| b.kind.is_text() && !cited);
        let italics = italics::Italics::new(cx.text(), doc.format);
        for ((bi, block), _) in blocks {
            let text = &doc.prose.text[block.prose.clone()];
            let markup = BlockMarkup {
                cx,
                offset: block.prose.start,
                italics: &italics,
            };
            let mut found = Vec::new();
            en::find(text, &markup, &mut found);
            if doc.lang == Lang::Zh || zh::may_hold_double(text) {
                zh::find(doc.block_words(bi), text, &mut found);
            }
            for mut d in found {
                d.first = block.prose.start + d.first.start..block.prose.start + d.first.end;
                d.second = block.prose.start + d.second.start..block.prose.start + d.second.end;
                out.push(self.report(cx, d));
            }
        }
    }
}

impl RepeatedWord {
    fn report(&self, cx: &Context, d: Double) -> Diagnostic {
        let prose = &cx.doc.prose;
        let span = prose.to_source_span(d.first.start..d.second.end);
        let word = &d.word;
        let mut diag = Diagnostic::new(
            self.id(),
            self.severity(),
            cx.file,
            span,
            format!("`{word}` is repeated"),
        )
        .with_label(format!("`{word}` twice in a row"));
        // A text fix needs the whole stretch copied verbatim (no markup between the words).
        if prose.is_verbatim(d.first.start..d.second.end) {
            let del = prose.to_source_span(d.first.end..d.second.end);
            diag = diag.with_fix(Fix {
                message: format!("delete the second `{word}`"),
                edits: vec![Edit {
                    start: del.start,
                    end: del.end,
                    replacement: String::new(),
                }],
                safe: d.safe,
            });
        }
        diag
    }
}

#[cfg(test)]
mod tests;
