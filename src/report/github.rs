//! GitHub Actions workflow commands: one `::warning file=…,line=…::message` line per
//! diagnostic, which GitHub shows as an annotation on the pull request's diff. The message
//! names a cross-language finding's counterpart (file and line) and carries the notes ("compared
//! because…").

use super::LineIndex;
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceFile;
use std::io::Write;

/// Escape a workflow-command message.
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escape a workflow-command property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(out: &mut dyn Write, files: &[SourceFile], diags: &[Diagnostic]) -> std::io::Result<()> {
    let indexes: Vec<LineIndex> = files.iter().map(|f| LineIndex::new(&f.text)).collect();
    for d in diags {
        let f = &files[d.file];
        let (line, col) = indexes[d.file].line_col(&f.text, d.span.start);
        let (end_line, end_col) = indexes[d.file].line_col(&f.text, d.span.end);
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let counterpart = |i: usize| {
            let l = &d.labels[i];
            let (line, _) = indexes[l.file].line_col(&files[l.file].text, l.span.start);
            Some(format!("{}:{line}", files[l.file].name))
        };
        writeln!(
            out,
            "::{kind} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
            property(&f.name),
            property(d.rule),
            data(&super::sarif::full_message(d, counterpart))
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(data("a%b\nc"), "a%25b%0Ac");
        assert_eq!(property("x,y:z"), "x%2Cy%3Az");
    }
}
