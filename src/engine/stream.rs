//! Files and folders, streamed: read, checked and reported pair by pair, in the run's output
//! order, holding only the pairs the threads are working on. Memory follows the largest
//! pair, not the whole input.
//!
//! 1. A first pass reads each file for whether it holds Chinese (a run without any has
//!    no pair), then parses it for its language (the first 16 MB of text are held between
//!    the two steps, the rest read again). The parses of the first
//!    8 MB of text are kept for the check; the others are made again.
//! 2. Files pair by path (the configuration's pairs) and by name. When articles of both
//!    languages are left, each that neither can pair gets a compact [`Profile`] of its
//!    facts for pairing by content (its facts are kept with its parse). A run with one
//!    language extracts no facts here: an English article checked alone reads its dates
//!    only.
//! 3. Each pair, and each file alone, is then read again, checked ([`check_pages`]) and
//!    handed on in output order (see [`output_order`]), while the threads go on with the
//!    next ones, at most 16 units a thread ahead of the one being written (those wait with
//!    their texts and findings only: their documents are dropped once checked).

use super::cache::{hash128, KeyPart};
use super::dump::Out;
use super::inputs::{counterparts, name_of, read};
use super::pairs::{by_path_and_name, output_order};
use super::run::{check_pages_with, Checked, Parsed};
use super::*;
use crate::align::pair::{self, Profile};
use crate::facts::Fact;
use crate::parse::Document;
use crate::rules::Rule;
use crate::source::Lang;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

/// One article of a streamed run.
struct Item {
    input: Input,
    name: String,
    /// stdin, read once and held.
    held: Option<SourceFile>,
    /// Not asked for: the counterpart of a configured pair, read as context. Its findings
    /// are reported only when they point into a file asked for.
    context: bool,
}

impl Item {
    fn read(&self, opts: &Options) -> Option<Result<SourceFile, LoadError>> {
        match &self.held {
            Some(f) => Some(Ok(f.clone())),
            // a counterpart goes by its name relative to the current folder
            None => read(&self.input, opts).map(|r| {
                r.map(|mut f| {
                    f.name.clone_from(&self.name);
                    f
                })
            }),
        }
    }
}

/// What the first pass learnt of an article.
enum First {
    Read(Box<Learnt>),
    Failed(LoadError),
    /// A binary file found in a folder walk, or a context file that cannot be read.
    Skipped,
}

/// An article read in the first pass: whether it holds Chinese, and its text while the run
/// may hold it (the first [`HOLD_TEXT_OF`] bytes of a run; stdin always), else it is read
/// again.
struct Read {
    chinese: bool,
    file: Option<SourceFile>,
}

/// How much text (bytes) the first pass may hold between reading an article for whether it
/// holds Chinese and learning its language and profile.
const HOLD_TEXT_OF: usize = 16 << 20;

impl Read {
    fn new(f: SourceFile, item: &Item, cross: bool, held_text: &AtomicUsize) -> Read {
        let chinese = crate::lang::script::has_han(&f.text);
        let hold = matches!(item.input, Input::Stdin)
            || (cross && held_text.fetch_add(f.text.len(), Ordering::Relaxed) + f.text.len() <= HOLD_TEXT_OF);
        Read {
            chinese,
            file: hold.then_some(f),
        }
    }
}

/// An article's language (when the cross-language rules run), its content profile when the
/// cache had it, and its parse, kept for its check.
#[derive(Default)]
struct Learnt {
    lang: Option<Lang>,
    /// stdin, which cannot be read twice.
    held: Option<SourceFile>,
    profile: Option<Profile>,
    kept: Option<Kept>,
    /// Its content may pair it (its path or name cannot).
    content: bool,
}

/// An article parsed in the first pass (and its facts, when pairing by content extracted
/// them), with the hash of the text it was parsed from: its check parses and extracts
/// nothing again.
struct Kept {
    hash: u64,
    doc: Document,
    facts: Option<Vec<Fact>>,
}

