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
