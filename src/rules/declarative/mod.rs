//! Declarative rules: checks that are patterns, written as data in TOML rule
//! files (`rules/*.toml`, compiled into the binary, plus a project's rule
//! folders).
//!
//! ```toml
//! [patterns]                     # named regex fragments, used as {{name}}
//! year = '(?:19|20)\d\d'
//!
//! [rules]                        # levels of other rules, as in kamerlint.toml
//! "footnote/detached-marker" = "info"
//!
//! [[rule]]
//! id = "placeholder/marker"      # category/name
//! severity = { draft = "warning", final = "error" }   # or "warning"
//! summary = "One line for `kamerlint rules`"
//! explanation = """Why it matters and what to do."""
//! message = "placeholder “{match}” left in the text"  # {variables}
//! help = "fill in the text"      # optional, may use the same variables
//! scope = ["front-matter", "questions", "answers", "footnotes"]  # optional
//! bad = ["Answer text that must trigger the rule."]
//! good = ["Answer text that must not."]
//! # bad-documents / good-documents: whole answer lists instead of answer text
//!
//! [rule.existence]               # exactly one kind table
//! patterns = ['\bX{3,}\b']
//! ```
//!
//! Loading is two steps: serde reads the file with unknown keys rejected,
//! then every rule is compiled and validated (regexes compiled once,
//! fragments expanded, template variables checked against the captures,
//! examples present). Every error is a [`ConfigError`] pointing into the
//! file.
//!
//! A kind is one module with a `Spec` (its table, `Deserialize`) that
//! implements [`Kind`]; adding a kind is that file plus one line in the
//! `kinds!` list below.

mod balance;
mod citation;
mod consistency;
mod existence;
mod prose;
mod substitution;
mod template;
mod title;
mod word;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use regex::{Captures, Regex};
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use toml::Spanned;

pub use prose::{Prose, Region, Scope};
pub(crate) use template::{Template, Vars};
pub(crate) use word::WordRegex;

use super::registry;
use super::set::{intern, Example, Form, Level, ProfileSeverity, RuleInfo};
use crate::diagnostic::{Diagnostic, Fix, Related, Severity};
use crate::document::{Document, Span};
use crate::error::ConfigError;

/// The default rule files, compiled into the binary so an installed
/// kamerlint works anywhere.
pub const DEFAULT_FILES: &[(&str, &str)] = &[
    (
        "rules/balance.toml",
        include_str!("../../../rules/balance.toml"),
    ),
    (
        "rules/citation.toml",
        include_str!("../../../rules/citation.toml"),
    ),
    (
        "rules/placeholder.toml",
        include_str!("../../../rules/placeholder.toml"),
    ),
    (
        "rules/spelling.toml",
        include_str!("../../../rules/spelling.toml"),
    ),
    (
        "rules/title.toml",
        include_str!("../../../rules/title.toml"),
    ),
];

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

    fn with_span(&self, span: Range<usize>) -> Self {
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

/// A `[settings.FAMILY]` table of a rule file or `kamerlint.toml`.
#[derive(Debug, Clone)]
pub struct SettingsTable {
    pub family: String,
    pub table: toml::Table,
    pub origin: Origin,
}

/// A level for a rule or category set in a `[rules]` table.
#[derive(Debug, Clone)]
pub struct LevelSetting {
    /// A rule id or a category.
    pub key: String,
    pub level: Level,
    /// Where the key is written.
    pub origin: Origin,
}

/// The rules, levels and settings of one rule file.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub rules: Vec<Rule>,
    pub levels: Vec<LevelSetting>,
    pub settings: Vec<SettingsTable>,
}

/// A compiled declarative rule.
#[derive(Clone)]
pub struct Rule {
    pub info: RuleInfo,
    id_origin: Origin,
    scope: Vec<Scope>,
    message: Template,
    help: Option<Template>,
    check: Arc<dyn Check>,
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rule")
            .field("id", &self.info.id)
            .field("scope", &self.scope)
            .field("check", &self.check)
            .finish()
    }
}

impl Rule {
    /// Where the rule's id is written, for errors about the rule.
    pub fn id_origin(&self) -> &Origin {
        &self.id_origin
    }

    pub fn scope(&self) -> &[Scope] {
        &self.scope
    }

    /// Appends the rule's diagnostics for `doc` at `severity`.
    pub(crate) fn check(
        &self,
        doc: &Document,
        prose: &Prose,
        severity: Severity,
        out: &mut Vec<Diagnostic>,
    ) {
        let regions: Vec<&Region> = prose
            .regions
            .iter()
            .filter(|r| self.scope.contains(&r.scope))
            .collect();
        if regions.is_empty() {
            return;
        }
        let cx = Context { doc, regions };
        let mut findings = Vec::new();
        self.check.check(&cx, &mut findings);
        for f in findings {
            let message = f.message.unwrap_or_else(|| self.message.render(&f.vars));
            let mut d =
                Diagnostic::new(self.info.id, severity, f.span, message).with_question(f.question);
            if let Some(help) = &self.help {
                d = d.with_help(help.render(&f.vars));
            }
            d.related = f.related;
            d.fix = f.fix;
            out.push(d);
        }
    }
}

