//! draft/: a draft against the documents an editor has beside it.
//!
//! - Against the committee's list of questions (`--questions LIST`): the
//!   ministry answers the questions as the committee numbered and worded
//!   them, so a question left out, added, renumbered or reworded is wrong
//!   even where the draft is consistent in itself
//!   ([`missing_question`], [`extra_question`], [`renumbered`],
//!   [`question_changed`]).
//! - Against its previous version (`--previous OLD`): a reference written
//!   before the questions moved still carries the old number
//!   ([`stale_reference`]).
//!
//! Questions are matched by their text, not by their numbers
//! ([`matching`]), after the layout is taken out of it ([`words`]). The
//! rules run only when the other document is given; a check of one file
//! alone never reports them.

pub mod changes;
mod diff;
mod extra_question;
pub(crate) mod matching;
mod missing_question;
mod question_changed;
mod renumbered;
mod stale_reference;
pub(crate) mod words;

use std::sync::Arc;

pub use extra_question::EXTRA_QUESTION;
pub use missing_question::MISSING_QUESTION;
pub use question_changed::QUESTION_CHANGED;
pub use renumbered::RENUMBERED;
pub use stale_reference::STALE_REFERENCE;

use super::registry::Family;
use crate::diagnostic::Diagnostic;
use crate::document::Document;

/// The documents a draft is compared with, each as read by the reader for
/// its format.
#[derive(Debug, Clone, Default)]
pub struct Versions {
    /// The committee's list of questions.
    pub questions: Option<Arc<Document>>,
    /// The previous version of the draft.
    pub previous: Option<Arc<Document>>,
}

impl Versions {
    pub fn is_empty(&self) -> bool {
        self.questions.is_none() && self.previous.is_none()
    }
}

/// The draft family: its rules and its comparison ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "draft",
    rules: &[
        &MISSING_QUESTION,
        &EXTRA_QUESTION,
        &RENUMBERED,
        &QUESTION_CHANGED,
        &STALE_REFERENCE,
    ],
    check: None,
    settings: None,
    compare: Some(check),
};

/// Compares `doc` with the documents of `versions` that are given.
pub fn check(doc: &Document, versions: &Versions, out: &mut Vec<Diagnostic>) {
    if let Some(list) = &versions.questions {
        // A draft without questions is structure/no-entries' alone.
        if !doc.entries.is_empty() {
            let pairing = matching::pair(list, matching::Reference::Questions, doc);
            // A list of which most questions are not in the draft is not
            // this draft's list, or was not read as it is: one finding
            // says so, rather than one a question.
            let matched = pairing.to_old.iter().flatten().count();
            if pairing.new.len() >= 4 && matched * 2 < pairing.new.len() {
                out.push(extra_question::unmatched(doc, list, &pairing, matched));
                return;
            }
            missing_question::check(doc, list, &pairing, out);
            extra_question::check(doc, list, &pairing, out);
            renumbered::check(doc, list, &pairing, out);
            question_changed::check(doc, list, &pairing, out);
        }
    }
    if let Some(old) = &versions.previous {
        if !doc.entries.is_empty() {
            let pairing = matching::pair(old, matching::Reference::Previous, doc);
            stale_reference::check(doc, old, &pairing, out);
        }
    }
}

/// The opening words of a question, to name it in a message: at most
/// `WORDS` words, with "…" when there is more.
pub(crate) fn opening(words: &[words::Word]) -> String {
    opening_words(words.iter().map(|w| w.shown.as_str()))
}

/// The first words of `words`, at most eight, with "…" when there are
/// more.
pub(crate) fn opening_words<'a>(words: impl Iterator<Item = &'a str>) -> String {
    const WORDS: usize = 8;
    let mut out = String::new();
    for (i, w) in words.enumerate() {
        if i == WORDS {
            out.push('…');
            break;
        }
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// "12", or "5, 6" for a joint entry.
pub(crate) fn numbers(numbers: &[u32]) -> String {
    numbers
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
