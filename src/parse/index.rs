//! Indexes built once per document so that the parsers never rescan: memoised forward
//! searches ([`Finder`]), bracket matching for any start position ([`Nesting`]), and the
//! wikitext nesting levels of `|` and `=` ([`WikiIndex`]) that give a template's top-level
//! parameters without reading its nested templates again.
//!
//! Every query here answers exactly what the corresponding naive scan answers; the naive
//! scans stay as the reference (and as fallbacks for the rare positions an index does not
//! cover).

use crate::budget::work;
use crate::Span;

/// First occurrence of the needle `finder` looks for at or after `from` (byte-wise; any
/// `from` is allowed), by memchr's vectorised search: the parsers' needles (`-->`, `</ref`,
/// `\n`) are rare, so the search mostly crosses long stretches.
fn find_bytes(hay: &[u8], finder: &memchr::memmem::Finder<'static>, from: usize) -> Option<usize> {
    let found = hay.get(from..).and_then(|rest| finder.find(rest)).map(|k| from + k);
    work(found.map_or(hay.len().saturating_sub(from), |at| at + 1 - from));
    found
}

/// A forward search for one needle that remembers its last answer: "the first occurrence at
/// or after `q`" is answered without rescanning while the queries stay between the last
/// start and the occurrence found (and at once, forever after, when there is none). The
/// parsers query in (mostly) increasing order, so every needle costs one pass in all.
#[derive(Debug, Clone)]
pub(crate) struct Finder {
    needle: memchr::memmem::Finder<'static>,
    from: usize,
    at: Option<usize>,
    fresh: bool,
}

impl Finder {
    pub fn new(needle: &str) -> Self {
        Finder {
            needle: memchr::memmem::Finder::new(needle.as_bytes()).into_owned(),
            from: 0,
            at: None,
            fresh: false,
        }
    }

    /// First occurrence at or after `q`.
    pub fn next(&mut self, hay: &str, q: usize) -> Option<usize> {
        if self.fresh && q >= self.from && self.at.is_none_or(|a| q <= a) {
            return self.at;
        }
        let at = find_bytes(hay.as_bytes(), &self.needle, q);
        self.from = q;
        self.at = at;
        self.fresh = true;
        at
    }

    /// First occurrence at or after `q` that ends by `limit`.
    pub fn within(&mut self, hay: &str, q: usize, limit: usize) -> Option<usize> {
        let n = self.needle.needle().len();
        self.next(hay, q).filter(|&a| a + n <= limit)
    }
}

/// A set of `N` bytes, to jump to the next byte a scan cares about: the first bytes one by one
/// (a table lookup a byte: in wikitext most gaps between markup bytes are short), then
/// sixteen bytes at a time, each compared with every byte of the set at once (on x86-64).
pub(crate) struct ByteSet<const N: usize> {
    table: [bool; 256],
    #[cfg_attr(not(all(target_arch = "x86_64", target_feature = "sse2")), allow(dead_code))]
    set: [u8; N],
}

/// How many bytes [`ByteSet::next`] reads one by one before it reads sixteen at a time.
const ONE_BY_ONE: usize = 8;

impl<const N: usize> ByteSet<N> {
    pub(crate) const fn of(set: &[u8; N]) -> Self {
        let mut table = [false; 256];
        let mut k = 0;
        while k < N {
            table[set[k] as usize] = true;
            k += 1;
        }
        ByteSet { table, set: *set }
    }

    /// The first index at or after `from` whose byte is in the set.
    #[inline]
    pub(crate) fn next(&self, s: &[u8], from: usize) -> Option<usize> {
        let rest = s.get(from..)?;
        let head = rest.len().min(ONE_BY_ONE);
        if let Some(k) = rest[..head].iter().position(|&b| self.table[usize::from(b)]) {
            return Some(from + k);
        }
        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        // SAFETY: the build targets SSE2 (`target_feature = "sse2"`, part of every x86-64), the
        // one feature `after_head` is compiled for; it reads `s` only through checked slices.
        return unsafe { self.after_head(s, from + head) };
        #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
        rest[head..]
            .iter()
            .position(|&b| self.table[usize::from(b)])
            .map(|k| from + head + k)
    }

