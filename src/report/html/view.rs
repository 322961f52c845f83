//! The view of one pair (two columns, one row per aligned unit) or of one document (one
//! column, one row per block), with findings marked in the text and their cards under the
//! row they start in.

use super::card::{card, Places};
use super::text::{self, Kind, Layer, Layers};
use super::{Model, Occurrence};
use crate::diagnostic::Diagnostic;
use crate::parse::{BlockKind, Document, LinkKind};
use crate::report::LineIndex;
use crate::source::{Lang, SourceFile};
use crate::Span;

/// What a row shows of one document.
#[derive(Debug, Clone)]
pub enum Piece {
    /// A stretch of a text block's prose (one or more sentences, or the whole block).
    Text { block: usize, prose: Span },
    /// A block that is not running text (a template, a table, categories), as source.
    Raw { block: usize },
    /// A whole file as source (a file that is not an article, e.g. a rule pack).
    File,
}

/// One row: what each column shows, and the aligned unit it is (pairs).
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub cells: [Vec<Piece>; 2],
    pub unit: Option<usize>,
}

/// One document of a view, with its layers.
pub struct Column<'m> {
    pub file: usize,
    pub source: &'m SourceFile,
    pub doc: Option<&'m Document>,
    layers: Layers,
    lang: &'static str,
}

impl<'m> Column<'m> {
    pub fn new(model: &'m Model, file: usize, occurrences: &[Occurrence]) -> Self {
        let doc = model.docs.get(file);
        let source = &model.files[file];
        let lang = match doc.map(|d| d.lang) {
            Some(Lang::Zh) => "zh",
            Some(Lang::En) => "en",
            _ => "",
        };
        let mut items: Vec<Layer> = occurrences
            .iter()
            .map(|o| Layer {
                span: o.span.clone(),
                kind: Kind::Finding(o.id, o.severity),
            })
            .collect();
        let mut refs = Vec::new();
        if let Some(doc) = doc {
            items.extend(model.facts[file].iter().map(|f| Layer {
                span: f.span.clone(),
                kind: Kind::Fact(f.kind),
            }));
            items.extend(doc.links.iter().filter_map(|l| {
                let internal = match l.kind {
                    LinkKind::Internal => true,
                    LinkKind::External => false,
                    LinkKind::Category | LinkKind::File => return None,
                };
                let target = source.text.get(l.target.clone()).unwrap_or("");
                // a document in neither language links to the English wiki
                let wiki = if lang.is_empty() { "en" } else { lang };
                Some(Layer {
                    span: l.span.clone(),
                    kind: Kind::Link(text::link_href(internal, wiki, target)),
                })
            }));
            items.extend(doc.ref_markers.iter().map(|m| Layer {
                span: m.span.clone(),
                kind: Kind::Marker,
            }));
            refs = doc.refs.iter().map(|r| r.span.clone()).collect();
        }
        Column {
            file,
            source,
            doc,
            layers: Layers::new(items, refs),
            lang,
        }
    }

    /// The source span a piece shows.
    /// The source span a piece shows; a piece at the start (end) of its block owns the
    /// markup before (after) its text, so that a finding there is shown with it.
    fn source_span(&self, piece: &Piece) -> Span {
        match (piece, self.doc) {
            (Piece::Text { prose, block }, Some(d)) => {
                let (b, span) = (&d.blocks[*block], d.prose.to_source_span(prose.clone()));
                let start = if prose.start <= b.prose.start {
                    b.span.start
                } else {
                    span.start
                };
                let end = if prose.end >= b.prose.end { b.span.end } else { span.end };
                start..end.max(start)
            }
            (Piece::Raw { block }, Some(d)) => d.blocks[*block].span.clone(),
            _ => 0..self.source.text.len(),
        }
    }

    /// Write a piece; pin the findings in `pins` that it did not mark.
    fn piece(&self, out: &mut String, piece: &Piece, pins: &[&Occurrence]) {
        let marked = match (piece, self.doc) {
            (Piece::Text { block, prose }, Some(d)) => {
                let (open, close) = match d.blocks[*block].kind {
                    BlockKind::Heading { level } => (format!("<div class=\"h h{}\">", level.min(6)), "</div>"),
                    BlockKind::ListItem { .. } => ("<div class=\"li\">".to_string(), "</div>"),
                    _ => ("<div class=\"p\">".to_string(), "</div>"),
                };
                out.push_str(&open);
                let m = text::render(
                    out,
                    &d.prose.text,
                    prose.clone(),
                    &|p| d.prose.to_source(p),
                    &self.layers,
                );
                self.pins(out, pins, &m);
                out.push_str(close);
                return;
            }
            (Piece::Raw { block }, Some(d)) => {
                let b = &d.blocks[*block];
                let what = match b.kind {
                    BlockKind::Table => "table",
                    BlockKind::Category => "categories",
                    _ => "template",
                };
                out.push_str(&format!(
                    "<details class=\"raw\"{}><summary>{what}</summary><pre>",
                    if pins.is_empty() { "" } else { " open" }
                ));
                text::render(out, &self.source.text, b.span.clone(), &|p| p, &self.layers)
            }
            _ => {
                out.push_str("<details class=\"raw\" open><summary>source</summary><pre>");
                let all = 0..self.source.text.len();
                text::render(out, &self.source.text, all, &|p| p, &self.layers)
            }
        };
        self.pins(out, pins, &marked);
        out.push_str("</pre></details>");
    }

