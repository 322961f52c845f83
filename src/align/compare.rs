//! Comparing the facts of an aligned unit: which facts of the two sides are one fact, which
//! are one fact in two versions (a slip, or a disagreement in the same role), and which are
//! stated on one side only.

use super::anchors::{dates_of_one_form, days_of_one_month, rounds_alike, year_slip, year_slip_across_precisions};
use super::{
    date_distance, dates_agree, day_slip, number_distance, numbers_agree, same_value_across_kinds, small_counts,
};
use super::{AnchorKind, Side, Unit};
use crate::facts::{Fact, FactKind, FactValue, Precision};
use crate::parse::BlockKind;

/// The facts of a kind in a set of sentences (ascending), as indices: found by binary search,
/// as [`crate::facts::extract`] sorts facts by sentence.
pub fn facts_in<'a>(side: &'a Side, sentences: &'a [usize], kind: FactKind) -> impl Iterator<Item = usize> + 'a {
    sentences.iter().flat_map(move |&s| {
        let (lo, hi) = sentence_facts(side, s);
        (lo..hi).filter(move |&i| side.facts[i].kind == kind)
    })
}

/// The range of `side`'s facts (indices) that sentence `s` holds.
fn sentence_facts(side: &Side, s: usize) -> (usize, usize) {
    let lo = side.facts.partition_point(|f| f.sentence < s);
    (lo, lo + side.facts[lo..].partition_point(|f| f.sentence <= s))
}

/// Whether a sentence of the unit holds more facts than [`super::anchors::PER_SENTENCE`], the
/// most of one sentence the alignment counts as evidence: a list or a table flattened into one
/// sentence, not prose. Its facts are not compared, as each is compared with each: a
/// "sentence" of 50 000 dates and counts in a row against as many took 85 s, with the claim
/// rules' own loop over the words (the claim rules now leave such a unit alone too).
fn a_list(zh: &Side, en: &Side, unit: &Unit) -> bool {
    let long = |side: &Side, sentences: &[usize]| {
        sentences.iter().any(|&s| {
            let (lo, hi) = sentence_facts(side, s);
            hi - lo > super::anchors::PER_SENTENCE
        })
    };
    long(zh, &unit.zh) || long(en, &unit.en)
}

/// How the facts of one kind in a unit correspond across the two sides, beyond its anchors.
#[derive(Debug, Default, PartialEq)]
pub struct FactMatch {
    /// (zh fact, en fact) pairs that look like one fact written wrongly on one side: a slip
    /// ([`date_distance`], [`number_distance`]), each the other's one likeliest candidate.
    pub slips: Vec<(usize, usize)>,
    /// (zh fact, en fact) pairs in the same role (`birth`, `death`, `population`), the other
    /// ends of two pairs whose first ends agree (`1609年与1619年` / `between 1609 and 1619`), the
    /// years or decades that open two sentences ([`opens_its_sentence`]), or the one fact of
    /// their kind (or the one decade) left on each side of a translated unit or
    /// of two sentences of one event ([`conflicts`]): one fact in two versions, whatever the
    /// size of the difference.
    pub conflicts: Vec<(usize, usize)>,
    /// Facts stated on one side only (indices into each side's facts).
    pub zh_left: Vec<usize>,
    pub en_left: Vec<usize>,
}

/// Match the facts of `kind` in `unit`: the anchors first, then equal values one to one,
/// then repeats (a value one side states twice and the other once, unless one apart from a
/// leftover of the other side), then slips, each the other's one likeliest candidate. What is
/// left is stated on one side only.
///
/// Repeats go before slips: `2008年…2008年和2012年` against `in 2004 and … in 2008` is a
/// repeated 2008, not 2008 written for 2004 (found in wikipairs/Taiwan).
///
/// `stated`: where each article states the years of the other's dates
/// ([`super::Alignment::stated`]).
pub fn match_facts(zh: &Side, en: &Side, stated: &super::Stated, unit: &Unit, kind: FactKind) -> FactMatch {
    if a_list(zh, en, unit) {
        return FactMatch::default();
    }
    let agree = |a: &Fact, b: &Fact| match kind {
        FactKind::Date => dates_agree(a, b),
        FactKind::Number => numbers_agree(a, b),
        FactKind::Name => false,
    };
    // (two dates of one month in running prose of sentences that share a fact besides and a
    // fifth of their words, or that each open with the date, its year written, and share a
    // tenth of their words ([`WORDS_FOR_OPENING_DAYS`]), where the other article states
    // neither day in another sentence)
    let days_with_fewer_words = |a: &Fact, b: &Fact| {
        days_of_one_month(a, b)
            && in_prose(zh, a)
            && in_prose(en, b)
            && (shares_a_fact(unit) && unit.lexical >= WORDS_FOR_DAYS
                || opening_days(zh, en, a, b) && unit.lexical >= WORDS_FOR_OPENING_DAYS)
            && !stated.day_elsewhere(a, b, unit)
    };
    let year_of_one_day =
        |a: &Fact, b: &Fact| one_day_of_the_year(zh, en, unit, a, b) && !stated.day_elsewhere(a, b, unit);
    // (`across_precisions`: a year against a date of another year to the month or the day,
    // looked for after the slips of two dates of one form, [`one_date_across_precisions`])
    let distance = |a: &Fact, b: &Fact, across_precisions: bool| match kind {
        // facts of different roles are never one fact
        _ if roles_differ(a, b) => None,
        // in texts written independently, a slip needs a fact the sentences share besides, and
        // words they share: neither alone makes two sentences speak of one event
        // (but two dates of one month whose day alone differs, in running prose of sentences
        // that share a fact besides, need only a fifth of their words shared
        // ([`WORDS_FOR_DAYS`]), unless the other article states either day elsewhere:
        // `7月15日，以汪精卫为首的武汉国民政府宣布停止与中国共产党的合作` against `on 15 July 1927
        // the Wuhan government expelled all communists`, under a third of their words shared;
        // and two full dates of one month that each open their sentence, a tenth of their
        // words: `1932年1月28日，日军在上海发动战争` against `On 26 January 1932, Japanese forces
        // invaded Shanghai`, [`WORDS_FOR_OPENING_DAYS`])
        //
        // (nor a full date of one month and day whose year alone slipped, in running prose,
        // where the other article states neither date in another sentence: the day and the
        // month, one day of the year's 365, make them one date whatever words they share;
        // `1932年1月28日，日军在上海发动战争` against `On 28 January 1935, Japanese forces invaded
        // Shanghai`)
        _ if !unit.parallel
            && unit.lexical < WORDS_FOR_SLIPS
            && !days_with_fewer_words(a, b)
            && !year_of_one_day(a, b) =>
        {
            None
        }
        // without a fact besides (a Latin word the whole article writes is none:
        // [`AnchorKind::Topic`]; the year and month of two full dates whose day alone differs
        // are one, [`day_slip`], unless the other article states either date exactly in
        // another sentence), the words alone must make them one event: half translate
        // each other in running prose on both sides, or most of them in list items of one
        // sentence too (such an item, `1994年获…奖`, shares half its few words with many a
        // sentence)
        //
        // (and at half, a value the other article states in a sentence that shares as many
        // words is likelier that sentence's: `1945年，中华民国参与联合国创办` against
        // `established … in 1925`, where the English states 1945 six times, found in
        // wikipairs/Taiwan)
        _ if !(unit.parallel
            || shares_a_fact(unit)
            || day_slip(a, b) && !stated.day_elsewhere(a, b, unit)
            || year_of_one_day(a, b)
            || mostly_translated(zh, en, unit, a, b)
            || prose_of_one_event(zh, en, (unit, stated), a, b)) =>
        {
            None
        }
        // and a decade is too loose to be a slip there (`在1980年代的位置` / `in the 1990s`)
        FactKind::Date if !unit.parallel && decade(a) => None,
        FactKind::Date if across_precisions => one_date_across_precisions(zh, en, unit, a, b).then_some(2.0),
        FactKind::Date => date_distance(a, b),
        _ if across_precisions => None,
        FactKind::Number if unit.parallel || !small_counts(a, b) => number_distance(a, b),
        _ => None,
    };
    let zh_used: Vec<usize> = unit.anchors.iter().filter_map(|a| a.zh).collect();
    let en_used: Vec<usize> = unit.anchors.iter().filter_map(|a| a.en).collect();
    let mut zs: Vec<usize> = facts_in(zh, &unit.zh, kind).filter(|i| !zh_used.contains(i)).collect();
    let mut es: Vec<usize> = facts_in(en, &unit.en, kind).filter(|i| !en_used.contains(i)).collect();
    // equal values, one to one
    zs.retain(|&z| match es.iter().position(|&e| agree(&zh.facts[z], &en.facts[e])) {
        Some(p) => {
            es.remove(p);
            false
        }
        None => true,
    });
    // repeats of a value the other side states, also as a fact of the other kind; but not a
    // fact one apart from a leftover of the other side (`2004年…2005年` against `2005…2005`:
    // the likelier reading is 2004 written for 2005)
    let (zs0, es0) = (zs.clone(), es.clone());
    // (in texts written independently, the same value twice is as likely a repeat: no guess)
    let off_by_one = |a: &Fact, b: &Fact| unit.parallel && distance(a, b, false) == Some(1.0);
    let all = |side: &Side, sentences: &[usize]| -> Vec<usize> {
        [FactKind::Date, FactKind::Number]
            .into_iter()
            .flat_map(|k| facts_in(side, sentences, k).collect::<Vec<_>>())
            .collect()
    };
    let same = |a: &Fact, b: &Fact| agree(a, b) || same_value_across_kinds(a, b);
    let (zh_all, en_all) = (all(zh, &unit.zh), all(en, &unit.en));
    // but in a translated unit with one fact of the kind left on each side, those two are the
    // one fact the translation renders: a repeat on one side means the other's value changed
    // (`2005年…2005年` against `the 2016 series … (2005)`)
    // (a value the other side states as a fact of the other kind is that fact, not a repeat)
    let lone = unit.parallel && zs.len() == 1 && es.len() == 1;
    let across = |a: &Fact, b: &Fact| !agree(a, b) && same_value_across_kinds(a, b);
    zs.retain(|&z| {
        lone && !en_all.iter().any(|&e| across(&zh.facts[z], &en.facts[e]))
            || !en_all.iter().any(|&e| same(&zh.facts[z], &en.facts[e]))
            || es0.iter().any(|&e| off_by_one(&zh.facts[z], &en.facts[e]))
    });
    es.retain(|&e| {
        lone && !zh_all.iter().any(|&z| across(&zh.facts[z], &en.facts[e]))
            || !zh_all.iter().any(|&z| same(&zh.facts[z], &en.facts[e]))
            || zs0.iter().any(|&z| off_by_one(&zh.facts[z], &en.facts[e]))
    });
    let conflicts = conflicts(zh, en, (unit, stated), &mut zs, &mut es);
    // slips: each the other's one likeliest candidate (`2002年` against `2003`, `2004`: the
    // year one apart; in a translation)
    let best = |of: usize, among: &[usize], d: &dyn Fn(usize, usize) -> Option<f64>| -> Option<usize> {
        let mut scored: Vec<(f64, usize)> = among.iter().filter_map(|&o| d(of, o).map(|x| (x, o))).collect();
        scored.sort_by(|a, b| a.0.total_cmp(&b.0));
        match scored[..] {
            [(_, o)] => Some(o),
            // in texts written independently, only a single candidate counts, or one clearly
            // likelier (one apart against a digit changed) in sentences that translate each
            // other for half their words
            [(x, o), (y, _), ..] if x < y && (unit.parallel || unit.lexical >= WORDS_FOR_SLIPS_ALONE) => Some(o),
            _ => None,
        }
    };
    // (a Chinese count of some tens, `七十幾年`, is no slip from a value it covers, `some 75
    // years`)
    let take_slips = |zs: &mut Vec<usize>, es: &mut Vec<usize>, across_precisions: bool| {
        let zd = |z: usize, e: usize| {
            distance(&zh.facts[z], &en.facts[e], across_precisions)
                .filter(|_| !odd_covers(zh, &zh.facts[z], &en.facts[e]))
        };
        let ed = |e: usize, z: usize| zd(z, e);
        let slips: Vec<(usize, usize)> = zs
            .iter()
            .filter_map(|&z| {
                let e = best(z, es, &zd)?;
                (best(e, zs, &ed) == Some(z)).then_some((z, e))
            })
            .collect();
        zs.retain(|z| !slips.iter().any(|s| s.0 == *z));
        es.retain(|e| !slips.iter().any(|s| s.1 == *e));
        slips
    };
    // the slips of two dates (or numbers) of one form first; then, of the dates left, a year
    // against a date of another year to the month or the day (`1941年` against `8 December
    // 1961`), which a slip of the day or of one form outranks: the candidates of the one do not
    // stand in the way of the other (`1979年3月3日` against `1 March 1979`, beside a `1978年`
    // whose English counterpart is a law's title, `Scotland Act 1978`)
    let mut slips = take_slips(&mut zs, &mut es, false);
    if kind == FactKind::Date {
        slips.extend(take_slips(&mut zs, &mut es, true));
    }
    FactMatch {
        slips,
        conflicts,
        zh_left: zs,
        en_left: es,
    }
}

