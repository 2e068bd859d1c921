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
    summary_nl: "",
    explanation_nl: "",
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
        Text::en("message", "no numbered questions found: nothing in this file was checked"),
        Text::en(
            "message.kind",
            "this is a {kind} with no numbered questions, not an answer list: nothing in this file was checked",
        ),
        Text::en(
            "help",
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
