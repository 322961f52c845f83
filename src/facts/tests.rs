//! Properties of extraction on the seeds and the xquad corpus.

use super::test_support::{facts_of, seed, values};
use super::*;
use crate::rules::test_support::xquad_pairs;

fn date_values(name: &str, text: &str) -> Vec<String> {
    values(name, text, FactKind::Date).into_iter().map(|(_, v)| v).collect()
}

#[test]
fn seed_pair_dates_agree() {
    let zh = date_values("000.md", &seed("000_"));
    let en = date_values("001.txt", &seed("001_"));
    println!("zh dates: {zh:?}\nen dates: {en:?}");
    assert_eq!(zh.len(), 18, "{zh:?}");
    assert_eq!(en.len(), 18, "{en:?}");
    assert_eq!(zh, en);
}

#[test]
fn inferred_years_name_their_source() {
    let text = seed("000_");
    let facts = facts_of("000.md", &text);
    let inferred: Vec<_> = facts.iter().filter(|f| f.inferred_year).collect();
    assert!(!inferred.is_empty());
    for f in inferred {
        let from = f.year_from.clone().expect("year_from");
        assert!(from.end <= f.span.start, "{f:?}");
        assert!(text[from].contains("年"));
    }
}

#[test]
fn traditional_seed_numbers() {
    let nums: Vec<(String, Option<String>)> = facts_of("002.md", &seed("002_"))
        .into_iter()
        .filter_map(|f| match f.value {
            FactValue::Number { value, unit } => Some((format_number(value), unit)),
            _ => None,
        })
        .collect();
    let texts: Vec<String> = facts_of("002.md", &seed("002_")).into_iter().map(|f| f.text).collect();
    assert!(texts.contains(&"28億".to_string()), "{texts:?}");
    for want in [
        ("2800000000", Some("ruble")),
        ("8500000000", Some("ruble")),
        ("3700", Some("person")),
    ] {
        let want = (want.0.to_string(), want.1.map(str::to_string));
        assert!(nums.contains(&want), "{want:?} not in {nums:?}");
    }
}

#[test]
fn traditional_and_wikitext_seed_dates() {
    let d2 = date_values("002.md", &seed("002_"));
    for want in [
        "2008-08-21",
        "2008-08-25",
        "2008-08-26",
        "2008-08-29",
        "2009",
        "2008-09",
        "2008-11",
        "2009-06",
        "2009-08",
    ] {
        assert!(d2.contains(&want.to_string()), "{want} not in {d2:?}");
    }
    let d3 = date_values("003.wiki", &seed("003_"));
    for want in [
        "2014",
        "2014-04",
        "2014-06-27",
        "2015-05-13",
        "2014-06-21",
        "2016-06-22",
    ] {
        assert!(d3.contains(&want.to_string()), "{want} not in {d3:?}");
    }
}

#[test]
fn traditional_facts_equal_simplified() {
    let t = "2008年，俄羅斯撥出28億盧布，派遣3700名軍人到茨欣瓦利。\n";
    let s = "2008年，俄罗斯拨出28亿卢布，派遣3700名军人到茨欣瓦利。\n";
    let v = |x: &str| {
        facts_of("a.md", x)
            .into_iter()
            .map(|f| (f.kind, f.value))
            .collect::<Vec<_>>()
    };
    assert_eq!(v(t), v(s));
}

/// Share of xquad pairs whose zh and en sides give the same multiset of values of `kind`.
fn xquad_agreement(kind: FactKind) -> (usize, usize) {
    let pairs = xquad_pairs();
    let mut agree = 0;
    for (_, en, zh) in &pairs {
        let mut a = values("en.txt", &format!("{en}\n"), kind)
            .into_iter()
            .map(|(_, v)| v)
            .collect::<Vec<_>>();
        let mut b = values("zh.txt", &format!("{zh}\n"), kind)
            .into_iter()
            .map(|(_, v)| v)
            .collect::<Vec<_>>();
        a.sort();
        b.sort();
        if a == b {
            agree += 1;
        }
    }
    (agree, pairs.len())
}

