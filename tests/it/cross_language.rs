//! Cross-language checks on real translated text (tests/corpus/xquad: 48 articles, each
//! as one zh and one en document of its 5 translated paragraphs):
//! - clean pairs: at most 2 date/number mismatch findings in total;
//! - mutation: change one date or number that both sides state, on one side, and expect a
//!   finding whose label covers the changed text, in at least 95 % of cases.

use super::common::*;
use parallax::diagnostic::Diagnostic;
use parallax::engine::{check_sources, load_rules, Options};
use parallax::parse::parse;
use parallax::source::SourceFile;
use std::collections::BTreeMap;

fn xquad() -> Vec<(String, String, String)> {
    let path = corpus("xquad/xquad_paragraph_pairs.jsonl");
    let mut by: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
    for line in std::fs::read_to_string(path).expect("xquad corpus").lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let e = by.entry(v["article"].as_str().unwrap().to_string()).or_default();
        e.0.push(v["zh"].as_str().unwrap().to_string());
        e.1.push(v["en"].as_str().unwrap().to_string());
    }
    by.into_iter()
        .map(|(a, (zh, en))| (a, zh.join("\n\n") + "\n", en.join("\n\n") + "\n"))
        .collect()
}

fn run(zh: &str, en: &str) -> Vec<Diagnostic> {
    let files = vec![
        SourceFile {
            name: "zh.txt".into(),
            text: zh.into(),
        },
        SourceFile {
            name: "en.txt".into(),
            text: en.into(),
        },
    ];
    let opts = Options {
        select: vec!["date-mismatch".into(), "number-mismatch".into()],
        pairs: vec![("zh.txt".into(), "en.txt".into())],
        ..Options::default()
    };
    let (rules, _) = load_rules(&opts);
    check_sources(&files, &opts, &rules)
}

#[test]
fn clean_translations_raise_at_most_two_mismatches() {
    let mut found = Vec::new();
    for (article, zh, en) in xquad() {
        for d in run(&zh, &en) {
            found.push(format!("{article}: {}", d.message));
        }
    }
    println!("xquad date/number mismatches on clean pairs: {}", found.len());
    assert!(found.len() <= 2, "{found:#?}");
}

/// Replace the last run of ASCII digits in the fact's text with a different value of the same
/// width (a plausible slip: one more or less, or ten more or less — `1960s` → `1970s`) that
/// still reads as a fact of the same kind and precision, and whose value the unit does not
/// already state on either side (`1073 to 1074` → `1074 to 1074` would make a repeat and an
/// omission, not a changed fact). None when there is none.
fn mutate(
    text: &str,
    original: &parallax::facts::Fact,
    stated: &[&parallax::facts::Fact],
) -> Option<(String, std::ops::Range<usize>)> {
    use parallax::align::{dates_agree, numbers_agree, same_value_across_kinds};
    use parallax::facts::{FactKind, FactValue};
    for delta in [-1i64, 1, 10, -10] {
        let Some((mutated, at)) = mutate_digit(text, original.span.clone(), original.kind == FactKind::Date, delta)
        else {
            continue;
        };
        let file = SourceFile {
            name: "m.txt".into(),
            text: mutated.clone(),
        };
        let doc = parse(&file, None);
        let valid = parallax::facts::extract(&doc, &file.text).iter().any(|f| {
            f.kind == original.kind
                && f.span.start <= at.start
                && at.end <= f.span.end
                && f.value != original.value
                && match (&f.value, &original.value) {
                    (FactValue::Date(a), FactValue::Date(b)) => a.precision == b.precision,
                    _ => true,
                }
                && !stated.iter().any(|g| {
                    dates_agree(f, g)
                            || numbers_agree(f, g)
                            || same_value_across_kinds(f, g)
                            // `140万` → `139万` against `1.4 million`: still the same at the
                            // precision the English states
                            || parallax::align::rounds_alike(f, g)
                })
        });
        if valid {
            return Some((mutated, at));
        }
    }
    None
}

fn mutate_digit(
    text: &str,
    span: std::ops::Range<usize>,
    is_date: bool,
    delta: i64,
) -> Option<(String, std::ops::Range<usize>)> {
    let piece = &text[span.clone()];
    let end = piece.rfind(|c: char| c.is_ascii_digit())? + 1;
    let start = piece[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_digit())
        .map_or(0, |(p, c)| p + c.len_utf8());
    let digits = &piece[start..end];
    let n: i64 = digits.parse().ok()?;
    let new = n + delta;
    // days and months stay valid (1..=28); no zero, no leading zero (`10` → `09`)
    if new <= 0 || is_date && digits.len() <= 2 && !(1..=28).contains(&new) {
        return None;
    }
    let new = new.to_string();
    if new.len() != digits.len() {
        return None;
    }
    let at = span.start + start..span.start + end;
    Some((format!("{}{}{}", &text[..at.start], new, &text[at.end..]), at))
}

#[test]
fn changed_dates_and_numbers_are_reported() {
    use parallax::align::{align, dates_agree, numbers_agree};
    use parallax::facts::FactKind;
    let (mut tried, mut caught) = (0usize, 0usize);
    let mut missed = Vec::new();
    for (article, zh, en) in xquad() {
        let parsed = Parsed::new(&zh, &en);
        let (zside, eside) = parsed.sides();
        let (zf, ef) = (&parsed.zf, &parsed.ef);
        let alignment = align(&zside, &eside);
        // facts both sides state, in a unit the checks compare
        // at most 4 mutations per article keep the test's time reasonable
        let mut per_article = 0;
        for unit in alignment.units.iter().filter(|u| u.is_sure()) {
            for a in &unit.anchors {
                if per_article == 4 {
                    break;
                }
                let (Some(zi), Some(ei)) = (a.zh, a.en) else { continue };
                let (z, e) = (&zf[zi], &ef[ei]);
                let ok = match z.kind {
                    FactKind::Date => dates_agree(z, e),
                    FactKind::Number => numbers_agree(z, e),
                    FactKind::Name => false,
                };
                if !ok {
                    continue;
                }
                // mutate the zh side for even fact indices, the en side for odd ones
                let (on_zh, span) = if zi % 2 == 0 {
                    (true, z.span.clone())
                } else {
                    (false, e.span.clone())
                };
                let (source, fact) = if on_zh { (&zh, z) } else { (&en, e) };
                debug_assert_eq!(span, fact.span);
                let stated: Vec<&parallax::facts::Fact> = zf
                    .iter()
                    .filter(|f| unit.zh.contains(&f.sentence))
                    .chain(ef.iter().filter(|f| unit.en.contains(&f.sentence)))
                    .collect();
                let Some((mutated, at)) = mutate(source, fact, &stated) else {
                    continue;
                };
                let diags = if on_zh { run(&mutated, &en) } else { run(&zh, &mutated) };
                tried += 1;
                per_article += 1;
                let file = if on_zh { 0 } else { 1 };
                let hit = diags.iter().any(|d| {
                    (d.file == file && d.span.start <= at.start && at.end <= d.span.end)
                        || d.labels
                            .iter()
                            .any(|l| l.file == file && l.span.start <= at.start && at.end <= l.span.end)
                });
                if hit {
                    caught += 1;
                } else {
                    let before: String = mutated[..at.start]
                        .chars()
                        .rev()
                        .take(12)
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    let after: String = mutated[at.start..].chars().take(12).collect();
                    let why = explain_miss(&mutated, if on_zh { &en } else { &zh }, on_zh, &at);
                    missed.push(
                        format!(
                            "{article} ({}): {before}{after} [{why}]",
                            if on_zh { "zh" } else { "en" }
                        )
                        .replace('\n', " "),
                    );
                }
            }
        }
    }
    let rate = caught as f64 / tried.max(1) as f64;
    for m in &missed {
        println!("missed: {m}");
    }
    println!(
        "mutation test: {caught} of {tried} changed facts reported ({:.1} %)",
        rate * 100.0
    );
    assert!(tried >= 50, "only {tried} mutations tried");
    // Issue 4 asks for 95 %; measured: 174 of 181 (96.1 %). The misses: small counts in
    // sentences whose alignment rests on nothing else, and sentences aligned to the wrong
    // counterpart.
    assert!(
        rate >= 0.95,
        "{caught}/{tried} = {rate:.3}; missed e.g. {:#?}",
        &missed[..missed.len().min(15)]
    );
}

/// A zh and an en text, parsed, with their facts: what the `align::Side`s of a pair borrow.
struct Parsed {
    zs: SourceFile,
    es: SourceFile,
    zd: parallax::parse::Document,
    ed: parallax::parse::Document,
    zf: Vec<parallax::facts::Fact>,
    ef: Vec<parallax::facts::Fact>,
}

impl Parsed {
    fn new(zh: &str, en: &str) -> Self {
        let file = |name: &str, text: &str| SourceFile {
            name: name.into(),
            text: text.into(),
        };
        let (zs, es) = (file("zh.txt", zh), file("en.txt", en));
        let (zd, ed) = (parse(&zs, None), parse(&es, None));
        let (zf, ef) = (
            parallax::facts::extract(&zd, &zs.text),
            parallax::facts::extract(&ed, &es.text),
        );
        Parsed { zs, es, zd, ed, zf, ef }
    }

    fn sides(&self) -> (parallax::align::Side<'_>, parallax::align::Side<'_>) {
        let side = |file, source, doc, facts| parallax::align::Side {
            file,
            source,
            doc,
            facts,
        };
        (
            side(0, &self.zs, &self.zd, &self.zf),
            side(1, &self.es, &self.ed, &self.ef),
        )
    }
}

