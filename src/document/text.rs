//! The plain-text reader: answer lists as typed, or as extracted from the
//! published PDF (the layout of `corpus/36180-164-*.txt`).
//!
//! The reader works line by line in one forward pass. Every line is one of:
//! page furniture (running headers, lone page-reference numbers, the column
//! head), the start of an entry, a footnote definition or its continuation,
//! or content of the current entry. Footnote markers are found in content
//! lines during the same pass, because whether "3 UN Comtrade ..." is a
//! footnote definition depends on whether marker 3 has been seen above it.

use std::sync::{Arc, LazyLock};

use regex::Regex;

use super::*;

mod markers;
mod meta;
mod tables;

/// Reads `bytes` as a plain-text answer list. Never fails: text that is
/// not UTF-8 is decoded as well as it can be, with a note
/// ([`super::encoding`]), and a text without entries gives a document
/// without entries.
pub fn read(path: &str, bytes: &[u8]) -> Document {
    let mut notes = Vec::new();
    let decoded = super::encoding::decode(bytes);
    let text: Arc<str> = decoded.text.into();
    if let Some((at, message)) = decoded.note {
        let at = at.min(text.len());
        let end = text
            .get(at..)
            .and_then(|t| t.chars().next())
            .map_or(at, |c| at + c.len_utf8());
        notes.push(ReaderNote {
            kind: NoteKind::InvalidEncoding,
            span: Span::new(at, end),
            message,
        });
    } else if let Some(at) = text.find('\u{fffd}') {
        // Valid text that carries U+FFFD was damaged by an earlier
        // conversion: say so once, at the first one.
        notes.push(ReaderNote {
            kind: NoteKind::InvalidEncoding,
            span: Span::new(at, at + '\u{fffd}'.len_utf8()),
            message: "the text contains a replacement character (U+FFFD): a character was lost in an earlier conversion".to_string(),
        });
    }
    let lines = LineIndex::new(&text);
    let mut reader = Reader::new(&text, &lines);
    reader.notes = notes;
    reader.run();
    reader.finish(path, text.clone(), lines.clone())
}

/// One physical line: its span without the line terminator.
#[derive(Debug, Clone, Copy)]
struct Line {
    span: Span,
}

/// Characters that take no room on the page.
const ZERO_WIDTH: &[char] = &['\u{feff}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}'];

fn split_lines(text: &str, index: &LineIndex) -> Vec<Line> {
    let mut out = Vec::with_capacity(index.line_count());
    for i in 0..index.line_count() {
        let start = index.line_start(i);
        let mut end = if i + 1 < index.line_count() {
            index.line_start(i + 1)
        } else {
            text.len()
        };
        let bytes = text.as_bytes();
        while end > start && (bytes[end - 1] == b'\n' || bytes[end - 1] == b'\r') {
            end -= 1;
        }
        // Zero-width characters in front of a line (a byte-order mark, a
        // zero-width space pasted from a web page) are no content:
        // "\u{200b}1 Vraag?" starts an entry. Columns still count them.
        let mut start = start;
        while let Some(c) = text
            .get(start..end)
            .and_then(|t| t.chars().next())
            .filter(|c| ZERO_WIDTH.contains(c))
        {
            start += c.len_utf8();
        }
        out.push(Line {
            span: Span::new(start.min(end), end),
        });
    }
    out
}

pub(crate) fn trimmed_span(text: &str, span: Span) -> Span {
    trimmed(text, span)
}

/// The trimmed part of a line, as a span.
fn trimmed(text: &str, span: Span) -> Span {
    let s = span.text(text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

static LONE_NUMBERS: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"^\s*[0-9]{1,4}(?:\s+[0-9]{1,4}){0,2}\s*$"));
static HEADER_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"\([0-9]{3,6}(?:[- ][0-9A-Z]{1,8})?\)\s+[0-9]{1,4}\s*/\s*[0-9]{1,4}\s*$")
});
static COLUMN_HEADER: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"^\s*Nr\.?\s+Vraag\b.*\b(?:Bijlage|Blz)"));
/// A line that opens with a number, read by hand: these two shapes are
/// tried on every line, and as regexes (with captures) they were the
/// reader's largest cost. Each reads exactly what the regex in its comment
/// would.
#[derive(Debug, Clone, PartialEq, Eq)]
struct NumberedLine {
    /// The digits.
    number: std::ops::Range<usize>,
    /// Whether a full stop follows the digits.
    dot: bool,
    /// The text after the number and its separator.
    rest: Option<std::ops::Range<usize>>,
}

