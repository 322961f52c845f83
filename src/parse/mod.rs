//! Parsing: one parser per format turns a [`SourceFile`] into a [`Document`].
//!
//! A document holds blocks (headings, paragraphs, list items, templates, tables),
//! inline constructs (links, templates with parameters, `<ref>` bodies, reference markers,
//! comments) and a [`Prose`] view: the readable text, with a map from every prose byte back
//! to the source byte it came from. All spans are byte ranges of the original file.
//!
//! Parsers never panic on malformed markup: an unclosed construct is read as plain text
//! (and left for the `broken-markup` rule to report).

mod index;
mod markdown;
mod plain;
mod prose;
mod sections;
pub mod tag;
mod wikitext;
pub mod words;

pub(crate) use index::{ByteSet, Finder, Nesting};
pub use prose::{Prose, ProseBuilder};
pub use sections::{section_role, Section, SectionRole};

use crate::lang::sentences;
use crate::source::{detect_format, detect_language, Format, Lang, Script, SourceFile};
use crate::Span;

/// A parsed article.
#[derive(Debug, Clone)]
pub struct Document {
    pub format: Format,
    pub lang: Lang,
    pub script: Script,
    pub blocks: Vec<Block>,
    pub links: Vec<Link>,
    pub templates: Vec<Template>,
    /// `<ref>` elements (wikitext).
    pub refs: Vec<Reference>,
    /// Numbered citation markers in the text: `\[3\]`, `[3]`.
    pub ref_markers: Vec<RefMarker>,
    /// Numbered reference lists (the "References" section of converted articles).
    pub reference_lists: Vec<ReferenceList>,
    /// Every heading's section, in order, with the role its title gives it.
    pub sections: Vec<Section>,
    /// `<!-- … -->` comments.
    pub comments: Vec<Span>,
    /// `-{ … }-` language-variant markup (whole construct).
    pub variants: Vec<Span>,
    pub prose: Prose,
    /// Sentences of the prose view, in order (prose spans), with the block each is in.
    pub sentences: Vec<Sentence>,
    /// The words of the Chinese text blocks, segmented once each ([`Document::block_words`]).
    pub words: words::WordStore,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    Heading {
        level: u8,
    },
    Paragraph,
    ListItem {
        ordered: bool,
    },
    /// A template standing on its own line(s), e.g. an infobox.
    Template,
    /// A line holding only category links.
    Category,
    Table,
}

impl BlockKind {
    /// Paragraphs, list items and headings: the blocks made of running text.
    pub fn is_text(&self) -> bool {
        matches!(
            self,
            BlockKind::Paragraph | BlockKind::ListItem { .. } | BlockKind::Heading { .. }
        )
    }
}

#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    /// The whole block in the source.
    pub span: Span,
    /// The block's text in the prose view (may be empty).
    pub prose: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// A link to another wiki page.
    Internal,
    External,
    Category,
    File,
}

#[derive(Debug, Clone)]
pub struct Link {
    pub kind: LinkKind,
    pub span: Span,
    /// The page title (internal links, decoded from a URL where needed) or URL.
    pub target: Span,
    /// The displayed text, when the markup gives one.
    pub label: Option<Span>,
    /// Wikitext `[[A|B]]`: the span of the `|` (for "piped link" checks).
    pub pipe: Option<Span>,
}

#[derive(Debug, Clone)]
pub struct Template {
    pub span: Span,
    pub name: Span,
    pub params: Vec<Param>,
}

#[derive(Debug, Clone)]
pub struct Param {
    /// From after the `|` to the end of the value.
    pub span: Span,
    /// Named parameters: the name (trimmed).
    pub name: Option<Span>,
    /// The value, trimmed (an empty span at the value's position when empty).
    pub value: Span,
}

#[derive(Debug, Clone)]
pub struct Reference {
    pub span: Span,
    /// The content between `<ref …>` and `</ref>`; `None` for `<ref … />`.
    pub body: Option<Span>,
    pub named: bool,
}

#[derive(Debug, Clone)]
pub struct RefMarker {
    pub span: Span,
    pub number: u32,
}

#[derive(Debug, Clone)]
pub struct ReferenceList {
    /// The heading of the section it is in, if any.
    pub heading: Option<Span>,
    pub items: Vec<ReferenceItem>,
}

