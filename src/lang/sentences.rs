//! Sentence boundaries for Chinese and English prose.
//!
//! Chinese sentences end at 。！？ (and their half-width forms between Han characters),
//! with closing quotes and brackets kept in the sentence. English sentences end at `.`, `!`
//! or `?` followed by white space and a capital, a digit or a quote — except after an
//! abbreviation ("Mr.", "U.S.", "St.", "Sept.") or an initial ("J. Levy"). Decimals never
//! end a sentence because no space follows their point.

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
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let mut end_here = false;
        if matches!(c, '。' | '！' | '？') {
            end_here = true;
        } else if matches!(c, '.' | '!' | '?') {
            end_here = if zh && prev_is_han(&chars, i) {
                // "……," style mixed punctuation: a Western stop after Han text.
                true
            } else {
                en_boundary(text, &chars, i)
            };
        }
        if end_here {
            // keep closing quotes/brackets and repeated marks with the sentence
            let mut j = i + 1;
            while j < chars.len()
                && (is_closer(chars[j].1) || matches!(chars[j].1, '。' | '！' | '？' | '!' | '?' | '.'))
            {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            push_trimmed(text, start..end, &mut out);
            start = end;
            i = j;
            let _ = pos;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn prev_is_han(chars: &[(usize, char)], i: usize) -> bool {
    i > 0 && crate::lang::script::is_han(chars[i - 1].1)
}

fn en_boundary(text: &str, chars: &[(usize, char)], i: usize) -> bool {
    let c = chars[i].1;
    // must be followed by white space (or end)
    let mut j = i + 1;
    while j < chars.len() && is_closer(chars[j].1) {
        j += 1;
    }
    if j >= chars.len() {
        return true;
    }
    if !chars[j].1.is_whitespace() {
        return false;
    }
    while j < chars.len() && chars[j].1.is_whitespace() {
        j += 1;
    }
    let Some(&(_, next)) = chars.get(j) else {
        return true;
    };
    if !(next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '"' | '“' | '\'' | '(' | '[')
        || crate::lang::script::is_han(next))
    {
        return false;
    }
    if c != '.' {
        return true;
    }
    // the word before the period
    let word_start = text[..chars[i].0]
        .char_indices()
        .rev()
        .find(|&(_, ch)| ch.is_whitespace() || ch == '(' || ch == '"')
        .map_or(0, |(p, ch)| p + ch.len_utf8()); // a no-break space is two bytes
    let word = &text[word_start..chars[i].0];
    let lower = word.to_lowercase();
    let lower = lower.trim_start_matches(['(', '"', '\'']);
    if EN_ABBREVIATIONS.contains(&lower) {
        return false;
    }
    // an initial: a single capital letter ("J. Levy"), or dotted initials ("U.S", "J.R.R")
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() == 1 && letters[0].is_uppercase() {
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
