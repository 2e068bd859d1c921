//! kamerlint on real published documents of its genre, read from
//! `../shared/real/docs/` (never copied into this repository: they come
//! from other people's repositories). `tests/real/expectations.toml` holds,
//! per document, what a careful reader counted in it (questions, footnote
//! markers and definitions) and every finding kamerlint reports, each read
//! in the document and judged real or false, with the reason.
//!
//! The test fails when a count changes, when a finding appears or goes
//! that the file does not list, when an error-level finding is judged
//! false, or when fewer than 90 % of the findings are real. It prints the
//! precision, the number in the README. Without the folder it prints that
//! it was skipped.

mod common;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expectations {
    document: Vec<Expected>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    file: String,
    /// Question numbers in the document, counted by reading (a joint
    /// label "Vraag 3, 4 en 5" counts three).
    questions: usize,
    /// Distinct footnote marker numbers kamerlint must read.
    markers: usize,
    /// Footnote definitions kamerlint must read.
    definitions: usize,
    /// Where the reading differs from what is printed (a scanned note that
    /// lost its number), why.
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    findings: Vec<Finding>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Finding {
    /// "line:column rule".
    at: String,
    severity: String,
    real: bool,
    why: String,
}

/// The real documents, or None (with the skip printed) when absent.
pub fn real_docs() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/real/docs");
    if dir.is_dir() {
        Some(dir)
    } else {
        common::skipped(&format!(
            "{} not found; the real documents are not part of this repository \
             (see tests/real_documents.rs)",
            dir.display()
        ));
        None
    }
}

fn expectations() -> Expectations {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real/expectations.toml");
    let text = std::fs::read_to_string(&path).expect("tests/real/expectations.toml");
    toml::from_str(&text).expect("expectations.toml is valid")
}

#[test]
fn real_documents_read_and_judged() {
    let Some(dir) = real_docs() else { return };
    let expected = expectations();
    let mut failures = String::new();
    let mut listed = BTreeSet::new();
    let (mut real, mut total) = (0usize, 0usize);
    for doc in &expected.document {
        listed.insert(doc.file.clone());
        let path = dir.join(&doc.file);
        let Ok(bytes) = std::fs::read(&path) else {
            let _ = writeln!(failures, "{}: cannot be read", doc.file);
            continue;
        };
        let r = kamerlint::check_bytes(&doc.file, &bytes);
        let d = &r.document;
        let questions: usize = d.entries.iter().map(|e| e.numbers.len()).sum();
        let markers = d
            .markers
            .iter()
            .map(|m| m.number)
            .collect::<BTreeSet<_>>()
            .len();
        let got = (questions, markers, d.definitions.len());
        let want = (doc.questions, doc.markers, doc.definitions);
        if got != want {
            let _ = writeln!(
                failures,
                "{}: (questions, markers, definitions) read {got:?}, expected {want:?}{}",
                doc.file,
                doc.note
                    .as_deref()
                    .map(|n| format!(" ({n})"))
                    .unwrap_or_default()
            );
        }
        let found: BTreeSet<(String, String)> = r
            .diagnostics
            .iter()
            .map(|x| {
                let lc = d.line_col(x.span.start);
                (
                    format!("{}:{} {}", lc.line, lc.column, x.rule),
                    x.severity.to_string(),
                )
            })
            .collect();
        let judged: BTreeSet<(String, String)> = doc
            .findings
            .iter()
            .map(|f| (f.at.clone(), f.severity.clone()))
            .collect();
        for f in found.difference(&judged) {
            let _ = writeln!(
                failures,
                "{}: new finding {} {}, not judged",
                doc.file, f.0, f.1
            );
        }
        for f in judged.difference(&found) {
            let _ = writeln!(failures, "{}: finding {} {} is gone", doc.file, f.0, f.1);
        }
        for f in &doc.findings {
            total += 1;
            if f.real {
                real += 1;
            } else if f.severity == "error" {
                let _ = writeln!(
                    failures,
                    "{}: error {} judged false: {}",
                    doc.file, f.at, f.why
                );
            }
        }
    }
    // Every document in the folder is listed.
    if let Ok(rd) = std::fs::read_dir(&dir) {
        let mut names: Vec<String> = rd
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for n in names.iter().filter(|n| !listed.contains(*n)) {
            let _ = writeln!(failures, "{n}: in the folder but not in expectations.toml");
        }
    }
    println!(
        "real documents: {} documents, {total} findings, {real} judged real ({:.1} %)",
        expected.document.len(),
        if total == 0 {
            100.0
        } else {
            100.0 * real as f64 / total as f64
        }
    );
    if total > 0 && real * 10 < total * 9 {
        let _ = writeln!(failures, "precision {real}/{total} is below 90 %");
    }
    assert!(failures.is_empty(), "\n{failures}");
}
