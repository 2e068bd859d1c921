//! draft/extra-question: a question of the draft that the committee's
//! list does not have.

use std::sync::Arc;

use super::matching::Pairing;
use super::opening;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const EXTRA_QUESTION: RuleMeta = RuleMeta {
    id: "draft/extra-question",
    severity: Severity::Error,
    summary: "The draft has a question that the committee's list does not",
    explanation: r#"
Checked with `--questions LIST`: every question of an answer list is one
the committee asked. A question of the draft that matches no question of
the list, by its text, was added (a question split in two, a question of
another list pasted in, a heading read as a question). A question that
only moved is `draft/renumbered`; one that was reworded is
`draft/question-changed`.
"#,
    summary_nl: "Het concept heeft een vraag die niet in de vragenlijst van de commissie staat",
    explanation_nl: r#"
Gecontroleerd met `--questions LIST`: elke vraag van een antwoordlijst is
een vraag die de commissie heeft gesteld. Een vraag van het concept die,
naar haar tekst, bij geen enkele vraag van de lijst past, is toegevoegd
(een vraag die in tweeën is gesplitst, een vraag uit een andere lijst die
erin is geplakt, een kopje dat als vraag is gelezen). Een vraag die alleen
is verplaatst, meldt `draft/renumbered`; een vraag die anders is
geformuleerd, `draft/question-changed`.
"#,
    bad: &[Example::against_questions(
        r#"
1 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
2 Wat waren de kosten van deze missies?
"#,
        r#"
1 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
Er zijn twaalf handelsmissies georganiseerd.

2 Welke bedrijven namen deel aan de missie naar Kenia?
Veertig bedrijven uit de agrosector.

3 Wat waren de kosten van deze missies?
De kosten bedroegen EUR 1,2 miljoen.
"#,
    )],
    good: &[Example::against_questions(
        r#"
1 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
2 Wat waren de kosten van deze missies?
"#,
        r#"
1 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
Er zijn twaalf handelsmissies georganiseerd.

2 Wat waren de kosten van deze missies?
De kosten bedroegen EUR 1,2 miljoen.
"#,
    )],
    texts: &[
        Text::new("message", "vraag {number} staat niet in de vragenlijst van de commissie: “{opening}”", "question {number} is not in the committee's list: \"{opening}\"",
        ),
        Text::new("help", "beantwoord alleen de vragen van de commissie, onder hun nummers; controleer of de opgegeven lijst de juiste is", "answer only the committee's questions, under their numbers; check that the list given is the right one",
        ),
        Text::new("message.unmatched", "maar {matched} van de {count} vragen van het concept staan in de vragenlijst van de commissie ({list}, waaruit {read} vragen zijn gelezen)", "only {matched} of the draft's {count} questions are in the committee's list ({list}, {read} questions read from it)",
        ),
        Text::new("help.unmatched", "controleer of het de lijst van dit concept is, en hoe die is gelezen: `kamerlint parse {list}`", "check that it is the list of this draft, and how it was read: `kamerlint parse {list}`",
        ),
    ],
};

/// The one finding for a list that matches less than half of the draft.
pub(super) fn unmatched(
    doc: &Document,
    list: &Arc<Document>,
    pairing: &Pairing,
    matched: usize,
) -> Diagnostic {
    let span = doc
        .entries
        .first()
        .map_or(Default::default(), |e| e.number_span);
    EXTRA_QUESTION
        .at(
            span,
            EXTRA_QUESTION.say(
                "message.unmatched",
                &[
                    ("matched", &matched),
                    ("count", &pairing.new.len()),
                    ("list", &list.path),
                    ("read", &pairing.old.len()),
                ],
            ),
        )
        .with_help(EXTRA_QUESTION.say("help.unmatched", &[("list", &list.path)]))
}

pub(super) fn check(
    doc: &Document,
    _list: &Arc<Document>,
    pairing: &Pairing,
    out: &mut Vec<Diagnostic>,
) {
    for (j, unit) in pairing.new.iter().enumerate() {
        if pairing.to_old[j].is_some() {
            continue;
        }
        let entry = &doc.entries[unit.entries[0]];
        let number = unit.label();
        out.push(
            EXTRA_QUESTION
                .at(
                    entry.number_span,
                    EXTRA_QUESTION.say(
                        "message",
                        &[("number", &number), ("opening", &opening(&unit.words))],
                    ),
                )
                .with_question(unit.numbers.first().copied())
                .with_help(EXTRA_QUESTION.say("help", &[])),
        );
    }
}
