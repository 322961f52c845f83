//! Matching Chinese transliterations of foreign names against their Latin spelling.
//!
//! Chinese writes foreign names by sound with fixed syllable tables (Xinhua's tables for
//! English and Russian names): 巴加普什 is Bagapsh, 科科伊季 is Kokoity. Plain pinyin does
//! poorly (加 is "jia" in pinyin, "ga" in names), so the reverse table
//! `rules/data/transliteration.toml` gives each character its candidate Latin readings, and
//! [`name_similarity`] scores a pair by a normalised edit distance, choosing for every
//! character the reading that fits best (dynamic programming over characters and letters).
//! A character outside the table (older renderings: 良 of 哈德良, `Hadrian`) is read by its
//! pinyin (`rules/data/lexicon/pinyin.tsv`, from CC-CEDICT) in a name at least half of the
//! table's characters, and never against a romanised Chinese name (`Hanyu`); the table's own
//! readings hold a few pinyin ones, read everywhere (宋 `song`). English letters
//! Chinese renderings leave unsaid (an `r` after a vowel, a final `e`, a doubled letter) cost
//! half a letter, and `m` and `n` count as close sounds (伦巴第 `Lombard`), as `l` and `r` do.

use crate::lang::script::{fold_to_simplified, is_han};
use fxhash::FxHashMap;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Deserialize)]
struct Table {
    readings: HashMap<String, Vec<String>>,
}

/// (Per-character tables use FxHash: the standard library's SipHash, which guards against
/// chosen collisions our own data cannot hold, was 5 % of checking Chinese text.)
fn table() -> &'static FxHashMap<char, Vec<String>> {
    static T: OnceLock<FxHashMap<char, Vec<String>>> = OnceLock::new();
    T.get_or_init(|| {
        let t: Table = toml::from_str(crate::data::TRANSLITERATION).expect("rules/data/transliteration.toml is valid");
        t.readings
            .into_iter()
            .filter_map(|(k, v)| Some((k.chars().next()?, v)))
            .collect()
    })
}

/// The candidate Latin readings of a (Simplified) character, most common first.
pub fn readings(c: char) -> &'static [String] {
    table().get(&c).map(Vec::as_slice).unwrap_or(&[])
}

/// The pinyin table (`rules/data/lexicon/pinyin.tsv`), read once: each character's sounds as
/// a name spells them ([`pinyin_sounds`]), and the syllables (for [`is_pinyin`]).
struct Pinyin {
    sounds: FxHashMap<char, Vec<String>>,
    syllables: std::collections::HashSet<&'static [u8]>,
    /// Each character's pinyin syllables as written, without tones (for [`spells_in_pinyin`]).
    written: FxHashMap<char, Vec<&'static str>>,
}

fn pinyin() -> &'static Pinyin {
    static PINYIN: OnceLock<Pinyin> = OnceLock::new();
    PINYIN.get_or_init(|| {
        let mut table = Pinyin {
            sounds: FxHashMap::default(),
            syllables: std::collections::HashSet::new(),
            written: FxHashMap::default(),
        };
        for (c, syllables) in crate::data::PINYIN.lines().filter_map(|line| line.split_once('\t')) {
            let Some(c) = c.chars().next() else { continue };
            let mut sounds: Vec<String> = Vec::new();
            for s in syllables.split(' ') {
                // (not the lone consonants of 儿 and 呣, which would make `Omar` and `Adam` pinyin)
                if !matches!(s, "r" | "m" | "n" | "ng" | "hm" | "hng") {
                    table.syllables.insert(s.as_bytes());
                }
                for r in pinyin_sounds(s) {
                    if !sounds.contains(&r) {
                        sounds.push(r);
                    }
                }
            }
            table.sounds.insert(c, sounds);
            table.written.insert(c, syllables.split(' ').collect());
        }
        table
    })
}

/// The Latin readings a character is matched by in a name at least half of the table's
/// characters: the table's, or for a character outside it
/// (older and looser renderings: 良 in 哈德良 for `Hadrian`, 第 in 伦巴第 for `Lombard`) the
/// sounds of its pinyin ([`pinyin_sounds`]).
fn sound_readings(c: char) -> &'static [String] {
    let own = readings(c);
    if !own.is_empty() {
        return own;
    }
    pinyin().sounds.get(&c).map(Vec::as_slice).unwrap_or(&[])
}

/// The Latin a foreign name may spell a pinyin syllable with: its initial as English writes
/// the sound (zh `j`, x `s`, q `ch`, c `ts`: one spelling each, as the edit distance counts
/// close letters, `j`/`z`/`g` or `s`/`z`, half), its final without the `g` of -ng (良 liang →
/// `lian`); the buzzing vowel of zhi, chi, shi, ri, zi, ci, si may be left out (斯 `s`).
pub fn pinyin_sounds(syllable: &str) -> Vec<String> {
    const INITIALS: &[(&str, &str)] = &[
        ("zh", "j"),
        ("ch", "ch"),
        ("sh", "sh"),
        ("b", "b"),
        ("p", "p"),
        ("m", "m"),
        ("f", "f"),
        ("d", "d"),
        ("t", "t"),
        ("n", "n"),
        ("l", "l"),
        ("g", "g"),
        ("k", "k"),
        ("h", "h"),
        ("j", "j"),
        ("q", "ch"),
        ("x", "s"),
        ("r", "r"),
        ("z", "z"),
        ("c", "ts"),
        ("s", "s"),
        ("y", "y"),
        ("w", "w"),
    ];
    let (initial, fin) = INITIALS
        .iter()
        .find_map(|(i, sound)| Some((*sound, syllable.strip_prefix(i)?)))
        .unwrap_or(("", syllable));
    let fin = fin
        .strip_suffix("ng")
        .map_or_else(|| fin.to_string(), |f| format!("{f}n"));
    let buzz = fin == "i"
        && ["zh", "ch", "sh", "r", "z", "c", "s"]
            .iter()
            .any(|i| syllable == format!("{i}i"));
    [Some(fin.as_str()), buzz.then_some("")]
        .into_iter()
        .flatten()
        .map(|f| format!("{initial}{f}"))
        .filter(|r| !r.is_empty())
        .collect()
}