/// What a rule kind sees of a document: the regions in the rule's scope.
pub(crate) struct Context<'a> {
    pub doc: &'a Document,
    pub regions: Vec<&'a Region>,
}

/// One finding of a rule kind, before its message is rendered.
#[derive(Debug, Clone)]
pub(crate) struct Finding {
    pub span: Span,
    pub question: Option<u32>,
    /// Values for the message and help templates.
    pub vars: Vars,
    pub related: Vec<Related>,
    pub fix: Option<Fix>,
    /// A message of the kind's own (a citation check's), instead of the
    /// rule's.
    pub message: Option<String>,
}

impl Finding {
    pub fn new(span: Span, question: Option<u32>, vars: Vars) -> Self {
        Finding {
            span,
            question,
            vars,
            related: Vec::new(),
            fix: None,
            message: None,
        }
    }

    pub fn related(mut self, span: Span, message: impl Into<String>) -> Self {
        self.related.push(Related {
            span,
            message: message.into(),
        });
        self
    }
}

/// A compiled rule kind.
pub(crate) trait Check: Send + Sync + std::panic::RefUnwindSafe + fmt::Debug {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>);
}

/// A compiled kind and the variables its findings provide.
pub(crate) struct Compiled {
    pub check: Arc<dyn Check>,
    pub variables: BTreeSet<String>,
}

/// A rule kind: its table as written, compiled in the second step.
pub(crate) trait Kind: DeserializeOwned {
    /// The regions the kind reads when a rule gives no `scope`.
    const SCOPE: &'static [Scope];
    fn compile(self, cx: &Compiler) -> Result<Compiled, ConfigError>;
}

macro_rules! kinds {
    ($($kind:ident),* $(,)?) => {
        /// A `[[rule]]` table as written.
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields, rename_all = "kebab-case")]
        struct RuleSpec {
            id: Spanned<String>,
            severity: Spanned<SeveritySpec>,
            summary: Spanned<String>,
            explanation: Spanned<String>,
            message: Spanned<String>,
            help: Option<Spanned<String>>,
            scope: Option<Spanned<Vec<Scope>>>,
            #[serde(default)]
            bad: Vec<String>,
            #[serde(default)]
            good: Vec<String>,
            #[serde(default)]
            bad_documents: Vec<String>,
            #[serde(default)]
            good_documents: Vec<String>,
            $($kind: Option<Spanned<$kind::Spec>>,)*
        }

        /// The names of the kind tables.
        pub const KINDS: &[&str] = &[$(stringify!($kind)),*];

        /// Compiles the one kind table of a rule.
        fn compile_kind(
            spec: &mut RuleSpec,
            cx: &Compiler,
            id: &Origin,
        ) -> Result<(Compiled, &'static [Scope]), ConfigError> {
            let mut given: Vec<(&str, Range<usize>)> = Vec::new();
            $(if let Some(s) = &spec.$kind {
                given.push((stringify!($kind), s.span()));
            })*
            if given.len() > 1 {
                return Err(id.with_span(given[1].1.clone()).error(
                    format!("a rule has one kind, this one has {}", given.iter().map(|g| g.0).collect::<Vec<_>>().join(" and ")),
                    "second kind",
                ));
            }
            $(if let Some(s) = spec.$kind.take() {
                let compiled = <$kind::Spec as Kind>::compile(s.into_inner(), cx)?;
                return Ok((compiled, <$kind::Spec as Kind>::SCOPE));
            })*
            Err(id.error(
                "the rule has no kind table".to_string(),
                "this rule",
            ).with_help(format!("add one of: {}", KINDS.iter().map(|k| format!("[rule.{k}]")).collect::<Vec<_>>().join(", "))))
        }
    };
}

kinds!(
    existence,
    substitution,
    consistency,
    citation,
    balance,
    title
);

/// `severity = "warning"` or `severity = { draft = "warning", final = "error" }`.
#[derive(Debug, Clone, Copy)]
struct SeveritySpec(ProfileSeverity);

