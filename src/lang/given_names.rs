//! English given names (the 1990 US Census's frequent first names, public domain; see
//! `rules/data/given-names/`): whether a name's first word is one, to tell a person's whole
//! name (`Fred Halliday`) from a name of two words that names a thing (`Pro Bowl`).
//!
//! The list is one sorted line per lower-case name, embedded in the binary and searched in
//! place ([`crate::lang::sorted`]). It leaves out names that are other words too (`young`,
//! `german`), not places (`Georgia`, `Denver`): a caller that must tell asks the lexicon.
//! (`name-mismatch` has two other notions of a given name: the English the lexicon gives a
//! Chinese transliteration first, and the words that open a name without being one.)

use crate::data::GIVEN_NAMES;
use crate::lang::sorted;

/// Whether an English word, in any case, is a given name the list holds (`Fred`, `MARY`).
pub fn is_given_name(word: &str) -> bool {
    if word.is_empty() || !word.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    sorted::holds_line(GIVEN_NAMES, &word.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_given_names_in_any_case_and_not_other_words() {
        for w in ["Fred", "fred", "MARY", "Aaron", "Zachary", "Steven"] {
            assert!(is_given_name(w), "{w}");
        }
        // (nor a word that is also another word: the list leaves those out)
        for w in [
            "Pro", "Holland", "West", "Bowl", "", "Fre", "Freddd", "Jean-Luc", "Zoë", "Young", "German", "Saint",
        ] {
            assert!(!is_given_name(w), "{w}");
        }
    }
}
