//! names/van-voor: "minister voor" a ministry, or "minister van" a
//! portfolio that has no ministry: the title's "van" and "voor" mixed up.

use std::sync::LazyLock;

use regex::Regex;

use super::data::{Names, Role};
use super::date::Dates;
use super::scan::{self, Joint, Title, Use};
use super::{date_at, in_period, written, MARGIN_DAYS};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const VAN_VOOR: RuleMeta = RuleMeta {
    id: "names/van-voor",
    severity: Severity::Warning,
    summary: "“Minister voor” a ministry, or “minister van” a portfolio: van and voor mixed up",
    explanation: r#"
A minister "van" heads a ministry: the Minister van Sociale Zaken en
Werkgelegenheid, since 2024 the Minister van Klimaat en Groene Groei. A
minister "voor" holds a portfolio within another ministry and heads none:
the Minister voor Klimaat en Energie (2022–2024, within Economische Zaken en
Klimaat), the Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking.
"De minister voor Sociale Zaken en Werkgelegenheid" or "de Minister van
Buitenlandse Handel en Ontwikkelingssamenwerking" mixes the two up, and so
does a "Ministerie van" a portfolio: there is no such ministry. A
staatssecretaris is always "van" a ministry. The names and their roles come
from `rules/data/names.toml`; where a name was a portfolio at one time and a
ministry at another (Volkshuisvesting en Ruimtelijke Ordening: a minister
voor from 2022, a ministry since 2 July 2024), the document's own date
decides, and without a date such a name is left alone. A finding offers the
other word as its fix.

Left alone: "voor" that belongs to a verb ("stelt de minister voor ...",
"legt de minister voor"); quotations; other governments' ministers ("de
Duitse minister van ..."); a name the data does not know ("Justitie en
Politie"); a name valid in neither role on the document's date, which is
`names/ministry-period`'s; and, for a name whose role changed, a sentence
that speaks of another time ("in 2023", "de toenmalige minister").
"#,
    summary_nl: "“Minister voor” een ministerie of “minister van” een portefeuille: van en voor verwisseld",
    explanation_nl: r#"
Een minister "van" staat aan het hoofd van een ministerie: de Minister van
Sociale Zaken en Werkgelegenheid, sinds 2024 de Minister van Klimaat en
Groene Groei. Een minister "voor" heeft een portefeuille binnen een ander
ministerie en staat aan het hoofd van geen enkel ministerie: de Minister
voor Klimaat en Energie (2022–2024, binnen Economische Zaken en Klimaat),
de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking. "De
minister voor Sociale Zaken en Werkgelegenheid" of "de Minister van
Buitenlandse Handel en Ontwikkelingssamenwerking" haalt de twee door
elkaar, en een "Ministerie van" een portefeuille ook: zo'n ministerie
bestaat niet. Een staatssecretaris is altijd "van" een ministerie. De
namen en hun rol komen uit `rules/data/names.toml`; waar een naam de ene
tijd een portefeuille was en de andere tijd een ministerie
(Volkshuisvesting en Ruimtelijke Ordening: een minister voor vanaf 2022,
een ministerie sinds 2 juli 2024), beslist de datum van het document zelf,
en zonder datum blijft zo'n naam buiten beschouwing. Een bevinding biedt
het andere woord aan als verbetering.

Niet gemeld: "voor" dat bij een werkwoord hoort ("stelt de minister voor
...", "legt de minister voor"); citaten; ministers van andere regeringen
("de Duitse minister van ..."); een naam die de gegevens niet kennen
("Justitie en Politie"); een naam die op de datum van het document in geen
van beide rollen gold, wat `names/ministry-period` meldt; en, bij een naam
waarvan de rol veranderde, een zin over een andere tijd ("in 2023", "de
toenmalige minister").
"#,
    bad: &[Example::answer(
        "De minister voor Sociale Zaken en Werkgelegenheid heeft de regeling aangepast.\n",
    )],
    good: &[Example::answer(
        "De minister van Sociale Zaken en Werkgelegenheid heeft de regeling aangepast.\n",
    )],
    texts: &[
        Text::new("message.voor", "{name} is een ministerie: de minister daarvan is de minister van {name}, niet voor", "{name} is a ministry: its minister is the minister van {name}, not voor",
        ),
        Text::new("message.secretary", "een staatssecretaris is altijd van een ministerie: staatssecretaris van {name}", "a staatssecretaris is always van a ministry: staatssecretaris van {name}",
        ),
        Text::new("message.van", "{name} is een portefeuille zonder ministerie: de minister daarvan is de minister voor {name}, niet van", "{name} is a portfolio without a ministry: its minister is the minister voor {name}, not van",
        ),
        Text::new("message.ministry", "er is geen ministerie van {name}: het is de portefeuille van een minister voor {name} binnen {ministry}", "there is no ministerie van {name}: it is the portfolio of a minister voor {name} within {ministry}",
        ),
        Text::new("help.van", "schrijf “van”", "write “van”"),
        Text::new("help.voor", "schrijf “voor”", "write “voor”"),
        Text::new("help.ministry", "noem het ministerie, {ministry}, of de minister voor {name}", "name the ministry, {ministry}, or the minister voor {name}",
        ),
    ],
};

/// Verbs whose particle is "voor": "stelt de minister voor ...", "legt
/// de minister voor", "houdt de minister voor", "draagt ... voor".
static SEPARABLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:stel|stelt|stellen|stelde|stelden|leg|legt|leggen|legde|legden|houd|houdt|houden|hield|hielden|draag|draagt|dragen|droeg|droegen|schrijf|schrijft|schrijven|schreef|schreven|doe|doet|doen|deed|deden|zet|zetten|zette|lees|leest|lezen|las|lazen|reken|rekent|rekenen|rekende|spiegel|spiegelt|spiegelde|schotel|schotelt|schotelde|bereid|bereidt|bereidde|neem|neemt|nam|namen|kom|komt|kwam|kwamen|ga|gaat|ging|gingen|sla|slaat|sloeg|sloegen)\s+(?:(?:de|het|onze|zijn|haar|hun|u|uw|deze)\s+)*$",
    )
});

