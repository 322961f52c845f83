//! parallax: keeps bilingual (Chinese/English) wiki content honest.
//!
//! The pipeline, top to bottom (dependencies point down only):
//!
//! - [`source`]: bytes on disk → [`source::SourceFile`], with format, language and script detected.
//! - [`parse`]: one parser per format → [`parse::Document`]: blocks, links, templates,
//!   references and a *prose view* that maps back to source bytes.
//! - [`lang`]: sentence splitting, Traditional/Simplified folding, Chinese segmentation.
//! - [`rules`]: single-document rules, one file each, producing [`diagnostic::Diagnostic`]s.
//! - [`facts`]: dates, numbers and names per sentence, normalised.
//! - [`align`]: zh↔en pairing and sentence alignment.
//! - [`report`]: renderers (human, json, sarif, github) that turn byte spans into lines and columns.
//!
//! Above the pipeline: [`engine`] runs it over a run's inputs (files, dumps, JSON Lines),
//! [`gate`] decides what is reported (configuration, suppressions, baseline, changed lines,
//! fixes), and [`cli`] wires the command line to both.
//!
//! Everything below the command line speaks in byte spans of the original file.

pub mod align;
pub mod budget;
pub mod cli;
pub mod data;
pub mod diagnostic;
pub mod engine;
pub mod facts;
pub mod gate;
pub mod lang;
pub mod parse;
pub mod report;
pub mod rules;
pub mod source;

/// A half-open byte range into a file's text.
pub type Span = std::ops::Range<usize>;

/// 64-bit FNV-1a: small, and stable across Rust versions, platforms and processes (unlike
/// `DefaultHasher`): baseline keys and `--shard` by `pair_id` rest on it.
pub fn stable_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The one `&'static str` for `s`: names a process makes at run time and keeps for its whole
/// life (rule ids from rule packs) are made once, however many
/// times they are asked for, so memory does not grow with runs or threads.
pub fn intern(s: &str) -> &'static str {
    static SEEN: std::sync::Mutex<std::collections::BTreeSet<&'static str>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&s) = seen.get(s) {
        return s;
    }
    let s: &'static str = Box::leak(s.to_string().into_boxed_str());
    seen.insert(s);
    s
}

/// A small generator of numbers for tests that compare a fast path with a plain one on many
/// inputs: the same numbers every run (xorshift), each below the bound asked for.
#[cfg(test)]
pub(crate) struct TestNumbers(u64);

#[cfg(test)]
impl TestNumbers {
    pub(crate) fn new(seed: u64) -> Self {
        TestNumbers(seed | 1)
    }
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[cfg(test)]
mod intern_tests {
    #[test]
    fn one_str_per_name() {
        let a = super::intern(&String::from("my-pack-rule"));
        let b = super::intern(&format!("my-{}-rule", "pack"));
        assert!(std::ptr::eq(a, b));
        assert_eq!(a, "my-pack-rule");
    }
}
