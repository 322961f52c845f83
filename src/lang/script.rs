//! Traditional/Simplified Chinese: character classes, folding to Simplified with the
//! original spans kept, and script detection. Conversion tables are OpenCC's, embedded by
//! the pure-Rust `ferrous-opencc` crate (Apache-2.0).

use crate::source::Script;
use ferrous_opencc::{config::BuiltinConfig, OpenCC};
use std::sync::OnceLock;

/// A CJK unified ideograph (including extension A and the compatibility block).
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2EBEF | 0x30000..=0x3134F)
}

/// The characters of `text` from U+3000 up (CJK punctuation, kana, Han, full-width forms),
/// with their byte offsets: only the characters that begin with a byte of E3 or more are
/// decoded, and the bytes are read eight at a time (sixty-four through a stretch without
/// such a byte), so an English text costs little.
pub fn wide_chars(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    use super::bytes::{load, wide_leads};
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || loop {
        // eight bytes at a time: most texts hold few such characters, or none
        if i >= bytes.len() {
            return None;
        }
        let leads = wide_leads(load(bytes, i));
        if leads == 0 {
            i += 8;
            // then sixty-four at a time while none is such a lead byte (a loop the compiler
            // turns into vector instructions): English text holds none for pages on end
            while let Some(block) = bytes.get(i..i + 64) {
                if block.iter().fold(false, |any, &b| any | (b >= 0xE3)) {
                    break;
                }
                i += 64;
            }
            continue;
        }
        let at = i + (leads.trailing_zeros() / 8) as usize;
        let c = text.get(at..)?.chars().next()?;
        i = at + c.len_utf8();
        return Some((at, c));
    })
}

/// Whether `text` holds a Han character ([`wide_chars`]).
pub fn has_han(text: &str) -> bool {
    wide_chars(text).any(|(_, c)| is_han(c))
}

fn t2s() -> &'static OpenCC {
    static T2S: OnceLock<OpenCC> = OnceLock::new();
    T2S.get_or_init(|| OpenCC::from_config(BuiltinConfig::T2s).expect("embedded t2s config"))
}

fn s2t() -> &'static OpenCC {
    static S2T: OnceLock<OpenCC> = OnceLock::new();
    S2T.get_or_init(|| OpenCC::from_config(BuiltinConfig::S2t).expect("embedded s2t config"))
}

/// Convert character by character, so that output char *i* stands for input char *i*.
/// Phrase-level conversion is tried first; when it changes the character count the text is
/// converted one character at a time instead.
fn convert_charwise(cc: &OpenCC, text: &str) -> Vec<char> {
    let whole: Vec<char> = cc.convert(text).chars().collect();
    if whole.len() == text.chars().count() {
        return whole;
    }
    let mut buf = [0u8; 4];
    text.chars()
        .map(|c| {
            if is_han(c) {
                let s = cc.convert(c.encode_utf8(&mut buf));
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(f), None) => f,
                    _ => c,
                }
            } else {
                c
            }
        })
        .collect()
}

/// Text folded to Simplified with a map from each folded char back to its source byte.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte offset in `text` that starts a char: the byte offset of the source char.
    /// Stored as (folded_offset, source_offset) pairs, one per char, plus the end; `None`
    /// where the text is the source's as it stands (most Chinese text: nothing to fold), each
    /// char its own source.
    map: Option<Vec<(usize, usize)>>,
}

