//! Wiki dumps as `check` input (streamed page by page) and parallel linting (`-j`).

use super::common::*;
use std::collections::BTreeSet;
use std::process::{Command, Output, Stdio};

const DUMP: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/corpus/dumps/enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2"
);

/// The real dump the tests read (tests/corpus/dumps); a missing file fails the test.
fn dump_path() -> &'static str {
    assert!(std::path::Path::new(DUMP).is_file(), "test data missing: {DUMP}");
    DUMP
}

/// Titles of the dump's ns-0, non-redirect pages, in file order (read with plain string
/// matching, independently of the parser under test).
fn expected_titles(xml: &str) -> Vec<String> {
    xml.split("<page>")
        .skip(1)
        .filter(|p| p.contains("<ns>0</ns>") && !p.contains("<redirect"))
        .map(|p| {
            let t = &p[p.find("<title>").unwrap() + 7..p.find("</title>").unwrap()];
            t.replace("&amp;", "&").replace("&quot;", "\"").replace("&#039;", "'")
        })
        .collect()
}

fn decompressed(path: &str) -> String {
    let o = Command::new("bzcat").arg(path).output().expect("bzcat");
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn the_enwiki_dump_yields_its_106_articles_by_title() {
    let dump = dump_path();
    let expected = expected_titles(&decompressed(dump));
    assert_eq!(expected.len(), 106);
    let o = run(&[
        "check",
        dump,
        "--format",
        "json",
        "--select",
        "maintenance-template,empty-template-param",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let mut seen = Vec::new();
    for l in stdout(&o).lines() {
        let r: serde_json::Value = serde_json::from_str(l).unwrap();
        let path = r["path"].as_str().unwrap();
        let title = path.strip_prefix(&format!("{dump}#")).expect("named DUMP#Title");
        assert!(expected.iter().any(|t| t == title), "not an article: {title}");
        assert!(!title.starts_with("AccessibleComputing"), "a redirect was linted");
        if seen.last().map(String::as_str) != Some(title) {
            seen.push(title.to_string());
        }
    }
    // findings come in page order (the dump's), each page once
    let mut order: Vec<&String> = seen.iter().collect();
    order.dedup();
    assert_eq!(
        order.len(),
        BTreeSet::<&String>::from_iter(&seen).len(),
        "pages interleaved"
    );
    let positions: Vec<usize> = seen
        .iter()
        .map(|t| expected.iter().position(|e| e == t).unwrap())
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "not in dump order");
    // the summary counts the 106 articles as files
    let o = run(&["check", dump, "--color", "never"]);
    assert!(stderr(&o).contains(" in 106 files"), "{}", stderr(&o));
    assert!(
        stdout(&o).contains(&format!("{dump}#Anarchism:")),
        "diagnostics name page and line"
    );
}

#[test]
fn a_truncated_dump_reports_an_error_and_lints_the_pages_before_the_cut() {
    let dump = dump_path();
    let bytes = std::fs::read(dump).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cut = dir.path().join("half.xml.bz2");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let cut = cut.to_str().unwrap();
    let o = run(&["check", cut, "--format", "json"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains(&format!("error: {cut}: truncated")), "{err}");
    let out = stdout(&o);
    assert!(
        out.contains(&format!("{cut}#Anarchism")),
        "pages before the cut are linted"
    );
    // the same findings as the whole dump gives for those pages
    let full = stdout(&run(&["check", dump, "--format", "json"])).replace(dump, cut);
    let first_lines: Vec<&str> = full.lines().take(20).collect();
    assert_eq!(out.lines().take(20).collect::<Vec<_>>(), first_lines);
}

#[test]
fn malformed_xml_is_an_error_with_exit_2_and_other_inputs_still_run() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.xml");
    std::fs::write(
        &bad,
        "<mediawiki><page><title>Good</title><ns>0</ns><revision><text>It was was fine.</text></revision></page>\
         <page><title>Broken</tit></page></mediawiki>",
    )
    .unwrap();
    let bad = bad.to_str().unwrap();
    let o = run(&["check", bad, "seeds/", "--format", "json"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!("error: {bad}: malformed XML")),
        "{}",
        stderr(&o)
    );
    let out = stdout(&o);
    assert!(out.contains(&format!("{bad}#Good")), "{out}");
    assert!(out.contains("seeds/001_"), "the other inputs are linted");
    // not an export at all
    let html = dir.path().join("page.xml");
    std::fs::write(&html, "<html><body>hi</body></html>").unwrap();
    let o = run(&["check", html.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a MediaWiki XML export"), "{}", stderr(&o));
}

#[test]
fn dumps_refuse_options_that_need_every_document() {
    let dir = tempfile::tempdir().unwrap();
    let x = dir.path().join("d.xml");
    std::fs::write(&x, "<mediawiki></mediawiki>").unwrap();
    let o = run(&["check", x.to_str().unwrap(), "--format", "sarif"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--format sarif does not work on wiki dumps"),
        "{}",
        stderr(&o)
    );
    let o = run(&["check", x.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn output_is_identical_with_one_or_two_threads() {
    // seeds (a zh/en pair: cross-language rules) plus a zh corpus folder plus the dump; more
    // folders at once make pairing slow (every zh document is scored against every en one)
    let mut args = vec!["check", "seeds/", "--format", "json"];
    args.push("tests/corpus/wikipairs/zh");
    args.push(dump_path());
    let one = run(&[args.as_slice(), &["-j", "1"]].concat());
    let two = run(&[args.as_slice(), &["--jobs", "2"]].concat());
    assert!(!one.stdout.is_empty());
    assert_eq!(one.status.code(), two.status.code());
    assert!(one.stdout == two.stdout, "stdout differs between -j 1 and -j 2");
    let human1 = run(&["check", "seeds/", "--color", "never", "-j", "1"]);
    let human2 = run(&["check", "seeds/", "--color", "never", "-j", "2"]);
    assert_eq!(stdout(&human1), stdout(&human2));
    assert_eq!(stderr(&human1), stderr(&human2));
}

#[test]
fn stdin_jsonl_findings_carry_the_record_id_and_bad_records_are_error_records() {
    let input = [
        r#"{"id":"r1","title":"Apollo","lang":"en","text":"It was was a fine day."}"#,
        "not json at all",
        r#"{"id":42,"title":"Other","text":"Then then it rained rained."}"#,
        r#"{"id":"r3","text":["x"]}"#,
        "",
    ]
    .join("\n");
    let o = run_stdin(&["check", "--stdin-jsonl"], &input);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let recs: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(recs[0]["id"], "r1");
    assert_eq!(recs[0]["rule"], "repeated-word");
    assert_eq!(recs[0]["path"], "Apollo");
    // the bad line is reported where it was, with its line number
    assert_eq!(recs[1]["line"], 2);
    assert!(recs[1]["error"].as_str().unwrap().contains("not JSON"), "{}", recs[1]);
    assert!(recs[1]["id"].is_null());
    let of_42: Vec<_> = recs.iter().filter(|r| r["id"] == 42).collect();
    assert_eq!(of_42.len(), 2, "{recs:?}");
    assert!(of_42
        .iter()
        .all(|r| r["path"] == "Other" && r["rule"] == "repeated-word"));
    let last = recs.last().unwrap();
    assert_eq!(
        (last["id"].as_str(), last["line"].as_u64()),
        (Some("r3"), Some(4)),
        "{last}"
    );
    // only good records: exit 1 for findings, 0 for none
    let o = run_stdin(
        &["check", "--stdin-jsonl", "-q"],
        r#"{"id":"a","text":"A quiet line."}"#,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
}

#[test]
fn shards_together_make_the_whole_dump() {
    let dump = dump_path();
    let whole = stdout(&run(&["check", dump, "--format", "json"]));
    let mut all: Vec<String> = Vec::new();
    let mut sizes = Vec::new();
    for i in 1..=3 {
        let s = stdout(&run(&["check", dump, "--format", "json", "--shard", &format!("{i}/3")]));
        sizes.push(s.lines().count());
        all.extend(s.lines().map(String::from));
    }
    assert!(sizes.iter().all(|&n| n > 0 && n < whole.lines().count()), "{sizes:?}");
    let mut whole: Vec<String> = whole.lines().map(String::from).collect();
    whole.sort();
    all.sort();
    assert_eq!(all, whole);
    assert_eq!(run(&["check", dump, "--shard", "4/3"]).status.code(), Some(2));
}

/// The GNU parallel examples of docs/scale-out.md, run as written (skipped without parallel).
#[test]
fn gnu_parallel_examples_match_a_single_run() {
    let dump = dump_path();
    if Command::new("parallel").arg("--version").output().is_err() {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_parallax");
    let sh = |script: &str| {
        let o = Command::new("bash")
            .args(["-c", script])
            .env("PARALLAX", bin)
            .env("DUMP", dump)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        String::from_utf8(o.stdout).unwrap()
    };
    let sorted = |s: String| {
        let mut v: Vec<String> = s.lines().map(String::from).collect();
        v.sort();
        v
    };
    let single = sorted(sh(r#""$PARALLAX" check "$DUMP" --format json -q"#));
    assert!(single.len() > 100);
    let sharded = sorted(sh(
        r#"parallel -j 2 --keep-order "$PARALLAX" check "$DUMP" --format json -q -j 1 --shard {}/4 ::: 1 2 3 4"#,
    ));
    assert_eq!(sharded, single);
    // JSON Lines records cut into blocks by parallel --pipe: the same findings, each with its id
    let records = r#"for i in $(seq 1 300); do printf '{"id":"r%d","title":"T%d","lang":"en","text":"It was was day %d."}\n' $i $i $i; done"#;
    let direct = sorted(sh(&format!(r#"{records} | "$PARALLAX" check --stdin-jsonl -q"#)));
    let piped = sorted(sh(&format!(
        r#"{records} | parallel --pipe --block 4k -j 2 --keep-order "$PARALLAX" check --stdin-jsonl -q -j 1"#
    )));
    assert_eq!(direct.len(), 300);
    assert_eq!(piped, direct);
    // records with pair_ids: every job reads the whole input and lints its shard
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("records.jsonl");
    std::fs::write(&records, paired_records()).unwrap();
    let direct = sorted(sh(&format!(
        r#""$PARALLAX" check --stdin-jsonl -q < {}"#,
        records.display()
    )));
    assert!(direct.iter().any(|l| l.contains("\"name-mismatch\"")));
    let sharded = sorted(sh(&format!(
        r#"parallel -j 2 --keep-order '"$PARALLAX" check --stdin-jsonl -q -j 1 --shard {{}}/4 < {}' ::: 1 2 3 4"#,
        records.display()
    )));
    assert_eq!(sharded, direct);
}

/// Records with pairs: the seed pair (`pair_id` "s") with unpaired records between its halves.
fn paired_records() -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).unwrap();
    let mut lines = vec![serde_json::json!({"id": "zh", "text": text(SEED_ZH), "pair_id": "s"})];
    for i in 0..20 {
        lines.push(serde_json::json!({"id": i, "text": format!("Day {i} was was fine.")}));
    }
    lines.push(serde_json::json!({"id": "en", "text": text(SEED_EN), "pair_id": "s"}));
    lines.iter().map(|l| format!("{l}\n")).collect()
}

#[test]
fn xml_files_in_folders_are_dumps_only_when_they_look_like_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pom.xml"), "<project>It was was built.</project>\n").unwrap();
    std::fs::write(
        dir.path().join("d.xml"),
        "<mediawiki><page><title>P</title><ns>0</ns><revision><text>It was was here.</text></revision></page></mediawiki>",
    )
    .unwrap();
    let o = run(&["check", dir.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("pom.xml\""), "linted as a text file: {out}");
    assert!(out.contains("d.xml#P\""), "read as a dump: {out}");
}

// ---- pairing a zh dump with an en dump through a title map ----

const SEED_ZH: &str = "seeds/000_9fb3881375abaa5a.txt";
const SEED_EN: &str = "seeds/001_bd4c6c1f7a1c1659.txt";
const ZH_TITLE: &str = "阿布哈兹－南奥塞梯关系";
const EN_TITLE: &str = "Abkhazia–South Ossetia relations";

pub(super) fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

pub(super) fn xml_page(title: &str, id: u32, text: &str) -> String {
    format!(
        "  <page>\n    <title>{}</title>\n    <ns>0</ns>\n    <id>{id}</id>\n    <revision><id>{}</id><model>wikitext</model>\
         <text xml:space=\"preserve\">{}</text></revision>\n  </page>\n",
        xml_escape(title),
        id * 100,
        xml_escape(text)
    )
}

/// A zh dump (the seed zh article and an unpaired page), an en dump (an unpaired page, the seed
/// en article and a redirect), a TSV map and a langlinks SQL dump, in `dir`.
struct Fixture {
    _dir: tempfile::TempDir,
    zh: String,
    en: String,
    tsv: String,
    sql: String,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).unwrap();
    let zh = dir.path().join("zhwiki-test-pages-articles.xml");
    let en = dir.path().join("enwiki-test-pages-articles.xml");
    std::fs::write(
        &zh,
        format!(
            "<mediawiki xml:lang=\"zh\">\n{}{}</mediawiki>\n",
            xml_page(ZH_TITLE, 101, &read(SEED_ZH)),
            xml_page("未配对", 102, "这个页面没有对应的的英文页面。"),
        ),
    )
    .unwrap();
    std::fs::write(
        &en,
        format!(
            "<mediawiki xml:lang=\"en\">\n{}{}  <page><title>Redirected</title><ns>0</ns><id>9</id><redirect title=\"X\" />\
             <revision><text>#REDIRECT [[X]]</text></revision></page>\n</mediawiki>\n",
            xml_page("Unpaired", 5, "It was was an unpaired page."),
            xml_page(EN_TITLE, 7, &read(SEED_EN)),
        ),
    )
    .unwrap();
    let tsv = dir.path().join("zh-en.tsv");
    // underscores stand for spaces, as in URLs
    std::fs::write(
        &tsv,
        format!(
            "# zh\ten\n{ZH_TITLE}\t{}\n未配对\tNot In The Dump\n",
            EN_TITLE.replace(' ', "_")
        ),
    )
    .unwrap();
    let sql = dir.path().join("zhwiki-test-langlinks.sql");
    std::fs::write(
        &sql,
        format!(
            "-- MySQL dump 10.19\n/*!40101 SET NAMES binary*/;\nDROP TABLE IF EXISTS `langlinks`;\n\
             INSERT INTO `langlinks` VALUES (101,'de','Beziehungen'),(101,'en','{}'),(102,'en','O\\'Brien \\\\ Co');\n\
             INSERT INTO `langlinks` VALUES (103,'en','Gone');\n",
            EN_TITLE
        ),
    )
    .unwrap();
    let s = |p: std::path::PathBuf| p.to_str().unwrap().to_string();
    Fixture {
        zh: s(zh),
        en: s(en),
        tsv: s(tsv),
        sql: s(sql),
        _dir: dir,
    }
}

/// A finding without its paths: what must agree between files and dump pages.
fn located(r: &serde_json::Value) -> String {
    let labels: Vec<String> = r["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            format!(
                "{}:{}-{}@{}:{}",
                l["message"], l["start"], l["end"], l["line"], l["column"]
            )
        })
        .collect();
    format!(
        "{} {} {}-{}@{}:{} [{}]",
        r["rule"],
        r["message"],
        r["start"],
        r["end"],
        r["line"],
        r["column"],
        labels.join(", ")
    )
}

#[test]
fn dumps_paired_through_a_tsv_or_langlinks_get_the_cross_language_rules() {
    let f = fixture();
    // the reference: the two seed files paired with --pair, read as wikitext like dump pages
    let files = run(&[
        "check",
        SEED_ZH,
        SEED_EN,
        "--pair",
        SEED_ZH,
        SEED_EN,
        "--input-format",
        "wikitext",
        "--format",
        "json",
    ]);
    let want: Vec<String> = json_lines(&files)
        .iter()
        .filter(|r| r["rule"] == "name-mismatch")
        .map(located)
        .collect();
    assert!(!want.is_empty(), "the seed pair has name mismatches");
    // and `check seeds/` finds the same mismatches (by message) on the seed pair
    let seeds: BTreeSet<String> = json_lines(&run(&["check", "seeds/", "--format", "json"]))
        .iter()
        .filter(|r| r["rule"] == "name-mismatch" && r["path"] == SEED_ZH)
        .map(|r| r["message"].to_string())
        .collect();
    assert!(!seeds.is_empty());
    let mut outputs = Vec::new();
    for map in [&f.tsv, &f.sql] {
        let o = run(&["check", &f.zh, &f.en, "--titles", map, "--format", "json"]);
        assert_eq!(o.status.code(), Some(1), "{map}: {}", stderr(&o));
        let recs = json_lines(&o);
        let names: Vec<&serde_json::Value> = recs.iter().filter(|r| r["rule"] == "name-mismatch").collect();
        let got: Vec<String> = names.iter().map(|r| located(r)).collect();
        assert_eq!(got, want, "{map}: the same findings as the files paired with --pair");
        let messages: BTreeSet<String> = names.iter().map(|r| r["message"].to_string()).collect();
        assert_eq!(messages, seeds, "{map}");
        for r in &names {
            assert_eq!(r["path"], format!("{}#{ZH_TITLE}", f.zh));
            assert_eq!(
                r["labels"][0]["path"],
                format!("{}#{EN_TITLE}", f.en),
                "labelled in the en page"
            );
        }
        // every page is reported: the unpaired ones alone, the redirect not at all
        let paths: BTreeSet<&str> = recs.iter().map(|r| r["path"].as_str().unwrap()).collect();
        for page in [
            format!("{}#Unpaired", f.zh.replace("zhwiki", "enwiki")),
            format!("{}#未配对", f.zh),
        ] {
            assert!(paths.contains(page.as_str()), "{page} not linted: {paths:?}");
        }
        assert!(!paths.iter().any(|p| p.ends_with("#Redirected")));
        // the summary says how many mapped pages found their counterpart
        let o = run(&["check", &f.zh, &f.en, "--titles", map, "--color", "never"]);
        assert!(
            stderr(&o).contains(&format!("paired 1 of 2 mapped zh pages through {map}")),
            "{}",
            stderr(&o)
        );
        outputs.push(o.stdout);
    }
    assert!(outputs[0] == outputs[1], "TSV and langlinks give the same report");
    // without a map, dumps get the single-document rules only
    let o = run(&["check", &f.zh, &f.en, "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(json_lines(&o).iter().all(|r| {
        r["rule"] != "name-mismatch"
            && r["labels"].as_array().unwrap().iter().all(|l| {
                l["path"].as_str().unwrap().starts_with(&f.zh) == r["path"].as_str().unwrap().starts_with(&f.zh)
            })
    }));
}

#[test]
fn a_gzipped_langlinks_dump_and_the_configured_map_pair_the_same() {
    use std::io::Write;
    let f = fixture();
    let want = stdout(&run(&["check", &f.zh, &f.en, "--titles", &f.sql, "--format", "json"]));
    assert!(want.contains("name-mismatch"));
    let gz = format!("{}.gz", f.sql);
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(&std::fs::read(&f.sql).unwrap()).unwrap();
    std::fs::write(&gz, enc.finish().unwrap()).unwrap();
    let o = run(&["check", &f.zh, &f.en, "--titles", &gz, "--format", "json"]);
    assert_eq!(stdout(&o), want, "{}", stderr(&o));
    // `titles` in parallax.toml, relative to the file's folder
    let dir = std::path::Path::new(&f.sql).parent().unwrap();
    let config = dir.join("parallax.toml");
    std::fs::write(&config, "titles = \"zhwiki-test-langlinks.sql\"\n").unwrap();
    let o = run(&[
        "check",
        &f.zh,
        &f.en,
        "--config",
        config.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(stdout(&o), want, "{}", stderr(&o));
    // the configured map is not an error when the inputs are not two dumps
    let o = run(&["check", &f.en, "--config", config.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn a_malformed_map_line_is_an_error_naming_file_and_line_and_the_rest_still_runs() {
    let f = fixture();
    let good = std::fs::read_to_string(&f.tsv).unwrap();
    std::fs::write(&f.tsv, format!("{good}just one column\n")).unwrap();
    let o = run(&["check", &f.zh, &f.en, "--titles", &f.tsv, "--format", "json"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!("error: {}:4: expected two tab-separated titles", f.tsv)),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("\"name-mismatch\""), "the good lines still pair");
    // a broken row in the SQL: named by line and row
    let sql = std::fs::read_to_string(&f.sql)
        .unwrap()
        .replace("(103,'en','Gone')", "(103,'en',Gone)");
    std::fs::write(&f.sql, sql).unwrap();
    let o = run(&["check", &f.zh, &f.en, "--titles", &f.sql, "--format", "json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!("error: {}:5: row 1 of the INSERT", f.sql)),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("\"name-mismatch\""));
    // a map that does not exist, and --titles without a zh and an en dump
    let o = run(&["check", &f.zh, &f.en, "--titles", "no-such-map.tsv"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("error: no-such-map.tsv: no such file"),
        "{}",
        stderr(&o)
    );
    let o = run(&["check", &f.en, "--titles", &f.tsv]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--titles pairs a zh dump with an en dump"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn paired_dump_shards_together_make_the_whole_run() {
    let f = fixture();
    let sorted = |o: Output| {
        let mut v: Vec<String> = stdout(&o).lines().map(String::from).collect();
        v.sort();
        v
    };
    let whole = sorted(run(&["check", &f.zh, &f.en, "--titles", &f.sql, "--format", "json"]));
    let mut parts = Vec::new();
    for i in 1..=2 {
        let shard = format!("{i}/2");
        parts.extend(sorted(run(&[
            "check", &f.zh, &f.en, "--titles", &f.sql, "--format", "json", "--shard", &shard,
        ])));
    }
    parts.sort();
    assert!(whole.iter().any(|l| l.contains("name-mismatch")));
    assert_eq!(parts, whole);
}

#[test]
fn stdin_jsonl_pairs_records_by_pair_id() {
    let root = env!("CARGO_MANIFEST_DIR");
    let zh = std::fs::read_to_string(format!("{root}/{SEED_ZH}")).unwrap();
    let en = std::fs::read_to_string(format!("{root}/{SEED_EN}")).unwrap();
    let rec = |id: &str, text: &str, pair: Option<&str>| {
        let mut r = serde_json::json!({"id": id, "title": id, "text": text});
        if let Some(p) = pair {
            r["pair_id"] = p.into();
        }
        r.to_string()
    };
    let filler = (0..300)
        .map(|i| rec(&format!("f{i}"), "A quiet line.", None))
        .collect::<Vec<_>>();
    // the partners arrive more than a batch (256 records) apart
    let mut lines = vec![rec("zh1", &zh, Some("p1"))];
    lines.extend(filler);
    lines.push(rec("en1", &en, Some("p1")));
    lines.push(rec("en-again", &en, Some("p1"))); // a third record
    lines.push(rec("zhA", &zh, Some("p2")));
    lines.push(rec("zhB", &zh, Some("p2"))); // two zh records
    lines.push(rec("alone", "It was was alone.", Some("p3"))); // no partner
    let input = lines.join("\n") + "\n";
    let o = run_stdin(&["check", "--stdin-jsonl"], &input);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let recs = json_lines(&o);
    let of = |id: &str, rule: &str| recs.iter().filter(|r| r["id"] == id && r["rule"] == rule).count();
    assert!(of("zh1", "name-mismatch") > 0, "the pair got the cross-language rules");
    for r in recs.iter().filter(|r| r["rule"] == "name-mismatch") {
        assert_eq!(r["id"], "zh1", "{r}");
        assert_eq!(r["labels"][0]["id"], "en1", "the label names the en record");
    }
    // the same findings as the two documents paired as files
    let files = run(&[
        "check", SEED_ZH, SEED_EN, "--pair", SEED_ZH, SEED_EN, "--format", "json",
    ]);
    let want: Vec<String> = json_lines(&files)
        .iter()
        .filter(|r| r["rule"] == "name-mismatch")
        .map(located)
        .collect();
    let got: Vec<String> = recs
        .iter()
        .filter(|r| r["rule"] == "name-mismatch")
        .map(located)
        .collect();
    assert_eq!(got, want);
    // bad pairs: error records naming the record, and the records still linted alone
    let errors: Vec<&serde_json::Value> = recs.iter().filter(|r| r.get("error").is_some()).collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(
        (errors[0]["id"].as_str(), errors[0]["line"].as_u64()),
        (Some("en-again"), Some(303))
    );
    assert!(errors[0]["error"]
        .as_str()
        .unwrap()
        .contains("already has its two records"));
    assert_eq!(errors[1]["id"], "zhB");
    assert!(errors[1]["error"].as_str().unwrap().contains("not one zh and one en"));
    assert!(of("en-again", "repeated-word") > 0 && of("zhB", "link-text-overrun") > 0);
    assert_eq!(of("zhB", "name-mismatch") + of("zhA", "name-mismatch"), 0);
    assert!(
        of("alone", "repeated-word") > 0,
        "an unpartnered record is linted alone"
    );
    assert!(
        stderr(&o).contains("1 record with a `pair_id` linted alone"),
        "{}",
        stderr(&o)
    );
    // output is deterministic
    let again = run_stdin(&["check", "--stdin-jsonl", "-j", "1"], &input);
    assert!(again.stdout == o.stdout);
    // shards keep a pair together: together they make the whole run
    let records = paired_records();
    let sorted = |o: Output| {
        let mut v: Vec<String> = stdout(&o).lines().map(String::from).collect();
        v.sort();
        v
    };
    let whole = sorted(run_stdin(&["check", "--stdin-jsonl"], &records));
    assert!(whole.iter().any(|l| l.contains("\"name-mismatch\"")));
    let mut parts: Vec<String> = (1..=3)
        .flat_map(|i| {
            sorted(run_stdin(
                &["check", "--stdin-jsonl", "--shard", &format!("{i}/3")],
                &records,
            ))
        })
        .collect();
    parts.sort();
    assert_eq!(parts, whole);
}

#[test]
fn no_progress_output_when_stderr_is_not_a_terminal() {
    let dump = dump_path();
    // long enough (over a second at -j 1) that a progress display would have appeared
    let run_env = |ci: bool| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_parallax"));
        c.current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["check", dump, "--format", "json", "-j", "1"])
            .stdin(Stdio::null());
        if ci {
            c.env("CI", "true");
        } else {
            c.env_remove("CI");
        }
        c.output().unwrap()
    };
    let piped = run_env(false);
    let err = stderr(&piped);
    assert!(
        !err.contains('\r') && !err.contains('\u{1b}'),
        "terminal control on a pipe: {err:?}"
    );
    assert!(!err.contains("pages ("), "progress on a pipe: {err:?}");
    let ci = run_env(true);
    assert!(piped.stdout == ci.stdout, "stdout does not depend on progress");
    assert_eq!(stderr(&ci), err);
}
