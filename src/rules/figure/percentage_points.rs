//! figure/percentage-points: the change of a percentage given in % where
//! its change in procentpunten is meant ("van 31,8% naar 35,2%, een
//! stijging van 3,4%").

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::derived::{self, Direction, Shown, Verdict};
use crate::document::Document;
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const PERCENTAGE_POINTS: RuleMeta = RuleMeta {
    id: "figure/percentage-points",
    severity: Severity::Warning,
    summary: "A change of a percentage is given in % where procentpunten are meant",
    explanation: r#"
"Het aandeel steeg van 31,8% naar 35,2%, een stijging van 3,4%": the
percentage rose by 3,4 procentpunt; a rise of 3,4% would have taken it to
32,9%, and its relative rise is 10,7%. When the change of a percentage is
given in % and matches the difference in procentpunten but not the
relative change, kamerlint asks for "procentpunt". "3,4 procentpunt" is
right and silent, and so is a relative change given in % ("een stijging
van 10,7%"). A stated change that matches neither is a
`figure/growth-mismatch`.
"#,
    summary_nl: "Een verandering van een percentage staat in % waar procentpunten bedoeld zijn",
    explanation_nl: r#"
"Het aandeel steeg van 31,8% naar 35,2%, een stijging van 3,4%": het
percentage steeg 3,4 procentpunt; een stijging van 3,4% had het op 32,9%
gebracht, en relatief is de stijging 10,7%. Staat de verandering van een
percentage in % en klopt ze met het verschil in procentpunten maar niet met
de relatieve verandering, dan vraagt kamerlint om "procentpunt". "3,4
procentpunt" is juist en wordt niet gemeld, net als een relatieve
verandering in % ("een stijging van 10,7%"). Een genoemde verandering die met
geen van beide klopt, is een `figure/growth-mismatch`.
"#,
    bad: &[Example::answer(
        "Het aandeel steeg van 31,8% in 2020 naar 35,2% in 2023, een stijging van 3,4%.",
    )],
    good: &[Example::answer(
        "Het aandeel steeg van 31,8% in 2020 naar 35,2% in 2023, een stijging van 3,4 procentpunt.",
    )],
    texts: &[
        Text::new("message.rise", "{stated} is de stijging van {from} naar {to} in procentpunten; relatief is de stijging {relative}",
            "{stated} is the rise from {from} to {to} in procentpunten; in percent it is a rise of {relative}",
        ),
        Text::new("message.fall", "{stated} is de daling van {from} naar {to} in procentpunten; relatief is de daling {relative}",
            "{stated} is the fall from {from} to {to} in procentpunten; in percent it is a fall of {relative}",
        ),
        Text::new("message.change", "{stated} is de verandering van {from} naar {to} in procentpunten; relatief is de verandering {relative}",
            "{stated} is the change from {from} to {to} in procentpunten; in percent it is a change of {relative}",
        ),
        Text::new("interval", "tussen {low} en {high}", "between {low} and {high}"),
        Text::new("help", "schrijf “{number} procentpunt”, of geef de relatieve verandering in %",
            r#"write "{number} procentpunt", or give the relative change in %"#,
        ),
        Text::new("related.from", "van", "from"),
        Text::new("related.to", "naar", "to"),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for d in &doc.derived {
        let r = derived::recompute(&doc.quantities, d);
        if r.verdict != Verdict::PercentagePoints {
            continue;
        }
        let Some(stated) = d.stated.and_then(|i| doc.quantities.get(i)) else {
            continue;
        };
        let (Some(a), Some(b)) = (d.operand(&doc.quantities, 0), d.operand(&doc.quantities, 1))
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
        let relative = if low == high {
            low
        } else {
            PERCENTAGE_POINTS.say("interval", &[("low", &low), ("high", &high)])
        };
        let number = doc.slice(stated.number_span);
        let args: [(&str, &dyn std::fmt::Display); 4] = [
            ("stated", &stated.text),
            ("from", &a.1),
            ("to", &b.1),
            ("relative", &relative),
        ];
        let message = match d.direction {
            Direction::Up => PERCENTAGE_POINTS.say("message.rise", &args),
            Direction::Down => PERCENTAGE_POINTS.say("message.fall", &args),
            _ => PERCENTAGE_POINTS.say("message.change", &args),
        };
        out.push(
            PERCENTAGE_POINTS
                .at(stated.span, message)
                .with_question(question_at(doc, stated.span.start))
                .with_related(a.0, PERCENTAGE_POINTS.say("related.from", &[]))
                .with_related(b.0, PERCENTAGE_POINTS.say("related.to", &[]))
                .with_help(PERCENTAGE_POINTS.say("help", &[("number", &number)])),
        );
    }
}