/// Whether a Latin word (folded) is pinyin: a run of the syllables of the pinyin table
/// (`hanyu`, `zidian`, `zhou`), as a romanised Chinese name is written.
fn is_pinyin(word: &[u8]) -> bool {
    let syllables = &pinyin().syllables;
    // can[i]: word[..i] is a run of syllables
    let mut can = vec![false; word.len() + 1];
    can[0] = true;
    for i in 1..=word.len() {
        can[i] = (i.saturating_sub(6)..i).any(|j| can[j] && syllables.contains(&word[j..i]));
    }
    !word.is_empty() && can[word.len()]
}

/// Whether Latin words (folded) spell Chinese characters in pinyin, one syllable to a
/// character, in order, each word ending where a syllable ends: `Chen Duxiu` 陈独秀, `Sima
/// Qian` 司马迁, `Qin Shi Huang` 秦始皇 ([`super::native_name`]); one word runs the syllables
/// together (`sima` 司马).
pub(super) fn spells_in_pinyin<W: AsRef<[u8]>>(zh: &[char], en: &[W]) -> bool {
    if en.is_empty() || en.len() > zh.len() {
        return false;
    }
    let written = &pinyin().written;
    // (word, offset in it) reached after `k` characters; names are short, so a depth-first
    // walk over the readings costs little
    fn walk<W: AsRef<[u8]>>(
        zh: &[char],
        en: &[W],
        word: usize,
        at: usize,
        written: &FxHashMap<char, Vec<&str>>,
    ) -> bool {
        let Some((&c, rest)) = zh.split_first() else {
            return word == en.len();
        };
        let Some(w) = en.get(word).map(AsRef::as_ref) else {
            return false;
        };
        written.get(&c).is_some_and(|ss| {
            ss.iter().any(|s| {
                let end = at + s.len();
                w.get(at..end) == Some(s.as_bytes())
                    && if end == w.len() {
                        walk(rest, en, word + 1, 0, written)
                    } else {
                        walk(rest, en, word, end, written)
                    }
            })
        })
    }
    zh.iter().all(|&c| is_han(c)) && walk(zh, en, 0, 0, written)
}

/// Whether a Latin word (lower case) is one syllable of a romanised Chinese name, in pinyin or
/// Wade–Giles (`hui` of `Teng-hui`, `kuo` of `Ching-kuo`, `shek` of `Kai-shek`): not `style`,
/// `based`, `wing`.
pub fn is_romanised_syllable(word: &str) -> bool {
    const INITIALS: &[&str] = &[
        "ch", "hs", "ts", "tz", "sh", "zh", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s",
        "t", "w", "x", "y", "z", "",
    ];
    const FINALS: &[&str] = &[
        "a", "ai", "an", "ang", "ao", "e", "eh", "ei", "ek", "en", "eng", "er", "i", "ia", "ian", "iang", "iao", "ie",
        "ieh", "ien", "ih", "in", "ing", "iong", "iu", "iung", "o", "ong", "ou", "u", "ua", "uai", "uan", "uang", "ue",
        "ui", "un", "ung", "uo", "ueh",
    ];
    // (after w, the finals that keep no i of their own: `wen`; not `wing`; after y, those and
    // pinyin's `yi`, `yin`, `ying`, `yong`, `yue`: `Chun-ying`, `Den-yih` is Wade–Giles `yih`)
    const AFTER_Y: &[&str] = &["i", "ih", "in", "ing", "e", "ong", "ue"];
    const AFTER_W_Y: &[&str] = &[
        "a", "ai", "an", "ang", "ao", "at", "ei", "en", "eng", "o", "ou", "u", "uan", "ueh", "un", "ung",
    ];
    word.len() <= 6
        && INITIALS.iter().any(|i| {
            word.strip_prefix(i).is_some_and(|f| {
                if matches!(*i, "w" | "y") {
                    AFTER_W_Y.contains(&f) || *i == "y" && AFTER_Y.contains(&f)
                } else {
                    FINALS.contains(&f)
                }
            })
        })
}

/// Whether `c` is a character of the transliteration table.
pub fn is_translit_char(c: char) -> bool {
    table().contains_key(&c)
}

/// Name separators: the interpunct in its several code points, hyphens, spaces.
pub fn is_name_separator(c: char) -> bool {
    matches!(c, '·' | '•' | '・' | '‧' | '･' | '∙' | '⋅' | '-' | '‐' | ' ' | '=')
}

/// A Latin rendering of a Chinese name (the first reading of each character), with the
/// parts of an interpunct name separated by spaces: 谢尔盖·巴加普什 → "sergeibagapush" style.
pub fn latin(zh: &str) -> String {
    let folded = fold_to_simplified(zh).text;
    let mut out = String::new();
    for c in folded.chars() {
        if is_name_separator(c) {
            if !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
        } else if let Some(r) = readings(c).first() {
            out.push_str(r);
        } else if c.is_alphanumeric() && !is_han(c) {
            out.extend(c.to_lowercase());
        }
    }
    out.trim().to_string()
}

/// Fold a Latin letter to ASCII lowercase (accents dropped).
pub fn fold_latin(c: char) -> Option<char> {
    if c.is_ascii() {
        let c = c.to_ascii_lowercase();
        return c.is_ascii_lowercase().then_some(c);
    }
    let c = c.to_lowercase().next().unwrap_or(c);
    Some(match c {
        'a'..='z' => c,
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ç' | 'č' | 'ć' => 'c',
        'ñ' | 'ń' | 'ň' => 'n',
        'š' | 'ś' | 'ş' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'ď' => 'd',
        'ť' => 't',
        'ß' => 's',
        _ => return None,
    })
}

