//! The rule-pack loader on any text (with its examples run): errors, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(rules) = parallax::rules::pack::load_pack("fuzz.toml", &text, true) {
        let f = parallax::source::SourceFile {
            name: "fuzz.txt".into(),
            text: text.to_string(),
        };
        let rules: Vec<Box<dyn parallax::rules::Rule>> =
            rules.into_iter().map(|r| Box::new(r) as Box<dyn parallax::rules::Rule>).collect();
        let _ = parallax::engine::check_sources(&[f], &Default::default(), &rules);
    }
});
