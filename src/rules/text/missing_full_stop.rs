//! text/missing-full-stop: a sentence that ends without its full stop,
//! shown by the next sentence's opening word, capitalised, in mid-sentence
//! ("... te operationaliseren is Zie ook het antwoord op vraag 71.").

use super::{letters_only, Repeats, Word};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Format, Span};
use crate::rules::declarative::Region;
use crate::rules::{Example, RuleMeta, Text};

pub const MISSING_FULL_STOP: RuleMeta = RuleMeta {
    id: "text/missing-full-stop",
    severity: Severity::Info,
    summary: "A full stop left out: a sentence opener capitalised in mid-sentence (\"is Zie ook\")",
    explanation: r#"
A sentence whose full stop was left out runs into the next one, and the
next one's capital shows where: "de toets is moeilijk te
operationaliseren is Zie ook het antwoord op vraag 71", "contacten met
het Ministerie van Economische Zaken en Klimaat Omgekeerd was het niet
altijd duidelijk". The check knows the words that open a sentence and
never stand capitalised inside one: "Zie", "Omgekeerd", "Daarnaast",
"Daarom", "Bovendien", "Hierdoor", "Tevens", "Echter", "Wij", "Ik",
"Dit", "Ook" and a few more. It reports one of them, capitalised, after
a word without punctuation and before a word in lower case. It is an
info: a title or a name may start with such a word.

Left alone: articles and prepositions ("De", "Het", "Een", "In", "Op",
"Van", "Voor"), which open names and titles as often as sentences ("De
Jonge", "Van der Burg", "Het Parool", "De Nederlandsche Bank", "Wet op
het ..."); a word after a number, a bracket, a quote or a colon (list
items, headings, quotations); a word at the start of a line after a
short line or after a capitalised word at a line end (a heading or a
table's cell), or after a blank line; words of a page header that the
text repeats on every page (letters whose line breaks were lost); and
the same opener in lower case.
"#,
    summary_nl: "Een punt vergeten: een zinsbegin met hoofdletter midden in een zin (“is Zie ook”)",
    explanation_nl: r#"
Een zin waarvan de punt is vergeten, loopt door in de volgende, en de
hoofdletter van die volgende laat zien waar: “de toets is moeilijk te
operationaliseren is Zie ook het antwoord op vraag 71”, “contacten met het
Ministerie van Economische Zaken en Klimaat Omgekeerd was het niet altijd
duidelijk”. De controle kent de woorden die een zin openen en binnen een zin
nooit een hoofdletter hebben: “Zie”, “Omgekeerd”, “Daarnaast”, “Daarom”,
“Bovendien”, “Hierdoor”, “Tevens”, “Echter”, “Wij”, “Ik”, “Dit”, “Ook” en
nog enkele. Zij meldt zo’n woord, met hoofdletter, na een woord zonder
leesteken en vóór een woord in kleine letters. Het is een opmerking: een
titel of een naam kan met zo’n woord beginnen.

Niet gemeld: lidwoorden en voorzetsels (“De”, “Het”, “Een”, “In”, “Op”,
“Van”, “Voor”), die even vaak namen en titels openen als zinnen (“De Jonge”,
“Van der Burg”, “Het Parool”, “De Nederlandsche Bank”, “Wet op het ...”);
een woord na een getal, een haakje, een aanhalingsteken of een dubbele punt
(opsommingen, kopjes, citaten); een woord aan het begin van een regel na een
korte regel of na een woord met hoofdletter aan het eind van een regel (een
kopje of een cel van een tabel), of na een witregel; woorden van een
paginakop die de tekst op elke pagina herhaalt (brieven waarvan de
regeleinden verloren zijn gegaan); en hetzelfde woord in kleine letters.
"#,
    bad: &[Example::answer(
        "Er is niet gekozen voor een toets op complexiteit omdat de toets moeilijk te \
         operationaliseren is Zie ook de memorie van toelichting.",
    )],
    good: &[Example::answer(
        "Er is niet gekozen voor een toets op complexiteit omdat de toets moeilijk te \
         operationaliseren is. Zie ook de memorie van toelichting.",
    )],
    texts: &[
        Text::new(
            "message",
            "“{opener}” begint een zin: na “{before}” lijkt een punt te ontbreken",
            "\"{opener}\" opens a sentence: a full stop seems to be missing after \"{before}\"",
        ),
        Text::new(
            "help",
            "sluit de zin vóór “{opener}” af met een punt, of schrijf “{lower}” als de zin doorloopt",
            "end the sentence before \"{opener}\" with a full stop, or write \"{lower}\" if it goes on",
        ),
    ],
};

/// Words that open a sentence and are not capitalised inside one, nor
/// the first word of a name.
const OPENERS: &[&str] = &[
    "Zie",
    "Omgekeerd",
    "Daarnaast",
    "Daarom",
    "Daardoor",
    "Daarbij",
    "Daarmee",
    "Daarentegen",
    "Daarvoor",
    "Hierdoor",
    "Hierbij",
    "Hiermee",
    "Hiervoor",
    "Bovendien",
    "Tevens",
    "Echter",
    "Vervolgens",
    "Voorts",
    "Overigens",
    "Kortom",
    "Immers",
    "Inmiddels",
    "Uiteraard",
    "Desalniettemin",
    "Niettemin",
    "Wij",
    "Ik",
    "Dit",
    "Ook",
];

/// The labels of a document's layout, read as text where the line
/// breaks were lost ("Antwoord Wij merken ...").
const LABELS: &[&str] = &["Antwoord", "Antwoorden", "Vraag", "Vragen", "Toelichting"];

/// A line that ends a sentence where it stops short: a heading, a list
/// item, a table's cell.
const SHORT_LINE: usize = 50;

pub(super) fn check(
    doc: &Document,
    region: &Region,
    words: &[Word],
    repeats: &Repeats,
    out: &mut Vec<Diagnostic>,
) {
    let text = region.text();
    for (i, triple) in words.windows(3).enumerate() {
        let (before, opener, after) = (&triple[0], &triple[1], &triple[2]);
        let word = opener.core(text);
        if !OPENERS.contains(&word) || opener.range != opener.core {
            continue;
        }
        let prev = before.core(text);
        if !before.closing(text).is_empty()
            || !letters_only(prev)
            || prev.chars().nth(1).is_none()
            || LABELS.contains(&prev)
        {
            continue;
        }
        let next = after.core(text);
        if !letters_only(next)
            || !next.starts_with(char::is_lowercase)
            || !after.opening(text).is_empty()
        {
            continue;
        }
        if text[before.range.end..opener.range.start].len() > 3 {
            continue;
        }
        let range = before.range.start..after.range.end;
        if region.masked(&range) {
            continue;
        }
        let gap = region.span(before.core.end..opener.core.start);
        if at_line_start(doc, gap, prev) || repeats.running(region, words, i, 5) {
            continue;
        }
        let lower = word.to_lowercase();
        out.push(
            MISSING_FULL_STOP
                .at(
                    region.span(opener.core.clone()),
                    MISSING_FULL_STOP.say("message", &[("opener", &word), ("before", &prev)]),
                )
                .with_help(MISSING_FULL_STOP.say("help", &[("opener", &word), ("lower", &lower)]))
                .with_question(region.question),
        );
    }
}

/// Whether the opener starts a line where that is likely a new block: in
/// Word or XML (a paragraph), after a blank line, after a capitalised word
/// at a line end (a heading, a table's cell) or after a short line.
fn at_line_start(doc: &Document, gap: Span, prev: &str) -> bool {
    let between = doc.slice(gap);
    if !between.contains('\n') {
        return false;
    }
    if matches!(doc.format, Format::Docx | Format::Xml) || between.matches('\n').count() > 1 {
        return true;
    }
    if prev.starts_with(char::is_uppercase) {
        return true;
    }
    let line_start = doc.text[..gap.start].rfind('\n').map_or(0, |i| i + 1);
    doc.text[line_start..gap.start].trim().chars().count() < SHORT_LINE
}