/// Latin words of a name, folded: "Sergei Bagapsh" → ["sergei", "bagapsh"].
pub(super) fn en_parts(en: &str) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut cur = Vec::new();
    for c in en.chars() {
        match fold_latin(c) {
            Some(l) => cur.push(l as u8),
            None if c == '\'' || c == '’' => {}
            None => {
                if !cur.is_empty() {
                    parts.push(std::mem::take(&mut cur));
                }
            }
        }
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    parts
}

/// Chinese parts of a name, folded to Simplified: 谢尔盖·巴加普什 → [谢尔盖, 巴加普什].
fn zh_parts(zh: &str) -> Vec<Vec<char>> {
    let folded = fold_to_simplified(zh).text;
    folded
        .split(is_name_separator)
        .filter(|p| !p.is_empty())
        .map(|p| p.chars().collect())
        .collect()
}

const fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Costs below are counted in half letters (integers: the edit distances add them up
/// millions of times on a long pair).
type Cost = u32;

/// The cost of writing letter `a` where the reading has `b`: 0 for the same letter, a half
/// for two vowels or two letters of one group of close sounds, else 1.
fn sub_cost(a: u8, b: u8) -> Cost {
    if a == b {
        0
    } else if a.is_ascii_lowercase() && b.is_ascii_lowercase() {
        SUB_COST[(a - b'a') as usize][(b - b'a') as usize]
    } else {
        2
    }
}

/// [`sub_cost`] between two letters a–z, worked out once.
static SUB_COST: [[Cost; 26]; 26] = sub_costs();

const fn sub_costs() -> [[Cost; 26]; 26] {
    const CLOSE: &[&[u8]] = &[b"ckqgx", b"vwf", b"sz", b"dt", b"bp", b"lr", b"jgz", b"hk", b"mn"];
    const fn has(g: &[u8], c: u8) -> bool {
        let mut i = 0;
        while i < g.len() {
            if g[i] == c {
                return true;
            }
            i += 1;
        }
        false
    }
    let mut t = [[2; 26]; 26];
    let mut a = 0;
    while a < 26 {
        let mut b = 0;
        while b < 26 {
            let (x, y) = (b'a' + a as u8, b'a' + b as u8);
            if a == b {
                t[a][b] = 0;
            } else if is_vowel(x) && is_vowel(y) {
                t[a][b] = 1;
            } else {
                let mut g = 0;
                while g < CLOSE.len() {
                    if has(CLOSE[g], x) && has(CLOSE[g], y) {
                        t[a][b] = 1;
                    }
                    g += 1;
                }
            }
            b += 1;
        }
        a += 1;
    }
    t
}

/// Cost of each letter of an English word that no reading accounts for: a half for a letter
/// Chinese renderings leave unsaid, a whole one for others. Left unsaid are `h` (kh, sh, ch),
/// an `r` after a vowel and before a consonant or the end (杜瓦 `Dewar`, 伦巴第 `Lombard`), an
/// `e` after a consonant, at the end or before a final `s` (舍勒 `Scheele`, 琼斯 `Jones`), and
/// the second of two equal letters (奥斯顿 `Allston`, 梅森 `Mersenne`); `gh` after a vowel costs
/// a half for both letters (休斯 `Hughes`).
fn skip_costs(en: &[u8]) -> Vec<Cost> {
    (0..en.len())
        .map(|i| {
            let c = en[i];
            let before = i.checked_sub(1).map(|p| en[p]);
            let after = en.get(i + 1).copied();
            // (`gh` after a vowel is one sound left unsaid, costed on its `h`)
            if c == b'g' && after == Some(b'h') && before.is_some_and(is_vowel) {
                return 0;
            }
            let unsaid = c == b'h'
                || c == b'r' && before.is_some_and(is_vowel) && !after.is_some_and(is_vowel)
                || c == b'e' && after.is_none() && before.is_some_and(|b| !is_vowel(b))
                || c == b'e' && after == Some(b's') && i + 2 == en.len() && before.is_some_and(|b| !is_vowel(b))
                || before == Some(c);
            if unsaid {
                1
            } else {
                2
            }
        })
        .collect()
}

/// Similarity of one Chinese char sequence to one Latin letter sequence, in 0..=1.
fn similarity_parts(zh: &[char], en: &[u8], skip: &[Cost], romanised: bool, floor: f64) -> f64 {
    // (alignment asks this millions of times on a long pair of articles: the lists it works
    // in are kept from one call to the next, one set per thread)
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = Default::default();
    }
    SCRATCH.with(|s| match s.try_borrow_mut() {
        Ok(mut s) => similarity_in(&mut s, zh, en, skip, romanised, floor),
        Err(_) => similarity_in(&mut Scratch::default(), zh, en, skip, romanised, floor),
    })
}

/// The lists [`similarity_parts`] works in.
#[derive(Default)]
struct Scratch {
    longest: Vec<usize>,
    free_from: Vec<usize>,
    dp: Vec<(Cost, usize)>,
    next: Vec<(Cost, usize)>,
    prev: Vec<Cost>,
    cur: Vec<Cost>,
}

