//! structure/unnumbered-question: a question printed without its number
//! (the reader's note).

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, ReaderNote};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const UNNUMBERED_QUESTION: RuleMeta = RuleMeta {
    id: "structure/unnumbered-question",
    severity: Severity::Warning,
    summary: "A question is printed without its number",
    explanation: r#"
In a nota naar aanleiding van het verslag every question carries its number
in the margin. A question between two answers without a number of its own (a
second "Antwoord" under one number) lost it in editing; references to it
cannot name it. kamerlint reads it as the next number and says so.
"#,
    summary_nl: "Een vraag staat er zonder nummer",
    explanation_nl: r#"
In een nota naar aanleiding van het verslag staat bij elke vraag het nummer in
de kantlijn. Een vraag tussen twee antwoorden zonder eigen nummer (een tweede
“Antwoord” onder één nummer) is dat bij de redactie kwijtgeraakt; een
verwijzing ernaar kan haar niet noemen. kamerlint leest haar als het volgende
nummer en meldt dat.
"#,
    bad: &[Example::list(
        r#"
1
De leden van de CDA-fractie vragen of de toets volstaat?
Antwoord
Ja.
De leden van de CDA-fractie vragen ook naar de complexiteit.
Antwoord
Dat valt binnen het mandaat.
3
Deze leden doen een suggestie. Wat vindt de regering?
Antwoord
De regering neemt die over.
"#,
    )],
    good: &[Example::list(
        r#"
1
De leden van de CDA-fractie vragen of de toets volstaat?
Antwoord
Ja.
2
De leden van de CDA-fractie vragen ook naar de complexiteit.
Antwoord
Dat valt binnen het mandaat.
3
Deze leden doen een suggestie. Wat vindt de regering?
Antwoord
De regering neemt die over.
"#,
    )],
    texts: &[Text::new(
        "help",
        "zet het nummer bij de vraag, en controleer de verwijzingen naar de vragen erna",
        "print the question's number, and check the references to the questions after it",
    )],
};

/// The finding for the reader's note of a question without its number:
/// what the reader saw, said again in the language in force; the rule says
/// what to do.
pub(super) fn check(doc: &Document, n: &ReaderNote) -> Diagnostic {
    let message = n.message.clone();
    UNNUMBERED_QUESTION
        .at(n.span, message)
        .with_question(question_at(doc, n.span.start))
        .with_help(UNNUMBERED_QUESTION.say("help", &[]))
}
