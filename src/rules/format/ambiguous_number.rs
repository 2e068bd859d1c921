//! format/ambiguous-number: a figure whose dot may be a thousands separator
//! or a decimal point.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::{Notation, Quantity, Scale, Unit};
use crate::document::Document;
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const AMBIGUOUS_NUMBER: RuleMeta = RuleMeta {
    id: "format/ambiguous-number",
    severity: Severity::Warning,
    summary: "A figure whose dot may be a thousands separator or a decimal point",
    explanation: r#"
"1.500" is fifteen hundred in Dutch, but in an answer that also writes
decimal points ("7.1%") it may mean one and a half; a percentage of
"12.500%" is not plausible either way.
"#,
    summary_nl: "Een getal waarvan de punt een duizendtalscheiding of een decimale punt kan zijn",
    explanation_nl: r#"
“1.500” is in het Nederlands vijftienhonderd, maar in een antwoord dat ook
decimale punten schrijft (“7.1%”) kan het anderhalf betekenen; een percentage
van “12.500%” is hoe dan ook niet aannemelijk.
"#,
    bad: &[Example::list(
        r#"
1 Hoe groot is de groei?
De groei was 2.5% in 2023 en de export steeg met 1.500 miljoen.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoe groot is de groei?
De groei was 2,5% in 2023 en de export steeg met 1.500 miljoen.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "“{figure}” kan worden gelezen als {thousands} of als {decimal}",
            r#""{figure}" may be read as {thousands} or as {decimal}"#,
        ),
        Text::new(
            "help",
            "schrijf het getal eenduidig: met een decimale komma, of met de duizendtallen voluit",
            "write the figure unambiguously: a decimal comma, or the thousands written out",
        ),
    ],
};

/// A one-group "1.500" in an answer that also writes decimal points, or a
/// thousands-dot percentage.
pub(super) fn check(doc: &Document, prose: &[&Quantity], out: &mut Vec<Diagnostic>) {
    // The entries that write a decimal point somewhere (once, not per figure).
    let with_points: std::collections::BTreeSet<Option<usize>> = prose
        .iter()
        .filter(|o| o.notation == Notation::DecimalPoint)
        .map(|o| o.entry)
        .collect();
    for q in prose {
        if q.notation != Notation::ThousandsDot {
            continue;
        }
        let digits = doc.slice(q.number_span);
        let one_group = digits.matches('.').count() == 1;
        let entry_points = with_points.contains(&q.entry);
        let percent = q.unit == Unit::Percent;
        // "EUR 421.574": whole euros, never three decimals.
        let whole_money = q.unit.is_money() && q.scale == Scale::One;
        if !(percent || one_group && entry_points && !whole_money) {
            continue;
        }
        out.push(
            AMBIGUOUS_NUMBER
                .at(
                    q.number_span,
                    AMBIGUOUS_NUMBER.say(
                        "message",
                        &[
                            ("figure", &digits),
                            ("thousands", &digits.replace('.', "")),
                            ("decimal", &digits.replace('.', ",")),
                        ],
                    ),
                )
                .with_question(question_at(doc, q.span.start))
                .with_help(AMBIGUOUS_NUMBER.say("help", &[])),
        );
    }
}
