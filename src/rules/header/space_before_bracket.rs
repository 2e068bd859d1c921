//! header/space-before-bracket: a bracket of the header's grammar glued to
//! the word before it ("Patijn(beiden GroenLinks-PvdA)").

use super::Header;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Span};
use crate::rules::{Example, RuleMeta, Text};

pub const SPACE_BEFORE_BRACKET: RuleMeta = RuleMeta {
    id: "header/space-before-bracket",
    severity: Severity::Warning,
    summary: "No space before a bracket of the header (\"Patijn(beiden GroenLinks-PvdA)\")",
    explanation: r#"
The brackets of the header stand apart from the word before them: a
member's party ("Bushoff en Patijn (beiden GroenLinks-PvdA)"), a minister's
ministry ("Minister Heinen (Financiën)"), and the dates ("(ingezonden 28 juni
2024)", "(ontvangen 29 augustus 2024)"). "Patijn(beiden" lost its space.

Left alone: brackets in the subject of the questions, which is free text
("juridische analyse(s) van het hoofdlijnenakkoord" is a plural written
that way), and brackets anywhere but in the header of answers to
Kamervragen; a general rule for the running text is another matter.
"#,
    summary_nl: "",
    explanation_nl: "",
    bad: &[Example::list(
        r#"
Vragen van de leden Bushoff en Patijn(beiden GroenLinks-PvdA) aan de Minister
van Sociale Zaken en Werkgelegenheid over longcovid (ingezonden 5 juli 2024).
Antwoord van Minister Van Hijum (Sociale Zaken en Werkgelegenheid) (ontvangen
22 augustus 2024).
Vraag 1
Bent u bekend met het artikel over de erkenning van longcovid?
Antwoord 1
Ja.
"#,
    )],
    good: &[Example::list(
        r#"
Vragen van de leden Bushoff en Patijn (beiden GroenLinks-PvdA) aan de Minister
van Sociale Zaken en Werkgelegenheid over longcovid (ingezonden 5 juli 2024).
Antwoord van Minister Van Hijum (Sociale Zaken en Werkgelegenheid) (ontvangen
22 augustus 2024).
Vraag 1
Bent u bekend met het artikel over de erkenning van longcovid?
Antwoord 1
Ja.
"#,
    )],
    texts: &[
        Text::en(
            "message",
            "no space between \"{word}\" and the bracket of {what}",
        ),
        Text::en("what.party", "the party"),
        Text::en("what.ministry", "the ministry"),
        Text::en("what.sent", "the date the questions were sent in"),
        Text::en("what.received", "the date the answer was received"),
        Text::en("help", "put a space before the bracket"),
    ],
};

pub(super) fn check(doc: &Document, header: &Header, out: &mut Vec<Diagnostic>) {
    let mut brackets: Vec<(Span, &str)> = Vec::new();
    for m in header.member_lists() {
        brackets.extend(
            m.names
                .iter()
                .filter_map(|n| n.party)
                .map(|p| (p.open, "what.party")),
        );
    }
    for office in header.office_lists().flatten() {
        brackets.extend(office.bracket.map(|b| (b, "what.ministry")));
    }
    if let Some(sent) = header.questions.as_ref().and_then(|q| q.sent) {
        brackets.push((sent.open, "what.sent"));
    }
    if let Some(received) = header.answer.as_ref().and_then(|a| a.received) {
        brackets.push((received.open, "what.received"));
    }
    brackets.sort_by_key(|(b, _)| b.start);
    brackets.dedup_by_key(|(b, _)| b.start);
    for (open, what) in brackets {
        let before = &doc.text[..open.start];
        let Some(c) = before.chars().next_back() else {
            continue;
        };
        if c.is_whitespace() || matches!(c, '(' | '[' | '-' | '–') {
            continue;
        }
        let word_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| !c.is_whitespace() && *c != '(')
            .last()
            .map_or(open.start, |(i, _)| i);
        let glued = Span::new(open.start - c.len_utf8(), open.end);
        let word = &doc.text[word_start..open.start];
        out.push(
            SPACE_BEFORE_BRACKET
                .at(
                    glued,
                    SPACE_BEFORE_BRACKET
                        .say("message", &[("word", &word), ("what", &what_is(what))]),
                )
                .with_help(SPACE_BEFORE_BRACKET.say("help", &[]))
                .with_fix(glued, format!("{c} (")),
        );
    }
}

/// What a bracket of the header opens, in words.
fn what_is(what: &str) -> String {
    match what {
        "what.party" => SPACE_BEFORE_BRACKET.say("what.party", &[]),
        "what.ministry" => SPACE_BEFORE_BRACKET.say("what.ministry", &[]),
        "what.sent" => SPACE_BEFORE_BRACKET.say("what.sent", &[]),
        _ => SPACE_BEFORE_BRACKET.say("what.received", &[]),
    }
}
