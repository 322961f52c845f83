//! # claim-event-mismatch (warning)
//!
//! **What it does.** In a Chinese article and its English counterpart, finds corresponding
//! clauses that report different acts in the same slot: the English says an ambassador
//! `presented his credentials` to the President, the Chinese that he 「致函」 (sent a letter to)
//! the President; `increased` against 「减少」, `was appointed` against 「被解职」.
//!
//! **Why it matters.** A mistranslated verb changes what happened while every name, date
//! and number still agrees, so the checks on facts pass it by.
//!
//! **How it decides.** An event lexicon (`rules/data/events.toml`) gives each event class
//! its Chinese and English forms (appoint/任命, dismiss/解职·免职, present credentials/递交国书,
//! send a letter/致函, increase/增加, decrease/减少, win/lose, born/died, …), a group of
//! classes that are different acts of one kind, and antonyms. Only sentences aligned with
//! confidence are compared, clause by clause: a sentence is cut at commas and semicolons, a
//! piece without an event joins the next one, and an elliptical English clause at the end
//! (`…, and on 20 August, to President X`) takes the verb of the clause before. Clauses
//! correspond when they share two of the unit's anchors (dates, numbers, names; one in a
//! translation), more than either shares with any other clause, or when each side is one
//! clause. Sentences written
//! independently (not a translation) are compared only when 40 % of their words translate
//! each other. A pair of corresponding clauses is reported when their event classes are
//! disjoint, one of them is stated nowhere in the other side's sentences, and the two are
//! antonyms, or acts of one group on the same named person or thing (or in a translated
//! sentence of one clause); `growth rate` and the like are measures, not events. Negated
//! events are left to `claim-polarity-mismatch`.
//!
//! **Example.**
//! ```text
//! zh: 阿布哈兹的人口在2003年至2011年间减少了1.2万人   ← decreased
//! en: Abkhazia's population increased by 12,000 between 2003 and 2011
//! ```
//!
//! **Fix.** Check the source and correct the side that is wrong.

use super::claims::{self, Word};
use super::{PairContext, Rule};
use crate::align::{self, AnchorKind, Side, Unit};
use crate::diagnostic::{Diagnostic, Severity};
use std::ops::Range;

pub struct ClaimEventMismatch;

impl Rule for ClaimEventMismatch {
    fn id(&self) -> &'static str {
        "claim-event-mismatch"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("claim_event_mismatch.rs"))
    }
    fn cross_language(&self) -> bool {
        true
    }
    fn check_pair(&self, cx: &PairContext, out: &mut Vec<Diagnostic>) {
        for (unit, zw, ew) in claims::sure_units(cx) {
            let zc = clauses(cx.zh, &unit.zh, zw, true);
            let ec = clauses(cx.en, &unit.en, ew, false);
            if let Some(f) = find(cx, unit, &zc, &ec) {
                out.push(self.diagnostic(cx, unit, &f));
            }
        }
    }
}

/// One event found: its class (index into the pack) and prose span.
#[derive(Debug, Clone)]
struct Hit {
    class: usize,
    prose: Range<usize>,
}

/// A clause with its events; `inherited`: an elliptical clause that takes its events from
/// the clause before.
#[derive(Debug)]
struct Clause {
    prose: Range<usize>,
    hits: Vec<Hit>,
    inherited: bool,
}

/// A finding: the zh clause's event, the en clause's, and the en clause (elliptical or not).
struct Found {
    z: Hit,
    e: Hit,
    e_clause: Range<usize>,
    inherited: bool,
    antonyms: bool,
}

/// The events in a run of words, negated ones left out.
fn hits(words: &[Word], zh: bool) -> Vec<Hit> {
    if zh {
        return zh_hits(words);
    }
    let mut out = Vec::new();
    for (ci, class) in claims::pack().event.iter().enumerate() {
        for i in 0..words.len() {
            if let Some(j) = class.en_stems.iter().find_map(|f| en_match(words, i, f)) {
                if !words[i].negated && !words[j].negated {
                    out.push(Hit {
                        class: ci,
                        prose: words[i].prose.start..words[j].prose.end,
                    });
                }
            }
        }
    }
    out
}

/// Characters that make a noun of the verb before them within one word: `出生率`, `出口国`.
const NOUN_ENDINGS: &str = "率国商量额式性者处品";

