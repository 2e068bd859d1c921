//! total/sum-mismatch: a printed total against the sum of its parts, beyond
//! what rounding allows: table columns with a "Totaal" row, and "X, waarvan
//! A en B" in running text.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::{figure, in_scale, report, Figures, Shares, Total, Whole};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::{Quantity, Unit};
use crate::document::{Document, Span, Table};
use crate::rules::rounding::{verdict, Figure};
use crate::rules::{Example, RuleMeta, Text};

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
    texts: &[
        Text::en("message.column", r#"the total of column "{column}" is {total}, but its parts add up to {sum}: {list} (difference {difference}, more than the rounding allowance of {allowance})"#),
        Text::en("message.column_number", "the total of column {column} is {total}, but its parts add up to {sum}: {list} (difference {difference}, more than the rounding allowance of {allowance})"),
        Text::en("message.whole", "the whole is {total}, but its parts add up to {sum}: {list} (difference {difference}, more than the rounding allowance of {allowance})"),
        Text::en("help", "check the total and each part against the source"),
        Text::en("related", "part: {part}"),
    ],
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

/// The finding of a total beyond rounding ([`super::report`]): `printed`
/// is the total as the message writes it.
pub(super) fn finding(total: Total, printed: &str, at: Span, f: &Figures) -> Diagnostic {
    let mut args = f.args_with_list();
    args.push(("total", &printed));
    let message = match &total {
        Total::Column(title) => {
            args.push(("column", title));
            SUM_MISMATCH.say("message.column", &args)
        }
        Total::ColumnNumber(number) => {
            args.push(("column", number));
            SUM_MISMATCH.say("message.column_number", &args)
        }
        Total::Breakdown => SUM_MISMATCH.say("message.whole", &args),
    };
    let mut d = SUM_MISMATCH
        .at(at, message)
        .with_help(SUM_MISMATCH.say("help", &[]));
    for (span, text) in f.parts {
        d = d.with_related(*span, SUM_MISMATCH.say("related", &[("part", text)]));
    }
    d
}

pub(super) fn table_totals(
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
                Some(t) => Total::Column(t),
                None => Total::ColumnNumber(c + 1),
            };
            report(
                doc,
                out,
                Whole::Total(what, &in_scale(total.value, total.scale)),
                total.span,
                &listed,
                v,
                sum,
                (total.scale, total.decimals),
            );
        }
    }
}

pub(super) fn breakdowns(doc: &Document, out: &mut Vec<Diagnostic>) {
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
            Whole::Total(Total::Breakdown, &total.text),
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
            super::shares::shares_to_100(doc, out, &shares, b.span, Shares::Parts);
        }
    }
}
