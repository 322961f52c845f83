//! Reading packs: TOML → rules, every problem reported at its line in the TOML file.

use super::{Kind, PackRule, RuleDef, Scope};
use crate::rules::wiki_title::template_key;
use crate::source::SourceFile;
use crate::Span;
use regex::{Regex, RegexBuilder};
use serde::Deserialize;
use std::sync::OnceLock;
use toml::Spanned;

include!(concat!(env!("OUT_DIR"), "/builtin_packs.rs"));

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    rule: Vec<Spanned<RuleDef>>,
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

pub(super) fn error(path: &str, text: &str, span: Span, message: impl Into<String>) -> PackError {
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
    load(path, text, run_examples, Compile::Now)
}

/// When a rule's pattern is compiled.
#[derive(Clone, Copy, PartialEq)]
enum Compile {
    /// At load, so that an invalid pattern is reported.
    Now,
    /// On first use: a built-in pack, whose patterns the tests compile.
    OnFirstUse,
}

fn load(path: &str, text: &str, run_examples: bool, when: Compile) -> Result<Vec<PackRule>, Vec<PackError>> {
    let file: PackFile =
        toml::from_str(text).map_err(|e| vec![error(path, text, e.span().unwrap_or(0..0), e.message().to_string())])?;
    let mut rules = Vec::new();
    let mut errors = Vec::new();
    for def in file.rule {
        let def_span = def.span();
        let def = def.into_inner();
        match compile(path, text, def_span, def, when) {
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

/// A literal token as a regex: whole words where it starts or ends with a letter or digit.
fn token_regex(t: &str) -> String {
    let edge = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let (l, r) = (edge(t.chars().next()), edge(t.chars().next_back()));
    format!(
        "{}{}{}",
        if l { r"\b" } else { "" },
        regex::escape(t),
        if r { r"\b" } else { "" }
    )
}

/// The tokens a rule lists, each with its group's name: `tokens`, `group` lists or `either` sets.
fn listed_tokens(def: &RuleDef) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for t in def.tokens.iter().flatten() {
        out.push((t.clone(), String::new()));
    }
    for g in def.group.iter().flatten() {
        out.extend(g.tokens.iter().map(|t| (t.clone(), g.name.clone())));
    }
    for set in def.either.iter().flatten() {
        out.extend(set.iter().map(|t| (t.clone(), String::new())));
    }
    out
}

/// What a rule of each type needs besides its pattern: `None` when it has it.
fn missing(def: &RuleDef) -> Option<&'static str> {
    match def.kind {
        Kind::Substitution if def.swap.is_none() && def.replace.is_none() => Some("`swap` or `replace`"),
        Kind::Occurrence if def.max.is_none() && def.min.is_none() => Some("`max` or `min`"),
        Kind::Consistency if def.either.as_ref().is_none_or(|e| e.iter().any(|s| s.len() < 2)) => {
            Some("`either`: sets of two or more spellings")
        }
        Kind::Substitution | Kind::Repetition if def.scope == Scope::Templates => {
            Some("`scope = \"prose\"` or `\"raw\"` (templates cannot be substituted or repeated)")
        }
        _ => None,
    }
}

fn compile(path: &str, text: &str, def_span: Span, def: RuleDef, when: Compile) -> Result<PackRule, PackError> {
    let id = def.id.get_ref();
    let err = |span: Span, msg: String| error(path, text, span, msg);
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        || id.starts_with('-')
    {
        return Err(err(
            def.id.span(),
            format!("rule id `{id}` must be kebab-case (a-z, 0-9, -)"),
        ));
    }
    let tokens = listed_tokens(&def);
    let lists = [def.tokens.is_some(), def.group.is_some(), def.either.is_some()]
        .iter()
        .filter(|x| **x)
        .count();
    let source = match (&def.pattern, lists) {
        (Some(p), 0) => p.get_ref().clone(),
        (None, 1) if !tokens.is_empty() => {
            let alts: Vec<String> = tokens.iter().map(|(t, _)| token_regex(t)).collect();
            format!("(?P<flag>{})", alts.join("|"))
        }
        (Some(p), _) => return Err(err(p.span(), "give either `pattern` or a token list, not both".into())),
        _ => {
            return Err(err(
                def_span,
                format!("rule `{id}` needs a `pattern` or one non-empty list: `tokens`, `group` or `either`"),
            ))
        }
    };
    let regex = OnceLock::new();
    if when == Compile::Now {
        let compiled = build_regex(&source, def.ignorecase).map_err(|e| {
            let span = def.pattern.as_ref().map_or(def_span.clone(), |p| p.span());
            err(
                span,
                format!(
                    "invalid regex: {}",
                    e.to_string().lines().last().unwrap_or_default().trim()
                ),
            )
        })?;
        let _ = regex.set(Some(compiled));
    }
    if let Some(what) = missing(&def) {
        return Err(err(
            def_span,
            format!("{:?} rule `{id}` needs {what}", def.kind).to_lowercase(),
        ));
    }
    let key = |t: &str| match def.scope {
        Scope::Templates => template_key(t),
        _ if def.ignorecase => t.to_lowercase(),
        _ => t.to_string(),
    };
    let mut groups: Vec<(String, String)> = tokens.iter().map(|(t, g)| (key(t), g.clone())).collect();
    let mut seen = std::collections::HashSet::new();
    if let Some((t, _)) = groups.iter().find(|(t, _)| !seen.insert(t.clone())) {
        return Err(err(def_span, format!("rule `{id}` lists `{t}` twice")));
    }
    // (sorted, for a search by key: every template of a page is looked up)
    groups.sort();
    Ok(PackRule {
        id: crate::intern(id),
        def,
        regex,
        source,
        groups,
        path: path.to_string(),
    })
}

/// A rule's pattern compiled.
pub(super) fn build_regex(source: &str, ignorecase: bool) -> Result<Regex, regex::Error> {
    RegexBuilder::new(source).case_insensitive(ignorecase).build()
}

/// The built-in packs' rules.
pub fn builtin() -> Vec<PackRule> {
    BUILTIN_PACKS
        .iter()
        .flat_map(|(path, text)| {
            load(path, text, false, Compile::OnFirstUse)
                .unwrap_or_else(|e| panic!("built-in rule pack {path} is broken: {:?}", e))
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
