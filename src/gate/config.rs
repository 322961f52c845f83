//! The configuration file `parallax.toml`.
//!
//! Found by walking up from the current folder (or named with `--config FILE`; `--isolated`
//! ignores it). Paths and globs in it are relative to the folder the file is in.
//!
//! ```toml
//! select = ["repeated-word"]            # only these rules (default: all)
//! ignore = ["empty-reference"]          # leave these out
//! exclude = ["corpus/**", "drafts"]     # never lint these (a name without `/` matches anywhere)
//! extend-include = ["*.text"]           # folder walks also check these (besides the article files)
//! include = ["*.md"]                    # folder walks check only these (instead of the article files)
//! rules = ["house-rules"]               # extra rule-pack folders
//! fail-on = "error"                     # exit 1 only for findings at or above this severity
//! timeout = 30                          # seconds one document may take before it is skipped
//! pairs = [["zh/Abkhazia.md", "en/Abkhazia.txt"]]   # explicit zh↔en pairs
//! titles = "zhwiki-latest-langlinks.sql.gz"    # pairs a zh dump with an en dump (or a TSV)
//!
//! [severity]                            # per-rule severity overrides
//! repeated-word = "error"
//!
//! [[per-path]]                          # overrides for files matching the globs
//! paths = ["corpus/**"]
//! ignore = ["dangling-slot"]
//! severity = { mixed-script = "info" }
//! ```
//!
//! Unknown keys and bad values are errors that point at the TOML line.

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceFile;
use crate::Span;
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use toml::Spanned;

/// The JSON schema of `parallax.toml` (`parallax config --schema`), kept by hand: a test checks
/// it names exactly the keys the file accepts.
pub const SCHEMA: &str = include_str!("parallax.schema.json");

/// The file name looked for.
pub const FILE_NAME: &str = "parallax.toml";

/// The id under which configuration problems are reported.
pub const CONFIG_RULE: &str = "config";

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    #[serde(default)]
    select: Vec<Spanned<String>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<String, Spanned<Severity>>,
    #[serde(default)]
    per_path: Vec<RawPerPath>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    #[serde(default)]
    include: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    extend_include: Vec<Spanned<String>>,
    #[serde(default)]
    pairs: Vec<Spanned<(Spanned<String>, Spanned<String>)>>,
    #[serde(default)]
    rules: Vec<Spanned<String>>,
    fail_on: Option<Severity>,
    titles: Option<Spanned<String>>,
    timeout: Option<u64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawPerPath {
    paths: Vec<Spanned<String>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<String, Spanned<Severity>>,
}

/// Globs matched against paths relative to a base folder. A glob without `/` matches a file
/// or folder name at any depth; a path is matched if it or any folder above it matches.
#[derive(Debug, Clone)]
pub struct PathMatcher {
    base: PathBuf,
    set: GlobSet,
}

impl PathMatcher {
    /// Compile `globs`; on failure, the index of the bad glob and why.
    pub fn new(base: &Path, globs: &[String]) -> Result<Self, (usize, String)> {
        let mut b = GlobSetBuilder::new();
        for (i, g) in globs.iter().enumerate() {
            let g = g.trim_start_matches("./");
            let mut add = |pattern: &str| -> Result<(), (usize, String)> {
                let glob = GlobBuilder::new(pattern)
                    .literal_separator(true)
                    .build()
                    .map_err(|e| (i, format!("invalid glob `{g}`: {}", e.kind())))?;
                b.add(glob);
                Ok(())
            };
            add(g.trim_start_matches('/'))?;
            if !g.contains('/') {
                add(&format!("**/{g}"))?;
            }
        }
        let set = b.build().map_err(|e| (0, e.to_string()))?;
        Ok(PathMatcher {
            base: canonical(base),
            set,
        })
    }

    /// Whether `path` (as given on the command line, or found in a walk) matches.
    pub fn matches(&self, path: &Path) -> bool {
        let Some(rel) = relative_to(&self.base, path) else {
            return false;
        };
        rel.ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .any(|a| self.set.is_match(a))
    }
}

