//! footnote/detached-marker: a marker set apart from its word by a space.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, MarkerKind};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const DETACHED_MARKER: RuleMeta = RuleMeta {
    id: "footnote/detached-marker",
    severity: Severity::Warning,
    summary: "A footnote marker stands apart from the word it belongs to",
    explanation: r#"
A marker follows its word or punctuation without a space ("aan de orde.42").
A detached marker ("aan de orde. 42 Wel") reads as an ordinary number.
"#,
    summary_nl: "Een voetnootteken staat los van het woord waar het bij hoort",
    explanation_nl: r#"
Een voetnootteken volgt zonder spatie op zijn woord of leesteken ("aan de
orde.42"). Een los voetnootteken ("aan de orde. 42 Wel") leest als een gewoon
getal.
"#,
    bad: &[Example::list(
        r#"
1 Zijn tegenmaatregelen aan de orde?
Daarmee zijn tegenmaatregelen voorlopig niet aan de orde. 1 Wel acht het kabinet het wenselijk dat de EU de mogelijkheid behoudt.

1 Kamerstuk 21501-02, nr. 3221.
"#,
    )],
    good: &[Example::list(
        r#"
1 Zijn tegenmaatregelen aan de orde?
Daarmee zijn tegenmaatregelen voorlopig niet aan de orde.1 Wel acht het kabinet het wenselijk dat de EU de mogelijkheid behoudt.

1 Kamerstuk 21501-02, nr. 3221.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "voetnootteken {number} staat los van de tekst waar het bij hoort",
            "footnote marker {number} stands apart from the text it belongs to",
        ),
        Text::new(
            "help",
            "zet het voetnootteken zonder spatie achter het woord of leesteken ervoor",
            "attach the marker to the preceding word or punctuation, without a space",
        ),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for m in doc
        .markers
        .iter()
        .filter(|m| m.kind == MarkerKind::Detached)
    {
        out.push(
            DETACHED_MARKER
                .at(
                    m.span,
                    DETACHED_MARKER.say("message", &[("number", &m.number)]),
                )
                .with_question(question_at(doc, m.span.start))
                .with_help(DETACHED_MARKER.say("help", &[])),
        );
    }
}
