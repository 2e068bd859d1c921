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

use std::collections::HashMap;

use super::detect::ReadError;
use super::synth::{self, Block, MetaField, Piece, Ref, Source, TableSource};
use super::{Document, Format, NoteKind};

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

/// Parses XML with the limits above. `allow_dtd` admits an internal DTD
/// subset (its entities are expanded with roxmltree's loop and
/// billion-laughs limits; external ones are never fetched). Elements may
/// nest `limits.xml_depth` deep, and a document has at most
/// `limits.xml_nodes` nodes.
pub(crate) fn parse<'i>(
    text: &'i str,
    allow_dtd: bool,
    limits: &super::detect::ReadLimits,
) -> Result<roxmltree::Document<'i>, ReadError> {
    let max_depth = limits.xml_depth.min(HARD_MAX_DEPTH);
    let options = roxmltree::ParsingOptions {
        allow_dtd,
        nodes_limit: limits.xml_nodes,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(text, options).map_err(|e| match e {
        roxmltree::Error::NodesLimitReached => ReadError::new(format!(
            "the XML has more than {} nodes (max-xml-nodes)",
            limits.xml_nodes
        )),
        e => ReadError::new(format!("the XML is not well-formed: {e}")),
    })?;
    // Nesting depth, without recursion.
    let mut stack = vec![(doc.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth > max_depth {
            return Err(ReadError::new(format!(
                "the XML is nested deeper than {max_depth} elements (max-xml-depth)"
            )));
        }
        for child in node.children().filter(|c| c.is_element()) {
            stack.push((child, depth + 1));
        }
    }
    Ok(doc)
}

/// The text of XML bytes: UTF-8, with a byte-order mark removed.
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, ReadError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        ReadError::new(format!(
            "the XML is not UTF-8 (first bad byte at offset {})",
            e.valid_up_to()
        ))
    })
}

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
        return Err(ReadError::new(format!(
            "the XML is larger than {} bytes (max-xml-size)",
            limits.xml_size
        )));
    }
    // Before parsing: roxmltree would build the expanded text.
    if super::entities::expanded_size(text) > limits.xml_size {
        return Err(ReadError::new(format!(
            "the XML's entities expand it to more than {} bytes (max-xml-size): refused",
            limits.xml_size
        )));
    }
    let xml = parse(text, true, limits)?;
    let root = xml.root_element();
    if !ROOTS.contains(&root.tag_name().name()) {
        return Err(ReadError::new(format!(
            "an XML document with root <{}>; kamerlint reads official publication XML (root <officiele-publicatie>)",
            root.tag_name().name()
        )));
    }
    let mut reader = Reader::new();
    reader.collect_notes(root);
    reader.block(root, 0);
    Ok(synth::build(path, reader.source))
}

/// Inline elements: their content belongs to the paragraph around them.
const INLINE: &[&str] = &[
    "nadruk", "extref", "intref", "noot", "nootref", "sup", "sub", "inf", "br", "a", "redactie",
    "span", "term", "nr",
];

/// Elements that carry no text of the document.
const SKIP: &[&str] = &["metadata", "meta", "colspec", "spanspec", "illustratie"];

