//! structure/missing-number: a question number missing from the
//! sequence.

use std::collections::BTreeSet;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const MISSING_NUMBER: RuleMeta = RuleMeta {
    id: "structure/missing-number",
    severity: Severity::Error,
    summary: "A question number is missing from the sequence",
    explanation: r#"
Questions are numbered 1, 2, 3, ... without gaps. A missing number means a
question (and its answer) fell out of the list, or an entry was renumbered.
"#,
    summary_nl: "Een vraagnummer ontbreekt in de reeks",
    explanation_nl: r#"
Vragen zijn genummerd 1, 2, 3, ... zonder gaten. Een ontbrekend nummer
betekent dat een vraag (en haar antwoord) uit de lijst is gevallen, of dat een
vraag is vernummerd.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.

4 Hoeveel fiscale verdragen bestaan er met Israël?
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
            "vraag {number} ontbreekt",
            "question {number} is missing",
        ),
        Text::new(
            "message.two",
            "vragen {first} en {last} ontbreken",
            "questions {first} and {last} are missing",
        ),
        Text::new(
            "message.range",
            "vragen {first} tot en met {last} ontbreken",
            "questions {first} to {last} are missing",
        ),
        Text::new(
            "help",
            "voeg de ontbrekende vragen toe of nummer de lijst opnieuw",
            "add the missing entries or renumber the list",
        ),
        Text::new(
            "related",
            "hier staat vraag {number}",
            "question {number} is here",
        ),
    ],
};

/// Numbers between the smallest and largest that no entry carries are
/// missing.
pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let present: BTreeSet<u32> = doc
        .entries
        .iter()
        .flat_map(|e| e.numbers.iter().copied())
        .collect();
    let (Some(&lo), Some(&hi)) = (present.first(), present.last()) else {
        return;
    };
    let lo = lo.min(1);
    let mut n = lo.max(1);
    while n <= hi {
        if present.contains(&n) {
            n += 1;
            continue;
        }
        let start = n;
        while n <= hi && !present.contains(&n) {
            n += 1;
        }
        let end = n - 1;
        // Report at the entry that follows the last number before the gap.
        let before = doc
            .entries
            .iter()
            .position(|e| e.numbers.contains(&(start.saturating_sub(1))));
        let at = match before {
            Some(b) => doc.entries.get(b + 1),
            None => doc.entries.iter().find(|e| e.first_number() > end),
        };
        let Some(at) = at else { continue };
        let what = if start == end {
            MISSING_NUMBER.say("message", &[("number", &start)])
        } else if end == start + 1 {
            MISSING_NUMBER.say("message.two", &[("first", &start), ("last", &end)])
        } else {
            MISSING_NUMBER.say("message.range", &[("first", &start), ("last", &end)])
        };
        let mut d = MISSING_NUMBER
            .at(at.number_span, what)
            .with_question(Some(at.first_number()))
            .with_help(MISSING_NUMBER.say("help", &[]));
        if let Some(b) = before {
            d = d.with_related(
                doc.entries[b].number_span,
                MISSING_NUMBER.say("related", &[("number", &(start - 1))]),
            );
        }
        out.push(d);
    }
}
