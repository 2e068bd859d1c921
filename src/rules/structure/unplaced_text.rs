//! structure/unplaced-text: text after the column head that belongs to no
//! question.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Span};
use crate::rules::{Example, RuleMeta, Text};

pub const UNPLACED_TEXT: RuleMeta = RuleMeta {
    id: "structure/unplaced-text",
    severity: Severity::Warning,
    summary: "Text after the column head that belongs to no question",
    explanation: r#"
Text between the list's column head ("Nr Vraag Bijlage Blz. (van) t/m") and
the first question belongs to no entry: often a question whose number was
lost.
"#,
    summary_nl: "Tekst na de kolomkop die bij geen enkele vraag hoort",
    explanation_nl: r#"
Tekst tussen de kolomkop van de lijst (“Nr Vraag Bijlage Blz. (van) t/m”) en
de eerste vraag hoort bij geen enkele vraag: vaak een vraag waarvan het
nummer verloren is gegaan.
"#,
    bad: &[Example::list(
        r#"
Nr Vraag Bijlage Blz. (van) t/m

Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.
"#,
    )],
    good: &[Example::list(
        r#"
Nr Vraag Bijlage Blz. (van) t/m

1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "deze tekst hoort bij geen enkele vraag",
            "this text belongs to no question",
        ),
        Text::new(
            "help",
            "geef de tekst een vraagnummer, of zet hem vóór de kolomkop",
            "give it a question number, or move it before the column head",
        ),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    // Consecutive lines form one block.
    let mut blocks: Vec<Span> = Vec::new();
    for s in &doc.unplaced {
        match blocks.last_mut() {
            Some(b) if doc.line_col(s.start).line <= doc.line_col(b.end).line + 1 => {
                *b = b.cover(*s)
            }
            _ => blocks.push(*s),
        }
    }
    for b in blocks {
        out.push(
            UNPLACED_TEXT
                .at(b, UNPLACED_TEXT.say("message", &[]))
                .with_help(UNPLACED_TEXT.say("help", &[])),
        );
    }
}
