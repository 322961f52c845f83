//! MediaWiki XML exports (`pages-articles.xml`, `.xml.bz2`, multistream `.bz2`), streamed
//! page by page.
//!
//! Only main-namespace (`<ns>0</ns>`) wikitext pages are yielded; redirects are skipped. Each
//! page becomes a [`SourceFile`] named `DUMP#Title` whose text is the page's wikitext, so
//! diagnostics name the page and the line within its text. Nothing here holds more than the
//! page being read: callers take pages in bounded batches ([`batches`]).
//!
//! Each page also carries its `<id>` and title ([`Article`]), which is how two dumps are paired
//! through a title map (see `crate::engine::dump`).
//!
//! Problems are [`LoadError`]s: a page that cannot be used (bad entity, invalid UTF-8, no
//! text) names the page and reading goes on; a truncated bz2 stream or malformed XML names
//! the file (and the last good page) and ends that dump, the pages before it already yielded.

use super::{LoadError, SourceFile};
use quick_xml::events::{BytesCData, BytesStart, BytesText, Event};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// Whether `path` names a dump: `*.xml`, `*.xml.bz2` or any `*.bz2` (the multistream dumps are
/// named `…-multistream.xml-p…bz2`). The multistream index (`*-index.txt.bz2`) is not a dump.
pub fn is_dump(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    (name.ends_with(".xml") || name.ends_with(".bz2")) && !is_index(path)
}

/// Whether the file at `path` looks like a dump: bz2 data, or `<mediawiki` in its first 4 KiB.
/// Used for `.xml` files met in folder walks, which are mostly not dumps.
pub fn sniff(path: &Path) -> bool {
    let mut head = [0u8; 4096];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    let head = &head[..n];
    head.starts_with(b"BZh") || head.windows(10).any(|w| w == b"<mediawiki")
}

/// Whether `path` is a multistream dump's index (`*-index.txt.bz2`, `*-index.txt`).
pub fn is_index(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    name.contains("-index") && (name.ends_with(".txt.bz2") || name.ends_with(".txt"))
}

/// Open a dump file: bz2 (one stream or many, concatenated) is decompressed on the fly,
/// anything else is read as XML.
pub fn open(path: &Path, name: &str) -> Result<Pages<Box<dyn BufRead + Send>>, LoadError> {
    let file = std::fs::File::open(path).map_err(|e| LoadError {
        path: name.to_string(),
        message: super::io_message(&e),
        binary: false,
    })?;
    let mut head = BufReader::with_capacity(1 << 16, file);
    let is_bz2 = head.fill_buf().map(|b| b.starts_with(b"BZh")).unwrap_or(false);
    let reader: Box<dyn BufRead + Send> = if is_bz2 {
        Box::new(BufReader::with_capacity(
            1 << 16,
            bzip2::read::MultiBzDecoder::new(head),
        ))
    } else {
        Box::new(head)
    };
    Ok(Pages::new(reader, name))
}

/// The pages of one dump, in file order.
pub struct Pages<R: BufRead> {
    reader: quick_xml::Reader<R>,
    name: String,
    buf: Vec<u8>,
    /// No more items (end of file or a fatal error).
    done: bool,
    /// Whether the root element was seen and is `<mediawiki>`.
    root: bool,
    /// The last page read completely (for error messages).
    last_title: Option<String>,
    /// How many `<page>` elements were read completely.
    pub pages_read: usize,
    /// The root element's `xml:lang` (`en`, `zh`, …), once it has been read.
    pub lang: Option<String>,
    /// Collect page texts (off: ids and titles only, see [`Pages::titles_only`]).
    want_text: bool,
}

/// One article read from a dump.
#[derive(Debug, Clone)]
pub struct Article {
    /// The page's `<id>`, when it has a numeric one.
    pub id: Option<u64>,
    /// The title as in the dump, trimmed.
    pub title: String,
    /// Named `DUMP#Title`, holding the page's wikitext (empty in [`Pages::titles_only`] mode).
    pub file: SourceFile,
}

