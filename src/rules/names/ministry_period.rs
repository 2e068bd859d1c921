//! names/ministry-period: a ministry's name, or a minister's portfolio,
//! used outside the period it was valid, against the document's own date.

use super::data::{Name, Names, Role};
use super::date::Dates;
use super::scan::{self, Use};
use super::{date_at, in_period, said, written, MARGIN_DAYS};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const MINISTRY_PERIOD: RuleMeta = RuleMeta {
    id: "names/ministry-period",
    severity: Severity::Warning,
    summary: "A ministry's name or a minister's title that was not valid on the document's date",
    explanation: r#"
Ministries and the portfolios of ministers change with cabinets:
Veiligheid en Justitie became Justitie en Veiligheid on 26 October 2017,
Economische Zaken en Klimaat became Economische Zaken on 2 July 2024 (and
klimaat a ministry of its own, Klimaat en Groene Groei), the minister voor
Klimaat en Energie served from 2022 to 2024. kamerlint holds every "minister
van", "ministerie van", "staatssecretaris van", "minister voor" and "Minister
X (ministry)" to the names valid on the document's own date, from
`rules/data/names.toml` (each name with its period and its public source:
the Staatsalmanak, Parlement.com, the Koninklijk Besluit that renamed it),
and offers the name that continued it.

The date is the document's own: the answers' "(ontvangen 21 mei 2024)" and
the questions' "(ingezonden 4 april 2024)" in Kamervragen, a letter's
"Datum", a nota's "Ontvangen", a list's "Vastgesteld", else the
vergaderjaar of its print (then a name must be wrong for the whole year).
Never a file's name. Without a date nothing is checked.

Left alone: a document without a date of its own, or dated before 14 October
2010 (the data begins there); the three months around a change of name (a
letter begun under the old letterhead); a sentence that speaks of another
time (a year in which the name was valid, "toenmalig", "destijds",
"voorheen", "mijn ambtsvoorganger"); footnotes (a citation names the minister
of its day); quotations (a headline is the newspaper's); another
government's ministers ("de Duitse minister van Economische Zaken", "de
minister van Justitie van Curaçao", and names that Aruba, Curaçao, Sint
Maarten or Suriname also use, in a document that names them); a name that
goes on beyond the data's ("Justitie en Politie"); a "minister van" that
should be "voor", which is `names/van-voor`'s.
"#,
    summary_nl: "Een naam van een ministerie of een titel van een minister die op de datum van het document niet gold",
    explanation_nl: r#"
Ministeries en de portefeuilles van ministers veranderen met de kabinetten:
Veiligheid en Justitie werd op 26 oktober 2017 Justitie en Veiligheid,
Economische Zaken en Klimaat werd op 2 juli 2024 Economische Zaken (en
klimaat kreeg een eigen ministerie, Klimaat en Groene Groei), de minister
voor Klimaat en Energie was er van 2022 tot 2024. kamerlint houdt elke
"minister van", "ministerie van", "staatssecretaris van", "minister voor"
en "Minister X (ministerie)" tegen de namen die golden op de datum van het
document zelf, uit `rules/data/names.toml` (elke naam met zijn periode en
zijn openbare bron: de Staatsalmanak, Parlement.com, het Koninklijk Besluit
dat de naam wijzigde), en biedt de naam aan die erop volgde.

De datum is die van het document zelf: "(ontvangen 21 mei 2024)" bij de
antwoorden en "(ingezonden 4 april 2024)" bij de vragen van Kamervragen,
de "Datum" van een brief, "Ontvangen" bij een nota, "Vastgesteld" bij een
lijst, anders het vergaderjaar van de druk (dan moet een naam het hele
vergaderjaar fout zijn). Nooit de naam van een bestand. Zonder datum wordt
niets gecontroleerd.

Niet gemeld: een document zonder eigen datum, of van vóór 14 oktober 2010
(daar beginnen de gegevens); de drie maanden rond een naamswijziging (een
brief die nog onder het oude briefhoofd is begonnen); een zin over een
andere tijd (een jaar waarin de naam gold, "toenmalig", "destijds",
"voorheen", "mijn ambtsvoorganger"); voetnoten (een bronvermelding noemt
de minister van haar tijd); citaten (een kop is die van de krant);
ministers van andere regeringen ("de Duitse minister van Economische
Zaken", "de minister van Justitie van Curaçao", en namen die Aruba,
Curaçao, Sint Maarten of Suriname ook gebruiken, in een document dat die
landen noemt); een naam die langer is dan de naam in de gegevens
("Justitie en Politie"); een "minister van" die "voor" moet zijn, wat
`names/van-voor` meldt.
"#,
    bad: &[Example::list(
        r#"
Vastgesteld 30 oktober 2025

1 Welk ministerie is verantwoordelijk?
Het Ministerie van Veiligheid en Justitie is verantwoordelijk.
"#,
    )],
    good: &[Example::list(
        r#"
Vastgesteld 30 oktober 2025

1 Welk ministerie is verantwoordelijk?
Het Ministerie van Justitie en Veiligheid is verantwoordelijk. In 2016
heeft het toenmalige Ministerie van Veiligheid en Justitie het plan gemaakt.
"#,
    )],
    texts: &[
        Text::new("message.ministry.ended", "“{name}” was tot {until} de naam van een ministerie, en deze tekst is van {date}", "“{name}” was a ministry's name until {until}, and this text is of {date}",
        ),
        Text::new("message.ministry.early", "“{name}” is pas sinds {from} de naam van een ministerie, en deze tekst is van {date}", "“{name}” is a ministry's name only since {from}, and this text is of {date}",
        ),
        Text::new("message.portfolio.ended", "de minister voor {name} was er tot {until}, en deze tekst is van {date}", "the minister voor {name} served until {until}, and this text is of {date}",
        ),
        Text::new("message.portfolio.early", "de minister voor {name} is er pas sinds {from}, en deze tekst is van {date}", "the minister voor {name} serves only since {from}, and this text is of {date}",
        ),
        Text::new("help.ministry", "op {date} heet het ministerie “{next}”; gaat de zin over de tijd vóór {until}, zeg dat dan (“het toenmalige ministerie”)", "on {date} the ministry is called “{next}”; if the sentence speaks of the time before {until}, say so (“het toenmalige ministerie”)",
        ),
        Text::new("help.portfolio", "op {date} is het ambt dat van “minister voor {next}”; gaat de zin over de tijd vóór {until}, zeg dat dan (“de toenmalige minister”)", "on {date} the office is the “minister voor {next}”; if the sentence speaks of the time before {until}, say so (“de toenmalige minister”)",
        ),
        Text::new("help.became-ministry", "op {date} is het ambt dat van “minister van {next}”, met een eigen ministerie; gaat de zin over de tijd vóór {until}, zeg dat dan (“de toenmalige minister”)", "on {date} the office is the “minister van {next}”, a ministry of its own; if the sentence speaks of the time before {until}, say so (“de toenmalige minister”)",
        ),
        Text::new("help.ended", "gebruik de naam van {date}, of zeg dat de zin over de tijd vóór {until} gaat (“de toenmalige minister”)", "use the name of {date}, or say that the sentence speaks of the time before {until} (“de toenmalige minister”)",
        ),
        Text::new("help.early", "gebruik de naam die op {date} gold, of controleer de datum van het document", "use the name valid on {date}, or check the document's date",
        ),
        Text::new("related", "de datum van het document", "the document's date"),
    ],
};

