//! Byte scans eight bytes at a time: each byte of a `u64` tested at once, in plain integer
//! arithmetic ("SWAR"), for the scans that read every byte of a text.
//!
//! A *mask* has the high bit of each byte that passes a test set, and no other bit;
//! [`bits`] gathers it into one bit a byte.

const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;
const SEVEN: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// The eight bytes of `b` from `i` (byte `i` in the lowest), zeros past its end.
#[inline]
pub fn load(b: &[u8], i: usize) -> u64 {
    match b.get(i..i + 8) {
        Some(chunk) => u64::from_le_bytes(chunk.try_into().unwrap_or_default()),
        None => {
            let mut buf = [0u8; 8];
            let rest = b.get(i..).unwrap_or_default();
            buf[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(buf)
        }
    }
}

/// The bytes of `v` equal to `c`.
#[inline]
pub fn equal(v: u64, c: u8) -> u64 {
    let x = v ^ (LOW * u64::from(c));
    // a byte's low seven bits plus 7F carry into its high bit unless they are all zero (and
    // never into the next byte)
    !(((x & SEVEN) + SEVEN) | x) & HIGH
}

/// The bytes of `v` that are ASCII letters.
#[inline]
pub fn letters(v: u64) -> u64 {
    let folded = v | (LOW * 0x20); // a letter's lower case
    let m = folded & SEVEN;
    // m + 1F reaches the high bit from `a` (61) up, m + 05 from `{` (7B) up; neither carries
    // into the next byte; a byte of 80 or more is no letter
    (m + LOW * 0x1F) & !(m + LOW * 0x05) & !folded & HIGH
}

/// The bytes of `v` of 80 or more (not ASCII).
#[inline]
pub fn non_ascii(v: u64) -> u64 {
    v & HIGH
}

/// The bytes of `v` of E3 or more: those that begin a character from U+3000 up.
#[inline]
pub fn wide_leads(v: u64) -> u64 {
    // the low seven bits plus 1D reach the high bit from 63 up; only bytes of 80 or more count
    ((v & SEVEN) + LOW * 0x1D) & v & HIGH
}

/// A mask gathered into one bit a byte: bit `k` for byte `k`.
#[inline]
pub fn bits(mask: u64) -> u64 {
    // byte k's bit (at 8k after the shift) lands at 56 + k, and no two products meet
    ((mask >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every test agrees with the byte's own, at every place of the eight, for every byte.
    #[test]
    fn each_byte_tested_as_alone() {
        for c in 0..=255u8 {
            for k in 0..8 {
                // the other bytes vary too: the byte before and after must not leak in
                for fill in [0u8, b'a', 0x7F, 0x80, 0xFF, c] {
                    let mut a = [fill; 8];
                    a[k] = c;
                    let v = load(&a, 0);
                    let at = |m: u64| bits(m) >> k & 1 == 1;
                    assert_eq!(at(letters(v)), c.is_ascii_alphabetic(), "{c:#x} at {k}");
                    assert_eq!(at(non_ascii(v)), c >= 0x80, "{c:#x} at {k}");
                    assert_eq!(at(wide_leads(v)), c >= 0xE3, "{c:#x} at {k}");
                    for probe in [b'\'', b'a', 0, 0xE2, 0xFF] {
                        assert_eq!(at(equal(v, probe)), c == probe, "{c:#x} = {probe:#x} at {k}");
                    }
                    let all = |m: u64| (0..8).all(|j| (bits(m) >> j & 1 == 1) == a[j].is_ascii_alphabetic());
                    assert!(all(letters(v)), "{a:?}");
                }
            }
        }
    }

    #[test]
    fn loads_past_the_end_as_zeros() {
        assert_eq!(load(b"abc", 0), u64::from_le_bytes(*b"abc\0\0\0\0\0"));
        assert_eq!(load(b"abcdefghij", 8), u64::from_le_bytes(*b"ij\0\0\0\0\0\0"));
        assert_eq!(load(b"abc", 3), 0);
        assert_eq!(load(b"abc", 9), 0);
    }
}
