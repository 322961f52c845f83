//! Names of Chinese people, written in Chinese words rather than transliterated by sound:
//! 陈独秀, 司马迁, 蔡英文. The English romanises them, in pinyin (`Chen Duxiu`, `Sima Qian`) or
//! in an older or regional spelling the lexicon gives (`Tsai Ing-wen`, `Lee Teng-hui`,
//! `Chiang Kai-shek`), never by the sounds the transliteration table reads.
//!
//! - [`reads_as_a_name`]: a word jieba tags as a person's name is one when it opens with a
//!   Chinese surname and the lexicon glosses it by a spelling of that surname: 陈独秀
//!   (`chen duxiu co-founder …`), not 王朝 (`dynasty`), 陈述 (`assertion …`) nor 诸如 (no gloss).
//! - [`renders`]: whether an English name renders such a name: spelt in pinyin, one syllable
//!   to a character, or as the lexicon's gloss opens.

use super::translit;
use crate::lang::lexicon;

/// The commonest single-character Chinese surnames, in Simplified.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆司卓古吉缪简车项连麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳奚皮粟冼蔺楼满闻厉伊区郜阚花权帅屠朴盖练廉禹井祖漆巴丰支卿狄计索宣晋相门云容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊裘修邰赫杭况宿鲜逯隆茹诸慕危亢嵇湛宾戎勾茅利於居揭干尉斯元束檀衣信展阴昝幸奉衡富尧习赖洪溥海墨荀郦";

/// The compound surnames.
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐",
    "端木", "轩辕", "澹台", "呼延", "百里", "东郭", "南宫", "西门", "独孤", "拓跋",
];

/// Spellings of surnames beside their pinyin, as the lexicon's glosses write them (Wade–Giles,
/// Cantonese and the spellings families keep: 蔡 `Tsai`, 李 `Lee`, 蒋 `Chiang`).
const OTHER_SPELLINGS: &[(char, &str)] = &[
    ('蒋', "chiang"),
    ('宋', "soong sung"),
    ('李', "lee"),
    ('蔡', "tsai choi"),
    ('许', "hsu hui"),
    ('徐', "hsu tsui"),
    ('谢', "hsieh tse"),
    ('连', "lien"),
    ('邓', "teng tang"),
    ('周', "chou chow"),
    ('张', "chang cheung"),
    ('章', "chang"),
    ('王', "wong"),
    ('黄', "wong"),
    ('陈', "chan"),
    ('刘', "lau"),
    ('叶', "yeh yip"),
    ('郭', "kuo kwok"),
    ('何', "ho"),
    ('林', "lam"),
    ('曾', "tseng tsang"),
    ('朱', "chu"),
    ('孔', "kung hung"),
    ('严', "yen"),
    ('阎', "yen"),
    ('邹', "tsou chau"),
    ('董', "tung"),
    ('崔', "tsui"),
    ('赵', "chao chiu"),
    ('钱', "chien"),
    ('萧', "hsiao siew"),
    ('肖', "hsiao"),
    ('廖', "liao"),
    ('曹', "tsao"),
    ('庄', "chuang"),
    ('辜', "koo"),
    ('梁', "leung"),
    ('吴', "ng"),
    ('郑', "cheng"),
    ('唐', "tong"),
    ('罗', "lo law"),
    ('丁', "ting"),
    ('杨', "yeung"),
    ('高', "kao ko"),
    ('邱', "chiu"),
    ('吕', "lui"),
    ('冯', "fung"),
    ('彭', "pang"),
    ('卢', "lo"),
    ('江', "chiang kong"),
    ('金', "kim chin"),
    ('孙', "suen"),
    ('韩', "hon"),
    ('杜', "tu to"),
    ('魏', "ngai"),
    ('简', "chien kan"),
    ('苏', "so"),
    ('余', "yue"),
    ('石', "shih shek"),
    ('史', "shih"),
    ('施', "shih"),
    ('沈', "shum"),
    ('熊', "hsiung"),
    ('薛', "hsueh sit"),
    ('龚', "kung"),
    ('翁', "yung"),
    ('颜', "yen"),
];

