//! The document built from the synthesized text: read as text, then corrected by the structure.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::regions::regions;
use super::tables::{table, TableLines};
use super::writer::{LineKind, Writer};
use super::{Block, MetaField, Source};
use crate::document::*;

/// Builds the document: writes the text, reads its body with the text
/// reader, and puts in what the structure knows.
pub(crate) fn build(path: &str, source: Source) -> Document {
    let mut w = Writer::default();
    let mut block_lines: Vec<usize> = Vec::with_capacity(source.blocks.len());
    let mut table_count = 0usize;
    let mut tables: Vec<TableLines> = Vec::new();
    for block in &source.blocks {
        block_lines.push(w.lines.len());
        match block {
            Block::Para(pieces) => {
                w.pieces(pieces, true);
                w.end_line(LineKind::Para);
            }
            Block::Table(t) => {
                let table = table_count;
                table_count += 1;
                let first = w.lines.len();
                let mut caption = None;
                if let Some(c) = &t.caption {
                    w.pieces(c, true);
                    caption = Some(w.lines.len());
                    w.end_line(LineKind::Caption { table });
                }
                let mut rows = Vec::new();
                for (r, row) in t.rows.iter().enumerate() {
                    let mut cells = Vec::new();
                    w.text.push('|');
                    for cell in row {
                        w.text.push(' ');
                        let start = w.text.len();
                        w.pieces(cell, true);
                        // Trim inside the cell so the span is the text.
                        let end = w.text.len();
                        let s = &w.text[start..end];
                        let lead = s.len() - s.trim_start().len();
                        let trail = s.len() - s.trim_end().len();
                        let span = if lead == s.len() {
                            Span::new(start, start)
                        } else {
                            Span::new(start + lead, end - trail)
                        };
                        cells.push(span);
                        w.text.push_str(" |");
                    }
                    rows.push(w.lines.len());
                    w.end_line(LineKind::Row {
                        table,
                        row: r,
                        cells,
                    });
                }
                tables.push(TableLines {
                    first,
                    caption,
                    rows,
                    header_rows: t.header_rows,
                });
            }
        }
    }
    let body_end = w.text.len();

    // Footnote texts, in the order of their first reference.
    let mut first_ref: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, m) in w.markers.iter().enumerate() {
        if let Some(n) = m.note {
            first_ref.entry(n).or_insert(i);
        }
    }
    let mut order: Vec<(usize, usize)> = first_ref.iter().map(|(n, m)| (*m, *n)).collect();
    order.sort();
    let mut definitions = Vec::new();
    for (marker, note) in order {
        let number = w.markers[marker].number;
        let Some(pieces) = source.notes.get(note) else {
            continue;
        };
        let start = w.text.len();
        w.text.push_str(&number.to_string());
        let number_span = Span::new(start, w.text.len());
        w.text.push(' ');
        let text_start = w.text.len();
        let links_before = w.links.len();
        w.pieces(pieces, false);
        let full = Span::new(text_start, w.text.len());
        let text_span = crate::document::text::trimmed_span(&w.text, full);
        let line_end = w.text.len();
        w.end_line(LineKind::Definition { number, note });
        let text: Vec<Span> = if text_span.is_empty() {
            Vec::new()
        } else {
            vec![text_span]
        };
        let mut urls = crate::document::text::urls(&w.text, &text);
        // A link whose visible text is not a URL: its target is the URL.
        for (span, url) in &w.links[links_before..] {
            if !urls
                .iter()
                .any(|u| u.span.start < span.end && span.start < u.span.end)
            {
                urls.push(Located {
                    value: url.clone(),
                    span: *span,
                });
            }
        }
        urls.sort_by_key(|u| (u.span.start, u.span.end));
        definitions.push(FootnoteDef {
            number,
            number_span,
            span: Span::new(start, line_end).cover(number_span),
            text,
            urls,
        });
    }
    let full: Arc<str> = w.text.as_str().into();

    // The body through the plain-text reader, with the marker digits
    // blanked out (same length, so every span stays valid): the markers
    // are known, and digits the text reader would have to guess about
    // ("3 miljard" after marker 3 as a footnote definition) are not there.
    let mut body = w.text.as_bytes()[..body_end].to_vec();
    for m in &w.markers {
        for b in body.get_mut(m.span.start..m.span.end).into_iter().flatten() {
            *b = b' ';
        }
    }
    // One paragraph a line: a long line is a long paragraph, never a text
    // that lost its line breaks.
    let mut doc = crate::document::text::read_lines(path, &body);
    doc.format = source.format;
    // A line that ends in a marker ends after it.
    let ends: Vec<Span> = w.markers.iter().map(|m| m.span).collect();
    for e in &mut doc.entries {
        for part in e.question.iter_mut().chain(e.answer.iter_mut()) {
            extend_over_markers(&w.text, part, &ends);
        }
        if let Some(last) = e.answer.last().or(e.question.last()) {
            e.span = e.span.cover(*last);
        }
    }

    // A paragraph the text reader took for page furniture or a footnote
    // definition is content here: the structure has no page furniture,
    // and footnote texts are not in the body.
    let furniture = std::mem::take(&mut doc.furniture);
    let mut reclaimed: Vec<Span> = Vec::new();
    for f in furniture {
        if f.kind == FurnitureKind::ColumnHeader {
            doc.furniture.push(f);
        } else {
            reclaimed.push(f.span);
        }
    }
    for d in std::mem::take(&mut doc.definitions) {
        let first = doc.lines.line_of(d.span.start);
        let last = doc
            .lines
            .line_of(d.span.end.saturating_sub(1).max(d.span.start));
        for l in first..=last {
            if let Some(line) = w.lines.get(l) {
                let content = Span::new(line.span.start, line.span.end.saturating_sub(1));
                reclaimed.push(crate::document::text::trimmed_span(&w.text, content));
            }
        }
    }
    reclaimed.sort();
    reclaimed.dedup();
    for span in reclaimed {
        reclaim(&mut doc, span);
    }
    doc.notes.retain(|n| n.kind != NoteKind::UncertainMarker);
    doc.notes.extend(w.notes.iter().cloned());
    doc.notes.sort_by_key(|n| (n.span.start, n.span.end));

    doc.text = full;
    doc.lines = LineIndex::new(&doc.text);

    doc.markers = w
        .markers
        .iter()
        .filter(|m| !m.repeat)
        .map(|m| Marker {
            number: m.number,
            span: m.span,
            kind: m.kind,
            entry: doc.entry_at(m.span.start),
        })
        .collect();
    doc.definitions = definitions;

    // Metadata the structure states replaces what the text suggested.
    for (field, block, value) in &source.meta {
        let Some(line) = block_lines.get(*block).and_then(|l| w.lines.get(*l)) else {
            continue;
        };
        let content = Span::new(line.span.start, line.span.end.saturating_sub(1));
        let located = Some(Located {
            value: value.clone(),
            span: crate::document::text::trimmed_span(&doc.text, content),
        });
        match field {
            MetaField::Title => doc.meta.title = located,
            // The dossier's title names the dossier; what the list is
            // about, when the text says it, is more precise.
            MetaField::Subject if doc.meta.subject.is_some() => {}
            MetaField::Subject => doc.meta.subject = located,
            MetaField::Dossier => doc.meta.dossier = located,
        }
    }

    doc.tables = tables.iter().map(|t| table(&doc, &w.lines, t)).collect();
    doc.regions = regions(&doc, &w.lines, &w.markers);
    doc
}

