//! Tables reconstructed from the text layout of a PDF extraction.
//!
//! A table in extracted text is a run of lines that end in figures
//! ("Totaal 591,8 234,1"), with the label of a row sometimes broken over
//! several lines before its figures, a figure sometimes on a line of its own
//! ("39%" / "61%"), and a caption and column head above. Ranking tables
//! ("1 Duitsland 1 Duitsland") have no figures but a rank on each side.
//! Anything the reader is unsure of is written into `Table::problems`, and
//! the total checks skip such a table.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::figures::number;
use crate::document::{Cell, Entry, Row, Span, Table};

static RANK_ROW: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"^([0-9]{1,2})\s+([^0-9]+?)\s+([0-9]{1,2})\s+([^0-9]+?)$")
});
const UNITS: &[&str] = &["vte", "fte", "%", "kg", "ton"];

#[derive(Debug, Clone)]
enum Kind {
    /// A label and figures, or figures only (label empty).
    Figures {
        label: Option<Span>,
        cells: Vec<Span>,
    },
    /// "1 Duitsland 1 Duitsland".
    Rank {
        rank: Span,
        cells: Vec<Span>,
    },
    /// "vte" on its own line: belongs to the figure above.
    Unit(Span),
    /// A short line without figures: a caption, a column head, or part of a label.
    Label(Span),
    Prose,
}

/// Tables in the answers of `entries`.
pub fn reconstruct(text: &str, entries: &[Entry]) -> Vec<Table> {
    let mut out = Vec::new();
    for (ei, e) in entries.iter().enumerate() {
        let mut builder = Builder::new(text, ei);
        for line in &e.answer {
            let kind = classify(text, *line);
            builder.push(kind, *line, &mut out);
        }
        builder.finish(&mut out);
    }
    out
}

fn classify(text: &str, line: Span) -> Kind {
    let s = line.text(text);
    let words: Vec<(usize, &str)> = s
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect();
    if words.is_empty() {
        return Kind::Prose;
    }
    let abs = |off: usize, w: &str| Span::new(line.start + off, line.start + off + w.len());
    if words.len() == 1 && UNITS.contains(&words[0].1) {
        return Kind::Unit(abs(words[0].0, words[0].1));
    }
    // Ranking rows, possibly with a margin number glued in front.
    for skip in 0..2 {
        let Some(&(from, word)) = words.get(skip) else {
            break;
        };
        // The row starts with its rank (checked first: most lines are prose).
        if !word.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if let Some(c) = RANK_ROW.captures(&s[from..]) {
            let (Some(r1), Some(n1), Some(r2), Some(n2)) = (c.get(1), c.get(2), c.get(3), c.get(4))
            else {
                continue;
            };
            if r1.as_str() == r2.as_str() && n1.as_str().split_whitespace().count() <= 3 {
                let at = |m: regex::Match| {
                    Span::new(line.start + from + m.start(), line.start + from + m.end())
                };
                return Kind::Rank {
                    rank: at(r1),
                    cells: vec![at(n1), at(n2)],
                };
            }
        }
    }
    // Figures at the end of the line, with a unit word after a figure.
    let mut cells: Vec<Span> = Vec::new();
    let mut i = words.len();
    while i > 0 {
        let (off, w) = words[i - 1];
        if UNITS.contains(&w) && i >= 2 && is_figure(words[i - 2].1) {
            let (noff, nw) = words[i - 2];
            cells.push(Span::new(line.start + noff, line.start + off + w.len()));
            let _ = nw;
            i -= 2;
            continue;
        }
        if is_figure(w) {
            cells.push(abs(off, w));
            i -= 1;
            continue;
        }
        break;
    }
    cells.reverse();
    let label_words = &words[..i];
    if cells.is_empty() {
        let t = s.trim();
        let ends_sentence = t.ends_with(['.', '?', '!', ';', ':']);
        // Captions and column heads run longer: "Top 10 handelspartners voor
        // goederen (fysieke grensoverschrijding)", "... (in EUR miljard)".
        let caption_like = words.len() <= 12
            && (t.ends_with(')') || t.starts_with("Top ") || t.starts_with("Tabel"));
        if (words.len() <= 6 || caption_like) && !ends_sentence {
            return Kind::Label(crate::document::text::trimmed_span(text, line));
        }
        return Kind::Prose;
    }
    if label_words.is_empty() {
        // "2023 35,2": a year first is the row's label.
        if cells.len() >= 2 && is_year(cells[0].text(text)) {
            let label = cells.remove(0);
            return Kind::Figures {
                label: Some(label),
                cells,
            };
        }
        // A year alone is not a figure row.
        if cells.len() == 1 && is_year(cells[0].text(text)) {
            return Kind::Label(crate::document::text::trimmed_span(text, line));
        }
        return Kind::Figures { label: None, cells };
    }
    let (loff, _) = label_words[0];
    let (last_off, last_w) = label_words[label_words.len() - 1];
    let label = Span::new(line.start + loff, line.start + last_off + last_w.len());
    let label_text = label.text(text);
    // "3. Duitsland": a ranked label; the rank's full stop ends no sentence.
    let unranked = if list_label(label_text) {
        label_text
            .split_once(". ")
            .map(|(_, r)| r)
            .unwrap_or(label_text)
    } else {
        label_text
    };
    let sentence_like = label_words.len() > 8
        || unranked.contains(". ")
        || unranked.contains(':')
        || unranked.ends_with("EUR")
        || unranked.ends_with('€')
        || unranked.ends_with("USD")
        || label_text.ends_with(['.', ':', ';', '?', '!', '('])
        || (cells.len() == 1 && is_year(cells[0].text(text)));
    if sentence_like {
        return Kind::Prose;
    }
    Kind::Figures {
        label: Some(label),
        cells,
    }
}

