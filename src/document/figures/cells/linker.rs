//! Ties the figures of one answer's text to the cells of one of its
//! tables: by the words of the figure's clause, by the year of its
//! sentence, or by "respectievelijk".

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use super::grid::{Axis, Grid};
use super::prose::{FigureYear, Prose};
use super::reading::{Reading, Respectively};
use super::{comparable, verdict_of, CellLink, CellVerdict, Linked};
use crate::document::figures::number;
use crate::document::figures::quantity::{Quantity, Scale, Unit};
use crate::document::Document;

pub(super) struct Linker<'a> {
    pub(super) doc: &'a Document,
    pub(super) ti: usize,
    pub(super) grid: &'a Grid,
    pub(super) prose: &'a Prose,
    pub(super) cells: &'a HashMap<(usize, usize, usize), usize>,
    /// What the answer's figures and "respectievelijk" lists say, read
    /// once for all its tables ([`super::reading`]).
    pub(super) readings: &'a [Option<Reading>],
    pub(super) lists: &'a [Respectively],
    /// The sentences right before and after the table; found on first use.
    pub(super) around: OnceCell<Vec<(usize, usize)>>,
}

impl Linker<'_> {
    pub(super) fn run(&self, out: &mut Vec<CellLink>) {
        let mut respectively: HashSet<usize> = HashSet::new();
        self.respectively(out, &mut respectively);
        for r in self.readings.iter().flatten() {
            if respectively.contains(&r.qi) {
                continue;
            }
            let (qi, sentence, arrives) = (r.qi, r.sentence, r.arrives);
            let found: Vec<&str> = r.found.iter().map(String::as_str).collect();
            let year = r.year;
            let (year, how) = match year {
                FigureYear::Period(_, last) if self.grid.has_years() && arrives => {
                    (FigureYear::Year(last), Linked::EndOfPeriod)
                }
                y => (y, Linked::Named),
            };
            let (Some((row, row_by_words)), Some((column, column_by_words))) = (
                self.pick(&self.grid.rows, &found, year),
                self.pick(&self.grid.columns, &found, year),
            ) else {
                continue;
            };
            if !self.grid.has_years() {
                // A figure of another year than the table's is another figure.
                match year {
                    FigureYear::Unsaid => {}
                    FigureYear::Year(y) if self.grid.year == Some(y) => {}
                    _ => continue,
                }
            }
            // Named by its year alone in a table of one column, a figure
            // must measure what the table's title names ("35,2% van het
            // bbp" under "(% van het bbp)"): any percentage of that year
            // is not the cell. A change over a period is tied to its cell
            // by its value instead (the rule that reports it asks for one
            // cell of that value).
            if !row_by_words && !column_by_words && how == Linked::Named && !self.same_measure(qi) {
                continue;
            }
            // A change over a period is tied by its value and its period's
            // year alone: it must stand next to the table, or speak of
            // what the table measures.
            if how == Linked::EndOfPeriod
                && !self
                    .around
                    .get_or_init(|| self.prose.around(self.doc.tables[self.ti].span))
                    .contains(&sentence)
                && !self.same_measure(qi)
                && !r.about(self.prose, &self.grid.title, &found)
            {
                continue;
            }
            // Named by its row in a table of one column (or by its column
            // in a table of one row), a figure must also be about what the
            // table measures: its sentence shares a word with the table's
            // caption, head or lead-in ("slotwetmutaties"), or it refers
            // back to an amount already given ("De € 47 miljoen van
            // Financiën"). "Bij BZK is € 2 miljoen terugbetaald" is
            // another amount of the same department.
            let single_axis = |by_words: bool, other: &Axis| {
                by_words && other.len() == 1 && other.years.is_none()
            };
            if (single_axis(row_by_words, &self.grid.columns)
                || single_axis(column_by_words, &self.grid.rows))
                && !r.about(self.prose, &self.grid.title, &found)
            {
                continue;
            }
            if let Some(link) = self.link_as(qi, row, column, how, r.cents) {
                out.push(link);
            }
        }
    }

    /// Whether the figure's measure is one the table's caption or head
    /// names: "bbp" for "35,2% van het bbp" (the share "aandeel bbp")
    /// under "(% van het bbp)".
    fn same_measure(&self, qi: usize) -> bool {
        let Some(measure) = self.doc.quantities[qi].key.measure.as_deref() else {
            return false;
        };
        let measure = measure.strip_prefix("aandeel ").unwrap_or(measure);
        self.grid.measures.iter().any(|m| m == measure)
    }

    /// The head of `axis` the figure names, and whether by words: the only
    /// one, the one its year is, or the one its clause names.
    fn pick(&self, axis: &Axis, found: &[&str], year: FigureYear) -> Option<(usize, bool)> {
        if let Some(years) = &axis.years {
            return match year {
                FigureYear::Year(y) => years.iter().position(|&h| h == y).map(|i| (i, false)),
                _ => None,
            };
        }
        if axis.len() == 1 {
            return Some((0, false));
        }
        axis.named(found).map(|i| (i, true))
    }

    /// "voor Nederlandse makelij, wederuitvoer en diensten, respectievelijk
    /// 51, 12 en 63 cent": the list of figures after "respectievelijk"
    /// paired with the heads named before it, in their order.
    fn respectively(&self, out: &mut Vec<CellLink>, used: &mut HashSet<usize>) {
        let figures = &self.prose.figures;
        for list in self.lists {
            let (year, found) = (list.year, &list.found);
            let order = |axis: &Axis| -> Option<Vec<usize>> {
                if axis.years.is_some() {
                    return None;
                }
                let has = |t: &String| found.iter().any(|(f, _)| f == t);
                let named: Vec<usize> = (0..axis.len())
                    .filter(|&i| {
                        !axis.heads[i].terms.is_empty() && axis.heads[i].terms.iter().all(has)
                    })
                    .collect();
                let touched = (0..axis.len())
                    .any(|i| !named.contains(&i) && axis.heads[i].distinctive.iter().any(has));
                if named.len() != list.list.len() || touched {
                    return None;
                }
                // A head's place: where the last of its words first appears.
                let place = |i: usize| {
                    axis.heads[i]
                        .terms
                        .iter()
                        .filter_map(|t| found.iter().find(|(f, _)| f == t).map(|(_, o)| *o))
                        .max()
                };
                let mut placed: Vec<(usize, usize)> =
                    named.iter().filter_map(|&i| Some((place(i)?, i))).collect();
                placed.sort_unstable();
                placed.dedup_by_key(|p| p.0);
                (placed.len() == list.list.len())
                    .then(|| placed.into_iter().map(|(_, i)| i).collect())
            };
            let other = |axis: &Axis| self.pick(axis, &[], year).map(|(i, _)| i);
            let pairs: Vec<(usize, usize)> = if let (Some(cols), Some(row)) =
                (order(&self.grid.columns), other(&self.grid.rows))
            {
                cols.into_iter().map(|c| (row, c)).collect()
            } else if let (Some(rows), Some(col)) =
                (order(&self.grid.rows), other(&self.grid.columns))
            {
                rows.into_iter().map(|r| (r, col)).collect()
            } else {
                continue;
            };
            if !self.grid.has_years()
                && !matches!(year, FigureYear::Unsaid)
                && !matches!(year, FigureYear::Year(y) if self.grid.year == Some(y))
            {
                continue;
            }
            for ((&k, &fill), (row, column)) in list.list.iter().zip(&list.fills).zip(pairs) {
                let qi = figures[k].0;
                used.insert(qi);
                if let Some(link) = self.link_as(qi, row, column, Linked::Respectively, fill) {
                    out.push(link);
                }
            }
        }
    }

    /// The link of figure `qi` to the cell (row, column), with its verdict;
    /// `None` when the cell holds no figure or the units do not fit.
    fn link_as(
        &self,
        qi: usize,
        row: usize,
        column: usize,
        how: Linked,
        fill: Option<(Unit, Scale)>,
    ) -> Option<CellLink> {
        let ci = *self.cells.get(&(self.ti, row, column))?;
        let figure = comparable(&self.doc.quantities[qi], fill)?;
        let cell = self.cell(ci);
        let verdict = verdict_of(&figure, &cell)?;
        let mut other = None;
        if !verdict.agrees() {
            // The series of the figure: the other years of its column (or row).
            let series: Vec<(usize, usize)> = if self.grid.rows.years.is_some() {
                (0..self.grid.rows.len()).map(|r| (r, column)).collect()
            } else if self.grid.columns.years.is_some() {
                (0..self.grid.columns.len()).map(|c| (row, c)).collect()
            } else {
                Vec::new()
            };
            let agreeing: Vec<usize> = series
                .into_iter()
                .filter(|&rc| rc != (row, column))
                .filter_map(|(r, c)| self.cells.get(&(self.ti, r, c)).copied())
                .filter(|&oi| verdict_of(&figure, &self.cell(oi)).is_some_and(CellVerdict::agrees))
                .collect();
            if let [one] = agreeing.as_slice() {
                other = Some(*one);
            }
        }
        let table = &self.doc.tables[self.ti];
        Some(CellLink {
            figure: qi,
            cell: ci,
            at: (self.ti, row, column),
            row_head: table
                .rows
                .get(row)
                .and_then(|r| r.label.as_ref())
                .map(|l| l.span),
            column_head: self.grid.column_spans.get(column).copied().flatten(),
            how,
            verdict,
            other,
        })
    }

    /// The cell's figure, in the unit and scale the caption gives it: also
    /// the scale of "(x € 1 mln)", which the figure reader takes for euros.
    fn cell(&self, ci: usize) -> Quantity {
        let mut q = self.doc.quantities[ci].clone();
        let Some((unit, scale)) = self.grid.unit else {
            return q;
        };
        let fits = q.unit == Unit::None || (q.unit == unit && scale != Scale::One);
        if q.scale == Scale::One && fits {
            q.unit = unit;
            q.scale = scale;
            q.value *= number::pow10(scale.exponent());
            q.precision -= scale.exponent();
        }
        q
    }
}
