//! Chinese doubles, decided on the jieba segmentation of the text folded to Simplified.

use super::{data, Double};
use crate::lang::{script, segment};
use crate::parse::words::BlockWords;
use crate::Span;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ZhData {
    function_chars: Vec<String>,
    verb_suffix_prepositions: Vec<String>,
    name_suffixes: Vec<String>,
    allow: Vec<String>,
    numerals: Vec<String>,
    aspect_markers: Vec<String>,
    colloquial: Vec<String>,
}

fn has(list: &[String], s: &str) -> bool {
    list.iter().any(|w| w == s)
}

/// The spans of `《…》` titles in `f` (each `《` up to the first `》` after it).
fn titles(f: &str) -> Vec<Span> {
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
    titles
}

/// Whether `text` (a block of an English article) may hold what [`find`] looks for: a Han
/// string written twice in a row in the text as [`find`] reads it (normalised: folded to
/// Simplified by OpenCC's phrases and characters, so 家具傢俱 reads 家具家具). Folding costs
/// less than segmenting: most English blocks quoting Chinese hold no double, and are not
/// segmented.
pub(super) fn may_hold_double(text: &str) -> bool {
    // A double is Han characters only, so it lies within one stretch of characters from
    // U+3000 up ([`script::wide_chars`], read eight bytes at a time): each stretch holding two
    // Han characters or more is looked at alone, not the whole block folded (an English
    // block quoting a name in Chinese was folded whole: 4 % of an English check). That holds
    // while folding leaves each stretch as it is: a block with a character that folds is
    // folded whole, as before (OpenCC folds a block only if one of its characters is in its
    // table, and then its phrases too: 沈默 → 沉默, whose characters are not). One pass
    // over the wide characters gathers the stretches and whether one folds.
    let mut stretches: Vec<(usize, usize, usize)> = Vec::new(); // (start, end, Han characters)
    let mut folding = false;
    for (at, c) in script::wide_chars(text) {
        let han = script::is_han(c);
        folding = folding || han && script::folds(c);
        let end = at + c.len_utf8();
        match stretches.last_mut() {
            Some((_, b, h)) if *b == at => (*b, *h) = (end, *h + usize::from(han)),
            _ => stretches.push((at, end, usize::from(han))),
        }
    }
    if folding {
        return holds_double(text);
    }
    stretches
        .iter()
        .any(|&(a, b, han)| han >= 2 && holds_double(&text[a..b]))
}

/// Whether `text` folded to Simplified holds a double of Han characters.
pub(super) fn holds_double(text: &str) -> bool {
    let folded = script::normalise(text);
    let chars: Vec<(usize, char)> = folded.text.char_indices().collect();
    (0..chars.len()).any(|i| script::is_han(chars[i].1) && longest_double(&chars, i).is_some())
}

/// Every slip among the doubled Han strings of `text` (one block's prose; `block` its words).
pub(super) fn find(block: &BlockWords, text: &str, found: &mut Vec<Double>) {
    let folded = &block.text;
    let f = folded.text.as_str();
    // (the words only where a double is found: most blocks have none)
    let mut words = None;
    // titles of works double words on purpose: 《玫瑰玫瑰我爱你》 ("Rose, Rose, I Love You")
    let titles = titles(f);
    // a title holding `p`: only the last one opening at or before `p` can
    let in_title = |p: usize| {
        let k = titles.partition_point(|t| t.start <= p);
        k > 0 && titles[k - 1].contains(&p)
    };
    let chars: Vec<(usize, char)> = f.char_indices().collect();
    let mut i = 0;
    while i + 1 < chars.len() {
        let (p, c) = chars[i];
        let hit = if script::is_han(c) {
            longest_double(&chars, i)
        } else {
            None
        };
        let Some(len) = hit.filter(|_| !in_title(p)) else {
            i += 1;
            continue;
        };
        let mid = chars[i + len].0;
        let end = chars.get(i + 2 * len).map_or(f.len(), |x| x.0);
        match verdict(f, words.get_or_insert_with(|| block.words()), p, mid, end) {
            Some(safe) => {
                let first = folded.to_source(p)..folded.to_source(mid);
                let second = folded.to_source(mid)..folded.to_source(end);
                let word = text[second.clone()].to_string();
                found.push(Double {
                    first,
                    second,
                    word,
                    safe,
                });
                i += 2 * len;
            }
            None => i += 1,
        }
    }
}

/// The longest X (up to 8 characters, all Han) with XX starting at char `i`.
fn longest_double(chars: &[(usize, char)], i: usize) -> Option<usize> {
    (1..=8).rev().find(|&len| {
        i + 2 * len <= chars.len()
            && (0..len).all(|j| chars[i + j].1 == chars[i + len + j].1 && script::is_han(chars[i + j].1))
    })
}

