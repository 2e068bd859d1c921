//! figure/table-mismatch: a figure of the text that restates a cell of its
//! answer's table, with another value than the cell.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::cells::{CellLink, Linked};
use crate::document::{Document, Span};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const TABLE_MISMATCH: RuleMeta = RuleMeta {
    id: "figure/table-mismatch",
    severity: Severity::Error,
    summary: "A figure in the text differs from the table cell it restates",
    explanation: r#"
"In 2023 was EUR 276,7 miljard van de goederenimport bestemd voor
wederuitvoer" restates the cell of the row "Invoer voor wederuitvoer" and
the column "Goederinvoer" of the table in the same answer; the two must
agree. Printed with the same precision they must be equal; printed with
different precision (51 cent against 0,51 euro) their rounding intervals
must overlap, and a hedged figure ("circa", "ruim") must allow the cell's
value.

A figure is tied to a cell only when that is certain: its clause names
exactly one row and one column by the words of their label and head (or
the table has only one), a row or column of years is named by the one year
of the sentence, and the figure's unit and scale fit the table's caption
("(in EUR miljard)", "(% van het bbp)", "vte"). A list "A, B en C
respectievelijk X, Y en Z" pairs the figures with the heads in order. In
a table of one column a figure named by its row must also be about what
the table measures: its sentence shares a word with the caption, head or
lead-in, or it refers back to the amount ("De € 47 miljoen van
Financiën"). A figure in a list without "respectievelijk", in brackets
after another figure ("het leeuwendeel (€ 379 miljoen)"), beside another
amount in its clause ("Van de € 47 miljoen is € 35 miljoen ..."), of a
change ("steeg met"), of another year than the table, or that names only a
row (a total the text gives of a breakdown) is left alone. `kamerlint
parse` shows every link it made, with its verdict.
"#,
    summary_nl: "",
    explanation_nl: "",
    bad: &[Example::list(
        r#"
1 Welk percentage van het bbp wordt verdiend met export?
In 2023 werd 35,7% van het bbp verdiend door export van goederen en diensten.

Jaar NL verdiensten aan export (% van het bbp)

2023 35,2

2022 35,7

2021 32,6
"#,
    )],
    good: &[Example::list(
        r#"
1 Welk percentage van het bbp wordt verdiend met export?
In 2023 werd 35,2% van het bbp verdiend door export van goederen en diensten.

Jaar NL verdiensten aan export (% van het bbp)

2023 35,2

2022 35,7

2021 32,6
"#,
    )],
    texts: &[
        Text::en(
            "message",
            "{figure} differs from the table, which gives {cell} for {place}",
        ),
        Text::en(
            "message.other",
            "{figure} differs from the table, which gives {cell} for {place}; it gives {other_cell} for {other}",
        ),
        Text::en(
            "help",
            "correct the figure or the cell, or say that the text means another figure than the table",
        ),
        Text::en("related.cell", "the table gives {cell}"),
        Text::en("related.row", "the row"),
        Text::en("related.column", "the column"),
        Text::en("related.other", "{cell} is the figure for {other}"),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for link in &doc.cell_links {
        if link.how == Linked::EndOfPeriod || link.verdict.agrees() {
            continue;
        }
        let (Some(figure), Some(cell)) = (
            doc.quantities.get(link.figure),
            doc.quantities.get(link.cell),
        ) else {
            continue;
        };
        let place = place(doc, link);
        let shown = shown(figure);
        let other = link
            .other
            .and_then(|o| Some((doc.quantities.get(o)?, other_head(doc, link)?)));
        let message = match &other {
            Some((o, head)) => TABLE_MISMATCH.say(
                "message.other",
                &[
                    ("figure", &shown),
                    ("cell", &cell.text),
                    ("place", &place),
                    ("other_cell", &o.text),
                    ("other", head),
                ],
            ),
            None => TABLE_MISMATCH.say(
                "message",
                &[("figure", &shown), ("cell", &cell.text), ("place", &place)],
            ),
        };
        let mut d = TABLE_MISMATCH
            .at(figure.span, message)
            .with_question(question_at(doc, figure.span.start))
            .with_related(
                cell.span,
                TABLE_MISMATCH.say("related.cell", &[("cell", &cell.text)]),
            );
        if let Some(row) = link.row_head {
            d = d.with_related(row, TABLE_MISMATCH.say("related.row", &[]));
        }
        if let Some(column) = link.column_head {
            d = d.with_related(column, TABLE_MISMATCH.say("related.column", &[]));
        }
        if let Some((o, head)) = &other {
            d = d.with_related(
                o.span,
                TABLE_MISMATCH.say("related.other", &[("cell", &o.text), ("other", head)]),
            );
        }
        out.push(d.with_help(TABLE_MISMATCH.say("help", &[])));
    }
}

/// The figure as the sentence gives it, with its hedge: "ruim EUR 280
/// miljard".
pub(super) fn shown(q: &crate::document::figures::Quantity) -> String {
    match &q.hedge {
        Some(h) => format!("{h} {}", q.text),
        None => q.text.clone(),
    }
}

/// A label or head as printed, on one line.
pub(super) fn label(doc: &Document, span: Span) -> String {
    doc.slice(span)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The cell's row and column, as the table names them: "Invoer voor
/// wederuitvoer, Goederinvoer", or "2023" in a table of one column.
pub(super) fn place(doc: &Document, link: &CellLink) -> String {
    [link.row_head, link.column_head]
        .into_iter()
        .flatten()
        .map(|s| label(doc, s))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The label (a year) of the row, or the head of the column, of the other
/// cell the figure agrees with.
pub(super) fn other_head(doc: &Document, link: &CellLink) -> Option<String> {
    let other = doc.quantities.get(link.other?)?;
    let (ti, r, c) = other.cell?;
    let table = doc.tables.get(ti)?;
    if r != link.at.1 {
        return Some(label(doc, table.rows.get(r)?.label.as_ref()?.span));
    }
    let header = table.header.last()?;
    let skip = header.len().checked_sub(table.rows.get(r)?.cells.len())?;
    Some(label(doc, header.get(skip + c)?.span))
}
