//! CALS tables in publication XML, with their spanned columns and rows.

use std::collections::HashMap;

use super::pieces::{pieces_text, tidy};
use super::reader::{child, name, Reader};
use crate::document::synth::{Block, Piece, TableSource};

impl Reader {
    /// A CALS table: `title`, `tgroup` with `colspec`s, `thead`/`tbody`
    /// rows of `entry`s with `namest`/`nameend` (columns spanned) and
    /// `morerows` (rows spanned).
    pub(super) fn table(&mut self, node: roxmltree::Node<'_, '_>, depth: usize) {
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
