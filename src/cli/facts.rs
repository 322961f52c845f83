//! `parallax facts`.

use super::args::{FactsArgs, ListFormat};
use super::{EXIT_CLEAN, EXIT_ERROR};
use crate::engine;
use std::io::Write;

pub(super) fn run_facts(args: FactsArgs) -> std::io::Result<i32> {
    use crate::report::listing;
    let (files, errors) = engine::load_inputs(&args.paths);
    for e in &errors {
        eprintln!("error: {}: {}", e.path, e.message);
    }
    let listed = listing::list(files, args.input_format);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        ListFormat::Human => listing::write_human(&mut out, &listed)?,
        ListFormat::Json => listing::write_json(&mut out, &listed)?,
    }
    out.flush()?;
    Ok(if errors.is_empty() { EXIT_CLEAN } else { EXIT_ERROR })
}
