//! draft/renumbered: a question of the committee's list that stands under
//! another number in the draft.

use std::sync::Arc;

use super::matching::Pairing;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const RENUMBERED: RuleMeta = RuleMeta {
    id: "draft/renumbered",
    severity: Severity::Error,
    summary: "A question of the committee's list stands under another number in the draft",
    explanation: r#"
Checked with `--questions LIST`: the committee's numbers are the ones the
Kamer refers to, so the answer list keeps them. A question of the list
that the draft has, by its text, under another number was renumbered (a
question inserted or removed above it, two questions merged). A run of
questions that all moved by the same step is one finding, from its first
question to its last.
"#,
    summary_nl: "Een vraag uit de vragenlijst van de commissie staat in het concept onder een ander nummer",
    explanation_nl: r#"
Gecontroleerd met `--questions LIST`: de nummers van de commissie zijn de
nummers waarnaar de Kamer verwijst, dus de antwoordlijst houdt ze aan. Een
vraag van de lijst die, naar haar tekst, in het concept onder een ander
nummer staat, is vernummerd (een vraag erboven ingevoegd of weggehaald,
twee vragen samengevoegd). Een reeks vragen die allemaal met dezelfde stap
zijn verschoven, is één bevinding, van de eerste tot de laatste vraag van
de reeks.
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

2 Wat waren de kosten van deze missies?
De kosten bedroegen EUR 1,2 miljoen.

3 Welke landen zijn daarbij bezocht?
Onder meer Vietnam, Kenia en Brazilië.
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
        Text::new("message", "vraag {old} van de vragenlijst van de commissie staat hier als vraag {new}", "question {old} of the committee's list stands here as question {new}",
        ),
        Text::new("message.run", "de vragen {old_first} tot en met {old_last} van de vragenlijst van de commissie staan hier als {new_first} tot en met {new_last}", "questions {old_first} to {old_last} of the committee's list stand here as {new_first} to {new_last}",
        ),
        Text::new("related", "vraag {number} in de vragenlijst van de commissie", "question {number} in the committee's list"),
        Text::new("help", "geef de vraag nummer {old}, zoals de commissie deed", "number it {old}, as the committee did"),
        Text::new("help.run", "nummer de vragen zoals de commissie deed", "number them as the committee did"),
    ],
};

/// One question that moved: its number in the list and in the draft, and
/// the draft's entry and the list's.
struct Moved {
    old: u32,
    new: u32,
    /// The draft's number as printed ("12a").
    new_label: String,
    entry: usize,
    list_entry: usize,
}

pub(super) fn check(
    doc: &Document,
    list: &Arc<Document>,
    pairing: &Pairing,
    out: &mut Vec<Diagnostic>,
) {
    let mut moved: Vec<Moved> = Vec::new();
    for (i, unit) in pairing.old.iter().enumerate() {
        let Some(j) = pairing.to_new[i] else { continue };
        let there = &pairing.new[j];
        if there.same_number(unit) {
            continue;
        }
        moved.push(Moved {
            old: unit.first_number(),
            new: there.first_number(),
            new_label: there.label(),
            entry: there.entries[0],
            list_entry: unit.entries[0],
        });
    }
    // Runs of questions that moved by the same step, in the list's order.
    let mut k = 0;
    while k < moved.len() {
        let step = i64::from(moved[k].new) - i64::from(moved[k].old);
        let mut end = k + 1;
        while end < moved.len()
            && moved[end].old == moved[end - 1].old + 1
            && i64::from(moved[end].new) - i64::from(moved[end].old) == step
            && moved[end].new_label == moved[end].new.to_string()
            && moved[k].new_label == moved[k].new.to_string()
        {
            end += 1;
        }
        out.push(finding(doc, list, &moved[k..end]));
        k = end;
    }
}

fn finding(doc: &Document, list: &Arc<Document>, run: &[Moved]) -> Diagnostic {
    let (first, last) = (&run[0], &run[run.len() - 1]);
    let span = doc.entries[first.entry].number_span;
    let d = if run.len() == 1 {
        RENUMBERED
            .at(
                span,
                RENUMBERED.say("message", &[("old", &first.old), ("new", &first.new_label)]),
            )
            .with_help(RENUMBERED.say("help", &[("old", &first.old)]))
    } else {
        RENUMBERED
            .at(
                span,
                RENUMBERED.say(
                    "message.run",
                    &[
                        ("old_first", &first.old),
                        ("old_last", &last.old),
                        ("new_first", &first.new),
                        ("new_last", &last.new),
                    ],
                ),
            )
            .with_help(RENUMBERED.say("help.run", &[]))
    };
    d.with_question(Some(first.new)).with_related_in(
        list,
        list.entries[first.list_entry].number_span,
        RENUMBERED.say("related", &[("number", &first.old)]),
    )
}
