//! format/currency-twice: an amount with its currency written twice
//! ("€ 100 miljoen euro", "EUR 1 mln. euro").

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::Quantity;
use crate::document::Document;
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const CURRENCY_TWICE: RuleMeta = RuleMeta {
    id: "format/currency-twice",
    severity: Severity::Warning,
    summary: "An amount with its currency written twice",
    explanation: r#"
"€ 100 miljoen euro" or "EUR 1 mln. euro": write the currency once.
"#,
    summary_nl: "Een bedrag waarbij de munteenheid twee keer staat",
    explanation_nl: r#"
“€ 100 miljoen euro” of “EUR 1 mln. euro”: schrijf de munteenheid één keer.
"#,
    bad: &[Example::list(
        r#"
1 Is het budget verhoogd?
Het budget is met EUR 1 mln. euro verhoogd.
"#,
    )],
    good: &[Example::list(
        r#"
1 Is het budget verhoogd?
Het budget is met EUR 1 mln. verhoogd.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "bij “{amount}” staat de munteenheid twee keer",
            r#"the currency of "{amount}" is written twice"#,
        ),
        Text::new(
            "help",
            "schrijf de munteenheid één keer",
            "write the currency once",
        ),
        Text::new("related", "hier voor het eerst", "first written here"),
    ],
};

pub(super) fn check(doc: &Document, prose: &[&Quantity], out: &mut Vec<Diagnostic>) {
    for q in prose {
        if q.currencies.len() >= 2 {
            let mut d = CURRENCY_TWICE
                .at(
                    q.currencies[q.currencies.len() - 1],
                    CURRENCY_TWICE.say("message", &[("amount", &q.text)]),
                )
                .with_question(question_at(doc, q.span.start))
                .with_help(CURRENCY_TWICE.say("help", &[]));
            d = d.with_related(q.currencies[0], CURRENCY_TWICE.say("related", &[]));
            out.push(d);
        }
    }
}
