//! xref/missing-target: a reference to a question number that is not in
//! the list.

use std::collections::BTreeSet;

use super::Refs;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Span;
use crate::rules::{Example, RuleMeta, Text};

pub const MISSING_TARGET: RuleMeta = RuleMeta {
    id: "xref/missing-target",
    severity: Severity::Error,
    summary: "A reference to a question that is not in the list",
    explanation: r#"
"Zie het antwoord op vraag 139" must point at a question of this list. A
number that does not exist is a typo or a leftover from an earlier
numbering.
"#,
    summary_nl: "Een verwijzing naar een vraag die niet bestaat",
    explanation_nl: r#"
"Zie het antwoord op vraag 139" moet naar een vraag van dit document wijzen. Een
nummer dat niet bestaat, is een tikfout of een overblijfsel van een eerdere
nummering.
"#,
    bad: &[Example::list(
        r#"
1 Welke handelsmissies naar hoge risico landen zijn er gepland?
Zie het antwoord op vraag 139.

2 Kunt u een lijst delen van landen met een hoog risico?
Een dergelijke lijst bestaat niet.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke handelsmissies naar hoge risico landen zijn er gepland?
Zie het antwoord op vraag 2.

2 Kunt u een lijst delen van landen met een hoog risico?
Een dergelijke lijst bestaat niet.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "vraag {number} bestaat niet",
            "question {number} does not exist",
        ),
        Text::new(
            "message.range",
            "vragen {first} tot en met {last} bestaan niet",
            "questions {first} to {last} do not exist",
        ),
        Text::new(
            "message.list",
            "vragen {numbers} en {last} bestaan niet",
            "questions {numbers} and {last} do not exist",
        ),
        Text::new(
            "help",
            "dit document heeft de vragen {first} tot en met {last}",
            "this list has questions {first} to {last}",
        ),
        Text::new(
            "help.none",
            "dit document heeft geen vragen",
            "this list has no questions",
        ),
    ],
};

pub(super) fn check(cx: &Refs, out: &mut Vec<Diagnostic>) {
    for r in &cx.refs {
        let own = cx.doc.entries[r.entry].first_number();
        // The missing numbers of one reference ("vragen 12 t/m 15" shares
        // one span) are one finding.
        let mut gone: Vec<(Span, Vec<u32>)> = Vec::new();
        for t in r.targets.iter().filter(|t| cx.missing(t)) {
            // "vraag 12a" in a draft that has no question 12a.
            if let Some(letter) = t.suffix {
                let label = format!("{}{letter}", t.number);
                out.push(
                    MISSING_TARGET
                        .at(t.span, MISSING_TARGET.say("message", &[("number", &label)]))
                        .with_question(Some(own))
                        .with_help(range_help(&cx.existing)),
                );
                continue;
            }
            match gone.last_mut() {
                Some((span, numbers)) if *span == t.span => numbers.push(t.number),
                _ => gone.push((t.span, vec![t.number])),
            }
        }
        for (span, numbers) in gone {
            out.push(
                MISSING_TARGET
                    .at(span, missing_message(&numbers))
                    .with_question(Some(own))
                    .with_help(range_help(&cx.existing)),
            );
        }
    }
}

/// "question 12 does not exist", "questions 12 to 15 do not exist",
/// "questions 5 and 9 do not exist".
fn missing_message(numbers: &[u32]) -> String {
    match numbers {
        [one] => MISSING_TARGET.say("message", &[("number", one)]),
        [first, .., last] if numbers.windows(2).all(|w| w[1] == w[0] + 1) && numbers.len() > 2 => {
            MISSING_TARGET.say("message.range", &[("first", first), ("last", last)])
        }
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(u32::to_string).collect();
            MISSING_TARGET.say(
                "message.list",
                &[("numbers", &init.join(", ")), ("last", last)],
            )
        }
        [] => String::new(),
    }
}

fn range_help(existing: &BTreeSet<u32>) -> String {
    match (existing.first(), existing.last()) {
        (Some(first), Some(last)) => {
            MISSING_TARGET.say("help", &[("first", first), ("last", last)])
        }
        _ => MISSING_TARGET.say("help.none", &[]),
    }
}