/// Check `inputs` (see [`super::plan`]) with `rules`, handing each checked pair or file to
/// `out` in output order, and each file that cannot be read (before any finding). Stops at
/// the first error `out` returns. Returns the number of articles checked.
pub fn check(
    inputs: Vec<Input>,
    opts: &Options,
    rules: &[Box<dyn Rule>],
    out: &mut dyn FnMut(Out) -> std::io::Result<()>,
) -> std::io::Result<usize> {
    let items = items(inputs, opts);
    let cross = active_rules(opts, rules).iter().any(|r| r.cross_language());
    // an article its path or name may pair needs only its language; the others their
    // content, which pairing by content compares
    let content = if cross {
        may_pair_by_name(&items, opts).into_iter().map(|n| !n).collect()
    } else {
        vec![false; items.len()]
    };
    // 1a. whether any article holds Chinese
    let held_text = AtomicUsize::new(0);
    let read: Vec<Option<Result<Read, LoadError>>> = items
        .par_iter()
        .with_max_len(1)
        .map(|item| {
            item.read(opts)
                .map(|r| r.map(|f| Read::new(f, item, cross, &held_text)))
        })
        .collect();
    // a run without one Chinese character has no Chinese article, so no pair: each article
    // is checked alone, and the first pass has nothing to learn of it
    let cross = cross && read.iter().flatten().flatten().any(|r| r.chinese);
    // 1b. each article's language and, when only its content can pair it, its profile
    let kept_text = AtomicUsize::new(0);
    let first: Vec<First> = items
        .par_iter()
        .zip(read)
        .zip(&content)
        .with_max_len(1)
        .map(|((item, read), &content)| {
            let read = match read {
                Some(Ok(Read { file: Some(f), .. })) => Some(Ok(f)),
                // without the cross-language rules there is nothing more to learn
                Some(Ok(Read { file: None, .. })) if !cross => return First::Read(Box::default()),
                Some(Ok(Read { file: None, .. })) => item.read(opts),
                Some(Err(e)) => Some(Err(e)),
                None => None,
            };
            match read {
                Some(Ok(f)) => First::Read(Box::new(learn(f, item, (cross, content), &kept_text, opts))),
                Some(Err(_)) if item.context => First::Skipped,
                Some(Err(e)) => First::Failed(e),
                None => First::Skipped,
            }
        })
        .collect();
    let mut errors = Vec::new();
    let (mut live, mut learnt) = (Vec::new(), Vec::new());
    for (mut item, f) in items.into_iter().zip(first) {
        match f {
            First::Read(mut l) => {
                item.held = l.held.take();
                live.push(item);
                learnt.push(*l);
            }
            First::Failed(e) => errors.push(e),
            First::Skipped => {}
        }
    }
    let items = live;
    let pairs = if cross {
        pairs(&items, &mut learnt, &kept_text, opts, &mut errors)
    } else {
        Vec::new()
    };
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    for e in errors {
        out(Out::Error(e))?;
    }
    let kept: Vec<Mutex<Option<Kept>>> = learnt.into_iter().map(|l| Mutex::new(l.kept)).collect();
    let units = units(&items, &pairs);
    let checked = AtomicUsize::new(0);
    ordered(
        units.len(),
        |u| {
            let known = units[u]
                .iter()
                .map(|&i| kept[i].lock().unwrap_or_else(|e| e.into_inner()).take())
                .collect();
            let result = check_unit(&items, &units[u], known, opts, rules);
            checked.fetch_add(result.0.len(), Ordering::Relaxed);
            result
        },
        |(files, result)| {
            for e in result.errors {
                out(Out::Error(e))?;
            }
            if files.is_empty() {
                return Ok(());
            }
            out(Out::Pages(&files, result.checked))
        },
    )?;
    Ok(checked.into_inner())
}

