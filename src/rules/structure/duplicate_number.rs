//! structure/duplicate-number: two entries that carry the same question
//! number.

use std::collections::BTreeMap;

use super::longest_ascending;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const DUPLICATE_NUMBER: RuleMeta = RuleMeta {
    id: "structure/duplicate-number",
    severity: Severity::Error,
    summary: "Two entries carry the same question number",
    explanation: r#"
Every question in a list has its own number; a number printed twice usually
means a question was renumbered or pasted twice, and references to it become
ambiguous.
"#,
    summary_nl: "Twee vragen hebben hetzelfde nummer",
    explanation_nl: r#"
Elke vraag in een lijst heeft een eigen nummer; een nummer dat twee keer
voorkomt, betekent meestal dat een vraag is vernummerd of twee keer is
geplakt, en verwijzingen ernaar worden dubbelzinnig.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.

2 Hoeveel fiscale verdragen bestaan er met Israël?
Twee.
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
            "vraagnummer {number} komt twee keer voor",
            "question number {number} is used twice",
        ),
        Text::new(
            "related",
            "hier staat ook vraag {number}",
            "question {number} is also here",
        ),
        Text::new(
            "help",
            "nummer een van de twee vragen om, en controleer de verwijzingen ernaar",
            "renumber one of the entries, and check references to it",
        ),
    ],
};

/// A number used by several entries is reported at the entries that break
/// the ascending order (a renumbered entry), or else at every repeat.
pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let numbers: Vec<u32> = doc.entries.iter().map(|e| e.first_number()).collect();
    let keep = longest_ascending(&numbers);
    let mut users: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, e) in doc.entries.iter().enumerate() {
        for &n in &e.numbers {
            users.entry(n).or_default().push(i);
        }
    }
    for (n, idx) in users {
        if idx.len() < 2 {
            continue;
        }
        let anchor = idx.iter().copied().find(|&i| keep[i]).unwrap_or(idx[0]);
        for &i in idx.iter().filter(|&&i| i != anchor) {
            out.push(
                DUPLICATE_NUMBER
                    .at(
                        doc.entries[i].number_span,
                        DUPLICATE_NUMBER.say("message", &[("number", &n)]),
                    )
                    .with_question(Some(n))
                    .with_related(
                        doc.entries[anchor].number_span,
                        DUPLICATE_NUMBER.say("related", &[("number", &n)]),
                    )
                    .with_help(DUPLICATE_NUMBER.say("help", &[])),
            );
        }
    }
}
