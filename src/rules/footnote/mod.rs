//! footnote/: markers in the text against the definitions at page bottoms.
//! One file a rule, named after its id (`footnote/out-of-order` is
//! `out_of_order.rs`); what several rules need is built once here.

mod detached_marker;
mod duplicate_definition;
mod duplicate_url;
mod empty_definition;
mod malformed_url;
mod out_of_order;
mod uncertain_marker;
mod undefined;
mod unreferenced;

use std::collections::{BTreeMap, BTreeSet};

pub use detached_marker::DETACHED_MARKER;
pub use duplicate_definition::DUPLICATE_DEFINITION;
pub use duplicate_url::DUPLICATE_URL;
pub use empty_definition::EMPTY_DEFINITION;
pub use malformed_url::MALFORMED_URL;
pub use out_of_order::OUT_OF_ORDER;
pub use uncertain_marker::UNCERTAIN_MARKER;
pub use undefined::UNDEFINED;
pub use unreferenced::UNREFERENCED;

use super::registry::Family;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, FootnoteDef, NoteKind, ReaderNote};

/// The footnote family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "footnote",
    rules: &[
        &UNDEFINED,
        &UNREFERENCED,
        &DUPLICATE_DEFINITION,
        &OUT_OF_ORDER,
        &DETACHED_MARKER,
        &DUPLICATE_URL,
        &EMPTY_DEFINITION,
        &MALFORMED_URL,
        &UNCERTAIN_MARKER,
    ],
    check: Some(check),
    settings: None,
    compare: None,
};

/// The rules that need line breaks to tell a definition from the running
/// text, or a marker from a number.
const NEED_LINES: &[&str] = &[
    UNDEFINED.id,
    UNREFERENCED.id,
    OUT_OF_ORDER.id,
    DUPLICATE_DEFINITION.id,
    DETACHED_MARKER.id,
    UNCERTAIN_MARKER.id,
    DUPLICATE_URL.id,
];

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let start = out.len();
    let defs = Defs::of(doc);
    undefined::check(doc, &defs, out);
    unreferenced::check(doc, &defs, out);
    duplicate_definition::check(doc, out);
    out_of_order::check(doc, &defs, out);
    detached_marker::check(doc, out);
    duplicate_url::check(doc, out);
    empty_definition::check(doc, out);
    malformed_url::check(doc, out);
    uncertain_marker::check(doc, out);
    // Where the line breaks were lost, a definition cannot be told from
    // the running text (nor a marker from a number): the numbering rules
    // stay silent rather than guess.
    if doc.line_breaks_lost {
        let mine = out.split_off(start);
        out.extend(mine.into_iter().filter(|d| !NEED_LINES.contains(&d.rule)));
    }
}

/// The definitions as the numbering rules see them.
struct Defs<'a> {
    /// Every number that has a definition.
    defined: BTreeSet<u32>,
    /// The first definition of each number, in text order (a second one is
    /// `footnote/duplicate-definition`'s alone).
    firsts: Vec<&'a FootnoteDef>,
}

impl<'a> Defs<'a> {
    fn of(doc: &'a Document) -> Defs<'a> {
        let mut seen = BTreeMap::new();
        let mut firsts = Vec::new();
        for d in &doc.definitions {
            if seen.insert(d.number, ()).is_none() {
                firsts.push(d);
            }
        }
        Defs {
            defined: seen.into_keys().collect(),
            firsts,
        }
    }
}

/// The reader's notes of one kind.
fn notes_of_kind(doc: &Document, kind: NoteKind) -> impl Iterator<Item = &ReaderNote> {
    doc.notes.iter().filter(move |n| n.kind == kind)
}