/// `^\s?(\d{1,max})`: the digits at the start of `s`, after at most one
/// whitespace character. (The regex's `\d` also takes other scripts'
/// digits, which no caller could parse; a line with one is no match in
/// both.)
fn leading_number(s: &str, max: usize) -> Option<std::ops::Range<usize>> {
    let start = s
        .chars()
        .next()
        .filter(|c| c.is_whitespace())
        .map_or(0, char::len_utf8);
    let digits = s[start..].bytes().take_while(u8::is_ascii_digit).count();
    (1..=max).contains(&digits).then_some(start..start + digits)
}

/// `(?:\s+(\S.*))?$` from byte `at`: `Some(None)` at the end of `s`,
/// `Some(Some(text))` for whitespace and then text (to the end, without a
/// line break), `None` otherwise.
fn spaced_rest(s: &str, at: usize) -> Option<Option<std::ops::Range<usize>>> {
    let tail = s.get(at..)?;
    if tail.is_empty() {
        return Some(None);
    }
    if !tail.starts_with(char::is_whitespace) {
        return None;
    }
    let text = tail.trim_start();
    if text.is_empty() || text.contains('\n') {
        return None;
    }
    Some(Some(s.len() - text.len()..s.len()))
}

/// "12 Text", "12. Text", "12": `^\s?(\d{1,4})(\.?)(?:\s+(\S.*))?$`.
fn numbered_line(s: &str) -> Option<NumberedLine> {
    let number = leading_number(s, 4)?;
    let dot = s[number.end..].starts_with('.');
    let rest = spaced_rest(s, number.end + usize::from(dot))?;
    Some(NumberedLine { number, dot, rest })
}

/// "3 UN Comtrade ...", "5https://..." (a number, then a space or a
/// letter): `^\s?(\d{1,3})(?:\s+(\S.*)|([A-Za-z].*))?$`.
fn definition_line(s: &str) -> Option<NumberedLine> {
    let number = leading_number(s, 3)?;
    let tail = &s[number.end..];
    let rest = if tail.starts_with(|c: char| c.is_ascii_alphabetic()) {
        if tail.contains('\n') {
            return None;
        }
        Some(number.end..s.len())
    } else {
        spaced_rest(s, number.end)?
    };
    Some(NumberedLine {
        number,
        dot: false,
        rest,
    })
}
static TRAILING_REF: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"\s([0-9]{1,3})\s*$"));
/// "Vraag 12", "Vraag 12 en 13", "Vragen 12 t/m 14:".
static VRAAG: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"^\s*(?:Vraag|VRAAG|Vragen|VRAGEN)\s+([0-9]{1,4}(?:\s*(?:,|en|t/m|&|-)\s*[0-9]{1,4})*)\s*[:.)]?(?:\s+(\S.*))?\s*$",
    )
});
/// "Antwoord", "Antwoord 12", "Antwoord op vraag 12:", "Antwoord op vragen 12 en 13".
static ANTWOORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"^\s*(?:Antwoord|ANTWOORD)(?:\s+(?i:op\s+(?:de\s+)?vra(?:ag|gen)))?(?:\s+([0-9]{1,4}(?:\s*(?:,|en|t/m|&|-)\s*[0-9]{1,4})*))?\s*[:.)]?(?:\s+(\S.*))?\s*$",
    )
});
static NUMBER_LIST: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"[0-9]{1,4}|t/m|-"));

/// Question numbers of a label: "12 en 13" → [12, 13]; "12 t/m 14" → [12, 13, 14].
fn label_numbers(s: &str) -> Vec<u32> {
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

/// An entry while it is being read.
#[derive(Debug)]
struct Open {
    numbers: Vec<u32>,
    number_span: Span,
    start: usize,
    /// Content lines; split into question and answer when the entry closes
    /// (or already split by an "Antwoord" label).
    question: Vec<Span>,
    answer: Vec<Span>,
    labelled_answer: bool,
    page_refs: Vec<PageRef>,
}

/// What the previous non-blank line was, for deciding the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prev {
    Start,
    Furniture,
    Definition,
    Content,
}

