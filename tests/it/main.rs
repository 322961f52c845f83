//! The integration tests, one binary (one link instead of ten): each module is what was a
//! test file, and `common` holds the helpers they share.

mod common;

mod alignment;
mod cache;
mod ci;
mod cli;
mod cmd_cases;
mod cross_language;
mod detection;
mod dumps;
mod fix_safety;
mod flags;
mod formats;
mod gate;
mod pairing;
mod peers;
mod properties;
mod recall;
mod report;
mod robust;
mod rule_packs;
mod rule_snapshots;
mod snapshots;
mod streaming;