    /// [`Self::next`] past the bytes read one by one.
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    #[target_feature(enable = "sse2")]
    fn after_head(&self, s: &[u8], mut i: usize) -> Option<usize> {
        use std::arch::x86_64::{
            _mm_cmpeq_epi8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_set_epi64x, _mm_setzero_si128,
        };
        let needles = self.set.map(|c| _mm_set1_epi8(c as i8));
        while let Some(chunk) = s.get(i..i + 16) {
            let word = |k: usize| i64::from_le_bytes(chunk[k..k + 8].try_into().unwrap_or_default());
            let v = _mm_set_epi64x(word(8), word(0));
            let hits = needles
                .iter()
                .fold(_mm_setzero_si128(), |acc, &n| _mm_or_si128(acc, _mm_cmpeq_epi8(v, n)));
            let mask = _mm_movemask_epi8(hits);
            if mask != 0 {
                return Some(i + mask.trailing_zeros() as usize);
            }
            i += 16;
        }
        s.get(i..)?
            .iter()
            .position(|&b| self.table[usize::from(b)])
            .map(|k| i + k)
    }
}

/// The depth of single `[ ]` as [`Nesting`] reads it (a one-byte token, `]` tried first),
/// and the last `[` that opened each depth: all [`WikiIndex`] asks of them, without the lists
/// of tokens a [`Nesting`] keeps.
#[derive(Debug, Default)]
struct Depths {
    depth: i32,
    last_open: ByDepth,
}

impl Depths {
    /// Read the bracket byte `b` (`[` or `]`) at `i`.
    #[inline]
    fn read(&mut self, b: u8, i: usize) {
        if b == b']' {
            self.depth -= 1;
        } else {
            self.depth += 1;
            *self.last_open.slot(self.depth) = i;
        }
    }

    /// As [`Nesting::last_open_here`].
    fn last_open_here(&self) -> usize {
        self.last_open.get(self.depth)
    }
}

/// Open/close tokens of one bracket pair as the greedy left-to-right scan of
/// [`super::find_balanced`] reads them from the start of the file (the close token is tried
/// first), with the nesting depth after each. A scan started anywhere else reads the same
/// tokens once it reaches a byte the file-wide scan also visited (at the latest at the end
/// of a run of the bracket character), so one pass serves every start.
#[derive(Debug, Default)]
pub(crate) struct Nesting {
    open: Vec<u8>,
    close: Vec<u8>,
    /// Token start positions, increasing, and the depth after each token.
    pos: Vec<usize>,
    after: Vec<i32>,
    /// (depth after, position) of close tokens, sorted.
    closes: Vec<(i32, usize)>,
    /// Open tokens in order of position, each with the close token that balances it
    /// ([`NONE`] for none), and the ones still unbalanced as the scan reads on.
    pairs: Vec<(usize, usize)>,
    unbalanced: Vec<usize>,
    /// For each depth, the last open token read that opened it (the depth after the token;
    /// see [`Nesting::last_open_here`]).
    last_open: ByDepth,
}

/// No position.
const NONE: usize = usize::MAX;

/// A position for each nesting depth (which may be below 0), [`NONE`] where there is none.
#[derive(Debug, Default)]
struct ByDepth {
    from_zero: Vec<usize>,
    below_zero: Vec<usize>,
}

impl ByDepth {
    fn slot(&mut self, depth: i32) -> &mut usize {
        let (list, k) = if depth >= 0 {
            (&mut self.from_zero, depth as usize)
        } else {
            (&mut self.below_zero, (-1 - depth) as usize)
        };
        if list.len() <= k {
            list.resize(k + 1, NONE);
        }
        &mut list[k]
    }

    fn get(&self, depth: i32) -> usize {
        let (list, k) = if depth >= 0 {
            (&self.from_zero, depth as usize)
        } else {
            (&self.below_zero, (-1 - depth) as usize)
        };
        list.get(k).copied().unwrap_or(NONE)
    }
}

