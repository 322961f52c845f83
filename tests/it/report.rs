//! `parallax report` and `check --format html`: the same findings and exit code as `check`,
//! written atomically, one page or a folder, and nothing in file names or text can inject
//! markup.

use super::common::*;

/// The page with its data blocks (`<script type="application/json">…</script>`) emptied,
/// after checking that nothing in them can end them.
fn without_data(html: &str) -> String {
    let open = "<script type=\"application/json\"";
    let mut out = String::new();
    let mut rest = html;
    while let Some(k) = rest.find(open) {
        let start = k + rest[k..].find('>').unwrap() + 1;
        let end = start + rest[start..].find("</script>").unwrap();
        let data = &rest[start..end];
        // nothing ends the element or switches its parsing; U+2028 is escaped (JavaScript)
        assert!(
            !data.contains("</") && !data.contains("<!--") && !data.contains('\u{2028}'),
            "{data}"
        );
        out.push_str(&rest[..start]);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn severity_counts(recs: &[serde_json::Value]) -> [(String, usize); 3] {
    ["error", "warning", "info"].map(|s| (s.to_string(), recs.iter().filter(|r| r["severity"] == s).count()))
}

#[test]
fn report_shows_the_checks_counts_and_exits_as_check_does() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("r.html");
    let check = run(&["check", "seeds/", "--format", "json", "--isolated"]);
    let o = run(&["report", "seeds/", "-o", page.to_str().unwrap(), "--isolated"]);
    assert_eq!(o.status.code(), check.status.code(), "{}", stderr(&o));
    let html = std::fs::read_to_string(&page).unwrap();
    for (sev, n) in severity_counts(&json_lines(&check)) {
        assert!(html.contains(&format!("data-count=\"{sev}\">{n}<")), "{sev}: {n}");
    }
    assert!(html.contains("data-count=\"pairs\">1<"));
    // written through a temporary file renamed into place: nothing else is left beside it
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, [std::ffi::OsString::from("r.html")]);
    // --format html writes the same page to stdout
    let o = run(&["check", "seeds/", "--format", "html", "--isolated"]);
    assert_eq!(o.status.code(), check.status.code());
    let out = stdout(&o);
    assert!(out.starts_with("<!DOCTYPE html>"));
    assert_eq!(
        out.matches("class=\"vdata\"").count(),
        html.matches("class=\"vdata\"").count()
    );
}

#[test]
fn out_dir_writes_an_index_and_a_page_per_pair_and_document() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    // an earlier report's page is removed; files of other names are left alone
    std::fs::create_dir_all(site.join("v")).unwrap();
    std::fs::write(site.join("v/p7.html"), "old").unwrap();
    std::fs::write(site.join("v/notes.txt"), "mine").unwrap();
    let o = run(&[
        "report",
        "seeds/",
        "--out-dir",
        site.to_str().unwrap(),
        "--isolated",
        "-q",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    let mut pages: Vec<String> = std::fs::read_dir(site.join("v"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "notes.txt")
        .collect();
    assert!(site.join("v/notes.txt").exists());
    pages.sort();
    // the seeds: one pair and two documents alone
    assert_eq!(pages, ["d2.html", "d3.html", "p0.html"]);
    for p in &pages {
        let id = p.trim_end_matches(".html");
        assert!(index.contains(&format!("href=\"v/{p}#{id}\"")), "{p}");
        let page = std::fs::read_to_string(site.join("v").join(p)).unwrap();
        assert!(page.contains(&format!("data-view=\"{id}\"")), "{p}");
    }
}

#[test]
fn output_options_need_the_html_format() {
    // `-o` writes any format (see flags::output_file_holds_what_stdout_would); `--out-dir` is
    // the HTML report's
    let o = run(&["check", "seeds/", "--format", "json", "--out-dir", "x-site"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--format html"), "{}", stderr(&o));
    assert!(!root().join("x-site").exists());
    let o = run(&["report", "seeds/", "--format", "json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!root().join("x.html").exists());
}

#[test]
fn hostile_file_names_and_text_inject_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let name = "\"><img src=x onerror=alert(1)><script>alert(2)<\u{2028}";
    let text = "The </style><script>alert(3)</script> text text <img src=x onerror=alert(4)> was was here.\n";
    std::fs::write(dir.path().join(format!("{name}.txt")), text).unwrap();
    let o = run_in(dir.path(), &["report", ".", "-o", "out.html", "--isolated"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let html = std::fs::read_to_string(dir.path().join("out.html")).unwrap();
    assert!(html.contains("repeated-word"), "the doubled words are found");
    let outside = without_data(&html).to_lowercase();
    assert!(!outside.contains("<img"), "{outside}");
    assert_eq!(
        outside.matches("<script").count(),
        3,
        "code, findings data, one view: {outside}"
    );
    assert_eq!(outside.matches("</style").count(), 1);
    // the name is there, as text
    assert!(
        outside.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        "{outside}"
    );
}
