//! The numbered layouts: "1 Kan worden ...?" (the committee's list as
//! published), "1. Kan worden ...?", and a bare number on a line of its
//! own before the question. An entry starts where the number is in
//! sequence and what follows reads as a question.

use super::furniture::HEADER_END;
use super::lines::{
    ends_sentence, lettered_line, numbered_line, strip_trailing_ref, trimmed, LONE_NUMBERS,
    TRAILING_REF,
};
use super::{Prev, Reader};
use crate::document::{Layout, PageRef, Span};

/// The start of an entry: its number, the number's span, and the text
/// after it on the line.
pub(super) type EntryStart = (u32, Span, Option<Span>);

impl Reader<'_> {
    /// For the numbered layouts: the number, its span and the span of the
    /// text after it, if line `i` has the shape of an entry start.
    pub(super) fn numbered_start(
        &self,
        i: usize,
        layout: Layout,
    ) -> Option<(u32, Span, Option<Span>)> {
        let line = self.lines.get(i)?;
        let s = line.span.text(self.text);
        let found = numbered_line(s)?;
        let n: u32 = s[found.number.clone()].parse().ok()?;
        let dot = found.dot;
        let rest = found.rest.map(|r| (r.start, &s[r]));
        let number_span = Span::new(
            line.span.start + found.number.start,
            line.span.start + found.number.end,
        );
        match layout {
            Layout::NumberedInline if !dot => {
                let (at, rest) = rest?;
                let first = rest.chars().next()?;
                if !(first.is_uppercase() || "‘'“\"(".contains(first)) || looks_like_table_row(rest)
                {
                    return None;
                }
                Some((
                    n,
                    number_span,
                    Some(Span::new(line.span.start + at, line.span.end)),
                ))
            }
            Layout::NumberedDot if dot => {
                let (at, rest) = rest?;
                let first = rest.chars().next()?;
                if !(first.is_uppercase() || "‘'“\"(".contains(first)) {
                    return None;
                }
                Some((
                    n,
                    number_span,
                    Some(Span::new(line.span.start + at, line.span.end)),
                ))
            }
            Layout::BareNumber if rest.is_none() && !dot => {
                // The question follows on the next non-blank line.
                let next = (i + 1..self.lines.len().min(i + 3)).find(|&j| !self.is_blank(j))?;
                let t = self.line_text(next).trim_start();
                let first = t.chars().next()?;
                if !first.is_uppercase() || LONE_NUMBERS.is_match(t) {
                    return None;
                }
                Some((n, number_span, None))
            }
            _ => None,
        }
    }

    /// Whether the text from line `i` on reads as a question: a question
    /// mark before the first sentence that ends in a full stop.
    pub(super) fn looks_like_question(&self, i: usize, layout: Layout) -> bool {
        let mut seen = 0;
        let mut j = i;
        while j < self.lines.len() && seen < 12 {
            let t = self.line_text(j).trim();
            if j > i {
                if t.is_empty() || LONE_NUMBERS.is_match(t) || HEADER_END.is_match(t) {
                    j += 1;
                    continue;
                }
                if self.numbered_start(j, layout).is_some() && !self.could_be_definition(j) {
                    return false;
                }
                if self.could_be_definition(j) {
                    j += 1;
                    continue;
                }
            }
            let t = strip_trailing_ref(t);
            if t.contains('?') {
                return true;
            }
            if ends_sentence(t) && j > i {
                return false;
            }
            seen += 1;
            j += 1;
        }
        false
    }

    /// Decides whether line `i` starts an entry in a numbered layout.
    pub(super) fn accept_numbered(
        &self,
        i: usize,
        blank_before: bool,
    ) -> Option<(u32, Span, Option<Span>)> {
        let Some((n, number_span, rest)) = self.numbered_start(i, self.layout) else {
            return self.dot_missing(i, blank_before);
        };
        let question = self.looks_like_question(i, self.layout);
        let context = blank_before
            || matches!(self.prev, Prev::Start | Prev::Furniture | Prev::Definition)
            || self.last_content_ends_sentence();
        if n == self.expected {
            // A footnote definition with the same number as the next
            // question: the question reads as a question.
            if self.could_be_definition(i) && !question {
                return None;
            }
            // Inside a block of footnote definitions, a number line that
            // does not read as a question is a definition.
            if question || (context && !self.in_definition) {
                return Some((n, number_span, rest));
            }
            return None;
        }
        // Out of sequence: only a line that clearly is a question.
        if n == 0 || !(question && context) || self.could_be_definition(i) || self.in_definition {
            return None;
        }
        if self.entries.is_empty() && self.open.is_none() && n > 1 {
            // A list may start at any number, but the first entry must be
            // followed by the next number somewhere.
            return Some((n, number_span, rest));
        }
        Some((n, number_span, rest))
    }

    /// "12a Kunt u ...?" after question 12 (or 12a, 12b after 12a): a
    /// question inserted in a draft in progress, in the numbered layouts.
    /// Only where the number is the one just read, the text reads as a
    /// question and the line starts a paragraph or follows a sentence's
    /// end; the letter does not move the numbering on.
    pub(super) fn accept_lettered(
        &self,
        i: usize,
        blank_before: bool,
    ) -> Option<(EntryStart, char)> {
        if !matches!(self.layout, Layout::NumberedInline | Layout::NumberedDot) {
            return None;
        }
        let line = self.lines.get(i)?;
        let s = line.span.text(self.text);
        let (found, letter) = lettered_line(s)?;
        let n: u32 = s[found.number.clone()].parse().ok()?;
        let previous = self.open.as_ref().and_then(|o| o.numbers.last().copied());
        if n == 0 || n + 1 != self.expected || previous != Some(n) {
            return None;
        }
        if found.dot != (self.layout == Layout::NumberedDot) {
            return None;
        }
        let rest = found.rest?;
        let first = s[rest.clone()].chars().next()?;
        if !(first.is_uppercase() || "‘'“\"(".contains(first)) {
            return None;
        }
        let context = blank_before || self.last_content_ends_sentence();
        if !context || !self.looks_like_question(i, self.layout) {
            return None;
        }
        let number_span = Span::new(
            line.span.start + found.number.start,
            line.span.start + found.number.end + letter.len_utf8(),
        );
        let rest = Span::new(line.span.start + rest.start, line.span.end);
        Some(((n, number_span, Some(rest)), letter))
    }

    /// In a "1." list, the next question with its full stop missing ("4
    /// Welke kosten ...?" among "3." and "5."): in sequence, after a
    /// paragraph gap, reading as a question.
    fn dot_missing(&self, i: usize, blank_before: bool) -> Option<(u32, Span, Option<Span>)> {
        if self.layout != Layout::NumberedDot || !blank_before {
            return None;
        }
        let (n, number_span, rest) = self.numbered_start(i, Layout::NumberedInline)?;
        (n == self.expected && self.looks_like_question(i, Layout::NumberedInline)).then_some((
            n,
            number_span,
            rest,
        ))
    }

    pub(super) fn last_content_ends_sentence(&self) -> bool {
        let last = self
            .open
            .as_ref()
            .and_then(|o| o.answer.last().or(o.question.last()))
            .or(self.front.last());
        match last {
            Some(span) => ends_sentence(span.text(self.text)),
            None => true,
        }
    }

    /// Strips a page reference glued to the end of a question's first line
    /// ("... betrokken raken bij 7"), recognisable because the question
    /// continues on a line that starts with a space.
    pub(super) fn strip_page_ref(&mut self, i: usize, rest: Span) -> Span {
        let s = rest.text(self.text);
        let Some(next) = self.lines.get(i + 1) else {
            return rest;
        };
        let next_text = next.span.text(self.text);
        if !next_text.starts_with(char::is_whitespace) || next_text.trim().is_empty() {
            return rest;
        }
        let Some(caps) = TRAILING_REF.captures(s) else {
            return rest;
        };
        let Some(m) = caps.get(1) else { return rest };
        let Ok(v) = m.as_str().parse::<u32>() else {
            return rest;
        };
        let ref_span = Span::new(rest.start + m.start(), rest.start + m.end());
        if let Some(open) = self.open.as_mut() {
            open.page_refs.push(PageRef {
                values: vec![v],
                span: ref_span,
            });
        }
        trimmed(self.text, Span::new(rest.start, ref_span.start))
    }
}

/// A short line with another standalone number in it ("België 2 VS",
/// "Italië 6 Frankrijk"): a row of a ranking table, not a question.
fn looks_like_table_row(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    words.len() <= 5 && words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
}
