use super::*;

fn doc(name: &str, text: &str) -> (SourceFile, Document) {
    let f = SourceFile {
        name: name.into(),
        text: text.into(),
    };
    let d = parse(&f, None);
    (f, d)
}

/// Every verbatim-copied prose char maps back to the same char in the source.
fn assert_map_consistent(f: &SourceFile, d: &Document) {
    for (p, c) in d.prose.text.char_indices() {
        if d.prose.is_verbatim(p..p + c.len_utf8()) {
            let s = d.prose.to_source(p);
            assert_eq!(f.text[s..].chars().next(), Some(c), "prose byte {p} maps to source {s}");
        }
    }
}

#[test]
fn markdown_links_markers_and_overrun_labels() {
    let t = "**A -\nB**是[阿布哈兹共和国和](https://zh.wikipedia.org/wiki/阿布哈兹共和国 \"wikilink\")[茨欣瓦利](../Page/茨欣瓦利.md \"wikilink\")。\\[1\\]\n\n## 参考资料\n\n1.\n2.  今日俄罗斯\n";
    let (f, d) = doc("a.txt", t);
    assert_eq!(d.format, Format::WikiMarkdown);
    assert_eq!(d.lang, Lang::Zh);
    assert_eq!(d.links.len(), 2);
    assert_eq!(&t[d.links[0].target.clone()], "阿布哈兹共和国");
    assert_eq!(&t[d.links[0].label.clone().unwrap()], "阿布哈兹共和国和");
    assert_eq!(&t[d.links[1].target.clone()], "茨欣瓦利");
    assert_eq!(d.links[1].kind, LinkKind::Internal);
    assert_eq!(d.ref_markers.len(), 1);
    assert_eq!(d.ref_markers[0].number, 1);
    assert!(
        d.prose.text.starts_with("A -\nB是阿布哈兹共和国和茨欣瓦利。"),
        "{}",
        d.prose.text
    );
    assert_eq!(d.reference_lists.len(), 1);
    let items = &d.reference_lists[0].items;
    assert_eq!(items.len(), 2);
    assert!(items[0].body.is_empty());
    assert_eq!(&t[items[1].body.clone()], "今日俄罗斯");
    assert_map_consistent(&f, &d);
}

#[test]
fn wikitext_templates_links_refs() {
    let t = "{{Infobox x\n| title = 顿涅茨克\n| map = \n| mission2 = [[A|A]]\n}}\n'''X'''是[[南奥塞梯|南奥塞梯]]和[[顿涅茨克]]的关系<ref>{{cite web |title=T |publisher= }}</ref>。\n\n==历史==\n文本。\n[[Category:南奧塞梯]]\n";
    let (f, d) = doc("a.txt", t);
    assert_eq!(d.format, Format::Wikitext);
    let names: Vec<&str> = d.templates.iter().map(|x| &t[x.name.clone()]).collect();
    assert_eq!(names, vec!["Infobox x", "cite web"]);
    let info = &d.templates[0];
    let map = info
        .params
        .iter()
        .find(|p| p.name.as_ref().is_some_and(|n| &t[n.clone()] == "map"))
        .unwrap();
    assert!(map.value.is_empty());
    let cite = &d.templates[1];
    assert_eq!(&t[cite.params[0].value.clone()], "T");
    assert!(cite.params[1].value.is_empty());
    assert_eq!(d.refs.len(), 1);
    let piped: Vec<_> = d.links.iter().filter(|l| l.pipe.is_some()).collect();
    assert_eq!(piped.len(), 2, "links: {:?}", d.links);
    assert!(d.links.iter().any(|l| l.kind == LinkKind::Category));
    assert!(
        d.prose.text.contains("X是南奥塞梯和顿涅茨克的关系。"),
        "{}",
        d.prose.text
    );
    assert!(!d.prose.text.contains("cite"));
    assert!(d
        .blocks
        .iter()
        .any(|b| b.kind == BlockKind::Heading { level: 2 } && &t[b.span.clone()] == "==历史=="));
    assert!(d.blocks.iter().any(|b| b.kind == BlockKind::Category));
    assert_map_consistent(&f, &d);
}

