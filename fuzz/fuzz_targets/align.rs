//! Alignment of two documents (the input split at its first NUL, or in half): units are
//! monotone and name sentences of their own side.
#![no_main]
use libfuzzer_sys::fuzz_target;
use parallax::align::{align, Side};
use parallax::source::SourceFile;

fuzz_target!(|data: &[u8]| {
    let cut = data.iter().position(|&b| b == 0).unwrap_or(data.len() / 2);
    let file = |name: &str, b: &[u8]| SourceFile {
        name: name.into(),
        text: String::from_utf8_lossy(b).into_owned(),
    };
    let (z, e) = (file("zh.txt", &data[..cut]), file("en.txt", &data[(cut + 1).min(data.len())..]));
    let (zd, ed) = (parallax::parse::parse(&z, None), parallax::parse::parse(&e, None));
    let (zf, ef) = (parallax::facts::extract(&zd, &z.text), parallax::facts::extract(&ed, &e.text));
    let zh = Side { file: 0, source: &z, doc: &zd, facts: &zf };
    let en = Side { file: 1, source: &e, doc: &ed, facts: &ef };
    let a = align(&zh, &en);
    let (mut last_z, mut last_e) = (None, None);
    for u in &a.units {
        for &s in &u.zh {
            assert!(s < zd.sentences.len() && Some(s) > last_z);
            last_z = Some(s);
        }
        for &s in &u.en {
            assert!(s < ed.sentences.len() && Some(s) > last_e);
            last_e = Some(s);
        }
    }
});
