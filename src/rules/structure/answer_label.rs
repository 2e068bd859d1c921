//! structure/answer-label: an "Antwoord N" label that does not match the
//! question it follows (the reader's note of an uncertain entry).

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, ReaderNote};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const ANSWER_LABEL: RuleMeta = RuleMeta {
    id: "structure/answer-label",
    severity: Severity::Warning,
    summary: "An \"Antwoord N\" label does not match the question it follows",
    explanation: r#"
In lists with "Vraag N" / "Antwoord N" labels, the answer label repeats the
question's number. A different number means the answer was pasted under the
wrong question.
"#,
    summary_nl: "Het nummer bij “Antwoord N” is niet dat van de vraag ervoor",
    explanation_nl: r#"
In lijsten met “Vraag N” / “Antwoord N” herhaalt het antwoord het nummer van
de vraag. Een ander nummer betekent dat het antwoord onder de verkeerde vraag
is geplakt.
"#,
    bad: &[Example::list(
        r#"
Vraag 1
Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?

Antwoord 2
Nee.

Vraag 2
Hoeveel handelsverdragen bestaan er met Israël?

Antwoord 2
Eén.
"#,
    )],
    good: &[Example::list(
        r#"
Vraag 1
Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?

Antwoord 1
Nee.

Vraag 2
Hoeveel handelsverdragen bestaan er met Israël?

Antwoord 2
Eén.
"#,
    )],
    texts: &[Text::new(
        "help",
        "controleer of het antwoord onder de juiste vraag staat",
        "check that the answer is under the right question",
    )],
};

/// The finding for the reader's note of an uncertain entry: what the
/// reader saw, in its words (made in the language in force); the rule
/// says what to do.
pub(super) fn check(doc: &Document, n: &ReaderNote) -> Diagnostic {
    let message = n.message.clone();
    ANSWER_LABEL
        .at(n.span, message)
        .with_question(question_at(doc, n.span.start))
        .with_help(ANSWER_LABEL.say("help", &[]))
}
