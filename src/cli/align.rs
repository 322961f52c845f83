//! `parallax align`.

use super::args::{AlignArgs, ListFormat};
use super::{EXIT_CLEAN, EXIT_ERROR};
use crate::engine;
use std::io::Write;

pub(super) fn run_align(args: AlignArgs) -> std::io::Result<i32> {
    let (files, errors) = engine::load_inputs(&[args.zh.clone(), args.en.clone()]);
    for e in &errors {
        eprintln!("error: {}: {}", e.path, e.message);
    }
    if files.len() != 2 {
        return Ok(EXIT_ERROR);
    }
    let mut files = files;
    let mut docs: Vec<_> = files.iter().map(|f| crate::parse::parse(f, None)).collect();
    use crate::source::Lang;
    match (docs[0].lang, docs[1].lang) {
        (Lang::Zh, Lang::En) => {}
        (Lang::En, Lang::Zh) => {
            // the languages are detected, not taken from the order of the arguments
            eprintln!(
                "note: {} is the Chinese article and {} the English one: aligned as zh = {0}, en = {1}",
                files[1].name, files[0].name
            );
            files.swap(0, 1);
            docs.swap(0, 1);
        }
        (a, _) => {
            eprintln!(
                "error: {} and {} are both {} articles: `parallax align` needs a Chinese and an English one",
                files[0].name,
                files[1].name,
                if a == Lang::Zh { "Chinese" } else { "English" }
            );
            return Ok(EXIT_ERROR);
        }
    }
    let paired = engine::Paired::find(
        &files,
        &docs,
        &[(files[0].name.clone().into(), files[1].name.clone().into())],
        false,
        None,
    );
    let Some(&(z, e, _)) = paired.pairs.first() else {
        eprintln!(
            "error: {} and {} are not a Chinese and an English article",
            files[0].name, files[1].name
        );
        return Ok(EXIT_ERROR);
    };
    let (zh, en) = (paired.side(&files, &docs, z), paired.side(&files, &docs, e));
    let alignment = crate::align::align(&zh, &en);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let spans = |side: &crate::align::Side, ss: &[usize]| -> Vec<crate::Span> {
        ss.iter()
            .map(|&s| side.doc.sentence_source(&side.doc.sentences[s]))
            .collect()
    };
    for u in &alignment.units {
        let (zs, es) = (spans(&zh, &u.zh), spans(&en, &u.en));
        match args.format {
            ListFormat::Json => write_json_unit(&mut out, u, &zs, &es)?,
            ListFormat::Human => write_human_unit(&mut out, u, (&zh, &en), (&zs, &es))?,
        }
    }
    out.flush()?;
    Ok(if errors.is_empty() { EXIT_CLEAN } else { EXIT_ERROR })
}

/// One alignment unit as a JSON line: the source spans of its sentences on each side, and its score.
fn write_json_unit(
    out: &mut impl Write,
    u: &crate::align::Unit,
    zs: &[crate::Span],
    es: &[crate::Span],
) -> std::io::Result<()> {
    let j = |v: &[crate::Span]| {
        v.iter()
            .map(|s| serde_json::json!({"start": s.start, "end": s.end}))
            .collect::<Vec<_>>()
    };
    let rec = serde_json::json!({"zh": j(zs), "en": j(es), "score": (u.score * 1000.0).round() / 1000.0});
    writeln!(out, "{rec}")
}

/// One alignment unit for people: a mark and score, the sentences of each side, and the facts they share.
fn write_human_unit(
    out: &mut impl Write,
    u: &crate::align::Unit,
    (zh, en): (&crate::align::Side, &crate::align::Side),
    (zs, es): (&[crate::Span], &[crate::Span]),
) -> std::io::Result<()> {
    let text = |src: &str, v: &[crate::Span]| {
        v.iter()
            .map(|s| src[s.clone()].replace('\n', " "))
            .collect::<Vec<_>>()
            .join(" ⏎ ")
    };
    let mark = if u.is_sure() {
        "="
    } else if u.zh.is_empty() || u.en.is_empty() {
        " "
    } else {
        "~"
    };
    writeln!(out, "{mark} {:.2}  zh: {}", u.score, text(&zh.source.text, zs))?;
    writeln!(out, "        en: {}", text(&en.source.text, es))?;
    if !u.anchors.is_empty() {
        let names: Vec<String> = u
            .anchors
            .iter()
            .map(|a| match (a.zh, a.en) {
                (Some(zi), Some(ei)) => format!("{} = {}", zh.facts[zi].text, en.facts[ei].text),
                _ => format!("{:?}", a.kind).to_lowercase(),
            })
            .collect();
        writeln!(out, "        shared: {}", names.join("; "))?;
    }
    Ok(())
}
