//! # empty-template-param (info for infoboxes, warning for citations)
//!
//! **What it does.** Finds named template parameters with no value in infoboxes
//! (`| map = `) and citation templates (`|publisher= `): the fields of a copied skeleton
//! nobody filled in.
//!
//! **Why it matters.** In a citation an empty field is usually a piece of the source that was
//! lost (the publisher, the date) and that a reader checking the claim needs. In an infobox it
//! is harmless for the reader but tells the editor which facts the article still lacks, and
//! it pads the wikitext.
//!
//! **How it reports.** One diagnostic per template, on its name, listing its empty fields,
//! with a label on each, so an infobox with ten empty fields reads as one finding. Infoboxes
//! (`Infobox …`, `Taxobox`, `…信息框`, `…資訊框`) are `info`; citation templates (`cite …`,
//! `citation`, dewiki's `Internetquelle` and `Literatur`) are `warning`. A value that holds
//! only a comment counts as empty. Positional parameters and other templates are not checked,
//! nor the citation fields that only steer formatting or bots (`df`, `mode`, `url-status`,
//! `archive-url`, …), whose empty value just means "the default".
//!
//! **Example.**
//! ```text
//! <ref name="tass">{{cite web|title=South Ossetia recognizes … |publisher= |date=2014-06-27 …}}</ref>
//!                    ^^^^^^^^ citation `cite web` has an empty field: publisher
//! ```
//!
//! **Fix.** Fill the fields in from the source. Deleting the empty fields is offered: safe for
//! citations (an empty citation field means the same as an absent one), unsafe for infoboxes
//! (a few infoboxes treat a present-but-empty field differently).

use super::wiki_title::template_name;
use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::parse::{Param, Template};

pub struct EmptyTemplateParam;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Infobox,
    Citation,
}

/// Infobox and citation templates by how their names start, their whole names and how they
/// end, in lower case with `_` read as a space.
const INFOBOX: [&[&str]; 3] = [&["infobox"], &["taxobox"], &["信息框", "資訊框", "资讯框"]];
const CITATION: [&[&str]; 3] = [&["cite ", "cite-"], &["citation", "internetquelle", "literatur"], &[]];

fn kind(name: &str) -> Option<Kind> {
    let t = name.trim();
    // (an ASCII name is compared where it stands, a byte read as the lists write it; any
    // other is copied to that form first: most templates are neither, and an ASCII name
    // needs no copy to say so)
    let copy;
    let n = if t.is_ascii() {
        t
    } else {
        copy = t.replace('_', " ").to_lowercase();
        copy.as_str()
    };
    let norm = |b: u8| if b == b'_' { b' ' } else { b.to_ascii_lowercase() };
    let same = |a: &[u8], b: &str| a.len() == b.len() && a.iter().zip(b.bytes()).all(|(&x, y)| norm(x) == y);
    let n = n.as_bytes();
    let is = |[starts, names, ends]: [&[&str]; 3]| {
        starts.iter().any(|p| n.get(..p.len()).is_some_and(|h| same(h, p)))
            || names.iter().any(|w| same(n, w))
            || ends
                .iter()
                .any(|e| n.len() >= e.len() && same(&n[n.len() - e.len()..], e))
    };
    if is(INFOBOX) {
        Some(Kind::Infobox)
    } else if is(CITATION) {
        Some(Kind::Citation)
    } else {
        None
    }
}

/// Citation fields that only steer formatting or bots: empty means "the default", nothing of
/// the source is lost (InternetArchiveBot adds an empty `|df=` to every citation it touches).
const CITATION_FORMATTING_FIELDS: &[&str] = &[
    "df",
    "mode",
    "ref",
    "postscript",
    "separator",
    "author-mask",
    "authormask",
    "name-list-format",
    "name-list-style",
    "display-authors",
    "displayauthors",
    "lastauthoramp",
    "last-author-amp",
    "url-status",
    "dead-url",
    "deadurl",
    "url-access",
    "subscription",
    "registration",
    "format",
    "archive-url",
    "archiveurl",
    "archive-date",
    "archivedate",
    "archive-format",
    "quote",
];

