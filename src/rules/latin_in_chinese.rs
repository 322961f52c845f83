//! # latin-in-chinese (info)
//!
//! **What it does.** Finds a person's name left in Latin letters inside Chinese prose
//! (「南奥塞梯驻俄罗斯大使 Medoyev 接洽了」, 「丹麦科学家Peter Naur建议」).
//!
//! **Why it matters.** Chinese Wikipedia writes foreign names in Chinese characters (with
//! the original in parentheses on first mention). A bare Latin name is usually a translator
//! who did not know the transliteration; readers cannot pronounce it, and the name cannot be
//! matched against the other language's article.
//!
//! **How it decides.** A capitalised Latin word or name (`Medoyev`, `Peter Naur`) directly
//! after a word for a person's role — 大使, 总统, 教授, 科学家 and kin (any word ending in 家),
//! listed in `rules/data/latin-in-chinese.toml` — is reported; so is a Latin name the article
//! itself writes in Chinese elsewhere (「Kokoity授予」 beside 科科伊季, matched by the Xinhua
//! transliteration tables). Product and company names
//! (Linux, Windows, Google) are not persons and stay quiet, and so do originals given in
//! parentheses or quotes (「科科伊季（Kokoity）」).
//!
//! **Example.**
//! ```text
//! 之後南奥塞梯驻俄罗斯大使 Medoyev 接洽了自称由顿涅茨克人民共和国……
//!                        ^^^^^^^ a Latin name in Chinese prose
//! ```
//!
//! **Fix.** Write the name in Chinese characters (Xinhua transliteration), with the original
//! in parentheses at its first mention: 梅多耶夫（Medoyev）.

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::translit::name_similarity_at_least;
use crate::lang::script;
use crate::source::Lang;
use regex::Regex;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

pub struct LatinInChinese;

#[derive(Deserialize)]
struct Data {
    roles: Vec<String>,
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        toml::from_str(crate::data::LATIN_IN_CHINESE).expect("rules/data/latin-in-chinese.toml is valid")
    })
}