fn similarity_in(s: &mut Scratch, zh: &[char], en: &[u8], skip: &[Cost], romanised: bool, floor: f64) -> f64 {
    if zh.is_empty() || en.is_empty() {
        return 0.0;
    }
    // A transliteration keeps the first sound: a name whose first letter no reading of its
    // first two chars comes close to (`sub_cost` below 1; the second for a particle written
    // on: 德梅齐埃 / Maizière) is not this name. Checked first, as alignment asks about many
    // pairs of names and most differ here.
    let close = |z: char| {
        let mask = initial_mask(z);
        mask == u32::MAX || mask & bit(en[0]) != 0
    };
    if !zh.iter().take(2).any(|&z| close(z)) {
        return 0.0;
    }
    // A character outside the table is read by its pinyin only in a name at least half of the
    // table's (哈德良, 伦巴第, 丹比): a name of Chinese words (满洲) is no transliteration, and
    // its pinyin would make it any romanised name that sounds alike (`Zhou`).
    let outside = zh.iter().filter(|&&z| is_han(z) && !is_translit_char(z)).count();
    // Nor is a romanised Chinese name (`Hanyu`, `Zhou`) matched by pinyin: 古汉语 is no
    // rendering of `Hanyu Da Zidian`.
    let loose = !romanised && outside <= zh.len() - outside;
    let readings_of = |z: char| -> &'static [String] {
        match (is_han(z), loose) {
            (true, true) => sound_readings(z),
            (true, false) => readings(z),
            (false, _) => &[],
        }
    };
    let m = en.len();
    let Scratch {
        longest,
        free_from,
        dp,
        next,
        prev,
        cur,
    } = s;
    // Past this cost the score is below `floor` however the rest aligns: costs only grow, the
    // score divides by at most the longer of the English and the longest readings, and the
    // English letters past what the characters left can read at their longest are left unsaid
    // (each costs a half at least, but the few that cost nothing), as are the characters left
    // past the English letters left.
    longest.clear();
    if floor > 0.0 {
        longest.extend(zh.iter().map(|&z| {
            if is_han(z) {
                readings_of(z).iter().map(String::len).max().unwrap_or(1).max(1)
            } else {
                z.to_lowercase().filter(|c| c.is_ascii_alphabetic()).count().max(1)
            }
        }));
    }
    let widest = m.max(longest.iter().sum()).max(1) as f64;
    // (in the score's own terms, rounded as the score is: a cost bound would round (1 − 0.8) × 2
    // × 5 down to 1, and cut 杜瓦 / `Dewar`, whose score is 0.8 exactly)
    let below = |cost: Cost| 1.0 - cost as f64 / 2.0 / widest < floor;
    // the longest reading of the characters after the i-th
    let mut left: usize = longest.iter().sum();
    // the English letters from the j-th on that cost nothing left unsaid (the `g` of `gh`
    // after a vowel), which the bound below must not count
    free_from.clear();
    if floor > 0.0 {
        free_from.resize(m + 1, 0);
        for j in (0..m).rev() {
            free_from[j] = free_from[j + 1] + usize::from(skip[j] == 0);
        }
    }
    // dp[j] = (cost, reading length) aligning zh[..i] with en[..j]
    dp.clear();
    dp.push((0, 0));
    for &c in &skip[..m] {
        dp.push((dp[dp.len() - 1].0 + c, 0));
    }
    // (the bound holds before the first character too: a name too long or too short for the
    // other ends here, before any reading is compared; a fifth of the calls that pass the
    // first sound)
    if floor > 0.0 && out_of_reach(dp, left, zh.len(), free_from, &below) {
        return 0.0;
    }
    let mut own: [String; 1] = [String::new()];
    for (i, &z) in zh.iter().enumerate() {
        let rs: &[String] = if is_han(z) {
            readings_of(z)
        } else {
            own[0] = z.to_lowercase().filter(|c| c.is_ascii_alphabetic()).collect();
            if own[0].is_empty() {
                &[]
            } else {
                &own
            }
        };
        // dropping the char altogether
        let drop = if rs.is_empty() { 4 } else { 2 };
        next.clear();
        next.extend(dp.iter().map(|&(c, l)| (c + drop, l + 1)));
        // (each start in the English, then each reading from it: the order of the updates
        // changes no slot, each the least (cost, length) offered)
        for (j0, &(base, blen)) in dp.iter().enumerate() {
            // (a way through `j0` that cannot keep the score from `below` whatever follows
            // is not read on: what it would reach scores below `floor` however the rest
            // aligns, and a score below it is not told)
            if floor > 0.0 && below(base + rest_cost(j0, m, left, zh.len() - i, free_from)) {
                continue;
            }
            for r in rs {
                let r = r.as_bytes();
                // edit distance of r against en[j0..j0+b] for every b; a reading stands for
                // a few letters more than its own at most (a longer span costs more than
                // the whole name could afford)
                let width = (m - j0).min(r.len() + 3);
                prefix_distances(r, &en[j0..j0 + width], &skip[j0..j0 + width], prev, cur);
                for (b, &c) in prev.iter().enumerate() {
                    let cand = (base + c, blen + r.len());
                    let slot = &mut next[j0 + b];
                    if cand.0 < slot.0 || cand.0 == slot.0 && cand.1 < slot.1 {
                        *slot = cand;
                    }
                }
            }
        }
        std::mem::swap(dp, next);
        if floor > 0.0 {
            left -= longest[i];
            if out_of_reach(dp, left, zh.len() - i - 1, free_from, &below) {
                return 0.0;
            }
        }
    }
    let (cost, len) = dp[m];
    let norm = m.max(len).max(1) as f64;
    (1.0 - cost as f64 / 2.0 / norm).max(0.0)
}

/// Whether no way on from `dp` (the costs of the characters read so far against each
/// prefix of the English) can keep the score from `below`, with `after` characters left
/// whose readings are `left` letters long at most: the English letters past those are left
/// unsaid (but the `free` ones, `free[j]` from the j-th on), and a character left with no
/// English letter to read costs a whole letter.
fn out_of_reach(
    dp: &[(Cost, usize)],
    left: usize,
    after: usize,
    free: &[usize],
    below: &impl Fn(Cost) -> bool,
) -> bool {
    let m = dp.len() - 1;
    dp.iter()
        .enumerate()
        .all(|(j, &(c, _))| below(c + rest_cost(j, m, left, after, free)))
}

/// The least the rest of a name costs, from the j-th of `m` English letters on with `after`
/// characters left whose readings are `left` letters long at most (see [`out_of_reach`]).
fn rest_cost(j: usize, m: usize, left: usize, after: usize, free: &[usize]) -> Cost {
    ((m - j).saturating_sub(left).saturating_sub(free[j]) as Cost).max(2 * after.saturating_sub(m - j) as Cost)
}

