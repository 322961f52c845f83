//! The CLI cases as data: each `tests/cmd/NAME.toml` runs `parallax` with its arguments in
//! `NAME.in/` (or its `fs.cwd`), and its `NAME.stdout` / `NAME.stderr` are the expected output.
//! A new case is a new file; `TRYCMD=overwrite cargo test --release --test it cmd_cases`
//! rewrites the expected output after a deliberate change (review the diff).

#[test]
fn cmd_cases() {
    trycmd::TestCases::new()
        .register_bin("parallax", std::path::PathBuf::from(env!("CARGO_BIN_EXE_parallax")))
        .env("NO_COLOR", "1")
        // no `.parallax_cache` in the cases' folders
        .env("PARALLAX_NO_CACHE", "1")
        .case("tests/cmd/*.toml");
}
