use super::super::test_support::values;
use super::super::FactKind;
use super::*;

fn names(name: &str, text: &str) -> Vec<String> {
    values(name, text, FactKind::Name).into_iter().map(|(_, v)| v).collect()
}

#[test]
fn interpunct() {
    let c: Vec<char> = "阿布哈兹总统谢尔盖·巴加普什和南奥塞梯".chars().collect();
    let r = zh_interpunct_names(&c);
    assert_eq!(r.len(), 1);
    assert_eq!(c[r[0].0..r[0].1].iter().collect::<String>(), "谢尔盖·巴加普什");
}

#[test]
fn a_title_before_an_interpunct_name_is_not_read_into_it() {
    // (xquad Harvard_University: 总 lies outside the table, between 亚 and 理 of it)
    reads_one("阿尔巴尼亚总理范·诺里;加拿大总理", "范·诺里");
    // (a character outside the table that opens no common noun stays: 西摩尔)
    reads_one("数学家西摩尔·派普特提出", "西摩尔·派普特");
}

#[test]
fn a_first_part_the_dictionary_holds_as_a_name_is_read_whole() {
    // (xquad University_of_Chicago and Sky_(United_Kingdom): 丹 and 力 lie outside the table)
    reads_one(
        "彭博有限合伙企业首席执行官丹尼尔·多克托罗夫，瑞士信贷",
        "丹尼尔·多克托罗夫",
    );
    reads_one("保守党议员亚力克·谢尔布鲁克提议", "亚力克·谢尔布鲁克");
    reads_one("小说家丹尼尔·笛福写道", "丹尼尔·笛福");
    // (the name's own word, no more: 执行官 and 议员 stay out)
    reads_one("美国驻华大使馆参赞丹尼尔·拉塞尔说", "丹尼尔·拉塞尔");
    // (nor a function word the dictionary reads into a name: 由威廉; nor the end of a word
    // before it: 家威廉 of 心理学家, wikipairs Psychology)
    reads_one("一个由威廉•特伦特领导的公司", "威廉•特伦特");
    reads_one("德国心理学家威廉·冯特建立了实验室", "威廉·冯特");
}

/// Assert that the interpunct names of `text` are `name` alone.
#[track_caller]
fn reads_one(text: &str, name: &str) {
    assert_eq!(interpunct_read(text), [name]);
}

/// The interpunct names of a text, as strings.
fn interpunct_read(text: &str) -> Vec<String> {
    let c: Vec<char> = text.chars().collect();
    zh_interpunct_names(&c)
        .iter()
        .map(|&(a, b)| c[a..b].iter().collect())
        .collect()
}

#[test]
fn an_interpunct_name_holds_a_latin_initial() {
    // (xquad Intergovernmental_Panel_on_Climate_Change and Geology)
    let t = "该图表以1999年迈克尔·E·曼恩、雷蒙德·S·布拉德利和马尔科姆·K·休斯合著的论文为基础。一些现代学者，如菲尔丁·H.·加里森，认为如此。\n";
    let read = interpunct_read(t);
    assert_eq!(
        read,
        [
            "迈克尔·E·曼恩",
            "雷蒙德·S·布拉德利",
            "马尔科姆·K·休斯",
            "菲尔丁·H.·加里森"
        ]
    );
    // a letter after an interpunct that no part follows is no initial (nor one before a
    // character that opens no part: the name ends before the initial)
    let read = interpunct_read("由约翰·F·的主演");
    assert!(read.iter().all(|n| !n.ends_with('·')), "{read:?}");
    let c: Vec<char> = "由约翰·F主演".chars().collect();
    assert!(zh_interpunct_names(&c).is_empty());
}

