//! footnote/duplicate-definition: a number defined twice.

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, FootnoteDef};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const DUPLICATE_DEFINITION: RuleMeta = RuleMeta {
    id: "footnote/duplicate-definition",
    severity: Severity::Error,
    summary: "Two footnote definitions with one number",
    explanation: r#"
Each footnote number is defined once. A second definition is a pasted
duplicate or a numbering slip.
"#,
    summary_nl: "Twee voetnootteksten met hetzelfde nummer",
    explanation_nl: r#"
Elk voetnootnummer heeft één voetnoottekst. Een tweede voetnoottekst is
dubbel geplakt of een fout in de nummering.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland gom uit Soedan.1 Dit betrof 1,8% van de import.

1 UN Comtrade. HS code 1301.
1 UN Comtrade. HS code 1301.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland gom uit Soedan.1 Dit betrof 1,8% van de import.

1 UN Comtrade. HS code 1301.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "voetnoottekst {number} staat er twee keer",
            "footnote {number} is defined twice",
        ),
        Text::new("related", "de eerste voetnoottekst", "first defined here"),
        Text::new(
            "help",
            "schrap een van beide voetnootteksten, of nummer er een om",
            "remove one definition, or renumber it",
        ),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut first: BTreeMap<u32, &FootnoteDef> = BTreeMap::new();
    for d in &doc.definitions {
        match first.get(&d.number) {
            Some(f) => out.push(
                DUPLICATE_DEFINITION
                    .at(
                        d.number_span,
                        DUPLICATE_DEFINITION.say("message", &[("number", &d.number)]),
                    )
                    .with_question(question_at(doc, d.span.start))
                    .with_related(f.number_span, DUPLICATE_DEFINITION.say("related", &[]))
                    .with_help(DUPLICATE_DEFINITION.say("help", &[])),
            ),
            None => {
                first.insert(d.number, d);
            }
        }
    }
}
