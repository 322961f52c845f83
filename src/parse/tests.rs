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

/// `-{…}-` is read wherever it stands: after text and hyphens, after other markup, next to a
/// template, inside a link's label; a hyphen or a brace alone opens nothing, nor does the `-`
/// that closes a variant.
#[test]
fn variants_among_hyphens_and_braces() {
    let t = "{{Infobox|a=1}}\n'''甲'''是well-known -{乙}-地方--{丙}-，{{t}}-{丁}-与[[戊|-{己}-]]。-{子}-{丑}-。-{H|zh-hans:庚;zh-hant:辛}- x-{ {壬} -{癸\n";
    let (f, d) = doc("a.wikitext", t);
    assert_eq!(d.format, Format::Wikitext);
    let read: Vec<&str> = d.variants.iter().map(|v| &t[v.clone()]).collect();
    assert_eq!(
        read,
        [
            "-{乙}-",
            "-{丙}-",
            "-{丁}-",
            "-{己}-",
            "-{子}-",
            "-{H|zh-hans:庚;zh-hant:辛}-"
        ],
        "{:?}",
        d.prose.text
    );
    assert!(
        d.prose
            .text
            .contains("甲是well-known 乙地方-丙，丁与己。子{丑}-。 x-{ {壬} -{癸"),
        "{}",
        d.prose.text
    );
    assert_map_consistent(&f, &d);
}

/// A wikitext line runs on over a template, a comment or a reference that spans line ends:
/// the `*` inside them starts no list item, and what follows them is the same item's.
#[test]
fn a_line_runs_on_over_what_spans_line_ends() {
    let t = "== H ==\n* one {{t|a\n* b}} and <!-- x\n* y --> and <ref>r\n* z</ref> end\n* two\n\nText.\n";
    let (f, d) = doc("a.wikitext", t);
    let items: Vec<&str> = d
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::ListItem { .. }))
        .map(|b| f.text[b.span.clone()].trim_end())
        .collect();
    assert_eq!(items.len(), 2, "{items:?}");
    assert!(items[0].starts_with("* one") && items[0].ends_with("end"), "{items:?}");
    assert_eq!(items[1], "* two");
    assert_eq!(d.comments.len(), 1);
    assert_eq!(d.refs.len(), 1);
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

// ---- hostile input: deep nesting, unclosed openers, and the indexes that replace rescans ----

const FORMATS: [Option<Format>; 4] = [
    None,
    Some(Format::Wikitext),
    Some(Format::WikiMarkdown),
    Some(Format::Plain),
];

/// Every span a document holds lies on char boundaries of the file.
fn assert_spans_on_boundaries(f: &SourceFile, d: &Document) {
    let t = &f.text;
    let ok =
        |s: &Span| s.start <= s.end && s.end <= t.len() && t.is_char_boundary(s.start) && t.is_char_boundary(s.end);
    for b in &d.blocks {
        assert!(ok(&b.span), "block {:?}", b.span);
    }
    for l in &d.links {
        assert!(ok(&l.span) && ok(&l.target), "link {:?}", l.span);
        assert!(l.label.as_ref().is_none_or(ok));
    }
    for x in &d.templates {
        assert!(ok(&x.span) && ok(&x.name));
        for p in &x.params {
            assert!(ok(&p.span) && ok(&p.value) && p.name.as_ref().is_none_or(ok));
        }
    }
    for r in &d.refs {
        assert!(ok(&r.span) && r.body.as_ref().is_none_or(ok));
    }
    for s in d
        .comments
        .iter()
        .chain(&d.variants)
        .chain(d.ref_markers.iter().map(|m| &m.span))
    {
        assert!(ok(s));
    }
    for s in &d.sentences {
        assert!(ok(&d.sentence_source(s)));
    }
}

fn parse_all_formats(name: &str, text: &str) -> Vec<Document> {
    let f = SourceFile {
        name: name.into(),
        text: text.into(),
    };
    FORMATS
        .iter()
        .map(|&fmt| {
            let d = parse(&f, fmt);
            assert_spans_on_boundaries(&f, &d);
            d
        })
        .collect()
}

fn nested(open: &str, middle: &str, close: &str, n: usize) -> String {
    let mut s = open.repeat(n);
    s.push_str(middle);
    s.push_str(&close.repeat(n));
    s
}

