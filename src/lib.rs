//! kamerlint: a checker for Dutch parliamentary answer lists
//! ("Lijst van vragen en antwoorden").
//!
//! The data flows one way: bytes → reader ([`document::text`]) →
//! [`document::Document`] → [`rules`] → [`diagnostic::Diagnostic`] → [`report`].
//!
//! No `unwrap` or `expect` in library code: input is never trusted to be
//! what a reader hopes, and a panic on one file must not be the way a
//! check ends. The one kind of `expect` left is on regular expressions
//! written in the source ([`static_regex`]); tests may use both.
#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod baseline;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod error;
pub mod lang;
pub mod renumber;
pub mod report;
pub mod rules;
pub mod stream;
pub mod terminal;

use std::sync::Arc;

use document::detect::ReadError;
use rules::limits::Budget;

pub use rules::draft::Versions;

pub use config::Config;
pub use diagnostic::{Diagnostic, Fix, Related, Severity};
pub use document::Document;

/// The outcome of checking one file.
#[derive(Debug, Clone)]
pub struct FileResult {
    /// The path as the user gave it (or as found under a directory).
    pub path: String,
    pub document: Arc<Document>,
    /// Sorted by position, then rule.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads `bytes` into the document model: the reader for the format, then
/// the figures (quantities, keys, breakdowns), which work on any format.
/// Input that no reader accepts (a PDF, a broken .docx) is read as plain
/// text; [`try_read_bytes`] says why instead.
pub fn read_bytes(path: &str, bytes: &[u8]) -> Document {
    with_figures(read_any(path, bytes), || false)
}

/// Reads `bytes` with the reader for their format (detected by content:
/// text, .docx, official XML), or says why they cannot be read.
pub fn try_read_bytes(path: &str, bytes: &[u8]) -> Result<Document, ReadError> {
    Ok(with_figures(document::detect::read(path, bytes)?, || false))
}

/// Reads `bytes` as a document and runs every rule over it.
pub fn check_bytes(path: &str, bytes: &[u8]) -> FileResult {
    check_bytes_with(path, bytes, Config::standard())
}

/// Like [`check_bytes`], but a file no reader accepts is an error.
pub fn try_check_bytes(path: &str, bytes: &[u8]) -> Result<FileResult, ReadError> {
    try_check_bytes_with(path, bytes, Config::standard())
}

/// Like [`check_bytes`], with the rules, profile, severities and settings
/// of `config` (a `kamerlint.toml` and the rule folders it names), and
/// its time budget. (The reading limits need [`try_check_bytes_with`]:
/// this function reads anything, as text if need be.)
pub fn check_bytes_with(path: &str, bytes: &[u8], config: &Config) -> FileResult {
    let budget = Budget::new(config.limits.time_budget());
    check(
        path,
        read_any(path, bytes),
        config,
        &Versions::default(),
        &budget,
    )
}

/// Like [`try_check_bytes`], with the configuration `config`: its rules,
/// and its `[limits]` on reading (file size, .docx, XML) and on time.
pub fn try_check_bytes_with(
    path: &str,
    bytes: &[u8],
    config: &Config,
) -> Result<FileResult, ReadError> {
    check_against(path, bytes, config, &Versions::default())
}

/// Like [`try_check_bytes_with`], and compares the draft with the
/// documents of `versions` (the committee's list of questions, the
/// previous version; read them with [`read_other`]).
pub fn check_against(
    path: &str,
    bytes: &[u8],
    config: &Config,
    versions: &Versions,
) -> Result<FileResult, ReadError> {
    // The budget counts the reading too.
    let budget = Budget::new(config.limits.time_budget());
    let document = document::detect::read_with(path, bytes, &config.limits.read_limits())?;
    Ok(check(path, document, config, versions, &budget))
}

/// Reads a document a draft is compared with (the committee's list, the
/// previous version), under the reading limits of `config`. Its figures
/// are not read: only its questions, references and footnotes are
/// compared.
pub fn read_other(path: &str, bytes: &[u8], config: &Config) -> Result<Arc<Document>, ReadError> {
    Ok(Arc::new(document::detect::read_with(
        path,
        bytes,
        &config.limits.read_limits(),
    )?))
}

/// The one pipeline behind the `check_*` functions: the figures of a
/// document just read, then the rules of `config` (and those that compare
/// it with `versions`), within `budget`.
fn check(
    path: &str,
    document: Document,
    config: &Config,
    versions: &Versions,
    budget: &Budget,
) -> FileResult {
    let document = with_figures(document, || budget.exceeded());
    let diagnostics = rules::check_versions(&document, versions, &config.rules, budget);
    FileResult {
        path: path.to_string(),
        document: Arc::new(document),
        diagnostics,
    }
}

/// The reader for the format of `bytes`, or the text reader when none
/// accepts them.
fn read_any(path: &str, bytes: &[u8]) -> Document {
    document::detect::read(path, bytes).unwrap_or_else(|_| document::text::read(path, bytes))
}

/// Adds the figures to `document`, until `stop` says the time budget is
/// used up (the rules that use figures are then skipped too).
fn with_figures(mut document: Document, stop: impl Fn() -> bool) -> Document {
    document::figures::annotate_until(
        &mut document,
        document::figures::Vocabulary::builtin(),
        stop,
    );
    document
}

/// Compiles a regular expression written in kamerlint's source (the
/// `LazyLock<Regex>` statics of the readers and rules).
///
/// Digits in these patterns are written `[0-9]`, not `\d`: the numbers
/// kamerlint reads are parsed as ASCII digits anyway, and `\d` (the digits
/// of every script) made each pattern several times as costly to compile,
/// which on one answer list is a large part of the run. The same goes for
/// letter classes: `\p{L}` only where any script's letters are meant.
///
/// This is the one `expect` allowed in library code: the pattern is a
/// constant, not input, so it compiles on every run or on none, and every
/// such pattern is compiled by the test suite (each reader and rule runs
/// there), so a broken one fails the tests, never a user's check. Patterns
/// from rule files are compiled with errors and a size limit instead
/// (`rules::declarative`).
#[allow(clippy::expect_used)]
pub(crate) fn static_regex(pattern: &str) -> regex::Regex {
    regex::Regex::new(pattern).expect("static regex")
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &str =
        "1 Wat is de export?\nDe export was EUR 4,96 miljard, waarvan EUR 4,07 miljard goederen.\n";

    /// Every `check_*` entry point keeps to the time budget of its
    /// configuration, in the figures pass as in the rules: a zero budget
    /// stops both and says so.
    #[test]
    fn every_entry_point_keeps_to_the_time_budget() {
        let config = Config::parse(
            "kamerlint.toml",
            std::path::Path::new("."),
            "[limits]\ntime-budget-ms = 0\n",
        )
        .unwrap();
        let results = [
            check_bytes_with("a.txt", LIST.as_bytes(), &config),
            try_check_bytes_with("a.txt", LIST.as_bytes(), &config).unwrap(),
        ];
        for result in results {
            let ids: Vec<&str> = result.diagnostics.iter().map(|d| d.rule).collect();
            assert_eq!(ids, ["structure/time-budget"], "{}", result.path);
            assert!(result.document.quantities.is_empty());
        }
    }

    /// Without a configuration, the standard one: the same findings by
    /// every entry point.
    #[test]
    fn entry_points_agree_on_the_standard_configuration() {
        let text = include_str!(
            "../tests/fixtures/rules/xref/missing-target/trigger-zie-het-antwoord.txt"
        );
        let plain = check_bytes("a.txt", text.as_bytes()).diagnostics;
        assert!(plain.iter().any(|d| d.rule == "xref/missing-target"));
        let shown = |found: &[Diagnostic]| -> Vec<String> {
            found
                .iter()
                .map(|d| format!("{} {:?} {}", d.rule, d.span, d.message))
                .collect()
        };
        let others = [
            try_check_bytes("a.txt", text.as_bytes())
                .unwrap()
                .diagnostics,
            check_bytes_with("a.txt", text.as_bytes(), Config::standard()).diagnostics,
            try_check_bytes_with("a.txt", text.as_bytes(), Config::standard())
                .unwrap()
                .diagnostics,
        ];
        for other in others {
            assert_eq!(shown(&plain), shown(&other));
        }
    }
}