fn name_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // Capitalised words with lower-case letters after the first (not acronyms: NBA, CNN),
    // up to four of them (Robert Ranulph Marett).
    // (No `\b`: between 家 and P there is no Unicode word boundary; ASCII edges are checked.)
    RE.get_or_init(|| {
        Regex::new(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)?(?: [A-Z][a-z]+(?:[-'][A-Za-z]+)?){0,3}").expect("valid regex")
    })
}

/// Whether a position of a block lies inside a gloss: after an opening bracket or quote that
/// no closing one follows. Asked at increasing positions, it scans the block once.
struct Glosses<'t> {
    text: &'t str,
    pos: usize,
    open: Option<usize>,
    close: Option<usize>,
}

impl<'t> Glosses<'t> {
    fn new(text: &'t str) -> Self {
        Glosses {
            text,
            pos: 0,
            open: None,
            close: None,
        }
    }

    fn inside(&mut self, at: usize) -> bool {
        if at < self.pos {
            *self = Glosses::new(self.text);
        }
        for (i, c) in self.text[self.pos..at].char_indices() {
            if "（(「“《\"".contains(c) {
                self.open = Some(self.pos + i);
            } else if "）)」”》".contains(c) {
                self.close = Some(self.pos + i);
            }
        }
        self.pos = at;
        match (self.open, self.close) {
            (Some(o), Some(c)) => o > c,
            (Some(_), None) => true,
            _ => false,
        }
    }
}

/// The article's names in Han characters, each once, in the order of their last mention
/// (so that, among equally good matches, the one mentioned last wins, as it would over the
/// facts in order).
fn distinct_han_names(facts: &[crate::facts::Fact]) -> Vec<String> {
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (i, f) in facts.iter().enumerate() {
        if f.kind == crate::facts::FactKind::Name && f.text.chars().any(script::is_han) {
            last.insert(f.text.as_str(), i);
        }
    }
    let mut names: Vec<(&str, usize)> = last.into_iter().collect();
    names.sort_by_key(|&(_, i)| i);
    names.into_iter().map(|(t, _)| t.to_string()).collect()
}

impl Rule for LatinInChinese {
    fn id(&self) -> &'static str {
        "latin-in-chinese"
    }
    fn severity(&self) -> Severity {
        Severity::Info
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("latin_in_chinese.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = cx.doc;
        if doc.lang != Lang::Zh {
            return;
        }
        let mut han = HanNames::default();
        for (block, text) in doc.text_blocks() {
            let mut glosses = Glosses::new(text);
            for m in name_re().find_iter(text) {
                let Some(before) = inside_chinese(text, m.start(), m.end()) else {
                    continue;
                };
                if glosses.inside(m.start()) {
                    continue;
                }
                let role = role_before(before);
                let p = block.prose.start + m.start()..block.prose.start + m.end();
                let span = doc.prose.to_source_span(p);
                let (label, note) = if let Some(role) = role {
                    (
                        format!("a person ({role}) named in Latin letters"),
                        "write the name in Chinese characters, with the original in parentheses at its first mention"
                            .to_string(),
                    )
                } else {
                    // the article itself writes this name in Chinese elsewhere (Kokoity / 科科伊季)
                    let Some(zh) = han.written_as(cx.facts(), m.as_str()) else {
                        continue;
                    };
                    (
                        format!("written `{zh}` elsewhere in this article"),
                        format!("write `{zh}` here too, as the rest of the article does"),
                    )
                };
                out.push(
                    Diagnostic::new(
                        self.id(),
                        self.severity(),
                        cx.file,
                        span,
                        format!("the name `{}` is left in Latin letters", m.as_str()),
                    )
                    .with_label(label)
                    .with_note(note),
                );
            }
        }
    }
}

/// The text before the Latin name at `start..end` of `text` when the name stands inside
/// Chinese: Han (or Chinese punctuation) on both sides, no Latin letter or digit glued on.
fn inside_chinese(text: &str, start: usize, end: usize) -> Option<&str> {
    let ascii_edge = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if ascii_edge(text[..start].chars().next_back()) || ascii_edge(text[end..].chars().next()) {
        return None;
    }
    let before = text[..start].trim_end_matches(' ');
    let after = text[end..].trim_start_matches(' ');
    // a name inside Chinese: Han (or Chinese punctuation) on both sides
    let han_before = before
        .chars()
        .next_back()
        .is_none_or(|c| script::is_han(c) || "，。、；：".contains(c));
    let han_after = after
        .chars()
        .next()
        .is_some_and(|c| script::is_han(c) || "，。、；：".contains(c));
    (han_before && han_after).then_some(before)
}

/// The role word `before` ends with (`物理学家`), making the name a person's.
fn role_before(before: &str) -> Option<String> {
    data()
        .roles
        .iter()
        .find(|r| before.ends_with(r.as_str()))
        .cloned()
        .or_else(|| {
            // any word ending in 家: 科学家, 人类学家, 发明家 (not 国家, 大家, 专家组)
            let mut chars = before.chars().rev();
            match (chars.next(), chars.next()) {
                (Some('家'), Some(p))
                    if script::is_han(p) && !"国國大专專老人住回全作".contains(p) || before.ends_with("作家") =>
                {
                    Some(format!("{p}家"))
                }
                _ => None,
            }
        })
}

/// How closely a Han name of the article must render a Latin name to be how the article
/// writes it.
const WRITTEN_AS: f64 = 0.85;

/// The article's Han names, gathered when first needed; each Latin name is looked up once
/// among them.
#[derive(Default)]
struct HanNames {
    names: Option<Vec<String>>,
    looked_up: HashMap<String, Option<String>>,
}

impl HanNames {
    /// The Han name the article writes for the Latin `latin`, if any.
    fn written_as(&mut self, facts: &[crate::facts::Fact], latin: &str) -> Option<String> {
        let names = self.names.get_or_insert_with(|| distinct_han_names(facts));
        self.looked_up
            .entry(latin.to_string())
            .or_insert_with(|| {
                names
                    .iter()
                    .map(|zh| (zh, name_similarity_at_least(zh, latin, WRITTEN_AS)))
                    .filter(|(_, s)| *s >= WRITTEN_AS)
                    .max_by(|a, b| a.1.total_cmp(&b.1))
                    .map(|(zh, _)| zh.clone())
            })
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{corpus, flagged, xquad_pairs};

    fn f(t: &str) -> Vec<String> {
        flagged(&LatinInChinese, "t.txt", t)
    }

    #[test]
    fn fires_on_latin_names_of_persons() {
        assert_eq!(f("之後南奥塞梯驻俄罗斯大使 Medoyev 接洽了代表团。"), vec!["Medoyev"]);
        assert_eq!(f("丹麦科学家Peter Naur建议使用术语。"), vec!["Peter Naur"]);
        assert_eq!(f("年康乃尔大学教授Hod Lipson 和其博士研究生。"), vec!["Hod Lipson"]);
    }

    #[test]
    fn fires_when_the_article_transliterates_the_name_elsewhere() {
        let t = "南奥塞梯总统[爱德华·科科伊季](https://zh.wikipedia.org/wiki/爱德华·科科伊季 \"wikilink\")签署了条约。\n\n9月20日，Kokoity授予巴加普什荣誉勋章。";
        assert_eq!(f(t), vec!["Kokoity"]);
        assert!(f("他使用Linux系统。Linux是一个内核。").is_empty());
    }

    #[test]
    fn real_names_in_corpus() {
        // wikipairs/zh/Computer_science.zh.md: 「丹麦科学家Peter Naur建议使用术语」.
        let found = f(&corpus("wikipairs/zh/Computer_science.zh.md"));
        assert!(found.iter().any(|x| x == "Peter Naur"), "{found:?}");
    }

    #[test]
    fn quiet_on_products_glosses_and_english() {
        for t in [
            "他是Linux内核的最早作者，还发起了Git这个开源项目。",
            "微软Singularity是一个操作系统。一开始Windows并不是一个作业系统。",
            "南奥塞梯总统科科伊季（Kokoity）接受采访。",
            "他说：「大使 Medoyev 来了」。",
            "国家NBA联赛开始了。",
        ] {
            assert!(f(t).is_empty(), "{t}: {:?}", f(t));
        }
        assert!(f("= T =\n\nThe ambassador Medoyev met them.").is_empty());
        let hits: Vec<String> = xquad_pairs().iter().flat_map(|(_, _, zh)| f(zh)).collect();
        assert!(hits.len() <= 2, "{hits:?}");
    }
}
