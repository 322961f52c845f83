use super::*;

fn vals(zh_text: bool, s: &str) -> Vec<(String, Option<String>)> {
    let c = super::super::text::Text::new(s, 0, zh_text).chars;
    let claimed = vec![false; c.len()];
    let found = if zh_text { zh(&c, &claimed) } else { en(&c, &claimed) };
    found
        .into_iter()
        .map(|f| match f.value {
            FactValue::Number { value, unit } => (super::super::format_number(value), unit),
            _ => unreachable!(),
        })
        .collect()
}

fn one(zh_text: bool, s: &str) -> (String, Option<String>) {
    let v = vals(zh_text, s);
    assert_eq!(v.len(), 1, "{s}: {v:?}");
    v.into_iter().next().unwrap_or_default()
}

fn u(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn hyphenated_number_words() {
    assert_eq!(vals(false, "an additional thirty-one epidemics")[0].0, "31");
    assert_eq!(vals(false, "thirty-seven epidemics")[0].0, "37");
}

#[test]
fn ranges_share_their_scale() {
    assert_eq!(vals(true, "失去了3到5万的居民")[0].0, "30000");
    assert_eq!(vals(false, "lost 30 to 50 thousand inhabitants")[0].0, "30000");
    // `and` shares the scale after `between` only (China: `between 1 and 2 million`)
    assert_eq!(vals(false, "between 1 and 2 million people")[0].0, "1000000");
    assert_eq!(vals(false, "Between 30 and 50 thousand fled")[0].0, "30000");
    assert_eq!(vals(false, "units 3 and 4 million times")[0].0, "3");
    // a count before a scaled number is not a range
    assert_eq!(vals(false, "in 3 cities and 50 thousand homes")[0].0, "3");
}

/// A range of centuries states the unit once, at its end (wikipairs' History_of_Asia, the
/// Achaemenid empire: `the 6th to 4th centuries BCE`); a count before a century is no range.
#[test]
fn ranges_share_their_century() {
    assert_eq!(
        vals(true, "在公元前6至4世纪期间"),
        [("6".into(), u("century")), ("4".into(), u("century"))]
    );
    assert_eq!(vals(true, "在3个世纪里")[0].1, None);
    assert_eq!(vals(true, "有3家公司和19世纪的建筑")[0].1, None);
}

#[test]
fn zh_must_parse() {
    assert_eq!(one(true, "撥出28億盧布"), ("2800000000".into(), u("ruble")));
    assert_eq!(one(true, "额外撥出85億盧布，"), ("8500000000".into(), u("ruble")));
    assert_eq!(one(true, "派遣3700名軍人"), ("3700".into(), u("person")));
    assert_eq!(one(true, "约3,700人"), ("3700".into(), u("person")));
    assert_eq!(one(true, "人口1.2万"), ("12000".into(), None));
    assert_eq!(one(true, "三千七百名"), ("3700".into(), u("person")));
    assert_eq!(one(true, "十五"), ("15".into(), None));
    assert_eq!(one(true, "排名第十五"), ("15".into(), u("ordinal")));
    assert_eq!(one(true, "百分之二十五"), ("25".into(), u("percent")));
    assert_eq!(one(true, "增长25%"), ("25".into(), u("percent")));
    assert_eq!(one(true, "贡献了 6½ 次擒杀"), ("6.5".into(), u("time")));
    assert_eq!(one(true, "四次入选"), ("4".into(), u("time")));
    assert_eq!(one(true, "重4千克"), ("4".into(), u("kg")));
    assert_eq!(one(true, "5.15亿年"), ("515000000".into(), u("year")));
    assert_eq!(one(true, "３万人"), ("30000".into(), u("person")));
}

#[test]
fn zh_must_not_parse() {
    assert!(vals(true, "统一的国家").is_empty());
    assert!(vals(true, "一个国家").is_empty());
    assert!(vals(true, "十分重要").is_empty());
    assert!(vals(true, "第一所").is_empty());
    assert!(vals(true, "约三分之一").is_empty());
    assert!(vals(true, "四川省").is_empty());
    assert!(vals(true, "万一失败").is_empty());
    assert!(vals(true, "[12]").is_empty());
    assert_eq!(one(true, "七年级的学生"), ("7".into(), u("grade")));
    assert_eq!(one(true, "排名 第 138 ，"), ("138".into(), u("ordinal")));
    assert_eq!(one(true, "在 19 世纪，量子力学"), ("19".into(), u("century")));
    assert!(vals(true, "BeOS以及XTS-400。").is_empty());
    assert!(vals(true, "前206到前202年").is_empty());
    // template residue (found in wikipairs/zh/Botany: `p=10p=301世纪`)
    assert!(vals(true, "著作p=10p=30。").is_empty());
    // section numbers (found in wikipairs/zh/Operating_system)
    assert!(vals(true, "#### 1.4.5 微软Windows").is_empty());
}

#[test]
fn en_must_parse() {
    assert_eq!(one(false, "sent 3,700 soldiers"), ("3700".into(), u("person")));
    assert_eq!(one(false, "2.8 billion rubles"), ("2800000000".into(), u("ruble")));
    assert_eq!(one(false, "three fumbles"), ("3".into(), None));
    assert_eq!(one(false, "fifteen"), ("15".into(), None));
    assert_eq!(one(false, "a dozen"), ("12".into(), None));
    assert_eq!(one(false, "twenty-five"), ("25".into(), None));
    assert_eq!(one(false, "the 15th anniversary"), ("15".into(), u("ordinal")));
    assert_eq!(one(false, "ranking sixth"), ("6".into(), u("ordinal")));
    assert!(vals(false, "the first state").is_empty());
    assert_eq!(one(false, "25% of"), ("25".into(), u("percent")));
    assert_eq!(one(false, "25 per cent of"), ("25".into(), u("percent")));
    assert_eq!(one(false, "added 6½ sacks"), ("6.5".into(), None));
    assert_eq!(one(false, "a 5-time pro bowler"), ("5".into(), u("time")));
    assert_eq!(one(false, "just 308 points"), ("308".into(), u("point")));
    assert_eq!(one(false, "$5 million"), ("5000000".into(), u("dollar")));
    assert_eq!(one(false, "a £30m deal"), ("30000000".into(), u("pound")));
    // a country's code between `$` and the digits (found in wikipairs/en/China)
    assert_eq!(
        one(false, "remittances were $US64 billion"),
        ("64000000000".into(), u("dollar"))
    );
    assert_eq!(one(false, "a grant of $A5 million"), ("5000000".into(), u("dollar")));
    assert_eq!(one(false, "In the 19th century, quantum"), ("19".into(), u("century")));
    assert_eq!(one(false, "a nineteenth-century house"), ("19".into(), u("century")));
    assert_eq!(one(false, "the 21st-largest economy"), ("21".into(), u("ordinal")));
    // found in xquad/Construction
    assert_eq!(
        vals(false, "between six to nine percent of GDP"),
        [("6".into(), u("percent")), ("9".into(), u("percent"))]
    );
}

#[test]
fn en_must_not_parse() {
    assert!(vals(false, "one of the states").is_empty());
    assert!(vals(false, "cited [12] here").is_empty());
    assert!(vals(false, "the DVB-S2 standard").is_empty());
    // model names (found in wikipairs/en/Operating_system)
    assert!(vals(false, "BeOS; XTS-300; RISC OS").is_empty());
    assert!(vals(false, "the F-16 fighter").is_empty());
    // a code glued to digits without `$` is a model's or a road's name
    assert!(vals(false, "along US64 to the coast").is_empty());
    assert!(vals(false, "Linux 2.6.32 was").is_empty());
    assert!(vals(false, "Someone said").is_empty());
}

/// A suspended century is a century (wikipairs' Tourism: `The 10th- to 13th-century Song
/// dynasty`), and so is the first of two joined ones; a joined ordinal without `century` is not.
#[test]
fn suspended_centuries() {
    let cases: [(&str, [(&str, &str); 2]); 4] = [
        (
            "The 10th- to 13th-century Song dynasty",
            [("10", "century"), ("13", "century")],
        ),
        ("in the 10th and 11th centuries", [("10", "century"), ("11", "century")]),
        ("the 10th–13th centuries", [("10", "century"), ("13", "century")]),
        ("the 3rd and 4th places", [("3", "ordinal"), ("4", "ordinal")]),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Option<String>)> = want.iter().map(|&(v, unit)| (v.to_string(), u(unit))).collect();
        assert_eq!(vals(false, text), want, "{text}");
    }
}

