//! total/: printed totals against the sum of their parts, with the rounding
//! rule of XBRL Calculations 1.1 (see [`super::rounding`]): table columns
//! with a "Totaal" row, "X, waarvan A en B" in running text, and shares that
//! should add up to 100 %.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::registry::Family;
use super::rounding::{verdict, Figure, Verdict};
use super::{Example, RuleMeta};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::{number, Quantity, Scale, Unit};
use crate::document::{Document, Span, Table};

pub const SUM_MISMATCH: RuleMeta = RuleMeta {
    id: "total/sum-mismatch",
    severity: Severity::Error,
    summary: "A printed total differs from the sum of its parts by more than rounding allows",
    explanation: r#"
Each printed figure stands for the values that round to it (62,0 for 61,95
to 62,05). A total is wrong when it differs from the sum of its parts by
more than the half-widths of all those intervals together (XBRL Calculations
1.1). Checked: table columns with a "Totaal" row, and "X, waarvan A en B" in
running text. Rows starting with "waarvan", percentage, average and index
columns are not summed.
"#,
    bad: &[Example::list(
        r#"
1 Hoe groot was de goederenexport in 2023?
De goederenexport was EUR 676,9 miljard, waarvan EUR 362,4 miljard wederuitvoer en EUR 324,5 miljard uitvoer van Nederlandse makelij.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoe groot was de goederenexport in 2023?
De goederenexport was EUR 676,9 miljard, waarvan EUR 352,4 miljard wederuitvoer en EUR 324,5 miljard uitvoer van Nederlandse makelij.
"#,
    )],
    texts: &[],
};

pub const ROUNDING_DIFFERENCE: RuleMeta = RuleMeta {
    id: "total/rounding-difference",
    severity: Severity::Info,
    summary: "Afrondingsverschil: a total differs from its parts, within rounding",
    explanation: r#"
The sum of rounded parts often differs from the rounded total (in a table of
seven rows, more often than not). kamerlint reports such a difference as
information, with the numbers, so an editor can add the usual note ("door
afronding tellen de cijfers niet altijd op tot het totaal"). It is never an
error.
"#,
    bad: &[Example::list(
        r#"
1 Wat is de invoer van diensten?
De tabel toont de diensteninvoer (in EUR miljard).

Bestemming Diensteninvoer
Binnenlandse bestedingen 62,0
Uitvoer 104,7
Directe bestedingen 34,3
Wederuitvoer 33,2
Totaal 234,1
"#,
    )],
    good: &[Example::list(
        r#"
1 Wat is de invoer van diensten?
De tabel toont de diensteninvoer (in EUR miljard).

Bestemming Diensteninvoer
Binnenlandse bestedingen 62,0
Uitvoer 104,7
Directe bestedingen 34,3
Wederuitvoer 33,2
Totaal 234,2
"#,
    )],
    texts: &[],
};

pub const SHARES: RuleMeta = RuleMeta {
    id: "total/shares",
    severity: Severity::Error,
    summary: "The percentages of one breakdown do not add up to 100",
    explanation: r#"
Shares of one whole (a table row of percentages, "uitgesplitst naar ...:
45,1% in ...; 14,3% in ...") add up to 100 %, within the rounding of the
printed shares: 33 % + 33 % + 33 % is a rounding difference, 40 % + 35 % +
20 % is wrong. A list is only checked when it reads as a breakdown and its
shares add up to between 90 and 110.
"#,
    bad: &[Example::list(
        r#"
1 Hoe is het geld verdeeld?
Uitgesplitst naar sectoren heeft II als volgt geïnvesteerd: 45,1% in water; 14,3% in agri-food; 10,9% in healthcare; 19,9% in overige sectoren.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoe is het geld verdeeld?
Uitgesplitst naar sectoren heeft II als volgt geïnvesteerd: 45,1% in water; 14,3% in agri-food; 10,9% in healthcare; 29,7% in overige sectoren.
"#,
    )],
    texts: &[],
};

/// The total family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "total",
    rules: &[&SUM_MISMATCH, &ROUNDING_DIFFERENCE, &SHARES],
    check: Some(check),
    settings: None,
};

static TOTAL_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"(?i)^\s*(?:totaal|total|som|eindtotaal|generaal totaal)\b")
});
static SUB_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"(?i)^\s*(?:waarvan|w\.v\.|waaronder|w\.o\.|-|–|\(|o\.a\.)")
});
static NON_ADDITIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)%|procent|aandeel|gemiddel|index|groei|per\b|ratio|mutatie|verandering",
    )
});
static SHARE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"(?i)uitgesplitst|als\s+volgt|verdeling|verdeeld|bestemd\s+voor|aandelen")
});

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
        table_totals(doc, ti, table, &cells, out);
        table_shares(doc, ti, table, &cells, out);
    }
    breakdowns(doc, out);
    text_shares(doc, out);
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