struct Reader<'a> {
    text: &'a str,
    lines: Vec<Line>,
    layout: Layout,
    furniture: Vec<Furniture>,
    entries: Vec<Entry>,
    open: Option<Open>,
    front: Vec<Span>,
    /// Content after the column head and before the first entry.
    unplaced: Vec<Span>,
    seen_column_header: bool,
    definitions: Vec<FootnoteDef>,
    markers: markers::Markers,
    notes: Vec<ReaderNote>,
    header_first_line: Option<String>,
    /// The next question number expected.
    expected: u32,
    prev: Prev,
    prev_blank: bool,
    /// Whether the last line was a footnote definition line or its continuation.
    in_definition: bool,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, index: &LineIndex) -> Self {
        let lines = split_lines(text, index);
        let mut r = Reader {
            text,
            lines,
            layout: Layout::None,
            furniture: Vec::new(),
            entries: Vec::new(),
            open: None,
            front: Vec::new(),
            unplaced: Vec::new(),
            seen_column_header: false,
            definitions: Vec::new(),
            markers: markers::Markers::default(),
            notes: Vec::new(),
            header_first_line: None,
            expected: 1,
            prev: Prev::Start,
            prev_blank: false,
            in_definition: false,
        };
        r.layout = r.detect_layout();
        r
    }

    fn line_text(&self, i: usize) -> &'a str {
        self.lines
            .get(i)
            .map(|l| l.span.text(self.text))
            .unwrap_or("")
    }

    fn is_blank(&self, i: usize) -> bool {
        self.line_text(i).trim().is_empty()
    }

    /// Picks the entry layout with the longest run of consecutive numbers.
    fn detect_layout(&self) -> Layout {
        // Labelled: the longest run of "Vraag N" labels in sequence, counted
        // only when the document also has "Antwoord" labels.
        let mut labelled = 0usize;
        let answers = (0..self.lines.len()).any(|i| ANTWOORD.is_match(self.line_text(i)));
        if answers {
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
                    labelled += 1;
                    expected = Some(last + 1);
                }
            }
        }
        let mut best = (
            labelled,
            if labelled > 0 {
                Layout::Labelled
            } else {
                Layout::None
            },
        );
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
            if run > best.0 || (run == best.0 && run > 0 && best.1 == Layout::None) {
                best = (run, layout);
            }
        }
        best.1
    }

    /// For the numbered layouts: the number, its span and the span of the
    /// text after it, if line `i` has the shape of an entry start.
    fn numbered_start(&self, i: usize, layout: Layout) -> Option<(u32, Span, Option<Span>)> {
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
    fn looks_like_question(&self, i: usize, layout: Layout) -> bool {
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

    /// Whether line `i` could be a footnote definition given the markers
    /// seen so far (definitions follow their markers).
    fn could_be_definition(&self, i: usize) -> bool {
        let s = self.line_text(i);
        let Some(found) = definition_line(s) else {
            return false;
        };
        let Ok(n) = s[found.number].parse::<u32>() else {
            return false;
        };
        found.rest.is_some() && self.markers.seen(n)
    }

    fn run(&mut self) {
        for i in 0..self.lines.len() {
            self.line(i);
        }
        self.close_entry();
    }

    fn line(&mut self, i: usize) {
        let span = self.lines[i].span;
        let s = span.text(self.text);
        let t = s.trim();
        if t.is_empty() {
            self.prev_blank = true;
            self.in_definition = false;
            return;
        }
        let blank_before = std::mem::take(&mut self.prev_blank);

        // Page furniture.
        if self.is_header(i) {
            self.push_furniture(FurnitureKind::PageHeader, i);
            self.in_definition = false;
            return;
        }
        if COLUMN_HEADER.is_match(s) {
            self.push_furniture(FurnitureKind::ColumnHeader, i);
            self.seen_column_header = true;
            return;
        }
        let bare_start =
            self.layout == Layout::BareNumber && self.accept_numbered(i, blank_before).is_some();
        if LONE_NUMBERS.is_match(t) && !bare_start {
            // Right under a definition, the number of the next footnote on
            // its own is an empty definition, not a page reference.
            if self.in_definition && !blank_before {
                if let Some(def) = self.empty_definition(i) {
                    self.definitions.push(def);
                    return;
                }
            }
            self.push_furniture(FurnitureKind::PageReference, i);
            return;
        }

        // The start of an entry.
        if self.layout == Layout::Labelled {
            if self.labelled_line(i) {
                self.in_definition = false;
                self.prev = Prev::Content;
                return;
            }
        } else if let Some((n, number_span, rest)) = self.accept_numbered(i, blank_before) {
            self.open_entry(vec![n], number_span);
            if let Some(rest) = rest {
                let rest = self.strip_page_ref(i, rest);
                self.content(rest);
            }
            self.in_definition = false;
            self.prev = Prev::Content;
            return;
        }

        // Footnote definitions and their continuation lines. A line that
        // continues a URL broken at the line end comes first: "1.pdf" after
        // "...verzekeringsactiviteiten-" is not definition 1.
        if self.in_definition && !blank_before && self.continues_url(i) {
            self.extend_definition(span);
            return;
        }
        if let Some(def) = self.definition_start(i, blank_before) {
            self.definitions.push(def);
            self.in_definition = true;
            self.prev = Prev::Definition;
            return;
        }
        if self.in_definition && !blank_before && self.is_continuation(i) {
            self.extend_definition(span);
            return;
        }

        self.in_definition = false;
        self.content(trimmed(self.text, span));
        self.prev = Prev::Content;
    }

    fn push_furniture(&mut self, kind: FurnitureKind, i: usize) {
        let span = trimmed(self.text, self.lines[i].span);
        self.furniture.push(Furniture { kind, span });
        self.prev = Prev::Furniture;
    }

    /// A running page header: "... (36180-164) 5/102", and the line before it
    /// when the header is printed on two lines.
    fn is_header(&mut self, i: usize) -> bool {
        let t = self.line_text(i).trim();
        if HEADER_END.is_match(t) {
            return true;
        }
        // First line of a two-line header.
        let Some(next) = (i + 1 < self.lines.len()).then_some(i + 1) else {
            return false;
        };
        let n = self.line_text(next).trim();
        if !HEADER_END.is_match(n) || n.len() > 60 {
            return false;
        }
        let known = self.header_first_line.as_deref() == Some(t);
        let plausible = t.starts_with(|c: char| c.is_uppercase()) && !ends_sentence(t);
        if known || plausible {
            self.header_first_line = Some(t.to_string());
            return true;
        }
        false
    }

    /// Decides whether line `i` starts an entry in a numbered layout.
    fn accept_numbered(&self, i: usize, blank_before: bool) -> Option<(u32, Span, Option<Span>)> {
        let (n, number_span, rest) = self.numbered_start(i, self.layout)?;
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

    fn last_content_ends_sentence(&self) -> bool {
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
    fn strip_page_ref(&mut self, i: usize, rest: Span) -> Span {
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

    /// Handles "Vraag N" and "Antwoord ..." lines; returns true if the line was a label.
    fn labelled_line(&mut self, i: usize) -> bool {
        let span = self.lines[i].span;
        let s = span.text(self.text);
        if let Some(caps) = VRAAG.captures(s) {
            let Some(nums) = caps.get(1) else {
                return false;
            };
            let numbers = label_numbers(nums.as_str());
            if numbers.is_empty() {
                return false;
            }
            let number_span = Span::new(span.start + nums.start(), span.start + nums.end());
            self.open_entry(numbers, number_span);
            if let Some(rest) = caps.get(2) {
                self.content(Span::new(
                    span.start + rest.start(),
                    span.start + rest.end(),
                ));
            }
            return true;
        }
        if let Some(caps) = ANTWOORD.captures(s) {
            // "Antwoord" without a number is only a label on a line of its own
            // or followed by a colon; "Antwoorden zijn ..." is prose.
            let has_number = caps.get(1).is_some();
            let bare = s.trim().eq_ignore_ascii_case("antwoord") || s.trim_end().ends_with(':');
            if !has_number && !bare && caps.get(2).is_some() {
                return false;
            }
            let Some(open) = self.open.as_mut() else {
                return false;
            };
            if let Some(nums) = caps.get(1) {
                let numbers = label_numbers(nums.as_str());
                if !numbers.is_empty() && numbers != open.numbers {
                    let label = Span::new(span.start + nums.start(), span.start + nums.end());
                    self.notes.push(ReaderNote {
                        kind: NoteKind::UncertainEntry,
                        span: label,
                        message: format!(
                            "answer label for {} under question {}",
                            join_numbers(&numbers),
                            join_numbers(&open.numbers)
                        ),
                    });
                }
            }
            open.labelled_answer = true;
            if let Some(rest) = caps.get(2) {
                let rest = Span::new(span.start + rest.start(), span.start + rest.end());
                open.answer.push(rest);
                self.markers.scan(self.text, rest, &mut self.notes);
            }
            return true;
        }
        false
    }

    fn open_entry(&mut self, numbers: Vec<u32>, number_span: Span) {
        self.close_entry();
        if let Some(&max) = numbers.iter().max() {
            if max >= self.expected || numbers.contains(&self.expected) {
                self.expected = max + 1;
            }
        }
        self.open = Some(Open {
            numbers,
            number_span,
            start: number_span.start,
            question: Vec::new(),
            answer: Vec::new(),
            labelled_answer: false,
            page_refs: Vec::new(),
        });
    }

    /// A content line: belongs to the open entry, or to the front matter.
    fn content(&mut self, span: Span) {
        if span.is_empty() {
            return;
        }
        self.markers.scan(self.text, span, &mut self.notes);
        match self.open.as_mut() {
            Some(open) => {
                if open.labelled_answer {
                    open.answer.push(span);
                } else {
                    open.question.push(span);
                }
            }
            None if self.seen_column_header => self.unplaced.push(span),
            None => self.front.push(span),
        }
    }

    fn close_entry(&mut self) {
        let Some(mut open) = self.open.take() else {
            return;
        };
        if !open.labelled_answer {
            let split = question_end(self.text, &open.question);
            open.answer = open.question.split_off(split);
        }
        let end = open
            .answer
            .last()
            .or(open.question.last())
            .map(|s| s.end)
            .unwrap_or(open.number_span.end)
            .max(open.number_span.end);
        self.entries.push(Entry {
            numbers: open.numbers,
            number_span: open.number_span,
            span: Span::new(open.start, end),
            question: open.question,
            answer: open.answer,
            page_refs: open.page_refs,
        });
    }

    /// A footnote definition line "N text" whose marker N has been seen,
    /// in order, or a second definition with the number just defined.
    fn definition_start(&mut self, i: usize, blank_before: bool) -> Option<FootnoteDef> {
        let span = self.lines[i].span;
        let s = span.text(self.text);
        let found = definition_line(s)?;
        let n: u32 = s[found.number.clone()].parse().ok()?;
        let last = self.definitions.last().map(|d| d.number).unwrap_or(0);
        let in_block = self.prev == Prev::Definition || self.in_definition;
        let defined = self.definitions.iter().any(|d| d.number == n);
        let accept = if self.markers.seen(n) && !defined {
            // In order, or filling a hole in a block of definitions.
            n > last || in_block || blank_before
        } else {
            // A duplicate, or a definition whose marker is missing: inside a
            // block of definitions, or standing alone at a page bottom when
            // it reads like a source (a URL, "Kamerstuk ...", "Titel | Site").
            let text = found.rest.clone().map_or("", |r| &s[r]);
            n > 0
                && (in_block
                    || ((blank_before || self.prev == Prev::Furniture) && reads_like_source(text)))
        };
        if !accept {
            return None;
        }
        let number_span = Span::new(
            span.start + found.number.start,
            span.start + found.number.end,
        );
        let text_span = found
            .rest
            .map(|r| Span::new(span.start + r.start, span.start + r.end))
            .map(|t| trimmed(self.text, t));
        let whole = trimmed(self.text, span);
        Some(FootnoteDef {
            number: n,
            number_span,
            span: whole,
            text: text_span.into_iter().filter(|t| !t.is_empty()).collect(),
            urls: Vec::new(),
        })
    }

    /// A definition that is only its number, directly under another definition.
    fn empty_definition(&self, i: usize) -> Option<FootnoteDef> {
        let span = trimmed(self.text, self.lines[i].span);
        let n: u32 = span.text(self.text).parse().ok()?;
        let last = self.definitions.last()?.number;
        (n == last + 1 && self.markers.seen(n)).then(|| FootnoteDef {
            number: n,
            number_span: span,
            span,
            text: Vec::new(),
            urls: Vec::new(),
        })
    }

    fn extend_definition(&mut self, span: Span) {
        let content = trimmed(self.text, span);
        if let Some(def) = self.definitions.last_mut() {
            def.text.push(content);
            def.span = def.span.cover(content);
        }
    }

    /// The last definition line ends inside a URL and this line continues it.
    fn continues_url(&self, i: usize) -> bool {
        let s = self.line_text(i);
        if s.starts_with(char::is_whitespace) || s.trim().contains(' ') {
            return false;
        }
        let Some(last) = self.definitions.last().and_then(|d| d.text.last()) else {
            return false;
        };
        let prev = last.text(self.text).trim_end();
        let last_word = prev.rsplit(char::is_whitespace).next().unwrap_or("");
        (last_word.contains("://") || last_word.contains('/'))
            && last_word.ends_with(['/', '-', '?', '_', '=', '&', '.'])
    }

    /// A line continuing the last footnote definition: the definition line
    /// was full (wrapped) or ends in the middle of a URL, and this line does
    /// not start with the space that marks resumed body text.
    fn is_continuation(&self, i: usize) -> bool {
        let s = self.line_text(i);
        if s.starts_with(char::is_whitespace) {
            return false;
        }
        let Some(def) = self.definitions.last() else {
            return false;
        };
        let Some(last) = def.text.last().copied().or(Some(def.span)) else {
            return false;
        };
        let prev_line = self.lines[self.lines_index_of(last.start)]
            .span
            .text(self.text);
        let prev_len = prev_line.chars().count();
        let t = s.trim();
        let url_like =
            t.contains("://") || t.starts_with("www.") || (!t.contains(' ') && t.contains('/'));
        let prev_open = prev_line
            .trim_end()
            .ends_with(['/', '-', '?', ':', '_', '=', '&']);
        prev_len > 95
            || (url_like && (prev_open || prev_len > 75))
            || (prev_open && prev_line.contains("://"))
    }

    fn lines_index_of(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|l| l.span.start <= offset)
            .saturating_sub(1)
    }

    fn finish(mut self, path: &str, text: Arc<str>, lines: LineIndex) -> Document {
        let source = self.text;
        for def in &mut self.definitions {
            def.urls = urls(source, &def.text);
        }
        let mut markers = std::mem::take(&mut self.markers).into_vec();
        let front_matter = match (self.front.first(), self.front.last()) {
            (Some(a), Some(b)) => Some(a.cover(*b)),
            _ => None,
        };
        let meta = meta::read(self.text, &self.front, &self.furniture);
        let mut doc = Document::with_lines(path, Format::Text, text, lines);
        doc.layout = if self.entries.is_empty() {
            Layout::None
        } else {
            self.layout
        };
        doc.meta = meta;
        doc.front_matter = front_matter;
        doc.entries = self.entries;
        doc.definitions = self.definitions;
        doc.furniture = self.furniture;
        doc.tables = tables::reconstruct(self.text, &doc.entries);
        doc.unplaced = self.unplaced;
        doc.notes = self.notes;
        for m in &mut markers {
            m.entry = doc.entry_at(m.span.start);
        }
        doc.markers = markers;
        doc.notes.sort_by_key(|n| (n.span.start, n.span.end));
        doc
    }
}

/// Index of the first answer line: after the last line ending in a
/// question mark, looking no further than the first line that ends a
/// sentence with a full stop. Without a question mark, the question is the
/// first sentence (or the first line).
fn question_end(text: &str, lines: &[Span]) -> usize {
    let mut last_q = None;
    for (k, span) in lines.iter().enumerate().take(12) {
        let t = strip_trailing_quotes(span.text(text).trim_end());
        if t.ends_with('?') {
            last_q = Some(k);
            continue;
        }
        if t.ends_with('.') || t.ends_with(':') {
            break;
        }
    }
    if let Some(k) = last_q {
        return k + 1;
    }
    for (k, span) in lines.iter().enumerate().take(6) {
        if ends_sentence(span.text(text)) {
            return k + 1;
        }
    }
    lines.len().min(1)
}

/// A short line with another standalone number in it ("België 2 VS",
/// "Italië 6 Frankrijk"): a row of a ranking table, not a question.
fn looks_like_table_row(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    words.len() <= 5 && words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
}

/// The shape of a footnote's text: a URL, a parliamentary or treaty
/// citation, or "Title | Site" as copied from a web page.
fn reads_like_source(t: &str) -> bool {
    let t = t.trim();
    t.contains("://")
        || t.starts_with("www.")
        || t.contains(" | ")
        || [
            "Kamerstuk",
            "Kamerstukken",
            "Trb.",
            "Stb.",
            "Stcrt.",
            "Staatscourant",
            "Zie ",
        ]
        .iter()
        .any(|p| t.starts_with(p))
}

fn strip_trailing_quotes(t: &str) -> &str {
    t.trim_end_matches(['"', '”', '’', '\'', '»', ')'])
}

fn strip_trailing_ref(t: &str) -> &str {
    match TRAILING_REF.find(t) {
        Some(m) => t[..m.start()].trim_end(),
        None => t,
    }
}

fn ends_sentence(t: &str) -> bool {
    let t = strip_trailing_quotes(t.trim_end());
    t.ends_with(['.', '?', '!', ':', ';'])
}

fn join_numbers(n: &[u32]) -> String {
    n.iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(" en ")
}

static URL: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"\b(?i:https?|ftp|htps?|htttps?|hhtps?)\s?:?/{1,3}[^\s<>“”‘’]*|\b(?i:www)\.[^\s<>“”‘’]+",
    )
});

