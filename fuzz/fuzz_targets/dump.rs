//! The dump reader on any bytes, as XML and (when they start like one) as a bzip2 stream: it
//! yields pages or errors, never panics, and stops.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for page in parallax::source::dump::from_reader(data, "fuzz.xml").take(10_000) {
        let _ = page;
    }
    if data.starts_with(b"BZh") {
        let bz = bzip2::read::MultiBzDecoder::new(data);
        for page in parallax::source::dump::from_reader(bz, "fuzz.xml.bz2").take(10_000) {
            let _ = page;
        }
    }
});
