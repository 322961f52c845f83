use super::slip;

fn typo_like(a: f64, b: f64) -> bool {
    slip(a, b).is_some()
}

#[test]
fn slips() {
    for (a, b) in [
        (251.0, 250.0),
        (1956.0, 1958.0),
        (1999.0, 2000.0),
        (27.0, 28.0),
        (1_390_000.0, 1_400_000.0),
        (2.8e9, 2.9e9),
        (5.5, 4.5),
        (28.4, 28.5),
    ] {
        assert!(typo_like(a, b), "{a} / {b}");
    }
    assert_eq!(slip(2002.0, 2003.0), Some(1.0));
    assert_eq!(slip(2002.0, 2004.0), Some(2.0));
    for (a, b) in [(2005.0, 2020.0), (1211.0, 1161.0), (1949.0, 1990.0), (60.0, 100.0)] {
        assert!(!typo_like(a, b), "{a} / {b}");
    }
}

/// The one date of a Chinese sentence.
fn zh(text: &str) -> crate::facts::Fact {
    crate::facts::test_support::one_date("a.zh.txt", text)
}

/// The one date of an English sentence.
fn en(text: &str) -> crate::facts::Fact {
    crate::facts::test_support::one_date("a.en.txt", text)
}

/// A span of years one end of which agrees is one span written wrongly, whatever the other
/// end's difference (a lifespan: `1707–1783` / `1710–1783`); a span whose two ends differ, a
/// single year so far apart, or a span against a single year is not.
#[test]
fn a_span_of_years_one_end_of_which_agrees() {
    use super::date_distance;
    let euler = en("The interest of Leonhard Euler (1707–1783) in number theory grew.");
    // (the Chinese span, whether it is one span with Euler's)
    let cases = [
        ("欧拉（1710–1783）对数论的兴趣", true),
        ("欧拉（1690–1783）对数论的兴趣", true),
        ("欧拉（1707–1790）对数论的兴趣", true),
        ("欧拉（1710–1790）对数论的兴趣", false),
        // (two spans that end together, the other end further than half the shorter span)
        ("欧拉（1760–1783）对数论的兴趣", false),
        ("欧拉（1707–1783）对数论的兴趣", false),
        ("欧拉于1710年对数论产生兴趣", false),
    ];
    for (text, one_span) in cases {
        assert_eq!(date_distance(&zh(text), &euler).is_some(), one_span, "{text}");
    }
    // (a one-digit slip keeps its own distance)
    assert_eq!(date_distance(&zh("欧拉（1708–1783）对数论的兴趣"), &euler), Some(1.0));
    assert!(date_distance(
        &zh("1710年，欧拉对数论产生兴趣"),
        &en("In 1707, Euler turned to number theory.")
    )
    .is_none());
}

/// A full date of one month and day whose year alone slipped is a slip of the year, either way
/// round; years further apart, another day, a year read from context or a date not written to
/// the day is not.
#[test]
fn a_slip_of_the_year() {
    use super::year_slip;
    let stated = zh("1932年1月28日，日军在上海发动战争。");
    for other in [
        "On 28 January 1935, Japanese forces invaded.",
        "On 28 January 1933, Japanese forces invaded.",
    ] {
        assert!(
            year_slip(&stated, &en(other)) && year_slip(&en(other), &stated),
            "{other}"
        );
    }
    for other in [
        "On 28 January 1950, Japanese forces invaded.",
        // (an anniversary: years a multiple of five apart)
        "On 28 January 1942, Japanese forces invaded.",
        "On 28 January 1937, Japanese forces invaded.",
        "On 27 January 1935, Japanese forces invaded.",
        "On 28 February 1935, Japanese forces invaded.",
        "On 28 January 1932, Japanese forces invaded.",
        "In January 1935, Japanese forces invaded.",
    ] {
        assert!(!year_slip(&stated, &en(other)), "{other}");
    }
    let mut inferred = en("On 28 January, Japanese forces invaded.");
    if let crate::facts::FactValue::Date(d) = &mut inferred.value {
        d.set_year(1935);
    }
    inferred.inferred_year = true;
    assert!(!year_slip(&stated, &inferred));
    // (the first of a month, when laws, terms and fiscal years recur)
    let first = zh("2008年1月1日，新法生效。");
    assert!(!year_slip(&first, &en("On 1 January 2009, the law took effect.")));
    assert!(year_slip(
        &zh("2008年1月2日，新法生效。"),
        &en("On 2 January 2009, the law took effect.")
    ));
}