/// Where a missed mutation went: the unit that holds the changed text after re-alignment.
fn explain_miss(mutated: &str, other: &str, on_zh: bool, at: &std::ops::Range<usize>) -> String {
    use parallax::align::{align, match_facts, Side};
    use parallax::facts::FactKind;
    let (zt, et) = if on_zh { (mutated, other) } else { (other, mutated) };
    let parsed = Parsed::new(zt, et);
    let (zside, eside) = parsed.sides();
    let fs = if on_zh { &parsed.zf } else { &parsed.ef };
    let Some(fact) = fs.iter().find(|f| f.span.start <= at.start && at.end <= f.span.end) else {
        return "no fact".into();
    };
    let alignment = align(&zside, &eside);
    let Some(unit) = alignment.units.iter().find(|u| {
        let mine = if on_zh { &u.zh } else { &u.en };
        mine.contains(&fact.sentence)
    }) else {
        return "not aligned".into();
    };
    let left = |kind, zh_side: bool| {
        let m = match_facts(&zside, &eside, &alignment.stated, unit, kind);
        if zh_side {
            m.zh_left.len()
        } else {
            m.en_left.len()
        }
    };
    let show = |side: &Side, sentences: &[usize]| -> String {
        side.facts
            .iter()
            .filter(|f| sentences.contains(&f.sentence) && f.kind != FactKind::Name)
            .map(|f| format!("{}={}", f.text, f.value.display()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "zh facts [{}] en facts [{}] unit {}-{} score {:.2} anchors {} sure {} leftovers {:?} date {}/{} number {}/{}",
        show(&zside, &unit.zh),
        show(&eside, &unit.en),
        unit.zh.len(),
        unit.en.len(),
        unit.score,
        unit.anchors.len(),
        unit.is_sure(),
        fact.kind,
        left(FactKind::Date, true),
        left(FactKind::Date, false),
        left(FactKind::Number, true),
        left(FactKind::Number, false),
    )
}

fn check_pair_with(zh: &SourceFile, en: &SourceFile, select: &[&str]) -> Vec<Diagnostic> {
    let files = vec![zh.clone(), en.clone()];
    let opts = Options {
        select: select.iter().map(|s| s.to_string()).collect(),
        pairs: vec![(zh.name.clone().into(), en.name.clone().into())],
        ..Options::default()
    };
    let (rules, _) = load_rules(&opts);
    check_sources(&files, &opts, &rules)
}

#[test]
fn names_on_the_seed_pair() {
    let d = check_pair_with(
        &seed_file("000"),
        &seed_file("001"),
        &[
            "name-mismatch",
            "inconsistent-transliteration",
            "date-mismatch",
            "number-mismatch",
        ],
    );
    let msgs: Vec<&str> = d.iter().map(|d| d.message.as_str()).collect();
    assert!(
        msgs.contains(&"the English names `Nodar Pliev`, the Chinese only `诺达尔`"),
        "{msgs:#?}"
    );
    assert!(
        msgs.contains(&"the English names `Oleg Botsiev`, the Chinese only `奥列格`"),
        "{msgs:#?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.starts_with("the Chinese `艾伦埃尔·巴克耶夫` splits `Alan Elbakiev`")),
        "{msgs:#?}"
    );
    let kokoity = d
        .iter()
        .find(|d| d.message.starts_with("`Kokoity` is written 4 ways"))
        .expect("Kokoity variants");
    assert_eq!(kokoity.labels.len(), 3, "a label on each of the other spellings");
    // no date or number disagreements in the clean pair
    assert!(
        !d.iter()
            .any(|d| d.rule == "date-mismatch" || d.rule == "number-mismatch"),
        "{msgs:#?}"
    );
    // every cross-language finding has a label in the other file
    for x in d.iter().filter(|d| d.rule == "name-mismatch") {
        assert!(x.labels.iter().any(|l| l.file != x.file), "{}", x.message);
    }
}

#[test]
fn names_on_real_translations() {
    // The xquad translations hold real inconsistencies: 卡罗琳/卡洛琳 (Caroline) in
    // Jacksonville, and 「亨利富·塞利」 for Henry Fuseli in Victoria_and_Albert_Museum.
    let mut found = Vec::new();
    for (article, zh, en) in xquad() {
        let zs = SourceFile {
            name: "zh.txt".into(),
            text: zh,
        };
        let es = SourceFile {
            name: "en.txt".into(),
            text: en,
        };
        for d in check_pair_with(&zs, &es, &["name-mismatch", "inconsistent-transliteration"]) {
            found.push(format!("{article}: {}", d.message));
        }
    }
    assert!(
        found.iter().any(|f| f.contains("`Caroline` is written 2 ways")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|f| f.contains("`亨利富·塞利` splits `Henry Fuseli`")),
        "{found:#?}"
    );
    // No swap on clean text: the names a sentence writes as words on the other side (意大利
    // for `Italian`, 法国 for `French`, 渡河 for `crossed`), spells loosely (伊丽莎 for
    // `Elizabeth`) or names inside a longer word (纽卡斯尔市中心) are no names left over.
    // Without those readings the clean xquad gave 4 to 8 such false swaps.
    let swaps: Vec<&String> = found
        .iter()
        .filter(|f| f.contains("two names of the article"))
        .collect();
    assert!(swaps.is_empty(), "{swaps:#?}");
    // measured: 7 findings, 6 real (spelling variants of Tanaghrisson, Maizière, Caroline, Floyd,
    // Wesley; the Fuseli split) and one false (托莱多/特鲁多 read as one name)
    assert!(found.len() <= 8, "{found:#?}");
}

/// xquad Force, the whole article: 艾萨克•牛顿 changed to 洛伦兹, whom the article names
/// elsewhere. The name was its sentence's one shared fact, and the sentence's score fell to
/// 0.27 with it; in a translation, one sentence against one that translates it for 30 % of
/// its words is compared whatever its score.
#[test]
fn a_swapped_name_that_was_its_sentences_one_anchor_in_a_translation() {
    let (_, zh, en) = xquad().into_iter().find(|(a, _, _)| a == "Force").expect("Force");
    let names = |zh: &str| {
        let zs = SourceFile {
            name: "zh.txt".into(),
            text: zh.into(),
        };
        let es = SourceFile {
            name: "en.txt".into(),
            text: en.clone(),
        };
        let found: Vec<String> = check_pair_with(&zs, &es, &["name-mismatch"])
            .into_iter()
            .map(|d| d.message)
            .collect();
        found
    };
    assert!(names(&zh).is_empty(), "{:#?}", names(&zh));
    assert_eq!(zh.matches("艾萨克•牛顿 在").count(), 1);
    let found = names(&zh.replace("艾萨克•牛顿 在", "洛伦兹 在"));
    assert!(
        found
            .iter()
            .any(|m| m.contains("`洛伦兹`") && m.contains("`Isaac Newton`")),
        "{found:#?}"
    );
}

#[test]
fn omitted_dates_are_reported() {
    use parallax::align::{align, dates_agree};
    use parallax::facts::{FactKind, FactValue, Precision};
    // Delete a full date that both sides state from the Chinese sentence; the English date
    // should then be reported as omitted. Clean pairs report nothing.
    let (mut tried, mut caught) = (0, 0);
    let mut clean = Vec::new();
    let mut pairs: Vec<(String, String)> = xquad().into_iter().map(|(_, z, e)| (z, e)).collect();
    pairs.push((seed_file("000").text, seed_file("001").text));
    for (zh, en) in pairs {
        let parsed = Parsed::new(&zh, &en);
        let (zs, es) = (&parsed.zs, &parsed.es);
        clean.extend(
            check_pair_with(zs, es, &["fact-omitted"])
                .into_iter()
                .map(|d| d.message),
        );
        let (zside, eside) = parsed.sides();
        let (zf, ef) = (&parsed.zf, &parsed.ef);
        for unit in align(&zside, &eside)
            .units
            .iter()
            .filter(|u| u.is_sure() && u.score >= 0.6 && u.anchors.len() >= 3)
        {
            for a in &unit.anchors {
                let (Some(zi), Some(ei)) = (a.zh, a.en) else { continue };
                let (z, e) = (&zf[zi], &ef[ei]);
                let full = matches!(&z.value, FactValue::Date(d) if d.precision == Precision::Day && !z.inferred_year);
                if z.kind != FactKind::Date || !full || !dates_agree(z, e) {
                    continue;
                }
                let cut = format!("{}{}", &zh[..z.span.start], &zh[z.span.end..]);
                // a date the Chinese still states elsewhere was moved, not omitted
                let cut_file = SourceFile {
                    name: "zh.txt".into(),
                    text: cut.clone(),
                };
                let still = parallax::facts::extract(&parse(&cut_file, None), &cut);
                if still.iter().any(|f| dates_agree(f, e)) {
                    continue;
                }
                let d = check_pair_with(
                    &SourceFile {
                        name: "zh.txt".into(),
                        text: cut,
                    },
                    es,
                    &["fact-omitted"],
                );
                tried += 1;
                if d.iter().any(|d| d.file == 1 && d.span == e.span) {
                    caught += 1;
                }
            }
        }
    }
    println!(
        "omission test: {caught} of {tried} deleted dates reported; clean pairs: {} findings",
        clean.len()
    );
    assert!(clean.len() <= 1, "{clean:#?}");
    // measured: 19 of 19 (was 12 of 19 before units in parallel texts could be compared
    // without several remaining anchors); dates the Chinese states twice are not counted since
    // a fact stated elsewhere is moved, not omitted
    assert!(tried >= 10 && caught * 10 >= tried * 9, "{caught}/{tried}");
}

/// The rule ids of `run`'s findings.
fn rules_found(zh: &str, en: &str) -> Vec<&'static str> {
    run(zh, en).iter().map(|d| d.rule).collect()
}

/// From xquad's Doctor_Who: the Chinese states a year twice, the English once beside another
/// year. In a translation that other year is the one the Chinese renders twice, changed.
#[test]
fn a_repeated_year_against_one_other_year_in_a_translation() {
    let zh = "在 2005年 的剧集中，第九任博士认为他是最后一位在世的时间领主；在2005年的《虚无男孩》一集中，康斯坦丁博士说，“我就是一个父亲。”\n";
    let en = |year: &str| {
        format!("The {year} series reveals that the Ninth Doctor thought he was the last surviving Time Lord; in \"The Empty Child\" (2005), Dr. Constantine states that, \"I was a father.\"\n")
    };
    assert_eq!(rules_found(zh, &en("2005")), Vec::<&str>::new());
    assert_eq!(rules_found(zh, &en("2016")), vec!["date-mismatch"]);
}

/// From xquad's Southern_California: a cue word of another number (人口 of the second) or of
/// a name (`Greater Los Angeles Area`) gives the first number no role, so its one-digit
/// change is seen.
#[test]
fn a_cue_of_another_number_or_of_a_name_gives_no_role() {
    let zh = "它们是 17,786,419 的大洛杉矶地区和5,105,768人口的圣地亚哥-提华纳地区。\n";
    let en = |n: &str| format!("These are the Greater Los Angeles Area at {n}, and San Diego–Tijuana at 5,105,768.\n");
    assert_eq!(rules_found(zh, &en("17,786,419")), Vec::<&str>::new());
    assert_eq!(rules_found(zh, &en("27,786,419")), vec!["number-mismatch"]);
}

/// From wikipairs' Taiwan: `more than 2,400` is what `2,415人` says; a number far from the
/// bound is still a disagreement.
#[test]
fn a_bound_is_no_disagreement_with_a_close_count() {
    let en = "On 21 September 1999, a 7.3 quake known as the \"921 earthquake\" killed more than 2,400 people.\n";
    let zh = |n: &str| format!("1999年9月21日发生的921大地震导致{n}人丧生。\n");
    assert_eq!(rules_found(&zh("2,415"), en), Vec::<&str>::new());
    assert_eq!(rules_found(&zh("3,415"), en), vec!["number-mismatch"]);
}

/// From xquad's Ctenophora: the one decade each side of a translated sentence states is one
/// fact (`1980s` / `20世纪80年代`); a changed decade is reported.
#[test]
fn a_changed_decade_in_a_translation() {
    let zh = "自20世纪80年代以来积累的证据表明，“球栉水母”并不是“单系的”。\n";
    let en = |d: &str| {
        format!("Evidence accumulating since the {d} indicates that the \"cydippids\" are not monophyletic.\n")
    };
    assert_eq!(rules_found(zh, &en("1980s")), Vec::<&str>::new());
    assert_eq!(rules_found(zh, &en("2000s")), vec!["date-mismatch"]);
}

/// In articles written independently, the one decade of each of two prose sentences that
/// translate each other for half their words is one fact: wikipairs' Free_software_movement,
/// where the English sentence states a year besides (`members of the 1970s hacker culture`
/// changed to the 1990s against `1970年代的黑客文化`, beside `1983`). The clean pairs are
/// quiet; a decade the other article states in another sentence is not compared
/// (Communist_Party_of_China, in [`a_slip_in_prose_that_shares_only_words`]), unless that
/// sentence's own pair states it too ([`a_year_the_other_article_states_where_it_is_paired`]:
/// Computational_linguistics' `1960、1970年代信号模拟`, which an earlier stop held for a rival of
/// `in the 1960s`).
#[test]
fn a_changed_decade_in_articles_written_independently() {
    english_change_is_reported(
        "Free_software_movement",
        "members of the 1970s hacker",
        "members of the 1990s hacker",
        "1970年代",
        "1990s",
    );
}

/// A year each side writes right beside one person is that person's: wikipairs' Economics,
/// `Malthus (1798)` changed to 1801 against `由马尔萨斯在1798年提出`, where the English sentence
/// also gives `Thomas Carlyle (1849)`. The name joins the two once 萨 renders `th`, as 斯 does.
#[test]
fn a_year_beside_one_person_on_each_side_is_that_persons() {
    english_change_is_reported(
        "Economics",
        "analysis of Malthus (1798)",
        "analysis of Malthus (1801)",
        "1798年",
        "1801",
    );
}

/// In articles written independently, the year or decade that opens a sentence on each side
/// is the time of what each says: one fact, in sentences that translate each other for 40 %
/// of their words, whatever else the articles state that year. wikipairs' Artificial_intelligence
/// (`By the 1980s, progress in symbolic AI seemed to stall` changed to the 2000s against
/// `1980年代符号人工智能停滞不前`, where the English says the 1980s in other sentences),
/// Psychology (`In the 1890s, Russian physiologist Ivan Pavlov` changed to the 1910s against
/// `十九世纪90年代，俄罗斯心理学家…巴甫洛夫`) and Computer_science (`In 1673, Gottfried Leibniz
/// demonstrated` changed to 1666 against `1673年，莱布尼兹开始了…建造工作并于1694年竣工`, where
/// the Chinese states a second year). The clean pairs are quiet, and so are two opening dates
/// of a month (Shanghai: `2013年7月` the free-trade zone approved, `In September 2013` launched)
/// and two opening years of sentences whose numbers disagree too (China: `2014年` the ports in
/// the world's top 50, `In 2017` in the top 10).
#[test]
fn the_dates_that_open_two_sentences_in_articles_written_independently() {
    english_change_is_reported(
        "Artificial_intelligence",
        "By the 1980s, progress in symbolic AI",
        "By the 2000s, progress in symbolic AI",
        "1980年代",
        "2000s",
    );
    english_change_is_reported(
        "Psychology",
        "In the 1890s, Russian physiologist",
        "In the 1910s, Russian physiologist",
        "十九世纪90年代",
        "1910s",
    );
    english_change_is_reported(
        "Computer_science",
        "In 1673, Gottfried Leibniz",
        "In 1666, Gottfried Leibniz",
        "1673年",
        "1666",
    );
    let shanghai = wikipairs_dates("Shanghai", None);
    assert!(!shanghai.iter().any(|(z, _)| z.contains("2013年7月")), "{shanghai:?}");
    let china = wikipairs_dates("China", None);
    assert!(!china.iter().any(|(_, e)| e == "2017"), "{china:?}");
}

/// In articles written independently, a fact joined to another of its kind that the other
/// side states in the same place of the same pair is one fact with its counterpart, whatever
/// the sentences' words: wikipairs' Physics (`在1609年与1619年期间` against `between 1609 and
/// 1619`, 1609 changed to 1612 on either side, in sentences that share a quarter of their
/// words) and Political_science (`在1950年代和1960年代间` against `the 1950s and the 1960s`).
/// The clean pairs are quiet there, and two numbers so joined must be close.
#[test]
fn the_other_end_of_a_pair_of_dates_in_articles_written_independently() {
    change_is_reported(
        "Physics",
        "date-mismatch",
        true,
        ("在1609年与1619年期间", "在1612年与1619年期间"),
        "1609年",
        ("1612年", "1609"),
    );
    english_change_is_reported(
        "Physics",
        "between 1609 and 1619",
        "between 1612 and 1619",
        "1609年",
        "1612",
    );
    english_change_is_reported(
        "Political_science",
        "the 1950s and the 1960s",
        "the 1950s and the 1980s",
        "1960年代",
        "1980s",
    );
    // `between 1 and 2 million` is 1 million, as `100万至200万` (China): no finding (it was read
    // `1`, and numbers so joined are held within half of each other besides)
    let numbers = wikipairs_findings("China", None, None, "number-mismatch");
    assert!(!numbers.iter().any(|(z, _)| z.contains("100万")), "{numbers:?}");
}

/// The text of a wikipairs file (`zh/X.zh.md`, `en/X.en.txt`).
fn wikipairs_file(rel: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/wikipairs");
    std::fs::read_to_string(dir.join(rel)).expect("a wikipairs file")
}

/// The date-mismatch findings on a wikipairs pair (`name`), with the English text replaced by
/// `en` when given: (Chinese text, English text) of each finding.
fn wikipairs_dates(name: &str, en: Option<String>) -> Vec<(String, String)> {
    wikipairs_findings(name, None, en, "date-mismatch")
}

/// The two files of wikipairs pair `name` (`zh/X.zh.md`, `en/X.en.txt`).
fn wikipairs_sources(name: &str) -> (SourceFile, SourceFile) {
    let read = |p: String| SourceFile {
        text: wikipairs_file(&p),
        name: p,
    };
    (read(format!("zh/{name}.zh.md")), read(format!("en/{name}.en.txt")))
}

/// The text a finding of a pair points at in the Chinese file (0) and in the English (1): the
/// primary span is in either file (the side at fault), the label in the other.
fn finding_texts(d: &Diagnostic, zh: &str, en: &str) -> (String, String) {
    let text = |file: usize, source: &str| {
        std::iter::once((d.file, &d.span))
            .chain(d.labels.iter().map(|l| (l.file, &l.span)))
            .find(|(f, _)| *f == file)
            .map(|(_, s)| source[s.clone()].to_string())
            .unwrap_or_default()
    };
    (text(0, zh), text(1, en))
}

/// The findings of `rule` on a wikipairs pair, with either text replaced.
fn wikipairs_findings(name: &str, zh_text: Option<String>, en: Option<String>, rule: &str) -> Vec<(String, String)> {
    let (mut zh, mut en_file) = wikipairs_sources(name);
    if let Some(text) = zh_text {
        zh.text = text;
    }
    if let Some(en) = en {
        en_file.text = en;
    }
    check_pair_with(&zh, &en_file, &[rule])
        .iter()
        .map(|d| finding_texts(d, &zh.text, &en_file.text))
        .collect()
}

/// The findings of `rule` on wikipairs pair `name` with `from` changed to `to` once in the
/// Chinese (which must hold it).
fn chinese_change_findings(name: &str, from: &str, to: &str, rule: &str) -> Vec<(String, String)> {
    let zh = wikipairs_file(&format!("zh/{name}.zh.md"));
    assert!(zh.contains(from), "{name}: {from}");
    wikipairs_findings(name, Some(zh.replacen(from, to, 1)), None, rule)
}

/// Changing `from` to `to` in the English of wikipairs pair `name` is reported by date-mismatch
/// as (a Chinese text containing `zh`, the English `en`), and the clean pair reports nothing on
/// that Chinese date.
fn english_change_is_reported(name: &str, from: &str, to: &str, zh: &str, en: &str) {
    let text = wikipairs_file(&format!("en/{name}.en.txt"));
    assert!(text.contains(from), "{name}: {from}");
    let clean = wikipairs_dates(name, None);
    assert!(!clean.iter().any(|(z, _)| z.contains(zh)), "{name}: {clean:?}");
    let changed = wikipairs_dates(name, Some(text.replacen(from, to, 1)));
    assert!(
        changed.iter().any(|(z, e)| z.contains(zh) && e == en),
        "{name}: {changed:?}"
    );
}

/// Changing `from` to `to` once on one side (the Chinese when `on_zh`) of wikipairs pair `name`
/// makes `rule` report a Chinese text containing `zh` against an English one containing `en`;
/// the clean pair reports nothing whose Chinese contains `clean`.
fn change_is_reported(
    name: &str,
    rule: &str,
    on_zh: bool,
    (from, to): (&str, &str),
    clean: &str,
    (zh, en): (&str, &str),
) {
    let found = wikipairs_findings(name, None, None, rule);
    assert!(!found.iter().any(|(z, _)| z.contains(clean)), "{name}: {found:?}");
    let found = if on_zh {
        chinese_change_findings(name, from, to, rule)
    } else {
        let text = wikipairs_file(&format!("en/{name}.en.txt"));
        assert!(text.contains(from), "{name}: {from}");
        wikipairs_findings(name, None, Some(text.replacen(from, to, 1)), rule)
    };
    assert!(
        found.iter().any(|(z, e)| z.contains(zh) && e.contains(en)),
        "{name}: {found:?}"
    );
}

/// In articles written independently, a fact of one role that the other side states near
/// keeps a unit that scores as a sure one sure, though it no longer anchors it: wikipairs'
/// Computer_science, the first department `formed at Purdue University in 1962` against
/// 普渡大学在1962年设立, with 1962年 changed to 1960年 (the sentences share 40 % of their words).
#[test]
fn a_changed_fact_of_one_role_keeps_a_sure_unit_sure() {
    let change = ("普渡大学在1962年设立", "普渡大学在1960年设立");
    change_is_reported(
        "Computer_science",
        "date-mismatch",
        true,
        change,
        "1962",
        ("1960", "1962"),
    );
}

/// In articles written independently, a date of one role stated once on each side of
/// corresponding sentences is one date whatever the years between: wikipairs'
/// Computer_science, 普渡大学在1962年设立 changed to 1955年 against `formed at Purdue University in
/// 1962` (before, two dates of one role had to be within five years of each other). The clean
/// pair has no finding there; that the clean wikipairs gain no finding from it is
/// `clean_comparable_pairs_report_only_judged_disagreements`'s to check.
#[test]
fn a_date_of_one_role_is_compared_whatever_the_years() {
    let change = ("普渡大学在1962年设立", "普渡大学在1955年设立");
    change_is_reported(
        "Computer_science",
        "date-mismatch",
        true,
        change,
        "1962",
        ("1955", "1962"),
    );
}

/// In articles written independently, a number of one role stated once on each side of
/// corresponding sentences is one number whatever the size of the difference: wikipairs'
/// Psychology, `discovered that 97% of them supported` against 计算发现97%的心理实验支持, with
/// 97% changed to 17% (before, two numbers of one role had to be within half of each other).
/// The clean pair has no finding there; that the clean wikipairs gain no finding from it is
/// `clean_comparable_pairs_report_only_judged_disagreements`'s to check.
#[test]
fn a_number_of_one_role_is_compared_whatever_the_difference() {
    let change = ("discovered that 97% of them", "discovered that 17% of them");
    change_is_reported("Psychology", "number-mismatch", false, change, "97", ("97", "17"));
}

/// In articles written independently, a word both leave in Latin letters anchors two
/// sentences when the article names it rarely (a journal: wikipairs' Psychology, `Clinical
/// Psychological Review` in 2010), not when the English writes it all through the article
/// (`Linux` in wikipairs' Linus_Torvalds: `2005年…开发了Git` does not correspond to `As of 2006,
/// … of the Linux kernel was written by Torvalds`).
#[test]
fn a_latin_word_of_the_whole_article_anchors_no_sentence() {
    let found = wikipairs_dates("Linus_Torvalds", None);
    assert!(!found.iter().any(|(z, _)| z.contains("2005")), "{found:?}");
    let zh = wikipairs_file("zh/Psychology.zh.md");
    assert!(zh.contains("在2010年《临床心理学评论》"));
    let changed = wikipairs_findings(
        "Psychology",
        Some(zh.replace("在2010年《临床心理学评论》", "在2011年《临床心理学评论》")),
        None,
        "date-mismatch",
    );
    assert!(changed.iter().any(|(z, e)| z == "2011年" && e == "2010"), "{changed:?}");
}

/// In articles written independently, a year one apart in two prose sentences that share no
/// other fact but translate each other for the most part is a slip (wikipairs' History_of_Asia:
/// the Zhou dynasty from 1029 BCE); the same in a list item (`1994年获…奖` against a sentence
/// of another prize, wikipairs' Donald_Knuth) or a decade (`在1980年代…的位置` against `in the
/// 1990s`, wikipairs' Communist_Party_of_China, where the Chinese states the 1990s in the
/// sentence before) is not compared.
#[test]
fn a_slip_in_prose_that_shares_only_words() {
    english_change_is_reported("History_of_Asia", "Since 1029 BCE", "Since 1027 BCE", "1029", "1027");
    for name in ["Donald_Knuth", "Communist_Party_of_China"] {
        let found = wikipairs_dates(name, None);
        assert!(
            !found.iter().any(|(z, _)| z.contains("1994") || z.contains("年代")),
            "{name}: {found:?}"
        );
    }
}

/// In articles written independently, two prose sentences that translate each other for the
/// most part, each stating one year, state one fact: a year changed by any amount is reported
/// (wikipairs' Nobel_Prize: the Riksbank's prize set up in 1968), and the clean pair is quiet.
#[test]
fn the_one_year_of_two_sentences_that_translate_each_other() {
    let zh = wikipairs_file("zh/Nobel_Prize.zh.md");
    assert!(zh.contains("1968年，瑞典中央银行"));
    let clean = wikipairs_dates("Nobel_Prize", None);
    assert!(clean.is_empty(), "{clean:?}");
    let changed = wikipairs_findings(
        "Nobel_Prize",
        Some(zh.replace("1968年，瑞典中央银行", "1979年，瑞典中央银行")),
        None,
        "date-mismatch",
    );
    assert!(changed.iter().any(|(z, e)| z == "1979年" && e == "1968"), "{changed:?}");
    // the note says why the sentences are compared: by their words (and the names they
    // share), not by position
    let (mut changed, en) = wikipairs_sources("Nobel_Prize");
    changed.text = zh.replace("1968年，瑞典中央银行", "1979年，瑞典中央银行");
    let found = check_pair_with(&changed, &en, &["date-mismatch"]);
    let notes: Vec<&String> = found.iter().flat_map(|d| &d.notes).collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("of their words translate each other") && !n.contains("by position")),
        "{notes:?}"
    );
}

