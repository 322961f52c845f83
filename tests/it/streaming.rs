//! A folder is streamed (read, checked and reported pair by pair): what it reports, and in
//! which order, is what a run that holds every file reports (`--format sarif` holds them).

use super::common::*;

/// (rule, file name, line, column, message) of each finding, in output order.
type Row = (String, String, u64, u64, String);

fn json_rows(o: &std::process::Output) -> Vec<Row> {
    json_lines(o)
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["path"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn sarif_rows(o: &std::process::Output) -> Vec<Row> {
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let loc = &r["locations"][0]["physicalLocation"];
            (
                r["ruleId"].as_str().unwrap().to_string(),
                loc["artifactLocation"]["uri"].as_str().unwrap().to_string(),
                loc["region"]["startLine"].as_u64().unwrap(),
                loc["region"]["startColumn"].as_u64().unwrap(),
                // SARIF adds where the counterpart is and the notes
                r["message"]["text"]
                    .as_str()
                    .unwrap()
                    .lines()
                    .next()
                    .unwrap()
                    .split(" (counterpart: ")
                    .next()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect()
}

/// The file name, whatever the spelling of its folder (SARIF gives URIs).
fn base(rows: Vec<Row>) -> Vec<Row> {
    rows.into_iter()
        .map(|(r, p, l, c, m)| (r, p.rsplit('/').next().unwrap().to_string(), l, c, m))
        .collect()
}

#[test]
fn a_streamed_folder_reports_what_a_held_run_reports_in_the_same_order() {
    // pairs by name across zh/ and en/ folders, and pairs by content (the seeds)
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&corpus("wikipairs"), &dir.path().join("wikipairs"));
    copy_dir(&root().join("seeds"), &dir.path().join("seeds"));
    let d = dir.path().to_str().unwrap();
    let streamed = base(json_rows(&run(&["check", d, "--format", "json"])));
    let held = base(sarif_rows(&run(&["check", d, "--format", "sarif"])));
    assert!(streamed.len() > 100, "{}", streamed.len());
    assert!(streamed
        .iter()
        .any(|r| r.0 == "date-mismatch" || r.0 == "number-mismatch"));
    assert_eq!(streamed, held);
}

#[test]
fn a_pair_is_reported_together() {
    // zh/X and en/X are far apart by name: their findings are still reported side by side
    let o = run(&["check", corpus("wikipairs").to_str().unwrap(), "--format", "json"]);
    let paths: Vec<String> = json_rows(&o).into_iter().map(|r| r.1).collect();
    let article = |p: &str| p.rsplit('/').next().unwrap().split('.').next().unwrap().to_string();
    let mut runs: Vec<String> = Vec::new();
    for p in &paths {
        if runs.last() != Some(&article(p)) {
            runs.push(article(p));
        }
    }
    let mut distinct = runs.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(runs.len(), distinct.len(), "an article's findings are split: {runs:?}");
    assert!(paths.iter().any(|p| p.contains("/zh/")) && paths.iter().any(|p| p.contains("/en/")));
}

#[test]
fn a_file_that_cannot_be_read_is_an_error_and_the_others_are_still_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "It was built in in 1901.\n").unwrap();
    std::fs::write(dir.path().join("b.txt"), [0xffu8, 0xfe, 0x00, 0x41]).unwrap();
    std::fs::write(dir.path().join("c.txt"), "It was sold in in 1950.\n").unwrap();
    let b = dir.path().join("b.txt");
    let o = run(&[
        "check",
        dir.path().join("a.txt").to_str().unwrap(),
        b.to_str().unwrap(),
        dir.path().join("c.txt").to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("b.txt"), "{}", stderr(&o));
    let files: Vec<String> = json_rows(&o).into_iter().map(|r| base(vec![r])[0].1.clone()).collect();
    assert!(
        files.contains(&"a.txt".to_string()) && files.contains(&"c.txt".to_string()),
        "{files:?}"
    );
}