/// What is collected for one `<page>`.
#[derive(Default)]
struct Page {
    title: Option<String>,
    id: Option<String>,
    ns: Option<String>,
    redirect: bool,
    model: Option<String>,
    text: Option<String>,
    /// The first problem with the page's content.
    problem: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Other,
    Title,
    Id,
    Ns,
    Model,
    Text,
}

impl<R: BufRead> Pages<R> {
    pub fn new(reader: R, name: &str) -> Self {
        let mut reader = quick_xml::Reader::from_reader(reader);
        let cfg = reader.config_mut();
        cfg.trim_text(false);
        cfg.check_end_names = true;
        Pages {
            reader,
            name: name.to_string(),
            buf: Vec::new(),
            done: false,
            root: false,
            last_title: None,
            pages_read: 0,
            lang: None,
            want_text: true,
        }
    }

    /// Read ids and titles only, not page texts (faster; the articles' texts are empty).
    pub fn titles_only(mut self) -> Self {
        self.want_text = false;
        self
    }

    fn fatal(&mut self, what: String) -> Option<Result<Article, LoadError>> {
        self.done = true;
        let after = match &self.last_title {
            Some(t) => format!(" (after page {} `{t}`)", self.pages_read),
            None => String::new(),
        };
        Some(Err(LoadError {
            path: self.name.clone(),
            message: format!("{what}{after}"),
            binary: false,
        }))
    }

    /// Read up to the end of the next `<page>`: `Ok(Some(page))`, `Ok(None)` at the end of the
    /// dump, `Err(message)` when the file cannot be read on.
    fn next_page(&mut self) -> Result<Option<Page>, String> {
        let mut page: Option<Page> = None;
        let mut field = Field::Other;
        let mut depth = 0usize;
        loop {
            self.buf.clear();
            let pos = self.reader.buffer_position();
            let event = match self.reader.read_event_into(&mut self.buf) {
                Ok(e) => e,
                Err(quick_xml::Error::Io(e)) => return Err(read_error(&e)),
                Err(e) => return Err(format!("malformed XML at byte {pos}: {e}")),
            };
            match event {
                Event::Start(e) => {
                    let tag = e.local_name();
                    let tag = tag.as_ref();
                    if !self.root {
                        self.lang = root_lang(tag, &e)?;
                        self.root = true;
                        continue;
                    }
                    match (&mut page, tag) {
                        (None, b"page") => {
                            page = Some(Page::default());
                            depth = 0;
                            continue;
                        }
                        (Some(p), _) => {
                            depth += 1;
                            field = start_field(p, tag, depth, self.want_text);
                        }
                        _ => {}
                    }
                }
                Event::Empty(e) => {
                    if !self.root {
                        return Err("not a MediaWiki XML export (the root element is not <mediawiki>)".into());
                    }
                    if let Some(p) = &mut page {
                        match e.local_name().as_ref() {
                            b"redirect" => p.redirect = true,
                            b"text" if self.want_text => p.text = None,
                            _ => {}
                        }
                    }
                }
                Event::End(e) => {
                    if let Some(p) = page.as_mut() {
                        if e.local_name().as_ref() == b"page" && depth == 0 {
                            self.pages_read += 1;
                            self.last_title.clone_from(&p.title);
                            return Ok(page);
                        }
                        depth = depth.saturating_sub(1);
                    }
                    field = Field::Other;
                }
                Event::Text(t) => {
                    if let (Some(p), true) = (&mut page, field != Field::Other) {
                        push_text(p, field, &t);
                    }
                }
                Event::CData(t) => {
                    if let (Some(p), true) = (&mut page, field != Field::Other) {
                        push_cdata(p, field, &t);
                    }
                }
                Event::Eof => return at_eof(page, self.root),
                _ => {}
            }
        }
    }
}