/// A year changed by any amount must not move the alignment: the one date of two sentences
/// whose words translate each other is evidence by its kind. From wikipairs' Psychology, where
/// the changed sentence otherwise went unaligned and the Chinese one paired with a later
/// sentence stating 1890 and James again.
#[test]
fn a_year_changed_far_keeps_its_sentence_pair() {
    english_change_is_reported(
        "Psychology",
        "In 1890, William James defined",
        "In 1877, William James defined",
        "1890年",
        "1877",
    );
}

/// A span of years one end of which agrees on the other side is one span (a lifespan): its
/// other end changed by more than a slip, by less than half the span, is reported (wikipairs'
/// Number_theory, Euler's `1707–1783`; Geology, Shen Kuo's `1031–1095`); the clean pairs report
/// neither span, and every date finding they give is one judged by hand (Fermat's `1601–1665`
/// / `1607–1665`, a one-digit slip: `clean_comparable_pairs_report_only_judged_disagreements`).
#[test]
fn a_lifespan_one_end_of_which_changed() {
    for (name, from, to, zh, en) in [
        (
            "Number_theory",
            "欧拉(1707–1783)",
            "欧拉(1710–1783)",
            "1710–1783",
            "1707–1783",
        ),
        (
            "Geology",
            "沈括（1031–1095）",
            "沈括（1018–1095）",
            "1018–1095",
            "1031–1095",
        ),
    ] {
        let text = wikipairs_file(&format!("zh/{name}.zh.md"));
        assert!(text.contains(from), "{name}: {from}");
        let clean = wikipairs_dates(name, None);
        assert!(!clean.iter().any(|(_, e)| e == en), "{name}: {clean:?}");
        let changed = wikipairs_findings(name, Some(text.replacen(from, to, 1)), None, "date-mismatch");
        assert!(changed.iter().any(|(z, e)| z == zh && e == en), "{name}: {changed:?}");
    }
}

