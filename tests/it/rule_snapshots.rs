//! A snapshot of every rule's rendered diagnostics (human output) and, where it has fixes, of
//! the diff `--fix` would make, on real text: the seeds, corpus articles with real defects,
//! and `tests/fixtures/rules/` (a translated pair with changed facts, an unused suppression).
//! Each rule must fire there at least once, so a rule added without an example fails here.
//! Review changes with `cargo insta review` (or `INSTA_UPDATE=always cargo test --release`).

use super::common::*;

/// Where every rule finds something (paths relative to the repository).
const INPUTS: &[&str] = &[
    "seeds/",
    "tests/corpus/zh-markdown",
    "tests/corpus/zh-wikitext",
    "tests/corpus/markup-tests/broken_markup_tests.txt",
    "tests/corpus/en-wikitext/United-Kingdom.txt",
    "tests/corpus/en-wikitext/Goryeo-ware.txt",
    "tests/fixtures/rules",
];

/// At most this many lines of each output: enough to show the rule's diagnostics and fixes.
const LINES: usize = 60;

fn first_lines(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let mut out = lines[..lines.len().min(LINES)].join("\n");
    if lines.len() > LINES {
        out += &format!("\n… ({} more lines)", lines.len() - LINES);
    }
    out
}

fn check(rule: &str, extra: &[&str]) -> std::process::Output {
    // `unused-suppression` judges only suppressions of rules that ran: run the one its
    // fixture names beside it, on the fixture alone
    let (select, inputs) = match rule {
        "unused-suppression" => (
            "unused-suppression,repeated-word".to_string(),
            &["tests/fixtures/rules"][..],
        ),
        _ => (rule.to_string(), INPUTS),
    };
    let mut args = vec![
        "check",
        "--isolated",
        "--select",
        &select,
        "--color",
        "never",
        "-q",
        "-j",
        "1",
    ];
    args.extend(inputs);
    args.extend(extra);
    run(&args)
}

#[test]
fn every_rule_renders_as_its_snapshot_says() {
    let listed = run(&["rule", "--all"]);
    let ids: Vec<String> = stdout(&listed)
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(String::from))
        .collect();
    assert!(ids.len() >= 19, "{ids:?}");
    for id in &ids {
        let human = check(id, &[]);
        let text = stdout(&human);
        assert!(
            text.contains(&format!("[{id}]")),
            "`{id}` finds nothing in the snapshot inputs: give it an example in tests/fixtures/rules"
        );
        let diff = stdout(&check(id, &["--diff"]));
        let snapshot = format!(
            "$ parallax check --select {id} …\n{}\n\n$ parallax check --select {id} … --diff\n{}",
            first_lines(&text),
            if diff.is_empty() {
                "(no fix)".to_string()
            } else {
                first_lines(&diff)
            }
        );
        insta::assert_snapshot!(format!("rule_{}", id.replace('-', "_")), snapshot);
    }
}
