//! header/aanhangsel-number: a reference to an earlier Aanhangsel without
//! its "nr." ("Aanhangsel Handelingen, vergaderjaar 2023–2024, 1028").

use super::Header;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const AANHANGSEL_NUMBER: RuleMeta = RuleMeta {
    id: "header/aanhangsel-number",
    severity: Severity::Warning,
    summary: "A reference to an earlier Aanhangsel without its \"nr.\"",
    explanation: r#"
When the answer was announced in an earlier notice, the header refers to it:
"Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 594." The
number of the Aanhangsel is cited with "nr." as every other parliamentary
paper is; "vergaderjaar 2023–2024, 1028" leaves the reader to guess what
1028 is.

Left alone: "nr" without its full stop and references outside the front
matter (the citation rules handle those forms); the front matter of other
documents than answers to Kamervragen.
"#,
    summary_nl: "Een verwijzing naar een eerder Aanhangsel zonder “nr.”",
    explanation_nl: r#"
Is het antwoord in een eerdere mededeling aangekondigd, dan verwijst de kop
daarnaar: “Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 594.”
Het nummer van het Aanhangsel wordt aangehaald met “nr.”, zoals bij elk
ander parlementair stuk; “vergaderjaar 2023–2024, 1028” laat de lezer raden
wat 1028 is.

Niet gemeld: “nr” zonder punt en verwijzingen buiten de kop (die vormen zijn
voor de regels over aanhalingen); de kop van andere documenten dan antwoorden
op Kamervragen.
"#,
    bad: &[Example::list(
        r#"
Vragen van het lid Sneller (D66) aan de Minister van Justitie en Veiligheid
over quantumproof encryptie (ingezonden 16 januari 2024).
Antwoord van Minister Yeşilgöz-Zegerius (Justitie en Veiligheid) (ontvangen
7 maart 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, 1028.
Vraag 1
Bent u bekend met het risico dat quantumcomputing encryptie zal doorbreken?
Antwoord 1
Ja.
"#,
    )],
    good: &[Example::list(
        r#"
Vragen van het lid Sneller (D66) aan de Minister van Justitie en Veiligheid
over quantumproof encryptie (ingezonden 16 januari 2024).
Antwoord van Minister Yeşilgöz-Zegerius (Justitie en Veiligheid) (ontvangen
7 maart 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1028.
Vraag 1
Bent u bekend met het risico dat quantumcomputing encryptie zal doorbreken?
Antwoord 1
Ja.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "in de verwijzing naar Aanhangsel {number} van {year} ontbreekt “nr.” vóór het nummer",
            "the reference to Aanhangsel {number} of {year} lacks \"nr.\" before the number",
        ),
        Text::new("help", "schrijf “nr. {number}”", "write \"nr. {number}\""),
    ],
};

pub(super) fn check(doc: &Document, header: &Header, out: &mut Vec<Diagnostic>) {
    for r in header.references.iter().filter(|r| r.nr.is_none()) {
        let number = doc.slice(r.number);
        out.push(
            AANHANGSEL_NUMBER
                .at(
                    r.number,
                    AANHANGSEL_NUMBER.say(
                        "message",
                        &[("number", &number), ("year", &super::flat(doc, r.year))],
                    ),
                )
                .with_help(AANHANGSEL_NUMBER.say("help", &[("number", &number)]))
                .with_fix(r.number, format!("nr. {number}")),
        );
    }
}
