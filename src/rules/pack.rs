//! Declarative rules: packs of rules written as data in `rules/*.toml` (built in) or in a
//! folder given with `--rules DIR`.
//!
//! ```toml
//! [[rule]]
//! id = "halfwidth-punctuation"            # stable kebab-case id
//! message = "half-width `{match}` between Chinese characters"
//! description = "What it finds, why it matters, how to fix it (Markdown)."
//! severity = "warning"                    # error | warning | info
//! language = "zh"                         # zh | en | any
//! formats = ["wikitext", "wiki-markdown", "plain"]   # default: all
//! scope = "prose"                         # prose (readable text) | raw (the markup)
//! type = "substitution"                   # existence | substitution (Vale's vocabulary)
//! pattern = '\p{Han}(?P<flag>[,;])\p{Han}'  # regex; the `flag` group (else the whole match) is reported
//! # tokens = ["a", "b"]                    # instead of pattern: a literal list
//! swap = { "," = "，", ";" = "；" }         # substitution: flagged text → replacement
//! # replace = "…"                         # substitution: one replacement for every match
//! safe = true                             # the fix may be applied unattended
//! fire = ["前一天,阿布哈兹"]               # examples that must fire (and whose fix must re-lint clean)
//! quiet = ["Hello, world"]                # examples that must not fire
//! ```
//!
//! Matching restarts right after the flagged text, so context characters around the flag
//! can be shared by neighbouring matches (`中,文,字` yields two findings).

use super::{Context, Rule};
use crate::diagnostic::{apply_edits, Diagnostic, Edit, Fix, Severity};
use crate::source::{Format, Lang, SourceFile};
use crate::Span;
use regex::{Regex, RegexBuilder};
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

include!(concat!(env!("OUT_DIR"), "/builtin_packs.rs"));

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    rule: Vec<Spanned<RuleDef>>,
}

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
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug, Default)]
#[serde(rename_all = "lowercase")]
enum Kind {
    #[default]
    Existence,
    Substitution,
}

#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
struct RuleDef {
    id: Spanned<String>,
    message: String,
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
    #[serde(default)]
    ignorecase: bool,
    swap: Option<BTreeMap<String, String>>,
    replace: Option<String>,
    #[serde(default)]
    safe: bool,
    #[serde(default)]
    fire: Vec<Spanned<String>>,
    #[serde(default)]
    quiet: Vec<Spanned<String>>,
}

/// A problem in a rule pack, with the byte span in the TOML file it is about.
#[derive(Debug, Clone)]
pub struct PackError {
    pub path: String,
    pub span: Span,
    pub message: String,
    /// 1-based line of `span.start` (for plain-text reports).
    pub line: usize,
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.message)
    }
}

/// A rule defined in a pack.
pub struct PackRule {
    id: &'static str,
    def: RuleDef,
    regex: Regex,
    path: String,
}

/// A problem with a whole pack file or folder (nothing to point at inside it).
fn file_failure(name: String, message: String) -> (SourceFile, Vec<PackError>) {
    let e = PackError {
        path: name.clone(),
        span: 0..0,
        message,
        line: 1,
    };
    (
        SourceFile {
            name,
            text: String::new(),
        },
        vec![e],
    )
}

fn error(path: &str, text: &str, span: Span, message: impl Into<String>) -> PackError {
    let start = span.start.min(text.len());
    let line = text[..start].matches('\n').count() + 1;
    PackError {
        path: path.to_string(),
        span,
        message: message.into(),
        line,
    }
}

/// Load a pack; with `run_examples`, also check that every example behaves.
pub fn load_pack(path: &str, text: &str, run_examples: bool) -> Result<Vec<PackRule>, Vec<PackError>> {
    let file: PackFile =
        toml::from_str(text).map_err(|e| vec![error(path, text, e.span().unwrap_or(0..0), e.message().to_string())])?;
    let mut rules = Vec::new();
    let mut errors = Vec::new();
    for def in file.rule {
        let def_span = def.span();
        let def = def.into_inner();
        match compile(path, text, def_span, def) {
            Ok(rule) => {
                if run_examples {
                    errors.extend(rule.check_examples(text));
                }
                rules.push(rule);
            }
            Err(e) => errors.push(e),
        }
    }
    let mut seen = std::collections::HashSet::new();
    for r in &rules {
        if !seen.insert(r.id) {
            errors.push(error(
                path,
                text,
                r.def.id.span(),
                format!("rule id `{}` is defined twice", r.id),
            ));
        }
    }
    if errors.is_empty() {
        Ok(rules)
    } else {
        Err(errors)
    }
}

