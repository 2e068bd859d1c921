//! Inputs the fuzzers (fuzz/, scripts/fuzz.sh) found a crash or hang with,
//! kept in tests/fixtures/fuzz/ and run the way their fuzz target runs
//! them: read, every rule, every report. The file name's prefix names the
//! target (`text-`, `xml-`, `docx-`, `config-`, `report-`); the rest says what went
//! wrong.

use std::path::Path;
use std::time::{Duration, Instant};

use kamerlint::config::Config;
use kamerlint::document::Document;
use kamerlint::FileResult;

/// What every fuzz target does with a document: read, every rule, every
/// report.
#[path = "../fuzz/fuzz_targets/common.rs"]
mod fuzz_common;

fn exercise(document: Document, config: &Config) -> FileResult {
    fuzz_common::exercise(document, config, true)
}

/// Runs one kept input as its target does; `Some` when it was read as a
/// document.
fn run(name: &str, bytes: &[u8]) -> Option<FileResult> {
    let standard = Config::standard();
    if name.starts_with("text-") {
        return Some(exercise(
            kamerlint::document::text::read(name, bytes),
            standard,
        ));
    }
    if name.starts_with("report-") {
        fuzz_common::reports(bytes);
        return None;
    }
    if name.starts_with("xml-") {
        return kamerlint::document::xml::read(name, bytes)
            .ok()
            .map(|d| exercise(d, standard));
    }
    if name.starts_with("docx-") {
        return kamerlint::document::docx::read(name, bytes)
            .ok()
            .map(|d| exercise(d, standard));
    }
    if name.starts_with("config-") {
        let (&mode, rest) = bytes.split_first()?;
        let text = std::str::from_utf8(rest).ok()?;
        if mode % 2 == 0 {
            let config = Config::parse("kamerlint.toml", Path::new("/nonexistent"), text).ok()?;
            let doc = kamerlint::document::text::read("sample.txt", b"1 Vraag?\nXXX.\n");
            return Some(exercise(doc, &config));
        }
        let _ = kamerlint::rules::declarative::load(name, text);
        return None;
    }
    panic!("{name}: the name does not say which target it is for");
}

#[test]
fn every_kept_input_runs_through_in_time() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/fuzz")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for name in &names {
        let bytes = std::fs::read(dir.join(name)).expect("read");
        let started = Instant::now();
        let result = std::panic::catch_unwind(|| run(name, &bytes));
        assert!(result.is_ok(), "{name} panics");
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{name} took {:?}",
            started.elapsed()
        );
    }
}

/// figure/count-mismatch cut the text 30 bytes before a count, inside a
/// multi-byte character (here a Windows-1252 byte read as U+FFFD).
#[test]
fn count_head_inside_a_multibyte_character() {
    let bytes =
        std::fs::read("tests/fixtures/fuzz/text-count-head-char-boundary.txt").expect("kept");
    let r = run("text-count-head-char-boundary.txt", &bytes).expect("a document");
    assert_eq!(r.document.entries.len(), 4);
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.rule == "format/invalid-encoding"));
}
