//! The model's tables, from the lines their rows were written to.

use super::writer::{Line, LineKind};
use crate::document::*;

/// The lines a table was written to.
pub(super) struct TableLines {
    pub(super) first: usize,
    pub(super) caption: Option<usize>,
    pub(super) rows: Vec<usize>,
    pub(super) header_rows: Option<usize>,
}

pub(super) fn table(doc: &Document, lines: &[Line], t: &TableLines) -> Table {
    let content = |l: &Line| Span::new(l.span.start, l.span.end.saturating_sub(1));
    let cell = |span: Span| Cell {
        text: doc.slice(span).to_string(),
        span,
    };
    let caption = t.caption.and_then(|c| lines.get(c)).map(|l| {
        let span = crate::document::text::trimmed_span(&doc.text, content(l));
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
