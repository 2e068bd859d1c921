//! Ties the figures of one answer's text to the cells of one of its
//! tables: by the words of the figure's clause, by the year of its
//! sentence, or by "respectievelijk".

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::grid::{Axis, Grid};
use super::prose::{brackets, FigureYear, Prose};
use super::{comparable, verdict_of, words, years, CellLink, CellVerdict, Linked};
use crate::document::figures::number;
use crate::document::figures::quantity::{Quantity, Scale, Unit};
use crate::document::Document;

/// "dat jaar", "in datzelfde jaar": the year of the sentence before ("dit
/// jaar" is the present one).
static BACK_REFERENCE: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)\b(?:dat|datzelfde|hetzelfde|dat zelfde)\s+jaar\b"));

/// "tot 31,8%", "naar ruim EUR 5 miljard": the figure a change arrives at.
static CHANGE_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:tot|naar)\s+(?:(?:ruim|circa|ca\.|bijna|ongeveer|zo['’]n)\s+)?(?:EUR|€)?\s*$",
    )
});

/// "De € 47 miljoen", "het bedrag van": a figure the text refers back to.
static DEFINITE: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)(?:^|[\s(])(?:de|het|deze)\s+$"));

/// Words that make a figure a part of what a cell holds.
static PART: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:leeuwendeel|merendeel|deel|gedeelte|helft|deels|onder meer|onder andere|o\.a\.)\b",
    )
});

/// Words of a change: a figure after them is a difference, not a level.
static CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:steeg|stijgt|stegen|gestegen|stijging|daalde|daalt|daalden|gedaald|daling|groei(?:de|t|den)?|gegroeid|toename|toegenomen|nam(?:en)?\s+toe|afname|afgenomen|nam(?:en)?\s+af|verschil|extra|hoger|lager|verhoging|verlaging|mutaties?)\b",
    )
});

/// Separators of a list of figures: "51, 12 en 63".
fn is_list_separator(between: &str) -> bool {
    matches!(
        between.trim(),
        "," | "en" | "of" | ", en" | "en/of" | "/" | ";"
    )
}

/// "cent" or "eurocent" as the next word.
static CENT: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"^(?:euro)?cent\b"));

static RESPECTIVELY: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)\b(?:respectievelijk|resp\.)"));

/// What a figure counts, for telling two amounts in a clause from an
/// amount and its share: money (or a number with a scale word), percent,
/// percentage points, jobs, weight, a bare number.
fn kind_of(q: &Quantity) -> u8 {
    match q.unit {
        u if u.is_money() => 0,
        Unit::None if q.scale != Scale::One => 0,
        Unit::Percent => 1,
        Unit::PercentagePoint => 2,
        Unit::Jobs => 3,
        Unit::Kilogram | Unit::Ton => 4,
        _ => 5,
    }
}

pub(super) struct Linker<'a> {
    pub(super) doc: &'a Document,
    pub(super) ti: usize,
    pub(super) grid: &'a Grid,
    pub(super) prose: &'a Prose,
    pub(super) cells: &'a HashMap<(usize, usize, usize), usize>,
}

