//! figure/table-year: a change over a period that arrives at a figure the
//! table gives for another year than the period's last ("tussen
//! 2020-2021 ... een daling tot 31,8%", where 31,8 is the figure of 2020).

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::cells::Linked;
use crate::document::Document;
use crate::rules::{question_at, Example, RuleMeta, Text};

use super::table_mismatch::{label, other_head, shown};

pub const TABLE_YEAR: RuleMeta = RuleMeta {
    id: "figure/table-year",
    severity: Severity::Info,
    summary: "A change over a period ends at a figure the table gives for another year",
    explanation: r#"
"Tussen 2020-2021 zagen we een lichte daling tot 31,8%" under a table
that gives 31,8 for 2020 and 32,6 for 2021: a change over a period arrives
at the figure of its last year, so the sentence reads as 31,8% in 2021.
Either the period or the figure is off by a year.

This is an inference, not a certainty — the writer may mean the year the
fall began — so the rule is an info, and it speaks only when the figure
is exactly one cell of the table's series (one year's), that year is not
the period's last, and the sentence stands right before or after the
table or speaks of what it measures. A figure that matches no year is left
alone.
"#,
    summary_nl: "Een verandering over een periode eindigt bij het cijfer dat de tabel voor een ander jaar geeft",
    explanation_nl: r#"
"Tussen 2020-2021 zagen we een lichte daling tot 31,8%" bij een tabel die
31,8 geeft voor 2020 en 32,6 voor 2021: een verandering over een periode komt
uit op het cijfer van het laatste jaar, dus de zin leest als 31,8% in 2021.
De periode of het cijfer zit er een jaar naast.

Dit is een gevolgtrekking, geen zekerheid (de schrijver kan het jaar bedoelen
waarin de daling begon), dus de regel geeft een opmerking, en alleen als het
cijfer precies één cel van de reeks in de tabel is (van één jaar), dat jaar
niet het laatste van de periode is, en de zin direct voor of na de tabel
staat of gaat over wat de tabel meet. Een cijfer dat bij geen enkel jaar
past, blijft buiten beschouwing.
"#,
    bad: &[Example::list(
        r#"
1 Hoe ontwikkelde het aandeel van de export in het bbp zich?
Tussen 2020-2021 zagen we een lichte daling tot 31,8%.

Jaar NL verdiensten aan export (% van het bbp)

2021 32,6

2020 31,8

2019 33,3
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoe ontwikkelde het aandeel van de export in het bbp zich?
Tussen 2019-2020 zagen we een lichte daling tot 31,8%.

Jaar NL verdiensten aan export (% van het bbp)

2021 32,6

2020 31,8

2019 33,3
"#,
    )],
    texts: &[
        Text::new("message", "{figure} is het cijfer van de tabel voor {other}, maar de periode in de zin eindigt in {year}, waarvoor de tabel {cell} geeft",
            "{figure} is the table's figure for {other}, but the period of the sentence ends in {year}, for which the table gives {cell}",
        ),
        Text::new("help", "noem het jaar waar het cijfer bij hoort, of geef het cijfer van het laatste jaar van de periode",
            "name the year the figure belongs to, or give the figure of the period's last year",
        ),
        Text::new("related.other", "{other}: {value}", "{other}: {value}"),
        Text::new("related.cell", "{year}: {cell}", "{year}: {cell}"),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for link in &doc.cell_links {
        if link.how != Linked::EndOfPeriod || link.verdict.agrees() {
            continue;
        }
        let (Some(figure), Some(cell), Some(other)) = (
            doc.quantities.get(link.figure),
            doc.quantities.get(link.cell),
            link.other.and_then(|o| doc.quantities.get(o)),
        ) else {
            continue;
        };
        let Some(other_year) = other_head(doc, link) else {
            continue;
        };
        // The period's last year: the label of the cell's row, or the head
        // of its column, whichever is a year.
        let Some(year) = [link.row_head, link.column_head]
            .into_iter()
            .flatten()
            .map(|s| label(doc, s))
            .find(|l| l.len() == 4 && l.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        out.push(
            TABLE_YEAR
                .at(
                    figure.span,
                    TABLE_YEAR.say(
                        "message",
                        &[
                            ("figure", &shown(figure)),
                            ("other", &other_year),
                            ("year", &year),
                            ("cell", &cell.text),
                        ],
                    ),
                )
                .with_question(question_at(doc, figure.span.start))
                .with_related(
                    other.span,
                    TABLE_YEAR.say(
                        "related.other",
                        &[("other", &other_year), ("value", &other.text)],
                    ),
                )
                .with_related(
                    cell.span,
                    TABLE_YEAR.say("related.cell", &[("year", &year), ("cell", &cell.text)]),
                )
                .with_help(TABLE_YEAR.say("help", &[])),
        );
    }
}
