//! Publication XML mapped into the model: blocks, paragraphs, lists, questions and answers.

use std::collections::HashMap;

use super::pieces::{collapse, has_ref, pieces_text, tidy};
use super::HARD_MAX_DEPTH;
use crate::document::synth::{Block, MetaField, Piece, Ref, Source};
use crate::document::{Format, NoteKind};
use crate::lang::Msg;

/// A `noot` without `noot.nr` (reported by footnote/out-of-order).
const UNNUMBERED: Msg = Msg::new(
    "voetnoot zonder nummer (noot zonder noot.nr); gelezen als voetnoot {number}",
    "a footnote without a number (noot without noot.nr); read as footnote {number}",
);
/// A `nootref` to no footnote (reported by footnote/undefined).
const BROKEN_REFERENCE: Msg = Msg::new(
    "voetnootteken (nootref refid=\"{refid}\") wijst naar geen enkele voetnoot",
    "footnote reference (nootref refid=\"{refid}\") points to no footnote",
);

/// Inline elements: their content belongs to the paragraph around them.
const INLINE: &[&str] = &[
    "nadruk", "extref", "intref", "noot", "nootref", "sup", "sub", "inf", "br", "a", "redactie",
    "span", "term", "nr",
];

/// Elements that carry no text of the document.
const SKIP: &[&str] = &["metadata", "meta", "colspec", "spanspec", "illustratie"];

pub(super) struct Reader {
    pub(super) source: Source,
    /// `noot` elements by node id: (index into notes, number).
    notes: HashMap<roxmltree::NodeId, (usize, u32)>,
    /// `noot` ids (the `id` attribute) → node id, for `nootref`.
    ids: HashMap<String, roxmltree::NodeId>,
    /// The problem of an unnumbered `noot`, reported at its reference.
    unnumbered: HashMap<roxmltree::NodeId, String>,
    last_question: u32,
    dossiernr: Option<String>,
    /// The number of the last footnote reference, for telling superscript
    /// markers from other superscripts.
    last_marker: u32,
}

pub(super) fn name<'a>(node: &roxmltree::Node<'a, '_>) -> &'a str {
    node.tag_name().name()
}

pub(super) fn child<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    tag: &str,
) -> Option<roxmltree::Node<'a, 'i>> {
    node.children().find(|c| c.is_element() && name(c) == tag)
}

/// All text below a node, whitespace collapsed.
fn plain(node: roxmltree::Node<'_, '_>) -> String {
    let mut s = String::new();
    for d in node.descendants().filter(|d| d.is_text()) {
        // Text of a footnote inside the node is not part of its text.
        let in_note = d
            .ancestors()
            .skip(1)
            .take_while(|a| *a != node)
            .any(|a| a.is_element() && name(&a) == "noot");
        if !in_note {
            s.push_str(d.text().unwrap_or(""));
        }
    }
    collapse(&s)
}

impl Reader {
    pub(super) fn new() -> Self {
        Reader {
            source: Source::new(Format::Xml),
            notes: HashMap::new(),
            ids: HashMap::new(),
            unnumbered: HashMap::new(),
            last_question: 0,
            dossiernr: None,
            last_marker: 0,
        }
    }

    /// The number of a `sup` that reads as a footnote marker: one to three
    /// digits, the next marker in sequence or up to two further.
    fn superscript_marker(&self, sup: roxmltree::Node<'_, '_>) -> Option<u32> {
        let t = plain(sup);
        if t.is_empty() || t.len() > 3 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: u32 = t.parse().ok()?;
        let next = self.last_marker + 1;
        (next..=next + 2).contains(&n).then_some(n)
    }

    /// Numbers every `noot` in document order, so `nootref` can refer to
    /// one anywhere.
    pub(super) fn collect_notes(&mut self, root: roxmltree::Node<'_, '_>) {
        let mut last = 0u32;
        for noot in root
            .descendants()
            .filter(|n| n.is_element() && name(n) == "noot")
        {
            let printed = child(noot, "noot.nr").map(plain).unwrap_or_default();
            let digits: String = printed.chars().filter(|c| c.is_ascii_digit()).collect();
            let number = match digits.parse::<u32>() {
                Ok(n) => n,
                Err(_) => {
                    let n = last + 1;
                    self.unnumbered
                        .insert(noot.id(), UNNUMBERED.say(&[("number", &n)]));
                    n
                }
            };
            last = number;
            // The footnote text: its noot.al paragraphs (or any text).
            let mut pieces = Vec::new();
            for al in noot
                .children()
                .filter(|c| c.is_element() && name(c) != "noot.nr")
            {
                if !pieces.is_empty() {
                    pieces.push(Piece::Text(" ".into()));
                }
                pieces.extend(self.inline(al, 0, false));
            }
            let index = self.source.notes.len();
            self.source.notes.push(tidy(pieces));
            self.notes.insert(noot.id(), (index, number));
            if let Some(id) = noot.attribute("id") {
                self.ids.entry(id.to_string()).or_insert(noot.id());
            }
        }
    }

