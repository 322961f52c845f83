//! English doubles: which are slips and which are English.

use super::{data, Double, Markup};
use crate::Span;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EnData {
    allow: Vec<String>,
    allow_before: BTreeMap<String, Vec<String>>,
    sentence_start: Vec<String>,
    homographs: Vec<String>,
    determiners: Vec<String>,
    that_not_before: Vec<String>,
    is_after: Vec<String>,
    common: Vec<String>,
    latin_endings: Vec<String>,
    latin_phrases: Vec<String>,
    foreign_function_words: Vec<String>,
}

impl EnData {
    /// Whether a list of [`EnData::sorted`] holds `w`.
    fn has(list: &[String], w: &str) -> bool {
        list.binary_search_by(|x| x.as_str().cmp(w)).is_ok()
    }

    /// The lists sorted, for [`EnData::has`] (`foreign` asks for every word of a block).
    pub(super) fn sorted(mut self) -> Self {
        for list in [
            &mut self.allow,
            &mut self.sentence_start,
            &mut self.homographs,
            &mut self.determiners,
            &mut self.that_not_before,
            &mut self.is_after,
            &mut self.common,
            &mut self.latin_endings,
            &mut self.latin_phrases,
            &mut self.foreign_function_words,
        ] {
            list.sort_unstable();
        }
        self
    }
}

/// Latin words: (span, text).
fn latin_words(text: &str) -> Vec<(Span, &str)> {
    LatinWords { text, i: 0 }.collect()
}

/// Whether two Latin words in a row are the same but for case: the one thing every double
/// needs, looked for first without keeping the words (most blocks hold none). It runs over
/// every block, so it reads 64 bytes at a time into masks ([`crate::lang::bytes`]) and walks
/// from word to word, not from byte to byte.
///
/// The words are [`LatinWords`]': a run of letters and apostrophes (`'`, `’`) holds one when
/// it holds a letter, from its first letter to its last (a word starts at a letter, goes on
/// over letters and apostrophes, and its end's apostrophes are trimmed).
fn may_hold_double(text: &str) -> bool {
    use crate::lang::bytes::{bits, equal, letters, load, non_ascii};
    const CURLY: &[u8] = "’".as_bytes();
    let b = text.as_bytes();
    let mut prev = 0..0; // the last word (none yet: empty, and no word is)
    let mut first: Option<usize> = None; // the first letter of the run we are in
    let mut last_end = 0; // one past its last letter so far
    let mut in_run = false;
    let mut spill = 0u64; // bytes of a `’` begun in the window before
    for base in (0..b.len()).step_by(64) {
        // the window's letters, and the bytes a run goes on over
        let (mut l, mut w) = (0u64, spill);
        spill = 0;
        for c in 0..8 {
            let v = load(b, base + 8 * c);
            let apostrophes = bits(equal(v, b'\''));
            let letter = bits(letters(v));
            l |= letter << (8 * c);
            w |= (letter | apostrophes) << (8 * c);
            let mut wide = bits(non_ascii(v));
            while wide != 0 {
                let k = 8 * c + wide.trailing_zeros() as usize;
                wide &= wide - 1;
                if b[base + k..].starts_with(CURLY) {
                    let marks = 0b111u128 << k;
                    w |= marks as u64;
                    spill |= (marks >> 64) as u64;
                }
            }
        }
        // the runs' starts and ends in the window (a run that reaches its last byte goes on
        // into the next), read pairwise: the k-th end closes the run of the k-th start, or the
        // run carried in
        let mut starts = w & !((w << 1) | u64::from(in_run));
        let mut ends = w & !(w >> 1) & !(1 << 63);
        if in_run && w & 1 == 0 {
            // (the run carried in ended with the window before)
            in_run = false;
            if first.take().is_some_and(|start| repeats(b, &mut prev, start..last_end)) {
                return true;
            }
        }
        loop {
            let (start_bit, end_bit) = match (in_run, ends != 0) {
                (true, true) => (0, ends.trailing_zeros()),
                (true, false) => (0, 63),
                (false, _) if starts == 0 => break,
                (false, true) => (starts.trailing_zeros(), ends.trailing_zeros()),
                (false, false) => (starts.trailing_zeros(), 63),
            };
            let closed = ends != 0;
            if !in_run {
                starts &= starts - 1;
            }
            let seg = (!0u64 >> (63 - end_bit)) & (!0u64 << start_bit);
            let run_letters = l & seg;
            if run_letters != 0 {
                first.get_or_insert(base + run_letters.trailing_zeros() as usize);
                last_end = base + 64 - run_letters.leading_zeros() as usize;
            }
            if !closed {
                in_run = true;
                break;
            }
            ends &= ends - 1;
            in_run = false;
            if first.take().is_some_and(|start| repeats(b, &mut prev, start..last_end)) {
                return true;
            }
        }
    }
    // the text's last run ends with it
    first.is_some_and(|start| repeats(b, &mut prev, start..last_end))
}

