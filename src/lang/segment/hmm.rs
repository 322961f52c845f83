//! jieba's HMM (jieba-rs 0.7.4's `hmm::cut`): runs of characters the dictionary does not join
//! cut into words by the most likely sequence of Begin / End / Middle / Single states.
//!
//! The model is jieba-macros 0.7.1's `hmm.model` (MIT, `lang/jieba-LICENSE`), read on first
//! use. The arithmetic, the order of candidates and the tie-breaking are jieba-rs's, so the
//! words are its words (the segmentation test compares them).

use fxhash::FxHashMap;
use std::sync::OnceLock;

/// jieba's score for what its model never saw.
const MIN_FLOAT: f64 = -3.14e100;

/// The states, in jieba's numbering: Begin, End, Middle, Single.
const B: usize = 0;
const E: usize = 1;
const M: usize = 2;
const S: usize = 3;

/// The states a state may follow, in the order jieba tries them.
const ALLOWED_PREV: [[usize; 2]; 4] = [[E, S], [B, M], [M, B], [S, E]];

struct Model {
    start: [f64; 4],
    /// `trans[from][to]`
    trans: [[f64; 4]; 4],
    /// Each character's emission score in each state ([`MIN_FLOAT`] where the model has
    /// none).
    emit: FxHashMap<char, [f64; 4]>,
}

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let mut lines = crate::data::JIEBA_HMM.lines().filter(|l| !l.starts_with('#'));
        let mut row = || -> [f64; 4] {
            let mut out = [MIN_FLOAT; 4];
            let line = lines.next().unwrap_or("");
            for (o, v) in out.iter_mut().zip(line.split(' ')) {
                *o = v.parse().unwrap_or(MIN_FLOAT);
            }
            out
        };
        let start = row();
        let trans = [row(), row(), row(), row()];
        let mut emit: FxHashMap<char, [f64; 4]> = FxHashMap::default();
        for (state, line) in lines.take(4).enumerate() {
            for entry in line.split(',') {
                let Some((key, value)) = entry.split_once(':') else {
                    continue;
                };
                let mut chars = key.chars();
                // (only single characters are ever looked up)
                if let (Some(c), None) = (chars.next(), chars.next()) {
                    emit.entry(c).or_insert([MIN_FLOAT; 4])[state] = value.parse().unwrap_or(MIN_FLOAT);
                }
            }
        }
        Model { start, trans, emit }
    })
}

/// Whether jieba's HMM reads `c` as a Han character (its `RE_HAN`: U+4E00 to U+9FD5).
fn han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FD5}').contains(&c)
}

/// Cut `run` (characters of one of jieba's blocks) as jieba-rs's `hmm::cut` does: Han
/// stretches by the model, the rest into runs of letters and digits (a number with its
/// decimals and percent sign) and what lies between them. Pushes (byte start, byte length)
/// of each word, relative to `run`.
pub(super) fn cut(run: &str, out: &mut Vec<(usize, usize)>) {
    let mut rest = run.char_indices().peekable();
    while let Some(&(start, c)) = rest.peek() {
        let is_han = han(c);
        let mut end = run.len();
        while let Some(&(i, c)) = rest.peek() {
            if han(c) != is_han {
                end = i;
                break;
            }
            rest.next();
        }
        let stretch = &run[start..end];
        if !is_han {
            skip_split(stretch, start, out);
        } else if stretch.chars().nth(1).is_none() {
            out.push((start, stretch.len()));
        } else {
            viterbi(stretch, start, out);
        }
    }
}

