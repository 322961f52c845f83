use super::*;

fn zh_iso(s: &str) -> Vec<String> {
    let c: Vec<char> = s.chars().map(super::super::text::narrow).collect();
    zh(&c)
        .into_iter()
        .map(|f| match f.value {
            FactValue::Date(d) => d.iso(),
            _ => unreachable!(),
        })
        .collect()
}

fn en_iso(s: &str) -> Vec<String> {
    let c: Vec<char> = s.chars().collect();
    en(&c)
        .into_iter()
        .map(|f| match f.value {
            FactValue::Date(d) => d.iso(),
            _ => unreachable!(),
        })
        .collect()
}

#[test]
fn zh_must_parse() {
    assert_eq!(zh_iso("2005年9月19日，南奥塞梯"), ["2005-09-19"]);
    assert_eq!(zh_iso("2015年8月，阿布哈兹"), ["2015-08"]);
    assert_eq!(zh_iso("在2008年南奥塞梯战争期间"), ["2008"]);
    assert_eq!(zh_iso("9月20日，Kokoity"), ["--09-20"]);
    assert_eq!(zh_iso("二〇〇五年九月十九日"), ["2005-09-19"]);
    assert_eq!(zh_iso("九月二十日"), ["--09-20"]);
    assert_eq!(zh_iso("２００５年９月１９日"), ["2005-09-19"]);
    assert_eq!(zh_iso("2005年9月19日至20日"), ["2005-09-19/2005-09-20"]);
    assert_eq!(zh_iso("1990年代"), ["1990/1999"]);
    assert_eq!(zh_iso("70年代"), ["1970/1979"]);
    assert_eq!(zh_iso("于880年"), ["0880"]);
    assert_eq!(zh_iso("在 1348、1350 和 1361 年"), ["1348", "1350", "1361"]);
    assert_eq!(zh_iso("从 20 世纪 30 年代中期开始"), ["1930/1939"]);
    assert_eq!(zh_iso("从 1870 年到 1939 年运营"), ["1870", "1939"]);
    assert_eq!(zh_iso("|date=2014-06-21 |"), ["2014-06-21"]);
    assert_eq!(zh_iso("剧院 (1922–26) 是"), ["1922/1926"]);
    assert_eq!(zh_iso("成吉思汗（1185 – 1226）"), ["1185/1226"]);
    assert_eq!(zh_iso("于12月27日批准"), ["--12-27"]);
    // a month slip is still a date (invalid-date reports it)
    assert_eq!(zh_iso("他于13月5日到达"), ["--13-05"]);
}

/// Decades listed before a decade share its `年代`, and its century when one is written
/// before the first (`20世纪50、60年代`; `19世纪50、60年代` are the 1850s and 1860s).
#[test]
fn zh_decade_lists_share_their_decade() {
    assert_eq!(zh_iso("奠基于1960、1970年代信号模拟"), ["1960/1969", "1970/1979"]);
    assert_eq!(zh_iso("在1980至1990年代"), ["1980/1989", "1990/1999"]);
    assert_eq!(
        zh_iso("活跃于1960、1970与1980年代"),
        ["1960/1969", "1970/1979", "1980/1989"]
    );
    assert_eq!(zh_iso("50到60年代"), ["1950/1959", "1960/1969"]);
    assert_eq!(zh_iso("20世纪50、60年代"), ["1950/1959", "1960/1969"]);
    assert_eq!(zh_iso("在19世纪50、60年代，"), ["1850/1859", "1860/1869"]);
    assert_eq!(zh_iso("在 20 世纪 50、60 年代"), ["1950/1959", "1960/1969"]);
    assert_eq!(zh_iso("在二十世纪50到60年代，"), ["1950/1959", "1960/1969"]);
    assert_eq!(zh_iso("十九世纪50、60年代"), ["1850/1859", "1860/1869"]);
    // not a decade's start, or not before it: a year and a decade, not a list
    assert_eq!(zh_iso("1949、1950年代的事"), ["1950/1959"]);
    assert_eq!(zh_iso("1990、1980年代的事"), ["1980/1989"]);
    assert_eq!(zh_iso("第1960、1970年代"), ["1970/1979"]);
    // (a comma may end a clause on a number: no list of decades)
    assert_eq!(zh_iso("他生于1960，1970年代移居"), ["1970/1979"]);
    assert_eq!(zh_iso("共80，90年代"), ["1990/1999"]);
    // (a century that starts inside a date already read is none)
    assert_eq!(
        zh_iso("2014-06-21世纪50、60年代"),
        ["2014-06-21", "1950/1959", "1960/1969"]
    );
}

