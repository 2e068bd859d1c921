//! The sentence around a place in the text, for the names rules: what
//! stands around a name says whether it is quoted or of another time
//! ([`super::scan`]).

use crate::document::Span;

/// The sentence around `span`: back to the last sentence end (". ", "? ",
/// a blank line), forward to the next, at most 600 bytes each way.
pub fn sentence_around(text: &str, span: Span) -> Span {
    let start = reach_back(text, span.start);
    let mut end = (span.end + REACH).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let from = sentence_start(text, start, span.start);
    // The first sentence end after the span, one byte into it.
    let to = text.as_bytes()[span.end..end]
        .windows(2)
        .position(|w| sentence_end(w[0], w[1]))
        .map_or(end, |i| span.end + i + 1);
    Span::new(from, to.max(span.end))
}

/// How far [`sentence_around`] looks each way, in bytes.
const REACH: usize = 600;

/// The first character boundary at most [`REACH`] bytes before `at`.
pub(super) fn reach_back(text: &str, at: usize) -> usize {
    let mut start = at.saturating_sub(REACH);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    start
}

/// Whether the bytes `a`, `b` end a sentence: ". ", "? ", "! ", ".\n",
/// "?\n", "!\n" or a blank line. The ends are found by one scan of the
/// bytes, where a search for each of the seven cost two per cent of a
/// whole run (every name use looks for its sentence).
fn sentence_end(a: u8, b: u8) -> bool {
    matches!((a, b), (b'.' | b'?' | b'!', b' ' | b'\n') | (b'\n', b'\n'))
}

/// Where the sentence that holds `at` starts: after the last sentence end
/// in `text[from..at]`, else at `from`.
pub(super) fn sentence_start(text: &str, from: usize, at: usize) -> usize {
    text.as_bytes()[from..at]
        .windows(2)
        .rposition(|w| sentence_end(w[0], w[1]))
        .map_or(from, |i| from + i + 2)
}
