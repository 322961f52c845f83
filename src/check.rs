//! The `check` job: load inputs, parse them, run the rules, collect diagnostics and errors.
//! Knows nothing of the command line or of rendering.

use crate::diagnostic::Diagnostic;
use crate::parse::{parse, Document};
use crate::rules::{self, Context, Rule};
use crate::source::{self, Format, Input, LoadError, SourceFile};

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Force this format instead of detecting it.
    pub input_format: Option<Format>,
    /// Rule ids to leave out.
    pub ignore: Vec<String>,
    /// When non-empty: only these rule ids.
    pub select: Vec<String>,
}

/// What a check produced.
#[derive(Debug, Default)]
pub struct Outcome {
    pub files: Vec<SourceFile>,
    /// Sorted as for output.
    pub diagnostics: Vec<Diagnostic>,
    pub errors: Vec<LoadError>,
}

/// Rule ids named in options that no rule has.
pub fn unknown_rules(opts: &Options) -> Vec<String> {
    let known: Vec<&str> = rules::all().iter().map(|r| r.id()).collect();
    opts.ignore
        .iter()
        .chain(&opts.select)
        .filter(|id| !known.contains(&id.as_str()))
        .cloned()
        .collect()
}

fn active_rules(opts: &Options) -> Vec<Box<dyn Rule>> {
    rules::all()
        .into_iter()
        .filter(|r| !opts.ignore.iter().any(|i| i == r.id()))
        .filter(|r| opts.select.is_empty() || opts.select.iter().any(|s| s == r.id()))
        .collect()
}

/// Check the files and folders named by `paths` (`-` is stdin).
pub fn check_paths(paths: &[String], opts: &Options) -> Outcome {
    let (inputs, mut errors) = source::expand_paths(paths);
    let mut files = Vec::new();
    for input in inputs {
        let loaded = match &input {
            Input::Stdin => source::load_stdin(),
            Input::File(p) | Input::Found(p) => source::load_file(p, &source::display_name(p)),
        };
        match loaded {
            Ok(f) => files.push(f),
            Err(e) if e.binary && matches!(input, Input::Found(_)) => {}
            Err(e) => errors.push(e),
        }
    }
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    let diagnostics = check_sources(&files, opts);
    Outcome {
        files,
        diagnostics,
        errors,
    }
}

/// Parse and lint already-loaded sources. Diagnostics refer to files by their index.
pub fn check_sources(files: &[SourceFile], opts: &Options) -> Vec<Diagnostic> {
    let rules = active_rules(opts);
    let mut out = Vec::new();
    for (id, file) in files.iter().enumerate() {
        let doc: Document = parse(file, opts.input_format);
        let cx = Context {
            file: id,
            source: file,
            doc: &doc,
        };
        for rule in &rules {
            rule.check(&cx, &mut out);
        }
    }
    crate::report::sort(files, &mut out);
    out
}
