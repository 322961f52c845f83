//! `type = "consistency"`: one article uses one spelling of each set in `either`
//! (colour / color, 科科伊季 / 科科伊奇); the spellings it uses less are reported. A quotation
//! keeps its own spelling: matches inside quotation marks are not counted.

use super::hits::Hit;
use super::PackRule;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;

pub(super) fn check(rule: &PackRule, cx: &Context, hits: &[Hit], out: &mut Vec<Diagnostic>) {
    let key = |s: &str| {
        if rule.def.ignorecase {
            s.to_lowercase()
        } else {
            s.to_string()
        }
    };
    for set in rule.def.either.as_deref().unwrap_or_default() {
        let keys: Vec<String> = set.iter().map(|s| key(s)).collect();
        // hits of each spelling, in the set's order
        let mut by: Vec<Vec<&Hit>> = vec![Vec::new(); set.len()];
        for h in hits {
            // (whether a hit is quoted is asked only of the set's spellings: it reads the
            // line back to its start)
            if let Some(i) = keys.iter().position(|k| *k == key(&h.text)) {
                if !quoted(cx.text(), h.span.start) {
                    by[i].push(h);
                }
            }
        }
        if by.iter().filter(|v| !v.is_empty()).count() < 2 {
            continue;
        }
        // the spelling used most (on a tie, the one used first) is the article's
        let first_at = |v: &Vec<&Hit>| v.first().map_or(usize::MAX, |h| h.span.start);
        let main = (0..set.len())
            .max_by(|&a, &b| {
                by[a]
                    .len()
                    .cmp(&by[b].len())
                    .then(first_at(&by[b]).cmp(&first_at(&by[a])))
            })
            .unwrap_or(0);
        let other = set[main].as_str();
        for (_, v) in by.iter().enumerate().filter(|(i, _)| *i != main) {
            for h in v {
                out.push(rule.finding(cx, h, &[("other", other)], Some(other.to_string())));
            }
        }
    }
}

/// Whether byte `at` of `text` is inside a quotation on its line: after an odd number of `"`,
/// or after more `“`/`「` than `”`/`」`.
fn quoted(text: &str, at: usize) -> bool {
    let line = &text[memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1)..at];
    let count = |c: char| line.matches(c).count();
    count('"') % 2 == 1 || count('“') > count('”') || count('「') > count('」')
}
