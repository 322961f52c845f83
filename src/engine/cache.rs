//! The result cache (like ruff's `.ruff_cache`): what the rules found in a unit of a streamed
//! run — a zh↔en pair or an article alone — kept on disk, before the gate (suppressions,
//! baselines, severities and per-path settings are applied to it afresh on every run), and
//! what the first pass learnt of each article (its language, its pairing profile).
//!
//! An entry's key is the hash of parallax's version (and the binary's size and time), the run's effective rule configuration
//! ([`Cache::open`]: the active rules and their severities, the rule packs' content, the
//! input format, the configured pairs, name pairing) and, per file of the unit, its name, its
//! content's hash and whether it is only context. A changed file thus misses, and so does the
//! pair it belongs to. Entries are JSON files written to a temporary file in the cache folder
//! and renamed into place, so concurrent runs see either a whole entry or none; an entry that
//! cannot be read or parsed, or does not fit its unit, is a miss and is written again.

use super::run::Checked;
use super::*;
use crate::align::pair::Profile;
use crate::gate::Directives;
use crate::rules::Rule;
use crate::source::Lang;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

/// The cache folder in the current folder unless told otherwise.
pub const DEFAULT_DIR: &str = ".parallax_cache";

/// The version of an entry's layout: entries of another layout are misses.
const LAYOUT: u32 = 1;

/// What marks a folder as a cache (<https://bford.info/cachedir/>): backup tools skip it, and
/// `parallax clean` removes only a folder that holds it.
const TAG: &str = "Signature: 8a477f597d28d172789f06886806bc55\n\
# This file is a cache directory tag created by parallax.\n\
# For information about cache directory tags see https://bford.info/cachedir/\n";

/// 128-bit FNV-1a: the content key of a file and the key of an entry (64 bits would do for
/// a baseline, but a collision here would silently report another file's findings).
pub fn hash128(bytes: &[u8]) -> u128 {
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013B;
    bytes.iter().fold(0x6c62_272e_07bb_0142_62b8_2175_6295_c58d, |h, &b| {
        (h ^ u128::from(b)).wrapping_mul(PRIME)
    })
}

/// An open cache: its folder for this version, and the key of the run's configuration.
#[derive(Debug)]
pub struct Cache {
    root: PathBuf,
    /// `root`/VERSION: the entries.
    dir: PathBuf,
    /// Whether the folder was made (`None`: not tried yet).
    made: std::sync::OnceLock<bool>,
    config: u128,
    /// A write failed (a read-only folder): no more are tried.
    failed: AtomicBool,
}

/// One file of a unit, as its key sees it.
pub struct KeyPart<'a> {
    pub name: &'a str,
    pub hash: u128,
    pub context: bool,
}

/// What the rules found in a unit (a [`Checked`]), as stored.
#[derive(Serialize, Deserialize)]
struct UnitEntry {
    layout: u32,
    key: String,
    diagnostics: Vec<Diagnostic>,
    directives: Vec<Directives>,
    refused: Vec<(usize, usize)>,
}

/// What the first pass learnt of a file, as stored.
#[derive(Serialize, Deserialize)]
pub struct FileEntry {
    layout: u32,
    key: String,
    pub lang: Lang,
    pub profile: Option<Profile>,
}

impl Cache {
    /// The cache in `root` for a run of `rules` under `opts`. The folder is made (with a
    /// `.gitignore` and a `CACHEDIR.TAG`) when the first entry is written, so a run that writes
    /// none (dumps, records, every unit found) leaves no folder behind.
    pub fn open(root: &Path, opts: &Options, rules: &[Box<dyn Rule>]) -> Cache {
        Cache {
            root: root.to_path_buf(),
            dir: root.join(env!("CARGO_PKG_VERSION")),
            config: config_key(opts, rules),
            made: std::sync::OnceLock::new(),
            failed: AtomicBool::new(false),
        }
    }

    /// Make the folder, once.
    fn make(&self) -> bool {
        *self.made.get_or_init(|| {
            let make = || -> std::io::Result<()> {
                std::fs::create_dir_all(&self.dir)?;
                for (name, text) in [(".gitignore", "*\n"), ("CACHEDIR.TAG", TAG)] {
                    let path = self.root.join(name);
                    if !path.exists() {
                        write_atomic(&self.root, &path, text.as_bytes())?;
                    }
                }
                Ok(())
            };
            make().is_ok()
        })
    }

