//! Reading a run's inputs: files, folders, stdin; dumps set aside for streaming; the
//! counterpart of a configured pair read as context.

use super::*;
use crate::source::{self, Input, LoadError, SourceFile};
use std::path::PathBuf;

/// Read the files and folders named by `paths` (`-` is stdin), leaving out excluded files.
/// Wiki dumps are read whole, every page a file (`check` streams them: see [`load_split`]).
pub fn load_paths(paths: &[String], opts: &Options) -> (Vec<SourceFile>, Vec<LoadError>) {
    let Loaded {
        mut files,
        mut errors,
        dumps,
    } = load_split(paths, opts);
    for d in dumps {
        let (f, e) = source::dump::read_all(&d, &source::display_name(&d));
        files.extend(f);
        errors.extend(e);
    }
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    (files, errors)
}

/// Inputs read, with the wiki dumps among them left to stream.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: Vec<SourceFile>,
    /// Sorted by path.
    pub errors: Vec<LoadError>,
    /// MediaWiki XML dumps (see [`source::dump`]), in input order.
    pub dumps: Vec<PathBuf>,
}

/// Like [`load_paths`], but dumps are not read: they are returned for streaming.
pub fn load_split(paths: &[String], opts: &Options) -> Loaded {
    let Planned {
        inputs,
        mut errors,
        dumps,
    } = plan(paths, opts);
    let mut files = Vec::new();
    for input in &inputs {
        match read(input) {
            Some(Ok(f)) => files.push(f),
            Some(Err(e)) => errors.push(e),
            None => {}
        }
    }
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    Loaded { files, errors, dumps }
}

/// A run's inputs before any is read.
#[derive(Debug, Default)]
pub struct Planned {
    /// The articles (stdin included), in the order they were named or found.
    pub inputs: Vec<Input>,
    /// Paths that could not be listed, sorted by path.
    pub errors: Vec<LoadError>,
    /// MediaWiki XML dumps (see [`source::dump`]), in input order.
    pub dumps: Vec<PathBuf>,
}

/// Expand `paths` (`-` is stdin) into the articles to read and the dumps to stream, leaving
/// out excluded files and dump indexes. Only an `.xml` met in a folder walk is opened, to see
/// whether it is a dump.
pub fn plan(paths: &[String], opts: &Options) -> Planned {
    let (mut found, mut errors) = source::expand_paths(paths);
    found.retain(|i| !opts.excluded(i));
    let (mut inputs, mut dumps) = (Vec::new(), Vec::new());
    for input in found {
        match &input {
            Input::Found(p) if source::dump::is_index(p) => {}
            // an `.xml` met in a folder walk is a dump only if it looks like one
            Input::Found(p) if source::dump::is_dump(p) && !source::dump::sniff(p) => inputs.push(input),
            Input::File(p) | Input::Found(p) if source::dump::is_dump(p) => dumps.push(p.clone()),
            _ => inputs.push(input),
        }
    }
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    Planned { inputs, errors, dumps }
}

/// Read one article: `None` for a binary file met in a folder walk (skipped quietly, as
/// ripgrep does).
pub fn read(input: &Input) -> Option<Result<SourceFile, LoadError>> {
    let loaded = match input {
        Input::Stdin => source::load_stdin(),
        Input::File(p) | Input::Found(p) => source::load_file(p, &source::display_name(p)),
    };
    match loaded {
        Err(e) if e.binary && matches!(input, Input::Found(_)) => None,
        r => Some(r),
    }
}

/// Whether a loaded file's name and a path name the same file.
pub(super) fn same_file(name: &str, p: &std::path::Path) -> bool {
    name == source::display_name(p)
        || matches!((std::fs::canonicalize(name), std::fs::canonicalize(p)), (Ok(a), Ok(b)) if a == b)
}

/// For each explicit pair of which only one side is among `files`, read the other side.
/// Returns the indices of the files added.
pub(super) fn add_counterparts(files: &mut Vec<SourceFile>, opts: &Options) -> Vec<usize> {
    let mut added = Vec::new();
    for (zh, en) in &opts.pairs {
        let has = |files: &[SourceFile], p: &PathBuf| files.iter().any(|f| same_file(&f.name, p));
        let missing = match (has(files, zh), has(files, en)) {
            (true, false) => en,
            (false, true) => zh,
            _ => continue,
        };
        if let Ok(f) = source::load_file(missing, &source::display_name(missing)) {
            added.push(files.len());
            files.push(f);
        }
    }
    added
}

/// Read the files and folders named by `paths` (`-` is stdin): the files that loaded, and
/// errors for the rest (sorted by path). Binary files found in folder walks are skipped.
pub fn load_inputs(paths: &[String]) -> (Vec<SourceFile>, Vec<LoadError>) {
    load_paths(paths, &Options::default())
}