/// The edit distance of the reading `r` against every prefix of `span` (`out[b]`: against
/// `span[..b]`); `cur` is scratch space.
fn prefix_distances(r: &[u8], span: &[u8], skip: &[Cost], out: &mut Vec<Cost>, cur: &mut Vec<Cost>) {
    let n = span.len();
    out.clear();
    out.push(0);
    let mut acc = 0;
    out.extend(skip[..n].iter().map(|&c| {
        acc += c;
        acc
    }));
    cur.clear();
    cur.resize(n + 1, 0);
    // (over slices of a set length, each row's last value kept at hand: the loop runs in
    // registers, not through the vectors' lengths)
    for (a, &rc) in r.iter().enumerate() {
        let (o, c) = (&out[..=n], &mut cur[..=n]);
        let mut last = 2 * (a as Cost + 1);
        c[0] = last;
        for b in 1..=n {
            last = (o[b - 1] + sub_cost(rc, span[b - 1]))
                .min(o[b] + 2)
                .min(last + skip[b - 1]);
            c[b] = last;
        }
        std::mem::swap(out, cur);
    }
}

/// How well a Chinese name (transliterated) matches a Latin one, in 0..=1: the better of the
/// whole names and their last parts (a surname alone, 巴加普什 ↔ Sergei Bagapsh).
pub fn name_similarity(zh: &str, en: &str) -> f64 {
    name_similarity_at_least(zh, en, 0.0)
}

/// [`name_similarity`] for a caller that asks only whether it reaches `floor` (and, if so, how
/// far): the score when it is `floor` or more, else some score below `floor`. The edit distance
/// stops as soon as the score can no longer reach `floor`, which most pairs of an article's
/// names cannot.
pub fn name_similarity_at_least(zh: &str, en: &str, floor: f64) -> f64 {
    // The same names recur through an article (and alignment asks about every pair of
    // sentences): remember answers, in a bounded per-thread table.
    // Keyed by the two names themselves, looked up without copies (this runs millions of times
    // on long articles; a name is copied only when an answer is kept). A score known only to be
    // below a floor is kept as that floor, negated.
    type Memo = FxHashMap<Box<str>, FxHashMap<Box<str>, f64>>;
    thread_local! {
        static MEMO: std::cell::RefCell<(Memo, usize)> = Default::default();
    }
    const MEMO_MAX: usize = 100_000;
    match MEMO.with(|m| m.borrow().0.get(zh).and_then(|e| e.get(en)).copied()) {
        Some(v) if v >= 0.0 => return v,
        Some(below) if floor >= -below => return 0.0,
        _ => {}
    }
    let v = name_similarity_uncached(zh, en, floor);
    let kept = if v < floor { -floor } else { v };
    MEMO.with(|m| {
        let (memo, size) = &mut *m.borrow_mut();
        if *size >= MEMO_MAX {
            memo.clear();
            *size = 0;
        }
        // (the zh name copied only the first time it is remembered)
        match memo.get_mut(zh) {
            Some(e) => e.insert(en.into(), kept),
            None => memo.entry(zh.into()).or_default().insert(en.into(), kept),
        };
        *size += 1;
    });
    if v < floor {
        0.0
    } else {
        v
    }
}

fn name_similarity_uncached(zh: &str, en: &str, floor: f64) -> f64 {
    let z = zh_parts(zh);
    let e = en_parts(en);
    let (Some(zl), Some(el)) = (z.last(), e.last()) else {
        return 0.0;
    };
    // a Chinese person's name is romanised (`Chen Duxiu` 陈独秀, `Tsai Ing-wen` 蔡英文), not
    // transliterated by the sounds below
    if z.len() == 1 && super::native_name::is_native(zl) {
        return if super::native_name::renders(zl, &e) { 1.0 } else { 0.0 };
    }
    let zall: Vec<char> = z.concat();
    let eall: Vec<u8> = e.concat();
    // (each word's letters left unsaid, the words' ends its own: `Pierre Curie`)
    let skips: Vec<Vec<Cost>> = e.iter().map(|p| skip_costs(p)).collect();
    let skip_all: Vec<Cost> = skips.concat();
    // (asked only where pinyin may be read: a name with a character outside the table)
    let romanised = zall.iter().any(|&c| is_han(c) && !is_translit_char(c)) && e.iter().all(|p| is_pinyin(p));
    let full = similarity_parts(&zall, &eall, &skip_all, romanised, floor);
    // one part a side: the last parts are the whole names
    if z.len() == 1 && e.len() == 1 {
        return full;
    }
    // a lone zh part (a given name or a surname) against any single English word, the last
    // among them; or the last parts of two longer names
    if z.len() == 1 {
        e.iter()
            .zip(&skips)
            .map(|(p, skip)| similarity_parts(zl, p, skip, romanised, floor))
            .fold(full, f64::max)
    } else {
        full.max(similarity_parts(zl, el, &skips[skips.len() - 1], romanised, floor))
    }
}

/// A letter as a bit (a–z), 0 for others.
fn bit(c: u8) -> u32 {
    if c.is_ascii_lowercase() {
        1 << (c - b'a')
    } else {
        0
    }
}

/// The letters a Latin name's words start with, as a bit set.
pub fn en_initials(en: &str) -> u32 {
    en_parts(en)
        .iter()
        .filter_map(|p| p.first())
        .fold(0, |m, &c| m | bit(c))
}

/// The letters an English name could start a word with and still match `zh` (letters close
/// to the first sound of the first two chars of the whole name and of its last part), as a
/// bit set: [`name_similarity`] is 0 unless `zh_initials(zh) & en_initials(en) != 0`.
pub fn zh_initials(zh: &str) -> u32 {
    let parts = zh_parts(zh);
    let whole: Vec<char> = parts.concat();
    let heads = whole
        .iter()
        .take(2)
        .chain(parts.last().into_iter().flat_map(|p| p.iter().take(2)));
    // (and a Chinese person's name's pinyin, which [`spells_in_pinyin`] reads: 谢 is `Xie`)
    let written = &pinyin().written;
    let native = parts.len() == 1 && super::native_name::is_native(&whole);
    let spelt = whole
        .iter()
        .take(if native { 2 } else { 0 })
        .flat_map(|z| written.get(z).into_iter().flatten());
    let mask = spelt.fold(0, |mask, s| mask | s.bytes().next().map_or(0, bit));
    heads.fold(mask, |mask, &z| mask | initial_mask(z))
}

