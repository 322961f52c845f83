//! jieba's dictionary held as a trie of characters ([`super::trie`]): each word with its
//! weight (the logarithm of its frequency share) and its tag. [`super::cut`] segments text
//! over it as jieba does.

use super::trie;
use fxhash::FxHashMap;

use super::trie::FEW;
pub(super) use super::trie::NONE;

/// A dictionary of words, frequencies and tags, as a trie of characters, read in place from
/// its bytes ([`trie::to_bytes`]). A node is the character that leads to it, its children
/// (the nodes `first..first + len`, sorted by their character) and the word that ends at it
/// (an index into the words, or [`NONE`]). The children of a node with more than [`FEW`]
/// are found through a table of edges ([`trie::edges`]).
pub(super) struct Dictionary {
    /// The first level of the trie: the node of each first character of the Basic
    /// Multilingual Plane (0: none), and of the others.
    root: Vec<u32>,
    astral: FxHashMap<char, u32>,
    /// Every node, 16 bytes each (character, first child, children, word), the root first;
    /// the children of each laid out together.
    nodes: &'static [u8],
    /// Every word, 9 bytes each (weight, tag number), in the order of the sorted lines.
    words: &'static [u8],
    /// The table of edges, 4 bytes a slot (the child), and its length less one.
    edges: &'static [u8],
    mask: usize,
    /// The part-of-speech tags, by number.
    tags: Vec<&'static str>,
    /// The weight of a character no word starts with: `ln(1) − ln(total)`.
    pub(super) single: f64,
}

/// The trie of jieba's whole dictionary, built by `build.rs` ([`trie::to_bytes`]).
pub(super) static BUILT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_trie.bin"));

/// The `u32` at byte `at` (little-endian), [`NONE`] past the end.
fn u32_at(bytes: &[u8], at: usize) -> u32 {
    trie::u32_at(bytes, at).unwrap_or(NONE)
}

impl Dictionary {
    /// The dictionary of `lines` (`word freq tag`, as jieba's `dict.txt`), weighed against
    /// `total`, the sum of the frequencies of the whole dictionary the lines are taken from.
    /// A word given twice keeps its first tag and its last frequency, as jieba-rs does. (Its
    /// bytes live as long as the process: a run builds at most one, and only if the trie in
    /// the binary could not be read.)
    pub(super) fn new(lines: impl IntoIterator<Item = &'static str>, total: usize) -> Dictionary {
        // (lines whose tags do not fit the bytes: a dictionary without words)
        let bytes = trie::to_bytes(&trie::build(lines, total)).unwrap_or_default();
        let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        let empty = || trie::View {
            nodes: &[],
            words: &[],
            edges: &[],
            tags: Vec::new(),
        };
        Dictionary::of_view(trie::view(bytes).unwrap_or_else(empty), total)
    }

    /// jieba's whole dictionary (`lines`, weighed against `total`): the trie built with
    /// parallax, read in place from the binary; built from the lines only if those bytes are
    /// not a trie.
    pub(super) fn whole(lines: impl IntoIterator<Item = &'static str>, total: usize) -> Dictionary {
        match trie::view(BUILT) {
            Some(v) => Dictionary::of_view(v, total),
            None => Dictionary::new(lines, total),
        }
    }

    /// The dictionary of a trie's bytes (weighed against `total`), read in place.
    fn of_view(v: trie::View<'static>, total: usize) -> Dictionary {
        let mut d = Dictionary {
            root: vec![0; 0x10000],
            astral: FxHashMap::default(),
            nodes: v.nodes,
            words: v.words,
            edges: v.edges,
            mask: (v.edges.len() / 4).saturating_sub(1),
            tags: v.tags,
            single: 1f64.ln() - (total as f64).ln(),
        };
        for n in d.children(0) {
            match char::from_u32(d.label(n)) {
                Some(c) if (c as u32) < 0x10000 => d.root[c as usize] = n,
                Some(c) => {
                    d.astral.insert(c, n);
                }
                None => {}
            }
        }
        d
    }

    fn label(&self, node: u32) -> u32 {
        u32_at(self.nodes, 16 * node as usize)
    }

    /// The children of `node`: the nodes `first..first + len`.
    fn children(&self, node: u32) -> std::ops::Range<u32> {
        let first = u32_at(self.nodes, 16 * node as usize + 4);
        first..first.saturating_add(u32_at(self.nodes, 16 * node as usize + 8))
    }

