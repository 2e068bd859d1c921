//! Runs every rule's fixtures: one runner for the built-in rules and the
//! declarative rules of `rules/*.toml`, over `tests/fixtures/rules/`.
//!
//! A rule `category/name` has a folder `tests/fixtures/rules/category/name/`
//! holding:
//!
//! * `trigger-*.txt`: must produce at least one finding of the rule. Its
//!   findings of that rule (position, severity, message, the exact text the
//!   span covers, question, help, related places, fix) are kept in the
//!   snapshot `trigger-*.snap` beside it, so a changed message, help text,
//!   related place or span width shows up in review (`cargo insta review`).
//! * `trigger-*.lines` (optional): the 1-based lines on which a finding must
//!   start, the fixture author's intent, independent of the snapshot.
//! * `silent-*.txt`: near-misses, taken from real passages where possible;
//!   must produce no finding of the rule. At least [`MIN_SILENT`].
//! * `*.toml` beside a fixture (optional): the `kamerlint.toml` it is
//!   checked with (a profile, a limit, a setting); without one, the default
//!   configuration.
//! * `*.questions.txt` / `*.previous.txt` beside a fixture (optional): the
//!   committee's list of questions (`--questions`) or the previous version
//!   (`--previous`) the fixture is checked against (the `draft/` rules).
//!
//! Every rule kamerlint has (`kamerlint rules`) must have such a folder, and
//! every folder must name a rule. Each test collects all failures and
//! reports them together, so one run shows every broken fixture.

mod common;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use common::fixtures::{
    describe, describe_document, file_name, finish, fixtures_dir, read_dir_sorted, show,
};
use kamerlint::lang::{self, Lang};
use kamerlint::{Config, Diagnostic, FileResult};

/// Silent fixtures each rule folder must have at least (near-misses).
const MIN_SILENT: usize = 2;

/// The one rule whose trigger fixtures are deliberately not UTF-8.
const ENCODING_RULE: &str = "format/invalid-encoding";

/// One rule's fixture folder.
struct RuleFolder {
    /// `category/name`.
    id: String,
    dir: PathBuf,
    triggers: Vec<PathBuf>,
    silents: Vec<PathBuf>,
}

/// Every rule id kamerlint has, built-in and declarative.
fn rule_ids() -> Vec<&'static str> {
    Config::standard()
        .rules
        .infos()
        .iter()
        .map(|r| r.id)
        .collect()
}

/// Walks `rules/<category>/<name>/`, reporting stray files and folders.
fn rule_folders(failures: &mut Vec<String>) -> Vec<RuleFolder> {
    let root = fixtures_dir().join("rules");
    let mut folders = Vec::new();
    for category in read_dir_sorted(&root, failures) {
        if !category.is_dir() {
            failures.push(format!(
                "{}: expected only category folders",
                show(&category)
            ));
            continue;
        }
        for dir in read_dir_sorted(&category, failures) {
            if !dir.is_dir() {
                failures.push(format!("{}: expected only rule folders", show(&dir)));
                continue;
            }
            let id = format!("{}/{}", file_name(&category), file_name(&dir));
            let mut folder = RuleFolder {
                id,
                dir: dir.clone(),
                triggers: Vec::new(),
                silents: Vec::new(),
            };
            for path in read_dir_sorted(&dir, failures) {
                let name = file_name(&path);
                let sidecar = |ext: &str| name.ends_with(ext);
                if sidecar(".questions.txt") || sidecar(".previous.txt") {
                    if !fixture_of_companion(&path).is_file() {
                        failures.push(format!("{}: companion without its fixture", show(&path)));
                    }
                } else if name.ends_with(".txt") && name.starts_with("trigger-") {
                    folder.triggers.push(path);
                } else if name.ends_with(".txt") && name.starts_with("silent-") {
                    folder.silents.push(path);
                } else if sidecar(".snap.new") || sidecar(".pending-snap") {
                    // insta's proposals, not committed (.gitignore).
                } else if sidecar(".snap") || sidecar(".lines") {
                    if !name.starts_with("trigger-") || !path.with_extension("txt").is_file() {
                        failures.push(format!("{}: sidecar without its trigger", show(&path)));
                    }
                } else if sidecar(".toml") {
                    if !path.with_extension("txt").is_file() {
                        failures.push(format!(
                            "{}: configuration without its fixture",
                            show(&path)
                        ));
                    }
                } else {
                    failures.push(format!(
                        "{}: unexpected file (trigger-*.txt, silent-*.txt and their .snap, .lines or .toml)",
                        show(&path)
                    ));
                }
            }
            folders.push(folder);
        }
    }
    folders
}

