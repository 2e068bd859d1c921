//! names/fractie-period: a member's fractie named in brackets ("het lid
//! Teunissen (PvdA)") or a "PvdA-fractie" when the Tweede Kamer had no
//! such fractie on the document's date.

use std::sync::LazyLock;

use regex::Regex;

use super::data::{Name, Names, Role};
use super::date::Dates;
use super::scan;
use super::{date_at, in_period, said, written, FRACTIE_MARGIN_DAYS};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const FRACTIE_PERIOD: RuleMeta = RuleMeta {
    id: "names/fractie-period",
    severity: Severity::Warning,
    summary: "A member's fractie that the Tweede Kamer did not have on the document's date",
    explanation: r#"
Fracties begin and end with elections: since the Tweede Kamer was installed
on 6 December 2023, PvdA and GroenLinks form one fractie, GroenLinks-PvdA;
NSC has a fractie since then, BBB, JA21 and Volt since 31 March 2021.
"Vragen van het lid Teunissen (PvdA)" in questions sent in on 4 April 2024
names a fractie that no longer existed (the member's fractie was the PvdD).
kamerlint holds the fracties the Kamer itself names to those of
`rules/data/names.toml` on the document's own date: a party in brackets
after a member's name in the header of Kamervragen, or where such questions
are cited ("Vragen van de leden Hirsch (GroenLinks-PvdA) en Teunissen
(PvdA)"), dated by their "(ingezonden ...)"; and "de leden van de
PvdA-fractie" of a verslag or nota, dated as `names/ministry-period` reads
it.

Left alone: a member named elsewhere ("de motie van het lid Klaver
(GroenLinks)" may name the fractie of the motion's day); a document of the
Eerste Kamer, or one that is not the Tweede Kamer's at all (the date and
the Kamer must be certain); a sentence about
another body (Eerste Kamer, Europees Parlement, gemeenteraad, Provinciale
Staten) or another time (a year in which the fractie sat, "toenmalig",
"destijds"); footnotes and quotations; the two weeks around a new
Kamer's installation; parties that had a fractie throughout (they are
not in the data); and which fractie the member was in: kamerlint knows
fracties, not members.
"#,
    summary_nl: "Een fractie van een Kamerlid die de Tweede Kamer op de datum van het document niet had",
    explanation_nl: r#"
Fracties beginnen en eindigen met verkiezingen: sinds de installatie van de
Tweede Kamer op 6 december 2023 vormen PvdA en GroenLinks één fractie,
GroenLinks-PvdA; NSC heeft sindsdien een fractie, BBB, JA21 en Volt sinds
31 maart 2021. "Vragen van het lid Teunissen (PvdA)" in vragen die op 4
april 2024 zijn ingezonden, noemt een fractie die toen niet meer bestond
(de fractie van het lid was de PvdD). kamerlint houdt de fracties die de
Kamer zelf noemt tegen die van `rules/data/names.toml` op de datum van het
document zelf: een partij tussen haakjes na de naam van een lid in de kop
van Kamervragen, of waar zulke vragen worden aangehaald ("Vragen van de
leden Hirsch (GroenLinks-PvdA) en Teunissen (PvdA)"), gedateerd met hun
"(ingezonden ...)"; en "de leden van de PvdA-fractie" in een verslag of
nota, gedateerd zoals `names/ministry-period` de datum leest.

Niet gemeld: een lid dat elders wordt genoemd ("de motie van het lid Klaver
(GroenLinks)" mag de fractie noemen van de dag van de motie); een document
van de Eerste Kamer, of een dat helemaal niet van de Tweede Kamer is (de
datum en de Kamer moeten zeker zijn); een zin over een ander orgaan
(Eerste Kamer, Europees Parlement, gemeenteraad, Provinciale Staten) of
een andere tijd (een jaar waarin de fractie zitting had, "toenmalig",
"destijds"); voetnoten en citaten; de twee weken rond de installatie van
een nieuwe Kamer; partijen die de hele tijd een fractie hadden (die staan
niet in de gegevens); en in welke fractie het lid zat: kamerlint kent
fracties, geen leden.
"#,
    bad: &[
        Example::list(
            r#"
Tweede Kamer der Staten-Generaal
Vragen van de leden Hirsch (GroenLinks-PvdA) en Teunissen (PvdA) aan de
Minister van Financiën over exportkredietverzekeringen (ingezonden 4 april 2024).
Antwoord van Minister Heinen (Financiën) (ontvangen 21 mei 2024).
Vraag 1
Bent u bekend met het rapport?
Antwoord 1
Ja.
"#,
        ),
        Example::list(
            r#"
Tweede Kamer der Staten-Generaal
Vastgesteld 30 oktober 2025

1 Delen de leden van de GroenLinks-fractie deze zorg?
Ja.
"#,
        ),
    ],
    good: &[Example::list(
        r#"
Tweede Kamer der Staten-Generaal
Vastgesteld 30 oktober 2025

1 Delen de leden van de GroenLinks-PvdA-fractie deze zorg?
Ja.
"#,
    )],
    texts: &[
        Text::new("message.ended", "de Tweede Kamer heeft sinds {until} geen {party}-fractie meer, en deze tekst is van {date}", "the Tweede Kamer has had no {party} fractie since {until}, and this text is of {date}",
        ),
        Text::new("message.early", "de Tweede Kamer heeft pas sinds {from} een {party}-fractie, en deze tekst is van {date}", "the Tweede Kamer has had a {party} fractie only since {from}, and this text is of {date}",
        ),
        Text::new("help.next", "controleer de fractie van het lid: sinds {until} zitten de leden van {party} in de fractie {next}", "check the member's fractie: since {until} the members of {party} sit in the fractie {next}",
        ),
        Text::new("help", "controleer de fractie van het lid op {date}", "check the member's fractie on {date}"),
        Text::new("related", "de datum van het document", "the document's date"),
    ],
};

/// Another body than the Tweede Kamer named in the sentence.
static ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)Eerste Kamer|Senaat|senator|Europe(?:es|se) Parlement|Europarlementari|gemeenteraad|raadslid|Provinciale Staten|Statenlid|wethouder|waterschap",
    )
});

