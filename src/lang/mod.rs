//! Language utilities shared by parsing and fact extraction: sentence boundaries,
//! Traditional/Simplified folding, Chinese segmentation.

pub mod script;
pub mod segment;
pub mod sentences;
