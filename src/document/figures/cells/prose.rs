//! The running text of an answer (its lines outside tables) as one string,
//! with its sentences and figures, and what a sentence says of the year of
//! its figures.

use crate::document::figures::quantity;
use crate::document::{Document, Joined, Span};

/// The answer's running text (its lines outside tables) joined, with its
/// sentences and figures.
pub(super) struct Prose {
    pub(super) text: String,
    /// (offset in `text`, source span) of each joined line.
    pieces: Vec<(usize, Span)>,
    pub(super) sentences: Vec<(usize, usize)>,
    /// (index into quantities, start, end in `text`), in text order.
    pub(super) figures: Vec<(usize, usize, usize)>,
}

impl Prose {
    /// The running text of entry `ei`, whose figures (outside tables) are
    /// `figures`, indices into the document's quantities, and whose tables
    /// span `tables`, in table order (given, not looked up: a scan of all
    /// the document's tables for each answer was quadratic).
    pub(super) fn of(
        doc: &Document,
        ei: usize,
        figures: &[usize],
        tables: &[Span],
    ) -> Option<Prose> {
        let entry = doc.entries.get(ei)?;
        // The answer's lines without its tables; a table inside a line (a
        // text that lost its line breaks) cuts the line in two.
        let mut spans: Vec<Span> = Vec::new();
        for line in &entry.answer {
            let mut rest = *line;
            for t in tables
                .iter()
                .filter(|t| t.start < line.end && line.start < t.end)
            {
                if rest.start < t.start {
                    spans.push(Span::new(rest.start, t.start.min(rest.end)));
                }
                rest = Span::new(t.end.clamp(rest.start, rest.end), rest.end);
            }
            if !rest.is_empty() {
                spans.push(rest);
            }
        }
        spans.retain(|s| !doc.slice(*s).trim().is_empty());
        let joined = Joined::new(&doc.text, &spans);
        let mut pieces = Vec::with_capacity(spans.len());
        let mut at = 0;
        for s in &spans {
            pieces.push((at, *s));
            at += s.len() + 1;
        }
        let mut prose = Prose {
            sentences: quantity::sentences(&joined.text),
            text: joined.text,
            pieces,
            figures: Vec::new(),
        };
        for &qi in figures {
            let Some(q) = doc.quantities.get(qi) else {
                continue;
            };
            let (Some(start), Some(end)) = (prose.offset(q.span.start), prose.offset(q.span.end))
            else {
                continue;
            };
            if start <= end
                && prose.text.is_char_boundary(start)
                && prose.text.is_char_boundary(end)
            {
                prose.figures.push((qi, start, end));
            }
        }
        prose.figures.sort_by_key(|f| f.1);
        Some(prose)
    }

    /// The sentence of the text that ends where the table at `source`
    /// begins: its lead-in ("De € 439 miljoen ... bestaan uit:").
    pub(super) fn lead_in(&self, source: usize) -> &str {
        let end = self
            .pieces
            .iter()
            .filter(|(_, s)| s.end <= source)
            .map(|(at, s)| at + s.len())
            .next_back();
        let Some(end) = end.filter(|&e| e > 0) else {
            return "";
        };
        let start = self.sentence_of(end - 1).map_or(0, |(s, _)| s);
        self.text.get(start..end).unwrap_or("")
    }

    /// The sentences right before and right after the table that spans
    /// `table` in the source, as (start, end) in the text.
    pub(super) fn around(&self, table: Span) -> Vec<(usize, usize)> {
        let before = self
            .pieces
            .iter()
            .filter(|(_, s)| s.end <= table.start)
            .map(|(at, s)| at + s.len())
            .next_back()
            .filter(|&e| e > 0)
            .and_then(|e| self.sentence_of(e - 1));
        let after = self
            .pieces
            .iter()
            .find(|(_, s)| s.start >= table.end)
            .and_then(|&(at, _)| self.sentence_of(at));
        before.into_iter().chain(after).collect()
    }

    /// The offset in the joined text of a source offset in one of its lines.
    fn offset(&self, source: usize) -> Option<usize> {
        let i = self
            .pieces
            .partition_point(|(_, s)| s.start <= source)
            .checked_sub(1)?;
        let (at, span) = self.pieces[i];
        (source <= span.end).then(|| at + source - span.start)
    }

    pub(super) fn sentence_of(&self, at: usize) -> Option<(usize, usize)> {
        let i = self.sentences.partition_point(|&(_, e)| e <= at);
        self.sentences.get(i).copied().filter(|&(s, _)| s <= at)
    }
}

/// What a sentence says of the year of its figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FigureYear {
    Year(u16),
    Period(u16, u16),
    /// No year: the figure takes the table's.
    Unsaid,
    /// Several years: no link.
    Several,
}

/// The spans of the bracketed parts of `sentence` (which starts at `base`),
/// brackets included.
pub(super) fn brackets(sentence: &str, base: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, c) in sentence.char_indices() {
        match c {
            '(' if open.is_none() => open = Some(i),
            ')' => {
                if let Some(o) = open.take() {
                    out.push((base + o, base + i + 1));
                }
            }
            _ => {}
        }
    }
    out
}
