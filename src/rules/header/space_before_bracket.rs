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
    summary_nl: "Geen spatie vóór een haakje in de kop (“Patijn(beiden GroenLinks-PvdA)”)",
    explanation_nl: r#"
De haakjes in de kop staan los van het woord ervoor: de fractie van een lid
(“Bushoff en Patijn (beiden GroenLinks-PvdA)”), het ministerie van een
minister (“Minister Heinen (Financiën)”), en de data (“(ingezonden 28 juni
2024)”, “(ontvangen 29 augustus 2024)”). In “Patijn(beiden” is de spatie
weggevallen.

Niet gemeld: haakjes in het onderwerp van de vragen, dat vrije tekst is
(“juridische analyse(s) van het hoofdlijnenakkoord” is een meervoud dat zo
wordt geschreven), en haakjes ergens anders dan in de kop van antwoorden op
Kamervragen; een algemene regel voor de lopende tekst is een andere zaak.
"#,
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
        Text::new(
            "message",
            "geen spatie tussen “{word}” en het haakje van {what}",
            "no space between \"{word}\" and the bracket of {what}",
        ),
        Text::new("what.party", "de fractie", "the party"),
        Text::new("what.ministry", "het ministerie", "the ministry"),
        Text::new(
            "what.sent",
            "de datum waarop de vragen zijn ingezonden",
            "the date the questions were sent in",
        ),
        Text::new(
            "what.received",
            "de datum waarop het antwoord is ontvangen",
            "the date the answer was received",
        ),
        Text::new(
            "help",
            "zet een spatie vóór het haakje",
            "put a space before the bracket",
        ),
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
