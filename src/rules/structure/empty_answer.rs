//! structure/empty-answer: a question without answer text.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const EMPTY_ANSWER: RuleMeta = RuleMeta {
    id: "structure/empty-answer",
    severity: Severity::Error,
    summary: "A question has no answer",
    explanation: r#"
Every question in a published list is answered, if only with "Zie het
antwoord op vraag N." An entry without answer text was forgotten or lost its
answer in editing. Left alone: questions answered together under one label
("Antwoord 5 en 6"), and, in a letter, questions printed one after another
and then answered together (the Rekenkamer's form): they are read as one
entry.
"#,
    summary_nl: "Een vraag heeft geen antwoord",
    explanation_nl: r#"
Elke vraag in een gepubliceerde lijst wordt beantwoord, al is het met “Zie
het antwoord op vraag N.” Een vraag zonder antwoordtekst is vergeten of
heeft haar antwoord bij de redactie verloren. Niet gemeld: vragen die samen
onder één kopje worden beantwoord (“Antwoord 5 en 6”), en, in een brief,
vragen die na elkaar staan en dan samen worden beantwoord (de vorm van de
Rekenkamer): die worden als één vraag gelezen.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland geen goud uit Soedan.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "vraag {number} heeft geen antwoord",
            "question {number} has no answer",
        ),
        Text::new("related", "de vraag", "the question"),
        Text::new(
            "help",
            "beantwoord de vraag, of verwijs naar het antwoord dat haar dekt (“Zie het antwoord op vraag N.”)",
            r#"answer the question, or refer to the answer that covers it ("Zie het antwoord op vraag N.")"#,
        ),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    if doc.notice.is_some() {
        return; // a Mededeling: reported once, by answers_to_follow.rs
    }
    for e in &doc.entries {
        if e.answer.iter().any(|s| !doc.slice(*s).trim().is_empty()) {
            continue;
        }
        let span = e.question_span().unwrap_or(e.number_span);
        out.push(
            EMPTY_ANSWER
                .at(
                    e.number_span,
                    EMPTY_ANSWER.say("message", &[("number", &e.first_number())]),
                )
                .with_question(Some(e.first_number()))
                .with_related(span, EMPTY_ANSWER.say("related", &[]))
                .with_help(EMPTY_ANSWER.say("help", &[])),
        );
    }
}
