//! footnote/out-of-order: markers that do not run 1, 2, 3, definitions out
//! of numerical order, and (in Word and XML) a footnote without a number.

use super::{notes_of_kind, Defs};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, NoteKind};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const OUT_OF_ORDER: RuleMeta = RuleMeta {
    id: "footnote/out-of-order",
    severity: Severity::Warning,
    summary: "Footnote numbering out of order or with a gap",
    explanation: r#"
Footnotes are numbered 1, 2, 3, ... in the order their markers appear, and
their definitions follow the same order.
"#,
    summary_nl: "Voetnootnummering niet op volgorde of met een gat",
    explanation_nl: r#"
Voetnoten zijn genummerd 1, 2, 3, ... in de volgorde van hun voetnoottekens,
en hun voetnootteksten volgen dezelfde volgorde.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom en goud uit Sudan wordt geïmporteerd?
Nederland importeerde gom uit Soedan.1 Nederland importeerde geen goud uit Soedan.3 Dit betreft goederenstromen.

1 UN Comtrade. HS code 1301.
3 UN Comtrade. HS code 7108.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom en goud uit Sudan wordt geïmporteerd?
Nederland importeerde gom uit Soedan.1 Nederland importeerde geen goud uit Soedan.2 Dit betreft goederenstromen.

1 UN Comtrade. HS code 1301.
2 UN Comtrade. HS code 7108.
"#,
    )],
    texts: &[
        Text::new(
            "message.first",
            "de eerste voetnoot heeft nummer {number}",
            "the first footnote is numbered {number}",
        ),
        Text::new(
            "help.first",
            "nummer de voetnoten vanaf 1",
            "number footnotes from 1",
        ),
        Text::new(
            "message.back",
            "voetnoot {number} staat na voetnoot {previous}",
            "footnote {number} follows footnote {previous}",
        ),
        Text::new(
            "message.skipped",
            "voetnoot {missing} is overgeslagen: na {previous} volgt {number}",
            "footnote {missing} is skipped: {number} follows {previous}",
        ),
        Text::new(
            "message.skipped-range",
            "voetnoten {first} tot en met {last} zijn overgeslagen: na {previous} volgt {number}",
            "footnotes {first} to {last} are skipped: {number} follows {previous}",
        ),
        Text::new(
            "related",
            "hier staat voetnoot {number}",
            "footnote {number} is here",
        ),
        Text::new(
            "help",
            "nummer de voetnoten in de volgorde van hun voetnoottekens",
            "number footnotes in the order their markers appear",
        ),
        Text::new(
            "message.definition",
            "voetnoottekst {number} staat na voetnoottekst {previous}",
            "definition of footnote {number} follows definition {previous}",
        ),
        Text::new(
            "help.definition",
            "zet de voetnootteksten op volgorde van nummer",
            "put footnote definitions in numerical order",
        ),
        Text::new(
            "help.unnumbered",
            "geef de voetnoot een nummer",
            "give the footnote its number",
        ),
    ],
};

pub(super) fn check(doc: &Document, defs: &Defs, out: &mut Vec<Diagnostic>) {
    markers(doc, out);
    // A duplicate definition is footnote/duplicate-definition's; the order
    // is that of the first definition of each number.
    for pair in defs.firsts.windows(2) {
        let (p, d) = (pair[0].number, pair[1]);
        if d.number < p {
            out.push(
                OUT_OF_ORDER
                    .at(
                        d.number_span,
                        OUT_OF_ORDER.say(
                            "message.definition",
                            &[("number", &d.number), ("previous", &p)],
                        ),
                    )
                    .with_question(question_at(doc, d.span.start))
                    .with_help(OUT_OF_ORDER.say("help.definition", &[])),
            );
        }
    }
    // A footnote without a number (Word, XML) breaks the numbering.
    for n in notes_of_kind(doc, NoteKind::UnnumberedFootnote) {
        out.push(
            OUT_OF_ORDER
                .at(n.span, n.message.clone())
                .with_question(question_at(doc, n.span.start))
                .with_help(OUT_OF_ORDER.say("help.unnumbered", &[])),
        );
    }
}

/// The markers in text order against 1, 2, 3, ...
fn markers(doc: &Document, out: &mut Vec<Diagnostic>) {
    if let Some(first) = doc.markers.first() {
        if first.number != 1 {
            out.push(
                OUT_OF_ORDER
                    .at(
                        first.span,
                        OUT_OF_ORDER.say("message.first", &[("number", &first.number)]),
                    )
                    .with_question(question_at(doc, first.span.start))
                    .with_help(OUT_OF_ORDER.say("help.first", &[])),
            );
        }
    }
    for pair in doc.markers.windows(2) {
        let (p, m) = (&pair[0], &pair[1]);
        if m.number == p.number + 1 {
            continue;
        }
        let (number, previous) = (&m.number, &p.number);
        let what = if m.number <= p.number {
            OUT_OF_ORDER.say(
                "message.back",
                &[("number", number), ("previous", previous)],
            )
        } else if m.number == p.number + 2 {
            OUT_OF_ORDER.say(
                "message.skipped",
                &[
                    ("missing", &(p.number + 1)),
                    ("number", number),
                    ("previous", previous),
                ],
            )
        } else {
            OUT_OF_ORDER.say(
                "message.skipped-range",
                &[
                    ("first", &(p.number + 1)),
                    ("last", &(m.number - 1)),
                    ("number", number),
                    ("previous", previous),
                ],
            )
        };
        out.push(
            OUT_OF_ORDER
                .at(m.span, what)
                .with_question(question_at(doc, m.span.start))
                .with_related(p.span, OUT_OF_ORDER.say("related", &[("number", previous)]))
                .with_help(OUT_OF_ORDER.say("help", &[])),
        );
    }
}
