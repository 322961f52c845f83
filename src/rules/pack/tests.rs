//! Tests of the pack format: loading, errors at their TOML line, each rule type.

use super::*;

fn errs(toml: &str) -> Vec<PackError> {
    load_pack("t.toml", toml, true).err().unwrap_or_default()
}

const GOOD: &str = r#"
[[rule]]
id = "no-foo"
message = "`{match}` is not allowed"
description = "Finds foo."
severity = "warning"
language = "en"
pattern = '\bfoo\b'
fire = ["A foo here."]
quiet = ["A food here."]
"#;

#[test]
fn a_good_pack_loads() {
    assert!(errs(GOOD).is_empty());
}

#[test]
fn unknown_key_points_at_its_line() {
    let bad = GOOD.replace("pattern =", "paterns =");
    let e = errs(&bad);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].message.contains("unknown field `paterns`"), "{}", e[0].message);
    assert_eq!(e[0].line, 8, "the misspelled key's own line: {e:?}");
}

#[test]
fn invalid_regex_points_at_the_pattern() {
    let e = errs(&GOOD.replace(r"'\bfoo\b'", "'(foo'"));
    assert!(e[0].message.starts_with("invalid regex"), "{}", e[0].message);
    assert_eq!(e[0].line, 8);
}

#[test]
fn misbehaving_examples_are_reported_at_the_example() {
    let e = errs(&GOOD.replace("quiet = [\"A food here.\"]", "quiet = [\"Another foo.\"]"));
    assert_eq!(e.len(), 1);
    assert!(e[0].message.contains("must not fire"), "{}", e[0].message);
    assert_eq!(e[0].line, 10);
    let e = errs(&GOOD.replace("fire = [\"A foo here.\"]", "fire = [\"Nothing.\"]"));
    assert!(e[0].message.contains("must fire"), "{}", e[0].message);
}

#[test]
fn bad_toml_and_bad_values() {
    assert!(!errs("[[rule]\nid=").is_empty());
    let e = errs(&GOOD.replace("\"warning\"", "\"fatal\""));
    assert!(e[0].message.contains("unknown variant `fatal`"), "{}", e[0].message);
    let e = errs(&GOOD.replace("\"no-foo\"", "\"No Foo\""));
    assert!(e[0].message.contains("kebab-case"), "{}", e[0].message);
}

#[test]
fn flags_share_context() {
    let r = load_pack(
        "t.toml",
        r#"
[[rule]]
id = "x"
message = "m"
description = "d"
severity = "info"
pattern = '\p{Han}(?P<flag>,)\p{Han}'
"#,
        false,
    )
    .unwrap();
    assert_eq!(r[0].matches("中,文,字").len(), 2);
}
