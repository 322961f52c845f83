//! The whole check of a zh↔en pair (the input split at its first NUL, or in half), paired
//! explicitly so that the cross-language rules run: no internal error, spans in their files.
#![no_main]
use libfuzzer_sys::fuzz_target;
use parallax::engine::{check_pages, load_rules, Options};
use parallax::rules::Rule;
use parallax::source::SourceFile;
use std::sync::OnceLock;

/// Every rule, loaded once (a run loads them once; pack rule ids live as long as the process).
fn rules() -> &'static [Box<dyn Rule>] {
    static RULES: OnceLock<Vec<Box<dyn Rule>>> = OnceLock::new();
    RULES.get_or_init(|| load_rules(&Options::default()).0)
}

fuzz_target!(|data: &[u8]| {
    let cut = data.iter().position(|&b| b == 0).unwrap_or(data.len() / 2);
    let file = |name: &str, b: &[u8]| SourceFile {
        name: name.into(),
        text: String::from_utf8_lossy(b).into_owned(),
    };
    let files = [file("zh.txt", &data[..cut]), file("en.txt", &data[(cut + 1).min(data.len())..])];
    let opts = Options::default();
    let rules = rules();
    let checked = check_pages(&files, &[(0, 1)], &opts, rules);
    for d in &checked.diagnostics {
        assert!(d.rule != parallax::engine::INTERNAL_ERROR, "{}", d.message);
        let t = &files[d.file].text;
        assert!(d.span.end <= t.len() && t.is_char_boundary(d.span.start) && t.is_char_boundary(d.span.end));
        for l in &d.labels {
            let t = &files[l.file].text;
            assert!(l.span.end <= t.len() && t.is_char_boundary(l.span.start) && t.is_char_boundary(l.span.end));
        }
    }
});