/// `path` made absolute and free of `.`/`..`, resolving symbolic links where it exists.
pub fn canonical(path: &Path) -> PathBuf {
    if let Ok(p) = std::fs::canonicalize(path) {
        return p;
    }
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// `path` relative to the folder `base` (already canonical), if it lies inside it.
pub fn relative_to(base: &Path, path: &Path) -> Option<PathBuf> {
    canonical(path).strip_prefix(base).ok().map(Path::to_path_buf)
}

/// Overrides for the files matching some globs.
#[derive(Debug, Clone)]
pub struct PerPath {
    pub paths: Vec<String>,
    matcher: PathMatcher,
    pub ignore: Vec<String>,
    pub severity: BTreeMap<String, Severity>,
}

/// A loaded and checked configuration. Paths in it are resolved against the config's folder.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file it came from (`None`: defaults only).
    pub file: Option<PathBuf>,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub severity: BTreeMap<String, Severity>,
    pub per_path: Vec<PerPath>,
    pub exclude: Vec<String>,
    pub exclude_matcher: Option<PathMatcher>,
    /// What a folder walk checks instead of the article files (`include`), if set.
    pub include: Option<Vec<String>>,
    pub include_matcher: Option<PathMatcher>,
    /// What a folder walk checks besides them (`extend-include`).
    pub extend_include: Vec<String>,
    pub extend_include_matcher: Option<PathMatcher>,
    pub pairs: Vec<(PathBuf, PathBuf)>,
    pub rule_dirs: Vec<PathBuf>,
    pub fail_on: Option<Severity>,
    /// Seconds one document (or pair) may take before it is skipped (`timeout`; 0: no limit).
    pub timeout: Option<u64>,
    /// The title map that pairs a zh dump with an en dump (`--titles`), resolved.
    pub titles: Option<PathBuf>,
    /// Every rule id the file names, with where (checked once the rules are loaded).
    rule_refs: Vec<(String, Span)>,
    /// The file's text, for pointing at rule ids later.
    source: Option<SourceFile>,
}

/// A configuration file that could not be used, with its problems (byte spans in `source`).
#[derive(Debug)]
pub struct ConfigError {
    pub source: SourceFile,
    pub problems: Vec<(Span, String)>,
}

impl ConfigError {
    /// The problems as diagnostics on file 0 (`self.source`), for the human renderer.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.problems
            .iter()
            .map(|(span, msg)| {
                Diagnostic::new(CONFIG_RULE, Severity::Error, 0, span.clone(), msg.clone()).with_label("here")
            })
            .collect()
    }
}

/// Find `parallax.toml` in `start` or a folder above it.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let start = canonical(start);
    start.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file())
}

/// Load the configuration in effect: `explicit` if given, else the one found from the current
/// folder, unless `isolated`. No file: the defaults.
pub fn load(explicit: Option<&Path>, isolated: bool) -> Result<Config, ConfigError> {
    if isolated {
        return Ok(Config::default());
    }
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => match std::env::current_dir().ok().and_then(|d| discover(&d)) {
            Some(p) => p,
            None => return Ok(Config::default()),
        },
    };
    let name = shown(&path);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            return Err(ConfigError {
                source: SourceFile {
                    name: name.clone(),
                    text: String::new(),
                },
                problems: vec![(0..0, format!("cannot read the configuration file: {e}"))],
            })
        }
    };
    parse(&path, &name, text)
}

/// The rule ids in `list`, each recorded with its span in `refs`.
fn ids(list: &[Spanned<String>], refs: &mut Vec<(String, Span)>) -> Vec<String> {
    list.iter()
        .map(|s| {
            refs.push((s.get_ref().clone(), s.span()));
            s.get_ref().clone()
        })
        .collect()
}

/// The severities `map` sets by rule id, each id recorded with its span in `refs`.
fn severities(map: &BTreeMap<String, Spanned<Severity>>, refs: &mut Vec<(String, Span)>) -> BTreeMap<String, Severity> {
    map.iter()
        .map(|(k, v)| {
            refs.push((k.clone(), v.span()));
            (k.clone(), *v.get_ref())
        })
        .collect::<BTreeMap<_, _>>()
}

/// The patterns in `list` relative to `base`, or `None` with the bad pattern in `problems`.
fn globs(base: &Path, list: &[Spanned<String>], problems: &mut Vec<(Span, String)>) -> Option<PathMatcher> {
    let strings: Vec<String> = list.iter().map(|s| s.get_ref().clone()).collect();
    match PathMatcher::new(base, &strings) {
        Ok(m) => Some(m),
        Err((i, msg)) => {
            problems.push((list.get(i).map_or(0..0, |s| s.span()), msg));
            None
        }
    }
}

