//! Fact extraction throughput on the shared corpus (no benchmark framework: a plain `main`).
//!
//! `cargo bench --bench facts` parses every zh and en article of `tests/corpus/wikipairs`
//! and the xquad paragraphs once, then extracts facts from them repeatedly and prints MB/s
//! per language (extraction alone, and parse + extraction).

use parallax::facts::extract;
use parallax::parse::parse;
use parallax::source::SourceFile;
use std::path::Path;
use std::time::{Duration, Instant};

fn corpus() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn load(lang: &str) -> Vec<SourceFile> {
    let mut files = Vec::new();
    let dir = corpus().join("wikipairs").join(lang);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    for p in paths {
        if let Ok(text) = std::fs::read_to_string(&p) {
            files.push(SourceFile {
                name: p.display().to_string(),
                text,
            });
        }
    }
    if let Ok(jsonl) = std::fs::read_to_string(corpus().join("xquad/xquad_paragraph_pairs.jsonl")) {
        let text: Vec<String> = jsonl
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v[lang].as_str().map(str::to_string))
            .collect();
        files.push(SourceFile {
            name: format!("xquad.{lang}.txt"),
            text: text.join("\n\n"),
        });
    }
    files
}

fn mbps(bytes: usize, rounds: usize, took: Duration) -> f64 {
    (bytes * rounds) as f64 / 1e6 / took.as_secs_f64()
}

fn main() {
    let budget = Duration::from_secs(
        std::env::var("FACTS_BENCH_SECONDS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(3),
    );
    for lang in ["zh", "en"] {
        // a file the parser cannot read (a parser bug fixed elsewhere) is left out, not fatal
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let (files, docs): (Vec<_>, Vec<_>) = load(lang)
            .into_iter()
            .filter_map(|f| {
                let d = std::panic::catch_unwind(|| parse(&f, None)).ok()?;
                Some((f, d))
            })
            .unzip();
        std::panic::set_hook(quiet);
        let bytes: usize = files.iter().map(|f| f.text.len()).sum();
        if bytes == 0 {
            println!("{lang}: no corpus text found under {}", corpus().display());
            continue;
        }
        // warm-up (loads jieba, conversion tables)
        let mut facts = 0;
        for (f, d) in files.iter().zip(&docs) {
            facts += extract(d, &f.text).len();
        }
        let start = Instant::now();
        let mut rounds = 0;
        while start.elapsed() < budget {
            for (f, d) in files.iter().zip(&docs) {
                std::hint::black_box(extract(d, &f.text));
            }
            rounds += 1;
        }
        let extract_rate = mbps(bytes, rounds, start.elapsed());
        let start = Instant::now();
        let mut rounds2 = 0;
        while start.elapsed() < budget {
            for f in &files {
                let d = parse(f, None);
                std::hint::black_box(extract(&d, &f.text));
            }
            rounds2 += 1;
        }
        let full_rate = mbps(bytes, rounds2, start.elapsed());
        println!(
            "{lang}: {} files, {:.2} MB, {facts} facts; extract {extract_rate:.2} MB/s ({rounds} rounds); parse+extract {full_rate:.2} MB/s ({rounds2} rounds)",
            files.len(),
            bytes as f64 / 1e6
        );
    }
}