#[test]
fn a_function_word_the_table_holds_ends_an_interpunct_name() {
    // (xquad Intergovernmental_Panel_on_Climate_Change)
    reads_one("前主席拉津德·帕乔里于 2015 年 2 月辞职。", "拉津德·帕乔里");
    // (a last part of two characters keeps them)
    reads_one("他遇见了安娜·贝于。", "安娜·贝于");
    // (nor a name whose end is a word: 斯坦因, Stein)
    reads_one("考古学家奥莱尔·斯坦因，曾到敦煌。", "奥莱尔·斯坦因");
    // (曾, `once`, before a verb it makes no word with: wikipairs Number_theory, Computer_science)
    for (text, name) in [
        (
            "卡尔·弗里德里希·高斯曾说：「数学是科学的皇后。」",
            "卡尔·弗里德里希·高斯",
        ),
        ("阿达·勒芙蕾丝曾设计了一种算法。", "阿达·勒芙蕾丝"),
        ("托马斯·卡莱尔曾讽刺经济学。", "托马斯·卡莱尔"),
    ] {
        reads_one(text, name);
    }
}

#[test]
fn a_function_word_the_table_holds_opens_no_interpunct_name() {
    // (wikipairs Linus_Torvalds)
    reads_one("他的名字来自于莱纳斯·鲍林，一位诺贝尔化学奖得主。", "莱纳斯·鲍林");
    // (but 于 that opens a word of the dictionary opens the name: 于尔根, Jürgen)
    reads_one("德国哲学家于尔根·哈贝马斯认为", "于尔根·哈贝马斯");
    // (nor after what is no verb: 于尔班, Urbain; wikipairs Meteorology)
    reads_one("请天文学家于尔班·勒维耶计算", "于尔班·勒维耶");
    reads_one("于莱纳斯·鲍林", "于莱纳斯·鲍林");
}

#[test]
fn link_overrun_is_trimmed() {
    let md = "总统[爱德华·贾巴耶维奇·科科伊季在](../Page/爱德华·贾巴耶维奇·科科伊季.md \"wikilink\")签署。\n";
    let f = super::super::test_support::facts_of("a.md", md);
    let n: Vec<_> = f.iter().filter(|f| f.kind == FactKind::Name).collect();
    assert!(n.iter().any(|f| f.text == "爱德华·贾巴耶维奇·科科伊季"), "{n:#?}");
    assert!(!n.iter().any(|f| f.text.ends_with('在')));
}

#[test]
fn en_must_find() {
    let t = "On 19 September 2005, President Sergei Bagapsh of Abkhazia met President Eduard Kokoity in Tskhinvali. Bagapsh met John F. Kennedy.\n";
    let n = names("a.txt", t);
    for want in [
        "sergei bagapsh",
        "abkhazia",
        "eduard kokoity",
        "tskhinvali",
        "bagapsh",
        "john f kennedy",
    ] {
        assert!(n.contains(&want.to_string()), "{want} missing from {n:?}");
    }
}

#[test]
fn a_title_before_a_name_is_no_part_of_it() {
    // (xquad Sky_(United_Kingdom), Intergovernmental_Panel_on_Climate_Change)
    let t = "Conservative MP Alec Shelbrooke was proposing the payments. The IPCC was led by his vice-Chair Ismail El Gizouli.\n";
    reads_all(t, &["alec shelbrooke", "ismail el gizouli"]);
    reads_all(
        "The lecture was given by Professor Edward Said in London.\n",
        &["edward said"],
    );
    // (xquad University_of_Chicago: a company's name and `CEO` before the name)
    reads_all(
        "Alumni include Bloomberg L.P. CEO Daniel Doctoroff and Credit Suisse CEO Brady Dougan.\n",
        &["daniel doctoroff", "brady dougan"],
    );
}

/// jieba's dictionary tags some common words as places (城市 city, 英里 mile, by CC-CEDICT no
/// proper nouns): they are read as no names, and the places beside them still are (xquad
/// Fresno,_California and Huguenot).
#[test]
fn a_common_word_jieba_tags_as_a_place_is_no_name() {
    let t = "弗雷斯诺 是美国没有直接连接州际高速的最大的城市。殖民当局却为他们提供詹姆斯河瀑布上方20英里处的土地。\n";
    let n = reads_all(t, &["弗雷斯诺", "美国"]);
    assert!(!n.iter().any(|k| k == "城市" || k == "英里"), "{n:?}");
}