fn table_totals(
    doc: &Document,
    ti: usize,
    table: &Table,
    cells: &BTreeMap<(usize, usize, usize), &Quantity>,
    out: &mut Vec<Diagnostic>,
) {
    let ncols = table.rows.first().map(|r| r.cells.len()).unwrap_or(0);
    let header = table.header.last();
    let column_title = |c: usize| -> Option<&str> {
        let h = header?;
        let offset = h.len().checked_sub(ncols)?;
        h.get(offset + c).map(|cell| cell.text.as_str())
    };
    let mut first_part = 0;
    for (ri, row) in table.rows.iter().enumerate() {
        let is_total = row
            .label
            .as_ref()
            .is_some_and(|l| TOTAL_LABEL.is_match(&l.text));
        if !is_total {
            continue;
        }
        let part_rows: Vec<usize> = (first_part..ri)
            .filter(|&r| {
                !table.rows[r]
                    .label
                    .as_ref()
                    .is_some_and(|l| SUB_LABEL.is_match(&l.text))
            })
            .collect();
        first_part = ri + 1;
        if part_rows.len() < 2 {
            continue;
        }
        for c in 0..ncols {
            if column_title(c).is_some_and(|t| NON_ADDITIVE.is_match(t)) {
                continue;
            }
            let Some(total) = cells.get(&(ti, ri, c)) else {
                continue;
            };
            if total.unit == Unit::Percent {
                continue;
            }
            let parts: Option<Vec<&Quantity>> = part_rows
                .iter()
                .map(|&r| cells.get(&(ti, r, c)).copied())
                .collect();
            let Some(parts) = parts else { continue };
            if parts.iter().any(|p| p.unit == Unit::Percent) {
                continue;
            }
            let figures: Vec<Figure> = parts.iter().map(|p| figure(p)).collect();
            let v = verdict(figure(total), &figures);
            let sum: Decimal = parts.iter().map(|p| p.value).sum();
            let listed: Vec<(Span, String)> =
                parts.iter().map(|p| (p.span, p.text.clone())).collect();
            let what = match column_title(c) {
                Some(t) => format!("the total of column \"{t}\""),
                None => format!("the total of column {}", c + 1),
            };
            report(
                doc,
                out,
                &SUM_MISMATCH,
                Whole::Total(&what, &in_scale(total.value, total.scale)),
                total.span,
                &listed,
                v,
                sum,
                (total.scale, total.decimals),
            );
        }
    }
}

/// A row of percentages that reads as a split of one whole (adds up to 90–110).
fn table_shares(
    doc: &Document,
    ti: usize,
    table: &Table,
    cells: &BTreeMap<(usize, usize, usize), &Quantity>,
    out: &mut Vec<Diagnostic>,
) {
    for (ri, row) in table.rows.iter().enumerate() {
        if row.cells.len() < 2 {
            continue;
        }
        let shares: Option<Vec<&Quantity>> = (0..row.cells.len())
            .map(|c| cells.get(&(ti, ri, c)).copied())
            .collect();
        let Some(shares) = shares else { continue };
        if !shares.iter().all(|q| q.unit == Unit::Percent) {
            continue;
        }
        shares_to_100(doc, out, &shares, row.span, "the shares in this row");
    }
}

