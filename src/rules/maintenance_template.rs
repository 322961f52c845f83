//! # maintenance-template (info)
//!
//! **What it does.** Finds maintenance templates left in the text: `{{Orphan}}`,
//! `{{Citation needed}}`, `{{cn}}`, `{{Refimprove}}`, `{{Unreferenced}}`, `{{Cleanup}}`,
//! `{{Expand}}`, `{{Dead link}}` and their Chinese counterparts (`{{孤立页面}}`,
//! `{{來源請求}}`, `{{需要来源}}`, `{{失效链接}}`, …).
//!
//! **Why it matters.** Each one marks a known problem: an unsourced claim, a dead reference,
//! an article nobody links to. A translator should not copy the claim without its source, and
//! a reviewer wants the list of open problems at a glance.
//!
//! **How it decides.** The template's name is compared, after trimming, `_` → space and with
//! the first letter case-insensitive, to the lists in `rules/data/maintenance-templates.toml`
//! (grouped by what the template asks for). A `Template:` or `模板:` prefix is ignored.
//!
//! **Example.**
//! ```text
//! {{Orphan|time=2016-06-23T16:22:25+00:00}}
//! ^^^^^^^^ maintenance template `Orphan`: the article asks for links from other articles
//! ```
//!
//! **Fix.** Do what the template asks (find the source, link the article), then remove it. No
//! automatic fix: removing the tag alone hides the problem.

use super::wiki_title::{template_key, template_name, title_key};
use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

pub struct MaintenanceTemplate;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    group: Vec<Group>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    asks: String,
    names: Vec<String>,
}

/// Template key → what it asks for.
fn names() -> &'static HashMap<String, String> {
    static NAMES: OnceLock<HashMap<String, String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let data: Data =
            toml::from_str(crate::data::MAINTENANCE_TEMPLATES).expect("rules/data/maintenance-templates.toml is valid");
        let mut map = HashMap::new();
        for g in data.group {
            for n in g.names {
                map.insert(title_key(&n), g.asks.clone());
            }
        }
        map
    })
}

impl Rule for MaintenanceTemplate {
    fn id(&self) -> &'static str {
        "maintenance-template"
    }
    fn severity(&self) -> Severity {
        Severity::Info
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("maintenance_template.rs"))
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let text = cx.text();
        for t in &cx.doc.templates {
            let name = template_name(&text[t.name.clone()]);
            let Some(asks) = names().get(&template_key(name)) else {
                continue;
            };
            // a banner that only wraps other tags ({{Multiple issues|{{Orphan}}…}}): report those
            let wraps_tags = cx.doc.templates.iter().any(|inner| {
                inner.span.start > t.span.start
                    && inner.span.end < t.span.end
                    && names().contains_key(&template_key(template_name(&text[inner.name.clone()])))
            });
            if wraps_tags {
                continue;
            }
            out.push(
                Diagnostic::new(
                    self.id(),
                    self.severity(),
                    cx.file,
                    t.span.clone(),
                    format!("maintenance template `{name}` left in the text: it asks for {asks}"),
                )
                .with_label(format!("`{name}`: an open problem")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{corpus, flagged, xquad_pairs};

    #[test]
    fn data_is_valid_and_has_no_duplicates() {
        let data: Data = toml::from_str(crate::data::MAINTENANCE_TEMPLATES).unwrap();
        let mut seen = std::collections::HashSet::new();
        for g in &data.group {
            for n in &g.names {
                assert!(seen.insert(title_key(n)), "{n} is listed twice");
            }
        }
    }

    #[test]
    fn fires_on_seed_003() {
        let seed =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/003_981c4c21a77e9e1d.txt")).unwrap();
        let f = flagged(&MaintenanceTemplate, "003.txt", &seed);
        assert_eq!(f, vec!["{{Orphan|time=2016-06-23T16:22:25+00:00}}"]);
    }

    #[test]
    fn fires_on_english_and_chinese_names() {
        let t = "A claim.{{cn}} Another.{{Citation_needed|date=May 2020}} 又一個。{{來源請求}}{{需要来源}}\n\n{{Template:Refimprove}}\n";
        let f = flagged(&MaintenanceTemplate, "t.wikitext", t);
        assert_eq!(f.len(), 5, "{f:?}");
    }

    #[test]
    fn real_defects_in_corpus() {
        // en-wikitext/United-Kingdom.txt carries `{{citation needed|…}}` and `{{dead link|…}}`;
        // en-wikitext/Direct-representation.txt opens with `{{Multiple issues|{{Notability…}}
        // {{Primary sources…}} {{Refimprove…}}}}`: the three tags are reported, not the wrapper.
        let uk = corpus("en-wikitext/United-Kingdom.txt");
        let f = flagged(&MaintenanceTemplate, "x.wikitext", &uk);
        assert!(
            f.iter().any(|f| f.to_lowercase().starts_with("{{citation needed")),
            "{f:?}"
        );
        let cm = corpus("en-wikitext/Direct-representation.txt");
        let f = flagged(&MaintenanceTemplate, "x.wikitext", &cm);
        assert_eq!(f.len(), 3, "{f:?}");
        assert!(
            f.iter().all(|f| !f.to_lowercase().starts_with("{{multiple issues")),
            "{f:?}"
        );
    }

    #[test]
    fn quiet_on_ordinary_templates() {
        let t = "{{cite web|title=x}} {{reflist}} {{Infobox person|name=x}} {{lang|zh|中文}} {{-}}";
        assert!(flagged(&MaintenanceTemplate, "t.wikitext", t).is_empty());
        let text = corpus("zh-wikitext/林纳斯·托瓦兹.wikitext");
        assert!(flagged(&MaintenanceTemplate, "x.wikitext", &text).is_empty());
        for (_, en, zh) in xquad_pairs().into_iter().take(40) {
            assert!(flagged(&MaintenanceTemplate, "p.txt", &en).is_empty());
            assert!(flagged(&MaintenanceTemplate, "p.txt", &zh).is_empty());
        }
    }
}
