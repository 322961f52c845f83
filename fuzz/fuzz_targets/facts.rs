//! Fact extraction in both languages: every fact's span is a char-boundary range of the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use parallax::source::SourceFile;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let f = SourceFile {
        name: "fuzz.txt".into(),
        text,
    };
    let d = parallax::parse::parse(&f, None);
    for fact in parallax::facts::extract(&d, &f.text) {
        assert!(fact.span.end <= f.text.len());
        assert!(f.text.is_char_boundary(fact.span.start) && f.text.is_char_boundary(fact.span.end));
    }
});
