//! jieba's segmentation (jieba-rs 0.7.4's `tag`, the HMM on) over a dictionary held as a trie
//! of characters.
//!
//! jieba-rs walks its trie a byte at a time, looks every candidate word up a second time to
//! weigh it and a third time to tag it, and takes a logarithm for every candidate. Here the
//! trie is walked a character at a time, once per position; each word keeps its weight (the
//! logarithm of its frequency share, computed once when the dictionary is built) and its tag.
//! The result is jieba's, word for word and tag for tag (a test compares the two over the
//! corpus): the same candidates in the same order, the same sums in the same order, the same
//! tie-breaking. Runs of characters the dictionary does not join are cut by jieba's HMM
//! ([`super::hmm`]).

use fxhash::FxHashMap;

/// No word ends at a node.
const NONE: u32 = u32::MAX;

/// The most children of a node looked through one by one.
const FEW: usize = 8;

/// A node of the trie: the character that leads to it; its children are the nodes
/// `first..first + len`, sorted by that character. (One array of nodes: a child's character
/// and what it leads to are read from one place.)
#[derive(Clone, Copy)]
struct Node {
    label: char,
    first: u32,
    len: u32,
    /// The word that ends here (an index into `words`), or [`NONE`].
    word: u32,
}

/// A word of the dictionary: its weight in jieba's sums, `ln(freq) − ln(total)`, and its
/// part-of-speech tag.
#[derive(Clone, Copy)]
struct Word {
    weight: f64,
    tag: &'static str,
}

/// A dictionary of words, frequencies and tags, as a trie of characters.
pub(super) struct Dictionary {
    /// The first level of the trie: the node of each first character of the Basic
    /// Multilingual Plane (0: none), and of the others.
    root: Vec<u32>,
    astral: FxHashMap<char, u32>,
    /// Every node, the root first; the children of each laid out together.
    nodes: Vec<Node>,
    /// Every word, in the order of the sorted lines.
    words: Vec<Word>,
    /// The weight of a character no word starts with: `ln(1) − ln(total)`.
    single: f64,
    /// The characters whose words it holds, when it holds part of a dictionary (the words
    /// of a run's characters): a text with others needs the whole.
    cover: Option<super::CharSet>,
}

