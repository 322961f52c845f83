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

/// The names of the files `paths` would check (`--show-files`), in the order they are read,
/// and errors for the paths that do not exist.
pub fn show_files(paths: &[String], opts: &Options) -> (Vec<String>, Vec<LoadError>) {
    let (mut inputs, errors) = source::expand_paths(paths);
    inputs.retain(|i| !opts.excluded(i));
    let names = inputs
        .iter()
        .map(|i| match i {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) | Input::Found(p) => source::display_name(p),
        })
        .collect();
    (names, errors)
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
        match read(input, opts) {
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

/// The name an input goes by: its path as given, or `--stdin-filename` for stdin.
pub fn name_of(input: &Input, opts: &Options) -> String {
    match input {
        Input::Stdin => opts.stdin_name.clone().unwrap_or_else(|| "<stdin>".to_string()),
        Input::File(p) | Input::Found(p) => source::display_name(p),
    }
}

/// Read one article: `None` for a binary file met in a folder walk (skipped quietly, as
/// ripgrep does).
pub fn read(input: &Input, opts: &Options) -> Option<Result<SourceFile, LoadError>> {
    let loaded = match input {
        Input::Stdin => source::load_stdin().map(|mut f| {
            f.name = name_of(input, opts);
            f
        }),
        Input::File(p) | Input::Found(p) => source::load_file(p, &source::display_name(p)),
    };
    match loaded {
        Err(e) if e.binary && matches!(input, Input::Found(_)) => None,
        r => Some(r),
    }
}

/// Whether a loaded file's name and a path name the same file ([`Known`] asks it of many
/// files at once).
#[cfg(test)]
fn same_file(name: &str, p: &std::path::Path) -> bool {
    name == source::display_name(p)
        || matches!((std::fs::canonicalize(name), std::fs::canonicalize(p)), (Ok(a), Ok(b)) if a == b)
}

/// For each explicit pair of which only one side is among `files`, and each file named as one
/// language version of an article (`X.zh.md` / `X.en.txt`, `zh/X.md` / `en/X.md`, see
/// [`crate::align::pair::name_key`]) whose other version was not given, read the other side.
/// A counterpart is named relative to the current folder when it lies below it, so a file has
/// one spelling whether it was passed or read as context. Returns the indices of the files added.
pub(super) fn add_counterparts(files: &mut Vec<SourceFile>, opts: &Options) -> Vec<usize> {
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let mut added = Vec::new();
    for (path, name) in counterparts(&names, opts) {
        if let Ok(f) = source::load_file(&path, &name) {
            added.push(files.len());
            files.push(f);
        }
    }
    added
}

/// The counterparts [`add_counterparts`] reads for the articles `names`: (path, the name it
/// goes by), none of them among `names`.
pub(super) fn counterparts(names: &[&str], opts: &Options) -> Vec<(PathBuf, String)> {
    let given = Known::new(names.iter().copied());
    let mut missing: Vec<PathBuf> = Vec::new();
    for (zh, en) in &opts.pairs {
        match (given.has(zh), given.has(en)) {
            (true, false) => missing.push(en.clone()),
            (false, true) => missing.push(zh.clone()),
            _ => {}
        }
    }
    if !opts.no_name_pairing {
        // only for an article whose name no other article given shares (a folder walk gives
        // both sides: no folder is listed again)
        use crate::align::pair::name_key;
        let keys: Vec<Option<String>> = names.iter().map(|n| name_key(n)).collect();
        let mut count: std::collections::HashMap<&str, usize> = Default::default();
        for k in keys.iter().flatten() {
            *count.entry(k.as_str()).or_default() += 1;
        }
        let mut folders = Folders::default();
        for (n, k) in names.iter().zip(&keys) {
            if k.as_deref().is_some_and(|k| count[k] == 1) {
                missing.extend(
                    named_counterparts(n, &mut folders)
                        .into_iter()
                        .filter(|p| !given.has(p)),
                );
            }
        }
    }
    let mut out: Vec<(PathBuf, String)> = Vec::new();
    let mut added = Known::new(std::iter::empty());
    for p in missing {
        if added.has(&p) || opts.excluded(&Input::Found(p.clone())) {
            continue;
        }
        added.add(&p.to_string_lossy());
        let name = source::display_name(&relative_to_cwd(&p));
        out.push((p, name));
    }
    out
}

/// Files known by name, to ask whether a path is one of them as [`same_file`] would ask of
/// each, with each name resolved once, and only once a question needs it (maps, not a scan
/// per question: a folder of thousands of files).
pub(super) struct Known {
    names: Vec<String>,
    /// Each name: the first file's index.
    by_name: std::collections::HashMap<String, usize>,
    /// Each name resolved on disk: the first file's index.
    canonical: std::cell::OnceCell<std::collections::HashMap<PathBuf, usize>>,
}

impl Known {
    pub(super) fn new<'a>(names: impl Iterator<Item = &'a str>) -> Known {
        let mut k = Known {
            names: Vec::new(),
            by_name: Default::default(),
            canonical: std::cell::OnceCell::new(),
        };
        names.for_each(|n| k.add(n));
        k
    }

    pub(super) fn add(&mut self, name: &str) {
        let i = self.names.len();
        self.by_name.entry(name.to_string()).or_insert(i);
        if let (Some(map), Ok(c)) = (self.canonical.get_mut(), std::fs::canonicalize(name)) {
            map.entry(c).or_insert(i);
        }
        self.names.push(name.to_string());
    }

    /// The first file that `p` is ([`same_file`] with its name).
    pub(super) fn position(&self, p: &std::path::Path) -> Option<usize> {
        let by_name = self.by_name.get(&source::display_name(p)).copied();
        if by_name == Some(0) || self.names.is_empty() {
            return by_name;
        }
        let canonical = self.canonical.get_or_init(|| {
            let mut map = std::collections::HashMap::new();
            for (i, n) in self.names.iter().enumerate() {
                if let Ok(c) = std::fs::canonicalize(n) {
                    map.entry(c).or_insert(i);
                }
            }
            map
        });
        let resolved = (!canonical.is_empty())
            .then(|| std::fs::canonicalize(p).ok().and_then(|c| canonical.get(&c).copied()))
            .flatten();
        by_name.into_iter().chain(resolved).min()
    }

    pub(super) fn has(&self, p: &std::path::Path) -> bool {
        self.position(p).is_some()
    }
}

