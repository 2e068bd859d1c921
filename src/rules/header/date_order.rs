//! header/date-order: the answer received before the questions were sent
//! in.

use super::Header;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{Example, RuleMeta, Text};

pub const DATE_ORDER: RuleMeta = RuleMeta {
    id: "header/date-order",
    severity: Severity::Warning,
    summary: "The answer is dated before the questions were sent in",
    explanation: r#"
The header dates the questions "(ingezonden 5 juli 2024)" and the answer
"(ontvangen 22 augustus 2024)". An answer cannot be received before the
questions were sent in: one of the two dates is wrong (often the year, at
the turn of the year, or a month typed for another).

Left alone: a date that is not read with certainty. Both dates must be
printed in full, day, month in words and year ("7 juni 2024"), be days of
the calendar (no "31 juni"), and close their bracket; otherwise nothing is
compared. The same day for both is not reported. Only the header of
answers to Kamervragen (and of a Mededeling) is read.
"#,
    summary_nl: "Het antwoord is gedateerd vóór de datum waarop de vragen zijn ingezonden",
    explanation_nl: r#"
De kop dateert de vragen “(ingezonden 5 juli 2024)” en het antwoord
“(ontvangen 22 augustus 2024)”. Een antwoord kan niet zijn ontvangen voordat
de vragen zijn ingezonden: een van de twee data is fout (vaak het jaar, rond
de jaarwisseling, of een maand die voor een andere is getikt).

Niet gemeld: een datum die niet met zekerheid is gelezen. Beide data moeten
voluit staan, met dag, maand in letters en jaar (“7 juni 2024”), bestaande
dagen zijn (geen “31 juni”) en hun haakje sluiten; anders wordt er niets
vergeleken. Dezelfde dag voor beide wordt niet gemeld. Alleen de kop van
antwoorden op Kamervragen (en van een Mededeling) wordt gelezen.
"#,
    bad: &[Example::list(
        r#"
Vragen van het lid Van der Lee (GroenLinks-PvdA) aan de Minister van
Financiën over rekeninggluren (ingezonden 28 juni 2024).
Antwoord van Minister Heinen (Financiën) (ontvangen 29 mei 2024).
Vraag 1
Bent u bekend met het artikel over medewerkers die in klantrekeningen keken?
Antwoord 1
Ja, daar ben ik mee bekend.
"#,
    )],
    good: &[Example::list(
        r#"
Vragen van het lid Van der Lee (GroenLinks-PvdA) aan de Minister van
Financiën over rekeninggluren (ingezonden 28 juni 2024).
Antwoord van Minister Heinen (Financiën) (ontvangen 29 augustus 2024).
Vraag 1
Bent u bekend met het artikel over medewerkers die in klantrekeningen keken?
Antwoord 1
Ja, daar ben ik mee bekend.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "het antwoord is op {received} ontvangen, eerder dan de vragen, die op {sent} zijn ingezonden",
            "the answer is received on {received}, before the questions were sent in on {sent}",
        ),
        Text::new(
            "help",
            "controleer beide data in de registratie van de Kamer: een ervan is fout",
            "check both dates against the register of the Kamer: one of them is wrong",
        ),
        Text::new(
            "related",
            "de vragen zijn op {sent} ingezonden",
            "the questions were sent in on {sent}",
        ),
    ],
};

pub(super) fn check(header: &Header, out: &mut Vec<Diagnostic>) {
    let Some(sent) = header.questions.as_ref().and_then(|q| q.sent) else {
        return;
    };
    let Some(received) = header.answer.as_ref().and_then(|a| a.received) else {
        return;
    };
    let (Some(s), Some(r)) = (sent.date, received.date) else {
        return;
    };
    if r < s {
        out.push(
            DATE_ORDER
                .at(
                    received.span,
                    DATE_ORDER.say("message", &[("received", &r), ("sent", &s)]),
                )
                .with_help(DATE_ORDER.say("help", &[]))
                .with_related(sent.span, DATE_ORDER.say("related", &[("sent", &s)])),
        );
    }
}
