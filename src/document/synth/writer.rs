//! The writer of the synthesized text: one line per paragraph, table row or footnote.

use super::{Piece, Ref};
use crate::document::*;

/// What one line of the synthesized text is.
#[derive(Debug, Clone)]
pub(super) enum LineKind {
    Para,
    Caption {
        table: usize,
    },
    Row {
        table: usize,
        row: usize,
        cells: Vec<Span>,
    },
    Definition {
        number: u32,
        note: usize,
    },
}

#[derive(Debug, Clone)]
pub(super) struct Line {
    /// The line including its line break.
    pub(super) span: Span,
    pub(super) kind: LineKind,
}

#[derive(Debug, Clone)]
pub(super) struct PendingMarker {
    pub(super) number: u32,
    pub(super) span: Span,
    pub(super) kind: MarkerKind,
    pub(super) note: Option<usize>,
    /// A second reference to a footnote already referenced (`nootref`):
    /// written, but not a new marker in the footnote sequence.
    pub(super) repeat: bool,
}

#[derive(Default)]
pub(super) struct Writer {
    pub(super) text: String,
    pub(super) lines: Vec<Line>,
    line_start: usize,
    pub(super) markers: Vec<PendingMarker>,
    pub(super) notes: Vec<ReaderNote>,
    /// Link targets whose visible text is not itself the URL: (span of the
    /// visible text, url).
    pub(super) links: Vec<(Span, String)>,
}

impl Writer {
    pub(super) fn pieces(&mut self, pieces: &[Piece], refs: bool) {
        for piece in pieces {
            match piece {
                Piece::Text(t) => self.push_text(t),
                Piece::Link { text, url } => {
                    let start = self.text.len();
                    self.push_text(text);
                    let span = Span::new(start, self.text.len());
                    if !url.trim().is_empty() {
                        self.links.push((span, url.trim().to_string()));
                    }
                }
                Piece::Ref(r) if refs => self.reference(r),
                Piece::Ref(_) => {}
            }
        }
    }

    /// Text without line breaks: a paragraph stays one line.
    fn push_text(&mut self, t: &str) {
        for c in t.chars() {
            match c {
                '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0b}' | '\u{0c}' => {
                    self.text.push(' ')
                }
                c => self.text.push(c),
            }
        }
    }

    fn reference(&mut self, r: &Ref) {
        let at = self.text.len();
        let Some(number) = r.number else {
            if let Some((kind, message)) = &r.problem {
                self.notes.push(ReaderNote {
                    kind: *kind,
                    span: Span::new(at, at),
                    message: message.clone(),
                });
            }
            return;
        };
        let before = &self.text[self.line_start..];
        let kind = if before.ends_with(char::is_whitespace) && !before.trim().is_empty() {
            MarkerKind::Detached
        } else {
            MarkerKind::Glued
        };
        self.text.push_str(&number.to_string());
        let span = Span::new(at, self.text.len());
        if let Some((kind, message)) = &r.problem {
            self.notes.push(ReaderNote {
                kind: *kind,
                span,
                message: message.clone(),
            });
        }
        let repeat = r.note.is_some() && self.markers.iter().any(|m| m.note == r.note);
        self.markers.push(PendingMarker {
            number,
            span,
            kind,
            note: r.note,
            repeat,
        });
    }

    pub(super) fn end_line(&mut self, kind: LineKind) {
        self.text.push('\n');
        let span = Span::new(self.line_start, self.text.len());
        self.lines.push(Line { span, kind });
        self.line_start = self.text.len();
    }
}
