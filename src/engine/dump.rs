//! Wiki dumps, streamed: [`stream`] lints one dump batch by batch; [`check_paired`] lints a
//! zh dump and an en dump paired page by page through a title map
//! (`check ZH_DUMP EN_DUMP --titles MAP`): the cross-language rules run on every pair, as on
//! files paired with `--pair`, and every page gets the single-document rules.
//!
//! Neither dump is held whole. Three streams:
//!
//! 1. the zh dump(s), ids and titles only: which en title each zh page maps to; the first zh
//!    page (in dump order) that maps to an en title *claims* it (pairs are one-to-one);
//! 2. the en dump(s): the pages no zh page claims are linted alone and reported at once; the
//!    claimed ones are kept;
//! 3. the zh dump(s) again, in batches: each zh page is linted with its kept counterpart, which
//!    is then dropped, and reported with it (zh page, then its en page).
//!
//! Memory: one batch, the claims (one en title per mapped zh page) and the kept en pages — the
//! counterparts of this run's zh pages, so at most the en text those pages pair with. With
//! `--shard I/N` a run keeps only the counterparts of its own zh pages (1/N of them), and the N
//! shards together report every page exactly once.
//!
//! Output order: the en pages without a counterpart (en dump order), then the zh pages in dump
//! order, each paired one followed by its en counterpart.

use super::{check_pages, Checked, Options};
use crate::rules::Rule;
use crate::source::dump::{self, Article};
use crate::source::titles::{canonical, TitleMap};
use crate::source::{display_name, LoadError, SourceFile};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The dumps of each language.
#[derive(Debug, Default)]
pub struct ByLang {
    pub zh: Vec<PathBuf>,
    pub en: Vec<PathBuf>,
}

/// Sort dumps into zh and en by the language they declare (`xml:lang`), else by name
/// (`zhwiki-…`, `enwiki-…`), else by position (the first such dump is zh, the others en).
pub fn by_lang(dumps: &[PathBuf]) -> Result<ByLang, String> {
    let mut sides = ByLang::default();
    let mut unknown = Vec::new();
    for d in dumps {
        let name = d
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let by_name = ["zh", "en"].into_iter().find(|l| name.starts_with(&format!("{l}wiki")));
        match dump::declared_lang(d).as_deref().or(by_name) {
            Some("zh") => sides.zh.push(d.clone()),
            Some("en") => sides.en.push(d.clone()),
            Some(other) => {
                return Err(format!(
                    "{} is a `{other}` dump: --titles pairs a zh dump with an en dump",
                    d.display()
                ))
            }
            None => unknown.push(d.clone()),
        }
    }
    for d in unknown {
        if sides.zh.is_empty() {
            sides.zh.push(d);
        } else {
            sides.en.push(d);
        }
    }
    if sides.zh.is_empty() || sides.en.is_empty() {
        return Err(format!(
            "--titles pairs a zh dump with an en dump; got {} zh and {} en dump{}",
            sides.zh.len(),
            sides.en.len(),
            if sides.en.len() == 1 { "" } else { "s" }
        ));
    }
    Ok(sides)
}

/// Stream one wiki dump: lint it batch by batch and hand each batch's findings (in page
/// order) and each unreadable page to `out` before reading on, so memory stays flat whatever
/// the dump's size. `shard` is `(I, N)`: only every N-th page, from the I-th.
pub fn stream(
    path: &Path,
    shard: (usize, usize),
    opts: &Options,
    rules: &[Box<dyn Rule>],
    out: &mut dyn FnMut(Out) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let (i, n) = shard;
    let keep = move |page: usize| page % n == i - 1;
    for batch in dump::batches(path, &display_name(path), dump::BATCH_PAGES, dump::BATCH_BYTES, keep) {
        let mut files = Vec::with_capacity(batch.len());
        for (_, item) in batch {
            match item {
                Ok(a) => files.push(a.file),
                Err(e) => out(Out::Error(e))?,
            }
        }
        lint(&files, &[], opts, rules, out)?;
    }
    Ok(())
}

/// What the run reports, in output order.
pub enum Out<'a> {
    /// A page or a dump that could not be read.
    Error(LoadError),
    /// A batch of linted pages, diagnostics in page order.
    Pages(&'a [SourceFile], Checked),
}

/// How the pairing went (for the summary).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// zh pages (of this shard) the map names.
    pub mapped: usize,
    /// Of those, paired with their en page.
    pub paired: usize,
    /// Pairs not compared because the pages' texts are not one zh and one en document.
    pub refused: usize,
}

