//! structure/: the numbering of the entries and text the reader could not place.
//! One file a rule, named after its id (`structure/out-of-order` is
//! `out_of_order.rs`); what several rules need (the longest ascending run
//! of the numbers, the reader's notes) is here.

mod answer_label;
mod answers_to_follow;
mod duplicate_number;
mod duplicate_question;
mod empty_answer;
mod lettered_number;
mod missing_number;
mod no_entries;
mod out_of_order;
// Said by limits.rs, where the budget is held against the time spent.
pub(super) mod time_budget;
mod truncated;
mod unnumbered_question;
mod unplaced_text;

pub use answer_label::ANSWER_LABEL;
pub use answers_to_follow::ANSWERS_TO_FOLLOW;
pub use duplicate_number::DUPLICATE_NUMBER;
pub use duplicate_question::DUPLICATE_QUESTION;
pub use empty_answer::EMPTY_ANSWER;
pub use lettered_number::LETTERED_NUMBER;
pub use missing_number::MISSING_NUMBER;
pub use no_entries::NO_ENTRIES;
pub use out_of_order::OUT_OF_ORDER;
pub use time_budget::TIME_BUDGET_RULE;
pub use truncated::TRUNCATED;
pub use unnumbered_question::UNNUMBERED_QUESTION;
pub use unplaced_text::UNPLACED_TEXT;

use super::registry::Family;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, NoteKind};

/// The structure family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "structure",
    rules: &[
        &NO_ENTRIES,
        &DUPLICATE_NUMBER,
        &MISSING_NUMBER,
        &OUT_OF_ORDER,
        &EMPTY_ANSWER,
        &UNPLACED_TEXT,
        &ANSWER_LABEL,
        &UNNUMBERED_QUESTION,
        &TRUNCATED,
        &ANSWERS_TO_FOLLOW,
        &DUPLICATE_QUESTION,
        &LETTERED_NUMBER,
        &TIME_BUDGET_RULE,
    ],
    check: Some(check),
    settings: None,
    compare: None,
};

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    no_entries::check(doc, out);
    // Numbering that starts again at 1 under a heading is checked per section.
    let sections = doc.entries.iter().map(|e| e.section).max().unwrap_or(0);
    // A lettered question ("12a") stands outside the numbering: it is
    // structure/lettered-number's.
    let lettered = doc.entries.iter().any(|e| e.suffix.is_some());
    if sections == 0 && !lettered {
        numbering(doc, out);
    } else {
        for s in 0..=sections {
            let mut part = doc.clone();
            part.entries
                .retain(|e| e.section == s && e.suffix.is_none());
            numbering(&part, out);
        }
    }
    lettered_number::check(doc, out);
    empty_answer::check(doc, out);
    unplaced_text::check(doc, out);
    notes(doc, out);
    answers_to_follow::check(doc, out);
    duplicate_question::check(doc, out);
}

/// The numbering rules, on the whole document or on one section.
fn numbering(doc: &Document, out: &mut Vec<Diagnostic>) {
    duplicate_number::check(doc, out);
    out_of_order::check(doc, out);
    missing_number::check(doc, out);
}

/// The reader's notes that are structure findings, in the order the reader
/// made them.
fn notes(doc: &Document, out: &mut Vec<Diagnostic>) {
    for n in &doc.notes {
        out.push(match n.kind {
            NoteKind::UncertainEntry => answer_label::check(doc, n),
            NoteKind::UnnumberedQuestion => unnumbered_question::check(doc, n),
            NoteKind::Truncated => truncated::check(doc, n),
            // format/invalid-encoding and the footnote/ notes.
            NoteKind::InvalidEncoding
            | NoteKind::UncertainMarker
            | NoteKind::BrokenFootnoteReference
            | NoteKind::UnnumberedFootnote => continue,
        });
    }
}

/// Marks the elements of the longest strictly ascending subsequence
/// (O(n log n), patience sorting); ties keep the earliest elements.
fn longest_ascending(v: &[u32]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new();
    let mut parent: Vec<Option<usize>> = vec![None; v.len()];
    for i in 0..v.len() {
        let pos = tails.partition_point(|&t| v[t] < v[i]);
        if tails.get(pos).is_some_and(|&t| v[t] == v[i]) {
            continue; // an equal number earlier keeps its place
        }
        parent[i] = pos.checked_sub(1).map(|p| tails[p]);
        if pos == tails.len() {
            tails.push(i);
        } else {
            tails[pos] = i;
        }
    }
    let mut keep = vec![false; v.len()];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        keep[i] = true;
        cur = parent[i];
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{scoped, Lang};

    #[test]
    fn longest_ascending_drops_the_misplaced_entry() {
        let keep = longest_ascending(&[1, 2, 75, 4, 5, 6]);
        assert_eq!(keep, vec![true, true, false, true, true, true]);
        let keep = longest_ascending(&[1, 3, 2, 4]);
        assert_eq!(keep.iter().filter(|k| !**k).count(), 1);
    }

    /// The reader's notes that are structure findings are said again in
    /// both languages: in English word for word as the reader wrote them,
    /// in Dutch in other words. (A note the rule cannot read would reach
    /// a Dutch reader in English.)
    #[test]
    fn the_readers_notes_are_said_in_both_languages() {
        let texts = [
            include_str!("../../../tests/fixtures/rules/structure/answer-label/trigger-wrong-number.txt"),
            include_str!("../../../tests/fixtures/rules/structure/answer-label/trigger-antwoord-op-vraag.txt"),
            include_str!("../../../tests/fixtures/rules/structure/unnumbered-question/trigger-nota.txt"),
            include_str!("../../../tests/fixtures/rules/structure/truncated/trigger-cut-off-export.txt"),
        ];
        let mut kinds = Vec::new();
        for text in texts {
            // The document is read, and its notes made, in the language
            // of the check.
            let said = |lang| {
                scoped(lang, || {
                    let doc = crate::read_bytes("a.txt", text.as_bytes());
                    let mut out = Vec::new();
                    notes(&doc, &mut out);
                    let kinds: Vec<NoteKind> = doc.notes.iter().map(|n| n.kind).collect();
                    (
                        out.into_iter().map(|d| d.message).collect::<Vec<_>>(),
                        kinds,
                    )
                })
            };
            let ((english, found), (dutch, _)) = (said(Lang::En), said(Lang::Nl));
            assert!(!english.is_empty(), "no note in {text}");
            assert_eq!(english.len(), dutch.len());
            for (en, nl) in english.iter().zip(&dutch) {
                assert_ne!(en, nl, "not said in Dutch");
                assert!(!en.contains('{') && !nl.contains('{'), "{en} / {nl}");
            }
            kinds.extend(found);
        }
        for kind in [
            NoteKind::UncertainEntry,
            NoteKind::UnnumberedQuestion,
            NoteKind::Truncated,
        ] {
            assert!(kinds.contains(&kind), "{kind:?}");
        }
    }
}