/// Whether the word at `word` (of `b`) is the word before it (`prev`) but for case; it is the
/// word before the next one from now on.
fn repeats(b: &[u8], prev: &mut Span, word: Span) -> bool {
    let same = prev.len() == word.len() && b[prev.clone()].eq_ignore_ascii_case(&b[word.clone()]);
    *prev = word;
    same
}

/// The Latin words of a text, one after another: runs of ASCII letters with the apostrophes
/// inside them (`'` or `’`), not those at their ends.
struct LatinWords<'a> {
    text: &'a str,
    i: usize,
}

impl<'a> Iterator for LatinWords<'a> {
    type Item = (Span, &'a str);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        // (a byte at a time: the letters are ASCII, and an apostrophe `’` is E2 80 99)
        const CURLY: &[u8] = "’".as_bytes();
        let b = self.text.as_bytes();
        let Some(off) = b[self.i..].iter().position(u8::is_ascii_alphabetic) else {
            self.i = b.len();
            return None;
        };
        let start = self.i + off;
        let mut i = start;
        loop {
            i += b[i..]
                .iter()
                .position(|c| !c.is_ascii_alphabetic())
                .unwrap_or(b.len() - i);
            match b.get(i) {
                Some(b'\'') => i += 1,
                Some(0xE2) if b[i..].starts_with(CURLY) => i += CURLY.len(),
                _ => break,
            }
        }
        self.i = i;
        // (the apostrophes at its end are not the word's)
        let w = self.text[start..i].trim_end_matches(['\'', '’']);
        Some((start..start + w.len(), w))
    }
}

fn capital(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

/// One candidate double: words `k` and `k + 1` of a block.
struct Pair<'a> {
    text: &'a str,
    words: &'a [(Span, &'a str)],
    k: usize,
    lower: String,
}

impl Pair<'_> {
    fn first(&self) -> &str {
        self.words[self.k].1
    }
    fn second(&self) -> &str {
        self.words[self.k + 1].1
    }
    /// The word `n` places after the first copy (lower-cased), when only white space separates.
    fn next_lower(&self) -> Option<String> {
        let (s, w) = self.words.get(self.k + 2)?;
        let gap = &self.text[self.words[self.k + 1].0.end..s.start];
        gap.trim().is_empty().then(|| w.to_ascii_lowercase())
    }
    /// The word before the first copy, when only white space separates.
    fn previous(&self) -> Option<&str> {
        let (s, w) = &self.words[self.k.checked_sub(1)?];
        self.text[s.end..self.words[self.k].0.start]
            .trim()
            .is_empty()
            .then_some(*w)
    }
    /// Whether the first copy opens a sentence.
    fn opens_sentence(&self) -> bool {
        let before = self.text[..self.words[self.k].0.start]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '\'' | '‘' | '(' | '['));
        before.is_empty() || before.ends_with(['.', '!', '?', ':', ';'])
    }
    /// The first word of the sentence (or line) the first copy is in, lower-cased.
    fn sentence_opener(&self) -> Option<String> {
        let here = self.words[self.k].0.start;
        let start = self.text[..here].rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
        let (_, w) = self.words.iter().find(|(s, _)| s.start >= start)?;
        Some(w.to_ascii_lowercase())
    }
    /// The up to `n` words before the first copy in the same sentence, lower-cased.
    fn words_before(&self, n: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut end = self.words[self.k].0.start;
        for (s, w) in self.words[..self.k].iter().rev().take(n) {
            if self.text[s.end..end].contains(['.', '!', '?', ';']) {
                break;
            }
            out.push(w.to_ascii_lowercase());
            end = s.start;
        }
        out
    }
}