impl Linker<'_> {
    pub(super) fn run(&self, out: &mut Vec<CellLink>) {
        let mut respectively: Vec<usize> = Vec::new();
        self.respectively(out, &mut respectively);
        for (k, &(qi, start, _)) in self.prose.figures.iter().enumerate() {
            if respectively.contains(&qi) || self.in_list(k) {
                continue;
            }
            let Some(sentence) = self.prose.sentence_of(start) else {
                continue;
            };
            let year = self.figure_year(qi, sentence);
            let (found, clause, crowded) = self.attached_terms(k, sentence);
            let found: Vec<&str> = found.iter().map(String::as_str).collect();
            // Two amounts in one clause ("Van de € 386 miljoen bij OCW is
            // € 379 miljoen ..."): which one the row's name is about is
            // not certain.
            if crowded {
                continue;
            }
            let arrives = CHANGE_TO.is_match(&self.prose.text[sentence.0..start]);
            let clause_text = &self.prose.text[clause.0..clause.1];
            // A part ("het leeuwendeel") or a change ("steeg met") is
            // another figure than the cell, unless the change arrives at it.
            if PART.is_match(clause_text) || (CHANGE.is_match(clause_text) && !arrives) {
                continue;
            }
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
                    .prose
                    .around(self.doc.tables[self.ti].span)
                    .contains(&sentence)
                && !self.same_measure(qi)
                && !self.about_the_table(sentence, start, &found)
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
                && !self.about_the_table(sentence, start, &found)
            {
                continue;
            }
            if let Some(link) = self.link_as(qi, row, column, how, self.cents(k)) {
                out.push(link);
            }
        }
    }

    /// "12 cent": the reader leaves the unit of a bare number followed by
    /// "cent" open; against a table in euro it is eurocent.
    fn cents(&self, k: usize) -> Option<(Unit, Scale)> {
        let (qi, _, end) = self.prose.figures[k];
        let q = &self.doc.quantities[qi];
        let after = self.prose.text.get(end..).unwrap_or("").trim_start();
        (q.unit == Unit::None && q.scale == Scale::One && CENT.is_match(after))
            .then_some((Unit::Eurocent, Scale::One))
    }

    /// Whether the sentence speaks of what the table measures (a word of
    /// its title other than the head's name), or the figure at `start`
    /// refers back with an article ("de € 47 miljoen").
    fn about_the_table(&self, (s, e): (usize, usize), start: usize, named: &[&str]) -> bool {
        if DEFINITE.is_match(&self.prose.text[s..start]) {
            return true;
        }
        words::terms(&self.prose.text[s..e])
            .iter()
            .any(|(t, _)| !named.contains(&t.as_str()) && self.grid.title.contains(t))
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

    /// Whether the figure stands in a list of figures ("51, 12 en 63").
    fn in_list(&self, k: usize) -> bool {
        let figures = &self.prose.figures;
        let (_, start, end) = figures[k];
        let before = k
            .checked_sub(1)
            .and_then(|j| figures.get(j))
            .is_some_and(|&(_, _, e)| e <= start && is_list_separator(&self.prose.text[e..start]));
        let after = figures
            .get(k + 1)
            .is_some_and(|&(_, s, _)| end <= s && is_list_separator(&self.prose.text[end..s]));
        before || after
    }

    fn figure_year(&self, qi: usize, (s, e): (usize, usize)) -> FigureYear {
        let text = &self.prose.text[s..e];
        let mentions = years::mentions(text);
        if mentions.is_empty() {
            return match self.doc.quantities[qi].key.year {
                Some(y) if BACK_REFERENCE.is_match(text) => FigureYear::Year(y),
                _ => FigureYear::Unsaid,
            };
        }
        if let Some(y) = years::single(&mentions) {
            return FigureYear::Year(y);
        }
        match years::period(&mentions) {
            Some((a, b)) => FigureYear::Period(a, b),
            None => FigureYear::Several,
        }
    }

    /// The terms of the figure's clause that are nearer to it than to any
    /// other figure of the clause. A clause ends at a comma, semicolon or
    /// colon; words in brackets belong to the figures in the same brackets.
    fn attached_terms(
        &self,
        k: usize,
        (s, e): (usize, usize),
    ) -> (Vec<String>, (usize, usize), bool) {
        let text = &self.prose.text;
        let (_, start, end) = self.prose.figures[k];
        let brackets = brackets(&text[s..e], s);
        let inside = |at: usize| brackets.iter().find(|&&(a, b)| a <= at && at < b).copied();
        let own = inside(start);
        let (from, to) = match own {
            Some((a, b)) => (a + 1, b.saturating_sub(1).max(a + 1)),
            None => {
                let boundary = |i: usize| {
                    let b = text.as_bytes();
                    matches!(b[i], b',' | b';' | b':')
                        && inside(i).is_none()
                        && !(b[i] == b','
                            && i > 0
                            && b[i - 1].is_ascii_digit()
                            && b.get(i + 1).is_some_and(u8::is_ascii_digit))
                };
                let from = (s..start).rev().find(|&i| boundary(i)).map_or(s, |i| i + 1);
                let to = (end..e).find(|&i| boundary(i)).unwrap_or(e);
                (from, to)
            }
        };
        // The other figures of the clause, outside brackets unless the
        // figure itself is inside them.
        let figures = &self.prose.figures;
        let first = figures.partition_point(|&(_, a, _)| a < from);
        let last = figures.partition_point(|&(_, a, _)| a < to);
        let others: Vec<(usize, usize, usize)> = (first..last.max(first))
            .filter(|&j| j != k)
            .map(|j| figures[j])
            .filter(|&(_, a, b)| b <= to && inside(a) == own)
            .collect();
        let kind = |qi: usize| kind_of(&self.doc.quantities[qi]);
        let qi = self.prose.figures[k].0;
        let crowded = others.iter().any(|&(o, _, _)| kind(o) == kind(qi));
        let others: Vec<(usize, usize)> = others.iter().map(|&(_, a, b)| (a, b)).collect();
        let distance = |at: usize, (a, b): (usize, usize)| {
            if at < a {
                a - at
            } else {
                at.saturating_sub(b)
            }
        };
        let terms = words::terms(&text[from..to])
            .into_iter()
            .map(|(t, o)| (t, from + o))
            .filter(|&(_, at)| inside(at) == own && !(start..end).contains(&at))
            .filter(|&(_, at)| {
                let mine = distance(at, (start, end));
                others.iter().all(|&o| mine <= distance(at, o))
            })
            .map(|(t, _)| t)
            .collect();
        (terms, (from, to), crowded)
    }

    /// "voor Nederlandse makelij, wederuitvoer en diensten, respectievelijk
    /// 51, 12 en 63 cent": the list of figures after "respectievelijk"
    /// paired with the heads named before it, in their order.
    fn respectively(&self, out: &mut Vec<CellLink>, used: &mut Vec<usize>) {
        let text = &self.prose.text;
        for &(s, e) in &self.prose.sentences {
            let sentence = &text[s..e];
            let Some(r) = RESPECTIVELY.find(sentence).map(|m| s + m.start()) else {
                continue;
            };
            // The list: the figures right after the word, each separated
            // from the next by a comma or "en".
            let figures = &self.prose.figures;
            let first = figures.partition_point(|&(_, a, _)| a <= r);
            if figures.get(first).is_none_or(|&(_, a, _)| a >= e) {
                continue;
            }
            let mut list = vec![first];
            while let Some(&(_, a, _)) = figures.get(list[list.len() - 1] + 1) {
                let (_, _, prev_end) = figures[list[list.len() - 1]];
                if a >= e || prev_end > a || !is_list_separator(&text[prev_end..a]) {
                    break;
                }
                list.push(list[list.len() - 1] + 1);
            }
            if list.len() < 2 || PART.is_match(sentence) || CHANGE.is_match(sentence) {
                continue;
            }
            let qi_first = figures[first].0;
            let year = self.figure_year(qi_first, (s, e));
            let found = words::terms(&text[s..r]);
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
                if named.len() != list.len() || touched {
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
                (placed.len() == list.len()).then(|| placed.into_iter().map(|(_, i)| i).collect())
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
            // The unit after the last figure serves the whole list: "51,
            // 12 en 63 cent".
            let last = figures[list[list.len() - 1]];
            let after = text.get(last.2..e).unwrap_or("").trim_start();
            let cents = CENT.is_match(after);
            let last_unit = {
                let q = &self.doc.quantities[last.0];
                (q.unit, q.scale)
            };
            for (&k, (row, column)) in list.iter().zip(pairs) {
                let qi = figures[k].0;
                used.push(qi);
                let q = &self.doc.quantities[qi];
                let mut fill = None;
                if q.unit == Unit::None && q.scale == Scale::One {
                    if cents {
                        fill = Some((Unit::Eurocent, Scale::One));
                    } else if last_unit.0 != Unit::None {
                        fill = Some(last_unit);
                    }
                }
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
