//! answer/count-not-given: a sub-question that asks for a number ("Hoeveel
//! ...?") whose answer gives none, says it is not known, nor refers
//! elsewhere.

use std::sync::LazyLock;

use regex::Regex;

use super::words::{questions, words, Word};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Span};
use crate::rules::{Example, RuleMeta, Text};

pub const COUNT_NOT_GIVEN: RuleMeta = RuleMeta {
    id: "answer/count-not-given",
    severity: Severity::Info,
    summary: "A question asks for a number (\"Hoeveel ...?\") and its answer gives none",
    explanation: r#"
A sub-question that asks for a number, "Hoeveel personen ...?", "Om hoeveel
gevallen gaat het?", "Hoe vaak ...?", "Wat is het aantal ...?", expects a
number in the answer, or a plain statement that it is not known ("dat wordt
niet geregistreerd", "daar zijn geen cijfers van"), or a reference to where
it is given. An answer that does none of these has usually answered the
other sub-questions and passed over this one; the Kamer notices. The rule
names the sub-question; it is an info, because an answer can explain in
words why a number cannot be given.

Left alone: an answer with any figure in it (a digit, or a number written
out: "twee", "geen", "enkele", "honderden", "een derde"), one that says the number is
not known, not registered, not researched, or not for this minister to
give, one that refers to another answer, a letter, an appendix or a
footnote, and an empty answer (`structure/empty-answer` reports that).
Questions that ask "hoeveel" of something that is not counted ("hoeveel
tijd", "hoeveel ruimte", "hoeveel waarde hecht u") and indirect questions
("Is bekend waarom ... hoeveel ...") are not read as asking for a number.
"#,
    summary_nl: "Een vraag vraagt om een aantal (“Hoeveel ...?”) en het antwoord noemt er geen",
    explanation_nl: r#"
Een deelvraag die om een aantal vraagt, “Hoeveel personen ...?”, “Om hoeveel
gevallen gaat het?”, “Hoe vaak ...?”, “Wat is het aantal ...?”, verwacht een
getal in het antwoord, of een duidelijke mededeling dat het niet bekend is
(“dat wordt niet geregistreerd”, “daar zijn geen cijfers van”), of een
verwijzing naar de plaats waar het staat. Een antwoord dat geen van drieën
doet, heeft meestal de andere deelvragen beantwoord en deze overgeslagen; de
Kamer merkt dat op. De regel noemt de deelvraag; het is een opmerking, omdat
een antwoord in woorden kan uitleggen waarom een getal niet te geven is.

Niet gemeld: een antwoord met een getal erin (een cijfer, of een getal
voluit: “twee”, “geen”, “enkele”, “honderden”, “een derde”), een antwoord dat
zegt dat het aantal niet bekend is, niet wordt geregistreerd, niet is
onderzocht of niet aan deze minister is om te geven, een antwoord dat
verwijst naar een ander antwoord, een brief, een bijlage of een voetnoot, en
een leeg antwoord (dat meldt `structure/empty-answer`). Vragen naar
“hoeveel” van iets dat niet wordt geteld (“hoeveel tijd”, “hoeveel ruimte”,
“hoeveel waarde hecht u”) en indirecte vragen (“Is bekend waarom ...
hoeveel ...”) worden niet gelezen als vraag om een aantal.
"#,
    bad: &[Example::list(
        r#"
1 Hoeveel personen hebben te maken met een te lage uitkering vanwege een
onzorgvuldige beoordeling? Wat gaat u daaraan doen?
De beoordeling is bepalend voor iemands leven en moet goed onderbouwd zijn.
Samen met UWV zoek ik uit wat de rapporten precies inhouden.
"#,
    )],
    good: &[
        Example::list(
            r#"
1 Hoeveel personen hebben te maken met een te lage uitkering vanwege een
onzorgvuldige beoordeling? Wat gaat u daaraan doen?
Dat is niet bekend: UWV registreert niet waarom een uitkering na bezwaar
wordt verhoogd. Samen met UWV zoek ik uit wat de rapporten precies inhouden.
"#,
        ),
        Example::list(
            r#"
1 Hoeveel personen hebben te maken met een te lage uitkering vanwege een
onzorgvuldige beoordeling? Wat gaat u daaraan doen?
In 2023 zijn 1.200 uitkeringen na bezwaar verhoogd. Samen met UWV zoek ik uit
wat de rapporten precies inhouden.
"#,
        ),
    ],
    texts: &[
        Text::new(
            "message",
            "vraag {question} vraagt om een aantal (“{ask}”), en het antwoord noemt er geen",
            "question {question} asks for a number (\"{ask}\"), and the answer gives none",
        ),
        Text::new(
            "related",
            "het antwoord, zonder aantal",
            "the answer, without a number",
        ),
        Text::new(
            "help",
            "noem het aantal, zeg dat het niet bekend is of niet wordt geregistreerd, of verwijs naar de plaats waar het staat",
            "give the number, say that it is not known or not registered, or refer to where it is given",
        ),
    ],
};

/// The words that ask for a number, at the start of a sub-question (after
/// at most [`LEAD`] words of asking: "Kunt u aangeven hoeveel ...").
const LEAD: usize = 6;

/// Words before the asking word that make the question about something
/// else: "Is bekend waarom ... hoeveel", "Kunt u aangeven of ... hoeveel".
const OTHER_QUESTION: &[&str] = &[
    "waarom", "of", "welke", "welk", "wanneer", "waar", "wie", "hoe", "wat", "hoezeer",
];

/// What "hoeveel" asks for when it is not a number: "hoeveel tijd", "hoeveel
/// waarde hecht u".
const NOT_COUNTED: &[&str] = &[
    "tijd",
    "ruimte",
    "aandacht",
    "waarde",
    "vertrouwen",
    "belang",
    "moeite",
    "invloed",
    "prioriteit",
    "draagvlak",
    "zicht",
    "zin",
    "ervaring",
    "kennis",
    "begrip",
    "risico",
];

/// Nouns after "het aantal"-like phrases: "Wat is het aantal ...",
/// "Hoe groot is de omvang ...".
const AMOUNT: &[&str] = &[
    "aantal",
    "totale",
    "omvang",
    "bedrag",
    "percentage",
    "kosten",
];

/// Numbers written out, and words that answer "hoeveel" without a digit.
const NUMBER_WORDS: &[&str] = &[
    "nul",
    "één",
    "eén",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "honderd",
    "duizend",
    "miljoen",
    "miljard",
    "tiental",
    "tientallen",
    "honderden",
    "duizenden",
    "enkele",
    "enkelen",
    "geen",
    "niemand",
    "nooit",
    "alle",
    "allen",
    "beide",
    "helft",
    "kwart",
    "merendeel",
    "meerderheid",
    "minderheid",
    "handvol",
    "verdubbeld",
    "gehalveerd",
    "procent",
    "derde",
    "vierde",
    "vijfde",
    "tiende",
    "driekwart",
    "honderdste",
    "tweemaal",
    "driemaal",
];

/// What says the number is not known, not this answer's to give, or given
/// elsewhere (matched in the lowercased answer).
static NOT_KNOWN: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?x)
        niet\ bekend | onbekend | bekend\ is\ niet
        | geen\ (?:cijfers|gegevens|zicht|inzicht|informatie|data|registratie|overzicht|beeld|kwantitatie)
        | niet\ (?:geregistreerd|bijgehouden|beschikbaar|onderzocht|mogelijk|te\ zeggen|aan\ te\ geven
                 |in\ beeld|te\ achterhalen|te\ bepalen|vast\ te\ stellen|inzichtelijk|beantwoord
                 |te\ beantwoorden|kwantificeren|te\ kwantificeren|gemeten|geteld|te\ geven|gevraagd|uitgesplitst)
        | (?:kan|kunnen)\ (?:ik|wij|we|het\ kabinet|de\ regering)\ [^.?!]{0,60}niet
        | beschik\w*\ [^.?!]{0,30}niet\ over | beschikt\ over\ deze | niet\ over\ (?:deze|die)\ (?:gegevens|cijfers)
        | zie\ | verwijs | verwijz | antwoord\ op\ vraag | antwoorden\ op\ de\ vragen | bijlage | brief
        | aan\ de\ minister | aan\ de\ staatssecretaris | bewindspersoon | op\ de\ weg\ van
        ",
    )
});

