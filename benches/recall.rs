//! Recall of the cross-language rules under mutation: one fact both sides state is changed on
//! one side of a real pair (tests/corpus/xquad, tests/corpus/wikipairs); prints, per kind, how
//! many changes were reported. `cargo bench --bench recall [-- PER_KIND]`; `RECALL_CORPUS=xquad`
//! keeps one corpus, `RECALL_KIND=name` one kind (`date (day)`, `date (year)`, `number`),
//! `RECALL_MISSES=1` lists what was missed (`RECALL_WHY=1`: with its unit; `RECALL_DUMP=DIR`:
//! each as a pair of files), `RECALL_HITS=1` what was caught;
//! `RECALL_CLEAN=1` prints the findings on the unchanged pairs instead, to judge by hand
//! (`RECALL_RULES=a,b` picks the rules, default those the fact kinds count: the date, number
//! and name rules and `entity-mismatch`);
//! `RECALL_STABILITY=1` how many changes leave the whole alignment as it was;
//! `RECALL_CLAIMS=1` the claim rules' table (`tests/recall/claims.rs`) instead.
//!
//! After the table, per kind: how many changes left nothing but the changed fact tying their
//! sentences together (in the clean alignment, no other fact or Latin word shared, under half
//! their words translating each other, texts not in parallel), and the recall over the others.

#[path = "../tests/recall/mod.rs"]
mod generator;

fn main() {
    let per_kind: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(4);
    let start = std::time::Instant::now();
    let only = std::env::var("RECALL_CORPUS").ok();
    for (corpus, pairs) in [("xquad", generator::xquad()), ("wikipairs", generator::wikipairs())] {
        if only.as_deref().is_some_and(|o| o != corpus) {
            continue;
        }
        if std::env::var_os("RECALL_STABILITY").is_some() {
            let (same, tried) = generator::stability(&pairs, per_kind);
            println!("{corpus}: the alignment is unchanged after {same} of {tried} changes");
            continue;
        }
        if std::env::var_os("RECALL_CLEAN").is_some() {
            // the findings on the clean pairs, to judge by hand (precision)
            let chosen = std::env::var("RECALL_RULES").unwrap_or_default();
            let rules: Vec<&str> = if chosen.is_empty() {
                let mut all: Vec<&str> = generator::Kind::ALL
                    .iter()
                    .flat_map(|k| k.rules().iter().copied())
                    .collect();
                all.dedup();
                all
            } else {
                chosen.split(',').collect()
            };
            for p in &pairs {
                for d in generator::check(&p.zh, &p.en, &rules) {
                    println!("clean {corpus} {}: [{}] {}", p.name, d.rule, d.message);
                }
            }
            continue;
        }
        if std::env::var_os("RECALL_CLAIMS").is_some() {
            // the claim rules: negations, acts, places and organisations changed; the share
            // of corresponding sentence pairs flagged on the clean pairs
            let t = generator::claims::measure(&pairs, per_kind);
            print!("{}", t.table(corpus));
            if std::env::var_os("RECALL_MISSES").is_some() {
                for m in &t.missed {
                    println!("  missed: {m}");
                }
                for c in &t.clean {
                    println!("  flagged on clean text: {c}");
                }
            }
            continue;
        }
        let t = generator::measure(&pairs, per_kind);
        print!("{}", t.table(corpus));
        // the changes that left nothing else tying their sentences together, apart
        print!("{}", t.reach(corpus));
        if std::env::var_os("RECALL_MISSES").is_some() {
            for m in &t.missed {
                println!("  missed: {m}");
            }
        }
    }
    eprintln!(
        "({per_kind} changes per kind per pair, {:.1} s)",
        start.elapsed().as_secs_f64()
    );
}
