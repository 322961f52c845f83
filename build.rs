//! Embeds the rule packs of `rules/*.toml` in the binary and generates one test per pack
//! file (tests/rule_packs.rs includes it), so adding a pack adds its test. Builds the trie of
//! jieba's dictionary (`src/lang/segment/trie.rs`), which the binary keeps as bytes.

use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/lang/segment/trie.rs"]
mod trie;

fn main() {
    jieba_trie();
    // read at run time: a build script compiled for another checkout must not embed its packs
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("rules");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut packs: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    packs.sort();
    let mut embedded =
        String::from("/// The built-in rule packs: (path, text).\npub const BUILTIN_PACKS: &[(&str, &str)] = &[\n");
    let mut tests = String::new();
    for p in &packs {
        println!("cargo:rerun-if-changed={}", p.display());
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        writeln!(
            embedded,
            "    (\"rules/{name}\", include_str!({:?})),",
            p.display().to_string()
        )
        .unwrap();
        let fn_name: String = name
            .trim_end_matches(".toml")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        writeln!(
            tests,
            "#[test]\nfn {fn_name}() {{\n    check_pack_file({:?});\n}}\n",
            format!("rules/{name}")
        )
        .unwrap();
    }
    embedded.push_str("];\n");
    let out = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out).join("builtin_packs.rs"), embedded).unwrap();
    std::fs::write(Path::new(&out).join("pack_tests.rs"), tests).unwrap();
}

/// The trie of `src/lang/jieba_dict.txt`, as `OUT_DIR/jieba_trie.bin` (weighed against the
/// sum of its frequencies, jieba's total).
fn jieba_trie() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dict = Path::new(&manifest).join("src/lang/jieba_dict.txt");
    println!("cargo:rerun-if-changed={}", dict.display());
    println!("cargo:rerun-if-changed=src/lang/segment/trie.rs");
    let text = std::fs::read_to_string(&dict).expect("src/lang/jieba_dict.txt");
    let total: usize = text
        .lines()
        .filter_map(|l| l.split_whitespace().nth(1)?.parse::<usize>().ok())
        .sum();
    let bytes = trie::to_bytes(&trie::build(text.lines(), total))
        .expect("jieba's dictionary: at most 256 tags, each of at most 255 bytes");
    let out = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out).join("jieba_trie.bin"), bytes).unwrap();
}