#[test]
fn plain_extract_headings_and_markers() {
    let t = "= Title =\n\nFirst sentence.[1] Second one.\n\n==Section==\n- item\n";
    let (f, d) = doc("a.txt", t);
    assert_eq!(d.format, Format::Plain);
    assert_eq!(d.lang, Lang::En);
    let kinds: Vec<&BlockKind> = d.blocks.iter().map(|b| &b.kind).collect();
    assert_eq!(
        kinds,
        vec![
            &BlockKind::Heading { level: 1 },
            &BlockKind::Paragraph,
            &BlockKind::Heading { level: 2 },
            &BlockKind::ListItem { ordered: false }
        ]
    );
    assert_eq!(d.ref_markers.len(), 1);
    let sentences: Vec<&str> = d.sentences.iter().map(|s| &d.prose.text[s.prose.clone()]).collect();
    assert!(sentences.contains(&"First sentence."), "{sentences:?}");
    assert!(sentences.contains(&"Second one."), "{sentences:?}");
    assert_map_consistent(&f, &d);
}

#[test]
fn crlf_and_bom_keep_offsets() {
    let lf = "= T =\n\nOne two.\n";
    let crlf = "\u{feff}= T =\r\n\r\nOne two.\r\n";
    let (_, a) = doc("a.txt", lf);
    let (f, b) = doc("b.txt", crlf);
    assert_eq!(a.prose.text.trim(), b.prose.text.trim());
    let s = b.sentence_source(&b.sentences[1]);
    assert_eq!(&f.text[s], "One two.");
}

#[test]
fn traditional_script_detected() {
    let (_, d) = doc(
        "a.txt",
        "**俄羅斯－南奧塞梯關係**，是指[俄羅斯聯邦](https://zh.wikipedia.org/wiki/俄羅斯聯邦 \"wikilink\")的雙邊關係。",
    );
    assert_eq!(d.script, Script::Traditional);
}

#[test]
fn never_panics_on_broken_markup() {
    let mut texts: Vec<String> = [
        "markup-tests/broken_markup_tests.txt",
        "markup-tests/citeParserTests.txt",
        "markup-tests/zh_language_variant_tests.txt",
        "zh-wikitext/林纳斯·托瓦兹.wikitext",
        "zh-markdown/林纳斯·托瓦兹.md",
    ]
    .iter()
    .map(|p| crate::rules::test_support::corpus(p))
    .collect();
    texts.extend(
        [
            "[[",
            "{{",
            "<ref>",
            "[a](",
            "\\[1",
            "-{",
            "<!--",
            "{|",
            "[[a|[[b]]",
            "}}]]",
            "'''''",
            "1.",
            "= =",
            "==",
        ]
        .map(String::from),
    );
    for text in &texts {
        // every prefix ending on a char boundary, sampled
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let step = (bounds.len() / 300).max(1);
        for &end in bounds.iter().step_by(step) {
            for fmt in [Format::Wikitext, Format::WikiMarkdown, Format::Plain] {
                let f = SourceFile {
                    name: "x".into(),
                    text: text[..end].to_string(),
                };
                let d = parse(&f, Some(fmt));
                for s in &d.sentences {
                    let _ = d.sentence_source(s);
                }
            }
        }
    }
}

/// Every file of the real-world corpus parses whole, in its detected format and in each
/// forced format, with sentence spans that map back into the file.
#[test]
fn never_panics_on_the_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut stack = vec![root];
    let mut n = 0;
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("corpus folder") {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&p) else {
                continue;
            };
            n += 1;
            let f = SourceFile {
                name: p.display().to_string(),
                text,
            };
            for fmt in [
                None,
                Some(Format::Wikitext),
                Some(Format::WikiMarkdown),
                Some(Format::Plain),
            ] {
                let d = parse(&f, fmt);
                for s in &d.sentences {
                    let span = d.sentence_source(s);
                    assert!(f.text.is_char_boundary(span.start) && f.text.is_char_boundary(span.end));
                }
            }
        }
    }
    assert!(n > 100, "read {n} corpus files");
}