fn compile(path: &str, text: &str, def_span: Span, def: RuleDef) -> Result<PackRule, PackError> {
    let id = def.id.get_ref();
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        || id.starts_with('-')
    {
        return Err(error(
            path,
            text,
            def.id.span(),
            format!("rule id `{id}` must be kebab-case (a-z, 0-9, -)"),
        ));
    }
    let source = match (&def.pattern, &def.tokens) {
        (Some(p), None) => p.get_ref().clone(),
        (None, Some(tokens)) if !tokens.is_empty() => {
            let alts: Vec<String> = tokens.iter().map(|t| regex::escape(t)).collect();
            format!("(?P<flag>{})", alts.join("|"))
        }
        (Some(p), Some(_)) => {
            return Err(error(
                path,
                text,
                p.span(),
                "give either `pattern` or `tokens`, not both",
            ))
        }
        _ => {
            return Err(error(
                path,
                text,
                def_span,
                format!("rule `{id}` needs a `pattern` or a non-empty `tokens` list"),
            ))
        }
    };
    let regex = RegexBuilder::new(&source)
        .case_insensitive(def.ignorecase)
        .build()
        .map_err(|e| {
            let span = def.pattern.as_ref().map_or(def_span.clone(), |p| p.span());
            error(
                path,
                text,
                span,
                format!(
                    "invalid regex: {}",
                    e.to_string().lines().last().unwrap_or_default().trim()
                ),
            )
        })?;
    if def.kind == Kind::Substitution && def.swap.is_none() && def.replace.is_none() {
        return Err(error(
            path,
            text,
            def_span,
            format!("substitution rule `{id}` needs `swap` or `replace`"),
        ));
    }
    Ok(PackRule {
        id: Box::leak(id.clone().into_boxed_str()),
        def,
        regex,
        path: path.to_string(),
    })
}

impl PackRule {
    fn applies(&self, doc_lang: Lang, format: Format) -> bool {
        let lang_ok = match self.def.language {
            LangSel::Any => true,
            LangSel::Zh => doc_lang == Lang::Zh,
            LangSel::En => doc_lang == Lang::En,
        };
        lang_ok && (self.def.formats.is_empty() || self.def.formats.contains(&format))
    }

