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