impl Folded {
    /// Map a folded byte offset (a char boundary) back to the source offset.
    /// The chars whose source offsets lie within `from..to`, each with its source offset:
    /// one char per source char, so a stretch of the source reads as its own folding would.
    pub fn chars_within(&self, from: usize, to: usize) -> impl Iterator<Item = (char, usize)> + '_ {
        let text = &self.text;
        let (mapped, same) = match &self.map {
            Some(map) => {
                let first = map.partition_point(|&(_, src)| src < from);
                let chars = map[first..]
                    .iter()
                    .take_while(move |&&(_, src)| src < to)
                    .filter_map(move |&(f, src)| Some((text.get(f..)?.chars().next()?, src)));
                (Some(chars), None)
            }
            None => {
                // (the first char that starts at `from` or after)
                let start = (from.min(text.len())..=text.len())
                    .find(|&k| text.is_char_boundary(k))
                    .unwrap_or(text.len());
                let chars = text[start..]
                    .char_indices()
                    .map(move |(k, c)| (c, start + k))
                    .take_while(move |&(_, src)| src < to);
                (None, Some(chars))
            }
        };
        mapped.into_iter().flatten().chain(same.into_iter().flatten())
    }

    pub fn to_source(&self, folded: usize) -> usize {
        let Some(map) = &self.map else {
            // (the start of the char that holds `folded`; the end past it)
            if folded >= self.text.len() {
                return self.text.len();
            }
            return (0..=folded).rev().find(|&k| self.text.is_char_boundary(k)).unwrap_or(0);
        };
        match map.binary_search_by_key(&folded, |&(f, _)| f) {
            Ok(i) => map[i].1,
            Err(i) => map[i.saturating_sub(1)].1,
        }
    }

    /// The (folded offset, source offset) of each char, and of the end.
    fn pairs(&self) -> Vec<(usize, usize)> {
        match &self.map {
            Some(map) => map.clone(),
            None => {
                let mut map = Vec::with_capacity(self.text.len() / 2 + 1);
                map.extend(self.text.char_indices().map(|(i, _)| (i, i)));
                map.push((self.text.len(), self.text.len()));
                map
            }
        }
    }
}

/// Fold Traditional characters to Simplified, keeping one output char per input char.
pub fn fold_to_simplified(text: &str) -> Folded {
    // most Chinese text holds no character OpenCC's T→S table knows: nothing to convert, and
    // each character maps to itself
    if !text.chars().any(|c| is_han(c) && folds(c)) {
        return Folded {
            text: text.to_string(),
            map: None,
        };
    }
    let chars = convert_charwise(t2s(), text);
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(chars.len() + 1);
    for ((src, _), c) in text.char_indices().zip(chars) {
        map.push((out.len(), src));
        out.push(c);
    }
    map.push((out.len(), text.len()));
    Folded {
        text: out,
        map: Some(map),
    }
}

/// Fold to Simplified ([`fold_to_simplified`]) and read full-width forms narrow ([`narrow`]):
/// the one normal form Chinese text is segmented and read in, with a map back to `text`.
pub fn normalise(text: &str) -> Folded {
    let folded = fold_to_simplified(text);
    // (full-width forms start at U+FF01, the ideographic space is U+3000: text of neither
    // leaves the folding as it is)
    if !has_narrow_form(&folded.text) {
        return folded;
    }
    let mut out = String::with_capacity(folded.text.len());
    let pairs = folded.pairs();
    let mut map = Vec::with_capacity(pairs.len());
    for (c, &(_, src)) in folded.text.chars().zip(&pairs) {
        map.push((out.len(), src));
        out.push(narrow(c));
    }
    map.push((out.len(), text.len()));
    Folded {
        text: out,
        map: Some(map),
    }
}

/// Whether `text` has a character [`narrow`] changes: found by its UTF-8 bytes (U+3000 is
/// E3 80 80, the full-width forms EF BC xx and EF BD xx) from one byte E3 or EF to the next,
/// not by decoding every Han character.
fn has_narrow_form(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(0xE3, 0xEF, b).any(|i| match b.get(i..i + 3) {
        Some([0xE3, 0x80, 0x80]) => true,
        // ％ (85), － (8D), ． (8E), ０–９ (90–99), Ａ–Ｚ (A1–BA)
        Some([0xEF, 0xBC, y]) => matches!(y, 0x85 | 0x8D | 0x8E | 0x90..=0x99 | 0xA1..=0xBA),
        // ａ–ｚ (81–9A), ～ (9E)
        Some([0xEF, 0xBD, y]) => matches!(y, 0x81..=0x9A | 0x9E),
        _ => false,
    })
}