impl Nesting {
    pub fn new(src: &str, open: &str, close: &str) -> Self {
        let bytes = src.as_bytes();
        let mut n = Nesting::empty(open, close);
        let (o0, c0) = (n.open[0], n.close[0]);
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            i = if b == c0 || b == o0 { n.read(bytes, i) } else { i + 1 };
        }
        n.finish();
        n
    }

    /// No tokens yet: [`Nesting::read`] the file's bytes in order, then [`Nesting::finish`].
    fn empty(open: &str, close: &str) -> Self {
        Nesting::with_room(open, close, 0)
    }

    /// [`Nesting::empty`], with room for about `tokens` tokens.
    fn with_room(open: &str, close: &str, tokens: usize) -> Self {
        Nesting {
            open: open.as_bytes().to_vec(),
            close: close.as_bytes().to_vec(),
            pos: Vec::with_capacity(tokens),
            after: Vec::with_capacity(tokens),
            closes: Vec::with_capacity(tokens / 2),
            pairs: Vec::with_capacity(tokens / 2),
            ..Nesting::default()
        }
    }

    /// One step of the file-wide scan at byte `i`: record a token there, if one starts
    /// there; returns the next byte the scan visits.
    fn read(&mut self, bytes: &[u8], i: usize) -> usize {
        let depth = self.after.last().copied().unwrap_or(0);
        if token_at(bytes, i, &self.close) {
            self.pos.push(i);
            self.after.push(depth - 1);
            self.closes.push((depth - 1, i));
            if let Some(k) = self.unbalanced.pop() {
                self.pairs[k].1 = i;
            }
            i + self.close.len()
        } else if token_at(bytes, i, &self.open) {
            self.pos.push(i);
            self.after.push(depth + 1);
            self.unbalanced.push(self.pairs.len());
            self.pairs.push((i, NONE));
            *self.last_open.slot(depth + 1) = i;
            i + self.open.len()
        } else {
            i + 1
        }
    }

    fn finish(&mut self) {
        sort_by_depth(&mut self.closes, |e| e.0);
        self.unbalanced = Vec::new();
    }

    /// While the file-wide scan reads: the last open token read so far that opened the depth
    /// the scan is at now ([`NONE`] for none). For a position `x` the scan has reached
    /// (outside tokens), and a start `s` before it that the scan also visits (not inside a
    /// token), nothing in `[s, x]` is shallower than `x` (a counter started at 0 at `s` and
    /// never let below 0 reads 0 at `x`) exactly when that token is before `s` or there is
    /// none: no search is needed later.
    fn last_open_here(&self) -> usize {
        self.last_open.get(self.depth())
    }

    /// Depth after everything read so far.
    fn depth(&self) -> i32 {
        self.after.last().copied().unwrap_or(0)
    }

    /// Number of tokens starting before `q`.
    fn tokens_before(&self, q: usize) -> usize {
        self.pos.partition_point(|&p| p < q)
    }

    /// Whether the file-wide scan visits byte `q` (it is not inside a token).
    pub fn synced(&self, q: usize) -> bool {
        let k = self.tokens_before(q);
        k == 0 || {
            let p = self.pos[k - 1];
            let len = if self.after[k - 1] > if k >= 2 { self.after[k - 2] } else { 0 } {
                self.open.len()
            } else {
                self.close.len()
            };
            p + len <= q
        }
    }

    /// Depth before byte `q` (a position the file-wide scan visits).
    pub fn depth_at(&self, q: usize) -> i32 {
        match self.tokens_before(q) {
            0 => 0,
            k => self.after[k - 1],
        }
    }

    /// The first close token at or after `q` leaving depth `level`.
    fn close_at_level(&self, level: i32, q: usize) -> Option<usize> {
        let k = self.closes.partition_point(|&e| e < (level, q));
        self.closes.get(k).filter(|e| e.0 == level).map(|e| e.1)
    }

    /// Exactly [`super::find_balanced`]`(src, from, open, close)`.
    pub fn find(&self, src: &str, from: usize) -> Option<usize> {
        // most starts are just after an open token of the file-wide scan: its balancing close
        if let Some(open) = from.checked_sub(self.open.len()) {
            let k = self.pairs.partition_point(|e| e.0 < open);
            if let Some(&(p, close)) = self.pairs.get(k) {
                if p == open {
                    return (close != NONE).then_some(close);
                }
            }
        }
        self.find_from(src, from, 1)
    }

    /// The close token that brings a scan started at `from` with `depth` open to 0.
    pub fn find_from(&self, src: &str, from: usize, depth: i32) -> Option<usize> {
        let bytes = src.as_bytes();
        let mut depth = depth;
        let mut j = from;
        // read byte by byte until in step with the file-wide scan
        while j < bytes.len() && !self.synced(j) {
            work(1);
            if token_at(bytes, j, &self.close) {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
                j += self.close.len();
            } else if token_at(bytes, j, &self.open) {
                depth += 1;
                j += self.open.len();
            } else {
                j += 1;
            }
        }
        if j >= bytes.len() {
            return None;
        }
        self.close_at_level(self.depth_at(j) - depth, j)
    }
}

