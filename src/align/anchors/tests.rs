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