/// Full-width digits, letters and the signs numbers use, read as ASCII.
pub fn narrow(c: char) -> char {
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

/// Convert Simplified text to Traditional (phrase-aware; for fix suggestions).
pub fn to_traditional(text: &str) -> String {
    s2t().convert(text)
}

/// Per-character script class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharScript {
    /// Written only in Traditional texts (folds to a different Simplified char).
    Traditional,
    /// Written only in Simplified texts (has a different Traditional form).
    Simplified,
    /// The same in both, or not Han.
    Shared,
}

/// char → its counterparts, from an OpenCC character table.
type CharTable = fxhash::FxHashMap<char, Vec<char>>;

fn char_table(text: &str) -> CharTable {
    let mut map = CharTable::default();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut parts = line.split('\t');
        let (Some(key), Some(values)) = (parts.next(), parts.next()) else {
            continue;
        };
        let mut k = key.chars();
        if let (Some(c), None) = (k.next(), k.next()) {
            map.insert(c, values.split(' ').filter_map(|v| v.chars().next()).collect());
        }
    }
    map
}

/// The characters that belong to one script only, from OpenCC's character tables: a
/// character is Traditional-only when the T→S table maps it only to other characters
/// (後 → 后), Simplified-only when the S→T table does (缩 → 縮). 干 (→ 幹 乾 干) and
/// 后 (→ 後 后) are valid in both. A counterpart outside the basic planes (鄩 → U+2CA7D,
/// CJK extension B) is not used in practice, so such a character is valid in both too.
/// OpenCC's character tables: Traditional → Simplified, Simplified → Traditional.
fn tables() -> &'static (CharTable, CharTable) {
    static TABLES: OnceLock<(CharTable, CharTable)> = OnceLock::new();
    TABLES.get_or_init(|| {
        (
            char_table(crate::data::OPENCC_TS_CHARACTERS),
            char_table(crate::data::OPENCC_ST_CHARACTERS),
        )
    })
}

/// Whether OpenCC's T→S table has `c` (the basic plane from a bit set made once).
pub fn folds(c: char) -> bool {
    static BASIC: OnceLock<Vec<u64>> = OnceLock::new();
    let (ts, _) = tables();
    let basic = BASIC.get_or_init(|| {
        let mut bits = vec![0u64; 0x10000 / 64];
        for &k in ts.keys().filter(|&&k| (k as u32) < 0x10000) {
            bits[k as usize / 64] |= 1 << (k as usize % 64);
        }
        bits
    });
    match basic.get(c as usize / 64) {
        Some(&w) => w & (1 << (c as usize % 64)) != 0,
        None => ts.contains_key(&c),
    }
}

fn script_of(c: char) -> CharScript {
    // the basic plane from a table made once (two hash lookups a character were a tenth of
    // checking a Chinese article); the rest from the maps
    static BASIC: OnceLock<Vec<CharScript>> = OnceLock::new();
    let basic = BASIC.get_or_init(|| {
        let mut t = vec![CharScript::Shared; 0x10000];
        let (ts, st) = tables();
        for &k in ts.keys().chain(st.keys()) {
            if let Some(slot) = t.get_mut(k as usize) {
                *slot = script_in_tables(k);
            }
        }
        t
    });
    match basic.get(c as usize) {
        Some(&s) => s,
        None => script_in_tables(c),
    }
}

/// [`script_of`], from OpenCC's tables.
fn script_in_tables(c: char) -> CharScript {
    let (ts, st) = tables();
    let only_others = |v: &Vec<char>| !v.contains(&c) && v.iter().all(|&x| (x as u32) < 0x20000);
    if ts.get(&c).is_some_and(only_others) {
        CharScript::Traditional
    } else if st.get(&c).is_some_and(only_others) {
        CharScript::Simplified
    } else {
        CharScript::Shared
    }
}

/// Classify every char of `text`.
pub fn classify(text: &str) -> impl Iterator<Item = CharScript> + '_ {
    text.chars()
        .map(|c| if is_han(c) { script_of(c) } else { CharScript::Shared })
}