/// URLs in a definition's lines. A URL broken at a line end
/// ("...the-netherlands-", then "multi-stakeholder...html") is joined and its
/// span covers both parts; URLs run together ("nl/.https://") are split at each scheme.
pub(crate) fn urls(text: &str, parts: &[Span]) -> Vec<Located<String>> {
    let mut out: Vec<Located<String>> = Vec::new();
    let mut open_url = false;
    for part in parts {
        let s = part.text(text);
        let mut from = 0;
        if open_url {
            let mut word_end = s.find(char::is_whitespace).unwrap_or(s.len());
            // Stop at the next URL run together with this one.
            if let Some(&(cut, _)) = split_schemes(&s[..word_end]).get(1) {
                word_end = cut;
            }
            if let Some(u) = out.last_mut() {
                u.value.push_str(&s[..word_end]);
                u.span = u.span.cover(Span::new(part.start, part.start + word_end));
                from = word_end;
            }
        }
        open_url = false;
        for m in URL.find_iter(&s[from..]) {
            let base = part.start + from + m.start();
            for (off, piece) in split_schemes(m.as_str()) {
                out.push(Located {
                    value: piece.to_string(),
                    span: Span::new(base + off, base + off + piece.len()),
                });
            }
            open_url =
                from + m.end() == s.len() && m.as_str().ends_with(['/', '-', '?', '_', '=', '&']);
        }
    }
    for u in &mut out {
        let keep = u.value.trim_end_matches(['.', ',', ';', ')']).len();
        let cut = u.value.len() - keep;
        u.value.truncate(keep);
        u.span.end = u.span.end.saturating_sub(cut).max(u.span.start);
    }
    out
}

/// Splits "a://x/.https://y" into "a://x/." and "https://y" (with offsets).
fn split_schemes(s: &str) -> Vec<(usize, &str)> {
    let mut cuts: Vec<usize> = s
        .match_indices("http")
        .map(|(i, _)| i)
        .filter(|&i| {
            i > 0
                && s[i..]
                    .trim_start_matches("https")
                    .trim_start_matches("http")
                    .starts_with("://")
        })
        .collect();
    cuts.insert(0, 0);
    cuts.push(s.len());
    cuts.windows(2)
        .map(|w| (w[0], &s[w[0]..w[1]]))
        .filter(|(_, p)| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests;
