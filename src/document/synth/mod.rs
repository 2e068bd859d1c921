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

mod assemble;
mod regions;
mod tables;
mod writer;

use super::*;
pub(crate) use assemble::build;

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