/// `trigger-x.txt` for `trigger-x.questions.txt` or `trigger-x.previous.txt`.
fn fixture_of_companion(path: &Path) -> PathBuf {
    let name = file_name(path);
    let stem = name
        .trim_end_matches(".questions.txt")
        .trim_end_matches(".previous.txt");
    path.with_file_name(format!("{stem}.txt"))
}

/// Checks a fixture with its `.toml` configuration, or the default one,
/// against its companions (`.questions.txt`, `.previous.txt`) if it has any.
fn check_fixture(path: &Path) -> Result<FileResult, String> {
    let bytes = fs::read(path).map_err(|e| format!("{}: cannot read: {e}", show(path)))?;
    let config_path = path.with_extension("toml");
    let shown = show(path);
    let config = if config_path.is_file() {
        let text = fs::read_to_string(&config_path)
            .map_err(|e| format!("{}: cannot read: {e}", show(&config_path)))?;
        let base = config_path.parent().unwrap_or(Path::new("."));
        Config::parse(&show(&config_path), base, &text)
            .map_err(|e| format!("{}: {}", show(&config_path), e.render(false)))?
    } else {
        Config::standard().clone()
    };
    let companion = |ext: &str| -> Result<Option<std::sync::Arc<kamerlint::Document>>, String> {
        let other = path.with_extension(ext);
        if !other.is_file() {
            return Ok(None);
        }
        let bytes = fs::read(&other).map_err(|e| format!("{}: cannot read: {e}", show(&other)))?;
        kamerlint::read_other(&show(&other), &bytes, &config)
            .map(Some)
            .map_err(|e| format!("{}: {e}", show(&other)))
    };
    let versions = kamerlint::Versions {
        questions: companion("questions.txt")?,
        previous: companion("previous.txt")?,
    };
    kamerlint::check_against(&shown, &bytes, &config, &versions)
        .map_err(|e| format!("{shown}: {e}"))
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

/// `line:column-line:column` of a span (columns in characters, 1-based).
fn place(result: &FileResult, span: kamerlint::document::Span) -> String {
    let start = result.document.line_col(span.start);
    let end = result.document.line_col(span.end);
    format!(
        "{}:{}-{}:{}",
        start.line, start.column, end.line, end.column
    )
}

/// The exact text a span covers, quoted with escapes (so a line break or a
/// control character in a fixture shows as such).
fn covered(result: &FileResult, span: kamerlint::document::Span) -> String {
    let text = result.document.text.get(span.start..span.end);
    match text {
        Some(t) => format!("{t:?}"),
        None => format!(
            "(span {}..{} is not on character boundaries)",
            span.start, span.end
        ),
    }
}

/// The one part of a finding that is not the same on every run: the time a
/// check took before its budget stopped it (`structure/time-budget`).
fn redact(message: &str) -> String {
    static ELAPSED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"stopped after [0-9]+ ms").expect("pattern")
    });
    static ELAPSED_NL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"is na [0-9]+ ms gestopt").expect("pattern")
    });
    let message = ELAPSED
        .replace_all(message, "stopped after [elapsed] ms")
        .into_owned();
    ELAPSED_NL
        .replace_all(&message, "is na [elapsed] ms gestopt")
        .into_owned()
}

