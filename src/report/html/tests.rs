use super::*;
use crate::align::{self, Side};
use crate::diagnostic::{Diagnostic, Fix, Severity};
use crate::facts;

const HOSTILE: &str = "\"><img src=x onerror=alert(1)></style><script>alert(2)</script>\u{2028}<!--";

fn files() -> Vec<SourceFile> {
    vec![
        SourceFile {
            name: format!("zh/{HOSTILE}.zh.txt"),
            text: format!("{HOSTILE}\n\n2007年9月26日，两国建立外交关系。{HOSTILE}\n\n奥列格于2013年4月15日被任命。\n"),
        },
        SourceFile {
            name: format!("en/{HOSTILE}.en.txt"),
            text: format!("{HOSTILE}\n\nDiplomatic relations were established on 26 September 2007. {HOSTILE}\n\nOleg was appointed on 15 April 2013.\n"),
        },
        SourceFile {
            name: "single </style><script>x</script>.txt".into(),
            text: "A single <script>alert(3)</script> document with with a doubled word.\n".into(),
        },
    ]
}

fn model(files: &[SourceFile]) -> Model<'_> {
    let docs: Vec<Document> = files.iter().map(|f| crate::parse::parse(f, None)).collect();
    let facts: Vec<Vec<Fact>> = files
        .iter()
        .zip(&docs)
        .map(|(f, d)| facts::extract(d, &f.text))
        .collect();
    let side = |i: usize| Side {
        file: i,
        source: &files[i],
        doc: &docs[i],
        facts: &facts[i],
    };
    let alignment = align::align(&side(0), &side(1));
    let why = alignment.units.iter().map(|_| Some(HOSTILE.to_string())).collect();
    let pairs = vec![PairView {
        zh: 0,
        en: 1,
        score: 0.9,
        alignment,
        why,
    }];
    Model {
        files,
        docs,
        facts,
        pairs,
    }
}

fn diags(files: &[SourceFile]) -> Vec<Diagnostic> {
    let at = |f: usize, s: &str| {
        let i = files[f].text.find(s).unwrap();
        i..i + s.len()
    };
    vec![
        Diagnostic::new("date-mismatch", Severity::Warning, 0, at(0, "2013年4月15日"), HOSTILE)
            .with_label(HOSTILE)
            .with_secondary(1, at(1, "15 April 2013"), HOSTILE)
            .with_note(HOSTILE),
        Diagnostic::new("broken-markup", Severity::Error, 1, at(1, "<script>"), "markup"),
        Diagnostic {
            fix: Some(Fix {
                message: HOSTILE.into(),
                edits: vec![crate::diagnostic::Edit {
                    start: at(2, "with with").start,
                    end: at(2, "with with").end,
                    replacement: HOSTILE.into(),
                }],
                safe: true,
            }),
            ..Diagnostic::new("repeated-word", Severity::Info, 2, at(2, "with with"), "`with` twice")
        },
    ]
}

fn meta() -> Meta {
    Meta {
        version: "0.0.0".into(),
        date: HOSTILE.into(),
        config: format!("select = [\"{HOSTILE}\"]"),
        command: HOSTILE.into(),
    }
}

/// Every tag in `html` (our script's code cut out): its name and attributes. Fails on a
/// `<` that does not open a well-formed tag, or an attribute value not in double quotes.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let code = format!("<script>{JS}</script>");
    assert!(html.matches(&code).count() <= 1);
    let mut html = html.replace(&code, "");
    // the views' data (JSON strings of markup, decoded and checked on their own): nothing in
    // it may end its element or switch how it is parsed
    let open = "<script type=\"application/json\"";
    let mut from = 0;
    while let Some(k) = html[from..].find(open) {
        let start = from + k + html[from + k..].find('>').unwrap() + 1;
        let end = start + html[start..].find("</script>").unwrap();
        let data = &html[start..end];
        assert!(!data.contains("</") && !data.contains("<!--") && !data.contains('\u{2028}'));
        html.replace_range(start..end, "");
        from = start;
    }
    let mut out = Vec::new();
    let mut rest = html.as_str();
    while let Some(k) = rest.find('<') {
        rest = &rest[k + 1..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '!'))
            .collect();
        rest = &rest[name.len()..];
        let mut attrs = Vec::new();
        loop {
            rest = rest.trim_start();
            if let Some(r) = rest.strip_prefix('>').or_else(|| rest.strip_prefix("/>")) {
                rest = r;
                break;
            }
            let a: String = rest.chars().take_while(|c| !matches!(c, '=' | '>' | ' ')).collect();
            assert!(
                !a.is_empty(),
                "a malformed tag <{name} at …{}",
                &rest[..rest.len().min(80)]
            );
            rest = &rest[a.len()..];
            let mut value = String::new();
            if let Some(r) = rest.strip_prefix("=\"") {
                let end = r.find('"').expect("a closed attribute value");
                value = r[..end].to_string();
                rest = &r[end + 1..];
            }
            attrs.push((a.to_lowercase(), value));
        }
        out.push((name.to_lowercase(), attrs));
    }
    out
}

