//! figure/growth-mismatch: a stated change, difference or factor that
//! does not follow from the two figures it is about
//! ([`crate::document::figures::derived`]).

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::derived::{self, Derived, Direction, Relation, Shown, Verdict};
use crate::document::figures::Quantity;
use crate::document::{Document, Span};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const GROWTH_MISMATCH: RuleMeta = RuleMeta {
    id: "figure/growth-mismatch",
    severity: Severity::Error,
    summary: "A stated change, difference or factor does not follow from its two figures",
    explanation: r#"
"De uitvoer steeg van EUR 100 miljard naar EUR 120 miljard, een stijging
van 25%": the rise from 100 to 120 is 20%. kamerlint recomputes a change
("steeg van X naar Y, een stijging van Z", "(+Z%)", "met Z gestegen van X
naar Y", "Dit is een daling van Z." in the next sentence), a difference
("X, D meer dan Y", "het verschil tussen X en Y is D"), and a factor
("verdubbelde van X naar Y", "gehalveerd", "A is k keer zo groot als B")
from the figures as printed. Each figure stands for the values that round
to it (EUR 120 miljard for 119,5 to 120,5 miljard), widened by its hedge
("circa", "ruim"); a round number such as "1.200" may itself be rounded
to hundreds. Only a stated figure outside everything those intervals
allow is reported. A word states its factor within 2 %: "verdubbeld" for
a factor of 1,9 is reported, "bijna verdubbeld" is not. "k keer hoger" is read both as ×k and as ×(k + 1).

Only where the sentence says which figures the change is computed from:
"toegenomen met 2,5 miljard tot 2,8 miljard" (no starting figure), or a
change stated for another subject, is left alone.
"#,
    summary_nl: "Een genoemde verandering, verschil of factor volgt niet uit de twee cijfers",
    explanation_nl: r#"
"De uitvoer steeg van EUR 100 miljard naar EUR 120 miljard, een stijging
van 25%": de stijging van 100 naar 120 is 20%. kamerlint rekent een
verandering ("steeg van X naar Y, een stijging van Z", "(+Z%)", "met Z
gestegen van X naar Y", "Dit is een daling van Z." in de volgende zin), een
verschil ("X, D meer dan Y", "het verschil tussen X en Y is D") en een factor
("verdubbelde van X naar Y", "gehalveerd", "A is k keer zo groot als B") na
uit de cijfers zoals ze er staan. Elk cijfer staat voor de waarden die erop
afronden (EUR 120 miljard voor 119,5 tot 120,5 miljard), verruimd met zijn
voorbehoud ("circa", "ruim"); een rond getal als "1.200" kan zelf op
honderdtallen zijn afgerond. Alleen een genoemd cijfer buiten alles wat die
intervallen toelaten, wordt gemeld. Een woord noemt zijn factor binnen 2 %:
"verdubbeld" bij een factor 1,9 wordt gemeld, "bijna verdubbeld" niet. "k
keer hoger" wordt zowel als ×k als als ×(k + 1) gelezen.

Alleen waar de zin zegt uit welke cijfers de verandering volgt: "toegenomen
met 2,5 miljard tot 2,8 miljard" (geen begincijfer), of een verandering van
iets anders, blijft buiten beschouwing.
"#,
    bad: &[Example::answer(
        "De uitvoer steeg van EUR 100 miljard in 2020 naar EUR 120 miljard in 2023, een stijging van 25%.",
    )],
    good: &[Example::answer(
        "De uitvoer steeg van EUR 100 miljard in 2020 naar EUR 120 miljard in 2023, een stijging van 20%.",
    )],
    texts: &[
        Text::new("message.rise", "de stijging van {from} naar {to} is {change}, niet {stated}", "from {from} to {to} is a rise of {change}, not {stated}"),
        Text::new("message.fall", "de daling van {from} naar {to} is {change}, niet {stated}", "from {from} to {to} is a fall of {change}, not {stated}"),
        Text::new("message.change", "de verandering van {from} naar {to} is {change}, niet {stated}", "from {from} to {to} is a change of {change}, not {stated}"),
        Text::new("message.size", "het verschil tussen {from} en {to} is {change}, niet {stated}",
            "from {from} to {to} is a difference of {change}, not {stated}",
        ),
        Text::new("message.more", "{figure} is {change} meer dan {other}, niet {stated}", "{figure} is {change} more than {other}, not {stated}"),
        Text::new("message.less", "{figure} is {change} minder dan {other}, niet {stated}", "{figure} is {change} less than {other}, not {stated}"),
        Text::new("message.difference", "het verschil tussen {figure} en {other} is {change}, niet {stated}",
            "{figure} and {other} differ by {change}, not by {stated}",
        ),
        Text::new("message.factor", "van {from} naar {to} is een factor {change}, niet {stated}",
            "from {from} to {to} is a factor of {change}, not {stated}",
        ),
        Text::new("message.ratio", "{figure} en {other} verschillen een factor {change}, niet {stated}",
            "{figure} and {other} differ by a factor of {change}, not {stated}",
        ),
        Text::new("message.ratio_or_more", "{figure} en {other} verschillen een factor {change}, niet {stated} (en ook niet {more}, de andere lezing van “keer hoger”)",
            r#"{figure} and {other} differ by a factor of {change}, not {stated} (nor {more}, as "keer hoger" is also read)"#,
        ),
        Text::new("interval", "tussen {low} en {high}", "between {low} and {high}"),
        Text::new("interval.above", "ten minste {low}", "at least {low}"),
        Text::new("interval.below", "ten hoogste {high}", "at most {high}"),
        Text::new("word", "“{word}” (×{factor})", r#""{word}" (×{factor})"#),
        Text::new("help", "bereken de verandering opnieuw uit de twee cijfers, of verbeter het cijfer dat niet klopt",
            "recompute the change from the two figures, or correct the figure that is wrong",
        ),
        Text::new("help.word", "kies het woord dat bij de cijfers past (“bijna verdubbeld”, “ruim verdubbeld”), of verbeter een cijfer",
            r#"choose the word the figures support ("bijna verdubbeld", "ruim verdubbeld"), or correct a figure"#,
        ),
        Text::new("related.from", "van", "from"),
        Text::new("related.to", "naar", "to"),
        Text::new("related.figure", "het vergeleken cijfer", "the figure compared"),
        Text::new("related.other", "vergeleken met", "compared with"),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for d in &doc.derived {
        if d.relation == Relation::Average {
            continue;
        }
        let r = derived::recompute(&doc.quantities, d);
        if r.verdict != Verdict::Inconsistent {
            continue;
        }
        let stated_q = d.stated.and_then(|i| doc.quantities.get(i));
        let Some(shown) = r.shown(stated_q) else {
            continue;
        };
        let (Some(a), Some(b)) = (d.operand(&doc.quantities, 0), d.operand(&doc.quantities, 1))
        else {
            continue;
        };
        out.push(finding(doc, d, a, b, stated_q, &shown));
    }
}

/// The computed interval as the rule says it.
fn interval(shown: &Shown) -> String {
    match (&shown.low, &shown.high) {
        (Some(low), Some(high)) if low == high => low.clone(),
        (Some(low), Some(high)) => GROWTH_MISMATCH.say("interval", &[("low", low), ("high", high)]),
        (Some(low), None) => GROWTH_MISMATCH.say("interval.above", &[("low", low)]),
        (None, Some(high)) => GROWTH_MISMATCH.say("interval.below", &[("high", high)]),
        (None, None) => String::new(),
    }
}

fn finding(
    doc: &Document,
    d: &Derived,
    a: (Span, &str),
    b: (Span, &str),
    stated_q: Option<&Quantity>,
    shown: &Shown,
) -> Diagnostic {
    let change = interval(shown);
    let stated = match (stated_q, d.factor) {
        (Some(q), _) => q.text.clone(),
        (None, Some(f)) => GROWTH_MISMATCH.say(
            "word",
            &[
                ("word", &doc.slice(d.span)),
                ("factor", &f.normalize().to_string().replace('.', ",")),
            ],
        ),
        (None, None) => doc.slice(d.span).to_string(),
    };
    let from_to: [(&str, &dyn std::fmt::Display); 4] = [
        ("from", &a.1),
        ("to", &b.1),
        ("change", &change),
        ("stated", &stated),
    ];
    let compared: [(&str, &dyn std::fmt::Display); 4] = [
        ("figure", &a.1),
        ("other", &b.1),
        ("change", &change),
        ("stated", &stated),
    ];
    let (message, pair) = match (d.relation, d.direction) {
        (Relation::Change, Direction::Up) => (GROWTH_MISMATCH.say("message.rise", &from_to), true),
        (Relation::Change, Direction::Down) => {
            (GROWTH_MISMATCH.say("message.fall", &from_to), true)
        }
        (Relation::Change, Direction::Signed) => {
            (GROWTH_MISMATCH.say("message.change", &from_to), true)
        }
        (Relation::Change, Direction::Either) => {
            (GROWTH_MISMATCH.say("message.size", &from_to), true)
        }
        (Relation::Difference, Direction::Up) => {
            (GROWTH_MISMATCH.say("message.more", &compared), false)
        }
        (Relation::Difference, Direction::Down) => {
            (GROWTH_MISMATCH.say("message.less", &compared), false)
        }
        (Relation::Difference, _) => (GROWTH_MISMATCH.say("message.difference", &compared), false),
        (Relation::Factor, _) => (GROWTH_MISMATCH.say("message.factor", &from_to), true),
        (_, _) if d.or_one_more => {
            // "1,5-2 keer hoger" read as ×2,5 to ×3.
            let more = stated_q.map_or_else(String::new, |q| {
                let one = |v: rust_decimal::Decimal| {
                    (v + rust_decimal::Decimal::ONE)
                        .normalize()
                        .to_string()
                        .replace('.', ",")
                };
                match q.upper {
                    Some(u) => format!("{}-{}", one(q.value), one(u)),
                    None => one(q.value),
                }
            });
            let mut args = compared.to_vec();
            args.push(("more", &more));
            (GROWTH_MISMATCH.say("message.ratio_or_more", &args), false)
        }
        (_, _) => (GROWTH_MISMATCH.say("message.ratio", &compared), false),
    };
    let help = if d.factor.is_some() && d.stated.is_none() && d.relation == Relation::Factor {
        GROWTH_MISMATCH.say("help.word", &[])
    } else {
        GROWTH_MISMATCH.say("help", &[])
    };
    let (first, second) = if pair {
        (
            GROWTH_MISMATCH.say("related.from", &[]),
            GROWTH_MISMATCH.say("related.to", &[]),
        )
    } else {
        (
            GROWTH_MISMATCH.say("related.figure", &[]),
            GROWTH_MISMATCH.say("related.other", &[]),
        )
    };
    GROWTH_MISMATCH
        .at(d.span, message)
        .with_question(question_at(doc, d.span.start))
        .with_related(a.0, first)
        .with_related(b.0, second)
        .with_help(help)
}