impl Dictionary {
    /// The dictionary of `lines` (`word freq tag`, as jieba's `dict.txt`), weighed against
    /// `total`, the sum of the frequencies of the whole dictionary the lines are taken from.
    /// A word given twice keeps its first tag and its last frequency, as jieba-rs does.
    pub(super) fn new(lines: impl IntoIterator<Item = &'static str>, total: usize) -> Dictionary {
        let mut merged: Vec<(&'static str, usize, &'static str)> = lines
            .into_iter()
            .filter_map(|l| {
                let mut fields = l.split_whitespace();
                let word = fields.next()?;
                let freq = fields.next().and_then(|f| f.parse().ok()).unwrap_or(0);
                Some((word, freq, fields.next().unwrap_or("")))
            })
            .collect();
        // (jieba's dictionary comes sorted, and so do the parts of it a run loads)
        if !merged.is_sorted_by(|a, b| a.0 <= b.0) {
            merged.sort_by(|a, b| a.0.cmp(b.0));
        }
        // (`dedup_by` hands the later entry first)
        merged.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 = later.1;
            }
            same
        });
        let log_total = (total as f64).ln();
        let words = merged
            .iter()
            .map(|&(_, freq, tag)| Word {
                weight: (freq as f64).ln() - log_total,
                tag,
            })
            .collect();
        // breadth first: the children of a node are laid out together. A node is the words
        // `lo..hi` of `merged` that begin with the characters leading to it; `at[i]` is where
        // word i's next character starts (the words of a node have all been read that far).
        let mut at = vec![0usize; merged.len()];
        let next = |i: usize, at: &[usize]| merged[i].0[at[i]..].chars().next();
        let mut nodes = vec![Node {
            label: '\0',
            first: 0,
            len: 0,
            word: NONE,
        }];
        let mut queue = std::collections::VecDeque::from([(0usize, 0usize, merged.len())]);
        while let Some((node, mut lo, hi)) = queue.pop_front() {
            // (sorted: the word that is this prefix comes first among those sharing it)
            if lo < hi && next(lo, &at).is_none() {
                nodes[node].word = lo as u32;
                lo += 1;
            }
            let first = nodes.len();
            let mut i = lo;
            while let Some(c) = (i < hi).then(|| next(i, &at)).flatten() {
                let mut j = i + 1;
                while j < hi && next(j, &at) == Some(c) {
                    j += 1;
                }
                for a in &mut at[i..j] {
                    *a += c.len_utf8();
                }
                queue.push_back((nodes.len(), i, j));
                nodes.push(Node {
                    label: c,
                    first: 0,
                    len: 0,
                    word: NONE,
                });
                i = j;
            }
            nodes[node].first = first as u32;
            nodes[node].len = (nodes.len() - first) as u32;
        }
        let mut root = vec![0; 0x10000];
        let mut astral = FxHashMap::default();
        for n in nodes[0].first..nodes[0].first + nodes[0].len {
            match nodes[n as usize].label {
                c if (c as u32) < 0x10000 => root[c as usize] = n,
                c => {
                    astral.insert(c, n);
                }
            }
        }
        Dictionary {
            root,
            astral,
            nodes,
            words,
            single: 1f64.ln() - log_total,
            cover: None,
        }
    }

    /// The part of a dictionary that holds the words of `chars`.
    pub(super) fn covering(self, chars: super::CharSet) -> Dictionary {
        Dictionary {
            cover: Some(chars),
            ..self
        }
    }

    /// Whether it holds every word `text` may contain.
    pub(super) fn covers(&self, text: &str) -> bool {
        self.cover.as_ref().is_none_or(|set| set.covers(text))
    }

    /// The child of `node` that `c` leads to.
    fn child(&self, node: u32, c: char) -> Option<u32> {
        if node == 0 {
            return match self.root.get(c as usize) {
                Some(0) => None,
                Some(&n) => Some(n),
                None => self.astral.get(&c).copied(),
            };
        }
        let n = self.nodes[node as usize];
        let (first, len) = (n.first as usize, n.len as usize);
        let children = &self.nodes[first..first + len];
        if len <= FEW {
            children.iter().position(|k| k.label == c)
        } else {
            children.binary_search_by_key(&c, |k| k.label).ok()
        }
        .map(|i| (first + i) as u32)
    }

    /// The word `text` is, if the dictionary has it.
    fn find(&self, text: &str) -> Option<Word> {
        let mut node = 0;
        for c in text.chars() {
            node = self.child(node, c)?;
        }
        let w = self.nodes[node as usize].word;
        (node != 0 && w != NONE).then(|| self.words[w as usize])
    }

    /// Whether the dictionary has `word` (a part of one: among the words it covers).
    pub(super) fn has(&self, word: &str) -> bool {
        self.find(word).is_some()
    }

    /// The words of `text` as (byte start, byte length, part-of-speech tag): jieba-rs's
    /// `tag(text, true)`; None when `text` has a character outside a part's cover.
    pub(super) fn tag(&self, text: &str) -> Option<Vec<(usize, usize, &'static str)>> {
        thread_local! {
            static SCRATCH: std::cell::RefCell<Scratch> = Default::default();
        }
        SCRATCH.with(|s| self.tag_with(text, &mut s.borrow_mut()))
    }

    /// [`Self::tag`] with buffers reused from text to text.
    fn tag_with(&self, text: &str, scratch: &mut Scratch) -> Option<Vec<(usize, usize, &'static str)>> {
        let mut out = Vec::with_capacity(text.len() / 4);
        let mut rest = text.char_indices().peekable();
        let covered = |c: char| self.cover.as_ref().is_none_or(|set| set.contains(c));
        while let Some(&(start, c)) = rest.peek() {
            if !covered(c) {
                return None;
            }
            if in_block(c) {
                // a block: the longest run of such characters
                let mut end = text.len();
                while let Some(&(i, c)) = rest.peek() {
                    if !in_block(c) {
                        end = i;
                        break;
                    }
                    if !covered(c) {
                        return None;
                    }
                    rest.next();
                }
                self.cut_block(&text[start..end], start, scratch, &mut out);
            } else {
                // anything else is a word of its own character, `\r\n` one word
                rest.next();
                let len = if c == '\r' && text[start + 1..].starts_with('\n') {
                    if !covered('\n') {
                        return None;
                    }
                    rest.next();
                    2
                } else {
                    c.len_utf8()
                };
                out.push((start, len, self.tag_of(&text[start..start + len])));
            }
        }
        Some(out)
    }

    /// The tag jieba-rs gives a word: the dictionary's, else by its ASCII letters and digits
    /// (`eng`, `m`), else `x`.
    fn tag_of(&self, word: &str) -> &'static str {
        if let Some(w) = self.find(word) {
            return w.tag;
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
                let w = self.nodes[node as usize].word;
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
                let cand = (self.words[w as usize].weight + s.route[end].0, end, w);
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
                out.push((base + a, b - a, self.words[w as usize].tag));
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
                    w => self.words[w as usize].tag,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines in any order; a word given twice keeps its first tag and its last frequency.
    #[test]
    fn builds_from_lines_in_any_order() {
        let d = Dictionary::new(["b 1 x", "ab 2 n", "a 2 n", "a 3 v"], 6);
        let a = d.find("a").expect("a");
        assert_eq!(a.tag, "n");
        assert_eq!(a.weight, 3f64.ln() - 6f64.ln());
        assert!(d.has("ab") && d.has("b") && !d.has("ba") && !d.has(""));
        assert_eq!(d.tag("ab，b"), Some(vec![(0, 2, "n"), (2, 3, "x"), (5, 1, "x")]));
    }
}