pub(super) fn check(doc: &Document, refs: &[(usize, u32, Span)], out: &mut Vec<Diagnostic>) {
    for (i, entry) in doc.entries.iter().enumerate() {
        if entry.answer.is_empty() || refs.iter().any(|&(e, _, _)| e == i) {
            continue;
        }
        let asks: Vec<(Span, Span)> = questions(doc, &entry.question)
            .into_iter()
            .map(|q| without_number(doc, entry, q))
            .filter_map(|q| asks_for_number(doc, q).map(|ask| (q, ask)))
            .collect();
        let Some(&(question, ask)) = asks.first() else {
            continue;
        };
        let answer = words(doc, &entry.answer);
        if answer.is_empty() || gives_number(&answer) || refers_or_not_known(doc, entry) {
            continue;
        }
        let (Some(first), Some(last)) = (answer.first(), answer.last()) else {
            continue;
        };
        let ask_text = crate::rules::header::flat(doc, ask);
        out.push(
            COUNT_NOT_GIVEN
                .at(
                    question,
                    COUNT_NOT_GIVEN.say(
                        "message",
                        &[("question", &entry.label()), ("ask", &ask_text)],
                    ),
                )
                .with_help(COUNT_NOT_GIVEN.say("help", &[]))
                .with_related(
                    first.span.cover(last.span),
                    COUNT_NOT_GIVEN.say("related", &[]),
                )
                .with_question(Some(entry.first_number())),
        );
    }
}

