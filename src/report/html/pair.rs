//! The rows of a pair: one per aligned unit, in order, with the sentences no unit holds
//! (reference lists, link sections) and the blocks that are not running text (templates,
//! tables) as one-sided rows where they stand. A unit paired out of order
//! ([`crate::align::Unit::out_of_order`]) stands where its Chinese stands, and the English it
//! takes leaves the rest of the English column in its order.

use super::view::{Piece, Row};
use crate::align::Alignment;
use crate::parse::Document;

/// What one column holds, in document order.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Item {
    Sentence(usize),
    Block(usize),
}

fn items(doc: &Document) -> Vec<Item> {
    let mut out = Vec::with_capacity(doc.sentences.len() + doc.blocks.len());
    let mut s = 0;
    for (b, block) in doc.blocks.iter().enumerate() {
        if !block.kind.is_text() {
            out.push(Item::Block(b));
            continue;
        }
        while s < doc.sentences.len() && doc.sentences[s].block < b {
            s += 1;
        }
        while s < doc.sentences.len() && doc.sentences[s].block == b {
            out.push(Item::Sentence(s));
            s += 1;
        }
    }
    out
}

/// Sentences as pieces: consecutive sentences of one block make one piece (the text between
/// them included).
fn pieces(doc: &Document, sentences: &[usize]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for &i in sentences {
        let s = &doc.sentences[i];
        match out.last_mut() {
            Some(Piece::Text { block, prose }) if *block == s.block && prose.end <= s.prose.start => {
                prose.end = s.prose.end;
            }
            _ => out.push(Piece::Text {
                block: s.block,
                prose: s.prose.clone(),
            }),
        }
    }
    out
}

/// One column's state while rows are laid out.
struct Walk<'d> {
    doc: &'d Document,
    items: Vec<Item>,
    /// Item index of each sentence.
    at: Vec<usize>,
    in_unit: Vec<bool>,
    next: usize,
}

impl<'d> Walk<'d> {
    fn new(doc: &'d Document, alignment: &Alignment, zh: bool) -> Self {
        let items = items(doc);
        let mut at = vec![0; doc.sentences.len()];
        for (k, it) in items.iter().enumerate() {
            if let Item::Sentence(s) = it {
                at[*s] = k;
            }
        }
        let mut in_unit = vec![false; doc.sentences.len()];
        for u in &alignment.units {
            for &s in if zh { &u.zh } else { &u.en } {
                if let Some(f) = in_unit.get_mut(s) {
                    *f = true;
                }
            }
        }
        Walk {
            doc,
            items,
            at,
            in_unit,
            next: 0,
        }
    }

    /// One-sided rows for the items before `upto` that no unit holds.
    fn flush(&mut self, upto: usize, side: usize, rows: &mut Vec<Row>) {
        let mut run: Vec<usize> = Vec::new();
        let push = |cell: Vec<Piece>, rows: &mut Vec<Row>| {
            if !cell.is_empty() {
                let mut row = Row::default();
                row.cells[side] = cell;
                rows.push(row);
            }
        };
        while self.next < upto.min(self.items.len()) {
            match self.items[self.next] {
                Item::Sentence(s) if !self.in_unit[s] => {
                    if run
                        .last()
                        .is_some_and(|&l| self.doc.sentences[l].block != self.doc.sentences[s].block)
                    {
                        push(pieces(self.doc, &run), rows);
                        run.clear();
                    }
                    run.push(s);
                }
                Item::Sentence(_) => {}
                Item::Block(b) => {
                    push(pieces(self.doc, &run), rows);
                    run.clear();
                    push(vec![Piece::Raw { block: b }], rows);
                }
            }
            self.next += 1;
        }
        push(pieces(self.doc, &run), rows);
    }

    /// Take the sentences of a unit paired out of order, where they stand: nothing before
    /// them is flushed and the walk does not move, so what no unit holds stays in its place.
    fn take_in_place(&self, sentences: &[usize]) -> Vec<Piece> {
        let valid: Vec<usize> = sentences.iter().copied().filter(|&s| s < self.at.len()).collect();
        pieces(self.doc, &valid)
    }

    /// Take a unit's sentences: flush what stands before them, then move past them.
    fn take(&mut self, sentences: &[usize], side: usize, rows: &mut Vec<Row>) -> Vec<Piece> {
        let valid: Vec<usize> = sentences.iter().copied().filter(|&s| s < self.at.len()).collect();
        if let Some(&first) = valid.iter().min() {
            self.flush(self.at[first], side, rows);
        }
        if let Some(&last) = valid.iter().max() {
            self.next = self.next.max(self.at[last] + 1);
        }
        pieces(self.doc, &valid)
    }
}

/// The rows of a pair view.
pub fn rows(zh: &Document, en: &Document, alignment: &Alignment) -> Vec<Row> {
    let mut walks = [Walk::new(zh, alignment, true), Walk::new(en, alignment, false)];
    let mut rows = Vec::new();
    for (k, u) in alignment.units.iter().enumerate() {
        let z = walks[0].take(&u.zh, 0, &mut rows);
        // (units stay in Chinese order: the English of a unit paired out of order is taken
        // where it stands)
        let e = if u.out_of_order {
            walks[1].take_in_place(&u.en)
        } else {
            walks[1].take(&u.en, 1, &mut rows)
        };
        rows.push(Row {
            cells: [z, e],
            unit: Some(k),
        });
    }
    for (side, w) in walks.iter_mut().enumerate() {
        w.flush(usize::MAX, side, &mut rows);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::Unit;
    use crate::source::SourceFile;

    /// A unit paired out of order takes its English sentence where it stands: the English
    /// no unit holds before that sentence keeps its place after the units in order.
    #[test]
    fn a_unit_out_of_order_leaves_the_english_in_its_order() {
        let parse = |name: &str, text: &str| {
            crate::parse::parse(
                &SourceFile {
                    name: name.into(),
                    text: text.into(),
                },
                None,
            )
        };
        let zh = parse("a.zh.txt", "第一句。\n\n第二句。\n");
        let en = parse("a.en.txt", "First one.\n\nNobody holds this.\n\nThird one.\n");
        let unit = |zh: usize, en: usize, out_of_order: bool| Unit {
            zh: vec![zh],
            en: vec![en],
            score: 0.9,
            anchors: Vec::new(),
            lexical: 0.9,
            by_position: false,
            parallel: false,
            out_of_order,
        };
        // (the second English sentence stands for what no unit holds: a table, a template, a
        // reference list)
        let alignment = Alignment {
            units: vec![unit(0, 2, true), unit(1, 0, false)],
            ..Alignment::default()
        };
        let english = |rows: &[Row]| -> Vec<(Option<usize>, usize)> {
            rows.iter()
                .flat_map(|r| {
                    r.cells[1].iter().filter_map(move |p| match p {
                        Piece::Text { block, .. } => Some((r.unit, *block)),
                        _ => None,
                    })
                })
                .collect()
        };
        let got = english(&rows(&zh, &en, &alignment));
        // the sentence no unit holds (block 1) comes after the unit in order (block 0)
        let at = |b: usize| got.iter().position(|&(_, x)| x == b);
        assert!(at(0) < at(1), "{got:?}");
        // each English sentence once
        let mut blocks: Vec<usize> = got.iter().map(|&(_, b)| b).collect();
        blocks.sort_unstable();
        assert_eq!(blocks, vec![0, 1, 2], "{got:?}");
    }
}
