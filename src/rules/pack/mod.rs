//! Declarative rules: packs of rules written as data in `rules/*.toml` (built in), in a
//! folder given with `--rules DIR`, or in a folder named by `rules = [...]` in `parallax.toml`.
//! docs/rule-packs.md is the user's guide; this is the reference.
//!
//! ```toml
//! [[rule]]
//! id = "halfwidth-punctuation"            # stable kebab-case id
//! message = "half-width `{match}` between Chinese characters"   # captures: see below
//! label = "use `{replacement}`"          # optional: the label under the flagged text
//! description = "What it finds, why it matters, how to fix it (Markdown)."
//! severity = "warning"                    # error | warning | info
//! language = "zh"                         # zh | en | any
//! formats = ["wikitext", "wiki-markdown", "plain"]   # default: all
//! scope = "prose"                         # prose (readable text) | raw (the markup) |
//!                                         # templates (the names of the templates used)
//! type = "substitution"                   # existence | substitution | occurrence |
//!                                         # repetition | consistency (Vale's vocabulary)
//! pattern = '\p{Han}(?P<flag>[,;])\p{Han}'  # regex; the `flag` group (else the whole match) is reported
//! # tokens = ["a", "b"]                    # instead of pattern: a literal list
//! # [[rule.group]] name = "…" tokens = […] # instead of pattern: named lists (`{group}`)
//! ignorecase = false
//! swap = { "," = "，", ";" = "；" }         # substitution: flagged text → replacement
//! # replace = "…"                         # substitution: one replacement for every match
//! # max = 1, min = 1, per = "document"    # occurrence: at most / at least N per document | section
//! # either = [["colour", "color"]]        # consistency: one article uses one spelling of each set
//! safe = true                             # the fix may be applied unattended
//! fire = ["前一天,阿布哈兹"]               # examples that must fire (and whose fix must re-lint clean)
//! quiet = ["Hello, world"]                # examples that must not fire
//! ```
//!
//! Captures in `message` and `label`: `{match}` (the flagged text), `{replacement}`, `{group}`,
//! `{count}`, `{max}`, `{min}`, `{other}` (consistency: the spelling the article uses most),
//! and every named group of `pattern` by its name.
//!
//! Matching restarts right after the flagged text, so context characters around the flag
//! can be shared by neighbouring matches (`中,文,字` yields two findings).

mod consistency;
mod examples;
mod hits;
mod load;
mod occurrence;
mod repetition;

pub use load::{builtin, load_dir, load_pack, PackError};

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::source::{Format, Lang};
use hits::Hit;
use regex::Regex;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;
use toml::Spanned;

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug, Default)]
#[serde(rename_all = "lowercase")]
enum LangSel {
    Zh,
    En,
    #[default]
    Any,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug, Default)]
#[serde(rename_all = "lowercase")]
enum Scope {
    #[default]
    Prose,
    Raw,
    Templates,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug, Default)]
#[serde(rename_all = "lowercase")]
enum Kind {
    #[default]
    Existence,
    Substitution,
    Occurrence,
    Repetition,
    Consistency,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug, Default)]
#[serde(rename_all = "lowercase")]
enum Per {
    #[default]
    Document,
    Section,
}

/// A named list of tokens: `{group}` in the message names the group a match belongs to.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
struct Group {
    name: String,
    tokens: Vec<String>,
}

#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
struct RuleDef {
    id: Spanned<String>,
    message: String,
    label: Option<String>,
    description: String,
    severity: Severity,
    #[serde(default)]
    language: LangSel,
    #[serde(default)]
    formats: Vec<Format>,
    #[serde(default)]
    scope: Scope,
    #[serde(rename = "type", default)]
    kind: Kind,
    pattern: Option<Spanned<String>>,
    tokens: Option<Vec<String>>,
    group: Option<Vec<Group>>,
    #[serde(default)]
    ignorecase: bool,
    swap: Option<BTreeMap<String, String>>,
    replace: Option<String>,
    max: Option<usize>,
    min: Option<usize>,
    #[serde(default)]
    per: Per,
    either: Option<Vec<Vec<String>>>,
    #[serde(default)]
    safe: bool,
    #[serde(default)]
    fire: Vec<Spanned<String>>,
    #[serde(default)]
    quiet: Vec<Spanned<String>>,
}

