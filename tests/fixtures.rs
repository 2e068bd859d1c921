//! Runs the hand-made fixture documents under `tests/fixtures/`.
//!
//! * `layouts/NAME.txt` with `NAME.expect.json`: a correct answer list in one
//!   entry layout; the reader must find exactly the listed question numbers,
//!   footnote markers and definitions, and no rule may report an error or a
//!   warning.
//! * `rules/<category>/<name>/trigger-*.txt`: must produce at least one
//!   diagnostic of rule `<category>/<name>`; if `trigger-*.lines` exists, one
//!   such diagnostic must start on each line listed there (1-based).
//! * `rules/<category>/<name>/silent-*.txt`: must produce no diagnostic of
//!   that rule.
//!
//! Every test collects all failures and reports them together, so one run
//! shows every broken fixture.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

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

/// Silent fixtures each rule folder must have at least (near-misses).
const MIN_SILENT: usize = 2;

/// The one rule whose trigger fixtures are deliberately not UTF-8.
const ENCODING_RULE: &str = "format/invalid-encoding";

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// A path relative to the crate root, for messages.
fn show(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Sorted entries of a directory; an unreadable directory is a failure.
fn read_dir_sorted(dir: &Path, failures: &mut Vec<String>) -> Vec<PathBuf> {
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

fn file_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap_or("")
}

fn check_file(path: &Path) -> Result<FileResult, String> {
    let bytes = fs::read(path).map_err(|e| format!("{}: cannot read: {e}", show(path)))?;
    Ok(kamerlint::check_bytes(&show(path), &bytes))
}

/// Every diagnostic of a result, one per line, for failure messages.
fn describe(result: &FileResult) -> String {
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

/// A short summary of what the reader found, for failure messages.
fn describe_document(result: &FileResult) -> String {
    let doc = &result.document;
    format!(
        "    reader: layout {:?}, questions {:?}, markers {:?}, definitions {:?}\n",
        doc.layout,
        questions(result),
        doc.markers.iter().map(|m| m.number).collect::<Vec<_>>(),
        doc.definitions.iter().map(|d| d.number).collect::<Vec<_>>(),
    )
}

fn questions(result: &FileResult) -> Vec<u32> {
    result
        .document
        .entries
        .iter()
        .flat_map(|e| e.numbers.iter().copied())
        .collect()
}

fn finish(what: &str, checked: usize, failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} of {what} failed ({checked} checked):\n\n{}",
        failures.len(),
        failures.join("\n")
    );
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

// ---------------------------------------------------------- rule fixtures

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Trigger,
    Silent,
}

struct RuleFolder {
    /// `category/name`.
    id: String,
    dir: PathBuf,
    triggers: Vec<PathBuf>,
    silents: Vec<PathBuf>,
}

/// Walks `rules/<category>/<name>/`, reporting stray files and folders.
fn rule_folders(failures: &mut Vec<String>) -> Vec<RuleFolder> {
    let root = fixtures_dir().join("rules");
    let mut folders = Vec::new();
    for category in read_dir_sorted(&root, failures) {
        if !category.is_dir() {
            failures.push(format!(
                "{}: expected only category folders in rules/",
                show(&category)
            ));
            continue;
        }
        for rule_dir in read_dir_sorted(&category, failures) {
            if !rule_dir.is_dir() {
                failures.push(format!(
                    "{}: expected only rule folders in a category",
                    show(&rule_dir)
                ));
                continue;
            }
            let id = format!("{}/{}", file_name(&category), file_name(&rule_dir));
            let mut folder = RuleFolder {
                id,
                dir: rule_dir.clone(),
                triggers: Vec::new(),
                silents: Vec::new(),
            };
            for path in read_dir_sorted(&rule_dir, failures) {
                let name = file_name(&path);
                if name.starts_with("trigger-") && name.ends_with(".txt") {
                    folder.triggers.push(path);
                } else if name.starts_with("silent-") && name.ends_with(".txt") {
                    folder.silents.push(path);
                } else if name.starts_with("trigger-") && name.ends_with(".lines") {
                    if !path.with_extension("txt").is_file() {
                        failures.push(format!("{}: .lines sidecar without its .txt", show(&path)));
                    }
                } else {
                    failures.push(format!(
                        "{}: unexpected file (expected trigger-*.txt, trigger-*.lines or silent-*.txt)",
                        show(&path)
                    ));
                }
            }
            folders.push(folder);
        }
    }
    folders
}

/// The 1-based lines listed in a `.lines` sidecar, if there is one.
fn read_lines_sidecar(txt: &Path) -> Result<Option<Vec<usize>>, String> {
    let path = txt.with_extension("lines");
    if !path.is_file() {
        return Ok(None);
    }
    let text =
        fs::read_to_string(&path).map_err(|e| format!("{}: cannot read: {e}", show(&path)))?;
    let mut lines = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let raw = raw.trim();
        if raw.is_empty() || raw.starts_with('#') {
            continue;
        }
        match raw.parse::<usize>() {
            Ok(n) if n >= 1 => lines.push(n),
            _ => {
                return Err(format!(
                    "{}:{}: not a line number: {raw:?}",
                    show(&path),
                    i + 1
                ))
            }
        }
    }
    if lines.is_empty() {
        return Err(format!("{}: lists no line", show(&path)));
    }
    Ok(Some(lines))
}