static TWEEDE_KAMER: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"Tweede Kamer|TWEEDE KAMER"));
static EERSTE_KAMER: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"Eerste Kamer|EERSTE KAMER"));

/// How far the document's head is read for the Kamer it is of.
const HEAD: usize = 4000;

pub(super) fn check(doc: &Document, names: &Names, dates: &Dates, out: &mut Vec<Diagnostic>) {
    let text: &str = &doc.text;
    let mut end = HEAD.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    if !TWEEDE_KAMER.is_match(head) || EERSTE_KAMER.is_match(head) {
        return;
    }
    for f in scan::fracties(doc) {
        let Some(date) = date_at(doc, names, dates, f.span.start) else {
            continue;
        };
        let entries = written(names, &f.form, &[Role::Fractie]);
        if entries.is_empty()
            || entries
                .iter()
                .any(|n| n.valid_near(date.first, date.last, FRACTIE_MARGIN_DAYS))
        {
            continue;
        }
        let sentence = scan::sentence_around(text, f.span);
        if scan::in_footnote(doc, f.span.start)
            || scan::quoted(text, f.span)
            || ELSEWHERE.is_match(&text[sentence.start..sentence.end])
            || scan::other_time(text, f.span, |y| in_period(&entries, y))
        {
            continue;
        }
        let date_said = said(doc, &date);
        let party: &str = &f.form;
        let ended: Option<&&Name> = entries
            .iter()
            .filter(|n| n.until.is_some_and(|u| u <= date.first))
            .max_by_key(|n| n.until);
        let d = if let Some(n) = ended {
            let until = n.until.map(|u| u.to_string()).unwrap_or_default();
            let d = FRACTIE_PERIOD.at(
                f.span,
                FRACTIE_PERIOD.say(
                    "message.ended",
                    &[("party", &party), ("until", &until), ("date", &date_said)],
                ),
            );
            match names.successor_on(n, date.last) {
                Some(next) => d.with_help(FRACTIE_PERIOD.say(
                    "help.next",
                    &[("until", &until), ("party", &party), ("next", &next.name)],
                )),
                None => d.with_help(FRACTIE_PERIOD.say("help", &[("date", &date_said)])),
            }
        } else {
            let Some(n) = entries
                .iter()
                .filter(|n| n.from.is_some_and(|f| f > date.last))
                .min_by_key(|n| n.from)
            else {
                continue;
            };
            let from = n.from.map(|f| f.to_string()).unwrap_or_default();
            FRACTIE_PERIOD
                .at(
                    f.span,
                    FRACTIE_PERIOD.say(
                        "message.early",
                        &[("party", &party), ("from", &from), ("date", &date_said)],
                    ),
                )
                .with_help(FRACTIE_PERIOD.say("help", &[("date", &date_said)]))
        };
        out.push(
            d.with_question(question_at(doc, f.span.start))
                .with_related(date.span, FRACTIE_PERIOD.say("related", &[])),
        );
    }
}
