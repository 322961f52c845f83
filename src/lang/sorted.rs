//! Sorted tables of lines (`key<sep>rest`), embedded as text and searched in place by binary
//! search over their bytes: nothing is parsed or indexed at start-up.

/// The byte offset of the first line of `table` (sorted by key, in byte order) whose key
/// (the bytes before `sep`) is not less than `key`; `table.len()` when there is none.
pub fn lower_bound(table: &[u8], key: &[u8], sep: u8) -> usize {
    // the smallest line start at or after `p`
    let line_start = |p: usize| -> usize {
        if p == 0 || table[p - 1] == b'\n' {
            return p;
        }
        table[p..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(table.len(), |i| p + i + 1)
    };
    let key_at = |s: usize| -> &[u8] {
        let rest = &table[s..];
        let end = rest.iter().position(|&b| b == sep || b == b'\n').unwrap_or(rest.len());
        &rest[..end]
    };
    // lines starting before `lo` are less than `key`, lines starting at or after `hi` are not
    let (mut lo, mut hi) = (0, table.len());
    while lo < hi {
        let mut s = line_start(lo + (hi - lo) / 2);
        if s >= hi {
            s = lo;
        }
        if key_at(s) < key {
            lo = line_start(s + 1);
        } else {
            hi = s;
        }
    }
    lo
}

/// Whether `table`, a sorted list of lines, holds the line `line` whole.
pub fn holds_line(table: &str, line: &str) -> bool {
    let at = lower_bound(table.as_bytes(), line.as_bytes(), b'\n');
    lines_from(table, at).next() == Some(line)
}

/// The lines of `table` from byte offset `at` on (without their line ends).
pub fn lines_from(table: &str, at: usize) -> impl Iterator<Item = &str> {
    table.get(at..).unwrap_or_default().split_terminator('\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_line_not_less() {
        let t = b"a 1\nab 2\nb 3\nc 4\n";
        assert_eq!(lower_bound(t, b"", b' '), 0);
        assert_eq!(lower_bound(t, b"a", b' '), 0);
        assert_eq!(lower_bound(t, b"ab", b' '), 4);
        assert_eq!(lower_bound(t, b"aa", b' '), 4);
        assert_eq!(lower_bound(t, b"b", b' '), 9);
        assert_eq!(lower_bound(t, b"c", b' '), 13);
        assert_eq!(lower_bound(t, b"d", b' '), t.len());
        // no final line end, one line, nothing
        assert_eq!(lower_bound(b"a\tx\nb\ty", b"b", b'\t'), 4);
        assert_eq!(lower_bound(b"a\tx", b"a", b'\t'), 0);
        assert_eq!(lower_bound(b"", b"a", b'\t'), 0);
    }

    /// Against a linear scan, on every key of a table and between them.
    #[test]
    fn agrees_with_a_scan() {
        let keys = ["", "0", "a", "aa", "ab", "abc", "b", "ba", "巴", "巴黎", "黎", "z"];
        let table: String = keys.iter().skip(1).map(|k| format!("{k}\tv\n")).collect();
        for probe in keys.iter().chain(&["aaa", "abd", "c", "巴a", "黎黎"]) {
            let scan = table
                .split_inclusive('\n')
                .take_while(|l| l.split('\t').next().unwrap().as_bytes() < probe.as_bytes())
                .map(str::len)
                .sum::<usize>();
            assert_eq!(lower_bound(table.as_bytes(), probe.as_bytes(), b'\t'), scan, "{probe}");
        }
    }
}