#[test]
fn xquad_dates_and_numbers_agree() {
    let (d, n) = xquad_agreement(FactKind::Date);
    let (m, _) = xquad_agreement(FactKind::Number);
    let pairs = xquad_pairs();
    let mut both = 0;
    for (_, en, zh) in &pairs {
        let f = |name: &str, t: &str| {
            let mut v: Vec<(FactKind, String)> = facts_of(name, &format!("{t}\n"))
                .into_iter()
                .filter(|f| f.kind != FactKind::Name)
                .map(|f| (f.kind, f.value.display()))
                .collect();
            v.sort();
            v
        };
        if f("en.txt", en) == f("zh.txt", zh) {
            both += 1;
        }
    }
    println!(
        "xquad agreement: dates {d}/{n} ({:.1}%), numbers {m}/{n} ({:.1}%), both {both}/{n} ({:.1}%)",
        100.0 * d as f64 / n as f64,
        100.0 * m as f64 / n as f64,
        100.0 * both as f64 / n as f64
    );
    assert_eq!(n, 240);
    assert!(d * 1000 >= n * 850, "dates agree in {d}/{n} (measured 212/240)");
    assert!(m * 1000 >= n * 620, "numbers agree in {m}/{n} (measured 159/240)");
}

#[test]
fn never_panics_on_odd_input() {
    for t in [
        "",
        "年",
        "月日",
        "2005年",
        "第",
        "百分之",
        "·",
        "a·b",
        "[[·]]",
        "9月",
        "19–",
        "Sept.",
        "$",
        "½",
        "1,",
        "二〇〇",
        "\u{feff}1",
        "１２３４年１３月",
        "第一百分之",
        "2005年9月19日至",
        "£",
        "1,00",
        "½½",
        "......",
        "Mr.",
        "A. B. C.",
        "''",
        "·巴",
        "巴·",
        "北京·",
        "9999999999999999999999年",
        "十万亿亿亿亿亿亿亿亿",
        "(1999–",
        "（２０００－",
        "in 2008, ",
        "December December December",
        "𠀀𠀁·𠀂",
        "é́́",
        "1.2.3.4",
        "$$$5bn",
    ] {
        let _ = facts_of("x.md", t);
        let _ = facts_of("x.txt", t);
    }
}

/// Print the xquad pairs whose values disagree (`cargo test xquad_report -- --ignored --nocapture`).
#[test]
#[ignore]
fn xquad_report() {
    for kind in [FactKind::Date, FactKind::Number] {
        for (i, (_, en, zh)) in xquad_pairs().iter().enumerate() {
            let mut a = values("en.txt", &format!("{en}\n"), kind);
            let mut b = values("zh.txt", &format!("{zh}\n"), kind);
            a.sort_by(|x, y| x.1.cmp(&y.1));
            b.sort_by(|x, y| x.1.cmp(&y.1));
            let av: Vec<_> = a.iter().map(|x| &x.1).collect();
            let bv: Vec<_> = b.iter().map(|x| &x.1).collect();
            if av != bv {
                println!("#{i} {kind:?}\n  en {a:?}\n  zh {b:?}");
            }
        }
    }
}

/// Extraction never panics on real articles, and every span is a valid char range whose
/// source text is the fact's text.
/// The files of `dir`, by name (none when it cannot be read).
fn sorted_paths(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
}

