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

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read};

use super::detect::{ReadError, ReadLimits};
use super::synth::{self, Block, Piece, Ref, Source, TableSource};
use super::xml::{parse, tidy, utf8, HARD_MAX_DEPTH};
use super::{Document, Format};

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
    let document = parts.read(&main)?.ok_or_else(|| {
        ReadError::new("not a Word document: the archive has no word/document.xml")
    })?;
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
        .ok_or_else(|| ReadError::new("not a Word document: word/document.xml has no body"))?;
    reader.body(body, 0);
    Ok(synth::build(path, reader.source))
}

/// The parts of the archive, read with limits.
struct Parts<'a> {
    archive: zip::ZipArchive<Cursor<&'a [u8]>>,
    read_total: u64,
    /// Most decompressed bytes over all parts.
    max_total: u64,
    /// Most decompressed bytes of one part.
    max_part: u64,
    limits: ReadLimits,
}

impl<'a> Parts<'a> {
    fn open(bytes: &'a [u8], limits: &ReadLimits) -> Result<Self, ReadError> {
        let archive = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| ReadError::new(format!("not a valid .docx (zip) archive: {e}")))?;
        if archive.len() > limits.docx_entries {
            return Err(ReadError::new(format!(
                "the .docx has {} entries, more than the {} accepted (max-docx-entries)",
                archive.len(),
                limits.docx_entries
            )));
        }
        Ok(Parts {
            archive,
            read_total: 0,
            max_total: limits.docx_size,
            max_part: limits.docx_part_size,
            limits: *limits,
        })
    }

    /// A part as text, or `None` when the archive does not have it.
    fn read(&mut self, name: &str) -> Result<Option<String>, ReadError> {
        let name = name.trim_start_matches('/');
        let mut file = match self.archive.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => {
                return Err(ReadError::new(format!(
                    "cannot read {name} in the .docx: {e}"
                )))
            }
        };
        let left = self.max_total.saturating_sub(self.read_total);
        let (budget, limit) = if self.max_part <= left {
            (
                self.max_part,
                format!("max-docx-part-size {}", self.max_part),
            )
        } else {
            (
                left,
                format!("max-docx-size {}, all parts together", self.max_total),
            )
        };
        let mut bytes = Vec::new();
        (&mut file)
            .take(budget + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| ReadError::new(format!("cannot read {name} in the .docx: {e}")))?;
        if bytes.len() as u64 > budget {
            return Err(ReadError::new(format!(
                "{name} in the .docx decompresses to more than {budget} bytes ({limit}): refused (a zip bomb?)"
            )));
        }
        self.read_total += bytes.len() as u64;
        let text = utf8(&bytes)
            .map_err(|e| ReadError::new(format!("{name} in the .docx: {e}")))?
            .to_string();
        Ok(Some(text))
    }

    /// Relationship id → target of a relationships part.
    fn relationships(&mut self, rels: &str) -> Result<HashMap<String, String>, ReadError> {
        let mut out = HashMap::new();
        let Some(xml) = self.read(rels)? else {
            return Ok(out);
        };
        let tree = parse(&xml, false, &self.limits)?;
        for r in tree.descendants().filter(|n| local(n) == "Relationship") {
            if let (Some(id), Some(target)) = (attr(&r, "Id"), attr(&r, "Target")) {
                out.insert(id.to_string(), target.to_string());
            }
        }
        Ok(out)
    }

    /// The target of the first relationship of a type ending in `/kind`,
    /// as a path inside the archive.
    fn relationship_target(
        &mut self,
        rels: &str,
        dir: &str,
        kind: &str,
    ) -> Result<Option<String>, ReadError> {
        let Some(xml) = self.read(rels)? else {
            return Ok(None);
        };
        let tree = parse(&xml, false, &self.limits)?;
        let suffix = format!("/{kind}");
        let target = tree
            .descendants()
            .filter(|n| local(n) == "Relationship")
            .find(|r| attr(r, "Type").is_some_and(|t| t.ends_with(&suffix)))
            .and_then(|r| attr(&r, "Target"));
        Ok(target.map(|t| {
            if let Some(abs) = t.strip_prefix('/') {
                abs.to_string()
            } else if dir.is_empty() {
                t.to_string()
            } else {
                format!("{dir}/{t}")
            }
        }))
    }
}