/// The surname a name opens with and the characters after it, if it has one and a given name
/// of one or two characters after it.
fn surname(name: &[char]) -> Option<(&[char], &[char])> {
    let compound = name.len() >= 3
        && COMPOUND_SURNAMES
            .iter()
            .any(|s| s.chars().eq(name[..2].iter().copied()));
    let k = if compound {
        2
    } else if name.first().is_some_and(|&c| is_surname(c)) {
        1
    } else {
        return None;
    };
    let (family, given) = name.split_at(k);
    // (a one-character "given name" that names a state, a dynasty, a place or a group: 齐国,
    // 秦朝, 秦军, 王氏; and 子 of 孙子, a grandson, or a master's name)
    let kind = matches!(given, [c] if NOT_GIVEN.contains(*c));
    ((1..=2).contains(&given.len()) && !kind).then_some((family, given))
}

/// Characters that, after a surname, make a word of a kind rather than a person's name.
const NOT_GIVEN: &str = "国朝州省县郡城山河江湖岛海军氏族家人代子党派教语";

/// Whether a character is one of [`SURNAMES`] (asked for every name compared: a set, built
/// once).
fn is_surname(c: char) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<char>> = std::sync::OnceLock::new();
    SET.get_or_init(|| SURNAMES.chars().collect()).contains(&c)
}

/// Whether a Latin word (folded) spells a surname: its pinyin, or another spelling of it.
fn spells_surname(surname: &[char], word: &[u8]) -> bool {
    translit::spells_in_pinyin(surname, &[word]) || spelt_otherwise(surname, word)
}

/// Whether a Latin word (folded) is one of [`OTHER_SPELLINGS`] of a one-character surname.
fn spelt_otherwise(surname: &[char], word: &[u8]) -> bool {
    let [c] = surname else { return false };
    OTHER_SPELLINGS
        .iter()
        .filter(|(s, _)| s == c)
        .any(|(_, spellings)| spellings.split(' ').any(|s| s.as_bytes() == word))
}

/// The name as the lexicon's gloss writes it (Simplified in, Latin words out), when the gloss
/// opens by spelling the whole name: the surname, then the given name in one or two words, in
/// pinyin (`chen duxiu co-founder …`) or, after a surname spelt otherwise, in syllables of a
/// romanisation (`tsai ing-wen …`, `chiang kai-shek …`); or the surname alone where the given
/// name is spelt as it (曹操 `cao famous statesman …`: the lexicon writes a word once). Not a
/// gloss that goes on in English words (唐诗 `tang poetry`, 马家军 `ma clique`).
fn gloss(name: &[char]) -> Option<Vec<Vec<u8>>> {
    let (family, given) = surname(name)?;
    let word: String = name.iter().collect();
    let words = translit::en_parts(lexicon::english(&word)?);
    let first = words.first()?;
    let pinyin = translit::spells_in_pinyin(family, &[first]);
    if !pinyin && !spelt_otherwise(family, first) {
        return None;
    }
    let rest = &words[1..];
    // (in a romanisation, one syllable to a character: `ing-wen`, not `ing` alone)
    let spelt = |k: usize| {
        rest.get(..k).is_some_and(|g| {
            translit::spells_in_pinyin(given, g)
                || !pinyin
                    && k == given.len()
                    && g.iter()
                        .all(|w| std::str::from_utf8(w).is_ok_and(translit::is_romanised_syllable))
        })
    };
    match (1..=given.len()).find(|&k| spelt(k)) {
        Some(k) => Some(words[..=k].to_vec()),
        None => translit::spells_in_pinyin(given, &[first]).then(|| vec![first.clone()]),
    }
}

/// Whether a word (Simplified) is a Chinese person's name: a surname, a given name of one or
/// two characters, and the lexicon's gloss opening with the name's spelling ([`gloss`]). (The
/// name reader asks it of words jieba tags `nr`.)
pub fn reads_as_a_name(word: &str) -> bool {
    let name: Vec<char> = word.chars().collect();
    is_native(&name)
}

/// Whether an English word spells the surname of Chinese name `name` (Simplified), which the
/// lexicon glosses as a person's ([`reads_as_a_name`]): `Wang` of 王励勤, `Chiang` of 蒋介石.
pub fn spells_the_surname_of(name: &str, word: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    let words = translit::en_parts(word);
    match (surname(&chars), &words[..]) {
        (Some((family, _)), [w]) => spells_surname(family, w) && is_native(&chars),
        _ => false,
    }
}