    /// Flagged spans in `text`: the `flag` group, else the whole match.
    fn matches(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos <= text.len() {
            let Some(caps) = self.regex.captures_at(text, pos) else {
                break;
            };
            let whole = caps.get(0).map_or(0..0, |m| m.range());
            let flag = caps.name("flag").map_or(whole.clone(), |m| m.range());
            if !flag.is_empty() {
                out.push(flag.clone());
            }
            let next = if flag.end > pos {
                flag.end
            } else {
                whole.end.max(pos + 1)
            };
            pos = next;
            while pos < text.len() && !text.is_char_boundary(pos) {
                pos += 1;
            }
        }
        out
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

    fn diagnostic(&self, cx: &Context, span: Span, fixable: bool) -> Diagnostic {
        let flagged = &cx.text()[span.clone()];
        let replacement = self.replacement(flagged);
        let message = self
            .def
            .message
            .replace("{match}", flagged)
            .replace("{replacement}", replacement.as_deref().unwrap_or(""));
        let mut d = Diagnostic::new(self.id, self.def.severity, cx.file, span.clone(), message);
        if let (Some(r), true) = (replacement, fixable) {
            d = d.with_label(format!("use `{r}`")).with_fix(Fix {
                message: format!("replace `{flagged}` with `{r}`"),
                edits: vec![Edit {
                    start: span.start,
                    end: span.end,
                    replacement: r,
                }],
                safe: self.def.safe,
            });
        }
        d
    }

    /// Check every example; errors point at the example in the TOML file.
    fn check_examples(&self, toml_text: &str) -> Vec<PackError> {
        let mut errors = Vec::new();
        let run = |text: &str| super::run_on_text(self, "example", text);
        for ex in &self.def.fire {
            let (source, diags) = run(ex.get_ref());
            if diags.is_empty() {
                errors.push(error(
                    &self.path,
                    toml_text,
                    ex.span(),
                    format!("`{}`: this example must fire but does not", self.id),
                ));
                continue;
            }
            let edits: Vec<Edit> = diags
                .iter()
                .filter_map(|d| d.fix.as_ref())
                .flat_map(|f| f.edits.clone())
                .collect();
            if !edits.is_empty() {
                let fixed = apply_edits(&source.text, &edits);
                if !run(&fixed).1.is_empty() {
                    errors.push(error(
                        &self.path,
                        toml_text,
                        ex.span(),
                        format!(
                            "`{}`: the fix of this example does not re-lint clean: {fixed:?}",
                            self.id
                        ),
                    ));
                }
            }
        }
        for ex in &self.def.quiet {
            if !run(ex.get_ref()).1.is_empty() {
                errors.push(error(
                    &self.path,
                    toml_text,
                    ex.span(),
                    format!("`{}`: this example must not fire but does", self.id),
                ));
            }
        }
        errors
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
        let doc = cx.doc;
        if !self.applies(doc.lang, doc.format) {
            return;
        }
        match self.def.scope {
            Scope::Raw => {
                for span in self.matches(cx.text()) {
                    out.push(self.diagnostic(cx, span, true));
                }
            }
            Scope::Prose => {
                for (block, text) in doc.text_blocks() {
                    for m in self.matches(text) {
                        let p = block.prose.start + m.start..block.prose.start + m.end;
                        let span = doc.prose.to_source_span(p.clone());
                        out.push(self.diagnostic(cx, span, doc.prose.is_verbatim(p)));
                    }
                }
            }
        }
    }
}

/// The built-in packs' rules.
pub fn builtin() -> Vec<PackRule> {
    BUILTIN_PACKS
        .iter()
        .flat_map(|(path, text)| {
            load_pack(path, text, false).unwrap_or_else(|e| panic!("built-in rule pack {path} is broken: {:?}", e))
        })
        .collect()
}

/// Load every `*.toml` pack in `dir` (sorted), checking their examples.
pub fn load_dir(dir: &std::path::Path) -> (Vec<PackRule>, Vec<(SourceFile, Vec<PackError>)>) {
    let mut rules = Vec::new();
    let mut failed = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            failed.push(file_failure(
                crate::source::display_name(dir),
                format!("cannot read rule folder: {e}"),
            ));
            return (rules, failed);
        }
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    for p in paths {
        let name = crate::source::display_name(&p);
        match crate::source::load_file(&p, &name) {
            Ok(f) => match load_pack(&name, &f.text, true) {
                Ok(r) => rules.extend(r),
                Err(errs) => failed.push((f, errs)),
            },
            Err(e) => failed.push(file_failure(name, e.message)),
        }
    }
    (rules, failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errs(toml: &str) -> Vec<PackError> {
        load_pack("t.toml", toml, true).err().unwrap_or_default()
    }

    const GOOD: &str = r#"
[[rule]]
id = "no-foo"
message = "`{match}` is not allowed"
description = "Finds foo."
severity = "warning"
language = "en"
pattern = '\bfoo\b'
fire = ["A foo here."]
quiet = ["A food here."]
"#;

    #[test]
    fn a_good_pack_loads() {
        assert!(errs(GOOD).is_empty());
    }

    #[test]
    fn unknown_key_points_at_its_line() {
        let bad = GOOD.replace("pattern =", "paterns =");
        let e = errs(&bad);
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(e[0].message.contains("unknown field `paterns`"), "{}", e[0].message);
        assert_eq!(e[0].line, 8, "the misspelled key's own line: {e:?}");
    }

    #[test]
    fn invalid_regex_points_at_the_pattern() {
        let e = errs(&GOOD.replace(r"'\bfoo\b'", "'(foo'"));
        assert!(e[0].message.starts_with("invalid regex"), "{}", e[0].message);
        assert_eq!(e[0].line, 8);
    }

    #[test]
    fn misbehaving_examples_are_reported_at_the_example() {
        let e = errs(&GOOD.replace("quiet = [\"A food here.\"]", "quiet = [\"Another foo.\"]"));
        assert_eq!(e.len(), 1);
        assert!(e[0].message.contains("must not fire"), "{}", e[0].message);
        assert_eq!(e[0].line, 10);
        let e = errs(&GOOD.replace("fire = [\"A foo here.\"]", "fire = [\"Nothing.\"]"));
        assert!(e[0].message.contains("must fire"), "{}", e[0].message);
    }

    #[test]
    fn bad_toml_and_bad_values() {
        assert!(!errs("[[rule]\nid=").is_empty());
        let e = errs(&GOOD.replace("\"warning\"", "\"fatal\""));
        assert!(e[0].message.contains("unknown variant `fatal`"), "{}", e[0].message);
        let e = errs(&GOOD.replace("\"no-foo\"", "\"No Foo\""));
        assert!(e[0].message.contains("kebab-case"), "{}", e[0].message);
    }

    #[test]
    fn flags_share_context() {
        let r = load_pack(
            "t.toml",
            r#"
[[rule]]
id = "x"
message = "m"
description = "d"
severity = "info"
pattern = '\p{Han}(?P<flag>,)\p{Han}'
"#,
            false,
        )
        .unwrap();
        assert_eq!(r[0].matches("中,文,字").len(), 2);
    }
}
