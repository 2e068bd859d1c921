//! Tables: reconstructed from the text layout by the text reader, or read
//! from w:tbl (Word) and CALS tables (official XML) by those readers.

use serde::Serialize;

use super::Span;

/// One cell: its text as printed and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub text: String,
    pub span: Span,
}

/// A row: an optional label (first column) and the remaining cells.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub label: Option<Cell>,
    pub cells: Vec<Cell>,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
pub struct Table {
    /// From the caption (or first header line) to the last row.
    pub span: Span,
    pub caption: Option<Cell>,
    /// Header rows, top to bottom; each a list of column titles.
    pub header: Vec<Vec<Cell>>,
    pub rows: Vec<Row>,
    /// Index into [`super::Document::entries`] of the entry holding the table.
    pub entry: Option<usize>,
    /// Why the reader is not confident of the structure; empty when it is.
    /// Total checks stay silent for a table with problems.
    pub problems: Vec<String>,
}

/// The spans of the tables of each entry, in table order: `[ei]` holds
/// those of entry `ei`. Built once per document, so that finding the tables
/// of one answer costs that answer's tables, not all the document's (which
/// made reading a long document's answers quadratic: answers × tables).
/// Tables of no entry, or of an entry past `entries`, are in no list.
pub fn spans_by_entry(tables: &[Table], entries: usize) -> Vec<Vec<Span>> {
    let mut out = vec![Vec::new(); entries];
    for t in tables {
        if let Some(list) = t.entry.and_then(|e| out.get_mut(e)) {
            list.push(t.span);
        }
    }
    out
}

/// Whether `s` lies wholly within one of `tables`.
pub fn within_any(tables: &[Span], s: &Span) -> bool {
    tables.iter().any(|t| t.start <= s.start && s.end <= t.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(entry: Option<usize>, start: usize, end: usize) -> Table {
        Table {
            span: Span::new(start, end),
            caption: None,
            header: Vec::new(),
            rows: Vec::new(),
            entry,
            problems: Vec::new(),
        }
    }

    /// The index answers as the scan over every table it replaces.
    #[test]
    fn spans_by_entry_matches_a_scan_of_every_table() {
        let tables = vec![
            table(Some(1), 10, 20),
            table(None, 0, 100),
            table(Some(0), 0, 5),
            table(Some(1), 30, 40),
            table(Some(7), 50, 60),
        ];
        let index = spans_by_entry(&tables, 3);
        assert_eq!(
            index,
            vec![
                vec![Span::new(0, 5)],
                vec![Span::new(10, 20), Span::new(30, 40)],
                vec![],
            ]
        );
        for (ei, spans) in index.iter().enumerate() {
            for start in 0..70 {
                for end in start..70 {
                    let s = Span::new(start, end);
                    let scan = tables.iter().any(|t| {
                        t.entry == Some(ei) && t.span.start <= s.start && s.end <= t.span.end
                    });
                    assert_eq!(within_any(spans, &s), scan, "entry {ei}, {s:?}");
                }
            }
        }
    }
}