/// A value with nothing but white space and comments.
fn is_empty_value(text: &str, p: &Param) -> bool {
    let mut v = text[p.value.clone()].trim();
    while let Some(rest) = v.strip_prefix("<!--") {
        match rest.find("-->") {
            Some(e) => v = rest[e + 3..].trim_start(),
            None => return false,
        }
    }
    v.is_empty()
}

impl Rule for EmptyTemplateParam {
    fn id(&self) -> &'static str {
        "empty-template-param"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("empty_template_param.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let text = cx.text();
        for t in &cx.doc.templates {
            let name = template_name(&text[t.name.clone()]);
            let Some(kind) = kind(name) else { continue };
            let empty: Vec<&Param> = t
                .params
                .iter()
                // (the value first: most are not empty, and their names are not copied)
                .filter(|p| {
                    is_empty_value(text, p)
                        && p.name.as_ref().is_some_and(|n| {
                            let n = text[n.clone()].trim().to_lowercase();
                            let formatting = kind == Kind::Citation && CITATION_FORMATTING_FIELDS.contains(&n.as_str());
                            !n.is_empty() && !formatting
                        })
                })
                .collect();
            if !empty.is_empty() {
                out.push(self.report(cx, t, name, kind, &empty));
            }
        }
    }
}

impl EmptyTemplateParam {
    fn report(&self, cx: &Context, t: &Template, name: &str, kind: Kind, empty: &[&Param]) -> Diagnostic {
        let text = cx.text();
        let field = |p: &Param| text[p.name.clone().unwrap_or_default()].to_string();
        let mut list: Vec<String> = empty.iter().take(8).map(|p| field(p)).collect();
        if empty.len() > 8 {
            list.push("…".into());
        }
        let (what, severity) = match kind {
            Kind::Infobox => ("infobox", Severity::Info),
            Kind::Citation => ("citation", Severity::Warning),
        };
        let message = if empty.len() == 1 {
            format!("{what} `{name}` has an empty field: {}", list[0])
        } else {
            format!("{what} `{name}` has {} empty fields: {}", empty.len(), list.join(", "))
        };
        let mut d =
            Diagnostic::new(self.id(), severity, cx.file, t.name.clone(), message).with_label(if empty.len() == 1 {
                "1 empty field".to_string()
            } else {
                format!("{} empty fields", empty.len())
            });
        for p in empty {
            let n = p.name.clone().unwrap_or_default();
            let label_end = text[n.end..p.span.end].find('=').map_or(n.end, |e| n.end + e + 1);
            d = d.with_secondary(cx.file, n.start..label_end, format!("`{}` is empty", field(p)));
        }
        let edits = empty
            .iter()
            .map(|p| Edit {
                // from the `|` before the field to the next `|` or the closing `}}`
                start: p.span.start - 1,
                end: p.span.end,
                replacement: String::new(),
            })
            .collect();
        d.with_fix(Fix {
            message: if empty.len() == 1 {
                "delete the empty field".into()
            } else {
                format!("delete the {} empty fields", empty.len())
            },
            edits,
            safe: kind == Kind::Citation,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{corpus, run, xquad_pairs};

    fn seed() -> String {
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/003_981c4c21a77e9e1d.txt")).unwrap()
    }

    #[test]
    fn fires_on_seed_003() {
        let s = seed();
        let d = run(&EmptyTemplateParam, "003.txt", &s);
        assert_eq!(d.len(), 2, "{:?}", d.iter().map(|d| &d.message).collect::<Vec<_>>());
        assert_eq!(
            d[0].message,
            "infobox `Infobox bilateral relations` has 6 empty fields: map, envoytitle1, envoy1, envoytitle2, envoy2, mission1"
        );
        assert_eq!(d[0].severity, Severity::Info);
        assert_eq!(d[0].labels.len(), 6);
        assert_eq!(&s[d[0].labels[0].span.clone()], "map         =");
        assert_eq!(d[1].message, "citation `cite web` has an empty field: publisher");
        assert_eq!(d[1].severity, Severity::Warning);
        assert_eq!(&s[d[1].labels[0].span.clone()], "publisher=");
    }

    #[test]
    fn fix_relints_clean() {
        let s = seed();
        for d in run(&EmptyTemplateParam, "003.txt", &s) {
            let fixed = crate::diagnostic::apply_edits(&s, &d.fix.as_ref().unwrap().edits);
            let after = run(&EmptyTemplateParam, "003.txt", &fixed);
            assert_eq!(after.len(), 1, "{fixed}");
            assert!(fixed.contains("| mission2    = [["));
            if d.severity == Severity::Warning {
                assert!(
                    fixed.contains("|url=http://tass.ru/en/world/738110 |date=2014-06-27"),
                    "{fixed}"
                );
            } else {
                assert!(fixed.contains("| filetype    = svg\n| mission2    = [["), "{fixed}");
            }
        }
        let t = "{{cite web |title=T |publisher= |date=<!-- --> }}";
        let d = run(&EmptyTemplateParam, "t.wikitext", t);
        let fixed = crate::diagnostic::apply_edits(t, &d[0].fix.as_ref().unwrap().edits);
        assert_eq!(fixed, "{{cite web |title=T }}");
    }

    #[test]
    fn real_defect_in_corpus() {
        // zh-wikitext/林纳斯·托瓦兹.wikitext cites Linux.org with an empty `|date= `.
        let text = corpus("zh-wikitext/林纳斯·托瓦兹.wikitext");
        let d = run(&EmptyTemplateParam, "x.wikitext", &text);
        assert!(
            d.iter()
                .any(|d| d.message == "citation `cite web` has an empty field: date"),
            "{d:?}"
        );
    }

    /// A template's kind is read from its name in lower case with `_` as a space, whether the
    /// name is ASCII (compared where it stands) or not (copied first).
    #[test]
    fn a_template_name_is_read_in_lower_case_with_spaces() {
        let cases = [
            ("Infobox person", Some(Kind::Infobox)),
            ("infobox_person", Some(Kind::Infobox)),
            (" INFOBOX ", Some(Kind::Infobox)),
            ("Taxobox", Some(Kind::Infobox)),
            ("Taxobox2", None),
            ("人物信息框", Some(Kind::Infobox)),
            ("人物資訊框", Some(Kind::Infobox)),
            ("Cite web", Some(Kind::Citation)),
            ("cite_web", Some(Kind::Citation)),
            ("Cite-news", Some(Kind::Citation)),
            ("Citeweb", None),
            ("cite", None),
            ("Citation", Some(Kind::Citation)),
            ("citation needed", None),
            ("Literatur", Some(Kind::Citation)),
            ("Internetquelle", Some(Kind::Citation)),
            ("Cite_web_日本", Some(Kind::Citation)),
            ("Navbox", None),
            ("", None),
        ];
        for (name, expected) in cases {
            assert!(kind(name) == expected, "{name:?}");
        }
    }

    #[test]
    fn quiet_on_filled_and_other_templates() {
        let t =
            "{{cite web|title=A|url=http://x|publisher=B}} {{lang|zh|}} {{Navbox|above=}} {{Infobox person|name=X}}";
        assert!(run(&EmptyTemplateParam, "t.wikitext", t).is_empty());
        // positional empties are not fields
        assert!(run(&EmptyTemplateParam, "t.wikitext", "{{cite web|title=A||}}").is_empty());
        // en-wikitext/Harry-McPherson.txt: an infobox and citations with every field filled
        let text = corpus("en-wikitext/Harry-McPherson.txt");
        assert!(text.contains("{{Infobox Officeholder"));
        assert!(run(&EmptyTemplateParam, "x.wikitext", &text).is_empty());
        for (_, en, zh) in xquad_pairs().into_iter().take(40) {
            assert!(run(&EmptyTemplateParam, "p.txt", &en).is_empty());
            assert!(run(&EmptyTemplateParam, "p.txt", &zh).is_empty());
        }
    }
}