pub(super) fn check(
    doc: &Document,
    names: &Names,
    dates: &Dates,
    uses: &[Use],
    out: &mut Vec<Diagnostic>,
) {
    let text: &str = &doc.text;
    let abroad = scan::names_abroad(text);
    for u in uses {
        let Some(date) = date_at(doc, names, dates, u.span.start) else {
            continue;
        };
        let entries = written(names, &u.form, &[Role::Ministry, Role::Portfolio]);
        if entries.is_empty()
            || entries
                .iter()
                .any(|n| n.valid_near(date.first, date.last, MARGIN_DAYS))
        {
            continue;
        }
        if scan::in_footnote(doc, u.span.start)
            || scan::quoted(text, u.span)
            || scan::foreign(text, u.title_start, u.name_span.end)
            || (abroad && entries.iter().any(|n| n.abroad))
            || scan::other_time(text, u.span, |y| in_period(&entries, y))
        {
            continue;
        }
        // The entry nearest the date: the last to end before it, or the
        // first to begin after it.
        let ended: Option<&&Name> = entries
            .iter()
            .filter(|n| n.until.is_some_and(|u| u <= date.first))
            .max_by_key(|n| n.until);
        let date_said = said(doc, &date);
        let name: &str = &u.form;
        let d = if let Some(n) = ended {
            let until = n.until.map(|u| u.to_string()).unwrap_or_default();
            let args: &[(&str, &dyn std::fmt::Display)] =
                &[("name", &name), ("until", &until), ("date", &date_said)];
            let message = if n.role == Role::Portfolio {
                MINISTRY_PERIOD.say("message.portfolio.ended", args)
            } else {
                MINISTRY_PERIOD.say("message.ministry.ended", args)
            };
            let args: &[(&str, &dyn std::fmt::Display)] =
                &[("date", &date_said), ("until", &until)];
            let help = match names.successor_on(n, date.last) {
                Some(next) => {
                    let args: &[(&str, &dyn std::fmt::Display)] = &[
                        ("date", &date_said),
                        ("next", &next.name),
                        ("until", &until),
                    ];
                    match (n.role, next.role) {
                        (Role::Portfolio, Role::Ministry) => {
                            MINISTRY_PERIOD.say("help.became-ministry", args)
                        }
                        (_, Role::Portfolio) => MINISTRY_PERIOD.say("help.portfolio", args),
                        _ => MINISTRY_PERIOD.say("help.ministry", args),
                    }
                }
                None => MINISTRY_PERIOD.say("help.ended", args),
            };
            MINISTRY_PERIOD.at(u.span, message).with_help(help)
        } else {
            let Some(n) = entries
                .iter()
                .filter(|n| n.from.is_some_and(|f| f > date.last))
                .min_by_key(|n| n.from)
            else {
                continue;
            };
            let from = n.from.map(|f| f.to_string()).unwrap_or_default();
            let args: &[(&str, &dyn std::fmt::Display)] =
                &[("name", &name), ("from", &from), ("date", &date_said)];
            let message = if n.role == Role::Portfolio {
                MINISTRY_PERIOD.say("message.portfolio.early", args)
            } else {
                MINISTRY_PERIOD.say("message.ministry.early", args)
            };
            MINISTRY_PERIOD
                .at(u.span, message)
                .with_help(MINISTRY_PERIOD.say("help.early", &[("date", &date_said)]))
        };
        let d = d.with_question(question_at(doc, u.span.start));
        out.push(d.with_related(date.span, MINISTRY_PERIOD.say("related", &[])));
    }
}