/// In texts written independently, the share of words two sentences must translate for
/// their facts of one role to be taken for one fact (measured on the wikipairs: below it,
/// most such pairs were two events of one kind).
const WORDS_FOR_ROLES: f64 = 0.4;

/// In texts written independently, the share of words two sentences must translate for a
/// slip between them to be reported. Measured on the clean wikipairs: of the 14 date and
/// number findings without it, 7 were real disagreements; the 5 left with it, 4 (the others
/// stood in lists and tables, where sentences share numbers but few words).
pub(super) const WORDS_FOR_SLIPS: f64 = 0.33;

/// The same, for a unit that shares no fact besides: its words alone must make the sentences
/// speak of one event.
const WORDS_FOR_SLIPS_ALONE: f64 = super::SURE_BY_WORDS;

/// In texts written independently, the share of words two prose sentences that share a fact
/// besides must translate for two dates of one month whose day alone differs to be one date
/// with a slip of the day ([`days_of_one_month`]): the day, stated in few sentences, says more
/// than a year or a number. Measured with the mutation benchmark (`-- 4`): wikipairs days 5 →
/// 8 of 13 (the sentences shared 30 %, 23 % and 23 % of their words), the clean output of
/// every corpus unchanged.
const WORDS_FOR_DAYS: f64 = 0.2;

/// In texts written independently, the share of words two prose sentences that each open with
/// a full date of one month and year, the days a slip apart, must translate for the dates to be
/// one date with a slip of the day, with no fact shared besides ([`opening_days`]): a
/// sentence that opens with a date is the account of that day's event, so two such sentences
/// the alignment puts side by side tell of one event unless the other article states either
/// day elsewhere. `1932年1月28日，日军在上海发动战争` against `On 26 January 1932, Japanese forces
/// invaded Shanghai` (17 %; found in wikipairs/Shanghai with the English day changed).
/// Measured with the mutation benchmark (`-- 4`): wikipairs days 8 → 9 of 13, the other kinds
/// and the clean output of every corpus unchanged.
pub(super) const WORDS_FOR_OPENING_DAYS: f64 = 0.1;

/// Do the sentences of facts `a` (zh) and `b` (en), paragraphs or list items, translate each
/// other ([`Unit::translated`]: in texts written independently, for the most part)?
fn mostly_translated(zh: &Side, en: &Side, unit: &Unit, a: &Fact, b: &Fact) -> bool {
    unit.translated() && in_text(zh, a) && in_text(en, b)
}

/// In texts written independently, the share of words two paragraphs that share an anchor
/// besides (a fact, or a word both leave in Latin letters, not the article's subject's) must
/// translate for the one date or number each has left to be one fact ([`one_event`]). Measured
/// with the mutation benchmark (`-- 4`) on the wikipairs when it came, with
/// [`super::SURE_WITH_NEAR`] and the one date each has left: years 29 → 33 of 97, names 18 of
/// 98 → 19 of 99, numbers as they were, and no finding more on the clean pairs (none either at
/// 0).
const WORDS_WITH_A_FACT: f64 = 0.3;

/// How much of a unit's share of words another sentence stating a fact's year must share with
/// the fact's sentence to be its likelier counterpart ([`prose_of_one_event`]). `1945年，中华民国
/// 参与联合国创办` against `established … in 1925` is one of the English sentences of 1945 (found
/// in wikipairs/Taiwan); a year the other article states anywhere (as before) missed every
/// change to a year the article states twice. Measured with the mutation benchmark (`-- 4`) on
/// the wikipairs: years 33 → 35 of 100 and days 2 → 3 of 13 at 0.5 and at 0.7; at 0.8, two
/// false findings on the clean pairs (Taiwan's 1945 / 1925 among them). A unit below
/// [`super::SURE`] holds to any sentence outside it that states the year, whatever its words
/// (the rule snapshots gave a false finding otherwise; one day fewer caught).
const RIVAL_SHARE: f64 = 0.5;