#[derive(Debug, Clone)]
pub struct ReferenceItem {
    pub number: u32,
    /// The whole item line(s).
    pub span: Span,
    /// The item's content after its number (empty span when the slot is empty).
    pub body: Span,
}

#[derive(Debug, Clone)]
pub struct Sentence {
    /// In the prose view.
    pub prose: Span,
    pub block: usize,
}

impl Document {
    /// For each block: does it lie in a section of references or links (See also, External
    /// links, …), whose dates and numbers are bibliographic rather than the article's claims?
    pub fn apparatus_blocks(&self) -> Vec<bool> {
        sections::apparatus_blocks(&self.blocks, &self.sections)
    }

    /// The blocks that hold running text (paragraphs, list items, headings), each with its
    /// text in the prose view. Text rules work on these, so nothing runs across blocks.
    pub fn text_blocks(&self) -> impl Iterator<Item = (&Block, &str)> {
        self.blocks
            .iter()
            .filter(|b| b.kind.is_text())
            .map(|b| (b, &self.prose.text[b.prose.clone()]))
    }

    /// A sentence's span in the source file.
    pub fn sentence_source(&self, s: &Sentence) -> Span {
        self.prose.to_source_span(s.prose.clone())
    }
}

/// What the parsers share while building a document.
pub(crate) struct Builder<'a> {
    pub src: &'a str,
    pub prose: ProseBuilder<'a>,
    pub blocks: Vec<Block>,
    pub links: Vec<Link>,
    pub templates: Vec<Template>,
    pub refs: Vec<Reference>,
    pub ref_markers: Vec<RefMarker>,
    pub comments: Vec<Span>,
    pub variants: Vec<Span>,
}

impl<'a> Builder<'a> {
    fn new(src: &'a str) -> Self {
        Builder {
            src,
            prose: ProseBuilder::new(src),
            blocks: Vec::new(),
            links: Vec::new(),
            templates: Vec::new(),
            refs: Vec::new(),
            ref_markers: Vec::new(),
            comments: Vec::new(),
            variants: Vec::new(),
        }
    }

    /// Open a block: blocks are separated in the prose view by a blank line, so that
    /// nothing (a repeated word, a sentence) runs across a block boundary.
    pub fn begin_block(&mut self) -> usize {
        if !self.prose.text().is_empty() {
            let at = self.prose.src_pos();
            self.prose.synth("\n\n", at);
        }
        self.prose.len()
    }

    pub fn end_block(&mut self, kind: BlockKind, span: Span, prose_start: usize) {
        let prose = prose_start..self.prose.len();
        self.blocks.push(Block { kind, span, prose });
    }
}

/// Parse a file, detecting format and language unless `format` is given.
pub fn parse(file: &SourceFile, format: Option<Format>) -> Document {
    let format = format.unwrap_or_else(|| detect_format(&file.name, &file.text));
    let mut b = Builder::new(&file.text);
    match format {
        Format::Wikitext => wikitext::parse(&mut b),
        Format::WikiMarkdown => markdown::parse(&mut b),
        Format::Plain => plain::parse(&mut b),
    }
    let prose = b.prose.finish();
    b.comments.sort_by_key(|c| (c.start, c.end));
    let lang = detect_language(&prose.text);
    let script = if lang == Lang::Zh {
        crate::lang::script::detect_script(&prose.text)
    } else {
        Script::Neither
    };
    let mut sentences_out = Vec::new();
    for (bi, block) in b.blocks.iter().enumerate() {
        if block.kind.is_text() {
            let text = &prose.text[block.prose.clone()];
            for s in sentences::split(text, lang == Lang::Zh) {
                sentences_out.push(Sentence {
                    prose: block.prose.start + s.start..block.prose.start + s.end,
                    block: bi,
                });
            }
        }
    }
    let sections = sections::sections(&b.blocks, file.text.len(), |h| &prose.text[h.prose.clone()]);
    let reference_lists = find_reference_lists(&file.text, &b.blocks, &sections, &b.ref_markers, format);
    Document {
        format,
        lang,
        script,
        blocks: b.blocks,
        links: b.links,
        templates: b.templates,
        refs: b.refs,
        ref_markers: b.ref_markers,
        reference_lists,
        sections,
        comments: b.comments,
        variants: b.variants,
        prose,
        sentences: sentences_out,
        words: Default::default(),
    }
}