/// Whether `f[p..mid]` repeated as `f[mid..end]` is a slip: `Some(safe)` if it is (`safe`:
/// deleting the second copy cannot change the meaning), `None` if it is Chinese.
fn verdict(f: &str, words: &[segment::Word], p: usize, mid: usize, end: usize) -> Option<bool> {
    let d = &data().zh;
    let x = &f[p..mid];
    let chars = x.chars().count();
    if has(&d.allow, &f[p..end]) || (chars >= 2 && d.name_suffixes.iter().any(|s| f[end..].starts_with(s.as_str()))) {
        return None; // a reduplicated name: 杜兰杜兰乐队, 巴登巴登
    }
    let token_of = |pos: usize| words.partition_point(|w| w.start <= pos).saturating_sub(1);
    let (t1, t2) = (token_of(p), token_of(mid));
    if t1 == t2 {
        return None; // inside one dictionary word: 常常, 的的确确
    }
    let (w1, w2) = (&words[t1], &words[t2]);
    let end_of = |w: &segment::Word| w.start + w.text.len();
    if chars == 1 {
        return single_char(f, d, x, (p, mid, end), (w1, end_of(w1)), end_of(w2));
    }
    // 一步一步, 一个一个地, 一次又一次: a numeral and a measure word, "one by one"
    if x.chars()
        .next()
        .is_some_and(|c| has(&d.numerals, c.encode_utf8(&mut [0; 4])))
    {
        return None;
    }
    // the copies must be words of the text: 北京大学|大学生 doubles 大学 across two words
    let starts_word = |pos: usize| words.get(token_of(pos)).is_some_and(|w| w.start == pos);
    let aligned = w1.start == p && end_of(w1) == mid && w2.start == mid && end_of(w2) == end;
    if !(starts_word(p) && starts_word(mid) && (chars > 2 || aligned)) {
        return None;
    }
    let tag = if end_of(w1) == mid { w1.tag } else { "n" };
    if tag.starts_with('v') || tag.starts_with('a') {
        // ABAB: 研究研究, 考虑考虑, 雪白雪白 — in quoted or colloquial text, never before 了
        return (!reduplication(f, words, d, p, end)).then_some(false);
    }
    if tag == "m" || tag == "mq" || tag == "q" {
        return None;
    }
    Some(true)
}

/// A doubled single character: a function character standing alone (在在, 的的), or one a verb
/// absorbed (生于|于). Not AABB forms (干干净净) nor the start of the next word (山地|地质).
fn single_char(
    f: &str,
    d: &ZhData,
    x: &str,
    (p, mid, end): (usize, usize, usize),
    (w1, w1_end): (&segment::Word, usize),
    w2_end: usize,
) -> Option<bool> {
    if w2_end > end {
        return None; // the second copy begins the next word: 山地|地质
    }
    let next: Vec<char> = f[end..].chars().take(2).collect();
    let prev: Vec<char> = f[..p].chars().rev().take(2).collect();
    let aabb = |two: &[char]| two.len() == 2 && two[0] == two[1] && script::is_han(two[0]);
    if aabb(&next) || aabb(&prev) {
        return None; // AABB: 来来往往, 干干净净
    }
    let standalone_first = w1.start == p && w1_end == mid;
    if standalone_first {
        return (has(&d.function_chars, x) && !segment::is_dictionary_word(&f[p..end])).then_some(true);
    }
    // the first copy ends a longer word: a slip only after a verb that absorbed the
    // preposition (生于|于), not after 现在 or 目的
    (w1_end == mid && w1.tag.starts_with('v') && has(&d.verb_suffix_prepositions, x)).then_some(true)
}

/// Whether a verb or adjective doubled at `p..end` reads as reduplication: inside quotes or in
/// a colloquial sentence (我们, 你, 吧 …), and not followed by an aspect marker (进行进行了).
fn reduplication(f: &str, words: &[segment::Word], d: &ZhData, p: usize, end: usize) -> bool {
    if d.aspect_markers.iter().any(|m| f[end..].starts_with(m.as_str())) {
        return false;
    }
    let stops = ['。', '！', '？', '\n', '!', '?'];
    let start = f[..p]
        .rfind(stops)
        .map_or(0, |i| i + f[i..].chars().next().map_or(1, char::len_utf8));
    let stop = f[end..].find(stops).map_or(f.len(), |i| end + i);
    let before = &f[start..p];
    let quoted = ['「', '“', '『', '"']
        .iter()
        .zip(['」', '”', '』', '"'])
        .any(|(&o, c)| {
            before.matches(o).count() > before.matches(c).count() || (o == c && before.matches(o).count() % 2 == 1)
        });
    quoted
        || words
            .iter()
            .filter(|w| w.start >= start && w.start < stop)
            .any(|w| has(&d.colloquial, w.text))
}
