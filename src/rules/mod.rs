//! Rules: each rule is one file whose module doc comment (What it does / Why it matters /
//! Example / Fix) is what `parallax rule ID` prints.

mod broken_markup;
mod claim_event_mismatch;
mod claim_polarity_mismatch;
mod claims;
mod dangling_slot;
mod date_mismatch;
mod duplicate_category;
mod empty_reference;
mod empty_section;
mod empty_template_param;
mod entity_mismatch;
mod fact_omitted;
mod inconsistent_transliteration;
mod invalid_date;
mod latin_in_chinese;
mod link_text_overrun;
mod mixed_script;
mod name_mismatch;
mod number_mismatch;
pub mod pack;
mod redundant_link_pipe;
mod repeated_word;
pub mod unused_suppression;
mod wiki_title;

use crate::align::{Alignment, Side};
use crate::diagnostic::{Diagnostic, FileId, Severity};
use crate::parse::Document;
use crate::source::SourceFile;

/// What a single-document rule sees.
pub struct Context<'a> {
    pub file: FileId,
    pub source: &'a SourceFile,
    pub doc: &'a Document,
    /// The document's counterpart in the other language, when it has one.
    pub partner: Option<&'a Side<'a>>,
    /// The document's facts, when the run has already extracted them (for pairing).
    given: Option<&'a [crate::facts::Fact]>,
    /// The facts extracted on first use, when the run had none: once per document.
    extracted: std::cell::OnceCell<Vec<crate::facts::Fact>>,
}

/// What a cross-language rule sees: a zh document, its en counterpart, and their alignment.
pub struct PairContext<'a> {
    pub zh: &'a Side<'a>,
    pub en: &'a Side<'a>,
    pub alignment: &'a Alignment,
    /// The words of the units whose claims are compared, read once for every rule that
    /// compares claims ([`claims::sure_units`]).
    claim_words: std::cell::OnceCell<Vec<claims::UnitWords>>,
}

impl<'a> PairContext<'a> {
    pub fn new(zh: &'a Side<'a>, en: &'a Side<'a>, alignment: &'a Alignment) -> Self {
        PairContext {
            zh,
            en,
            alignment,
            claim_words: std::cell::OnceCell::new(),
        }
    }
}

impl<'a> Context<'a> {
    /// What a rule sees of one document; `facts` are the run's, when it extracted them.
    pub fn new(
        file: FileId,
        source: &'a SourceFile,
        doc: &'a Document,
        partner: Option<&'a Side<'a>>,
        facts: Option<&'a [crate::facts::Fact]>,
    ) -> Self {
        Context {
            file,
            source,
            doc,
            partner,
            given: facts,
            extracted: std::cell::OnceCell::new(),
        }
    }

    pub fn text(&self) -> &str {
        &self.source.text
    }

    /// The document's facts: the run's, or extracted on first use (once per document, and
    /// shared by every rule).
    pub fn facts(&self) -> &[crate::facts::Fact] {
        match self.given {
            Some(f) => f,
            None => self
                .extracted
                .get_or_init(|| crate::facts::extract(self.doc, self.text())),
        }
    }

    /// The document's dates, as [`Context::facts`] has them, in the sentences `may` accepts
    /// at least. Of an English article checked alone, no other rule asks for facts: its
    /// dates are read alone, without its numbers and names, and only in the sentences `may`
    /// accepts (reading them was most of the time of checking it). Otherwise (a Chinese
    /// article's rules read its names too; a paired article's facts are the run's) every
    /// date is given.
    pub fn dates_where(&self, may: &dyn Fn(&str) -> bool) -> Vec<std::borrow::Cow<'_, crate::facts::Fact>> {
        use std::borrow::Cow;
        let is_date = |f: &crate::facts::Fact| f.kind == crate::facts::FactKind::Date;
        match self.given.or(self.extracted.get().map(Vec::as_slice)) {
            Some(all) => all.iter().filter(|f| is_date(f)).map(Cow::Borrowed).collect(),
            None if self.doc.lang == crate::source::Lang::En => crate::facts::extract_dates(self.doc, self.text(), may)
                .into_iter()
                .filter(is_date)
                .map(Cow::Owned)
                .collect(),
            None => self.facts().iter().filter(|f| is_date(f)).map(Cow::Borrowed).collect(),
        }
    }
}