/// The letters close (`sub_cost` below 1) to the first sound of `z`'s readings, or of a Latin
/// letter itself, as a bit set; all bits when a Chinese char has no reading (anything may
/// match it, by its pinyin or not at all). Called for every name comparison: the masks of the
/// table's chars are built once.
fn initial_mask(z: char) -> u32 {
    let close_to = |f: u8| (b'a'..=b'z').filter(|&c| sub_cost(f, c) < 2).fold(0, |m, c| m | bit(c));
    if is_han(z) {
        static MASKS: OnceLock<FxHashMap<char, u32>> = OnceLock::new();
        let masks = MASKS.get_or_init(|| {
            table()
                .iter()
                .filter(|(_, rs)| !rs.is_empty())
                .map(|(&c, rs)| {
                    (
                        c,
                        rs.iter()
                            .filter_map(|r| r.bytes().next())
                            .fold(0, |m, f| m | close_to(f)),
                    )
                })
                .collect()
        });
        return masks.get(&z).copied().unwrap_or(u32::MAX);
    }
    match z.to_lowercase().next() {
        Some(c) if c.is_ascii() => close_to(c as u8),
        _ => 0,
    }
}

/// The threshold above which [`name_similarity`] calls two names the same.
pub const MATCH_THRESHOLD: f64 = 0.75;

#[cfg(test)]
mod tests {
    use super::*;

    /// Assert that every pair's similarity reaches `bar`.
    #[track_caller]
    fn assert_all_reach(pairs: &[(&str, &str)], bar: f64) {
        for &(zh, en) in pairs {
            let score = name_similarity(zh, en);
            assert!(score >= bar, "{zh} / {en}: {score}");
        }
    }

    /// The person and place names of the seed pair (000 zh, 001 en).
    const SEED_PAIRS: &[(&str, &str)] = &[
        ("巴加普什", "Bagapsh"),
        ("科科伊季", "Kokoity"),
        ("茨欣瓦利", "Tskhinvali"),
        ("奇里克巴", "Chirikba"),
        ("季比洛夫", "Tibilov"),
        ("安克瓦布", "Ankvab"),
        ("博茨耶夫", "Botsiev"),
        ("普列夫", "Pliev"),
        ("埃尔巴基耶夫", "Elbakiev"),
        ("苏呼米", "Sukhumi"),
        ("科多里", "Kodori"),
        ("谢尔盖", "Sergei"),
        ("列昂尼德", "Leonid"),
        ("亚历山大", "Alexander"),
        ("爱德华", "Eduard"),
        ("维切斯夫", "Viacheslav"),
        ("罗伯特", "Robert"),
        ("诺达尔", "Nodar"),
        ("奥列格", "Oleg"),
        ("阿布哈兹", "Abkhazia"),
        ("奥塞梯", "Ossetia"),
        ("艾伦", "Alan"),
    ];

    #[test]
    fn seed_name_matrix() {
        let mut true_scores = Vec::new();
        let mut best_false: f64 = 0.0;
        let mut failures = Vec::new();
        for (i, (zh, en)) in SEED_PAIRS.iter().enumerate() {
            let own = name_similarity(zh, en);
            true_scores.push(own);
            for (j, (_, other)) in SEED_PAIRS.iter().enumerate() {
                if i != j {
                    let s = name_similarity(zh, other);
                    best_false = best_false.max(s);
                    if s >= own {
                        failures.push(format!("{zh}: {other} {s:.2} >= {en} {own:.2}"));
                    }
                }
            }
        }
        let worst_true = true_scores.iter().cloned().fold(1.0, f64::min);
        println!(
            "seed name matrix: {} pairs, worst true {worst_true:.3}, best false {best_false:.3}",
            SEED_PAIRS.len()
        );
        assert!(failures.is_empty(), "{failures:#?}");
        assert!(worst_true >= MATCH_THRESHOLD, "worst true {worst_true}");
        assert!(best_false < MATCH_THRESHOLD, "best false {best_false}");
    }

    /// English names from the first xquad paragraph (Super Bowl 50) and their zh renderings:
    /// not tuned on, a check that the table generalises.
    const XQUAD_PAIRS: &[(&str, &str)] = &[
        ("卡万·肖特", "Kawann Short"),
        ("马里奥·爱迪生", "Mario Addison"),
        ("贾里德·艾伦", "Jared Allen"),
        ("科尼·伊利", "Kony Ealy"),
        ("托马斯·戴维斯", "Thomas Davis"),
        ("卢克·坎克利", "Luke Kuechly"),
        ("科特·科尔曼", "Kurt Coleman"),
        ("约什·诺曼", "Josh Norman"),
    ];

    #[test]
    fn xquad_name_matrix() {
        let mut hits = 0;
        for (i, (zh, en)) in XQUAD_PAIRS.iter().enumerate() {
            let scores: Vec<f64> = XQUAD_PAIRS.iter().map(|(_, e)| name_similarity(zh, e)).collect();
            let best = (0..scores.len())
                .max_by(|&a, &b| scores[a].total_cmp(&scores[b]))
                .unwrap_or(0);
            println!("{zh} ~ {en}: {:.3} (best {})", scores[i], XQUAD_PAIRS[best].1);
            if best == i {
                hits += 1;
            }
        }
        println!(
            "xquad name matrix: {hits}/{} true partners score best",
            XQUAD_PAIRS.len()
        );
        assert!(hits * 10 >= XQUAD_PAIRS.len() * 7);
    }

    #[test]
    fn full_names_and_surnames() {
        assert!(name_similarity("谢尔盖·巴加普什", "Sergei Bagapsh") > 0.7);
        assert!(name_similarity("巴加普什", "Sergei Bagapsh") > 0.7);
        assert!(name_similarity("愛德華·賈巴耶維奇·科科伊季", "Eduard Kokoity") > 0.7);
        assert!(name_similarity("诺达尔普列夫", "Nodar Pliev") > 0.7);
        assert!(name_similarity("巴加普什", "Tibilov") < MATCH_THRESHOLD);
        assert_eq!(name_similarity("", "x"), 0.0);
        assert_eq!(name_similarity("巴", ""), 0.0);
    }

