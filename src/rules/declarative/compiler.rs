//! [`Compiler`]: what the kinds compile their tables with: the patterns
//! of a rule file, with its `{{fragments}}` expanded and their size
//! limited, and its message templates. Separate from the loading of the
//! file, which makes one per file and hands it to every rule.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use regex::Regex;
use toml::Spanned;

use super::{Origin, Template, WordRegex};
use crate::error::ConfigError;

/// Compiles the parts of one rule file: regexes with `{{fragments}}`.
pub(crate) struct Compiler {
    pub(super) origin: Origin,
    pub(super) fragments: BTreeMap<String, (String, Range<usize>)>,
    /// The size limit of every compiled pattern ([`REGEX_SIZE`]).
    pub(super) regex_size: usize,
}

/// The default size limit of a rule file's compiled pattern, in bytes
/// (`[limits] max-regex-size`): a pattern such as `\w{1000}{1000}` is
/// refused when the rule file is loaded instead of taking gigabytes.
pub const REGEX_SIZE: usize = 4 << 20;

impl Compiler {
    /// An error at `span` of the rule file.
    pub fn error(
        &self,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> ConfigError {
        self.origin.error_at(span, message, label)
    }

    /// The error for a pattern that matches the empty text.
    fn matches_empty(&self, span: Range<usize>) -> ConfigError {
        self.error(
            span,
            "the pattern matches empty text, so it would match everywhere",
            "this pattern",
        )
    }

    /// Compiles a pattern, with `{{name}}` replaced by the file's fragment.
    pub fn regex(&self, pattern: &Spanned<String>) -> Result<Regex, ConfigError> {
        self.regex_with(pattern, |p| p)
    }

    /// As [`Compiler::regex`], with the expanded pattern passed through
    /// `wrap` first (e.g. to add word boundaries).
    pub fn regex_with(
        &self,
        pattern: &Spanned<String>,
        wrap: impl Fn(String) -> String,
    ) -> Result<Regex, ConfigError> {
        let expanded = self.expand(pattern.get_ref(), pattern.span(), 0)?;
        let re = self
            .build(&wrap(expanded))
            .map_err(|e| self.regex_error(pattern.span(), &e))?;
        if re.is_match("") {
            return Err(self.matches_empty(pattern.span()));
        }
        Ok(re)
    }

    /// As [`Compiler::regex`], for a pattern matched with [`WordRegex`].
    pub fn word_regex(&self, pattern: &Spanned<String>) -> Result<WordRegex, ConfigError> {
        self.word_regex_with(pattern, |p| p)
    }

    /// As [`Compiler::regex_with`], for a pattern matched with
    /// [`WordRegex`] (outer word boundaries tested outside the regex).
    pub fn word_regex_with(
        &self,
        pattern: &Spanned<String>,
        wrap: impl Fn(String) -> String,
    ) -> Result<WordRegex, ConfigError> {
        let expanded = self.expand(pattern.get_ref(), pattern.span(), 0)?;
        self.word_regex_at(&wrap(expanded), pattern.span())
    }

    /// Compiles a pattern already expanded, for [`WordRegex`]; errors point
    /// at `span`.
    pub fn word_regex_at(
        &self,
        pattern: &str,
        span: Range<usize>,
    ) -> Result<WordRegex, ConfigError> {
        let re = WordRegex::new(pattern, self.regex_size)
            .map_err(|e| self.regex_error(span.clone(), &e))?;
        if re.matches_empty() {
            return Err(self.matches_empty(span));
        }
        Ok(re)
    }

    /// Compiles a pattern within the size limit.
    pub fn build(&self, pattern: &str) -> Result<Regex, regex::Error> {
        regex::RegexBuilder::new(pattern)
            .size_limit(self.regex_size)
            .build()
    }

    /// The error for a pattern that does not compile.
    pub fn regex_error(&self, span: Range<usize>, e: &regex::Error) -> ConfigError {
        match e {
            regex::Error::CompiledTooBig(limit) => self
                .error(
                    span,
                    format!("the pattern is too large: it compiles to more than {limit} bytes"),
                    "this pattern",
                )
                .with_help("simplify it (large counted repetitions such as {1000} multiply its size), or raise `max-regex-size` in kamerlint.toml [limits]"),
            e => self
                .error(span, "invalid regular expression", "this pattern")
                .with_help(e.to_string()),
        }
    }

    fn expand(
        &self,
        pattern: &str,
        span: Range<usize>,
        depth: usize,
    ) -> Result<String, ConfigError> {
        if depth > 8 {
            return Err(self.error(span, "fragments refer to each other in a loop", "here"));
        }
        let mut out = String::new();
        let mut rest = pattern;
        while let Some(start) = rest.find("{{") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let Some(end) = after.find("}}") else {
                return Err(self.error(span, "`{{` without `}}` in a pattern", "this pattern"));
            };
            let name = &after[..end];
            let Some((fragment, fragment_span)) = self.fragments.get(name) else {
                let known: Vec<&str> = self.fragments.keys().map(String::as_str).collect();
                return Err(self
                    .error(
                        span,
                        format!("no fragment `{name}` in [patterns]"),
                        "this pattern",
                    )
                    .with_help(if known.is_empty() {
                        "define it in a [patterns] table of the same file".to_string()
                    } else {
                        format!("fragments of this file: {}", known.join(", "))
                    }));
            };
            out.push_str("(?:");
            out.push_str(&self.expand(fragment, fragment_span.clone(), depth + 1)?);
            out.push(')');
            rest = &after[end + 2..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// Parses a template whose variables must all be among `variables`.
    pub fn template(
        &self,
        text: &Spanned<String>,
        variables: &BTreeSet<String>,
    ) -> Result<Template, ConfigError> {
        let template = Template::parse(text.get_ref())
            .map_err(|e| self.error(text.span(), format!("invalid template: {e}"), "this text"))?;
        for name in template.names() {
            if !variables.contains(name) {
                let known: Vec<&str> = variables.iter().map(String::as_str).collect();
                return Err(self
                    .error(
                        text.span(),
                        format!("unknown variable `{{{name}}}`"),
                        "this text",
                    )
                    .with_help(format!("variables here: {}", known.join(", "))));
            }
        }
        Ok(template)
    }
}
