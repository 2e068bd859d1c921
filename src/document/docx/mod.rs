//! Word documents (.docx): a zip archive of XML parts.
//!
//! Read: the body's paragraphs and runs (tracked insertions in, deletions
//! out, field instructions out), automatic list numbers from
//! `word/numbering.xml` (they are not in the text: "1." in front of a
//! question is a number format plus a counter), tables (`w:tbl`, with
//! `w:gridSpan` and `w:vMerge`), real footnotes and endnotes
//! (`w:footnoteReference` → `word/footnotes.xml`), hyperlinks (their targets
//! from the part's relationships), and superscript digits typed by hand
//! where a footnote should be (a marker without a footnote).
//!
//! Footnote numbers are what Word prints: references are numbered 1, 2, 3,
//! ... in order, and a custom mark (`w:customMarkFollows`) prints its own
//! number. Endnotes share that sequence (the model has one kind of note).
//!
//! The archive is read with limits against zip bombs: at most
//! [`MAX_ENTRIES`] entries (`max-docx-entries`), each part read is cut off
//! at [`MAX_PART`] decompressed bytes (`max-docx-part-size`), whatever its header claims, and all
//! parts together at [`MAX_TOTAL`] (`max-docx-size`).

mod body;
mod container;
mod notes;
mod numbering;

use std::collections::HashMap;

use super::detect::{ReadError, ReadLimits};
use super::synth::{self, Piece, Source};
use super::xml::parse;
use super::{Document, Format};
use container::{rels_path, Parts};
use numbering::{Numbering, Styles};

/// Most entries a .docx may have by default.
pub const MAX_ENTRIES: usize = 10_000;
/// Most decompressed bytes of one part.
pub const MAX_PART: u64 = 64 << 20;
/// Most decompressed bytes over all parts read, by default.
pub const MAX_TOTAL: u64 = 192 << 20;

type Node<'a, 'i> = roxmltree::Node<'a, 'i>;

/// Reads a .docx within the default limits.
pub fn read(path: &str, bytes: &[u8]) -> Result<Document, ReadError> {
    read_with(path, bytes, &ReadLimits::default())
}

/// Reads a .docx within `limits`.
pub fn read_with(path: &str, bytes: &[u8], limits: &ReadLimits) -> Result<Document, ReadError> {
    let mut parts = Parts::open(bytes, limits)?;
    let main = parts
        .relationship_target("_rels/.rels", "", "officeDocument")?
        .unwrap_or_else(|| "word/document.xml".to_string());
    let document = parts
        .read(&main)?
        .ok_or_else(|| ReadError::new(crate::document::says::NO_DOCUMENT.text()))?;
    let main_rels = rels_path(&main);
    let dir = main.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    let part_of = |parts: &mut Parts, kind: &str, default: &str| -> Result<String, ReadError> {
        Ok(parts
            .relationship_target(&main_rels, dir, kind)?
            .unwrap_or_else(|| default.to_string()))
    };
    let numbering_path = part_of(&mut parts, "numbering", "word/numbering.xml")?;
    let styles_path = part_of(&mut parts, "styles", "word/styles.xml")?;
    let footnotes_path = part_of(&mut parts, "footnotes", "word/footnotes.xml")?;
    let endnotes_path = part_of(&mut parts, "endnotes", "word/endnotes.xml")?;

    let numbering_xml = parts.read(&numbering_path)?;
    let styles_xml = parts.read(&styles_path)?;
    let footnotes_xml = parts.read(&footnotes_path)?;
    let endnotes_xml = parts.read(&endnotes_path)?;
    let links = parts.relationships(&main_rels)?;
    let footnote_links = parts.relationships(&rels_path(&footnotes_path))?;
    let endnote_links = parts.relationships(&rels_path(&endnotes_path))?;

    let numbering = match &numbering_xml {
        Some(x) => Numbering::read(&parse(x, false, limits)?),
        None => Numbering::default(),
    };
    let styles = match &styles_xml {
        Some(x) => Styles::read(&parse(x, false, limits)?),
        None => Styles::default(),
    };
    let mut reader = Reader {
        source: Source::new(Format::Docx),
        numbering,
        styles,
        links,
        notes: HashMap::new(),
        note_pieces: HashMap::new(),
        auto: 0,
        last_marker: 0,
    };
    for (xml, kind, links) in [
        (&footnotes_xml, "footnote", footnote_links),
        (&endnotes_xml, "endnote", endnote_links),
    ] {
        let Some(xml) = xml else { continue };
        let tree = parse(xml, false, limits)?;
        reader.read_notes(&tree, kind, &links);
    }
    let tree = parse(&document, false, limits)?;
    let body = tree
        .root_element()
        .children()
        .find(|c| local(c) == "body")
        .ok_or_else(|| ReadError::new(crate::document::says::NO_BODY.text()))?;
    reader.body(body, 0);
    Ok(synth::build(path, reader.source))
}

fn local<'a>(node: &Node<'a, '_>) -> &'a str {
    node.tag_name().name()
}

/// An attribute by local name, whatever its namespace (`w:val`, `r:id`).
fn attr<'a>(node: &Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name() == name)
        .map(|a| a.value())
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| c.is_element() && local(c) == name)
}

fn val<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    child(node, name).and_then(|c| attr(&c, "val"))
}

/// Whether an on/off property (`<w:b/>`, `<w:tblHeader w:val="0"/>`) is on.
fn on(node: Node<'_, '_>, name: &str) -> bool {
    child(node, name).is_some_and(|c| !matches!(attr(&c, "val"), Some("0" | "false" | "off")))
}

struct Reader {
    source: Source,
    numbering: Numbering,
    styles: Styles,
    /// Relationships of the main part: hyperlink targets.
    links: HashMap<String, String>,
    /// ("footnote" | "endnote", id) → index into `source.notes`, once referenced.
    notes: HashMap<(String, String), usize>,
    /// ("footnote" | "endnote", id) → the note's content.
    note_pieces: HashMap<(String, String), Vec<Piece>>,
    /// Automatically numbered references so far.
    auto: u32,
    /// The number of the last marker, for telling typed superscript
    /// markers from other superscripts (m², 1e).
    last_marker: u32,
}
