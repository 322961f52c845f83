//! Byte offset → line and column, and the display lines the human renderer shows.
//!
//! Line starts are found once per file and a line is found by binary search. A column
//! counts characters from the line start; so that a finding deep in a megabyte-long line
//! does not count the whole line again, the index also holds the number of characters
//! before every `CHUNK`-th byte, and a column costs at most two partial chunks.

/// Bytes per character-count checkpoint.
const CHUNK: usize = 256;

/// Physical line starts of one file.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// `chars_before[k]`: characters in the first `k * CHUNK` bytes.
    chars_before: Vec<usize>,
}

/// Characters starting in `bytes` (bytes that are not UTF-8 continuation bytes).
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut chars_before = Vec::with_capacity(text.len() / CHUNK + 1);
        let mut n = 0;
        chars_before.push(0);
        for chunk in text.as_bytes().chunks(CHUNK) {
            n += char_starts(chunk);
            chars_before.push(n);
        }
        LineIndex { starts, chars_before }
    }

    /// 0-based line index of a byte offset.
    pub fn line_index(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).saturating_sub(1)
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line.min(self.starts.len() - 1)]
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Characters in `text[..offset]`.
    fn chars_to(&self, text: &str, offset: usize) -> usize {
        let k = (offset / CHUNK).min(self.chars_before.len() - 1);
        self.chars_before[k] + char_starts(&text.as_bytes()[k * CHUNK..offset])
    }

    /// 1-based line and column (column in characters; a leading BOM is not counted).
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char(text, offset.min(text.len()));
        let line = self.line_index(offset);
        let start = self.line_start(line);
        let mut col = if offset - start <= 2 * CHUNK {
            text[start..offset].chars().count() + 1
        } else {
            self.chars_to(text, offset) - self.chars_to(text, start) + 1
        };
        if line == 0 && text.starts_with('\u{feff}') && offset >= 3 {
            col -= 1;
        }
        (line + 1, col)
    }
}

pub(crate) fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_by_checkpoints_match_counting() {
        let mut text = String::from("\u{feff}ab\n");
        for k in 0..3000 {
            text.push(if k % 7 == 0 { '中' } else { 'x' });
            if k % 1111 == 0 {
                text.push('\n');
            }
        }
        text.push_str("é\n\nz");
        let idx = LineIndex::new(&text);
        for (off, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let line = idx.line_index(off);
            let start = idx.line_start(line);
            let mut col = text[start..off].chars().count() + 1;
            if line == 0 && off >= 3 {
                col -= 1;
            }
            assert_eq!(idx.line_col(&text, off), (line + 1, col), "offset {off}");
        }
    }
}
