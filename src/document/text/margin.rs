//! The margin layout of a nota naar aanleiding van het verslag: the
//! question's number on a line of its own ("12", "8 en 9"), the question,
//! then "Antwoord". A number printed at a page's foot has its question on
//! the next page, past the footnote block and the footer.

use super::labels::{is_answer_label, label_numbers, MARGIN, VRAAG};
use super::lines::{trimmed, LONE_NUMBERS};
use super::Reader;

/// How far after a margin number its answer label may stand.
const ANSWER_WITHIN: usize = 120;

impl Reader<'_> {
    /// The longest run of margin numbers (or "Vraag N" labels) in sequence
    /// each of which is answered under an "Antwoord" label.
    pub(super) fn margin_run(&self) -> usize {
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

    /// A margin number that opens the next question: in sequence, or a
    /// little ahead of it where its answer label follows.
    pub(super) fn margin_number(&mut self, i: usize) -> bool {
        let Some(numbers) = self.margin_start(i) else {
            return false;
        };
        let first = numbers[0];
        let ahead = first > self.expected && first <= self.expected + 3;
        let start =
            self.entries.is_empty() && self.open.is_none() && self.question_below(i) == Some(i + 1);
        // Out of sequence (a renumbered question): only with the question
        // right under the number and its answer label ahead.
        let direct = self.question_below(i) == Some(i + 1);
        if !(first == self.expected || ((ahead || start || direct) && self.answer_ahead(i))) {
            return false;
        }
        let span = trimmed(self.text, self.lines[i].span);
        self.open_entry(numbers, span);
        true
    }
}
