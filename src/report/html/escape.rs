//! Escaping: every piece of text from an article, a file name or a message goes through one
//! of these before it reaches the page.

/// Append `s` escaped for HTML text and double-quoted attribute values.
pub fn push(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // no raw control characters (other than tab and line ends) in the page
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// `s` escaped for HTML text and double-quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push(&mut out, s);
    out
}

/// A JSON string literal that can sit inside a `<script type="application/json">` element:
/// `</` is written `<\/` and `<!--` as `\u003c!--`, so that nothing can end the element or
/// switch its parsing, and U+2028/U+2029 as escapes so that the data is valid JavaScript too.
/// Other `<` stay as they are: the data is mostly markup, and `\u003c` would triple its size.
pub fn json_in_script(s: &str) -> String {
    data_in_script(&s)
}

/// Any data as JSON that can sit inside a `<script type="application/json">` element (see
/// [`json_in_script`]).
pub fn data_in_script(value: &impl serde::Serialize) -> String {
    let json = serde_json::to_string(value).expect("report data serialises");
    json.replace("</", "<\\/")
        .replace("<!--", "\\u003c!--")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// A link target that is safe to put in `href`: web addresses only (no `javascript:`,
/// `data:`, …); `None` for anything else.
pub fn web_url(url: &str) -> Option<String> {
    let u = url.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    let web = lower.starts_with("http://") || lower.starts_with("https://") || u.starts_with("//");
    (web && !u.chars().any(|c| c.is_whitespace() || c.is_control())).then(|| esc(u))
}

/// The address of a wiki page: `https://LANG.wikipedia.org/wiki/Title`, escaped for `href`.
pub fn wiki_url(lang: &str, title: &str) -> String {
    let mut t = String::with_capacity(title.len());
    for c in title.trim().chars() {
        match c {
            ' ' => t.push('_'),
            '?' | '#' | '"' | '\'' | '<' | '>' | '&' | '\\' | '`' => t.push_str(&format!("%{:02X}", c as u32)),
            c if c.is_control() => {}
            c => t.push(c),
        }
    }
    format!("https://{lang}.wikipedia.org/wiki/{}", esc(&t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cannot_open_a_tag_or_leave_an_attribute() {
        let e = esc(r#""><img src=x onerror=alert(1)></style><script>"#);
        assert!(!e.contains('<') && !e.contains('>') && !e.contains('"'), "{e}");
        assert_eq!(esc("a & b"), "a &amp; b");
    }

    #[test]
    fn json_data_cannot_close_its_script_element() {
        let text = "</script><script>alert(1)</SCRIPT>\u{2028}<!--<script>\u{2029}";
        let j = json_in_script(text);
        assert!(!j.contains("</") && !j.contains("<!--"), "{j}");
        assert!(!j.contains('\u{2028}') && !j.contains('\u{2029}'), "{j}");
        let back: String = serde_json::from_str(&j).unwrap();
        assert_eq!(back, text);
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert!(web_url("javascript:alert(1)").is_none());
        assert!(web_url("JaVaScRiPt:alert(1)").is_none());
        assert!(web_url("data:text/html,x").is_none());
        assert_eq!(
            web_url("https://a.org/?q=\"x\"").as_deref(),
            Some("https://a.org/?q=&quot;x&quot;")
        );
        let w = wiki_url("zh", "A \"b\" <c>");
        assert!(!w.contains('"') && !w.contains('<'), "{w}");
    }
}
