//! A sentence as a slice of chars with a map back to prose byte offsets.

use crate::lang::script::fold_to_simplified;

/// A sentence's chars (Chinese folded to Simplified, full-width digits and signs read as
/// ASCII) and, for each char index, its prose byte offset (plus one for the end).
pub(crate) struct Text {
    pub chars: Vec<char>,
    pub pos: Vec<usize>,
}

impl Text {
    pub fn new(sentence: &str, base: usize, zh: bool) -> Self {
        crate::budget::work(sentence.len());
        let mut pos: Vec<usize> = sentence.char_indices().map(|(i, _)| base + i).collect();
        pos.push(base + sentence.len());
        let chars: Vec<char> = if zh && sentence.chars().any(crate::lang::script::is_han) {
            fold_to_simplified(sentence).text.chars().map(narrow).collect()
        } else {
            sentence.chars().map(narrow).collect()
        };
        debug_assert_eq!(chars.len() + 1, pos.len());
        Text { chars, pos }
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// The chars `start..end` as a string.
    pub fn slice(&self, start: usize, end: usize) -> String {
        self.chars[start.min(self.chars.len())..end.min(self.chars.len())]
            .iter()
            .collect()
    }
}

/// Full-width digits, letters and the signs numbers use, read as ASCII.
pub(crate) fn narrow(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '％' => '%',
        '．' => '.',
        '－' => '-',
        '～' => '~',
        '\u{3000}' => ' ',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_narrows() {
        let t = Text::new("２００５年億", 10, true);
        assert_eq!(t.chars.iter().collect::<String>(), "2005年亿");
        assert_eq!(t.pos[0], 10);
        assert_eq!(t.pos[6], 10 + "２００５年億".len());
    }
}

/// A token of English text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tok {
    /// Char indices.
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    pub s: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters, with inner apostrophes.
    Word,
    /// ASCII digits only.
    Num,
    /// One other non-space char.
    Punct,
}

impl Tok {
    pub fn is(&self, s: &str) -> bool {
        self.s == s
    }
    pub fn is_punct(&self, set: &[char]) -> bool {
        self.kind == TokKind::Punct && self.s.chars().next().is_some_and(|c| set.contains(&c))
    }
    pub fn lower(&self) -> String {
        self.s.to_lowercase()
    }
}

/// Split English text into words, digit runs and single punctuation chars.
pub(crate) fn en_tokens(chars: &[char]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let kind = if c.is_whitespace() {
            i += 1;
            continue;
        } else if c.is_ascii_digit() {
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            TokKind::Num
        } else if c.is_alphabetic() {
            while i < chars.len()
                && (chars[i].is_alphabetic()
                    || ((chars[i] == '\'' || chars[i] == '’')
                        && i + 1 < chars.len()
                        && chars[i + 1].is_alphabetic()
                        && i > start))
            {
                i += 1;
            }
            TokKind::Word
        } else {
            i += 1;
            TokKind::Punct
        };
        out.push(Tok {
            start,
            end: i,
            kind,
            s: chars[start..i].iter().collect(),
        });
    }
    out
}
