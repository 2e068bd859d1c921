//! Labels that open questions and answers: "Vraag 12", "Vraag 3, 4 en 5",
//! "Antwoord", "Antwoord 5 en 6", "Antwoord op vraag 1:", and the
//! "Mededeling" that stands in for the answers when they follow later.

use std::sync::LazyLock;

use regex::Regex;

use super::{Open, Reader};
use crate::document::{NoteKind, ReaderNote, Span};

/// The numbers of a label: "12", "12 en 13", "12 t/m 14", "3, 4, 5 en 6",
/// and "7, 8, 9 10 en 11" with its comma missing (ah-tk-20232024-2367).
const NUMBERS: &str = r"[0-9]{1,4}(?:(?:\s*(?:,|en|t/m|&|-)\s*|\s+)[0-9]{1,4})*";

/// "Vraag 12", "Vraag 12 en 13", "Vragen 12 t/m 14:", "Vraag 1 Wat ...".
pub(super) static VRAAG: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(&format!(
        r"^\s*(?:Vraag|VRAAG|Vragen|VRAGEN)\s+\.?({NUMBERS})\s*[:.)]?(?:\s+(\S.*))?\s*$"
    ))
});
/// "Antwoord", "Antwoord 12", "Antwoord op vraag 12:", "Antwoord op vragen 12 en 13".
pub(super) static ANTWOORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(&format!(
        r"^\s*(?:Antwoord|ANTWOORD)(?:\s+(?i:op\s+(?:de\s+)?vra(?:ag|gen)))?(?:\s+({NUMBERS}))?\s*[:.)]?(?:\s+(\S.*))?\s*$"
    ))
});
/// A question number in the margin, on a line of its own: "12", "8 en 9",
/// "5, 6 en 7" (the nota naar aanleiding van het verslag).
pub(super) static MARGIN: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"^\s*([0-9]{1,3}(?:\s*(?:,|en|t/m|&)\s*[0-9]{1,3})*)\s*$")
});
/// The heading over a letter's answers: "Antwoorden Algemene Rekenkamer
/// bij vragen van de Tweede Kamer over ...", "Antwoord ... bij de vraag
/// van de Tweede Kamer".
static LETTER_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)^(?:[0-9]{1,2}/[0-9]{1,2}\s+)?Antwoord(?:en)?\b.{0,60}\bbij\s+(?:de\s+)?vra(?:ag|gen)\b.{0,20}\bTweede Kamer",
    )
});
static NUMBER_LIST: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"[0-9]{1,4}|t/m|-"));

/// Question numbers of a label: "12 en 13" → [12, 13]; "12 t/m 14" → [12, 13, 14].
pub(super) fn label_numbers(s: &str) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    let mut range = false;
    for m in NUMBER_LIST.find_iter(s) {
        match m.as_str() {
            "t/m" | "-" => range = true,
            d => {
                let Ok(n) = d.parse::<u32>() else { continue };
                if range {
                    if let Some(&from) = out.last() {
                        if n > from && n - from <= 50 {
                            out.extend(from + 1..=n);
                        }
                    }
                    range = false;
                } else {
                    out.push(n);
                }
            }
        }
    }
    out
}

/// Whether `t` is an answer label that stands alone: "Antwoord",
/// "Antwoord:", "Antwoord 12", "Antwoord op vraag 12:". "Antwoorden zijn
/// ..." and "Antwoord van Minister ..." are prose.
pub(super) fn is_answer_label(t: &str) -> bool {
    let Some(caps) = ANTWOORD.captures(t) else {
        return false;
    };
    let has_number = caps.get(1).is_some();
    let bare = t.trim().eq_ignore_ascii_case("antwoord") || t.trim_end().ends_with(':');
    has_number || bare || caps.get(2).is_none()
}

/// "5 en 6" (in English "5 and 6"), for the reader's notes.
pub(super) fn join_numbers(n: &[u32]) -> String {
    n.iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(crate::document::says::AND.text())
}

