//! structure/no-entries: a file in which no numbered question was found,
//! so nothing was checked.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Kind, Span};
use crate::rules::{Example, RuleMeta, Text};

pub const NO_ENTRIES: RuleMeta = RuleMeta {
    id: "structure/no-entries",
    severity: Severity::Error,
    summary: "No numbered questions were found, so nothing was checked",
    explanation: r#"
kamerlint recognises entries as "1 Vraag?", "1. Vraag?", a line with only
"1", or "Vraag 1" / "Antwoord 1". A file in which none is found is reported,
because a check that silently checks nothing is worse than none.
"#,
    summary_nl: "Er zijn geen genummerde vragen gevonden, dus er is niets gecontroleerd",
    explanation_nl: r#"
kamerlint herkent een vraag aan “1 Vraag?”, “1. Vraag?”, een regel met alleen
“1”, of “Vraag 1” / “Antwoord 1”. Een bestand waarin het er geen vindt, wordt
gemeld: een controle die ongemerkt niets controleert, is erger dan geen
controle.
"#,
    bad: &[Example::list(
        r#"
Lijst van vragen en antwoorden

De commissie heeft vragen gesteld.
De antwoorden volgen later.
"#,
    )],
    good: &[Example::list(
        r#"
Lijst van vragen en antwoorden

1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland geen goud uit Soedan.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "geen genummerde vragen gevonden: niets in dit bestand is gecontroleerd",
            "no numbered questions found: nothing in this file was checked",
        ),
        Text::new(
            "message.kind",
            "dit is een {kind} zonder genummerde vragen, geen lijst van vragen en antwoorden: niets in dit bestand is gecontroleerd",
            "this is a {kind} with no numbered questions, not an answer list: nothing in this file was checked",
        ),
        Text::new(
            "help",
            "een vraag begint met “1 Vraag?”, “1. Vraag?”, een regel met alleen “1”, of “Vraag 1”; `kamerlint parse` toont wat er is gelezen",
            r#"entries start with "1 Vraag?", "1. Vraag?", a line with only "1", or "Vraag 1"; see `kamerlint parse` for what was read"#,
        ),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    if !doc.entries.is_empty() {
        return;
    }
    let first_line_end = doc.text.find(['\n', '\r']).unwrap_or(doc.text.len());
    let message = match doc.kind {
        Kind::Motie | Kind::Amendement | Kind::Letter => {
            NO_ENTRIES.say("message.kind", &[("kind", &doc.kind.name())])
        }
        _ => NO_ENTRIES.say("message", &[]),
    };
    out.push(
        NO_ENTRIES
            .at(Span::new(0, first_line_end), message)
            .with_help(NO_ENTRIES.say("help", &[])),
    );
}