/// Numbered lists that hold references: ordered list items in a references section, or
/// (wiki-markdown, where pandoc moves footnotes to the end) a trailing numbered list when the
/// text cites numbered markers.
fn find_reference_lists(
    src: &str,
    blocks: &[Block],
    sections: &[Section],
    markers: &[RefMarker],
    format: Format,
) -> Vec<ReferenceList> {
    let mut lists: Vec<ReferenceList> = Vec::new();
    let mut heading: Option<Span> = None;
    let mut in_refs = false;
    let mut current: Option<ReferenceList> = None;
    let trailing_ok = format != Format::Wikitext && !markers.is_empty();
    // from each block on, are all blocks ordered list items or categories? (one pass from the end)
    let mut only_items_from = vec![true; blocks.len() + 1];
    for i in (0..blocks.len()).rev() {
        only_items_from[i] = only_items_from[i + 1]
            && matches!(
                blocks[i].kind,
                BlockKind::ListItem { ordered: true } | BlockKind::Category
            );
    }
    for (i, b) in blocks.iter().enumerate() {
        match &b.kind {
            BlockKind::Heading { .. } => {
                if let Some(l) = current.take() {
                    lists.push(l);
                }
                in_refs = sections
                    .binary_search_by_key(&i, |s| s.heading)
                    .is_ok_and(|k| sections[k].role == Some(SectionRole::References));
                heading = Some(b.span.clone());
            }
            BlockKind::ListItem { ordered: true } => {
                let trailing = trailing_ok && only_items_from[i];
                if in_refs || trailing {
                    if let Some(item) = reference_item(src, b.span.clone()) {
                        current
                            .get_or_insert_with(|| ReferenceList {
                                heading: heading.clone().filter(|_| in_refs),
                                items: Vec::new(),
                            })
                            .items
                            .push(item);
                    }
                }
            }
            BlockKind::Category | BlockKind::Template => {}
            _ => {
                if let Some(l) = current.take() {
                    lists.push(l);
                }
            }
        }
    }
    lists.extend(current);
    lists
}

fn reference_item(src: &str, span: Span) -> Option<ReferenceItem> {
    let line = &src[span.clone()];
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let number: u32 = line[..digits].parse().ok()?;
    let rest = &line[digits..];
    let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
    let body_start = span.start + digits + 1 + (rest.len() - rest.trim_start().len());
    let body_end = span.start + digits + 1 + rest.trim_end().len();
    Some(ReferenceItem {
        number,
        span,
        body: body_start..body_end.max(body_start),
    })
}

/// Byte index of the end of the line containing `pos` (before `\r\n` or `\n`).
pub(crate) fn line_end(src: &str, pos: usize) -> usize {
    // (memchr's search, not `str::find`'s, which reads a word at a time)
    let e = memchr::memchr(b'\n', &src.as_bytes()[pos..]).map_or(src.len(), |i| pos + i);
    if e > pos && src.as_bytes()[e - 1] == b'\r' {
        e - 1
    } else {
        e
    }
}

/// Byte index of the start of the next line after `pos` (past the `\n`).
pub(crate) fn next_line(src: &str, pos: usize) -> usize {
    memchr::memchr(b'\n', &src.as_bytes()[pos..]).map_or(src.len(), |i| pos + i + 1)
}

/// Find the `close` that balances an `open` assumed to sit just before `from`, allowing
/// nesting. Returns the index of the closing delimiter.
pub(crate) fn find_balanced(src: &str, from: usize, open: &str, close: &str) -> Option<usize> {
    let bytes = src.as_bytes();
    let (o, c) = (open.as_bytes(), close.as_bytes());
    let mut depth = 1usize;
    let mut i = from;
    while i < bytes.len() {
        if bytes[i..].starts_with(c) {
            depth -= 1;
            if depth == 0 {
                return Some(i);
            }
            i += c.len();
        } else if bytes[i..].starts_with(o) {
            depth += 1;
            i += o.len();
        } else {
            i += 1;
        }
    }
    None
}

/// Trim a span of white space on both sides.
pub(crate) fn trim_span(src: &str, span: Span) -> Span {
    let s = &src[span.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    span.start + lead..span.start + lead + t.len()
}

#[cfg(test)]
mod tests;
