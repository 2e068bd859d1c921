//! Runs the hand-made fixture documents under `tests/fixtures/layouts/` and
//! the samples in `corpus/`.
//!
//! * `layouts/NAME.txt` with `NAME.expect.json`: a correct answer list in one
//!   entry layout; the reader must find exactly the listed question numbers,
//!   footnote markers and definitions, and no rule may report an error or a
//!   warning.
//!
//! The rules' own fixtures (`tests/fixtures/rules/`) run in
//! `tests/rule_fixtures.rs`. Every test collects all failures and reports
//! them together, so one run shows every broken fixture.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::fixtures::{
    describe, describe_document, file_name, finish, fixtures_dir, questions, read_dir_sorted, show,
};
use kamerlint::{FileResult, Severity};

/// The layout fixtures the suite must contain.
const LAYOUTS: &[&str] = &[
    "inline",
    "dot",
    "bare",
    "labelled",
    "antwoord-op-vraag",
    "combined",
    "aanhangsel",
    "margin",
    "flat",
    "web-paragraphs",
];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn check_file(path: &Path) -> Result<FileResult, String> {
    let bytes = fs::read(path).map_err(|e| format!("{}: cannot read: {e}", show(path)))?;
    Ok(kamerlint::check_bytes(&show(path), &bytes))
}

// ---------------------------------------------------------------- layouts

struct Expect {
    questions: Vec<u32>,
    markers: Vec<u32>,
    definitions: Vec<u32>,
}

fn read_expect(path: &Path) -> Result<Expect, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", show(path)))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: invalid JSON: {e}", show(path)))?;
    let list = |key: &str| -> Result<Vec<u32>, String> {
        let array = value
            .get(key)
            .and_then(|v| v.as_array())
            .ok_or_else(|| format!("{}: \"{key}\" must be an array of numbers", show(path)))?;
        array
            .iter()
            .map(|v| {
                v.as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(|| format!("{}: \"{key}\" holds {v}, not a number", show(path)))
            })
            .collect()
    };
    Ok(Expect {
        questions: list("questions")?,
        markers: list("markers")?,
        definitions: list("definitions")?,
    })
}

fn check_layout(txt: &Path, failures: &mut Vec<String>) {
    let expect_path = txt.with_extension("expect.json");
    let expect = match read_expect(&expect_path) {
        Ok(e) => e,
        Err(e) => return failures.push(e),
    };
    let result = match check_file(txt) {
        Ok(r) => r,
        Err(e) => return failures.push(e),
    };
    let doc = &result.document;
    let mut problems = Vec::new();
    let found_questions = questions(&result);
    if found_questions != expect.questions {
        problems.push(format!(
            "questions: expected {:?}, found {:?}",
            expect.questions, found_questions
        ));
    }
    let found_markers: Vec<u32> = doc.markers.iter().map(|m| m.number).collect();
    if found_markers != expect.markers {
        problems.push(format!(
            "markers: expected {:?}, found {:?}",
            expect.markers, found_markers
        ));
    }
    let found_defs: Vec<u32> = doc.definitions.iter().map(|d| d.number).collect();
    if found_defs != expect.definitions {
        problems.push(format!(
            "definitions: expected {:?}, found {:?}",
            expect.definitions, found_defs
        ));
    }
    let serious = result
        .diagnostics
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .count();
    if serious > 0 {
        problems.push(format!(
            "{serious} diagnostic(s) of severity warning or error on a correct document"
        ));
    }
    if !problems.is_empty() {
        failures.push(format!(
            "{}:\n{}{}{}",
            show(txt),
            problems
                .iter()
                .map(|p| format!("  - {p}\n"))
                .collect::<String>(),
            describe_document(&result),
            describe(&result)
        ));
    }
}