#[test]
fn corpus_sweep_spans_are_sound() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files = Vec::new();
    for dir in [
        "zh-markdown",
        "zh-wikitext",
        "zh-variants",
        "wikipairs/zh",
        "wikipairs/en",
    ] {
        files.extend(
            sorted_paths(&root.join(dir))
                .into_iter()
                .filter(|p| p.extension().is_some_and(|e| e != "md" || dir != "wikipairs/en"))
                .take(6),
        );
    }
    assert!(!files.is_empty(), "corpus files under {}", root.display());
    // the parser's own panics are its tests' business (parse first, quietly); extraction
    // must never panic
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut docs = Vec::new();
    for p in &files {
        let Ok(text) = std::fs::read_to_string(p) else { continue };
        if p.file_name().is_some_and(|n| n == "SOURCES.md" || n == "README.md") {
            continue;
        }
        let source = crate::source::SourceFile {
            name: p.display().to_string(),
            text,
        };
        if let Ok(doc) = std::panic::catch_unwind(|| crate::parse::parse(&source, None)) {
            docs.push((source, doc));
        }
    }
    std::panic::set_hook(quiet);
    assert!(!docs.is_empty());
    for (source, doc) in &docs {
        let text = &source.text;
        for f in extract(doc, text) {
            assert!(f.span.start <= f.span.end && f.span.end <= text.len(), "{f:?}");
            assert!(
                text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end),
                "{f:?}"
            );
            assert_eq!(text[f.span.clone()], f.text, "{}", source.name);
            assert!(f.sentence < doc.sentences.len().max(1));
        }
    }
}

/// zh interpunct names (transliterations) in xquad that find an en name of the same paragraph
/// above the match threshold.
#[test]
fn xquad_transliterated_names_find_partners() {
    use super::translit::{name_similarity, MATCH_THRESHOLD};
    let (mut found, mut total) = (0, 0);
    for (_, en, zh) in xquad_pairs() {
        let en_names: Vec<String> = facts_of("en.txt", &format!("{en}\n"))
            .into_iter()
            .filter(|f| f.kind == FactKind::Name)
            .map(|f| f.text)
            .collect();
        for f in facts_of("zh.txt", &format!("{zh}\n")) {
            if f.kind != FactKind::Name || !f.text.contains('·') {
                continue;
            }
            total += 1;
            if en_names.iter().any(|e| name_similarity(&f.text, e) >= MATCH_THRESHOLD) {
                found += 1;
            }
        }
    }
    println!("xquad interpunct names with an en partner: {found}/{total}");
    assert!(total > 50);
    assert!(found * 100 >= total * 80, "{found}/{total} (measured 180/211)");
}

#[test]
fn listed_days_share_the_month() {
    // found in wikipairs/Shanghai: both articles list two days of one month
    assert_eq!(
        date_values("a.txt", "Extremes ranged up to on 6 and 8 August 2013.\n"),
        ["2013-08-06", "2013-08-08"]
    );
    assert_eq!(
        date_values("a.txt", "The fair ran on 6, 7 and 8 May 1999.\n"),
        ["1999-05-06", "1999-05-07", "1999-05-08"]
    );
    assert_eq!(
        date_values("a.txt", "极端最高气温39.9℃（2013年8月6日、8日），极端最低气温。\n"),
        ["2013-08-06", "2013-08-08"]
    );
    // a count before a date is not a day of it
    assert_eq!(
        date_values("a.txt", "He scored 45 and 12 May 1999 was his day.\n"),
        ["1999-05-12"]
    );
}

#[test]
fn facts_are_sorted_by_sentence() {
    // align::facts_in relies on it (binary search)
    for (name, prefix) in [("000.md", "000_"), ("001.txt", "001_"), ("003.wiki", "003_")] {
        let facts = facts_of(name, &seed(prefix));
        assert!(facts.windows(2).all(|w| w[0].sentence <= w[1].sentence), "{name}");
    }
}

/// `open` × n, `middle`, `close` × n.
fn nested(open: &str, middle: &str, close: &str, n: usize) -> String {
    format!("{}{middle}{}", open.repeat(n), close.repeat(n))
}