/// The error for an article whose facts took longer than the time budget: it is checked
/// alone.
fn too_slow(name: &str, opts: &Options) -> LoadError {
    let secs = opts.budget.map_or(0, |b| b.as_secs());
    LoadError {
        path: name.to_string(),
        message: format!(
            "not compared with a counterpart: extracting its facts took longer than the budget of {secs} s per document (`--timeout`); its own checks still run"
        ),
        binary: false,
    }
}

/// How much text (bytes) the parses (and facts) kept from the first pass for the check may
/// come from, over a run: beyond it, articles are parsed again.
const KEEP_PARSES_OF: usize = 8 << 20;

/// The first pass over one article: its language when the cross-language rules run (its
/// profile too, when the cache has it).
fn learn(
    f: SourceFile,
    item: &Item,
    (cross, content): (bool, bool),
    kept_text: &AtomicUsize,
    opts: &Options,
) -> Learnt {
    let (lang, profile, kept) = if cross {
        cached_first_pass(&f, content, kept_text, opts)
    } else {
        (None, None, None)
    };
    Learnt {
        lang,
        held: matches!(item.input, Input::Stdin).then_some(f),
        profile,
        kept,
        content,
    }
}

/// [`first_pass`], through the cache when there is one: an article's language and, with
/// `content`, its profile when the cache has it (pairing by content makes it when needed).
fn cached_first_pass(
    f: &SourceFile,
    content: bool,
    kept_text: &AtomicUsize,
    opts: &Options,
) -> (Option<Lang>, Option<Profile>, Option<Kept>) {
    let Some(cache) = &opts.cache else {
        let (lang, kept) = first_pass(f, kept_text, opts);
        return (Some(lang), None, kept);
    };
    let key = cache.file_key(&file_part(f), content);
    match cache.get_file(key) {
        Some(e) => (Some(e.lang), e.profile, None),
        None => {
            let (lang, kept) = first_pass(f, kept_text, opts);
            cache.put_file(key, lang, None);
            (Some(lang), None, kept)
        }
    }
}

/// The part of a cache key an article alone gives.
fn file_part(f: &SourceFile) -> KeyPart<'_> {
    KeyPart {
        name: &f.name,
        hash: hash128(f.text.as_bytes()),
        context: false,
    }
}

/// Parse an article for its language; the parse is kept for its check while the run keeps
/// no more than [`KEEP_PARSES_OF`].
fn first_pass(f: &SourceFile, kept_text: &AtomicUsize, opts: &Options) -> (Lang, Option<Kept>) {
    let doc = crate::parse::parse(f, opts.input_format);
    let lang = doc.lang;
    let kept = may_keep(f, kept_text).then(|| Kept {
        hash: crate::stable_hash(f.text.as_bytes()),
        doc,
        facts: None,
    });
    (lang, kept)
}

/// Whether the run may keep the parse of `f` for its check: a document takes a few times
/// the room of its text, so parses are kept up to a bound of text, and beyond it made
/// again (the result is the same).
fn may_keep(f: &SourceFile, kept_text: &AtomicUsize) -> bool {
    let kept = kept_text.fetch_add(f.text.len(), Ordering::Relaxed);
    kept + f.text.len() <= KEEP_PARSES_OF
}

/// Per article: whether its path (the configuration's pairs) or its name
/// ([`pair::name_key`]: one other article shares it) may pair it, which is known before
/// anything is read.
fn may_pair_by_name(items: &[Item], opts: &Options) -> Vec<bool> {
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    let keys: Vec<Option<String>> = items
        .iter()
        .map(|i| (!opts.no_name_pairing).then(|| pair::name_key(&i.name)).flatten())
        .collect();
    for k in keys.iter().flatten() {
        *count.entry(k.clone()).or_default() += 1;
    }
    // (`same_file` of each name with each path of a pair, each resolved once)
    let paths = || opts.pairs.iter().flat_map(|(z, e)| [z, e]);
    let shown: std::collections::HashSet<String> = paths().map(|p| crate::source::display_name(p)).collect();
    let resolved: std::collections::HashSet<std::path::PathBuf> =
        paths().filter_map(|p| std::fs::canonicalize(p).ok()).collect();
    let listed = |i: &Item| {
        shown.contains(&i.name)
            || (!resolved.is_empty() && std::fs::canonicalize(&i.name).is_ok_and(|c| resolved.contains(&c)))
    };
    items
        .iter()
        .zip(&keys)
        .map(|(i, k)| listed(i) || k.as_ref().is_some_and(|k| count[k] == 2))
        .collect()
}