    /// Characters of Xinhua's tables the table lacked: 道 (阿道夫 `Adolf`, 道格拉斯 `Douglas`),
    /// 密 (密尔沃基 `Milwaukee`), 玻 (尼尔斯·玻尔 `Niels Bohr`), 罕 (穆罕默德 `Muhammad`), 思 (基思
    /// `Keith`).
    #[test]
    fn characters_added_to_the_table() {
        assert_all_reach(
            &[
                ("阿道夫", "Adolf"),
                ("道格拉斯", "Douglas"),
                ("密尔沃基", "Milwaukee"),
                ("尼尔斯·玻尔", "Niels Bohr"),
                ("穆罕默德", "Muhammad"),
                ("基思", "Keith"),
            ],
            MATCH_THRESHOLD,
        );
        assert!(name_similarity("阿道夫", "Hitler") < MATCH_THRESHOLD);
    }

    /// 开 and 卜 of names older than Xinhua's tables or Taiwan's, 农 and 香: the surnames render
    /// the English at the bar a name resolves at across the pair (0.8,
    /// `align::entities::RESOLVES`), where 开普勒 and 克卜勒 scored 0.79 before and 香农 0.
    #[test]
    fn names_of_long_standing_resolve() {
        assert_all_reach(
            &[
                ("开普勒", "Kepler"),
                ("克卜勒", "Kepler"),
                ("开尔文", "Kelvin"),
                ("香农", "Shannon"),
            ],
            0.8,
        );
    }

    /// 赖 renders `Wr` and `R` (赖特 `Wright`, 赖利 `Riley`), so a whole name links to
    /// the surname alone the English gives (Hardy and `Wright`, wikipairs Number_theory, where
    /// the Chinese says 爱德华·梅特兰·赖特): read by its pinyin, `lai`, it rendered none of them.
    #[test]
    fn lai_renders_wr_and_r() {
        assert!(is_translit_char('赖'));
        for (zh, en) in [
            ("赖特", "Wright"),
            ("爱德华·梅特兰·赖特", "Wright"),
            ("爱德华·梅特兰·赖特", "Edward Maitland Wright"),
            ("赖利", "Riley"),
        ] {
            assert!(
                name_similarity(zh, en) >= MATCH_THRESHOLD,
                "{zh} / {en}: {}",
                name_similarity(zh, en)
            );
        }
        for (zh, en) in [("赖特", "Knight"), ("赖特", "Hardy"), ("爱德华·梅特兰·赖特", "Hardy")] {
            assert!(
                name_similarity(zh, en) < MATCH_THRESHOLD,
                "{zh} / {en}: {}",
                name_similarity(zh, en)
            );
        }
    }

    /// 斯 renders `th` as Xinhua's tables give it (θ): 史密斯 `Smith`, 克努斯 `Knuth`; so does 萨.
    #[test]
    fn si_renders_th() {
        assert!(name_similarity("米基·史密斯", "Mickey Smith") >= MATCH_THRESHOLD);
        assert!(name_similarity("克努斯", "Knuth") >= MATCH_THRESHOLD);
        // (and is no `t` alone)
        assert!(name_similarity("史密斯", "Smit") < name_similarity("史密斯", "Smith"));
        // 萨 too, before a vowel the name leaves unsaid: 马尔萨斯 `Malthus` (wikipairs Economics)
        assert!(name_similarity("马尔萨斯", "Malthus") >= MATCH_THRESHOLD);
        assert!(name_similarity("马尔萨斯", "Matthias") < MATCH_THRESHOLD);
    }

    /// A character outside the table is read by its pinyin, in a name at least half of the
    /// table's characters (older renderings: 良 of 哈德良, 凡 of 黎凡特, 敏 of 威斯敏斯特).
    #[test]
    fn a_character_outside_the_table_is_read_by_its_pinyin() {
        for (zh, en) in [
            ("哈德良", "Hadrian"),
            ("黎凡特", "Levant"),
            ("威斯敏斯特", "Westminster"),
            ("塞尔柱", "Seljuk"),
        ] {
            assert!(!zh.chars().all(is_translit_char), "{zh}");
            assert!(
                name_similarity(zh, en) >= 0.8,
                "{zh} / {en}: {}",
                name_similarity(zh, en)
            );
        }
        // two different names stay apart
        assert!(name_similarity("哈德良", "Lombard") < MATCH_THRESHOLD);
        assert!(name_similarity("黎凡特", "Hadrian") < MATCH_THRESHOLD);
    }

    /// A Chinese person's name matches its romanisation, in pinyin or as the lexicon spells it,
    /// and nothing its sounds come near (`Chen Yun` is no 陈独秀).
    #[test]
    fn a_chinese_persons_name_matches_its_romanisation_alone() {
        assert_all_reach(
            &[
                ("陈独秀", "Chen Duxiu"),
                ("蔡英文", "Tsai Ing-wen"),
                ("李登辉", "Lee Teng-hui"),
            ],
            1.0,
        );
        for (zh, en) in [
            ("陈独秀", "Chen Yun"),
            ("陈独秀", "Li Dazhao"),
            ("毛泽东", "Mao Zedong Thought Institute"),
        ] {
            assert_eq!(name_similarity(zh, en), 0.0, "{zh} / {en}");
        }
    }

    #[test]
    fn a_romanised_syllable_is_pinyin_or_wade_giles() {
        for w in [
            "hui", "kuo", "shek", "sen", "wen", "bian", "ching", "yat", "ying", "yih",
        ] {
            assert!(is_romanised_syllable(w), "{w}");
        }
        for w in ["style", "based", "wing", "born", "century"] {
            assert!(!is_romanised_syllable(w), "{w}");
        }
    }