/// The inputs that used to overflow the stack (each 5000 deep), in every format. The test
/// runs on a test thread's small stack, so recursion on depth would show here.
#[test]
fn deep_nesting_does_not_overflow() {
    let cases = [
        nested("[[a|", "b", "]]", 5000),
        nested("{{a|", "b", "}}", 5000),
        nested("[", "a", "](https://zh.wikipedia.org/wiki/X \"wikilink\")", 5000),
        nested("<ref>", "a", "</ref>", 5000),
        nested("-{", "a", "}-", 5000),
        nested("[[File:x.jpg|", "a", "]]", 5000),
        nested("[http://x.org ", "a", "]", 5000),
        nested("{{a|b=", "中", "}}", 5000),
        nested("-{A|", "中", "}-", 5000),
    ];
    for text in &cases {
        for name in ["a.wikitext", "a.md", "a.txt"] {
            parse_all_formats(name, text);
        }
    }
    // the nested wikitext link keeps all its links and labels
    let d = &parse_all_formats("a.wikitext", &cases[0])[1];
    assert_eq!(d.links.len(), 5000);
    assert!(d.links.iter().all(|l| l.pipe.is_some()));
    let d = &parse_all_formats("a.wikitext", &cases[1])[1];
    assert_eq!(d.templates.len(), 5000);
    assert!(d.templates.iter().all(|t| t.params.len() == 1));
    let d = &parse_all_formats("a.md", &cases[2])[2];
    assert_eq!(d.links.len(), 5000);
}

/// Nested links and templates read as before: labels in order in the prose, links recorded
/// outermost first, external links after their labels' links.
#[test]
fn nesting_order_is_kept() {
    let t = "[[a|x [[b|y]] z]] [http://e.org w -{c}- v] {{t|p={{u|q}}|r}} [[File:f.png|thumb|[[d]]]]";
    let (f, d) = doc("a.wikitext", t);
    assert_eq!(d.format, Format::Wikitext);
    let links: Vec<&str> = d.links.iter().map(|l| &t[l.target.clone()]).collect();
    assert_eq!(links, vec!["a", "b", "http://e.org", "File:f.png", "d"]);
    assert!(d.prose.text.contains("x y z w c v"), "{}", d.prose.text);
    let names: Vec<&str> = d.templates.iter().map(|x| &t[x.name.clone()]).collect();
    assert_eq!(names, vec!["t", "u"]);
    let p: Vec<(Option<&str>, &str)> = d.templates[0]
        .params
        .iter()
        .map(|p| (p.name.clone().map(|n| &t[n]), &t[p.value.clone()]))
        .collect();
    assert_eq!(p, vec![(Some("p"), "{{u|q}}"), (None, "r")]);
    assert_map_consistent(&f, &d);
}

/// Small deterministic pseudo-random markup strings over the bytes that matter.
fn markup_samples() -> Vec<String> {
    samples(&[
        "{", "}", "[", "]", "|", "=", "a", " ", "\n", "<", "\\", "中", "{{", "}}", "[[", "]]",
    ])
}

fn samples(alphabet: &[&str]) -> Vec<String> {
    let mut numbers = crate::TestNumbers::new(0x2545_f491);
    let mut out = Vec::new();
    for len in [1usize, 2, 3, 5, 8, 13, 21, 34, 60] {
        for _ in 0..60 {
            let mut s = String::new();
            for _ in 0..len {
                s.push_str(alphabet[numbers.below(alphabet.len() as u64) as usize]);
            }
            out.push(s);
        }
    }
    out
}

/// The bracket index answers exactly what the scan it replaces answers, from every start.
#[test]
fn nesting_index_matches_find_balanced() {
    for s in markup_samples() {
        for (open, close) in [("{{", "}}"), ("[[", "]]"), ("{", "}"), ("[", "]")] {
            let n = index::Nesting::new(&s, open, close);
            for from in 0..=s.len() {
                assert_eq!(
                    n.find(&s, from),
                    find_balanced(&s, from, open, close),
                    "{s:?} from {from} ({open})"
                );
            }
        }
    }
}

/// Template bars, link pipes and parameter names from the index equal the direct scans, and
/// the markdown label index equals the label scan.
#[test]
fn wiki_index_matches_scans() {
    for s in markup_samples() {
        let ix = index::WikiIndex::new(&s);
        let labels = index::LabelIndex::new(&s);
        each_template_and_link(
            &s,
            |inner| {
                if let Some(bars) = ix.template_bars(&s, inner.clone()) {
                    assert_eq!(bars, wikitext::top_level_bars(&s, inner), "{s:?}");
                }
            },
            |inner| {
                if let Some(bar) = ix.link_bar(&s, inner.clone()) {
                    assert_eq!(bar, wikitext::top_level_bars(&s, inner).first().copied(), "{s:?}");
                }
            },
        );
        for i in 0..s.len() {
            if s.as_bytes()[i] == b'[' {
                for limit in i..=s.len() {
                    if let Some(c) = labels.close(i) {
                        assert_eq!(
                            c.filter(|&c| c < limit),
                            markdown::label_end(s.as_bytes(), i, limit),
                            "{s:?} at {i} to {limit}"
                        );
                    }
                }
            }
            for e in i..=s.len() {
                if s.is_char_boundary(i) && s.is_char_boundary(e) {
                    if let Some(eq) = ix.first_eq(&s, i..e) {
                        assert_eq!(eq, wikitext::first_top_level_eq(&s, i..e), "{s:?} {i}..{e}");
                    }
                }
            }
        }
    }
}

