//! xref/: references to other questions, footnotes and appendices.
//!
//! Dutch forms: "zie (het) antwoord op vraag 57", "zie vraag 125",
//! "vragen 12 t/m 15", "vragen 3, 7 en 9", "de beantwoording van vraag 4",
//! "zoals aangegeven in vraag 139", "het antwoord op de vragen 12 en 13",
//! "zie voetnoot 12", "bijlage 2".
//!
//! One file a rule, named after its id (`xref/missing-target` is
//! `missing_target.rs`); the question references are found once, in
//! [`refs`], and shared through [`Refs`].

mod chain;
mod cycle;
mod missing_appendix;
mod missing_footnote;
mod missing_target;
pub(crate) mod refs;
mod self_reference;

use std::collections::BTreeSet;

pub use chain::CHAIN;
pub use cycle::CYCLE;
pub use missing_appendix::MISSING_APPENDIX;
pub use missing_footnote::MISSING_FOOTNOTE;
pub use missing_target::MISSING_TARGET;
pub use self_reference::SELF_REFERENCE;

use super::registry::Family;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, NoteKind};
use refs::{EntryRefs, Target};

/// The xref family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "xref",
    rules: &[
        &MISSING_TARGET,
        &SELF_REFERENCE,
        &CHAIN,
        &CYCLE,
        &MISSING_FOOTNOTE,
        &MISSING_APPENDIX,
    ],
    check: Some(check),
    settings: None,
};

/// What the question-reference rules share: the references of every
/// entry and the question numbers that exist.
pub(super) struct Refs<'a> {
    doc: &'a Document,
    refs: Vec<EntryRefs>,
    existing: BTreeSet<u32>,
    /// The document was cut off, so numbers past its last are unknowable.
    truncated: bool,
}

impl Refs<'_> {
    /// Whether a target names a question this list does not have (past
    /// the end of a document that was cut off, nobody can tell).
    fn missing(&self, t: &Target) -> bool {
        let cut_off = self.truncated && self.existing.last().is_some_and(|&l| t.number > l);
        !self.existing.contains(&t.number) && !cut_off
    }
}

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let cx = Refs {
        doc,
        refs: refs::collect(doc),
        existing: doc
            .entries
            .iter()
            .flat_map(|e| e.numbers.iter().copied())
            .collect(),
        truncated: doc.notes.iter().any(|n| n.kind == NoteKind::Truncated),
    };
    // Without numbered questions there is nothing to point at.
    if !cx.existing.is_empty() {
        missing_target::check(&cx, out);
        self_reference::check(&cx, out);
        chain::check(&cx, out);
        cycle::check(&cx, out);
    }
    missing_footnote::check(doc, out);
    missing_appendix::check(doc, out);
}
