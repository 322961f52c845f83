//! The JSON Lines record reader and the pairing of records by `pair_id`, on any bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use parallax::source::jsonl;

fuzz_target!(|data: &[u8]| {
    let mut pairs = jsonl::PairUp::default();
    for (i, line) in data.split(|&b| b == b'\n').enumerate() {
        if let Ok(Some(r)) = jsonl::parse(line, i + 1) {
            let _ = pairs.push(r, 1 << 16);
        }
    }
    let _ = pairs.finish();
});