/// The `[[per-path]]` tables into `cfg.per_path`.
fn per_path_tables(raw: &[RawPerPath], base: &Path, cfg: &mut Config, problems: &mut Vec<(Span, String)>) {
    for pp in raw {
        if pp.paths.is_empty() {
            problems.push((0..0, "a [[per-path]] table needs a non-empty `paths` list".into()));
            continue;
        }
        let ignore = ids(&pp.ignore, &mut cfg.rule_refs);
        let severity = severities(&pp.severity, &mut cfg.rule_refs);
        if let Some(matcher) = globs(base, &pp.paths, problems) {
            cfg.per_path.push(PerPath {
                paths: pp.paths.iter().map(|s| s.get_ref().clone()).collect(),
                matcher,
                ignore,
                severity,
            });
        }
    }
}

/// The rule folders, paired files and title map the file names, relative to `base`, each checked to exist.
fn named_files(raw: &RawConfig, base: &Path, cfg: &mut Config, problems: &mut Vec<(Span, String)>) {
    for dir in &raw.rules {
        let p = base.join(dir.get_ref());
        if !p.is_dir() {
            problems.push((dir.span(), format!("rule folder `{}` does not exist", dir.get_ref())));
        }
        cfg.rule_dirs.push(p);
    }
    for pair in &raw.pairs {
        let (zh, en) = pair.get_ref();
        for side in [zh, en] {
            if !base.join(side.get_ref()).is_file() {
                problems.push((side.span(), format!("paired file `{}` does not exist", side.get_ref())));
            }
        }
        if zh.get_ref() == en.get_ref() {
            problems.push((pair.span(), "a file cannot be paired with itself".into()));
        }
        cfg.pairs.push((base.join(zh.get_ref()), base.join(en.get_ref())));
    }
    if let Some(t) = &raw.titles {
        let p = base.join(t.get_ref());
        if !p.is_file() {
            problems.push((t.span(), format!("title map `{}` does not exist", t.get_ref())));
        }
        cfg.titles = Some(p);
    }
}

/// Parse and check the text of a configuration file at `path`.
pub fn parse(path: &Path, name: &str, text: String) -> Result<Config, ConfigError> {
    let base = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let base = canonical(base);
    let fail = |text: String, problems| ConfigError {
        source: SourceFile {
            name: name.to_string(),
            text,
        },
        problems,
    };
    let raw: RawConfig = match toml::from_str(&text) {
        Ok(r) => r,
        Err(e) => return Err(fail(text, vec![(e.span().unwrap_or(0..0), e.message().to_string())])),
    };
    let mut problems = Vec::new();
    let mut cfg = Config {
        file: Some(path.to_path_buf()),
        fail_on: raw.fail_on,
        timeout: raw.timeout,
        ..Config::default()
    };
    cfg.select = ids(&raw.select, &mut cfg.rule_refs);
    cfg.ignore = ids(&raw.ignore, &mut cfg.rule_refs);
    cfg.severity = severities(&raw.severity, &mut cfg.rule_refs);
    let globs = |list: &[Spanned<String>], problems: &mut Vec<(Span, String)>| globs(&base, list, problems);
    cfg.exclude = raw.exclude.iter().map(|s| s.get_ref().clone()).collect();
    if !raw.exclude.is_empty() {
        cfg.exclude_matcher = globs(&raw.exclude, &mut problems);
    }
    if let Some(include) = &raw.include {
        cfg.include = Some(include.iter().map(|s| s.get_ref().clone()).collect());
        cfg.include_matcher = globs(include, &mut problems);
    }
    cfg.extend_include = raw.extend_include.iter().map(|s| s.get_ref().clone()).collect();
    if !raw.extend_include.is_empty() {
        cfg.extend_include_matcher = globs(&raw.extend_include, &mut problems);
    }
    per_path_tables(&raw.per_path, &base, &mut cfg, &mut problems);
    named_files(&raw, &base, &mut cfg, &mut problems);
    if !problems.is_empty() {
        problems.sort_by_key(|(s, _)| (s.start, s.end));
        return Err(fail(text, problems));
    }
    cfg.source = Some(SourceFile {
        name: name.to_string(),
        text,
    });
    Ok(cfg)
}

/// The known id closest to an unknown one, if it is close (an edit distance of at most a third
/// of its length, or one contains the other): "did you mean".
pub fn did_you_mean<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
    let u = unknown.to_ascii_lowercase().replace('_', "-");
    known
        .iter()
        .map(|k| (edit_distance(&u, k), *k))
        .filter(|(d, k)| *d <= (u.len().max(3) / 3).max(1) || (u.len() >= 4 && (k.contains(&u) || u.contains(k))))
        .min()
        .map(|(_, k)| k)
}

