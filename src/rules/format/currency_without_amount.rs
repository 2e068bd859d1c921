//! format/currency-without-amount: a currency code or sign that is not
//! followed by an amount ("EUR Nederland 591,8 miljard").

use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const CURRENCY_WITHOUT_AMOUNT: RuleMeta = RuleMeta {
    id: "format/currency-without-amount",
    severity: Severity::Warning,
    summary: "A currency code or sign that is not followed by an amount",
    explanation: r#"
"EUR Nederland 591,8 miljard": the currency has slipped away from its
amount, which now has none.
"#,
    summary_nl: "Een valutacode of valutateken zonder bedrag erna",
    explanation_nl: r#"
“EUR Nederland 591,8 miljard”: de munteenheid is losgeraakt van het bedrag,
dat er nu geen heeft.
"#,
    bad: &[Example::list(
        r#"
1 Wat is de goedereninvoer?
In 2023 bedroeg de totale goedereninvoer naar EUR Nederland 591,8 miljard.
"#,
    )],
    good: &[Example::list(
        r#"
1 Wat is de goedereninvoer?
In 2023 bedroeg de totale goedereninvoer naar Nederland EUR 591,8 miljard.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "na “{currency}” volgt geen bedrag",
            r#""{currency}" is not followed by an amount"#,
        ),
        Text::new(
            "help",
            "zet de munteenheid direct vóór het bedrag",
            "put the currency right before its amount",
        ),
    ],
};

static CURRENCY: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?:\b(?:EUR|USD|GBP)\b|€)"));

/// An amount ending right before a currency code: "100 miljoen EUR", "18 mld. EUR".
static AMOUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?:[0-9]|\b(?:duizend|duizenden|miljoen|miljoenen|miljard|miljarden|mln\.?|mld\.?|mrd\.?|biljoen))\s*$",
    )
});
static AMOUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"^\s*(?:[-–−+]\s?)?[0-9]|^\s*(?:duizend|miljoen|miljard|mln|mld|mrd|biljoen)\b|^\s*[)/]|^\s*[0-9]",
    )
});

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for e in &doc.entries {
        for joined in [doc.question_text(e), doc.answer_text(e)] {
            for m in CURRENCY.find_iter(&joined.text) {
                let after = &joined.text[m.end()..];
                let before = &joined.text[..m.start()];
                // "(in EUR miljard)", "(x € 1.000)": a table's unit.
                if AMOUNT_AFTER.is_match(after) || before.trim_end().ends_with(['(', 'x']) {
                    continue;
                }
                // "100 EUR", "18 mld. EUR": the amount before the code.
                if AMOUNT_BEFORE.is_match(before) {
                    continue;
                }
                // "EUR-Lex", "EUR/USD": a name, not a currency.
                if after.starts_with(['-', '/']) || before.ends_with('/') {
                    continue;
                }
                let span = joined.source_span(m.start(), m.end());
                out.push(
                    CURRENCY_WITHOUT_AMOUNT
                        .at(
                            span,
                            CURRENCY_WITHOUT_AMOUNT.say("message", &[("currency", &m.as_str())]),
                        )
                        .with_question(Some(e.first_number()))
                        .with_help(CURRENCY_WITHOUT_AMOUNT.say("help", &[])),
                );
            }
        }
    }
}
