//! Language utilities shared by parsing and fact extraction: sentence boundaries,
//! Traditional/Simplified folding, Chinese segmentation, the zh→en lexicon.

pub mod lexicon;
pub mod script;
pub mod segment;
pub mod sentences;