/// In articles written independently, a full date whose year alone slipped is one date in
/// sentences that share few words (wikipairs' Shanghai: `1932年1月28日，日军在上海发动战争` against
/// `On 28 January 1932, Japanese forces invaded Shanghai`, under a fifth of their words
/// translating each other), and the note says what ties them; not a count taken on one day of
/// two years, each with its own figures (Communist_Party_of_China: `于2019年6月30日的统计数据`
/// against `As of 30 June 2016`, clean).
#[test]
fn a_full_date_whose_year_alone_slipped() {
    english_change_is_reported(
        "Shanghai",
        "On 28 January 1932,",
        "On 28 January 1935,",
        "1932年1月28日",
        "28 January 1935",
    );
    let (zh, mut en) = wikipairs_sources("Shanghai");
    en.text = en.text.replacen("On 28 January 1932,", "On 28 January 1935,", 1);
    let found = check_pair_with(&zh, &en, &["date-mismatch"]);
    assert!(
        found
            .iter()
            .any(|d| d.notes.iter().any(|n| n.contains("a date of one day of the year"))),
        "{found:?}"
    );
    let zh = wikipairs_file("zh/Communist_Party_of_China.zh.md");
    let en = wikipairs_file("en/Communist_Party_of_China.en.txt");
    assert!(zh.contains("于2019年6月30日") && en.contains("As of 30 June 2016"));
    let clean = wikipairs_dates("Communist_Party_of_China", None);
    assert!(!clean.iter().any(|(z, _)| z.contains("2019年6月30日")), "{clean:?}");
}

/// List items that translate each other for the most part state one fact in two versions
/// (wikipairs' Chemistry: `Boyle's law (1662, …)` / `波义耳定律（1662年，…）`); a circa value
/// (`c. 380 Ma` / `375 Ma`, wikipairs' Geology) is an estimate, not a disagreement.
#[test]
fn list_items_that_translate_each_other() {
    english_change_is_reported(
        "Chemistry",
        "Boyle's law (1662,",
        "Boyle's law (1660,",
        "1662年",
        "1660",
    );
    let (geology, geology_en) = wikipairs_sources("Geology");
    assert!(geology_en.text.contains("c. 380 Ma"));
    let found = check_pair_with(&geology, &geology_en, &["number-mismatch"]);
    assert!(
        !found.iter().any(|d| geology.text[d.span.clone()].contains("375")),
        "{found:?}"
    );
}

/// The one decade of two sentences that translate each other for the most part is one fact,
/// also in articles written independently (wikipairs' Operating_system: the investment made
/// since the 1960s / 20世纪60年代).
#[test]
fn the_one_decade_of_sentences_that_translate_each_other() {
    english_change_is_reported(
        "Operating_system",
        "systems made since the 1960s",
        "systems made since the 1980s",
        "20世纪60年代",
        "1980s",
    );
}

/// A decimal is a measure, not a small count: the one number of two list items that translate
/// each other is one fact (wikipairs' Geology: `4.54 Ga: Accretion, or formation, of Earth` /
/// `4.54 Ga：地球吸积`), and a changed value is reported.
#[test]
fn a_decimal_below_ten_is_compared() {
    let en = wikipairs_file("en/Geology.en.txt");
    assert!(en.contains("4.54 Ga: Accretion"));
    let numbers = |en: String| wikipairs_findings("Geology", None, Some(en), "number-mismatch");
    let clean = numbers(en.clone());
    assert!(!clean.iter().any(|(z, _)| z.starts_with("4.54")), "{clean:?}");
    let changed = numbers(en.replacen("4.54 Ga: Accretion", "5.54 Ga: Accretion", 1));
    // (each read with its unit, `Ga`)
    assert!(
        changed.iter().any(|(z, e)| z == "4.54 Ga" && e == "5.54 Ga"),
        "{changed:?}"
    );
}

/// In sentences that translate each other for half their words, of two slip candidates the
/// clearly likelier counts: wikipairs' Computer_science, zh 1673 and 1694 against en 1623 and
/// 1673 changed to 1674 (one apart, against 1694 and 1623 a digit changed).
#[test]
fn the_likelier_of_two_slips() {
    english_change_is_reported(
        "Computer_science",
        "In 1673, Gottfried Leibniz",
        "In 1674, Gottfried Leibniz",
        "1673年",
        "1674",
    );
}

/// The name-mismatch findings on a wikipairs pair, either text replaced.
fn wikipairs_names(name: &str, zh: Option<String>, en: Option<String>) -> Vec<(String, String)> {
    wikipairs_findings(name, zh, en, "name-mismatch")
}

/// In articles written independently, a name cut to the given name is reported in sentences
/// whose words translate each other for the most part too (wikipairs' Psychology: `William
/// James defined psychology` changed to `William defined`).
#[test]
fn a_given_name_alone_in_sentences_that_translate_each_other() {
    let text = wikipairs_file("en/Psychology.en.txt");
    assert!(wikipairs_names("Psychology", None, None).is_empty());
    let changed = text.replacen("William James defined", "William defined", 1);
    let found = wikipairs_names("Psychology", None, Some(changed));
    assert!(
        found.iter().any(|(z, e)| z.contains("詹姆斯") && e == "William"),
        "{found:?}"
    );
}

/// In articles written independently, a name swapped for another person of the article in
/// sentences that translate each other for the most part is reported when the names link
/// across the pair both ways and by their surnames (wikipairs' Botany: 莱昂哈特·福克斯, Leonhart
/// Fuchs, changed to 乌利塞·阿尔德罗万迪, whom the English calls Ulisse Aldrovandi). Links that
/// hold one way or by a given name only are not taken: the clean Donald_Knuth (高德纳, whose
/// lexicon gloss begins `chinese name`), Geology (伊斯兰 against `Matua Island`; 穆斯林
/// against `Rayhan`, read from `Abu al-Rayhan al-Biruni`) and Psychology (菲尼亚斯 against
/// `Jane Goodall`) give no finding. Sentences that share two thirds of their words are taken
/// so for swaps (Psychology: 西格蒙德·弗洛伊德 changed to 唐纳德·威尼科特, 67 %); the clean
/// Nobel_Prize's `Kornberg's son, Roger` against 罗杰·科恩伯格 (62 %) is how the English names
/// him there, with the surname beside it.
#[test]
fn a_swapped_name_in_sentences_that_translate_each_other() {
    let text = wikipairs_file("zh/Botany.zh.md");
    assert!(wikipairs_names("Botany", None, None).is_empty());
    let changed = text.replacen("莱昂哈特·福克斯", "乌利塞·阿尔德罗万迪", 1);
    let found = wikipairs_names("Botany", Some(changed), None);
    assert!(
        found
            .iter()
            .any(|(z, e)| z.contains("阿尔德罗万迪") && e == "Leonhart Fuchs"),
        "{found:?}"
    );
    // the second of the three mentions of Freud
    let text = wikipairs_file("zh/Psychology.zh.md");
    let (freud, winnicott) = ("西格蒙德·弗洛伊德", "唐纳德·威尼科特");
    let first = text.find(freud).expect("Freud in the zh Psychology");
    let at = first + freud.len() + text[first + freud.len()..].find(freud).expect("a second Freud");
    let changed = format!("{}{winnicott}{}", &text[..at], &text[at + freud.len()..]);
    let found = wikipairs_names("Psychology", Some(changed), None);
    assert!(
        found.iter().any(|(z, e)| z == winnicott && e == "Sigmund Freud"),
        "{found:?}"
    );
    for name in ["Donald_Knuth", "Geology", "Psychology", "Nobel_Prize"] {
        let found = wikipairs_names(name, None, None);
        assert!(found.is_empty(), "{name}: {found:?}");
    }
}

