//! Findings to stdout in the chosen format, and the totals of a run for its summary line.

use super::args::{CheckArgs, ColorWhen, OutputFormat};
use crate::diagnostic::{Diagnostic, Severity};
use crate::engine::dump;
use crate::engine::progress::Progress;
use crate::gate::Gate;
use crate::report::{self, Counts};
use crate::rules::Rule;
use crate::source::SourceFile;
use codespan_reporting::term::termcolor::{ColorChoice, NoColor, StandardStream, WriteColor};
use std::io::{IsTerminal, Write};

/// Prints what a streamed run (dumps) reports, batch by batch, adding it to the totals.
pub(super) struct Streamed<'a, 'p> {
    pub args: &'a CheckArgs,
    pub rules: &'a [Box<dyn Rule>],
    pub gate: &'a Gate<'p>,
    pub progress: &'a Progress,
    pub fail_on: Severity,
    pub totals: &'a mut Totals,
    /// SARIF, one document for the run: the files and findings, gathered (file ids numbered
    /// across batches) and written by [`Streamed::finish`].
    pub gathered: Option<(Vec<SourceFile>, Vec<Diagnostic>)>,
}

impl Streamed<'_, '_> {
    /// Write what was gathered (SARIF), with `files` and their findings `diags` after it.
    pub fn finish(&mut self, files: Vec<SourceFile>, diags: Vec<Diagnostic>) -> std::io::Result<()> {
        let Some((mut all, mut found)) = self.gathered.take() else {
            return emit(self.args, &files, &diags, self.rules, self.fail_on, self.totals);
        };
        gather(&mut all, &mut found, &files, diags);
        emit(self.args, &all, &found, self.rules, self.fail_on, self.totals)
    }

    pub fn report(&mut self, out: dump::Out) -> std::io::Result<()> {
        let progress = self.progress;
        match out {
            dump::Out::Error(e) => {
                progress.suspend(|| eprintln!("error: {}: {}", e.path, e.message));
                self.totals.errors += 1;
                self.totals.dump_errors = true;
            }
            dump::Out::Pages(files, checked) => {
                let mut diags = self.gate.apply(files, &checked.directives, checked.diagnostics);
                crate::diagnostic::sort_in_page_order(&mut diags);
                self.totals.files += files.len();
                if let Some((all, found)) = self.gathered.as_mut() {
                    gather(all, found, files, diags);
                    return Ok(());
                }
                progress.suspend(|| emit(self.args, files, &diags, self.rules, self.fail_on, self.totals))?;
            }
        }
        Ok(())
    }
}

/// Add `files` and their findings `diags` to those gathered, numbering the files on.
fn gather(all: &mut Vec<SourceFile>, found: &mut Vec<Diagnostic>, files: &[SourceFile], diags: Vec<Diagnostic>) {
    let first = all.len();
    all.extend_from_slice(files);
    found.extend(diags.into_iter().map(|mut d| {
        d.file += first;
        d.labels.iter_mut().for_each(|l| l.file += first);
        d
    }));
}

/// What has been reported so far, over the files and every dump batch.
#[derive(Default)]
pub(super) struct Totals {
    pub counts: Counts,
    pub tally: report::Tally,
    /// Articles linted (dump pages included).
    pub files: usize,
    /// Inputs (files, dumps, dump pages) that could not be read.
    pub errors: usize,
    pub dump_errors: bool,
    /// A finding at or above the failing severity was reported.
    pub failing: bool,
    /// parallax failed on a document (a panic, the time budget): exit code 2.
    pub internal: bool,
    /// `--output-file`: what is written there once the run is over (else stdout).
    pub output: Option<Vec<u8>>,
    /// Standard output was closed (`| head`): nothing more is written, the exit code stays.
    pub closed: bool,
}

impl Totals {
    /// Write with `write` to the output file's buffer, or to stdout (with colour if `color`),
    /// unless stdout was closed; a closed stdout is remembered, not an error.
    pub fn write(
        &mut self,
        color: bool,
        write: impl FnOnce(&mut dyn WriteColor) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        if let Some(buf) = self.output.as_mut() {
            return write(&mut NoColor::new(buf));
        }
        if self.closed {
            return Ok(());
        }
        let result = if color {
            let mut out = StandardStream::stdout(ColorChoice::Always);
            write(&mut out).and_then(|()| out.flush())
        } else {
            let mut out = NoColor::new(std::io::BufWriter::new(std::io::stdout().lock()));
            write(&mut out).and_then(|()| out.get_mut().flush())
        };
        match result {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            r => r,
        }
    }
}

/// Whether human output is coloured: `--color`, then (under `auto`) `FORCE_COLOR` or
/// `CLICOLOR_FORCE` (set, not empty, not `0`) turn colour on, `NO_COLOR` (set, not empty) off,
/// and otherwise a terminal on stdout decides.
pub(super) fn color_wanted(when: ColorWhen) -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto if set("FORCE_COLOR") || set("CLICOLOR_FORCE") => true,
        ColorWhen::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// Print findings in the chosen format on stdout and add them to `totals` (the summary line
/// and `--statistics` are printed once, at the end).
pub(super) fn emit(
    args: &CheckArgs,
    files: &[SourceFile],
    diags: &[Diagnostic],
    rules: &[Box<dyn Rule>],
    fail_on: Severity,
    totals: &mut Totals,
) -> std::io::Result<()> {
    totals.counts.add(Counts::of(diags));
    totals.failing |= diags.iter().any(|d| d.severity >= fail_on);
    totals.internal |= diags.iter().any(|d| d.rule == crate::engine::INTERNAL_ERROR);
    if args.statistics {
        report::tally(&mut totals.tally, diags);
        return Ok(());
    }
    let color = args.format == OutputFormat::Human && args.output.is_none() && color_wanted(args.color);
    totals.write(color, |out| match args.format {
        OutputFormat::Human => report::human::render(out, files, diags),
        OutputFormat::Json => report::json::render(out, files, diags),
        OutputFormat::Sarif => {
            let meta: Vec<_> = rules.iter().map(|r| r.meta()).collect();
            // the baseline's content key, with paths relative to the current folder
            let key =
                |d: &Diagnostic| crate::gate::baseline::entry(std::path::Path::new("parallax.sarif"), files, d).hash;
            report::sarif::render(out, files, diags, &meta, &key)
        }
        OutputFormat::Github => report::github::render(out, files, diags),
        // written once the run is over, with the documents (`super::report`)
        OutputFormat::Html => Ok(()),
    })
}
