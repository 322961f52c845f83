//! Loading input: files, folders (honouring .gitignore), stdin.
//!
//! A [`SourceFile`] holds the text exactly as it was on disk (a UTF-8 BOM and CRLF line ends
//! included), so every byte offset reported later is an offset into the real file.

mod detect;
pub mod dump;
pub mod jsonl;
pub mod titles;

pub use detect::{detect_format, detect_language, Format, Lang, Script};

use std::io::Read;
use std::path::{Path, PathBuf};

/// One input document, text as read.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown to users (the path as given, or `<stdin>`).
    pub name: String,
    pub text: String,
}

/// Why an input could not be read. Each names the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub path: String,
    pub message: String,
    /// A binary file: skipped quietly when it was found in a folder walk.
    pub binary: bool,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// How many bytes at the start of a file are inspected for NUL bytes (binary detection).
const BINARY_SNIFF: usize = 8192;

/// Decode raw bytes into text, or say precisely why not.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<SourceFile, LoadError> {
    let err = |message: String| LoadError {
        path: name.to_string(),
        message,
        binary: false,
    };
    if bytes[..bytes.len().min(BINARY_SNIFF)].contains(&0) {
        let kind = sniff_binary_kind(&bytes);
        return Err(LoadError {
            binary: true,
            ..err(format!("binary file ({kind}), not a text article"))
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile {
            name: name.to_string(),
            text,
        }),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(err(format!(
                "not valid UTF-8 (byte 0x{:02X} at offset {at}, line {line}); \
                 parallax reads UTF-8 only: convert the file first, e.g. `iconv -f LATIN1 -t UTF-8`",
                bytes[at]
            )))
        }
    }
}

fn sniff_binary_kind(bytes: &[u8]) -> &'static str {
    if bytes.starts_with(b"\x89PNG") {
        "PNG image"
    } else if bytes.starts_with(b"\xFF\xD8\xFF") {
        "JPEG image"
    } else if bytes.starts_with(b"GIF8") {
        "GIF image"
    } else if bytes.starts_with(b"%PDF") {
        "PDF document"
    } else if bytes.starts_with(b"PK\x03\x04") {
        "zip archive"
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        "UTF-16 text; convert it to UTF-8"
    } else {
        "contains NUL bytes"
    }
}

/// Read one file from disk.
pub fn load_file(path: &Path, name: &str) -> Result<SourceFile, LoadError> {
    match std::fs::read(path) {
        Ok(bytes) => decode(name, bytes),
        Err(e) => Err(LoadError {
            path: name.to_string(),
            message: io_message(&e),
            binary: false,
        }),
    }
}

/// Read standard input as one document named `<stdin>`.
pub fn load_stdin() -> Result<SourceFile, LoadError> {
    let mut bytes = Vec::new();
    match std::io::stdin().lock().read_to_end(&mut bytes) {
        Ok(_) => decode("<stdin>", bytes),
        Err(e) => Err(LoadError {
            path: "<stdin>".into(),
            message: io_message(&e),
            binary: false,
        }),
    }
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ if e.raw_os_error() == Some(21) => "is a directory".into(),
        _ => e.to_string(),
    }
}

/// One thing to read: a file path or stdin.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Input {
    Stdin,
    /// A file named on the command line: every problem with it is an error.
    File(PathBuf),
    /// A file found in a folder walk: binary files are skipped quietly, as ripgrep does.
    Found(PathBuf),
}

/// Expand the command-line paths into inputs: folders are walked recursively honouring
/// .gitignore (and hidden files are skipped); files named explicitly are always taken.
/// Returns the inputs sorted (deterministic output) and errors for paths that do not exist.
pub fn expand_paths(paths: &[String]) -> (Vec<Input>, Vec<LoadError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let path = Path::new(p);
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                for entry in ignore::WalkBuilder::new(path)
                    .sort_by_file_name(|a, b| a.cmp(b))
                    .build()
                {
                    match entry {
                        Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                            found.push(e.into_path());
                        }
                        Ok(_) => {}
                        Err(e) => errors.push(LoadError {
                            path: p.clone(),
                            message: e.to_string(),
                            binary: false,
                        }),
                    }
                }
                found.sort();
                inputs.extend(found.into_iter().map(Input::Found));
            }
            Ok(meta) if !meta.is_file() => errors.push(LoadError {
                path: p.clone(),
                message: "not a regular file (a FIFO, socket or device): not read".into(),
                binary: false,
            }),
            Ok(_) => inputs.push(Input::File(path.to_path_buf())),
            Err(e) => errors.push(LoadError {
                path: p.clone(),
                message: io_message(&e),
                binary: false,
            }),
        }
    }
    // Files met twice (a folder and a file inside it, `a.txt` and `./a.txt`, a link and its
    // target) are read, checked and fixed once.
    let mut seen = std::collections::HashSet::new();
    inputs.retain(|i| match i {
        Input::Stdin => true,
        Input::File(p) | Input::Found(p) => seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())),
    });
    (inputs, errors)
}

/// The extensions of article files, which a folder walk checks by default (dumps and JSON
/// Lines records aside): `.md`, `.markdown`, `.txt`, `.wiki`, `.wikitext`, `.mediawiki`.
pub const ARTICLE_EXTENSIONS: &[&str] = &["md", "markdown", "txt", "wiki", "wikitext", "mediawiki"];

/// Whether `path` names an article file by its extension (case-insensitive), a wiki dump
/// (`.xml`, `.xml.bz2`) included.
pub fn is_article(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or_default();
    ARTICLE_EXTENSIONS.contains(&ext) || name.ends_with(".xml") || name.ends_with(".xml.bz2")
}

/// The name a path is shown under: as given, with `./` dropped.
pub fn display_name(path: &Path) -> String {
    let s = path.to_string_lossy();
    s.strip_prefix("./").unwrap_or(&s).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_is_rejected_with_position() {
        let e = decode("a.txt", b"caf\xe9 au lait".to_vec()).unwrap_err();
        assert!(e.message.contains("not valid UTF-8"), "{}", e.message);
        assert!(e.message.contains("offset 3"), "{}", e.message);
        assert_eq!(e.path, "a.txt");
    }

    #[test]
    fn png_is_binary() {
        let e = decode("x.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()).unwrap_err();
        assert!(e.message.contains("PNG"), "{}", e.message);
    }

    #[test]
    fn empty_file_is_fine() {
        assert_eq!(decode("e.txt", vec![]).unwrap().text, "");
    }

    #[test]
    fn bom_is_kept_so_offsets_match_the_file() {
        let f = decode("b.txt", "\u{feff}abc".as_bytes().to_vec()).unwrap();
        assert_eq!(f.text.len(), 6);
    }
}