/// The direct scans read no further than a window decide only what the whole scan decides:
/// the first `|` and the first `=` of every range, for every window.
#[test]
fn windowed_scans_answer_as_whole_scans() {
    for s in markup_samples() {
        for i in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
            for e in (i..=s.len()).filter(|&e| s.is_char_boundary(e)) {
                let eq = wikitext::first_top_level_eq(&s, i..e);
                let bars = wikitext::top_level_bars(&s, i..e);
                for window in 0..=e - i {
                    if let Some(w) = wikitext::eq_within(&s, i..e, window) {
                        assert_eq!(w, eq, "{s:?} {i}..{e} in {window}");
                    }
                    let mut first = None;
                    let decided = wikitext::bars_within(&s, i..e, window, |p| {
                        first = Some(p);
                        true
                    });
                    if decided {
                        assert_eq!(first, bars.first().copied(), "{s:?} {i}..{e} in {window}");
                    }
                }
                assert!(wikitext::eq_within(&s, i..e, e - i).is_some());
                assert!(wikitext::bars_within(&s, i..e, e - i, |_| false));
            }
        }
    }
}

/// Templates and links longer than the direct scans' windows, divided through the windows,
/// then the index, then the whole scan, as the whole scan divides them: every template's `|`s
/// and each parameter's `=`, and every link's first `|`.
#[test]
fn long_templates_and_links_are_divided_as_the_whole_scan_divides_them() {
    // (nested markup without a top-level `|` or `=`, past the windows of the direct scans)
    let fill = "w [[y|z]] {{x|q}} ".repeat(5);
    for a in markup_samples() {
        let s = format!("{{{{t|{fill}{a}|p={a}{a}|{a}}}}} [[{fill}{a}|l]] {{{{u|{a}}}}} [[{a}{a}]]");
        let ix = index::WikiIndex::new(&s);
        each_template_and_link(
            &s,
            |inner| {
                let t = wikitext::template(&s, inner.start - 2..inner.end + 2, &ix);
                let bars = wikitext::top_level_bars(&s, inner.clone());
                assert_eq!(t.params.len(), bars.len(), "{s:?} {inner:?}");
                for (k, p) in t.params.iter().enumerate() {
                    let part = bars[k] + 1..bars.get(k + 1).copied().unwrap_or(inner.end);
                    assert_eq!(p.span, part, "{s:?} {inner:?}");
                    match wikitext::first_top_level_eq(&s, part.clone()) {
                        Some(e) => {
                            let name = p.name.clone();
                            assert!(
                                name.is_some_and(|n| n.start >= part.start && n.end <= e),
                                "{s:?} {part:?}"
                            );
                            assert!(p.value.start > e, "{s:?} {part:?}");
                        }
                        None => assert!(p.name.is_none(), "{s:?} {part:?}"),
                    }
                }
            },
            |inner| {
                assert_eq!(
                    wikitext::first_bar(&s, inner.clone(), &ix),
                    wikitext::top_level_bars(&s, inner.clone()).first().copied(),
                    "{s:?} {inner:?}"
                );
            },
        );
    }
}

/// The inside of every `{{ }}` and every `[[ ]]` of `s` (from just after the opening to the
/// balancing close, as `find_balanced` reads them from each opening), to `template` and `link`.
fn each_template_and_link(s: &str, mut template: impl FnMut(crate::Span), mut link: impl FnMut(crate::Span)) {
    let braces = index::Nesting::new(s, "{{", "}}");
    let squares = index::Nesting::new(s, "[[", "]]");
    for i in 0..s.len() {
        let at = &s.as_bytes()[i..];
        if at.starts_with(b"{{") {
            if let Some(c) = braces.find(s, i + 2) {
                template(i + 2..c);
            }
        }
        if at.starts_with(b"[[") {
            if let Some(c) = squares.find(s, i + 2) {
                link(i + 2..c);
            }
        }
    }
}

/// Markdown link targets from the index equal the direct scan, for every start and limit.
#[test]
fn target_index_matches_scan() {
    for s in samples(&["(", ")", " \"", "\"", " ", "\n", "a", "中", "]("]) {
        let ix = index::TargetIndex::new(&s);
        for t0 in 0..=s.len() {
            for limit in (t0..=s.len()).filter(|&l| s.is_char_boundary(l)) {
                let mut quote = index::Finder::new("\"");
                assert_eq!(
                    ix.target(&s, t0, limit, &mut quote),
                    markdown::target_scan(&s, t0, limit),
                    "{s:?} {t0}..{limit}"
                );
            }
        }
    }
}

