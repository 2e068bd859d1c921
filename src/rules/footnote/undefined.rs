//! footnote/undefined: a marker, or a Word or XML footnote reference,
//! without a definition.

use super::{notes_of_kind, Defs};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, NoteKind};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const UNDEFINED: RuleMeta = RuleMeta {
    id: "footnote/undefined",
    severity: Severity::Error,
    summary: "A footnote marker without a definition",
    explanation: r#"
Every marker in the text ("Soedan.1") needs a definition ("1 UN Comtrade
..."). In text extracted from a PDF, a missing definition often means the
footnote was lost in the layout: check the source. Left alone: a text that
lost its line breaks (a dataset export, one line for a whole letter), where
a definition cannot be told from the running text; kamerlint still reads the
markers there but reports no footnote numbering.
"#,
    summary_nl: "Een voetnootteken zonder voetnoottekst",
    explanation_nl: r#"
Elk voetnootteken in de tekst ("Soedan.1") heeft een voetnoottekst nodig ("1
UN Comtrade ..."). In tekst uit een pdf betekent een ontbrekende voetnoottekst
vaak dat de voetnoot in de opmaak verloren ging: kijk in de bron. Buiten
beschouwing: een tekst die zijn regeleinden kwijt is (een export uit een
dataset, één regel voor een hele brief), waarin een voetnoottekst niet van de
lopende tekst te onderscheiden is; kamerlint leest daar wel de voetnoottekens,
maar meldt niets over de voetnootnummering.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland gom uit Soedan.1 Dit betrof 1,8% van de import.
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
            "voetnootteken {number} heeft geen voetnoottekst",
            "footnote {number} has no definition",
        ),
        Text::new(
            "help",
            "voeg de voetnoottekst toe, of verwijder het voetnootteken",
            "add the footnote text, or remove the marker",
        ),
        Text::new(
            "help.reference",
            "laat de verwijzing naar een bestaande voetnoot wijzen, of verwijder haar",
            "point the reference to an existing footnote, or remove it",
        ),
    ],
};

pub(super) fn check(doc: &Document, defs: &Defs, out: &mut Vec<Diagnostic>) {
    for m in &doc.markers {
        if !defs.defined.contains(&m.number) {
            out.push(
                UNDEFINED
                    .at(m.span, UNDEFINED.say("message", &[("number", &m.number)]))
                    .with_question(question_at(doc, m.span.start))
                    .with_help(UNDEFINED.say("help", &[])),
            );
        }
    }
    // Footnote structure that only XML and Word can express: a reference
    // to no footnote is an undefined marker.
    for n in notes_of_kind(doc, NoteKind::BrokenFootnoteReference) {
        out.push(
            UNDEFINED
                .at(n.span, n.message.clone())
                .with_question(question_at(doc, n.span.start))
                .with_help(UNDEFINED.say("help.reference", &[])),
        );
    }
}