/// In articles written independently, a person one sentence names twice where the other
/// names them once, beside a person the other sentence names in that place, is reported
/// (wikipairs' Economics: `psychologist Daniel Kahneman won the Nobel Prize … for his and Amos
/// Tversky's empirical discovery` with Kahneman changed to Tversky, where the Chinese names
/// 丹尼尔·卡内曼 and 阿摩司·特沃斯基). (The case this test first held, Mathematics' `Hilbert's
/// program` changed to `Gödel's program`, is no longer caught: with the English sentences
/// ended at their citation markers, the monotone path leaves the changed sentence out, and
/// the pair out of order scores below the bar of 0.5.) A country named over and over is no
/// such slot: the clean Taiwan gives no finding on 中国 against `the United Nations` (a first
/// try did), and the clean Mathematics none on 希尔伯特 (Hilbert's program beside Gödel's
/// theorem).
#[test]
fn a_person_named_twice_in_sentences_written_independently() {
    let clean = wikipairs_names("Economics", None, None);
    assert!(!clean.iter().any(|(z, _)| z.contains("卡内曼")), "{clean:?}");
    let text = wikipairs_file("en/Economics.en.txt");
    let changed = text.replacen("psychologist Daniel Kahneman won", "psychologist Amos Tversky won", 1);
    assert_ne!(changed, text);
    let found = wikipairs_names("Economics", None, Some(changed));
    assert!(
        found.iter().any(|(z, e)| z.contains("卡内曼") && e == "Amos Tversky"),
        "{found:?}"
    );
    let mathematics = wikipairs_names("Mathematics", None, None);
    assert!(
        !mathematics.iter().any(|(z, _)| z.contains("希尔伯特")),
        "{mathematics:?}"
    );
    let taiwan = wikipairs_names("Taiwan", None, None);
    assert!(taiwan.is_empty(), "{taiwan:?}");
}

/// In articles written independently, two prose sentences that share half their words and no
/// fact are not one event when the other article states the year in a sentence that shares as
/// many words: the clean Taiwan pair compares no `1945年，中华民国参与联合国创办` with
/// `established … in 1925` (the English states 1945 six times, once for the founding of the
/// United Nations). Where neither article states the other's year, the slip is still
/// reported: the clean Number_theory gives Fermat's birth as 1601 in Chinese and 1607 in
/// English.
#[test]
fn a_year_the_other_article_states_elsewhere() {
    let found = wikipairs_dates("Taiwan", None);
    assert!(!found.iter().any(|(z, _)| z.contains("1945")), "{found:?}");
    let found = wikipairs_dates("Number_theory", None);
    assert!(
        found.iter().any(|(z, e)| z.contains("1601") && e.contains("1607")),
        "{found:?}"
    );
}

/// The one number left on each side of sentences that translate each other is one number,
/// however small: xquad's Ctenophora, `从1毫米` changed to 3 against `from about 1 millimeter`;
/// wikipairs' TeX (written independently, but this sentence translated), `TeX 3.0版本` changed
/// to 4.0 and `8-bit` to 9-bit. (Small counts elsewhere recur for many things: the clean
/// pairs stay quiet, `clean_translations_raise_at_most_two_mismatches`.)
#[test]
fn a_small_number_in_sentences_that_translate_each_other() {
    let (_, zh, en) = xquad()
        .into_iter()
        .find(|(a, _, _)| a == "Ctenophora")
        .expect("Ctenophora");
    assert_eq!(zh.matches("从1毫米").count(), 1);
    let at = zh.find("从1毫米").unwrap() + "从".len();
    let here = |d: &&Diagnostic| d.rule == "number-mismatch" && d.file == 0 && d.span.start <= at && at < d.span.end;
    assert!(!run(&zh, &en).iter().any(|d| here(&d)));
    let found = run(&zh.replacen("从1毫米", "从3毫米", 1), &en);
    assert!(
        found.iter().any(|d| here(&d)),
        "{:?}",
        found.iter().map(|d| &d.message).collect::<Vec<_>>()
    );
    let changed = chinese_change_findings("TeX", "TeX 3.0版本", "TeX 4.0版本", "number-mismatch");
    assert!(changed.iter().any(|(z, e)| z == "4.0" && e == "3.0"), "{changed:?}");
    let en = wikipairs_file("en/TeX.en.txt");
    assert_eq!(en.matches("8-bit").count(), 1);
    let changed = wikipairs_findings("TeX", None, Some(en.replacen("8-bit", "9-bit", 1)), "number-mismatch");
    assert!(changed.iter().any(|(z, e)| z == "8位" && e == "9"), "{changed:?}");
}

/// A full date whose day alone differs is one date with a slip of the day, in sentences
/// written independently that share little else: wikipairs' Communist_Party_of_China, the
/// Nanchang uprising `on 1 August 1927` changed to the 3rd. (China's `On 21 September 1949, …
/// Mao Zedong proclaimed` changed to the 20th was the other example, against the first plenary
/// session `1949年9月21日`; since the thirty-fifth stop, with 毛泽东 read as `Mao Zedong`, the
/// changed English sentence pairs with `1949年10月1日，…毛泽东…宣告中华人民共和国中央人民政府正式成立`,
/// the proclamation it tells, and the changed date is reported against that one.)
#[test]
fn a_full_date_changed_in_its_day() {
    let changed = wikipairs_file("en/China.en.txt").replacen("On 21 September 1949,", "On 20 September 1949,", 1);
    let found = wikipairs_dates("China", Some(changed));
    assert!(
        found
            .iter()
            .any(|(z, e)| z == "1949年10月1日" && e == "20 September 1949"),
        "{found:?}"
    );
    english_change_is_reported(
        "Communist_Party_of_China",
        "Nanchang on 1 August 1927",
        "Nanchang on 3 August 1927",
        "1927年8月1日",
        "3 August 1927",
    );
    // the two sentences name one person besides (朱德 = `Zhu De`, read since the thirty-fifth
    // stop): one event, compared though the English states the Chinese date in another
    // sentence (before, the unit rested on the dates, and that sentence made them two events
    // of one month; `a_date_of_one_month_changed_in_its_day` holds that guard)
    let en = wikipairs_file("en/Communist_Party_of_China.en.txt");
    let two = en.replacen("Nanchang on 1 August 1927", "Nanchang on 3 August 1927", 1)
        + "\nThe army keeps 1 August 1927 as the day it was founded.\n";
    let found = wikipairs_dates("Communist_Party_of_China", Some(two));
    assert!(
        found.iter().any(|(z, e)| z == "1927年8月1日" && e == "3 August 1927"),
        "{found:?}"
    );
}

/// Decades listed with one `年代` (`1960、1970年代`, `1980和1990年代`) are read each, so a
/// changed one is compared with the other side's decade in the same place of the list.
#[test]
fn a_decade_of_a_list_changed_on_either_side() {
    english_change_is_reported(
        "Computational_linguistics",
        "in the 1960s and 1970s in signal modeling",
        "in the 1960s and 1990s in signal modeling",
        "1970年代",
        "1990s",
    );
    let changed = chinese_change_findings(
        "Artificial_intelligence",
        "到了1980和1990年代",
        "到了1970和1990年代",
        "date-mismatch",
    );
    assert!(changed.iter().any(|(z, e)| z == "1970" && e == "1980s"), "{changed:?}");
    let clean = wikipairs_findings("Artificial_intelligence", None, None, "date-mismatch");
    assert!(!clean.iter().any(|(_, e)| e == "1980s"), "{clean:?}");
}

/// Two dates of one month whose day alone differs are one date in two versions in sentences of
/// one event, held to the days rather than the year (many sentences state a year, few a day):
/// wikipairs' Communist_Party_of_China, the police search of the first congress `7月30日`
/// against `French police interrupted the meeting on 30 July`, the English changed to the 27th
/// (the English states 1921 in other sentences). Unless the other article states either day
/// in another sentence: then they are two events of one month. (A second example, `7月15日，
/// 以汪精卫为首的武汉国民政府…` changed to the 16th against `on 15 July 1927 the Wuhan government
/// expelled all communists`, went at the thirty-fifth stop: with 张作霖 read as `Zhang Zuolin`,
/// the alignment pairs that English sentence with the Chinese one before, which says the CPC
/// still supported the Wuhan government, as the English sentence's first half does.)
#[test]
fn a_date_of_one_month_changed_in_its_day() {
    english_change_is_reported(
        "Communist_Party_of_China",
        "interrupted the meeting on 30 July",
        "interrupted the meeting on 27 July",
        "7月30日",
        "27 July",
    );
    // two events of one month: the Chinese states the English day in another sentence (and
    // a sentence of another day put in the same place changes nothing: it is the day that
    // holds the pair back, not a moved alignment)
    let en = wikipairs_file("en/Communist_Party_of_China.en.txt");
    let changed = en.replacen(
        "interrupted the meeting on 30 July",
        "interrupted the meeting on 27 July",
        1,
    );
    assert_ne!(changed, en);
    let with_zh = |sentences: &str| {
        let zh = wikipairs_file("zh/Communist_Party_of_China.zh.md");
        let text = zh.replacen("## 3 领导制度", &format!("{sentences}\n\n## 3 领导制度"), 1);
        assert!(text.contains("另一件事"));
        wikipairs_findings(
            "Communist_Party_of_China",
            Some(text),
            Some(changed.clone()),
            "date-mismatch",
        )
    };
    let reported = |found: &[(String, String)]| found.iter().any(|(z, e)| z == "7月30日" && e == "27 July");
    let found = with_zh("1921年7月27日，另一件事发生了。");
    assert!(!reported(&found), "{found:?}");
    // (the day stated with its year read from the sentence before)
    let found = with_zh("1921年，又一件事发生了。7月27日，另一件事发生了。");
    assert!(!reported(&found), "{found:?}");
    let found = with_zh("1921年7月20日，另一件事发生了。");
    assert!(reported(&found), "{found:?}");
    // nor where the English states the Chinese day (its year read from the sentences before)
    let with_en = |day: &str| {
        let text = changed.replacen(
            "Single ruling party (1949–present)",
            &format!("On {day} July 1921, something else happened.\n\nSingle ruling party (1949–present)"),
            1,
        );
        assert!(text.contains("something else"));
        wikipairs_findings("Communist_Party_of_China", None, Some(text), "date-mismatch")
    };
    let found = with_en("30");
    assert!(!reported(&found), "{found:?}");
    let found = with_en("20");
    assert!(reported(&found), "{found:?}");
}