/// In texts written independently, two paragraphs (or list items of several sentences) that
/// translate each other for half their words, or share an anchor besides and 30 % of their
/// words ([`WORDS_WITH_A_FACT`]), where neither fact's year is one the other article states in
/// another sentence that shares half as many words with the fact's sentence
/// ([`RIVAL_SHARE`]: then it is likelier that sentence's; numbers are not indexed so) unless
/// the two name one person by a whole name and translate each other for half their words: the
/// bar of [`one_event`], and of a slip without a fact besides (where only the half applies).
fn prose_of_one_event(zh: &Side, en: &Side, (unit, stated): (&Unit, &super::Stated), a: &Fact, b: &Fact) -> bool {
    let words = unit.lexical >= WORDS_FOR_SLIPS_ALONE || shares_a_fact(unit) && unit.lexical >= WORDS_WITH_A_FACT;
    // (a person both name by their whole name, in sentences that translate each other for
    // half their words, makes them one event, whatever else the articles state that year:
    // `2008年葡萄牙共产党总书记热罗尼莫·德索萨便和…刘奇葆会面` / `in 2013, … Jeronimo de Sousa,
    // personally met with Liu Qibao`, where the Chinese states 2013 elsewhere)
    let person = unit.lexical >= WORDS_FOR_SLIPS_ALONE
        && unit.anchors.iter().any(|x| {
            use crate::facts::name_match::{en_tokens, zh_parts};
            x.kind == AnchorKind::Name
                && x.zh.is_some_and(|k| zh_parts(&zh.facts[k].text).len() >= 2)
                && x.en.is_some_and(|k| en_tokens(&en.facts[k].text).len() >= 2)
        });
    // (a unit below the sure score holds to any other sentence stating the year: `1989年，他进入
    // 芬兰陆军新地区旅` against a line of another text about `the area of the 2010` census,
    // 0.37, paired by four words)
    let rival = if unit.score >= super::SURE {
        RIVAL_SHARE * unit.lexical
    } else {
        0.0
    };
    // (two dates of one month whose day alone differs are held to the days, not the year:
    // the year is one many sentences state, the day is not. `7月30日，上海会场遭到警方搜查` against
    // `French police interrupted the meeting on 27 July`, where the English states 1921 in
    // other sentences, is one date in two versions unless the other article states either
    // day elsewhere)
    let elsewhere = || {
        if days_of_one_month(a, b) {
            stated.day_elsewhere(a, b, unit)
        } else {
            stated.rival_en(a, unit, rival) || stated.rival_zh(b, unit, rival)
        }
    };
    words && in_prose(zh, a) && in_prose(en, b) && (person || !elsewhere())
}

/// Does the unit share an anchor that may make its sentences one event (any but a word of the
/// article's subject, [`AnchorKind::Topic`])?
fn shares_a_fact(unit: &Unit) -> bool {
    unit.anchors.iter().any(|a| a.kind != AnchorKind::Topic)
}

/// In texts written independently, two paragraphs of [`prose_of_one_event`] that state one
/// date or number each of one form: the one fact of one event. Numbers must be near each
/// other besides (`14年` / `five` are two things), and decades must be stated nowhere else in
/// the other article (below).
fn one_event(zh: &Side, en: &Side, (unit, stated): (&Unit, &super::Stated), a: &Fact, b: &Fact) -> bool {
    // (two decades, where neither article states the year the other's decade starts, as a
    // year or a decade, in another sentence: `江泽民继承邓小平在1980年代「最高领导人」的位置`
    // against `succeeded Deng … in the 1990s`, where the Chinese states the 1990s in the
    // sentence before, gives the decades of two events. Measured with the mutation benchmark
    // (`-- 4`), together with the one decade of each side in [`conflicts`]: wikipairs years 42
    // → 44 of 100, the clean pairs unchanged; comparing every decade had reported that
    // Communist_Party_of_China pair)
    let decades_alone = || decade(a) && decade(b) && !stated.rival_en(a, unit, 0.0) && !stated.rival_zh(b, unit, 0.0);
    (!decade(a) && !decade(b) || decades_alone()) && prose_of_one_event(zh, en, (unit, stated), a, b) && close(a, b)
}

/// Whether zh date `a` and en date `b` of `unit` are one date whose year alone slipped
/// ([`year_slip`]) as far as the unit shows ([`one_date_in_two_years`]). Whether the other
/// article states either date in another sentence is asked where the facts are compared
/// ([`match_facts`]).
pub(super) fn one_day_of_the_year(zh: &Side, en: &Side, unit: &Unit, a: &Fact, b: &Fact) -> bool {
    year_slip(a, b) && one_date_in_two_years(zh, en, unit, a, b)
}

/// Whether zh date `a` and en date `b`, whose years differ, may be one date in two versions
/// rather than one event's date in two years: both in running prose, neither sentence an
/// anniversary's (`周年`, `anniversary`), and not in sentences whose numbers disagree too (a
/// count taken on one day of two years, `根据中共中央组织部于2019年6月30日的统计数据` against `As
/// of 30 June 2016`, each with its own figures).
fn one_date_in_two_years(zh: &Side, en: &Side, unit: &Unit, a: &Fact, b: &Fact) -> bool {
    fn says(side: &Side, f: &Fact, word: &str) -> bool {
        let text = side
            .sentence_span(f)
            .and_then(|s| side.source.text.get(s))
            .unwrap_or("");
        text.to_ascii_lowercase().contains(word)
    }
    in_prose(zh, a)
        && in_prose(en, b)
        && !says(zh, a, "周年")
        && !says(en, b, "anniversar")
        && !numbers_disagree(zh, en, unit)
}

/// Whether zh date `a` and en date `b` are a year and a date of another year to the month or
/// the day that are one date whose year slipped ([`year_slip_across_precisions`]), with the
/// safeguards of a year slip of two full dates ([`one_date_in_two_years`]).
fn one_date_across_precisions(zh: &Side, en: &Side, unit: &Unit, a: &Fact, b: &Fact) -> bool {
    year_slip_across_precisions(a, b) && one_date_in_two_years(zh, en, unit, a, b)
}

/// Whether `unit` holds a zh and an en date that are one date whose year alone slipped
/// ([`one_day_of_the_year`]).
pub(super) fn holds_one_day_of_the_year(zh: &Side, en: &Side, unit: &Unit) -> bool {
    facts_in(zh, &unit.zh, FactKind::Date).any(|z| {
        facts_in(en, &unit.en, FactKind::Date).any(|e| one_day_of_the_year(zh, en, unit, &zh.facts[z], &en.facts[e]))
    })
}

/// Whether zh date `a` and en date `b` are two full dates of one month and year whose day
/// alone differs ([`day_slip`]), each opening its sentence ([`opens_its_sentence`]) of running
/// prose: each sentence the account of that day's event.
fn opening_days(zh: &Side, en: &Side, a: &Fact, b: &Fact) -> bool {
    day_slip(a, b) && in_prose(zh, a) && in_prose(en, b) && opens_its_sentence(zh, a) && opens_its_sentence(en, b)
}

/// Whether `unit` holds a zh and an en date of [`opening_days`] where the other article states
/// neither day in another sentence ([`super::Stated::day_elsewhere`]).
pub(super) fn holds_opening_day_slip(zh: &Side, en: &Side, unit: &Unit, stated: &super::Stated) -> bool {
    facts_in(zh, &unit.zh, FactKind::Date).any(|z| {
        let z = &zh.facts[z];
        facts_in(en, &unit.en, FactKind::Date).any(|e| {
            let e = &en.facts[e];
            opening_days(zh, en, z, e) && !stated.day_elsewhere(z, e, unit)
        })
    })
}

/// Is a fact in a paragraph, or a list item of several sentences (not a list item of one, a
/// table or a heading)?
fn in_prose(side: &Side, f: &Fact) -> bool {
    match block_of(side, f) {
        Some(BlockKind::Paragraph) => true,
        // (a list item of several sentences is a paragraph behind a bullet: `* 基于知识：大约在
        // 1970年出现大容量内存计算机，…。这场“知识革命”…`; sentences come in block order)
        Some(BlockKind::ListItem { .. }) => {
            let sentences = &side.doc.sentences;
            let block = sentences[f.sentence].block;
            let beside = |k: Option<usize>| k.and_then(|k| sentences.get(k)).is_some_and(|s| s.block == block);
            beside(f.sentence.checked_sub(1)) || beside(f.sentence.checked_add(1))
        }
        _ => false,
    }
}

/// Is a fact in a paragraph or a list item (not a table, heading or template)?
fn in_text(side: &Side, f: &Fact) -> bool {
    block_of(side, f).is_some_and(|k| matches!(k, BlockKind::Paragraph | BlockKind::ListItem { .. }))
}

fn block_of<'a>(side: &'a Side, f: &Fact) -> Option<&'a BlockKind> {
    let block = side.doc.sentences.get(f.sentence)?.block;
    side.doc.blocks.get(block).map(|b| &b.kind)
}

/// Words that may stand before a date opening an English sentence (`In 1990,`, `By the late
/// 1980s`, `On 3 May 1921`, `At the end of 1990`).
const OPENING_EN: &[&str] = &[
    "in",
    "by",
    "on",
    "during",
    "since",
    "from",
    "around",
    "about",
    "circa",
    "c",
    "ca",
    "until",
    "after",
    "throughout",
    "at",
    "the",
    "early",
    "late",
    "mid",
    "end",
    "beginning",
    "start",
    "of",
];

/// Words that may stand before a date opening a Chinese sentence (`在1990年`, `自1980年代`).
const OPENING_ZH: &[&str] = &[
    "在", "于", "於", "自", "从", "從", "至", "到", "直到", "约", "約", "大约", "大約", "截至",
];

/// The longest text before a date that opens its sentence, citation markers included (`[12]
/// At the beginning of the late`).
const OPENING_BYTES: usize = 48;

