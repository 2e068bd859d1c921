//! Official publication XML (`officiele-publicatie`, as published for
//! Kamerstukken), and the safe XML parsing shared with the Word reader.
//!
//! The structure: `kamerstuk` → `kamerstukkop` (vergaderjaar lines),
//! `dossier` (`dossiernummer/dossiernr`, `titel`), `stuk` (`stuknr` with
//! `ondernummer`, `titel`, `datumtekst`, `algemeen/vrije-tekst/tekst` with
//! `al` paragraphs, `lijst/li`, CALS `table`s). Footnotes are `noot
//! type="voet"` elements at the marker, with `noot.nr` and `noot.al`;
//! `nootref refid` repeats a reference; `extref` is a link. Entries are
//! numbered `al` paragraphs, list items, or `vraag`/`antwoord` elements.
//!
//! Parsing is bounded: no external entities are resolved and no DTD is
//! fetched (roxmltree has no resolver here), entity expansion is limited by
//! roxmltree in depth and count and by `max-xml-size` in bytes (computed
//! before parsing, `super::entities`), and input size, node count and
//! nesting depth are capped.

mod parsing;
mod pieces;
mod reader;
mod table;

use super::detect::ReadError;
use super::synth;
use super::Document;
pub(crate) use parsing::{parse, utf8};
pub(crate) use pieces::{pieces_text, tidy};
use reader::Reader;

/// Largest official XML text read, entities expanded (`max-xml-size`); the
/// parts of a .docx have their own limit (`max-docx-part-size`).
pub const MAX_XML_BYTES: usize = 64 << 20;
/// Most XML nodes (elements, texts, attributes) in one document, by
/// default (`max-xml-nodes`): a tree of this many nodes takes a few hundred
/// MB, so a file of tiny elements cannot exhaust memory.
pub const MAX_NODES: u32 = 4_000_000;
/// Deepest element nesting accepted by default (`max-xml-depth`).
pub const MAX_DEPTH: usize = 200;
/// The deepest `max-xml-depth` can be set to: the readers recurse once per
/// level, and stay well inside a thread's stack up to here.
pub const HARD_MAX_DEPTH: usize = 1000;

/// Root elements of official publications this reader understands.
pub const ROOTS: &[&str] = &["officiele-publicatie", "kamerstuk", "kamervragen", "stuk"];

/// Reads official publication XML within the default limits.
pub fn read(path: &str, bytes: &[u8]) -> Result<Document, ReadError> {
    read_with(path, bytes, &super::detect::ReadLimits::default())
}

/// Reads official publication XML within `limits`.
pub fn read_with(
    path: &str,
    bytes: &[u8],
    limits: &super::detect::ReadLimits,
) -> Result<Document, ReadError> {
    let text = utf8(bytes)?;
    if text.len() as u64 > limits.xml_size {
        return Err(ReadError::new(
            crate::document::says::XML_TOO_LARGE.say(&[("max", &limits.xml_size)]),
        ));
    }
    // Before parsing: roxmltree would build the expanded text.
    if super::entities::expanded_size(text) > limits.xml_size {
        return Err(ReadError::new(
            crate::document::says::XML_ENTITIES.say(&[("max", &limits.xml_size)]),
        ));
    }
    let xml = parse(text, true, limits)?;
    let root = xml.root_element();
    if !ROOTS.contains(&root.tag_name().name()) {
        return Err(ReadError::new(
            crate::document::says::XML_ROOT.say(&[("root", &root.tag_name().name())]),
        ));
    }
    let mut reader = Reader::new();
    reader.collect_notes(root);
    reader.block(root, 0);
    Ok(synth::build(path, reader.source))
}
