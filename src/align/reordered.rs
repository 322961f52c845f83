//! Sentences that correspond out of order. The alignment is monotone: it follows both texts
//! from start to end. Articles written independently often order their sections
//! differently, so a pair of sentences the monotone path crosses is left out on both sides,
//! however much they share. Which such pair the path keeps can turn on one fact: changing a
//! year of one pair tips the path to another, and the changed sentence is no longer compared
//! with anything. Here the sentences the path left out on both sides are paired again, out of
//! order, when they correspond by their own evidence ([`Unit::rests_on_anchors`]) and clearly
//! enough ([`SURE_OUT_OF_ORDER`]). The path may also keep a sentence by pairing it with the
//! wrong one (`1890年，威廉·詹姆斯将心理学定义为…` with `In 1890, James wrote an influential
//! book`, by the year and the name, when `In 1890, William James defined psychology` stands
//! in another section): a sentence the path paired one to one goes to a pair out of order that
//! scores clearly better ([`BETTER_BY`]), and the sentence it leaves is left out.

use super::anchors::Table;
use super::Unit;
use std::collections::{HashMap, HashSet};

/// The score at which two sentences the monotone path left out are paired out of order. Above
/// [`super::SURE`]: out of order, position gives no support.
const SURE_OUT_OF_ORDER: f64 = 0.5;

/// Keys (dates, numbers, Latin words, content words) shared by more en sentences of the search
/// (left out, or of single units) than this say little about which one a zh sentence
/// corresponds to; skipping them keeps the search linear in the text.
const MAX_SHARING: usize = 16;

/// The most candidates scored for one zh sentence: those sharing the most keys with it.
const CANDIDATES: usize = 8;

/// Share of words two sentences out of order must translate, besides two shared anchors:
/// below it, the anchors could be two events of one year (the share at which
/// [`super::compare`] reports a slip in such sentences).
const WORDS_WITH_FACTS: f64 = 0.33;

/// Whether a pair out of order rests on more than one anchor: on its words
/// ([`super::SURE_BY_WORDS`]), or on two shared anchors (dates, numbers, names, Latin words;
/// `near` of them a date or number the other sentence states near,
/// [`Table::near_dates_and_numbers`]) and some
/// words ([`WORDS_WITH_FACTS`]). A pair resting on one fact would come apart when that
/// fact is changed on one side, the very change the rules are to report. (A word of the
/// article's subject, [`super::AnchorKind::Topic`], counts here: measured with the mutation
/// benchmark on the wikipairs, leaving it out lost a change caught, `95` changed to 96 in
/// Operating_system, and changed nothing on the clean pairs.)
fn robust(unit: &Unit, near: usize) -> bool {
    unit.lexical >= super::SURE_BY_WORDS || unit.anchors.len() + near >= 2 && unit.lexical >= WORDS_WITH_FACTS
}

/// How much better than the unit it stands in a sentence's pair out of order must score to
/// take the sentence from that unit (a pair of one sentence each side the monotone path
/// made, which then leaves the other sentence out).
const BETTER_BY: f64 = 0.15;

