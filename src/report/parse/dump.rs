//! The dump's types, which serialise to `--format json`, and [`dump`],
//! which builds them from a document. Separate from the text rendering,
//! which only reads them.

use serde::Serialize;

use crate::document::figures::derived::{self, Direction, Operation, Relation, Verdict};
use crate::document::figures::{BreakdownKind, Scale};
use crate::document::{Document, Format, Kind, Layout, Located, Span};

use super::first_words;

#[derive(Debug, Serialize)]
pub struct Dump<'a> {
    pub file: &'a str,
    pub format: Format,
    pub layout: Layout,
    /// Why the reader chose the layout.
    pub layout_evidence: &'a str,
    pub kind: Kind,
    pub lines: usize,
    pub meta: MetaDump,
    pub front_matter: Option<Place>,
    /// The header sentences of answers to Kamervragen, as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<super::HeaderDump>,
    pub entries: Vec<EntryDump>,
    pub markers: Vec<MarkerDump>,
    pub definitions: Vec<DefinitionDump>,
    pub furniture: Vec<FurnitureDump>,
    pub tables: Vec<TableDump>,
    pub quantities: Vec<QuantityDump<'a>>,
    pub breakdowns: Vec<BreakdownDump>,
    pub cell_links: Vec<CellLinkDump>,
    pub derived: Vec<DerivedDump>,
    pub unplaced: Vec<Excerpt>,
    pub notes: Vec<NoteDump>,
}

#[derive(Debug, Serialize)]
pub struct TableDump {
    pub question: Option<u32>,
    pub caption: Option<String>,
    pub header: Vec<Vec<String>>,
    pub rows: Vec<RowDump>,
    /// Why the table's totals are not checked; empty when they are.
    pub problems: Vec<String>,
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct RowDump {
    pub label: Option<String>,
    pub cells: Vec<String>,
    #[serde(flatten)]
    pub at: Place,
}

/// A figure with everything kamerlint understood of it.
#[derive(Debug, Serialize)]
pub struct QuantityDump<'a> {
    pub text: &'a str,
    #[serde(flatten)]
    pub quantity: &'a crate::document::figures::Quantity,
    pub question: Option<u32>,
    #[serde(rename = "at")]
    pub place: Place,
}

#[derive(Debug, Serialize)]
pub struct BreakdownDump {
    /// Index into `quantities`.
    pub total: usize,
    pub parts: Vec<usize>,
    pub shares: Vec<(usize, usize)>,
    /// waarvan (one sentence), facets (export = goederen + diensten across
    /// sentences) or shares (percentages with their parts).
    pub kind: BreakdownKind,
    /// Parts read in the whole's scale ("EUR 2,42" of "EUR 3,36 miljard").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub carried: Vec<usize>,
    /// What the breakdown comes to: exact, within rounding, inconsistent,
    /// agrees within the hedges, some parts only, indeterminate.
    pub verdict: String,
    #[serde(flatten)]
    pub at: Place,
}

/// A figure of the text tied to a table cell, with the verdict on the two.
#[derive(Debug, Serialize)]
pub struct CellLinkDump {
    /// Index into `quantities` of the figure in the text.
    pub figure: usize,
    /// Index into `quantities` of the cell.
    pub cell: usize,
    /// The label of the cell's row and the head of its column, as printed.
    pub row_head: Option<String>,
    pub column_head: Option<String>,
    pub how: crate::document::figures::cells::Linked,
    pub verdict: crate::document::figures::cells::CellVerdict,
    /// The other cell of the figure's series it agrees with.
    pub other: Option<usize>,
    /// Where the cell is.
    pub cell_at: Place,
    #[serde(flatten)]
    pub at: Place,
}

/// A derived figure and its verdict ([`crate::document::figures::derived`]).
#[derive(Debug, Serialize)]
pub struct DerivedDump {
    pub relation: Relation,
    pub direction: Direction,
    /// Index into `quantities` of the stated figure; none when a word
    /// states it.
    pub stated: Option<usize>,
    /// The factor a word states ("verdubbeld": 2).
    pub factor: Option<String>,
    /// Indices into `quantities` of the figures it is computed from.
    pub from: Vec<usize>,
    pub verdict: Verdict,
    pub operation: Option<Operation>,
    /// The computed interval, as printed (an open end is none).
    pub low: Option<String>,
    pub high: Option<String>,
    /// For a change of a percentage: the change in procentpunten.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<(Option<String>, Option<String>)>,
    /// Why the verdict is indeterminate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
    #[serde(flatten)]
    pub at: Place,
}