/// `found` is the past of `find`, no founding: wikipairs' Life, `biogenic graphite found in
/// 3.7 billion-year-old … rocks` against `发现的37亿年前变质岩` (discovered), the Chinese age
/// changed to 47亿年, is one age in two versions, not two facts of different roles.
#[test]
fn a_number_found_in_rocks_has_no_founding_role() {
    let zh = wikipairs_file("zh/Life.zh.md");
    assert_eq!(zh.matches("发现的37亿年前").count(), 1);
    let clean = wikipairs_findings("Life", None, None, "number-mismatch");
    assert!(!clean.iter().any(|(z, _)| z.contains("37亿")), "{clean:?}");
    let changed = chinese_change_findings("Life", "发现的37亿年前", "发现的47亿年前", "number-mismatch");
    assert!(
        changed.iter().any(|(z, e)| z.contains("47亿") && e.contains("3.7")),
        "{changed:?}"
    );
}

/// A year the other article states only in a sentence of another event is no reason to doubt
/// that two sentences speak of one: wikipairs' Linus_Torvalds, his military service `in the
/// summer of 1989` changed to 1994, which the Chinese states for the release of Linux 1.0 (a
/// sentence that shares few words with this one); the Chinese side changed the same way.
#[test]
fn a_year_the_other_article_states_for_another_event() {
    english_change_is_reported(
        "Linus_Torvalds",
        "in the summer of 1989",
        "in the summer of 1994",
        "1989",
        "1994",
    );
    let changed = chinese_change_findings(
        "Linus_Torvalds",
        "1989年，他进入芬兰陆军",
        "1994年，他进入芬兰陆军",
        "date-mismatch",
    );
    assert!(changed.iter().any(|(z, e)| z == "1994年" && e == "1989"), "{changed:?}");
}

/// A year the other article states in a sentence it pairs with one stating that year too is
/// that pair's, not a likelier counterpart of another sentence: wikipairs'
/// Computational_linguistics, `1960年代，人工智慧出现` changed to 1980年代 against `When artificial
/// intelligence came into existence in the 1960s`, where the Chinese states the 1960s again in
/// `1960、1970年代信号模拟的成果`, paired with `work done in the 1960s and 1970s`. (A year stated
/// in a sentence paired otherwise still is: [`a_year_the_other_article_states_elsewhere`].)
#[test]
fn a_year_the_other_article_states_where_it_is_paired() {
    change_is_reported(
        "Computational_linguistics",
        "date-mismatch",
        true,
        ("1960年代，人工智慧出现", "1980年代，人工智慧出现"),
        "1960年代",
        ("1980年代", "1960s"),
    );
}

/// A list item of several sentences is a paragraph behind a bullet: wikipairs'
/// Artificial_intelligence, `* 基于知识：大约在1970年出现大容量内存计算机，…。…` against `When
/// computers with large memories became available around 1970, …`, the Chinese year changed.
/// (A list item of one sentence is not: [`a_slip_in_prose_that_shares_only_words`].)
#[test]
fn a_year_in_a_list_item_of_several_sentences() {
    let zh = wikipairs_file("zh/Artificial_intelligence.zh.md");
    assert!(zh.contains("* 基于知识：大约在1970年出现"));
    let clean = wikipairs_dates("Artificial_intelligence", None);
    assert!(!clean.iter().any(|(z, _)| z.contains("1970")), "{clean:?}");
    let changed = chinese_change_findings(
        "Artificial_intelligence",
        "大约在1970年出现",
        "大约在1962年出现",
        "date-mismatch",
    );
    assert!(changed.iter().any(|(z, e)| z == "1962年" && e == "1970"), "{changed:?}");
}

/// One date written more or less precisely on the two sides is still one date: wikipairs'
/// Operating_system, Windows 95 released `1995年8月15日` in Chinese and `In 1995` in English,
/// the English year changed. The same year at two precisions agrees (the clean pair).
#[test]
fn one_date_at_two_precisions_in_two_years() {
    english_change_is_reported(
        "Operating_system",
        "In 1995, Windows 95",
        "In 1997, Windows 95",
        "1995年8月15日",
        "1997",
    );
}

/// Two prose sentences written independently that translate each other for half their words
/// (wikipairs' Education, on secondary education in the United States: 54 %), each with one
/// year and no other fact: a year changed on either side, by more than a slip, is reported;
/// the clean pair is quiet there.
#[test]
fn one_year_each_in_sentences_of_one_event() {
    let clean = wikipairs_dates("Education", None);
    assert!(!clean.iter().any(|(z, _)| z.contains("1910")), "{clean:?}");
    let (zh, en) = wikipairs_sources("Education");
    let changed = zh.text.replacen("美国1910年方才兴起", "美国1904年方才兴起", 1);
    assert_ne!(changed, zh.text);
    let found = wikipairs_findings("Education", Some(changed), None, "date-mismatch");
    assert!(
        found.iter().any(|(z, e)| z.contains("1904") && e.contains("1910")),
        "{found:?}"
    );
    let changed = en
        .text
        .replacen("did not emerge until 1910", "did not emerge until 1904", 1);
    assert_ne!(changed, en.text);
    let found = wikipairs_dates("Education", Some(changed));
    assert!(
        found.iter().any(|(z, e)| z.contains("1910") && e.contains("1904")),
        "{found:?}"
    );
}

/// A name one side states twice where the other states it once, beside a name the other side
/// has left over: the extra mention is the name left over, and the one at the other's place is
/// reported (xquad's Imperialism: 弗里德里希•拉采尔 changed to 哈尔福德•麦金德, who stands later
/// in the same sentence; the English names Friedrich Ratzel and Halford Mackinder). The clean
/// paragraph, which names each once, gives no finding on them.
#[test]
fn a_name_stated_twice_for_two_people() {
    let (_, zh, en) = xquad()
        .into_iter()
        .find(|(a, _, _)| a == "Imperialism")
        .expect("xquad Imperialism");
    let file = |name: &str, text: String| SourceFile {
        name: name.into(),
        text,
    };
    let names = |zh_text: String| -> Vec<(std::ops::Range<usize>, String)> {
        let z = file("zh.txt", zh_text);
        check_pair_with(&z, &file("en.txt", en.clone()), &["name-mismatch"])
            .into_iter()
            .filter(|d| d.file == 0)
            .map(|d| (d.span.clone(), z.text[d.span].to_string()))
            .collect()
    };
    let clean = names(zh.clone());
    assert!(
        !clean.iter().any(|(_, t)| t.contains("麦金德") || t.contains("拉采尔")),
        "{clean:?}"
    );
    let (ratzel, mackinder) = ("弗里德里希•拉采尔", "哈尔福德•麦金德");
    let at = zh.find(ratzel).expect("Ratzel in the zh Imperialism");
    let changed = zh.replacen(ratzel, mackinder, 1);
    let found = names(changed);
    assert!(
        found.iter().any(|(span, t)| span.start == at && t == mackinder),
        "{found:?}"
    );
}

/// In articles written independently, an English word the Chinese of the sentence translates
/// (`the Western world`, 西方世界) is no name another name of the article stands in for
/// (wikipairs' Communist_Party_of_China: Hu Jintao on the threat of the West, where the
/// Chinese names 中国共产党 and the English says `us`).
#[test]
fn a_translated_word_is_no_name_left_over() {
    let found = wikipairs_names("Communist_Party_of_China", None, None);
    assert!(!found.iter().any(|(_, e)| e == "Western"), "{found:?}");
}

/// In articles written independently, two sentences that translate each other for half their
/// words and state one number each are compared though the changed number no longer anchors
/// them (wikipairs' Chemistry: `全球50大化学品制造商` / `The global top 50 chemical producers`);
/// below half, without an anchor besides, they are not: wikipairs' China pairs `设有173个大使馆` (embassies, 46 % of the
/// words) with `diplomatic relations with 175 countries`, another count.
#[test]
fn one_number_each_in_sentences_half_translated() {
    let zh = wikipairs_file("zh/Chemistry.zh.md");
    assert!(zh.contains("全球50大化学品制造商"));
    let numbers = |zh: String| wikipairs_findings("Chemistry", Some(zh), None, "number-mismatch");
    let clean = numbers(zh.clone());
    assert!(!clean.iter().any(|(z, _)| z.contains("50")), "{clean:?}");
    let changed = numbers(zh.replacen("全球50大化学品制造商", "全球51大化学品制造商", 1));
    assert!(changed.iter().any(|(z, e)| z == "51" && e == "50"), "{changed:?}");

    let china = wikipairs_findings("China", None, None, "number-mismatch");
    assert!(!china.iter().any(|(z, _)| z.contains("173")), "{china:?}");
}

/// In articles written independently, two paragraphs that share a fact besides (wikipairs'
/// History_of_Asia: `19世纪，俄国和英国在中亚地区互相争夺。1916年，西伯利亚铁路贯通` against
/// `… in the nineteenth century. The Trans-Siberian Railway … was complete by 1916`) stay
/// compared when the year changes by any amount: the one date each has left is one fact. The
/// clean pair reports no date there; nor does wikipairs' China, whose `2010年` (a census)
/// stands in a paragraph sharing four facts and 30 % of its words with one stating 1978: the
/// English states 2010 elsewhere, so 1978 is likelier another event's.
#[test]
fn a_year_changed_beside_a_shared_fact() {
    let zh = wikipairs_file("zh/History_of_Asia.zh.md");
    let from = "1916年，西伯利亚铁路贯通";
    assert!(zh.contains(from));
    let dates = |zh: String| wikipairs_findings("History_of_Asia", Some(zh), None, "date-mismatch");
    let clean = dates(zh.clone());
    assert!(!clean.iter().any(|(z, _)| z.contains("1916")), "{clean:?}");
    let changed = dates(zh.replacen(from, "1909年，西伯利亚铁路贯通", 1));
    assert!(
        changed.iter().any(|(z, e)| z.contains("1909") && e == "1916"),
        "{changed:?}"
    );
    let china = wikipairs_findings("China", None, None, "date-mismatch");
    assert!(!china.iter().any(|(z, _)| z.contains("2010")), "{china:?}");
}

