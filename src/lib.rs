//! kamerlint: a checker for Dutch parliamentary answer lists
//! ("Lijst van vragen en antwoorden").
//!
//! The data flows one way: bytes → reader ([`document::text`]) →
//! [`document::Document`] → [`rules`] → [`diagnostic::Diagnostic`] → [`report`].

pub mod diagnostic;
pub mod document;
pub mod report;
pub mod rules;

use std::sync::Arc;

pub use diagnostic::{Diagnostic, Related, Severity};
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

/// Reads `bytes` as a document and runs every rule over it.
pub fn check_bytes(path: &str, bytes: &[u8]) -> FileResult {
    let document = document::text::read(path, bytes);
    let diagnostics = rules::check(&document);
    FileResult {
        path: path.to_string(),
        document: Arc::new(document),
        diagnostics,
    }
}