/// Whether a date opens its sentence: before it only words of time (`In`, `By the`, `在`) and
/// citation markers (`[4]`). `The` alone opens a decade only (`The 1990s were calm`), not a
/// year that names a thing (`The 1911 Revolution`).
pub(super) fn opens_its_sentence(side: &Side, f: &Fact) -> bool {
    let Some(start) = side.sentence_span(f).map(|s| s.start) else {
        return false;
    };
    // (a few words at most: the look costs the same whatever the sentence's length)
    let Some(before) = side
        .source
        .text
        .get(start..f.span.start)
        .filter(|b| b.len() <= OPENING_BYTES)
    else {
        return false;
    };
    let before = without_citation_markers(before);
    let words: Vec<&str> = before
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | '-'))
        .filter(|w| !w.is_empty())
        .collect();
    // (a number before it is no word of time: the second year of a list or a range, `In
    // 1990-1995`, is no opening)
    match side.doc.lang {
        crate::source::Lang::Zh => match words[..] {
            [] => true,
            [w] => OPENING_ZH.contains(&w),
            _ => false,
        },
        _ => {
            words
                .iter()
                .all(|w| OPENING_EN.iter().any(|o| w.eq_ignore_ascii_case(o)))
                && !(words.len() == 1 && words[0].eq_ignore_ascii_case("the") && !decade(f))
        }
    }
}

