//! A sentence as a slice of chars with a map back to prose byte offsets.

pub(crate) use crate::lang::script::narrow;
use crate::lang::script::{fold_to_simplified, Folded};

/// A sentence's chars (Chinese folded to Simplified, full-width digits and signs read as
/// ASCII) and, for each char index, its prose byte offset (plus one for the end).
pub(crate) struct Text {
    pub chars: Vec<char>,
    pub pos: Vec<usize>,
    /// `chars` as one string, for English: what [`en_tokens`] borrows its words from.
    pub string: String,
}

impl Text {
    pub fn new(sentence: &str, base: usize, zh: bool) -> Self {
        crate::budget::work(sentence.len());
        // (a char is a byte or more: the sentence's bytes bound its chars, so nothing grows)
        let mut pos: Vec<usize> = Vec::with_capacity(sentence.len() + 1);
        pos.extend(sentence.char_indices().map(|(i, _)| base + i));
        pos.push(base + sentence.len());
        let mut chars: Vec<char> = Vec::with_capacity(sentence.len());
        if zh && sentence.chars().any(crate::lang::script::is_han) {
            chars.extend(fold_to_simplified(sentence).text.chars().map(narrow));
        } else {
            chars.extend(sentence.chars().map(narrow));
        }
        debug_assert_eq!(chars.len() + 1, pos.len());
        let string = if zh {
            String::new()
        } else {
            let mut s = String::with_capacity(sentence.len());
            s.extend(chars.iter());
            s
        };
        Text { chars, pos, string }
    }

    /// A Chinese sentence (`base..end` of the prose) read from its block's normalised text
    /// (`block`, whose source starts at prose offset `block_start`), which is folded once
    /// for the block's words: the same chars [`Text::new`] would fold again.
    pub fn within_block(block: &Folded, block_start: usize, base: usize, end: usize) -> Self {
        crate::budget::work(end.saturating_sub(base));
        let from = base.saturating_sub(block_start);
        let to = end.saturating_sub(block_start);
        // (a char is a byte or more: the sentence's bytes bound its chars)
        let bound = to.saturating_sub(from) + 1;
        let (mut chars, mut pos) = (Vec::with_capacity(bound), Vec::with_capacity(bound));
        for (c, src) in block.chars_within(from, to) {
            chars.push(c);
            pos.push(block_start + src);
        }
        pos.push(end);
        Text {
            chars,
            pos,
            string: String::new(),
        }
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

    #[test]
    fn a_sentence_read_from_its_block_is_the_sentence_folded_alone() {
        let block = "於１９９８年發現。其後２００５年億元，見於臺灣。";
        let folded = crate::lang::script::normalise(block);
        let mut start = 0;
        for sentence in block.split_inclusive('。') {
            let end = start + sentence.len();
            let alone = Text::new(sentence, 100 + start, true);
            let within = Text::within_block(&folded, 100, 100 + start, 100 + end);
            assert_eq!(within.chars, alone.chars, "{sentence}");
            assert_eq!(within.pos, alone.pos, "{sentence}");
            start = end;
        }
        assert_eq!(start, block.len());
    }
}

/// A token of English text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    /// Char indices.
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    pub s: &'a str,
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

impl Tok<'_> {
    pub fn is(&self, s: &str) -> bool {
        self.s == s
    }
    pub fn is_punct(&self, set: &[char]) -> bool {
        self.kind == TokKind::Punct && self.s.chars().next().is_some_and(|c| set.contains(&c))
    }
    /// The word in lower case (borrowed when it is already: most words are).
    pub fn lower(&self) -> std::borrow::Cow<'_, str> {
        if self.s.chars().any(char::is_uppercase) {
            std::borrow::Cow::Owned(self.s.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(self.s)
        }
    }
}

/// Split English text into words, digit runs and single punctuation chars. `text` is
/// `chars` as a string (the tokens borrow from it, so a sentence is read into words once and
/// no word is copied).
pub(crate) fn en_tokens<'a>(chars: &[char], text: &'a str) -> Vec<Tok<'a>> {
    debug_assert!(text.chars().eq(chars.iter().copied()));
    let mut out = Vec::new();
    let mut i = 0;
    // the byte offset in `text` of char `i`
    let mut byte = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let start_byte = byte;
        let kind = if c.is_whitespace() {
            i += 1;
            byte += c.len_utf8();
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
        byte += chars[start..i].iter().map(|c| c.len_utf8()).sum::<usize>();
        out.push(Tok {
            start,
            end: i,
            kind,
            s: text.get(start_byte..byte).unwrap_or_default(),
        });
    }
    out
}

/// The words of English text as [`en_tokens`] reads them, each with whether it is the
/// text's first token, straight from the string (no token list: for a pass over a whole
/// document).
pub(crate) fn en_words<'a>(text: &'a str, mut f: impl FnMut(&'a str, bool)) {
    let mut first = true;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_ascii_digit() && c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                let inner_apostrophe =
                    (d == '\'' || d == '’') && text[j + d.len_utf8()..].chars().next().is_some_and(char::is_alphabetic);
                if !(d.is_alphabetic() || inner_apostrophe) {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            f(&text[i..end], first);
        }
        first = false;
    }
}

#[cfg(test)]
mod word_tests {
    use super::*;

    /// `en_words` reads the words `en_tokens` reads.
    #[test]
    fn words_as_tokens() {
        for text in [
            "O'Brien's 12km road, the ‘Rock’n’roll’ — it's 3rd; x'",
            "  Étienne Ａ５ naïve 'quoted' end'",
            "",
            "42",
        ] {
            let chars: Vec<char> = text.chars().collect();
            let want: Vec<(&str, bool)> = en_tokens(&chars, text)
                .iter()
                .enumerate()
                .filter(|(_, t)| t.kind == TokKind::Word)
                .map(|(i, t)| (t.s, i == 0))
                .collect();
            let mut got = Vec::new();
            en_words(text, |w, first| got.push((w, first)));
            assert_eq!(got, want, "{text:?}");
        }
    }
}