/// Every slip among the doubles of `text` (one block's prose).
pub(super) fn find(text: &str, markup: &dyn Markup, found: &mut Vec<Double>) {
    if !may_hold_double(text) {
        return;
    }
    let d = &data().en;
    let words = latin_words(text);
    // German, French, Spanish …: "die die" is German grammar, not a slip. Asked only once a
    // block holds a double that would be reported, since it reads every word of the block.
    let mut is_foreign: Option<bool> = None;
    let mut after_report = false;
    for k in 0..words.len().saturating_sub(1) {
        if std::mem::take(&mut after_report) {
            continue; // "the the the": one finding; the next round of --fix takes the rest
        }
        let ((s1, w1), (s2, w2)) = (&words[k], &words[k + 1]);
        if !w1.eq_ignore_ascii_case(w2) {
            continue;
        }
        // only white space between them (a line break included), and not a run of spaces
        // between two columns of a layout ("perhydro…phenanthrene        perhydro…phenanthrene")
        let gap = &text[s1.end..s2.start];
        if !gap.chars().all(char::is_whitespace) || gap.contains("   ") {
            continue;
        }
        // a letter glued to either side (digits, CJK) means these are not whole words; a word
        // of a link's address ("*http://…/rwaai RWAAI") is not prose
        if glued(text, s1.start, s2.end) || markup.separated(s1.end, s2.start) || in_url(text, s1) || in_url(text, s2) {
            continue;
        }
        let lower = w1.to_ascii_lowercase();
        if w1.len() < 2 && lower != "a" && lower != "i" {
            continue; // initials and spelled-out letters: "D. D.", "b a s i c"
        }
        let pair = Pair {
            text,
            words: &words,
            k,
            lower,
        };
        if legitimate(&pair, markup) {
            continue;
        }
        // (asked last: it reads every word of the block, and a block of another language
        // reports nothing, whichever double comes first)
        if *is_foreign.get_or_insert_with(|| foreign(&words)) {
            return;
        }
        let common = EnData::has(&d.common, &pair.lower);
        let homograph = EnData::has(&d.homographs, &pair.lower);
        after_report = true;
        found.push(Double {
            first: s1.clone(),
            second: s2.clone(),
            word: w2.to_string(),
            // a capitalised double may be a name ("That is May May"): deleting could be wrong
            safe: (common || !capital(w2)) && !(homograph && capital(w2)),
        });
    }
}

/// Whether a block's Latin-script words are another language than English: more function
/// words of German, French, Spanish or Dutch than of English, and at least three.
fn foreign(words: &[(Span, &str)]) -> bool {
    let d = &data().en;
    let (mut en, mut other) = (0, 0);
    for (_, w) in words {
        let w = w.to_ascii_lowercase();
        if EnData::has(&d.foreign_function_words, &w) {
            other += 1;
        } else if EnData::has(&d.common, &w) {
            en += 1;
        }
    }
    other >= 3 && other > en
}