/// The Chinese events of a run of words: each form found in the text the words spell (jieba
/// may cut a form apart: `1961年出生于` → 年出/生于), unless a word holds it with a
/// noun-making ending or (a direction) after another direction (西南部); a form in two parts
/// (`递交…国书`) allows up to eight characters between them (`递交了他的全权证书`).
fn zh_hits(words: &[Word]) -> Vec<Hit> {
    let mut joined = String::new();
    let mut starts = Vec::with_capacity(words.len());
    for w in words {
        starts.push(joined.len());
        joined.push_str(&w.text);
    }
    let word_at = |b: usize| starts.partition_point(|&s| s <= b).saturating_sub(1);
    let mut out = Vec::new();
    for (ci, class) in claims::pack().event.iter().enumerate() {
        for form in &class.zh {
            let mut parts = form.split('…');
            let first = parts.next().unwrap_or_default();
            for (b, _) in joined.match_indices(first) {
                let Some(end) = rest_of(&joined, b + first.len(), parts.clone()) else {
                    continue;
                };
                let (i, j) = (word_at(b), word_at(end - 1));
                let tail = joined.get(end..starts[j] + words[j].text.len()).unwrap_or("");
                // 西南部 is south-west, not south: a direction joined to another is neither
                let compass = |c: char| "东西南北".contains(c);
                let joined_direction =
                    first.starts_with(compass) && joined[..b].chars().next_back().is_some_and(compass);
                if tail.chars().next().is_some_and(|c| NOUN_ENDINGS.contains(c)) || words[i].negated || joined_direction
                {
                    continue;
                }
                out.push(Hit {
                    class: ci,
                    prose: words[i].prose.start..words[j].prose.end,
                });
            }
        }
    }
    out
}

/// Where the later parts of a form end, each found within eight characters of the one before.
fn rest_of<'a>(joined: &str, mut end: usize, parts: impl Iterator<Item = &'a str>) -> Option<usize> {
    for part in parts {
        let window = &joined[end..];
        let limit = window
            .char_indices()
            .nth(8 + part.chars().count())
            .map_or(window.len(), |(i, _)| i);
        end += window[..limit].find(part)? + part.len();
    }
    Some(end)
}

/// Whether the English form (stems) starts at word `i`, each later stem within three words
/// of the one before: the last word's index. Capitalised words inside a sentence are names.
fn en_match(words: &[Word], i: usize, form: &[String]) -> Option<usize> {
    let ok = |w: &Word, s: &String| w.tag.is_empty() && w.stems.first() == Some(s);
    if !ok(&words[i], &form[0]) {
        return None;
    }
    let mut at = i;
    for s in &form[1..] {
        at = (at + 1..words.len().min(at + 4)).find(|&j| ok(&words[j], s))?;
    }
    // `growth rate`, `death rate`: a measure, not the event
    let measure = words.get(at + 1).is_some_and(|w| w.text == "rate" || w.text == "rates");
    (!measure).then_some(at)
}

/// Cut each sentence into clauses: at commas and semicolons, a piece without an event joining
/// the next; a last piece without one joins the clause before, unless it opens with `and`,
/// `or`, `but` (`…, and on 20 August, to President X`): then it takes that clause's events.
fn clauses(side: &Side, sentences: &[usize], words: &[Word], zh: bool) -> Vec<Clause> {
    let mut out = Vec::new();
    let all = hits(words, zh);
    for &s in sentences {
        let (text, at) = claims::sentence(side, s);
        let mut pending: Option<Range<usize>> = None;
        let mut start = 0;
        let cuts = text
            .match_indices([',', ';', ':', '，', '；', '：'])
            .map(|(i, c)| i + c.len());
        let first = out.len();
        for end in cuts.chain(std::iter::once(text.len())) {
            let piece = at + start..at + end;
            start = end;
            let inside: Vec<Hit> = all
                .iter()
                .filter(|h| piece.start <= h.prose.start && h.prose.end <= piece.end)
                .cloned()
                .collect();
            let from = pending.take().map_or(piece.start, |p| p.start);
            if inside.is_empty() {
                pending = Some(from..piece.end);
            } else {
                out.push(Clause {
                    prose: from..piece.end,
                    hits: inside,
                    inherited: false,
                });
            }
        }
        let Some(mut rest) = pending else { continue };
        let piece = claims::text(side, &rest);
        rest.start += piece.len() - piece.trim_start().len();
        rest.end -= piece.len() - piece.trim_end().len();
        let opens = claims::text(side, &rest).trim_start().to_lowercase();
        let elliptical = !zh && elliptical(&opens);
        if out.len() == first {
            continue;
        }
        if elliptical {
            let hits = out[out.len() - 1].hits.clone();
            out.push(Clause {
                prose: rest,
                hits,
                inherited: true,
            });
        } else if let Some(last) = out.last_mut() {
            last.prose.end = rest.end;
        }
    }
    out
}

