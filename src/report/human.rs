//! Human output, rustc style, via codespan-reporting.
//!
//! A wiki paragraph is one physical line of hundreds of characters; printing it whole under
//! every finding buries the finding. The [`Files`] implementation here presents long lines
//! as sentence-sized *display lines* that still carry the physical line number, so a
//! diagnostic shows the sentence it is about.

use super::lines::{floor_char, LineIndex};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceFile;
use codespan_reporting::diagnostic::{
    Diagnostic as CsDiagnostic, Label as CsLabel, LabelStyle, Severity as CsSeverity,
};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, termcolor::WriteColor};
use std::ops::Range;

/// Lines longer than this many characters are shown in parts.
const LONG_LINE: usize = 160;
/// A part is cut at the first sentence end after this many characters…
const SOFT_CUT: usize = 60;
/// …or, failing one, at white space or punctuation after this many.
const HARD_CUT: usize = 140;

struct DisplayLine {
    range: Range<usize>,
    /// 0-based physical line.
    physical: usize,
}

struct RenderFile<'a> {
    source: &'a SourceFile,
    index: LineIndex,
    lines: Vec<DisplayLine>,
}

/// The display lines of `text`: each physical line that `shown` holds cut into parts, the
/// others whole (no finding shows them, and cutting is the costly part).
fn display_lines(text: &str, index: &LineIndex, shown: &[bool]) -> Vec<DisplayLine> {
    let mut out = Vec::new();
    for physical in 0..index.line_count() {
        let start = index.line_start(physical);
        let mut end = if physical + 1 < index.line_count() {
            index.line_start(physical + 1) - 1
        } else {
            text.len()
        };
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        let line = &text[start..end];
        if !shown.get(physical).copied().unwrap_or(true) || line.len() <= LONG_LINE || line.chars().count() <= LONG_LINE
        {
            out.push(DisplayLine {
                range: start..end,
                physical,
            });
            continue;
        }
        let mut part_start = start;
        let mut count = 0;
        let mut iter = line.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            count += 1;
            let next = iter.peek().map(|&(_, n)| n);
            let sentence_end =
                matches!(c, '。' | '！' | '？' | '；') || (matches!(c, '.' | '!' | '?') && next == Some(' '));
            let soft_point = matches!(c, '，' | '、' | ',' | ' ' | '）' | ')');
            if (count >= SOFT_CUT && sentence_end) || (count >= HARD_CUT && soft_point) || count >= HARD_CUT * 2 {
                // a space after a sentence end goes with the part it ends
                let space = usize::from(sentence_end && next == Some(' '));
                let cut = start + i + c.len_utf8() + space;
                if cut < end {
                    out.push(DisplayLine {
                        range: part_start..cut,
                        physical,
                    });
                    part_start = cut;
                    count = 0;
                }
            }
        }
        out.push(DisplayLine {
            range: part_start..end,
            physical,
        });
    }
    out
}

/// Per file, the physical lines a diagnostic may show: those its labels cover, and one line
/// either side of them (one pass over the diagnostics for every file).
fn shown_lines(files: &[SourceFile], indexes: &[LineIndex], diags: &[Diagnostic]) -> Vec<Vec<bool>> {
    let mut shown: Vec<Vec<bool>> = indexes.iter().map(|ix| vec![false; ix.line_count()]).collect();
    let spans = diags
        .iter()
        .flat_map(|d| std::iter::once((d.file, &d.span)).chain(d.labels.iter().map(|l| (l.file, &l.span))));
    for (id, span) in spans {
        let (Some(f), Some(index), Some(lines)) = (files.get(id), indexes.get(id), shown.get_mut(id)) else {
            continue;
        };
        let span = clamp(&f.text, span);
        let first = index.line_index(span.start).saturating_sub(1);
        let last = (index.line_index(span.end) + 1).min(lines.len() - 1);
        lines[first..=last].fill(true);
    }
    shown
}

struct RenderFiles<'a> {
    files: Vec<RenderFile<'a>>,
}

