//! footnote/uncertain-marker: digits glued to a word that the reader could
//! not place in the marker sequence (the reader's note says which).

use super::notes_of_kind;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, NoteKind};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const UNCERTAIN_MARKER: RuleMeta = RuleMeta {
    id: "footnote/uncertain-marker",
    severity: Severity::Info,
    summary: "Digits glued to a word that may be a footnote marker out of sequence",
    explanation: r#"
Markers run 1, 2, 3, ... through a document; kamerlint uses that to tell
them from ordinary numbers. Digits glued to a word that do not fit the
sequence are reported rather than guessed: either a marker is out of order,
or the digits belong to the word.
"#,
    summary_nl: "Cijfers aan een woord die een voetnootteken buiten de volgorde kunnen zijn",
    explanation_nl: r#"
Voetnoottekens lopen 1, 2, 3, ... door een document; daaraan onderscheidt
kamerlint ze van gewone getallen. Cijfers vast aan een woord die niet in die
reeks passen, worden gemeld in plaats van geraden: een voetnootteken staat
buiten de volgorde, of de cijfers horen bij het woord.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
Nederland importeerde gom uit Soedan.1 en kobalt uit Congo.9 Dit betreft goederenstromen.

1 UN Comtrade. HS code 1301.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
Nederland importeerde gom uit Soedan.1 en kobalt uit Congo.2 Dit betreft goederenstromen.

1 UN Comtrade. HS code 1301.
2 UN Comtrade. HS code 8105.
"#,
    )],
    texts: &[
        Text::new("help", "is dit een voetnootteken, controleer dan de nummering; zo niet, zet de cijfers los van het woord", "if this is a footnote marker, check the numbering; if not, separate the digits from the word"),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for n in notes_of_kind(doc, NoteKind::UncertainMarker) {
        out.push(
            UNCERTAIN_MARKER
                .at(n.span, n.message.clone())
                .with_question(question_at(doc, n.span.start))
                .with_help(UNCERTAIN_MARKER.say("help", &[])),
        );
    }
}
