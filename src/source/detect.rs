//! Detection of an article's format, language and (for Chinese) script.

use crate::lang::script;
use serde::Serialize;

/// The markup an article is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Raw MediaWiki wikitext: `[[link|label]]`, `{{template}}`, `<ref>`, `==Heading==`.
    Wikitext,
    /// pandoc's wiki-markdown: `[label](https://zh.wikipedia.org/wiki/X "wikilink")`, `\[1\]`, `## Heading`.
    #[serde(alias = "markdown")]
    WikiMarkdown,
    /// A plain-text extract: `= Title =`, `==Section==`, `[1]` citation markers.
    Plain,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 3] = [Format::Wikitext, Format::WikiMarkdown, Format::Plain];

    /// The format named `name` (see [`Format::name`]; `markdown` is `wiki-markdown`).
    pub fn from_name(name: &str) -> Option<Format> {
        match name {
            "markdown" => Some(Format::WikiMarkdown),
            _ => Format::ALL.into_iter().find(|f| f.name() == name),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Wikitext => "wikitext",
            Format::WikiMarkdown => "wiki-markdown",
            Format::Plain => "plain",
        }
    }
}

/// The language of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Zh,
    En,
}

/// The script of a Chinese article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Script {
    #[serde(rename = "Hans")]
    Simplified,
    #[serde(rename = "Hant")]
    Traditional,
    /// Not Chinese, or no character tells the two apart.
    #[serde(rename = "none")]
    Neither,
}

/// Guess the format from the file name (a strong hint) and the markup it contains.
pub fn detect_format(name: &str, text: &str) -> Format {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        return Format::WikiMarkdown;
    }
    if lower.ends_with(".wikitext") || lower.ends_with(".wiki") || lower.ends_with(".mediawiki") {
        return Format::Wikitext;
    }
    // each sign's occurrences without overlap (as `str::matches` counts them), found by
    // memchr's vectorised substring search, one sign after another: the markdown signs, then
    // the wikitext signs, with their weights (a scan of every byte through a table of the
    // signs' first bytes was 7 % of an English check)
    const SIGNS: [(&[u8], usize, bool); 9] = [
        (b"\"wikilink\")", 3, true),
        (b"](http", 1, true),
        (b"](../", 3, true),
        (b"\\[", 1, true),
        (b"\n## ", 1, true),
        (b"[[", 1, false),
        (b"{{", 1, false),
        (b"'''", 1, false),
        (b"<ref", 2, false),
    ];
    let bytes = text.as_bytes();
    let md: usize = SIGNS
        .iter()
        .filter(|s| s.2)
        .map(|&(sign, weight, _)| weight * memchr::memmem::find_iter(bytes, sign).count())
        .sum();
    // (the wikitext signs counted only until they outweigh the markdown ones, which decides:
    // in a wikitext article `[[` and `{{` come by the thousand)
    let mut wt = 0;
    for (sign, weight, _) in SIGNS.iter().filter(|s| !s.2) {
        for _ in memchr::memmem::find_iter(bytes, sign) {
            wt += weight;
            if wt > md {
                return Format::Wikitext;
            }
        }
    }
    if md == 0 && wt == 0 {
        return Format::Plain;
    }
    if md >= wt {
        Format::WikiMarkdown
    } else {
        Format::Wikitext
    }
}

/// Chinese when Han characters make up a real share of the letters (URLs and Latin names in
/// Chinese articles keep the share well below 100 %).
pub fn detect_language(text: &str) -> Lang {
    // letters eight bytes at a time; only the characters a Han one may be are decoded
    let bytes = text.as_bytes();
    let latin: usize = (0..bytes.len())
        .step_by(8)
        .map(|i| crate::lang::bytes::letters(crate::lang::bytes::load(bytes, i)).count_ones() as usize)
        .sum();
    // A Han character carries about as much as a 3-letter English word piece: counted until
    // they are enough
    let mut han = 0;
    for (_, c) in script::wide_chars(text) {
        han += usize::from(script::is_han(c));
        if han * 4 >= latin && han > 0 {
            return Lang::Zh;
        }
    }
    Lang::En
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The counts decide as counting each sign with `str::matches` would, overlaps (`[[[`,
    /// `''''''`) included.
    #[test]
    fn counts_decide_as_matches() {
        let by_matches = |text: &str| {
            let md = text.matches("\"wikilink\")").count() * 3
                + text.matches("](http").count()
                + text.matches("](../").count() * 3
                + text.matches("\\[").count()
                + text.matches("\n## ").count();
            let wt = text.matches("[[").count()
                + text.matches("{{").count()
                + text.matches("'''").count()
                + text.matches("<ref").count() * 2;
            match (md, wt) {
                (0, 0) => Format::Plain,
                _ if md >= wt => Format::WikiMarkdown,
                _ => Format::Wikitext,
            }
        };
        for text in [
            "[[[a]]] ''''' x",
            "''''''\n## a\n## b [[[[",
            "\\[1\\] [a](http://x) [b](../y) {{{{{",
            "<ref><ref name=a> [c](../Page/X.md \"wikilink\") ]](http",
            "",
            "plain",
        ] {
            assert_eq!(detect_format("a.txt", text), by_matches(text), "{text:?}");
        }
    }

    #[test]
    fn formats() {
        assert_eq!(
            detect_format("a.txt", "x [阿布](https://zh.wikipedia.org/wiki/A \"wikilink\") y"),
            Format::WikiMarkdown
        );
        assert_eq!(detect_format("a.txt", "'''X''' is [[Y|y]].{{cite}}"), Format::Wikitext);
        assert_eq!(detect_format("a.txt", "= T =\n\nText.\n\n==S==\nMore."), Format::Plain);
        assert_eq!(detect_format("a.md", "plain words"), Format::WikiMarkdown);
    }

    #[test]
    fn languages() {
        assert_eq!(detect_language("南奥塞梯议会于12月27日批准了该条约"), Lang::Zh);
        assert_eq!(detect_language("The treaty was ratified by 南奥塞梯."), Lang::En);
        assert_eq!(detect_language(""), Lang::En);
    }
}
