//! Output formats: SARIF validated against the official schema, GitHub annotations,
//! statistics, and the same exit code in every format.

use super::common::*;

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let o = run(&["check", "seeds/", "--format", "sarif"]);
    assert_eq!(o.status.code(), Some(1));
    let instance: serde_json::Value = serde_json::from_slice(&o.stdout).expect("SARIF is JSON");
    let schema_path = root().join("tests/sarif-schema-2.1.0.json");
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&schema_path).unwrap()).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource("urn:sarif-schema", schema).unwrap();
    let id = compiler
        .compile("urn:sarif-schema", &mut schemas)
        .expect("schema compiles");
    if let Err(e) = schemas.validate(&instance, id) {
        panic!("SARIF output does not validate: {e:#}");
    }
    // the content is right, not only the shape
    let results = instance["runs"][0]["results"].as_array().unwrap();
    let rw = results.iter().find(|r| r["ruleId"] == "repeated-word").unwrap();
    let region = &rw["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 19);
    assert_eq!(region["byteLength"], "December December".len());
    let rules = instance["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules
        .iter()
        .any(|r| r["id"] == "repeated-word" && r["help"]["text"].as_str().unwrap().contains("What it does")));
    // the evidence of a cross-language finding: the counterpart as a related location in the
    // other file, named in the message, the explanation in the message and properties
    let nm = results
        .iter()
        .find(|r| r["ruleId"] == "name-mismatch")
        .expect("a cross-language finding");
    let related = nm["relatedLocations"].as_array().unwrap();
    assert!(related.iter().any(|l| l["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap()
        .starts_with("seeds/001_")));
    let text = nm["message"]["text"].as_str().unwrap();
    assert!(
        text.contains("(counterpart: [seeds/001_bd4c6c1f7a1c1659.txt:"),
        "{text}"
    );
    assert!(text.contains("compared because"), "{text}");
    assert!(nm["properties"]["notes"][0]
        .as_str()
        .unwrap()
        .contains("compared because"));
    // partial fingerprints: on every result, the same on a re-run, and told apart
    let prints: Vec<&str> = results
        .iter()
        .map(|r| r["partialFingerprints"]["parallaxContentKey/v1"].as_str().unwrap())
        .collect();
    let again: serde_json::Value =
        serde_json::from_slice(&run(&["check", "seeds/", "--format", "sarif"]).stdout).unwrap();
    let again: Vec<&str> = again["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["partialFingerprints"]["parallaxContentKey/v1"].as_str().unwrap())
        .collect();
    assert_eq!(again, prints);
    let mut distinct = prints.clone();
    distinct.sort();
    distinct.dedup();
    assert!(
        distinct.len() * 10 >= prints.len() * 9,
        "{} of {}",
        distinct.len(),
        prints.len()
    );
    // descriptive rule names, not the ids again
    assert!(rules.iter().all(|r| r["name"] != r["id"]), "{rules:?}");
    assert!(rules.iter().any(|r| r["name"] == "RepeatedWord"));
    // a broken document must fail validation (the validator is really checking)
    let mut broken = instance.clone();
    broken["runs"][0]["results"][0]["level"] = serde_json::json!("fatal");
    assert!(schemas.validate(&broken, id).is_err());
}

#[test]
fn github_annotations() {
    let o = run(&["check", "seeds/001_bd4c6c1f7a1c1659.txt", "--format", "github"]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.lines().any(|l| l.starts_with("::warning file=seeds/001_bd4c6c1f7a1c1659.txt,line=19,col=248,endLine=19,endColumn=265,title=repeated-word::")),
        "{out}"
    );
}

#[test]
fn github_annotations_name_the_counterpart_and_why() {
    let o = run(&["check", "seeds/", "--format", "github"]);
    let out = String::from_utf8(o.stdout).unwrap();
    let line = out
        .lines()
        .find(|l| l.contains("title=name-mismatch::"))
        .expect("a cross-language annotation");
    assert!(
        line.starts_with("::warning file=seeds/000_9fb3881375abaa5a.txt,"),
        "{line}"
    );
    assert!(
        line.contains("(counterpart: seeds/001_bd4c6c1f7a1c1659.txt:19)"),
        "{line}"
    );
    assert!(line.contains("%0Acompared because"), "{line}");
}

#[test]
fn statistics_count_per_rule() {
    let o = run(&["check", "seeds/", "--statistics"]);
    let out = String::from_utf8(o.stdout).unwrap();
    let row = out
        .lines()
        .find(|l| l.contains("empty-reference"))
        .expect("a row per rule");
    assert_eq!(row.split_whitespace().next(), Some("4"), "{out}");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn exit_codes_are_the_same_in_every_format() {
    for format in ["human", "json", "sarif", "github"] {
        assert_eq!(
            run(&["check", "seeds/", "--format", format]).status.code(),
            Some(1),
            "{format}"
        );
        assert_eq!(
            run(&["check", "seeds/", "--format", format, "--fail-on", "error"])
                .status
                .code(),
            Some(0),
            "{format}"
        );
        assert_eq!(
            run(&["check", "seeds/", "missing.txt", "--format", format])
                .status
                .code(),
            Some(2),
            "{format}"
        );
    }
}

#[test]
fn quiet_drops_the_summary() {
    let o = run(&["check", "seeds/", "--quiet"]);
    assert!(String::from_utf8(o.stderr).unwrap().is_empty());
    assert!(!o.stdout.is_empty());
}