/// Whether `token` (a bracket token: one or two bytes) starts at `i`: compared in line, as
/// a call to the library's `memcmp` for each bracket byte cost 4 % of a wikitext check.
#[inline]
fn token_at(bytes: &[u8], i: usize, token: &[u8]) -> bool {
    token.iter().enumerate().all(|(k, &t)| bytes.get(i + k) == Some(&t))
}

/// Sort entries recorded in increasing position, each (depth, position, …), into
/// (depth, position) order: a counting sort by depth, which keeps each depth's positions in
/// the order they came (linear; a comparison sort was 4 % of checking wikitext). Depths spread
/// far wider than the entries are many fall back to the comparison sort.
fn sort_by_depth<T: Copy + Ord>(list: &mut Vec<T>, depth: impl Fn(&T) -> i32) {
    let (Some(lo), Some(hi)) = (list.iter().map(&depth).min(), list.iter().map(&depth).max()) else {
        return;
    };
    let span = (i64::from(hi) - i64::from(lo)) as usize + 1;
    if span > 4 * list.len() + 64 {
        list.sort_unstable();
        return;
    }
    // where each depth's entries begin
    let mut start = vec![0usize; span + 1];
    for e in list.iter() {
        start[(depth(e) - lo) as usize + 1] += 1;
    }
    for d in 1..=span {
        start[d] += start[d - 1];
    }
    let Some(&first) = list.first() else {
        return;
    };
    let mut out = vec![first; list.len()];
    for &e in list.iter() {
        let at = &mut start[(depth(&e) - lo) as usize];
        out[*at] = e;
        *at += 1;
    }
    *list = out;
}

/// Where `|` and `=` sit in the nesting of wikitext (for template parameters and link pipes).
#[derive(Debug, Default)]
pub(crate) struct WikiIndex {
    /// `{{ }}` and `[[ ]]` as [`super::find_balanced`] reads them.
    pub braces: Nesting,
    pub squares: Nesting,
    /// single `{ }` and `[ ]` (the counters of `first_top_level_eq`); of the single square
    /// brackets only the depth and the last open of each depth are asked for.
    brace1: Nesting,
    square1: Depths,
    /// `|` by (`{{` depth, position) and by (`[[` depth, position), each with the last `[[`
    /// (or `{{`) before it that opened the depth it stands at (see
    /// [`Nesting::last_open_here`]).
    bars_by_brace: Vec<(i32, usize, usize)>,
    bars_by_square: Vec<(i32, usize, usize)>,
    /// `=` by (single `{` depth, position), each with the last single `[` before it that
    /// opened the depth it stands at.
    eqs: Vec<(i32, usize, usize)>,
    /// positions of `<`.
    lts: Vec<usize>,
}

