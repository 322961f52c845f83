//! Title maps: which English article is the counterpart of which Chinese one, for pairing a zh
//! dump with an en dump (`check ZH_DUMP EN_DUMP --titles MAP`).
//!
//! Two forms, plain or gzip-compressed (`.gz`):
//!
//! - MediaWiki's `langlinks` table dump of the **zh** wiki (`zhwiki-…-langlinks.sql.gz`): the
//!   rows of its `INSERT INTO `langlinks` VALUES (ll_from,'ll_lang','ll_title'),…;`
//!   statements. `ll_from` is the page id of a page in the zh dump, `ll_title` the title of
//!   its counterpart in the `ll_lang` wiki; only rows with `ll_lang = 'en'` are kept. Other
//!   statements and tables are passed over. Chosen when the name ends in `.sql` / `.sql.gz` or
//!   the file starts like a MySQL dump.
//! - A two-column TSV, `zh_title<TAB>en_title` per line; `#` starts a comment line.
//!
//! Titles are compared in MediaWiki's canonical form (see [`canonical`]). A line that cannot
//! be read is a [`LoadError`] naming the file and the line; the other lines are still used.

use super::LoadError;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;

/// zh page → en title.
#[derive(Debug, Default, Clone)]
pub struct TitleMap {
    /// zh page id → en title (langlinks).
    by_id: HashMap<u64, String>,
    /// zh title → en title (TSV); both canonical.
    by_title: HashMap<String, String>,
}

impl TitleMap {
    /// The en title (canonical) mapped to the zh page with this id and title.
    pub fn en_title(&self, zh_id: Option<u64>, zh_title: &str) -> Option<&str> {
        zh_id
            .and_then(|id| self.by_id.get(&id))
            .or_else(|| self.by_title.get(&canonical(zh_title)))
            .map(String::as_str)
    }

    /// How many zh pages the map names.
    pub fn len(&self) -> usize {
        self.by_id.len() + self.by_title.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A title as MediaWiki stores it: `_` read as a space, spaces collapsed and trimmed, the
/// first letter upper-case (both wikis capitalise the first letter).
pub fn canonical(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    for word in title_words(title) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    // (an ASCII first letter upper-cased in place: most titles start with one)
    if out.as_bytes().first().is_some_and(u8::is_ascii) {
        out[..1].make_ascii_uppercase();
        return out;
    }
    let mut chars = out.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() && c.to_uppercase().count() == 1 => c.to_uppercase().chain(chars).collect(),
        _ => out,
    }
}

/// Decode `%XX` escapes (UTF-8); malformed escapes are kept as written.
pub fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// A page title as MediaWiki keys it, from a link target or a URL path: `%XX` decoded, then
/// [`canonical`].
pub fn key(s: &str) -> String {
    // (most titles have no escape: no decoded copy of them)
    if s.contains('%') {
        canonical(&percent_decode(s))
    } else {
        canonical(s)
    }
}

/// The words of a title, between `_` and white space: what [`canonical`] joins with single
/// spaces.
fn title_words(title: &str) -> impl Iterator<Item = &str> {
    title
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
}

/// Whether two titles have one [`key`]. Two ASCII titles without `%` are compared word by
/// word where they stand ([`title_words`], the first letter in either case), with no copy:
/// every piped link of a page asks this.
pub fn same_key(a: &str, b: &str) -> bool {
    if !(a.is_ascii() && b.is_ascii()) || a.contains('%') || b.contains('%') {
        return key(a) == key(b);
    }
    let (mut x, mut y) = (title_words(a).map(str::as_bytes), title_words(b).map(str::as_bytes));
    match (x.next(), y.next()) {
        (Some(p), Some(q)) => p[0].eq_ignore_ascii_case(&q[0]) && p[1..] == q[1..] && x.eq(y),
        (p, q) => p.is_none() && q.is_none(),
    }
}

/// Read the map at `path` (shown as `name`): the map of every good line, and an error for
/// each line that could not be used (or one for the file).
pub fn load(path: &Path, name: &str) -> (TitleMap, Vec<LoadError>) {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return (TitleMap::default(), vec![file_error(name, super::io_message(&e))]),
    };
    let mut head = BufReader::with_capacity(1 << 16, file);
    let gz = head.fill_buf().map(|b| b.starts_with(&[0x1f, 0x8b])).unwrap_or(false);
    let reader: Box<dyn BufRead> = if gz {
        Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::read::MultiGzDecoder::new(head),
        ))
    } else {
        Box::new(head)
    };
    let lower = name.to_lowercase();
    let sql_name = lower.trim_end_matches(".gz").ends_with(".sql");
    read(reader, name, sql_name)
}

fn file_error(name: &str, message: String) -> LoadError {
    LoadError {
        path: name.to_string(),
        message,
        binary: false,
    }
}

