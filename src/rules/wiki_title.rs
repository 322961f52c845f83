//! Helpers shared by the link and category rules: category and template names keyed as
//! MediaWiki keys page titles ([`crate::source::titles::key`]).

use crate::source::titles::key as title_key;

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
    fn category_and_template_keys() {
        assert_eq!(category_key("Category:Living_people"), "Living people");
        assert_eq!(category_key("分類:南奧塞梯"), "南奧塞梯");
        assert_eq!(template_key("Template:cite_web"), "Cite web");
    }
}