/// Whether an English clause opens as an elliptical one: a conjunction and then a preposition
/// (`and on 20 August, to President X`, `and to the Senate`), no subject of its own.
fn elliptical(opens: &str) -> bool {
    let mut w = opens.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
    let (Some(conj), Some(next)) = (w.next(), w.next()) else {
        return false;
    };
    ["and", "or", "but"].contains(&conj) && ["on", "in", "to", "at", "from", "with", "by", "for"].contains(&next)
}

/// The clause of `clauses` holding the prose offset of a fact.
fn clause_of(side: &Side, clauses: &[Clause], fact: usize) -> Option<usize> {
    let span = &side.facts[fact].span;
    clauses.iter().position(|c| {
        let src = claims::source_span(side, c.prose.clone());
        src.start <= span.start && span.start < src.end
    })
}

/// Corresponding clause pairs: (zh clause, en clause, they share a name). Clauses correspond
/// when they share two of the unit's anchors, more than either shares with another clause
/// (or one, when each side is one clause; or none, when the unit rests on its words).
fn pairs(cx: &PairContext, unit: &Unit, zc: &[Clause], ec: &[Clause]) -> Vec<(usize, usize, bool)> {
    let mut count = vec![vec![(0usize, false); ec.len()]; zc.len()];
    for a in &unit.anchors {
        let (Some(z), Some(e)) = (a.zh, a.en) else { continue };
        if let (Some(i), Some(j)) = (clause_of(cx.zh, zc, z), clause_of(cx.en, ec, e)) {
            count[i][j].0 += 1;
            count[i][j].1 |= a.kind == AnchorKind::Name;
        }
    }
    let mut out = Vec::new();
    for i in 0..zc.len() {
        for j in 0..ec.len() {
            let n = count[i][j].0;
            let best_z = (0..ec.len()).all(|k| k == j || count[i][k].0 < n);
            let best_e = (0..zc.len()).all(|k| k == i || count[k][j].0 < n);
            // one shared fact says little where a sentence holds several clauses
            let enough = n >= 2 || (n == 1 && (unit.parallel || (zc.len() == 1 && ec.len() == 1)));
            if enough && best_z && best_e {
                out.push((i, j, count[i][j].1));
            }
        }
    }
    if out.is_empty() && zc.len() == 1 && ec.len() == 1 {
        out.push((0, 0, false));
    }
    out
}

/// The first pair of corresponding clauses reporting different acts.
fn find(cx: &PairContext, unit: &Unit, zc: &[Clause], ec: &[Clause]) -> Option<Found> {
    let pack = claims::pack();
    let classes = |cs: &[Clause]| -> Vec<usize> { cs.iter().flat_map(|c| c.hits.iter().map(|h| h.class)).collect() };
    let (z_all, e_all) = (classes(zc), classes(ec));
    for (i, j, named) in pairs(cx, unit, zc, ec) {
        let (z, e) = (&zc[i], &ec[j]);
        if z.hits.iter().any(|h| e.hits.iter().any(|g| g.class == h.class)) {
            continue;
        }
        for h in &z.hits {
            for g in &e.hits {
                let (a, b) = (&pack.event[h.class], &pack.event[g.class]);
                let antonyms = a.antonyms.contains(&b.id) || b.antonyms.contains(&a.id);
                let same_slot = a.group == b.group && (named || (zc.len() == 1 && ec.len() == 1 && unit.parallel));
                // in articles written independently, only clauses about the same named person
                // or thing
                if !unit.parallel && !named {
                    continue;
                }
                // one side's act is stated nowhere in the other side's sentences
                let absent = !e_all.contains(&h.class) || !z_all.contains(&g.class);
                if (antonyms || same_slot) && absent {
                    return Some(Found {
                        z: h.clone(),
                        e: g.clone(),
                        e_clause: e.prose.clone(),
                        inherited: e.inherited,
                        antonyms,
                    });
                }
            }
        }
    }
    None
}