impl<'de> Deserialize<'de> for SeveritySpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SeveritySpec;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "\"error\", \"warning\", \"info\", or a table { draft = ..., final = ... }",
                )
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<SeveritySpec, E> {
                parse_severity(v).map(|s| SeveritySpec(ProfileSeverity::same(s)))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SeveritySpec, A::Error> {
                let (mut draft, mut final_) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    let value: String = map.next_value()?;
                    let severity = parse_severity(&value)?;
                    match key.as_str() {
                        "draft" => draft = Some(severity),
                        "final" => final_ = Some(severity),
                        other => return Err(de::Error::unknown_field(other, &["draft", "final"])),
                    }
                }
                match (draft, final_) {
                    (Some(draft), Some(final_)) => {
                        Ok(SeveritySpec(ProfileSeverity { draft, final_ }))
                    }
                    (None, _) => Err(de::Error::missing_field("draft")),
                    (_, None) => Err(de::Error::missing_field("final")),
                }
            }
        }
        deserializer.deserialize_any(V)
    }
}

fn parse_severity<E: de::Error>(v: &str) -> Result<Severity, E> {
    match v {
        "error" => Ok(Severity::Error),
        "warning" => Ok(Severity::Warning),
        "info" => Ok(Severity::Info),
        other => Err(de::Error::unknown_variant(
            other,
            &["error", "warning", "info"],
        )),
    }
}

/// A rule file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    #[serde(default)]
    patterns: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    rule: Vec<RuleSpec>,
    /// Levels of rules defined elsewhere (built-in rules, other files).
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Level>,
    #[serde(default)]
    settings: BTreeMap<Spanned<String>, Spanned<toml::Table>>,
}

/// Compiles the parts of one rule file: regexes with `{{fragments}}`.
pub(crate) struct Compiler {
    origin: Origin,
    fragments: BTreeMap<String, (String, Range<usize>)>,
    /// The size limit of every compiled pattern ([`REGEX_SIZE`]).
    regex_size: usize,
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

/// Loads and compiles one rule file, with the default size limit of its
/// patterns.
pub fn load(file: &str, text: &str) -> Result<Loaded, ConfigError> {
    load_with(file, text, REGEX_SIZE)
}

/// Loads and compiles one rule file; each pattern may compile to at most
/// `regex_size` bytes.
pub fn load_with(file: &str, text: &str, regex_size: usize) -> Result<Loaded, ConfigError> {
    let spec: FileSpec =
        toml::from_str(text).map_err(|e| ConfigError::from_toml(file, text, &e))?;
    let origin = Origin::new(file, text, 0..0);
    let fragments = spec
        .patterns
        .into_iter()
        .map(|(name, value)| {
            let span = value.span();
            (name.into_inner(), (value.into_inner(), span))
        })
        .collect();
    let cx = Compiler {
        origin: origin.clone(),
        fragments,
        regex_size,
    };
    let mut rules = Vec::new();
    for rule in spec.rule {
        rules.push(compile_rule(rule, &cx)?);
    }
    let settings = spec
        .settings
        .into_iter()
        .map(|(family, table)| SettingsTable {
            origin: origin.with_span(family.span()),
            family: family.into_inner(),
            table: table.into_inner(),
        })
        .collect();
    let levels = spec
        .rules
        .into_iter()
        .map(|(key, level)| LevelSetting {
            origin: origin.with_span(key.span()),
            key: key.into_inner(),
            level,
        })
        .collect();
    Ok(Loaded {
        rules,
        levels,
        settings,
    })
}

fn compile_rule(mut spec: RuleSpec, cx: &Compiler) -> Result<Rule, ConfigError> {
    let id_origin = cx.origin.with_span(spec.id.span());
    let id = spec.id.get_ref().clone();
    let id = id.as_str();
    check_id(id).map_err(|help| {
        id_origin
            .error(format!("`{id}` is not a rule id"), "this id")
            .with_help(help)
    })?;
    let (compiled, default_scope) = compile_kind(&mut spec, cx, &id_origin)?;
    let message = cx.template(&spec.message, &compiled.variables)?;
    let help = match &spec.help {
        Some(h) => Some(cx.template(h, &compiled.variables)?),
        None => None,
    };
    if spec.explanation.get_ref().trim().len() < 40 || spec.summary.get_ref().trim().is_empty() {
        return Err(cx
            .error(
                spec.explanation.span(),
                "the explanation is too short",
                "this explanation",
            )
            .with_help(
                "say in a few sentences why this matters and what to do (at least 40 characters)",
            ));
    }
    let example = |text: &String, whole: bool| Example {
        text: text.clone().into(),
        form: if whole { Form::List } else { Form::Answer },
    };
    let bad: Vec<Example> = spec
        .bad
        .iter()
        .map(|t| example(t, false))
        .chain(spec.bad_documents.iter().map(|t| example(t, true)))
        .collect();
    let good: Vec<Example> = spec
        .good
        .iter()
        .map(|t| example(t, false))
        .chain(spec.good_documents.iter().map(|t| example(t, true)))
        .collect();
    if bad.is_empty() || good.is_empty() {
        let missing = if bad.is_empty() { "bad" } else { "good" };
        return Err(id_origin
            .error(format!("rule {id} has no {missing} example"), "this rule")
            .with_help(
                "every rule carries examples: `bad = [\"text that triggers it\"]` and `good = [\"text that does not\"]` (or bad-documents / good-documents with whole answer lists)",
            ));
    }
    let scope = match &spec.scope {
        Some(s) if s.get_ref().is_empty() => {
            return Err(cx.error(s.span(), "an empty scope checks nothing", "this scope"))
        }
        Some(s) => {
            let mut v = s.get_ref().clone();
            v.sort();
            v.dedup();
            v
        }
        None => default_scope.to_vec(),
    };
    let info = RuleInfo {
        id: intern(id),
        severity: spec.severity.get_ref().0,
        summary: spec.summary.get_ref().trim().to_string().into(),
        explanation: spec.explanation.get_ref().trim().to_string().into(),
        bad,
        good,
        file: Some(cx.origin.file.clone()),
    };
    Ok(Rule {
        info,
        id_origin,
        scope,
        message,
        help,
        check: compiled.check,
    })
}

/// `category/name` with a known category and a name of a-z, 0-9 and '-'.
fn check_id(id: &str) -> Result<(), String> {
    let Some((category, name)) = id.split_once('/') else {
        return Err("rule ids are category/name, e.g. placeholder/marker".to_string());
    };
    if !registry::is_category(category) {
        return Err(format!(
            "the category is one of: {}",
            registry::categories().join(", ")
        ));
    }
    let name_ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !name_ok {
        return Err("the name after the category is lowercase letters, digits and '-'".to_string());
    }
    Ok(())
}

// ------------------------------------------------------------ shared helpers

/// Matches that make a finding not count: `except = ['Noord-Macedonië']`
/// keeps a rule for "Macedonië" quiet inside "Noord-Macedonië".
#[derive(Debug, Clone, Default)]
pub(crate) struct Except(Vec<Regex>);

impl Except {
    pub fn compile(patterns: &[Spanned<String>], cx: &Compiler) -> Result<Except, ConfigError> {
        patterns
            .iter()
            .map(|p| cx.regex(p))
            .collect::<Result<_, _>>()
            .map(Except)
    }

