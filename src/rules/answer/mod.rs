//! answer/: what an answer says against what its question asks, and
//! against the other answers of the list. Both rules are infos: each names
//! a place an editor should look at, not a defect for certain.

mod count_not_given;
mod repeated_paragraph;
mod words;

pub use count_not_given::COUNT_NOT_GIVEN;
pub use repeated_paragraph::REPEATED_PARAGRAPH;

use super::registry::Family;
use crate::diagnostic::Diagnostic;
use crate::document::Document;

/// The answer family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "answer",
    rules: &[&COUNT_NOT_GIVEN, &REPEATED_PARAGRAPH],
    check: Some(check),
    settings: None,
    compare: None,
};

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    if doc.entries.len() < 2 && doc.entries.iter().all(|e| e.answer.is_empty()) {
        return;
    }
    let refs = crate::rules::xref::question_references(doc);
    count_not_given::check(doc, &refs, out);
    repeated_paragraph::check(doc, &refs, out);
}

#[cfg(test)]
mod tests;