/// Pair the sentences `units` leave out on both sides ([`Unit::zh`] or [`Unit::en`] empty),
/// best first, each at most once: the zh sentence's unit takes the en sentence, whose own
/// unit goes. A sentence the path paired one to one is taken too when the pair out of order
/// scores clearly better ([`BETTER_BY`]): the sentence it leaves is left out. Units stay in
/// zh order. `zs`, `es`: the sentences aligned, by position.
pub(super) fn pair_left_out(table: &Table, units: &mut Vec<Unit>, zs: &[usize], es: &[usize]) {
    let zpos: HashMap<usize, usize> = zs.iter().enumerate().map(|(p, &s)| (s, p)).collect();
    let epos: HashMap<usize, usize> = es.iter().enumerate().map(|(p, &s)| (s, p)).collect();
    // a unit of one sentence each side the path made
    let single = |u: &Unit| u.zh.len() == 1 && u.en.len() == 1;
    // the sentences of one-sided units (`None`) and of single units (the unit's score), by
    // position
    let mut zown: HashMap<usize, Option<f64>> = HashMap::new();
    let mut eown: HashMap<usize, Option<f64>> = HashMap::new();
    for u in units.iter() {
        if u.en.is_empty() {
            zown.extend(u.zh.iter().map(|s| (zpos[s], None)));
        } else if u.zh.is_empty() {
            eown.extend(u.en.iter().map(|s| (epos[s], None)));
        } else if single(u) {
            zown.insert(zpos[&u.zh[0]], Some(u.score));
            eown.insert(epos[&u.en[0]], Some(u.score));
        }
    }
    let mut zl: Vec<usize> = zown.keys().copied().collect();
    zl.sort_unstable();
    let mut el: Vec<usize> = eown.keys().copied().collect();
    el.sort_unstable();
    if zl.is_empty() || el.is_empty() {
        return;
    }
    // (the left-out en sentences and those of single units are searched together: searched
    // apart, so that the sentences the path paired could not crowd a left-out one out of a zh
    // sentence's candidates, the mutation benchmark on the wikipairs lost a change caught,
    // 盖吕萨克 changed to 阿拉伯 in Chemistry, and the clean pairs gave the same findings)
    let mut found = candidates(table, &zl, &el);
    // a sentence leaves the unit it stands in only for a clearly better pair
    found.retain(|u| match (zown[&u.zh[0]], eown[&u.en[0]]) {
        (None, None) => true,
        (a, b) => u.score >= a.unwrap_or(0.0).max(b.unwrap_or(0.0)) + BETTER_BY,
    });
    found.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.zh.cmp(&b.zh)).then(a.en.cmp(&b.en)));
    let (mut zused, mut eused) = (HashSet::new(), HashSet::new());
    // zh sentence → the unit it joins (its sentences still positions)
    let mut pairs: HashMap<usize, Unit> = HashMap::new();
    for unit in found {
        let (i, j) = (unit.zh[0], unit.en[0]);
        if !zused.contains(&i) && !eused.contains(&j) {
            zused.insert(i);
            eused.insert(j);
            pairs.insert(zs[i], unit);
        }
    }
    if pairs.is_empty() {
        return;
    }
    let taken: HashSet<usize> = pairs.values().map(|u| es[u.en[0]]).collect();
    let one_sided = |zh: Vec<usize>, en: Vec<usize>, parallel: bool| Unit {
        zh,
        en,
        score: 0.0,
        anchors: Vec::new(),
        lexical: 0.0,
        by_position: false,
        parallel,
        out_of_order: false,
    };
    let mut out = Vec::with_capacity(units.len() + pairs.len());
    for u in units.drain(..) {
        if u.zh.is_empty() {
            if !u.en.iter().any(|s| taken.contains(s)) {
                out.push(u);
            }
            continue;
        }
        let lone = u.en.is_empty() || single(&u);
        let pair = match u.zh[..] {
            [s] if lone => pairs.remove(&s),
            _ => None,
        };
        match pair {
            Some(pair) => {
                let s = u.zh[0];
                out.push(Unit {
                    zh: vec![s],
                    en: vec![es[pair.en[0]]],
                    parallel: u.parallel,
                    ..pair
                });
                // the en sentence the zh one leaves is left out
                if let [t] = u.en[..] {
                    if !taken.contains(&t) {
                        out.push(one_sided(Vec::new(), vec![t], u.parallel));
                    }
                }
            }
            // a single unit whose en sentence another pair took: its zh sentence is left out
            None if single(&u) && taken.contains(&u.en[0]) => out.push(one_sided(u.zh, Vec::new(), u.parallel)),
            None => out.push(u),
        }
    }
    *units = out;
}

