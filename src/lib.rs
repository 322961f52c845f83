//! parallax: keeps bilingual (Chinese/English) wiki content honest.
//!
//! The pipeline, top to bottom (dependencies point down only):
//!
//! - [`source`]: bytes on disk → [`source::SourceFile`], with format, language and script detected.
//! - [`parse`]: one parser per format → [`parse::Document`]: blocks, links, templates,
//!   references and a *prose view* that maps back to source bytes.
//! - [`lang`]: sentence splitting, Traditional/Simplified folding, Chinese segmentation.
//! - [`rules`]: single-document rules, one file each, producing [`diagnostic::Diagnostic`]s.
//! - [`report`]: renderers (human, json) that turn byte spans into lines and columns.
//!
//! Everything below the command line speaks in byte spans of the original file.

pub mod align;
pub mod baseline;
pub mod changed;
pub mod check;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod dump_pairs;
pub mod facts;
pub mod fix;
pub mod lang;
pub mod parse;
pub mod progress;
pub mod report;
pub mod rules;
pub mod source;
pub mod suppress;

/// A half-open byte range into a file's text.
pub type Span = std::ops::Range<usize>;
