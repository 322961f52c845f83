//! Recall of the cross-language rules under mutation: one fact both sides state is changed on
//! one side of a real pair (tests/corpus/xquad, tests/corpus/wikipairs); prints, per kind, how
//! many changes were reported. `cargo bench --bench recall [-- PER_KIND]`.

#[path = "../tests/recall/mod.rs"]
mod generator;

fn main() {
    let per_kind: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(4);
    let start = std::time::Instant::now();
    for (corpus, pairs) in [("xquad", generator::xquad()), ("wikipairs", generator::wikipairs())] {
        let t = generator::measure(&pairs, per_kind);
        print!("{}", t.table(corpus));
        if std::env::var_os("RECALL_MISSES").is_some() {
            for m in &t.missed {
                println!("  missed: {m}");
            }
        }
    }
    eprintln!("({per_kind} changes per kind per pair, {:.1} s)", start.elapsed().as_secs_f64());
}
