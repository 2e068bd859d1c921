//! structure/answers-to-follow: a Mededeling, whose questions are answered
//! elsewhere or later.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const ANSWERS_TO_FOLLOW: RuleMeta = RuleMeta {
    id: "structure/answers-to-follow",
    severity: Severity::Info,
    summary: "A Mededeling: the questions are answered elsewhere or later",
    explanation: r#"
A Mededeling in the Aanhangsel prints the questions with a notice instead of
the answers (they follow later, or were answered by letter). kamerlint
checks its questions and says what kind of document it is, rather than
reporting every question as unanswered.
"#,
    summary_nl: "Een Mededeling: de vragen worden elders of later beantwoord",
    explanation_nl: r#"
Een Mededeling in het Aanhangsel geeft de vragen met een mededeling in plaats
van de antwoorden (die volgen later, of zijn per brief gegeven). kamerlint
controleert de vragen en zegt wat voor document het is, in plaats van elke
vraag als onbeantwoord te melden.
"#,
    bad: &[Example::list(
        r#"
Vraag 1
Kunt u de analyse delen?
Mededeling
De vragen zijn beantwoord bij brief van 7 juni 2024.
"#,
    )],
    good: &[Example::list(
        r#"
Vraag 1
Kunt u de analyse delen?
Antwoord 1
Ja, de analyse is bijgevoegd.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "dit is een Mededeling: de {count} vragen worden niet in dit document beantwoord",
            "this is a Mededeling: its {count} questions are not answered in this document",
        ),
        Text::new(
            "help",
            "de vragen zijn gecontroleerd; de antwoorden staan in het document dat de mededeling noemt",
            "the questions were checked; the answers are in the document the notice names",
        ),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let Some((label, _)) = &doc.notice else {
        return;
    };
    out.push(
        ANSWERS_TO_FOLLOW
            .at(
                *label,
                ANSWERS_TO_FOLLOW.say(
                    "message",
                    &[(
                        "count",
                        &doc.entries.iter().map(|e| e.numbers.len()).sum::<usize>(),
                    )],
                ),
            )
            .with_help(ANSWERS_TO_FOLLOW.say("help", &[])),
    );
}
