//! Where a pack rule's pattern matches a document: in its prose, its raw text, or the names
//! of its templates.

use super::{PackRule, Scope};
use crate::rules::wiki_title::{template_key, template_name};
use crate::rules::Context;
use crate::Span;

/// One match of a rule in a document.
pub(super) struct Hit {
    /// Source span of the flagged text.
    pub span: Span,
    /// The flagged text as written.
    pub text: String,
    /// The pattern's named groups (other than `flag`) that matched.
    pub captures: Vec<(String, String)>,
    /// The `[[rule.group]]` the match belongs to.
    pub group: Option<String>,
    /// Whether the flagged text was copied verbatim (a text fix is possible).
    pub fixable: bool,
    /// The text between the previous hit of the same block and this one, when they are in the
    /// same block (for repetition); `None` for the first hit of a block.
    pub gap: Option<String>,
}

impl PackRule {
    /// Flagged spans in `text` with their named captures: the `flag` group, else the whole match.
    pub(super) fn matches(&self, text: &str) -> Vec<(Span, Vec<(String, String)>)> {
        let mut out = Vec::new();
        let Some(regex) = self.regex() else {
            return out;
        };
        let names: Vec<&str> = regex.capture_names().flatten().filter(|n| *n != "flag").collect();
        let mut pos = 0;
        while pos <= text.len() {
            let Some(caps) = regex.captures_at(text, pos) else {
                break;
            };
            let whole = caps.get(0).map_or(0..0, |m| m.range());
            let flag = caps.name("flag").map_or(whole.clone(), |m| m.range());
            if !flag.is_empty() {
                let named = names
                    .iter()
                    .filter_map(|n| caps.name(n).map(|m| (n.to_string(), m.as_str().to_string())))
                    .collect();
                out.push((flag.clone(), named));
            }
            pos = if flag.end > pos {
                flag.end
            } else {
                whole.end.max(pos + 1)
            };
            while pos < text.len() && !text.is_char_boundary(pos) {
                pos += 1;
            }
        }
        out
    }

    /// Where the key `k` stands in the (sorted) list of groups.
    fn group_at(&self, k: &str) -> Option<usize> {
        self.groups.binary_search_by(|(t, _)| t.as_str().cmp(k)).ok()
    }

    /// The group a text flagged in the prose or the raw text belongs to (a template's is found
    /// by its name's key: [`Self::template_hits`]).
    fn group_of(&self, flagged: &str) -> Option<String> {
        let k = if self.def.ignorecase {
            flagged.to_lowercase()
        } else {
            flagged.to_string()
        };
        self.group_at(&k).map(|i| self.groups[i].1.clone())
    }

    /// Every match in the document, in order.
    pub(super) fn hits(&self, cx: &Context) -> Vec<Hit> {
        let mut out = Vec::new();
        match self.def.scope {
            Scope::Raw => {
                let mut last: Option<usize> = None;
                for (span, captures) in self.matches(cx.text()) {
                    let gap = last.map(|l| cx.text()[l..span.start].to_string());
                    last = Some(span.end);
                    out.push(self.hit(cx.text(), span, captures, true, gap));
                }
            }
            Scope::Prose => {
                let doc = cx.doc;
                for (block, text) in doc.text_blocks() {
                    let mut last: Option<usize> = None;
                    for (m, captures) in self.matches(text) {
                        let gap = last.map(|l| text[l..m.start].to_string());
                        last = Some(m.end);
                        let p = block.prose.start + m.start..block.prose.start + m.end;
                        let span = doc.prose.to_source_span(p.clone());
                        out.push(self.hit(cx.text(), span, captures, doc.prose.is_verbatim(p), gap));
                    }
                }
            }
            Scope::Templates => out = self.template_hits(cx),
        }
        out
    }

    fn hit(&self, text: &str, span: Span, captures: Vec<(String, String)>, fixable: bool, gap: Option<String>) -> Hit {
        let flagged = text[span.clone()].to_string();
        Hit {
            group: self.group_of(&flagged),
            span,
            text: flagged,
            captures,
            fixable,
            gap,
        }
    }

    /// Templates whose name is one of the tokens; a matching template that only wraps other
    /// matching ones (`{{Multiple issues|{{Orphan}}…}}`) is left out, its inner ones reported.
    fn template_hits(&self, cx: &Context) -> Vec<Hit> {
        let text = cx.text();
        let name_of = |t: &crate::parse::Template| template_name(&text[t.name.clone()]);
        // (a page calls a few templates many times: each name as written keyed once, to where
        // it stands in the list of groups)
        let mut listed: fxhash::FxHashMap<&str, Option<usize>> = fxhash::FxHashMap::default();
        let mut known: Vec<(&crate::parse::Template, usize)> = cx
            .doc
            .templates
            .iter()
            .filter_map(|t| {
                let at = *listed
                    .entry(name_of(t))
                    .or_insert_with_key(|name| self.group_at(&template_key(name)));
                Some((t, at?))
            })
            .collect();
        known.sort_by_key(|(t, _)| t.span.start);
        let mut out = Vec::new();
        for (i, &(t, at)) in known.iter().enumerate() {
            // nested spans: the next known template starting inside this one is inside it
            let wraps = known
                .get(i + 1)
                .is_some_and(|(inner, _)| inner.span.start < t.span.end && inner.span.end <= t.span.end);
            if wraps {
                continue;
            }
            out.push(Hit {
                span: t.span.clone(),
                text: name_of(t).to_string(),
                captures: Vec::new(),
                group: Some(self.groups[at].1.clone()),
                fixable: false,
                gap: None,
            });
        }
        out
    }
}
