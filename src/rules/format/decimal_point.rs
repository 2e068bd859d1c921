//! format/decimal-point: "12.5%" or "3.4 miljard", a decimal point where
//! Dutch writes a decimal comma.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::{Notation, Quantity};
use crate::document::Document;
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const DECIMAL_POINT: RuleMeta = RuleMeta {
    id: "format/decimal-point",
    severity: Severity::Warning,
    summary: "A decimal point in Dutch text",
    explanation: r#"
Dutch writes a decimal comma (12,5%) and uses the dot for thousands (1.709).
"12.5%" or "3.4 miljard" is read as English notation and may be misread.
"#,
    summary_nl: "Een decimale punt in Nederlandse tekst",
    explanation_nl: r#"
Het Nederlands schrijft een decimale komma (12,5%) en gebruikt de punt als
duizendtalscheiding (1.709). “12.5%” of “3.4 miljard” is Engelse notatie en
kan verkeerd worden gelezen.
"#,
    bad: &[Example::list(
        r#"
1 Hoe is het geïnvesteerd?
In zuid oost Azië is 7.1% geïnvesteerd.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoe is het geïnvesteerd?
In zuid oost Azië is 7,1% geïnvesteerd.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "“{figure}” heeft een decimale punt; in het Nederlands is het {comma}",
            r#""{figure}" uses a decimal point; Dutch writes {comma}"#,
        ),
        Text::new(
            "help",
            "schrijf een decimale komma",
            "write a decimal comma",
        ),
    ],
};

pub(super) fn check(doc: &Document, prose: &[&Quantity], out: &mut Vec<Diagnostic>) {
    for q in prose {
        if q.notation == Notation::DecimalPoint {
            out.push(
                DECIMAL_POINT
                    .at(
                        q.number_span,
                        DECIMAL_POINT.say(
                            "message",
                            &[
                                ("figure", &doc.slice(q.number_span)),
                                ("comma", &doc.slice(q.number_span).replace('.', ",")),
                            ],
                        ),
                    )
                    .with_question(question_at(doc, q.span.start))
                    .with_help(DECIMAL_POINT.say("help", &[])),
            );
        }
    }
}
