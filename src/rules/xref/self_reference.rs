//! xref/self-reference: an answer that refers to its own question.

use super::Refs;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{Example, RuleMeta, Text};

pub const SELF_REFERENCE: RuleMeta = RuleMeta {
    id: "xref/self-reference",
    severity: Severity::Warning,
    summary: "An answer refers to its own question",
    explanation: r#"
An answer that says "zie het antwoord op vraag N" inside question N refers
to itself; the intended target is usually a neighbouring question.
"#,
    summary_nl: "Een antwoord verwijst naar zijn eigen vraag",
    explanation_nl: r#"
Een antwoord dat binnen vraag N "zie het antwoord op vraag N" zegt, verwijst
naar zichzelf; bedoeld is meestal een vraag ervoor of erna.
"#,
    bad: &[Example::list(
        r#"
1 Welke handelsmissies naar hoge risico landen zijn er gepland?
Zie het antwoord op vraag 1.

2 Kunt u een lijst delen van landen met een hoog risico?
Een dergelijke lijst bestaat niet.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke handelsmissies naar hoge risico landen zijn er gepland?
Zie het antwoord op vraag 2.

2 Kunt u een lijst delen van landen met een hoog risico?
Een dergelijke lijst bestaat niet.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "het antwoord op vraag {own} verwijst naar vraag {number}, zijn eigen vraag",
            "the answer to question {own} refers to question {number} itself",
        ),
        Text::new(
            "help",
            "verwijs naar de vraag waar het antwoord staat",
            "refer to the question that holds the answer",
        ),
    ],
};

pub(super) fn check(cx: &Refs, out: &mut Vec<Diagnostic>) {
    for r in &cx.refs {
        let entry = &cx.doc.entries[r.entry];
        let own = entry.first_number();
        for t in &r.targets {
            if !cx.missing(t) && cx.names_own(r.entry, t) {
                out.push(
                    SELF_REFERENCE
                        .at(
                            t.span,
                            SELF_REFERENCE.say("message", &[("own", &own), ("number", &t.number)]),
                        )
                        .with_question(Some(own))
                        .with_help(SELF_REFERENCE.say("help", &[])),
                );
            }
        }
    }
}
