//! Hostile input against normal text: `cargo bench --bench hostile` (a plain `main`, no
//! framework). Each shape is built at about 1 MB and 4 MB and linted whole (parse + every
//! single-document rule, one thread, through `check_sources`, then the findings rendered as
//! JSON and as GitHub annotations, which give every one a line and column), next to
//! normal wikitext (a
//! seed article repeated) of the same sizes. The table gives MB/s, the shape's cost per byte
//! relative to normal text (target ≤ 10×) and time(4 MB) / time(1 MB) (target ≤ 5: linear
//! would be 4).
//!
//! Times are CPU time of the process (user + system, `/proc/self/stat`), not wall time, so
//! that a busy machine changes the ratios little. `HOSTILE_RUNS` (default 1) sets how many
//! runs each figure is the best of;
//! `HOSTILE_ONLY=substring` runs only the shapes whose name contains it.

mod common;
use common::best_cpu;
use parallax::engine::{check_sources, load_rules, Options};
use parallax::source::SourceFile;

const MB: usize = 1_000_000;

/// Repeat `unit` until the text reaches `size` bytes.
fn fill(unit: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + unit.len());
    while s.len() < size {
        s.push_str(unit);
    }
    s
}

/// `open` × n, `middle`, `close` × n, about `size` bytes in all.
fn nest(open: &str, middle: &str, close: &str, size: usize) -> String {
    let n = size / (open.len() + close.len());
    let mut s = open.repeat(n);
    s.push_str(middle);
    s.push_str(&close.repeat(n));
    s
}

fn normal(size: usize) -> String {
    let seed = include_str!("../seeds/003_981c4c21a77e9e1d.txt");
    fill(&format!("{seed}\n\n"), size)
}

/// (name, file name (its extension picks the format), builder)
type Shape = (&'static str, &'static str, fn(usize) -> String);

fn shapes() -> Vec<Shape> {
    vec![
        ("normal wikitext (seed 003)", "n.wikitext", normal),
        ("unclosed {{", "h.wikitext", |n| fill("a {{b ", n)),
        ("unclosed [[", "h.wikitext", |n| fill("a [[b ", n)),
        ("unclosed <ref>", "h.wikitext", |n| fill("a<ref>b ", n)),
        ("unclosed -{", "h.wikitext", |n| fill("a -{b ", n)),
        ("unclosed <!--", "h.wikitext", |n| fill("a <!--b ", n)),
        ("<b without >", "h.wikitext", |n| fill("a <b c ", n)),
        ("[http://x without ]", "h.wikitext", |n| fill("a [http://x b ", n)),
        ("《 without 》", "h.wikitext", |n| fill("中文《书名", n)),
        ("unclosed ` (markdown)", "h.md", |n| fill("a `b ", n)),
        ("unclosed [ (markdown)", "h.md", |n| fill("a [b ", n)),
        ("unclosed ( (markdown)", "h.md", |n| fill("a [b](c ", n)),
        ("unclosed <math>", "h.wikitext", |n| fill("a <math>b ", n)),
        ("unclosed {| tables", "h.wikitext", |n| fill("{|\n| a\n", n)),
        ("nested [[a|", "h.wikitext", |n| nest("[[a|", "b", "]]", n)),
        ("nested {{a|", "h.wikitext", |n| nest("{{a|", "b", "}}", n)),
        ("nested {{cite|date=", "h.wikitext", |n| {
            nest("{{cite web|date=", "b", "}}", n)
        }),
        ("nested [ label (markdown)", "h.md", |n| nest("[", "a", "](u)", n)),
        ("nested <ref>", "h.wikitext", |n| nest("<ref>", "a", "</ref>", n)),
        ("nested -{", "h.wikitext", |n| nest("-{", "a", "}-", n)),
        ("list items, one [1]", "h.txt", |n| {
            let mut s = String::from("Text that cites one source.[1]\n\n");
            s.push_str(&fill("1. item\n", n));
            s
        }),
        ("one-line paragraph", "h.txt", |n| {
            fill("The word is here, and then then another one. ", n)
        }),
        ("repeated words", "h.txt", |n| fill("the the ", n)),
        ("one-line names", "h.txt", |n| fill("John Smith, ", n)),
        ("one-line 中文 names", "h.txt", |n| fill("约翰·史密斯，", n)),
        ("repeated 中文", "h.wikitext", |n| fill("在在中国。", n)),
        ("中文 decades without a comma", "h.txt", |n| fill("1950年代", n)),
        ("中文 counts without a comma", "h.txt", |n| fill("三百人死亡", n)),
        ("years without a comma", "h.txt", |n| fill("in 1950 and 300 killed ", n)),
    ]
}

fn main() {
    let runs: usize = std::env::var("HOSTILE_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let only = std::env::var("HOSTILE_ONLY").ok();
    let opts = Options {
        no_name_pairing: true,
        ..Options::default()
    };
    let (rules, _) = load_rules(&opts);
    let rules: Vec<_> = rules.into_iter().filter(|r| !r.cross_language()).collect();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
    let time = |name: &str, text: String| {
        let files = [SourceFile {
            name: name.to_string(),
            text,
        }];
        let bytes = files[0].text.len();
        let t = best_cpu(runs, || {
            let diags = pool.install(|| check_sources(&files, &opts, &rules));
            let mut sink = std::io::sink();
            parallax::report::json::render(&mut sink, &files, &diags).unwrap();
            parallax::report::github::render(&mut sink, &files, &diags).unwrap();
            std::hint::black_box(diags);
        });
        (bytes, t)
    };
    // warm up: dictionary loads
    time("w.wikitext", normal(MB / 10));

    println!(
        "{:<28} {:>8} {:>9} {:>9} {:>12} {:>10}",
        "shape", "size", "cpu s", "MB/s", "x normal/B", "t4MB/t1MB"
    );
    let mut normal_per_byte = [0.0f64; 2];
    for (k, (name, file, build)) in shapes().into_iter().enumerate() {
        if k > 0 && only.as_deref().is_some_and(|o| !name.contains(o)) {
            continue;
        }
        let mut t1 = 0.0;
        for (j, size) in [MB, 4 * MB].into_iter().enumerate() {
            let (bytes, t) = time(file, build(size));
            let per_byte = t / bytes as f64;
            if k == 0 {
                normal_per_byte[j] = per_byte;
            }
            let ratio = per_byte / normal_per_byte[j];
            let growth = if j == 0 {
                t1 = t;
                String::new()
            } else {
                format!("{:.2}", t / t1)
            };
            println!(
                "{:<28} {:>6.2}MB {:>9.3} {:>9.2} {:>12.2} {:>10}",
                name,
                bytes as f64 / 1e6,
                t,
                bytes as f64 / 1e6 / t,
                ratio,
                growth
            );
        }
    }
}