/// `text` without its citation markers (`[4]`, `[12][13]`).
fn without_citation_markers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('[') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && after.as_bytes().get(digits) == Some(&b']') {
            rest = &after[digits + 1..];
        } else {
            out.push('[');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Whether each side of a unit states a number the other side's numbers do not agree with.
fn numbers_disagree(zh: &Side, en: &Side, unit: &Unit) -> bool {
    let zn: Vec<usize> = facts_in(zh, &unit.zh, FactKind::Number).collect();
    let en_n: Vec<usize> = facts_in(en, &unit.en, FactKind::Number).collect();
    let agreed = |z: usize, e: usize| numbers_agree(&zh.facts[z], &en.facts[e]);
    zn.iter().any(|&z| !en_n.iter().any(|&e| agreed(z, e))) && en_n.iter().any(|&e| !zn.iter().any(|&z| agreed(z, e)))
}

/// A date stated as a decade.
fn decade(f: &Fact) -> bool {
    matches!(&f.value, FactValue::Date(x) if x.precision == Precision::Decade)
}

/// The one decade among `facts` (indices into `side`'s facts), if there is exactly one.
fn one_decade(side: &Side, facts: &[usize]) -> Option<usize> {
    the_one(side, facts, decade)
}

/// The one fact among `facts` (indices into `side`'s facts) that `pred` holds for, if there is
/// exactly one.
fn the_one(side: &Side, facts: &[usize], pred: impl Fn(&Fact) -> bool) -> Option<usize> {
    let mut found = facts.iter().copied().filter(|&k| pred(&side.facts[k]));
    match (found.next(), found.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
}

/// A date of a year (or a range of years) or a decade, not of a month or a day.
fn coarse(f: &Fact) -> bool {
    matches!(&f.value, FactValue::Date(d) if matches!(d.precision, Precision::Year | Precision::Decade))
}

/// Both facts have a role, and not the same one.
fn roles_differ(a: &Fact, b: &Fact) -> bool {
    matches!((a.role, b.role), (Some(x), Some(y)) if x != y)
}

/// Could two facts of one kind be one fact in two versions? Dates of the same precision with
/// stated years (a year read from context is not stated), or of different precisions in two
/// years ([`years_apart`]); numbers whose units do not differ,
/// both percentages or neither, both ordinals or neither.
fn comparable(a: &Fact, b: &Fact) -> bool {
    match (&a.value, &b.value) {
        (FactValue::Date(x), _) => (dates_of_one_form(a, b) && x.precision != Precision::Decade) || years_apart(a, b),
        (FactValue::Number { unit: ux, value: x }, FactValue::Number { unit: uy, value: y }) => {
            let (ux, uy) = (ux.as_deref(), uy.as_deref());
            let marked = |u: Option<&str>| matches!(u, Some("ordinal" | "anniversary" | "century" | "percent"));
            // a bare number that reads as a year is not a count of something (`2013` / `13亿人`)
            let year_like = |v: f64, u: Option<&str>, other: Option<&str>| {
                u.is_none() && other.is_some() && v.fract() == 0.0 && (1000.0..=2100.0).contains(&v)
            };
            (ux.is_none() || uy.is_none() || ux == uy)
                && (!(marked(ux) || marked(uy)) || ux == uy)
                && !year_like(*x, ux, uy)
                && !year_like(*y, uy, ux)
                && !rounds_alike(a, b)
        }
        _ => false,
    }
}

/// Two dates of different precision (`1995年8月15日` / `1995`), neither a range nor a decade,
/// with stated years that differ: one date in two versions may be written more or less
/// precisely, but not in two years.
fn years_apart(a: &Fact, b: &Fact) -> bool {
    match (&a.value, &b.value) {
        (FactValue::Date(x), FactValue::Date(y)) => {
            x.precision != y.precision
                && x.precision != Precision::Decade
                && y.precision != Precision::Decade
                && x.end.is_none()
                && y.end.is_none()
                && !a.inferred_year
                && !b.inferred_year
                && x.start.year.is_some()
                && y.start.year.is_some()
                && x.start.year != y.start.year
        }
        _ => false,
    }
}

/// Two decades with stated years (`1980s` / `20世纪80年代`): in a translated unit, or two
/// sentences that translate each other for the most part, the one date of its kind left on
/// each side is one fact; in other sentences of one event, where neither article states the
/// other's decade elsewhere ([`one_event`]).
fn decades(a: &Fact, b: &Fact) -> bool {
    matches!(&a.value, FactValue::Date(x) if x.precision == Precision::Decade) && dates_of_one_form(a, b)
}

/// Whether two facts that only their place makes one (the one fact of its kind that each of
/// two sentences of one event states, [`one_event`]; the other ends of two agreeing pairs,
/// [`partner`]) may be one fact in two versions: two numbers within half of each other
/// (`14年` / `five` are two things); any two dates (decades are held to more by the caller).
fn close(a: &Fact, b: &Fact) -> bool {
    match (&a.value, &b.value) {
        (FactValue::Date(_), FactValue::Date(_)) => true,
        (FactValue::Number { value: x, .. }, FactValue::Number { value: y, .. }) => {
            let (x, y) = (x.abs(), y.abs());
            x.min(y) >= 0.5 * x.max(y)
        }
        _ => false,
    }
}

/// Take out of the leftovers `zs`, `es` the facts that are one fact in two versions: the same
/// role on both sides, matched in order; then a fact each side writes right beside one entity
/// ([`attached_alike`]); then, in any unit, a fact joined to another of its
/// kind whose other end agrees with the other side's, in the same place ([`partner`]); then
/// the year or decade that opens a sentence on each side ([`opens_its_sentence`]); then, in a
/// translated unit, the one fact of its kind left on each side (a translation states
/// what its source states, in the same place), or, among other dates, the one decade left on
/// each side.
fn conflicts(
    zh: &Side,
    en: &Side,
    (unit, stated): (&Unit, &super::Stated),
    zs: &mut Vec<usize>,
    es: &mut Vec<usize>,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // in texts written independently, a role that recurs in the unit (`won … won`) names no
    // one fact; a role stated once on each side is one fact whatever the size of the
    // difference (`97 %` of the studies `discovered` changed to 17 %, wikipairs' Psychology;
    // `普渡大学在1962年设立` changed to 1955 against `formed at Purdue University in 1962`,
    // wikipairs' Computer_science: both were missed while two facts of one role had to be
    // within half of each other (numbers) or within five years (dates); dropping that bound
    // changed no finding on the clean pairs)
    let once = |side: &Side, facts: &[usize], role: &str| {
        facts.iter().filter(|&&k| side.facts[k].role == Some(role)).count() == 1
    };
    let (zs0, es0) = (zs.clone(), es.clone());
    zs.retain(|&z| {
        let zf = &zh.facts[z];
        let Some(role) = zf.role else { return true };
        let fits = |e: &usize| {
            let ef = &en.facts[*e];
            ef.role == Some(role)
                && comparable(zf, ef)
                && !hedged_alike(zh, zf, en, ef)
                && (unit.parallel || unit.lexical >= WORDS_FOR_ROLES && once(zh, &zs0, role) && once(en, &es0, role))
        };
        match es.iter().position(fits) {
            Some(p) => {
                out.push((z, es.remove(p)));
                false
            }
            None => true,
        }
    });
    // a fact each side attaches to one entity, the only one left that each attaches to it
    // (`1945年日本无条件投降后` against `After the surrender of Japan in 1945`; `于1942年底播迁
    // 台湾` against `to Taiwan in 1949`): the entity is its role, in a translation or in
    // sentences that translate each other as far as facts of one role must (as for a role,
    // small counts too: the entity makes them one count)
    if unit.parallel || unit.lexical >= WORDS_FOR_ROLES {
        for (z, e) in attached_alike(zh, en, zs, es) {
            out.push((z, e));
            zs.retain(|&x| x != z);
            es.retain(|&x| x != e);
        }
    }
    // a fact joined to another of its kind that the other side states in the same place of
    // the same pair (`在1609年与1619年期间` against `between 1609 and 1619`, `1950年代和1960年代`
    // against `the 1950s and the 1960s`): the other ends of the pair are one fact, whatever
    // the sentences' words (numbers within half of each other: a scale read at one end only
    // gives values far apart, as `between 1 and 2 million` read `1` against `100万至200万`
    // before the number reader shared the scale after `between`). Measured with the mutation
    // benchmark (`-- 4`): wikipairs years 44 → 47 of 100, numbers 51 → 53 of 97; xquad and the
    // clean output of every corpus unchanged. Two small counts are compared here in any unit (unlike the one
    // number left on each side below): the agreeing other ends make them one pair's, where
    // elsewhere `two` and `1` recur for many things
    let agree = |a: &Fact, b: &Fact| match a.kind {
        FactKind::Date => dates_agree(a, b),
        FactKind::Number => numbers_agree(a, b),
        FactKind::Name => false,
    };
    // (each leftover's partner found once, kept where it is consumed, that is matched: the
    // step costs one look at each pair of leftovers)
    let consumed_partners = |side: &Side, left: &[usize]| -> Vec<Option<(usize, bool)>> {
        let set: std::collections::HashSet<usize> = left.iter().copied().collect();
        left.iter()
            .map(|&k| partner(side, k).filter(|(p, _)| !set.contains(p)))
            .collect()
    };
    let mut en_partners = consumed_partners(en, es);
    let mut zh_partners = consumed_partners(zh, zs);
    let joined = |z: usize, pz: Option<(usize, bool)>, es: &[usize], en_partners: &[Option<(usize, bool)>]| {
        let (pz, z_first) = pz?;
        let zf = &zh.facts[z];
        es.iter().zip(en_partners).position(|(&e, pe)| {
            let ef = &en.facts[e];
            pe.is_some_and(|(pe, e_first)| {
                e_first == z_first
                    && agree(&zh.facts[pz], &en.facts[pe])
                    && (comparable(zf, ef) || decades(zf, ef))
                    && close(zf, ef)
                    && !roles_differ(zf, ef)
                    && !hedged_alike(zh, zf, en, ef)
            })
        })
    };
    let mut k = 0;
    while k < zs.len() {
        match joined(zs[k], zh_partners[k], es, &en_partners) {
            Some(p) => {
                en_partners.remove(p);
                zh_partners.remove(k);
                out.push((zs.remove(k), es.remove(p)));
            }
            None => k += 1,
        }
    }
    // the date that opens a sentence on each side (`1980年代符号人工智能停滞不前` against `By
    // the 2000s, progress in symbolic AI seemed to stall`): the time of what each sentence
    // says, one role, in a translation or in sentences that translate each other as far as
    // facts of one role must ([`WORDS_FOR_ROLES`]), whatever else the articles state that year
    // (the English says `the 1980s` in other sentences). (What is left after it may still be
    // the one fact of its kind on each side, below.)
    if unit.parallel || unit.lexical >= WORDS_FOR_ROLES {
        let opening = |side: &Side, left: &[usize]| {
            the_one(side, left, |f| f.kind == FactKind::Date && opens_its_sentence(side, f))
        };
        if let (Some(z), Some(e)) = (opening(zh, zs), opening(en, es)) {
            let (zf, ef) = (&zh.facts[z], &en.facts[e]);
            // (years or decades: two dates of a month or a day, `2013年7月` against `September
            // 2013`, are as often two steps of one story, approved and launched; and not
            // where the sentences' numbers disagree too, `名列世界前50名` in 2014 against `in the
            // Top 10` in 2017: two measures taken in two years)
            if coarse(zf)
                && coarse(ef)
                && !numbers_disagree(zh, en, unit)
                && in_prose(zh, zf)
                && in_prose(en, ef)
                && (comparable(zf, ef) || decades(zf, ef))
                && !roles_differ(zf, ef)
                && !hedged_alike(zh, zf, en, ef)
            {
                out.push((z, e));
                zs.retain(|&x| x != z);
                es.retain(|&x| x != e);
            }
        }
    }
    // the one fact of its kind left on each side; or, among other dates, the one decade on
    // each side (`这运动跟1970年代的黑客文化有渊源` against `members of the 1990s hacker culture`,
    // beside the English sentence's `1983`: a decade is no year, so the two are the pair of
    // their form)
    let one_each = match (&zs[..], &es[..]) {
        ([z], [e]) => Some((*z, *e)),
        _ => match (one_decade(zh, zs), one_decade(en, es)) {
            (Some(z), Some(e)) => Some((z, e)),
            _ => None,
        },
    };
    if let Some((z, e)) = one_each {
        let (zf, ef) = (&zh.facts[z], &en.facts[e]);
        // (in texts written independently, when the two prose sentences translate each other
        // for the most part: the one date or number each states is the one fact they render)
        let translated = mostly_translated(zh, en, unit, zf, ef);
        // (or the one count that differs in two enumerations of counts that otherwise agree,
        // whatever the size of the difference: `109个镇，2个乡和19个街道` against `109 towns, 2
        // townships, 99 subdistricts`, [`same_place_in_a_count`])
        let in_a_count = || same_place_in_a_count(zh, en, unit, z, e);
        let renders = unit.parallel || translated || one_event(zh, en, (unit, stated), zf, ef) || in_a_count();
        // (two small counts are compared only where the sentences translate each other: the
        // one number left on each side of a translation is one number, `从3毫米` changed from
        // 1 against `from about 1 millimeter`, `TeX 4.0版本` changed from 3.0 against `version
        // 3.0 of TeX`; or in the one place two enumerations of counts differ,
        // [`same_place_in_a_count`]; elsewhere `two` and `1` recur for many things. Measured with the mutation benchmark: xquad numbers
        // 176 → 180 of 188, wikipairs 46 → 48 of 97 (`-- 4`); the clean pairs unchanged)
        if renders
            && (comparable(zf, ef) || decades(zf, ef) || numbered_alike(zf, en, ef))
            && !roles_differ(zf, ef)
            && (!small_counts(zf, ef) || translated || in_a_count())
            && !hedged_alike(zh, zf, en, ef)
        {
            out.push((z, e));
            zs.retain(|&x| x != z);
            es.retain(|&x| x != e);
        }
    }
    out
}

/// The pairs of leftovers `zs`, `es` that their sides attach to one entity
/// ([`attached_name`], [`super::entities::Entities::same`]), each the other's one such
/// leftover, of one form ([`comparable`]) and role, not hedged alike.
fn attached_alike(zh: &Side, en: &Side, zs: &[usize], es: &[usize]) -> Vec<(usize, usize)> {
    let zn: Vec<Attached> = zs.iter().map(|&z| attached_name(zh, z, true)).collect();
    let en_n: Vec<Attached> = es.iter().map(|&e| attached_name(en, e, false)).collect();
    // (each pair weighed once)
    let fits: Vec<Vec<bool>> = (0..zs.len())
        .map(|i| {
            (0..es.len())
                .map(|j| {
                    let (zf, ef) = (&zh.facts[zs[i]], &en.facts[es[j]]);
                    let same = match (zn[i], en_n[j]) {
                        (Attached::One(a), Attached::One(b)) => {
                            super::entities::Entities::same(&zh.facts[a], &en.facts[b])
                        }
                        // (a place the Chinese reader takes for no name, 台湾 of `1942年底播迁
                        // 台湾`: a word beside the fact that the lexicon gives as the English name)
                        (Attached::None, Attached::One(b)) => glossed_beside(zh, zf, &en.facts[b].text),
                        _ => false,
                    };
                    same && comparable(zf, ef) && !roles_differ(zf, ef) && !hedged_alike(zh, zf, en, ef)
                })
                .collect()
        })
        .collect();
    super::one_to_one(&fits)
        .into_iter()
        .map(|(i, j)| (zs[i], es[j]))
        .collect()
}

/// Does a Chinese word right beside fact `f` (starting at most three characters after it, or
/// ending at most three before it, in one run of Han characters) have `name` for its gloss or
/// the first words of it (台湾 `taiwan`; [`super::entities::glosses_of`])?
fn glossed_beside(zh: &Side, f: &Fact, name: &str) -> bool {
    let name = name.to_lowercase();
    let text = &zh.source.text;
    let han = |c: &char| crate::lang::script::is_han(*c);
    let before: Vec<char> = {
        let mut v: Vec<char> = text
            .get(..f.span.start)
            .unwrap_or_default()
            .chars()
            .rev()
            .take_while(han)
            .take(7)
            .collect();
        v.reverse();
        v
    };
    let after: Vec<char> = text
        .get(f.span.end..)
        .unwrap_or_default()
        .chars()
        .take_while(han)
        .take(7)
        .collect();
    let glossed = |w: &[char]| super::entities::glosses_of(&w.iter().collect::<String>()).contains(&name);
    let n = before.len();
    (2..=4).any(|len| {
        (0..=3).any(|gap| {
            (n >= len + gap && glossed(&before[n - gap - len..n - gap]))
                || (after.len() >= gap + len && glossed(&after[gap..gap + len]))
        })
    })
}

/// The name fact of `side` that fact `k` stands right beside in its sentence: in Chinese at
/// most three characters of its clause apart, none of them punctuation or a digit
/// (`马尔萨斯在1798年`, `1942年底播迁台湾`); in English at most one preposition apart (`in`,
/// `of`, `by`, …), or a bracket (`Malthus (1801)`, `to Taiwan in 1949`, `1949 in Taiwan`).
/// Several where two names stand so.
fn attached_name(side: &Side, k: usize, chinese: bool) -> Attached {
    let f = &side.facts[k];
    let text = &side.source.text;
    let near = |a: usize, b: usize| {
        // (a short gap only: three Han characters are 9 bytes, ` during ` or ` (` 8)
        if a > b || b - a > 12 {
            return false;
        }
        let Some(gap) = text.get(a..b) else {
            return false;
        };
        if chinese {
            gap.chars().count() <= 3 && gap.chars().all(crate::lang::script::is_han)
        } else {
            let words: Vec<&str> = gap
                .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
                .filter(|w| !w.is_empty())
                .collect();
            gap.chars()
                .all(|c| c.is_alphabetic() || c.is_whitespace() || c == '(' || c == ')')
                && match words[..] {
                    [] => true,
                    [w] => ["in", "on", "at", "of", "since", "from", "by", "during", "until"].contains(&w),
                    _ => false,
                }
        }
    };
    let mut found = facts_in(side, std::slice::from_ref(&f.sentence), FactKind::Name).filter(|&n| {
        let g = &side.facts[n];
        near(g.span.end, f.span.start) || near(f.span.end, g.span.start)
    });
    match (found.next(), found.next()) {
        (Some(n), None) => Attached::One(n),
        (None, _) => Attached::None,
        _ => Attached::Several,
    }
}

/// The name facts a fact stands right beside ([`attached_name`]).
#[derive(Clone, Copy)]
enum Attached {
    None,
    One(usize),
    Several,
}

/// Is a Chinese ordinal the number an English name gives the same thing (`法令第3,390条`
/// against `Law 3,390`, `第11章` against `Chapter 11`)? The English number stands right after a
/// word that numbers what it names (`Law`, `Decree`, `Article`, `Chapter`, …, or `No.`), as
/// `第…条` does. A rank against another bare number (排名第5 against `in the Top 10`,
/// `Fortune 500`) stays two forms.
fn numbered_alike(zf: &Fact, en: &Side, ef: &Fact) -> bool {
    const NUMBERING: &[&str] = &[
        "no.",
        "act",
        "amendment",
        "article",
        "bill",
        "book",
        "chapter",
        "clause",
        "congress",
        "decree",
        "directive",
        "law",
        "order",
        "paragraph",
        "part",
        "regulation",
        "resolution",
        "round",
        "rule",
        "season",
        "section",
        "stage",
        "volume",
    ];
    let (FactValue::Number { unit: uz, .. }, FactValue::Number { unit: None, .. }) = (&zf.value, &ef.value) else {
        return false;
    };
    let before = en.source.text.get(..ef.span.start).unwrap_or_default();
    let Some(word) = before.strip_suffix(' ').and_then(|b| b.split(' ').next_back()) else {
        return false;
    };
    uz.as_deref() == Some("ordinal")
        && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && NUMBERING.contains(&word.to_ascii_lowercase().as_str())
}

/// Are numbers `z` and `e` the one count that differs in two enumerations of counts that
/// otherwise agree (`109个镇，3个乡和99个街道` against `109 towns, 2 townships, 99
/// subdistricts`)? The unit states as many numbers on each side, `z` and `e` stand in one
/// place, and all the other places agree, at least two of them. (Numbers of any sort, not only
/// counts: wikipairs Operating_system's list item `IBM OS/360 -- IBM System/360, 1964` against
/// `IBM OS/360 IBM System/360, 1966` agrees in its two model numbers and differs in the year,
/// read as a number; two years for one start, a real disagreement.) There the two are one
/// number in two versions, however small and however far apart, whatever the sentences' other
/// words: the agreeing numbers around them make the list one list (elsewhere `two` and `1`
/// recur for many things, and numbers far apart are two things).
fn same_place_in_a_count(zh: &Side, en: &Side, unit: &Unit, z: usize, e: usize) -> bool {
    let zn: Vec<usize> = facts_in(zh, &unit.zh, FactKind::Number).collect();
    let en_n: Vec<usize> = facts_in(en, &unit.en, FactKind::Number).collect();
    let place = |of: &[usize], k: usize| of.iter().position(|&x| x == k);
    if zn.len() != en_n.len() || place(&zn, z).is_none() || place(&zn, z) != place(&en_n, e) {
        return false;
    }
    let agreeing = zn
        .iter()
        .zip(&en_n)
        .filter(|(&a, &b)| numbers_agree(&zh.facts[a], &en.facts[b]))
        .count();
    agreeing >= 2 && agreeing + 1 == zn.len()
}

/// Words that join two facts of one kind into a pair (`1609年与1619年`, `between 1609 and
/// 1619`, `the 1950s and the 1960s`, `1990年至1995年`, `1960、1970年代`).
const JOINERS: &[&str] = &[
    "与", "和", "及", "至", "到", "或", "、", "and", "to", "or", "and the", "or the", "-", "–", "—",
];

/// The fact of the same kind that a joiner alone ([`JOINERS`]) ties to fact `k` of `side`,
/// in its sentence, and whether `k` comes first of the two. The numbers of a code are a pair
/// too (`ISO 639-3`, `Boeing 747-400`): where the other side writes the code with the same
/// first part, a second part that differs names another thing, a disagreement.
fn partner(side: &Side, k: usize) -> Option<(usize, bool)> {
    let f = &side.facts[k];
    let text = &side.source.text;
    let tied = |a: &Fact, b: &Fact| {
        a.kind == b.kind
            && a.sentence == b.sentence
            && a.span.end <= b.span.start
            && text
                .get(a.span.end..b.span.start)
                .is_some_and(|between| JOINERS.contains(&between.trim()))
    };
    let before = k
        .checked_sub(1)
        .map(|j| (j, &side.facts[j]))
        .filter(|(_, b)| tied(b, f));
    let after = side.facts.get(k + 1).filter(|a| tied(f, a)).map(|a| (k + 1, a));
    match (before, after) {
        (Some((j, _)), None) => Some((j, false)),
        (None, Some((j, _))) => Some((j, true)),
        _ => None,
    }
}

/// Words that make the number after them a bound or an estimate (`more than 2,400`,
/// `超过2400`), and, in Chinese, after it (`2400余人`, `2400多人`).
const HEDGES_BEFORE: &[&str] = &[
    "more than",
    "over",
    "about",
    "around",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "some",
    "at least",
    "up to",
    "under",
    "less than",
    "fewer than",
    "estimated",
    "c.",
    "ca.",
    "circa",
    "约",
    "大约",
    "超过",
    "逾",
    "近",
    "将近",
    "接近",
    "至少",
    "多达",
    "不到",
    "不足",
    "估计",
];
const HEDGES_AFTER: &[&str] = &["余", "多", "左右", "以上", "以下"];

/// Whether a number is written as a bound or an estimate.
fn hedged(side: &Side, f: &Fact) -> bool {
    let text = &side.source.text;
    let before = text.get(..f.span.start).unwrap_or_default().trim_end();
    let before = before.get(before.len().saturating_sub(16)..).unwrap_or(before);
    let after = text.get(f.span.end..).unwrap_or_default();
    HEDGES_BEFORE.iter().any(|h| {
        before.len() >= h.len()
            && before.is_char_boundary(before.len() - h.len())
            && before[before.len() - h.len()..].eq_ignore_ascii_case(h)
            && !before[..before.len() - h.len()].ends_with(|c: char| c.is_ascii_alphabetic())
    }) || HEDGES_AFTER.iter().any(|h| f.text.contains(h) || after.starts_with(h))
}

/// Two numbers within a tenth of each other, one of them written as a bound or an estimate
/// (`more than 2,400` / `2,415人`): no disagreement (found in wikipairs/Taiwan).
fn hedged_alike(zh: &Side, z: &Fact, en: &Side, e: &Fact) -> bool {
    let (FactValue::Number { value: x, .. }, FactValue::Number { value: y, .. }) = (&z.value, &e.value) else {
        return false;
    };
    let near = (x - y).abs() <= 0.1 * x.abs().max(y.abs());
    near && (hedged(zh, z) || hedged(en, e)) || odd_covers(zh, z, e)
}

/// Words after a Chinese count that make it "and some": `七十幾年` is seventy-odd years.
const ODD_AFTER: &[&str] = &["几", "幾", "多", "余", "餘"];

/// Whether a Chinese count written "and some" (`七十幾`, `2400余`) covers an English value: one
/// from the count up to the next step of its last place (`七十幾` covers 70 to 79, `2400余`
/// 2,400 to 2,499), so `some 75 years` agrees with `七十幾年` (wikipairs' Quantum_mechanics).
/// Only a bare numeral so: after a unit or a classifier, 多 may start the next word
/// (`10个多月`, `50个多民族国家`), and an ordinal (`第10`) is no count.
fn odd_covers(zh: &Side, z: &Fact, e: &Fact) -> bool {
    let (FactValue::Number { value: x, unit: None }, FactValue::Number { value: y, .. }) = (&z.value, &e.value) else {
        return false;
    };
    let bare = z
        .text
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_digit() || crate::facts::zh_numeral::is_numeral_char(c));
    let after = zh.source.text.get(z.span.end..).unwrap_or_default();
    if !bare
        || z.text.starts_with('第')
        || !ODD_AFTER.iter().any(|w| after.starts_with(w))
        || *x <= 0.0
        || x.fract() != 0.0
    {
        return false;
    }
    let mut step = 1.0;
    while (x / (step * 10.0)).fract() == 0.0 && step < 1e15 {
        step *= 10.0;
    }
    *x <= *y && *y < x + step
}

#[cfg(test)]
mod tests {
    use super::{opens_its_sentence, partner, years_apart};
    use crate::align::test_support::{read, side, unit};
    use crate::facts::test_support::one_date as date;
    use crate::facts::FactKind;

    /// What `partner` ties each fact of `kind` in `text` to: the text of its partner, and
    /// whether it comes first.
    fn partners(name: &str, text: &str, kind: FactKind) -> Vec<(String, Option<(String, bool)>)> {
        let read = read(name, text);
        let (side, facts) = (side(&read), &read.2);
        (0..facts.len())
            .filter(|&k| facts[k].kind == kind)
            .map(|k| {
                let p = partner(&side, k).map(|(j, first)| (facts[j].text.clone(), first));
                (facts[k].text.clone(), p)
            })
            .collect()
    }

    /// The pairs `attached_alike` makes of the dates and numbers of a zh and an en text.
    fn attached(zh: &str, en: &str) -> Vec<(String, String)> {
        let (zr, er) = (read("a.zh.txt", zh), read("a.en.txt", en));
        let (zh, en, zf, ef) = (side(&zr), side(&er), &zr.2, &er.2);
        let left = |facts: &[crate::facts::Fact]| -> Vec<usize> {
            (0..facts.len()).filter(|&k| facts[k].kind != FactKind::Name).collect()
        };
        super::attached_alike(&zh, &en, &left(zf), &left(ef))
            .into_iter()
            .map(|(z, e)| (zf[z].text.clone(), ef[e].text.clone()))
            .collect()
    }

    /// Whether the one date of a zh and an en text, each one sentence of running prose, are
    /// one date whose year alone slipped.
    fn one_day(zh: &str, en: &str) -> bool {
        let (zr, er) = (read("a.zh.txt", zh), read("a.en.txt", en));
        let (zs, es) = (side(&zr), side(&er));
        let unit = unit(vec![0], vec![0], 0.4, 0.1);
        super::holds_one_day_of_the_year(&zs, &es, &unit)
    }

    /// A full date whose year alone slipped may be one date; not an anniversary's, nor in
    /// sentences whose numbers disagree too (a count taken on one day of two years).
    #[test]
    fn one_day_of_the_year_in_two_years() {
        let zh = "1932年1月28日，日军在上海发动战争，轰炸闸北市区。";
        assert!(one_day(zh, "On 28 January 1935, Japanese forces invaded Shanghai."));
        assert!(!one_day(
            zh,
            "On 28 January 1933, the city marked the first anniversary of the attack."
        ));
        assert!(!one_day(
            "1933年1月28日，上海举行一周年纪念活动。",
            "On 28 January 1932, Japanese forces invaded Shanghai."
        ));
        assert!(!one_day(
            "根据1932年6月30日的统计，党员有2544万人。",
            "As of 30 June 1935, members numbered 26 million."
        ));
        assert!(one_day(
            "根据1932年6月30日的统计，党员有2544万人。",
            "As of 30 June 1935, members numbered 25.44 million."
        ));
    }

    /// A date each side writes right beside one entity is that entity's; not beside another
    /// entity, nor apart from the name by a comma or a clause.
    #[test]
    fn a_fact_is_attached_to_the_name_right_beside_it() {
        let zh = "1946年日本无条件投降后，国共双方的冲突升级。";
        let pair = |z: &str, e: &str| vec![(z.to_string(), e.to_string())];
        assert_eq!(
            attached(zh, "After the surrender of Japan in 1945, the conflict grew."),
            pair("1946年", "1945")
        );
        assert_eq!(
            attached(zh, "After the surrender in 1945 of Japan, the conflict grew."),
            pair("1946年", "1945")
        );
        let vienna = "这次会议于1815年在维也纳召开，由梅特涅主持。";
        assert_eq!(
            attached(vienna, "The congress met in Vienna in 1814, chaired by Metternich."),
            pair("1815年", "1814")
        );
        assert_eq!(
            attached(vienna, "The congress met in Vienna (1814), chaired by Metternich."),
            pair("1815年", "1814")
        );
        assert_eq!(
            attached(vienna, "The congress met in Paris in 1814, chaired by Metternich."),
            vec![]
        );
        // a place the Chinese reader takes for no name: the word beside the fact glossed as
        // the English name
        let soviet = "1991年苏联解体后，中国共产党开始加强交流。";
        let en = "Since the dissolution of the Soviet Union in 1996, the CPC has emphasised relations.";
        assert_eq!(attached(soviet, en), pair("1991年", "1996"));
        assert_eq!(attached(soviet, &en.replace("the Soviet Union", "Yugoslavia")), vec![]);
        for other in [
            "After the surrender of Germany in 1945, the conflict grew.",
            "After the surrender of Japan, which came in 1945, the conflict grew.",
            "After the surrender of Japan to Chiang in 1945, the conflict grew.",
        ] {
            assert_eq!(attached(zh, other), vec![], "{other}");
        }
    }

    /// A sentence of more facts than the alignment counts is a list: its unit's facts are not
    /// compared, and nothing of it is left over (as name-mismatch leaves a list of names alone).
    #[test]
    fn a_sentence_of_more_facts_than_the_alignment_counts_is_not_compared() {
        use crate::rules::test_support::{rule, run_pair};
        let date_mismatch = rule("date-mismatch");
        let years = |n: usize, last: &str| {
            let mut ys: Vec<String> = (0..n).map(|i| format!("{}", 1000 + 10 * i)).collect();
            ys.push(last.to_string());
            ys
        };
        let found = |n: usize| {
            let zh = format!("他在{}年到过那里。\n", years(n, "1993").join("年、"));
            let en = format!("He was there in {}.\n", years(n, "1994").join(", "));
            run_pair(&*date_mismatch, ("a.zh.txt", &zh), ("a.en.txt", &en)).len()
        };
        assert_eq!(found(3), 1);
        assert_eq!(found(super::super::anchors::PER_SENTENCE), 0);
    }

    /// Two facts of one kind tied by a joiner alone are each other's partner; a fact between
    /// two, a fact tied by other words and a fact in another sentence are no one's.
    #[test]
    fn partner_is_the_other_end_of_a_pair_joined_by_a_conjunction_or_a_range_word() {
        let p = |t: &str, first: bool| Some((t.to_string(), first));
        assert_eq!(
            partners("a.zh.txt", "在1609年与1619年期间，他发现了定律。", FactKind::Date),
            vec![
                ("1609年".into(), p("1619年", true)),
                ("1619年".into(), p("1609年", false))
            ]
        );
        let en = partners("a.en.txt", "Between 1609 and 1619 he found them.", FactKind::Date);
        assert_eq!(en[0].1, p("1619", true), "{en:?}");
        // (the enumeration comma joins as 和 does: a list of two decades sharing 年代)
        let listed = partners("a.zh.txt", "奠基于1960、1970年代信号模拟的成果。", FactKind::Date);
        assert_eq!(listed[0].1, p("1970年代", true), "{listed:?}");
        let three = partners("a.en.txt", "It ran in 1950, 1960 and 1970 there.", FactKind::Date);
        // (a comma is no joiner: the list's last two are a pair as the other side's would be;
        // the Chinese enumeration comma is one, so `1950、1960和1970年` pairs its first two
        // as well as its last two, and the ends of each must agree with the other side's)
        assert_eq!(three[0].1, None, "{three:?}");
        assert_eq!(three[1].1, p("1970", true), "{three:?}");
        let middle = partners("a.en.txt", "It cost 1,200 to 1,500 to 1,800 dollars.", FactKind::Number);
        assert_eq!(middle[1].1, None, "{middle:?}");
        let words = partners(
            "a.en.txt",
            "In 1609 he wrote, and in 1619 he published.",
            FactKind::Date,
        );
        assert!(words.iter().all(|(_, p)| p.is_none()), "{words:?}");
        let apart = partners("a.en.txt", "He left in 1609. And 1619 came.", FactKind::Date);
        assert!(apart.iter().all(|(_, p)| p.is_none()), "{apart:?}");
        let range = partners("a.en.txt", "The town had 1,200-1,500 people.", FactKind::Number);
        assert_eq!(range[0].1, p("1,500 people", true), "{range:?}");
        assert_eq!(range[1].1, p("1,200", false), "{range:?}");
        // (a code's two numbers are a pair too: a second part that differs names another thing)
        let code = partners("a.en.txt", "It follows ISO 639-3 in its codes.", FactKind::Number);
        assert!(code.iter().all(|(_, p)| p.is_some()), "{code:?}");
    }

    /// One date at two precisions in two years is comparable (Operating_system's Windows 95:
    /// `1995年8月15日` / `In 1997`); the same year at two precisions, a range, a decade or one
    /// precision on both sides is not `years_apart`'s.
    #[test]
    fn years_apart_only_at_two_precisions_in_two_years() {
        let day = date("a.zh.txt", "微软于1995年8月15日发布了该系统。");
        assert!(years_apart(
            &day,
            &date("a.en.txt", "In 1997, Windows 95 was released.")
        ));
        assert!(years_apart(
            &date("a.zh.txt", "该系统于1995年8月发布。"),
            &date("a.en.txt", "It came out in 1997.")
        ));
        assert!(!years_apart(
            &day,
            &date("a.en.txt", "In 1995, Windows 95 was released.")
        ));
        assert!(!years_apart(
            &day,
            &date("a.en.txt", "Its designer (1996–1999) was a lawyer.")
        ));
        assert!(!years_apart(&day, &date("a.en.txt", "It was used in the 1990s.")));
        assert!(!years_apart(
            &day,
            &date("a.en.txt", "It was released on 15 August 1997.")
        ));
    }

    /// A date opens its sentence after words of time only (`In`, `By the late`, `在`) and
    /// citation markers; not after a subject (`Leibniz … in 1673`, `莱布尼兹于1673年`).
    #[test]
    fn a_date_opens_its_sentence_after_words_of_time_only() {
        use crate::align::Side;
        use crate::facts::FactKind;
        let opens = |name: &str, text: &str| -> Vec<(String, bool)> {
            let src = crate::source::SourceFile {
                name: name.into(),
                text: text.into(),
            };
            let doc = crate::parse::parse(&src, None);
            let facts = crate::facts::extract(&doc, &src.text);
            let side = Side {
                file: 0,
                source: &src,
                doc: &doc,
                facts: &facts,
            };
            facts
                .iter()
                .filter(|f| f.kind == FactKind::Date)
                .map(|f| (f.text.clone(), opens_its_sentence(&side, f)))
                .collect()
        };
        // the dates of `text` that open their sentence are those of `yes`, not those of `no`
        let check = |name: &str, text: &str, yes: &[&str], no: &[&str]| {
            let all = opens(name, text);
            let opening = |d: &str| all.iter().any(|(t, o)| *o && t.contains(d));
            assert!(
                yes.iter().all(|d| opening(d)) && !no.iter().any(|d| opening(d)),
                "{all:?}"
            );
        };
        check(
            "a.en.txt",
            "By the late 1980s, progress stalled. [4] In 1666, Leibniz built it. Leibniz built it in 1673. The 1990s were calm. \
             The 1911 Revolution ended it. In 1990-1995, it grew.\n",
            &["1980s", "1666", "1990s", "1990"],
            &["1673", "1911", "1995"],
        );
        check(
            "a.zh.txt",
            "1980年代符号人工智能停滞不前。在1990年，他来了。莱布尼兹于1673年开始建造。\n",
            &["1980", "1990"],
            &["1673"],
        );
    }

    /// The slips of two dates of one form are taken before a year against a date of another
    /// year to the day: in sentences of articles written independently that translate each
    /// other for 40 % of their words and share a fact besides, `1949年9月21日` against `20
    /// September 1949` is a slip of the day, though `1939年` is a candidate of the English date
    /// too (one digit from its year). Looked for in one pass, the two candidates made neither
    /// the English date's one candidate, and nothing was reported.
    #[test]
    fn the_slips_of_one_form_come_before_a_year_against_a_day() {
        let (zr, er) = (
            read("a.zh.txt", "1939年以后，会议于1949年9月21日召开。"),
            read("a.en.txt", "The conference met on 20 September 1949."),
        );
        let (zs, es) = (side(&zr), side(&er));
        let unit = super::Unit {
            anchors: vec![crate::align::Anchor {
                kind: crate::align::AnchorKind::Latin,
                zh: None,
                en: None,
                weight: 1.5,
            }],
            ..unit(vec![0], vec![0], 0.5, 0.4)
        };
        let found = super::match_facts(&zs, &es, &Default::default(), &unit, FactKind::Date);
        let texts: Vec<(&str, &str)> = found
            .slips
            .iter()
            .map(|&(z, e)| (zs.facts[z].text.as_str(), es.facts[e].text.as_str()))
            .collect();
        assert_eq!(texts, vec![("1949年9月21日", "20 September 1949")], "{found:?}");
        assert_eq!(found.zh_left.len(), 1, "{found:?}");
    }

    /// Two full dates of one month whose day alone differs, each opening its sentence, are one
    /// date with a slip of the day in sentences that share no fact besides and a tenth of their
    /// words; not where either date stands inside its sentence, nor below that share, nor
    /// where a year is read from context.
    #[test]
    fn two_dates_that_open_their_sentences_are_one_date_whose_day_slipped() {
        let slips = |zh: &str, en: &str, lexical: f64| -> Vec<(String, String)> {
            let (zr, er) = (read("a.zh.txt", zh), read("a.en.txt", en));
            let (zs, es) = (side(&zr), side(&er));
            let all = |r: &crate::align::test_support::Read| (0..r.1.sentences.len()).collect();
            let unit = super::Unit {
                by_position: true,
                ..unit(all(&zr), all(&er), 0.36, lexical)
            };
            assert_eq!(
                super::holds_opening_day_slip(&zs, &es, &unit, &Default::default()),
                zh.starts_with("1932") && en.starts_with("On 26 January 1932"),
                "{zh} / {en}"
            );
            let found = super::match_facts(&zs, &es, &Default::default(), &unit, FactKind::Date);
            found
                .slips
                .iter()
                .map(|&(z, e)| (zs.facts[z].text.clone(), es.facts[e].text.clone()))
                .collect()
        };
        let zh = "1932年1月28日，日军在上海发动战争，轰炸闸北市区。";
        let en = "On 26 January 1932, Japanese forces invaded Shanghai and the Chinese resisted.";
        assert_eq!(
            slips(zh, en, 0.17),
            vec![("1932年1月28日".to_string(), "26 January 1932".to_string())]
        );
        // below a tenth of the words
        assert!(slips(zh, en, 0.05).is_empty());
        // a date inside its sentence
        let inside = "Japanese forces invaded Shanghai on 26 January 1932 and the Chinese resisted.";
        assert!(slips(zh, inside, 0.17).is_empty());
        let zh_inside = "日军于1932年1月28日在上海发动战争，轰炸闸北市区。";
        assert!(slips(zh_inside, en, 0.17).is_empty());
        // the English year read from the sentence before: no year written
        let inferred = "Japan attacked in 1932. On 26 January, Japanese forces invaded Shanghai.";
        assert!(slips(zh, inferred, 0.17).is_empty());
        // a list item of one sentence is no running prose
        assert!(slips(&format!("* {zh}"), &format!("* {en}"), 0.17).is_empty());
    }

    /// The other article stating either day in another sentence makes the two dates two events
    /// of one month: no unit holds a slip of the day then.
    #[test]
    fn two_opening_days_are_no_slip_where_the_other_article_states_either_day_elsewhere() {
        let zh = "1932年1月28日，日军在上海发动战争，轰炸闸北市区。";
        let en = "On 26 January 1932, Japanese forces invaded Shanghai. The truce came later. On 28 January 1932, the city burned.";
        let (zr, er) = (read("a.zh.txt", zh), read("a.en.txt", en));
        let (zs, es) = (side(&zr), side(&er));
        let unit = |en: Vec<usize>| super::Unit {
            by_position: true,
            ..unit(vec![0], en, 0.36, 0.17)
        };
        let sentences: Vec<usize> = (0..er.1.sentences.len()).collect();
        let stated = crate::align::Stated::days_only(&zs, &es, (&[0], &sentences));
        // the English states 28 January 1932 in its third sentence, outside the unit
        assert!(!super::holds_opening_day_slip(&zs, &es, &unit(vec![0]), &stated));
        // with the day stated nowhere else (an empty index), the unit holds the slip
        assert!(super::holds_opening_day_slip(
            &zs,
            &es,
            &unit(vec![0]),
            &Default::default()
        ));
    }
}
