//! Documents from structured formats (Word, official XML) through a
//! synthesized text.
//!
//! A structured reader turns its input into [`Source`]: paragraphs and
//! tables of [`Piece`]s (text, links, footnote references) and the footnote
//! texts. [`build`] writes that out as plain text, one paragraph per line:
//!
//! - a paragraph is one line; a list number from Word's numbering is
//!   written in front of it, as it is printed;
//! - a table row is one line, `| cell | cell |`, a table title one line;
//! - a footnote reference is written as its number glued to the text
//!   ("Soedan.1"), exactly where the reference is;
//! - after the body, every footnote text is one line "N text", in the order
//!   of the first reference to it.
//!
//! The body is then read by the plain-text reader, so entries, layouts and
//! metadata are recognised by one code path for every format. What the
//! structure knows exactly replaces what the text reader had to guess:
//! markers and definitions come from the footnote references, tables from
//! the table structure, and page furniture does not exist (a paragraph "12"
//! is an answer, not a page number). Every line gets a human location
//! ("vraag 14, tabel 1, rij 5") in [`Document::regions`].

use std::collections::BTreeMap;
use std::sync::Arc;

use super::*;

/// A run of content inside a paragraph, table cell or footnote.
#[derive(Debug, Clone)]
pub(crate) enum Piece {
    Text(String),
    /// A hyperlink: its visible text and its target.
    Link {
        text: String,
        url: String,
    },
    /// A footnote reference.
    Ref(Ref),
}

/// A footnote reference as the structure gives it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Ref {
    /// The number printed at the reference; `None` for a reference that
    /// points nowhere (then `problem` says why).
    pub number: Option<u32>,
    /// Index into [`Source::notes`] of the footnote text, if there is one.
    pub note: Option<usize>,
    /// A defect of the reference itself, reported as a reader note.
    pub problem: Option<(NoteKind, String)>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct TableSource {
    pub caption: Option<Vec<Piece>>,
    /// How many of the rows are header rows, when the format says so.
    pub header_rows: Option<usize>,
    /// Rows of cells; merged cells are already expanded to empty cells so
    /// that columns line up.
    pub rows: Vec<Vec<Vec<Piece>>>,
}

#[derive(Debug, Clone)]
pub(crate) enum Block {
    Para(Vec<Piece>),
    Table(TableSource),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum MetaField {
    Title,
    Subject,
    Dossier,
}

/// Everything a structured reader found.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    pub format: Format,
    pub blocks: Vec<Block>,
    /// Footnote texts, one list of pieces per footnote.
    pub notes: Vec<Vec<Piece>>,
    /// Metadata the structure states: (field, index of the block that
    /// prints it, value).
    pub meta: Vec<(MetaField, usize, String)>,
}

impl Source {
    pub fn new(format: Format) -> Self {
        Source {
            format,
            blocks: Vec::new(),
            notes: Vec::new(),
            meta: Vec::new(),
        }
    }
}

