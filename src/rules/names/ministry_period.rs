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
    summary_nl: "",
    explanation_nl: "",
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
        Text::en(
            "message.ministry.ended",
            "“{name}” was a ministry's name until {until}, and this text is of {date}",
        ),
        Text::en(
            "message.ministry.early",
            "“{name}” is a ministry's name only since {from}, and this text is of {date}",
        ),
        Text::en(
            "message.portfolio.ended",
            "the minister voor {name} served until {until}, and this text is of {date}",
        ),
        Text::en(
            "message.portfolio.early",
            "the minister voor {name} serves only since {from}, and this text is of {date}",
        ),
        Text::en(
            "help.ministry",
            "on {date} the ministry is called “{next}”; if the sentence speaks of the time before {until}, say so (“het toenmalige ministerie”)",
        ),
        Text::en(
            "help.portfolio",
            "on {date} the office is the “minister voor {next}”; if the sentence speaks of the time before {until}, say so (“de toenmalige minister”)",
        ),
        Text::en(
            "help.became-ministry",
            "on {date} the office is the “minister van {next}”, a ministry of its own; if the sentence speaks of the time before {until}, say so (“de toenmalige minister”)",
        ),
        Text::en(
            "help.ended",
            "use the name of {date}, or say that the sentence speaks of the time before {until} (“de toenmalige minister”)",
        ),
        Text::en(
            "help.early",
            "use the name valid on {date}, or check the document's date",
        ),
        Text::en("related", "the document's date"),
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
