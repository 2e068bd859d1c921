//! The plain-text reader: answer lists as typed, as the websites print
//! them, as `pdftotext` extracts them from the published PDF (the layout
//! of `corpus/36180-164-*.txt`, the Aanhangsel, a nota), and as text
//! exports whose line breaks were lost.
//!
//! The reader first chooses the layout of the entries by evidence
//! ([`layout`]), then works line by line in one forward pass. Every line is
//! one of: page furniture ([`furniture`]), the start of an entry or an
//! answer label ([`labels`], [`layout`]), a footnote definition or its
//! continuation ([`footnotes`]), or content of the current entry. Footnote
//! markers are found in content lines during the same pass
//! ([`markers`]), because whether "3 UN Comtrade ..." is a footnote
//! definition depends on whether marker 3 has been seen above it. Text
//! without line breaks is first cut into virtual lines ([`flat`]).
//!
//! A new layout is one new module (as [`numbered`], [`labels`],
//! [`margin`]): its start shape, its run count in [`layout`], and its line
//! handling in [`Reader::entry_line`].

use std::collections::BTreeSet;
use std::sync::Arc;

use super::*;

mod flat;
mod footnotes;
mod furniture;
mod labels;
mod layout;
mod lines;
mod margin;
mod markers;
mod meta;
mod numbered;
mod settle;
mod tables;
mod urls;

use lines::{ends_sentence, split_lines, strip_trailing_quotes, trimmed, Line, LONE_NUMBERS};

pub(crate) use lines::trimmed_span;
pub(crate) use urls::urls;

/// Reads `bytes` as a plain-text answer list. Never fails: text that is
/// not UTF-8 is decoded as well as it can be, with a note
/// ([`super::encoding`]), and a text without entries gives a document
/// without entries.
pub fn read(path: &str, bytes: &[u8]) -> Document {
    read_as(path, bytes, true)
}

/// Reads a text whose lines are known to be its lines (the paragraphs of
/// a Word or XML document): no line is cut into virtual lines.
pub fn read_lines(path: &str, bytes: &[u8]) -> Document {
    read_as(path, bytes, false)
}

