//! # dangling-slot (warning)
//!
//! **What it does.** Finds a hole where a name or link was dropped from the text: a verb
//! with 了 standing right before punctuation (「簽署了 ，」), a conjunction with nothing to
//! join (「俄羅斯聯邦和的南奧塞梯」, 「A和，」), and empty parentheses (「（，，）」, `aleph-naught ()`).
//!
//! **Why it matters.** Converters drop link text, templates and symbols they cannot render
//! and leave the grammar around them. The sentence then says less than the original — often
//! exactly the name or number a reader (or a cross-language check) needs.
//!
//! **How it decides.** The segmenter (jieba, on text folded to Simplified) must tag the word
//! before the hole as a verb (for 了) or a conjunction (for 和/与/及/或); a space before
//! punctuation alone is not enough, since clean text has it too. Parentheses count as empty
//! when they hold only white space and commas, and are not part of a call such as `f()`.
//!
//! **Example.**
//! ```text
//! 俄羅斯於2008年9月與南奧塞梯簽署了 ，保證如果南奧塞梯被攻擊
//!                                ^^ the object of 簽署了 is missing
//! ```
//!
//! **Fix.** Restore the dropped words from the source article; remove empty parentheses.

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::lang::script;
use crate::parse::words::BlockWords;
use crate::Span;
use regex::Regex;
use std::sync::OnceLock;

pub struct DanglingSlot;

const PUNCT: &[char] = &['，', '。', '、', '；', '：', '）', ',', ';'];
const CONJUNCTIONS: &[&str] = &["和", "与", "及", "或", "跟", "同"];

/// The characters a hole is made of ([`holes`]: 了 and the conjunctions), and those that
/// fold to them (瞭, 與, 衕).
/// (A `match`, not a search of a list: it is asked of every Han character of a text.)
fn is_hole_char(c: char) -> bool {
    matches!(c, '了' | '瞭' | '和' | '与' | '與' | '及' | '或' | '跟' | '同' | '衕')
}

/// Whether `text` may hold what [`holes`] looks for: 了 or a conjunction (as written, or a
/// character that folds to one) before punctuation or 的, white space allowed between (no
/// character of OpenCC's table folds to those). Most text holds none, and is not segmented
/// for it.
fn may_hold_hole(text: &str) -> bool {
    // (the characters are Han: an English text costs a byte scan)
    crate::lang::script::wide_chars(text).any(|(i, hole)| {
        is_hole_char(hole)
            && text[i + hole.len_utf8()..]
                .trim_start_matches([' ', '\t', '\u{3000}'])
                .chars()
                .next()
                .is_some_and(|c| PUNCT.contains(&c) || c == '的')
    })
}

/// Whether `text` has an opening parenthesis with nothing but white space, commas and
/// semicolons before a closing one: what [`empty_parens`] needs (most text has none, and the
/// regex costs more than this scan).
fn may_hold_empty_parens(text: &str) -> bool {
    // `(`, and the lead byte of `（` (EF BC 88)
    let mut opens = memchr::memchr2_iter(b'(', 0xEF, text.as_bytes())
        .filter_map(|i| Some((i, text.get(i..)?.chars().next()?)))
        .filter(|&(_, c)| matches!(c, '(' | '（'));
    opens.any(|(i, open)| {
        text[i + open.len_utf8()..]
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '，' | ',' | '、' | ';' | '；'))
            .starts_with([')', '）'])
    })
}

fn empty_parens() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?:^|[\s\p{Han}，。、：；])(?P<p>[（(][\s，,、;；]*[）)])").expect("valid regex"))
}

impl Rule for DanglingSlot {
    fn id(&self) -> &'static str {
        "dangling-slot"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("dangling_slot.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = cx.doc;
        for (bi, block) in doc.blocks.iter().enumerate().filter(|(_, b)| b.kind.is_text()) {
            let text = &doc.prose.text[block.prose.clone()];
            let mut found: Vec<(Span, String, String)> = Vec::new();
            let parens = may_hold_empty_parens(text).then(|| empty_parens().captures_iter(text));
            for c in parens.into_iter().flatten() {
                let m = c.name("p").map_or(0..0, |m| m.range());
                // empty in the source too: `({{lang|…}})` only looks empty in the prose
                let p = block.prose.start + m.start..block.prose.start + m.end;
                if doc.prose.is_verbatim(p) {
                    found.push((
                        m,
                        "empty parentheses: their content was dropped".into(),
                        "nothing inside".into(),
                    ));
                }
            }
            if may_hold_hole(text) {
                holes(doc.block_words(bi), text, &mut found);
            }
            for (span, message, label) in found {
                let p = block.prose.start + span.start..block.prose.start + span.end;
                let src = doc.prose.to_source_span(p);
                out.push(Diagnostic::new(self.id(), self.severity(), cx.file, src, message).with_label(label));
            }
        }
    }
}

