//! # repeated-word (warning)
//!
//! **What it does.** Finds a word written twice in a row: `10 December December 2010`,
//! `the the`, 「出生於於美國」, 「而在在中国」, 「阿布哈兹阿布哈兹」.
//!
//! **Why it matters.** A doubled word is almost always an editing slip, and in a dump it is
//! one of the few defects a reader notices at once. Translators copy it into the other
//! language, and fact extraction reads `December December` badly.
//!
//! **How it decides.** English: case-insensitive, across a line break but never across a
//! block boundary (a heading and the paragraph under it). Grammatical doubles ("had had",
//! "that that") are allowed, and so are the doubles of names: capitalised doubles
//! (Bora Bora, Walla Walla, Cao Cao, Hip Hip, the tautonym Pipa pipa) and trinomials
//! (Orycteropus afer afer) — unless the word is a common word such as a month or an article
//! (`December December`, `The The`). Chinese: the text is folded to Simplified and segmented with jieba; a character
//! doubled inside one dictionary word (看看, 常常, 等等, 谢谢) is fine, a function character
//! doubled across a word boundary (於於, 在在) is reported, a doubled noun or name is reported,
//! and verbs and numerals that reduplicate (研究研究, 一个一个) are not. Doubled characters
//! inside transliterated names (科科伊季) are left alone. The allow-lists are data:
//! `rules/data/repeated-word.toml`.
//!
//! **Example.**
//! ```text
//! On 10 December December 2010, President Kokoity accepted …
//!       ^^^^^^^^^^^^^^^^^ `December` is repeated
//! ```
//!
//! **Fix.** Delete the second occurrence (safe).

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::lang::{script, segment};
use crate::source::Lang;
use crate::Span;
use serde::Deserialize;
use std::sync::OnceLock;

pub struct RepeatedWord;

#[derive(Deserialize)]
struct Data {
    en: EnData,
    zh: ZhData,
}

#[derive(Deserialize)]
struct EnData {
    allow: Vec<String>,
    common: Vec<String>,
    latin_phrases: Vec<String>,
}

#[derive(Deserialize)]
struct ZhData {
    function_chars: Vec<String>,
    verb_suffix_prepositions: Vec<String>,
    noun_tags: Vec<String>,
    name_suffixes: Vec<String>,
    allow: Vec<String>,
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| toml::from_str(crate::data::REPEATED_WORD).expect("rules/data/repeated-word.toml is valid"))
}

impl Rule for RepeatedWord {
    fn id(&self) -> &'static str {
        "repeated-word"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("repeated_word.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = cx.doc;
        for (block, text) in doc.text_blocks() {
            let mut found = Vec::new();
            english(text, &mut found);
            if doc.lang == Lang::Zh || text.chars().any(script::is_han) {
                chinese(text, &mut found);
            }
            for (first, second, word) in found {
                let first = block.prose.start + first.start..block.prose.start + first.end;
                let second = block.prose.start + second.start..block.prose.start + second.end;
                report(self, cx, first, second, &word, out);
            }
        }
    }
}

fn report(rule: &RepeatedWord, cx: &Context, first: Span, second: Span, word: &str, out: &mut Vec<Diagnostic>) {
    let prose = &cx.doc.prose;
    let span = prose.to_source_span(first.start..second.end);
    let mut d = Diagnostic::new(
        rule.id(),
        rule.severity(),
        cx.file,
        span,
        format!("`{word}` is repeated"),
    )
    .with_label(format!("`{word}` twice in a row"));
    // Safe only when the whole stretch was copied verbatim (no markup between the words).
    if prose.is_verbatim(first.start..second.end) {
        let del = prose.to_source_span(first.end..second.end);
        d = d.with_fix(Fix {
            message: format!("delete the second `{word}`"),
            edits: vec![Edit {
                start: del.start,
                end: del.end,
                replacement: String::new(),
            }],
            safe: true,
        });
    }
    out.push(d);
}

/// Latin words: (span, text).
fn latin_words(text: &str) -> Vec<(Span, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let part = c.is_ascii_alphabetic() || (start.is_some() && matches!(c, '\'' | '’'));
        match (start, part) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let w = text[s..i].trim_end_matches(['\'', '’']);
                out.push((s..s + w.len(), w));
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn english(text: &str, found: &mut Vec<(Span, Span, String)>) {
    let d = data();
    let words = latin_words(text);
    for (k, pair) in words.windows(2).enumerate() {
        let ((s1, w1), (s2, w2)) = (&pair[0], &pair[1]);
        // only white space between them (a line break included)
        if !text[s1.end..s2.start].chars().all(char::is_whitespace) || !w1.eq_ignore_ascii_case(w2) {
            continue;
        }
        // a letter glued to either side (digits, CJK) means these are not whole words
        if glued(text, s1.start, s2.end) {
            continue;
        }
        let lower = w1.to_ascii_lowercase();
        if w1.len() < 2 && lower != "a" {
            continue;
        }
        if d.en.allow.contains(&lower) {
            continue;
        }
        let capital = |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        let common = d.en.common.contains(&lower);
        if capital(w1) && !common {
            continue; // a reduplicated name (Bora Bora, Cao Cao) or a tautonym (Pipa pipa)
        }
        // a trinomial: a lower-case pair right after a capitalised genus (Orycteropus afer afer)
        let before = k.checked_sub(1).map(|j| &words[j]);
        if !common
            && before.is_some_and(|(s, w)| {
                capital(w) && !d.en.common.contains(&w.to_ascii_lowercase()) && text[s.end..s1.start].trim().is_empty()
            })
        {
            continue;
        }
        let rest = &text.as_bytes()[s2.start..];
        if d.en.latin_phrases.iter().any(|p| {
            let p = p.as_bytes();
            rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p)
        }) {
            continue; // "resolution in in vitro binding"
        }
        found.push((s1.clone(), s2.clone(), w2.to_string()));
    }
}