/// The folders [`named_counterparts`] looks in, each read once for every article that looks
/// there: reading the folder again for each article (and asking the disk about each of its
/// files) cost the square of the number of files in a folder of language-tagged articles.
#[derive(Default)]
struct Folders {
    /// A folder's article files by the last part of their name key.
    articles: std::collections::HashMap<PathBuf, std::collections::HashMap<String, Vec<PathBuf>>>,
    /// A folder's sibling folders.
    siblings: std::collections::HashMap<PathBuf, Vec<PathBuf>>,
}

impl Folders {
    /// The article files of `dir` whose name key ends in `last`.
    fn articles(&mut self, dir: &std::path::Path, last: &str) -> &[PathBuf] {
        use crate::align::pair::name_key;
        let by_key = self.articles.entry(dir.to_path_buf()).or_insert_with(|| {
            let mut by_key: std::collections::HashMap<String, Vec<PathBuf>> = Default::default();
            let Ok(rd) = std::fs::read_dir(dir) else {
                return by_key;
            };
            for p in rd.flatten().map(|e| e.path()) {
                if !(p.is_file() && crate::source::is_article(&p)) {
                    continue;
                }
                if let Some(key) = name_key(&p.to_string_lossy()) {
                    by_key
                        .entry(key.rsplit('/').next().unwrap_or_default().to_string())
                        .or_default()
                        .push(p);
                }
            }
            by_key
        });
        by_key.get(last).map_or(&[], Vec::as_slice)
    }

