use super::*;
use crate::rules::test_support::{corpus, flagged, run, xquad_pairs};

fn wt(t: &str) -> Vec<String> {
    run(&BrokenMarkup, "t.wikitext", t)
        .into_iter()
        .map(|d| d.message)
        .collect()
}

fn seed(name: &str) -> String {
    std::fs::read_to_string(format!("{}/seeds/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn fires_on_seed_002() {
    let s = seed("002_9012e3ef985a369f.txt");
    let f = flagged(&BrokenMarkup, "002.md", &s);
    assert!(f.iter().any(|f| f == "\\]\\]"), "{f:?}");
    assert!(f.iter().any(|f| f == "{{-}}"), "{f:?}");
}

#[test]
fn wikitext_brackets_and_braces() {
    assert_eq!(
        wt("A [[link without end.\n\nNext paragraph."),
        vec!["`[[` is never closed"]
    );
    assert_eq!(wt("A stray]] here."), vec!["`]]` closes nothing"]);
    // en-wikitext/United-Kingdom.txt lost the `<ref>{{` of a citation:
    // `1980scite web |url=… |work=Statista}}</ref>`
    assert_eq!(
        wt("in the 1980scite web |url=http://x |work=Statista}}</ref> next"),
        vec!["`}}` closes nothing", "`</ref>` closes nothing"]
    );
    assert_eq!(wt("{{Infobox\n| a = b\n\nText."), vec!["`{{` is never closed"]);
    assert_eq!(wt("Text}} more."), vec!["`}}` closes nothing"]);
    assert_eq!(wt("{{a|[[b}} c"), vec!["`[[` is never closed"]);
    assert_eq!(
        wt("x <!-- hidden\n\nall the rest"),
        vec!["`<!--` is never closed: the rest of the page is hidden"]
    );
    assert_eq!(
        wt("A<ref>{{cite web|title=x}} more text\n\nB<ref name=a/>."),
        vec!["`<ref>` is never closed: the text after it disappears into the citation"]
    );
    assert_eq!(wt("<div>a\n\n<small>b</small>"), vec!["`<div>` is never closed"]);
    assert_eq!(wt("a</center>"), vec!["`</center>` closes nothing"]);
    assert_eq!(wt("<math>x^2"), vec!["`<math>` is never closed"]);
}

#[test]
fn quiet_on_well_formed_wikitext() {
    for t in [
        "[[a|b]] {{t|x=[[c]]|y={{d}}}} {{{1|default}}} {{ {{x}} }}",
        "{|\n|-\n| {{a}}\n|}\n{{b|\n{|\n| x\n|}}}",
        "-{zh-cn:软件; zh-tw:軟體}- -{H|zh-cn:a;zh-tw:b}-",
        "<nowiki>[[</nowiki> <pre>{{</pre> <math>\\frac{1}{2}}}</math> <!-- ]] --> <nowiki/>",
        "<ref name=x>a</ref> <ref name=y/> <references/> <br> <br/> <p>a",
        "[[File:X.jpg|thumb|A [http://x.org caption]]]",
        "<div class=\"x\">\n\nparagraphs\n\n</div>",
    ] {
        assert!(wt(t).is_empty(), "{t}: {:?}", wt(t));
    }
}

#[test]
fn converted_leftovers() {
    let md = "他訪-{}-問中國。<ref name=knu>\n\n文字 \\]\\] 與 {{-}}\n\n<!-- end list -->\n";
    let f = flagged(&BrokenMarkup, "t.md", md);
    assert_eq!(f, vec!["-{}-", "<ref name=knu>", "\\]\\]", "{{-}}"]);
    // wikipairs/zh/Nobel_Prize.zh.md: 「居-{里一家」, never closed
    assert_eq!(flagged(&BrokenMarkup, "t.md", "居-{里一家\n\n玛丽·居里}-"), vec!["-{"]);
    // TeX fallbacks in plain extracts are not templates
    assert!(flagged(&BrokenMarkup, "t.md", "## 說明\n\nleaked `-{}-` and `<ref name=knu>`\n").is_empty());
    let plain = "= T =\n\nThe set {\\displaystyle \\mathbb {N} }} of naturals.\n";
    assert!(flagged(&BrokenMarkup, "t.txt", plain).is_empty());
}

#[test]
fn real_defects_in_corpus() {
    // zh-markdown/高德纳.md: leaked `-{}-`, `-{zh-hans:…}-`, `<ref name=knu>`, `</ref>`, `{{-}}`;
    // zh-markdown/阿波罗11号.md: a stray `\]\]` after an image, `-{zh-cn:…}-` in a label;
    // wikipairs/en/China.en.txt: image captions ending in `]]`.
    let f = flagged(&BrokenMarkup, "x.md", &corpus("zh-markdown/高德纳.md"));
    for want in ["-{}-", "<ref name=knu>", "</ref>", "{{-}}"] {
        assert!(f.iter().any(|f| f == want), "{want}: {f:?}");
    }
    let f = flagged(&BrokenMarkup, "x.md", &corpus("zh-markdown/阿波罗11号.md"));
    assert!(f.iter().any(|f| f == "\\]\\]"), "{f:?}");
    assert!(f.iter().any(|f| f.starts_with("-{zh-cn:静海基地;")), "{f:?}");
    let f = flagged(&BrokenMarkup, "x.wikitext", &corpus("en-wikitext/United-Kingdom.txt"));
    assert_eq!(f, vec!["}}", "</ref>"]);
    // en-wikitext/Irina-Saratovtseva.txt: `[http://… List of Kazakhstan matches]] in …`
    let f = flagged(
        &BrokenMarkup,
        "x.wikitext",
        &corpus("en-wikitext/Irina-Saratovtseva.txt"),
    );
    assert_eq!(f, vec!["]]"]);
    let f = flagged(&BrokenMarkup, "x.txt", &corpus("wikipairs/en/China.en.txt"));
    assert!(f.iter().filter(|f| *f == "]]").count() >= 5, "{f:?}");
}

#[test]
fn quiet_on_clean_corpus() {
    for name in [
        "zh-wikitext/林纳斯·托瓦兹.wikitext",
        "en-wikitext/anarchism.txt",
        "en-wikitext/toronto.txt",
        "en-wikitext/Bodmin.txt",
        "en-wikitext/Mozilla-Firefox.txt",
        "zh-variants/quantum_mechanics.zh.wikitext",
    ] {
        let text = corpus(name);
        let f = flagged(&BrokenMarkup, name, &text);
        assert!(f.is_empty(), "{name}: {f:?}");
    }
    for (_, en, zh) in xquad_pairs() {
        assert!(flagged(&BrokenMarkup, "p.txt", &en).is_empty());
        assert!(flagged(&BrokenMarkup, "p.txt", &zh).is_empty());
    }
}

#[test]
fn fix_relints_clean() {
    let md = "文字\n{{-}}\n更多 \\]\\] 文字\n";
    let d = run(&BrokenMarkup, "t.md", md);
    let edits: Vec<_> = d.iter().flat_map(|d| d.fix.clone().unwrap().edits).collect();
    let fixed = crate::diagnostic::apply_edits(md, &edits);
    assert_eq!(fixed, "文字\n更多  文字\n");
    assert!(run(&BrokenMarkup, "t.md", &fixed).is_empty());
}

#[test]
fn never_panics_on_broken_markup_tests() {
    // markup-tests/broken_markup_tests.txt: MediaWiki's parser tests of broken markup.
    let text = corpus("markup-tests/broken_markup_tests.txt");
    for chunk in text.split("!! wikitext\n").skip(1) {
        let wikitext = chunk.split("\n!! ").next().unwrap_or("");
        let _ = run(&BrokenMarkup, "t.wikitext", wikitext);
        let _ = run(&BrokenMarkup, "t.md", wikitext);
    }
}