/// What one line of the synthesized text is.
#[derive(Debug, Clone)]
enum LineKind {
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
struct Line {
    /// The line including its line break.
    span: Span,
    kind: LineKind,
}

#[derive(Debug, Clone)]
struct PendingMarker {
    number: u32,
    span: Span,
    kind: MarkerKind,
    note: Option<usize>,
    /// A second reference to a footnote already referenced (`nootref`):
    /// written, but not a new marker in the footnote sequence.
    repeat: bool,
}

#[derive(Default)]
struct Writer {
    text: String,
    lines: Vec<Line>,
    line_start: usize,
    markers: Vec<PendingMarker>,
    notes: Vec<ReaderNote>,
    /// Link targets whose visible text is not itself the URL: (span of the
    /// visible text, url).
    links: Vec<(Span, String)>,
}

impl Writer {
    fn pieces(&mut self, pieces: &[Piece], refs: bool) {
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

    fn end_line(&mut self, kind: LineKind) {
        self.text.push('\n');
        let span = Span::new(self.line_start, self.text.len());
        self.lines.push(Line { span, kind });
        self.line_start = self.text.len();
    }
}

/// Builds the document: writes the text, reads its body with the text
/// reader, and puts in what the structure knows.
pub(crate) fn build(path: &str, source: Source) -> Document {
    let mut w = Writer::default();
    let mut block_lines: Vec<usize> = Vec::with_capacity(source.blocks.len());
    let mut table_count = 0usize;
    let mut tables: Vec<TableLines> = Vec::new();
    for block in &source.blocks {
        block_lines.push(w.lines.len());
        match block {
            Block::Para(pieces) => {
                w.pieces(pieces, true);
                w.end_line(LineKind::Para);
            }
            Block::Table(t) => {
                let table = table_count;
                table_count += 1;
                let first = w.lines.len();
                let mut caption = None;
                if let Some(c) = &t.caption {
                    w.pieces(c, true);
                    caption = Some(w.lines.len());
                    w.end_line(LineKind::Caption { table });
                }
                let mut rows = Vec::new();
                for (r, row) in t.rows.iter().enumerate() {
                    let mut cells = Vec::new();
                    w.text.push('|');
                    for cell in row {
                        w.text.push(' ');
                        let start = w.text.len();
                        w.pieces(cell, true);
                        // Trim inside the cell so the span is the text.
                        let end = w.text.len();
                        let s = &w.text[start..end];
                        let lead = s.len() - s.trim_start().len();
                        let trail = s.len() - s.trim_end().len();
                        let span = if lead == s.len() {
                            Span::new(start, start)
                        } else {
                            Span::new(start + lead, end - trail)
                        };
                        cells.push(span);
                        w.text.push_str(" |");
                    }
                    rows.push(w.lines.len());
                    w.end_line(LineKind::Row {
                        table,
                        row: r,
                        cells,
                    });
                }
                tables.push(TableLines {
                    first,
                    caption,
                    rows,
                    header_rows: t.header_rows,
                });
            }
        }
    }
    let body_end = w.text.len();

    // Footnote texts, in the order of their first reference.
    let mut first_ref: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, m) in w.markers.iter().enumerate() {
        if let Some(n) = m.note {
            first_ref.entry(n).or_insert(i);
        }
    }
    let mut order: Vec<(usize, usize)> = first_ref.iter().map(|(n, m)| (*m, *n)).collect();
    order.sort();
    let mut definitions = Vec::new();
    for (marker, note) in order {
        let number = w.markers[marker].number;
        let Some(pieces) = source.notes.get(note) else {
            continue;
        };
        let start = w.text.len();
        w.text.push_str(&number.to_string());
        let number_span = Span::new(start, w.text.len());
        w.text.push(' ');
        let text_start = w.text.len();
        let links_before = w.links.len();
        w.pieces(pieces, false);
        let full = Span::new(text_start, w.text.len());
        let text_span = super::text::trimmed_span(&w.text, full);
        let line_end = w.text.len();
        w.end_line(LineKind::Definition { number, note });
        let text: Vec<Span> = if text_span.is_empty() {
            Vec::new()
        } else {
            vec![text_span]
        };
        let mut urls = super::text::urls(&w.text, &text);
        // A link whose visible text is not a URL: its target is the URL.
        for (span, url) in &w.links[links_before..] {
            if !urls
                .iter()
                .any(|u| u.span.start < span.end && span.start < u.span.end)
            {
                urls.push(Located {
                    value: url.clone(),
                    span: *span,
                });
            }
        }
        urls.sort_by_key(|u| (u.span.start, u.span.end));
        definitions.push(FootnoteDef {
            number,
            number_span,
            span: Span::new(start, line_end).cover(number_span),
            text,
            urls,
        });
    }
    let full: Arc<str> = w.text.as_str().into();

    // The body through the plain-text reader, with the marker digits
    // blanked out (same length, so every span stays valid): the markers
    // are known, and digits the text reader would have to guess about
    // ("3 miljard" after marker 3 as a footnote definition) are not there.
    let mut body = w.text.as_bytes()[..body_end].to_vec();
    for m in &w.markers {
        for b in body.get_mut(m.span.start..m.span.end).into_iter().flatten() {
            *b = b' ';
        }
    }
    // One paragraph a line: a long line is a long paragraph, never a text
    // that lost its line breaks.
    let mut doc = super::text::read_lines(path, &body);
    doc.format = source.format;
    // A line that ends in a marker ends after it.
    let ends: Vec<Span> = w.markers.iter().map(|m| m.span).collect();
    for e in &mut doc.entries {
        for part in e.question.iter_mut().chain(e.answer.iter_mut()) {
            extend_over_markers(&w.text, part, &ends);
        }
        if let Some(last) = e.answer.last().or(e.question.last()) {
            e.span = e.span.cover(*last);
        }
    }

    // A paragraph the text reader took for page furniture or a footnote
    // definition is content here: the structure has no page furniture,
    // and footnote texts are not in the body.
    let furniture = std::mem::take(&mut doc.furniture);
    let mut reclaimed: Vec<Span> = Vec::new();
    for f in furniture {
        if f.kind == FurnitureKind::ColumnHeader {
            doc.furniture.push(f);
        } else {
            reclaimed.push(f.span);
        }
    }
    for d in std::mem::take(&mut doc.definitions) {
        let first = doc.lines.line_of(d.span.start);
        let last = doc
            .lines
            .line_of(d.span.end.saturating_sub(1).max(d.span.start));
        for l in first..=last {
            if let Some(line) = w.lines.get(l) {
                let content = Span::new(line.span.start, line.span.end.saturating_sub(1));
                reclaimed.push(super::text::trimmed_span(&w.text, content));
            }
        }
    }
    reclaimed.sort();
    reclaimed.dedup();
    for span in reclaimed {
        reclaim(&mut doc, span);
    }
    doc.notes.retain(|n| n.kind != NoteKind::UncertainMarker);
    doc.notes.extend(w.notes.iter().cloned());
    doc.notes.sort_by_key(|n| (n.span.start, n.span.end));

