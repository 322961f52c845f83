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
