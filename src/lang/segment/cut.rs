//! jieba's segmentation (jieba-rs 0.7.4's `tag`, the HMM on) over the trie of
//! [`super::dictionary`].
//!
//! jieba-rs walks its trie a byte at a time, looks every candidate word up a second time to
//! weigh it and a third time to tag it, and takes a logarithm for every candidate. Here the
//! trie is walked a character at a time, once per position, and each word comes with its
//! weight and tag. The result is jieba's, word for word and tag for tag (a test compares the
//! two over the corpus): the same candidates in the same order, the same sums in the same
//! order, the same tie-breaking. Runs of characters the dictionary does not join are cut by
//! jieba's HMM ([`super::hmm`]).

use super::dictionary::{Dictionary, NONE};

impl Dictionary {
    /// The words of `text` as (byte start, byte length, part-of-speech tag): jieba-rs's
    /// `tag(text, true)`.
    pub(super) fn tag(&self, text: &str) -> Vec<(usize, usize, &'static str)> {
        thread_local! {
            static SCRATCH: std::cell::RefCell<Scratch> = Default::default();
        }
        SCRATCH.with(|s| self.tag_with(text, &mut s.borrow_mut()))
    }

    /// [`Self::tag`] with buffers reused from text to text.
    fn tag_with(&self, text: &str, scratch: &mut Scratch) -> Vec<(usize, usize, &'static str)> {
        let mut out = Vec::with_capacity(text.len() / 4);
        let mut rest = text.char_indices().peekable();
        while let Some(&(start, c)) = rest.peek() {
            if in_block(c) {
                // a block: the longest run of such characters
                let mut end = text.len();
                while let Some(&(i, c)) = rest.peek() {
                    if !in_block(c) {
                        end = i;
                        break;
                    }
                    rest.next();
                }
                self.cut_block(&text[start..end], start, scratch, &mut out);
            } else {
                // anything else is a word of its own character, `\r\n` one word
                rest.next();
                let len = if c == '\r' && text[start + 1..].starts_with('\n') {
                    rest.next();
                    2
                } else {
                    c.len_utf8()
                };
                out.push((start, len, self.tag_of(&text[start..start + len])));
            }
        }
        out
    }

    /// The tag jieba-rs gives a word: the dictionary's, else by its ASCII letters and digits
    /// (`eng`, `m`), else `x`.
    fn tag_of(&self, word: &str) -> &'static str {
        if let Some(w) = self.find(word) {
            return self.word_tag(w);
        }
        let eng = word.chars().filter(char::is_ascii_alphanumeric).count();
        let digits = word.chars().filter(char::is_ascii_digit).count();
        if eng == 0 {
            "x"
        } else if eng == digits {
            "m"
        } else {
            "eng"
        }
    }

    /// Cut one block (a run of [`in_block`] characters starting at byte `base` of the text):
    /// the route of highest weight through the words the dictionary has, then the HMM over
    /// runs of single characters that make no word together.
    fn cut_block(&self, block: &str, base: usize, s: &mut Scratch, out: &mut Vec<(usize, usize, &'static str)>) {
        s.at.clear();
        s.at.extend(block.char_indices().map(|(i, _)| i));
        s.at.push(block.len());
        s.chars.clear();
        s.chars.extend(block.chars());
        let n = s.chars.len();
        // every word starting at each character, shortest first (jieba's DAG)
        s.edges.clear();
        s.from.clear();
        for i in 0..n {
            s.from.push(s.edges.len());
            let mut node = 0;
            for (k, &c) in s.chars[i..].iter().enumerate() {
                let Some(next) = self.child(node, c) else { break };
                node = next;
                let w = self.word_at(node);
                if w != NONE {
                    s.edges.push((i + k + 1, w));
                }
            }
        }
        s.from.push(s.edges.len());
        // the best route from each character to the end, from the last character back
        // (jieba's `calc`: the last of equal candidates, compared as (weight, end), wins)
        s.route.clear();
        s.route.resize(n + 1, (0.0, n, NONE));
        for i in (0..n).rev() {
            let edges = &s.edges[s.from[i]..s.from[i + 1]];
            let mut best: Option<(f64, usize, u32)> = None;
            for &(end, w) in edges {
                let cand = (self.weight(w) + s.route[end].0, end, w);
                best = Some(match best {
                    Some(b) if (b.0, b.1).partial_cmp(&(cand.0, cand.1)) == Some(std::cmp::Ordering::Greater) => b,
                    _ => cand,
                });
            }
            s.route[i] = best.unwrap_or((self.single + s.route[i + 1].0, i + 1, NONE));
        }
        // the route's words; runs of single characters go to `flush`
        let mut x = 0;
        let mut left: Option<usize> = None;
        while x < n {
            let (_, y, w) = s.route[x];
            if y - x == 1 {
                left.get_or_insert(x);
            } else {
                if let Some(l) = left.take() {
                    self.flush(block, base, &s.at[l..=x], &s.route[l..x], out);
                }
                // (a word of the route: the dictionary's, with its tag)
                let (a, b) = (s.at[x], s.at[y]);
                out.push((base + a, b - a, self.word_tag(w)));
            }
            x = y;
        }
        if let Some(l) = left {
            self.flush(block, base, &s.at[l..=n], &s.route[l..n], out);
        }
    }

    /// A run of single characters (`at`: their byte offsets in `block`, and the run's end;
    /// `route`: the route's step at each, with the word it is or [`NONE`]): one word if it
    /// is one character, the HMM's words if the run is no word of the dictionary, else each
    /// character.
    fn flush(
        &self,
        block: &str,
        base: usize,
        at: &[usize],
        route: &[(f64, usize, u32)],
        out: &mut Vec<(usize, usize, &'static str)>,
    ) {
        let (a, b) = (at[0], at[at.len() - 1]);
        let run = &block[a..b];
        if at.len() > 2 && !self.has(run) {
            let mut words = Vec::new();
            super::hmm::cut(run, &mut words);
            for (start, len) in words {
                out.push((base + a + start, len, self.tag_of(&run[start..start + len])));
            }
        } else {
            for (k, step) in at.windows(2).zip(route) {
                let tag = match step.2 {
                    NONE => self.tag_of(&block[k[0]..k[1]]),
                    w => self.word_tag(w),
                };
                out.push((base + k[0], k[1] - k[0], tag));
            }
        }
    }
}

/// Buffers reused across the blocks of a text.
#[derive(Default)]
struct Scratch {
    /// The byte offset of each character of the block, and the block's length.
    at: Vec<usize>,
    chars: Vec<char>,
    /// (end, word) of every word, grouped by start character; `from[i]` opens character i's.
    edges: Vec<(usize, u32)>,
    from: Vec<usize>,
    /// (weight of the best route to the end, end of its first word, that word or [`NONE`]),
    /// per character.
    route: Vec<(f64, usize, u32)>,
}

/// The characters jieba cuts in blocks (its `RE_HAN_DEFAULT`): CJK ideographs, ASCII letters
/// and digits, and `+#&._%-`.
fn in_block(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2A6DF}'
        | '\u{2A700}'..='\u{2B73F}'
        | '\u{2B740}'..='\u{2B81F}'
        | '\u{2B820}'..='\u{2CEAF}'
        | '\u{2CEB0}'..='\u{2EBEF}'
        | '\u{2F800}'..='\u{2FA1F}'
        | 'a'..='z'
        | 'A'..='Z'
        | '0'..='9'
        | '+' | '#' | '&' | '.' | '_' | '%' | '-')
}