/// Extraction reads each byte of the input a bounded number of times, whatever its shape:
/// nested links and templates have labels and values that hold each other, and a one-line
/// list is one long sentence.
#[test]
fn extraction_work_grows_linearly() {
    type Shape = (&'static str, &'static str, fn(usize) -> String);
    let shapes: Vec<Shape> = vec![
        ("nested [[a|", "x.wikitext", |n| nested("[[a|", "b", "]]", n)),
        ("nested [[a", "x.wikitext", |n| nested("[[a ", "b", "]]", n)),
        ("nested {{cite|date=", "x.wikitext", |n| {
            nested("{{cite web|date=", "b", "}}", n)
        }),
        ("nested {{a|1=", "x.wikitext", |n| {
            nested("{{a|1=", "2000-01-01", "}}", n)
        }),
        ("nested [label](Page)", "x.md", |n| {
            nested("[", "a", "](../Page/A.md)", n)
        }),
        ("one-line names (en)", "x.txt", |n| "John Smith, ".repeat(n)),
        ("one-line names (zh)", "x.txt", |n| "约翰·史密斯，".repeat(n)),
        ("dated sentences", "x.txt", |n| {
            "He was born on 5 March 1964. ".repeat(n)
        }),
        ("zh dates", "x.txt", |n| "2000年1月1日，".repeat(n)),
    ];
    for (name, file, shape) in shapes {
        let work = |n: usize| {
            let text = shape(n);
            crate::budget::WORK.with(|w| w.set(0));
            facts_of(file, &text);
            crate::budget::WORK.with(|w| w.get()) + text.len() as u64
        };
        let (small, large) = (work(500), work(2000));
        assert!(large <= 5 * small, "{name}: work {small} for 500, {large} for 2000");
    }
}

/// Reading the dates alone gives the very dates of a whole extraction (the same spans,
/// values, years taken from context and roles, in the same order), on the English and
/// Chinese corpus articles and the seeds.
#[test]
fn dates_read_alone_are_the_dates_of_all_facts() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "tests/corpus/wikipairs/en",
        "tests/corpus/en-wikitext",
        "tests/corpus/zh-markdown",
        "seeds",
    ] {
        files.extend(
            sorted_paths(&root.join(dir))
                .into_iter()
                .filter(|p| !p.ends_with("SOURCES.md"))
                .take(12),
        );
    }
    let mut dates = 0;
    for p in &files {
        let Ok(text) = std::fs::read_to_string(p) else { continue };
        let source = crate::source::SourceFile {
            name: p.display().to_string(),
            text,
        };
        let doc = crate::parse::parse(&source, None);
        let whole: Vec<String> = extract(&doc, &source.text)
            .iter()
            .filter(|f| f.kind == FactKind::Date)
            .map(|f| format!("{f:?}"))
            .collect();
        let alone: Vec<String> = extract_dates(&doc, &source.text, &|_| true)
            .iter()
            .map(|f| format!("{f:?}"))
            .collect();
        assert_eq!(whole, alone, "{}", source.name);
        dates += alone.len();
    }
    assert!(dates > 1000, "{dates} dates in {} files", files.len());
}

/// A heading's section number (pandoc's numbering of wiki-markdown) is no number of the
/// article (wikipairs' Political_science, `## 2 研究对象`, had been aligned with `the 'two
/// cultures'`); a year or a decade a heading begins with still is one.
#[test]
fn a_section_number_is_no_number() {
    let numbers = |text: &str| values("a.md", text, FactKind::Number);
    let dates = |text: &str| values("a.md", text, FactKind::Date);
    assert!(numbers("# 政治学\n\n## 2 研究对象\n\n正文。\n").is_empty());
    assert!(numbers("# 作业系统\n\n### 1.1 1980年代前\n\n正文。\n").is_empty());
    assert_eq!(dates("# 作业系统\n\n### 1.1 1980年代前\n\n正文。\n").len(), 1);
    assert!(numbers("# 诺贝尔奖\n\n## 7 预测\n\n正文。\n").is_empty());
    // not a section number: a number of the heading's own words
    assert_eq!(numbers("# T\n\n## 3个类型\n\n正文。\n").len(), 1);
    assert_eq!(numbers("# T\n\n## 100 years of war\n\nText.\n").len(), 1);
    // and a number in a paragraph that begins like one is read
    assert_eq!(numbers("# T\n\n2 个国家签署了条约。\n").len(), 1);
    // wikitext numbers no sections: a heading's number is the heading's
    let wikitext = |text: &str| values("a.wikitext", text, FactKind::Number);
    assert_eq!(wikitext("'''T''' is.\n\n== 50 largest cities ==\nText.\n").len(), 1);
}
