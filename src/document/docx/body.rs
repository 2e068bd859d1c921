//! The main part's body: paragraphs with their list labels, runs, hyperlinks and tables.

use super::{attr, child, local, on, val, Node, Reader};
use crate::document::synth::{Block, Piece, Ref, TableSource};
use crate::document::xml::{tidy, HARD_MAX_DEPTH};

/// How a run's content is being read.
#[derive(Default)]
struct RunState {
    /// The next text is a custom footnote mark, not text.
    custom_mark: Option<(String, String)>,
}

impl Reader {
    pub(super) fn body(&mut self, node: Node<'_, '_>, depth: usize) {
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
    pub(super) fn inline(
        &mut self,
        node: Node<'_, '_>,
        out: &mut Vec<Piece>,
        depth: usize,
        refs: bool,
    ) {
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
                    let text = crate::document::xml::pieces_text(&inner);
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
