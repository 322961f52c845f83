//! End-to-end lint throughput against raw jieba-rs, and 1 vs 2 threads, in one run (no
//! benchmark framework: a plain `main`). `cargo bench --bench throughput` prints:
//!
//! - zh: raw `jieba_rs::Jieba::cut(line, true)` over the prose lines of
//!   `tests/corpus/wikipairs/zh` (the reference), then `parallax::engine::check_sources`
//!   (every single-document rule) over the same files on one thread: MB/s each and the ratio
//!   (issue 17 target: parallax ≥ 50 % of raw `cut`);
//! - en: `check_sources` on one thread over `wikipairs/en` (plain text), `en-wikitext`, and
//!   the two together: MB/s per core (issue 17 target: ≥ 100);
//! - threads: the zh corpus alone, the en corpora alone, then all together, on 1 and on 2
//!   threads (target ≥ 1.8×).
//!
//! `THROUGHPUT_PROFILE=zh|en|wikitext` lints only that set (`THROUGHPUT_RUNS` times), to run
//! under a profiler; on two threads with `THROUGHPUT_THREADS=2`.
//!
//! Each figure is the best of `THROUGHPUT_RUNS` (default 3) runs; raw `cut` and parallax's zh
//! check run in turn, one after the other, run after run, and the zh line adds the median and
//! the range of each run's own ratio. The dictionary load of jieba happens
//! before timing.

mod common;
use common::best;
use parallax::engine::{check_sources, load_rules, Options};
use parallax::source::SourceFile;
use std::path::Path;

fn files(dir: &Path) -> Vec<SourceFile> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            Some(SourceFile {
                name: p.display().to_string(),
                text: std::fs::read_to_string(&p).ok()?,
            })
        })
        .collect()
}

fn mb(files: &[SourceFile]) -> f64 {
    files.iter().map(|f| f.text.len()).sum::<usize>() as f64 / 1e6
}

