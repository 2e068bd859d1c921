//! draft/missing-question: a question of the committee's list that the
//! draft does not answer.

use std::sync::Arc;

use super::matching::Pairing;
use super::opening;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const MISSING_QUESTION: RuleMeta = RuleMeta {
    id: "draft/missing-question",
    severity: Severity::Error,
    summary: "A question of the committee's list is not in the draft",
    explanation: r#"
Checked with `--questions LIST` (or `questions = "..."` in kamerlint.toml):
the ministry answers every question the committee asked, under the
committee's number. A question of the list that no question of the draft
matches, by its text, was left out: the answer list is incomplete however
consistent it is in itself. The finding stands where the question belongs
in the draft, and names the committee's question. A question that only
moved is `draft/renumbered`; one that was reworded is
`draft/question-changed`.
"#,
    summary_nl: "Een vraag uit de vragenlijst van de commissie ontbreekt in het concept",
    explanation_nl: r#"
Gecontroleerd met `--questions LIST` (of `questions = "..."` in
kamerlint.toml): het ministerie beantwoordt elke vraag die de commissie
heeft gesteld, onder het nummer van de commissie. Een vraag van de lijst
waar, naar haar tekst, geen vraag van het concept bij past, is weggelaten:
de antwoordlijst is onvolledig, hoe consistent die op zichzelf ook is. De
bevinding staat waar de vraag in het concept hoort, en noemt de vraag van
de commissie. Een vraag die alleen is verplaatst, meldt
`draft/renumbered`; een vraag die anders is geformuleerd,
`draft/question-changed`.
"#,
    bad: &[Example::against_questions(
        r#"
1 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
2 Welke landen zijn daarbij bezocht?
3 Wat waren de kosten van deze missies?
"#,
        r#"
1 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
Er zijn twaalf handelsmissies georganiseerd.

3 Wat waren de kosten van deze missies?
De kosten bedroegen EUR 1,2 miljoen.
"#,
    )],
    good: &[Example::against_questions(
        r#"
1 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
2 Welke landen zijn daarbij bezocht?
"#,
        r#"
1 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
Er zijn twaalf handelsmissies georganiseerd.

2 Welke landen zijn daarbij bezocht?
Onder meer Vietnam, Kenia en Brazilië.
"#,
    )],
    texts: &[
        Text::new("message", "vraag {number} van de vragenlijst van de commissie ontbreekt in het concept: “{opening}”", "question {number} of the committee's list is not in the draft: \"{opening}\"",
        ),
        Text::new("related", "vraag {number} in de vragenlijst van de commissie", "question {number} in the committee's list"),
        Text::new("help", "beantwoord de vraag hier, onder haar nummer en in de woorden van de commissie", "answer it here, under its number and in the committee's words",
        ),
        Text::new("help.end", "beantwoord de vraag na de laatste vraag, onder haar nummer en in de woorden van de commissie", "answer it after the last question, under its number and in the committee's words",
        ),
    ],
};

pub(super) fn check(
    doc: &Document,
    list: &Arc<Document>,
    pairing: &Pairing,
    out: &mut Vec<Diagnostic>,
) {
    for (i, unit) in pairing.old.iter().enumerate() {
        if pairing.to_new[i].is_some() {
            continue;
        }
        // Where it belongs: before the draft's match of the next question
        // of the list that has one, else after the draft's last question.
        let next = pairing.to_new[i + 1..]
            .iter()
            .flatten()
            .next()
            .map(|&j| &doc.entries[pairing.new[j].entries[0]]);
        let (span, help) = match (next, doc.entries.last()) {
            (Some(e), _) => (e.number_span, MISSING_QUESTION.say("help", &[])),
            (None, Some(last)) => (last.number_span, MISSING_QUESTION.say("help.end", &[])),
            (None, None) => continue,
        };
        let number = unit.label();
        let list_entry = &list.entries[unit.entries[0]];
        let mut d = MISSING_QUESTION
            .at(
                span,
                MISSING_QUESTION.say(
                    "message",
                    &[("number", &number), ("opening", &opening(&unit.words))],
                ),
            )
            .with_help(help)
            .with_related_in(
                list,
                list_entry.question_span().unwrap_or(list_entry.number_span),
                MISSING_QUESTION.say("related", &[("number", &number)]),
            );
        d.question = unit.numbers.first().copied();
        out.push(d);
    }
}
