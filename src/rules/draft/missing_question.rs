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
    summary_nl: "",
    explanation_nl: "",
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
        Text::en(
            "message",
            "question {number} of the committee's list is not in the draft: \"{opening}\"",
        ),
        Text::en("related", "question {number} in the committee's list"),
        Text::en(
            "help",
            "answer it here, under its number and in the committee's words",
        ),
        Text::en(
            "help.end",
            "answer it after the last question, under its number and in the committee's words",
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