/// A single-document rule.
pub trait Rule: Send + Sync {
    /// Stable kebab-case id (part of the output contract).
    fn id(&self) -> &'static str;
    fn severity(&self) -> Severity;
    /// The rule's documentation in Markdown: its module doc comment.
    fn docs(&self) -> String;
    /// What renderers may say of the rule.
    fn meta(&self) -> crate::diagnostic::RuleMeta {
        let docs = self.docs();
        crate::diagnostic::RuleMeta {
            id: self.id(),
            severity: self.severity(),
            summary: summary_line(&docs),
            docs,
        }
    }
    /// Check one document.
    fn check(&self, _cx: &Context, _out: &mut Vec<Diagnostic>) {}
    /// Check a zh↔en pair (cross-language rules).
    fn check_pair(&self, _cx: &PairContext, _out: &mut Vec<Diagnostic>) {}
    /// Whether the rule needs documents paired and aligned.
    fn cross_language(&self) -> bool {
        false
    }
    /// Whether the rule compares a pair's aligned sentences ([`Rule::check_pair`]); a
    /// cross-language rule that only reads the partner document says no, and pairs are not
    /// aligned for it alone.
    fn compares_pairs(&self) -> bool {
        self.cross_language()
    }
}

/// Every built-in rule, sorted by id.
pub fn all() -> Vec<Box<dyn Rule>> {
    let mut rules: Vec<Box<dyn Rule>> = vec![
        Box::new(broken_markup::BrokenMarkup),
        Box::new(claim_event_mismatch::ClaimEventMismatch),
        Box::new(claim_polarity_mismatch::ClaimPolarityMismatch),
        Box::new(dangling_slot::DanglingSlot),
        Box::new(date_mismatch::DateMismatch),
        Box::new(duplicate_category::DuplicateCategory),
        Box::new(empty_reference::EmptyReference),
        Box::new(empty_section::EmptySection),
        Box::new(empty_template_param::EmptyTemplateParam),
        Box::new(entity_mismatch::EntityMismatch),
        Box::new(fact_omitted::FactOmitted),
        Box::new(inconsistent_transliteration::InconsistentTransliteration),
        Box::new(invalid_date::InvalidDate),
        Box::new(latin_in_chinese::LatinInChinese),
        Box::new(link_text_overrun::LinkTextOverrun),
        Box::new(mixed_script::MixedScript),
        Box::new(name_mismatch::NameMismatch),
        Box::new(number_mismatch::NumberMismatch),
        Box::new(redundant_link_pipe::RedundantLinkPipe),
        Box::new(repeated_word::RepeatedWord),
        Box::new(unused_suppression::UnusedSuppression),
    ];
    rules.extend(pack::builtin().into_iter().map(|r| Box::new(r) as Box<dyn Rule>));
    rules.sort_by_key(|r| r.id());
    rules
}

/// Extract the `//!` module documentation from a rule's source file.
pub(crate) fn module_docs(source: &str) -> String {
    let mut out = String::new();
    for line in source.lines() {
        if let Some(rest) = line.strip_prefix("//!") {
            out.push_str(rest.strip_prefix(' ').unwrap_or(rest));
            out.push('\n');
        } else if !out.is_empty() {
            break;
        }
    }
    out
}

/// One line about a rule (for `parallax rule --all`): the first sentence of "What it does".
pub fn summary_line(docs: &str) -> String {
    let para: Vec<&str> = docs
        .split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with('#'))
        .unwrap_or("")
        .lines()
        .map(str::trim)
        .collect();
    let text = para.join(" ").replace("**What it does.** ", "");
    match text.find(": ").or_else(|| text.find(". ")) {
        Some(i) => format!("{}.", &text[..i].trim_end_matches('.')),
        None => text,
    }
}