/// Units written as symbols after a number: geological time (`4.54 Ga`, `66 Ma`), power and
/// frequency (`400 MW`, `3 GHz`), in English and, in Latin letters, in Chinese text (the
/// wikipairs Geology pair writes `约 4 Ga` in both); a symbol glued to a longer word is none
/// in Chinese text, and in English a symbol is matched with its case, not before a name's
/// next word.
#[test]
fn unit_symbols_after_a_number() {
    let cases: [(bool, &str, &str, Option<&str>); 13] = [
        (false, "c. 4.54 Ga: Accretion of Earth", "4.54", Some("Ga")),
        (false, "some 66 Ma ago", "66", Some("Ma")),
        (false, "about 66 mya", "66", Some("Ma")),
        (false, "a plant of 400 MW", "400", Some("MW")),
        (false, "a chip at 3 GHz", "3", Some("GHz")),
        (true, "约 4 Ga：后期重轰炸期的结束", "4", Some("Ga")),
        (true, "装机容量 3 GW。", "3", Some("GW")),
        (true, "约4.54 Ga，地球吸积", "4.54", Some("Ga")),
        // in Chinese text, glued to a longer word: no unit
        (true, "有 5 Gas 公司", "5", None),
        // in English, a symbol with its case, and not the start of a name: the surname of `Ma
        // Ying-jeou`, a magnitude (`Mw`), a word in lower case
        (false, "by 2008 Ma Ying-jeou had won", "2008", None),
        (false, "a 7.8 Mw earthquake", "7.8", None),
        (false, "some 66 ma ago", "66", None),
        (false, "a 400-MW plant", "400", Some("MW")),
    ];
    for (zh_text, text, value, unit) in cases {
        assert_eq!(
            one(zh_text, text),
            (value.to_string(), unit.map(str::to_string)),
            "{text}"
        );
    }
}

/// The English ordinal word of a count, where the number reader has one: `second` to
/// `twentieth`.
#[test]
fn an_ordinal_word_of_a_count() {
    assert_eq!(ordinal_word(11), Some("eleventh"));
    assert_eq!(ordinal_word(2), Some("second"));
    assert_eq!(ordinal_word(20), Some("twentieth"));
    assert_eq!(ordinal_word(1), None);
    assert_eq!(ordinal_word(21), None);
    assert!((2..=20).all(|n| ordinal_word(n).is_some()));
}
