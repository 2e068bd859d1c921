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
pub mod report;
pub mod rules;
pub mod stream;

use std::sync::Arc;

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
    let mut document =
        document::detect::read(path, bytes).unwrap_or_else(|_| document::text::read(path, bytes));
    document::figures::annotate(&mut document, document::figures::Vocabulary::builtin());
    document
}

/// Reads `bytes` with the reader for their format (detected by content:
/// text, .docx, official XML), or says why they cannot be read.
pub fn try_read_bytes(path: &str, bytes: &[u8]) -> Result<Document, document::detect::ReadError> {
    let mut document = document::detect::read(path, bytes)?;
    document::figures::annotate(&mut document, document::figures::Vocabulary::builtin());
    Ok(document)
}

/// Like [`check_bytes`], but a file no reader accepts is an error.
pub fn try_check_bytes(
    path: &str,
    bytes: &[u8],
) -> Result<FileResult, document::detect::ReadError> {
    let document = try_read_bytes(path, bytes)?;
    let diagnostics = rules::check(&document);
    Ok(FileResult {
        path: path.to_string(),
        document: Arc::new(document),
        diagnostics,
    })
}

/// Reads `bytes` as a document and runs every rule over it.
pub fn check_bytes(path: &str, bytes: &[u8]) -> FileResult {
    let document = read_bytes(path, bytes);
    let diagnostics = rules::check(&document);
    FileResult {
        path: path.to_string(),
        document: Arc::new(document),
        diagnostics,
    }
}

/// Like [`check_bytes`], with the rules, profile, severities and settings
/// of `config` (a `kamerlint.toml` and the rule folders it names), and
/// its time budget. (The reading limits need [`try_check_bytes_with`]:
/// this function reads anything, as text if need be.)
pub fn check_bytes_with(path: &str, bytes: &[u8], config: &Config) -> FileResult {
    let budget = rules::limits::Budget::new(config.limits.time_budget());
    let document = read_bytes(path, bytes);
    let diagnostics = rules::check_within(&document, &config.rules, &budget);
    FileResult {
        path: path.to_string(),
        document: Arc::new(document),
        diagnostics,
    }
}

/// Like [`try_check_bytes`], with the configuration `config`: its rules,
/// and its `[limits]` on reading (file size, .docx, XML) and on time.
pub fn try_check_bytes_with(
    path: &str,
    bytes: &[u8],
    config: &Config,
) -> Result<FileResult, document::detect::ReadError> {
    let budget = rules::limits::Budget::new(config.limits.time_budget());
    let mut document = document::detect::read_with(path, bytes, &config.limits.read_limits())?;
    // Past the budget, the figures are not read further (and the rules
    // that use them are skipped).
    document::figures::annotate_until(
        &mut document,
        document::figures::Vocabulary::builtin(),
        || budget.exceeded(),
    );
    let diagnostics = rules::check_within(&document, &config.rules, &budget);
    Ok(FileResult {
        path: path.to_string(),
        document: Arc::new(document),
        diagnostics,
    })
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