    /// The cache folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether a write failed during the run (the cache was then left alone).
    pub fn write_failed(&self) -> bool {
        self.failed.load(Ordering::Relaxed)
    }

    /// The key of a unit made of `files` (in the unit's order).
    pub fn unit_key(&self, files: &[KeyPart]) -> u128 {
        let mut s = format!("unit {:032x}", self.config);
        for f in files {
            s += &format!("\n{:032x} {} {}", f.hash, u8::from(f.context), f.name);
        }
        hash128(s.as_bytes())
    }

    /// The stored result of the unit `key` of `files` files, if there is a sound one.
    pub fn get_unit(&self, key: u128, files: usize) -> Option<Checked> {
        let e: UnitEntry = self.read(&format!("u{key:032x}"))?;
        let fits = |f: usize| f < files;
        let sound = e.layout == LAYOUT
            && e.key == format!("{key:032x}")
            && e.directives.len() == files
            && e.refused.iter().all(|&(a, b)| fits(a) && fits(b))
            && e.diagnostics
                .iter()
                .all(|d| fits(d.file) && d.labels.iter().all(|l| fits(l.file)));
        sound.then_some(Checked {
            diagnostics: e.diagnostics,
            directives: e.directives,
            refused: e.refused,
        })
    }

    /// Keep the result of the unit `key`, unless parallax failed on it (a panic, the time
    /// budget: another run may fare otherwise).
    pub fn put_unit(&self, key: u128, checked: &Checked) {
        if checked.diagnostics.iter().any(|d| d.rule == INTERNAL_ERROR) {
            return;
        }
        let e = UnitEntry {
            layout: LAYOUT,
            key: format!("{key:032x}"),
            diagnostics: checked.diagnostics.clone(),
            directives: checked.directives.clone(),
            refused: checked.refused.clone(),
        };
        self.write(&format!("u{key:032x}"), &e);
    }

    /// What the first pass learnt of the file `key` (see [`Cache::file_key`]).
    pub fn get_file(&self, key: u128) -> Option<FileEntry> {
        let e: FileEntry = self.read(&format!("f{key:032x}"))?;
        (e.layout == LAYOUT && e.key == format!("{key:032x}")).then_some(e)
    }

    /// Keep what the first pass learnt of the file `key`.
    pub fn put_file(&self, key: u128, lang: Lang, profile: Option<Profile>) -> Option<Profile> {
        let e = FileEntry {
            layout: LAYOUT,
            key: format!("{key:032x}"),
            lang,
            profile,
        };
        self.write(&format!("f{key:032x}"), &e);
        e.profile
    }

    /// The key of what the first pass learns of one file: its language, and with `content`
    /// its pairing profile.
    pub fn file_key(&self, part: &KeyPart, content: bool) -> u128 {
        let s = format!(
            "file {:032x}\n{:032x} {} {}",
            self.config,
            part.hash,
            u8::from(content),
            part.name
        );
        hash128(s.as_bytes())
    }

    /// The entry `name`, parsed; `None` when it is missing, unreadable or not what was asked.
    pub fn read<T: for<'de> Deserialize<'de>>(&self, name: &str) -> Option<T> {
        let bytes = std::fs::read(self.dir.join(format!("{name}.json"))).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Write the entry `name` atomically; a failure turns writing off for the run.
    pub fn write<T: Serialize>(&self, name: &str, value: &T) {
        if self.failed.load(Ordering::Relaxed) {
            return;
        }
        if !self.make() {
            self.failed.store(true, Ordering::Relaxed);
            return;
        }
        let Ok(bytes) = serde_json::to_vec(value) else { return };
        if write_atomic(&self.dir, &self.dir.join(format!("{name}.json")), &bytes).is_err() {
            self.failed.store(true, Ordering::Relaxed);
        }
    }
}

/// Write `bytes` to `path` through a temporary file in `dir`, renamed into place.
fn write_atomic(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The key of everything in a run's configuration that changes what the rules find.
fn config_key(opts: &Options, rules: &[Box<dyn Rule>]) -> u128 {
    // the binary too, by size and time: a rebuilt parallax (rules changed, built-in packs
    // too, under the same version number) does not read what the old one wrote
    let binary = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| format!("{} {:?}", m.len(), m.modified().ok()))
        .unwrap_or_default();
    let mut s = format!(
        "parallax {} {binary} layout {LAYOUT}\nformat {:?}\npairs {:?}\nno-name-pairing {}\n",
        env!("CARGO_PKG_VERSION"),
        opts.input_format,
        opts.pairs,
        opts.no_name_pairing
    );
    for r in active_rules(opts, rules) {
        s += &format!("rule {} {}\n", r.id(), r.severity().name());
    }
    for dir in &opts.rule_dirs {
        s += &format!("pack folder {}\n", dir.display());
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                s += &format!("unreadable {e}\n");
                continue;
            }
        };
        entries.sort();
        for p in entries {
            let content = std::fs::read(&p).map(|b| hash128(&b)).unwrap_or_default();
            s += &format!("pack {} {content:032x}\n", p.display());
        }
    }
    hash128(s.as_bytes())
}

