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
    summary_nl:
        "Het bestand is geen geldige UTF-8, of bevat vervangingstekens van een mislukte conversie",
    explanation_nl: r#"
kamerlint leest UTF-8. Bytes die geen geldige UTF-8 zijn (vaak een export in
Windows-1252) worden vervangen door U+FFFD en de eerste foute byte wordt
gemeld; een U+FFFD die al in de tekst staat, betekent dat bij een eerdere
conversie een teken verloren is gegaan. Sla het bestand op als UTF-8 en
herstel de verloren tekens.
"#,
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
    texts: &[Text::new(
        "help",
        "sla het bestand op als UTF-8",
        "save the file as UTF-8",
    )],
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{scoped, Lang};

    /// Every note the reader makes of an encoding reaches the finding in
    /// the language the check is made in, its values filled in.
    #[test]
    fn every_note_of_the_reader_is_said_in_both_languages() {
        let utf16 = |text: &str| -> Vec<u8> {
            let mut bytes = vec![0xff, 0xfe];
            bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            bytes
        };
        let mut broken = utf16("1 Welke landen?\nDuitsland.\n");
        broken.extend([0x00, 0xd8, 0x41, 0x00]);
        let mut odd = utf16("1 Welke landen?\nDuitsland.\n");
        odd.push(b'x');
        let cases: [(&str, &str, Vec<u8>); 5] = [
            (
                "read as Windows-1252",
                "gelezen als Windows-1252",
                b"1 Wordt er goud ge\xefmporteerd?\nNee.\n".to_vec(),
            ),
            (
                "0xFF at offset",
                "0xFF op bytepositie",
                b"1 Welke landen?\nBelgi\xc3\xab en Soe\xffdan.\n".to_vec(),
            ),
            ("broken character", "beschadigd teken", broken),
            ("odd number of bytes", "oneven aantal bytes", odd),
            (
                "replacement character",
                "vervangingsteken",
                "1 Wordt er goud ge\u{fffd}mporteerd?\nNee.\n"
                    .as_bytes()
                    .to_vec(),
            ),
        ];
        for (english, dutch, bytes) in cases {
            let said = |lang| {
                scoped(lang, || {
                    let doc = crate::document::text::read("a.txt", &bytes);
                    let mut out = Vec::new();
                    check(&doc, &mut out);
                    out.into_iter().map(|d| d.message).collect::<Vec<_>>()
                })
            };
            let (en, nl) = (said(Lang::En), said(Lang::Nl));
            assert!(en.len() == 1 && en[0].contains(english), "{en:?}");
            assert!(nl.len() == 1 && nl[0].contains(dutch), "{nl:?}");
            assert!(
                !en[0].contains('{') && !nl[0].contains('{'),
                "{en:?} {nl:?}"
            );
        }
    }
}
