//! What kind of document a text is, from its own words: the heading of a
//! committee's list, the header sentence of answers to Kamervragen, a
//! nota's title, a letter's salutation, a motion's "verzoekt de regering".
//! Format-independent: every reader's document passes through here.

use super::{Document, Kind};

/// How much of the beginning of a document is read for its kind.
const HEAD: usize = 6000;

/// The kind of `doc`, from the beginning of its text and what was read.
pub fn detect(doc: &Document) -> Kind {
    let end = floor(&doc.text, HEAD.min(doc.text.len()));
    let head = doc.text[..end].to_lowercase();
    let has = |s: &str| head.contains(s);
    if doc.notice.is_some()
        || has("mededeling van minister")
        || has("mededeling van staatssecretaris")
    {
        return Kind::Mededeling;
    }
    if has("nota naar aanleiding van het verslag") {
        return Kind::Nota;
    }
    if has("lijst van vragen en antwoorden") || has("feitelijke vragen") {
        return Kind::AnswerList;
    }
    if (has("vragen van het lid") || has("vragen van de leden")) && has("antwoord van") {
        return Kind::Kamervragen;
    }
    if doc.entries.is_empty() {
        if has("motie van") || has("verzoekt de regering") || has("gehoord de beraadslaging") {
            return Kind::Motie;
        }
        if has("amendement van") {
            return Kind::Amendement;
        }
    }
    if has("geachte ") || has("algemene rekenkamer") {
        return Kind::Letter;
    }
    if doc.entries.is_empty() {
        Kind::Unknown
    } else {
        Kind::AnswerList
    }
}

fn floor(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
