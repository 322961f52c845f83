//! Format, language and script detection on the seed articles.

use super::common::*;
use parallax::parse::parse;
use parallax::source::{Format, Lang, Script};

fn detect(prefix: &str) -> (Format, Lang, Script) {
    let f = seed_file(prefix);
    let d = parse(&f, None);
    (d.format, d.lang, d.script)
}

#[test]
fn seeds_are_detected() {
    assert_eq!(detect("000"), (Format::WikiMarkdown, Lang::Zh, Script::Simplified));
    assert_eq!(detect("001"), (Format::Plain, Lang::En, Script::Neither));
    assert_eq!(detect("002"), (Format::WikiMarkdown, Lang::Zh, Script::Traditional));
    assert_eq!(detect("003"), (Format::Wikitext, Lang::Zh, Script::Simplified));
}
