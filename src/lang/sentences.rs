//! Sentence boundaries for Chinese and English prose.
//!
//! Chinese sentences end at 。！？ (and their half-width forms between Han characters),
//! with closing quotes and brackets kept in the sentence. English sentences end at `.`, `!`
//! or `?` followed by white space and a capital, a digit or a quote — except after an
//! abbreviation ("Mr.", "U.S.", "St.", "Sept.") or an initial ("J. Levy"). Decimals never
//! end a sentence because no space follows their point. A citation marker after the mark
//! (`in 1623.[4] In 1673`, as plain-text extracts keep references) stays with the sentence
//! it ends.

use crate::Span;

const EN_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "rev", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
    "pres", "mt", "ft", "vs", "etc", "inc", "ltd", "co", "corp", "no", "nos", "vol", "pp", "ed", "eds", "approx",
    "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e",
    "u.s", "u.k", "u.n", "a.d", "b.c", "ph.d", "cf", "al", "c", "ca", "op", "gov't", "dept", "univ", "assn", "bros",
    "messrs",
];

fn is_closer(c: char) -> bool {
    matches!(c, '」' | '』' | '）' | ')' | '"' | '\'' | '”' | '’' | '》' | ']' | '】')
}

/// Split `text` into sentence spans (byte ranges, trimmed of surrounding white space).
/// `zh` selects the Chinese rules; English rules apply to Latin stretches in both.
pub fn split(text: &str, zh: bool) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // from one possible stop to the next: `.`, `!`, `?`, and the lead byte of `。`, `！`, `？`
    // (E3 80 82, EF BC 81, EF BC 9F); the next lead byte is found once, the marks before it
    let mut i = 0;
    let next_wide = |i: usize| memchr::memchr2(0xE3, 0xEF, &bytes[i..]).map_or(bytes.len(), |off| i + off);
    let mut wide = next_wide(0);
    loop {
        if wide < i {
            wide = next_wide(i);
        }
        let pos = match memchr::memchr3(b'.', b'!', b'?', &bytes[i..wide]) {
            Some(off) => i + off,
            None if wide < bytes.len() => wide,
            None => break,
        };
        let Some(c) = text[pos..].chars().next() else { break };
        let end_here = match c {
            '。' | '！' | '？' => true,
            // "……," style mixed punctuation: a Western stop after Han text
            '.' | '!' | '?' => zh && prev_is_han(text, pos) || en_boundary(text, pos),
            _ => false,
        };
        if !end_here {
            i = pos + c.len_utf8();
            continue;
        }
        // keep closing quotes/brackets, citation markers and repeated marks with the sentence
        let end = past_closers(text, pos + c.len_utf8(), true);
        push_trimmed(text, start..end, &mut out);
        start = end;
        i = end;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// The byte after the closing quotes and brackets and the citation markers from `from` on (and,
/// with `marks`, repeated sentence marks: `?!`, `。。`).
fn past_closers(text: &str, from: usize, marks: bool) -> usize {
    let mut end = from;
    loop {
        let marker = citation_marker(&text.as_bytes()[end..]);
        if marker > 0 {
            end += marker;
            continue;
        }
        match text[end..].chars().next() {
            Some(ch) if is_closer(ch) || marks && matches!(ch, '。' | '！' | '？' | '!' | '?' | '.') => {
                end += ch.len_utf8()
            }
            _ => return end,
        }
    }
}

/// The length of the citation marker `s` starts with (`[4]`, `[12]`, `[a]`, `[note 3]`,
/// `[citation needed]`: what a plain-text extract keeps of a reference), or 0.
fn citation_marker(s: &[u8]) -> usize {
    if s.first() != Some(&b'[') {
        return 0;
    }
    let Some(close) = s.iter().take(24).position(|&b| b == b']') else {
        return 0;
    };
    let inner = &s[1..close];
    let first_ok = inner
        .first()
        .is_some_and(|&b| b.is_ascii_digit() || b.is_ascii_lowercase());
    if first_ok && inner.iter().all(|&b| b.is_ascii_alphanumeric() || b == b' ') {
        close + 1
    } else {
        0
    }
}

fn prev_is_han(text: &str, pos: usize) -> bool {
    text[..pos].chars().next_back().is_some_and(crate::lang::script::is_han)
}

/// Whether the `.`, `!` or `?` at byte `pos` ends an English sentence.
fn en_boundary(text: &str, pos: usize) -> bool {
    // must be followed by white space (or end), after any closing marks and citation markers
    let mut after = text[past_closers(text, pos + 1, false)..].chars();
    match after.next() {
        None => return true,
        Some(ch) if !ch.is_whitespace() => return false,
        Some(_) => {}
    }
    let Some(next) = after.find(|ch| !ch.is_whitespace()) else {
        return true;
    };
    if !(next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '"' | '“' | '\'' | '(' | '[')
        || crate::lang::script::is_han(next))
    {
        return false;
    }
    if text.as_bytes()[pos] != b'.' {
        return true;
    }
    // the word before the period
    let word_start = text[..pos]
        .char_indices()
        .rev()
        .find(|&(_, ch)| ch.is_whitespace() || ch == '(' || ch == '"')
        .map_or(0, |(p, ch)| p + ch.len_utf8()); // a no-break space is two bytes
    let word = &text[word_start..pos];
    // (compared without a copy in lower case where the word is ASCII, as most are: this runs
    // at every period before a capital)
    let bare = word.trim_start_matches(['(', '"', '\'']);
    let abbreviation = if bare.is_ascii() {
        EN_ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(bare))
    } else {
        EN_ABBREVIATIONS.contains(&bare.to_lowercase().as_str())
    };
    if abbreviation {
        return false;
    }
    // an initial: a single capital letter ("J. Levy"), or dotted initials ("U.S", "J.R.R")
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    if letters.next().is_some_and(char::is_uppercase) && letters.next().is_none() {
        return false;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1) {
        return false;
    }
    true
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let s = &text[span.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(span.start + lead..span.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str, zh: bool) -> Vec<&str> {
        split(t, zh).into_iter().map(|s| &t[s]).collect()
    }

    /// An abbreviation is one however it is capitalised, in parentheses too.
    #[test]
    fn abbreviations_in_any_case() {
        let t = "See (Fig. 3) and the MESSRS. Smith letter. It ended.";
        assert_eq!(
            texts(t, false),
            vec!["See (Fig. 3) and the MESSRS. Smith letter.", "It ended."]
        );
        // (a word with a letter outside ASCII is compared as before, through a lower-case copy)
        assert_eq!(
            texts("It was in Malmö. Then Oslo.", false),
            vec!["It was in Malmö.", "Then Oslo."]
        );
    }

    #[test]
    fn english_abbreviations_and_decimals() {
        let t =
            "Mr. Smith went to Washington D.C. on 3.5 days. He met the U.S. President. St. Louis is big. It rained!";
        assert_eq!(
            texts(t, false),
            vec![
                "Mr. Smith went to Washington D.C. on 3.5 days.",
                "He met the U.S. President.",
                "St. Louis is big.",
                "It rained!"
            ]
        );
    }

    /// A plain-text extract keeps a reference's marker after the period; the sentence ends
    /// after it, with the marker (wikipairs/en/Computer_science, shortened).
    #[test]
    fn a_citation_marker_after_the_period_ends_the_sentence() {
        let t = "The first working mechanical calculator came in 1623.[4] In 1673, Gottfried Leibniz \
                 demonstrated a digital calculator.[5][6] He may be considered the first computer \
                 scientist.[a] Then more.";
        assert_eq!(
            texts(t, false),
            vec![
                "The first working mechanical calculator came in 1623.[4]",
                "In 1673, Gottfried Leibniz demonstrated a digital calculator.[5][6]",
                "He may be considered the first computer scientist.[a]",
                "Then more."
            ]
        );
        // but not after an abbreviation, nor before a lower-case word
        for t in [
            "It was founded by Dr.[4] Smith in 1900.",
            "It grew, e.g.[12] the output doubled.",
        ] {
            assert_eq!(texts(t, false).len(), 1, "{t}");
        }
    }

    #[test]
    fn no_break_space_before_a_period_word() {
        // corpus/wikipairs/en/Apollo_11.en.txt: "walk around."[55] after a U+00A0 panicked.
        let t = "It is\u{a0}no trouble to walk\u{a0}around. Aldrin joined him.";
        assert_eq!(texts(t, false).len(), 2);
    }

    #[test]
    fn english_initials() {
        assert_eq!(
            texts("By Clifford J. Levy. Then more.", false),
            vec!["By Clifford J. Levy.", "Then more."]
        );
    }

    #[test]
    fn chinese() {
        let t = "南奥塞梯议会于12月27日批准了该条约；并于2006年通过。\n9月20日，他说：「好。」然后走了！";
        assert_eq!(
            texts(t, true),
            vec![
                "南奥塞梯议会于12月27日批准了该条约；并于2006年通过。",
                "9月20日，他说：「好。」",
                "然后走了！"
            ]
        );
    }
}
