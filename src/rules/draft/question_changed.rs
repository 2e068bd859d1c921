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
    summary_nl: "",
    explanation_nl: "",
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
        Text::en(
            "message",
            "question {number} is worded differently from the committee's list: {diff}",
        ),
        Text::en("related", "the committee's words"),
        Text::en(
            "help",
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
