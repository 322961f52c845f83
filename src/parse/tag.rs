//! HTML-like tags in wikitext (`<ref name=a>`, `</small>`, `<br/>`): the one scanner the
//! parser and the markup rules share.

/// A tag as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// Lower-cased.
    pub name: String,
    pub closing: bool,
    /// `<br/>`, `<ref name=a />`.
    pub self_closing: bool,
    /// The byte after its `>`.
    pub end: usize,
}

/// `<name` or `</name` at the start of `s`, for names of ASCII letters and digits starting
/// with a letter and followed by `>`, `/` or white space: (lower-cased name, closing).
pub fn tag_name(s: &str) -> Option<(String, bool)> {
    let r = s.strip_prefix('<')?;
    let (closing, r) = match r.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, r),
    };
    let n = r.len() - r.trim_start_matches(|c: char| c.is_ascii_alphanumeric()).len();
    if n == 0 || !r.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let after = r[n..].chars().next()?;
    if !(after == '>' || after == '/' || after.is_whitespace()) {
        return None;
    }
    Some((r[..n].to_ascii_lowercase(), closing))
}

/// The whole tag at byte `i` of `s`: its name and the first `>` after it, unless a `<` comes
/// first (found without reading past that `<`, so a run of unclosed tags costs one pass).
pub fn tag_at(s: &str, i: usize) -> Option<Tag> {
    let (name, closing) = tag_name(s.get(i..)?)?;
    let name_end = i + 1 + usize::from(closing) + name.len();
    let rest = &s[name_end..];
    let gt = rest.find(['<', '>'])?;
    if rest.as_bytes()[gt] == b'<' {
        return None;
    }
    Some(Tag {
        self_closing: rest[..gt].trim_end().ends_with('/'),
        end: name_end + gt + 1,
        name,
        closing,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_what_is_not_one() {
        let t = tag_at("a <Ref name=x>b", 2).unwrap();
        assert_eq!(
            (t.name.as_str(), t.closing, t.self_closing, t.end),
            ("ref", false, false, 14)
        );
        let t = tag_at("</small>", 0).unwrap();
        assert!(t.closing && t.name == "small" && t.end == 8);
        assert!(tag_at("<br/>", 0).unwrap().self_closing);
        assert!(tag_at("<ref name=a />", 0).unwrap().self_closing);
        // not tags: a comparison, a digit first, no `>` before the next `<`, no `>` at all
        for s in ["a < b", "<1a>", "<b c <d>", "<b c", "<>", "</ >"] {
            assert_eq!(tag_at(s, s.find('<').unwrap()), None, "{s}");
        }
        assert_eq!(tag_name("<b c"), Some(("b".into(), false)));
    }
}
