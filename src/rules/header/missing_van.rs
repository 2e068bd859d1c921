//! header/missing-van: "Minister Justitie en Veiligheid", a minister
//! without the "van" (or "voor") of the ministry or portfolio.

use super::{Header, Office};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const MISSING_VAN: RuleMeta = RuleMeta {
    id: "header/missing-van",
    severity: Severity::Warning,
    summary: "A minister in the header without \"van\" before the ministry (\"Minister Justitie\")",
    explanation: r#"
A minister or state secretary is "van" a ministry ("de Minister van
Justitie en Veiligheid") or "voor" a portfolio without one ("de Minister
voor Buitenlandse Handel en Ontwikkelingssamenwerking"). "aan de Minister
Justitie en Veiligheid" lost that word. The rule knows the first words of
the ministries and portfolios of the last decades (Justitie, Financiën,
Binnenlandse, Volksgezondheid, Klimaat, Asiel, ...) and their
abbreviations (BZK, VWS, JenV, ...), and reports a minister or state
secretary in the header directly followed by one of them.

Left alone: "Antwoord van Minister Van Hijum (Sociale Zaken en
Werkgelegenheid)", where the name follows the title and the ministry is in
brackets; "de Minister-President"; a word after the title that is not a
known ministry (it may be a name). Whether "van" or "voor" belongs there
depends on the portfolio, so no fix is offered. Only the header of answers
to Kamervragen is read.
"#,
    summary_nl: "Een minister in de kop zonder “van” vóór het ministerie (“Minister Justitie”)",
    explanation_nl: r#"
Een minister of staatssecretaris is “van” een ministerie (“de Minister van
Justitie en Veiligheid”) of “voor” een portefeuille zonder eigen ministerie
(“de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking”). In
“aan de Minister Justitie en Veiligheid” is dat woord weggevallen. De regel
kent de eerste woorden van de ministeries en portefeuilles van de laatste
decennia (Justitie, Financiën, Binnenlandse, Volksgezondheid, Klimaat,
Asiel, ...) en hun afkortingen (BZK, VWS, JenV, ...), en meldt een minister
of staatssecretaris in de kop die direct door een ervan wordt gevolgd.

Niet gemeld: “Antwoord van Minister Van Hijum (Sociale Zaken en
Werkgelegenheid)”, waar de naam op de titel volgt en het ministerie tussen
haakjes staat; “de Minister-President”; een woord na de titel dat geen
bekend ministerie is (het kan een naam zijn). Of “van” of “voor” erbij
hoort, hangt af van de portefeuille, dus er wordt geen verbetering
voorgesteld. Alleen de kop van antwoorden op Kamervragen wordt gelezen.
"#,
    bad: &[Example::list(
        r#"
Vragen van het lid Sneller (D66) aan de Staatssecretaris van Binnenlandse
Zaken en Koninkrijksrelaties en de Minister Justitie en Veiligheid over
quantumproof encryptie (ingezonden 16 januari 2024).
Antwoord van Staatssecretaris Van Huffelen (Binnenlandse Zaken en
Koninkrijksrelaties) (ontvangen 7 maart 2024).
Vraag 1
Bent u bekend met het risico dat quantumcomputing encryptie zal doorbreken?
Antwoord 1
Ja.
"#,
    )],
    good: &[Example::list(
        r#"
Vragen van het lid Sneller (D66) aan de Staatssecretaris van Binnenlandse
Zaken en Koninkrijksrelaties en de Minister van Justitie en Veiligheid over
quantumproof encryptie (ingezonden 16 januari 2024).
Antwoord van Staatssecretaris Van Huffelen (Binnenlandse Zaken en
Koninkrijksrelaties) (ontvangen 7 maart 2024).
Vraag 1
Bent u bekend met het risico dat quantumcomputing encryptie zal doorbreken?
Antwoord 1
Ja.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "in “{phrase}” ontbreekt “van” (of “voor”) tussen de titel en het ministerie",
            "\"{phrase}\" lacks \"van\" (or \"voor\") between the title and the ministry",
        ),
        Text::new(
            "help",
            "schrijf “{role} van {ministry}” bij een ministerie, “{role} voor ...” bij een portefeuille zonder ministerie",
            "write \"{role} van {ministry}\" for a ministry, \"{role} voor ...\" for a portfolio without one",
        ),
    ],
};

/// The first words of the ministries and portfolios of Dutch ministers
/// and state secretaries since the 1980s, and their abbreviations. None
/// of them is a surname.
const PORTFOLIO_WORDS: &[&str] = &[
    "Algemene",
    "Armoedebeleid",
    "Asiel",
    "Binnenlandse",
    "Buitenlandse",
    "Cultuur",
    "Defensie",
    "Digitalisering",
    "Economische",
    "Emancipatie",
    "Energie",
    "Europese",
    "Financiën",
    "Fiscaliteit",
    "Immigratie",
    "Infrastructuur",
    "Integratie",
    "Jeugd",
    "Justitie",
    "Klimaat",
    "Koninkrijksrelaties",
    "Landbouw",
    "Langdurige",
    "Medische",
    "Migratie",
    "Milieu",
    "Milieubeheer",
    "Natuur",
    "Onderwijs",
    "Ontwikkelingssamenwerking",
    "Primair",
    "Rechtsbescherming",
    "Sociale",
    "Sport",
    "Toeslagen",
    "Veiligheid",
    "Verkeer",
    "Volksgezondheid",
    "Volkshuisvesting",
    "Vreemdelingenzaken",
    "Welzijn",
    "Wonen",
    // Abbreviations of ministries.
    "AZ",
    "BHOS",
    "BZ",
    "BZK",
    "BuZa",
    "EZ",
    "EZK",
    "FIN",
    "IenM",
    "IenW",
    "JenV",
    "KGG",
    "LNV",
    "OCW",
    "SZW",
    "VenJ",
    "VRO",
    "VWS",
];

pub(super) fn check(doc: &Document, header: &Header, out: &mut Vec<Diagnostic>) {
    for office in header.office_lists().flatten() {
        if let Some(d) = missing(doc, office) {
            out.push(d);
        }
    }
}

fn missing(doc: &Document, office: &Office) -> Option<Diagnostic> {
    let next = office.next?;
    let word = doc.slice(next);
    if !PORTFOLIO_WORDS.contains(&word) {
        return None;
    }
    let role = doc.slice(office.role);
    let ministry = office.name.or(office.portfolio).unwrap_or(next);
    let phrase = office.role.cover(next);
    Some(
        MISSING_VAN
            .at(
                phrase,
                MISSING_VAN.say("message", &[("phrase", &super::flat(doc, phrase))]),
            )
            .with_help(MISSING_VAN.say(
                "help",
                &[("role", &role), ("ministry", &super::flat(doc, ministry))],
            )),
    )
}
