//! `check --stdin-jsonl`: documents as JSON Lines records, linted in bounded batches, each
//! batch's findings written as JSON Lines with the record `id` before reading on. Records
//! sharing a `pair_id` are linted together, with the cross-language rules (see
//! [`crate::source::jsonl`]). A bad record is written as `{"id","line","error"}` in its place.

use super::Options;
use crate::diagnostic::Severity;
use crate::gate::Gate;
use crate::report::{self, Counts};
use crate::rules::Rule;
use crate::source::dump;
use crate::source::jsonl::{self, BadRecord, Ready, Record};
use crate::source::SourceFile;
use std::io::{BufRead, Write};

/// What a run over records did.
#[derive(Debug, Default)]
pub struct Summary {
    pub counts: Counts,
    /// A finding at or above the failing severity was written.
    pub failing: bool,
    /// parallax failed on a record (a panic, the time budget).
    pub internal: bool,
    /// Records linted.
    pub linted: usize,
    /// Bad records (each written as an error record).
    pub bad: usize,
    /// Records with a `pair_id` linted alone: their partner did not come.
    pub alone: usize,
    /// Of those, records whose partner may have come too late (too much text was waiting).
    pub evicted: usize,
}

/// Lint the records read from `input`, writing findings to `out`. `shard` is `(I, N)`: only
/// every N-th record from the I-th (a record with a `pair_id` goes to its pair's shard).
pub fn run(
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    opts: &Options,
    rules: &[Box<dyn Rule>],
    gate: &Gate,
    fail_on: Severity,
    shard: (usize, usize),
) -> std::io::Result<Summary> {
    let mut run = Records {
        out,
        opts,
        rules,
        gate,
        fail_on,
        batch: RecordBatch::default(),
        sum: Summary::default(),
    };
    opts.progress.set_unit("records");
    let (shard, of) = shard;
    // a record with a pair_id goes to the shard of its pair_id, so that pairs stay together
    let mine = |n: usize, pair: Option<&str>| {
        pair.map_or(n - 1, |p| crate::stable_hash(p.as_bytes()) as usize) % of == shard - 1
    };
    let (mut line, mut records) = (0usize, 0usize);
    let mut pairs = jsonl::PairUp::default();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line += 1;
        match jsonl::parse(&buf, line) {
            Ok(None) => {}
            Ok(Some(r)) => {
                records += 1;
                if mine(records, r.pair_id.as_deref()) {
                    for ready in pairs.push(r, MAX_HELD_BYTES) {
                        run.take(ready)?;
                    }
                }
            }
            Err(e) => {
                records += 1;
                if mine(records, None) {
                    run.flush()?;
                    run.error(&e)?;
                }
            }
        }
        if run.batch.full() {
            run.flush()?;
        }
    }
    let unpaired = pairs.finish();
    run.sum.alone = unpaired.len() + pairs.evicted;
    run.sum.evicted = pairs.evicted;
    for r in unpaired {
        run.take(Ready::Alone(r))?;
    }
    run.flush()?;
    run.out.flush()?;
    opts.progress.finish();
    Ok(run.sum)
}

/// Bytes of text held waiting for `pair_id` partners before the oldest are linted alone.
const MAX_HELD_BYTES: usize = 256 << 20;

/// Records taken for one lint batch (`--stdin-jsonl`).
#[derive(Default)]
struct RecordBatch {
    files: Vec<SourceFile>,
    ids: Vec<serde_json::Value>,
    /// The records' lines on stdin.
    lines: Vec<usize>,
    /// Pairs of records (indices into `files`), each with its `pair_id`.
    pairs: Vec<(usize, usize, String)>,
    bytes: usize,
}

impl RecordBatch {
    fn add(&mut self, r: Record) -> usize {
        self.bytes += r.file.text.len();
        self.files.push(r.file);
        self.ids.push(r.id);
        self.lines.push(r.line);
        self.files.len() - 1
    }

    fn full(&self) -> bool {
        self.files.len() >= dump::BATCH_PAGES || self.bytes >= dump::BATCH_BYTES
    }
}

/// The state of a `--stdin-jsonl` run.
struct Records<'a, 'p> {
    out: &'a mut dyn Write,
    opts: &'a Options,
    rules: &'a [Box<dyn Rule>],
    gate: &'a Gate<'p>,
    fail_on: Severity,
    batch: RecordBatch,
    sum: Summary,
}

impl Records<'_, '_> {
    /// Add what the pairing hands over to the batch (a refused record: after its error record).
    fn take(&mut self, ready: Ready) -> std::io::Result<()> {
        match ready {
            Ready::Alone(r) => {
                self.batch.add(r);
            }
            Ready::Pair(a, b) => {
                let key = b.pair_id.clone().unwrap_or_default();
                let (i, j) = (self.batch.add(a), self.batch.add(b));
                self.batch.pairs.push((i, j, key));
            }
            Ready::Refused(r, e) => {
                self.flush()?;
                self.error(&e)?;
                self.batch.add(r);
            }
        }
        if self.batch.full() {
            self.flush()?;
        }
        Ok(())
    }

    /// An error record, in its place in the output.
    fn error(&mut self, e: &BadRecord) -> std::io::Result<()> {
        self.sum.bad += 1;
        let rec = serde_json::json!({"id": e.id, "line": e.line, "error": e.message});
        writeln!(self.out, "{rec}")?;
        self.opts
            .progress
            .suspend(|| eprintln!("error: <stdin>:{}: {}", e.line, e.message));
        Ok(())
    }

    /// Lint and print the batch.
    fn flush(&mut self) -> std::io::Result<()> {
        let batch = std::mem::take(&mut self.batch);
        if batch.files.is_empty() {
            return Ok(());
        }
        let pairs: Vec<(usize, usize)> = batch.pairs.iter().map(|&(a, b, _)| (a, b)).collect();
        let checked = super::check_pages(&batch.files, &pairs, self.opts, self.rules);
        let mut diags = self.gate.apply(&batch.files, &checked.directives, checked.diagnostics);
        crate::diagnostic::sort_in_page_order(&mut diags);
        self.sum.counts.add(Counts::of(&diags));
        self.sum.failing |= diags.iter().any(|d| d.severity >= self.fail_on);
        self.sum.internal |= diags.iter().any(|d| d.rule == super::INTERNAL_ERROR);
        self.sum.linted += batch.files.len();
        let out = &mut self.out;
        self.opts.progress.suspend(|| {
            report::json::render_with_ids(out, &batch.files, &diags, &batch.ids)?;
            out.flush()
        })?;
        for (a, b, key) in batch
            .pairs
            .iter()
            .filter(|(a, b, _)| checked.refused.contains(&(*a, *b)))
        {
            self.error(&BadRecord {
                id: batch.ids[*b].clone(),
                line: batch.lines[*b],
                message: format!(
                    "`pair_id` {key}: records {} and {} are not one zh and one en text (by their detected language); each was linted alone",
                    batch.ids[*a], batch.ids[*b]
                ),
            })?;
        }
        self.out.flush()
    }
}