impl<'a> Files<'a> for RenderFiles<'a> {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: usize) -> Result<&'a str, FilesError> {
        self.files
            .get(id)
            .map(|f| f.source.name.as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn source(&'a self, id: usize) -> Result<&'a str, FilesError> {
        self.files
            .get(id)
            .map(|f| f.source.text.as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn line_index(&'a self, id: usize, byte_index: usize) -> Result<usize, FilesError> {
        let f = self.files.get(id).ok_or(FilesError::FileMissing)?;
        Ok(f.lines
            .partition_point(|l| l.range.start <= byte_index)
            .saturating_sub(1))
    }

    fn line_number(&'a self, id: usize, line_index: usize) -> Result<usize, FilesError> {
        let f = self.files.get(id).ok_or(FilesError::FileMissing)?;
        let l = f.lines.get(line_index).ok_or(FilesError::LineTooLarge {
            given: line_index,
            max: f.lines.len(),
        })?;
        Ok(l.physical + 1)
    }

    fn column_number(&'a self, id: usize, _line_index: usize, byte_index: usize) -> Result<usize, FilesError> {
        let f = self.files.get(id).ok_or(FilesError::FileMissing)?;
        Ok(f.index.line_col(&f.source.text, byte_index).1)
    }

    fn line_range(&'a self, id: usize, line_index: usize) -> Result<Range<usize>, FilesError> {
        let f = self.files.get(id).ok_or(FilesError::FileMissing)?;
        f.lines
            .get(line_index)
            .map(|l| l.range.clone())
            .ok_or(FilesError::LineTooLarge {
                given: line_index,
                max: f.lines.len(),
            })
    }
}

fn clamp(text: &str, r: &Range<usize>) -> Range<usize> {
    let s = floor_char(text, r.start.min(text.len()));
    let e = floor_char(text, r.end.min(text.len())).max(s);
    s..e
}

/// Render diagnostics rustc-style.
pub fn render(out: &mut dyn WriteColor, files: &[SourceFile], diags: &[Diagnostic]) -> std::io::Result<()> {
    let indexes: Vec<LineIndex> = files.iter().map(|f| LineIndex::new(&f.text)).collect();
    let shown = shown_lines(files, &indexes, diags);
    let rfiles = RenderFiles {
        files: files
            .iter()
            .zip(indexes)
            .zip(&shown)
            .map(|((f, index), shown)| {
                let lines = display_lines(&f.text, &index, shown);
                RenderFile {
                    source: f,
                    index,
                    lines,
                }
            })
            .collect(),
    };
    let config = term::Config::default();
    for d in diags {
        let severity = match d.severity {
            Severity::Error => CsSeverity::Error,
            Severity::Warning => CsSeverity::Warning,
            Severity::Info => CsSeverity::Note,
        };
        let mut labels =
            vec![CsLabel::new(LabelStyle::Primary, d.file, clamp(&files[d.file].text, &d.span)).with_message(&d.label)];
        for l in &d.labels {
            labels.push(
                CsLabel::new(LabelStyle::Secondary, l.file, clamp(&files[l.file].text, &l.span))
                    .with_message(&l.message),
            );
        }
        let mut notes = d.notes.clone();
        if let Some(fix) = &d.fix {
            notes.push(format!(
                "fix{}: {}",
                if fix.safe { "" } else { " (unsafe)" },
                fix.message
            ));
        }
        let cs = CsDiagnostic::new(severity)
            .with_code(d.rule)
            .with_message(&d.message)
            .with_labels(labels)
            .with_notes(notes);
        term::emit(out, &config, &rfiles, &cs).map_err(|e| match e {
            FilesError::Io(io) => io,
            other => std::io::Error::other(other.to_string()),
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_at_sentences_and_keep_their_number() {
        let para = "这是第一句话，内容很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。".repeat(6);
        let text = format!("标题\n{para}\n");
        let index = LineIndex::new(&text);
        let lines = display_lines(&text, &index, &[]);
        assert!(lines.len() > 3);
        assert!(lines[1..lines.len() - 1].iter().all(|l| l.physical == 1));
        // parts cover the line exactly
        let joined: String = lines
            .iter()
            .filter(|l| l.physical == 1)
            .map(|l| &text[l.range.clone()])
            .collect();
        assert_eq!(joined, para);
        assert!(lines
            .iter()
            .all(|l| text[l.range.clone()].chars().count() <= 2 * HARD_CUT));
    }

    /// Only the lines a finding shows are cut (and their neighbours): a finding renders as
    /// it would with every line cut.
    #[test]
    fn only_the_lines_findings_show_are_cut() {
        let para = "A sentence of some length that goes on and on for a while. ".repeat(8);
        let text = format!("{para}\n{para}\n{para}\n{para}\n{para}\n");
        let index = LineIndex::new(&text);
        let at = 3 * (para.len() + 1) + 70;
        let d = Diagnostic::new("repeated-word", Severity::Warning, 0, at..at + 4, "m").with_label("here");
        let file = SourceFile {
            name: "a.txt".into(),
            text: text.clone(),
        };
        let shown = shown_lines(
            std::slice::from_ref(&file),
            std::slice::from_ref(&index),
            std::slice::from_ref(&d),
        );
        assert_eq!(shown, [[false, false, true, true, true, false]]);
        let shown = &shown[0];
        let lazy = display_lines(&text, &index, shown);
        let every = display_lines(&text, &index, &[]);
        assert!(lazy.len() < every.len());
        assert!(lazy
            .iter()
            .filter(|l| l.physical == 3)
            .map(|l| l.range.clone())
            .eq(every.iter().filter(|l| l.physical == 3).map(|l| l.range.clone())));
        let mut out = codespan_reporting::term::termcolor::NoColor::new(Vec::new());
        render(&mut out, &[file], &[d]).unwrap();
        let shown = String::from_utf8(out.into_inner()).unwrap();
        assert!(
            shown.contains("4 │") && shown.lines().all(|l| l.chars().count() < 2 * HARD_CUT),
            "{shown}"
        );
    }
}
