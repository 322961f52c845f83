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
