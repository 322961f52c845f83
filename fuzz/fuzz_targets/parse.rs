//! Format detection and each parser, on any text: no panic, no stack overflow, and every
//! sentence maps back to a char-boundary span inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use parallax::source::{Format, SourceFile};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let f = SourceFile {
        name: "fuzz.txt".into(),
        text,
    };
    for fmt in [None, Some(Format::Wikitext), Some(Format::WikiMarkdown), Some(Format::Plain)] {
        let d = parallax::parse::parse(&f, fmt);
        for s in &d.sentences {
            let span = d.sentence_source(s);
            assert!(span.start <= span.end && span.end <= f.text.len());
            assert!(f.text.is_char_boundary(span.start) && f.text.is_char_boundary(span.end));
        }
    }
});