impl ClaimEventMismatch {
    fn diagnostic(&self, cx: &PairContext, unit: &Unit, f: &Found) -> Diagnostic {
        let pack = claims::pack();
        let (a, b) = (&pack.event[f.z.class], &pack.event[f.e.class]);
        let (zt, et) = (claims::text(cx.zh, &f.z.prose), claims::text(cx.en, &f.e.prose));
        let kind = if f.antonyms {
            "opposite acts"
        } else {
            "different acts in corresponding clauses"
        };
        let mut message = format!(
            "the Chinese says `{zt}` ({}), the English `{et}` ({}): {kind}",
            a.says, b.says
        );
        let mut en_span = f.e.prose.clone();
        if f.inherited {
            let clause = claims::text(cx.en, &f.e_clause).trim();
            message.push_str(&format!(
                " (the English `{clause}` takes `{et}` from the clause before)"
            ));
            en_span = f.e_clause.clone();
        }
        Diagnostic::new(
            self.id(),
            self.severity(),
            cx.zh.file,
            claims::source_span(cx.zh, f.z.prose.clone()),
            message,
        )
        .with_label(format!("Chinese: {}", a.says))
        .with_secondary(
            cx.en.file,
            claims::source_span(cx.en, en_span),
            format!("English: {}", b.says),
        )
        .with_note(align::why(cx.zh, cx.en, unit, &cx.alignment.stated))
        .with_note("check the source and correct the side that is wrong")
    }
}

#[cfg(test)]
mod tests {
    use super::ClaimEventMismatch;
    use crate::rules::claims::tests::run_pair;

    const EN: &str = "On 3 May 2010, Wang presented his credentials to Foreign Minister Sergei Lavrov, and on 5 May, to President Dmitry Medvedev.";

    #[test]
    fn an_elliptical_clause_takes_the_verb_before_it() {
        let zh = "2010年5月3日，王向外交部长谢尔盖·拉夫罗夫递交了国书，并于5月5日致函总统德米特里·梅德韦杰夫。";
        let found = run_pair(&ClaimEventMismatch, zh, EN);
        assert_eq!(found.len(), 1, "{found:?}");
        let d = &found[0];
        assert!(
            d.message.contains("`致函`") && d.message.contains("presented his credentials"),
            "{}",
            d.message
        );
        assert!(d.message.contains("takes"), "{}", d.message);
        // the English label is on the elliptical clause
        let label = &d.labels[0];
        assert_eq!(&EN[label.span.clone()], "and on 5 May, to President Dmitry Medvedev.");
        // the same act on both sides: nothing to say
        let same =
            "2010年5月3日，王向外交部长谢尔盖·拉夫罗夫递交了国书，并于5月5日向总统德米特里·梅德韦杰夫递交了国书。";
        assert!(run_pair(&ClaimEventMismatch, same, EN).is_empty());
    }

    #[test]
    fn antonyms_in_corresponding_sentences() {
        let en = "The population of the city increased by 12,000 between 2003 and 2011.";
        let zh = "该市人口在2003年至2011年间减少了1.2万人。";
        assert_eq!(run_pair(&ClaimEventMismatch, zh, en).len(), 1);
        let zh = "该市人口在2003年至2011年间增加了1.2万人。";
        assert!(run_pair(&ClaimEventMismatch, zh, en).is_empty());
        // a negated event is the other rule's
        let zh = "该市人口在2003年至2011年间没有减少。";
        assert!(run_pair(&ClaimEventMismatch, zh, en).is_empty());
    }

    #[test]
    fn a_direction_joined_to_another_is_neither() {
        // tests/corpus/xquad (Rhine): 西南方 is south-west, as `to the southwest` says
        let zh = "在这一时期，下莱茵河往 西 流，通过荷兰，向西南方延伸，流经英吉利海峡，最后汇入大西洋。";
        let en = "During this time, the lower Rhine flowed roughly west through the Netherlands and extended to the southwest, through the English Channel and finally, to the Atlantic Ocean.";
        assert!(run_pair(&ClaimEventMismatch, zh, en).is_empty());
        // a direction alone is one: the opposite one is reported
        let zh = "在这一时期，下莱茵河往东部流，通过荷兰，向西南方延伸，流经英吉利海峡，最后汇入大西洋。";
        assert_eq!(run_pair(&ClaimEventMismatch, zh, en).len(), 1);
    }

    #[test]
    fn a_subject_of_its_own_is_no_ellipsis() {
        assert!(super::elliptical("and on 20 August, to President X"));
        assert!(super::elliptical("and to the Senate"));
        assert!(!super::elliptical("but they soon fought in Byzantine service"));
        assert!(!super::elliptical("to President X"));
    }
}
