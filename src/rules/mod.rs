//! Rule families. Each family is a module (a folder with a file a rule,
//! once it grows past a handful) with a `FAMILY` descriptor listed in
//! [`registry`]; each rule is a `RuleMeta` (id, default severity,
//! documentation with examples, the texts it says) above the function that
//! checks it.

pub mod answer;
pub mod content;
pub mod declarative;
pub mod docs;
pub mod draft;
pub mod figure;
pub mod footnote;
pub mod format;
pub mod header;
pub mod limits;
mod lower;
pub mod names;
pub mod registry;
pub mod rounding;
pub mod ruleset;
pub mod set;
pub mod settings;
pub mod spelling;
pub mod structure;
pub mod text;
/// The templates of what the rules say ([`Text`]).
pub mod texts;
pub mod total;
pub mod xref;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Span};
pub use set::{Example, RuleInfo, RuleSet};
pub use texts::Text;

/// Metadata of one rule, kept beside its code.
#[derive(Debug)]
pub struct RuleMeta {
    /// `category/name`.
    pub id: &'static str,
    pub severity: Severity,
    /// One line, shown by `kamerlint rules`.
    pub summary: &'static str,
    /// The summary in Dutch.
    pub summary_nl: &'static str,
    /// Why this matters, what to do, and what the rule leaves alone:
    /// Markdown, wrapped in the source (the reports unwrap its paragraphs).
    pub explanation: &'static str,
    /// The explanation in Dutch.
    pub explanation_nl: &'static str,
    /// Texts that must trigger the rule: small answer lists, or answer
    /// text where a whole list is more than the point needs.
    pub bad: &'static [Example],
    /// The same texts corrected: they must not trigger the rule, nor any
    /// other warning or error.
    pub good: &'static [Example],
    /// Everything the rule says: its messages, helps and the labels of
    /// related places, as templates named by key ([`text`]).
    pub texts: &'static [Text],
}

impl RuleMeta {
    /// A diagnostic of this rule at its default severity (levels from the
    /// configuration are applied afterwards).
    pub fn at(&self, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.id, self.severity, span, message)
    }

    /// The rule's text `key` with its placeholders filled from `args`.
    /// A key the rule does not have is a bug: debug builds stop on it,
    /// release builds say the key (`tests/rule_texts.rs` checks every key
    /// the rule files say).
    pub fn say(&self, key: &str, args: texts::Args) -> String {
        match self.texts.iter().find(|t| t.key == key) {
            Some(t) => texts::fill(t.get(crate::lang::current()), args),
            None => {
                debug_assert!(false, "{} has no text {key:?}", self.id);
                format!("{}: {key}", self.id)
            }
        }
    }
}

/// Every built-in rule, sorted by id.
pub fn all() -> Vec<&'static RuleMeta> {
    let mut rules: Vec<&'static RuleMeta> = registry::FAMILIES
        .iter()
        .flat_map(|f| f.rules.iter().copied())
        .collect();
    rules.sort_by_key(|r| r.id);
    rules
}

pub fn find(id: &str) -> Option<&'static RuleMeta> {
    all().into_iter().find(|r| r.id == id)
}

/// Runs every rule family, then the configured levels (rules switched off,
/// severities changed) and the declarative rules of `rules`. The result is
/// sorted by position, then rule id, so output is identical across runs.
pub fn check_with(doc: &Document, rules: &RuleSet) -> Vec<Diagnostic> {
    check_within(doc, rules, &limits::Budget::default())
}

/// As [`check_with`], within a time budget: once it is used up, the
/// families (and declarative rules) not yet run are skipped and
/// `structure/time-budget` names them ([`limits`]).
pub fn check_within(doc: &Document, rules: &RuleSet, budget: &limits::Budget) -> Vec<Diagnostic> {
    check_versions(doc, &draft::Versions::default(), rules, budget)
}

/// As [`check_within`], and against the documents of `versions` (the
/// committee's list of questions, the previous version): the families
/// that compare a draft with them ([`draft`]) run too.
pub fn check_versions(
    doc: &Document,
    versions: &draft::Versions,
    rules: &RuleSet,
    budget: &limits::Budget,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let rule_files: String;
    let mut skipped: Vec<&str> = Vec::new();
    for family in registry::FAMILIES {
        let compare = family.compare.filter(|_| !versions.is_empty());
        let configured = registry::configured(family.name);
        if family.check.is_none() && compare.is_none() && configured.is_none() {
            continue;
        }
        if !skipped.is_empty() || budget.exceeded() {
            skipped.push(family.name);
            continue;
        }
        if let Some(check) = family.check {
            check(doc, &mut out);
        }
        if let Some(check) = configured {
            check(doc, rules, &mut out);
        }
        if let Some(compare) = compare {
            compare(doc, versions, &mut out);
        }
    }
    rules.apply_levels(&mut out);
    if skipped.is_empty() {
        skipped.extend(rules.check_declarative(doc, &mut out, budget));
    } else {
        rule_files = structure::TIME_BUDGET_RULE.say("skipped.rule-files", &[]);
        skipped.push(&rule_files);
    }
    if !skipped.is_empty() {
        let meta = &limits::TIME_BUDGET_RULE;
        if let Some(severity) =
            rules.severity_of(meta.id, set::ProfileSeverity::same(meta.severity))
        {
            let mut d = budget.stopped(&skipped);
            d.severity = severity;
            out.push(d);
        }
    }
    // A file in which no question was found was not checked: that is said
    // (`structure/no-entries`, with what the reader saw: text that belongs
    // to no question, how the bytes were decoded), and no finding of the
    // check that did not happen follows it.
    if doc.entries.is_empty() && out.iter().any(|d| d.rule == "structure/no-entries") {
        out.retain(|d| {
            matches!(
                d.rule,
                "structure/no-entries" | "structure/unplaced-text" | "format/invalid-encoding"
            )
        });
    }
    sort(&mut out);
    out
}

pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (a.span.start, a.span.end, a.rule, &a.message).cmp(&(
            b.span.start,
            b.span.end,
            b.rule,
            &b.message,
        ))
    });
}

/// The question number of the entry whose region holds `offset`.
pub(crate) fn question_at(doc: &Document, offset: usize) -> Option<u32> {
    doc.region_at(offset).map(|i| doc.entries[i].first_number())
}
