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

/// The one rule of a pack written for a test (examples not run).
fn rule(keys: &str) -> PackRule {
    let toml = format!("[[rule]]\nid = \"t\"\ndescription = \"d\"\nseverity = \"warning\"\n{keys}");
    let mut r = load_pack("t.toml", &toml, false).unwrap_or_else(|e| panic!("{e:?}"));
    r.remove(0)
}

fn flagged(rule: &PackRule, text: &str) -> Vec<String> {
    let (_, d) = crate::rules::run_on_text(rule, "t.txt", text);
    d.iter()
        .map(|d| format!("{}: {}", &text[d.span.clone()], d.message))
        .collect()
}

#[test]
fn occurrence_counts_per_document_and_section() {
    let at_most = rule(
        r#"
message = "{count} reference lists (at most {max})"
scope = "raw"
type = "occurrence"
pattern = '\{\{\s*[Rr]eflist'
max = 1
"#,
    );
    let two = "A.<ref>x</ref>\n\n== References ==\n{{reflist}}\n\n{{Reflist}}\n";
    assert_eq!(flagged(&at_most, two), vec!["{{Reflist: 2 reference lists (at most 1)"]);
    assert!(flagged(&at_most, "A.\n\n== References ==\n{{reflist}}\n").is_empty());
    let per_section = rule(
        r#"
message = "no reference in this section ({count} < {min})"
language = "en"
scope = "raw"
type = "occurrence"
pattern = '<ref'
min = 1
per = "section"
"#,
    );
    let text = "Lead text here.<ref>a</ref>\n\n== History ==\nIt was founded in 1900.\n\n== Today ==\nIt is large.<ref>b</ref>\n";
    assert_eq!(
        flagged(&per_section, text),
        vec!["== History ==: no reference in this section (0 < 1)"]
    );
}

#[test]
fn repetition_reports_a_token_twice_in_a_row() {
    let r = rule(
        r#"
message = "`{match}` twice"
type = "repetition"
pattern = '[，。、；]'
safe = true
"#,
    );
    assert_eq!(flagged(&r, "他说，，我们走。"), vec!["，，: `，` twice"]);
    assert!(flagged(&r, "他说，我们走。好，走吧。").is_empty());
    // a template between the two renders as something (zh-wikitext/林纳斯·托瓦兹.wikitext)
    let wiki = "'''林纳斯'''（{{lang-sv|Linus}}，{{IPA-sv|ˈliːn.ɵs}}，{{bd|1969年}}）是一位程序员。\n";
    let (_, d) = crate::rules::run_on_text(&r, "t.wikitext", wiki);
    assert!(d.is_empty(), "{d:?}");
    let (src, d) = crate::rules::run_on_text(&r, "t.txt", "他说，，我们走。");
    let fixed = crate::diagnostic::apply_edits(&src.text, &d[0].fix.as_ref().unwrap().edits);
    assert_eq!(fixed, "他说，我们走。");
}

#[test]
fn consistency_reports_the_spellings_used_less() {
    let r = rule(
        r#"
message = "`{match}`: this article writes `{other}` elsewhere"
type = "consistency"
ignorecase = true
either = [["colour", "color"], ["科科伊季", "科科伊奇"]]
"#,
    );
    assert_eq!(
        flagged(&r, "The colour red. A color wheel. Colour theory."),
        vec!["color: `color`: this article writes `colour` elsewhere"]
    );
    assert!(
        flagged(&r, "The colour red. Colours and colourful things.").is_empty(),
        "whole words only"
    );
    assert_eq!(
        flagged(&r, "科科伊季总统。科科伊奇说。科科伊季回答。"),
        vec!["科科伊奇: `科科伊奇`: this article writes `科科伊季` elsewhere"]
    );
}

#[test]
fn captures_fill_the_message() {
    let r = rule(
        r#"
message = "`{match}` in {year}"
pattern = '(?P<flag>circa) (?P<year>\d{4})'
"#,
    );
    assert_eq!(flagged(&r, "Built circa 1900."), vec!["circa: `circa` in 1900"]);
}

#[test]
fn type_specific_keys_are_required() {
    let base = "[[rule]]\nid = \"x\"\nmessage = \"m\"\ndescription = \"d\"\nseverity = \"info\"\npattern = 'a'\n";
    let e = errs(&format!("{base}type = \"occurrence\"\n"));
    assert!(e[0].message.contains("`max` or `min`"), "{e:?}");
    let e = errs(&format!("{base}type = \"consistency\"\n"));
    assert!(e[0].message.contains("either"), "{e:?}");
    let e = errs("[[rule]]\nid = \"x\"\nmessage = \"m\"\ndescription = \"d\"\nseverity = \"info\"\ntokens = [\"a\", \"b\", \"a\"]\n");
    assert!(e[0].message.contains("lists `a` twice"), "{e:?}");
}

/// The maintenance-template pack on real articles: the tags, not a banner that wraps them.
#[test]
fn maintenance_templates_in_the_corpus() {
    use crate::rules::test_support::{corpus, xquad_pairs};
    let rules = builtin();
    let r = rules
        .iter()
        .find(|r| r.id == "maintenance-template")
        .expect("built-in pack");
    let names = |file: &str| -> Vec<String> {
        let text = corpus(file);
        let (_, d) = crate::rules::run_on_text(r, "x.wikitext", &text);
        d.iter().map(|d| text[d.span.clone()].to_lowercase()).collect()
    };
    let uk = names("en-wikitext/United-Kingdom.txt");
    assert!(uk.iter().any(|f| f.starts_with("{{citation needed")), "{uk:?}");
    let dr = names("en-wikitext/Direct-representation.txt");
    assert_eq!(dr.len(), 3, "{dr:?}");
    assert!(dr.iter().all(|f| !f.starts_with("{{multiple issues")), "{dr:?}");
    assert!(names("zh-wikitext/林纳斯·托瓦兹.wikitext").is_empty());
    for (_, en, zh) in xquad_pairs().into_iter().take(40) {
        assert!(crate::rules::run_on_text(r, "p.txt", &en).1.is_empty());
        assert!(crate::rules::run_on_text(r, "p.txt", &zh).1.is_empty());
    }
}

/// The built-in packs' patterns are compiled on first use, not at load: each compiles.
#[test]
fn builtin_patterns_compile() {
    let rules = builtin();
    assert!(rules.len() >= 5);
    for r in &rules {
        assert!(r.regex.get().is_none(), "{}: compiled at load", r.id);
        assert!(r.regex().is_some(), "{}: its pattern does not compile", r.id);
    }
}
