//! Helpers shared by the link and category rules: page titles compared the way MediaWiki
//! compares them (`_` is a space, the first letter is case-insensitive, URLs percent-encoded).

/// Decode `%XX` escapes (UTF-8); malformed escapes are kept as written.
pub(crate) fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// A page title as MediaWiki keys it: decoded, `_` → space, runs of white space collapsed,
/// trimmed, first letter upper-cased.
pub(crate) fn title_key(s: &str) -> String {
    let decoded = percent_decode(s).replace('_', " ");
    let collapsed = decoded.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = collapsed.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A category title without its namespace prefix (`Category:X`, `分类:X`, `分類:X`).
pub(crate) fn category_key(target: &str) -> String {
    let t = target.trim().trim_start_matches(':');
    let name = t.split_once(':').map_or(t, |(_, rest)| rest);
    title_key(name)
}

/// A template's name as written, without a trailing comment (`Infobox writer <!-- see … -->`).
pub(crate) fn template_name(raw: &str) -> &str {
    raw.split("<!--").next().unwrap_or(raw).trim()
}

/// A template's name as a key: `Template:`/`模板:` prefix dropped, keyed as a title.
pub(crate) fn template_key(name: &str) -> String {
    let n = name.trim();
    let n = ["Template:", "template:", "模板:", "Template：", "模板："]
        .iter()
        .find_map(|p| n.strip_prefix(p))
        .unwrap_or(n);
    title_key(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_keys() {
        assert_eq!(percent_decode("%E4%B8%AD%E5%9B%BD"), "中国");
        assert_eq!(percent_decode("50%"), "50%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(title_key("new_york  city"), "New york city");
        assert_eq!(category_key("Category:Living_people"), "Living people");
        assert_eq!(category_key("分類:南奧塞梯"), "南奧塞梯");
    }
}
