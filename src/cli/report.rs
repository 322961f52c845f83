//! `parallax report` and `check --format html`: the run's findings, documents and pairs as
//! an HTML report ([`crate::report::html`]), written atomically.

use super::args::{CheckArgs, OutputFormat};
use super::check::run_check;
use super::EXIT_ERROR;
use crate::diagnostic::Severity;
use crate::engine::progress::{self, Progress};
use crate::engine::{Options, Outcome};
use crate::gate::config::Config;
use crate::gate::fix::write_atomic;
use crate::report::html::{self, Meta};
use std::io::Write;
use std::path::Path;

/// Where `parallax report` writes when not told.
const DEFAULT_OUTPUT: &str = "report.html";

pub(super) fn run_report(mut args: CheckArgs) -> std::io::Result<i32> {
    if !matches!(args.format, OutputFormat::Human | OutputFormat::Html) {
        eprintln!("error: `parallax report` writes HTML; for other formats use `parallax check --format …`");
        return Ok(EXIT_ERROR);
    }
    args.format = OutputFormat::Html;
    if args.output.is_none() && args.out_dir.is_none() {
        args.output = Some(DEFAULT_OUTPUT.into());
    }
    run_check(args)
}

/// What the report says of the run besides its findings.
pub(super) struct Report<'a> {
    pub args: &'a CheckArgs,
    pub cfg: &'a Config,
    pub fail_on: Severity,
    pub opts: &'a Options,
    /// The rules that ran.
    pub active: Vec<&'a str>,
}

/// Write the report of a finished run: to `-o FILE`, into `--out-dir DIR`, or to stdout.
/// Returns whether it was written (a failure is named on stderr).
pub(super) fn write_html(r: &Report, outcome: &mut Outcome) -> bool {
    let articles = outcome.files.len() - outcome.pack_files;
    let kept = outcome.kept.take();
    let model = crate::engine::report::model(&outcome.files, articles, r.opts, kept);
    let meta = meta(r);
    let shown = progress::wanted(r.args.quiet);
    let bar = Progress::stderr(shown, "views written");
    let mut tick = |bytes: usize| bar.advance(1, bytes);
    let (what, result) = match (&r.args.out_dir, &r.args.output) {
        (Some(dir), _) => (
            dir.display().to_string(),
            write_dir(dir, &model, outcome, &meta, &mut tick),
        ),
        (None, Some(file)) => {
            let mut page = Vec::new();
            let done = html::write_page(&mut page, &model, &outcome.diagnostics, &meta, &mut tick)
                .and_then(|_| write_atomic(file, &page));
            (file.display().to_string(), done.map(|_| page.len()))
        }
        (None, None) => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let done =
                html::write_page(&mut out, &model, &outcome.diagnostics, &meta, &mut tick).and_then(|_| out.flush());
            ("stdout".into(), done.map(|_| 0))
        }
    };
    bar.finish();
    match result {
        Ok(bytes) => {
            if !r.args.quiet && what != "stdout" {
                eprintln!(
                    "wrote the report to {what} ({:.1} MB, {} pairs, {} documents)",
                    bytes as f64 / 1e6,
                    model.pairs.len(),
                    outcome.files.len()
                );
            }
            true
        }
        Err(e) => {
            eprintln!("error: cannot write the report to {what}: {e}");
            false
        }
    }
}

/// `--out-dir`: the index and one page per view. Returns the bytes written.
fn write_dir(
    dir: &Path,
    model: &html::Model,
    outcome: &Outcome,
    meta: &Meta,
    tick: &mut dyn FnMut(usize),
) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir.join("v"))?;
    let mut total = 0;
    let mut written = std::collections::HashSet::new();
    let mut put = |rel: &str, bytes: &[u8]| {
        total += bytes.len();
        written.insert(dir.join(rel));
        write_atomic(&dir.join(rel), bytes)
    };
    html::write_site(model, &outcome.diagnostics, meta, &mut put, tick)?;
    // the pages of an earlier report into the same folder that this one did not write
    for entry in std::fs::read_dir(dir.join("v"))?.flatten() {
        let path = entry.path();
        if is_view_page(&entry.file_name().to_string_lossy()) && !written.contains(&path) {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(total)
}

/// A page name `--out-dir` writes: `p12.html` (a pair) or `d3.html` (a document).
fn is_view_page(name: &str) -> bool {
    name.strip_suffix(".html")
        .and_then(|n| n.strip_prefix('p').or_else(|| n.strip_prefix('d')))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn meta(r: &Report) -> Meta {
    let mut config = r.cfg.to_toml(r.fail_on);
    config.push_str(&format!("\n# rules that ran: {}\n", r.active.join(", ")));
    Meta {
        version: env!("CARGO_PKG_VERSION").to_string(),
        date: date_now(),
        config,
        command: std::env::args().collect::<Vec<_>>().join(" "),
    }
}

/// Now (or `SOURCE_DATE_EPOCH`, for reproducible reports) as `YYYY-MM-DD HH:MM UTC`.
fn date_now() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    utc(secs)
}

/// Seconds since 1970 as a UTC date and time (days to civil date: H. Hinnant's algorithm).
fn utc(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let (h, m) = ((secs % 86_400) / 3600, (secs % 3600) / 60);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(mo <= 2);
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{m:02} UTC")
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_view_pages_are_recognised() {
        assert!(super::is_view_page("p0.html") && super::is_view_page("d12.html"));
        for other in ["p.html", "index.html", "p1.htm", "x1.html", "p1a.html", "notes.txt"] {
            assert!(!super::is_view_page(other), "{other}");
        }
    }

    #[test]
    fn dates_are_civil_utc() {
        assert_eq!(super::utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(super::utc(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(super::utc(1_764_472_800 + 3_660), "2025-11-30 04:21 UTC");
    }
}
