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
