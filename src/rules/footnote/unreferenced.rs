//! footnote/unreferenced: a definition that no marker points to.

use std::collections::BTreeSet;

use super::Defs;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const UNREFERENCED: RuleMeta = RuleMeta {
    id: "footnote/unreferenced",
    severity: Severity::Warning,
    summary: "A footnote definition whose marker is missing from the text",
    explanation: r#"
A definition that no marker points to is either stale or its marker was
deleted in editing.
"#,
    summary_nl: "Een voetnoottekst waarvan het voetnootteken in de tekst ontbreekt",
    explanation_nl: r#"
Een voetnoottekst waar geen voetnootteken naar verwijst, is verouderd, of haar
voetnootteken is bij het redigeren weggevallen.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland gom uit Soedan.1 Dit betrof 1,8% van de import.

1 UN Comtrade. HS code 1301.
2 UN Comtrade. HS code 7108.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland gom uit Soedan.1 Dit betrof 1,8% van de import.

1 UN Comtrade. HS code 1301.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "voetnoottekst {number} heeft geen voetnootteken in de tekst",
            "footnote {number} is defined but no marker refers to it",
        ),
        Text::new(
            "help",
            "zet het voetnootteken waar de voetnoot hoort, of verwijder de voetnoottekst",
            "add the marker where the footnote belongs, or remove the definition",
        ),
    ],
};

pub(super) fn check(doc: &Document, defs: &Defs, out: &mut Vec<Diagnostic>) {
    let marked: BTreeSet<u32> = doc.markers.iter().map(|m| m.number).collect();
    // A duplicate is footnote/duplicate-definition's, reported once there.
    for d in defs.firsts.iter().filter(|d| !marked.contains(&d.number)) {
        out.push(
            UNREFERENCED
                .at(
                    d.number_span,
                    UNREFERENCED.say("message", &[("number", &d.number)]),
                )
                .with_question(question_at(doc, d.span.start))
                .with_help(UNREFERENCED.say("help", &[])),
        );
    }
}
