//! Figures of the running text linked to the cells of a table of their
//! answer: "In 2023 was EUR 276,7 miljard van de goederenimport bestemd
//! voor wederuitvoer" restates the cell of the row "Invoer voor
//! wederuitvoer" and the column "Goederinvoer" of the table below it.
//!
//! A link is made only when it is certain: the clause around the figure
//! names exactly one row and exactly one column by the words of their label
//! and head (or the table has only one of them), a row or column of years
//! is named by the one year of the sentence, the figure's unit and scale
//! fit the table's (its caption's "(in EUR miljard)", "vte", "(% van het
//! bbp)"), and the figure does not stand in a list ("51, 12 en 63") unless
//! "respectievelijk" pairs the list with the heads it follows. Anything
//! less and the figure is left alone: an editor's table is often a
//! breakdown the text only summarises.
//!
//! Each link carries its verdict, by the rounding rule and the hedge
//! intervals ([`Quantity::bounds`]): printed with the same precision the
//! two figures must be equal, with different precision their intervals
//! must overlap. A change over a period ("tussen 2020-2021 ... een daling
//! tot 31,8%") is linked to the period's last year, as an inference only
//! (see [`Linked::EndOfPeriod`]).

pub mod words;
mod years;

use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::Serialize;

use super::key::Vocabulary;
use super::number;
use super::quantity::{Quantity, Scale, Unit};
use crate::document::{Document, Span};
use grid::Grid;
use linker::Linker;
use prose::Prose;
use reading::{Reading, Respectively};

/// A figure of the text and the table cell it restates.
#[derive(Debug, Clone, Serialize)]
pub struct CellLink {
    /// Index into [`Document::quantities`] of the figure in the text.
    pub figure: usize,
    /// Index into [`Document::quantities`] of the cell.
    pub cell: usize,
    /// The cell: (table, row, column).
    pub at: (usize, usize, usize),
    /// The label of the cell's row and the head of its column, where the
    /// table has them.
    pub row_head: Option<Span>,
    pub column_head: Option<Span>,
    pub how: Linked,
    pub verdict: CellVerdict,
    /// When the figure disagrees: the one other cell of its series (the
    /// other years of its row or column) that it agrees with.
    pub other: Option<usize>,
}

/// How the figure was tied to its cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Linked {
    /// The figure's clause names the row and the column (or the table has
    /// one of them, or its year is the sentence's one year).
    Named,
    /// "voor A, B en C respectievelijk X, Y en Z": the figures in the order
    /// of the heads named before them.
    Respectively,
    /// "tussen 2020-2021 ... een daling tot X": the period's last year, an
    /// inference, not what the sentence says of X.
    EndOfPeriod,
}

/// The rounding rule's verdict on a figure against its cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CellVerdict {
    Exact,
    /// Printed with different precision, and their intervals overlap.
    WithinRounding,
    /// A hedged figure ("circa", "ruim") whose interval holds the cell.
    WithinHedge,
    Mismatch,
}

impl CellVerdict {
    pub fn agrees(self) -> bool {
        self != CellVerdict::Mismatch
    }
}

mod grid;
mod linker;
mod prose;
mod reading;