/// The articles, with the counterpart of each configured pair of which only one side was
/// named (pre-commit passes only the changed files) added as context.
fn items(inputs: Vec<Input>, opts: &Options) -> Vec<Item> {
    let mut items: Vec<Item> = inputs
        .into_iter()
        .map(|input| Item {
            name: name_of(&input, opts),
            input,
            held: None,
            context: false,
        })
        .collect();
    let names: Vec<&str> = items.iter().map(|i| i.name.as_str()).collect();
    let context: Vec<Item> = counterparts(&names, opts)
        .into_iter()
        .map(|(path, name)| Item {
            name,
            input: Input::File(path),
            held: None,
            context: true,
        })
        .collect();
    items.extend(context);
    items
}

/// The zh↔en pairs among the articles: by path (the configuration's pairs), by name, then —
/// when a zh and an en article are left — by content. An article its name was expected to
/// pair but did not (two zh files of one name) is read again for its profile.
fn pairs(
    items: &[Item],
    learnt: &mut [Learnt],
    kept_text: &AtomicUsize,
    opts: &Options,
    errors: &mut Vec<LoadError>,
) -> Vec<(usize, usize)> {
    let Some(langs) = learnt.iter().map(|l| l.lang).collect::<Option<Vec<Lang>>>() else {
        return Vec::new();
    };
    if !(langs.contains(&Lang::Zh) && langs.contains(&Lang::En)) {
        return Vec::new();
    }
    let names: Vec<&str> = items.iter().map(|i| i.name.as_str()).collect();
    let (fixed, named) = by_path_and_name(&names, &langs, &opts.pairs, !opts.no_name_pairing);
    let taken = pair::paired_by_path_or_name(items.len(), &fixed, &named);
    let left = |l: Lang| (0..items.len()).any(|i| langs[i] == l && !taken[i]);
    // (an article its path or name pairs has no profile, whatever the cache kept of it: a
    // profile present weighs in every score of pairing by content)
    let mut profiles: Vec<Option<Profile>> = learnt
        .iter_mut()
        .zip(&taken)
        .map(|(l, &taken)| l.profile.take().filter(|_| !taken))
        .collect();
    if left(Lang::Zh) && left(Lang::En) {
        let missing: Vec<(usize, Option<Kept>)> = (0..items.len())
            .filter(|&i| !taken[i] && profiles[i].is_none())
            .map(|i| (i, learnt[i].kept.take()))
            .collect();
        let found: Vec<(usize, Option<Profiled>)> = missing
            .into_par_iter()
            .with_max_len(1)
            .map(|(i, kept)| (i, profile(&items[i], kept, learnt[i].content, kept_text, opts)))
            .collect();
        for (i, p) in found {
            if let Some(Profiled { profile, kept }) = p {
                if profile.is_none() {
                    errors.push(too_slow(&items[i].name, opts));
                }
                profiles[i] = profile;
                learnt[i].kept = kept;
            }
        }
    } else {
        profiles.iter_mut().for_each(|p| *p = None);
    }
    for (i, l) in learnt.iter_mut().enumerate() {
        // facts are of use only to an article paired by content
        if taken[i] || profiles[i].is_none() {
            if let Some(k) = &mut l.kept {
                k.facts = None;
            }
        }
    }
    pair::find_profiled(&langs, &profiles, &fixed, &named)
        .into_iter()
        .map(|(z, e, _)| (z, e))
        .collect()
}

/// An article's profile for pairing by content (`None`: its facts took longer than the time
/// budget), and its parse with its facts, kept for its check.
struct Profiled {
    profile: Option<Profile>,
    kept: Option<Kept>,
}

