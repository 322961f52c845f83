//! `parallax clean`: remove the result cache (see [`crate::engine::cache`]); and the cache a
//! `check` run uses.

use super::args::{CacheArgs, CheckArgs, CleanArgs};
use super::{EXIT_CLEAN, EXIT_ERROR};
use crate::engine::cache::{self, Cache, Cleaned};
use crate::engine::Options;
use crate::rules::Rule;
use std::path::PathBuf;

/// The cache folder: `--cache-dir`, else `PARALLAX_CACHE_DIR` (set, not empty), else
/// `.parallax_cache` in the current folder.
fn cache_dir(flag: Option<&PathBuf>) -> PathBuf {
    flag.cloned()
        .or_else(|| {
            std::env::var_os("PARALLAX_CACHE_DIR")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .unwrap_or_else(|| PathBuf::from(cache::DEFAULT_DIR))
}

/// Whether `--no-cache` or `PARALLAX_NO_CACHE` (set, not empty, not `0`) turn the cache off.
fn off(args: &CacheArgs) -> bool {
    args.no_cache || std::env::var_os("PARALLAX_NO_CACHE").is_some_and(|v| !v.is_empty() && v != "0")
}

/// The cache a check run reads and writes, unless it is turned off. A folder that cannot be
/// made or written turns it off for the run, with a note at the end (not an error).
pub(super) fn open_cache(args: &CheckArgs, opts: &Options, rules: &[Box<dyn Rule>]) -> Option<std::sync::Arc<Cache>> {
    if off(&args.cache) {
        return None;
    }
    let dir = cache_dir(args.cache.cache_dir.as_ref());
    Some(std::sync::Arc::new(Cache::open(&dir, opts, rules)))
}

pub(super) fn run_clean(args: CleanArgs) -> std::io::Result<i32> {
    let dir = cache_dir(args.cache_dir.as_ref());
    match cache::clean(&dir) {
        Ok(Cleaned::Removed) => {
            println!("removed {}", dir.display());
            Ok(EXIT_CLEAN)
        }
        Ok(Cleaned::Missing) => {
            println!("nothing to remove: {} does not exist", dir.display());
            Ok(EXIT_CLEAN)
        }
        Ok(Cleaned::NotACache) => {
            eprintln!(
                "error: {} is not a parallax cache (it holds no CACHEDIR.TAG of parallax's): left alone",
                dir.display()
            );
            Ok(EXIT_ERROR)
        }
        Err(e) => {
            eprintln!("error: cannot remove {}: {e}", dir.display());
            Ok(EXIT_ERROR)
        }
    }
}