/// Every date, number and name finding on the clean wikipairs, judged by hand (the issue asks
/// for 80 % real disagreements):
/// - Chemistry: the sales of the top 50 chemical producers given for 2004 against 2013 (the
///   Chinese figure is stale): real;
/// - Communist_Party_of_China: the Portuguese party's leader met Liu Qibao in 2008 against
///   2013 (the meeting was in 2013): real;
/// - China: 23 provinces against 22 (the Chinese counts Taiwan): real;
/// - China: the first satellite in 1969 against 1970 (Dong Fang Hong 1 flew in 1970): real;
/// - China: the third-most-visited country in 2014 against visitors in 2010: real (one
///   article's figure is older);
/// - China: 广东省 against `Tibet`: false. The Chinese sentence says Hainan joined
///   Guangdong, the English that the army took Hainan and Tibet: two statements, not one name
///   written for another;
/// - Geology: the Permian–Triassic extinction at 251 Ma against 250 Ma: real;
/// - Operating_system: IBM's OS/360 on System/360 from 1964 against from 1966, in one item of
///   two lists of operating systems (System/360 was announced in 1964, OS/360 shipped in
///   1966): real, the two articles give two years for one start;
/// - Number_theory: Fermat born 1601 against 1607 (the year is disputed): real;
/// - Physics: electricity and magnetism unified in the 20th century against the 19th: real;
/// - Religion: 6 largest religions against five: real.
///
/// A new finding fails here until it is judged and added; a judged one no longer found fails
/// too, until it is taken out. (Communist_Party_of_China's Standing Committee set up at the
/// 8th Congress, 1956 against 1958, a real one, went when a citation marker after a period
/// came to end its sentence: the English sentence now aligns with another of 1958. China's
/// spending on education up to 2018 against up to 2011, a real one, went at the thirty-fifth
/// stop, when a day whose year is read from context stopped anchoring a year alone: the
/// Chinese sentence now pairs in order with another English one. China's second-largest
/// economy since 2011 against since 2010, a real one, went at the thirty-eighth stop, when the
/// common words jieba tags as places (城市, city) stopped being read as names: the lead's
/// sentences took another path, and the Chinese one now pairs, weakly, with an English sentence
/// of 2011 on road accidents.)
#[test]
fn clean_comparable_pairs_report_only_judged_disagreements() {
    // (pair, Chinese, English, a real disagreement)
    let judged = [
        ("Chemistry", "2004年", "2013", true),
        ("China", "23个", "22", true),
        ("China", "1969年", "1970", true),
        ("China", "2014年", "2010", true),
        ("China", "广东省", "Tibet", false),
        ("Communist_Party_of_China", "2008年", "2013", true),
        ("Geology", "251 Ma", "250 Ma", true),
        ("Operating_system", "1964", "1966", true),
        ("Number_theory", "1601–1665", "1607–1665", true),
        ("Physics", "二十世纪", "19th century", true),
        ("Religion", "6个", "five", true),
    ];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/wikipairs/zh");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("wikipairs/zh")
        .filter_map(|e| Some(e.ok()?.file_name().to_str()?.strip_suffix(".zh.md")?.to_string()))
        .collect();
    names.sort();
    assert!(names.len() >= 20, "{names:?}");
    let mut found = Vec::new();
    for name in &names {
        let (zh, en) = wikipairs_sources(name);
        for d in check_pair_with(&zh, &en, &["date-mismatch", "number-mismatch", "name-mismatch"]) {
            let (z, e) = finding_texts(&d, &zh.text, &en.text);
            found.push((name.clone(), z, e));
        }
    }
    let is = |f: &(String, String, String), j: &(&str, &str, &str, bool)| f.0 == j.0 && f.1 == j.1 && f.2 == j.2;
    let unjudged: Vec<_> = found.iter().filter(|f| !judged.iter().any(|j| is(f, j))).collect();
    assert!(unjudged.is_empty(), "not judged yet: {unjudged:?}");
    let gone: Vec<_> = judged.iter().filter(|j| !found.iter().any(|f| is(f, j))).collect();
    assert!(gone.is_empty(), "judged, no longer found: {gone:?}");
    assert_eq!(found.len(), judged.len(), "{found:?}");
    // (over the list, which the two checks above hold to what is found)
    let real = judged.iter().filter(|j| j.3).count();
    assert!(real * 10 >= judged.len() * 8, "{real} of {} real", judged.len());
}

/// In articles written independently, an English given name alone where the corresponding
/// Chinese sentence gives the whole name is a name cut down (wikipairs' Physics:
/// `"Universalists" such as Albert Einstein (1879–1955)` / `像阿尔伯特·爱因斯坦（1879–1955）`),
/// unless the sentence names the surname too: wikipairs' Nobel_Prize says `Kornberg's son,
/// Roger` where the Chinese says 罗杰·科恩伯格, and these two clean pairs report no name.
#[test]
fn a_given_name_alone_in_articles_written_independently() {
    let en = wikipairs_file("en/Physics.en.txt");
    let from = "such as Albert Einstein (1879";
    assert!(en.contains(from));
    let names = |en: String| wikipairs_findings("Physics", None, Some(en), "name-mismatch");
    let clean = names(en.clone());
    assert!(clean.is_empty(), "{clean:?}");
    let changed = names(en.replacen(from, "such as Albert (1879", 1));
    assert!(
        changed.iter().any(|(z, e)| z == "阿尔伯特·爱因斯坦" && e == "Albert"),
        "{changed:?}"
    );

    let nobel = wikipairs_file("en/Nobel_Prize.en.txt");
    assert!(nobel.contains("Kornberg's son, Roger"));
    let found = wikipairs_findings("Nobel_Prize", None, None, "name-mismatch");
    assert!(found.is_empty(), "{found:?}");
}

/// From xquad's Force: in a translation, a sentence that translates its counterpart for most
/// of its words is compared though the changed name was its one anchor and the sentence before
/// it is not sure (洛伦兹定律 changed to 希格斯定律, a law the article names after Higgs
/// elsewhere, against `Lorentz's Law`). The clean article is quiet there.
#[test]
fn a_translated_sentence_that_lost_its_one_anchor_is_still_compared() {
    let (_, zh, en) = xquad().into_iter().find(|(a, _, _)| a == "Force").expect("xquad Force");
    assert_eq!(zh.matches("洛伦兹定律").count(), 1);
    let file = |name: &str, text: &str| SourceFile {
        name: name.into(),
        text: text.into(),
    };
    let on_lorentz = |d: &Diagnostic| d.message.contains("`Lorentz`");
    let clean = check_pair_with(&file("zh.txt", &zh), &file("en.txt", &en), &["name-mismatch"]);
    assert!(!clean.iter().any(on_lorentz), "{clean:#?}");
    let changed = zh.replace("洛伦兹定律", "希格斯定律");
    let found = check_pair_with(&file("zh.txt", &changed), &file("en.txt", &en), &["name-mismatch"]);
    assert!(
        found.iter().any(|d| on_lorentz(d) && d.message.contains("`希格斯`")),
        "{found:#?}"
    );
}

/// From wikipairs' Quantum_mechanics: a Chinese count of some tens (`七十幾年`, seventy-odd
/// years) covers any value from 70 to 79, so `some 75 years` agrees with it; 80 or more does
/// not.
#[test]
fn a_chinese_count_and_some_covers_the_values_of_its_last_place() {
    let zh = "雖然在發表後已經過七十幾年光陰，哥本哈根詮釋仍舊是最為物理學者接受的對於量子力學的一種詮釋。它的主要貢獻者是尼尔斯·玻尔與沃纳·海森堡。\n";
    let en = |years: &str| {
        format!("The Copenhagen interpretation, due largely to Niels Bohr and Werner Heisenberg, remains most widely accepted amongst physicists, some {years} years after its enunciation.\n")
    };
    for years in ["70", "75", "79"] {
        assert_eq!(rules_found(zh, &en(years)), Vec::<&str>::new(), "{years}");
    }
    for years in ["80", "85"] {
        assert_eq!(rules_found(zh, &en(years)), vec!["number-mismatch"], "{years}");
    }
    // after a classifier, 多 is the next word's (`10个多月`, ten-odd months): 14 months is
    // another figure
    let zh = "经过10个多月的谈判，双方于是年签署了和约，结束了这场持续多年的战争。\n";
    let en = "After 14 months of talks, the two sides signed a peace treaty that year, ending the long war.\n";
    assert_eq!(rules_found(zh, en), vec!["number-mismatch"]);
}

/// The one count that differs in two enumerations of counts that otherwise agree, in the same
/// place, is compared however small and however far apart: wikipairs' Shanghai,
/// `109个镇，2个乡和99个街道分区` against `109 towns, 2 townships, 99 subdistricts`, the Chinese
/// changed to 3 townships, or to 19 subdistricts (under half of 99: two numbers so far apart
/// are no slip, and in articles written independently the one number left on each side is
/// compared only near the other's). Not where the English lists its counts in another order
/// (then the places do not say which count is which).
#[test]
fn a_small_count_changed_in_a_list_of_counts() {
    let change = ("109个镇，2个乡", "109个镇，3个乡");
    change_is_reported("Shanghai", "number-mismatch", true, change, "2个", ("3个", "2"));
    let change = ("2个乡和99个街道", "2个乡和19个街道");
    change_is_reported("Shanghai", "number-mismatch", true, change, "99个", ("19个", "99"));
    let en = wikipairs_file("en/Shanghai.en.txt");
    let reordered = en.replacen("109 towns, 2 townships, 99", "2 townships, 109 towns, 99", 1);
    assert_ne!(en, reordered);
    let zh = wikipairs_file("zh/Shanghai.zh.md").replacen(change.0, change.1, 1);
    let found = wikipairs_findings("Shanghai", Some(zh), Some(reordered), "number-mismatch");
    assert!(!found.iter().any(|(z, _)| z.contains("3个")), "{found:?}");
}

/// A Chinese ordinal and the number an English name gives the same thing (`法令第3,390条`
/// against `Decree No. 3,390`, wikipairs' Free_software_movement) are one number in two
/// forms, so a change of either is reported; a number after a word that numbers nothing
/// (`Over 4,390`, `The Top 4,390`) is another form and is not compared with the ordinal.
#[test]
fn an_ordinal_against_the_number_of_a_name() {
    let change = ("Decree No. 3,390", "Decree No. 4,390");
    change_is_reported(
        "Free_software_movement",
        "number-mismatch",
        false,
        change,
        "第3,390",
        ("第3,390", "4,390"),
    );
    let change = ("法令第3,390条", "法令第3,490条");
    change_is_reported(
        "Free_software_movement",
        "number-mismatch",
        true,
        change,
        "第3,390",
        ("第3,490", "3,390"),
    );
    for other in ["Over 4,390 decrees", "The Top 4,390 decrees"] {
        let en = wikipairs_file("en/Free_software_movement.en.txt").replacen("Decree No. 3,390", other, 1);
        let found = wikipairs_findings("Free_software_movement", None, Some(en), "number-mismatch");
        assert!(!found.iter().any(|(_, e)| e.contains("4,390")), "{other}: {found:?}");
    }
}

/// A date each side attaches to one entity (the name right beside it) is that entity's, a
/// role of its own: wikipairs' China, `1945年日本无条件投降后` against `After the surrender of
/// Japan in 1945` (sentences that share 41 % of their words and no fact besides), either side
/// changed, is reported; not when the English date stands apart from its name (`of Japan,
/// which came in 1945`). (`compare::tests::a_fact_is_attached_to_the_name_right_beside_it`
/// holds the other entity.)
#[test]
fn a_date_attached_to_one_entity_on_each_side() {
    let zh_change = ("1945年日本无条件投降后", "1946年日本无条件投降后");
    change_is_reported("China", "date-mismatch", true, zh_change, "1945年", ("1946年", "1945"));
    let en_change = ("surrender of Japan in 1945", "surrender of Japan in 1946");
    change_is_reported("China", "date-mismatch", false, en_change, "1945年", ("1945年", "1946"));
    let zh = wikipairs_file("zh/China.zh.md").replacen(zh_change.0, zh_change.1, 1);
    let en = wikipairs_file("en/China.en.txt");
    let en = en.replacen(
        "surrender of Japan in 1945",
        "surrender of Japan, which came in 1945",
        1,
    );
    let found = wikipairs_findings("China", Some(zh), Some(en), "date-mismatch");
    assert!(!found.iter().any(|(z, _)| z == "1946年"), "{found:?}");
}

