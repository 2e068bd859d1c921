//! footnote/empty-definition: a definition that is only its number.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const EMPTY_DEFINITION: RuleMeta = RuleMeta {
    id: "footnote/empty-definition",
    severity: Severity::Error,
    summary: "A footnote definition without text",
    explanation: r#"
A definition that is only its number tells the reader nothing: the source or
URL is missing.
"#,
    summary_nl: "Een voetnoot zonder tekst",
    explanation_nl: r#"
Een voetnoot die alleen uit haar nummer bestaat, zegt de lezer niets: de bron
of URL ontbreekt.
"#,
    bad: &[Example::list(
        r#"
1 Welke bron gebruikt u?
De cijfers komen van het CBS.1 Dit zijn de meest recente cijfers van het CPB.2

1 CBS, Nederland Handelsland 2025.
2
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke bron gebruikt u?
De cijfers komen van het CBS.1 Dit zijn de meest recente cijfers van het CPB.2

1 CBS, Nederland Handelsland 2025.
2 CPB, Juniraming 2025.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "voetnoottekst {number} is leeg",
            "footnote {number} has no text",
        ),
        Text::new("help", "vul de bron of URL aan", "add the source or URL"),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for d in &doc.definitions {
        if d.text.iter().all(|s| doc.slice(*s).trim().is_empty()) {
            out.push(
                EMPTY_DEFINITION
                    .at(
                        d.number_span,
                        EMPTY_DEFINITION.say("message", &[("number", &d.number)]),
                    )
                    .with_question(question_at(doc, d.span.start))
                    .with_help(EMPTY_DEFINITION.say("help", &[])),
            );
        }
    }
}