/// Extends a line part over the markers right after it ("…Verdragenbank.5").
fn extend_over_markers(text: &str, part: &mut Span, markers: &[Span]) {
    let line_end = text[part.end..]
        .find('\n')
        .map_or(text.len(), |i| part.end + i);
    let first = markers.partition_point(|m| m.start < part.end);
    for m in &markers[first..] {
        if m.start > line_end {
            break;
        }
        if text[part.end..m.start].trim().is_empty() {
            part.end = m.end;
        } else {
            break;
        }
    }
}

/// Puts a line the text reader set aside back into the entry it is in.
fn reclaim(doc: &mut Document, span: Span) {
    if span.is_empty() {
        return;
    }
    let Some(i) = doc.region_at(span.start) else {
        return;
    };
    let Some(e) = doc.entries.get_mut(i) else {
        return;
    };
    let question_end = e
        .question
        .last()
        .map(|s| s.end)
        .unwrap_or(e.number_span.end);
    let to_answer =
        e.answer.first().is_some_and(|a| span.start >= a.start) || span.start > question_end;
    let list = if to_answer {
        &mut e.answer
    } else {
        &mut e.question
    };
    let at = list.partition_point(|s| s.start < span.start);
    list.insert(at, span);
    e.span = e.span.cover(span);
}