/// The words that ask for a number in sub-question `q` ("Hoeveel
/// personen", "Hoe vaak", "Wat is het aantal"), if it asks for one.
fn asks_for_number(doc: &Document, q: Span) -> Option<Span> {
    let ws = words(doc, &[q]);
    let lower: Vec<String> = ws
        .iter()
        .take(LEAD + 4)
        .map(|w| w.text.to_lowercase())
        .collect();
    let word = |k: usize| lower.get(k).map(String::as_str);
    for k in 0..=LEAD.min(lower.len().saturating_sub(1)) {
        let end = match word(k)? {
            "hoeveel" => {
                if word(k + 1).is_none_or(|next| NOT_COUNTED.contains(&next)) {
                    return None;
                }
                k + 1
            }
            "hoe" if word(k + 1) == Some("vaak") => k + 1,
            "hoe" | "wat"
                if word(k + 1)
                    .is_some_and(|v| matches!(v, "is" | "zijn" | "was" | "waren" | "groot"))
                    && (k + 2..k + 5).any(|j| word(j).is_some_and(|n| AMOUNT.contains(&n))) =>
            {
                (k + 2..k + 5).find(|&j| word(j).is_some_and(|n| AMOUNT.contains(&n)))?
            }
            w if OTHER_QUESTION.contains(&w) => return None,
            _ => continue,
        };
        let end = end.min(ws.len() - 1);
        return Some(ws[k].span.cover(ws[end].span));
    }
    None
}

/// Whether the answer gives a figure: a digit or a number written out.
fn gives_number(answer: &[Word]) -> bool {
    answer.iter().any(|w| {
        w.text.chars().any(|c| c.is_numeric())
            || NUMBER_WORDS.contains(&w.text.to_lowercase().as_str())
    })
}

/// Whether the answer says the number is not known or refers elsewhere (a
/// phrase, or a footnote marker in it).
fn refers_or_not_known(doc: &Document, entry: &crate::document::Entry) -> bool {
    let Some(span) = entry.answer_span() else {
        return true;
    };
    if doc
        .markers
        .iter()
        .any(|m| m.span.start >= span.start && m.span.end <= span.end)
    {
        return true;
    }
    // Joined with spaces: a phrase may be broken over two lines.
    let joined: String = entry
        .answer
        .iter()
        .filter_map(|part| doc.text.get(part.start..part.end))
        .flat_map(|line| [line, " "])
        .collect::<String>()
        .to_lowercase();
    let flat = joined.split_whitespace().collect::<Vec<_>>().join(" ");
    NOT_KNOWN.is_match(&flat)
}

/// A sub-question without the entry's number before it ("109 Hoe vaak
/// ...?" in a list whose questions start on their number's line).
fn without_number(doc: &Document, entry: &crate::document::Entry, q: Span) -> Span {
    let n = entry.number_span;
    if q.start != n.start || n.end >= q.end {
        return q;
    }
    let rest = doc.text.get(n.end..q.end).unwrap_or("");
    let skipped = rest.len() - rest.trim_start().len();
    Span::new(n.end + skipped, q.end)
}
