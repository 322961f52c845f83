//! Safe fixes keep the meaning, measured on the whole corpus: every safe fix applied, the text
//! re-parsed and re-linted, no new finding, and no word lost but the doubled one.

use super::common::*;
use parallax::diagnostic::{apply_edits, Diagnostic};
use parallax::engine::{self, Options};
use parallax::source::SourceFile;
use std::collections::BTreeMap;

/// The corpus's articles (dump pages and JSON Lines records aside: --fix never writes those).
fn corpus_articles() -> Vec<SourceFile> {
    let (files, errors) = engine::load_inputs(&[corpus("").to_string_lossy().into_owned()]);
    assert!(errors.is_empty(), "{errors:?}");
    let files: Vec<SourceFile> = files
        .into_iter()
        .filter(|f| !f.name.contains('#') && !f.name.ends_with(".jsonl") && !f.name.ends_with(".tsv"))
        .collect();
    assert!(files.len() > 100, "{} corpus articles", files.len());
    files
}

/// Every finding of each file (single-document rules: a fix never spans two files).
fn lint(files: &[SourceFile]) -> Vec<Vec<Diagnostic>> {
    let opts = Options {
        no_name_pairing: true,
        ..Options::default()
    };
    let (rules, _) = engine::load_rules(&opts);
    let rules: Vec<_> = rules.into_iter().filter(|r| !r.cross_language()).collect();
    let mut out = vec![Vec::new(); files.len()];
    for d in engine::check_sources(files, &opts, &rules) {
        out[d.file].push(d);
    }
    out
}

/// The words of a text (letters and digits; each Chinese character a word), lower-cased.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        let han = parallax::lang::script::is_han(c);
        if (han || !c.is_alphanumeric()) && !word.is_empty() {
            out.push(std::mem::take(&mut word).to_lowercase());
        }
        if han {
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            word.push(c);
        }
    }
    if !word.is_empty() {
        out.push(word.to_lowercase());
    }
    out
}

fn multiset(words: Vec<String>) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for w in words {
        *m.entry(w).or_default() += 1;
    }
    m
}

/// The readable text of a file, as parsed.
fn prose(f: &SourceFile) -> String {
    parallax::parse::parse(f, None).prose.text
}

#[test]
fn every_safe_fix_on_the_corpus_keeps_every_word_but_the_doubled_one() {
    let files = corpus_articles();
    let before = lint(&files);
    let mut fixed_files = Vec::new();
    let mut applied = 0;
    for (f, diags) in files.iter().zip(&before) {
        let (edits, n) = parallax::gate::fix::select_edits(&f.text, diags, false);
        let mut doubled = Vec::new();
        applied += n;
        // each edit of a doubled word's fix removes exactly that word, its remaining copy
        // standing right before it as a word
        for e in &edits {
            let d = diags
                .iter()
                .find(|d| d.fix.as_ref().is_some_and(|x| x.safe && x.edits.contains(e)))
                .expect("an edit comes from a safe fix");
            if d.rule == "repeated-word" {
                let lost = words(&f.text[e.start..e.end]);
                let removed = f.text[e.start..e.end].trim().to_lowercase();
                let before = f.text[..e.start].to_lowercase();
                // in Latin script the copy kept is a whole word of its own, not the end of an
                // address or of a template
                let last = before.split_whitespace().next_back().unwrap_or_default();
                let latin = removed.chars().all(|c| c.is_ascii_alphanumeric());
                assert!(
                    e.replacement.is_empty()
                        && words(&removed) == lost
                        && before.ends_with(&removed)
                        && (!latin || words(last) == lost),
                    "{}: `{}` deletes {removed:?} after {last:?}",
                    f.name,
                    &f.text[d.span.clone()]
                );
                doubled.extend(lost);
            }
        }
        let fixed = SourceFile {
            name: f.name.clone(),
            text: apply_edits(&f.text, &edits),
        };
        // re-parsed, the prose has lost no word but the doubled ones
        let mut lost = multiset(words(&prose(f)));
        for w in words(&prose(&fixed)) {
            if let Some(n) = lost.get_mut(&w).filter(|n| **n > 0) {
                *n -= 1;
            }
        }
        lost.retain(|_, n| *n > 0);
        assert_eq!(lost, multiset(doubled), "{}: words lost", f.name);
        fixed_files.push(fixed);
    }
    assert!(applied > 0, "the corpus has safe fixes to apply");
    // re-linted: no rule finds more in a fixed file than before (a fix may leave a finding
    // for the next round, as `（，，）` becomes `（，）`, but never makes one)
    let after = lint(&fixed_files);
    let per_rule = |diags: &[Diagnostic]| multiset(diags.iter().map(|d| d.rule.to_string()).collect());
    for (f, (b, a)) in files.iter().zip(before.iter().zip(&after)) {
        let (b, a) = (per_rule(b), per_rule(a));
        for (rule, n) in &a {
            assert!(
                b.get(rule).is_some_and(|m| m >= n),
                "{}: fixing made new {rule} findings ({n} after, {:?} before)",
                f.name,
                b.get(rule)
            );
        }
    }
}
