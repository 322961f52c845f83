//! Snapshot tests (insta) of the rendered human output on the seed articles.

use super::common::*;

fn human(args: &[&str]) -> String {
    let o = bin()
        .args(args)
        .args(["--color", "never"])
        .output()
        .expect("run parallax");
    String::from_utf8(o.stdout).expect("utf-8")
}

#[test]
fn seed_000_zh_markdown() {
    insta::assert_snapshot!(human(&["check", "seeds/000_9fb3881375abaa5a.txt"]));
}

#[test]
fn seed_001_en_plain() {
    insta::assert_snapshot!(human(&["check", "seeds/001_bd4c6c1f7a1c1659.txt"]));
}

#[test]
fn seed_002_zh_hant_markdown() {
    insta::assert_snapshot!(human(&["check", "seeds/002_9012e3ef985a369f.txt"]));
}

#[test]
fn seed_003_zh_wikitext() {
    insta::assert_snapshot!(human(&["check", "seeds/003_981c4c21a77e9e1d.txt"]));
}