/// Whether a double is English rather than a slip.
fn legitimate(p: &Pair, markup: &dyn Markup) -> bool {
    let d = &data().en;
    let lower = p.lower.as_str();
    let has = EnData::has;
    if has(&d.allow, lower) {
        return true;
    }
    let italic = |k: usize| markup.italic(p.words[k].0.start);
    if italic(p.k) && italic(p.k + 1) && !has(&d.common, lower) {
        return true; // inside italics: a title quoted as published ("''Is computer science science?''")
    }
    // italics begin or end between the copies: a title or a scientific name after an ordinary
    // word ("in the ''The Times''", "the bison ''Bison bison''")
    if markup.italic(p.words[p.k].0.start) != markup.italic(p.words[p.k + 1].0.start) {
        return true;
    }
    if let Some(nexts) = d.allow_before.get(lower) {
        return p.next_lower().is_some_and(|n| nexts.contains(&n)); // "Hip Hip Hooray", not "Hip Hip"
    }
    if has(&d.sentence_start, lower) && p.opens_sentence() {
        return true; // "Wait wait!", "May May awake up?" (a modal and a name)
    }
    if has(&d.homographs, lower) {
        // a name or noun and the modal: "May may", "Will will", "the can can hold"
        return capital(p.first()) != capital(p.second())
            || p.previous()
                .is_some_and(|w| has(&d.determiners, &w.to_ascii_lowercase()));
    }
    if lower == "that" {
        // "that that is", "that that sentence" — but not "that that this administration"
        return p.next_lower().is_some_and(|n| !has(&d.that_not_before, &n));
    }
    // "Is computer science science?": the predicate repeats the noun that ends the subject
    let question = p.text[p.words[p.k + 1].0.end..].starts_with('?');
    let copula = ["is", "are", "was", "were"];
    if question && p.sentence_opener().is_some_and(|w| copula.contains(&w.as_str())) {
        return true;
    }
    if lower == "is" {
        return p.words_before(4).iter().any(|w| has(&d.is_after, w)); // "what it is is"
    }
    let rest = &p.text.as_bytes()[p.words[p.k + 1].0.start..];
    if d.latin_phrases.iter().any(|ph| {
        let ph = ph.as_bytes();
        rest.len() >= ph.len() && rest[..ph.len()].eq_ignore_ascii_case(ph)
    }) {
        return true; // "resolution in in vitro binding"
    }
    let common = has(&d.common, lower);
    if common {
        return false;
    }
    if capital(p.first()) && capital(p.second()) {
        return true; // a reduplicated name: Bora Bora, Walla Walla, Duran Duran, Mau Mau
    }
    let latin = |w: &str| {
        let w = w.to_ascii_lowercase();
        w.len() >= 3 && d.latin_endings.iter().any(|e| w.ends_with(e.as_str()))
    };
    let italic = markup.italic(p.words[p.k + 1].0.start);
    if capital(p.first()) {
        return latin(p.second()) || italic; // a tautonym: Bufo bufo, ''Pipa pipa''
    }
    // a trinomial: a capitalised genus before a lower-case double (Orycteropus afer afer)
    if p.previous()
        .is_some_and(|g| capital(g) && !has(&d.common, &g.to_ascii_lowercase()))
        && ((latin(p.previous().unwrap_or_default()) && latin(p.first())) || italic)
    {
        return true;
    }
    false
}

/// Whether the word at `span` is part of a URL: the run of non-space characters it stands in
/// holds `://` or starts with `www.` (after any list marker or bracket).
fn in_url(text: &str, span: &Span) -> bool {
    let start = text[..span.start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[span.end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| span.end + i);
    let token = text[start..end].trim_start_matches(|c: char| !c.is_alphanumeric());
    token.contains("://") || token.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("www."))
}

fn glued(text: &str, start: usize, end: usize) -> bool {
    let bad = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_');
    let mut before = text[..start].chars().rev();
    let mut after = text[end..].chars();
    let (b1, b2) = (before.next(), before.next());
    let (a1, a2) = (after.next(), after.next());
    // a dotted name or abbreviation: "E.ON on", "on a.m."
    let dotted = |c: Option<char>, next: Option<char>| c == Some('.') && bad(next);
    bad(b1) || bad(a1) || dotted(b1, b2) || dotted(a1, a2)
}

