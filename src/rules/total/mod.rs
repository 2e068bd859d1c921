//! total/: printed totals against the sum of their parts, with the rounding
//! rule of XBRL Calculations 1.1 (see [`super::rounding`]): table columns
//! with a "Totaal" row, "X, waarvan A en B" in running text, and shares that
//! should add up to 100 %.
//!
//! One file a rule, named after its id (`total/sum-mismatch` is
//! `sum_mismatch.rs`); a verdict within rounding is
//! total/rounding-difference's, beyond it the checking rule's, and both are
//! reported here ([`report`]), with the figures written in the scale of the
//! printed total.

pub mod outcome;
mod rounding_difference;
mod shares;
mod sum_mismatch;

use std::collections::BTreeMap;
use std::fmt::Display;

use rust_decimal::Decimal;

pub use rounding_difference::ROUNDING_DIFFERENCE;
pub use shares::SHARES;
pub use sum_mismatch::SUM_MISMATCH;

use super::registry::Family;
use super::rounding::{Figure, Verdict};
use crate::diagnostic::Diagnostic;
use crate::document::figures::{number, Quantity, Scale};
use crate::document::{Document, Span};

/// The total family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "total",
    rules: &[&SUM_MISMATCH, &ROUNDING_DIFFERENCE, &SHARES],
    check: Some(check),
    settings: None,
    compare: None,
};

/// A base value written in a scale: 677000000000 in miljard is "677 miljard".
pub(crate) fn in_scale(d: Decimal, scale: Scale) -> String {
    in_scale_with(d, scale, 0)
}

/// As [`in_scale`], with at least `decimals` decimals: a sum of parts
/// printed to one decimal is "677,0", not "677".
fn in_scale_with(d: Decimal, scale: Scale, decimals: u32) -> String {
    let keep = |v: Decimal| {
        let mut v = v.normalize();
        if v.scale() < decimals {
            v.rescale(decimals);
        }
        v.to_string().replace('.', ",")
    };
    let word = match scale {
        Scale::One => return keep(d),
        Scale::Thousand => "duizend",
        Scale::Million => "miljoen",
        Scale::Billion => "miljard",
        Scale::Trillion => "biljoen",
    };
    format!("{} {word}", keep(d / number::pow10(scale.exponent())))
}

fn figure(q: &Quantity) -> Figure {
    Figure {
        value: q.value,
        half_width: q.half_width(),
    }
}

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let cells: BTreeMap<(usize, usize, usize), &Quantity> = doc
        .quantities
        .iter()
        .filter_map(|q| q.cell.map(|c| (c, q)))
        .collect();
    for (ti, table) in doc.tables.iter().enumerate() {
        if !table.problems.is_empty() {
            continue;
        }
        sum_mismatch::table_totals(doc, ti, table, &cells, out);
        shares::table_shares(doc, ti, table, &cells, out);
    }
    sum_mismatch::breakdowns(doc, out);
    shares::text_shares(doc, out);
}

/// What a verdict is about: a printed total, or shares that should make 100 %.
#[derive(Clone, Copy)]
enum Whole<'a> {
    /// What the total totals, and the total as the message writes it.
    Total(Total<'a>, &'a str),
    Shares(Shares),
}

/// What a printed total totals.
#[derive(Clone, Copy)]
enum Total<'a> {
    /// A table column, by its title ("Diensteninvoer").
    Column(&'a str),
    /// A table column without a title, by its number from 1.
    ColumnNumber(usize),
    /// The parts of "X, waarvan A en B".
    Breakdown,
}

/// Which shares should make 100 %.
#[derive(Clone, Copy)]
enum Shares {
    /// The percentages of a table row.
    Row,
    /// The shares printed with the parts of a "waarvan" breakdown.
    Parts,
    /// The percentages of one sentence ("uitgesplitst naar ...").
    Sentence,
}

/// The figures a verdict's message gives, in the scale of the printed
/// total ("677,0 miljard"), and the parts, each shown as a related place.
struct Figures<'a> {
    sum: String,
    /// The parts as printed, joined: "62,0 + 104,7 + 34,3 + 33,2".
    list: String,
    difference: String,
    allowance: String,
    parts: &'a [(Span, String)],
}

impl Figures<'_> {
    /// The values every message of a verdict fills in.
    fn args(&self) -> Vec<(&str, &dyn Display)> {
        vec![
            ("sum", &self.sum),
            ("difference", &self.difference),
            ("allowance", &self.allowance),
        ]
    }

    /// As [`Figures::args`], with the parts listed: a finding beyond
    /// rounding says what it added up.
    fn args_with_list(&self) -> Vec<(&str, &dyn Display)> {
        let mut args = self.args();
        args.push(("list", &self.list));
        args
    }
}

/// Reports a verdict: info within rounding (total/rounding-difference),
/// the error of the rule that checks `whole` beyond it (total/sum-mismatch
/// for a total, total/shares for shares).
#[allow(clippy::too_many_arguments)]
fn report(
    doc: &Document,
    out: &mut Vec<Diagnostic>,
    whole: Whole,
    at: Span,
    parts: &[(Span, String)],
    v: Verdict,
    sum: Decimal,
    (scale, decimals): (Scale, u32),
) {
    let (difference, allowance, within) = match v {
        Verdict::Exact => return,
        Verdict::WithinRounding {
            difference,
            allowance,
        } => (difference, allowance, true),
        Verdict::Inconsistent {
            difference,
            allowance,
        } => (difference, allowance, false),
    };
    // Sums and differences in the scale of the printed total ("677,0 miljard").
    let list: Vec<&str> = parts.iter().map(|(_, t)| t.as_str()).collect();
    let figures = Figures {
        sum: in_scale_with(sum, scale, decimals),
        list: list.join(" + "),
        difference: in_scale(difference, scale),
        allowance: in_scale(allowance, scale),
        parts,
    };
    let d = if within {
        rounding_difference::finding(whole, at, &figures)
    } else {
        match whole {
            Whole::Total(total, printed) => sum_mismatch::finding(total, printed, at, &figures),
            Whole::Shares(shares) => shares::finding(shares, at, &figures),
        }
    };
    out.push(d.with_question(super::question_at(doc, at.start)));
}
