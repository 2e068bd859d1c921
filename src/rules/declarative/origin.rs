//! [`Origin`]: where something in a rule file or `kamerlint.toml` was
//! written, so that every error points there. Separate because the
//! compiler, the loading and the configuration all make errors with it.

use std::ops::Range;
use std::sync::Arc;

use crate::error::ConfigError;

/// Where something was written: a file, its text, a byte range in it.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    pub file: String,
    source: Arc<str>,
    pub span: Range<usize>,
}

impl Origin {
    pub fn new(file: &str, source: &str, span: Range<usize>) -> Self {
        Origin {
            file: file.to_string(),
            source: source.into(),
            span,
        }
    }

    pub(super) fn with_span(&self, span: Range<usize>) -> Self {
        Origin {
            file: self.file.clone(),
            source: self.source.clone(),
            span,
        }
    }

    /// An error at this place.
    pub fn error(&self, message: impl Into<String>, label: impl Into<String>) -> ConfigError {
        self.error_at(self.span.clone(), message, label)
    }

    /// An error at `span` in the same file.
    pub fn error_at(
        &self,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> ConfigError {
        if self.source.is_empty() {
            return ConfigError::file(&self.file, message);
        }
        ConfigError::at(&self.file, &self.source, span, message, label)
    }
}
