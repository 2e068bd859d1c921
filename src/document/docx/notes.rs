//! Footnotes and endnotes: their texts, and the references to them as Word numbers them.

use std::collections::HashMap;

use super::{attr, local, Reader};
use crate::document::synth::{Piece, Ref};
use crate::document::xml::tidy;

impl Reader {
    pub(super) fn read_notes(
        &mut self,
        tree: &roxmltree::Document<'_>,
        kind: &str,
        links: &HashMap<String, String>,
    ) {
        for note in tree.descendants().filter(|d| local(d) == kind) {
            if matches!(
                attr(&note, "type"),
                Some("separator" | "continuationSeparator" | "continuationNotice")
            ) {
                continue;
            }
            let Some(id) = attr(&note, "id") else {
                continue;
            };
            let mut pieces = Vec::new();
            for p in note.children().filter(|c| local(c) == "p") {
                if !pieces.is_empty() {
                    pieces.push(Piece::Text(" ".into()));
                }
                let saved = std::mem::replace(&mut self.links, links.clone());
                let mut content = Vec::new();
                self.inline(p, &mut content, 0, false);
                self.links = saved;
                pieces.extend(content);
            }
            self.note_pieces
                .insert((kind.to_string(), id.to_string()), tidy(pieces));
        }
    }

    /// A reference to footnote or endnote `id`, numbered as Word prints it.
    pub(super) fn reference(
        &mut self,
        out: &mut Vec<Piece>,
        kind: &str,
        id: &str,
        custom: Option<u32>,
        refs: bool,
    ) {
        if !refs {
            return;
        }
        let number = match custom {
            Some(n) => n,
            None => {
                self.auto += 1;
                self.auto
            }
        };
        self.last_marker = number;
        let key = (kind.to_string(), id.to_string());
        let note = match self.notes.get(&key) {
            Some(&i) => Some(i),
            None => self.note_pieces.get(&key).cloned().map(|pieces| {
                self.source.notes.push(pieces);
                let i = self.source.notes.len() - 1;
                self.notes.insert(key, i);
                i
            }),
        };
        out.push(Piece::Ref(Ref {
            number: Some(number),
            note,
            problem: None,
        }));
    }
}
