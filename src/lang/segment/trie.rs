//! jieba's dictionary as a trie of characters, built from its lines (`word freq tag`), and
//! the bytes it is kept in.
//!
//! `build.rs` builds the whole dictionary's trie when parallax is compiled and stores its
//! bytes in the binary ([`to_bytes`]); a run reads them in place ([`view`]) instead of
//! building the trie again. [`super::dictionary::Dictionary::new`] builds the trie of any
//! lines (the tests'). This file is compiled into `build.rs` too (`#[path]`): it uses `std`
//! only.
//!
//! The weights are computed (`ln`) where parallax is built: a build for another platform,
//! whose `ln` may differ in the last bit, should run the test
//! `the_trie_in_the_binary_is_the_dictionarys` and the comparison with jieba-rs there.

/// No word ends at a node.
pub const NONE: u32 = u32::MAX;

/// The most children of a node looked through one by one; the children of a node with more
/// (but the root's) are found through the table of edges ([`edges`]).
pub const FEW: usize = 8;

/// Where the edge from node `parent` by character `c` is looked for first in a table of
/// edges `mask + 1` slots long (a power of two).
pub fn edge_slot(parent: u32, c: u32, mask: usize) -> usize {
    let key = (u64::from(parent) << 32) | u64::from(c);
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask
}

/// The table of edges: each child of a node with more than [`FEW`] children (but the
/// root's, which a run indexes by character), at its [`edge_slot`] or the first free slot
/// after it (wrapping), [`NONE`] in the free slots. Twice as many slots as edges, at least,
/// rounded up to a power of two; none when no node has that many children. A lookup checks
/// that the child it finds is one of the node's and leads by the character sought.
pub fn edges(nodes: &[[u32; 4]]) -> Vec<u32> {
    let many = |n: &&[u32; 4]| n[2] as usize > FEW;
    let count: usize = nodes.iter().skip(1).filter(many).map(|n| n[2] as usize).sum();
    if count == 0 {
        return Vec::new();
    }
    let mut table = vec![NONE; (2 * count).next_power_of_two()];
    let mask = table.len() - 1;
    for (parent, n) in nodes.iter().enumerate().skip(1).filter(|(_, n)| many(n)) {
        for child in n[1]..n[1] + n[2] {
            let c = nodes.get(child as usize).map_or(NONE, |k| k[0]);
            let mut slot = edge_slot(parent as u32, c, mask);
            while table[slot] != NONE {
                slot = (slot + 1) & mask;
            }
            table[slot] = child;
        }
    }
    table
}

/// A trie: every node, the root first, the children of each laid out together and sorted by
/// their character; every word, in the order of the sorted lines.
pub struct Trie<'a> {
    /// Per node: (the character that leads to it, its first child, how many children it
    /// has, the word that ends at it or [`NONE`]).
    pub nodes: Vec<[u32; 4]>,
    /// Per word: its weight in jieba's sums, `ln(freq) − ln(total)`, and its tag.
    pub words: Vec<(f64, &'a str)>,
}

/// The trie of `lines` (`word freq tag`, as jieba's `dict.txt`), weighed against `total`,
/// the sum of the frequencies of the whole dictionary the lines are taken from. A word given
/// twice keeps its first tag and its last frequency, as jieba-rs does.
pub fn build<'a>(lines: impl IntoIterator<Item = &'a str>, total: usize) -> Trie<'a> {
    let mut merged: Vec<(&'a str, usize, &'a str)> = lines
        .into_iter()
        .filter_map(|l| {
            let mut fields = l.split_whitespace();
            let word = fields.next()?;
            let freq = fields.next().and_then(|f| f.parse().ok()).unwrap_or(0);
            Some((word, freq, fields.next().unwrap_or("")))
        })
        .collect();
    // (jieba's dictionary comes sorted)
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
        .map(|&(_, freq, tag)| ((freq as f64).ln() - log_total, tag))
        .collect();
    // breadth first: the children of a node are laid out together. A node is the words
    // `lo..hi` of `merged` that begin with the characters leading to it; `at[i]` is where
    // word i's next character starts (the words of a node have all been read that far).
    let mut at = vec![0usize; merged.len()];
    let next = |i: usize, at: &[usize]| merged[i].0[at[i]..].chars().next();
    let mut nodes = vec![[0, 0, 0, NONE]];
    let mut queue = std::collections::VecDeque::from([(0usize, 0usize, merged.len())]);
    while let Some((node, mut lo, hi)) = queue.pop_front() {
        // (sorted: the word that is this prefix comes first among those sharing it)
        if lo < hi && next(lo, &at).is_none() {
            nodes[node][3] = lo as u32;
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
            nodes.push([c as u32, 0, 0, NONE]);
            i = j;
        }
        nodes[node][1] = first as u32;
        nodes[node][2] = (nodes.len() - first) as u32;
    }
    Trie { nodes, words }
}

