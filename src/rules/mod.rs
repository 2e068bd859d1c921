//! Rule families. Each family is a module with a `RULES` table of metadata
//! (id, default severity, documentation with a bad and a good example) and a
//! `check` function that appends diagnostics for those rules.

pub mod declarative;
pub mod figure;
pub mod footnote;
pub mod format;
pub mod rounding;
pub mod set;
pub mod structure;
pub mod total;
pub mod xref;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
pub use set::{RuleInfo, RuleSet};

/// Metadata of one rule, kept beside its code.
#[derive(Debug)]
pub struct RuleMeta {
    /// `category/name`.
    pub id: &'static str,
    pub severity: Severity,
    /// One line, shown by `kamerlint rules`.
    pub summary: &'static str,
    /// Why this matters and what to do, in a few sentences.
    pub explanation: &'static str,
    /// A small answer list that must trigger the rule.
    pub bad: &'static str,
    /// The same list corrected: must not trigger the rule.
    pub good: &'static str,
}

/// Every rule, sorted by id.
pub fn all() -> Vec<&'static RuleMeta> {
    let mut rules: Vec<&'static RuleMeta> = structure::RULES
        .iter()
        .chain(xref::RULES.iter())
        .chain(footnote::RULES.iter())
        .chain(total::RULES.iter())
        .chain(figure::RULES.iter())
        .chain(format::RULES.iter())
        .collect();
    rules.sort_by_key(|r| r.id);
    rules
}

pub fn find(id: &str) -> Option<&'static RuleMeta> {
    all().into_iter().find(|r| r.id == id)
}

/// Runs every rule over a document under the default configuration
/// ([`crate::config::Config::standard`]).
pub fn check(doc: &Document) -> Vec<Diagnostic> {
    check_with(doc, &crate::config::Config::standard().rules)
}

/// Runs every rule family, then the configured levels (rules switched off,
/// severities changed) and the declarative rules of `rules`. The result is
/// sorted by position, then rule id, so output is identical across runs.
pub fn check_with(doc: &Document, rules: &RuleSet) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    structure::check(doc, &mut out);
    xref::check(doc, &mut out);
    footnote::check(doc, &mut out);
    total::check(doc, &mut out);
    figure::check(doc, &mut out);
    format::check(doc, &mut out);
    rules.apply_levels(&mut out);
    rules.check_declarative(doc, &mut out);
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
