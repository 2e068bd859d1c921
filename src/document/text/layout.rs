//! Choosing the layout of the entries by evidence, and recognising an
//! entry's start in each layout. The strongest evidence is numbering that
//! runs 1, 2, 3, ...: every layout's candidate starts are counted as the
//! longest run in sequence, and the layout with the longest run wins.
//!
//! The layouts:
//! - numbered inline ("1 Kan worden ...?"), with a dot ("1. Kan ...?"), or a
//!   bare number on a line of its own before the question: the
//!   committee's lists as the PDF and the websites print them;
//! - labelled ("Vraag 1" ... "Antwoord 1"): answers to Kamervragen in the
//!   Aanhangsel, web pages, and letters;
//! - margin ("12" on a line of its own, the question, "Antwoord"): the nota
//!   naar aanleiding van het verslag.

use super::furniture::HEADER_END;
use super::labels::{is_answer_label, label_numbers, MARGIN, VRAAG};
use super::lines::{
    ends_sentence, numbered_line, strip_trailing_ref, trimmed, LONE_NUMBERS, TRAILING_REF,
};
use super::{Prev, Reader};
use crate::document::{Layout, PageRef, Span};

/// How far after a margin number its answer label may stand.
const ANSWER_WITHIN: usize = 120;

impl Reader<'_> {
    /// Picks the entry layout with the longest run of consecutive numbers,
    /// and says why.
    pub(super) fn detect_layout(&self) -> (Layout, String) {
        let mut runs: Vec<(Layout, usize)> = vec![
            (Layout::Labelled, self.labelled_run()),
            (Layout::Margin, self.margin_run()),
        ];
        for layout in [
            Layout::NumberedInline,
            Layout::NumberedDot,
            Layout::BareNumber,
        ] {
            let mut expected = 1u32;
            let mut run = 0usize;
            for i in 0..self.lines.len() {
                if let Some((n, _, _)) = self.numbered_start(i, layout) {
                    if n == expected && self.looks_like_question(i, layout) {
                        expected += 1;
                        run += 1;
                    }
                }
            }
            runs.push((layout, run));
        }
        // The first of the longest runs: labels are the clearest evidence,
        // then margin numbers with their answer labels.
        let mut best = (Layout::None, 0usize);
        for &(layout, run) in &runs {
            if run > best.1 {
                best = (layout, run);
            }
        }
        let others = runs
            .iter()
            .filter(|(l, _)| *l != best.0)
            .map(|(l, r)| format!("{} {r}", l.name()))
            .collect::<Vec<_>>()
            .join(", ");
        let why = if best.0 == Layout::None {
            format!("no numbering in sequence was found (longest runs: {others})")
        } else {
            format!(
                "{} questions in sequence as {} (other layouts: {others})",
                best.1,
                best.0.describe()
            )
        };
        (best.0, why)
    }

    /// The longest run of "Vraag N" labels in sequence.
    fn labelled_run(&self) -> usize {
        let mut run = 0usize;
        let mut expected: Option<u32> = None;
        for i in 0..self.lines.len() {
            let Some(caps) = VRAAG.captures(self.line_text(i)) else {
                continue;
            };
            let numbers = caps
                .get(1)
                .map(|m| label_numbers(m.as_str()))
                .unwrap_or_default();
            let (Some(&first), Some(&last)) = (numbers.first(), numbers.last()) else {
                continue;
            };
            if expected.is_none_or(|e| e == first) {
                run += numbers.len();
                expected = Some(last + 1);
            }
        }
        run
    }

    /// The longest run of margin numbers (or "Vraag N" labels) in sequence
    /// each of which is answered under an "Antwoord" label.
    fn margin_run(&self) -> usize {
        let mut run = 0usize;
        let mut expected: Option<u32> = None;
        for i in 0..self.lines.len() {
            let Some(numbers) = self.margin_start(i) else {
                continue;
            };
            let (Some(&first), Some(&last)) = (numbers.first(), numbers.last()) else {
                continue;
            };
            // A list may start at any number, with its question right under it.
            let fits = match expected {
                Some(e) => first == e,
                None => first == 1 || self.question_below(i) == Some(i + 1),
            };
            if fits && self.answer_ahead(i) {
                run += numbers.len();
                expected = Some(last + 1);
            }
        }
        run
    }

    /// A margin number ("12", "8 en 9") with the question right under it,
    /// or a "Vraag N" label on a line of its own: the numbers.
    pub(super) fn margin_start(&self, i: usize) -> Option<Vec<u32>> {
        let t = self.line_text(i);
        let caps = MARGIN
            .captures(t)
            .or_else(|| VRAAG.captures(t).filter(|c| c.get(2).is_none()))?;
        let numbers = label_numbers(caps.get(1)?.as_str());
        let next = self.line_text(self.question_below(i)?).trim_start();
        let first = next.chars().next()?;
        if !(first.is_uppercase() || "‘'“\"(«".contains(first)) || LONE_NUMBERS.is_match(next)
        {
            return None;
        }
        (!numbers.is_empty() && numbers.iter().all(|&n| n > 0)).then_some(numbers)
    }

    /// The line where the question of a margin number at line `i` begins:
    /// the next line, or, for a number printed at a page's foot, the first
    /// line of the next page, past the footnote block and the footer.
    pub(super) fn question_below(&self, i: usize) -> Option<usize> {
        let next = i + 1;
        if !self.is_blank(next) && !LONE_NUMBERS.is_match(self.line_text(next)) {
            return (next < self.lines.len()).then_some(next);
        }
        let footer = (next..self.lines.len().min(next + 40)).find(|&j| self.is_page_footer(j))?;
        let mut j = footer + 1;
        while j < self.lines.len() && (self.is_blank(j) || LONE_NUMBERS.is_match(self.line_text(j)))
        {
            j += 1;
        }
        (j < self.lines.len()).then_some(j)
    }

    /// Whether an answer label follows line `i` before the next margin number.
    pub(super) fn answer_ahead(&self, i: usize) -> bool {
        for j in i + 1..self.lines.len().min(i + ANSWER_WITHIN) {
            let t = self.line_text(j);
            if is_answer_label(t) && !VRAAG.is_match(t) {
                return true;
            }
            if self.margin_start(j).is_some() {
                return false;
            }
        }
        false
    }

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
