//! total/sum-mismatch: a printed total against the sum of its parts, beyond
//! what rounding allows: table columns with a "Totaal" row, and "X, waarvan
//! A en B" in running text.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::outcome::{self, Outcome};
use super::{figure, in_scale, report, Figures, Shares, Total, Whole};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::{Bounds, Quantity, Unit};
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
1.1). Checked: table columns with a "Totaal" row, "X, waarvan A en B" in
running text, and a whole and its parts named in different sentences of one
answer: the export of goederen en diensten against the goederenexport and
the dienstenexport of the same year and country, the goederenexport against
wederuitvoer and Nederlandse makelij, banen against direct and indirect
banen, and shares printed with their parts ("ruim 61 % (circa 1709 ton)")
against the whole they are of. A hedged figure ("circa", "ruim", "bijna")
stands for the interval its hedge allows (see the README); hedged parts and
whole disagree when those intervals do not meet. Rows starting with
"waarvan", percentage, average and index columns are not summed, and a
part that is missing, named twice with other values, or of another year,
flow or country makes the breakdown uncertain: then nothing is said.
"#,
    summary_nl: "Een totaal wijkt meer af van de som van zijn delen dan de afronding toelaat",
    explanation_nl: r#"
Elk cijfer staat voor de waarden die erop afronden (62,0 voor 61,95 tot
62,05). Een totaal is fout als het meer van de som van zijn delen afwijkt dan
de halve breedtes van al die intervallen samen (XBRL Calculations 1.1).
Gecontroleerd: tabelkolommen met een rij "Totaal", "X, waarvan A en B" in
lopende tekst, en een geheel en zijn delen die in verschillende zinnen van één
antwoord staan: de export van goederen en diensten tegenover de
goederenexport en de dienstenexport van hetzelfde jaar en land, de
goederenexport tegenover wederuitvoer en Nederlandse makelij, banen tegenover
directe en indirecte banen, en percentages die met hun delen staan ("ruim
61 % (circa 1709 ton)") tegenover het geheel waar ze een deel van zijn. Een
cijfer met een voorbehoud ("circa", "ruim", "bijna") staat voor het interval
dat dat voorbehoud toelaat (zie de README); delen en geheel met een
voorbehoud verschillen als die intervallen elkaar niet raken. Rijen die met
"waarvan" beginnen en kolommen met percentages, gemiddelden en indexcijfers
worden niet opgeteld, en een deel dat ontbreekt, twee keer met andere waarden
genoemd wordt, of van een ander jaar, een andere stroom of een ander land is,
maakt de uitsplitsing onzeker: dan wordt niets gemeld.
"#,
    bad: &[
        Example::list(
            r#"
1 Hoe groot was de goederenexport in 2023?
De goederenexport was EUR 676,9 miljard, waarvan EUR 362,4 miljard wederuitvoer en EUR 324,5 miljard uitvoer van Nederlandse makelij.
"#,
        ),
        Example::answer(
            r#"
In 2023 bedroeg de export van goederen en diensten uit Nederland EUR 945,2
miljard. De totale goederenuitvoer was EUR 676,9 miljard. De dienstenuitvoer
kwam datzelfde jaar uit op EUR 286,3 miljard.
"#,
        ),
    ],
    good: &[
        Example::list(
            r#"
1 Hoe groot was de goederenexport in 2023?
De goederenexport was EUR 676,9 miljard, waarvan EUR 352,4 miljard wederuitvoer en EUR 324,5 miljard uitvoer van Nederlandse makelij.
"#,
        ),
        Example::answer(
            r#"
In 2023 bedroeg de export van goederen en diensten uit Nederland EUR 945,2
miljard. De totale goederenuitvoer was EUR 676,9 miljard. De dienstenuitvoer
kwam datzelfde jaar uit op EUR 268,3 miljard.
"#,
        ),
    ],
    texts: &[
        Text::new("message.column", "het totaal van kolom “{column}” is {total}, maar de delen tellen op tot {sum}: {list} (verschil {difference}, meer dan de afrondingsmarge van {allowance})", r#"the total of column "{column}" is {total}, but its parts add up to {sum}: {list} (difference {difference}, more than the rounding allowance of {allowance})"#),
        Text::new("message.column_number", "het totaal van kolom {column} is {total}, maar de delen tellen op tot {sum}: {list} (verschil {difference}, meer dan de afrondingsmarge van {allowance})", "the total of column {column} is {total}, but its parts add up to {sum}: {list} (difference {difference}, more than the rounding allowance of {allowance})"),
        Text::new("message.whole", "het totaal is {total}, maar de delen tellen op tot {sum}: {list} (verschil {difference}, meer dan de afrondingsmarge van {allowance})", "the whole is {total}, but its parts add up to {sum}: {list} (difference {difference}, more than the rounding allowance of {allowance})"),
        Text::new("message.hedged", "het totaal is {total}, maar de delen tellen op tot {sum}: {list} (met hun voorbehoud meegerekend: tussen {low} en {high})", "the whole is {total}, but its parts add up to {sum}: {list} (with their hedges, between {low} and {high})"),
        Text::new("help", "controleer het totaal en elk deel aan de bron", "check the total and each part against the source"),
        Text::new("related", "deel: {part}", "part: {part}"),
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
        let listed: Vec<(Span, String)> = parts.iter().map(|p| (p.span, with_hedge(p))).collect();
        match outcome::of(doc, b) {
            Outcome::Checked { verdict, sum } => report(
                doc,
                out,
                Whole::Total(Total::Breakdown, &total.text),
                total.span,
                &listed,
                verdict,
                sum,
                (total.scale, total.decimals),
            ),
            Outcome::Hedged {
                agree: false,
                sum,
                parts: range,
                ..
            } => out.push(hedged(doc, total, &listed, sum, range)),
            Outcome::Hedged { agree: true, .. } | Outcome::Partial | Outcome::Indeterminate => {}
        }
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

/// An amount in the unit the total is printed in, where that is not
/// money (whose scale word says it): "2874 ton".
fn with_unit(total: &Quantity, amount: String) -> String {
    if total.unit.is_money() || total.unit == Unit::None {
        return amount;
    }
    let after = total.number_span.end.saturating_sub(total.span.start);
    match total.text.get(after..).map(str::trim) {
        Some(unit) if !unit.is_empty() => format!("{amount} {unit}"),
        _ => amount,
    }
}

/// A figure as printed with its hedge: "circa 1709 ton".
fn with_hedge(q: &Quantity) -> String {
    match &q.hedge {
        Some(h) => format!("{h} {}", q.text),
        None => q.text.clone(),
    }
}

/// A hedged whole whose parts do not meet it: "circa 2793 ton" against
/// circa 1790 + circa 1084 ton.
fn hedged(
    doc: &Document,
    total: &Quantity,
    listed: &[(Span, String)],
    sum: Decimal,
    range: Bounds,
) -> Diagnostic {
    let list: Vec<String> = listed.iter().map(|(_, t)| t.clone()).collect();
    let scale = total.scale;
    let shown = |d: Option<Decimal>| {
        d.map_or_else(
            || "…".to_string(),
            |d| with_unit(total, in_scale(d.round_dp(0), scale)),
        )
    };
    let mut d = SUM_MISMATCH
        .at(
            total.span,
            SUM_MISMATCH.say(
                "message.hedged",
                &[
                    ("total", &with_hedge(total)),
                    ("sum", &with_unit(total, in_scale(sum, scale))),
                    ("list", &list.join(" + ")),
                    ("low", &shown(range.lo)),
                    ("high", &shown(range.hi)),
                ],
            ),
        )
        .with_help(SUM_MISMATCH.say("help", &[]))
        .with_question(crate::rules::question_at(doc, total.span.start));
    for (span, text) in listed {
        d = d.with_related(*span, SUM_MISMATCH.say("related", &[("part", text)]));
    }
    d
}
