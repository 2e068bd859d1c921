//! draft/question-changed: the draft words a question of the committee's
//! list differently.

use std::sync::Arc;

use super::diff;
use super::matching::Pairing;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const QUESTION_CHANGED: RuleMeta = RuleMeta {
    id: "draft/question-changed",
    severity: Severity::Warning,
    summary: "The draft words a question differently from the committee's list",
    explanation: r#"
Checked with `--questions LIST`: the committee's text of a question is the
authority, and the answer list repeats it word for word. What the layout
changes is not a difference: line breaks and spaces, a word hyphenated at
a line end, the form of quotes and dashes, page headers and footers,
footnote markers. Any other difference is shown word by word, as
`[-removed-] {+added+}`, at the exact words of the draft, with the
committee's words as the related place.
"#,
    summary_nl: "Het concept formuleert een vraag anders dan de vragenlijst van de commissie",
    explanation_nl: r#"
Gecontroleerd met `--questions LIST`: de tekst van de vraag zoals de
commissie die stelde is leidend, en de antwoordlijst herhaalt die woord
voor woord. Wat de opmaak verandert, is geen verschil: regeleinden en
spaties, een woord dat aan het eind van een regel is afgebroken, de vorm
van aanhalingstekens en streepjes, kop- en voetteksten van pagina's,
voetnoottekens. Elk ander verschil wordt woord voor woord getoond, als
`[-weggelaten-] {+toegevoegd+}`, bij de woorden van het concept zelf; de
bevinding wijst ook de woorden van de commissie aan.
"#,
    bad: &[Example::against_questions(
        r#"
1 Hoeveel handelsmissies naar hoge-risicolanden zijn er in 2024 georganiseerd?
2 Welke landen zijn daarbij bezocht?
"#,
        r#"
1 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
Er zijn twaalf handelsmissies georganiseerd.

2 Welke landen zijn daarbij bezocht?
Onder meer Vietnam, Kenia en Brazilië.
"#,
    )],
    good: &[Example::against_questions(
        r#"
1 Hoeveel „handelsmissies” naar hoge-
risicolanden zijn er in 2024 georganiseerd?
2 Welke landen zijn daarbij bezocht?
"#,
        r#"
1 Hoeveel "handelsmissies" naar hoge-risicolanden zijn er in 2024
georganiseerd?
Er zijn twaalf handelsmissies georganiseerd.

2 Welke landen zijn daarbij bezocht?
Onder meer Vietnam, Kenia en Brazilië.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "vraag {number} is anders geformuleerd dan in de vragenlijst van de commissie: {diff}",
            "question {number} is worded differently from the committee's list: {diff}",
        ),
        Text::new(
            "related",
            "de woorden van de commissie",
            "the committee's words",
        ),
        Text::new(
            "help",
            "neem de tekst van de vraag van de commissie over, woord voor woord",
            "use the committee's text of the question, word for word",
        ),
    ],
};

pub(super) fn check(
    _doc: &Document,
    list: &Arc<Document>,
    pairing: &Pairing,
    out: &mut Vec<Diagnostic>,
) {
    for (i, unit) in pairing.old.iter().enumerate() {
        let Some(j) = pairing.to_new[i] else { continue };
        let there = &pairing.new[j];
        if there.key == unit.key {
            continue;
        }
        let Some(change) = diff::words(&unit.words, &there.words) else {
            continue;
        };
        out.push(
            QUESTION_CHANGED
                .at(
                    change.new,
                    QUESTION_CHANGED.say(
                        "message",
                        &[("number", &there.label()), ("diff", &change.shown)],
                    ),
                )
                .with_question(there.numbers.first().copied())
                .with_related_in(list, change.old, QUESTION_CHANGED.say("related", &[]))
                .with_help(QUESTION_CHANGED.say("help", &[])),
        );
    }
}