impl WikiIndex {
    pub fn new(src: &str) -> Self {
        // (room for the lists taken once, for the share of their bytes a page of en-wikitext
        // has: a `[` every 82 bytes and a `]` as often, so a token of `[[` or `]]` every 82 at
        // most; a `{` and a `}` each every 236; a `|` every 59, an `=` every 95, a `<` every
        // 365. A page with more grows them as it goes)
        let room = |every: usize| src.len() / every;
        let mut x = WikiIndex {
            braces: Nesting::with_room("{{", "}}", room(236)),
            squares: Nesting::with_room("[[", "]]", room(82)),
            brace1: Nesting::with_room("{", "}", room(118)),
            square1: Depths::default(),
            bars_by_brace: Vec::with_capacity(room(59)),
            bars_by_square: Vec::with_capacity(room(59)),
            eqs: Vec::with_capacity(room(95)),
            lts: Vec::with_capacity(room(365)),
        };
        // one pass for all four scans: each pair scan skips the second byte of its tokens
        let bytes = src.as_bytes();
        let (mut next_braces, mut next_squares) = (0, 0);
        // (from one byte the scans read to the next: prose is most of the text)
        const READ: ByteSet<7> = ByteSet::of(b"{}[]|=<");
        let mut from = 0;
        while let Some(i) = READ.next(bytes, from) {
            let b = bytes[i];
            match b {
                b'{' | b'}' => {
                    x.brace1.read(bytes, i);
                    if i >= next_braces {
                        next_braces = x.braces.read(bytes, i);
                    }
                }
                b'[' | b']' => {
                    x.square1.read(b, i);
                    if i >= next_squares {
                        next_squares = x.squares.read(bytes, i);
                    }
                }
                b'|' => {
                    x.bars_by_brace.push((x.braces.depth(), i, x.squares.last_open_here()));
                    x.bars_by_square.push((x.squares.depth(), i, x.braces.last_open_here()));
                }
                b'=' => x.eqs.push((x.brace1.depth(), i, x.square1.last_open_here())),
                b'<' => x.lts.push(i),
                _ => {}
            }
            from = i + 1;
        }
        for n in [&mut x.braces, &mut x.squares, &mut x.brace1] {
            n.finish();
        }
        sort_by_depth(&mut x.bars_by_brace, |e| e.0);
        sort_by_depth(&mut x.bars_by_square, |e| e.0);
        sort_by_depth(&mut x.eqs, |e| e.0);
        x
    }

    /// Entries of a (depth, position, last open) list at `level` with position in `range`,
    /// as (position, last open).
    fn at_level(list: &[(i32, usize, usize)], level: i32, range: Span) -> impl Iterator<Item = (usize, usize)> + '_ {
        let a = list.partition_point(|&e| (e.0, e.1) < (level, range.start));
        let b = list.partition_point(|&e| (e.0, e.1) < (level, range.end));
        list[a..b.max(a)].iter().map(|e| (e.1, e.2))
    }

    /// `|` in a template's inner `range` (from just after `{{` to its balancing `}}`) outside
    /// nested `{{ }}` and `[[ ]]`; `None` when `range` is not such a range.
    pub fn template_bars(&self, src: &str, range: Span) -> Option<Vec<usize>> {
        let s = range.start;
        if !self.braces.synced(s) || self.braces.find(src, s) != Some(range.end) {
            return None;
        }
        let level = self.braces.depth_at(s);
        // (the scan of `[[ ]]` visits `s` too: the byte before it is a `{`, so no token of
        // square brackets holds it)
        Some(
            Self::at_level(&self.bars_by_brace, level, range)
                .filter(|&(_, open)| open == NONE || open < s)
                .map(|(p, _)| p)
                .collect(),
        )
    }

    /// The first `|` in a link's inner `range` (from just after `[[` to its balancing `]]`)
    /// outside nested `{{ }}` and `[[ ]]`; `None` when `range` is not such a range.
    pub fn link_bar(&self, src: &str, range: Span) -> Option<Option<usize>> {
        let s = range.start;
        if !self.squares.synced(s) || self.squares.find(src, s) != Some(range.end) || !self.braces.synced(s) {
            return None;
        }
        let level = self.squares.depth_at(s);
        Some(
            Self::at_level(&self.bars_by_square, level, range)
                .find(|&(_, open)| open == NONE || open < s)
                .map(|(p, _)| p),
        )
    }

    /// The first `=` in `range` outside single `{ }` and `[ ]` counted from `range.start`,
    /// unless a `<` comes first; `None` when the braces dip below their level at the start
    /// before an answer is found (the caller then scans).
    pub fn first_eq(&self, src: &str, range: Span) -> Option<Option<usize>> {
        let s = range.start;
        let k = self.lts.partition_point(|&p| p < s);
        let stop = self.lts.get(k).map_or(range.end, |&p| p.min(range.end));
        let dip = self.brace1.find(src, s).unwrap_or(usize::MAX);
        let level = self.brace1.depth_at(s);
        let found = Self::at_level(&self.eqs, level, s..stop.min(dip))
            .find(|&(_, open)| open == NONE || open < s)
            .map(|(p, _)| p);
        if found.is_none() && dip < stop {
            return None;
        }
        Some(found)
    }
}

/// Markdown link labels: for every `[` the file-wide scan of `link_at` reads (a `\` skips
/// the byte after it, a blank line closes everything open), the `]` that balances it.
#[derive(Debug, Default)]
pub(crate) struct LabelIndex {
    opens: Vec<(usize, Option<usize>)>,
}