    fn siblings(&mut self, dir: &std::path::Path) -> &[PathBuf] {
        self.siblings.entry(dir.to_path_buf()).or_insert_with(|| {
            let Some(Ok(rd)) = folder_of(dir).map(std::fs::read_dir) else {
                return Vec::new();
            };
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir() && p != dir)
                .collect()
        })
    }
}

/// The folder `p` stands in (`.` for a bare name).
fn folder_of(p: &std::path::Path) -> Option<&std::path::Path> {
    p.parent().map(|d| {
        if d.as_os_str().is_empty() {
            std::path::Path::new(".")
        } else {
            d
        }
    })
}

/// The files beside `name` (or in a sibling language folder: `zh/X.md` → `en/X.md`) that carry
/// the same article under another language tag.
fn named_counterparts(name: &str, folders: &mut Folders) -> Vec<PathBuf> {
    use crate::align::pair::name_key;
    let Some(key) = name_key(name) else { return Vec::new() };
    let last = key.rsplit('/').next().unwrap_or_default();
    let path = std::path::Path::new(name);
    let Some(dir) = folder_of(path) else {
        return Vec::new();
    };
    let mut dirs = vec![dir.to_path_buf()];
    // a language folder: its siblings are the other languages' folders
    if dir
        .file_name()
        .is_some_and(|d| name_key(&format!("{}/x", d.to_string_lossy())).is_some())
    {
        dirs.extend(folders.siblings(dir).iter().cloned());
    }
    let mut out: Vec<PathBuf> = Vec::new();
    for d in &dirs {
        out.extend(
            folders
                .articles(d, last)
                .iter()
                .filter(|p| p.as_path() != path)
                .cloned(),
        );
    }
    out.sort();
    out
}

/// `p` relative to the current folder when it lies below it (as given otherwise).
fn relative_to_cwd(p: &std::path::Path) -> PathBuf {
    let cwd = std::env::current_dir().map(|d| crate::gate::config::canonical(&d));
    match cwd.ok().and_then(|cwd| crate::gate::config::relative_to(&cwd, p)) {
        Some(rel) if p.is_absolute() => rel,
        _ => p.to_path_buf(),
    }
}

/// Read the files and folders named by `paths` (`-` is stdin): the files that loaded, and
/// errors for the rest (sorted by path). Binary files found in folder walks are skipped.
pub fn load_inputs(paths: &[String]) -> (Vec<SourceFile>, Vec<LoadError>) {
    load_paths(paths, &Options::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Known` finds the first file `same_file` finds, by name or resolved, and none where it
    /// finds none.
    #[test]
    fn known_finds_what_same_file_finds() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.zh.txt");
        let b = dir.path().join("b.en.txt");
        std::fs::write(&a, "x").unwrap();
        std::fs::write(&b, "y").unwrap();
        let a_dotted = dir.path().join(".").join("a.zh.txt");
        let (a_name, b_name, dotted) = (
            a.to_string_lossy().to_string(),
            b.to_string_lossy().to_string(),
            a_dotted.to_string_lossy().to_string(),
        );
        let names = ["nowhere.txt", dotted.as_str(), b_name.as_str(), a_name.as_str()];
        let known = Known::new(names.iter().copied());
        for p in [
            a.clone(),
            b.clone(),
            a_dotted.clone(),
            dir.path().join("c.txt"),
            "nowhere.txt".into(),
        ] {
            let scan = names.iter().position(|n| same_file(n, &p));
            assert_eq!(known.position(&p), scan, "{}", p.display());
        }
        assert_eq!(known.position(&a), Some(1), "the first of two names of one file");
        assert_eq!(
            known.position(std::path::Path::new("nowhere.txt")),
            Some(0),
            "by name alone"
        );
    }
}
