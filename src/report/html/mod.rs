//! The HTML report for editors: one self-contained page (inline CSS and script, no network)
//! with an overview of the run — counts, findings per rule, a sortable and filterable table
//! of findings, the configuration — and a view of every pair (both articles side by side,
//! one row per aligned unit) and of every single document, findings marked in the text.
//!
//! Text and findings come in as byte spans of the source; the prose view
//! ([`crate::parse::Prose`]) gives the readable text and maps each of its bytes back, so
//! markup shows as text, links as links and reference markers as markers. Views are kept as
//! JSON strings in the page and drawn when opened, so a report of a thousand pairs opens at
//! once; [`write_site`] writes an index and one page per view instead.

mod card;
mod escape;
mod overview;
mod pair;
mod text;
mod view;

use crate::align::Alignment;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Fact;
use crate::parse::Document;
use crate::source::SourceFile;
use crate::Span;
use std::io::Write;
use view::{Column, Layout, Row, UnitMark};

const CSS: &str = include_str!("report.css");
const JS: &str = include_str!("report.js");

/// What the report shows of a run besides its findings (see `engine::report::model`).
pub struct Model<'a> {
    /// Every file of the run; the first `docs.len()` are articles.
    pub files: &'a [SourceFile],
    pub docs: Vec<Document>,
    /// Per article.
    pub facts: Vec<Vec<Fact>>,
    pub pairs: Vec<PairView>,
}

/// A zh↔en pair and its alignment.
pub struct PairView {
    pub zh: usize,
    pub en: usize,
    /// The pairing score.
    pub score: f64,
    pub alignment: Alignment,
    /// Per unit: why its sentences are believed to correspond (sure units).
    pub why: Vec<Option<String>>,
}

/// About the run: shown on the overview.
pub struct Meta {
    pub version: String,
    /// `YYYY-MM-DD HH:MM UTC`.
    pub date: String,
    /// The effective configuration (TOML).
    pub config: String,
    /// The command line.
    pub command: String,
}

/// A finding's span in one file: its primary span or one of its labels.
#[derive(Debug, Clone)]
pub struct Occurrence {
    pub id: usize,
    pub span: Span,
    pub severity: Severity,
    pub primary: bool,
}

/// What a view shows: a pair (its index) or a document alone (its file).
#[derive(Debug, Clone, Copy, PartialEq)]
enum ViewOf {
    Pair(usize),
    Document(usize),
}

/// The report's views and which view each file and finding is in.
struct Plan {
    views: Vec<ViewOf>,
    view_of_file: Vec<usize>,
    /// Per file: the findings' spans in it.
    occurrences: Vec<Vec<Occurrence>>,
}

impl Plan {
    fn new(model: &Model, diags: &[Diagnostic]) -> Self {
        let n = model.files.len();
        let mut view_of_file = vec![usize::MAX; n];
        let mut views: Vec<ViewOf> = Vec::new();
        for (k, p) in model.pairs.iter().enumerate() {
            view_of_file[p.zh] = views.len();
            view_of_file[p.en] = views.len();
            views.push(ViewOf::Pair(k));
        }
        for (f, v) in view_of_file.iter_mut().enumerate() {
            if *v == usize::MAX {
                *v = views.len();
                views.push(ViewOf::Document(f));
            }
        }
        let mut occurrences = vec![Vec::new(); n];
        for (id, d) in diags.iter().enumerate() {
            let mut add = |file: usize, span: &Span, primary: bool| {
                if let Some(o) = occurrences.get_mut(file) {
                    o.push(Occurrence {
                        id,
                        span: span.clone(),
                        severity: d.severity,
                        primary,
                    });
                }
            };
            add(d.file, &d.span, true);
            for l in &d.labels {
                add(l.file, &l.span, false);
            }
        }
        Plan {
            views,
            view_of_file,
            occurrences,
        }
    }

    fn files_of(&self, model: &Model, v: usize) -> Vec<usize> {
        match self.views[v] {
            ViewOf::Pair(k) => vec![model.pairs[k].zh, model.pairs[k].en],
            ViewOf::Document(f) => vec![f],
        }
    }
}

/// A view's id in links and data: `p3` for the fourth pair, `d7` for file 7 alone.
fn view_id(v: ViewOf) -> String {
    match v {
        ViewOf::Pair(k) => format!("p{k}"),
        ViewOf::Document(f) => format!("d{f}"),
    }
}

