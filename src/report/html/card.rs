//! A finding as a card: severity, rule, message and where it is on one line; its labels on
//! both sides, its notes ("compared because …") and its fix below, shown when selected.

use super::escape::{esc, push};
use crate::diagnostic::Diagnostic;
use crate::report::LineIndex;
use crate::source::SourceFile;

/// How far a card's fix shows the text it replaces.
const SHOWN: usize = 160;

/// The files of a view, for locations: names, texts, line indexes and side names.
pub struct Places<'a> {
    pub files: &'a [SourceFile],
    /// (file, its line index, what to call its side: `zh`, `en` or empty)
    pub known: Vec<(usize, LineIndex, &'static str)>,
}

impl Places<'_> {
    /// `path:line:col` of a byte offset.
    pub fn at(&self, file: usize, offset: usize) -> String {
        let f = &self.files[file];
        match self.known.iter().find(|k| k.0 == file) {
            Some((_, idx, _)) => {
                let (l, c) = idx.line_col(&f.text, offset);
                format!("{}:{l}:{c}", f.name)
            }
            None => f.name.clone(),
        }
    }

    fn side(&self, file: usize) -> &str {
        self.known
            .iter()
            .find(|k| k.0 == file)
            .map(|k| k.2)
            .filter(|s| !s.is_empty())
            .unwrap_or("")
    }
}

/// Write the card of finding `id`.
pub fn card(out: &mut String, id: usize, d: &Diagnostic, places: &Places) {
    let sev = d.severity.name();
    out.push_str(&format!(
        "<div class=\"card sev-{sev}\" id=\"c{id}\" data-f=\"{id}\" tabindex=\"-1\"><div class=\"ch\"><span class=\"badge sev-{sev}\">{sev}</span> <code class=\"rule\">{}</code> <span class=\"msg\">",
        esc(d.rule)
    ));
    push(out, &d.message);
    out.push_str("</span> <span class=\"loc\">");
    push(out, &places.at(d.file, d.span.start));
    out.push_str("</span>");
    if d.fix.is_some() {
        out.push_str(" <span class=\"chip\">fix</span>");
    }
    out.push_str("</div><div class=\"more\">");
    let mut labels = Vec::new();
    if !d.label.is_empty() {
        labels.push((d.file, d.label.as_str()));
    }
    labels.extend(d.labels.iter().map(|l| (l.file, l.message.as_str())));
    if !labels.is_empty() {
        out.push_str("<ul class=\"labels\">");
        for (file, msg) in labels {
            out.push_str("<li>");
            let side = places.side(file);
            if !side.is_empty() {
                out.push_str(&format!("<span class=\"side\">{side}</span> "));
            }
            push(out, msg);
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    for n in &d.notes {
        out.push_str("<p class=\"note\">");
        push(out, n);
        out.push_str("</p>");
    }
    fix(out, d, &places.files[d.file].text);
    out.push_str("</div></div>");
}

fn fix(out: &mut String, d: &Diagnostic, text: &str) {
    let Some(fix) = &d.fix else { return };
    out.push_str(&format!(
        "<div class=\"fix\"><span class=\"fixtag\">fix{}</span> ",
        if fix.safe { "" } else { " (unsafe)" }
    ));
    push(out, &fix.message);
    for e in fix.edits.iter().take(8) {
        let old = text.get(e.start..e.end).unwrap_or("");
        out.push_str(" <span class=\"edit\">");
        if !old.is_empty() {
            out.push_str("<del>");
            push(out, &shorten(old));
            out.push_str("</del>");
        }
        out.push('→');
        if !e.replacement.is_empty() {
            out.push_str("<ins>");
            push(out, &shorten(&e.replacement));
            out.push_str("</ins>");
        }
        out.push_str("</span>");
    }
    out.push_str("</div>");
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= SHOWN {
        return s.to_string();
    }
    let cut: String = s.chars().take(SHOWN).collect();
    format!("{cut}…")
}
