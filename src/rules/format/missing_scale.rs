//! format/missing-scale: an amount without the scale word its neighbours
//! use ("EUR 3,36 miljard, waarvan EUR 2,42 aan goederen").

use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::{Quantity, Scale};
use crate::document::{Document, Span};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const MISSING_SCALE: RuleMeta = RuleMeta {
    id: "format/missing-scale",
    severity: Severity::Warning,
    summary: "An amount without the scale word its neighbours use",
    explanation: r#"
"EUR 3,36 miljard, waarvan EUR 2,42 aan goederen": the second amount lost
its "miljard" and now reads as two euros and forty-two cents.
"#,
    summary_nl: "Een bedrag zonder het telwoord (miljoen, miljard) van de bedragen ernaast",
    explanation_nl: r#"
“EUR 3,36 miljard, waarvan EUR 2,42 aan goederen”: het tweede bedrag is zijn
“miljard” kwijt en staat er nu als twee euro en tweeënveertig cent.
"#,
    bad: &[Example::list(
        r#"
1 Wat is de import uit Israël?
De totale import bedroeg EUR 3,36 miljard in 2024, waarvan EUR 2,42 aan goederen.
"#,
    )],
    good: &[Example::list(
        r#"
1 Wat is de import uit Israël?
De totale import bedroeg EUR 3,36 miljard in 2024, waarvan EUR 2,42 miljard aan goederen.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "“{figure}” heeft geen telwoord als “miljoen” of “miljard”, terwijl “{nearby}” vlakbij er wel een heeft",
            r#""{figure}" has no scale word, while "{nearby}" nearby has one"#,
        ),
        Text::new(
            "help",
            "is “{figure} {scale}” bedoeld?",
            r#"did you mean "{figure} {scale}"?"#,
        ),
        Text::new("related", "met telwoord", "with a scale word"),
    ],
};

/// A price or yield per unit.
static PER_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\bper\s+(?:euro|kg|kilo|ton|stuk|liter|vte|fte|inwoner|persoon|eenheid|uur|dag|maand|vat|m2|m3)\b",
    )
});

/// A money amount with a decimal comma and no scale, next to amounts with a
/// scale word in the same or the previous sentence.
pub(super) fn check(doc: &Document, prose: &[&Quantity], out: &mut Vec<Diagnostic>) {
    for (i, q) in prose.iter().enumerate() {
        if !q.unit.is_money() || q.scale != Scale::One || q.decimals == 0 {
            continue;
        }
        // "EUR 0,51 per euro export", "Per euro ... EUR 0,51": a price per unit.
        if PER_UNIT.is_match(doc.slice(q.sentence)) {
            continue;
        }
        let neighbour = prose[..i]
            .iter()
            .rev()
            .take(3)
            .chain(prose[i + 1..].iter().take(2))
            .find(|n| {
                n.entry == q.entry
                    && n.unit == q.unit
                    && n.scale >= Scale::Million
                    && near(doc, n.span, q.span)
            });
        let Some(n) = neighbour else { continue };
        out.push(
            MISSING_SCALE
                .at(
                    q.span,
                    MISSING_SCALE.say("message", &[("figure", &q.text), ("nearby", &n.text)]),
                )
                .with_question(question_at(doc, q.span.start))
                .with_related(n.span, MISSING_SCALE.say("related", &[]))
                .with_help(
                    MISSING_SCALE.say("help", &[("figure", &q.text), ("scale", &scale_word(n))]),
                ),
        );
    }
}

fn scale_word(n: &Quantity) -> &'static str {
    match n.scale {
        Scale::Thousand => "duizend",
        Scale::Million => "miljoen",
        Scale::Billion => "miljard",
        Scale::Trillion => "biljoen",
        Scale::One => "",
    }
}

/// Within about two sentences of each other.
fn near(doc: &Document, a: Span, b: Span) -> bool {
    let (lo, hi) = if a.start < b.start { (a, b) } else { (b, a) };
    let between = doc.slice(Span::new(lo.end, hi.start));
    between.len() < 300 && between.matches(". ").count() <= 1
}
