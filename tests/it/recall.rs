//! The mutation benchmark as a test with floors (see `tests/recall/mod.rs` for the generator;
//! `cargo bench --bench recall` prints the full table). One fact that both sides state is
//! changed on one side; the finding must cover the changed text.

#[path = "../recall/mod.rs"]
mod generator;

use generator::{measure, wikipairs, xquad, Kind, Tally};

fn report(corpus: &str, t: &Tally) {
    print!("{}", t.table(corpus));
    for m in t.missed.iter().take(40) {
        println!("missed: {m}");
    }
}

fn floor(t: &Tally, kind: Kind, min: f64) {
    assert!(
        t.tried(kind) >= 10,
        "{}: only {} changes tried",
        kind.name(),
        t.tried(kind)
    );
    assert!(
        t.rate(kind) >= min,
        "{}: recall {:.3} under the floor {min}",
        kind.name(),
        t.rate(kind)
    );
}

// The floors sit a little under what was measured (`cargo bench --bench recall -- 2`, on
// 2026-11-30): xquad day 100 %, year 89 %, number 88 %, name 20 % (6 % before names were
// compared beyond one leftover each side: cuts on either side, swaps in translations);
// wikipairs day 40 %, year 16 %, number 26 %, name 2 %. The targets (translated:
// date 95, number 90, name 85; comparable: 80, 70, 70) are not reached yet: a name cut to a
// two-character given name is not read as a name, a name swapped for one of another sort (a
// country for a person) is not reported, and in comparable pairs a changed fact often moves
// the sentence out of a sure unit.

#[test]
fn translated_pairs() {
    let t = measure(&xquad(), 2);
    report("xquad", &t);
    floor(&t, Kind::Day, 0.9);
    floor(&t, Kind::Year, 0.8);
    floor(&t, Kind::Number, 0.8);
    floor(&t, Kind::Name, 0.15);
}

#[test]
fn comparable_pairs() {
    let t = measure(&wikipairs(), 1);
    report("wikipairs", &t);
    floor(&t, Kind::Year, 0.1);
    floor(&t, Kind::Number, 0.15);
}

/// Changing one fact on one side must not move the alignment: every unit stays as it was.
/// Measured on the translated pairs (2 changes per kind per article): 253 of 258. On the
/// comparable wikipairs it is 64 of 95 (`RECALL_STABILITY=1 cargo bench --bench recall -- 1`):
/// in long articles written independently a changed anchor still moves units elsewhere.
#[test]
fn one_changed_fact_leaves_the_alignment_alone() {
    let (same, tried) = generator::stability(&xquad(), 2);
    println!("alignment unchanged after {same} of {tried} changes");
    assert!(tried >= 100, "only {tried} changes tried");
    assert!(same * 100 >= tried * 98, "{same} of {tried} alignments unchanged");
}
