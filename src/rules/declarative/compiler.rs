//! [`Compiler`]: what the kinds compile their tables with: the patterns
//! of a rule file, with its `{{fragments}}` expanded and their size
//! limited, and its message templates. Separate from the loading of the
//! file, which makes one per file and hands it to every rule.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use regex::Regex;
use toml::Spanned;

use super::local::{Both, LocalSpec};
use super::messages as m;
use super::{Origin, Template, WordRegex};
use crate::error::ConfigError;
use crate::lang::Lang;

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
        self.error(span, m::MATCHES_EMPTY.text(), m::THIS_PATTERN.text())
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
                    m::TOO_LARGE.say(&[("limit", limit)]),
                    m::THIS_PATTERN.text(),
                )
                .with_help(m::TOO_LARGE_HELP.text()),
            e => self
                .error(span, m::INVALID_REGEX.text(), m::THIS_PATTERN.text())
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
            return Err(self.error(span, m::FRAGMENT_LOOP.text(), m::HERE.text()));
        }
        let mut out = String::new();
        let mut rest = pattern;
        while let Some(start) = rest.find("{{") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let Some(end) = after.find("}}") else {
                return Err(self.error(span, m::FRAGMENT_UNCLOSED.text(), m::THIS_PATTERN.text()));
            };
            let name = &after[..end];
            let Some((fragment, fragment_span)) = self.fragments.get(name) else {
                let known: Vec<&str> = self.fragments.keys().map(String::as_str).collect();
                return Err(self
                    .error(
                        span,
                        m::NO_FRAGMENT.say(&[("name", &name)]),
                        m::THIS_PATTERN.text(),
                    )
                    .with_help(if known.is_empty() {
                        m::DEFINE_FRAGMENT.text().to_string()
                    } else {
                        m::FRAGMENTS_HERE.say(&[("list", &known.join(", "))])
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
        self.template_at(text.get_ref(), text.span(), variables)
    }

    /// As [`Compiler::template`], for a text written at `span`.
    fn template_at(
        &self,
        text: &str,
        span: Range<usize>,
        variables: &BTreeSet<String>,
    ) -> Result<Template, ConfigError> {
        let template = Template::parse(text).map_err(|e| {
            self.error(
                span.clone(),
                m::INVALID_TEMPLATE.say(&[("error", &e)]),
                m::THIS_TEXT.text(),
            )
        })?;
        for name in template.names() {
            if !variables.contains(name) {
                let known: Vec<&str> = variables.iter().map(String::as_str).collect();
                return Err(self
                    .error(
                        span,
                        m::UNKNOWN_VARIABLE.say(&[("name", &format!("{{{name}}}"))]),
                        m::THIS_TEXT.text(),
                    )
                    .with_help(m::VARIABLES_HERE.say(&[("list", &known.join(", "))])));
            }
        }
        Ok(template)
    }

    /// The two halves of a text of the rule file (`key`, as the file names
    /// it), each with where it is written: one string is both.
    pub fn local(
        &self,
        key: &str,
        spec: &Spanned<LocalSpec>,
    ) -> Result<Both<Spanned<String>>, ConfigError> {
        match spec.get_ref() {
            LocalSpec::One(text) => Ok(Both {
                nl: Spanned::new(spec.span(), text.clone()),
                en: Spanned::new(spec.span(), text.clone()),
            }),
            LocalSpec::Two {
                nl: Some(nl),
                en: Some(en),
            } => Ok(Both {
                nl: nl.clone(),
                en: en.clone(),
            }),
            LocalSpec::Two {
                nl: Some(nl),
                en: None,
            } => Err(self
                .error(
                    nl.span(),
                    m::ONLY_DUTCH.say(&[("key", &key)]),
                    m::THE_DUTCH.text(),
                )
                .with_help(m::BOTH_HELP.text())),
            LocalSpec::Two {
                nl: None,
                en: Some(en),
            } => Err(self
                .error(
                    en.span(),
                    m::ONLY_ENGLISH.say(&[("key", &key)]),
                    m::THE_ENGLISH.text(),
                )
                .with_help(m::BOTH_HELP.text())),
            LocalSpec::Two { nl: None, en: None } => Err(self
                .error(
                    spec.span(),
                    m::NO_TEXT.say(&[("key", &key)]),
                    m::THIS_TEXT.text(),
                )
                .with_help(m::BOTH_HELP.text())),
        }
    }

    /// A template of the rule file in both languages (`key`, as the file
    /// names it): each half's variables among `variables`, and the same in
    /// both.
    pub fn local_template(
        &self,
        key: &str,
        spec: &Spanned<LocalSpec>,
        variables: &BTreeSet<String>,
    ) -> Result<Both<Template>, ConfigError> {
        let halves = self.local(key, spec)?;
        let template = |lang: Lang| {
            let half = halves.get(lang);
            self.template_at(half.get_ref(), half.span(), variables)
        };
        let both = Both {
            nl: template(Lang::Nl)?,
            en: template(Lang::En)?,
        };
        let names = |t: &Template| -> BTreeSet<String> { t.names().map(str::to_string).collect() };
        let (nl, en) = (names(&both.nl), names(&both.en));
        if nl != en {
            let list = |names: &BTreeSet<String>| {
                if names.is_empty() {
                    m::NONE.text().to_string()
                } else {
                    names
                        .iter()
                        .map(|n| format!("{{{n}}}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            };
            return Err(self
                .error(
                    halves.en.span(),
                    m::OTHER_VARIABLES.say(&[
                        ("key", &key),
                        ("nl", &list(&nl)),
                        ("en", &list(&en)),
                    ]),
                    m::THE_ENGLISH.text(),
                )
                .with_help(m::OTHER_VARIABLES_HELP.text()));
        }
        Ok(both)
    }
}
