//! A human location for every line and table cell ("vraag 14, tabel 1, rij 5").

use std::collections::BTreeMap;

use super::writer::{Line, LineKind, PendingMarker};
use crate::document::*;

/// "vraag 12" or "vraag 12 en 13".
fn entry_name(e: &Entry) -> String {
    let numbers: Vec<String> = e.numbers.iter().map(|n| n.to_string()).collect();
    format!("vraag {}", numbers.join(" en "))
}

/// A human location for every line (and every table cell).
pub(super) fn regions(doc: &Document, lines: &[Line], markers: &[PendingMarker]) -> Vec<Region> {
    let mut out = Vec::with_capacity(lines.len());
    // Tables are numbered within their entry ("vraag 14, tabel 1").
    let mut table_names: BTreeMap<usize, String> = BTreeMap::new();
    let mut per_entry: BTreeMap<Option<usize>, usize> = BTreeMap::new();
    // Answer paragraphs per entry, to say "antwoord, alinea 2".
    let mut answer_paras: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, line) in lines.iter().enumerate() {
        if !matches!(line.kind, LineKind::Para) || doc.slice(line.span).trim().is_empty() {
            continue;
        }
        if let Some(e) = doc.region_at(line.span.start) {
            if in_answer(doc, e, line.span) {
                answer_paras.entry(e).or_default().push(i);
            }
        }
    }
    let mut front_paragraph = 0usize;
    for (i, line) in lines.iter().enumerate() {
        let entry = doc.region_at(line.span.start);
        let prefix = entry.and_then(|e| doc.entries.get(e)).map(entry_name);
        match &line.kind {
            LineKind::Para => {
                let location = match (entry, &prefix) {
                    (Some(e), Some(name)) => {
                        let paras = answer_paras.get(&e);
                        match paras.and_then(|p| p.iter().position(|&l| l == i)) {
                            Some(k) if paras.is_some_and(|p| p.len() > 1) => {
                                format!("{name}, antwoord, alinea {}", k + 1)
                            }
                            Some(_) => format!("{name}, antwoord"),
                            None => name.clone(),
                        }
                    }
                    _ => {
                        front_paragraph += 1;
                        format!("inleiding, alinea {front_paragraph}")
                    }
                };
                out.push(Region {
                    span: line.span,
                    location,
                    entry: None,
                });
            }
            LineKind::Caption { table } => {
                let name = table_name(&mut table_names, &mut per_entry, *table, entry, &prefix);
                out.push(Region {
                    span: line.span,
                    location: format!("{name}, titel"),
                    entry: None,
                });
            }
            LineKind::Row { table, row, cells } => {
                let name = table_name(&mut table_names, &mut per_entry, *table, entry, &prefix);
                let mut start = line.span.start;
                for c in 0..cells.len() {
                    // A cell's region runs from its opening bar to the next.
                    let end = cells
                        .get(c + 1)
                        .map(|next| next.start.saturating_sub(2).max(start))
                        .unwrap_or(line.span.end);
                    out.push(Region {
                        span: Span::new(start, end),
                        location: format!("{name}, rij {}, kolom {}", row + 1, c + 1),
                        entry: None,
                    });
                    start = end;
                }
                if cells.is_empty() {
                    out.push(Region {
                        span: line.span,
                        location: format!("{name}, rij {}", row + 1),
                        entry: None,
                    });
                }
            }
            LineKind::Definition { number, note } => {
                let owner = markers
                    .iter()
                    .find(|m| m.note == Some(*note))
                    .map(|m| m.span.start);
                let entry = owner.and_then(|o| doc.region_at(o));
                out.push(Region {
                    span: line.span,
                    location: format!("voetnoot {number}"),
                    entry,
                });
            }
        }
    }
    out
}

fn in_answer(doc: &Document, e: usize, span: Span) -> bool {
    let Some(entry) = doc.entries.get(e) else {
        return false;
    };
    match entry.answer.first() {
        Some(a) => span.end > a.start,
        None => false,
    }
}

fn table_name(
    names: &mut BTreeMap<usize, String>,
    per_entry: &mut BTreeMap<Option<usize>, usize>,
    table: usize,
    entry: Option<usize>,
    prefix: &Option<String>,
) -> String {
    names
        .entry(table)
        .or_insert_with(|| {
            let n = per_entry.entry(entry).or_insert(0);
            *n += 1;
            match prefix {
                Some(p) => format!("{p}, tabel {n}"),
                None => format!("tabel {n}"),
            }
        })
        .clone()
}