/// Where an item is: the start's line and column, the line it ends on, and
/// its byte span.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Place {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub span: Span,
}

#[derive(Debug, Serialize)]
pub struct MetaDump {
    pub title: Option<Field>,
    pub subject: Option<Field>,
    pub dossier: Option<Field>,
    pub committee: Option<Field>,
}

#[derive(Debug, Serialize)]
pub struct Field {
    pub value: String,
    #[serde(flatten)]
    pub at: Place,
}

/// The first words of a run of text lines.
#[derive(Debug, Serialize)]
pub struct Excerpt {
    pub text: String,
    /// How many source lines the text spans.
    pub parts: usize,
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct EntryDump {
    pub numbers: Vec<u32>,
    /// From the number to the end of the answer.
    #[serde(flatten)]
    pub at: Place,
    pub number_span: Span,
    pub question: Option<Excerpt>,
    pub answer: Option<Excerpt>,
    pub page_refs: Vec<PageRefDump>,
}

#[derive(Debug, Serialize)]
pub struct PageRefDump {
    pub values: Vec<u32>,
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct MarkerDump {
    pub number: u32,
    pub kind: crate::document::MarkerKind,
    /// The first question number of the entry the marker is in.
    pub question: Option<u32>,
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct DefinitionDump {
    pub number: u32,
    pub text: String,
    pub urls: Vec<Field>,
    /// The whole definition, continuation lines included.
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct FurnitureDump {
    pub kind: crate::document::FurnitureKind,
    pub text: String,
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct NoteDump {
    pub kind: crate::document::NoteKind,
    pub message: String,
    #[serde(flatten)]
    pub at: Place,
}

pub fn dump(doc: &Document) -> Dump<'_> {
    let place = |span: Span| Place {
        line: doc.line_col(span.start).line,
        column: doc.line_col(span.start).column,
        end_line: doc.line_col(span.end).line,
        span,
    };
    let field = |located: &Option<Located<String>>| {
        located.as_ref().map(|l| Field {
            value: l.value.clone(),
            at: place(l.span),
        })
    };
    let excerpt = |parts: &[Span]| {
        let first = parts.first()?;
        let last = parts.last()?;
        let text: Vec<&str> = parts.iter().map(|s| doc.slice(*s)).collect();
        Some(Excerpt {
            text: first_words(&text.join(" ")),
            parts: parts.len(),
            at: place(first.cover(*last)),
        })
    };
    Dump {
        file: &doc.path,
        format: doc.format,
        layout: doc.layout,
        layout_evidence: &doc.layout_evidence,
        kind: doc.kind,
        lines: line_count(&doc.text),
        meta: MetaDump {
            title: field(&doc.meta.title),
            subject: field(&doc.meta.subject),
            dossier: field(&doc.meta.dossier),
            committee: field(&doc.meta.committee),
        },
        front_matter: doc.front_matter.map(place),
        header: super::header::header(doc, &place),
        entries: doc
            .entries
            .iter()
            .map(|e| EntryDump {
                numbers: e.numbers.clone(),
                at: place(e.span),
                number_span: e.number_span,
                question: excerpt(&e.question),
                answer: excerpt(&e.answer),
                page_refs: e
                    .page_refs
                    .iter()
                    .map(|p| PageRefDump {
                        values: p.values.clone(),
                        at: place(p.span),
                    })
                    .collect(),
            })
            .collect(),
        markers: doc
            .markers
            .iter()
            .map(|m| MarkerDump {
                number: m.number,
                kind: m.kind,
                question: m
                    .entry
                    .and_then(|i| doc.entries.get(i))
                    .map(|e| e.first_number()),
                at: place(m.span),
            })
            .collect(),
        definitions: doc
            .definitions
            .iter()
            .map(|d| DefinitionDump {
                number: d.number,
                text: excerpt(&d.text).map(|e| e.text).unwrap_or_default(),
                urls: d
                    .urls
                    .iter()
                    .filter_map(|u| field(&Some(u.clone())))
                    .collect(),
                at: place(d.span),
            })
            .collect(),
        furniture: doc
            .furniture
            .iter()
            .map(|f| FurnitureDump {
                kind: f.kind,
                text: first_words(doc.slice(f.span)),
                at: place(f.span),
            })
            .collect(),
        tables: doc
            .tables
            .iter()
            .map(|t| TableDump {
                question: t
                    .entry
                    .and_then(|i| doc.entries.get(i))
                    .map(|e| e.first_number()),
                caption: t.caption.as_ref().map(|c| c.text.clone()),
                header: t
                    .header
                    .iter()
                    .map(|h| h.iter().map(|c| c.text.clone()).collect())
                    .collect(),
                rows: t
                    .rows
                    .iter()
                    .map(|r| RowDump {
                        label: r.label.as_ref().map(|l| l.text.clone()),
                        cells: r.cells.iter().map(|c| c.text.clone()).collect(),
                        at: place(r.span),
                    })
                    .collect(),
                problems: t.problems.clone(),
                at: place(t.span),
            })
            .collect(),
        quantities: doc
            .quantities
            .iter()
            .map(|q| QuantityDump {
                text: q.text.as_str(),
                quantity: q,
                question: q
                    .entry
                    .and_then(|i| doc.entries.get(i))
                    .map(|e| e.first_number()),
                place: place(q.span),
            })
            .collect(),
        breakdowns: doc
            .breakdowns
            .iter()
            .map(|b| BreakdownDump {
                total: b.total,
                parts: b.parts.clone(),
                shares: b.shares.clone(),
                kind: b.kind,
                carried: b.carried.clone(),
                verdict: crate::rules::total::outcome::of(doc, b)
                    .describe(doc.quantities.get(b.total).map_or(Scale::One, |q| q.scale)),
                at: place(b.span),
            })
            .collect(),
        cell_links: doc
            .cell_links
            .iter()
            .filter_map(|l| {
                let figure = doc.quantities.get(l.figure)?;
                let cell = doc.quantities.get(l.cell)?;
                Some(CellLinkDump {
                    figure: l.figure,
                    cell: l.cell,
                    row_head: l.row_head.map(|s| {
                        doc.slice(s)
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" ")
                    }),
                    column_head: l.column_head.map(|s| {
                        doc.slice(s)
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" ")
                    }),
                    how: l.how,
                    verdict: l.verdict,
                    other: l.other,
                    cell_at: place(cell.span),
                    at: place(figure.span),
                })
            })
            .collect(),
        derived: doc
            .derived
            .iter()
            .map(|d| {
                let r = derived::recompute(&doc.quantities, d);
                let stated = d.stated.and_then(|i| doc.quantities.get(i));
                let shown = r.shown(stated);
                DerivedDump {
                    relation: d.relation,
                    direction: d.direction,
                    stated: d.stated,
                    factor: d
                        .factor
                        .map(|f| f.normalize().to_string().replace('.', ",")),
                    from: d.from.clone(),
                    verdict: r.verdict,
                    operation: r.operation,
                    low: shown.as_ref().and_then(|s| s.low.clone()),
                    high: shown.and_then(|s| s.high),
                    points: r.shown_points(stated).map(|s| (s.low, s.high)),
                    reason: r.reason,
                    at: place(d.span),
                }
            })
            .collect(),
        unplaced: doc.unplaced.iter().filter_map(|s| excerpt(&[*s])).collect(),
        notes: doc
            .notes
            .iter()
            .map(|n| NoteDump {
                kind: n.kind,
                message: n.message.clone(),
                at: place(n.span),
            })
            .collect(),
    }
}

/// Lines as an editor counts them: a final line break ends the last line
/// rather than starting an empty one.
pub(super) fn line_count(text: &str) -> usize {
    let body = text.strip_suffix('\n').unwrap_or(text);
    let body = body.strip_suffix('\r').unwrap_or(body);
    if text.is_empty() {
        0
    } else {
        crate::document::LineIndex::new(body).line_count()
    }
}