fn glued(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let bad = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_');
    bad(before) || bad(after)
}

fn chinese(text: &str, found: &mut Vec<(Span, Span, String)>) {
    let folded = script::fold_to_simplified(text);
    let f = folded.text.as_str();
    let words = segment::words(f);
    // titles of works double words on purpose: 《玫瑰玫瑰我爱你》 ("Rose, Rose, I Love You")
    // (each `《` up to the first `》` after it; one pass from the end finds them all)
    let mut titles: Vec<Span> = Vec::new();
    let mut next_close = None;
    for (i, c) in f.char_indices().rev() {
        match c {
            '》' => next_close = Some(i),
            '《' => titles.extend(next_close.map(|e| i..e)),
            _ => {}
        }
    }
    titles.reverse();
    // a title holding `p`: only the last one opening at or before `p` can (later openings
    // end no earlier)
    let in_title = |p: usize| {
        let k = titles.partition_point(|t| t.start <= p);
        k > 0 && titles[k - 1].contains(&p)
    };
    let chars: Vec<(usize, char)> = f.char_indices().collect();
    let mut i = 0;
    while i + 1 < chars.len() {
        let (p, c) = chars[i];
        if !script::is_han(c) {
            i += 1;
            continue;
        }
        // longest X (up to 8 chars) with XX starting at i
        let mut hit = None;
        for len in (1..=8).rev() {
            if i + 2 * len > chars.len() {
                continue;
            }
            let a: Vec<char> = chars[i..i + len].iter().map(|x| x.1).collect();
            let b: Vec<char> = chars[i + len..i + 2 * len].iter().map(|x| x.1).collect();
            if a == b && a.iter().all(|&c| script::is_han(c)) {
                hit = Some(len);
                break;
            }
        }
        let Some(len) = hit.filter(|_| !in_title(p)) else {
            i += 1;
            continue;
        };
        let mid = chars[i + len].0;
        let end = chars.get(i + 2 * len).map_or(f.len(), |x| x.0);
        let report = doubling_is_error(f, &words, p, mid, end);
        if report {
            let s1 = folded.to_source(p)..folded.to_source(mid);
            let s2 = folded.to_source(mid)..folded.to_source(end);
            let word = text[s2.clone()].to_string();
            found.push((s1, s2, word));
            i += 2 * len;
        } else {
            i += 1;
        }
    }
}

