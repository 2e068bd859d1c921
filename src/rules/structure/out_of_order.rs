//! structure/out-of-order: an entry whose number breaks the ascending
//! order.

use std::collections::BTreeMap;

use super::longest_ascending;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Kind};
use crate::rules::{Example, RuleMeta, Text};

pub const OUT_OF_ORDER: RuleMeta = RuleMeta {
    id: "structure/out-of-order",
    severity: Severity::Error,
    summary: "An entry's number breaks the ascending order",
    explanation: r#"
Entries appear in the order of their numbers. kamerlint keeps the longest
ascending run and reports the entries outside it, so one misplaced or
renumbered entry gives one finding. Left alone: a letter, which answers the
committee's questions in the order it grouped them, and numbering that
starts again at 1 under a heading (each section is checked on its own).
"#,
    summary_nl: "Het nummer van een vraag verstoort de oplopende volgorde",
    explanation_nl: r#"
Vragen staan in de volgorde van hun nummers. kamerlint neemt de langste
oplopende reeks en meldt de vragen daarbuiten, zodat één verplaatste of
vernummerde vraag één bevinding geeft. Niet gemeld: een brief, die de vragen
van de commissie beantwoordt in de volgorde waarin zij ze heeft gegroepeerd,
en een nummering die onder een kopje opnieuw bij 1 begint (elk deel wordt
apart gecontroleerd).
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

3 Hoeveel fiscale verdragen bestaan er met Israël?
Twee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.

3 Hoeveel fiscale verdragen bestaan er met Israël?
Twee.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "vraag {number} staat na vraag {previous}",
            "question {number} follows question {previous}",
        ),
        Text::new(
            "message.first",
            "vraag {number} staat vóór de vragen die eraan vooraf horen te gaan",
            "question {number} comes before the questions it should follow",
        ),
        Text::new(
            "help",
            "zet de vraag op volgorde van nummer, of verbeter het nummer",
            "put the entry in numerical order, or correct its number",
        ),
        Text::new("related", "de vraag ervoor", "the entry before it"),
    ],
};

/// Entries outside the longest ascending run are out of order.
pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let numbers: Vec<u32> = doc.entries.iter().map(|e| e.first_number()).collect();
    let keep = longest_ascending(&numbers);
    let mut prev: Option<usize> = None;
    let mut count: BTreeMap<u32, usize> = BTreeMap::new();
    for &n in &numbers {
        *count.entry(n).or_default() += 1;
    }
    for (i, e) in doc.entries.iter().enumerate() {
        // A letter answers the committee's questions in the order it grouped
        // them (the Rekenkamer's letters say so); only a list is in order.
        if keep[i] || doc.kind == Kind::Letter {
            prev = Some(i);
            continue;
        }
        let n = e.first_number();
        if count.get(&n).copied().unwrap_or(0) > 1 {
            continue; // reported as structure/duplicate-number
        }
        let mut d = OUT_OF_ORDER
            .at(
                e.number_span,
                match prev {
                    Some(p) => OUT_OF_ORDER.say(
                        "message",
                        &[("number", &n), ("previous", &doc.entries[p].first_number())],
                    ),
                    None => OUT_OF_ORDER.say("message.first", &[("number", &n)]),
                },
            )
            .with_question(Some(n))
            .with_help(OUT_OF_ORDER.say("help", &[]));
        if let Some(p) = prev {
            d = d.with_related(doc.entries[p].number_span, OUT_OF_ORDER.say("related", &[]));
        }
        out.push(d);
    }
}
