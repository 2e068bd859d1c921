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
