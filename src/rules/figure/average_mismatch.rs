//! figure/average-mismatch: an average stated beside its parts that is not
//! their average ("EUR 10, 12 en 14 miljoen, gemiddeld EUR 13 miljoen").

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::derived::{self, Operation, Relation, Shown, Verdict};
use crate::document::Document;
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const AVERAGE_MISMATCH: RuleMeta = RuleMeta {
    id: "figure/average-mismatch",
    severity: Severity::Error,
    summary: "A stated average is not the average of the parts listed beside it",
    explanation: r#"
"De uitgaven waren EUR 10 miljoen, EUR 12 miljoen en EUR 16 miljoen,
gemiddeld EUR 11 miljoen": the mean of the three is EUR 12,7 miljoen. When
an answer lists the parts ("A, B en C") right beside "gemiddeld M" (or
"Dat is gemiddeld M." in the next sentence, or "gemiddeld M (A, B en C)"),
kamerlint recomputes the mean with the rounding of every figure. An
average of percentages or of amounts "per" something other than a period
("per euro", "per project"), or one called "gewogen", may be weighted:
it need only lie between the smallest and the largest part. An average
"per jaar" is checked only against parts by year. Parts that count
different things ("10 missies", "30 deelnemers") are not compared.
"#,
    summary_nl: "Een genoemd gemiddelde is niet het gemiddelde van de delen ernaast",
    explanation_nl: r#"
"De uitgaven waren EUR 10 miljoen, EUR 12 miljoen en EUR 16 miljoen,
gemiddeld EUR 11 miljoen": het gemiddelde van de drie is EUR 12,7 miljoen.
Noemt een antwoord de delen ("A, B en C") direct naast "gemiddeld M" (of
"Dat is gemiddeld M." in de volgende zin, of "gemiddeld M (A, B en C)"), dan
rekent kamerlint het gemiddelde na, met de afronding van elk cijfer. Een
gemiddelde van percentages of van bedragen "per" iets anders dan een periode
("per euro", "per project"), of een gemiddelde dat "gewogen" heet, kan
gewogen zijn: het hoeft alleen tussen het kleinste en het grootste deel te
liggen. Een gemiddelde "per jaar" wordt alleen vergeleken met delen per jaar.
Delen die verschillende dingen tellen ("10 missies", "30 deelnemers") worden
niet vergeleken.
"#,
    bad: &[Example::answer(
        "De uitgaven waren EUR 10 miljoen in 2021, EUR 12 miljoen in 2022 en EUR 16 miljoen in 2023, gemiddeld EUR 11 miljoen per jaar.",
    )],
    good: &[Example::answer(
        "De uitgaven waren EUR 10 miljoen in 2021, EUR 12 miljoen in 2022 en EUR 16 miljoen in 2023, gemiddeld EUR 12,7 miljoen per jaar.",
    )],
    texts: &[
        Text::new("message.mean", "het gemiddelde van {parts} ligt {average}, niet op {stated}", "the mean of {parts} is {average}, not {stated}"),
        Text::new("message.between", "ook een gewogen gemiddelde van {parts} ligt {average}, niet op {stated}",
            "an average of {parts} lies {average}, not at {stated}",
        ),
        Text::new("interval", "tussen {low} en {high}", "between {low} and {high}"),
        Text::new("help", "bereken het gemiddelde opnieuw, of controleer de delen", "recompute the average, or check the parts"),
        Text::new("related", "deel: {part}", "part: {part}"),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for d in &doc.derived {
        if d.relation != Relation::Average {
            continue;
        }
        let r = derived::recompute(&doc.quantities, d);
        if r.verdict != Verdict::Inconsistent {
            continue;
        }
        let Some(stated) = d.stated.and_then(|i| doc.quantities.get(i)) else {
            continue;
        };
        let Some(parts) = d
            .from
            .iter()
            .map(|&i| doc.quantities.get(i))
            .collect::<Option<Vec<_>>>()
        else {
            continue;
        };
        let Some(Shown {
            low: Some(low),
            high: Some(high),
        }) = r.shown(Some(stated))
        else {
            continue;
        };
        let average = AVERAGE_MISMATCH.say("interval", &[("low", &low), ("high", &high)]);
        let list = parts
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let args: [(&str, &dyn std::fmt::Display); 3] = [
            ("parts", &list),
            ("average", &average),
            ("stated", &stated.text),
        ];
        let message = match r.operation {
            Some(Operation::Between) => AVERAGE_MISMATCH.say("message.between", &args),
            _ => AVERAGE_MISMATCH.say("message.mean", &args),
        };
        let mut found = AVERAGE_MISMATCH
            .at(stated.span, message)
            .with_question(question_at(doc, stated.span.start))
            .with_help(AVERAGE_MISMATCH.say("help", &[]));
        for p in &parts {
            found = found.with_related(
                p.span,
                AVERAGE_MISMATCH.say("related", &[("part", &p.text)]),
            );
        }
        out.push(found);
    }
}