/// Whether an English word spells any Chinese character of a text (Simplified) as a surname
/// would be spelt: its pinyin, or another spelling of it (`Tang` 唐 and 邓, `Chu` 楚). The
/// word is folded once, not once per character.
pub fn spells_a_character_of(text: &str, word: &str) -> bool {
    match &translit::en_parts(word)[..] {
        [w] => text
            .chars()
            .any(|c| crate::lang::script::is_han(c) && spells_surname(&[c], w)),
        _ => false,
    }
}

/// Whether a Chinese name (one part, Simplified) is a Chinese person's ([`reads_as_a_name`]).
/// Asked for every pair of names compared, so remembered per name (in a bounded per-thread
/// table), and the lexicon asked only of a name that opens with a surname.
pub(crate) fn is_native(zh: &[char]) -> bool {
    thread_local! {
        static MEMO: std::cell::RefCell<fxhash::FxHashMap<Box<[char]>, bool>> = Default::default();
    }
    const MEMO_MAX: usize = 10_000;
    if surname(zh).is_none() {
        return false;
    }
    if let Some(known) = MEMO.with(|m| m.borrow().get(zh).copied()) {
        return known;
    }
    let native = gloss(zh).is_some();
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= MEMO_MAX {
            m.clear();
        }
        m.insert(zh.into(), native);
    });
    native
}

/// Whether English name words `en` (folded) render Chinese name `zh` (one part, Simplified):
/// in pinyin, one syllable to a character, the surname first (`Chen Duxiu`, `Sima Qian`,
/// `Qin Shi Huang`), or as the lexicon's gloss writes the whole name (`Tsai Ing-wen` for 蔡英文,
/// not `Tsai Ing`); two words at least either way (`Chen` alone is any 陈).
pub(super) fn renders(zh: &[char], en: &[Vec<u8>]) -> bool {
    // (the first English word spells the surname, or neither way renders the name: most pairs
    // of an article's names stop here, before the lexicon is asked)
    let Some((family, _)) = surname(zh) else { return false };
    if en.len() < 2 || !spells_surname(family, &en[0]) {
        return false;
    }
    translit::spells_in_pinyin(zh, en) || gloss(zh).is_some_and(|g| g == en)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_chinese_name_is_read_by_its_surname_and_its_gloss() {
        for name in ["陈独秀", "毛泽东", "司马迁", "蔡英文", "李登辉", "蒋介石", "曹雪芹"] {
            assert!(reads_as_a_name(name), "{name}");
        }
        // words jieba tags as names that the lexicon glosses as words; a surname alone; a
        // word the lexicon does not know
        // (and a one-character given name that makes a state, a dynasty, an army or a grandson:
        // 齐国 is glossed `qi state`)
        for word in [
            "王朝",
            "陈述",
            "荣誉",
            "修正",
            "陆军",
            "诸如",
            "司马",
            "王之子",
            "齐国",
            "秦朝",
            "秦军",
            "孙子",
            "唐诗",
            "马家军",
            "沙田",
        ] {
            assert!(!reads_as_a_name(word), "{word}");
        }
    }

    #[test]
    fn an_english_name_renders_a_chinese_one_by_pinyin_or_the_lexicon() {
        let yes = [
            ("陈独秀", "Chen Duxiu"),
            ("司马迁", "Sima Qian"),
            ("秦始皇", "Qin Shi Huang"),
            ("李大钊", "Li Dazhao"),
            ("蔡英文", "Tsai Ing-wen"),
            ("李登辉", "Lee Teng-hui"),
            ("蒋介石", "Chiang Kai-shek"),
        ];
        for (zh, e) in yes {
            assert!(renders(&chars(zh), &translit::en_parts(e)), "{zh} / {e}");
        }
        let no = [
            ("陈独秀", "Li Dazhao"),
            ("陈独秀", "Chen"),
            ("毛泽东", "Mao Zedong Thought Institute"),
            ("李大钊", "Li Da"),
            ("上海", "Shang Hai"),
            // (the gloss's whole name, not its opening words)
            ("蒋介石", "Chiang Kai"),
            ("毛泽东", "Mao Zedong Chinese"),
        ];
        for (zh, e) in no {
            assert!(!renders(&chars(zh), &translit::en_parts(e)), "{zh} / {e}");
        }
    }
}