/// The profile of the article `item`, from its parse in the first pass when it was `kept`
/// (`content`: the first pass's cache key took its content; the profile is cached under it).
/// `None` when it cannot be read.
fn profile(
    item: &Item,
    kept: Option<Kept>,
    content: bool,
    kept_text: &AtomicUsize,
    opts: &Options,
) -> Option<Profiled> {
    let f = item.read(opts)?.ok()?;
    let hash = crate::stable_hash(f.text.as_bytes());
    let (doc, keeps) = match kept {
        Some(k) if k.hash == hash => (k.doc, true),
        // not kept, or the file changed since: parsed again
        _ => (crate::parse::parse(&f, opts.input_format), may_keep(&f, kept_text)),
    };
    let found = super::pairs::extract_within(opts.budget, &doc, &f.text);
    let mut profile = found.as_ref().map(|found| Profile::new(&doc, found, &doc.prose.text));
    if let (Some(cache), Some(_)) = (&opts.cache, &profile) {
        profile = cache.put_file(cache.file_key(&file_part(&f), content), doc.lang, profile);
    }
    let kept = keeps.then_some(Kept {
        hash,
        doc,
        facts: found,
    });
    Some(Profiled { profile, kept })
}

/// The units a streamed run checks and reports, in output order: each pair (its files in
/// name order), each article alone.
fn units(items: &[Item], pairs: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let names: Vec<&str> = items.iter().map(|i| i.name.as_str()).collect();
    let rank = output_order(&names, pairs);
    let mut by: Vec<usize> = (0..items.len()).collect();
    by.sort_by_key(|&i| rank[i]);
    let mut partner = vec![None; items.len()];
    for &(a, b) in pairs {
        partner[a] = Some(b);
        partner[b] = Some(a);
    }
    let mut done = vec![false; items.len()];
    let mut units = Vec::new();
    for i in by {
        if done[i] {
            continue;
        }
        done[i] = true;
        match partner[i] {
            Some(p) => {
                done[p] = true;
                units.push(vec![i, p]);
            }
            None => units.push(vec![i]),
        }
    }
    units
}

/// What checking one unit gave.
struct UnitResult {
    errors: Vec<LoadError>,
    checked: Checked,
}

/// Read and check one unit (its result from the cache if it holds it): its files (those that
/// could be read) and what was found.
fn check_unit(
    items: &[Item],
    unit: &[usize],
    known: Vec<Option<Kept>>,
    opts: &Options,
    rules: &[Box<dyn Rule>],
) -> (Vec<SourceFile>, UnitResult) {
    let (mut files, mut context, mut errors, mut parsed) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (&i, known) in unit.iter().zip(known) {
        match items[i].read(opts) {
            Some(Ok(f)) => {
                // the parse and facts of the first pass, if the text has not changed since
                // (hashed only when there is one)
                parsed.push(
                    known
                        .filter(|k| k.hash == crate::stable_hash(f.text.as_bytes()))
                        .map(|k| Parsed {
                            doc: k.doc,
                            facts: k.facts,
                        }),
                );
                context.push(items[i].context);
                files.push(f);
            }
            Some(Err(e)) if !items[i].context => errors.push(e),
            _ => {}
        }
    }
    let key = opts.cache.as_ref().map(|c| {
        let parts: Vec<KeyPart> = files
            .iter()
            .zip(&context)
            .map(|(f, &context)| KeyPart {
                name: &f.name,
                hash: hash128(f.text.as_bytes()),
                context,
            })
            .collect();
        (c, c.unit_key(&parts))
    });
    if let Some(checked) = key.and_then(|(c, k)| c.get_unit(k, files.len())) {
        opts.progress
            .advance(files.len(), files.iter().map(|f| f.text.len()).sum());
        return (files, UnitResult { errors, checked });
    }
    let pairs: &[(usize, usize)] = if files.len() == 2 { &[(0, 1)] } else { &[] };
    let mut checked = check_pages_with(&files, pairs, parsed, opts, rules);
    // a context file's findings only when they point into a file asked for
    checked
        .diagnostics
        .retain(|d| !context[d.file] || d.labels.iter().any(|l| !context[l.file]));
    if let Some((c, k)) = key {
        c.put_unit(k, &checked);
    }
    (files, UnitResult { errors, checked })
}

