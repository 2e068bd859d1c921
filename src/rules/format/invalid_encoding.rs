//! format/invalid-encoding: bytes that are not valid UTF-8, or replacement
//! characters left by an earlier bad conversion (what the reader found).

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, NoteKind};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const INVALID_ENCODING: RuleMeta = RuleMeta {
    id: "format/invalid-encoding",
    severity: Severity::Warning,
    summary: "The file is not valid UTF-8, or carries replacement characters from a bad conversion",
    explanation: r#"
kamerlint reads UTF-8. Bytes that are not valid UTF-8 (often a Windows-1252
export) are replaced by U+FFFD and the first bad byte is reported; a U+FFFD
already in the text means a character was lost in an earlier conversion.
Save the file as UTF-8 and restore the lost characters.
"#,
    summary_nl: "",
    explanation_nl: "",
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt ge�mporteerd?
Nee.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.
"#,
    )],
    texts: &[Text::en("help", "save the file as UTF-8")],
};

/// What the reader found when it decoded the bytes (`NoteKind::InvalidEncoding`).
pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for n in doc
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::InvalidEncoding)
    {
        out.push(
            INVALID_ENCODING
                .at(n.span, n.message.clone())
                .with_question(question_at(doc, n.span.start))
                .with_help(INVALID_ENCODING.say("help", &[])),
        );
    }
}