/// The script most of the distinguishing characters are written in.
pub fn detect_script(text: &str) -> Script {
    let (mut trad, mut simp) = (0, 0);
    for c in classify(text) {
        trad += usize::from(c == CharScript::Traditional);
        simp += usize::from(c == CharScript::Simplified);
    }
    if trad == 0 && simp == 0 {
        Script::Neither
    } else if trad > simp {
        Script::Traditional
    } else {
        Script::Simplified
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text that folds to itself answers without its map (`map: None`) as with it: from
    /// every offset, and for every stretch.
    #[test]
    fn a_text_folded_to_itself_maps_as_its_map_would() {
        for text in ["", "a", "中文", "a中b文c", "中😀文 x", "人口为１２万。"] {
            let bare = Folded {
                text: text.to_string(),
                map: None,
            };
            let mapped = Folded {
                text: text.to_string(),
                map: Some(bare.pairs()),
            };
            for k in 0..=text.len() + 2 {
                assert_eq!(bare.to_source(k), mapped.to_source(k), "{text:?} at {k}");
            }
            for from in 0..=text.len() + 1 {
                for to in 0..=text.len() + 1 {
                    assert_eq!(
                        bare.chars_within(from, to).collect::<Vec<_>>(),
                        mapped.chars_within(from, to).collect::<Vec<_>>(),
                        "{text:?} {from}..{to}"
                    );
                }
            }
        }
        assert!(fold_to_simplified("中文").map.is_none());
        assert!(fold_to_simplified("中國").map.is_some());
    }

    /// [`has_narrow_form`] answers as asking [`narrow`] of every character.
    #[test]
    fn narrow_forms_found_by_their_bytes() {
        let chars = (0x2F00..0x3100)
            .chain(0xFE00..0x10000)
            .chain(0x20..0x80)
            .chain([0x4E2D, 0x1F600]);
        for c in chars.filter_map(char::from_u32) {
            let text = format!("中{c}文");
            assert_eq!(has_narrow_form(&text), narrow(c) != c, "{c:?} U+{:04X}", c as u32);
        }
        assert!(!has_narrow_form("中文，。（）「」"));
        assert!(has_narrow_form("人口１２万"));
    }

    #[test]
    fn wide_chars_are_the_chars_from_u3000() {
        for t in [
            "",
            "plain",
            "café ’quoted’ — 〜",
            "a 中 b",
            "𠀀",
            "。！？",
            "ＡＢ漢",
            "\u{2fff}\u{3000}\u{33ff}",
            "an English sentence of some length, then 中文 and more, café, then 漢字 at the end: 。",
            "1234567中89abcdef文",
        ] {
            let wide: Vec<(usize, char)> = t.char_indices().filter(|&(_, c)| c >= '\u{3000}').collect();
            assert_eq!(wide_chars(t).collect::<Vec<_>>(), wide, "{t:?}");
            assert_eq!(has_han(t), t.chars().any(is_han), "{t:?}");
        }
    }

    /// The table of the basic plane classes every character as OpenCC's maps do.
    #[test]
    fn the_table_is_the_maps() {
        let (ts, st) = tables();
        for c in ts
            .keys()
            .chain(st.keys())
            .copied()
            .chain(['a', '中', '後', '后', '干', '缩', '\u{20000}'])
        {
            assert_eq!(script_of(c), script_in_tables(c), "{c}");
        }
        assert_eq!(script_of('後'), CharScript::Traditional);
        assert_eq!(script_of('缩'), CharScript::Simplified);
        assert_eq!(script_of('干'), CharScript::Shared);
    }

    #[test]
    fn folding_keeps_spans() {
        let f = fold_to_simplified("出生於美國");
        assert_eq!(f.text, "出生于美国");
        // 美 is the 4th char: byte 9 in both.
        assert_eq!(f.to_source(9), 9);
        let f = fold_to_simplified("a俄羅斯b");
        assert_eq!(f.text, "a俄罗斯b");
        assert_eq!(f.to_source(f.text.len()), "a俄羅斯b".len());
    }

    #[test]
    fn scripts() {
        assert_eq!(detect_script("俄羅斯－南奧塞梯關係"), Script::Traditional);
        assert_eq!(detect_script("阿布哈兹和南奥塞梯的关系"), Script::Simplified);
        assert_eq!(detect_script("hello"), Script::Neither);
    }
}
