//! The rules in force for a check: every built-in rule and every declarative
//! rule, with the profile, the severity overrides and the family settings of
//! a configuration ([`crate::config::Config`]).
//!
//! [`RuleInfo`] is the owned description of any rule (built-in rules carry
//! `&'static str` metadata in a [`RuleMeta`], declarative rules are read at
//! run time), so `kamerlint rules`, `kamerlint explain`, the SARIF report
//! and the example tests treat both kinds alike.

use std::borrow::Cow;

use crate::lang::Local;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use serde::Deserialize;

use super::declarative;
use super::RuleMeta;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::settings::Settings;

/// A severity per profile: `draft` while a document is being written,
/// `final` when it is about to be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProfileSeverity {
    pub draft: Severity,
    pub final_: Severity,
}

impl ProfileSeverity {
    pub const fn same(severity: Severity) -> Self {
        ProfileSeverity {
            draft: severity,
            final_: severity,
        }
    }

    pub fn at(self, profile: Profile) -> Severity {
        match profile {
            Profile::Draft => self.draft,
            Profile::Final => self.final_,
        }
    }

    /// "warning", or "warning (draft), error (final)".
    pub fn describe(self) -> String {
        if self.draft == self.final_ {
            self.draft.to_string()
        } else {
            format!("{} (draft), {} (final)", self.draft, self.final_)
        }
    }
}

/// What a configuration sets a rule (or a whole category) to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

impl Level {
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}

/// What an example's text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A whole answer list.
    List,
    /// Answer text, checked as the answer to one question
    /// ([`Example::QUESTION`]).
    Answer,
    /// A `kamerlint.toml`, under which [`Example::QUESTION`] with a short
    /// answer is checked (for rules about the check itself, such as the
    /// time budget).
    Config,
    /// A draft, checked against the committee's list of questions in
    /// [`Example::other`] (`--questions`).
    AgainstQuestions,
    /// A draft, checked against its previous version in
    /// [`Example::other`] (`--previous`).
    AgainstPrevious,
}

/// An example in a rule's documentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    pub text: Cow<'static, str>,
    pub form: Form,
    /// The document a draft is checked against (the committee's list, the
    /// previous version), for the forms that have one.
    pub other: Option<&'static str>,
}

impl Example {
    /// The question every answer-text example answers.
    pub const QUESTION: &'static str = "1 Kan de minister dit toelichten?\n";

    /// A whole answer list. A raw string may start with a line break after
    /// its opening quote, for readability: it is not part of the text.
    pub const fn list(text: &'static str) -> Self {
        Example {
            text: Cow::Borrowed(text),
            form: Form::List,
            other: None,
        }
    }

    /// Answer text (see [`Form::Answer`]).
    pub const fn answer(text: &'static str) -> Self {
        Example {
            text: Cow::Borrowed(text),
            form: Form::Answer,
            other: None,
        }
    }

    /// A configuration (see [`Form::Config`]).
    pub const fn config(text: &'static str) -> Self {
        Example {
            text: Cow::Borrowed(text),
            form: Form::Config,
            other: None,
        }
    }

    /// A draft (`draft`) checked against the committee's list of
    /// questions (`list`).
    pub const fn against_questions(list: &'static str, draft: &'static str) -> Self {
        Example {
            text: Cow::Borrowed(draft),
            form: Form::AgainstQuestions,
            other: Some(list),
        }
    }

    /// A draft (`draft`) checked against its previous version (`old`).
    pub const fn against_previous(old: &'static str, draft: &'static str) -> Self {
        Example {
            text: Cow::Borrowed(draft),
            form: Form::AgainstPrevious,
            other: Some(old),
        }
    }

    /// The document the draft is checked against, without the line break
    /// a raw string opens with.
    pub fn other_body(&self) -> Option<&'static str> {
        self.other.map(|t| t.strip_prefix('\n').unwrap_or(t))
    }

    /// The text without the line break a raw string opens with.
    pub fn body(&self) -> &str {
        self.text.strip_prefix('\n').unwrap_or(&self.text)
    }

    /// The example as the answer list it is checked as.
    pub fn document(&self) -> String {
        match self.form {
            Form::List | Form::AgainstQuestions | Form::AgainstPrevious => self.body().to_string(),
            Form::Answer => format!("{}{}\n", Self::QUESTION, self.body().trim_end()),
            Form::Config => format!("{}Ja.\n", Self::QUESTION),
        }
    }

    /// The configuration an example is checked under, if it gives one.
    pub fn config_text(&self) -> Option<&str> {
        (self.form == Form::Config).then(|| self.body())
    }
}

/// Everything known about one rule, for listing, explaining and testing it.
#[derive(Debug, Clone)]
pub struct RuleInfo {
    /// `category/name`.
    pub id: &'static str,
    /// The default severity, per profile.
    pub severity: ProfileSeverity,
    /// One line, in both languages.
    pub summary: Local,
    /// Markdown, its paragraphs unwrapped, in both languages.
    pub explanation: Local,
    /// Text that must trigger the rule.
    pub bad: Vec<Example>,
    /// Text that must not trigger it (and is otherwise correct).
    pub good: Vec<Example>,
    /// `None` for a built-in rule; the rule file of a declarative rule.
    pub file: Option<String>,
}

impl RuleInfo {
    pub fn category(&self) -> &str {
        self.id.split_once('/').map_or(self.id, |(c, _)| c)
    }
}

