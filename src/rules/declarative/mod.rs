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
//! message.nl = "plaatshouder “{match}” staat nog in de tekst"  # {variables}
//! message.en = "placeholder “{match}” left in the text"
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
//! `summary`, `explanation`, `message` and `help` are each one string, said
//! in Dutch and in English alike (a project's own rule files need only one
//! language), or a table with both halves: `message.nl = "..."` and
//! `message.en = "..."`, or `message = { nl = "...", en = "..." }` (the
//! same for a citation check's `message`). A table needs both halves, and
//! the two halves of a message or help use the same `{variables}`; either
//! fault is an error at its place in the file (`local.rs`). The default
//! rule files give both halves of all four. A rule's message and help are
//! said in the language in force when a document is checked (`--lang`,
//! `KAMERLINT_LANG`: [`crate::lang`]), and so are the words the kinds add
//! themselves (related places, `{state}`, `{this_region}`: `messages.rs`);
//! an error about a rule file is said in the language in force when the
//! file is loaded.
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
mod compiler;
mod consistency;
mod existence;
mod load;
mod local;
mod messages;
mod origin;
mod prose;
mod severity;
mod shared;
mod substitution;
mod template;
mod title;
mod word;

use std::collections::BTreeSet;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use toml::Spanned;

pub(crate) use compiler::Compiler;
pub use compiler::REGEX_SIZE;
pub use load::{load, load_with};
pub use origin::Origin;
pub use prose::{Prose, Region, Scope};
pub(crate) use shared::{capture_vars, common_captures, names, squash, Except};
pub(crate) use template::{Template, Vars};
pub(crate) use word::WordRegex;

use super::set::{Level, RuleInfo};
use crate::diagnostic::{Diagnostic, Fix, Related, Severity};
use crate::document::{Document, Span};
use crate::error::ConfigError;
use local::{Both, LocalSpec};
use messages as m;
use severity::SeveritySpec;

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
    /// The message and help in both languages, said in the one in force
    /// when a document is checked.
    message: Both<Template>,
    help: Option<Both<Template>>,
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
            let message = f
                .message
                .unwrap_or_else(|| self.message.current().render(&f.vars));
            let mut d =
                Diagnostic::new(self.info.id, severity, f.span, message).with_question(f.question);
            if let Some(help) = &self.help {
                d = d.with_help(help.current().render(&f.vars));
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
    /// rule's, in the language in force.
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
            file: None,
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
            summary: Spanned<LocalSpec>,
            explanation: Spanned<LocalSpec>,
            message: Spanned<LocalSpec>,
            help: Option<Spanned<LocalSpec>>,
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
                let kinds = given.iter().map(|g| g.0).collect::<Vec<_>>().join(m::AND.text());
                return Err(id.with_span(given[1].1.clone()).error(
                    m::TWO_KINDS.say(&[("kinds", &kinds)]),
                    m::SECOND_KIND.text(),
                ));
            }
            $(if let Some(s) = spec.$kind.take() {
                let compiled = <$kind::Spec as Kind>::compile(s.into_inner(), cx)?;
                return Ok((compiled, <$kind::Spec as Kind>::SCOPE));
            })*
            let tables = KINDS.iter().map(|k| format!("[rule.{k}]")).collect::<Vec<_>>().join(", ");
            Err(id.error(m::NO_KIND.text(), m::THIS_RULE.text())
                .with_help(m::NO_KIND_HELP.say(&[("tables", &tables)])))
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
const BAD_SILENT: crate::lang::Msg = crate::lang::Msg::new(
    "fout voorbeeld meldt niets: {example}",
    "bad example does not trigger it: {example}",
);
const GOOD_TRIGGERS: crate::lang::Msg = crate::lang::Msg::new(
    "goed voorbeeld meldt de regel: {example}",
    "good example triggers it: {example}",
);
const GOOD_LOUD: crate::lang::Msg = crate::lang::Msg::new(
    "goed voorbeeld {example} heeft andere bevindingen: {findings}",
    "good example {example} has other findings: {findings}",
);

/// Checks a rule's examples with `check` (which runs every rule in force
/// over an answer list): each bad example triggers the rule, each good one
/// does not and has no other warning or error. Returns the failures.
pub fn examples_hold(rule: &RuleInfo, check: impl Fn(&str) -> Vec<Diagnostic>) -> Vec<String> {
    let mut failures = Vec::new();
    for example in &rule.bad {
        let found = check(&example.document());
        if !found.iter().any(|d| d.rule == rule.id) {
            failures.push(format!(
                "{}: {}",
                rule.id,
                BAD_SILENT.say(&[("example", &format!("{:?}", example.text))])
            ));
        }
    }
    for example in &rule.good {
        let found = check(&example.document());
        if found.iter().any(|d| d.rule == rule.id) {
            failures.push(format!(
                "{}: {}",
                rule.id,
                GOOD_TRIGGERS.say(&[("example", &format!("{:?}", example.text))])
            ));
        }
        let loud: Vec<String> = found
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
            .map(|d| format!("{} {}", d.rule, d.message))
            .collect();
        if !loud.is_empty() {
            failures.push(format!(
                "{}: {}",
                rule.id,
                GOOD_LOUD.say(&[
                    ("example", &format!("{:?}", example.text)),
                    ("findings", &format!("{loud:?}")),
                ])
            ));
        }
    }
    failures
}