/// The zh page that claims an en title: (zh dump, item index in that dump).
type Claim = (usize, usize);

/// Lint `sides` paired through `map` (see the module doc), handing each batch and error to
/// `out` as it comes. `shard` is `(I, N)`: only every N-th page of each dump, from the I-th.
pub fn check_paired(
    sides: &ByLang,
    map: &TitleMap,
    shard: (usize, usize),
    opts: &Options,
    rules: &[Box<dyn Rule>],
    out: &mut dyn FnMut(Out) -> std::io::Result<()>,
) -> std::io::Result<Stats> {
    let (i, n) = shard;
    let mine = |item: usize| item % n == i - 1;
    let claims = claims(&sides.zh, map);
    let mut stats = Stats::default();
    // 2. en: lint what no zh page claims, keep this shard's claimed pages
    let mut kept: HashMap<String, (usize, SourceFile)> = HashMap::new();
    let mut seen = std::collections::HashSet::new();
    for path in &sides.en {
        for batch in batches(path) {
            let mut alone = Vec::new();
            for (k, item) in batch {
                match item {
                    Err(e) if mine(k) => out(Out::Error(e))?,
                    Err(_) => {}
                    Ok(a) => {
                        let title = canonical(&a.title);
                        // a title met twice in the en dumps: the first page is the counterpart
                        match claims.get(&title).filter(|_| seen.insert(title.clone())) {
                            Some(&(_, zk)) if mine(zk) => {
                                kept.insert(title, (kept.len(), a.file));
                            }
                            Some(_) => {}
                            None if mine(k) => alone.push(a.file),
                            None => {}
                        }
                    }
                }
            }
            lint(&alone, &[], opts, rules, out)?;
        }
    }
    // 3. zh: each page with its counterpart
    for (d, path) in sides.zh.iter().enumerate() {
        for batch in batches(path) {
            let (mut files, mut pairs) = (Vec::new(), Vec::new());
            for (k, item) in batch.into_iter().filter(|(k, _)| mine(*k)) {
                let a = match item {
                    Ok(a) => a,
                    Err(e) => {
                        out(Out::Error(e))?;
                        continue;
                    }
                };
                let en = map.en_title(a.id, &a.title).map(str::to_string);
                files.push(a.file);
                let Some(en) = en else { continue };
                stats.mapped += 1;
                if claims.get(&en) == Some(&(d, k)) {
                    if let Some((_, f)) = kept.remove(&en) {
                        pairs.push((files.len() - 1, files.len()));
                        files.push(f);
                    }
                }
            }
            stats.paired += pairs.len();
            stats.refused += lint(&files, &pairs, opts, rules, out)?;
        }
    }
    // counterparts whose zh page turned out unreadable: alone, in en dump order
    let mut left: Vec<(usize, SourceFile)> = kept.into_values().collect();
    left.sort_by_key(|(seq, _)| *seq);
    for chunk in left.chunks(dump::BATCH_PAGES) {
        let files: Vec<SourceFile> = chunk.iter().map(|(_, f)| f.clone()).collect();
        lint(&files, &[], opts, rules, out)?;
    }
    stats.paired -= stats.refused;
    Ok(stats)
}

/// 1. Which zh page claims each en title (every zh page, whatever the shard).
fn claims(zh: &[PathBuf], map: &TitleMap) -> HashMap<String, Claim> {
    let mut claims = HashMap::new();
    for (d, path) in zh.iter().enumerate() {
        // unreadable dumps and pages are reported when the dump is linted
        let Ok(pages) = dump::open(path, "") else { continue };
        for (k, item) in pages.titles_only().enumerate() {
            if let Ok(Article { id, title, .. }) = item {
                if let Some(en) = map.en_title(id, &title) {
                    claims.entry(en.to_string()).or_insert((d, k));
                }
            }
        }
    }
    claims
}

fn batches(path: &Path) -> std::sync::mpsc::Receiver<dump::Batch> {
    dump::batches(path, &display_name(path), dump::BATCH_PAGES, dump::BATCH_BYTES, |_| {
        true
    })
}

/// Lint and report one batch; returns how many of `pairs` were refused.
fn lint(
    files: &[SourceFile],
    pairs: &[(usize, usize)],
    opts: &Options,
    rules: &[Box<dyn Rule>],
    out: &mut dyn FnMut(Out) -> std::io::Result<()>,
) -> std::io::Result<usize> {
    if files.is_empty() {
        return Ok(0);
    }
    let checked = check_pages(files, pairs, opts, rules);
    let refused = checked.refused.len();
    out(Out::Pages(files, checked))?;
    Ok(refused)
}