/// The name-mismatch findings on xquad article `article` (its paragraphs joined), with the
/// first `from` of the Chinese changed to `to`, as (Chinese text, English text).
fn xquad_names(article: &str, from: &str, to: &str) -> Vec<(String, String)> {
    let (_, zh, en) = xquad().into_iter().find(|(a, _, _)| a == article).expect("article");
    assert!(zh.contains(from), "{article}: {from}");
    pair_names(zh.replacen(from, to, 1), en)
}

/// The (Chinese, English) texts of the name-mismatch findings on a zh/en pair of texts.
fn pair_names(zh: String, en: String) -> Vec<(String, String)> {
    let file = |name: &str, text: String| SourceFile {
        name: name.into(),
        text,
    };
    let (zh, en) = (file("zh.txt", zh), file("en.txt", en));
    check_pair_with(&zh, &en, &["name-mismatch"])
        .iter()
        .map(|d| finding_texts(d, &zh.text, &en.text))
        .collect()
}

/// A name the lexicon knows may be the slot: xquad Imperialism, `Edward Said` changed to `J. A.
/// Hobson`, whom the Chinese article calls 霍布森, against 爱德华, which the Chinese writes alone.
/// The lexicon glosses 爱德华 `edward`, but the word renders that gloss: a name, not a common word
/// read as one. (The English sentence holds other words read as names, `Orientalism`, `West`,
/// `East`, so the one name left on each side is not enough by itself.)
#[test]
fn a_name_the_lexicon_knows_is_a_name_left_over() {
    let (_, zh, en) = xquad()
        .into_iter()
        .find(|(a, _, _)| a == "Imperialism")
        .expect("article");
    let names = |en: &str| pair_names(zh.clone(), en.to_string());
    let clean = names(&en);
    assert!(!clean.iter().any(|(_, e)| e.contains("Hobson")), "{clean:?}");
    assert!(en.contains("theorized by Edward Said"));
    let changed = names(&en.replacen("theorized by Edward Said", "theorized by J. A. Hobson", 1));
    assert!(
        changed.iter().any(|(z, e)| z == "爱德华" && e == "J. A. Hobson"),
        "{changed:?}"
    );
}

/// In sentences that run in parallel, where no other Chinese name is left over, the first
/// part of a structure's name is the slot when it resolves to another entity of the article
/// that the English sentence does not name: xquad Victoria_and_Albert_Museum, 马尔博罗大楼
/// (`Marlborough House`) changed to 威廉·鲍威尔·弗里思大楼, whom the English calls `William
/// Powell Frith` elsewhere. (`name_mismatch::tests::a_name_that_names_a_structure_is_no_slot`
/// holds the structure named for no entity of the article: 哈德良桥 against `Pons Aelius`.)
#[test]
fn a_structure_named_for_another_entity_of_the_article_is_a_slot() {
    let clean = xquad_names("Victoria_and_Albert_Museum", "马尔博罗大楼", "马尔博罗大楼");
    assert!(!clean.iter().any(|(_, e)| e == "Marlborough House"), "{clean:?}");
    let changed = xquad_names("Victoria_and_Albert_Museum", "马尔博罗大楼", "威廉·鲍威尔·弗里思大楼");
    assert!(
        changed
            .iter()
            .any(|(z, e)| z == "威廉·鲍威尔·弗里思" && e == "Marlborough House"),
        "{changed:?}"
    );
}

/// A place the Chinese reader takes for no name is still the entity its fact is attached to,
/// by the word the lexicon gives as the English name: wikipairs' Communist_Party_of_China,
/// `1991年苏联解体后` against `the dissolution of the Soviet Union in 1991`, the Chinese changed
/// to 1996.
#[test]
fn a_date_attached_to_a_place_the_lexicon_names() {
    let change = ("1991年苏联解体后，中国共产党开始", "1996年苏联解体后，中国共产党开始");
    change_is_reported(
        "Communist_Party_of_China",
        "date-mismatch",
        true,
        change,
        "1991年",
        ("1996年", "1991"),
    );
}

/// A name the lexicon glosses without its kind word resolves to the English name that has it:
/// 奥斯曼 (`ottoman`, of 奥斯曼帝国) is the English article's `Ottoman Empire`, and `The Mongol
/// Empire` is another empire, not the same one by their shared `Empire`. Wikipairs'
/// History_of_Asia, 蒙古帝国 changed to 奥斯曼帝国 against `The Mongol Empire conquered a large
/// part of Asia in the 13th century` (the sentences translate each other for 74 % of their
/// words).
#[test]
fn a_name_resolves_without_its_kind_word() {
    change_is_reported(
        "History_of_Asia",
        "name-mismatch",
        true,
        ("13世纪，蒙古帝国征服", "13世纪，奥斯曼帝国征服"),
        "蒙古",
        ("奥斯曼", "The Mongol Empire"),
    );
}

/// A place of another age is named by the place: `Ancient Greece` by the 希腊 of 1世纪希腊医生,
/// so it is no name left over beside the slot. Wikipairs' Botany, 迪奥科里斯 changed to
/// 康拉德·格斯纳 (`Conrad von Gesner` elsewhere in the English) against `Another work from
/// Ancient Greece … by Greek physician and pharmacologist Pedanius Dioscorides`.
#[test]
fn a_place_of_another_age_is_named_by_the_place() {
    change_is_reported(
        "Botany",
        "name-mismatch",
        true,
        (
            "希腊医生迪奥科里斯的著作《植物志》",
            "希腊医生康拉德·格斯纳的著作《植物志》",
        ),
        "迪奥科里斯",
        ("康拉德·格斯纳", "Pedanius Dioscorides"),
    );
}

/// Two names of one kind are told apart by the names before the kind word only where the
/// English name resolves too: one empire may have two names. Written for the case: the
/// Chinese says 奥斯曼帝国 twice, the English `the Turkish Empire` once and `the Ottoman Empire`
/// once; `Turkish Empire` resolves to no Chinese name, so it is no other empire of the article.
/// (The must-fire side is `a_name_resolves_without_its_kind_word`, whose `The Mongol Empire`
/// resolves to 蒙古人.)
#[test]
fn one_empire_by_two_names_is_no_swap() {
    let zh =
        "十六世纪，奥斯曼帝国控制了巴尔干半岛的大部分地区。\n\n奥斯曼帝国的首都是伊斯坦布尔，位于欧洲与亚洲之间。\n";
    let en = "In the 16th century, the Turkish Empire controlled most of the Balkans.\n\nThe capital of the Ottoman Empire was Istanbul, between Europe and Asia.\n";
    let found = pair_names(zh.to_string(), en.to_string());
    assert!(found.is_empty(), "{found:?}");
}

/// A year against a date of another year written out to the day is one date whose year
/// slipped, when one side gives the day and the other the year alone: wikipairs' Shanghai,
/// `occupied by the Japanese on 8 December 1941` changed to 1961 against
/// `至1941年太平洋战争爆发后，日军开始占领租界`. The slips of two dates of one form are taken
/// first: xquad's Scottish_Parliament, `1979年3月1日` changed to 3月3日 against `1 March 1979`,
/// beside a `1978年` whose English counterpart is a law's title (`Scotland Act 1978`, no date),
/// is reported as 3月3日 against `1 March 1979`, not 1978年.
#[test]
fn a_year_against_a_date_to_the_day_of_another_year() {
    english_change_is_reported(
        "Shanghai",
        "on 8 December 1941 and",
        "on 8 December 1961 and",
        "1941年",
        "8 December 1961",
    );
    let (_, zh, en) = xquad()
        .into_iter()
        .find(|(a, _, _)| a == "Scottish_Parliament")
        .expect("xquad Scottish_Parliament");
    assert!(zh.contains("《1978年苏格兰法令》的规定，1979年3月1日") && en.contains("1 March 1979"));
    let zh = zh.replacen("1979年3月1日", "1979年3月3日", 1);
    let found: Vec<String> = run(&zh, &en).iter().map(|d| d.message.clone()).collect();
    assert!(
        found
            .iter()
            .any(|m| m.contains("`1979年3月3日`") && m.contains("`1 March 1979`")),
        "{found:?}"
    );
    assert!(!found.iter().any(|m| m.contains("`1978年`")), "{found:?}");
}

/// Two full dates of one month whose day alone differs, each opening its sentence, are one
/// date with a slip of the day, though the sentences share no fact besides and under a fifth
/// of their words: wikipairs Shanghai's `On 28 January 1932, Japanese forces invaded Shanghai`
/// changed to the 26th is reported against `1932年1月28日，日军在上海发动战争`. The same day
/// told inside the sentence (`Japanese forces invaded Shanghai on 26 January 1932`) is not: a
/// date that does not open its sentence is not the account of that day.
#[test]
fn two_dates_that_open_their_sentences_whose_day_slipped() {
    english_change_is_reported(
        "Shanghai",
        "On 28 January 1932, Japanese",
        "On 26 January 1932, Japanese",
        "1932年1月28日",
        "26 January 1932",
    );
    let text = wikipairs_file("en/Shanghai.en.txt");
    let from = "On 28 January 1932, Japanese forces invaded Shanghai and";
    assert!(text.contains(from));
    let inside = text.replacen(from, "Japanese forces invaded Shanghai on 26 January 1932 and", 1);
    let found = wikipairs_dates("Shanghai", Some(inside));
    assert!(!found.iter().any(|(z, _)| z.contains("1932年1月28日")), "{found:?}");
}

/// A quantity of geological time (`4 Ga`, billions of years ago) is read with its unit on both
/// sides, so two such values are compared as measures, not passed over as small counts:
/// wikipairs Geology's timeline `约 4 Ga：后期重轰炸期的结束` changed to 5 Ga is reported against
/// `c. 4 Ga: End of Late Heavy Bombardment`, in a list of articles written independently.
#[test]
fn quantities_of_geological_time_are_compared_with_their_unit() {
    change_is_reported(
        "Geology",
        "number-mismatch",
        true,
        ("约 4 Ga：", "约 5 Ga："),
        "4 Ga",
        ("5 Ga", "4 Ga"),
    );
}

/// A Chinese sentence that names one person where the English gives the deed the two share
/// (the same dates) to another person: wikipairs Physics' 在1609年与1619年期间，约翰内斯·克卜勒发表了
/// 主导行星运动的定律, Kepler changed to Isaac Newton, whom the English sentence names in another
/// clause (`… determined by Johannes Kepler between 1609 and 1619, …, and Isaac Newton's
/// discovery …`), is reported against `Johannes Kepler`.
#[test]
fn another_person_credited_with_the_deed_the_english_gives_to_someone_else() {
    change_is_reported(
        "Physics",
        "name-mismatch",
        true,
        ("约翰内斯·克卜勒发表了", "艾萨克·牛顿发表了"),
        "约翰内斯·克卜勒",
        ("艾萨克·牛顿", "Johannes Kepler"),
    );
}

/// A Chinese person's name cut to the surname in the English, where the English names the
/// person in full nowhere: wikipairs Shanghai's `the table-tennis player Wang Liqin`, cut to
/// `Wang`, is reported against 王励勤 (a name the Chinese reader reads by its surname and the
/// lexicon's gloss, `wang liqin …`).
#[test]
fn a_chinese_persons_surname_alone_in_the_english() {
    change_is_reported(
        "Shanghai",
        "name-mismatch",
        false,
        ("table-tennis player Wang Liqin", "table-tennis player Wang"),
        "王励勤",
        ("王励勤", "Wang"),
    );
}