/// The HTML of view `v`.
fn view_html(model: &Model, diags: &[Diagnostic], plan: &Plan, v: usize) -> String {
    let files = plan.files_of(model, v);
    let columns: Vec<Column> = files
        .iter()
        .map(|&f| Column::new(model, f, &plan.occurrences[f]))
        .collect();
    let (rows, units): (Vec<Row>, Vec<UnitMark>) = match plan.views[v] {
        ViewOf::Pair(k) => {
            let p = &model.pairs[k];
            let rows = pair::rows(&model.docs[p.zh], &model.docs[p.en], &p.alignment);
            let units = p
                .alignment
                .units
                .iter()
                .zip(&p.why)
                .map(|(u, why)| UnitMark {
                    mark: unit_mark(u),
                    score: u.score,
                    why: why.clone(),
                })
                .collect();
            (rows, units)
        }
        ViewOf::Document(f) => (view::document_rows(model.docs.get(f)), Vec::new()),
    };
    let places = view::places(model.files, &columns);
    let mut out = String::with_capacity(files.iter().map(|&f| model.files[f].text.len() * 3).sum());
    overview::view_head(&mut out, model, diags, plan, v);
    let layout = Layout {
        columns: &columns,
        rows: &rows,
        units: &units,
    };
    view::rows(&mut out, &layout, diags, &plan.occurrences, &places);
    out.push_str("</div></section>");
    out
}

/// How a unit is marked, as `parallax align` does: `=` sure (its sentences are compared),
/// `~` aligned on weak evidence, blank for a sentence with no counterpart.
fn unit_mark(u: &crate::align::Unit) -> char {
    if u.zh.is_empty() || u.en.is_empty() {
        ' '
    } else if u.is_sure() {
        '='
    } else {
        '~'
    }
}

/// The page around a body: inline style and script, and a policy that allows no network.
fn page(out: &mut dyn Write, title: &str, body: &dyn Fn(&mut dyn Write) -> std::io::Result<()>) -> std::io::Result<()> {
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\
<title>{}</title><style>{CSS}</style></head><body>",
        escape::esc(title)
    )?;
    body(out)?;
    writeln!(out, "<script>{JS}</script></body></html>")
}

/// The whole report as one page: the overview, and every view as data drawn when opened.
/// `tick` is called after each view.
pub fn write_page(
    out: &mut dyn Write,
    model: &Model,
    diags: &[Diagnostic],
    meta: &Meta,
    tick: &mut dyn FnMut(usize),
) -> std::io::Result<()> {
    let plan = Plan::new(model, diags);
    let links = overview::Links::Inline;
    let tick = std::cell::RefCell::new(tick);
    page(out, "parallax report", &|out| {
        out.write_all(overview::overview(model, diags, &plan, meta, &links).as_bytes())?;
        out.write_all(
            "<nav class=\"top\" id=\"nav\" hidden><a href=\"#\">← overview</a></nav><main id=\"view\" hidden></main>"
                .as_bytes(),
        )?;
        for v in 0..plan.views.len() {
            let html = view_html(model, diags, &plan, v);
            writeln!(
                out,
                "<script type=\"application/json\" class=\"vdata\" id=\"v-{}\">{}</script>",
                view_id(plan.views[v]),
                escape::json_in_script(&html)
            )?;
            (tick.borrow_mut())(html.len());
        }
        Ok(())
    })
}

/// The report as a folder: `index.html` (the overview) and one page per view under `v/`.
/// `put` writes one file (a path relative to the folder); `tick` is called after each view.
pub fn write_site(
    model: &Model,
    diags: &[Diagnostic],
    meta: &Meta,
    put: &mut dyn FnMut(&str, &[u8]) -> std::io::Result<()>,
    tick: &mut dyn FnMut(usize),
) -> std::io::Result<()> {
    let plan = Plan::new(model, diags);
    for v in 0..plan.views.len() {
        let id = view_id(plan.views[v]);
        let html = view_html(model, diags, &plan, v);
        let mut buf = Vec::with_capacity(html.len() + CSS.len() + JS.len() + 512);
        page(&mut buf, &view_title(model, &plan, v), &|out| {
            write!(
                out,
                "<nav class=\"top\"><a href=\"../index.html\">← overview</a></nav><main id=\"view\">{html}</main>"
            )
        })?;
        put(&format!("v/{id}.html"), &buf)?;
        tick(html.len());
    }
    let mut index = Vec::new();
    let links = overview::Links::Pages;
    page(&mut index, "parallax report", &|out| {
        out.write_all(overview::overview(model, diags, &plan, meta, &links).as_bytes())
    })?;
    put("index.html", &index)
}

/// A view's title: its file names.
fn view_title(model: &Model, plan: &Plan, v: usize) -> String {
    let names: Vec<&str> = plan
        .files_of(model, v)
        .iter()
        .map(|&f| model.files[f].name.as_str())
        .collect();
    names.join(" ⇄ ")
}

#[cfg(test)]
mod tests;
