//! `parallax check --fix` / `--diff`.

use super::args::CheckArgs;
use super::{EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};
use crate::engine::{self, Options};
use crate::gate::{fix, Gate};
use crate::rules::Rule;
use crate::source::{LoadError, SourceFile};
use std::io::Write;

/// `--fix` / `--diff`: fix every article read from disk. Prints the diffs for `--diff`; for
/// `--fix`, `files` then hold the texts as written. Returns the exit code for `--diff` and
/// whether any file could not be written.
pub(super) fn run_fix(
    args: &CheckArgs,
    files: &mut [SourceFile],
    load_errors: &[LoadError],
    opts: &Options,
    rules: &[Box<dyn Rule>],
    gate: &Gate,
) -> std::io::Result<(i32, bool)> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut files_changed, mut fixes, mut write_errors) = (0, 0, false);
    for file in files.iter_mut() {
        let stdin_name = args
            .stdin_filename
            .as_deref()
            .filter(|_| args.paths.iter().any(|p| p == "-"));
        if file.name == "<stdin>" || stdin_name == Some(file.name.as_str()) {
            if !args.quiet {
                eprintln!("note: {} is checked but not fixed", stdin_name.unwrap_or("<stdin>"));
            }
            continue;
        }
        let fixed = fix::fix_text(&file.text, args.unsafe_fixes, |text| {
            let f = [SourceFile {
                name: file.name.clone(),
                text: text.to_string(),
            }];
            let (diags, directives) = engine::check_sources_for_gate(&f, opts, rules);
            gate.apply(&f, &directives, diags)
        });
        if fixed.text == file.text {
            continue;
        }
        if args.diff {
            out.write_all(fix::unified_diff(&file.name, &file.text, &fixed.text).as_bytes())?;
        } else if let Err(e) =
            fix::write_if_unchanged(std::path::Path::new(&file.name), file.text.as_bytes(), &fixed.text)
        {
            eprintln!("error: {}: {e}", file.name);
            write_errors = true;
            continue;
        } else {
            file.text = fixed.text;
        }
        files_changed += 1;
        fixes += fixed.applied;
    }
    out.flush()?;
    if !args.quiet && (args.diff || fixes > 0) {
        eprintln!(
            "{} {fixes} fix{} in {files_changed} file{}",
            if args.diff { "would apply" } else { "applied" },
            if fixes == 1 { "" } else { "es" },
            if files_changed == 1 { "" } else { "s" }
        );
    }
    for e in load_errors {
        if args.diff {
            eprintln!("error: {}: {}", e.path, e.message);
        }
    }
    let code = if write_errors || !load_errors.is_empty() {
        EXIT_ERROR
    } else if files_changed > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    };
    Ok((code, write_errors))
}