/// One rule's findings in a fixture, as kept in its snapshot: in English,
/// each message, help and related label followed by its Dutch (`nl:`),
/// from the same check made in Dutch (`dutch`, the same findings).
fn snapshot_text(result: &FileResult, findings: &[&Diagnostic], dutch: &[&Diagnostic]) -> String {
    let mut out = String::new();
    for (d, nl) in findings.iter().zip(dutch) {
        let message = redact(&d.message);
        let _ = writeln!(out, "{} {}: {message}", place(result, d.span), d.severity);
        let _ = writeln!(out, "  nl: {}", redact(&nl.message));
        let _ = writeln!(out, "  text: {}", covered(result, d.span));
        if let Some(q) = d.question {
            let _ = writeln!(out, "  question: {q}");
        }
        if let Some(help) = &d.help {
            let _ = writeln!(out, "  help: {help}");
            let _ = writeln!(out, "  help nl: {}", nl.help.as_deref().unwrap_or("(none)"));
        }
        for (r, r_nl) in d.related.iter().zip(&nl.related) {
            match &r.file {
                // In the companion document: named by its file.
                Some(other) => {
                    let start = other.line_col(r.span.start);
                    let end = other.line_col(r.span.end);
                    let name = Path::new(&other.path)
                        .file_name()
                        .and_then(|n| n.to_str())
                        .unwrap_or("");
                    let text = other.text.get(r.span.start..r.span.end).unwrap_or("");
                    let _ = writeln!(
                        out,
                        "  related {name}:{}:{}-{}:{} {text:?}: {}",
                        start.line, start.column, end.line, end.column, r.message
                    );
                }
                None => {
                    let span = place(result, r.span);
                    let _ = writeln!(
                        out,
                        "  related {span} {}: {}",
                        covered(result, r.span),
                        r.message
                    );
                }
            }
            let _ = writeln!(out, "  related nl: {}", r_nl.message);
        }
        if let Some(fix) = &d.fix {
            let span = place(result, fix.span);
            let _ = writeln!(
                out,
                "  fix {span} {} -> {:?}",
                covered(result, fix.span),
                fix.replacement
            );
        }
    }
    out
}

/// What a finding is apart from its words: the language must not change
/// which findings a check makes, nor where.
fn shape(d: &Diagnostic) -> impl PartialEq + std::fmt::Debug {
    (
        d.rule,
        d.severity,
        d.span,
        d.question,
        d.help.is_some(),
        d.related.iter().map(|r| r.span).collect::<Vec<_>>(),
        d.fix.as_ref().map(|f| (f.span, f.replacement.clone())),
    )
}

/// Compares a trigger's findings with its snapshot; `Err` when they differ
/// (insta has printed the difference and, outside CI, written `.snap.new`).
fn assert_snapshot(path: &Path, content: &str) -> Result<(), String> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("fixture")
        .to_string();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(dir);
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_input_file(path);
    let content = content.to_string();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
        settings.bind(|| insta::assert_snapshot!(stem, content));
    }));
    outcome.map_err(|_| {
        format!(
            "{}: findings differ from {}.snap (see the difference above; `cargo insta review`)",
            show(path),
            path.file_stem().and_then(|s| s.to_str()).unwrap_or("")
        )
    })
}

