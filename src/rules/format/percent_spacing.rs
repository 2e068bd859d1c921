//! format/percent-spacing: a document that writes both "60%" and "60 %";
//! the less frequent form is reported once, naming each place.

use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Span};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const PERCENT_SPACING: RuleMeta = RuleMeta {
    id: "format/percent-spacing",
    severity: Severity::Info,
    summary: "The document writes both \"60%\" and \"60 %\"",
    explanation: r#"
One document, one style. kamerlint reports the less frequent form once,
naming each place it occurs.
"#,
    summary_nl: "Het document schrijft zowel “60%” als “60 %”",
    explanation_nl: r#"
Eén document, één schrijfwijze. kamerlint meldt de minder gebruikte vorm één
keer, met elke plaats waar hij staat.
"#,
    bad: &[Example::list(
        r#"
1 Hoeveel wederuitvoer gaat naar de buurlanden?
Naar Duitsland gaat 60 % en naar België 55%. Ongeveer 75% van de bedrijven heeft een Nederlandse eigenaar.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoeveel wederuitvoer gaat naar de buurlanden?
Naar Duitsland gaat 60% en naar België 55%. Ongeveer 75% van de bedrijven heeft een Nederlandse eigenaar.
"#,
    )],
    texts: &[
        Text::new(
            "message.once_each",
            "het document schrijft één keer “{form}” en één keer “{other}”",
            r#"the document writes "{form}" once and "{other}" once"#,
        ),
        Text::new(
            "message.once",
            "het document schrijft één keer “{form}” en {others} keer “{other}”",
            r#"the document writes "{form}" once and "{other}" {others} times"#,
        ),
        Text::new(
            "message.times",
            "het document schrijft {count} keer “{form}” en {others} keer “{other}”",
            r#"the document writes "{form}" {count} times and "{other}" {others} times"#,
        ),
        Text::new(
            "help",
            "schrijf overal “{other}”",
            r#"write "{other}" everywhere"#,
        ),
        Text::new("related", "ook “{form}”", r#"also "{form}""#),
        Text::new(
            "related.other",
            "“{other}” hier en elders",
            r#""{other}" here and elsewhere"#,
        ),
    ],
};

static PERCENT: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"[0-9](\s?)%"));

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut tight: Vec<Span> = Vec::new();
    let mut spaced: Vec<Span> = Vec::new();
    for e in &doc.entries {
        for part in e.question.iter().chain(e.answer.iter()) {
            let s = doc.slice(*part);
            for c in PERCENT.captures_iter(s) {
                let (Some(m), Some(space)) = (c.get(0), c.get(1)) else {
                    continue;
                };
                let span = Span::new(part.start + m.start() + 1, part.start + m.end());
                if space.as_str().is_empty() {
                    tight.push(span);
                } else {
                    spaced.push(span);
                }
            }
        }
    }
    if tight.is_empty() || spaced.is_empty() {
        return;
    }
    let (minority, majority, form, other) = if spaced.len() <= tight.len() {
        (&spaced, &tight, "60 %", "60%")
    } else {
        (&tight, &spaced, "60%", "60 %")
    };
    let Some(first) = minority.first() else {
        return;
    };
    let (count, others) = (minority.len(), majority.len());
    // The minority is never the more frequent form: written more than once,
    // so is the other ("{count} times and once" cannot be).
    let message = match (count, others) {
        (1, 1) => PERCENT_SPACING.say("message.once_each", &[("form", &form), ("other", &other)]),
        (1, _) => PERCENT_SPACING.say(
            "message.once",
            &[("form", &form), ("other", &other), ("others", &others)],
        ),
        _ => PERCENT_SPACING.say(
            "message.times",
            &[
                ("form", &form),
                ("count", &count),
                ("other", &other),
                ("others", &others),
            ],
        ),
    };
    let mut d = PERCENT_SPACING
        .at(*first, message)
        .with_question(question_at(doc, first.start))
        .with_help(PERCENT_SPACING.say("help", &[("other", &other)]));
    for s in minority.iter().skip(1) {
        d = d.with_related(*s, PERCENT_SPACING.say("related", &[("form", &form)]));
    }
    if let Some(m) = majority.first() {
        d = d.with_related(
            *m,
            PERCENT_SPACING.say("related.other", &[("other", &other)]),
        );
    }
    out.push(d);
}
