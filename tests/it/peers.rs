//! `repeated-word` against the published test cases of other doubled-word checkers
//! (tests/fixtures/peers/repeated_word.toml, which names each peer's test file): parallax
//! must report as many doubles as the peer's test expects, or the case must carry a written
//! reason for the disagreement.

use super::common::*;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Peers {
    source: Vec<Source>,
    case: Vec<Cases>,
    #[serde(default)]
    disagreement: Vec<Disagreement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    id: String,
    repo: String,
    path: String,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Cases {
    source: String,
    cases: Vec<(String, usize)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Disagreement {
    source: String,
    text: String,
    parallax: usize,
    reason: String,
}

fn findings(text: &str) -> usize {
    let rules = parallax::rules::all();
    let rule = rules.iter().find(|r| r.id() == "repeated-word").expect("repeated-word");
    parallax::rules::run_on_text(rule.as_ref(), "case.txt", text).1.len()
}

#[test]
fn repeated_word_agrees_with_its_peers() {
    let path = root().join("tests/fixtures/peers/repeated_word.toml");
    let peers: Peers = toml::from_str(&std::fs::read_to_string(&path).unwrap()).expect("peer file");
    let ids: Vec<&str> = peers.source.iter().map(|s| s.id.as_str()).collect();
    for s in &peers.source {
        assert!(
            !s.repo.is_empty() && !s.path.is_empty(),
            "{}: cite the repository and file",
            s.id
        );
        let _ = &s.note;
    }
    let mut per_source: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut wrong = Vec::new();
    for group in &peers.case {
        assert!(ids.contains(&group.source.as_str()), "unknown source {}", group.source);
        for (text, peer) in &group.cases {
            let got = findings(text);
            let excused = peers
                .disagreement
                .iter()
                .find(|d| d.source == group.source && &d.text == text);
            let tally = per_source.entry(&group.source).or_default();
            tally.1 += 1;
            match excused {
                Some(d) => {
                    assert!(d.reason.len() > 20, "{text:?}: give the reason for disagreeing");
                    if got != d.parallax {
                        wrong.push(format!(
                            "{}: {text:?}: disagreement says {}, got {got}",
                            group.source, d.parallax
                        ));
                    }
                }
                None if got == *peer => tally.0 += 1,
                None => wrong.push(format!(
                    "{}: {text:?}: peer expects {peer}, parallax {got}",
                    group.source
                )),
            }
        }
    }
    for d in &peers.disagreement {
        let listed = peers
            .case
            .iter()
            .any(|g| g.source == d.source && g.cases.iter().any(|(t, _)| t == &d.text));
        assert!(listed, "disagreement about a case that is not listed: {:?}", d.text);
    }
    let total: usize = per_source.values().map(|t| t.1).sum();
    assert!(total >= 60, "the peer file lost cases: {total}");
    let report: Vec<String> = per_source.iter().map(|(s, (a, n))| format!("{s} {a}/{n}")).collect();
    eprintln!("agreement: {}", report.join(", "));
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