/// A rule defined in a pack.
pub struct PackRule {
    id: &'static str,
    def: RuleDef,
    /// The pattern (a token list's alternation), compiled on first use for the built-in packs
    /// (a template-scope rule never uses it: one of 2.3 KB cost 2.6 ms of every run's start)
    /// and when loaded for the others, whose errors are reported then.
    regex: OnceLock<Option<Regex>>,
    source: String,
    /// For `group` lists: each alternative of `regex` (as a key) with its group, sorted.
    groups: Vec<(String, String)>,
    path: String,
}

/// Fill `{name}` captures into a message template.
fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut s = template.to_string();
    for (k, v) in vars {
        s = s.replace(&format!("{{{k}}}"), v);
    }
    s
}

impl PackRule {
    /// The rule's pattern, compiled; `None` for a pattern that does not compile, which only a
    /// built-in pack could hold, and the test `builtin_patterns_compile` rules out.
    fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| load::build_regex(&self.source, self.def.ignorecase).ok())
            .as_ref()
    }

    fn applies(&self, doc_lang: Lang, format: Format) -> bool {
        let lang_ok = match self.def.language {
            LangSel::Any => true,
            LangSel::Zh => doc_lang == Lang::Zh,
            LangSel::En => doc_lang == Lang::En,
        };
        lang_ok && (self.def.formats.is_empty() || self.def.formats.contains(&format))
    }

    fn replacement(&self, flagged: &str) -> Option<String> {
        if self.def.kind != Kind::Substitution {
            return None;
        }
        if let Some(swap) = &self.def.swap {
            return swap.get(flagged).cloned();
        }
        self.def.replace.clone()
    }

    /// A finding at `hit`, with `vars` added to its captures, and a fix replacing the flagged
    /// text with `replacement` when the text there is plain.
    fn finding(&self, cx: &Context, hit: &Hit, vars: &[(&str, &str)], replacement: Option<String>) -> Diagnostic {
        let mut all: Vec<(&str, &str)> = vec![("match", hit.text.as_str())];
        all.extend(hit.captures.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        if let Some(g) = &hit.group {
            all.push(("group", g.as_str()));
        }
        all.push(("replacement", replacement.as_deref().unwrap_or("")));
        all.extend_from_slice(vars);
        let message = fill(&self.def.message, &all);
        let mut d = Diagnostic::new(self.id, self.def.severity, cx.file, hit.span.clone(), message);
        if let Some(label) = &self.def.label {
            d = d.with_label(fill(label, &all));
        }
        if let (Some(r), true) = (replacement, hit.fixable) {
            if self.def.label.is_none() {
                d = d.with_label(format!("use `{r}`"));
            }
            d = d.with_fix(Fix {
                message: format!("replace `{}` with `{r}`", hit.text),
                edits: vec![Edit {
                    start: hit.span.start,
                    end: hit.span.end,
                    replacement: r,
                }],
                safe: self.def.safe,
            });
        }
        d
    }
}

impl Rule for PackRule {
    fn id(&self) -> &'static str {
        self.id
    }
    fn severity(&self) -> Severity {
        self.def.severity
    }
    fn docs(&self) -> String {
        let d = &self.def;
        let mut s = format!("# {} ({})\n\n{}\n", self.id, d.severity.name(), d.description.trim());
        let list = |xs: &[Spanned<String>]| xs.iter().map(|x| format!("- `{}`\n", x.get_ref())).collect::<String>();
        if !d.fire.is_empty() {
            s.push_str(&format!("\n**Fires on:**\n{}", list(&d.fire)));
        }
        if !d.quiet.is_empty() {
            s.push_str(&format!("\n**Does not fire on:**\n{}", list(&d.quiet)));
        }
        s.push_str(&format!("\nDefined in `{}` (a declarative rule).\n", self.path));
        s
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        if !self.applies(cx.doc.lang, cx.doc.format) {
            return;
        }
        let hits = self.hits(cx);
        match self.def.kind {
            Kind::Existence | Kind::Substitution => {
                for h in &hits {
                    out.push(self.finding(cx, h, &[], self.replacement(&h.text)));
                }
            }
            Kind::Occurrence => occurrence::check(self, cx, &hits, out),
            Kind::Repetition => repetition::check(self, cx, &hits, out),
            Kind::Consistency => consistency::check(self, cx, &hits, out),
        }
    }
}

#[cfg(test)]
mod tests;