/// Assert that the names read in `text` hold every one of `wanted`; hand back them all.
#[track_caller]
fn reads_all(text: &str, wanted: &[&str]) -> Vec<String> {
    let n = names("a.txt", text);
    for w in wanted {
        assert!(n.contains(&w.to_string()), "{w} missing from {n:?}");
    }
    n
}

#[test]
fn the_words_before_a_title_inside_a_name_are_no_part_of_it() {
    // (xquad Harvard_University, University_of_Chicago)
    let t = "Alumni include Albanian Prime Minister Fan S. Noli and the economist who advised Republican U.S. President Ronald Reagan.\n";
    let n = reads_all(t, &["fan s noli", "ronald reagan"]);
    assert!(
        !n.iter().any(|x| x.contains("albanian") || x.contains("republican")),
        "{n:?}"
    );
    reads_all(
        "He met Canadian Governor General David Lloyd Johnston there.\n",
        &["david lloyd johnston"],
    );
    // (nor a title that opens an institution's name: `General Assembly`, `Foreign Affairs`)
    let n = names(
        "a.txt",
        "It went to the United Nations General Assembly and the Ministry of Foreign Affairs.\n",
    );
    assert!(n.iter().any(|x| x.contains("general assembly")), "{n:?}");
    assert!(n.iter().any(|x| x.contains("foreign affairs")), "{n:?}");
    // (a run that opens with a given name, or no name after the title, stays whole: Bishop
    // the poet's surname)
    reads_all(
        "She won the Elizabeth Bishop Award, said the British Prime Minister.\n",
        &["elizabeth bishop award", "british prime minister"],
    );
    // (nor a monarch's title, which opens places named after one)
    let n = names("a.txt", "He worked at the Royal Prince Alfred Hospital in Sydney.\n");
    assert!(!n.iter().any(|x| x.starts_with("alfred")), "{n:?}");
}

#[test]
fn a_given_name_first_in_its_sentence_opens_the_name() {
    // (xquad Doctor_Who: the text names Steven nowhere else, but `Steven` is a given name)
    let t = "Steven Moffat described the companion as the main character of the show.\n";
    let n = names("a.txt", t);
    assert!(n.contains(&"steven moffat".to_string()), "{n:?}");
    // (not a word the text writes in lower case, though the list holds it as a given name:
    // `Will`, `Grace`; nor a given name alone, before no other capitalised word)
    let t = "Will Durant said so. Grace Kelly acted. The will of the people was grace itself.\n";
    let n = names("a.txt", t);
    assert!(
        n.contains(&"durant".to_string()) && n.contains(&"kelly".to_string()),
        "{n:?}"
    );
    let n = names("a.txt", "Steven said so in Paris.\n");
    assert!(!n.contains(&"steven".to_string()), "{n:?}");
    // (nor the word of a people before a title: `German` is no given name on the list)
    let n = names("a.txt", "German Chancellor Angela Merkel said so.\n");
    assert!(n.contains(&"angela merkel".to_string()), "{n:?}");
}

#[test]
fn a_web_address_writes_no_word_in_lower_case() {
    // (wikipairs Donald_Knuth: the article's sources list `…/donald-knuth`, yet the name that
    // opens the article in capitals is read whole; a space that is no ASCII space, U+00A0,
    // before a word in lower case is a space all the same)
    let t = "DONALD ERVIN KNUTH (born January 10, 1938) is an American computer scientist.\n\nHe jammed the pole a couple of inches (5\u{a0}cm) into the surface.\n\n[20] https://profiles.stanford.edu/donald-knuth\n";
    let n = names("a.txt", t);
    assert!(n.contains(&"donald ervin knuth".to_string()), "{n:?}");
    // (a word the prose itself writes in lower case still opens no name)
    let n = names("a.txt", "Donald Ervin Knuth wrote it. A donald is a duck.\n");
    assert!(n.contains(&"ervin knuth".to_string()), "{n:?}");
}