    doc.text = full;
    doc.lines = LineIndex::new(&doc.text);

    doc.markers = w
        .markers
        .iter()
        .filter(|m| !m.repeat)
        .map(|m| Marker {
            number: m.number,
            span: m.span,
            kind: m.kind,
            entry: doc.entry_at(m.span.start),
        })
        .collect();
    doc.definitions = definitions;

    // Metadata the structure states replaces what the text suggested.
    for (field, block, value) in &source.meta {
        let Some(line) = block_lines.get(*block).and_then(|l| w.lines.get(*l)) else {
            continue;
        };
        let content = Span::new(line.span.start, line.span.end.saturating_sub(1));
        let located = Some(Located {
            value: value.clone(),
            span: super::text::trimmed_span(&doc.text, content),
        });
        match field {
            MetaField::Title => doc.meta.title = located,
            // The dossier's title names the dossier; what the list is
            // about, when the text says it, is more precise.
            MetaField::Subject if doc.meta.subject.is_some() => {}
            MetaField::Subject => doc.meta.subject = located,
            MetaField::Dossier => doc.meta.dossier = located,
        }
    }

    doc.tables = tables.iter().map(|t| table(&doc, &w.lines, t)).collect();
    doc.regions = regions(&doc, &w.lines, &w.markers);
    doc
}

/// Extends a line part over the markers right after it ("…Verdragenbank.5").
fn extend_over_markers(text: &str, part: &mut Span, markers: &[Span]) {
    let line_end = text[part.end..]
        .find('\n')
        .map_or(text.len(), |i| part.end + i);
    let first = markers.partition_point(|m| m.start < part.end);
    for m in &markers[first..] {
        if m.start > line_end {
            break;
        }
        if text[part.end..m.start].trim().is_empty() {
            part.end = m.end;
        } else {
            break;
        }
    }
}

/// Puts a line the text reader set aside back into the entry it is in.
fn reclaim(doc: &mut Document, span: Span) {
    if span.is_empty() {
        return;
    }
    let Some(i) = doc.region_at(span.start) else {
        return;
    };
    let Some(e) = doc.entries.get_mut(i) else {
        return;
    };
    let question_end = e
        .question
        .last()
        .map(|s| s.end)
        .unwrap_or(e.number_span.end);
    let to_answer =
        e.answer.first().is_some_and(|a| span.start >= a.start) || span.start > question_end;
    let list = if to_answer {
        &mut e.answer
    } else {
        &mut e.question
    };
    let at = list.partition_point(|s| s.start < span.start);
    list.insert(at, span);
    e.span = e.span.cover(span);
}

/// The lines a table was written to.
struct TableLines {
    first: usize,
    caption: Option<usize>,
    rows: Vec<usize>,
    header_rows: Option<usize>,
}

fn table(doc: &Document, lines: &[Line], t: &TableLines) -> Table {
    let content = |l: &Line| Span::new(l.span.start, l.span.end.saturating_sub(1));
    let cell = |span: Span| Cell {
        text: doc.slice(span).to_string(),
        span,
    };
    let caption = t.caption.and_then(|c| lines.get(c)).map(|l| {
        let span = super::text::trimmed_span(&doc.text, content(l));
        cell(span)
    });
    let mut model_rows: Vec<(Span, Vec<Span>)> = Vec::new();
    for &r in &t.rows {
        let Some(line) = lines.get(r) else { continue };
        if let LineKind::Row { cells, .. } = &line.kind {
            model_rows.push((content(line), cells.clone()));
        }
    }
    // Without a declared header, the first row is the header when it has
    // no figures beyond its first cell.
    let header_count = t.header_rows.unwrap_or_else(|| {
        let looks_like_header = model_rows.first().is_some_and(|(_, cells)| {
            model_rows.len() > 1
                && cells
                    .iter()
                    .skip(1)
                    .all(|c| !doc.slice(*c).chars().any(|ch| ch.is_ascii_digit()))
        });
        usize::from(looks_like_header)
    });
    let header: Vec<Vec<Cell>> = model_rows
        .iter()
        .take(header_count)
        .map(|(_, cells)| cells.iter().map(|c| cell(*c)).collect())
        .collect();
    let body: Vec<Row> = model_rows
        .iter()
        .skip(header_count)
        .map(|(span, cells)| Row {
            label: cells.first().map(|c| cell(*c)),
            cells: cells.iter().skip(1).map(|c| cell(*c)).collect(),
            span: *span,
        })
        .collect();
    let start = lines.get(t.first).map(|l| l.span.start).unwrap_or(0);
    let end = t
        .rows
        .last()
        .and_then(|r| lines.get(*r))
        .map(|l| l.span.end.saturating_sub(1))
        .unwrap_or(start)
        .max(start);
    Table {
        span: Span::new(start, end),
        caption,
        header,
        rows: body,
        entry: doc.entry_at(start).or_else(|| doc.region_at(start)),
        problems: Vec::new(),
    }
}

/// "vraag 12" or "vraag 12 en 13".
fn entry_name(e: &Entry) -> String {
    let numbers: Vec<String> = e.numbers.iter().map(|n| n.to_string()).collect();
    format!("vraag {}", numbers.join(" en "))
}

/// A human location for every line (and every table cell).
fn regions(doc: &Document, lines: &[Line], markers: &[PendingMarker]) -> Vec<Region> {
    let mut out = Vec::with_capacity(lines.len());
    // Tables are numbered within their entry ("vraag 14, tabel 1").
    let mut table_names: BTreeMap<usize, String> = BTreeMap::new();
    let mut per_entry: BTreeMap<Option<usize>, usize> = BTreeMap::new();
    // Answer paragraphs per entry, to say "antwoord, alinea 2".
    let mut answer_paras: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, line) in lines.iter().enumerate() {
        if !matches!(line.kind, LineKind::Para) || doc.slice(line.span).trim().is_empty() {
            continue;
        }
        if let Some(e) = doc.region_at(line.span.start) {
            if in_answer(doc, e, line.span) {
                answer_paras.entry(e).or_default().push(i);
            }
        }
    }
    let mut front_paragraph = 0usize;
    for (i, line) in lines.iter().enumerate() {
        let entry = doc.region_at(line.span.start);
        let prefix = entry.and_then(|e| doc.entries.get(e)).map(entry_name);
        match &line.kind {
            LineKind::Para => {
                let location = match (entry, &prefix) {
                    (Some(e), Some(name)) => {
                        let paras = answer_paras.get(&e);
                        match paras.and_then(|p| p.iter().position(|&l| l == i)) {
                            Some(k) if paras.is_some_and(|p| p.len() > 1) => {
                                format!("{name}, antwoord, alinea {}", k + 1)
                            }
                            Some(_) => format!("{name}, antwoord"),
                            None => name.clone(),
                        }
                    }
                    _ => {
                        front_paragraph += 1;
                        format!("inleiding, alinea {front_paragraph}")
                    }
                };
                out.push(Region {
                    span: line.span,
                    location,
                    entry: None,
                });
            }
            LineKind::Caption { table } => {
                let name = table_name(&mut table_names, &mut per_entry, *table, entry, &prefix);
                out.push(Region {
                    span: line.span,
                    location: format!("{name}, titel"),
                    entry: None,
                });
            }
            LineKind::Row { table, row, cells } => {
                let name = table_name(&mut table_names, &mut per_entry, *table, entry, &prefix);
                let mut start = line.span.start;
                for c in 0..cells.len() {
                    // A cell's region runs from its opening bar to the next.
                    let end = cells
                        .get(c + 1)
                        .map(|next| next.start.saturating_sub(2).max(start))
                        .unwrap_or(line.span.end);
                    out.push(Region {
                        span: Span::new(start, end),
                        location: format!("{name}, rij {}, kolom {}", row + 1, c + 1),
                        entry: None,
                    });
                    start = end;
                }
                if cells.is_empty() {
                    out.push(Region {
                        span: line.span,
                        location: format!("{name}, rij {}", row + 1),
                        entry: None,
                    });
                }
            }
            LineKind::Definition { number, note } => {
                let owner = markers
                    .iter()
                    .find(|m| m.note == Some(*note))
                    .map(|m| m.span.start);
                let entry = owner.and_then(|o| doc.region_at(o));
                out.push(Region {
                    span: line.span,
                    location: format!("voetnoot {number}"),
                    entry,
                });
            }
        }
    }
    out
}

fn in_answer(doc: &Document, e: usize, span: Span) -> bool {
    let Some(entry) = doc.entries.get(e) else {
        return false;
    };
    match entry.answer.first() {
        Some(a) => span.end > a.start,
        None => false,
    }
}

fn table_name(
    names: &mut BTreeMap<usize, String>,
    per_entry: &mut BTreeMap<Option<usize>, usize>,
    table: usize,
    entry: Option<usize>,
    prefix: &Option<String>,
) -> String {
    names
        .entry(table)
        .or_insert_with(|| {
            let n = per_entry.entry(entry).or_insert(0);
            *n += 1;
            match prefix {
                Some(p) => format!("{p}, tabel {n}"),
                None => format!("tabel {n}"),
            }
        })
        .clone()
}