    /// 宋 renders `Song`, its pinyin, as well as `Son`: the Song dynasty, `River Song`.
    #[test]
    fn song_is_read_as_its_pinyin_too() {
        assert!(
            name_similarity("宋", "Song") >= 0.8,
            "{}",
            name_similarity("宋", "Song")
        );
        assert!(name_similarity("里弗·宋", "River Song") >= MATCH_THRESHOLD);
        assert!(name_similarity("宋", "Smith") < MATCH_THRESHOLD);
    }

    /// A name of Chinese words (满洲: no character of the table) is not read by its pinyin, nor
    /// is any Chinese name against a romanised Chinese one (`Hanyu Da Zidian`, `Zhou`).
    #[test]
    fn chinese_words_and_romanised_names_are_not_matched_by_pinyin() {
        assert!(name_similarity("满洲", "Zhou") < 0.5);
        assert!(name_similarity("古汉语", "Hanyu Da Zidian") < 0.5);
        assert!(name_similarity("汉语", "Hanyu") < 0.5);
        assert!(is_pinyin(b"zidian") && is_pinyin(b"zhou") && is_pinyin(b"hanyu"));
        assert!(!is_pinyin(b"hadrian") && !is_pinyin(b"westminster") && !is_pinyin(b""));
        assert!(!is_pinyin(b"adam") && !is_pinyin(b"omar") && !is_pinyin(b"dewar"));
    }

    /// The letters Chinese renderings leave unsaid cost half: an `r` after a vowel (杜瓦
    /// `Dewar`), a final `e` (舍勒 `Scheele`), a doubled letter (奥斯顿 `Allston`).
    #[test]
    fn unsaid_letters_cost_half() {
        assert_all_reach(
            &[
                ("杜瓦", "Dewar"),
                ("卡内基", "Carnegie"),
                ("梅森", "Mersenne"),
                ("赫顿", "Hutton"),
                ("休斯", "Hughes"),
                ("马尔科姆·K·休斯", "Malcolm K. Hughes"),
            ],
            0.8,
        );
        assert_eq!(skip_costs(b"dewar"), [2, 2, 2, 2, 1]);
        // (each word of a name by itself: the `e` of `Pierre` is final)
        assert!(name_similarity("皮埃尔·居里", "Pierre Curie") > name_similarity("皮埃尔居里", "Pierrecurie"));
        assert_eq!(skip_costs(b"scheele"), [2, 2, 1, 2, 1, 2, 1]);
        // (gh after a vowel; e before a final s)
        assert_eq!(skip_costs(b"hughes"), [1, 2, 0, 1, 1, 2]);
        // (not a g that starts a word, nor an e before an s that ends no word)
        assert_eq!(skip_costs(b"ghent"), [2, 1, 2, 2, 2]);
        assert_eq!(skip_costs(b"desk"), [2, 2, 2, 2]);
        assert!(name_similarity("杜瓦", "Edison") < MATCH_THRESHOLD);
    }

    #[test]
    fn pinyin_is_spelt_as_names_spell_its_sounds() {
        assert_eq!(pinyin_sounds("liang"), ["lian"]);
        assert_eq!(pinyin_sounds("xi"), ["si"]);
        assert_eq!(pinyin_sounds("shi"), ["shi", "sh"]);
        assert_eq!(pinyin_sounds("zhu"), ["ju"]);
        assert_eq!(pinyin_sounds("wu"), ["wu"]);
        assert_eq!(pinyin_sounds("an"), ["an"]);
    }

    /// Asked only whether a score reaches a floor, the edit distance may stop early: the score
    /// is the same when it reaches the floor, and below the floor when it does not, whatever
    /// was asked before (the answers are remembered).
    #[test]
    fn a_floor_changes_no_score_that_reaches_it() {
        // (杜瓦 / `Dewar` scores 0.8 exactly)
        let more = [
            ("杜瓦", "Dewar"),
            ("卡内基", "Carnegie"),
            ("梅森", "Mersenne"),
            ("哈德良", "Hadrian"),
            // (a `gh` after a vowel costs nothing for its `g`: the bound must not count it)
            ("艾帕", "Epagh"),
            ("拉伦", "Lahlaghn"),
            ("休斯", "Hughes"),
            // (the table's names of long standing, `names_of_long_standing_resolve`)
            ("克卜勒", "Kepler"),
            ("香农", "Shannon"),
        ];
        let pairs: Vec<(&str, &str)> = SEED_PAIRS.iter().chain(XQUAD_PAIRS).chain(&more).copied().collect();
        let zh: Vec<&str> = pairs.iter().map(|p| p.0).collect();
        let en: Vec<&str> = pairs.iter().map(|p| p.1).collect();
        assert_eq!(name_similarity_uncached("杜瓦", "Dewar", 0.0), 0.8);
        let mut reached = 0;
        assert!(name_similarity_uncached("艾帕", "Epagh", 0.0) >= 0.85);
        for floor in [0.85, 0.8, 0.5, 0.75, 0.0] {
            for z in &zh {
                for e in &en {
                    let exact = name_similarity_uncached(z, e, 0.0);
                    let got = name_similarity_at_least(z, e, floor);
                    if exact >= floor {
                        assert_eq!(got, exact, "{z} / {e} at {floor}");
                        reached += 1;
                    } else {
                        assert!(got < floor, "{z} / {e} at {floor}: {got}");
                    }
                }
            }
        }
        assert!(reached > zh.len(), "{reached}");
    }

    /// The fast way for ASCII folds as the full case mapping does: capitals to their letter,
    /// anything else but letters to none.
    #[test]
    fn ascii_folds_as_the_full_case_mapping() {
        for c in (0u8..128).map(char::from) {
            let lower = c.to_lowercase().next().unwrap_or(c);
            assert_eq!(fold_latin(c), lower.is_ascii_lowercase().then_some(lower), "{c:?}");
        }
        assert_eq!(fold_latin('É'), Some('e'));
    }

    #[test]
    fn latin_reading() {
        assert_eq!(latin("谢尔盖·巴加普什"), "sergei bagapsh");
    }
}
