//! Pairing on real comparable articles: the seeds plus tests/corpus/wikipairs (42 topic
//! pairs and an en article with no partner), all given together.

use super::common::*;
use parallax::engine::{load_inputs, Paired};
use std::collections::BTreeMap;

fn stem(path: &str) -> String {
    path.rsplit('/').next().unwrap_or(path).to_string()
}

/// (correct pairs, false pairs) found, against the manifest plus the seed pair.
fn pairing(by_name: bool) -> (usize, Vec<(String, String)>, usize) {
    let wikipairs = corpus("wikipairs");
    let mut truth: BTreeMap<String, String> = BTreeMap::new();
    for line in std::fs::read_to_string(wikipairs.join("manifest.jsonl"))
        .unwrap()
        .lines()
    {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        truth.insert(
            stem(v["zh_file"].as_str().unwrap()),
            stem(v["en_file"].as_str().unwrap()),
        );
    }
    truth.insert("000_9fb3881375abaa5a.txt".into(), "001_bd4c6c1f7a1c1659.txt".into());
    let (files, errors) = load_inputs(&[
        root().join("seeds").to_string_lossy().into_owned(),
        wikipairs.to_string_lossy().into_owned(),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    let docs: Vec<_> = files.iter().map(|f| parallax::parse::parse(f, None)).collect();
    let paired = Paired::find(&files, &docs, &[], by_name, None);
    let (mut right, mut wrong) = (0, Vec::new());
    for &(z, e, _) in &paired.pairs {
        let (z, e) = (stem(&files[z].name), stem(&files[e].name));
        if truth.get(&z) == Some(&e) {
            right += 1;
        } else {
            wrong.push((z, e));
        }
    }
    (right, wrong, truth.len())
}

#[test]
fn wikipairs_pair_by_content_with_no_false_pair() {
    let (right, wrong, of) = pairing(false);
    println!("by content: {right} of {of} pairs, {} false", wrong.len());
    assert!(wrong.is_empty(), "{wrong:?}");
    // measured: 41 of 43 — Hydrology and Historian share no date, number, name or Latin word
    // with their counterparts (nor a gloss of the title)
    assert!(right >= 41, "{right} of {of}");
}

#[test]
fn wikipairs_pair_with_file_names() {
    let (right, wrong, of) = pairing(true);
    assert!(wrong.is_empty(), "{wrong:?}");
    assert_eq!(right, of);
}