struct Reader {
    source: Source,
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

fn name<'a>(node: &roxmltree::Node<'a, '_>) -> &'a str {
    node.tag_name().name()
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, tag: &str) -> Option<roxmltree::Node<'a, 'i>> {
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

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Reader {
    fn new() -> Self {
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
    fn collect_notes(&mut self, root: roxmltree::Node<'_, '_>) {
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
                    self.unnumbered.insert(
                        noot.id(),
                        format!("a footnote without a number (noot without noot.nr); read as footnote {n}"),
                    );
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

    fn is_paragraph(&self, node: roxmltree::Node<'_, '_>) -> bool {
        let mut elements = node.children().filter(|c| c.is_element()).peekable();
        let has_text = node
            .children()
            .any(|c| c.is_text() && !c.text().unwrap_or("").trim().is_empty());
        has_text || elements.peek().is_none() || elements.all(|c| INLINE.contains(&name(&c)))
    }

    fn block(&mut self, node: roxmltree::Node<'_, '_>, depth: usize) {
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
    fn inline(&mut self, node: roxmltree::Node<'_, '_>, depth: usize, refs: bool) -> Vec<Piece> {
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
                                format!("footnote reference (nootref refid=\"{refid}\") points to no footnote"),
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

    /// A CALS table: `title`, `tgroup` with `colspec`s, `thead`/`tbody`
    /// rows of `entry`s with `namest`/`nameend` (columns spanned) and
    /// `morerows` (rows spanned).
    fn table(&mut self, node: roxmltree::Node<'_, '_>, depth: usize) {
        let mut t = TableSource::default();
        if let Some(title) = child(node, "title") {
            let pieces = self.inline(title, depth + 1, true);
            if !pieces_text(&pieces).trim().is_empty() {
                t.caption = Some(tidy(pieces));
            }
        }
        let mut header = 0usize;
        for tgroup in node
            .children()
            .filter(|c| c.is_element() && name(c) == "tgroup")
        {
            let columns: Vec<String> = tgroup
                .children()
                .filter(|c| c.is_element() && name(c) == "colspec")
                .enumerate()
                .map(|(i, c)| {
                    c.attribute("colname")
                        .map(str::to_string)
                        .unwrap_or_else(|| format!("#{i}"))
                })
                .collect();
            let width = tgroup
                .attribute("cols")
                .and_then(|c| c.trim().parse::<usize>().ok())
                .unwrap_or(columns.len())
                .min(1000);
            // Cells still covered by a `morerows` above: column → rows left.
            let mut pending: HashMap<usize, usize> = HashMap::new();
            for section in tgroup.children().filter(|c| c.is_element()) {
                let head = match name(&section) {
                    "thead" => true,
                    "tbody" | "tfoot" => false,
                    _ => continue,
                };
                for row in section
                    .children()
                    .filter(|c| c.is_element() && name(c) == "row")
                {
                    let mut cells: Vec<Vec<Piece>> = Vec::new();
                    let mut col = 0usize;
                    let fill =
                        |col: &mut usize,
                         cells: &mut Vec<Vec<Piece>>,
                         pending: &mut HashMap<usize, usize>| {
                            while let Some(left) = pending.get_mut(col) {
                                if *left == 0 {
                                    pending.remove(col);
                                    break;
                                }
                                *left -= 1;
                                cells.push(Vec::new());
                                *col += 1;
                            }
                        };
                    for entry in row
                        .children()
                        .filter(|c| c.is_element() && name(c) == "entry")
                    {
                        fill(&mut col, &mut cells, &mut pending);
                        let index_of = |a: &str| {
                            entry
                                .attribute(a)
                                .and_then(|n| columns.iter().position(|c| c == n))
                        };
                        if let Some(start) = index_of("namest").or(index_of("colname")) {
                            while col < start && col < 1000 {
                                cells.push(Vec::new());
                                col += 1;
                            }
                        }
                        let span = match (index_of("namest"), index_of("nameend")) {
                            (Some(a), Some(b)) if b > a => (b - a + 1).min(1000),
                            _ => 1,
                        };
                        let mut pieces = Vec::new();
                        if self.is_paragraph(entry) {
                            pieces = self.inline(entry, depth + 1, true);
                        } else {
                            for part in entry.children().filter(|c| c.is_element()) {
                                if !pieces.is_empty() {
                                    pieces.push(Piece::Text(" ".into()));
                                }
                                pieces.extend(self.inline(part, depth + 1, true));
                            }
                        }
                        let rows_below = entry
                            .attribute("morerows")
                            .and_then(|m| m.trim().parse::<usize>().ok())
                            .unwrap_or(0)
                            .min(10_000);
                        for k in 0..span {
                            if rows_below > 0 {
                                pending.insert(col + k, rows_below);
                            }
                        }
                        cells.push(tidy(pieces));
                        for _ in 1..span {
                            cells.push(Vec::new());
                        }
                        col += span;
                    }
                    fill(&mut col, &mut cells, &mut pending);
                    while cells.len() < width {
                        cells.push(Vec::new());
                    }
                    if head {
                        header += 1;
                    }
                    t.rows.push(cells);
                }
            }
        }
        if header > 0 {
            t.header_rows = Some(header);
        }
        self.source.blocks.push(Block::Table(t));
    }
}

/// Whitespace collapsed across pieces, and trimmed at both ends.
pub(crate) fn tidy(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut space = true; // at the start: drop leading whitespace
    for p in pieces {
        match p {
            Piece::Text(t) => {
                let mut s = String::with_capacity(t.len());
                for c in t.chars() {
                    if c.is_whitespace() && c != '\u{a0}' {
                        if !space {
                            s.push(' ');
                            space = true;
                        }
                    } else {
                        s.push(c);
                        space = false;
                    }
                }
                if !s.is_empty() {
                    out.push(Piece::Text(s));
                }
            }
            Piece::Link { text, url } => {
                let mut t = collapse(&text);
                if !t.is_empty() {
                    if text.starts_with(char::is_whitespace) && !space {
                        t.insert(0, ' ');
                    }
                    space = false;
                    out.push(Piece::Link { text: t, url });
                }
            }
            r @ Piece::Ref(_) => {
                space = false;
                out.push(r);
            }
        }
    }
    // Trailing whitespace.
    while let Some(Piece::Text(t)) = out.last_mut() {
        let trimmed = t.trim_end().len();
        if trimmed == 0 {
            out.pop();
        } else {
            t.truncate(trimmed);
            break;
        }
    }
    out
}

pub(crate) fn pieces_text(pieces: &[Piece]) -> String {
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => s.push_str(t),
            Piece::Link { text, .. } => s.push_str(text),
            Piece::Ref(_) => {}
        }
    }
    s
}

pub(crate) fn has_ref(pieces: &[Piece]) -> bool {
    pieces.iter().any(|p| matches!(p, Piece::Ref(_)))
}
