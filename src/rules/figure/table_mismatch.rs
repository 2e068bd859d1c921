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
    summary_nl: "Een cijfer in de tekst wijkt af van de tabelcel die het herhaalt",
    explanation_nl: r#"
"In 2023 was EUR 276,7 miljard van de goederenimport bestemd voor
wederuitvoer" herhaalt de cel in de rij "Invoer voor wederuitvoer" en de
kolom "Goederinvoer" van de tabel in hetzelfde antwoord; de twee moeten
overeenkomen. Met dezelfde precisie moeten ze gelijk zijn; met een andere
precisie (51 cent tegenover 0,51 euro) moeten hun afrondingsintervallen
overlappen, en een cijfer met een voorbehoud ("circa", "ruim") moet de waarde
van de cel toelaten.

Een cijfer wordt alleen aan een cel gekoppeld als dat zeker is: zijn zinsdeel
noemt precies één rij en één kolom met de woorden van hun label en kop (of de
tabel heeft er maar één), een rij of kolom van jaren wordt genoemd met het
ene jaar van de zin, en de eenheid en schaal van het cijfer passen bij het
bijschrift van de tabel ("(in EUR miljard)", "(% van het bbp)", "vte"). Een
opsomming "A, B en C respectievelijk X, Y en Z" koppelt de cijfers op
volgorde aan de koppen. In een tabel met één kolom moet een cijfer dat zijn
rij noemt ook gaan over wat de tabel meet: de zin deelt een woord met het
bijschrift, de kop of de inleiding, of verwijst terug naar het bedrag ("De
€ 47 miljoen van Financiën"). Een cijfer in een opsomming zonder
"respectievelijk", tussen haakjes na een ander cijfer ("het leeuwendeel
(€ 379 miljoen)"), naast een ander bedrag in zijn zinsdeel ("Van de € 47
miljoen is € 35 miljoen ..."), van een verandering ("steeg met"), van een
ander jaar dan de tabel, of dat alleen een rij noemt (een totaal dat de tekst
geeft van een uitsplitsing), blijft buiten beschouwing. `kamerlint parse`
toont elke koppeling die het maakte, met het oordeel erover.
"#,
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
        Text::new("message", "{figure} wijkt af van de tabel: daar staat {cell} bij {place}",
            "{figure} differs from the table, which gives {cell} for {place}",
        ),
        Text::new("message.other", "{figure} wijkt af van de tabel: daar staat {cell} bij {place}; {other_cell} staat bij {other}",
            "{figure} differs from the table, which gives {cell} for {place}; it gives {other_cell} for {other}",
        ),
        Text::new("help", "verbeter het cijfer of de cel, of maak duidelijk dat de tekst een ander cijfer bedoelt dan de tabel",
            "correct the figure or the cell, or say that the text means another figure than the table",
        ),
        Text::new("related.cell", "in de tabel: {cell}", "the table gives {cell}"),
        Text::new("related.row", "de rij", "the row"),
        Text::new("related.column", "de kolom", "the column"),
        Text::new("related.other", "{cell} staat bij {other}", "{cell} is the figure for {other}"),
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