/// What in `html` could run script or load something: tags outside our own vocabulary,
/// event handler attributes, links that are not web or in-report addresses, raw U+2028 in
/// data.
fn injected(html: &str) -> Vec<String> {
    const OURS: &[&str] = &[
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "nav", "main", "section", "h1", "h2",
        "div", "span", "b", "p", "br", "a", "code", "kbd", "pre", "details", "summary", "table", "thead", "tbody",
        "tr", "th", "td", "select", "option", "input", "svg", "g", "text", "rect", "mark", "sup", "ul", "li", "del",
        "ins", "script",
    ];
    let mut bad = Vec::new();
    for (name, attrs) in tags(html) {
        let bare = name.trim_start_matches('/');
        if !OURS.contains(&bare) {
            bad.push(format!("<{name}>"));
        }
        for (a, v) in attrs {
            if a.starts_with("on") || a == "src" || a == "srcdoc" {
                bad.push(format!("{a}= on <{name}>"));
            }
            let safe = ["#", "v/", "../", "https://", "http://", "//"];
            if a == "href" && !safe.iter().any(|s| v.starts_with(s)) {
                bad.push(format!("href={v}"));
            }
            if name == "script" && a == "src" {
                bad.push("script src".into());
            }
        }
    }
    bad
}

fn page(files: &[SourceFile]) -> String {
    let m = model(files);
    let mut out = Vec::new();
    let mut ticks = 0;
    write_page(&mut out, &m, &diags(files), &meta(), &mut |_| ticks += 1).unwrap();
    assert_eq!(ticks, 2, "one pair and one single document");
    String::from_utf8(out).unwrap()
}

/// The JSON strings of the page's view data, decoded.
fn views(html: &str) -> Vec<String> {
    html.split("<script type=\"application/json\" class=\"vdata\"")
        .skip(1)
        .map(|s| {
            let json = &s[s.find('>').unwrap() + 1..s.find("</script>").unwrap()];
            serde_json::from_str(json).unwrap()
        })
        .collect()
}

/// How many `<name>` and `</name>` tags `html` has (our script's code left out).
fn count(html: &str, name: &str) -> (usize, usize) {
    let t = tags(html);
    let close = format!("/{name}");
    (
        t.iter().filter(|(n, _)| n == name).count(),
        t.iter().filter(|(n, _)| *n == close).count(),
    )
}

/// The findings table's data on an overview page.
fn findings_data(html: &str) -> serde_json::Value {
    let open = "<script type=\"application/json\" id=\"findings-data\">";
    let start = html.find(open).unwrap() + open.len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

#[test]
fn hostile_text_names_and_messages_inject_nothing() {
    let files = files();
    let html = page(&files);
    assert_eq!(injected(&html), Vec::<String>::new());
    // our own elements only: one style, one script, the findings data and one data block per view
    assert_eq!(count(&html, "style"), (1, 1));
    assert_eq!(html.matches(&format!("<script>{JS}</script>")).count(), 1);
    assert_eq!(count(&html, "script"), (1 + 2, 1 + 2), "{html}");
    let views = views(&html);
    assert_eq!(views.len(), 2);
    for v in &views {
        let lower = v.to_lowercase();
        assert_eq!(injected(v), Vec::<String>::new(), "{v}");
        assert!(!lower.contains("<script") && !lower.contains("</style"), "{v}");
    }
    // the hostile text is there, as text
    assert!(views[0].contains("&lt;img src=x onerror=alert(1)&gt;"), "{}", views[0]);
}

#[test]
fn a_cross_language_finding_is_marked_in_both_columns_with_its_card() {
    let files = files();
    let html = page(&files);
    let pair = &views(&html)[0];
    assert!(pair.starts_with("<section class=\"view\" data-view=\"p0\">"), "{pair}");
    // finding 0 is marked on the zh date and on the en date, and has one card
    let marks: Vec<&str> = pair.split("data-f=\"0\">").skip(1).collect();
    assert!(marks.iter().any(|m| m.starts_with("2013年4月15日")), "{pair}");
    assert!(marks.iter().any(|m| m.starts_with("15 April 2013")), "{pair}");
    assert_eq!(pair.matches("id=\"c0\"").count(), 1);
    // its dates are facts, highlighted by kind
    assert!(pair.contains("fx-date"), "{pair}");
    // the single document shows its fix
    let single = &views(&html)[1];
    assert!(single.contains("<del>with with</del>"), "{single}");
}

#[test]
fn counts_on_the_overview_match_the_findings() {
    let files = files();
    let html = page(&files);
    for (sev, n) in [("error", 1), ("warning", 1), ("info", 1)] {
        assert!(html.contains(&format!("data-count=\"{sev}\">{n}<")), "{sev}");
    }
    assert!(html.contains("data-count=\"pairs\">1<"));
    let data = findings_data(&html);
    assert_eq!(data["rows"].as_array().unwrap().len(), 3);
    assert_eq!(data["pages"], false);
    // each row: id, severity, rule, file, line, column, view, message
    let row = &data["rows"][0];
    assert_eq!(data["rules"][row[2].as_u64().unwrap() as usize], "date-mismatch");
    assert_eq!(data["views"][row[6].as_u64().unwrap() as usize], "p0");
    assert_eq!(row[7], HOSTILE);
}

#[test]
fn a_site_has_an_index_and_a_page_per_view_each_safe() {
    let files = files();
    let m = model(&files);
    let mut pages: Vec<(String, String)> = Vec::new();
    write_site(
        &m,
        &diags(&files),
        &meta(),
        &mut |p, b| {
            pages.push((p.to_string(), String::from_utf8(b.to_vec()).unwrap()));
            Ok(())
        },
        &mut |_| {},
    )
    .unwrap();
    let names: Vec<&str> = pages.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(names, ["v/p0.html", "v/d2.html", "index.html"]);
    for (name, html) in &pages {
        assert_eq!(injected(html), Vec::<String>::new(), "{name}");
        let data = usize::from(name == "index.html");
        assert_eq!(html.matches(&format!("<script>{JS}</script>")).count(), 1);
        assert_eq!(count(html, "script"), (data, data), "{name}");
    }
    assert_eq!(findings_data(&pages[2].1)["pages"], true);
    assert!(pages[2].1.contains("href=\"v/p0.html#p0\""));
}
