//! xref/missing-footnote: "zie voetnoot 12" where there is no footnote 12.

use super::refs::footnote_refs;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};
use std::collections::BTreeSet;

pub const MISSING_FOOTNOTE: RuleMeta = RuleMeta {
    id: "xref/missing-footnote",
    severity: Severity::Error,
    summary: "A reference to a footnote that does not exist",
    explanation: r#"
"Zie voetnoot 12" must name a footnote of this document (a marker or a
definition with that number).
"#,
    summary_nl: "Een verwijzing naar een voetnoot die niet bestaat",
    explanation_nl: r#"
"Zie voetnoot 12" moet een voetnoot van dit document noemen (een voetnootteken
of een voetnoottekst met dat nummer).
"#,
    bad: &[Example::list(
        r#"
1 Welke bron gebruikt u?
De cijfers komen van het CBS.1 Zie voetnoot 2 voor de bron.

1 CBS, Nederland Handelsland 2025.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke bron gebruikt u?
De cijfers komen van het CBS.1 Zie voetnoot 1 voor de bron.

1 CBS, Nederland Handelsland 2025.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "voetnoot {number} bestaat niet",
            "footnote {number} does not exist",
        ),
        Text::new(
            "help",
            "verwijs naar een bestaande voetnoot",
            "refer to an existing footnote",
        ),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let known: BTreeSet<u32> = doc
        .markers
        .iter()
        .map(|m| m.number)
        .chain(doc.definitions.iter().map(|d| d.number))
        .collect();
    for r in footnote_refs(doc) {
        if known.contains(&r.number) {
            continue;
        }
        out.push(
            MISSING_FOOTNOTE
                .at(
                    r.span,
                    MISSING_FOOTNOTE.say("message", &[("number", &r.number)]),
                )
                .with_question(Some(doc.entries[r.entry].first_number()))
                .with_help(MISSING_FOOTNOTE.say("help", &[])),
        );
    }
}