#[test]
fn finder_matches_find() {
    let hay = "ab-->cd--->e-->";
    let mut f = index::Finder::new("-->");
    for q in (0..=hay.len()).chain((0..=hay.len()).rev()) {
        assert_eq!(f.next(hay, q), hay[q..].find("-->").map(|e| q + e), "from {q}");
    }
    // (a needle of one byte, and one that starts or ends the text, past the first 16 bytes)
    let hay = format!("{}\n{}-->", "x".repeat(40), "y".repeat(30));
    for needle in ["\n", "-->", "x", "y-", "z"] {
        let mut f = index::Finder::new(needle);
        for q in (0..=hay.len() + 2).chain((0..=hay.len()).rev()) {
            let expected = hay.get(q..).and_then(|h| h.find(needle)).map(|e| q + e);
            assert_eq!(f.next(&hay, q), expected, "{needle:?} from {q}");
        }
    }
}

/// A set of bytes finds, from every start, the byte a scan of one byte at a time finds: in
/// the first bytes, read one by one, in the blocks of sixteen after them, and in the rest.
#[test]
fn byte_set_finds_what_a_byte_by_byte_scan_finds() {
    const SET: index::ByteSet<3> = index::ByteSet::of(b"{|<");
    let plain = |s: &[u8], from: usize| s.get(from..)?.iter().position(|b| b"{|<".contains(b)).map(|k| from + k);
    for len in [0usize, 1, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 40, 47, 48, 64, 100] {
        for at in [
            None,
            Some(0),
            Some(7),
            Some(8),
            Some(15),
            Some(16),
            Some(23),
            Some(24),
            Some(39),
            Some(40),
            Some(len.saturating_sub(1)),
        ] {
            let mut s = vec![b'a'; len];
            // (bytes outside ASCII too, and the set's bytes' neighbours)
            for (k, b) in s.iter_mut().enumerate() {
                *b = [b'a', b'z', b'=', b'}', 0xE4, b';'][k % 6];
            }
            for (k, mark) in at.into_iter().chain(at.map(|a| a + 19)).enumerate() {
                if let Some(b) = s.get_mut(mark) {
                    *b = [b'<', b'{', b'|'][k % 3];
                }
            }
            for from in 0..=len + 1 {
                assert_eq!(
                    SET.next(&s, from),
                    plain(&s, from),
                    "len {len}, marks {at:?}, from {from}"
                );
            }
        }
    }
}

/// Hostile shapes: the bytes the parsers search grow in proportion to the input (a
/// quadrupled input may cost at most about four times the work; a rescan per opener would
/// cost sixteen).
#[test]
fn search_work_grows_linearly() {
    type Shape = (&'static str, fn(usize) -> String);
    let shapes: Vec<Shape> = vec![
        ("unclosed {{", |n| "a {{b ".repeat(n)),
        ("unclosed [[", |n| "a [[b ".repeat(n)),
        ("unclosed <ref>", |n| "a<ref>b ".repeat(n)),
        ("unclosed -{", |n| "a -{b ".repeat(n)),
        ("unclosed <!--", |n| "a <!--b ".repeat(n)),
        ("<b without >", |n| "a <b c ".repeat(n)),
        ("[http without ]", |n| "a [http://x b ".repeat(n)),
        ("unclosed [ label", |n| "a [b ".repeat(n)),
        ("unclosed ( target", |n| "a [b](c ".repeat(n)),
        ("unclosed title", |n| "a [b](c \"d ".repeat(n)),
        ("nested [[a|", |n| nested("[[a|", "b", "]]", n)),
        ("nested {{a|", |n| nested("{{a|", "b=c", "}}", n)),
        ("nested [ label", |n| nested("[", "a", "](u)", n)),
        ("nested <ref>", |n| nested("<ref>", "a", "</ref>", n)),
        ("nested -{", |n| nested("-{", "a", "}-", n)),
        ("magic words", |n| "__A ".repeat(n)),
        ("skip tags", |n| "<math>x ".repeat(n)),
    ];
    for (name, shape) in shapes {
        let work = |n: usize| {
            let text = shape(n);
            crate::budget::WORK.with(|w| w.set(0));
            for fmt in [Format::Wikitext, Format::WikiMarkdown, Format::Plain] {
                let f = SourceFile {
                    name: "x".into(),
                    text: text.clone(),
                };
                parse(&f, Some(fmt));
            }
            crate::budget::WORK.with(|w| w.get()) + text.len() as u64
        };
        let (small, large) = (work(2000), work(8000));
        assert!(large <= 5 * small, "{name}: work {small} for 2000, {large} for 8000");
    }
}