fn line_error(name: &str, line: usize, message: String) -> LoadError {
    file_error(&format!("{name}:{line}"), message)
}

/// Read a map from `reader`; `sql` says the name marks a langlinks dump (the content may too).
pub fn read(mut reader: impl BufRead, name: &str, sql: bool) -> (TitleMap, Vec<LoadError>) {
    let mut map = TitleMap::default();
    let mut errors = Vec::new();
    let mut buf = Vec::new();
    let mut sql = Sql::new(sql);
    let mut first_line: HashMap<String, usize> = HashMap::new();
    let mut n = 0usize;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                errors.push(line_error(name, n + 1, format!("cannot read on: {e}")));
                break;
            }
        }
        n += 1;
        let line = trim_line_end(&buf);
        if n == 1 && !sql.on && looks_like_sql(line) {
            sql.on = true;
        }
        if sql.on {
            if let Err(message) = sql.statement(line, &mut map.by_id) {
                errors.push(line_error(name, n, message));
            }
            continue;
        }
        match tsv_row(line) {
            Ok(None) => {}
            Ok(Some((zh, en))) => match map.by_title.get(&zh) {
                Some(old) if *old != en => errors.push(line_error(
                    name,
                    n,
                    format!("`{zh}` is already mapped to `{old}` (line {})", first_line[&zh]),
                )),
                Some(_) => {}
                None => {
                    first_line.insert(zh.clone(), n);
                    map.by_title.insert(zh, en);
                }
            },
            Err(message) => errors.push(line_error(name, n, message)),
        }
    }
    if sql.on && errors.is_empty() {
        if let Some(message) = sql.finish() {
            errors.push(file_error(name, message));
        }
    }
    (map, errors)
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn looks_like_sql(line: &[u8]) -> bool {
    let l = String::from_utf8_lossy(&line[..line.len().min(64)]).to_lowercase();
    [
        "-- mysql dump",
        "-- mariadb dump",
        "insert into ",
        "create table ",
        "/*!",
    ]
    .iter()
    .any(|p| l.starts_with(p))
}

/// One TSV line: `Ok(None)` for blank and comment lines.
fn tsv_row(line: &[u8]) -> Result<Option<(String, String)>, String> {
    let line = std::str::from_utf8(line).map_err(|e| format!("not valid UTF-8: {e}"))?;
    if line.trim().is_empty() || line.trim_start().starts_with('#') {
        return Ok(None);
    }
    let cols: Vec<&str> = line.split('\t').collect();
    match cols.as_slice() {
        [zh, en] if !zh.trim().is_empty() && !en.trim().is_empty() => Ok(Some((canonical(zh), canonical(en)))),
        [_, _] => Err("an empty title: expected `zh_title<TAB>en_title`".into()),
        _ => Err(format!(
            "expected two tab-separated titles `zh_title<TAB>en_title`, found {} column{}",
            cols.len(),
            if cols.len() == 1 { "" } else { "s" }
        )),
    }
}

/// State over a langlinks SQL dump.
struct Sql {
    on: bool,
    /// `INSERT INTO langlinks` statements seen.
    statements: usize,
    /// Rows linking to each language other than `en` (to explain an empty result).
    other_langs: HashMap<String, usize>,
    rows: usize,
}

impl Sql {
    fn new(on: bool) -> Self {
        Sql {
            on,
            statements: 0,
            other_langs: HashMap::new(),
            rows: 0,
        }
    }

    /// Read one line: the rows of an `INSERT INTO langlinks` statement, other lines passed over.
    fn statement(&mut self, line: &[u8], by_id: &mut HashMap<u64, String>) -> Result<(), String> {
        let mut p = Parser { s: line, at: 0 };
        if !p.keyword("insert") || !p.keyword("into") {
            return Ok(());
        }
        p.space();
        let table = p.identifier();
        if table.as_deref() != Some("langlinks") {
            return Ok(());
        }
        self.statements += 1;
        if !p.keyword("values") {
            return Err("expected `VALUES` after `INSERT INTO `langlinks``".into());
        }
        let mut row = 0usize;
        loop {
            row += 1;
            let (from, lang, title) = p.row().map_err(|e| format!("row {row} of the INSERT: {e}"))?;
            self.rows += 1;
            if lang == "en" {
                by_id.entry(from).or_insert_with(|| canonical(&title));
            } else {
                *self.other_langs.entry(lang).or_default() += 1;
            }
            p.space();
            match p.next() {
                Some(b',') => continue,
                Some(b';') | None => return Ok(()),
                Some(c) => {
                    return Err(format!(
                        "row {row} of the INSERT: expected `,` or `;` after the row, found `{}`",
                        char::from(c)
                    ))
                }
            }
        }
    }

