//! format/invalid-encoding: bytes that are not valid UTF-8, or replacement
//! characters left by an earlier bad conversion (what the reader found).

use std::sync::LazyLock;

use regex::Regex;

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
    summary_nl: "Het bestand is geen geldige UTF-8, of bevat vervangingstekens van een mislukte conversie",
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
    texts: &[
        Text::new(
            "message.windows-1252",
            "het bestand is geen UTF-8 en is gelezen als Windows-1252 (eerste byte die geen UTF-8 is: 0x{byte} op bytepositie {offset}, gelezen als “{char}”)",
            "the file is not UTF-8: it was read as Windows-1252 (first byte that is not UTF-8: 0x{byte} at offset {offset}, read as “{char}”)",
        ),
        Text::new(
            "message.invalid-utf8",
            "het bestand is geen geldige UTF-8 (eerste foute byte: 0x{byte} op bytepositie {offset}); het is gelezen met vervangingstekens",
            "the file is not valid UTF-8 (first bad byte: 0x{byte} at offset {offset}); it was read with replacement characters",
        ),
        Text::new(
            "message.broken-character",
            "het bestand is {encoding} met een beschadigd teken op bytepositie {offset}; het is gelezen met een vervangingsteken",
            "the file is {encoding} with a broken character at offset {offset}; it was read with a replacement character",
        ),
        Text::new(
            "message.odd-bytes",
            "het bestand is {encoding} maar heeft een oneven aantal bytes; de laatste byte is weggelaten",
            "the file is {encoding} but has an odd number of bytes; the last byte was dropped",
        ),
        Text::new(
            "message.replacement",
            "de tekst bevat een vervangingsteken (U+FFFD): bij een eerdere conversie is een teken verloren gegaan",
            "the text contains a replacement character (U+FFFD): a character was lost in an earlier conversion",
        ),
        Text::new("help", "sla het bestand op als UTF-8", "save the file as UTF-8"),
    ],
};

/// What the reader says of the bytes it decoded (`document::encoding`,
/// `document::text`), in its words: each form below is said again in the
/// language in force, with the values the reader found.
static WINDOWS_1252: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"^the file is not UTF-8: it was read as Windows-1252 \(first byte that is not UTF-8: 0x([0-9A-F]+) at offset ([0-9]+), read as “(.*)”\)$",
    )
});
static INVALID_UTF8: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"^the file is not valid UTF-8 \(first bad byte: 0x([0-9A-F]+) at offset ([0-9]+)\); it was read with replacement characters$",
    )
});
static BROKEN_CHARACTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"^the file is (\S+) with a broken character at offset ([0-9]+); it was read with a replacement character$",
    )
});
static ODD_BYTES: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"^the file is (\S+) but has an odd number of bytes; the last byte was dropped$",
    )
});
const REPLACEMENT: &str =
    "the text contains a replacement character (U+FFFD): a character was lost in an earlier conversion";

/// The reader's note said again in the language in force; as the reader
/// wrote it if it is none of the forms above.
fn said_again(note: &str) -> String {
    if let Some(c) = WINDOWS_1252.captures(note) {
        return INVALID_ENCODING.say(
            "message.windows-1252",
            &[("byte", &&c[1]), ("offset", &&c[2]), ("char", &&c[3])],
        );
    }
    if let Some(c) = INVALID_UTF8.captures(note) {
        return INVALID_ENCODING.say(
            "message.invalid-utf8",
            &[("byte", &&c[1]), ("offset", &&c[2])],
        );
    }
    if let Some(c) = BROKEN_CHARACTER.captures(note) {
        return INVALID_ENCODING.say(
            "message.broken-character",
            &[("encoding", &&c[1]), ("offset", &&c[2])],
        );
    }
    if let Some(c) = ODD_BYTES.captures(note) {
        return INVALID_ENCODING.say("message.odd-bytes", &[("encoding", &&c[1])]);
    }
    if note == REPLACEMENT {
        return INVALID_ENCODING.say("message.replacement", &[]);
    }
    note.to_string()
}

/// What the reader found when it decoded the bytes (`NoteKind::InvalidEncoding`).
pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for n in doc
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::InvalidEncoding)
    {
        out.push(
            INVALID_ENCODING
                .at(n.span, said_again(&n.message))
                .with_question(question_at(doc, n.span.start))
                .with_help(INVALID_ENCODING.say("help", &[])),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{scoped, Lang};

    /// Every note the reader makes of an encoding is said again in both
    /// languages: in English word for word as the reader wrote it, in
    /// Dutch without a word of the English.
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
        let cases: [(&str, Vec<u8>); 5] = [
            (
                "message.windows-1252",
                b"1 Wordt er goud ge\xefmporteerd?\nNee.\n".to_vec(),
            ),
            (
                "message.invalid-utf8",
                b"1 Welke landen?\nBelgi\xc3\xab en Soe\xffdan.\n".to_vec(),
            ),
            ("message.broken-character", broken),
            ("message.odd-bytes", odd),
            (
                "message.replacement",
                "1 Wordt er goud ge\u{fffd}mporteerd?\nNee.\n"
                    .as_bytes()
                    .to_vec(),
            ),
        ];
        for (key, bytes) in cases {
            let doc = crate::document::text::read("a.txt", &bytes);
            let notes: Vec<&str> = doc
                .notes
                .iter()
                .filter(|n| n.kind == NoteKind::InvalidEncoding)
                .map(|n| n.message.as_str())
                .collect();
            let [note] = notes[..] else {
                panic!("{key}: notes {notes:?}");
            };
            assert_eq!(scoped(Lang::En, || said_again(note)), note, "{key}");
            let dutch = scoped(Lang::Nl, || said_again(note));
            let template = INVALID_ENCODING
                .texts
                .iter()
                .find(|t| t.key == key)
                .expect("a text")
                .nl;
            let head = template.split('{').next().unwrap_or("");
            assert!(dutch.starts_with(head), "{key}: {dutch}");
        }
    }
}