pub(super) fn check(
    doc: &Document,
    names: &Names,
    dates: &Dates,
    uses: &[Use],
    out: &mut Vec<Diagnostic>,
) {
    let text: &str = &doc.text;
    for u in uses {
        if u.joint == Joint::Bracket {
            continue;
        }
        let all = written(names, &u.form, &[Role::Ministry, Role::Portfolio]);
        let changed = all.iter().any(|n| n.role == Role::Ministry)
            && all.iter().any(|n| n.role == Role::Portfolio);
        // The roles of the name on the document's date, or over all time
        // where it has no date (then a name whose role changed says
        // nothing).
        let (ministry, portfolio) = match date_at(doc, names, dates, u.span.start) {
            Some(d) => {
                let near = |role: Role| {
                    all.iter()
                        .any(|n| n.role == role && n.valid_near(d.first, d.last, MARGIN_DAYS))
                };
                (near(Role::Ministry), near(Role::Portfolio))
            }
            None if changed => continue,
            None => (
                all.iter().any(|n| n.role == Role::Ministry),
                all.iter().any(|n| n.role == Role::Portfolio),
            ),
        };
        let wrong = match (u.joint, u.title) {
            (Joint::Voor, Title::Minister | Title::StateSecretary) => ministry && !portfolio,
            (Joint::Van, Title::Minister | Title::Ministry) => portfolio && !ministry,
            _ => false,
        };
        if !wrong
            || scan::quoted(text, u.span)
            || scan::foreign(text, u.title_start, u.name_span.end)
            || (u.joint == Joint::Voor && SEPARABLE.is_match(before(text, u.title_start)))
        {
            continue;
        }
        if changed {
            // The role of the name changed: a sentence about a time it had
            // the other role is not held to the document's date.
            let other: Vec<_> = all
                .iter()
                .filter(|n| (n.role == Role::Portfolio) == ministry)
                .copied()
                .collect();
            if scan::other_time(text, u.span, |y| in_period(&other, y)) {
                continue;
            }
        }
        let name: &str = &u.form;
        let d = match (u.joint, u.title) {
            (Joint::Voor, Title::StateSecretary) => VAN_VOOR
                .at(
                    u.span,
                    VAN_VOOR.say("message.secretary", &[("name", &name)]),
                )
                .with_help(VAN_VOOR.say("help.van", &[]))
                .with_fix(u.joint_span, word(u, "van")),
            (Joint::Voor, _) => VAN_VOOR
                .at(u.span, VAN_VOOR.say("message.voor", &[("name", &name)]))
                .with_help(VAN_VOOR.say("help.van", &[]))
                .with_fix(u.joint_span, word(u, "van")),
            (_, Title::Ministry) => {
                // The ministry the portfolio sat in on the date, or the
                // first the data knows.
                let on_date = date_at(doc, names, dates, u.span.start);
                let home = all
                    .iter()
                    .filter(|n| n.role == Role::Portfolio)
                    .find(|n| on_date.is_none_or(|d| n.valid_near(d.first, d.last, MARGIN_DAYS)))
                    .and_then(|n| n.ministry.clone())
                    .unwrap_or_default();
                VAN_VOOR
                    .at(
                        u.span,
                        VAN_VOOR.say("message.ministry", &[("name", &name), ("ministry", &home)]),
                    )
                    .with_help(
                        VAN_VOOR.say("help.ministry", &[("name", &name), ("ministry", &home)]),
                    )
            }
            _ => VAN_VOOR
                .at(u.span, VAN_VOOR.say("message.van", &[("name", &name)]))
                .with_help(VAN_VOOR.say("help.voor", &[]))
                .with_fix(u.joint_span, word(u, "voor")),
        };
        out.push(d.with_question(question_at(doc, u.span.start)));
    }
}

/// The few words before `at`, for the verb whose particle "voor" may be.
fn before(text: &str, at: usize) -> &str {
    let mut start = at.saturating_sub(60);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..at]
}

/// The word that replaces the joint: the word itself, or, where a list's
/// name shares its title's word, the word and a space put before the name.
fn word(u: &Use, word: &str) -> String {
    if u.joint_span.is_empty() {
        format!("{word} ")
    } else {
        word.to_string()
    }
}