/// A full date whose day alone differs is a slip of the day, either way round; another month,
/// another year, a year read from context, a date not written to the day, or the same day is
/// not.
#[test]
fn a_slip_of_the_day() {
    use super::day_slip;
    use crate::facts::test_support::one_date as date;
    let zh = date("a.zh.txt", "1949年9月21日，会议在北京开幕。");
    let slip = date("a.en.txt", "On 20 September 1949, the session opened.");
    assert!(day_slip(&zh, &slip) && day_slip(&slip, &zh));
    let mut inferred = slip.clone();
    inferred.inferred_year = true;
    assert!(!day_slip(&zh, &inferred));
    assert!(!day_slip(
        &zh,
        &date("a.en.txt", "On 21 September 1949, the session opened.")
    ));
    assert!(!day_slip(
        &zh,
        &date("a.en.txt", "On 20 October 1949, the session opened.")
    ));
    assert!(!day_slip(
        &zh,
        &date("a.en.txt", "In September 1949, the session opened.")
    ));
    assert!(!day_slip(
        &zh,
        &date("a.en.txt", "On 20 September 1950, the session opened.")
    ));
}

/// Two dates of one month and one year whose days differ, either way round; not dates
/// without a year, another month, another year (stated or read from context), the same
/// day, a range or a date not written to the day.
#[test]
fn days_of_one_month_are_told_by_the_day() {
    use super::days_of_one_month;
    use crate::facts::test_support::one_date as date;
    let in_1921 = |mut f: crate::facts::Fact| {
        if let crate::facts::FactValue::Date(d) = &mut f.value {
            d.set_year(1921);
        }
        f.inferred_year = true;
        f
    };
    let zh = date("a.zh.txt", "7月30日，上海会场遭到警方搜查。");
    let en = date("a.en.txt", "Police interrupted the meeting on 27 July.");
    // (no year on either side: nothing to hold the two to one time)
    assert!(!days_of_one_month(&zh, &en));
    let (zh, en) = (in_1921(zh), in_1921(en));
    assert!(days_of_one_month(&zh, &en) && days_of_one_month(&en, &zh));
    let full = date("a.zh.txt", "1927年7月15日，政府宣布停止合作。");
    let stated = date("a.en.txt", "On 16 July 1927 the government expelled them.");
    assert!(days_of_one_month(&full, &stated));
    let inferred = in_1921(date("a.en.txt", "On 16 July the government expelled them."));
    assert!(!days_of_one_month(&full, &inferred));
    for other in [
        "On 16 July 1928 the government expelled them.",
        "On 15 July 1927 the government expelled them.",
        "On 15 August 1927 the government expelled them.",
        "In July 1927 the government expelled them.",
        "On 16–18 July 1927 the government expelled them.",
    ] {
        assert!(!days_of_one_month(&full, &date("a.en.txt", other)), "{other}");
    }
}

