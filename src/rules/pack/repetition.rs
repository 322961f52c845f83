//! `type = "repetition"`: the same token twice in a row (only white space between).

use super::hits::Hit;
use super::PackRule;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::rules::Context;

pub(super) fn check(rule: &PackRule, cx: &Context, hits: &[Hit], out: &mut Vec<Diagnostic>) {
    let same = |a: &str, b: &str| {
        if rule.def.ignorecase {
            a.to_lowercase() == b.to_lowercase()
        } else {
            a == b
        }
    };
    let mut k = 1;
    while k < hits.len() {
        let (a, b) = (&hits[k - 1], &hits[k]);
        // in one block, and only white space between in the prose and in the source (markup
        // between the two, such as a template, renders as something)
        let blank = |g: &str| g.chars().all(char::is_whitespace);
        let adjacent = b.gap.as_deref().is_some_and(blank)
            && a.span.end <= b.span.start
            && blank(&cx.text()[a.span.end..b.span.start]);
        if !(adjacent && same(&a.text, &b.text)) {
            k += 1;
            continue;
        }
        let both = Hit {
            span: a.span.start..b.span.end,
            text: a.text.clone(),
            captures: a.captures.clone(),
            group: a.group.clone(),
            fixable: false,
            gap: None,
        };
        let mut d = rule.finding(cx, &both, &[], None);
        if a.fixable && b.fixable {
            d = d.with_fix(Fix {
                message: format!("delete the second `{}`", b.text),
                edits: vec![Edit {
                    start: a.span.end,
                    end: b.span.end,
                    replacement: String::new(),
                }],
                safe: rule.def.safe,
            });
        }
        out.push(d);
        k += 2;
    }
}