    /// The word that ends at `node` (an index into the words), or [`NONE`].
    pub(super) fn word_at(&self, node: u32) -> u32 {
        u32_at(self.nodes, 16 * node as usize + 12)
    }

    /// Word `w`'s weight in jieba's sums, `ln(freq) − ln(total)`.
    pub(super) fn weight(&self, w: u32) -> f64 {
        let at = 9 * w as usize;
        self.words
            .get(at..at + 8)
            .and_then(|b| b.try_into().ok())
            .map_or(f64::NEG_INFINITY, |b| f64::from_bits(u64::from_le_bytes(b)))
    }

    /// Word `w`'s part-of-speech tag.
    pub(super) fn word_tag(&self, w: u32) -> &'static str {
        self.words
            .get(9 * w as usize + 8)
            .and_then(|&t| self.tags.get(usize::from(t)))
            .copied()
            .unwrap_or("x")
    }

    /// The child of `node` that `c` leads to.
    pub(super) fn child(&self, node: u32, c: char) -> Option<u32> {
        if node == 0 {
            return match self.root.get(c as usize) {
                Some(0) => None,
                Some(&n) => Some(n),
                None => self.astral.get(&c).copied(),
            };
        }
        let kids = self.children(node);
        let c = c as u32;
        if kids.len() <= FEW || self.edges.is_empty() {
            return kids.into_iter().find(|&k| self.label(k) == c);
        }
        // (the table has a free slot: it holds at most half as many edges as slots)
        let mut slot = trie::edge_slot(node, c, self.mask);
        for _ in 0..=self.mask {
            let k = u32_at(self.edges, 4 * slot);
            if k == NONE {
                return None;
            }
            if kids.contains(&k) && self.label(k) == c {
                return Some(k);
            }
            slot = (slot + 1) & self.mask;
        }
        None
    }

    /// The word `text` is (its index), if the dictionary has it.
    pub(super) fn find(&self, text: &str) -> Option<u32> {
        let mut node = 0;
        for c in text.chars() {
            node = self.child(node, c)?;
        }
        let w = self.word_at(node);
        (node != 0 && w != NONE).then_some(w)
    }

    /// Whether the dictionary has `word`.
    pub(super) fn has(&self, word: &str) -> bool {
        self.find(word).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines in any order; a word given twice keeps its first tag and its last frequency.
    #[test]
    fn builds_from_lines_in_any_order() {
        let d = Dictionary::new(["b 1 x", "ab 2 n", "a 2 n", "a 3 v"], 6);
        let a = d.find("a").expect("a");
        assert_eq!(d.word_tag(a), "n");
        assert_eq!(d.weight(a), 3f64.ln() - 6f64.ln());
        assert!(d.has("ab") && d.has("b") && !d.has("ba") && !d.has(""));
        assert_eq!(d.tag("ab，b"), vec![(0, 2, "n"), (2, 3, "x"), (5, 1, "x")]);
    }

    /// A node with more children than are looked through one by one finds each of them
    /// through the table of edges, each under its own node (twenty such nodes share their
    /// children's characters; each node's words carry its own tag), and no other character.
    #[test]
    fn the_children_of_a_node_with_many_are_found_through_the_table() {
        let heads: Vec<char> = "中大不人国家学生年月日时分秒东南西北上下".chars().collect();
        let tails = || ('一'..='九').chain('a'..='z');
        // (the dictionary's lines live as long as the process)
        // (each head's words tagged with its number: a child of another head would show)
        let words = heads
            .iter()
            .enumerate()
            .flat_map(|(k, h)| tails().map(move |c| &*format!("{h}{c} 1 t{k}").leak()));
        let d = Dictionary::new(words.chain(["中 2 n"]), 1000);
        assert!(!d.edges.is_empty(), "the table is built");
        for (k, h) in heads.iter().enumerate() {
            for c in tails() {
                let w = d.find(&format!("{h}{c}"));
                assert_eq!(w.map(|w| d.word_tag(w)), Some(format!("t{k}").as_str()), "{h}{c}");
            }
            for c in ['A', '十', '国', '0'] {
                assert!(!d.has(&format!("{h}{c}")), "{h}{c}");
            }
        }
        assert!(d.has("中") && !d.has("大") && !d.has("丁"));
    }
}
