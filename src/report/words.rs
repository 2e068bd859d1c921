//! The words the reporters share, in both languages: the nouns of their
//! counts and the names of the severities.

use crate::diagnostic::Severity;
use crate::lang::{Msg, Noun};

pub const ERRORS: Noun = Noun::new(Msg::new("fout", "error"), Msg::new("fouten", "errors"));
pub const WARNINGS: Noun = Noun::new(
    Msg::new("waarschuwing", "warning"),
    Msg::new("waarschuwingen", "warnings"),
);
pub const INFOS: Noun = Noun::new(
    Msg::new("opmerking", "info"),
    Msg::new("opmerkingen", "infos"),
);
pub const FILES: Noun = Noun::new(Msg::new("bestand", "file"), Msg::new("bestanden", "files"));
pub const QUESTIONS: Noun = Noun::new(
    Msg::new("vraag", "question"),
    Msg::new("vragen", "questions"),
);
pub const MARKERS: Noun = Noun::new(
    Msg::new("voetnootteken", "footnote marker"),
    Msg::new("voetnoottekens", "footnote markers"),
);
pub const DEFINITIONS: Noun = Noun::new(
    Msg::new("voetnoot", "footnote definition"),
    Msg::new("voetnoten", "footnote definitions"),
);

/// "3 fouten, 5 waarschuwingen, 2 opmerkingen in 1 bestand".
pub const TOTALS: Msg = Msg::new(
    "{errors}, {warnings}, {infos} in {files}",
    "{errors}, {warnings}, {infos} in {files}",
);

/// What a file was read as: "148 vragen, 66 voetnoottekens, 40 voetnoten".
pub const READ: Msg = Msg::new(
    "{questions}, {markers}, {definitions}",
    "{questions}, {markers}, {definitions}",
);

/// A file in which no question was found.
pub const NOTHING_CHECKED: Msg = Msg::new(
    "geen vragen gevonden in {path}: er is niets gecontroleerd",
    "no questions found in {path}: nothing was checked",
);

/// The question a finding is in: "vraag 12".
pub const QUESTION: Msg = Msg::new("vraag {number}", "question {number}");

/// A finding outside every question (the front matter, the closing text).
pub const OUTSIDE: Msg = Msg::new("buiten de vragen", "outside the questions");

/// The name of a severity, as a reader sees it ("fout", "warning").
pub fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => ERRORS.one.text(),
        Severity::Warning => WARNINGS.one.text(),
        Severity::Info => INFOS.one.text(),
    }
}

/// What a document was read as, in one line.
pub fn read_line(doc: &crate::document::Document) -> String {
    READ.say(&[
        ("questions", &QUESTIONS.count(super::question_count(doc))),
        ("markers", &MARKERS.count(doc.markers.len())),
        ("definitions", &DEFINITIONS.count(doc.definitions.len())),
    ])
}

/// A place in a Word or XML document as the reader named it, in Dutch
/// ("vraag 14, antwoord, alinea 2", "vraag 3, tabel 1, rij 5, kolom 2",
/// "voetnoot 5", "inleiding, alinea 1"), in the language in force: the
/// reader's few words are turned into English one by one.
pub fn location(dutch: &str) -> std::borrow::Cow<'_, str> {
    if crate::lang::current() == crate::lang::Lang::Nl {
        return dutch.into();
    }
    let mut out = String::with_capacity(dutch.len() + 8);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        out.push_str(match word.as_str() {
            "vraag" => "question",
            "en" => "and",
            "antwoord" => "answer",
            "alinea" => "paragraph",
            "inleiding" => "introduction",
            "titel" => "title",
            "tabel" => "table",
            "rij" => "row",
            "kolom" => "column",
            "voetnoot" => "footnote",
            other => other,
        });
        word.clear();
    };
    for c in dutch.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{scoped, Lang};

    #[test]
    fn a_place_in_word_is_named_in_either_language() {
        let place = "vraag 12 en 13, antwoord, alinea 2";
        assert_eq!(scoped(Lang::Nl, || location(place)), place);
        assert_eq!(
            scoped(Lang::En, || location(place)),
            "question 12 and 13, answer, paragraph 2"
        );
        assert_eq!(
            scoped(Lang::En, || location("vraag 3, tabel 1, rij 5, kolom 2")),
            "question 3, table 1, row 5, column 2"
        );
        assert_eq!(scoped(Lang::En, || location("voetnoot 5")), "footnote 5");
    }
}