#[test]
fn a_name_with_a_particle_is_read_whole_first_in_its_sentence() {
    // (xquad Pharmacy; the first word of a sentence is otherwise read as a name only where the
    // text capitalises it elsewhere)
    let t = "Muhammad ibn Zakariya Razi (Rhazes) (865–915), for instance, acted to promote the medical uses of chemical compounds. Ludwig van Beethoven wrote nine symphonies.\n";
    let n = names("a.txt", t);
    assert!(n.contains(&"muhammad ibn zakariya razi".to_string()), "{n:?}");
    assert!(n.contains(&"ludwig van beethoven".to_string()), "{n:?}");
    // (but not a common word before the particle: `In van Gogh's` is `van Gogh`, and
    // `Eventually`, which the text writes in lower case, is no name's)
    let n = names("a.txt", "In van Gogh's letters, Theo appears.\n");
    assert!(!n.iter().any(|x| x.starts_with("in ")), "{n:?}");
    let n = names(
        "a.txt",
        "Eventually van Gogh moved to Arles. The letters eventually came back.\n",
    );
    assert!(!n.iter().any(|x| x.starts_with("eventually")), "{n:?}");
}

#[test]
fn en_must_not_find() {
    let t = "Diplomatic relations were established on 26 September. In recent years, the governments worked.\n";
    let n = names("a.txt", t);
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn traditional_equals_simplified() {
    let a = names("a.md", "總統謝爾蓋·巴加普什訪問。\n");
    let b = names("b.md", "总统谢尔盖·巴加普什访问。\n");
    assert_eq!(a, b);
    assert!(a.contains(&"谢尔盖·巴加普什".to_string()), "{a:?}");
}

/// A run of transliteration characters that the character before it makes a dictionary word
/// of is read as that word (新加坡 after 及, 委内瑞拉 of 委内瑞拉统一社会主义党), not as its
/// tail (加坡, 内瑞拉).
#[test]
fn a_run_is_read_with_the_character_that_makes_it_a_word() {
    let texts = [
        ("中國大陸、馬來西亞及新加坡以簡體中文為主要文字。\n", "新加坡", "加坡"),
        (
            "中国共产党与查维兹所成立的委内瑞拉统一社会主义党达成协议。\n",
            "委内瑞拉",
            "内瑞拉",
        ),
    ];
    for (text, whole, tail) in texts {
        let found = names("a.md", text);
        assert!(found.iter().any(|n| n == whole), "{whole}: {found:?}");
        assert!(!found.iter().any(|n| n == tail), "{tail}: {found:?}");
    }
}

/// A run that opens with the last character of a word begun before it, outside the table, is
/// read without it (波士顿奥尔斯顿, whose 士 the table does not hold: 波士顿 and 奥尔斯顿, not
/// 顿奥尔斯顿).
#[test]
fn a_run_leaves_the_end_of_the_word_before_it() {
    let found = names("a.md", "体育设施坐落在波士顿奥尔斯顿社区。\n");
    assert!(found.iter().any(|n| n == "波士顿"), "{found:?}");
    assert!(found.iter().any(|n| n == "奥尔斯顿"), "{found:?}");
    assert!(!found.iter().any(|n| n == "顿奥尔斯顿"), "{found:?}");
}

/// The values of a citation template left in the text by a converter are markup: `|last=Stallman
/// |first=Richard` states no name (wikipairs' Free_software_movement), where prose does.
#[test]
fn template_parameter_values_are_no_names() {
    let t = "[34] June 2009 {{!}} Communications of the ACM|last=Stallman|first=Richard|website=cacm.acm.org}}\n";
    let n = names("a.txt", t);
    assert!(!n.iter().any(|v| v == "richard" || v == "stallman"), "{n:?}");
    let n = names("a.txt", "The movement was founded by Richard Stallman in 1983.\n");
    assert!(n.iter().any(|v| v == "richard stallman"), "{n:?}");
}

/// A name part after an interpunct keeps one character outside the transliteration table
/// where it opens or closes the part (闵 of 闵斯基), not a function word or the
/// start of a word after the name (的, 成为), nor the end of a word before it (助理).
#[test]
fn an_interpunct_name_keeps_one_character_outside_the_table() {
    let read = interpunct_read;
    assert_eq!(
        read("研究者（如马文·闵斯基和西摩尔·派普特）发现"),
        ["马文·闵斯基", "西摩尔·派普特"]
    );
    assert_eq!(read("亚当·斯密的看不见的手"), ["亚当·斯密"]);
    assert_eq!(read("约翰·冯·诺伊曼设计"), ["约翰·冯·诺伊曼"]);
    assert_eq!(read("他的助理西摩尔·派普特"), ["西摩尔·派普特"]);
    assert_eq!(read("德国安吉拉·默克尔说"), ["安吉拉·默克尔"]);
    assert_eq!(read("美国安吉拉·默克尔说"), ["安吉拉·默克尔"]);
    assert_eq!(read("奥利弗·洛奇和约翰·史东斯之前"), ["奥利弗·洛奇", "约翰·史东斯"]);
    assert_eq!(read("卡尔·高斯成为"), ["卡尔·高斯"]);
    assert_eq!(read("（凯伦·吉兰饰）"), ["凯伦·吉兰"]);
    assert_eq!(read("卡尔·弗里德里希·高斯称数学为"), ["卡尔·弗里德里希·高斯"]);
}

/// A run of transliteration characters does not take the first character of the word after
/// it where jieba reads that word (高德纳 before 希望), and keeps its last where it does not
/// (科科伊特 before 为, though 特为 is a word).
#[test]
fn a_run_leaves_the_word_after_it() {
    let found = names("a.md", "尽管高德纳希望保持程序的稳定性。\n");
    assert!(found.iter().any(|n| n == "高德纳"), "{found:?}");
    assert!(!found.iter().any(|n| n == "高德纳希"), "{found:?}");
    let found = names("a.md", "任命罗伯特科科伊特为大使。\n");
    assert!(found.iter().any(|n| n.ends_with("科科伊特")), "{found:?}");
    let found = names("a.md", "艾瑞克森把人格发展分为8个阶段。\n");
    assert!(found.iter().any(|n| n == "艾瑞克森"), "{found:?}");
    // nor a function word that follows a name (曾, `once`: wikipairs Mathematics)
    let found = names("a.md", "爱因斯坦曾如此描述：数学定律越和现实有关，它们越不确定。\n");
    assert!(found.iter().any(|n| n == "爱因斯坦"), "{found:?}");
    assert!(!found.iter().any(|n| n == "爱因斯坦曾"), "{found:?}");
    // nor a character of a name of long standing (开 of 开普勒) that opens the word after it
    // (开始, `begin`), nor 农 (农业) or 香 (香港)
    for (text, name) in [
        ("高斯开始研究数论。\n", "高斯开"),
        ("约瑟夫·夏开始研究数论。\n", "约瑟夫·夏开"),
        ("巴加普什农业改革。\n", "巴加普什农"),
        ("巴加普什香港之行。\n", "巴加普什香"),
    ] {
        let found = names("a.md", text);
        assert!(!found.iter().any(|n| n == name), "{text}: {found:?}");
    }
    // while the names themselves are read whole
    for (text, name) in [
        ("约翰内斯·开普勒发表了行星运动定律。\n", "约翰内斯·开普勒"),
        ("约翰内斯·克卜勒发表了行星运动定律。\n", "约翰内斯·克卜勒"),
        ("由克劳德·香农创建。\n", "克劳德·香农"),
    ] {
        let found = names("a.md", text);
        assert!(found.iter().any(|n| n == name), "{text}: {found:?}");
    }
}

/// A given name of two joined by a hyphen belongs to the interpunct name after it (wikipairs
/// Economics, Nobel_Prize, Chemistry); what stands before a hyphen outside the table does
/// not (年代 of `年代-古斯塔夫`), nor a function word the table holds (于), nor a name read before.
#[test]
fn a_hyphenated_given_name_is_the_names_first_part() {
    let read = interpunct_read;
    assert_eq!(read("让-巴蒂斯特·赛伊在1803年将经济学独立出来"), ["让-巴蒂斯特·赛伊"]);
    assert_eq!(read("迈-布里特·莫泽与爱德华·莫泽"), ["迈-布里特·莫泽", "爱德华·莫泽"]);
    assert_eq!(read("，安托万-洛朗·德·拉瓦锡提出"), ["安托万-洛朗·德·拉瓦锡"]);
    assert_eq!(read("年代-古斯塔夫·罗斯贝提出"), ["古斯塔夫·罗斯贝"]);
    // nor a function word the table holds at the hyphenated part's start, nor the name before
    assert_eq!(read("他受教于让-巴蒂斯特·赛伊"), ["让-巴蒂斯特·赛伊"]);
    assert_eq!(read("约翰·史密斯-让·巴蒂斯特"), ["约翰·史密斯", "让·巴蒂斯特"]);
}

#[test]
fn an_interpunct_name_ends_before_the_ordinary_words_after_it() {
    // a verb or a title after the name, read with it before (wikipairs sentences, shortened)
    let read = |t: &str| interpunct_read(t);
    assert_eq!(
        read("庞加莱猜想已在2006年确认由俄罗斯数学家格里戈里·佩雷尔曼证明，而四色定理已在1976年证明。"),
        ["格里戈里·佩雷尔曼"]
    );
    assert_eq!(
        read("此后其总经理写了一封信给埃德加·戴维斯·维拉纽瓦博士。"),
        ["埃德加·戴维斯·维拉纽瓦"]
    );
    assert_eq!(read("莱纳斯·鲍林获得过一次诺贝尔化学奖。"), ["莱纳斯·鲍林"]);
    // a word across the name's end, with the Chinese after it (a name put where another stood
    // before 到南部 and 高等研究院 in xquad French_and_Indian_War and Harvard_University; the
    // sentences around them made up)
    assert_eq!(read("丁威迪派遣威廉·特伦特到南部的格鲁吉亚。"), ["威廉·特伦特"]);
    assert_eq!(read("由10个学院和卢瑟福·海耶斯高等研究院构成。"), ["卢瑟福·海耶斯"]);
    // but not an adverb across it (特在, wikipairs Artificial_intelligence)
    // (the end only: the name's start is read as 尼尔, another matter)
    let read_end = read("也有哲学家持不同的观点。丹尼尔·丹尼特在其著作中说。");
    assert!(read_end.len() == 1 && read_end[0].ends_with("·丹尼特"), "{read_end:?}");
    // the name's own characters that make a word stay: 蕾丝 (lace) of 勒芙蕾丝, 日 of
    // 拉格朗日, 贝 of 罗斯贝 (all of the transliteration table)
    assert_eq!(
        read("由于她在程序设计上的突破性创新，爱达·勒芙蕾丝被称为世界上第一位程序员。"),
        ["爱达·勒芙蕾丝"]
    );
    assert_eq!(
        read("第一个完整证明是由约瑟夫·拉格朗日提出，费马很快的也提出证明。"),
        ["约瑟夫·拉格朗日"]
    );
    // (with `卡尔-` before it, a given name joined by a hyphen)
    assert_eq!(
        read("1939年卡尔-古斯塔夫·罗斯贝提出了长波动力学。"),
        ["卡尔-古斯塔夫·罗斯贝"]
    );
}

#[test]
fn an_ordinal_alone_is_no_name() {
    // xquad Doctor_Who: `the Ninth and Tenth Doctors`
    let read = names(
        "a.en.txt",
        "The primary companions of the Ninth and Tenth Doctors were Rose Tyler and Martha Jones.\n",
    );
    assert!(!read.iter().any(|n| n == "ninth"), "{read:?}");
    assert!(read.iter().any(|n| n == "rose tyler"), "{read:?}");
    // an ordinal that begins a name stays in it (wikipairs Chemistry)
    let read = names(
        "a.en.txt",
        "Since the end of the Second World War, computers have allowed computational chemistry.\n",
    );
    assert!(read.iter().any(|n| n == "second world war"), "{read:?}");
}

#[test]
fn a_function_word_opening_a_transliteration_run_is_no_part_of_a_name() {
    // (wikipairs Religion and China, xquad Intergovernmental_Panel_on_Climate_Change: the
    // characters of 基于 `based on` and 特别 `special` are in the transliteration table)
    let read = zh_names_read("且儒教一说是基于汉武帝「罢黜百家，独尊儒术」利用政治权力将儒家宗教化。");
    assert!(read.iter().all(|n| !n.starts_with("基于")), "{read:?}");
    assert!(read.iter().any(|n| n == "汉武帝"), "{read:?}");
    let read = zh_names_read("而是基于英格兰中部地区的气温图。");
    assert_eq!(read, ["英格兰"]);
    let read = zh_names_read("国际货币基金组织将人民币纳入特别提款权，于2016年10月1日生效。");
    assert!(read.iter().all(|n| !n.starts_with("特别")), "{read:?}");
    // (a name whose first two characters jieba's dictionary tags as a function word keeps them
    // where jieba reads the name whole: 基加 is an adverb for it, 基加利 one word)
    let read = zh_names_read("卢旺达的首都基加利位于国家中部。");
    assert!(read.iter().any(|n| n == "基加利"), "{read:?}");
}

/// The texts of the names read in a Chinese text.
fn zh_names_read(text: &str) -> Vec<String> {
    values("a.zh.txt", text, FactKind::Name)
        .into_iter()
        .map(|(t, _)| t)
        .collect()
}

#[test]
fn a_chinese_persons_name_is_read_by_its_surname_and_the_lexicon() {
    // (wikipairs Communist_Party_of_China, Taiwan)
    let read = zh_names_read("尽管李大钊和陈独秀就政治改革之论点有所差异，蒋介石与李登辉亦然。");
    for want in ["李大钊", "陈独秀", "蒋介石", "李登辉"] {
        assert!(read.iter().any(|n| n == want), "{want} missing from {read:?}");
    }
    // words the segmenter tags as names that the lexicon glosses as words (王朝 `dynasty`,
    // 陈述 `assertion`, 荣誉 `honor`, 修正 `revise`)
    let read = zh_names_read("这一王朝的陈述在民间流传，荣誉归于修正者。");
    for not in ["王朝", "陈述", "荣誉", "修正"] {
        assert!(!read.iter().any(|n| n == not), "{not} read in {read:?}");
    }
}

#[test]
fn a_romanised_given_name_joined_by_a_hyphen_is_read_whole() {
    // (wikipairs Taiwan: `Lee Teng-hui`, `Chiang Ching-kuo`; the `hui` written in lower case
    // after a hyphen alone)
    let t = "In 1988, Lee Teng-hui succeeded Chiang Ching-kuo. The party of Chiang Kai-shek ruled.\n";
    let n = names("a.txt", t);
    for want in ["lee teng-hui", "chiang ching-kuo", "chiang kai-shek"] {
        assert!(n.contains(&want.to_string()), "{want} missing from {n:?}");
    }
    // not a word the text writes on its own in lower case, nor one no Chinese syllable spells
    // (xquad Yuan_dynasty: `The Chinese-style elements`)
    let t = "The Middle East-based firm was based there. The Chinese-style elements came from Tang.\n";
    let n = names("a.txt", t);
    assert!(n.contains(&"middle east".to_string()), "{n:?}");
    assert!(!n.iter().any(|x| x.contains("based") || x.contains("style")), "{n:?}");
    // nor after a stop word that opens the name (`The Ping-pong`: `Ping` is its first word)
    let n = names("a.txt", "The Ping-pong diplomacy of 1971 eased relations.\n");
    assert!(!n.iter().any(|x| x.contains("pong")), "{n:?}");
    // a syllable's spelling the text writes on its own too (`long`)
    let n = names("a.txt", "The ships of the Grand Canal-long route ran a long way.\n");
    assert!(n.contains(&"grand canal".to_string()), "{n:?}");
}

/// A run that opens with the end of a word begun before it is read without it, and then
/// without a function word at its new edge (有利于马可尼: 马可尼, not 于马可尼).
#[test]
fn a_run_leaves_a_function_word_after_the_end_of_the_word_before_it() {
    let found = reads_all("随后在1904年又出现了有利于马可尼的反向判决。\n", &["马可尼"]);
    assert!(!found.iter().any(|n| n == "于马可尼"), "{found:?}");
    // (but a name's own first character stays, though it opens common words elsewhere: 本 of
    // 本杰明, after 总理)
    reads_all("以色列前总理本杰明内塔尼亚胡访问了美国。\n", &["本杰明内塔尼亚胡"]);
}