/// `word/document.xml` → `word/_rels/document.xml.rels`.
fn rels_path(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
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

#[derive(Debug, Clone)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// List definitions and the counters of the lists read so far.
#[derive(Debug, Default)]
struct Numbering {
    /// abstractNumId → levels 0..9.
    abstracts: HashMap<String, Vec<Option<Level>>>,
    /// numId → (abstractNumId, start overrides per level).
    nums: HashMap<String, (String, HashMap<usize, u32>)>,
    /// abstractNumId → current counter per level.
    counters: HashMap<String, [Option<u32>; 9]>,
    /// (numId, level) whose start override has been applied.
    restarted: HashSet<(String, usize)>,
}

impl Numbering {
    fn read(tree: &roxmltree::Document<'_>) -> Self {
        let mut n = Numbering::default();
        for a in tree.descendants().filter(|d| local(d) == "abstractNum") {
            let Some(id) = attr(&a, "abstractNumId") else {
                continue;
            };
            let mut levels: Vec<Option<Level>> = vec![None; 9];
            for lvl in a.children().filter(|c| local(c) == "lvl") {
                let Some(i) = attr(&lvl, "ilvl").and_then(|v| v.parse::<usize>().ok()) else {
                    continue;
                };
                if i >= 9 {
                    continue;
                }
                levels[i] = Some(Level {
                    start: val(lvl, "start").and_then(|v| v.parse().ok()).unwrap_or(1),
                    format: val(lvl, "numFmt").unwrap_or("decimal").to_string(),
                    text: val(lvl, "lvlText").unwrap_or("").to_string(),
                });
            }
            n.abstracts.insert(id.to_string(), levels);
        }
        for num in tree.descendants().filter(|d| local(d) == "num") {
            let (Some(id), Some(abs)) = (attr(&num, "numId"), val(num, "abstractNumId")) else {
                continue;
            };
            let mut overrides = HashMap::new();
            for o in num.children().filter(|c| local(c) == "lvlOverride") {
                let level = attr(&o, "ilvl").and_then(|v| v.parse::<usize>().ok());
                let start = val(o, "startOverride").and_then(|v| v.parse::<u32>().ok());
                if let (Some(level), Some(start)) = (level, start) {
                    overrides.insert(level, start);
                }
            }
            n.nums.insert(id.to_string(), (abs.to_string(), overrides));
        }
        n
    }

    /// The printed label of the next paragraph in list `num` at `level`
    /// ("1.", "a)", "•"), advancing the counters.
    fn label(&mut self, num: &str, level: usize) -> Option<String> {
        if num == "0" || level >= 9 {
            return None;
        }
        let (abs, overrides) = self.nums.get(num)?.clone();
        let levels = self.abstracts.get(&abs)?.clone();
        let def = levels.get(level)?.clone()?;
        let counters = self.counters.entry(abs).or_insert([None; 9]);
        if let Some(start) = overrides.get(&level) {
            if self.restarted.insert((num.to_string(), level)) {
                counters[level] = Some(start.saturating_sub(1));
                if *start == 0 {
                    counters[level] = None;
                }
            }
        }
        counters[level] = Some(match counters[level] {
            Some(c) => c.saturating_add(1),
            None => *overrides.get(&level).unwrap_or(&def.start),
        });
        for c in counters.iter_mut().skip(level + 1) {
            *c = None;
        }
        if def.format == "bullet" {
            return Some("•".to_string());
        }
        if def.format == "none" {
            return (!def.text.is_empty() && !def.text.contains('%')).then(|| def.text.clone());
        }
        let mut out = def.text.clone();
        for k in (0..9).rev() {
            let placeholder = format!("%{}", k + 1);
            if !out.contains(&placeholder) {
                continue;
            }
            let lvl = levels.get(k).cloned().flatten();
            let value = counters[k].unwrap_or(lvl.as_ref().map(|l| l.start).unwrap_or(1));
            let format = lvl.map(|l| l.format).unwrap_or_else(|| "decimal".into());
            out = out.replace(&placeholder, &format_number(value, &format));
        }
        Some(out)
    }
}

fn format_number(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" => letters(n).to_lowercase(),
        "upperLetter" => letters(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" if n < 10 => format!("0{n}"),
        _ => n.to_string(),
    }
}

/// 1 → A, 26 → Z, 27 → AA (Word repeats the letter).
fn letters(n: u32) -> String {
    if n == 0 {
        return String::new();
    }
    let letter = char::from(b'A' + ((n - 1) % 26) as u8);
    let count = ((n - 1) / 26 + 1).min(10) as usize;
    std::iter::repeat_n(letter, count).collect()
}

fn roman(mut n: u32) -> String {
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in table {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// Paragraph styles that carry list numbering ("List Number").
#[derive(Debug, Default)]
struct Styles {
    /// styleId → (numId, ilvl) set on the style itself.
    numbering: HashMap<String, (Option<String>, Option<usize>)>,
    based_on: HashMap<String, String>,
}

impl Styles {
    fn read(tree: &roxmltree::Document<'_>) -> Self {
        let mut s = Styles::default();
        for style in tree.descendants().filter(|d| local(d) == "style") {
            let Some(id) = attr(&style, "styleId") else {
                continue;
            };
            if let Some(base) = val(style, "basedOn") {
                s.based_on.insert(id.to_string(), base.to_string());
            }
            if let Some(num_pr) = child(style, "pPr").and_then(|p| child(p, "numPr")) {
                let num = val(num_pr, "numId").map(str::to_string);
                let level = val(num_pr, "ilvl").and_then(|v| v.parse().ok());
                s.numbering.insert(id.to_string(), (num, level));
            }
        }
        s
    }

    /// (numId, ilvl) a paragraph style gives, following `basedOn`.
    fn list_of(&self, style: &str) -> (Option<String>, Option<usize>) {
        let mut id = style.to_string();
        let (mut num, mut level) = (None, None);
        for _ in 0..16 {
            if let Some((n, l)) = self.numbering.get(&id) {
                num = num.or_else(|| n.clone());
                level = level.or(*l);
            }
            match self.based_on.get(&id) {
                Some(base) => id = base.clone(),
                None => break,
            }
        }
        (num, level)
    }
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

/// How a run's content is being read.
#[derive(Default)]
struct RunState {
    /// The next text is a custom footnote mark, not text.
    custom_mark: Option<(String, String)>,
}

impl Reader {
    fn read_notes(
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

    fn body(&mut self, node: Node<'_, '_>, depth: usize) {
        if depth > HARD_MAX_DEPTH {
            return;
        }
        for c in node.children().filter(|c| c.is_element()) {
            match local(&c) {
                "p" => self.paragraph(c),
                "tbl" => self.table(c, depth + 1),
                "sdt" => {
                    if let Some(content) = child(c, "sdtContent") {
                        self.body(content, depth + 1);
                    }
                }
                "customXml" | "ins" | "moveTo" => self.body(c, depth + 1),
                _ => {}
            }
        }
    }

    fn paragraph(&mut self, p: Node<'_, '_>) {
        let mut pieces = Vec::new();
        if let Some(label) = self.list_label(p) {
            if !label.is_empty() {
                pieces.push(Piece::Text(format!("{label} ")));
            }
        }
        self.inline(p, &mut pieces, 0, true);
        self.source.blocks.push(Block::Para(tidy(pieces)));
    }

    fn list_label(&mut self, p: Node<'_, '_>) -> Option<String> {
        let ppr = child(p, "pPr");
        let num_pr = ppr.and_then(|pp| child(pp, "numPr"));
        let (mut num, mut level) = (
            num_pr.and_then(|n| val(n, "numId")).map(str::to_string),
            num_pr
                .and_then(|n| val(n, "ilvl"))
                .and_then(|v| v.parse().ok()),
        );
        if num.is_none() {
            if let Some(style) = ppr.and_then(|pp| val(pp, "pStyle")) {
                let (n, l) = self.styles.list_of(style);
                num = n;
                level = level.or(l);
            }
        }
        self.numbering.label(&num?, level.unwrap_or(0))
    }

    /// The content of a paragraph (or any run container) as pieces.
    fn inline(&mut self, node: Node<'_, '_>, out: &mut Vec<Piece>, depth: usize, refs: bool) {
        if depth > HARD_MAX_DEPTH {
            return;
        }
        for c in node.children().filter(|c| c.is_element()) {
            match local(&c) {
                "r" => self.run(c, out, refs),
                "hyperlink" => {
                    let url = attr(&c, "id")
                        .and_then(|id| self.links.get(id))
                        .cloned()
                        .unwrap_or_default();
                    let mut inner = Vec::new();
                    self.inline(c, &mut inner, depth + 1, refs);
                    let text = super::xml::pieces_text(&inner);
                    out.push(Piece::Link { text, url });
                    out.extend(inner.into_iter().filter(|p| matches!(p, Piece::Ref(_))));
                }
                "ins" | "moveTo" | "smartTag" | "customXml" | "fldSimple" | "bdo" | "dir" => {
                    self.inline(c, out, depth + 1, refs)
                }
                "sdt" => {
                    if let Some(content) = child(c, "sdtContent") {
                        self.inline(content, out, depth + 1, refs);
                    }
                }
                _ => {}
            }
        }
    }

    fn run(&mut self, r: Node<'_, '_>, out: &mut Vec<Piece>, refs: bool) {
        let rpr = child(r, "rPr");
        let superscript = rpr
            .and_then(|p| val(p, "vertAlign"))
            .is_some_and(|v| v == "superscript");
        let mut state = RunState::default();
        let mut text = String::new();
        for c in r.children().filter(|c| c.is_element()) {
            match local(&c) {
                "t" => {
                    let t = c.text().unwrap_or("");
                    if let Some((kind, id)) = state.custom_mark.take() {
                        let digits: String = t.chars().filter(|c| c.is_ascii_digit()).collect();
                        self.reference(out, &kind, &id, digits.parse().ok(), refs);
                        continue;
                    }
                    text.push_str(t);
                }
                "tab" | "br" | "cr" => text.push(' '),
                "noBreakHyphen" => text.push('-'),
                kind @ ("footnoteReference" | "endnoteReference") => {
                    if !text.is_empty() {
                        out.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    let kind = kind.trim_end_matches("Reference").to_string();
                    let id = attr(&c, "id").unwrap_or("").to_string();
                    if on_attr(&c, "customMarkFollows") {
                        state.custom_mark = Some((kind, id));
                    } else {
                        self.reference(out, &kind, &id, None, refs);
                    }
                }
                _ => {}
            }
        }
        if let Some((kind, id)) = state.custom_mark.take() {
            self.reference(out, &kind, &id, None, refs);
        }
        if text.is_empty() {
            return;
        }
        // Digits typed in superscript where a footnote marker belongs.
        if refs && superscript {
            let t = text.trim();
            if !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()) {
                if let Ok(n) = t.parse::<u32>() {
                    let next = self.last_marker + 1;
                    if (next..=next + 2).contains(&n) {
                        self.last_marker = n;
                        out.push(Piece::Ref(Ref {
                            number: Some(n),
                            note: None,
                            problem: None,
                        }));
                        return;
                    }
                }
            }
        }
        out.push(Piece::Text(text));
    }

    /// A reference to footnote or endnote `id`, numbered as Word prints it.
    fn reference(
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

    fn table(&mut self, tbl: Node<'_, '_>, depth: usize) {
        let mut t = TableSource::default();
        let mut header = 0usize;
        let mut in_header = true;
        for tr in tbl.children().filter(|c| local(c) == "tr") {
            let trpr = child(tr, "trPr");
            let is_header = trpr.is_some_and(|p| on(p, "tblHeader"));
            if is_header && in_header {
                header += 1;
            } else {
                in_header = false;
            }
            let mut cells: Vec<Vec<Piece>> = Vec::new();
            let before = trpr
                .and_then(|p| val(p, "gridBefore"))
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(0)
                .min(100);
            cells.extend((0..before).map(|_| Vec::new()));
            for tc in tr.children().filter(|c| local(c) == "tc") {
                let tcpr = child(tc, "tcPr");
                let span = tcpr
                    .and_then(|p| val(p, "gridSpan"))
                    .and_then(|v| v.parse::<usize>().ok())
                    .unwrap_or(1)
                    .clamp(1, 100);
                // A continued vertical merge shows nothing of its own.
                let continued = tcpr
                    .and_then(|p| child(p, "vMerge"))
                    .is_some_and(|m| !matches!(attr(&m, "val"), Some("restart")));
                let mut pieces = Vec::new();
                if !continued {
                    self.cell(tc, &mut pieces, depth + 1);
                }
                cells.push(tidy(pieces));
                cells.extend((1..span).map(|_| Vec::new()));
            }
            t.rows.push(cells);
        }
        if header > 0 {
            t.header_rows = Some(header);
        }
        self.source.blocks.push(Block::Table(t));
    }

    /// A table cell's paragraphs (and nested tables) on one line.
    fn cell(&mut self, tc: Node<'_, '_>, out: &mut Vec<Piece>, depth: usize) {
        if depth > HARD_MAX_DEPTH {
            return;
        }
        for c in tc.children().filter(|c| c.is_element()) {
            match local(&c) {
                "p" => {
                    if !out.is_empty() {
                        out.push(Piece::Text(" ".into()));
                    }
                    if let Some(label) = self.list_label(c) {
                        out.push(Piece::Text(format!("{label} ")));
                    }
                    self.inline(c, out, depth + 1, true);
                }
                "tbl" => {
                    for tr in c.children().filter(|r| local(r) == "tr") {
                        for inner in tr.children().filter(|x| local(x) == "tc") {
                            out.push(Piece::Text(" ".into()));
                            self.cell(inner, out, depth + 1);
                        }
                    }
                }
                "sdt" => {
                    if let Some(content) = child(c, "sdtContent") {
                        self.cell(content, out, depth + 1);
                    }
                }
                _ => {}
            }
        }
    }
}

fn on_attr(node: &Node<'_, '_>, name: &str) -> bool {
    matches!(attr(node, name), Some("1" | "true" | "on"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_formats() {
        assert_eq!(format_number(3, "lowerLetter"), "c");
        assert_eq!(format_number(28, "upperLetter"), "BB");
        assert_eq!(format_number(14, "lowerRoman"), "xiv");
        assert_eq!(format_number(7, "decimalZero"), "07");
        assert_eq!(format_number(12, "decimal"), "12");
    }

    #[test]
    fn rels_paths() {
        assert_eq!(
            rels_path("word/document.xml"),
            "word/_rels/document.xml.rels"
        );
        assert_eq!(rels_path("document.xml"), "_rels/document.xml.rels");
    }
}