#[test]
fn layouts() {
    let dir = fixtures_dir().join("layouts");
    let mut failures = Vec::new();
    let mut checked = 0;
    let paths = read_dir_sorted(&dir, &mut failures);
    for name in LAYOUTS {
        if !dir.join(format!("{name}.txt")).is_file() {
            failures.push(format!("{}: missing layout fixture {name}.txt", show(&dir)));
        }
    }
    for path in &paths {
        let name = file_name(path);
        if let Some(stem) = name.strip_suffix(".expect.json") {
            if !dir.join(format!("{stem}.txt")).is_file() {
                failures.push(format!("{}: sidecar without a {stem}.txt", show(path)));
            }
        } else if name.ends_with(".txt") {
            checked += 1;
            check_layout(path, &mut failures);
        } else {
            failures.push(format!("{}: unexpected file in layouts/", show(path)));
        }
    }
    finish("the layout fixtures", checked, failures);
}

/// The layout fixtures are well formed: sidecars that parse, UTF-8 text.
#[test]
fn layouts_well_formed() {
    let mut failures = Vec::new();
    let layouts = fixtures_dir().join("layouts");
    for name in LAYOUTS {
        let txt = layouts.join(format!("{name}.txt"));
        if let Err(e) = read_expect(&txt.with_extension("expect.json")) {
            failures.push(e);
        }
        match fs::read(&txt).map(String::from_utf8) {
            Ok(Ok(_)) => {}
            Ok(Err(_)) => failures.push(format!("{}: not valid UTF-8", show(&txt))),
            Err(e) => failures.push(format!("{}: cannot read: {e}", show(&txt))),
        }
    }
    finish("the layout format checks", LAYOUTS.len(), failures);
}

// --------------------------------------------------------- corpus samples

/// `corpus/voorbeeld-schoon.txt` is clean; `corpus/voorbeeld-fouten.txt`
/// holds one defect of each kind.
#[test]
fn corpus_samples() {
    let mut failures = Vec::new();

    let schoon = corpus_dir().join("voorbeeld-schoon.txt");
    match check_file(&schoon) {
        Err(e) => failures.push(e),
        Ok(result) => {
            let found = questions(&result);
            let expected: Vec<u32> = (1..=10).collect();
            let serious = result
                .diagnostics
                .iter()
                .any(|d| d.severity >= Severity::Warning);
            if found != expected || serious {
                failures.push(format!(
                    "{}: expected questions 1-10 and no warning or error\n{}{}",
                    show(&schoon),
                    describe_document(&result),
                    describe(&result)
                ));
            }
        }
    }

    let fouten = corpus_dir().join("voorbeeld-fouten.txt");
    match check_file(&fouten) {
        Err(e) => failures.push(e),
        Ok(result) => {
            let mut problems = Vec::new();
            let found = questions(&result);
            let expected = vec![1, 2, 3, 4, 5, 6, 8, 9, 10, 11];
            if found != expected {
                problems.push(format!("questions: expected {expected:?}, found {found:?}"));
            }
            for rule in [
                "xref/missing-target",
                "structure/missing-number",
                "footnote/undefined",
                "footnote/unreferenced",
                "footnote/duplicate-definition",
            ] {
                if !result.diagnostics.iter().any(|d| d.rule == rule) {
                    problems.push(format!("expected a {rule} diagnostic"));
                }
            }
            // The placeholder: some diagnostic must point at the "XXX" line.
            let text = &result.document.text;
            match text.find("XXX") {
                None => problems.push("the sample lost its XXX placeholder".to_string()),
                Some(offset) => {
                    let line = result.document.line_col(offset).line;
                    let flagged = result
                        .diagnostics
                        .iter()
                        .any(|d| result.document.line_col(d.span.start).line == line);
                    if !flagged {
                        problems.push(format!(
                            "expected a diagnostic for the placeholder XXX on line {line}"
                        ));
                    }
                }
            }
            if !problems.is_empty() {
                failures.push(format!(
                    "{}:\n{}{}{}",
                    show(&fouten),
                    problems
                        .iter()
                        .map(|p| format!("  - {p}\n"))
                        .collect::<String>(),
                    describe_document(&result),
                    describe(&result)
                ));
            }
        }
    }
    finish("the corpus samples", 2, failures);
}