/// The pairs of sentences `zl` and `el` (left out, or of single units) that correspond clearly
/// enough, as units of one sentence each side (positions, not sentence indices). Each zh
/// sentence is scored against the en sentences of `el` sharing the most keys with it, at most
/// [`CANDIDATES`].
fn candidates(table: &Table, zl: &[usize], el: &[usize]) -> Vec<Unit> {
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_stem: HashMap<u32, Vec<usize>> = HashMap::new();
    for &j in el {
        let mut keys = table.en_keys(j);
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            by_key.entry(k).or_default().push(j);
        }
        for &st in table.words().en_stems(j) {
            by_stem.entry(st).or_default().push(j);
        }
    }
    let mut out = Vec::new();
    for &i in zl {
        if crate::budget::expired() {
            break;
        }
        let mut shared: HashMap<usize, usize> = HashMap::new();
        let mut add = |js: Option<&Vec<usize>>| {
            for &j in js.filter(|js| js.len() <= MAX_SHARING).into_iter().flatten() {
                *shared.entry(j).or_default() += 1;
            }
        };
        // (each key once: a year stated twice is one key shared)
        let mut keys: Vec<String> = table.zh_keys(i).into_iter().map(|(k, _)| k).collect();
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            add(by_key.get(&k));
        }
        let mut stems: Vec<u32> = table.words().zh_stems(i).collect();
        stems.sort_unstable();
        stems.dedup();
        for st in stems {
            add(by_stem.get(&st));
        }
        let mut ranked: Vec<(usize, usize)> = shared.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for &(j, _) in ranked.iter().take(CANDIDATES) {
            let anchors = table.anchors(&[i], &[j]);
            // (a pair that shares a date or number besides is held to the score it has whatever
            // the value of a date or number the other states near, and that fact is one of the
            // anchors it rests on: a changed fact must not leave the pair out. Not a pair that
            // shares no date or number, only a name or a word: the Nobel Prize's 诺贝尔, where
            // `1969年，瑞典出资增设` the economics prize would pair with `In 1968, Sveriges Riksbank
            // … donating`)
            let shares_a_date_or_number = anchors
                .iter()
                .any(|a| matches!(a.kind, super::AnchorKind::Date | super::AnchorKind::Number));
            let near_weight = if shares_a_date_or_number {
                table.near_dates_and_numbers(i, j)
            } else {
                0.0
            };
            let near = near_weight > 0.0;
            let unit = Unit {
                zh: vec![i],
                en: vec![j],
                score: table.score(&[i], &[j]),
                anchors,
                lexical: table.lexical(&[i], &[j]),
                by_position: false,
                parallel: false,
                out_of_order: true,
            };
            // (the unit keeps its own score, shown in notes, ranked against the path's unit and
            // held to SURE by `rests_on_anchors`, as the rules hold it: the fair score is only the
            // bar it must clear)
            let fair = if near {
                table.score_near_in_full(i, j, near_weight)
            } else {
                unit.score
            };
            if fair >= SURE_OUT_OF_ORDER && unit.rests_on_anchors() && robust(&unit, usize::from(near)) {
                out.push(unit);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{corpus, rule, run_pair};

    /// The findings of rule `id` on the pair `article` of the wikipairs (comparable articles,
    /// their sections in different orders; the Chinese file in wiki-markdown), with `from`
    /// replaced by `to` once on one side: (Chinese, English) flagged text of each.
    fn flagged(id: &str, article: &str, on_zh: bool, from: &str, to: &str) -> Vec<(String, String)> {
        let mut zh = corpus(&format!("wikipairs/zh/{article}.zh.md"));
        let mut en = corpus(&format!("wikipairs/en/{article}.en.txt"));
        let side = if on_zh { &mut zh } else { &mut en };
        assert_eq!(side.matches(from).count(), 1, "{from}");
        *side = side.replacen(from, to, 1);
        let names = (format!("{article}.zh.md"), format!("{article}.en.txt"));
        run_pair(&*rule(id), (&names.0, &zh), (&names.1, &en))
            .iter()
            .map(|d| {
                let e = d
                    .labels
                    .iter()
                    .find(|l| l.file == 1)
                    .map(|l| en[l.span.clone()].to_string());
                (zh[d.span.clone()].to_string(), e.unwrap_or_default())
            })
            .collect()
    }

    /// Two sentences the path crosses that share two numbers: one of them changed on one side,
    /// they still pair out of order, by the score they have whatever the value of the number the
    /// other states near, and the number is compared. (Changes drawn by the mutation benchmark:
    /// Okun's law, `3%` of output growth against `a 1% decrease`; without it the changed
    /// sentence was left out, the pair scoring under [`super::SURE_OUT_OF_ORDER`].)
    #[test]
    fn a_pair_out_of_order_holds_when_one_of_its_facts_changes() {
        // (on each side: the change, and the (Chinese, English) pair flagged)
        for (on_zh, from, to, pair) in [
            (true, "指出3%的经济产出", "指出4%的经济产出", ("4%", "3%")),
            (false, "lead to a 1% decrease", "lead to a 2% decrease", ("1%", "2%")),
        ] {
            let got = flagged("number-mismatch", "Economics", on_zh, from, to);
            assert!(got.contains(&(pair.0.to_string(), pair.1.to_string())), "{got:?}");
        }
        // the clean pair: no finding on that sentence (the Chinese article says 3% and 1% there
        // only)
        let clean = flagged(
            "number-mismatch",
            "Economics",
            true,
            "指出3%的经济产出",
            "指出3%的经济产出",
        );
        assert!(!clean.iter().any(|(z, _)| z == "3%" || z == "1%"), "{clean:?}");
    }

    /// A pair of sentences the path made is no pair out of order: the score it has whatever the
    /// value of a fact is only the bar a pair out of order must clear, not the score a sentence
    /// leaves its unit for (scored so, Physics' `二十世纪` against `19th century`, beside `两种` and
    /// `two`, a disagreement of the pair in the path's order, took its own sentences from itself).
    #[test]
    fn the_path_s_own_pair_is_not_taken_out_of_order() {
        let zh = corpus("wikipairs/zh/Physics.zh.md");
        let en = corpus("wikipairs/en/Physics.en.txt");
        let found = run_pair(
            &*rule("number-mismatch"),
            ("Physics.zh.md", &zh),
            ("Physics.en.txt", &en),
        );
        let century = found
            .iter()
            .find(|d| &zh[d.span.clone()] == "二十世纪")
            .expect("the centuries disagree");
        assert!(
            century.notes.iter().any(|n| n.contains("correspond (alignment score")),
            "{:?}",
            century.notes
        );
    }

    /// A year changed in a sentence the monotone path keeps only by that year: the path
    /// crosses it, and the two sentences, each left out, are paired out of order and compared.
    /// (Both changes drawn by the mutation benchmark, each on one side; without the pairing
    /// out of order neither was reported.)
    #[test]
    fn a_sentence_pair_the_path_crosses_is_compared_out_of_order() {
        let got = flagged("date-mismatch", "Music", false, "Act of 1992", "Act of 1995");
        assert!(got.contains(&("1992年".to_string(), "1995".to_string())), "{got:?}");
        let got = flagged("date-mismatch", "Music", true, "英国1979年修订", "英国1977年修订");
        assert!(got.contains(&("1977年".to_string(), "1979".to_string())), "{got:?}");
        // the note says the sentences were paired out of order
        let notes: Vec<String> = run_pair(
            &*rule("date-mismatch"),
            ("Music.zh.md", &corpus("wikipairs/zh/Music.zh.md")),
            (
                "Music.en.txt",
                &corpus("wikipairs/en/Music.en.txt").replacen("Act of 1992", "Act of 1995", 1),
            ),
        )
        .into_iter()
        .flat_map(|d| d.notes)
        .collect();
        assert!(
            notes.iter().any(|n| n.contains("correspond, out of order")),
            "{notes:?}"
        );
        // the clean pair: no finding on those sentences
        let clean = flagged("date-mismatch", "Music", false, "Act of 1992", "Act of 1992");
        assert!(
            !clean.iter().any(|(z, _)| z.contains("1992") || z.contains("1979")),
            "{clean:?}"
        );
    }
}
