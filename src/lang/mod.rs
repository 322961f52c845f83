//! Language utilities shared by parsing and fact extraction: sentence boundaries,
//! Traditional/Simplified folding, Chinese segmentation, the zh→en lexicon.

pub mod bytes;
pub mod given_names;
pub mod lexicon;
pub mod script;
pub mod segment;
pub mod sentences;
pub mod sorted;

/// Whether a run of text without spaces is a web address (it holds `://`, or opens with
/// `www.` in any case after any punctuation: `(www.example.org)`): its words are no words of
/// the prose.
pub fn is_web_address(run: &str) -> bool {
    let bare = run.trim_start_matches(|c: char| !c.is_alphanumeric());
    run.contains("://") || bare.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www."))
}

/// How often a run of words occurs in text, as whole words (not `US` of `USB`).
pub fn whole_words(text: &str, words: &str) -> usize {
    text.match_indices(words)
        .filter(|(at, _)| {
            let before = text[..*at].chars().next_back();
            let after = text[at + words.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_are_told_from_words() {
        for run in [
            "https://profiles.stanford.edu/donald-knuth",
            "(www.example.org)",
            "WWW.EXAMPLE.ORG",
            "ftp://x",
        ] {
            assert!(is_web_address(run), "{run}");
        }
        for run in ["www", "wwwx.org", "knuth", "example.org", "", "(see"] {
            assert!(!is_web_address(run), "{run}");
        }
    }
}