/// Run `work` on `0..n` on as many threads as the pool has, handing the results to `emit`
/// in order. A thread starts item `i` only once the items before `i - window` are emitted, so
/// at most a window's results wait in memory. Stops at the first error `emit` returns.
fn ordered<T: Send>(
    n: usize,
    work: impl Fn(usize) -> T + Sync,
    mut emit: impl FnMut(T) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let threads = rayon::current_num_threads().clamp(1, n.max(1));
    let window = 16 * threads;
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let emitted = (Mutex::new(0usize), Condvar::new());
    let (tx, rx) = mpsc::channel::<(usize, T)>();
    std::thread::scope(|s| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, stop, emitted, work) = (&next, &stop, &emitted, &work);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= n {
                    break;
                }
                {
                    let mut done = emitted.0.lock().unwrap_or_else(|e| e.into_inner());
                    while i >= *done + window && !stop.load(Ordering::SeqCst) {
                        done = emitted.1.wait(done).unwrap_or_else(|e| e.into_inner());
                    }
                }
                if stop.load(Ordering::SeqCst) || tx.send((i, work(i))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut waiting = BTreeMap::new();
        let mut want = 0;
        let mut result = Ok(());
        for (i, r) in rx {
            waiting.insert(i, r);
            while let Some(r) = waiting.remove(&want) {
                if result.is_ok() {
                    result = emit(r);
                }
                want += 1;
                if result.is_err() {
                    stop.store(true, Ordering::SeqCst);
                }
                *emitted.0.lock().unwrap_or_else(|e| e.into_inner()) = want;
                emitted.1.notify_all();
            }
        }
        result
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_order_whatever_the_threads_finish_first() {
        let mut got = Vec::new();
        ordered(
            50,
            |i| {
                // later items finish first
                std::thread::sleep(std::time::Duration::from_micros(((50 - i) * 20) as u64));
                i
            },
            |i| {
                got.push(i);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(got, (0..50).collect::<Vec<_>>());
    }

    #[test]
    fn an_article_whose_facts_overrun_the_budget_is_named_and_still_checked() {
        let dir = tempfile::tempdir().unwrap();
        let (zh, en) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
        std::fs::write(&zh, "他于1961年3月5日出生。他出生于出生于北京。").unwrap();
        std::fs::write(&en, "He was born on 5 March 1964.").unwrap();
        let opts = Options {
            budget: Some(std::time::Duration::ZERO),
            ..Options::default()
        };
        let (rules, _) = crate::engine::load_rules(&Options::default());
        let (mut errors, mut checked) = (Vec::new(), 0);
        let inputs = vec![Input::File(zh), Input::File(en)];
        check(inputs, &opts, &rules, &mut |o| {
            match o {
                Out::Error(e) => errors.push(e.to_string()),
                Out::Pages(files, _) => checked += files.len(),
            }
            Ok(())
        })
        .unwrap();
        // names cannot pair them: both were read for their content, over the budget
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors.iter().all(|e| e.contains("not compared with a counterpart")),
            "{errors:?}"
        );
        assert!(errors[0].contains("a.txt") && errors[1].contains("b.txt"), "{errors:?}");
        assert_eq!(checked, 2, "each is still checked alone");
    }

    #[test]
    fn an_error_in_emit_stops_the_run() {
        let mut got = Vec::new();
        let r = ordered(
            1000,
            |i| i,
            |i| {
                got.push(i);
                if i == 3 {
                    Err(std::io::Error::other("closed"))
                } else {
                    Ok(())
                }
            },
        );
        assert!(r.is_err());
        assert_eq!(got, [0, 1, 2, 3]);
    }
}