    fn para(&mut self, pieces: Vec<Piece>) -> usize {
        self.source.blocks.push(Block::Para(tidy(pieces)));
        self.source.blocks.len() - 1
    }

    pub(super) fn is_paragraph(&self, node: roxmltree::Node<'_, '_>) -> bool {
        let mut elements = node.children().filter(|c| c.is_element()).peekable();
        let has_text = node
            .children()
            .any(|c| c.is_text() && !c.text().unwrap_or("").trim().is_empty());
        has_text || elements.peek().is_none() || elements.all(|c| INLINE.contains(&name(&c)))
    }

    pub(super) fn block(&mut self, node: roxmltree::Node<'_, '_>, depth: usize) {
        if depth > HARD_MAX_DEPTH {
            return;
        }
        for c in node.children().filter(|c| c.is_element()) {
            let tag = name(&c);
            if SKIP.contains(&tag) {
                continue;
            }
            match tag {
                "dossier" => self.dossier(c),
                "stuknr" => {
                    let text = plain(c);
                    let block = self.para(vec![Piece::Text(text)]);
                    if let (Some(nr), Some(onder)) =
                        (&self.dossiernr, child(c, "ondernummer").map(plain))
                    {
                        let value = format!("{nr}-{}", onder.trim());
                        self.source.meta.push((MetaField::Dossier, block, value));
                    }
                }
                "titel" if name(&node) == "stuk" => {
                    let pieces = self.inline(c, depth, true);
                    let value = plain(c);
                    let block = self.para(pieces);
                    self.source.meta.push((MetaField::Title, block, value));
                }
                "kop" => {
                    let mut pieces = Vec::new();
                    for part in c.children().filter(|p| p.is_element()) {
                        if !pieces.is_empty() {
                            pieces.push(Piece::Text(" ".into()));
                        }
                        pieces.extend(self.inline(part, depth + 1, true));
                    }
                    self.para(pieces);
                }
                "table" => self.table(c, depth + 1),
                "lijst" => self.list(c, depth + 1),
                "vraag" | "antwoord" => self.qa(c, depth + 1),
                _ if self.is_paragraph(c) => {
                    let pieces = self.inline(c, depth + 1, true);
                    if pieces_text(&pieces).trim().is_empty() && !has_ref(&pieces) {
                        continue;
                    }
                    self.para(pieces);
                }
                _ => self.block(c, depth + 1),
            }
        }
    }