/// Parse `text` as a file named `name` (format detected) and run one rule on it.
pub fn run_on_text(rule: &dyn Rule, name: &str, text: &str) -> (SourceFile, Vec<Diagnostic>) {
    let source = SourceFile {
        name: name.into(),
        text: text.into(),
    };
    let doc = crate::parse::parse(&source, None);
    let mut out = Vec::new();
    rule.check(&Context::new(0, &source, &doc, None, None), &mut out);
    (source, out)
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;

    /// The registered rule of `id`; an unknown id fails the test.
    pub fn rule(id: &str) -> Box<dyn Rule> {
        all().into_iter().find(|r| r.id() == id).expect("registered")
    }

    /// Run `rule` on `text` (format detected) and return its diagnostics.
    pub fn run(rule: &dyn Rule, name: &str, text: &str) -> Vec<Diagnostic> {
        super::run_on_text(rule, name, text).1
    }

    /// Every string of `len` pieces of `alphabet`, for tests that compare a fast scan with
    /// a plain one on every input of a size.
    pub fn every_string<'a>(alphabet: &'a [&'a str], len: u32) -> impl Iterator<Item = String> + 'a {
        (0..alphabet.len().pow(len)).map(move |mut k| {
            let mut text = String::new();
            for _ in 0..len {
                text.push_str(alphabet[k % alphabet.len()]);
                k /= alphabet.len();
            }
            text
        })
    }

    /// The flagged source text of each diagnostic.
    pub fn flagged(rule: &dyn Rule, name: &str, text: &str) -> Vec<String> {
        run(rule, name, text)
            .iter()
            .map(|d| text[d.span.clone()].to_string())
            .collect()
    }

    /// Check a zh text against an en text (each `(name, text)`, the format read from the
    /// name and the text) with one rule, as `parallax check --pair` does.
    pub fn run_pair(rule: &dyn Rule, zh: (&str, &str), en: (&str, &str)) -> Vec<Diagnostic> {
        let file = |(name, text): (&str, &str)| crate::source::SourceFile {
            name: name.into(),
            text: text.into(),
        };
        let (zs, es) = (file(zh), file(en));
        let (zd, ed) = (crate::parse::parse(&zs, None), crate::parse::parse(&es, None));
        let (zf, ef) = (
            crate::facts::extract(&zd, &zs.text),
            crate::facts::extract(&ed, &es.text),
        );
        let side = |file, source, doc, facts| crate::align::Side {
            file,
            source,
            doc,
            facts,
        };
        let (zh, en) = (side(0, &zs, &zd, &zf[..]), side(1, &es, &ed, &ef[..]));
        let alignment = crate::align::align(&zh, &en);
        let mut out = Vec::new();
        rule.check_pair(&PairContext::new(&zh, &en, &alignment), &mut out);
        out
    }

    /// Read a file of the real-world test corpus (`tests/corpus`, in the repository with its
    /// attribution); a missing file fails the test.
    pub fn corpus(path: &str) -> String {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/corpus")
            .join(path);
        std::fs::read_to_string(&p)
            .unwrap_or_else(|e| panic!("corpus file {} is needed by this test: {e}", p.display()))
    }

    /// The xquad paragraph pairs: (article, en, zh).
    pub fn xquad_pairs() -> Vec<(String, String, String)> {
        corpus("xquad/xquad_paragraph_pairs.jsonl")
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("xquad jsonl line");
                let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
                (s("article"), s("en"), s("zh"))
            })
            .collect()
    }
}

/// The registry, the rule files and the README agree: adding a rule file without registering
/// it, or with a doc header that does not match its `id()`/`severity()`, or without a row in
/// the README's rules table, fails here.
#[cfg(test)]
mod registry_tests {
    use super::all;
    use std::collections::BTreeMap;

    /// `# id (severity)` headers of the rule files in src/rules/ (a rule in a folder has
    /// them in its `mod.rs`): id → (severity, file).
    fn headers() -> BTreeMap<String, (String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
        let mut out = BTreeMap::new();
        for e in std::fs::read_dir(&dir).expect("src/rules") {
            let p = e.unwrap().path();
            let p = if p.is_dir() { p.join("mod.rs") } else { p };
            let Ok(text) = std::fs::read_to_string(&p) else {
                continue;
            };
            let first = text.lines().next().unwrap_or_default();
            let Some(rest) = first.strip_prefix("//! # ") else {
                continue;
            };
            let (id, sev) = rest.split_once(" (").expect("`# id (severity)`");
            let name = p.strip_prefix(&dir).unwrap_or(&p).to_string_lossy().into_owned();
            out.insert(id.to_string(), (sev.trim_end_matches(')').to_string(), name));
        }
        out
    }

    #[test]
    fn every_rule_file_is_registered_with_its_header_id_and_severity() {
        let headers = headers();
        assert!(headers.len() >= 15, "{headers:?}");
        let rules = all();
        for (id, (sev, file)) in &headers {
            let rule = rules
                .iter()
                .find(|r| r.id() == id)
                .unwrap_or_else(|| panic!("src/rules/{file} (`{id}`) is not in rules::all()"));
            // `(info for infoboxes, warning for citations)`: the rule's own severity is among them
            let named: Vec<&str> = sev.split(|c: char| !c.is_ascii_alphabetic()).collect();
            assert!(
                named.contains(&rule.severity().name()),
                "src/rules/{file}: header says ({sev}), the rule `{}`",
                rule.severity().name()
            );
            assert!(
                rule.docs().starts_with(&format!("# {id} (")),
                "{file}: docs come from the file"
            );
        }
        for r in &rules {
            let builtin_pack = super::pack::builtin().iter().any(|p| super::Rule::id(p) == r.id());
            assert!(
                builtin_pack || headers.contains_key(r.id()),
                "`{}` is registered but no src/rules file has its `# {} (…)` header",
                r.id(),
                r.id()
            );
        }
    }

    #[test]
    fn every_rule_has_a_row_in_the_readme_rules_table() {
        let readme =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
        for r in all() {
            let row = readme
                .lines()
                .find(|l| l.starts_with(&format!("| `{}` |", r.id())))
                .unwrap_or_else(|| panic!("README.md has no rules-table row for `{}`", r.id()));
            let sev = row.split('|').nth(2).unwrap_or_default();
            assert!(
                sev.contains(r.severity().name()),
                "README row of `{}` gives severity `{}`, the rule `{}`",
                r.id(),
                sev.trim(),
                r.severity().name()
            );
        }
    }
}
