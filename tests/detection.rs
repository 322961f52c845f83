//! Format, language and script detection on the seed articles.

use parallax::parse::parse;
use parallax::source::{load_file, Format, Lang, Script};
use std::path::Path;

fn detect(prefix: &str) -> (Format, Lang, Script) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap();
    let f = load_file(&path, prefix).unwrap();
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
