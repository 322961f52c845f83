//! What the benches share (each bench is a crate of its own: `mod common;`).

#![allow(dead_code)]

use std::time::Instant;

/// The CPU time this process has used so far (user + system), in seconds, from
/// `/proc/self/stat` (Linux; 0 elsewhere). On a busy machine it moves far less than wall time.
pub fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // the fields after the command name (which may hold spaces) end at the last ')'
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest.split_whitespace().map(|x| x.parse().unwrap_or(0.0)).collect();
    // utime and stime are fields 14 and 15 (11 and 12 after the state), in clock ticks
    // (100 a second on Linux)
    (f.get(11).copied().unwrap_or(0.0) + f.get(12).copied().unwrap_or(0.0)) / 100.0
}

/// The best CPU time of `runs` runs of `f`, in seconds (see [`cpu_seconds`]).
pub fn best_cpu(runs: usize, mut f: impl FnMut()) -> f64 {
    (0..runs)
        .map(|_| {
            let t = cpu_seconds();
            f();
            cpu_seconds() - t
        })
        .fold(f64::INFINITY, f64::min)
}

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