/// jieba's `RE_SKIP` split, `([a-zA-Z0-9]+(?:.\d+)?%?)`: each match and each stretch between
/// matches is a word.
fn skip_split(text: &str, base: usize, out: &mut Vec<(usize, usize)>) {
    let b = text.as_bytes();
    let alnum = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut gap = 0;
    let mut i = 0;
    while i < b.len() {
        if !alnum(i) {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let start = i;
        while alnum(i) {
            i += 1;
        }
        // `.\d+`: any one character but a line break, then digits
        if let Some(c) = text[i..].chars().next().filter(|&c| c != '\n') {
            let j = i + c.len_utf8();
            if digit(j) {
                i = j;
                while digit(i) {
                    i += 1;
                }
            }
        }
        if b.get(i) == Some(&b'%') {
            i += 1;
        }
        if gap < start {
            out.push((base + gap, start - gap));
        }
        out.push((base + start, i - start));
        gap = i;
    }
    if gap < b.len() {
        out.push((base + gap, b.len() - gap));
    }
}

/// The most likely states of a Han stretch of two characters or more, and its words.
fn viterbi(text: &str, base: usize, out: &mut Vec<(usize, usize)>) {
    let m = model();
    let at: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let emit = |c: char| m.emit.get(&c).copied().unwrap_or([MIN_FLOAT; 4]);
    let n = at.len();
    let mut v = vec![[0.0f64; 4]; n];
    let mut prev = vec![[0usize; 4]; n];
    let mut chars = text.chars();
    let first = emit(chars.next().unwrap_or(' '));
    for y in [B, M, E, S] {
        v[0][y] = m.start[y] + first[y];
    }
    for (t, c) in chars.enumerate().map(|(k, c)| (k + 1, c)) {
        let em = emit(c);
        for y in [B, M, E, S] {
            // (jieba's `max_by` over (score, state): the later of equals wins, and the
            // states compare by number)
            let mut best: Option<(f64, usize)> = None;
            for y0 in ALLOWED_PREV[y] {
                let cand = (v[t - 1][y0] + m.trans[y0][y] + em[y], y0);
                best = Some(match best {
                    Some(b) if b.partial_cmp(&cand) == Some(std::cmp::Ordering::Greater) => b,
                    _ => cand,
                });
            }
            let (score, from) = best.unwrap_or((MIN_FLOAT, B));
            v[t][y] = score;
            prev[t][y] = from;
        }
    }
    let last = [E, S]
        .into_iter()
        .map(|y| (v[n - 1][y], y))
        .fold(None, |best: Option<(f64, usize)>, cand| {
            Some(match best {
                Some(b) if b.partial_cmp(&cand) == Some(std::cmp::Ordering::Greater) => b,
                _ => cand,
            })
        })
        .map_or(S, |(_, y)| y);
    let mut path = vec![S; n];
    let mut state = last;
    for t in (0..n).rev() {
        path[t] = state;
        state = prev[t][state];
    }
    // words: Begin … End, and each Single; what a Begin leaves open at the end is one word
    let end_of = |t: usize| at.get(t + 1).copied().unwrap_or(text.len());
    let mut begin = 0;
    let mut next = 0;
    for (t, &state) in path.iter().enumerate() {
        match state {
            B => begin = at[t],
            E => {
                out.push((base + begin, end_of(t) - begin));
                next = end_of(t);
            }
            S => {
                out.push((base + at[t], end_of(t) - at[t]));
                next = end_of(t);
            }
            _ => {}
        }
    }
    if next < text.len() {
        out.push((base + next, text.len() - next));
    }
}

#[cfg(test)]
mod tests {
    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        super::cut(text, &mut out);
        out.iter().map(|&(s, l)| &text[s..s + l]).collect()
    }

    /// Outside Han, letters and digits make a word with their decimals and percent sign (the
    /// decimal point any one character, as jieba's pattern has it); what lies between is a
    /// word too.
    #[test]
    fn letters_and_digits_outside_han() {
        assert_eq!(words("ab12#3.5%x"), ["ab12#3", ".", "5%", "x"]);
        assert_eq!(words("3.5%+x"), ["3.5%", "+", "x"]);
        assert_eq!(words("V2.7.1"), ["V2.7", ".", "1"]);
        assert_eq!(words("㐀㐁a"), ["㐀㐁", "a"]);
    }

    /// A Han stretch is cut by the model; one character alone is a word.
    #[test]
    fn han_by_the_model() {
        let w = words("卡拉什尼科夫和x");
        assert_eq!(w.concat(), "卡拉什尼科夫和x");
        assert_eq!(w.last(), Some(&"x"));
        assert_eq!(words("和"), ["和"]);
    }
}