fn is_figure(w: &str) -> bool {
    let w = w.strip_suffix('%').unwrap_or(w);
    !w.is_empty() && number::parse(w).is_some()
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// Header-like: two or more words, each starting with a capital, or a
/// parenthesis ("(in EUR miljard)").
fn header_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (words.len() >= 2
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase())))
        || s.contains('(')
        || s.chars().any(|c| c.is_ascii_digit())
            && !s.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// "1. Verenigde": a ranked label broken before its figures.
fn list_label(s: &str) -> bool {
    let t = s.trim_start();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && t[digits..].starts_with(". ")
}

struct Building {
    caption: Vec<Span>,
    header: Vec<Span>,
    rows: Vec<Row>,
    /// The last row can take figures from the next line ("39%" / "61%").
    open_row: bool,
}

struct Builder<'a> {
    text: &'a str,
    entry: usize,
    pending: Vec<Span>,
    table: Option<Building>,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, entry: usize) -> Self {
        Builder {
            text,
            entry,
            pending: Vec::new(),
            table: None,
        }
    }

    fn cell(&self, span: Span) -> Cell {
        Cell {
            text: span.text(self.text).to_string(),
            span,
        }
    }

    fn joined(&self, spans: &[Span]) -> Option<Cell> {
        let first = spans.first()?;
        let last = spans.last()?;
        let text: Vec<&str> = spans.iter().map(|s| s.text(self.text).trim()).collect();
        Some(Cell {
            text: text.join(" "),
            span: first.cover(*last),
        })
    }

    fn push(&mut self, kind: Kind, line: Span, out: &mut Vec<Table>) {
        match kind {
            Kind::Prose => {
                self.finish(out);
                self.pending.clear();
            }
            Kind::Label(s) => {
                if let Some(t) = self.table.as_mut() {
                    t.open_row = false;
                }
                self.pending.push(s);
            }
            Kind::Unit(u) => {
                if let Some(t) = self.table.as_mut() {
                    if let Some(c) = t.rows.last_mut().and_then(|r| r.cells.last_mut()) {
                        c.span = c.span.cover(u);
                        c.text = format!("{} {}", c.text, u.text(self.text));
                    }
                }
            }
            Kind::Rank { rank, cells } => {
                let pending = std::mem::take(&mut self.pending);
                // Rank 1 again: a second ranking table follows the first.
                if rank.text(self.text) == "1"
                    && self.table.as_ref().is_some_and(|t| !t.rows.is_empty())
                {
                    self.finish(out);
                }
                if self.table.is_none() {
                    self.start(&pending, false);
                }
                let row = Row {
                    label: Some(self.cell(rank)),
                    cells: cells.iter().map(|c| self.cell(*c)).collect(),
                    span: line,
                };
                if let Some(t) = self.table.as_mut() {
                    t.rows.push(row);
                    t.open_row = false;
                }
            }
            Kind::Figures { label, cells } => {
                let mut pending = std::mem::take(&mut self.pending);
                let cells: Vec<Cell> = cells.iter().map(|c| self.cell(*c)).collect();
                if self.table.is_none() {
                    pending = self.start(&pending, label.is_some());
                } else if label.is_none() && pending.is_empty() {
                    // Figures on a line of their own continue the row above.
                    if let Some(t) = self.table.as_mut() {
                        if let Some(r) = t.rows.last_mut().filter(|_| t.open_row) {
                            r.span = r.span.cover(line);
                            r.cells.extend(cells);
                            return;
                        }
                    }
                }
                let mut label_parts = pending;
                if let Some(l) = label {
                    label_parts.push(l);
                }
                let row = Row {
                    label: self.joined(&label_parts),
                    cells,
                    span: label_parts.first().map(|f| f.cover(line)).unwrap_or(line),
                };
                if let Some(t) = self.table.as_mut() {
                    t.rows.push(row);
                    t.open_row = true;
                }
            }
        }
    }

    /// Starts a table; splits the pending lines into caption, column head and
    /// the first row's label. Returns the label lines.
    fn start(&mut self, pending: &[Span], inline_label: bool) -> Vec<Span> {
        let text = self.text;
        let mut label: Vec<Span> = Vec::new();
        let mut rest: Vec<Span> = pending.to_vec();
        if inline_label {
            // "1. Verenigde" / "Staten 9.221 8,9%": the line before is part of the label.
            while rest.last().is_some_and(|s| list_label(s.text(text))) {
                if let Some(s) = rest.pop() {
                    label.insert(0, s);
                }
            }
        } else {
            while let Some(s) = rest.last() {
                if header_like(s.text(text)) || list_label(s.text(text)) && !label.is_empty() {
                    break;
                }
                if let Some(s) = rest.pop() {
                    label.insert(0, s);
                }
            }
        }
        let header: Vec<Span> = rest.pop().into_iter().collect();
        self.table = Some(Building {
            caption: rest,
            header,
            rows: Vec::new(),
            open_row: false,
        });
        label
    }

    fn finish(&mut self, out: &mut Vec<Table>) {
        let Some(b) = self.table.take() else { return };
        if b.rows.len() < 2 {
            return;
        }
        let caption = self.joined(&b.caption);
        let header: Vec<Vec<Cell>> = b
            .header
            .iter()
            .map(|h| {
                let s = h.text(self.text);
                s.split_whitespace()
                    .map(|w| {
                        let off = w.as_ptr() as usize - s.as_ptr() as usize;
                        self.cell(Span::new(h.start + off, h.start + off + w.len()))
                    })
                    .collect()
            })
            .collect();
        let mut counts: Vec<usize> = b.rows.iter().map(|r| r.cells.len()).collect();
        counts.sort_unstable();
        let mode = mode(&counts);
        let mut problems = Vec::new();
        for r in &b.rows {
            if r.cells.len() != mode {
                let label = r
                    .label
                    .as_ref()
                    .map(|l| l.text.as_str())
                    .unwrap_or(crate::document::says::NO_LABEL.text());
                problems.push(crate::document::says::ROW_CELLS.say(&[
                    ("label", &label),
                    ("cells", &r.cells.len()),
                    ("mode", &mode),
                ]));
            }
        }
        let first = b.caption.first().or(b.header.first()).map(|s| s.start);
        let start = first.unwrap_or_else(|| b.rows.first().map(|r| r.span.start).unwrap_or(0));
        let end = b.rows.last().map(|r| r.span.end).unwrap_or(start);
        out.push(Table {
            span: Span::new(start, end.max(start)),
            caption,
            header,
            rows: b.rows,
            entry: Some(self.entry),
            problems,
        });
    }
}

fn mode(sorted: &[usize]) -> usize {
    let mut best = (0, 0);
    let mut i = 0;
    while i < sorted.len() {
        let j = sorted[i..].iter().take_while(|&&x| x == sorted[i]).count();
        if j > best.1 {
            best = (sorted[i], j);
        }
        i += j;
    }
    best.0
}