/// The `xml:lang` of the root element `tag`, which must be `<mediawiki>`.
fn root_lang(tag: &[u8], e: &BytesStart<'_>) -> Result<Option<String>, String> {
    if tag != b"mediawiki" {
        return Err("not a MediaWiki XML export (the root element is not <mediawiki>)".into());
    }
    Ok(e.try_get_attribute("xml:lang")
        .ok()
        .flatten()
        .and_then(|a| a.unescape_value().ok().map(|v| v.trim().to_string())))
}

/// The field an element opened `depth` levels inside a `<page>` fills, marking the page on the way.
fn start_field(p: &mut Page, tag: &[u8], depth: usize, want_text: bool) -> Field {
    match tag {
        b"title" if depth == 1 => Field::Title,
        b"id" if depth == 1 => Field::Id,
        b"ns" if depth == 1 => Field::Ns,
        b"model" => Field::Model,
        b"text" if !want_text => {
            p.text = Some(String::new());
            Field::Other
        }
        b"text" => {
            // a later revision (full-history dumps) replaces the text
            p.text = Some(String::new());
            Field::Text
        }
        b"redirect" if depth == 1 => {
            p.redirect = true;
            Field::Other
        }
        _ => Field::Other,
    }
}

/// Add an escaped text node to `field`, noting a text that cannot be unescaped.
fn push_text(p: &mut Page, field: Field, t: &BytesText<'_>) {
    match t.unescape() {
        Ok(s) => push(p, field, &s),
        Err(e) => {
            if field == Field::Text && p.problem.is_none() {
                p.problem = Some(format!("invalid page text: {e}"));
            }
        }
    }
}

/// Add a CDATA section to `field`, noting one that is not UTF-8.
fn push_cdata(p: &mut Page, field: Field, t: &BytesCData<'_>) {
    match std::str::from_utf8(t) {
        Ok(s) => push(p, field, s),
        Err(e) => p.problem = p.problem.take().or(Some(format!("invalid UTF-8 in page text: {e}"))),
    }
}

/// What the end of the file means, given the page being read (if any) and whether the root was seen.
fn at_eof(page: Option<Page>, root: bool) -> Result<Option<Page>, String> {
    match (page, root) {
        (Some(p), _) => Err(format!(
            "the file ends inside page `{}` (truncated?)",
            p.title.unwrap_or_default()
        )),
        (None, false) => Err("not a MediaWiki XML export (no <mediawiki> element)".into()),
        (None, true) => Ok(None),
    }
}

fn push(p: &mut Page, field: Field, s: &str) {
    let slot = match field {
        Field::Title => &mut p.title,
        Field::Id => &mut p.id,
        Field::Ns => &mut p.ns,
        Field::Model => &mut p.model,
        Field::Text => &mut p.text,
        Field::Other => return,
    };
    slot.get_or_insert_with(String::new).push_str(s);
}

fn read_error(e: &std::io::Error) -> String {
    let msg = e.to_string();
    if e.kind() == std::io::ErrorKind::UnexpectedEof || msg.contains("eof") || msg.contains("EOF") {
        format!("truncated or corrupt compressed data: {msg}")
    } else if e.kind() == std::io::ErrorKind::InvalidData || e.kind() == std::io::ErrorKind::InvalidInput {
        format!("corrupt compressed data: {msg}")
    } else {
        format!("read error: {msg}")
    }
}

