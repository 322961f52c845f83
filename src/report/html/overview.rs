//! The overview: totals by severity, findings per rule (an inline SVG chart), the pairs and
//! documents with their counts, the table of findings, and the run's configuration; and the
//! head of each view.

use super::escape::{esc, push};
use super::{view_id, Meta, Model, Plan, ViewOf};
use crate::diagnostic::{Diagnostic, Severity};
use crate::report::{Counts, LineIndex};
use std::collections::BTreeMap;

/// Where views are: in this page (`#p3`) or one page each (`v/p3.html`).
pub enum Links {
    Inline,
    Pages,
}

impl Links {
    fn to(&self, view: &str, finding: Option<usize>) -> String {
        let f = finding.map(|f| format!("/{f}")).unwrap_or_default();
        match self {
            Links::Inline => format!("#{view}{f}"),
            Links::Pages => format!("v/{view}.html#{view}{f}"),
        }
    }
}

/// The overview section.
pub fn overview(model: &Model, diags: &[Diagnostic], plan: &Plan, meta: &Meta, links: &Links) -> String {
    let mut out = String::new();
    out.push_str("<header class=\"top\"><h1>parallax report</h1><span class=\"meta\">parallax ");
    push(&mut out, &meta.version);
    out.push_str(" · ");
    push(&mut out, &meta.date);
    out.push_str("</span></header><section id=\"overview\">");
    totals(&mut out, model, diags, plan);
    out.push_str("<div class=\"two\"><div class=\"panel\"><h2>Findings per rule</h2>");
    chart(&mut out, diags);
    out.push_str("</div><div class=\"panel\"><h2>Pairs and documents</h2>");
    views_table(&mut out, model, diags, plan, links);
    out.push_str("</div></div>");
    findings_table(&mut out, model, diags, plan, links);
    out.push_str("<details class=\"config\"><summary>Configuration in effect</summary><pre>");
    push(&mut out, &meta.config);
    out.push_str("</pre><p>Command: <code>");
    push(&mut out, &meta.command);
    out.push_str("</code></p></details></section>");
    out
}

fn totals(out: &mut String, model: &Model, diags: &[Diagnostic], plan: &Plan) {
    let c = Counts::of(diags);
    let singles = plan.views.iter().filter(|v| matches!(v, ViewOf::Document(_))).count();
    out.push_str("<div class=\"totals\">");
    for (n, sev) in [(c.error, "error"), (c.warning, "warning"), (c.info, "info")] {
        out.push_str(&format!(
            "<div class=\"tot sev-{sev}\"><b data-count=\"{sev}\">{n}</b> {sev}{}</div>",
            if n == 1 || sev == "info" { "" } else { "s" }
        ));
    }
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let (files, pairs) = (model.files.len(), model.pairs.len());
    out.push_str(&format!(
        "<div class=\"tot\"><b data-count=\"files\">{files}</b> file{}</div><div class=\"tot\"><b data-count=\"pairs\">{pairs}</b> pair{}</div><div class=\"tot\"><b data-count=\"single\">{singles}</b> single</div></div>",
        s(files),
        s(pairs)
    ));
}

/// Findings per rule, most first, as horizontal bars.
fn chart(out: &mut String, diags: &[Diagnostic]) {
    let mut per: BTreeMap<&str, (usize, Severity)> = BTreeMap::new();
    for d in diags {
        let e = per.entry(d.rule).or_insert((0, d.severity));
        e.0 += 1;
        e.1 = e.1.max(d.severity);
    }
    let mut rows: Vec<_> = per.into_iter().collect();
    rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    if rows.is_empty() {
        out.push_str("<p class=\"none\">No findings.</p>");
        return;
    }
    let max = rows[0].1 .0.max(1) as f64;
    let (bar_h, label_w, bar_w) = (20, 190, 260);
    out.push_str(&format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"findings per rule\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\">",
        label_w + bar_w + 50,
        rows.len() * bar_h + 4,
        label_w + bar_w + 50,
        rows.len() * bar_h + 4
    ));
    for (i, (rule, (n, sev))) in rows.iter().enumerate() {
        let y = i * bar_h + 2;
        let w = ((*n as f64 / max) * bar_w as f64).max(2.0);
        let rule = esc(rule);
        out.push_str(&format!(
            "<g class=\"bar\" data-rule=\"{rule}\"><title>{rule}: {n}</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{rule}</text><rect class=\"sev-{}\" x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" rx=\"2\"/><text x=\"{:.1}\" y=\"{}\" data-n=\"{n}\">{n}</text></g>",
            label_w - 6,
            y + 14,
            sev.name(),
            bar_h - 5,
            label_w as f64 + w + 5.0,
            y + 14
        ));
    }
    out.push_str("</svg>");
}

/// Per view: its counts by severity.
fn view_counts(diags: &[Diagnostic], plan: &Plan) -> Vec<Counts> {
    let mut counts = vec![Counts::default(); plan.views.len()];
    for d in diags {
        if let Some(&v) = plan.view_of_file.get(d.file) {
            counts[v].add(Counts::of(std::slice::from_ref(d)));
        }
    }
    counts
}

