//! The event lexicon as a self-testing rule pack: every entry's examples run, and every
//! Chinese form's CC-CEDICT gloss holds its English form.

use super::*;
use crate::diagnostic::Diagnostic;
use crate::lang::segment;
use crate::rules::test_support::{corpus, rule, xquad_pairs};
use crate::rules::Rule;

/// Check a zh text against an en text with one rule, as `parallax check --pair` does.
pub(crate) fn run_pair(rule: &dyn Rule, zh: &str, en: &str) -> Vec<Diagnostic> {
    crate::rules::test_support::run_pair(rule, ("a.zh.txt", zh), ("a.en.txt", en))
}

/// The messages of one rule's findings on a zh text and an en text.
pub(crate) fn messages(rule: &dyn Rule, zh: &str, en: &str) -> Vec<String> {
    run_pair(rule, zh, en).into_iter().map(|d| d.message).collect()
}

/// Every entry of the pack with the rule its examples exercise: (what, rule id, examples).
fn entries() -> Vec<(String, &'static str, &'static [Example])> {
    let p = pack();
    let events = p
        .event
        .iter()
        .map(|c| (format!("event {}", c.id), "claim-event-mismatch", &c.examples[..]));
    let cues = p.negation.iter().map(|c| {
        (
            format!("cue {} `{}`", c.lang, c.cue),
            "claim-polarity-mismatch",
            &c.examples[..],
        )
    });
    let exclusions = p.exclusion.iter().map(|c| {
        (
            format!("exclusion {} `{}`", c.lang, c.cue),
            "claim-polarity-mismatch",
            &c.examples[..],
        )
    });
    events.chain(cues).chain(exclusions).collect()
}

/// The clean texts of the corpus: the xquad paragraphs and every article.
fn corpus_texts() -> Vec<String> {
    let mut out: Vec<String> = xquad_pairs().into_iter().flat_map(|(_, en, zh)| [en, zh]).collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    for dir in [
        "wikipairs/zh",
        "wikipairs/en",
        "zh-markdown",
        "zh-wikitext",
        "en-wikitext",
    ] {
        for e in std::fs::read_dir(root.join(dir)).expect("a corpus folder") {
            let p = e.expect("an entry").path();
            let rel = p
                .strip_prefix(&root)
                .expect("under the corpus")
                .to_string_lossy()
                .into_owned();
            if !rel.ends_with("SOURCES.md") {
                out.push(corpus(&rel));
            }
        }
    }
    out
}

/// The example with its mutation applied; None when the mutation does not apply.
fn mutated(x: &Example) -> Option<(String, String)> {
    let [side, from, to] = &x.mutate[..] else { return None };
    let (mut zh, mut en) = (x.zh.clone(), x.en.clone());
    let text = if side == "zh" { &mut zh } else { &mut en };
    if !text.contains(from.as_str()) || from == to {
        return None;
    }
    *text = text.replacen(from.as_str(), to, 1);
    Some((zh, en))
}

#[test]
fn every_entry_has_examples_and_a_mutation() {
    let all = entries();
    assert!(all.len() >= 30, "{}", all.len());
    for (what, _, examples) in &all {
        assert!(!examples.is_empty(), "{what} has no example");
        if !what.contains("exclusion") {
            assert!(
                examples.iter().any(|x| x.mutate.len() == 3),
                "{what} has no must-fire mutation"
            );
        }
    }
}

#[test]
fn clean_examples_are_real_text_of_the_corpus() {
    let texts = corpus_texts();
    for (what, _, examples) in entries() {
        for x in examples {
            for t in [&x.zh, &x.en] {
                assert!(
                    texts.iter().any(|c| c.contains(t.as_str())),
                    "{what}: not in tests/corpus: {t}"
                );
            }
        }
    }
}

#[test]
fn examples_do_not_fire_clean_and_fire_mutated() {
    let mut failures = Vec::new();
    for (what, id, examples) in entries() {
        let r = rule(id);
        for x in examples {
            let clean = run_pair(r.as_ref(), &x.zh, &x.en);
            if !clean.is_empty() {
                failures.push(format!(
                    "{what}: fires on clean text: {}\n  {}\n  {}",
                    clean[0].message, x.zh, x.en
                ));
            }
            // a cue's or an event's mutation must fire; an exclusion's must not
            if !x.mutate.is_empty() {
                let Some((zh, en)) = mutated(x) else {
                    failures.push(format!("{what}: the mutation {:?} does not apply", x.mutate));
                    continue;
                };
                let found = run_pair(r.as_ref(), &zh, &en);
                if found.is_empty() != what.starts_with("exclusion") {
                    failures.push(format!(
                        "{what}: {} on the mutation {:?}\n  {zh}\n  {en}",
                        found.first().map_or("silent", |d| d.message.as_str()),
                        x.mutate
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The stems of a Chinese form's gloss: its own, or (a phrase CC-CEDICT does not hold) its
/// words'.
fn gloss_stems(form: &str) -> Vec<String> {
    let own = lexicon::zh_stems(form);
    if !own.is_empty() {
        return own;
    }
    segment::words(form)
        .iter()
        .flat_map(|w| lexicon::zh_stems(w.text))
        .collect()
}

#[test]
fn every_chinese_form_glosses_as_its_english_form() {
    let mut bad = Vec::new();
    for c in &pack().event {
        let en: Vec<&String> = c.en_stems.iter().flatten().collect();
        for f in &c.zh {
            let g = gloss_stems(f);
            if !g.iter().any(|s| en.contains(&s)) {
                bad.push(format!(
                    "{} `{f}`: CC-CEDICT gives {:?}, none of {:?}",
                    c.id,
                    lexicon::english(f),
                    c.en
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn antonyms_and_groups_name_classes_of_the_pack() {
    let ids: Vec<&str> = pack().event.iter().map(|c| c.id.as_str()).collect();
    for c in &pack().event {
        for a in &c.antonyms {
            assert!(ids.contains(&a.as_str()), "{}: antonym `{a}` is no class", c.id);
        }
        assert!(!c.zh.is_empty() && !c.en.is_empty(), "{}", c.id);
    }
}

#[test]
fn negation_reaches_across_helpers_and_two_cues_cancel() {
    let neg = |ws: &[Word], t: &str| ws.iter().find(|w| w.text == t).map(|w| w.negated);
    let zh = zh_words("两国未被正式承认，但双方签署了条约。", 0);
    assert_eq!(neg(&zh, "承认"), Some(true));
    assert_eq!(neg(&zh, "签署"), Some(false));
    let zh = zh_words("他不得不承认失败。", 0);
    assert_eq!(neg(&zh, "承认"), Some(false));
    let en = en_words("Georgia did not formally recognise it, but signed the treaty.", 0);
    assert_eq!(neg(&en, "recognise"), Some(true));
    assert_eq!(neg(&en, "signed"), Some(false));
    let en = en_words("It was not only recognised but praised.", 0);
    assert_eq!(neg(&en, "recognised"), Some(false));
}
