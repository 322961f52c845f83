//! Pairing and alignment cost on the wikipairs set (no benchmark framework: a plain `main`).
//!
//! `cargo bench --bench align` loads the seeds and every article of
//! `tests/corpus/wikipairs`, parses them and extracts their facts (not timed), then times
//! pairing all of them together, and aligning each true pair (by the manifest), and prints per
//! pair the sentence counts, the time and the time per sentence, so the growth with article
//! length shows: near-linear means the time per sentence stays flat as articles grow.

use parallax::align::{align, pair, Side};
use parallax::facts::{extract, Fact};
use parallax::parse::{parse, Document};
use parallax::source::{Lang, SourceFile};
use std::path::Path;
use std::time::Instant;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/corpus/wikipairs");
    let mut files: Vec<SourceFile> = Vec::new();
    for sub in ["zh", "en"] {
        let mut paths: Vec<_> = std::fs::read_dir(dir.join(sub))
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        paths.sort();
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                files.push(SourceFile {
                    name: p.file_name().unwrap_or_default().to_string_lossy().into_owned(),
                    text,
                });
            }
        }
    }
    if files.is_empty() {
        eprintln!("no wikipairs corpus at {}", dir.display());
        return;
    }
    let docs: Vec<Document> = files.iter().map(|f| parse(f, None)).collect();
    let facts: Vec<Vec<Fact>> = files.iter().zip(&docs).map(|(f, d)| extract(d, &f.text)).collect();
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();

    let t = Instant::now();
    let pairs = pair::find(&docs, &facts, |i| &docs[i].prose.text, &[], &[]);
    let took = t.elapsed();
    println!(
        "pairing {} documents ({:.1} MB) by content: {} pairs in {:.3} s",
        files.len(),
        bytes as f64 / 1e6,
        pairs.len(),
        took.as_secs_f64()
    );

    println!(
        "\n{:<34} {:>6} {:>6} {:>10} {:>12}",
        "pair", "zh", "en", "align ms", "µs/sentence"
    );
    let mut rows = Vec::new();
    for zi in (0..files.len()).filter(|&i| docs[i].lang == Lang::Zh) {
        let stem = files[zi].name.trim_end_matches(".zh.md");
        let Some(ei) = files.iter().position(|f| f.name == format!("{stem}.en.txt")) else {
            continue;
        };
        let side = |i: usize| Side {
            file: i,
            source: &files[i],
            doc: &docs[i],
            facts: &facts[i],
        };
        let (z, e) = (side(zi), side(ei));
        let (n, m) = (z.sentences().len(), e.sentences().len());
        let t = Instant::now();
        let alignment = align(&z, &e);
        let ms = t.elapsed().as_secs_f64() * 1e3;
        std::hint::black_box(alignment);
        rows.push((stem.to_string(), n, m, ms));
    }
    rows.sort_by_key(|r| r.1 + r.2);
    for (stem, n, m, ms) in &rows {
        println!(
            "{stem:<34} {n:>6} {m:>6} {ms:>10.1} {:>12.1}",
            ms * 1e3 / (n + m).max(1) as f64
        );
    }
    let total: f64 = rows.iter().map(|r| r.3).sum();
    let sentences: usize = rows.iter().map(|r| r.1 + r.2).sum();
    println!(
        "\naligned {} pairs, {sentences} sentences, in {:.2} s ({:.1} µs per sentence)",
        rows.len(),
        total / 1e3,
        total * 1e3 / sentences.max(1) as f64
    );
    // growth: time per sentence of the largest third against the smallest third
    let third = rows.len() / 3;
    if third > 0 {
        let per = |r: &[(String, usize, usize, f64)]| {
            r.iter().map(|x| x.3).sum::<f64>() * 1e3 / r.iter().map(|x| x.1 + x.2).sum::<usize>().max(1) as f64
        };
        println!(
            "µs per sentence: smallest third {:.1}, largest third {:.1} (flat = linear)",
            per(&rows[..third]),
            per(&rows[rows.len() - third..])
        );
    }
}