/// Links the figures of every answer with a table to that table's cells.
pub fn link(doc: &Document, vocabulary: &Vocabulary) -> Vec<CellLink> {
    let mut cells: HashMap<(usize, usize, usize), usize> = HashMap::new();
    let mut figures_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for (qi, q) in doc.quantities.iter().enumerate() {
        match (q.cell, q.entry) {
            (Some(at), _) => {
                cells.insert(at, qi);
            }
            (None, Some(ei)) => figures_of.entry(ei).or_default().push(qi),
            (None, None) => {}
        }
    }
    let mut out = Vec::new();
    // Each answer's text, the one year of its figures and what its figures
    // say, read once for all its tables.
    type Read = (Prose, Option<u16>, Vec<Option<Reading>>, Vec<Respectively>);
    let mut prose_of: HashMap<usize, Option<Read>> = HashMap::new();
    let tables_of = crate::document::table::spans_by_entry(&doc.tables, doc.entries.len());
    for (ti, table) in doc.tables.iter().enumerate() {
        let Some(ei) = table.entry else {
            continue;
        };
        if !table.problems.is_empty() || table.rows.is_empty() {
            continue;
        }
        let prose = prose_of.entry(ei).or_insert_with(|| {
            let figures = figures_of.get(&ei).map_or(&[][..], Vec::as_slice);
            let tables = tables_of.get(ei).map_or(&[][..], Vec::as_slice);
            let prose = Prose::of(doc, ei, figures, tables)?;
            let year = one_year(doc, &prose);
            let (readings, lists) = reading::read(doc, &prose);
            Some((prose, year, readings, lists))
        });
        let Some((prose, answer_year, readings, lists)) = prose.as_ref() else {
            continue;
        };
        let answer_year = *answer_year;
        let lead_in = prose.lead_in(table.span.start);
        let Some(grid) = Grid::of(doc, table, vocabulary, answer_year, lead_in) else {
            continue;
        };
        let linker = Linker {
            doc,
            ti,
            grid: &grid,
            prose,
            cells: &cells,
            readings,
            lists,
            around: std::cell::OnceCell::new(),
        };
        linker.run(&mut out);
    }
    // A figure tied to cells of two tables (two tables with the same heads
    // in one answer) is tied to neither: which one it restates is not
    // certain.
    let mut tables_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for l in &out {
        tables_of.entry(l.figure).or_default().push(l.at.0);
    }
    out.retain(|l| {
        tables_of
            .get(&l.figure)
            .is_some_and(|ts| ts.iter().all(|&t| t == l.at.0))
    });
    out
}

/// The one year the figures of an answer's text have, if they have one.
fn one_year(doc: &Document, prose: &Prose) -> Option<u16> {
    let mut ys: Vec<u16> = prose
        .figures
        .iter()
        .filter_map(|&(qi, _, _)| doc.quantities[qi].key.year)
        .collect();
    ys.sort_unstable();
    ys.dedup();
    match ys.as_slice() {
        [y] => Some(*y),
        _ => None,
    }
}

/// The text's figure in a form to compare with a cell: cents as euros,
/// the unit of its list filled in; `None` for a change (a sign, a
/// percentage point).
fn comparable(q: &Quantity, fill: Option<(Unit, Scale)>) -> Option<Quantity> {
    let mut q = q.clone();
    if q.unit == Unit::PercentagePoint || q.text.starts_with(['+', '-', '–', '−']) {
        return None;
    }
    if let Some((unit, scale)) = fill {
        q.unit = unit;
        q.scale = scale;
        q.value *= number::pow10(scale.exponent());
        q.precision -= scale.exponent();
    }
    if q.unit == Unit::Eurocent {
        q.unit = Unit::Euro;
        q.value /= Decimal::ONE_HUNDRED;
        q.precision += 2;
        q.upper = q.upper.map(|u| u / Decimal::ONE_HUNDRED);
    }
    Some(q)
}

/// The verdict on `figure` against `cell`, or `None` when they cannot be
/// compared (units that do not fit, sizes too far apart to be one figure).
fn verdict_of(figure: &Quantity, cell: &Quantity) -> Option<CellVerdict> {
    let units_fit = figure.unit == cell.unit
        || (figure.unit == Unit::None && figure.scale != Scale::One && cell.unit != Unit::Percent);
    if !units_fit || !same_size(figure.value, cell.value) {
        return None;
    }
    let fb = figure.bounds()?;
    let cb = cell.bounds()?;
    Some(if figure.is_exact_number() {
        if figure.value == cell.value {
            CellVerdict::Exact
        } else if figure.precision == cell.precision {
            CellVerdict::Mismatch
        } else if fb.overlaps(&cb) {
            CellVerdict::WithinRounding
        } else {
            CellVerdict::Mismatch
        }
    } else if fb.overlaps(&cb) {
        CellVerdict::WithinHedge
    } else {
        CellVerdict::Mismatch
    })
}

/// Within a factor ten: a figure that is a hundred times its cell is in
/// another unit or scale than the table, not a slip.
fn same_size(a: Decimal, b: Decimal) -> bool {
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() || b.is_zero() {
        return a == b;
    }
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    hi <= lo * Decimal::TEN
}

#[cfg(test)]
mod tests;