fn read_as(path: &str, bytes: &[u8], may_be_flat: bool) -> Document {
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
            message: crate::document::says::REPLACEMENT_CHARACTER.to_string(),
        });
    }
    let lines = LineIndex::new(&text);
    let mut reader = Reader::new(&text, &lines, may_be_flat);
    reader.notes = notes;
    reader.run();
    reader.finish(path, text.clone(), lines.clone())
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
    /// "12a": the letter after the number.
    suffix: Option<char>,
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
    /// Whether the lines are virtual: the text's line breaks were lost.
    flattened: bool,
    layout: Layout,
    layout_evidence: String,
    footers: furniture::Footers,
    furniture: Vec<Furniture>,
    entries: Vec<Entry>,
    /// Entries (by the start of their number) whose answer had a label.
    labelled: BTreeSet<usize>,
    open: Option<Open>,
    front: Vec<Span>,
    /// Content after the column head and before the first entry.
    unplaced: Vec<Span>,
    seen_column_header: bool,
    /// The "Mededeling" label and the notice after it, once seen.
    notice_label: Option<Span>,
    notice: Option<Vec<Span>>,
    definitions: Vec<FootnoteDef>,
    markers: markers::Markers,
    notes: Vec<ReaderNote>,
    header_first_line: Option<String>,
    /// The next question number expected.
    expected: u32,
    prev: Prev,
    prev_blank: bool,
    /// Whether the last non-blank line was a page footer.
    after_footer: bool,
    /// Lines before this index were read already (a footnote block).
    consumed: usize,
    /// Lines read already out of order (a displaced footnote's text).
    skip: BTreeSet<usize>,
    /// The numbering section: it starts again at 1 under a heading.
    section: u32,
    /// A letter's one question without a number: the line it starts on.
    single: Option<usize>,
    /// Whether the last line was a footnote definition line or its continuation.
    in_definition: bool,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, index: &LineIndex, may_be_flat: bool) -> Self {
        let physical = split_lines(text, index);
        let (lines, flattened) = if may_be_flat {
            flat::virtual_lines(text, physical)
        } else {
            (physical, false)
        };
        let texts: Vec<&str> = lines.iter().map(|l| l.span.text(text)).collect();
        let footers = furniture::Footers::new(&texts);
        let mut r = Reader {
            text,
            lines,
            flattened,
            layout: Layout::None,
            layout_evidence: String::new(),
            footers,
            furniture: Vec::new(),
            entries: Vec::new(),
            labelled: BTreeSet::new(),
            open: None,
            front: Vec::new(),
            unplaced: Vec::new(),
            seen_column_header: false,
            notice_label: None,
            notice: None,
            definitions: Vec::new(),
            markers: markers::Markers::default(),
            notes: Vec::new(),
            header_first_line: None,
            expected: 1,
            prev: Prev::Start,
            prev_blank: false,
            after_footer: false,
            consumed: 0,
            skip: BTreeSet::new(),
            section: 0,
            single: None,
            in_definition: false,
        };
        let (mut layout, mut why) = r.detect_layout();
        if layout == Layout::None {
            if let Some(at) = r.single_start() {
                r.single = Some(at);
                layout = Layout::Labelled;
                why = crate::document::says::SINGLE_QUESTION.say(&[("why", &why)]);
            }
        }
        r.layout = layout;
        r.layout_evidence = if flattened {
            crate::document::says::FLATTENED.say(&[("why", &why), ("lines", &r.lines.len())])
        } else {
            why
        };
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

    fn run(&mut self) {
        for i in 0..self.lines.len() {
            self.line(i);
        }
        self.close_entry();
    }

    fn line(&mut self, i: usize) {
        if i < self.consumed || self.skip.contains(&i) {
            return;
        }
        let span = self.lines[i].span;
        let t = span.text(self.text).trim();
        if t.is_empty() {
            self.prev_blank = true;
            self.in_definition = false;
            return;
        }
        let blank_before = std::mem::take(&mut self.prev_blank) || self.lines[i].gap_before;

        if self.furniture_line(i) {
            return;
        }
        let bare_start =
            self.layout == Layout::BareNumber && self.accept_numbered(i, blank_before).is_some();
        if !bare_start && self.footnote_zone(i) {
            return;
        }
        if self.entry_line(i, blank_before) {
            self.in_definition = false;
            self.prev = Prev::Content;
            return;
        }
        if LONE_NUMBERS.is_match(t) {
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

    /// The start of an entry or an answer label, as the layout has them.
    fn entry_line(&mut self, i: usize, blank_before: bool) -> bool {
        if self.answer_label(i) {
            return true;
        }
        match self.layout {
            Layout::Labelled if self.single.is_some() => self.single_question(i),
            Layout::Labelled => self.question_label(i) || self.notice_label(i),
            Layout::Margin => self.question_label(i) || self.margin_number(i),
            Layout::None => false,
            Layout::NumberedInline | Layout::NumberedDot | Layout::BareNumber => {
                let lettered = self.accept_lettered(i, blank_before);
                let suffix = lettered.map(|(_, letter)| letter);
                let Some((n, number_span, rest)) = lettered
                    .map(|(start, _)| start)
                    .or_else(|| self.accept_numbered(i, blank_before))
                else {
                    return false;
                };
                self.open_entry(vec![n], number_span);
                if let Some(open) = self.open.as_mut() {
                    open.suffix = suffix;
                }
                if let Some(rest) = rest {
                    let rest = self.strip_page_ref(i, rest);
                    self.content(rest);
                }
                true
            }
        }
    }

    fn open_entry(&mut self, numbers: Vec<u32>, number_span: Span) {
        self.close_entry();
        if let Some(&max) = numbers.iter().max() {
            if max >= self.expected || numbers.contains(&self.expected) {
                self.expected = max + 1;
            }
        }
        self.open = Some(Open::new(numbers, number_span));
    }

    /// A content line: belongs to the open entry, or to the front matter.
    fn content(&mut self, span: Span) {
        if span.is_empty() {
            return;
        }
        self.markers.scan(self.text, span, &mut self.notes);
        if let Some(notice) = self.notice.as_mut() {
            notice.push(span);
            return;
        }
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
        if open.labelled_answer {
            self.labelled.insert(open.number_span.start);
        } else {
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
            section: self.section,
            suffix: open.suffix,
        });
    }

    fn finish(mut self, path: &str, text: Arc<str>, lines: LineIndex) -> Document {
        let source = self.text;
        for def in &mut self.definitions {
            def.urls = urls(source, &def.text);
        }
        self.recover_markers();
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
        doc.notice = self
            .notice_label
            .map(|label| (label, self.notice.unwrap_or_default()));
        doc.kind = super::kind::detect(&doc);
        if doc.kind == Kind::Letter {
            settle::join_unanswered_runs(&mut doc.entries, &self.labelled);
        }
        doc.tables = tables::reconstruct(self.text, &doc.entries);
        doc.unplaced = self.unplaced;
        doc.notes = self.notes;
        doc.layout_evidence = self.layout_evidence;
        doc.line_breaks_lost = self.flattened;
        if let Some(note) = settle::truncation(source, &doc) {
            doc.notes.push(note);
        }
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
        let t = strip_trailing_quotes(lines::strip_page_note(span.text(text).trim_end()));
        if t.ends_with('?') {
            last_q = Some(k);
            continue;
        }
        if (t.ends_with('.') && !lines::ends_in_abbreviation(t)) || t.ends_with(':') {
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

#[cfg(test)]
mod tests;