#[cfg(test)]
mod tests {
    /// The first look finds every two words in a row that are one word but for case, and
    /// nothing else.
    #[test]
    fn the_first_look_finds_words_in_a_row() {
        for text in [
            "the the",
            "in The the end",
            "it’s it’s",
            "10 December December 2010",
            "a-a",
            "x9x",
            "dogs' dogs’ x",
        ] {
            assert!(super::may_hold_double(text), "{text}");
        }
        for text in [
            "the cat the",
            "",
            "中文 中文",
            "theory the",
            "it’s it’",
            "the ' that",
            "it's its",
        ] {
            assert!(!super::may_hold_double(text), "{text}");
        }
    }

    /// The first look reads the words [`super::LatinWords`] reads: on real text, on every
    /// string of five from a few letters, apostrophes, separators and a character whose bytes
    /// begin those of `’` (U+2000, E2 80 80), and on long strings of them (runs across the
    /// windows of 64 bytes), it finds a double exactly when two of those words in a row are
    /// one.
    #[test]
    fn the_first_look_reads_the_words_of_the_rule() {
        let by_words = |text: &str| {
            let w = super::latin_words(text);
            w.windows(2).any(|p| p[0].1.eq_ignore_ascii_case(p[1].1))
        };
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/wikipairs/en");
        let (mut lines, mut doubles) = (0, 0);
        for entry in std::fs::read_dir(&dir).expect("tests/corpus/wikipairs/en") {
            let text = std::fs::read_to_string(entry.expect("a corpus file").path()).expect("a corpus file");
            for line in text.lines().chain([text.as_str()]) {
                let words = by_words(line);
                assert_eq!(super::may_hold_double(line), words, "{line}");
                lines += 1;
                doubles += usize::from(words);
            }
        }
        assert!(lines > 1000 && doubles > 0, "{lines} lines, {doubles} with a double");
        let alphabet = ["a", "A", "b", "'", "’", " ", "-", "中", "9", "\u{2000}"];
        for text in crate::rules::test_support::every_string(&alphabet, 5) {
            assert_eq!(super::may_hold_double(&text), by_words(&text), "{text:?}");
        }
        let mut text = String::new();
        // long strings: a small generator, the same every run
        let mut numbers = crate::TestNumbers::new(0x2545_F491_4F6C_DD1D);
        let words = [
            "ab",
            "Ab",
            "abc",
            "x",
            "it’s",
            "its",
            "o'",
            "’t",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ];
        let gaps = [" ", "  ", "’ ", " ’", "-", "中", "\u{2000}", "9", "'"];
        for _ in 0..20_000 {
            text.clear();
            let n = numbers.below(40);
            for _ in 0..n {
                text.push_str(words[numbers.below(words.len() as u64) as usize]);
                text.push_str(gaps[numbers.below(gaps.len() as u64) as usize]);
            }
            assert_eq!(super::may_hold_double(&text), by_words(&text), "{text:?}");
        }
    }

    /// Words are runs of ASCII letters with the apostrophes inside them (`'` or `’`), not
    /// those at their ends.
    #[test]
    fn latin_words_keep_inner_apostrophes() {
        let text = "rock'n'roll, the dogs' toys; it’s l’amour’ 中文abc x9y ’t";
        let words: Vec<&str> = super::latin_words(text).into_iter().map(|(_, w)| w).collect();
        assert_eq!(
            words,
            [
                "rock'n'roll",
                "the",
                "dogs",
                "toys",
                "it’s",
                "l’amour",
                "abc",
                "x",
                "y",
                "t"
            ]
        );
        for (span, w) in super::latin_words(text) {
            assert_eq!(&text[span], w);
        }
    }
}