/// Levenshtein distance between two strings, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1).min(row[j] + 1).min(diag + usize::from(ca != *cb));
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

impl Config {
    /// Rule ids the file names that are not in `known`, as a [`ConfigError`].
    pub fn check_rule_ids(&self, known: &[&str]) -> Result<(), ConfigError> {
        let problems: Vec<(Span, String)> = self
            .rule_refs
            .iter()
            .filter(|(id, _)| !known.contains(&id.as_str()))
            .map(|(id, span)| {
                let hint = did_you_mean(id, known).map(|k| format!(": did you mean `{k}`?"));
                (
                    span.clone(),
                    format!(
                        "unknown rule id `{id}`{} (see `parallax rule --all`)",
                        hint.unwrap_or_default()
                    ),
                )
            })
            .collect();
        match (&self.source, problems.is_empty()) {
            (Some(src), false) => Err(ConfigError {
                source: src.clone(),
                problems,
            }),
            _ => Ok(()),
        }
    }

    /// Apply severity overrides and per-path ignores to the diagnostics of `files`.
    pub fn apply(&self, files: &[SourceFile], diags: &mut Vec<Diagnostic>) {
        if self.severity.is_empty() && self.per_path.is_empty() {
            return;
        }
        let mut matching: BTreeMap<usize, Vec<&PerPath>> = BTreeMap::new();
        for d in diags.iter() {
            matching.entry(d.file).or_insert_with(|| {
                let name = &files[d.file].name;
                if name == "<stdin>" {
                    return Vec::new();
                }
                self.per_path
                    .iter()
                    .filter(|pp| pp.matcher.matches(Path::new(name)))
                    .collect()
            });
        }
        diags.retain(|d| !matching[&d.file].iter().any(|pp| pp.ignore.iter().any(|i| i == d.rule)));
        for d in diags.iter_mut() {
            if let Some(s) = self.severity.get(d.rule) {
                d.severity = *s;
            }
            for pp in &matching[&d.file] {
                if let Some(s) = pp.severity.get(d.rule) {
                    d.severity = *s;
                }
            }
        }
    }

    /// The effective configuration as TOML (for `parallax config`), `fail_on` already merged.
    pub fn to_toml(&self, fail_on: Severity) -> String {
        #[derive(Serialize)]
        #[serde(rename_all = "kebab-case")]
        struct Out<'a> {
            select: &'a [String],
            ignore: &'a [String],
            exclude: &'a [String],
            #[serde(skip_serializing_if = "Option::is_none")]
            include: Option<&'a [String]>,
            extend_include: &'a [String],
            rules: Vec<String>,
            fail_on: Severity,
            pairs: Vec<[String; 2]>,
            #[serde(skip_serializing_if = "Option::is_none")]
            titles: Option<String>,
            severity: &'a BTreeMap<String, Severity>,
            per_path: Vec<OutPerPath<'a>>,
        }
        #[derive(Serialize)]
        struct OutPerPath<'a> {
            paths: &'a [String],
            ignore: &'a [String],
            #[serde(skip_serializing_if = "BTreeMap::is_empty")]
            severity: &'a BTreeMap<String, Severity>,
        }
        let show = |p: &Path| shown(p);
        let out = Out {
            select: &self.select,
            ignore: &self.ignore,
            exclude: &self.exclude,
            include: self.include.as_deref(),
            extend_include: &self.extend_include,
            rules: self.rule_dirs.iter().map(|p| show(p)).collect(),
            fail_on,
            pairs: self.pairs.iter().map(|(a, b)| [show(a), show(b)]).collect(),
            titles: self.titles.as_deref().map(show),
            severity: &self.severity,
            per_path: self
                .per_path
                .iter()
                .map(|pp| OutPerPath {
                    paths: &pp.paths,
                    ignore: &pp.ignore,
                    severity: &pp.severity,
                })
                .collect(),
        };
        let head = match &self.file {
            Some(f) => format!(
                "# configuration file: {}\n# (paths below are relative to the current folder)\n",
                shown(f)
            ),
            None => "# no configuration file: defaults\n".to_string(),
        };
        head + &toml::to_string(&out).unwrap_or_default()
    }
}

