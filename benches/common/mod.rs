//! What the benches share (each bench is a crate of its own: `mod common;`).

#![allow(dead_code)]

use std::time::Instant;

/// The best wall time of `runs` runs of `f`, in seconds.
pub fn best(runs: usize, mut f: impl FnMut()) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}
