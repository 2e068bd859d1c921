//! structure/lettered-number: a question numbered with a letter ("12a"),
//! as a question inserted in a draft is.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const LETTERED_NUMBER: RuleMeta = RuleMeta {
    id: "structure/lettered-number",
    severity: Severity::Warning,
    summary: "A question numbered with a letter (\"12a\"), as inserted in a draft",
    explanation: r#"
While a draft is written, a question added after question 12 is often
numbered "12a", so that the numbers after it and the references to them
stay as they are. A published list numbers its questions 1, 2, 3: before
it goes out, number the list again, with every reference kept on its
question (`kamerlint renumber FILE --output NEW` does both). kamerlint
reads "12a" as a question of its own only where it follows question 12
(or 12a) and reads as a question; the numbering rules leave it out, and
"vraag 12a" is checked as a reference to it.
"#,
    summary_nl: "Een vraag met een letter in het nummer (“12a”), zoals in een concept ingevoegd",
    explanation_nl: r#"
Wie in een concept na vraag 12 een vraag toevoegt, nummert haar vaak “12a”,
zodat de nummers erna en de verwijzingen ernaar blijven staan. Een
gepubliceerde lijst nummert de vragen 1, 2, 3: nummer de lijst opnieuw
voordat hij uitgaat, zodat elke verwijzing naar dezelfde vraag blijft wijzen
(`kamerlint renumber FILE --output NEW` doet beide). kamerlint leest “12a”
alleen als een eigen vraag waar het op vraag 12 (of 12a) volgt en de tekst
een vraag is; de regels voor de nummering laten het buiten beschouwing, en
“vraag 12a” wordt gecontroleerd als verwijzing ernaar.
"#,
    bad: &[Example::list(
        r#"
1 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
Er zijn twaalf handelsmissies georganiseerd.

1a Welke landen zijn daarbij bezocht?
Onder meer Vietnam, Kenia en Brazilië.

2 Wat waren de kosten van deze missies?
Zie het antwoord op vraag 1.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
Er zijn twaalf handelsmissies georganiseerd.

2 Welke landen zijn daarbij bezocht?
Onder meer Vietnam, Kenia en Brazilië.

3 Wat waren de kosten van deze missies?
Zie het antwoord op vraag 1.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "vraag {label} heeft een letter in het nummer, zoals een vraag die in een concept is ingevoegd",
            "question {label} is numbered with a letter, as a question inserted in a draft",
        ),
        Text::new(
            "help",
            "nummer de vragen door (1, 2, 3) voordat de lijst uitgaat, en pas de verwijzingen aan (`kamerlint renumber`)",
            "number the questions 1..N before the list goes out, and the references with them (`kamerlint renumber`)",
        ),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for e in doc.entries.iter().filter(|e| e.suffix.is_some()) {
        out.push(
            LETTERED_NUMBER
                .at(
                    e.number_span,
                    LETTERED_NUMBER.say("message", &[("label", &e.label())]),
                )
                .with_question(Some(e.first_number()))
                .with_help(LETTERED_NUMBER.say("help", &[])),
        );
    }
}