/// A year against a date of another year written out to the month or the day, the years one
/// digit apart, is one date whose year slipped; not years one apart or a round step apart
/// (events straddle a year's end), nor years further apart, nor the first of a month, nor
/// against a range, nor two dates of one precision (the distance of their own form,
/// [`super::date_distance`], decides those), nor a year read from context.
#[test]
fn a_year_against_a_date_to_the_day_of_another_year() {
    use super::{date_distance, year_slip_across_precisions as across};
    let occupied = en("The concessions were occupied by the Japanese on 8 December 1961.");
    let year = zh("至1941年太平洋战争爆发后，日军开始占领租界。");
    assert!(across(&year, &occupied));
    assert!(across(&occupied, &year));
    // (the alignment's distance does not read it)
    assert_eq!(date_distance(&year, &occupied), None);
    // to the month
    assert!(across(&zh("1961年，日军占领租界。"), &en("It fell in March 1951.")));
    for (z, e) in [
        // one year apart, and one round step apart
        ("2008年，奥巴马当选总统。", "He was inaugurated on 20 January 2009."),
        ("2000年，该市人口增加。", "The city grew by 12 May 2010."),
        // years further apart
        ("1925年，日军占领租界。", "It fell on 8 December 1961."),
        // the first of a month
        ("2008年，该法生效。", "The law came into force on 1 January 2018."),
        // a range of years
        ("日军占领租界（1951–1955）。", "It fell on 8 December 1961."),
        // one precision
        ("1951年，日军占领租界。", "It fell in 1961."),
        ("1951年12月8日，日军占领租界。", "It fell on 8 December 1961."),
    ] {
        assert!(!across(&zh(z), &en(e)), "{z} / {e}");
    }
    // a day whose year is read from the sentences before is no year stated
    let day = crate::facts::test_support::facts_of("a.en.txt", "In 1960 it grew. On 8 December it fell.")
        .into_iter()
        .rfind(|f| f.kind == crate::facts::FactKind::Date)
        .expect("a date");
    assert!(day.inferred_year, "{day:?}");
    assert!(!across(&zh("1940年，日军占领租界。"), &day));
}

/// Two numbers under ten are small counts unless either is a decimal (a measure: `4.54`) or
/// both carry one unit (`4 Ga` / `5 Ga`).
#[test]
fn small_counts_are_whole_numbers_under_ten_without_a_shared_unit() {
    use super::small_counts;
    use crate::facts::{Fact, FactKind, FactValue};
    let n = |value: f64, unit: Option<&str>| Fact {
        kind: FactKind::Number,
        text: String::new(),
        span: 0..0,
        sentence: 0,
        value: FactValue::Number {
            value,
            unit: unit.map(str::to_string),
        },
        inferred_year: false,
        year_from: None,
        role: None,
    };
    assert!(small_counts(&n(4.0, None), &n(5.0, None)));
    assert!(small_counts(&n(4.0, Some("Ga")), &n(5.0, None)));
    assert!(!small_counts(&n(4.54, None), &n(5.54, None)));
    assert!(!small_counts(&n(4.0, Some("Ga")), &n(5.0, Some("Ga"))));
    assert!(!small_counts(&n(14.0, None), &n(5.0, None)));
}

/// A day whose year is read from the sentences before states no year: against a year alone it
/// shares nothing both state (wikipairs Communist_Party_of_China: `French police interrupted the
/// meeting on 27 July`, of 1921 by context, against `1921年春季陈独秀…重新组建`), though the
/// two agree as dates. A stated year, or a day against a day, still anchors.
#[test]
fn a_year_alone_against_a_day_of_an_inferred_year_is_no_anchor() {
    use super::{dates_agree, year_alone_inferred};
    let day = crate::facts::test_support::facts_of(
        "a.en.txt",
        "The congress met in 1921. Police interrupted it on 27 July.",
    )
    .into_iter()
    .rfind(|f| f.kind == crate::facts::FactKind::Date)
    .expect("a date");
    assert!(day.inferred_year, "{day:?}");
    let year = zh("1921年春季，小组重新组建。");
    assert!(dates_agree(&year, &day));
    assert!(year_alone_inferred(&year, &day) && year_alone_inferred(&day, &year));
    assert!(!year_alone_inferred(
        &year,
        &en("Police interrupted it on 27 July 1921.")
    ));
    assert!(!year_alone_inferred(&zh("7月27日，会场遭到搜查。"), &day));
}
