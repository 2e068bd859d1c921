//! text/doubled-word: a word written twice in a row ("de de",
//! "(ontvangen (ontvangen 7 juni 2024)").

use super::{capitalised, letters_only, Repeats, Word};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Format};
use crate::rules::declarative::Region;
use crate::rules::{Example, RuleMeta, Text};

pub const DOUBLED_WORD: RuleMeta = RuleMeta {
    id: "text/doubled-word",
    severity: Severity::Warning,
    summary: "A word written twice in a row (\"de de\", \"(ontvangen (ontvangen\")",
    explanation: r#"
A word repeated right after itself is a slip of editing: a sentence
rewritten and its old start left standing ("De de memorie van
toelichting"), a phrase pasted twice ("(ontvangen (ontvangen 7 juni
2024)"). It is read past by an editor who knows what the sentence says,
and it is published. The check reads the front matter, the questions,
the answers and the footnotes, across line ends and page breaks (the
word that ends a page and the one that starts the next are one text),
and offers to delete the second word.

Left alone, because Dutch repeats them on purpose: "dat dat" ("het ligt
voor de hand dat dat ook geldt"), "die die", "het het" ("is het het
meest effectief"), "zijn zijn", "haar haar", "was was", "heel heel",
"zeer zeer", "ja ja", "nee nee", and a separable verb's particle before
its "te" ("om om te gaan met"). Also left alone: numbers and figures
("100 100" in a table row), abbreviations in capitals ("PM PM"), single
letters (list items), a lower-case word followed by the same word
capitalised (a name or a title: "van Van Oord", "het rapport Rapport bij
het Jaarverslag"), two capitalised words unless they are a function word
("De De vraag"), words with punctuation between them ("de, de"), words
in separate paragraphs of a Word document, URLs and e-mail addresses,
and a page header that the text repeats on every page.
"#,
    summary_nl: "Een woord twee keer achter elkaar (“de de”, “(ontvangen (ontvangen”)",
    explanation_nl: r#"
Een woord dat direct na zichzelf nog eens staat, is een slordigheid bij het
redigeren: een herschreven zin waarvan het oude begin is blijven staan (“De
de memorie van toelichting”), een woordgroep die twee keer is geplakt
(“(ontvangen (ontvangen 7 juni 2024)”). Wie weet wat de zin zegt, leest
eroverheen, en zo wordt het gepubliceerd. De controle leest de kop, de
vragen, de antwoorden en de voetnoten, over regeleinden en pagina-overgangen
heen (het woord waarmee een pagina eindigt en het woord waarmee de volgende
begint, staan in één tekst), en stelt voor het tweede woord te schrappen.

Niet gemeld, omdat het Nederlands ze bewust herhaalt: “dat dat” (“het ligt
voor de hand dat dat ook geldt”), “die die”, “het het” (“is het het meest
effectief”), “zijn zijn”, “haar haar”, “was was”, “heel heel”, “zeer zeer”,
“ja ja”, “nee nee”, en het losse deel van een scheidbaar werkwoord vóór zijn
“te” (“om om te gaan met”). Ook niet gemeld: getallen (“100 100” in een rij
van een tabel), afkortingen in hoofdletters (“PM PM”), losse letters
(opsommingen), een woord in kleine letters gevolgd door hetzelfde woord met
een hoofdletter (een naam of een titel: “van Van Oord”, “het rapport Rapport
bij het Jaarverslag”), twee woorden met een hoofdletter, tenzij het een
functiewoord is (“De De vraag”), woorden met een leesteken ertussen (“de,
de”), woorden in verschillende alinea’s van een Word-document, URL’s en
e-mailadressen, en een paginakop die de tekst op elke pagina herhaalt.
"#,
    bad: &[Example::answer(
        "De de memorie van toelichting gaat hierop in.",
    )],
    good: &[Example::answer(
        "De memorie van toelichting gaat hierop in. Het ligt voor de hand dat dat ook \
         voor het voorstel geldt.",
    )],
    texts: &[
        Text::new(
            "message",
            "“{word}” staat er twee keer",
            "\"{word}\" is written twice",
        ),
        Text::new(
            "help",
            "schrap “{word}” de tweede keer",
            "delete the second \"{word}\"",
        ),
        Text::new("related", "hier voor het eerst", "written here first"),
    ],
};

/// Repeated on purpose: "dat dat ook geldt", "is het het meest",
/// "zijn zijn kansen", "haar haar", "de was was nat", "heel heel".
const MEANT: &[&str] = &[
    "dat", "die", "het", "zijn", "haar", "was", "heel", "zeer", "ja", "nee",
];

/// Function words that are a slip even when both are capitalised ("De De
/// vraag is ..."); other capitalised pairs are names or table cells. Not
/// the particles of names ("Van Van Oord").
const FUNCTION: &[&str] = &[
    "de", "het", "een", "en", "of", "in", "op", "met", "voor", "dit", "deze", "wij", "ik", "zij",
    "er", "ook", "is",
];

pub(super) fn check(
    doc: &Document,
    region: &Region,
    words: &[Word],
    repeats: &Repeats,
    out: &mut Vec<Diagnostic>,
) {
    let text = region.text();
    for (i, pair) in words.windows(2).enumerate() {
        let (first, second) = (&pair[0], &pair[1]);
        let (a, b) = (first.core(text), second.core(text));
        if !a.eq_ignore_ascii_case(b) && a.to_lowercase() != b.to_lowercase() {
            continue;
        }
        if !letters_only(a) || a.chars().nth(1).is_none() {
            continue;
        }
        // Signs between the two words: not a repetition.
        if !first.closing(text).is_empty()
            || !(second.opening(text).is_empty() || second.opening(text) == first.opening(text))
        {
            continue;
        }
        if text[first.range.end..second.range.start].len() > 3 {
            continue;
        }
        let lower = a.to_lowercase();
        let (cap_a, cap_b) = (capitalised(a), capitalised(b));
        let upper = |w: &str| w.chars().filter(|c| c.is_uppercase()).count() > 1;
        if upper(a) || upper(b) {
            continue;
        }
        match (cap_a, cap_b) {
            // "van Van Oord", "het rapport Rapport bij het Jaarverslag".
            (false, true) => continue,
            (true, true) if !FUNCTION.contains(&lower.as_str()) => continue,
            // Where the line breaks were lost, a footnote's text follows
            // the word a page ended with: "... informatie. De [1] De vraag
            // is hier exact weergegeven ...".
            (true, true) if doc.line_breaks_lost => continue,
            _ => {}
        }
        if MEANT.contains(&lower.as_str()) {
            continue;
        }
        // "om om te gaan met": a particle and its verb's "te".
        if words
            .get(i + 2)
            .is_some_and(|w| w.core(text).eq_ignore_ascii_case("te"))
        {
            continue;
        }
        let range = first.range.start..second.range.end;
        if region.masked(&range) {
            continue;
        }
        let gap = region.span(first.core.end..second.core.start);
        let between = doc.slice(gap);
        // A paragraph of its own in Word or XML, or a blank line between
        // the two and nothing else: a heading and its text, not a sentence.
        let paragraph = match doc.format {
            Format::Text => between.trim().is_empty() && between.matches('\n').count() > 1,
            Format::Docx | Format::Xml => between.contains('\n'),
        };
        if paragraph || repeats.running(region, words, i + 1, 4) {
            continue;
        }
        let shown = region.span(second.range.clone());
        let mut d = DOUBLED_WORD
            .at(shown, DOUBLED_WORD.say("message", &[("word", &b)]))
            .with_help(DOUBLED_WORD.say("help", &[("word", &b)]))
            .with_related(
                region.span(first.range.clone()),
                DOUBLED_WORD.say("related", &[]),
            )
            .with_question(region.question);
        if let Some(cut) = region.exact(&doc.text, first.core.end..second.core.end) {
            d = d.with_fix(cut, "");
        }
        out.push(d);
    }
}
