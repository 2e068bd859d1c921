//! figure/inconsistent-repeat: the same quantity (what is measured, the
//! year, the unit, the qualifiers) given twice with different values.

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::{Key, Quantity, Unit};
use crate::document::Document;
use crate::rules::rounding::overlap;
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const INCONSISTENT_REPEAT: RuleMeta = RuleMeta {
    id: "figure/inconsistent-repeat",
    severity: Severity::Error,
    summary: "The same quantity is given twice with different values",
    explanation: r#"
Two figures with the same identity — what is measured, the year, the unit
and qualifiers such as goederen/diensten, direct/indirect, the country —
must agree. Printed with the same number of decimals they must be equal
(352,4 and 352,5 miljard disagree, though their rounding intervals touch);
printed with different precision their rounding intervals must overlap.
Figures whose identity kamerlint cannot establish are not compared.
"#,
    summary_nl: "Hetzelfde gegeven staat er twee keer, met verschillende waarden",
    explanation_nl: r#"
Twee cijfers met dezelfde identiteit (wat er gemeten wordt, het jaar, de
eenheid en kenmerken als goederen/diensten, direct/indirect, het land) moeten
overeenkomen. Met evenveel decimalen moeten ze gelijk zijn (352,4 en 352,5
miljard verschillen, al raken hun afrondingsintervallen elkaar); met een
verschillend aantal decimalen moeten hun afrondingsintervallen overlappen.
Cijfers waarvan kamerlint de identiteit niet kan vaststellen, worden niet
vergeleken.
"#,
    bad: &[Example::list(
        r#"
1 Hoe groot was de wederuitvoer in 2023?
In 2023 bedroeg de wederuitvoer EUR 352,5 miljard.

2 Welk deel van de export was wederuitvoer?
In 2023 bedroeg de wederuitvoer EUR 352,4 miljard.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoe groot was de wederuitvoer in 2023?
In 2023 bedroeg de wederuitvoer EUR 352,4 miljard.

2 Welk deel van de export was wederuitvoer?
In 2023 bedroeg de wederuitvoer EUR 352,4 miljard.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "{what} staat hier als {value}, maar bij vraag {number} als {reference}",
            "{what} is given as {value} here, but as {reference} in question {number}",
        ),
        Text::new(
            "message.front_matter",
            "{what} staat hier als {value}, maar vóór de eerste vraag als {reference}",
            "{what} is given as {value} here, but as {reference} in the front matter",
        ),
        Text::new(
            "help",
            "gebruik overal één waarde, of maak duidelijk dat de cijfers iets anders meten",
            "use one value everywhere, or make clear that the figures measure different things",
        ),
        Text::new("related", "hier {value}", "{value} here"),
        Text::new("related.also", "ook als {value}", "also given as {value}"),
    ],
};

/// Groups figures by identity and reports each group that disagrees, once.
pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut groups: BTreeMap<(&Key, Unit), Vec<&Quantity>> = BTreeMap::new();
    for q in &doc.quantities {
        if q.cell.is_none() && q.key.is_comparable() && q.is_exact_number() && q.unit != Unit::None
        {
            groups.entry((&q.key, q.unit)).or_default().push(q);
        }
    }
    for ((key, _), group) in groups {
        if group.len() < 2 {
            continue;
        }
        // The most precise figure is the reference; the first one on ties.
        let Some(reference) = group.iter().copied().max_by(|a, b| {
            a.precision
                .cmp(&b.precision)
                .then(b.span.start.cmp(&a.span.start))
        }) else {
            continue;
        };
        let disagree: Vec<&Quantity> = group
            .iter()
            .copied()
            .filter(|q| !std::ptr::eq(*q, reference))
            // Figures far apart (here € 6.250, there € 25.000) are two
            // measures that share their words, not one figure mistyped: a
            // slip changes a digit or two, not the size.
            .filter(|q| same_size(q.value, reference.value))
            .filter(|q| {
                if q.precision == reference.precision {
                    q.value != reference.value
                } else {
                    !overlap(q.interval(), reference.interval())
                }
            })
            .collect();
        let Some(first) = disagree.first() else {
            continue;
        };
        let what = describe(key);
        let message = match question_of(doc, reference) {
            Some(number) => INCONSISTENT_REPEAT.say(
                "message",
                &[
                    ("what", &what),
                    ("value", &first.text),
                    ("reference", &reference.text),
                    ("number", &number),
                ],
            ),
            None => INCONSISTENT_REPEAT.say(
                "message.front_matter",
                &[
                    ("what", &what),
                    ("value", &first.text),
                    ("reference", &reference.text),
                ],
            ),
        };
        let mut d = INCONSISTENT_REPEAT
            .at(first.span, message)
            .with_question(question_at(doc, first.span.start))
            .with_help(INCONSISTENT_REPEAT.say("help", &[]));
        d = d.with_related(
            reference.span,
            INCONSISTENT_REPEAT.say("related", &[("value", &reference.text)]),
        );
        for q in group
            .iter()
            .filter(|q| !std::ptr::eq(**q, reference) && !std::ptr::eq(**q, *first))
        {
            d = d.with_related(
                q.span,
                INCONSISTENT_REPEAT.say("related.also", &[("value", &q.text)]),
            );
        }
        out.push(d);
    }
}

/// Whether two values are within a factor 1.5 of each other.
fn same_size(a: rust_decimal::Decimal, b: rust_decimal::Decimal) -> bool {
    let (a, b) = (a.abs(), b.abs());
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    hi * rust_decimal::Decimal::TWO <= lo * rust_decimal::Decimal::from(3)
}

/// What the figures measure, as the message names it: the measure with its
/// year and qualifiers, "wederuitvoer (2023, goederen)". No words of its
/// own: the measure and qualifiers are the vocabulary's Dutch names.
fn describe(key: &Key) -> String {
    let mut s = key.measure.clone().unwrap_or_default();
    if let Some(y) = key.year {
        s.push_str(&format!(" ({y}"));
        for q in &key.qualifiers {
            s.push_str(&format!(", {}", q.trim_start_matches("land:")));
        }
        s.push(')');
    }
    s
}

/// The number of the question that gives `q`; `None` in the front matter
/// (before the first question), which the message names instead.
fn question_of(doc: &Document, q: &Quantity) -> Option<u32> {
    q.entry
        .and_then(|i| doc.entries.get(i))
        .map(|e| e.first_number())
}
