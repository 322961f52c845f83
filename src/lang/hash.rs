//! A hasher for the lookup tables read once per character or word (characters' readings,
//! role cues, part-of-speech tags): one rotate, xor and multiply per value written. The
//! standard library's SipHash guards against keys chosen to collide, which these tables,
//! built from the repository's own data, do not need; it was 5 % of checking Chinese text.
//! It is the same in every process, so no output can depend on a table's order by chance.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The hasher ([the module](self)).
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

const K: u64 = 0x517C_C1B7_2722_0A95;

impl FastHasher {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A set with [`FastHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character of the basic plane keeps its own entry, and the hash spreads them:
    /// the top seven bits (the table's tag) take more than a hundred values over the Han block.
    #[test]
    fn characters_keep_their_entries() {
        let map: FastMap<char, u32> = ('\u{4E00}'..='\u{9FFF}').map(|c| (c, c as u32)).collect();
        assert!(('\u{4E00}'..='\u{9FFF}').all(|c| map.get(&c) == Some(&(c as u32))));
        assert_eq!(map.get(&'a'), None);
        let tags: FastSet<u64> = ('\u{4E00}'..='\u{9FFF}')
            .map(|c| {
                let mut h = FastHasher::default();
                h.write_u32(c as u32);
                h.finish() >> 57
            })
            .collect();
        assert!(tags.len() > 100, "{}", tags.len());
        let words: FastSet<&str> = ["n", "nr", "ns", "v", "x", "eng"].into_iter().collect();
        assert!(words.contains("nr") && !words.contains("nt"));
    }
}
