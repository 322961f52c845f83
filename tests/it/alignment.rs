//! Sentence alignment of the seed pair against the hand-made gold alignment in
//! tests/corpus/gold: precision and recall over the gold units, each ≥ 0.97.

use super::common::*;
use parallax::align::{align, Side};
use parallax::facts;
use parallax::parse::{parse, Document};
use parallax::source::SourceFile;
use std::collections::BTreeSet;

/// The sentence (index) containing the unique quote `q`.
fn sentence_of(src: &SourceFile, doc: &Document, q: &str) -> usize {
    assert_eq!(src.text.matches(q).count(), 1, "gold quote must be unique: {q}");
    let at = src.text.find(q).unwrap();
    doc.sentences
        .iter()
        .position(|s| doc.sentence_source(s).contains(&at))
        .unwrap_or_else(|| panic!("no sentence holds {q}"))
}

type UnitKey = (BTreeSet<usize>, BTreeSet<usize>);

#[test]
fn seed_pair_alignment_matches_the_gold() {
    let (zs, es) = (seed_file("000"), seed_file("001"));
    let (zd, ed) = (parse(&zs, None), parse(&es, None));
    let (zf, ef) = (facts::extract(&zd, &zs.text), facts::extract(&ed, &es.text));
    let zh = Side {
        file: 0,
        source: &zs,
        doc: &zd,
        facts: &zf,
    };
    let en = Side {
        file: 1,
        source: &es,
        doc: &ed,
        facts: &ef,
    };
    let alignment = align(&zh, &en);

    let gold_text =
        std::fs::read_to_string(corpus("gold/abkhazia-south-ossetia.align.tsv")).expect("tests/corpus/gold");
    let mut gold: Vec<UnitKey> = Vec::new();
    for line in gold_text.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let (e, z) = line.split_once('\t').unwrap();
        let side = |q: &str, src: &SourceFile, doc: &Document| -> BTreeSet<usize> {
            if q.trim() == "-" {
                BTreeSet::new()
            } else {
                q.split(" + ").map(|part| sentence_of(src, doc, part.trim())).collect()
            }
        };
        gold.push((side(z, &zs, &zd), side(e, &es, &ed)));
    }
    let covered_zh: BTreeSet<usize> = gold.iter().flat_map(|g| g.0.iter().copied()).collect();
    let covered_en: BTreeSet<usize> = gold.iter().flat_map(|g| g.1.iter().copied()).collect();
    // predicted units that touch a sentence the gold speaks of
    let predicted: Vec<UnitKey> = alignment
        .units
        .iter()
        .map(|u| (u.zh.iter().copied().collect(), u.en.iter().copied().collect()))
        .filter(|(z, e): &UnitKey| z.iter().any(|s| covered_zh.contains(s)) || e.iter().any(|s| covered_en.contains(s)))
        .collect();
    let hits = predicted.iter().filter(|p| gold.contains(p)).count() as f64;
    let precision = hits / predicted.len() as f64;
    let recall = hits / gold.len() as f64;
    let show = |u: &UnitKey| {
        let t = |s: &BTreeSet<usize>, src: &SourceFile, d: &Document| {
            s.iter()
                .map(|&i| {
                    src.text[d.sentence_source(&d.sentences[i])]
                        .chars()
                        .take(24)
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join(" + ")
        };
        format!("{} <-> {}", t(&u.0, &zs, &zd), t(&u.1, &es, &ed))
    };
    let missed: Vec<String> = gold.iter().filter(|g| !predicted.contains(g)).map(show).collect();
    let wrong: Vec<String> = predicted.iter().filter(|p| !gold.contains(p)).map(show).collect();
    println!("alignment on the seed pair: precision {precision:.3}, recall {recall:.3}");
    assert!(
        precision >= 0.97 && recall >= 0.97,
        "precision {precision:.3} recall {recall:.3}\nmissed: {missed:#?}\nwrong: {wrong:#?}"
    );
}