fn check_rule_file(
    rule: &str,
    registered: bool,
    path: &Path,
    kind: Kind,
    failures: &mut Vec<String>,
) {
    let result = match check_file(path) {
        Ok(r) => r,
        Err(e) => return failures.push(e),
    };
    let lines_of_rule: BTreeSet<usize> = result
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .map(|d| result.document.line_col(d.span.start).line)
        .collect();
    let note = if registered {
        ""
    } else {
        " (rule not registered in kamerlint::rules::all())"
    };
    let mut problems = Vec::new();
    match kind {
        Kind::Trigger => {
            if lines_of_rule.is_empty() {
                problems.push(format!("expected a {rule} diagnostic, found none{note}"));
            } else {
                match read_lines_sidecar(path) {
                    Ok(Some(expected)) => {
                        let missing: Vec<usize> = expected
                            .iter()
                            .copied()
                            .filter(|l| !lines_of_rule.contains(l))
                            .collect();
                        if !missing.is_empty() {
                            problems.push(format!(
                                "expected a {rule} diagnostic starting on line(s) {missing:?}; {rule} starts on {:?}",
                                lines_of_rule
                            ));
                        }
                    }
                    Ok(None) => {}
                    Err(e) => problems.push(e),
                }
            }
        }
        Kind::Silent => {
            if !lines_of_rule.is_empty() {
                problems.push(format!(
                    "expected no {rule} diagnostic, found one on line(s) {lines_of_rule:?}"
                ));
            }
        }
    }
    if !problems.is_empty() {
        failures.push(format!(
            "{}:\n{}{}{}",
            show(path),
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
fn rule_fixtures() {
    let mut failures = Vec::new();
    let registered: BTreeSet<&str> = kamerlint::rules::all().iter().map(|r| r.id).collect();
    let mut checked = 0;
    for folder in rule_folders(&mut failures) {
        let known = registered.contains(folder.id.as_str());
        for path in &folder.triggers {
            checked += 1;
            check_rule_file(&folder.id, known, path, Kind::Trigger, &mut failures);
        }
        for path in &folder.silents {
            checked += 1;
            check_rule_file(&folder.id, known, path, Kind::Silent, &mut failures);
        }
    }
    finish("the rule fixtures", checked, failures);
}

/// Every registered rule has fixtures, and every fixture folder names a rule.
#[test]
fn rule_coverage() {
    let mut failures = Vec::new();
    let folders = rule_folders(&mut failures);
    let rules = kamerlint::rules::all();
    for rule in &rules {
        match folders.iter().find(|f| f.id == rule.id) {
            None => failures.push(format!(
                "rule {} has no fixture folder tests/fixtures/rules/{}/",
                rule.id, rule.id
            )),
            Some(f) => {
                if f.triggers.is_empty() {
                    failures.push(format!(
                        "rule {} has no trigger-*.txt in {}",
                        rule.id,
                        show(&f.dir)
                    ));
                }
                if f.silents.is_empty() {
                    failures.push(format!(
                        "rule {} has no silent-*.txt in {}",
                        rule.id,
                        show(&f.dir)
                    ));
                }
            }
        }
    }
    for folder in &folders {
        if !rules.iter().any(|r| r.id == folder.id) {
            failures.push(format!(
                "{} names rule {}, which kamerlint::rules::all() does not have",
                show(&folder.dir),
                folder.id
            ));
        }
    }
    finish("the coverage checks", rules.len() + folders.len(), failures);
}

/// The fixture files themselves are well formed: enough triggers and
/// near-misses per rule, sidecars that parse and point at real, non-blank
/// lines, UTF-8 text. Independent of the reader and the rules.
#[test]
fn fixtures_well_formed() {
    let mut failures = Vec::new();
    let folders = rule_folders(&mut failures);
    let mut checked = 0;
    for folder in &folders {
        if folder.triggers.is_empty() {
            failures.push(format!("{}: no trigger-*.txt", show(&folder.dir)));
        }
        if folder.silents.len() < MIN_SILENT {
            failures.push(format!(
                "{}: {} silent-*.txt, expected at least {MIN_SILENT}",
                show(&folder.dir),
                folder.silents.len()
            ));
        }
        for path in folder.triggers.iter().chain(&folder.silents) {
            checked += 1;
            let text = match fs::read(path).map(String::from_utf8) {
                Ok(Ok(t)) => t,
                // Only the encoding rule's triggers are meant to be broken UTF-8.
                Ok(Err(e)) if folder.id == ENCODING_RULE && folder.triggers.contains(path) => {
                    String::from_utf8_lossy(e.as_bytes()).into_owned()
                }
                Ok(Err(_)) => {
                    failures.push(format!("{}: not valid UTF-8", show(path)));
                    continue;
                }
                Err(e) => {
                    failures.push(format!("{}: cannot read: {e}", show(path)));
                    continue;
                }
            };
            let file_lines: Vec<&str> = text.lines().collect();
            match read_lines_sidecar(path) {
                Ok(Some(lines)) => {
                    for l in lines {
                        match file_lines.get(l - 1) {
                            None => failures.push(format!(
                                "{}: line {l} listed in .lines, file has {} lines",
                                show(path),
                                file_lines.len()
                            )),
                            Some(s) if s.trim().is_empty() => failures.push(format!(
                                "{}: line {l} listed in .lines is blank",
                                show(path)
                            )),
                            Some(_) => {}
                        }
                    }
                }
                Ok(None) => {}
                Err(e) => failures.push(e),
            }
        }
    }
    let layouts = fixtures_dir().join("layouts");
    for name in LAYOUTS {
        checked += 1;
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
    finish("the fixture format checks", checked, failures);
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
