//! `parallax pairs`.

use super::args::{check_pair_paths, pairs_of, ListFormat, PairsArgs};
use super::{EXIT_CLEAN, EXIT_ERROR};
use crate::engine;
use std::io::Write;

pub(super) fn run_pairs(args: PairsArgs) -> std::io::Result<i32> {
    if let Err(e) = check_pair_paths(&args.pair) {
        eprintln!("error: {e}");
        return Ok(EXIT_ERROR);
    }
    let (files, errors) = engine::load_inputs(&args.paths);
    for e in &errors {
        eprintln!("error: {}: {}", e.path, e.message);
    }
    let docs: Vec<_> = files.iter().map(|f| crate::parse::parse(f, None)).collect();
    let paired = engine::Paired::find(&files, &docs, &pairs_of(&args.pair), !args.no_name_pairing, None);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for &(z, e, score) in &paired.pairs {
        match args.format {
            ListFormat::Human => writeln!(out, "{:.3}  {}  {}", score, files[z].name, files[e].name)?,
            ListFormat::Json => {
                let rec = serde_json::json!({"zh": files[z].name, "en": files[e].name, "score": (score * 1000.0).round() / 1000.0});
                writeln!(out, "{rec}")?
            }
        }
    }
    out.flush()?;
    if args.format == ListFormat::Human {
        let unpaired = files.len() - 2 * paired.pairs.len();
        let (n, docs) = (paired.pairs.len(), files.len());
        let s = |k: usize| if k == 1 { "" } else { "s" };
        eprintln!("{n} pair{} among {docs} document{}; {unpaired} unpaired", s(n), s(docs));
    }
    Ok(if errors.is_empty() { EXIT_CLEAN } else { EXIT_ERROR })
}