fn check_trigger(rule: &str, path: &Path, failures: &mut Vec<String>) {
    let result = match lang::scoped(Lang::En, || check_fixture(path)) {
        Ok(r) => r,
        Err(e) => return failures.push(e),
    };
    let dutch = match lang::scoped(Lang::Nl, || check_fixture(path)) {
        Ok(r) => r,
        Err(e) => return failures.push(e),
    };
    let findings: Vec<&Diagnostic> = result
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .collect();
    let mut problems = Vec::new();
    if findings.is_empty() {
        problems.push(format!("expected a {rule} finding, found none"));
    }
    let starts: BTreeSet<usize> = findings
        .iter()
        .map(|d| result.document.line_col(d.span.start).line)
        .collect();
    match read_lines_sidecar(path) {
        Ok(Some(expected)) => {
            let missing: Vec<usize> = expected
                .into_iter()
                .filter(|l| !starts.contains(l))
                .collect();
            if !missing.is_empty() {
                problems.push(format!(
                    "expected a {rule} finding starting on line(s) {missing:?}; they start on {starts:?}"
                ));
            }
        }
        Ok(None) => {}
        Err(e) => problems.push(e),
    }
    if !problems.is_empty() {
        return failures.push(format!(
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
    let dutch: Vec<&Diagnostic> = dutch
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .collect();
    let shapes = |ds: &[&Diagnostic]| ds.iter().map(|d| shape(d)).collect::<Vec<_>>();
    if shapes(&findings) != shapes(&dutch) {
        return failures.push(format!(
            "{}: the findings in Dutch are not those in English:\n{:#?}\n{:#?}",
            show(path),
            shapes(&findings),
            shapes(&dutch)
        ));
    }
    if let Err(e) = assert_snapshot(path, &snapshot_text(&result, &findings, &dutch)) {
        failures.push(e);
    }
}

fn check_silent(rule: &str, path: &Path, failures: &mut Vec<String>) {
    let result = match check_fixture(path) {
        Ok(r) => r,
        Err(e) => return failures.push(e),
    };
    let lines: BTreeSet<usize> = result
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .map(|d| result.document.line_col(d.span.start).line)
        .collect();
    if !lines.is_empty() {
        failures.push(format!(
            "{}:\n  - expected no {rule} finding, found one on line(s) {lines:?}\n{}{}",
            show(path),
            describe_document(&result),
            describe(&result)
        ));
    }
}

#[test]
fn rule_fixtures() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for folder in rule_folders(&mut failures) {
        for path in &folder.triggers {
            checked += 1;
            check_trigger(&folder.id, path, &mut failures);
        }
        for path in &folder.silents {
            checked += 1;
            check_silent(&folder.id, path, &mut failures);
        }
    }
    finish("the rule fixtures", checked, failures);
}

/// Every rule has a folder with a trigger and enough near-misses, and every
/// folder names a rule.
#[test]
fn rule_coverage() {
    let mut failures = Vec::new();
    let folders = rule_folders(&mut failures);
    let ids = rule_ids();
    for id in &ids {
        match folders.iter().find(|f| f.id == *id) {
            None => failures.push(format!(
                "rule {id} has no folder tests/fixtures/rules/{id}/"
            )),
            Some(f) => {
                if f.triggers.is_empty() {
                    failures.push(format!("{}: no trigger-*.txt", show(&f.dir)));
                }
                if f.silents.len() < MIN_SILENT {
                    failures.push(format!(
                        "{}: {} silent-*.txt, expected at least {MIN_SILENT}",
                        show(&f.dir),
                        f.silents.len()
                    ));
                }
            }
        }
    }
    for folder in &folders {
        if !ids.contains(&folder.id.as_str()) {
            failures.push(format!(
                "{} names rule {}, which kamerlint does not have",
                show(&folder.dir),
                folder.id
            ));
        }
    }
    finish("the coverage checks", ids.len() + folders.len(), failures);
}

/// The fixture files themselves are well formed: UTF-8 text (but for the
/// encoding rule's triggers) and `.lines` that point at real, non-blank
/// lines. Independent of the reader and the rules.
#[test]
fn fixtures_well_formed() {
    let mut failures = Vec::new();
    let folders = rule_folders(&mut failures);
    let mut checked = 0;
    for folder in &folders {
        for path in folder.triggers.iter().chain(&folder.silents) {
            checked += 1;
            let text = match fs::read(path).map(String::from_utf8) {
                Ok(Ok(t)) => t,
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
                                "{}: line {l} listed in .lines, the file has {}",
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
    finish("the fixture format checks", checked, failures);
}
