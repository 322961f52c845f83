//! jieba's dictionary held as a trie of characters: each word with its weight (the logarithm
//! of its frequency share, computed once when the dictionary is built) and its tag. The whole
//! dictionary, or the part of it a run's characters need ([`Dictionary::covering`]).
//! [`super::cut`] segments text over it as jieba does.

use fxhash::FxHashMap;

/// No word ends at a node.
pub(super) const NONE: u32 = u32::MAX;

/// The most children of a node looked through one by one.
const FEW: usize = 8;

/// A node of the trie: the character that leads to it; its children are the nodes
/// `first..first + len`, sorted by that character. (One array of nodes: a child's character
/// and what it leads to are read from one place.)
#[derive(Clone, Copy)]
pub(super) struct Node {
    label: char,
    first: u32,
    len: u32,
    /// The word that ends here (an index into `words`), or [`NONE`].
    pub(super) word: u32,
}

/// A word of the dictionary: its weight in jieba's sums, `ln(freq) − ln(total)`, and its
/// part-of-speech tag.
#[derive(Clone, Copy)]
pub(super) struct Word {
    pub(super) weight: f64,
    pub(super) tag: &'static str,
}

/// A dictionary of words, frequencies and tags, as a trie of characters.
pub(super) struct Dictionary {
    /// The first level of the trie: the node of each first character of the Basic
    /// Multilingual Plane (0: none), and of the others.
    root: Vec<u32>,
    astral: FxHashMap<char, u32>,
    /// Every node, the root first; the children of each laid out together.
    pub(super) nodes: Vec<Node>,
    /// Every word, in the order of the sorted lines.
    pub(super) words: Vec<Word>,
    /// The weight of a character no word starts with: `ln(1) − ln(total)`.
    pub(super) single: f64,
    /// The characters whose words it holds, when it holds part of a dictionary (the words
    /// of a run's characters): a text with others needs the whole.
    pub(super) cover: Option<super::CharSet>,
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
    pub(super) fn child(&self, node: u32, c: char) -> Option<u32> {
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
    pub(super) fn find(&self, text: &str) -> Option<Word> {
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