#[test]
fn zh_must_not_parse() {
    assert!(zh_iso("3700名军人").is_empty());
    assert!(zh_iso("独立15周年").is_empty());
    assert!(zh_iso("三年后").is_empty());
    assert!(zh_iso("15年").is_empty());
    assert!(zh_iso("3个月").is_empty());
    assert!(zh_iso("13月").is_empty());
    assert!(zh_iso("28亿卢布").is_empty());
    assert!(zh_iso("1000 年前").is_empty());
    assert_eq!(zh_iso("2000年前后"), ["2000"]);
    assert!(zh_iso("9000年").is_empty());
    assert!(zh_iso("长达750年").is_empty());
}

#[test]
fn en_must_parse() {
    assert_eq!(en_iso("On 19 September 2005, a day"), ["2005-09-19"]);
    assert_eq!(en_iso("on September 19, 2005."), ["2005-09-19"]);
    assert_eq!(en_iso("In August 2015, Abkhazia"), ["2015-08"]);
    assert_eq!(en_iso("Sept. 19 was"), ["--09-19"]);
    assert_eq!(en_iso("In 2005 it"), ["2005"]);
    assert_eq!(en_iso("On 20 September, Kokoity"), ["--09-20"]);
    assert_eq!(en_iso("19–20 September 2005"), ["2005-09-19/2005-09-20"]);
    assert_eq!(en_iso("in the 1990s"), ["1990/1999"]);
    assert_eq!(en_iso("On 10 December December 2010, President"), ["2010-12-10"]);
    assert_eq!(en_iso("During the 2008 Russo-Georgian war"), ["2008"]);
    assert_eq!(en_iso("from 1870 to 1939, and"), ["1870", "1939"]);
    assert_eq!(en_iso("From the mid-1930s, the"), ["1930/1939"]);
    assert_eq!(en_iso("Theatre (1922–26), was"), ["1922/1926"]);
    assert_eq!(en_iso("until mid-August"), ["--08"]);
    assert_eq!(en_iso("in 1957, 1985 and 1986"), ["1957", "1985", "1986"]);
    assert_eq!(en_iso("released 2014-06-21"), ["2014-06-21"]);
}

/// Decades listed after a decade in two digits take its century, each after the one before
/// it; two digits alone are no decade (`in his 60s` is an age).
#[test]
fn en_decade_lists_share_their_century() {
    assert_eq!(en_iso("in the 1960s and 70s, it"), ["1960/1969", "1970/1979"]);
    assert_eq!(en_iso("In the 1920s–30s too"), ["1920/1929", "1930/1939"]);
    assert_eq!(
        en_iso("the 1960s, '70s and '80s were"),
        ["1960/1969", "1970/1979", "1980/1989"]
    );
    assert_eq!(en_iso("the 1890s and 00s"), ["1890/1899"]);
    assert_eq!(en_iso("the 1990s and 80s"), ["1990/1999"]);
    assert_eq!(en_iso("the 1960s and 75s"), ["1960/1969"]);
    assert!(en_iso("In his 60s, he").is_empty());
}

#[test]
fn en_must_not_parse() {
    assert!(en_iso("gave up just 308 points").is_empty());
    assert!(en_iso("sent 3,700 soldiers").is_empty());
    assert!(en_iso("of 2000 soldiers").is_empty());
    assert!(en_iso("He may go").is_empty());
    assert!(en_iso("May Smith said").is_empty());
    assert!(en_iso("a 2,008 km road").is_empty());
    assert!(en_iso("scored 2008").is_empty());
}

/// The sentences that dates read alone skip hold no date `en_in` reads; those that hold one
/// are not skipped, whatever its form.
#[test]
fn a_sentence_without_digit_or_month_holds_no_date() {
    for s in [
        "He left in May.",
        "It opened on Sept. 19.",
        "the 1990s",
        "in mid-August",
        "elected in ２００５",
    ] {
        assert!(super::may_hold_date(s), "{s}");
    }
    for s in ["He left in the spring.", "It may open later.", "The march was long."] {
        assert!(!super::may_hold_date(s), "{s}");
        let chars: Vec<char> = s.chars().collect();
        let toks = crate::facts::text::en_tokens(&chars, s);
        assert!(super::en_in(&chars, &toks).is_empty(), "{s}");
    }
}