/// The trie as bytes: the counts of nodes, words, tags and the slots of the table of edges
/// (`u32` each), each tag (its length, a byte, then its text), each node (four `u32`), each
/// word (its weight's bits, a `u64`, and its tag's number, a byte), each slot of the table
/// ([`edges`], a `u32`). Little-endian. None when the tags do not fit: more
/// than 256 of them, or one longer than 255 bytes.
pub fn to_bytes(trie: &Trie) -> Option<Vec<u8>> {
    let mut tags: Vec<&str> = trie.words.iter().map(|w| w.1).collect();
    tags.sort_unstable();
    tags.dedup();
    if tags.len() > 256 || tags.iter().any(|t| t.len() > 255) {
        return None;
    }
    let table = edges(&trie.nodes);
    let mut out = Vec::with_capacity(16 * trie.nodes.len() + 9 * trie.words.len() + 4 * table.len());
    for n in [trie.nodes.len(), trie.words.len(), tags.len(), table.len()] {
        out.extend((n as u32).to_le_bytes());
    }
    for t in &tags {
        out.push(t.len() as u8);
        out.extend(t.as_bytes());
    }
    for n in &trie.nodes {
        n.iter().for_each(|x| out.extend(x.to_le_bytes()));
    }
    for (weight, tag) in &trie.words {
        out.extend(weight.to_bits().to_le_bytes());
        out.push(tags.binary_search(tag).unwrap_or(0) as u8);
    }
    table.iter().for_each(|x| out.extend(x.to_le_bytes()));
    Some(out)
}

/// A trie's bytes ([`to_bytes`]), read in place: each node 16 bytes, each word 9, each slot
/// of the table of edges 4.
pub struct View<'a> {
    pub nodes: &'a [u8],
    pub words: &'a [u8],
    /// The table of edges ([`edges`]): empty, or a power of two of slots.
    pub edges: &'a [u8],
    /// The tags, by number.
    pub tags: Vec<&'a str>,
}

/// The parts of the bytes [`to_bytes`] made, or None if `bytes` are not such a trie.
pub fn view(bytes: &[u8]) -> Option<View<'_>> {
    let mut rest = bytes;
    let rest = &mut rest;
    let counts = take(rest, 16)?;
    let count = |i: usize| u32_at(counts, 4 * i).map(|n| n as usize);
    let (nodes, words, tags, slots) = (count(0)?, count(1)?, count(2)?, count(3)?);
    if slots != 0 && !slots.is_power_of_two() {
        return None;
    }
    let mut names = Vec::with_capacity(tags);
    for _ in 0..tags {
        let len = usize::from(*take(rest, 1)?.first()?);
        names.push(std::str::from_utf8(take(rest, len)?).ok()?);
    }
    let nodes = take(rest, 16usize.checked_mul(nodes)?)?;
    let words = take(rest, 9usize.checked_mul(words)?)?;
    let edges = take(rest, 4usize.checked_mul(slots)?)?;
    rest.is_empty().then_some(View {
        nodes,
        words,
        edges,
        tags: names,
    })
}

/// The trie [`to_bytes`] made, or None if `bytes` are not such a trie.
#[cfg(test)]
pub fn read(bytes: &[u8]) -> Option<Trie<'_>> {
    let v = view(bytes)?;
    let nodes = v
        .nodes
        .chunks_exact(16)
        .map(|b| Some([u32_at(b, 0)?, u32_at(b, 4)?, u32_at(b, 8)?, u32_at(b, 12)?]))
        .collect::<Option<Vec<_>>>()?;
    let words = v
        .words
        .chunks_exact(9)
        .map(|b| {
            let weight = f64::from_bits(u64::from_le_bytes(b.get(..8)?.try_into().ok()?));
            Some((weight, *v.tags.get(usize::from(*b.get(8)?))?))
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Trie { nodes, words })
}

/// The `u32` at byte `at` of `bytes` (little-endian), if they hold one there.
pub fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

/// The first `n` bytes of `rest`, which then starts after them.
fn take<'b>(rest: &mut &'b [u8], n: usize) -> Option<&'b [u8]> {
    let (a, b) = (rest.get(..n)?, rest.get(n..)?);
    *rest = b;
    Some(a)
}