impl From<&RuleMeta> for RuleInfo {
    fn from(meta: &RuleMeta) -> Self {
        RuleInfo {
            id: meta.id,
            severity: ProfileSeverity::same(meta.severity),
            summary: Local::new(meta.summary_nl, meta.summary),
            explanation: Local::new(
                unwrap_markdown(meta.explanation_nl),
                unwrap_markdown(meta.explanation),
            ),
            bad: meta.bad.to_vec(),
            good: meta.good.to_vec(),
            file: None,
        }
    }
}

/// A Markdown text as the reports show it: the line breaks inside a
/// paragraph become spaces (the source wraps its lines to be read in an
/// editor), blank lines between paragraphs stay.
pub fn unwrap_markdown(text: &str) -> String {
    text.trim()
        .split("\n\n")
        .map(|paragraph| {
            paragraph
                .lines()
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A rule id as `&'static str`, as [`Diagnostic::rule`] holds it. Ids of
/// declarative rules are read at run time; each distinct id is stored once
/// for the life of the process, so loading configurations repeatedly does
/// not grow memory beyond the set of distinct ids.
pub fn intern(id: &str) -> &'static str {
    static IDS: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut ids = IDS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(known) = ids.get(id) {
        return known;
    }
    let leaked: &'static str = Box::leak(id.to_string().into_boxed_str());
    ids.insert(leaked);
    leaked
}

/// The rules in force: built-in families plus declarative rules, with the
/// profile, per-rule and per-category levels, and family settings.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub(crate) profile: Profile,
    pub(crate) declarative: Vec<declarative::Rule>,
    /// Rule id or category → level, from the configuration.
    pub(crate) levels: BTreeMap<String, Level>,
    pub(crate) settings: Settings,
}

impl RuleSet {
    /// Only the built-in rules, at their default severities.
    pub fn builtin_only() -> Self {
        RuleSet {
            profile: Profile::Draft,
            declarative: Vec::new(),
            levels: BTreeMap::new(),
            settings: Settings::default(),
        }
    }

    pub fn profile(&self) -> Profile {
        self.profile
    }

    /// The same rules under another profile.
    pub fn with_profile(mut self, profile: Profile) -> Self {
        self.profile = profile;
        self
    }

    /// Parameters of the built-in families (`[settings.FAMILY]`).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Every rule, built-in and declarative, sorted by id.
    pub fn infos(&self) -> Vec<RuleInfo> {
        let mut all: Vec<RuleInfo> = super::all().into_iter().map(RuleInfo::from).collect();
        all.extend(self.declarative.iter().map(|r| r.info.clone()));
        all.sort_by_key(|r| r.id);
        all
    }

    /// The rules that are switched on, each with the severity it reports at
    /// under this configuration (for the SARIF report's rule list).
    pub fn infos_in_force(&self) -> Vec<RuleInfo> {
        self.infos()
            .into_iter()
            .filter_map(|mut rule| {
                let severity = self.severity_of(rule.id, rule.severity)?;
                rule.severity = ProfileSeverity::same(severity);
                Some(rule)
            })
            .collect()
    }

    pub fn info(&self, id: &str) -> Option<RuleInfo> {
        self.infos().into_iter().find(|r| r.id == id)
    }

    /// The severity a rule reports at under this configuration, or `None`
    /// when it is switched off. A setting for the rule wins over one for
    /// its category, which wins over the rule's default for the profile.
    pub fn severity_of(&self, id: &str, default: ProfileSeverity) -> Option<Severity> {
        let category = id.split_once('/').map_or(id, |(c, _)| c);
        match self.levels.get(id).or_else(|| self.levels.get(category)) {
            Some(level) => level.severity(),
            None => Some(default.at(self.profile)),
        }
    }

    /// Applies the configured levels to diagnostics of built-in rules:
    /// drops those switched off and sets the severity of the others.
    pub(crate) fn apply_levels(&self, out: &mut Vec<Diagnostic>) {
        if self.levels.is_empty() {
            return;
        }
        out.retain_mut(
            |d| match self.severity_of(d.rule, ProfileSeverity::same(d.severity)) {
                Some(severity) => {
                    d.severity = severity;
                    true
                }
                None => false,
            },
        );
    }

    /// Runs the declarative rules that are switched on, while `budget`
    /// lasts; returns the ids of those it had to skip.
    pub(crate) fn check_declarative(
        &self,
        doc: &Document,
        out: &mut Vec<Diagnostic>,
        budget: &super::limits::Budget,
    ) -> Vec<&'static str> {
        let mut skipped = Vec::new();
        if self.declarative.is_empty() {
            return skipped;
        }
        let prose = declarative::Prose::of(doc);
        for rule in &self.declarative {
            if let Some(severity) = self.severity_of(rule.info.id, rule.info.severity) {
                if !skipped.is_empty() || budget.exceeded() {
                    skipped.push(rule.info.id);
                    continue;
                }
                rule.check(doc, &prose, severity, out);
            }
        }
        skipped
    }
}

/// How strict the check is about unfinished text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    /// A document being written: placeholders and unfilled template fields
    /// are warnings.
    #[default]
    Draft,
    /// A document about to be published: they are errors.
    Final,
}

impl Profile {
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Draft => "draft",
            Profile::Final => "final",
        }
    }
}
