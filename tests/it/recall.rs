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
    assert!(t.tried(kind) >= 10, "{}: only {} changes tried", kind.name(), t.tried(kind));
    assert!(
        t.rate(kind) >= min,
        "{}: recall {:.3} under the floor {min}",
        kind.name(),
        t.rate(kind)
    );
}

#[test]
fn translated_pairs() {
    let t = measure(&xquad(), 2);
    report("xquad", &t);
    floor(&t, Kind::Day, 0.0);
    floor(&t, Kind::Year, 0.0);
    floor(&t, Kind::Number, 0.0);
}

#[test]
fn comparable_pairs() {
    let t = measure(&wikipairs(), 2);
    report("wikipairs", &t);
    floor(&t, Kind::Year, 0.0);
    floor(&t, Kind::Number, 0.0);
}
