//! `kamerlint parse FILE`: what the reader understood, for people
//! (`--format text`) and tools (`--format json`).
//!
//! Every item carries its 1-based line and character column as well as its
//! byte span, so the dump can be checked against the source by eye and by
//! program. Texts are cut to their first few words.
//!
//! The dump's types and their building from a document are in `dump`,
//! the text rendering in `text`: the JSON needs only the first.

mod dump;
mod header;
#[cfg(test)]
mod tests;
mod text;

pub use dump::{
    dump, BreakdownDump, CellLinkDump, DefinitionDump, DerivedDump, Dump, EntryDump, Excerpt,
    Field, FurnitureDump, MarkerDump, MetaDump, NoteDump, PageRefDump, Place, QuantityDump,
    RowDump, TableDump,
};
pub use header::{DateDump, HeaderDump, MemberDump, OfficeDump};
pub use text::text;

use crate::document::Document;

/// How many words of a question, answer or definition the dump shows.
pub const WORDS: usize = 8;
/// The most characters an excerpt shows, for lines without spaces.
const MAX_CHARS: usize = 80;

/// The dump as pretty JSON with a trailing newline.
pub fn json(doc: &Document) -> serde_json::Result<String> {
    super::pretty_json(&dump(doc))
}

/// The first [`WORDS`] words, at most [`MAX_CHARS`] characters, with "…"
/// when something was cut.
pub fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words
        .iter()
        .take(WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let mut cut = words.len() > WORDS;
    if out.chars().count() > MAX_CHARS {
        out = out.chars().take(MAX_CHARS).collect();
        cut = true;
    }
    if cut {
        out.push_str(" …");
    }
    out
}