/// Decide whether `f[p..mid]` repeated as `f[mid..end]` is an error, from the segmentation.
fn doubling_is_error(f: &str, words: &[segment::Word], p: usize, mid: usize, end: usize) -> bool {
    let d = &data().zh;
    let x = &f[p..mid];
    let has = |list: &[String], s: &str| list.iter().any(|w| w == s);
    let chars = x.chars().count();
    if has(&d.allow, &f[p..end])
        || (chars >= 2
            && d.name_suffixes
                .iter()
                .any(|suffix| f[end..].starts_with(suffix.as_str())))
    {
        return false;
    }
    let token_of = |pos: usize| words.partition_point(|w| w.start <= pos).saturating_sub(1);
    let (t1, t2) = (token_of(p), token_of(mid));
    let (w1, w2) = (&words[t1], &words[t2]);
    let w1_end = w1.start + w1.text.len();
    let w2_end = w2.start + w2.text.len();
    if t1 == t2 {
        return false; // inside one dictionary word: 常常, 的的确确
    }
    if chars == 1 {
        if w2_end > end {
            return false; // the second copy begins the next word: 山地|地质
        }
        let standalone_first = w1.start == p && w1_end == mid;
        if standalone_first {
            return has(&d.function_chars, x) && !segment::is_dictionary_word(&f[p..end]);
        }
        // the first copy ends a longer word: an error only after a verb that absorbed the
        // preposition (生于|于), not after 现在 or 目的
        return w1_end == mid && w1.tag.starts_with('v') && has(&d.verb_suffix_prepositions, x);
    }
    if chars == 2 {
        // a two-character word doubled, aligned to word boundaries: nouns and names only
        return w1.start == p
            && w1_end == mid
            && w2.start == mid
            && w2_end == end
            && d.noun_tags.iter().any(|t| t == w1.tag);
    }
    true // three or more characters doubled: never grammatical
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{corpus, flagged, run, xquad_pairs};

    fn en(text: &str) -> Vec<String> {
        flagged(&RepeatedWord, "t.txt", text)
    }

    #[test]
    fn fires_on_english_doubles() {
        assert_eq!(en("On 10 December December 2010, he left."), vec!["December December"]);
        assert_eq!(en("It was the the best."), vec!["the the"]);
        assert_eq!(en("He went to\nto the city."), vec!["to\nto"]);
        assert_eq!(en("The The band played."), vec!["The The"]);
        assert_eq!(en("He flew flew home."), vec!["flew flew"]);
    }

    #[test]
    fn quiet_on_legitimate_english_doubles() {
        for t in [
            "He had had enough.",
            "I don't think that that is a problem.",
            "They flew to Bora Bora and Walla Walla.",
            "Cao Cao was a warlord.",
            "Hip Hip Hooray!",
            "What it is is a mistake.",
            "The common toad Bufo bufo and Salamandra salamandra; Orycteropus afer afer.",
            "It improved resolution in in vitro binding assays.",
        ] {
            assert!(en(t).is_empty(), "{t}: {:?}", en(t));
        }
    }

    #[test]
    fn not_across_blocks() {
        assert!(en("== Rhythm ==\nRhythm is the pattern.").is_empty());
        assert!(en("= Rhythm =\n\nRhythm is the pattern.").is_empty());
    }

    #[test]
    fn fix_deletes_second_word_and_relints_clean() {
        let t = "On 10 December December 2010, he left.";
        let d = run(&RepeatedWord, "t.txt", t);
        let fixed = crate::diagnostic::apply_edits(t, &d[0].fix.as_ref().unwrap().edits);
        assert_eq!(fixed, "On 10 December 2010, he left.");
        assert!(en(&fixed).is_empty());
    }

    fn zh(text: &str) -> Vec<String> {
        flagged(&RepeatedWord, "t.txt", text)
    }

    #[test]
    fn fires_on_chinese_doubles() {
        assert_eq!(zh("他出生於於美國的一個小鎮。"), vec!["於於"]);
        assert_eq!(zh("而在在中国，他们成立了公司。"), vec!["在在"]);
        assert_eq!(zh("阿布哈兹阿布哈兹的总统访问了俄罗斯。"), vec!["阿布哈兹阿布哈兹"]);
        assert_eq!(zh("这是是一个问题。"), vec!["是是"]);
        assert_eq!(zh("他出生于于美国。"), vec!["于于"]);
        assert_eq!(zh("该市位于于河流的北岸。"), vec!["于于"]);
    }

    #[test]
    fn quiet_on_chinese_reduplication_and_names() {
        for t in [
            "我们看看书，常常去图书馆，等等。",
            "往往如此，人人平等，谢谢你。",
            "南奥塞梯总统科科伊季接受采访。",
            "我们研究研究这个问题，一个一个地解决。",
            "他的的确确来过。",
            "天天向上，明明白白。",
            "她唱过《何日君再来》、《玫瑰玫瑰我爱你》等歌曲。",
            "他现在在北京，达到目的的手段。",
            "在山地地质层中，摧毁了所有有价值的物品。",
            "杜兰杜兰乐队的前首席吉他手。",
        ] {
            assert!(zh(t).is_empty(), "{t}: {:?}", zh(t));
        }
    }

    #[test]
    fn traditional_segments_like_simplified() {
        assert_eq!(zh("而在在中國，他們成立了公司。"), vec!["在在"]);
        assert!(zh("我們看看書，常常去圖書館。").is_empty());
    }

    #[test]
    fn real_defect_in_corpus() {
        // zh-markdown/高德纳.md carries 「高德納出生於於美國」.
        let text = corpus("zh-markdown/高德纳.md");
        assert!(flagged(&RepeatedWord, "x.md", &text).iter().any(|f| f == "於於"));
    }

    #[test]
    fn quiet_on_xquad_clean_text() {
        // 240 professionally translated paragraphs. The only doubles in them are two real
        // typos in the Chinese: 「著名的的U型潜艇艇长」 (Huguenot) and 「最丰富的的热带雨林」
        // (Amazon_rainforest). Anything else reported is a false alarm — e.g. 山地地质,
        // 所有有价值, 杜兰杜兰乐队 (Duran Duran), which an earlier version reported.
        let mut hits = Vec::new();
        for (article, en_text, zh_text) in xquad_pairs() {
            for f in
                flagged(&RepeatedWord, "p.txt", &en_text)
                    .into_iter()
                    .chain(flagged(&RepeatedWord, "p.txt", &zh_text))
            {
                hits.push(format!("{article}: {f}"));
            }
        }
        assert_eq!(hits, vec!["Huguenot: 的的", "Amazon_rainforest: 的的"]);
    }
}