/// A path as shown to the user: relative to the current folder when inside it.
fn shown(p: &Path) -> String {
    let cwd = std::env::current_dir().map(|d| canonical(&d)).unwrap_or_default();
    let c = canonical(p);
    let rel = c.strip_prefix(&cwd).map(Path::to_path_buf).unwrap_or(c);
    let s = rel.to_string_lossy().replace('\\', "/");
    if s.is_empty() {
        ".".into()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_relative_paths_and_names_anywhere() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path();
        std::fs::create_dir_all(base.join("corpus/x")).unwrap();
        std::fs::write(base.join("corpus/x/a.txt"), "").unwrap();
        std::fs::write(base.join("b.md"), "").unwrap();
        let m = PathMatcher::new(base, &["corpus/**".into()]).unwrap();
        assert!(m.matches(&base.join("corpus/x/a.txt")));
        assert!(!m.matches(&base.join("b.md")));
        let m = PathMatcher::new(base, &["x".into()]).unwrap();
        assert!(
            m.matches(&base.join("corpus/x/a.txt")),
            "a folder name matches anywhere"
        );
        let m = PathMatcher::new(base, &["*.md".into()]).unwrap();
        assert!(m.matches(&base.join("b.md")));
        assert!(!m.matches(&base.join("corpus/x/a.txt")));
    }

    #[test]
    fn unknown_keys_point_at_their_line() {
        let e = parse(
            Path::new("parallax.toml"),
            "parallax.toml",
            "select = []\nselct = [\"x\"]\n".into(),
        )
        .unwrap_err();
        let (span, msg) = &e.problems[0];
        assert!(msg.contains("selct"), "{msg}");
        assert_eq!(&e.source.text[..span.start].matches('\n').count(), &1);
    }

    #[test]
    fn pairs_are_resolved_against_the_config_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("zh")).unwrap();
        std::fs::write(dir.path().join("zh/a.md"), "").unwrap();
        std::fs::write(dir.path().join("a.txt"), "").unwrap();
        let path = dir.path().join(FILE_NAME);
        let cfg = parse(&path, "parallax.toml", "pairs = [[\"zh/a.md\", \"a.txt\"]]\n".into()).unwrap();
        let base = canonical(dir.path());
        assert_eq!(cfg.pairs, vec![(base.join("zh/a.md"), base.join("a.txt"))]);
        let e = parse(&path, "parallax.toml", "pairs = [[\"a.txt\", \"a.txt\"]]\n".into()).unwrap_err();
        assert!(e.problems[0].1.contains("paired with itself"), "{:?}", e.problems);
        let e = parse(&path, "parallax.toml", "pairs = [[\"a.txt\"]]\n".into()).unwrap_err();
        assert_eq!(e.problems.len(), 1, "a pair has two sides");
    }

    #[test]
    fn titles_is_resolved_and_must_exist() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("map.tsv"), "").unwrap();
        let path = dir.path().join(FILE_NAME);
        let cfg = parse(&path, "parallax.toml", "titles = \"map.tsv\"\n".into()).unwrap();
        assert_eq!(cfg.titles, Some(canonical(dir.path()).join("map.tsv")));
        let e = parse(&path, "parallax.toml", "select = []\ntitles = \"nope.sql.gz\"\n".into()).unwrap_err();
        let (span, msg) = &e.problems[0];
        assert!(msg.contains("`nope.sql.gz` does not exist"), "{msg}");
        assert_eq!(
            e.source.text[..span.start].matches('\n').count(),
            1,
            "points at its line"
        );
    }

    /// The keys serde accepts, read from its error for an unknown one.
    fn accepted_keys(toml_text: &str) -> Vec<String> {
        let e = match toml::from_str::<RawConfig>(toml_text) {
            Ok(_) => panic!("an unknown key is an error"),
            Err(e) => e.to_string(),
        };
        let list = e.split("expected one of").nth(1).unwrap_or_else(|| panic!("{e}"));
        let list = list.lines().next().unwrap_or_default();
        let mut keys: Vec<String> = list.split('`').skip(1).step_by(2).map(String::from).collect();
        keys.sort();
        keys
    }

    #[test]
    fn the_schema_names_exactly_the_keys_the_file_accepts() {
        let schema: serde_json::Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
        let keys = |v: &serde_json::Value| {
            let mut k: Vec<String> = v.as_object().expect("properties").keys().cloned().collect();
            k.sort();
            k
        };
        assert_eq!(keys(&schema["properties"]), accepted_keys("no-such-key = 1\n"));
        assert_eq!(
            keys(&schema["properties"]["per-path"]["items"]["properties"]),
            accepted_keys("[[per-path]]\npaths = []\nno-such-key = 1\n")
        );
        assert_eq!(schema["additionalProperties"], false);
    }
}