/// Verb+了 or a bare conjunction directly before punctuation (white space allowed between),
/// and a conjunction directly before 的.
fn holes(block: &BlockWords, text: &str, found: &mut Vec<(Span, String, String)>) {
    let folded = &block.text;
    let f = folded.text.as_str();
    let words = block.words();
    for (k, w) in words.iter().enumerate() {
        let end = w.start + w.text.len();
        let rest = &f[end..];
        let after_ws = rest.trim_start_matches([' ', '\t', '\u{3000}']);
        let next = after_ws.chars().next();
        let before_punct = next.is_some_and(|c| PUNCT.contains(&c));
        let (hole, what) = if w.text == "了" && w.tag.starts_with('u') && before_punct {
            // the verb before 了 must be a verb, written right against it
            let verb = k
                .checked_sub(1)
                .map(|j| &words[j])
                .filter(|v| v.start + v.text.len() == w.start);
            match verb {
                Some(v)
                    if v.tag.starts_with('v')
                        && v.text.chars().count() >= 2
                        && rest.starts_with([' ', '\t', '\u{3000}']) =>
                {
                    (
                        true,
                        format!(
                            "`{}了` has no object: a name or link seems to be missing",
                            &text[span_src(folded, v.start..v.start + v.text.len())]
                        ),
                    )
                }
                _ => (false, String::new()),
            }
        } else if CONJUNCTIONS.contains(&w.text)
            && w.tag == "c"
            && (after_ws.starts_with('的') || (before_punct && next != Some('。')))
        {
            // after a noun or name of two or more characters, written right against it (和 after
            // 总 or 连通 is the noun "sum")
            let joined = k.checked_sub(1).is_some_and(|j| {
                let prev = &words[j];
                prev.start + prev.text.len() == w.start
                    && prev.text.chars().count() >= 2
                    && prev.text.chars().all(script::is_han)
                    && (prev.tag.starts_with('n') || prev.tag == "x" || prev.tag == "j")
            });
            (
                joined,
                format!(
                    "`{}` joins nothing: the word after it seems to be missing",
                    &text[span_src(folded, w.start..end)]
                ),
            )
        } else {
            (false, String::new())
        };
        if hole {
            let after = end + (rest.len() - after_ws.len()) + next.map_or(0, char::len_utf8);
            found.push((span_src(folded, w.start..after), what, "a word was dropped here".into()));
        }
    }
}

fn span_src(folded: &script::Folded, s: Span) -> Span {
    folded.to_source(s.start)..folded.to_source(s.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{corpus, flagged, xquad_pairs};

    fn f(t: &str) -> Vec<String> {
        flagged(&DanglingSlot, "t.txt", t)
    }

    /// A block is segmented for holes only when one may be there; one that holds one still
    /// has it found.
    #[test]
    fn the_scan_keeps_the_holes() {
        for t in ["签署了 ，保证", "俄羅斯聯邦和的南奧塞梯", "A和，B", "與 ；"] {
            assert!(may_hold_hole(t), "{t}");
        }
        for t in ["中华人民共和国", "China (中華人民共和國)", "他来了", "no Chinese"] {
            assert!(!may_hold_hole(t), "{t}");
        }
        assert_eq!(f("俄羅斯於2008年9月與南奧塞梯簽署了 ，保證如果南奧塞梯被攻擊").len(), 1);
    }

    /// The scan before the regex passes every text the regex can match.
    #[test]
    fn the_scan_keeps_what_the_regex_finds() {
        for t in [
            "aleph-naught ()",
            "南奥塞梯（，，）",
            "x ( ; )",
            "f()",
            "a (\u{a0}) b",
            "（、）",
        ] {
            assert!(may_hold_empty_parens(t), "{t}");
        }
        for t in ["no parentheses", "f(x)", "（南奥塞梯）", "(, a)", ")("] {
            assert!(!may_hold_empty_parens(t), "{t}");
            assert!(empty_parens().captures(t).is_none(), "{t}");
        }
    }

    #[test]
    fn fires_on_holes() {
        assert_eq!(
            f("俄羅斯於2008年9月與南奧塞梯簽署了 ，保證如果南奧塞梯被攻擊。"),
            vec!["了 ，"]
        );
        assert_eq!(f("是指俄羅斯聯邦和的南奧塞梯共和國之間的雙邊關係。"), vec!["和的"]);
        assert_eq!(f("这个条约由俄罗斯和，南奥塞梯签订。"), vec!["和，"]);
        assert_eq!(f("南奥塞梯（，，）是一个国家。"), vec!["（，，）"]);
    }

    #[test]
    fn fires_on_empty_parentheses_in_english_extracts() {
        // wikipairs/en/Natural_number.en.txt: "aleph-naught ()" — the symbol ℵ₀ was dropped.
        let text = corpus("wikipairs/en/Natural_number.en.txt");
        assert!(f(&text).iter().any(|x| x == "()"));
    }

    #[test]
    fn quiet_on_clean_text() {
        for t in [
            "温和的气候，柔和的光线。",
            "他走了，我们也走了。",
            "协议已经签署了。",
            "调用 main() 函数。",
            "他们和我们一起去。",
            "条约生效(2005年)。",
            "'''Bodmin''' ({{lang-kw|Bosvena}}) is a civil parish.",
            "该纽结不可写成两个非平凡纽结的连通和。静电力和磁力的总和。",
        ] {
            assert!(f(t).is_empty(), "{t}: {:?}", f(t));
        }
        // xquad: spaces around terms (「拥有 学士学位 ，」) are not holes.
        let hits: Vec<String> = xquad_pairs()
            .iter()
            .flat_map(|(_, en, zh)| f(en).into_iter().chain(f(zh)))
            .collect();
        assert!(hits.is_empty(), "{hits:?}");
    }
}
