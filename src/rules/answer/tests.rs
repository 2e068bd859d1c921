//! Unit tests of the answer family's reading; the rules' own behaviour is
//! tested by their examples and fixtures.

use super::words::questions;
use crate::document::Document;

fn doc(text: &str) -> Document {
    crate::read_bytes("test.txt", text.as_bytes())
}

#[test]
fn sub_questions_end_at_their_question_mark_over_lines() {
    let d = doc("1 Deelt u de visie? Hoeveel personen hebben te maken met een te lage\nuitkering? Heeft u een beeld.\nJa.\n\n2 Tweede?\nNee.\n");
    let e = &d.entries[0];
    let qs: Vec<&str> = questions(&d, &e.question)
        .iter()
        .map(|s| &d.text[s.start..s.end])
        .collect();
    assert_eq!(
        qs,
        [
            "Deelt u de visie?",
            "Hoeveel personen hebben te maken met een te lage\nuitkering?"
        ]
    );
}

/// Texts with ASCII and non-ASCII letters, digits, signs and white space,
/// on which the byte-wise fast paths must read as the character-wise code
/// they replaced.
const MIXED: &[&str] = &[
    "De Minister van Financiën heeft 12,5 mln euro (€) gereserveerd; zie www.rijksoverheid.nl.",
    "ÉÉN Ærø naïeve coördinatie ΣΟΦΊΑ σοφίας ﬁnanciën İstanbul ß ² ³ ½ ٣ Ⅻ",
    "woord\u{a0}woord\u{2003}woord’s e-mail 3e kwartaal COVID-19 KvK",
];

#[test]
fn answer_words_read_as_char_by_char() {
    for text in MIXED {
        let d = doc(text);
        let whole = [crate::document::Span::new(0, d.text.len())];
        let got: Vec<&str> = super::words::words(&d, &whole)
            .iter()
            .map(|w| w.text)
            .collect();
        let want: Vec<&str> = d
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        assert_eq!(got, want, "{text:?}");
    }
}

#[test]
fn lowered_is_to_lowercase() {
    let mut buffer = String::new();
    for text in MIXED {
        for word in text
            .split(' ')
            .chain(["ΣΑΣ", "ΟΔΟΣ", "Ǆ", "abc", "ABC", ""])
        {
            assert_eq!(
                crate::rules::lower::lowered(word, &mut buffer),
                word.to_lowercase()
            );
        }
    }
}