    fn pins(&self, out: &mut String, pins: &[&Occurrence], marked: &[usize]) {
        for o in pins.iter().filter(|o| marked.binary_search(&o.id).is_err()) {
            text::pin(out, o.id, o.severity);
        }
    }
}

/// The rows of one document alone: one per block.
pub fn document_rows(doc: Option<&Document>) -> Vec<Row> {
    let Some(doc) = doc else {
        return vec![Row {
            cells: [vec![Piece::File], Vec::new()],
            unit: None,
        }];
    };
    doc.blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| {
            let piece = if b.kind.is_text() {
                if b.prose.is_empty() {
                    return None;
                }
                Piece::Text {
                    block: i,
                    prose: b.prose.clone(),
                }
            } else {
                Piece::Raw { block: i }
            };
            Some(Row {
                cells: [vec![piece], Vec::new()],
                unit: None,
            })
        })
        .collect()
}

/// How an aligned unit is shown in the gutter: its mark (`=` sure, `~` weak, blank alone),
/// its score and why it is believed.
pub struct UnitMark {
    pub mark: char,
    pub score: f64,
    pub why: Option<String>,
}

/// What a view shows: its columns, rows, and per unit (pairs) how sure and why.
pub struct Layout<'v, 'm> {
    pub columns: &'v [Column<'m>],
    pub rows: &'v [Row],
    pub units: &'v [UnitMark],
}

/// Write the rows of a view with the findings marked and their cards.
pub fn rows(out: &mut String, layout: &Layout, diags: &[Diagnostic], occurrences: &[Vec<Occurrence>], places: &Places) {
    let cols = layout.columns;
    // each occurrence is pinned to the piece its span starts in (or the nearest before it)
    let mut pins: Vec<Vec<Vec<Vec<&Occurrence>>>> = layout
        .rows
        .iter()
        .map(|r| r.cells.iter().map(|c| vec![Vec::new(); c.len()]).collect())
        .collect();
    let mut cards: Vec<Vec<usize>> = vec![Vec::new(); layout.rows.len()];
    for (side, col) in cols.iter().enumerate() {
        let starts: Vec<(usize, usize, usize)> = piece_starts(layout.rows, side, col);
        for o in &occurrences[col.file] {
            let k = starts.partition_point(|s| s.0 <= o.span.start).saturating_sub(1);
            let Some(&(_, r, p)) = starts.get(k) else { continue };
            pins[r][side][p].push(o);
            if o.primary {
                cards[r].push(o.id);
            }
        }
    }
    for (r, row) in layout.rows.iter().enumerate() {
        row_html(out, layout, r, row, &pins[r]);
        if !cards[r].is_empty() {
            cards[r].sort_unstable();
            cards[r].dedup();
            out.push_str("<div class=\"cards\">");
            for &id in &cards[r] {
                card(out, id, &diags[id], places);
            }
            out.push_str("</div>");
        }
    }
}

/// (source start, row, piece) of every piece in column `side`, sorted by source start.
fn piece_starts(rows: &[Row], side: usize, col: &Column) -> Vec<(usize, usize, usize)> {
    let mut v: Vec<(usize, usize, usize)> = rows
        .iter()
        .enumerate()
        .flat_map(|(r, row)| {
            row.cells[side]
                .iter()
                .enumerate()
                .map(move |(p, piece)| (col.source_span(piece).start, r, p))
        })
        .collect();
    v.sort_unstable();
    v
}

fn row_html(out: &mut String, layout: &Layout, r: usize, row: &Row, pins: &[Vec<Vec<&Occurrence>>]) {
    let cols = layout.columns;
    let (class, mark, title) = match row.unit.and_then(|u| layout.units.get(u)) {
        Some(u) if u.mark == ' ' => ("alone", String::new(), "no counterpart".to_string()),
        Some(u) => (
            if u.mark == '=' { "sure" } else { "weak" },
            u.mark.to_string(),
            u.why
                .clone()
                .unwrap_or_else(|| format!("aligned on weak evidence (score {:.2})", u.score)),
        ),
        None if cols.len() == 2 => ("alone", String::new(), "no counterpart".to_string()),
        None => ("solo", String::new(), String::new()),
    };
    out.push_str(&format!("<div class=\"row {class}\" id=\"r{r}\">"));
    for (side, col) in cols.iter().enumerate() {
        out.push_str(&format!("<div class=\"cell\" lang=\"{}\">", col.lang));
        for (p, piece) in row.cells[side].iter().enumerate() {
            col.piece(out, piece, &pins[side][p]);
        }
        out.push_str("</div>");
        if side == 0 && cols.len() == 2 {
            out.push_str("<div class=\"gut\" title=\"");
            super::escape::push(out, &title);
            out.push_str(&format!("\">{mark}</div>"));
        }
    }
    out.push_str("</div>");
}

/// A view's places: its files with line indexes and side names.
pub fn places<'a>(files: &'a [SourceFile], columns: &[Column]) -> Places<'a> {
    Places {
        files,
        known: columns
            .iter()
            .map(|c| (c.file, LineIndex::new(&c.source.text), c.lang))
            .collect(),
    }
}