    /// A problem with the file as a whole, once read.
    fn finish(&self) -> Option<String> {
        if self.statements == 0 {
            return Some("no `INSERT INTO `langlinks`` statement: not a langlinks SQL dump".into());
        }
        if self.rows > 0 && self.rows == self.other_langs.values().sum::<usize>() {
            let zh = self.other_langs.get("zh").copied().unwrap_or(0);
            return Some(if zh > 0 {
                "no row links to `en`: this looks like the en wiki's langlinks (its rows link to `zh`); \
                 give the zh wiki's langlinks (zhwiki-…-langlinks.sql.gz) or a TSV"
                    .into()
            } else {
                "no row links to `en`".into()
            });
        }
        None
    }
}

/// A cursor over one SQL line.
struct Parser<'a> {
    s: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let c = self.peek();
        self.at += usize::from(c.is_some());
        c
    }

    fn space(&mut self) {
        while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
            self.at += 1;
        }
    }

    /// The keyword `word` (any case), after optional space.
    fn keyword(&mut self, word: &str) -> bool {
        self.space();
        let end = self.at + word.len();
        if self
            .s
            .get(self.at..end)
            .is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
        {
            self.at = end;
            true
        } else {
            false
        }
    }

    /// A table name, with or without backquotes.
    fn identifier(&mut self) -> Option<String> {
        let quoted = self.peek() == Some(b'`');
        self.at += usize::from(quoted);
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_') {
            self.at += 1;
        }
        let name = String::from_utf8_lossy(&self.s[start..self.at]).to_lowercase();
        if quoted && self.next() != Some(b'`') {
            return None;
        }
        Some(name)
    }

    fn expect(&mut self, c: u8) -> Result<(), String> {
        self.space();
        match self.next() {
            Some(got) if got == c => Ok(()),
            Some(got) => Err(format!("expected `{}`, found `{}`", char::from(c), char::from(got))),
            None => Err(format!("expected `{}`, found the end of the line", char::from(c))),
        }
    }

    /// `(ll_from,'ll_lang','ll_title')`
    fn row(&mut self) -> Result<(u64, String, String), String> {
        self.expect(b'(')?;
        self.space();
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.at += 1;
        }
        let from = std::str::from_utf8(&self.s[start..self.at])
            .ok()
            .and_then(|d| d.parse().ok())
            .ok_or("expected the page id `ll_from` (a number)")?;
        self.expect(b',')?;
        let lang = self.string().map_err(|e| format!("`ll_lang`: {e}"))?;
        self.expect(b',')?;
        let title = self.string().map_err(|e| format!("`ll_title`: {e}"))?;
        self.expect(b')')?;
        Ok((from, lang, title))
    }

    /// A quoted SQL string, with MySQL's backslash escapes and doubled quotes.
    fn string(&mut self) -> Result<String, String> {
        self.space();
        if self.next() != Some(b'\'') {
            return Err("expected a quoted string".into());
        }
        let mut out = Vec::new();
        loop {
            match self.next() {
                None => return Err("unterminated string".into()),
                Some(b'\'') if self.peek() == Some(b'\'') => {
                    self.at += 1;
                    out.push(b'\'');
                }
                Some(b'\'') => break,
                Some(b'\\') => match self.next() {
                    None => return Err("unterminated string".into()),
                    Some(b'n') => out.push(b'\n'),
                    Some(b'r') => out.push(b'\r'),
                    Some(b't') => out.push(b'\t'),
                    Some(b'0') => out.push(0),
                    Some(b'Z') => out.push(0x1a),
                    Some(b'b') => out.push(0x08),
                    // \' \" \\ and any other escaped character stand for themselves
                    Some(c) => out.push(c),
                },
                Some(c) => out.push(c),
            }
        }
        String::from_utf8(out).map_err(|_| "not valid UTF-8".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(text: &str, sql: bool) -> (TitleMap, Vec<LoadError>) {
        read(text.as_bytes(), "m", sql)
    }

    #[test]
    fn titles_are_compared_in_canonical_form() {
        assert_eq!(canonical("  albert_Einstein  x"), "Albert Einstein x");
        assert_eq!(canonical("a__b"), "A b");
        assert_eq!(canonical("阿布哈兹"), "阿布哈兹");
        assert_eq!(canonical("iPod"), "IPod");
        // (a first letter outside ASCII is upper-cased too, where it has one capital)
        assert_eq!(canonical("édouard_Manet"), "Édouard Manet");
        assert_eq!(canonical("ǆemal"), "Ǆemal");
        assert_eq!(canonical("1984"), "1984");
        // link targets and URL paths: percent-decoded first
        assert_eq!(key("new_york  city"), "New york city");
        assert_eq!(key("%E4%B8%AD%E5%9B%BD"), "中国");
        assert_eq!(percent_decode("50%"), "50%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
    }

    /// [`same_key`] answers as comparing the two [`key`]s, in ASCII and out of it.
    #[test]
    fn same_key_is_key_equality() {
        let titles = [
            "",
            " ",
            "_",
            "a",
            "A",
            "b",
            "albert einstein",
            "Albert_Einstein",
            " albert__einstein ",
            "Albert Einstein x",
            "albert Einstein",
            "Albert einstein",
            "AAlbert Einstein",
            "iPod",
            "IPod",
            "ipod",
            "New\tYork",
            "new york",
            "New%20York",
            "New_York",
            "1984",
            "Ábc",
            "ábc",
            "Abc",
            "中国",
            "%E4%B8%AD%E5%9B%BD",
            "x\u{b}y",
            "x y",
        ];
        for a in titles {
            for b in titles {
                assert_eq!(same_key(a, b), key(a) == key(b), "{a:?} / {b:?}");
            }
        }
    }

    #[test]
    fn tsv_rows_comments_and_bad_lines() {
        let (map, errors) = read_str(
            "# zh\ten\n阿布哈兹\tAbkhazia\n\n南奥塞梯\tSouth_Ossetia\r\nno tab here\n阿布哈兹\tOther\n",
            false,
        );
        assert_eq!(map.en_title(None, "阿布哈兹"), Some("Abkhazia"));
        assert_eq!(map.en_title(Some(3), "南奥塞梯"), Some("South Ossetia"));
        assert_eq!(map.len(), 2);
        let got: Vec<_> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(got, ["m:5", "m:6"]);
        assert!(errors[0].message.contains("two tab-separated"), "{}", errors[0].message);
        assert!(errors[1].message.contains("already mapped"), "{}", errors[1].message);
    }

    #[test]
    fn langlinks_rows_with_escapes() {
        let sql = "-- MySQL dump 10.19\n\
            CREATE TABLE `langlinks` (\n  `ll_from` int(8) unsigned NOT NULL DEFAULT 0,\n) ENGINE=InnoDB;\n\
            INSERT INTO `langlinks` VALUES (12,'en','O\\'Brien \\\\ Co'),(12,'de','X'),(13,'en','A \"q\" b'),(14,'en','It''s');\n\
            INSERT INTO `page` VALUES (1,'x');\n\
            INSERT INTO `langlinks` VALUES (15,'en','南');\n";
        let (map, errors) = read_str(sql, true);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(map.en_title(Some(12), "whatever"), Some("O'Brien \\ Co"));
        assert_eq!(map.en_title(Some(13), ""), Some("A \"q\" b"));
        assert_eq!(map.en_title(Some(14), ""), Some("It's"));
        assert_eq!(map.en_title(Some(15), ""), Some("南"));
        assert_eq!(map.en_title(Some(99), "x"), None);
        // recognised by content too
        let (map, _) = read_str(sql, false);
        assert_eq!(map.len(), 4);
    }

    #[test]
    fn malformed_langlinks_name_the_line_and_row() {
        let sql =
            "INSERT INTO `langlinks` VALUES (1,'en','A'),(2,'en',B);\nINSERT INTO `langlinks` VALUES (3,'en','C');\n";
        let (map, errors) = read_str(sql, true);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].path, "m:1");
        assert!(errors[0].message.contains("row 2"), "{}", errors[0].message);
        assert_eq!(map.en_title(Some(1), ""), Some("A"));
        assert_eq!(map.en_title(Some(3), ""), Some("C"));
        let (_, errors) = read_str("INSERT INTO `langlinks` VALUES (1,'en','A\n", true);
        assert!(errors[0].message.contains("unterminated"), "{errors:?}");
    }

    #[test]
    fn an_en_wiki_langlinks_file_is_explained() {
        let (_, errors) = read_str("INSERT INTO `langlinks` VALUES (1,'zh','甲'),(2,'fr','B');\n", true);
        assert!(errors[0].message.contains("en wiki's langlinks"), "{errors:?}");
        let (_, errors) = read_str("-- MySQL dump\n", true);
        assert!(errors[0].message.contains("not a langlinks"), "{errors:?}");
    }

    #[test]
    fn gzip_maps_are_read() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("zhwiki-langlinks.sql.gz");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"INSERT INTO `langlinks` VALUES (5,'en','Abkhazia');\n")
            .unwrap();
        std::fs::write(&path, gz.finish().unwrap()).unwrap();
        let (map, errors) = load(&path, "zhwiki-langlinks.sql.gz");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(map.en_title(Some(5), ""), Some("Abkhazia"));
        let (_, errors) = load(&dir.path().join("missing.tsv"), "missing.tsv");
        assert_eq!(errors[0].path, "missing.tsv");
    }
}
