//! Whether a source byte lies inside italics on its line, asked for many bytes of one block
//! in increasing order: the scan goes on from where the last question left it instead of
//! starting again at the line start, so a block of n bytes costs O(n) however many words in
//! it are asked about (a one-line page of 100k doubles used to cost n² here).

use crate::source::Format;
use std::cell::Cell;

/// The markers that open and close italics: `'` in wikitext; `*` and `_` in markdown, `_` in
/// plain text.
fn is_marker(b: u8) -> bool {
    matches!(b, b'\'' | b'*' | b'_')
}

/// The italics toggles in `seg`, as parities: (wikitext `''`, `*`, `_`). `seg` must start
/// where no marker run is cut (at a line start or after a byte that is no marker); its last
/// run may be cut, as the question "italic at `at`" cuts it.
fn toggles(seg: &[u8]) -> (bool, bool, bool) {
    let (mut wiki, mut star, mut under) = (false, false, false);
    let mut i = 0;
    while i < seg.len() {
        let c = seg[i];
        if !is_marker(c) {
            i += 1;
            continue;
        }
        let run = seg[i..].iter().take_while(|&&b| b == c).count();
        match c {
            // runs of 2 or of 5 and more apostrophes toggle italics
            b'\'' => wiki ^= run == 2 || run >= 5,
            // a single `*` or `_` toggles emphasis; a doubled one is bold
            b'*' => star ^= run % 2 == 1,
            _ => under ^= run % 2 == 1,
        }
        i += run;
    }
    (wiki, star, under)
}

/// Where the scan stopped: the line it is on, the byte it reached (a run boundary), and the
/// toggles from the line start to there.
#[derive(Clone, Copy)]
struct Memo {
    line_start: usize,
    pos: usize,
    state: (bool, bool, bool),
}

/// Italics in one text, asked about bytes mostly in increasing order.
pub(super) struct Italics<'a> {
    text: &'a [u8],
    format: Format,
    memo: Cell<Option<Memo>>,
}

impl<'a> Italics<'a> {
    pub(super) fn new(text: &'a str, format: Format) -> Self {
        Italics {
            text: text.as_bytes(),
            format,
            memo: Cell::new(None),
        }
    }

    /// Whether byte `at` is inside italics on its line: `''…''` in wikitext (runs of 2 or 5
    /// apostrophes toggle italics), `*…*` or `_…_` in markdown, `_…_` in plain text.
    pub(super) fn at(&self, at: usize) -> bool {
        let at = at.min(self.text.len());
        let memo = self
            .memo
            .get()
            .filter(|m| m.pos <= at && !self.text[m.pos..at].contains(&b'\n'))
            .unwrap_or_else(|| {
                let line_start = self.text[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                Memo {
                    line_start,
                    pos: line_start,
                    state: (false, false, false),
                }
            });
        let xor = |a: (bool, bool, bool), b: (bool, bool, bool)| (a.0 ^ b.0, a.1 ^ b.1, a.2 ^ b.2);
        let (wiki, star, under) = xor(memo.state, toggles(&self.text[memo.pos..at]));
        // move the memo to the last run boundary at or before `at`
        let mut safe = at;
        while safe > memo.pos && is_marker(self.text[safe - 1]) {
            safe -= 1;
        }
        let state = xor(memo.state, toggles(&self.text[memo.pos..safe]));
        self.memo.set(Some(Memo {
            line_start: memo.line_start,
            pos: safe,
            state,
        }));
        match self.format {
            Format::Wikitext => wiki,
            Format::WikiMarkdown => star || under,
            Format::Plain => under,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition, scanning from the line start each time.
    fn naive(text: &str, at: usize, format: Format) -> bool {
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let before = &text[line_start..at];
        match format {
            Format::Wikitext => {
                let mut open = false;
                for run in before.split(|c| c != '\'').filter(|r| !r.is_empty()) {
                    if run.len() == 2 || run.len() >= 5 {
                        open = !open;
                    }
                }
                open
            }
            Format::WikiMarkdown | Format::Plain => {
                let single = |c: char| {
                    let doubled = format!("{c}{c}");
                    (before.matches(c).count() - 2 * before.matches(doubled.as_str()).count()) % 2 == 1
                };
                (format == Format::WikiMarkdown && single('*')) || single('_')
            }
        }
    }

    #[test]
    fn agrees_with_the_definition_in_any_order() {
        let texts = [
            "a ''Bufo bufo'' b '''bold''' c '''''both''''' d ''x\ny'' z",
            "*Bufo bufo* and **bold** _x_ __y__ ***z*** a*b\n_c_ d",
            "''''''' '' ' '''' x'' y\n\n''z",
        ];
        for text in texts {
            for format in [Format::Wikitext, Format::WikiMarkdown, Format::Plain] {
                let it = Italics::new(text, format);
                let n = text.len();
                // increasing, then jumping back, then increasing again
                let order: Vec<usize> = (0..=n).chain((0..=n).rev().step_by(3)).chain(0..=n).collect();
                for at in order.into_iter().filter(|&i| text.is_char_boundary(i)) {
                    assert_eq!(it.at(at), naive(text, at, format), "{format:?} {text:?} at {at}");
                }
            }
        }
    }

    #[test]
    fn a_long_line_costs_linear_time() {
        // 200k questions on a 1.6 MB line: each must not rescan from the line start
        let text = "a ''b'' c ".repeat(160_000);
        let it = Italics::new(&text, Format::Wikitext);
        let hits = (0..text.len()).step_by(8).filter(|&at| it.at(at)).count();
        assert!(hits > 0);
    }
}