    fn dossier(&mut self, node: roxmltree::Node<'_, '_>) {
        let nr = child(node, "dossiernummer")
            .and_then(|d| child(d, "dossiernr"))
            .map(plain)
            .unwrap_or_default();
        let titel = child(node, "titel").map(plain).unwrap_or_default();
        if !nr.is_empty() {
            self.dossiernr = Some(nr.chars().filter(|c| !c.is_whitespace()).collect());
        }
        let line = [nr.as_str(), titel.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        if line.is_empty() {
            return;
        }
        let block = self.para(vec![Piece::Text(line)]);
        if !titel.is_empty() {
            self.source.meta.push((MetaField::Subject, block, titel));
        }
    }

    /// Text, links and footnote references of an element.
    pub(super) fn inline(
        &mut self,
        node: roxmltree::Node<'_, '_>,
        depth: usize,
        refs: bool,
    ) -> Vec<Piece> {
        let mut out = Vec::new();
        if depth > HARD_MAX_DEPTH {
            return out;
        }
        for c in node.children() {
            if c.is_text() {
                out.push(Piece::Text(c.text().unwrap_or("").to_string()));
                continue;
            }
            if !c.is_element() {
                continue;
            }
            match name(&c) {
                "noot" => {
                    if !refs {
                        continue;
                    }
                    let (note, number) = match self.notes.get(&c.id()) {
                        Some(&(i, n)) => (Some(i), Some(n)),
                        None => (None, None),
                    };
                    self.last_marker = number.unwrap_or(self.last_marker);
                    let problem = self
                        .unnumbered
                        .get(&c.id())
                        .map(|m| (NoteKind::UnnumberedFootnote, m.clone()));
                    out.push(Piece::Ref(Ref {
                        number,
                        note,
                        problem,
                    }));
                }
                "nootref" => {
                    if !refs {
                        continue;
                    }
                    let refid = c.attribute("refid").unwrap_or("");
                    let target = self.ids.get(refid).and_then(|id| self.notes.get(id));
                    out.push(Piece::Ref(match target {
                        Some(&(i, n)) => Ref {
                            number: Some(n),
                            note: Some(i),
                            problem: None,
                        },
                        None => Ref {
                            number: None,
                            note: None,
                            problem: Some((
                                NoteKind::BrokenFootnoteReference,
                                BROKEN_REFERENCE.say(&[("refid", &refid)]),
                            )),
                        },
                    }));
                }
                "extref" => {
                    let text = plain(c);
                    let target = c.attribute("doc").unwrap_or("");
                    let url = if target.starts_with("http") || target.starts_with("www.") {
                        target.to_string()
                    } else {
                        String::new()
                    };
                    out.push(Piece::Link { text, url });
                }
                "br" => out.push(Piece::Text(" ".into())),
                // Digits in superscript where a footnote marker belongs,
                // without a footnote: a marker whose footnote is missing
                // (as in Word; only when the number fits the sequence).
                "sup" if refs && self.superscript_marker(c).is_some() => {
                    let number = self.superscript_marker(c);
                    self.last_marker = number.unwrap_or(self.last_marker);
                    out.push(Piece::Ref(Ref {
                        number,
                        note: None,
                        problem: None,
                    }));
                }
                tag if SKIP.contains(&tag) => {}
                _ => out.extend(self.inline(c, depth + 1, refs)),
            }
        }
        out
    }

    fn list(&mut self, node: roxmltree::Node<'_, '_>, depth: usize) {
        for li in node
            .children()
            .filter(|c| c.is_element() && name(c) == "li")
        {
            let mut prefix = child(li, "li.nr").map(plain).unwrap_or_default();
            let mut first = true;
            for part in li
                .children()
                .filter(|c| c.is_element() && name(c) != "li.nr")
            {
                if name(&part) == "lijst" {
                    self.list(part, depth + 1);
                    continue;
                }
                if name(&part) == "table" {
                    self.table(part, depth + 1);
                    continue;
                }
                let mut pieces = Vec::new();
                if first && !prefix.is_empty() {
                    pieces.push(Piece::Text(format!("{} ", std::mem::take(&mut prefix))));
                }
                first = false;
                pieces.extend(self.inline(part, depth + 1, true));
                self.para(pieces);
            }
            if !prefix.is_empty() {
                self.para(vec![Piece::Text(prefix)]);
            }
        }
    }

    /// `vraag`/`antwoord`: labelled "Vraag N" / "Antwoord N" unless the
    /// text already starts with its label.
    fn qa(&mut self, node: roxmltree::Node<'_, '_>, depth: usize) {
        let question = name(&node) == "vraag";
        let declared = node
            .attribute("nummer")
            .or(node.attribute("nr"))
            .map(str::to_string)
            .or_else(|| child(node, "nr").map(plain))
            .and_then(|s| {
                s.chars()
                    .filter(|c| c.is_ascii_digit())
                    .collect::<String>()
                    .parse::<u32>()
                    .ok()
            });
        let number = if question {
            let n = declared.unwrap_or(self.last_question + 1);
            self.last_question = n;
            n
        } else {
            declared.unwrap_or(self.last_question)
        };
        let label = if question { "Vraag" } else { "Antwoord" };
        let mut labelled = false;
        for part in node
            .children()
            .filter(|c| c.is_element() && name(c) != "nr")
        {
            match name(&part) {
                "table" => {
                    self.table(part, depth + 1);
                    continue;
                }
                "lijst" => {
                    self.list(part, depth + 1);
                    continue;
                }
                _ => {}
            }
            let mut pieces = self.inline(part, depth + 1, true);
            if !labelled {
                labelled = true;
                let text = pieces_text(&pieces);
                if !text
                    .trim_start()
                    .to_lowercase()
                    .starts_with(&label.to_lowercase())
                {
                    pieces.insert(0, Piece::Text(format!("{label} {number} ")));
                }
            }
            self.para(pieces);
        }
        if !labelled {
            self.para(vec![Piece::Text(format!("{label} {number}"))]);
        }
    }
}