    /// The ranges of `text` that exceptions cover.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        self.0
            .iter()
            .flat_map(|re| re.find_iter(text).map(|m| m.range()))
            .collect()
    }

    pub fn covers(ranges: &[Range<usize>], range: &Range<usize>) -> bool {
        ranges
            .iter()
            .any(|r| r.start < range.end && range.start < r.end)
    }
}

/// The capture names every regex has (a variable must be there whichever
/// pattern matched).
pub(crate) fn common_captures(regexes: &[&Regex]) -> BTreeSet<String> {
    let mut iter = regexes.iter().map(|re| {
        re.capture_names()
            .flatten()
            .map(str::to_string)
            .collect::<BTreeSet<String>>()
    });
    let first = iter.next().unwrap_or_default();
    iter.fold(first, |acc, names| {
        acc.intersection(&names).cloned().collect()
    })
}

/// The named captures of a match as template variables (an optional
/// group that did not match is empty), plus `match`.
pub(crate) fn capture_vars(re: &Regex, caps: &Captures<'_>) -> Vars {
    let mut vars = Vars::new();
    for name in re.capture_names().flatten() {
        let value = caps.name(name).map_or("", |m| m.as_str());
        vars.insert(name.to_string(), value.to_string());
    }
    vars.insert(
        "match".to_string(),
        caps.get(0).map_or("", |m| m.as_str()).to_string(),
    );
    vars
}

/// Whitespace runs (line joins included) as one space, trimmed.
pub(crate) fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A set of variable names.
pub(crate) fn names(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// Checks a rule's examples with `check` (which runs every rule in force
/// over an answer list): each bad example triggers the rule, each good one
/// does not and has no other warning or error. Returns the failures.
pub fn examples_hold(rule: &RuleInfo, check: impl Fn(&str) -> Vec<Diagnostic>) -> Vec<String> {
    let mut failures = Vec::new();
    for example in &rule.bad {
        let found = check(&example.document());
        if !found.iter().any(|d| d.rule == rule.id) {
            failures.push(format!(
                "{}: bad example does not trigger it: {:?}",
                rule.id, example.text
            ));
        }
    }
    for example in &rule.good {
        let found = check(&example.document());
        if found.iter().any(|d| d.rule == rule.id) {
            failures.push(format!(
                "{}: good example triggers it: {:?}",
                rule.id, example.text
            ));
        }
        let loud: Vec<String> = found
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
            .map(|d| format!("{} {}", d.rule, d.message))
            .collect();
        if !loud.is_empty() {
            failures.push(format!(
                "{}: good example {:?} has other findings: {loud:?}",
                rule.id, example.text
            ));
        }
    }
    failures
}
