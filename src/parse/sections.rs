//! Sections, and the one list of the titles of sections that hold an article's apparatus
//! rather than its claims: references and notes, and the sections that list sources and links
//! (See also, Further reading, External links, 参见, 外部链接, …).

use super::{Block, BlockKind};
use crate::Span;

/// What a section holds, when it is not the article's running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionRole {
    /// References, notes, sources: a numbered list under it is a list of references.
    References,
    /// Links and reading: See also, Further reading, External links.
    Links,
}

/// A section: a heading and everything up to the next heading of the same or a higher level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Index of the heading in `Document::blocks`.
    pub heading: usize,
    /// Source span, from the heading to the start of the next heading of its level or above.
    pub span: Span,
    pub role: Option<SectionRole>,
}

const REFERENCES: &[&str] = &[
    "references",
    "notes",
    "footnotes",
    "citations",
    "sources",
    "bibliography",
    "works cited",
    "参考",
    "參考",
    "参考资料",
    "參考資料",
    "参考文献",
    "參考文獻",
    "参考来源",
    "參考來源",
    "资料来源",
    "資料來源",
    "来源",
    "來源",
    "注释",
    "註釋",
    "注解",
    "註解",
    "脚注",
    "腳注",
    "腳註",
    "注记",
    "註記",
    "引用",
    "出处",
    "出處",
    "参考书目",
    "參考書目",
    "书目",
    "書目",
];

const LINKS: &[&str] = &[
    "see also",
    "further reading",
    "external links",
    "other websites",
    "参见",
    "參見",
    "参看",
    "參看",
    "相关条目",
    "相關條目",
    "延伸阅读",
    "延伸閱讀",
    "扩展阅读",
    "擴展閱讀",
    "外部链接",
    "外部連結",
    "外部鏈接",
    "外部连结",
];

/// The role a heading's title gives its section: `References`, `Notes and references`,
/// `3. 参考资料`, `注释与参考资料`, `External links`. `None` for the article's own sections.
pub fn section_role(title: &str) -> Option<SectionRole> {
    let t = title
        .trim_matches(|c: char| c.is_whitespace() || c == '=' || c == '#')
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c.is_whitespace())
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
        .to_lowercase();
    if t.is_empty() {
        return None;
    }
    let mut role = SectionRole::References;
    for part in t
        .split(" and ")
        .flat_map(|p| p.split(['&', '与', '與', '和', '及', '、']))
        .map(str::trim)
    {
        if LINKS.contains(&part) {
            role = SectionRole::Links;
        } else if !REFERENCES.contains(&part) {
            return None;
        }
    }
    Some(role)
}

/// Every heading's section, in order (one pass, with a stack of open sections). `title`
/// gives a heading block's title text.
pub(crate) fn sections<'t>(blocks: &[Block], src_len: usize, title: impl Fn(&Block) -> &'t str) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    // open sections: (level, index into out)
    let mut open: Vec<(u8, usize)> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let BlockKind::Heading { level } = b.kind else { continue };
        while let Some(&(l, k)) = open.last() {
            if l < level {
                break;
            }
            out[k].span.end = b.span.start;
            open.pop();
        }
        open.push((level, out.len()));
        out.push(Section {
            heading: i,
            span: b.span.start..src_len,
            role: section_role(title(b)),
        });
    }
    out
}

/// For each block: does it lie in a section of references or links (its heading included)?
pub(crate) fn apparatus_blocks(blocks: &[Block], sections: &[Section]) -> Vec<bool> {
    let mut inside_until = 0;
    let mut next = sections.iter().peekable();
    blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            while let Some(s) = next.next_if(|s| s.heading <= i) {
                if s.role.is_some() {
                    inside_until = inside_until.max(s.span.end);
                }
            }
            b.span.start < inside_until
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_of_titles() {
        for t in [
            "References",
            "== Notes ==",
            "3. 参考资料",
            "Notes and references",
            "注释与参考资料",
            "書目",
        ] {
            assert_eq!(section_role(t), Some(SectionRole::References), "{t}");
        }
        for t in [
            "External links",
            "See also",
            "参见",
            "延伸阅读",
            "References and further reading",
        ] {
            assert_eq!(section_role(t), Some(SectionRole::Links), "{t}");
        }
        for t in [
            "History",
            "生平",
            "Notes on the text",
            "",
            "Sources of the Nile",
            "1 生平",
        ] {
            assert_eq!(section_role(t), None, "{t}");
        }
    }
}