fn views_table(out: &mut String, model: &Model, diags: &[Diagnostic], plan: &Plan, links: &Links) {
    let counts = view_counts(diags, plan);
    out.push_str("<table class=\"views sortable\"><thead><tr><th data-k=\"t\">articles</th><th data-k=\"t\">kind</th><th data-k=\"n\">errors</th><th data-k=\"n\">warnings</th><th data-k=\"n\">info</th></tr></thead><tbody>");
    for (v, c) in plan.views.iter().zip(&counts) {
        let id = view_id(*v);
        out.push_str(&format!(
            "<tr data-view=\"{id}\"><td><a href=\"{}\">",
            links.to(&id, None)
        ));
        let kind = match *v {
            ViewOf::Pair(k) => {
                let p = &model.pairs[k];
                push(out, &model.files[p.zh].name);
                out.push_str("<br>");
                push(out, &model.files[p.en].name);
                let sure = p.alignment.units.iter().filter(|u| u.is_sure()).count();
                format!(
                    "pair · score {:.2} · {sure} of {} units sure",
                    p.score,
                    p.alignment.units.len()
                )
            }
            ViewOf::Document(f) => {
                push(out, &model.files[f].name);
                match model.docs.get(f) {
                    Some(d) => format!("{:?} · {}", d.lang, d.format.name()).to_lowercase(),
                    None => "not an article".into(),
                }
            }
        };
        out.push_str(&format!("</a></td><td>{}</td>", esc(&kind)));
        for n in [c.error, c.warning, c.info] {
            out.push_str(&format!(
                "<td class=\"n{}\">{n}</td>",
                if n == 0 { " zero" } else { "" }
            ));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// The findings table: filters, and the rows as data that the page's script draws (a run
/// may have tens of thousands: they are drawn a screenful at a time, filtered and sorted).
fn findings_table(out: &mut String, model: &Model, diags: &[Diagnostic], plan: &Plan, links: &Links) {
    let rules: Vec<&str> = diags
        .iter()
        .map(|d| d.rule)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    out.push_str("<h2>Findings</h2><div class=\"filters\"><select id=\"f-rule\" aria-label=\"rule\"><option value=\"\">every rule</option>");
    for r in &rules {
        let r = esc(r);
        out.push_str(&format!("<option value=\"{r}\">{r}</option>"));
    }
    out.push_str("</select> <select id=\"f-sev\" aria-label=\"severity\"><option value=\"\">every severity</option><option>error</option><option>warning</option><option>info</option></select> <input id=\"f-file\" type=\"search\" placeholder=\"file name contains…\" aria-label=\"file\"> <span id=\"f-shown\"></span></div>");
    out.push_str("<table id=\"findings\" class=\"data\"><thead><tr><th data-k=\"1\">severity</th><th data-k=\"2\">rule</th><th data-k=\"3\">file</th><th data-k=\"7\">message</th></tr></thead><tbody></tbody></table><p id=\"f-more\" hidden></p>");
    let mut index: Vec<Option<LineIndex>> = (0..model.files.len()).map(|_| None).collect();
    let rows: Vec<serde_json::Value> = diags
        .iter()
        .enumerate()
        .filter_map(|(id, d)| {
            let file = model.files.get(d.file)?;
            let (line, col) = index[d.file]
                .get_or_insert_with(|| LineIndex::new(&file.text))
                .line_col(&file.text, d.span.start);
            let rule = rules.binary_search(&d.rule).ok()?;
            let view = plan.view_of_file[d.file];
            Some(serde_json::json!([
                id,
                d.severity as u8,
                rule,
                d.file,
                line,
                col,
                view,
                d.message
            ]))
        })
        .collect();
    let data = serde_json::json!({
        "rules": rules,
        "files": model.files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
        "views": plan.views.iter().map(|v| view_id(*v)).collect::<Vec<_>>(),
        "pages": matches!(links, Links::Pages),
        "rows": rows,
    });
    out.push_str(&format!(
        "<script type=\"application/json\" id=\"findings-data\">{}</script>",
        super::escape::data_in_script(&data)
    ));
}

/// The head of a view: its title, counts, the legend and the column heads; opens the grid.
pub fn view_head(out: &mut String, model: &Model, diags: &[Diagnostic], plan: &Plan, v: usize) {
    let id = view_id(plan.views[v]);
    let files = plan.files_of(model, v);
    let c = view_counts(diags, plan)[v];
    out.push_str(&format!("<section class=\"view\" data-view=\"{id}\"><h2>"));
    push(out, &super::view_title(model, plan, v));
    out.push_str("</h2><p class=\"vmeta\">");
    if let ViewOf::Pair(k) = plan.views[v] {
        let p = &model.pairs[k];
        let sure = p.alignment.units.iter().filter(|u| u.is_sure()).count();
        out.push_str(&format!(
            "pair score {:.2} · {} aligned units, {sure} sure · ",
            p.score,
            p.alignment.units.len()
        ));
    }
    out.push_str(&format!(
        "<span class=\"sev-error\">{} errors</span> · <span class=\"sev-warning\">{} warnings</span> · <span class=\"sev-info\">{} info</span></p>",
        c.error, c.warning, c.info
    ));
    out.push_str("<div class=\"legend\"><span class=\"fx fx-date\">date</span> <span class=\"fx fx-number\">number</span> <span class=\"fx fx-name\">name</span> <mark class=\"m sev-error\">error</mark> <mark class=\"m sev-warning\">warning</mark> <mark class=\"m sev-info\">info</mark> <sup class=\"ref\">[1]</sup> reference ·");
    if files.len() == 2 {
        out.push_str(" <b>=</b> sentences compared · <b>~</b> weak alignment · hatched: no counterpart ·");
    }
    out.push_str(" click a finding or press <kbd>j</kbd>/<kbd>k</kbd> (next/previous) for its details</div>");
    out.push_str(&format!(
        "<div class=\"grid cols{}\"><div class=\"row head\">",
        files.len()
    ));
    for (i, &f) in files.iter().enumerate() {
        out.push_str("<div class=\"cell\">");
        push(out, &model.files[f].name);
        out.push_str("</div>");
        if i == 0 && files.len() == 2 {
            out.push_str("<div class=\"gut\"></div>");
        }
    }
    out.push_str("</div>");
}
