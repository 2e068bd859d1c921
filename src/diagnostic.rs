//! Diagnostics produced by rules and by the reader.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::document::{Document, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// Another place a diagnostic refers to ("defined here", "referenced here").
#[derive(Clone)]
pub struct Related {
    pub span: Span,
    pub message: String,
    /// The document the place is in when it is not the checked one: the
    /// committee's list of questions, the previous version of a draft.
    /// `span` is then a span of that document's text.
    pub file: Option<Arc<Document>>,
}

impl Related {
    /// The path of the other document, if the place is in one.
    pub fn file_path(&self) -> Option<&str> {
        self.file.as_deref().map(|d| d.path.as_str())
    }
}

impl PartialEq for Related {
    fn eq(&self, other: &Self) -> bool {
        (self.span, &self.message, self.file_path())
            == (other.span, &other.message, other.file_path())
    }
}

impl Eq for Related {}

impl std::fmt::Debug for Related {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Related");
        d.field("span", &self.span).field("message", &self.message);
        if let Some(path) = self.file_path() {
            d.field("file", &path);
        }
        d.finish()
    }
}

/// A safe replacement that corrects a finding: `span` becomes `replacement`.
/// Offered in the JSON and SARIF reports; kamerlint never edits a file itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub span: Span,
    pub replacement: String,
}

/// One finding in one document. Positions are byte spans; reports turn them
/// into lines and columns with the document's line index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// `category/name`, e.g. `footnote/undefined`.
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The exact characters the finding is about.
    pub span: Span,
    pub help: Option<String>,
    /// The question number of the entry the finding is in, if any.
    pub question: Option<u32>,
    pub related: Vec<Related>,
    /// A replacement that corrects the finding, where one is certain.
    pub fix: Option<Fix>,
}

impl Diagnostic {
    pub fn new(
        rule: &'static str,
        severity: Severity,
        span: Span,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            rule,
            severity,
            message: message.into(),
            span,
            help: None,
            question: None,
            related: Vec::new(),
            fix: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_question(mut self, question: Option<u32>) -> Self {
        self.question = question;
        self
    }

    pub fn with_fix(mut self, span: Span, replacement: impl Into<String>) -> Self {
        self.fix = Some(Fix {
            span,
            replacement: replacement.into(),
        });
        self
    }

    pub fn with_related(mut self, span: Span, message: impl Into<String>) -> Self {
        self.related.push(Related {
            span,
            message: message.into(),
            file: None,
        });
        self
    }

    /// A related place in another document than the checked one.
    pub fn with_related_in(
        mut self,
        file: &Arc<Document>,
        span: Span,
        message: impl Into<String>,
    ) -> Self {
        self.related.push(Related {
            span,
            message: message.into(),
            file: Some(Arc::clone(file)),
        });
        self
    }
}