fn main() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let runs: usize = std::env::var("THROUGHPUT_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3)
        .max(1);
    let zh = files(&corpus.join("wikipairs/zh"));
    let en = files(&corpus.join("wikipairs/en"));
    let wikitext = files(&corpus.join("en-wikitext"));
    if zh.is_empty() || en.is_empty() {
        eprintln!("no corpus at {}", corpus.display());
        return;
    }
    // single-document rules only: pairing is measured by `cargo bench --bench align`
    let opts = Options {
        no_name_pairing: true,
        ..Options::default()
    };
    let (rules, _) = load_rules(&opts);
    let rules: Vec<_> = rules.into_iter().filter(|r| !r.cross_language()).collect();
    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
    let two = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
    let lint = |pool: &rayon::ThreadPool, fs: &[SourceFile]| {
        pool.install(|| std::hint::black_box(check_sources(fs, &opts, &rules)));
    };

    // `THROUGHPUT_PROFILE=zh|en|wikitext`: only lint that set, `runs` times, for a profiler
    if let Ok(set) = std::env::var("THROUGHPUT_PROFILE") {
        let fs = match set.as_str() {
            "zh" => &zh,
            "wikitext" => &wikitext,
            _ => &en,
        };
        let pool = if std::env::var("THROUGHPUT_THREADS").is_ok_and(|t| t == "2") {
            &two
        } else {
            &one
        };
        lint(pool, fs);
        let t = best(runs, || lint(pool, fs));
        println!("{set} ({:.2} MB): {:.2} MB/s", mb(fs), mb(fs) / t);
        return;
    }
    // zh: raw jieba on the same text, whole dictionary loaded before timing
    let jieba = jieba_rs::Jieba::new();
    let lines: Vec<&str> = zh
        .iter()
        .flat_map(|f| f.text.lines())
        .filter(|l| !l.trim().is_empty())
        .collect();
    let raw_cut = || {
        for l in &lines {
            std::hint::black_box(jieba.cut(l, true));
        }
    };
    // warm: dictionary load
    lint(&one, &zh);
    // the two in turn, run after run, so that both see the machine in the same state (its
    // speed drifts by a fifth over minutes, and by half between runs a minute apart): the
    // best of each, and the median of the ratios of each run's two
    let (mut raw, mut ours) = (f64::INFINITY, f64::INFINITY);
    let mut ratios = Vec::with_capacity(runs);
    for _ in 0..runs {
        let r = best(1, &raw_cut);
        let o = best(1, || lint(&one, &zh));
        (raw, ours) = (raw.min(r), ours.min(o));
        ratios.push(r / o);
    }
    ratios.sort_by(f64::total_cmp);
    let (raw_mbps, ours_mbps) = (mb(&zh) / raw, mb(&zh) / ours);
    println!(
        "zh wiki-markdown ({:.2} MB): raw jieba cut {raw_mbps:.2} MB/s, parallax check (1 thread) {ours_mbps:.2} MB/s = {:.0} % of raw cut (run by run: median {:.0} %, {:.0}–{:.0} % over {runs} runs)",
        mb(&zh),
        100.0 * ours_mbps / raw_mbps,
        100.0 * ratios[ratios.len() / 2],
        100.0 * ratios[0],
        100.0 * ratios[ratios.len() - 1],
    );

    let en_all: Vec<SourceFile> = en.iter().chain(&wikitext).cloned().collect();
    for (name, fs) in [
        ("en plain", &en),
        ("en wikitext", &wikitext),
        ("en, the two together", &en_all),
    ] {
        if fs.is_empty() {
            continue;
        }
        lint(&one, fs);
        let t = best(runs, || lint(&one, fs));
        println!(
            "{name} ({:.2} MB): parallax check (1 thread) {:.2} MB/s",
            mb(fs),
            mb(fs) / t
        );
    }

    // one thread and two in turn, run after run; the best of each (the two-thread pool warmed
    // first)
    lint(&two, &zh);
    let threads = |fs: &[SourceFile]| {
        let (mut t1, mut t2) = (f64::INFINITY, f64::INFINITY);
        for _ in 0..runs {
            t1 = t1.min(best(1, || lint(&one, fs)));
            t2 = t2.min(best(1, || lint(&two, fs)));
        }
        (t1, t2)
    };
    for (name, fs) in [("zh", &zh), ("en", &en_all)] {
        let (t1, t2) = threads(fs);
        println!(
            "threads, {name} alone: 1 thread {t1:.3} s, 2 threads {t2:.3} s = {:.2}x",
            t1 / t2
        );
    }
    let all: Vec<SourceFile> = zh.iter().chain(&en).chain(&wikitext).cloned().collect();
    let (t1, t2) = threads(&all);
    // the parse step alone, and the documents one by one (the spread of per-document cost)
    let parse_all = |pool: &rayon::ThreadPool| {
        use rayon::prelude::*;
        pool.install(|| {
            std::hint::black_box(
                all.par_iter()
                    .map(|f| parallax::parse::parse(f, None))
                    .collect::<Vec<_>>(),
            )
        });
    };
    let (p1, p2) = (best(runs, || parse_all(&one)), best(runs, || parse_all(&two)));
    println!("parse only: 1 thread {p1:.3} s, 2 threads {p2:.3} s = {:.2}x", p1 / p2);
    let mut each: Vec<(f64, String)> = all
        .iter()
        .map(|f| {
            let t = best(1, || lint(&one, std::slice::from_ref(f)));
            (t, f.name.rsplit('/').next().unwrap_or("").to_string())
        })
        .collect();
    each.sort_by(|a, b| b.0.total_cmp(&a.0));
    let sum: f64 = each.iter().map(|e| e.0).sum();
    println!(
        "documents linted one at a time: {sum:.2} s in all; the slowest: {}",
        each.iter()
            .take(3)
            .map(|(t, n)| format!("{n} {t:.3} s"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!(
        "threads, {} files ({:.2} MB): 1 thread {:.2} s, 2 threads {:.2} s = {:.2}x",
        all.len(),
        mb(&all),
        t1,
        t2,
        t1 / t2
    );
}
