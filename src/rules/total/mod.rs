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

mod rounding_difference;
mod shares;
mod sum_mismatch;

use std::collections::BTreeMap;

use rust_decimal::Decimal;

pub use rounding_difference::ROUNDING_DIFFERENCE;
pub use shares::SHARES;
pub use sum_mismatch::SUM_MISMATCH;

use super::registry::Family;
use super::rounding::{Figure, Verdict};
use super::RuleMeta;
use crate::diagnostic::Diagnostic;
use crate::document::figures::{number, Quantity, Scale};
use crate::document::{Document, Span};

/// The total family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "total",
    rules: &[&SUM_MISMATCH, &ROUNDING_DIFFERENCE, &SHARES],
    check: Some(check),
    settings: None,
};

/// A base value written in a scale: 677000000000 in miljard is "677 miljard".
fn in_scale(d: Decimal, scale: Scale) -> String {
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
#[derive(Clone, Copy, PartialEq, Eq)]
enum Whole<'a> {
    /// The subject ("the total of column \"Diensteninvoer\"") and the printed total.
    Total(&'a str, &'a str),
    /// The subject ("the shares in this row").
    Shares(&'a str),
}

/// Reports a verdict: info within rounding, the rule's error beyond it.
#[allow(clippy::too_many_arguments)]
fn report(
    doc: &Document,
    out: &mut Vec<Diagnostic>,
    rule: &'static RuleMeta,
    whole: Whole,
    at: Span,
    parts: &[(Span, String)],
    v: Verdict,
    sum: Decimal,
    (scale, decimals): (Scale, u32),
) {
    // Sums and differences in the scale of the printed total ("677,0 miljard").
    let scaled = |d: Decimal| in_scale(d, scale);
    let list: Vec<&str> = parts.iter().map(|(_, t)| t.as_str()).collect();
    let list = list.join(" + ");
    let sum = in_scale_with(sum, scale, decimals);
    let (meta, message, help) = match (v, whole) {
        (Verdict::Exact, _) => return,
        (Verdict::WithinRounding { difference, allowance }, Whole::Total(subject, total)) => (
            &ROUNDING_DIFFERENCE,
            format!(
                "afrondingsverschil: {subject} is {total}, its parts add up to {sum} (difference {}, within the rounding allowance of {})",
                scaled(difference),
                scaled(allowance)
            ),
            "a note such as \"door afronding tellen de cijfers niet altijd op tot het totaal\" explains it",
        ),
        (Verdict::WithinRounding { difference, allowance }, Whole::Shares(subject)) => (
            &ROUNDING_DIFFERENCE,
            format!(
                "afrondingsverschil: {subject} add up to {sum}% (difference {} from 100%, within the rounding allowance of {})",
                scaled(difference),
                scaled(allowance)
            ),
            "a note such as \"door afronding tellen de percentages niet altijd op tot 100\" explains it",
        ),
        (Verdict::Inconsistent { difference, allowance }, Whole::Total(subject, total)) => (
            rule,
            format!(
                "{subject} is {total}, but its parts add up to {sum}: {list} (difference {}, more than the rounding allowance of {})",
                scaled(difference),
                scaled(allowance)
            ),
            "check the total and each part against the source",
        ),
        (Verdict::Inconsistent { difference, allowance }, Whole::Shares(subject)) => (
            rule,
            format!(
                "{subject} add up to {sum}%, not 100%: {list} (difference {}, more than the rounding allowance of {})",
                scaled(difference),
                scaled(allowance)
            ),
            "check each share against the source",
        ),
    };
    let mut d = Diagnostic::new(meta.id, meta.severity, at, message)
        .with_question(super::question_at(doc, at.start))
        .with_help(help);
    for (span, text) in parts {
        d = d.with_related(*span, format!("part: {text}"));
    }
    out.push(d);
}