fn shares_to_100(
    doc: &Document,
    out: &mut Vec<Diagnostic>,
    shares: &[&Quantity],
    at: Span,
    what: &str,
) {
    let sum: Decimal = shares.iter().map(|q| q.value).sum();
    if sum < Decimal::from(90) || sum > Decimal::from(110) {
        return;
    }
    let figures: Vec<Figure> = shares.iter().map(|q| figure(q)).collect();
    let hundred = Figure {
        value: Decimal::ONE_HUNDRED,
        half_width: Decimal::ZERO,
    };
    let v = verdict(hundred, &figures);
    let listed: Vec<(Span, String)> = shares.iter().map(|q| (q.span, q.text.clone())).collect();
    let first = shares.first().map(|q| q.span).unwrap_or(at);
    report(
        doc,
        out,
        &SHARES,
        Whole::Shares(what),
        first,
        &listed,
        v,
        sum,
        (
            Scale::One,
            shares.iter().map(|q| q.decimals).max().unwrap_or(0),
        ),
    );
}

fn breakdowns(doc: &Document, out: &mut Vec<Diagnostic>) {
    for b in &doc.breakdowns {
        let Some(total) = doc.quantities.get(b.total) else {
            continue;
        };
        let parts: Vec<&Quantity> = b
            .parts
            .iter()
            .filter_map(|&i| doc.quantities.get(i))
            .collect();
        if parts.len() < 2 || !total.is_exact_number() || parts.iter().any(|p| !p.is_exact_number())
        {
            continue;
        }
        let sum: Decimal = parts.iter().map(|p| p.value).sum();
        // "waarvan" lists are often partial: a sum well below the whole is
        // not a claim that the parts add up.
        if sum * Decimal::TEN < total.value * Decimal::from(9) {
            continue;
        }
        let figures: Vec<Figure> = parts.iter().map(|p| figure(p)).collect();
        let v = verdict(figure(total), &figures);
        let listed: Vec<(Span, String)> = parts.iter().map(|p| (p.span, p.text.clone())).collect();
        report(
            doc,
            out,
            &SUM_MISMATCH,
            Whole::Total("the whole", &total.text),
            total.span,
            &listed,
            v,
            sum,
            (total.scale, total.decimals),
        );
        // The shares printed with the parts ("(52%)", "(48%)") add up to 100.
        if !b.shares.is_empty() && b.shares.len() == parts.len() {
            let shares: Vec<&Quantity> = b
                .shares
                .iter()
                .filter_map(|&(_, s)| doc.quantities.get(s))
                .collect();
            shares_to_100(doc, out, &shares, b.span, "the shares of these parts");
        }
    }
}

/// "Uitgesplitst naar sectoren ...: 45,1% in water; 14,3% in ..." within one sentence.
fn text_shares(doc: &Document, out: &mut Vec<Diagnostic>) {
    let in_breakdown: Vec<usize> = doc
        .breakdowns
        .iter()
        .flat_map(|b| b.shares.iter().map(|&(_, s)| s))
        .collect();
    let mut by_sentence: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, q) in doc.quantities.iter().enumerate() {
        if q.unit == Unit::Percent && q.cell.is_none() && !in_breakdown.contains(&i) {
            by_sentence
                .entry((q.sentence.start, q.sentence.end))
                .or_default()
                .push(i);
        }
    }
    for ((start, end), idx) in by_sentence {
        if idx.len() < 2 {
            continue;
        }
        let sentence = doc.slice(Span::new(start, end));
        // A share of a share ("97% MKB, waarvan 11% ...") is no split.
        if !SHARE_CUE.is_match(sentence) || sentence.contains("waarvan") {
            continue;
        }
        // "Duitsland (60%) en België (45%)": a ratio per name, not a split.
        let shares: Vec<&Quantity> = idx
            .iter()
            .filter_map(|&i| doc.quantities.get(i))
            .filter(|q| !doc.text[..q.span.start].ends_with('('))
            .collect();
        if shares.len() < 2 {
            continue;
        }
        if shares
            .iter()
            .any(|q| !q.is_exact_number() || q.value.is_sign_negative())
        {
            continue;
        }
        shares_to_100(
            doc,
            out,
            &shares,
            Span::new(start, end),
            "the shares in this sentence",
        );
    }
}
