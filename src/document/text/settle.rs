//! What the reader settles after its pass over the lines: markers found
//! again from their definitions, questions a letter answers together, and
//! a document that ends inside an answer.

use std::collections::BTreeSet;

use super::lines::{self, strip_trailing_quotes};
use super::{labels, markers, Reader};
use crate::document::{Document, Entry, Marker, MarkerKind, NoteKind, PageRef, ReaderNote, Span};

impl Reader<'_> {
    /// Markers the forward pass could not tell from ordinary numbers,
    /// found again from their definitions.
    pub(super) fn recover_markers(&mut self) {
        let content: Vec<Span> = self
            .entries
            .iter()
            .flat_map(|e| e.question.iter().chain(&e.answer).copied())
            .collect();
        let missing: Vec<u32> = self
            .definitions
            .iter()
            .map(|d| d.number)
            .filter(|&n| !self.markers.seen(n))
            .collect();
        for n in missing {
            if let Some(span) = markers::find_detached(self.text, &self.markers, n, &content) {
                self.markers.insert(Marker {
                    number: n,
                    span,
                    kind: MarkerKind::Apart,
                    entry: None,
                });
            }
        }
    }
}

/// In a letter, questions printed one after another without answers and
/// then answered together ("Beantwoording van de voorgaande vragen is
/// ...", the Rekenkamer's usual form) are one entry with the numbers of
/// all. A committee's list answers every question, and keeps its
/// `structure/empty-answer`.
pub(super) fn join_unanswered_runs(entries: &mut Vec<Entry>, labelled: &BTreeSet<usize>) {
    let mut out: Vec<Entry> = Vec::with_capacity(entries.len());
    let mut run: Vec<Entry> = Vec::new();
    for e in entries.drain(..) {
        let unanswered = e.answer.is_empty() && !labelled.contains(&e.number_span.start);
        if unanswered {
            run.push(e);
            continue;
        }
        let mut e = e;
        if let Some(first) = run.first() {
            let mut numbers: Vec<u32> = run.iter().flat_map(|r| r.numbers.clone()).collect();
            numbers.append(&mut e.numbers);
            let mut question: Vec<Span> = run.iter().flat_map(|r| r.question.clone()).collect();
            question.append(&mut e.question);
            let mut refs: Vec<PageRef> = run.iter().flat_map(|r| r.page_refs.clone()).collect();
            refs.append(&mut e.page_refs);
            e.number_span = first.number_span;
            e.span = first.span.cover(e.span);
            e.numbers = numbers;
            e.question = question;
            e.page_refs = refs;
            run.clear();
        }
        out.push(e);
    }
    out.append(&mut run);
    *entries = out;
}

/// A note when the document stops inside an answer: its last text is the
/// last entry's and ends in the middle of a sentence (a text export cut
/// off).
pub(super) fn truncation(text: &str, doc: &Document) -> Option<ReaderNote> {
    let entry = doc.entries.last()?;
    let last = *entry.answer.last().or(entry.question.last())?;
    let after = doc
        .definitions
        .iter()
        .map(|d| d.span.end)
        .chain(doc.furniture.iter().map(|f| f.span.end))
        .any(|end| end > last.end);
    let t = strip_trailing_quotes(last.text(text).trim_end());
    let last_word = t.rsplit(char::is_whitespace).next().unwrap_or("");
    let url = last_word.contains("://") || last_word.starts_with("www.");
    // A word cut off is lower case ("betre", "evaluat"); "XXX" or a name
    // at the end is no cut.
    let open = !url
        && (t.ends_with(',')
            || last_word
                .chars()
                .all(|c| c.is_alphabetic() && c.is_lowercase()));
    if !doc.line_breaks_lost || after || !open || !text[last.end..].trim().is_empty() {
        return None;
    }
    let word = lines::last_words(text, last);
    Some(ReaderNote {
        kind: NoteKind::Truncated,
        span: word,
        message: crate::document::says::ENDS_INSIDE
            .say(&[("numbers", &labels::join_numbers(&entry.numbers))]),
    })
}