/// What [`clean`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum Cleaned {
    Removed,
    Missing,
    /// The folder exists but is not a cache (no `CACHEDIR.TAG` of parallax's): left alone.
    NotACache,
}

/// Remove the cache folder `root`.
pub fn clean(root: &Path) -> std::io::Result<Cleaned> {
    if !root.exists() {
        return Ok(Cleaned::Missing);
    }
    let tag = std::fs::read_to_string(root.join("CACHEDIR.TAG")).unwrap_or_default();
    if !tag.contains("created by parallax") {
        return Ok(Cleaned::NotACache);
    }
    std::fs::remove_dir_all(root)?;
    Ok(Cleaned::Removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    fn checked() -> Checked {
        let d = Diagnostic::new("repeated-word", Severity::Warning, 1, 3..7, "twice")
            .with_label("here")
            .with_secondary(0, 1..2, "there")
            .with_note("a note");
        Checked {
            diagnostics: vec![d],
            directives: vec![Directives::default(), Directives::default()],
            refused: Vec::new(),
        }
    }

    fn open(root: &Path, opts: &Options) -> Cache {
        Cache::open(root, opts, &crate::rules::all())
    }

    #[test]
    fn an_entry_reads_back_equal_and_a_corrupt_one_is_a_miss() {
        let tmp = tempfile::tempdir().unwrap();
        let c = open(tmp.path(), &Options::default());
        let part = |hash| KeyPart {
            name: "a.md",
            hash,
            context: false,
        };
        let key = c.unit_key(&[part(1), part(2)]);
        assert_ne!(key, c.unit_key(&[part(1), part(3)]));
        assert!(c.get_unit(key, 2).is_none());
        c.put_unit(key, &checked());
        assert!(tmp.path().join("CACHEDIR.TAG").exists());
        assert_eq!(std::fs::read_to_string(tmp.path().join(".gitignore")).unwrap(), "*\n");
        let got = c.get_unit(key, 2).expect("a hit");
        assert_eq!(got.diagnostics, checked().diagnostics);
        // an entry that does not fit its unit (file 1 of a unit of one file) is a miss
        assert!(c.get_unit(key, 1).is_none());
        let path = c.dir.join(format!("u{key:032x}.json"));
        let text = std::fs::read(&path).unwrap();
        std::fs::write(&path, &text[..text.len() / 2]).unwrap();
        assert!(c.get_unit(key, 2).is_none());
    }

    #[test]
    fn the_configuration_is_in_the_key() {
        let tmp = tempfile::tempdir().unwrap();
        let part = KeyPart {
            name: "a.md",
            hash: 1,
            context: false,
        };
        let all = open(tmp.path(), &Options::default()).unit_key(&[part]);
        let opts = Options {
            select: vec!["repeated-word".into()],
            ..Options::default()
        };
        let part = KeyPart {
            name: "a.md",
            hash: 1,
            context: false,
        };
        assert_ne!(all, open(tmp.path(), &opts).unit_key(&[part]));
    }

    #[test]
    fn clean_removes_only_a_cache() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("c");
        assert_eq!(clean(&root).unwrap(), Cleaned::Missing);
        std::fs::create_dir(&root).unwrap();
        assert_eq!(clean(&root).unwrap(), Cleaned::NotACache);
        let c = open(&root, &Options::default());
        c.put_unit(1, &checked());
        assert_eq!(clean(&root).unwrap(), Cleaned::Removed);
        assert!(!root.exists());
    }
}
