//! Helpers of the fixture suites (`tests/fixtures.rs`, `tests/rule_fixtures.rs`).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use kamerlint::FileResult;

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}

/// A path relative to the crate root, for messages.
pub fn show(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Sorted entries of a directory; an unreadable directory is a failure.
pub fn read_dir_sorted(dir: &Path, failures: &mut Vec<String>) -> Vec<PathBuf> {
    match fs::read_dir(dir) {
        Ok(rd) => {
            let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            paths
        }
        Err(e) => {
            failures.push(format!("{}: cannot read directory: {e}", show(dir)));
            Vec::new()
        }
    }
}

pub fn file_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap_or("")
}

/// Every diagnostic of a result, one per line, for failure messages.
pub fn describe(result: &FileResult) -> String {
    if result.diagnostics.is_empty() {
        return "    (no diagnostics)\n".to_string();
    }
    let mut out = String::new();
    for d in &result.diagnostics {
        let lc = result.document.line_col(d.span.start);
        let _ = writeln!(
            out,
            "    {}:{}:{} {} [{}] {}",
            result.path, lc.line, lc.column, d.severity, d.rule, d.message
        );
    }
    out
}

/// The question numbers the reader found, in order.
pub fn questions(result: &FileResult) -> Vec<u32> {
    result
        .document
        .entries
        .iter()
        .flat_map(|e| e.numbers.iter().copied())
        .collect()
}

/// A short summary of what the reader found, for failure messages.
pub fn describe_document(result: &FileResult) -> String {
    let doc = &result.document;
    format!(
        "    reader: layout {:?}, questions {:?}, markers {:?}, definitions {:?}\n",
        doc.layout,
        questions(result),
        doc.markers.iter().map(|m| m.number).collect::<Vec<_>>(),
        doc.definitions.iter().map(|d| d.number).collect::<Vec<_>>(),
    )
}

/// Fails with every failure at once.
pub fn finish(what: &str, checked: usize, failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} of {what} failed ({checked} checked):\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}
