//! structure/truncated: a document that ends in the middle of an answer
//! (the reader's note).

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, ReaderNote};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const TRUNCATED: RuleMeta = RuleMeta {
    id: "structure/truncated",
    severity: Severity::Warning,
    summary: "The document ends in the middle of an answer",
    explanation: r#"
In a text that lost its line breaks (a dataset export, a whole letter on one
line), the last answer stops in the middle of a word or sentence, with
nothing after it: the export cut the document off. What is missing cannot be
checked, and a reference past the end is not reported as missing. Left
alone: any other text, whose last answer may simply lack its full stop ("Zie
het antwoord op vraag 7"), and a last word that is not lower case ("XXX", a
name).
"#,
    summary_nl: "Het document houdt midden in een antwoord op",
    explanation_nl: r#"
In een tekst zonder regeleinden (een export uit een dataset, een hele brief
op één regel) houdt het laatste antwoord midden in een woord of zin op, zonder
iets erna: de export heeft het document afgekapt. Wat ontbreekt, kan niet
worden gecontroleerd, en een verwijzing voorbij het einde wordt niet als
ontbrekend gemeld. Niet gemeld: elke andere tekst, waarvan het laatste
antwoord gewoon zonder punt kan eindigen (“Zie het antwoord op vraag 7”), en
een laatste woord dat niet in kleine letters staat (“XXX”, een naam).
"#,
    bad: &[Example::list("Antwoorden Algemene Rekenkamer bij vragen van de Tweede Kamer    Vraag 1  Wat wordt bedoeld met de rijksbrede aanpak van het IT-beheer?  Wij bedoelen daarmee dat alle ministeries dezelfde kaders hanteren voor het beheer van hun IT-systemen, ook de uitvoeringsorganisaties.    Vraag 2  Welke ministeries hebben hun IT-beheer op orde?  In ons rapport noemen we vier domeinen: autorisatiebeheer,  wijzigingsbeheer, beveiliging en back-up. Het ministerie van BZK heeft in 2021 een aanpak opgesteld, maar de uitvoering daarvan is bij de\n")],
    good: &[Example::list("Antwoorden Algemene Rekenkamer bij vragen van de Tweede Kamer    Vraag 1  Wat wordt bedoeld met de rijksbrede aanpak van het IT-beheer?  Wij bedoelen daarmee dat alle ministeries dezelfde kaders hanteren voor het beheer van hun IT-systemen, ook de uitvoeringsorganisaties.    Vraag 2  Welke ministeries hebben hun IT-beheer op orde?  In ons rapport noemen we vier domeinen: autorisatiebeheer,  wijzigingsbeheer, beveiliging en back-up. Het ministerie van BZK heeft in 2021 een aanpak opgesteld en voert die sinds 2022 uit.\n")],
    texts: &[
        Text::new(
            "help",
            "vergelijk het bestand met het origineel: het einde ontbreekt",
            "check the file against the original: its end is missing",
        ),
    ],
};

/// The finding for the reader's note of a document cut off: what the
/// reader saw, in its words (made in the language in force); the rule
/// says what to do.
pub(super) fn check(doc: &Document, n: &ReaderNote) -> Diagnostic {
    let message = n.message.clone();
    TRUNCATED
        .at(n.span, message)
        .with_question(question_at(doc, n.span.start))
        .with_help(TRUNCATED.say("help", &[]))
}