impl LabelIndex {
    pub fn new(src: &str) -> Self {
        let bytes = src.as_bytes();
        let mut x = LabelIndex::default();
        let mut stack: Vec<usize> = Vec::new();
        let mut j = 0;
        while j < bytes.len() {
            match bytes[j] {
                b'\\' => j += 1,
                b'[' => {
                    stack.push(x.opens.len());
                    x.opens.push((j, None));
                }
                b']' => {
                    if let Some(k) = stack.pop() {
                        x.opens[k].1 = Some(j);
                    }
                }
                b'\n' if bytes.get(j + 1) == Some(&b'\n') => stack.clear(),
                _ => {}
            }
            j += 1;
        }
        x
    }

    /// The `]` balancing the `[` at `i` (`Some(None)`: none before a blank line); `None` when
    /// the file-wide scan did not read `i` as an opening (the caller then scans).
    pub fn close(&self, i: usize) -> Option<Option<usize>> {
        let k = self.opens.partition_point(|e| e.0 < i);
        self.opens.get(k).filter(|e| e.0 == i).map(|e| e.1)
    }
}

/// Markdown link targets `(url "title")`: the `)` that ends one, found by index (balanced
/// parentheses, the next line break, the next ` "`) rather than by reading the line.
#[derive(Debug, Default)]
pub(crate) struct TargetIndex {
    parens: Nesting,
    newlines: Vec<usize>,
    /// positions of the space of ` "`.
    titles: Vec<usize>,
}

impl TargetIndex {
    pub fn new(src: &str) -> Self {
        let bytes = src.as_bytes();
        let mut x = TargetIndex {
            parens: Nesting::new(src, "(", ")"),
            ..TargetIndex::default()
        };
        for (i, &b) in bytes.iter().enumerate() {
            match b {
                b'\n' => x.newlines.push(i),
                b' ' if bytes.get(i + 1) == Some(&b'"') => x.titles.push(i),
                _ => {}
            }
        }
        x
    }

    fn first(list: &[usize], from: usize) -> usize {
        let k = list.partition_point(|&p| p < from);
        list.get(k).copied().unwrap_or(usize::MAX)
    }

    /// A link target starting at `t0` (just after `](`) and read up to `limit`: the end of
    /// the link (after its `)`) and the end of the URL. `quote` finds the title's closing `"`.
    pub fn target(&self, src: &str, t0: usize, limit: usize, quote: &mut Finder) -> Option<(usize, usize)> {
        let depth0 = self.parens.depth_at(t0);
        let close = self.parens.find(src, t0).unwrap_or(usize::MAX);
        let newline = Self::first(&self.newlines, t0);
        let title = Self::first(&self.titles, t0);
        let first = close.min(newline).min(title);
        if first >= limit || first == newline {
            return None;
        }
        if first == close {
            return Some((close + 1, close));
        }
        // a title: skip to its closing quote, then read on with the parentheses still open
        let open = self.parens.depth_at(title) - depth0;
        let q = quote.within(src, title + 2, limit)?;
        let k = q + 1;
        let close = self.parens.find_from(src, k, open + 1).unwrap_or(usize::MAX);
        let newline = Self::first(&self.newlines, k);
        if close < limit && close < newline {
            Some((close + 1, title))
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_depth;

    /// The counting sort orders as a comparison sort does: depths that walk up and down as
    /// nesting does, depths spread wide (the fallback), one entry, none.
    #[test]
    fn depth_order_is_the_sorted_order() {
        let mut numbers = crate::TestNumbers::new(0x2545_F491_4F6C_DD1D);
        let mut next = |n: u64| numbers.below(n);
        for round in 0..2000 {
            let n = next(60) as usize;
            let (mut depth, mut pos) = (0i32, 0usize);
            let mut list = Vec::new();
            for _ in 0..n {
                depth += match round % 3 {
                    0 => next(3) as i32 - 1,
                    1 => next(2001) as i32 - 1000,
                    _ => -(next(2) as i32),
                };
                pos += 1 + next(5) as usize;
                list.push((depth, pos));
            }
            let mut sorted = list.clone();
            sorted.sort_unstable();
            sort_by_depth(&mut list, |e| e.0);
            assert_eq!(list, sorted);
        }
    }
}