impl Reader<'_> {
    /// "Vraag N" opens an entry; returns true if the line was one.
    pub(super) fn question_label(&mut self, i: usize) -> bool {
        let span = self.lines[i].span;
        let s = span.text(self.text);
        let Some(caps) = VRAAG.captures(s) else {
            return false;
        };
        let Some(nums) = caps.get(1) else {
            return false;
        };
        let numbers = label_numbers(nums.as_str());
        if numbers.is_empty() {
            return false;
        }
        let number_span = Span::new(span.start + nums.start(), span.start + nums.end());
        if numbers[0] == 1 && (self.open.is_some() || !self.entries.is_empty()) {
            self.section_heading(i);
        }
        self.open_entry(numbers, number_span);
        if let Some(rest) = caps.get(2) {
            self.content(Span::new(
                span.start + rest.start(),
                span.start + rest.end(),
            ));
        }
        true
    }

    /// A letter that answers one question, unnumbered: "Vraag" alone on
    /// its line, or the first paragraph under the heading of the answers,
    /// when it asks (ends in a question mark within a few lines).
    pub(super) fn single_start(&self) -> Option<usize> {
        let n = self.lines.len();
        if let Some(i) = (0..n).find(|&i| {
            let t = self.line_text(i).trim().trim_end_matches(':');
            t == "Vraag" || t == "VRAAG"
        }) {
            return Some(i);
        }
        let heading = (0..n).find(|&i| LETTER_HEADING.is_match(self.line_text(i).trim()))?;
        let start = (heading + 1..n.min(heading + 4)).find(|&j| self.lines[j].gap_before)?;
        let asks = (start..n.min(start + 6))
            .any(|j| super::lines::strip_page_note(self.line_text(j).trim_end()).ends_with('?'));
        asks.then_some(start)
    }

    /// Opens the one question of a letter (see [`Reader::single_start`]).
    pub(super) fn single_question(&mut self, i: usize) -> bool {
        if self.single != Some(i) || self.open.is_some() {
            return false;
        }
        let span = super::lines::trimmed(self.text, self.lines[i].span);
        let label = self.line_text(i).trim().trim_end_matches(':');
        if label.eq_ignore_ascii_case("vraag") {
            self.open_entry(vec![1], span);
            return true;
        }
        // The question's first line is content; its first word stands for the number.
        self.open_entry(vec![1], super::lines::first_words(self.text, span));
        self.content(span);
        true
    }

    /// "Vraag 1" again, right under a heading ("Vragen over het
    /// Deltafonds (J)"): the numbering starts a new section, and the
    /// heading is no part of the answer above it.
    fn section_heading(&mut self, i: usize) {
        let Some(prev) = (0..i).rev().find(|&j| !self.is_blank(j)) else {
            return;
        };
        let t = self.line_text(prev).trim();
        let heading = t.chars().count() < 80
            && t.starts_with(char::is_uppercase)
            && !super::lines::ends_sentence(t)
            && !t.ends_with(',');
        let span = super::lines::trimmed(self.text, self.lines[prev].span);
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let lines = if open.labelled_answer || !open.answer.is_empty() {
            &mut open.answer
        } else {
            &mut open.question
        };
        if !heading || lines.last() != Some(&span) {
            return;
        }
        lines.pop();
        self.furniture.push(crate::document::Furniture {
            kind: crate::document::FurnitureKind::Heading,
            span,
        });
        self.close_entry();
        self.section += 1;
    }

    /// "Antwoord ..." under an open entry; returns true if the line was
    /// one. Two questions printed apart and answered together ("Vraag 5",
    /// "Vraag 6", "Antwoord 5 en 6") become one entry; a second label under
    /// one number means a question whose number was not printed.
    pub(super) fn answer_label(&mut self, i: usize) -> bool {
        let span = self.lines[i].span;
        let s = span.text(self.text);
        if self.open.is_none() || !is_answer_label(s) {
            return false;
        }
        let Some(caps) = ANTWOORD.captures(s) else {
            return false;
        };
        let numbers = caps
            .get(1)
            .map(|m| label_numbers(m.as_str()))
            .unwrap_or_default();
        if self.open.as_ref().is_some_and(|o| o.labelled_answer) {
            self.unnumbered_question();
        }
        if !numbers.is_empty() {
            self.join_unanswered(&numbers);
        }
        let Some(open) = self.open.as_mut() else {
            return false;
        };
        if let Some(nums) = caps.get(1) {
            if !numbers.is_empty() && numbers != open.numbers {
                let label = Span::new(span.start + nums.start(), span.start + nums.end());
                self.notes.push(ReaderNote {
                    kind: NoteKind::UncertainEntry,
                    span: label,
                    message: crate::document::says::ANSWER_UNDER.say(&[
                        ("numbers", &join_numbers(&numbers)),
                        ("open", &join_numbers(&open.numbers)),
                    ]),
                });
            }
        }
        open.labelled_answer = true;
        if let Some(rest) = caps.get(2) {
            let rest = Span::new(span.start + rest.start(), span.start + rest.end());
            open.answer.push(rest);
            self.markers.scan(self.text, rest, &mut self.notes);
        }
        true
    }

    /// "Antwoord 5 en 6" under question 6, where question 5 stood just
    /// before without an answer: the entries are one.
    fn join_unanswered(&mut self, numbers: &[u32]) {
        let Some(open) = self.open.as_ref() else {
            return;
        };
        if !open.numbers.iter().all(|n| numbers.contains(n)) || open.numbers == numbers {
            return;
        }
        let mut taken = Vec::new();
        while let Some(last) = self.entries.last() {
            let unanswered = !self.labelled.contains(&last.number_span.start);
            let wanted = last.numbers.iter().all(|n| numbers.contains(n));
            if !(unanswered && wanted) {
                break;
            }
            taken.extend(self.entries.pop());
        }
        let Some(open) = self.open.as_mut() else {
            return;
        };
        for e in taken {
            // Earlier entries first.
            let mut question = e.question;
            question.extend(e.answer);
            question.append(&mut open.question);
            open.question = question;
            let mut nums = e.numbers;
            nums.append(&mut open.numbers);
            open.numbers = nums;
            open.number_span = e.number_span;
            open.start = e.span.start;
            let mut refs = e.page_refs;
            refs.append(&mut open.page_refs);
            open.page_refs = refs;
        }
    }

    /// A second answer label in one entry: the text between the first
    /// answer and this label holds a question whose number was not printed
    /// (the nota's question 77). It starts at the last paragraph of that
    /// text; it is read as the next number, with a note.
    fn unnumbered_question(&mut self) {
        let Some(open) = self.open.as_ref() else {
            return;
        };
        let text = self.text;
        let answer = &open.answer;
        let starts_paragraph = |k: usize| {
            let prev = answer[k - 1].text(text).trim_end();
            let this = answer[k].text(text).trim_start();
            super::lines::ends_sentence(prev)
                && (prev.chars().count() < 60 || this.starts_with("De leden"))
                && this.starts_with(char::is_uppercase)
        };
        let Some(k) = (1..answer.len()).rev().find(|&k| starts_paragraph(k)) else {
            return;
        };
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let question = open.answer.split_off(k);
        let n = open.numbers.iter().max().copied().unwrap_or(0) + 1;
        let first = question[0];
        let number_span = super::lines::first_words(text, first);
        self.notes.push(ReaderNote {
            kind: NoteKind::UnnumberedQuestion,
            span: number_span,
            message: crate::document::says::NO_NUMBER.say(&[("n", &n), ("previous", &(n - 1))]),
        });
        self.open_entry(vec![n], number_span);
        if let Some(open) = self.open.as_mut() {
            open.start = first.start;
            open.question = question;
        }
    }

    /// "Mededeling" after the questions: the answers follow later (a
    /// Mededeling in the Aanhangsel). The text after it is the notice.
    pub(super) fn notice_label(&mut self, i: usize) -> bool {
        let t = self.line_text(i).trim().trim_end_matches(':');
        if !t.eq_ignore_ascii_case("mededeling") || self.open.is_none() {
            return false;
        }
        self.close_entry();
        self.notice = Some(Vec::new());
        self.notice_label = Some(super::lines::trimmed(self.text, self.lines[i].span));
        true
    }
}

impl Open {
    pub(super) fn new(numbers: Vec<u32>, number_span: Span) -> Open {
        Open {
            numbers,
            number_span,
            start: number_span.start,
            question: Vec::new(),
            answer: Vec::new(),
            labelled_answer: false,
            page_refs: Vec::new(),
            suffix: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::join_numbers;
    use crate::lang::{scoped, Lang};

    #[test]
    fn numbers_are_joined_in_the_language_of_the_note() {
        assert_eq!(scoped(Lang::Nl, || join_numbers(&[5, 6])), "5 en 6");
        assert_eq!(scoped(Lang::En, || join_numbers(&[5, 6])), "5 and 6");
        assert_eq!(scoped(Lang::En, || join_numbers(&[7])), "7");
    }
}
