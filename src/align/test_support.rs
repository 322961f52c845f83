//! Test helpers of the alignment: a text read as one side of a pair reads it.

/// What [`read`] gives: a text's source, document and facts.
pub(crate) type Read = (
    crate::source::SourceFile,
    crate::parse::Document,
    Vec<crate::facts::Fact>,
);

/// A text read as one side reads it: its source, document and facts.
pub(crate) fn read(name: &str, text: &str) -> Read {
    let source = crate::source::SourceFile {
        name: name.into(),
        text: text.into(),
    };
    let doc = crate::parse::parse(&source, None);
    let facts = crate::facts::extract(&doc, text);
    (source, doc, facts)
}

/// The side of what [`read`] gave.
pub(crate) fn side((source, doc, facts): &Read) -> super::Side<'_> {
    super::Side {
        file: 0,
        source,
        doc,
        facts,
    }
}

/// A unit pairing zh sentences `zh` with en sentences `en` at `score` and `lexical`, sharing no
/// anchor, neither vouched for by position nor of texts that run in parallel.
pub(crate) fn unit(zh: Vec<usize>, en: Vec<usize>, score: f64, lexical: f64) -> super::Unit {
    super::Unit {
        zh,
        en,
        score,
        anchors: Vec::new(),
        lexical,
        by_position: false,
        parallel: false,
        out_of_order: false,
    }
}
