//! The whole check of one document with every rule, then its safe and unsafe fixes: spans
//! inside the text on char boundaries, and fixing never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;
use parallax::engine::{check_sources, load_rules, Options};
use parallax::rules::Rule;
use parallax::source::SourceFile;
use std::sync::OnceLock;

/// Every rule, loaded once (a run loads them once; pack rule ids live as long as the process).
fn rules() -> &'static [Box<dyn Rule>] {
    static RULES: OnceLock<Vec<Box<dyn Rule>>> = OnceLock::new();
    RULES.get_or_init(|| load_rules(&Options::default()).0)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let opts = Options::default();
    let rules = rules();
    let name = if data.first().is_some_and(|b| b % 2 == 0) { "fuzz.md" } else { "fuzz.wikitext" };
    let f = SourceFile { name: name.into(), text };
    for d in check_sources(std::slice::from_ref(&f), &opts, rules) {
        assert!(d.rule != parallax::engine::INTERNAL_ERROR, "{}", d.message);
        assert!(d.span.end <= f.text.len() && f.text.is_char_boundary(d.span.start) && f.text.is_char_boundary(d.span.end));
    }
    for unsafe_fixes in [false, true] {
        let _ = parallax::gate::fix::fix_text(&f.text, unsafe_fixes, |t| {
            let g = SourceFile { name: name.into(), text: t.to_string() };
            check_sources(&[g], &opts, rules)
        });
    }
});