impl<R: BufRead> Iterator for Pages<R> {
    type Item = Result<Article, LoadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let page = match self.next_page() {
                Ok(Some(p)) => p,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(what) => return self.fatal(what),
            };
            if page.ns.as_deref().map(str::trim) != Some("0") || page.redirect {
                continue;
            }
            if page.model.as_deref().is_some_and(|m| m.trim() != "wikitext") {
                continue;
            }
            let title = page.title.unwrap_or_default().trim().to_string();
            let name = format!("{}#{title}", self.name);
            let problem = match (&page.problem, &page.text) {
                (Some(p), _) => Some(p.clone()),
                _ if title.is_empty() => Some("page without a title".to_string()),
                (None, None) => Some("page without revision text".to_string()),
                _ => None,
            };
            if let Some(message) = problem {
                return Some(Err(LoadError {
                    path: name,
                    message,
                    binary: false,
                }));
            }
            return Some(Ok(Article {
                id: page.id.and_then(|i| i.trim().parse().ok()),
                title,
                file: SourceFile {
                    name,
                    text: page.text.unwrap_or_default(),
                },
            }));
        }
        None
    }
}

/// One bounded batch of a dump: pages and page errors in file order, each with its index among
/// the dump's items (pages and errors, from 0; what `--shard` counts).
pub type Batch = Vec<(usize, Result<Article, LoadError>)>;

/// The usual batch: at most this many pages, or about [`BATCH_BYTES`] of text.
pub const BATCH_PAGES: usize = 256;
pub const BATCH_BYTES: usize = 1 << 20;

/// Read the dump at `path` on a separate thread, in batches of at most `max_pages` pages or
/// about `max_bytes` of text (whichever comes first), at most two batches ahead of the
/// consumer. The last item of a batch may be a fatal error; then no batch follows.
pub fn batches(
    path: &Path,
    name: &str,
    max_pages: usize,
    max_bytes: usize,
    keep: impl Fn(usize) -> bool + Send + 'static,
) -> std::sync::mpsc::Receiver<Batch> {
    let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(1);
    let (path, name) = (path.to_path_buf(), name.to_string());
    std::thread::spawn(move || {
        let pages = match open(&path, &name) {
            Ok(p) => p,
            Err(e) => {
                let _ = tx.send(vec![(0, Err(e))]);
                return;
            }
        };
        let (mut batch, mut bytes) = (Vec::new(), 0usize);
        for (i, item) in pages.enumerate() {
            if !keep(i) {
                continue;
            }
            bytes += item.as_ref().map_or(0, |a| a.file.text.len());
            batch.push((i, item));
            if batch.len() >= max_pages.max(1) || bytes >= max_bytes {
                if tx.send(std::mem::take(&mut batch)).is_err() {
                    return;
                }
                bytes = 0;
            }
        }
        if !batch.is_empty() {
            let _ = tx.send(batch);
        }
    });
    rx
}

/// Read a whole dump into memory (for the commands that need every document at once, such as
/// `facts` and `pairs`; `check` streams with [`batches`]).
pub fn read_all(path: &Path, name: &str) -> (Vec<SourceFile>, Vec<LoadError>) {
    let (mut files, mut errors) = (Vec::new(), Vec::new());
    match open(path, name) {
        Ok(pages) => {
            for item in pages {
                match item {
                    Ok(a) => files.push(a.file),
                    Err(e) => errors.push(e),
                }
            }
        }
        Err(e) => errors.push(e),
    }
    (files, errors)
}

/// The language a dump declares (`xml:lang` on `<mediawiki>`, e.g. `en`), read from its head.
pub fn declared_lang(path: &Path) -> Option<String> {
    let mut pages = open(path, "").ok()?.titles_only();
    let _ = pages.next();
    pages.lang.filter(|l| !l.is_empty())
}

/// Read raw XML (already decompressed) from any reader — for tests and stdin-like uses.
pub fn from_reader<R: Read>(reader: R, name: &str) -> Pages<BufReader<R>> {
    Pages::new(BufReader::new(reader), name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages(xml: &str) -> Vec<Result<Article, LoadError>> {
        from_reader(xml.as_bytes(), "d.xml").collect()
    }

    const HEAD: &str = r#"<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/">"#;

    #[test]
    fn main_namespace_pages_only_redirects_skipped() {
        let xml = format!(
            "{HEAD}<siteinfo><sitename>W</sitename></siteinfo>\
             <page><title>A &amp; B</title><ns>0</ns><id>1</id><revision><id>5</id>\
             <model>wikitext</model><text xml:space=\"preserve\">'''A''' is &lt;b&gt;.\nLine 2</text></revision></page>\
             <page><title>R</title><ns>0</ns><redirect title=\"A\" /><revision><text>#REDIRECT [[A]]</text></revision></page>\
             <page><title>Talk:A</title><ns>1</ns><revision><text>talk</text></revision></page>\
             <page><title>C</title><ns>0</ns><revision><text><![CDATA[x < y]]></text></revision></page>\
             </mediawiki>"
        );
        let got = pages(&xml);
        let names: Vec<_> = got.iter().map(|r| r.as_ref().unwrap().file.name.as_str()).collect();
        assert_eq!(names, ["d.xml#A & B", "d.xml#C"]);
        assert_eq!(got[0].as_ref().unwrap().file.text, "'''A''' is <b>.\nLine 2");
        assert_eq!(got[1].as_ref().unwrap().file.text, "x < y");
        // the page's id, not the revision's
        assert_eq!(got[0].as_ref().unwrap().id, Some(1));
        assert_eq!(got[0].as_ref().unwrap().title, "A & B");
        assert_eq!(got[1].as_ref().unwrap().id, None);
    }

    #[test]
    fn malformed_xml_is_an_error_after_the_good_pages() {
        let xml = format!("{HEAD}<page><title>A</title><ns>0</ns><revision><text>ok</text></revision></page><page><title>B</tit></page>");
        let got = pages(&xml);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].as_ref().unwrap().file.name, "d.xml#A");
        let e = got[1].as_ref().unwrap_err();
        assert_eq!(e.path, "d.xml");
        assert!(e.message.contains("malformed XML"), "{}", e.message);
        assert!(e.message.contains("`A`"), "{}", e.message);
    }

    #[test]
    fn a_bad_entity_fails_that_page_only() {
        let xml = format!(
            "{HEAD}<page><title>A</title><ns>0</ns><revision><text>x &bogus; y</text></revision></page>\
             <page><title>B</title><ns>0</ns><revision><text>fine</text></revision></page></mediawiki>"
        );
        let got = pages(&xml);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].as_ref().unwrap_err().path, "d.xml#A");
        assert_eq!(got[1].as_ref().unwrap().file.name, "d.xml#B");
    }

    #[test]
    fn titles_only_skips_texts_and_reads_the_declared_language() {
        let xml = r#"<mediawiki xml:lang="zh"><page><title>甲</title><ns>0</ns><id>7</id><revision><id>9</id><text>x &bogus; y</text></revision></page></mediawiki>"#;
        let mut pages = from_reader(xml.as_bytes(), "z.xml").titles_only();
        let a = pages.next().unwrap().unwrap();
        assert_eq!((a.id, a.title.as_str(), a.file.text.as_str()), (Some(7), "甲", ""));
        assert_eq!(pages.lang.as_deref(), Some("zh"));
        assert!(pages.next().is_none());
    }

    #[test]
    fn truncated_xml_and_other_roots_are_errors() {
        let xml = format!("{HEAD}<page><title>A</title><ns>0</ns><revision><text>ok</te");
        let got = pages(&xml);
        assert!(got.last().unwrap().is_err(), "{got:?}");
        let got = pages("<html><body/></html>");
        assert!(got[0].as_ref().unwrap_err().message.contains("not a MediaWiki"));
        assert!(pages("").last().unwrap().is_err());
    }

    #[test]
    fn dump_names() {
        assert!(is_dump(Path::new("enwiki-latest-pages-articles1.xml-p10p30302.bz2")));
        assert!(is_dump(Path::new("x.xml")));
        assert!(!is_dump(Path::new("zhwiki-multistream-index.txt.bz2")));
        assert!(!is_dump(Path::new("a.txt")));
    }
}
