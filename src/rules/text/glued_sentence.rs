//! text/glued-sentence: a sentence end without the space after it
//! ("realiseren?Overweegt", "onderzocht.Op basis van",
//! "gesproken.3Toekomstige" with a footnote marker in between).

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Span;
use crate::rules::declarative::Region;
use crate::rules::{Example, RuleMeta, Text};

pub const GLUED_SENTENCE: RuleMeta = RuleMeta {
    id: "text/glued-sentence",
    severity: Severity::Warning,
    summary:
        "A sentence end without its space (\"realiseren?Overweegt\", \"gesproken.3Toekomstige\")",
    explanation: r#"
A full stop, question mark or exclamation mark glued to the capital of
the next sentence lost its space: "Kunt u dit realiseren?Overweegt u
...", "hebben onderzocht.Op basis van dit onderzoek". A footnote marker
after the full stop does not take the space's place: in
"gesproken.3Toekomstige samenwerking" the marker 3 stands where it
should, and the space after it is missing. The check offers to insert
the space.

Left alone: abbreviations ("o.a.Nederland", "t.a.v.", "e.d.", "bijv.",
"nr.5", "St.Maarten", "drs.", "mr."), initials ("J.A.Smit",
"F.Ch."), a word of one letter before the full stop, URLs, e-mail
addresses, domain names ("Rijksoverheid.nl", "www.RVO.nl") and file
names ("nota.Pdf"), a full stop after a number ("2024.Het": a number
may be a version, a section or a decimal), ellipses ("...Maar"),
capitals in a row after the full stop ("zie.NL", an abbreviation or a
code), and a lower-case word after it ("gesproken.toekomstige" cannot
be told from a name such as "rijksoverheid.nl").
"#,
    summary_nl:
        "Een zinseinde zonder spatie erna (“realiseren?Overweegt”, “gesproken.3Toekomstige”)",
    explanation_nl: r#"
Een punt, vraagteken of uitroepteken dat vastzit aan de hoofdletter van de
volgende zin, is zijn spatie kwijt: “Kunt u dit realiseren?Overweegt u ...”,
“hebben onderzocht.Op basis van dit onderzoek”. Een voetnootteken na de punt
neemt de plaats van de spatie niet in: in “gesproken.3Toekomstige
samenwerking” staat het voetnootteken 3 waar het hoort, en ontbreekt de
spatie erna. De controle stelt voor de spatie in te voegen.

Niet gemeld: afkortingen (“o.a.Nederland”, “t.a.v.”, “e.d.”, “bijv.”,
“nr.5”, “St.Maarten”, “drs.”, “mr.”), voorletters (“J.A.Smit”, “F.Ch.”), een
woord van één letter vóór de punt, URL’s, e-mailadressen, domeinnamen
(“Rijksoverheid.nl”, “www.RVO.nl”) en bestandsnamen (“nota.Pdf”), een punt na
een getal (“2024.Het”: een getal kan een versie, een paragraaf of een
decimaal getal zijn), beletseltekens (“...Maar”), hoofdletters achter elkaar
na de punt (“zie.NL”, een afkorting of een code), en een woord in kleine
letters na de punt (“gesproken.toekomstige” is niet te onderscheiden van een
naam als “rijksoverheid.nl”).
"#,
    bad: &[Example::answer(
        "Wij hebben de dossiers onderzocht.Op basis van dit onderzoek geven wij vijf voorbeelden.",
    )],
    good: &[Example::answer(
        "Wij hebben de dossiers onderzocht. Op basis van dit onderzoek geven wij o.a. vijf \
         voorbeelden (zie www.rijksoverheid.nl en J.A.Smit, t.a.v. de directie).",
    )],
    texts: &[
        Text::new(
            "message",
            "geen spatie tussen het zinseinde “{end}” en “{next}”",
            "no space between the end of the sentence \"{end}\" and \"{next}\"",
        ),
        Text::new(
            "help",
            "zet een spatie na “{sign}”",
            "put a space after \"{sign}\"",
        ),
    ],
};

/// Words written with a full stop that ends no sentence ("o.a." is read
/// by its one-letter parts).
const ABBREVIATIONS: &[&str] = &[
    "aanh", "afd", "apr", "art", "artt", "aug", "bijl", "bijv", "blz", "bv", "ca", "dd", "dec",
    "dhr", "dr", "drs", "ed", "enz", "etc", "evt", "excl", "feb", "fig", "hand", "hfd", "hfdst",
    "hfst", "hr", "incl", "ing", "ir", "jan", "jl", "jo", "jr", "jul", "jun", "lid", "max", "mevr",
    "min", "mld", "mln", "mr", "mrd", "mrt", "mw", "nl", "no", "nov", "nr", "nrs", "okt", "pag",
    "par", "plv", "prof", "red", "resp", "sept", "sep", "sr", "st", "stb", "stcrt", "tab", "tel",
    "trb", "vgl", "vol", "vs", "zgn",
];

/// File name extensions, capitalised by a word processor ("nota.Pdf").
const EXTENSIONS: &[&str] = &[
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "txt", "csv", "htm", "html", "xml",
    "zip", "jpg", "png",
];

pub(super) fn check(region: &Region, out: &mut Vec<Diagnostic>) {
    let text = region.text();
    let bytes = text.as_bytes();
    for (at, sign) in text.match_indices(['.', '?', '!']) {
        // The word before: letters, two or more, not an abbreviation or an
        // initial, not a part of an address or a path.
        let before = &text[..at];
        let word_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(at, |(i, _)| i);
        let word = &text[word_start..at];
        if word.chars().nth(1).is_none() {
            continue;
        }
        if before[..word_start]
            .chars()
            .next_back()
            .is_some_and(|c| !(c.is_whitespace() || "(-‘“\"'«[".contains(c)))
        {
            continue;
        }
        if ABBREVIATIONS.contains(&word.to_lowercase().as_str()) {
            continue;
        }
        // After the sign: a footnote marker perhaps, then a capitalised
        // word of two letters or more.
        let after = at + sign.len();
        let digits = bytes[after..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits > 3 {
            continue;
        }
        let next_start = after + digits;
        let next_len = text[next_start..]
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(text.len() - next_start, |(i, _)| i);
        let next = &text[next_start..next_start + next_len];
        if !super::capitalised(next) || next.chars().nth(1).is_none() {
            continue;
        }
        if EXTENSIONS.contains(&next.to_lowercase().as_str()) {
            continue;
        }
        // The run of text it stands in: an address, a path or a domain
        // name ("Overheid.nl") is not a sentence.
        let run_start = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let run_end = text[next_start..]
            .find(char::is_whitespace)
            .map_or(text.len(), |i| next_start + i);
        let run = &text[run_start..run_end];
        if run.contains(['/', '@', '\\', '_', '='])
            || run.to_lowercase().contains("www")
            || text[next_start + next_len..run_end]
                .strip_prefix('.')
                .is_some_and(|rest| rest.starts_with(char::is_alphanumeric))
        {
            continue;
        }
        if region.masked(&(word_start..run_end)) {
            continue;
        }
        let glue = region.span(at..next_start);
        let end = &text[word_start..next_start];
        out.push(
            GLUED_SENTENCE
                .at(
                    glue,
                    GLUED_SENTENCE.say("message", &[("end", &end), ("next", &next)]),
                )
                .with_help(GLUED_SENTENCE.say("help", &[("sign", &&text[at..next_start])]))
                .with_fix(Span::new(glue.end, glue.end), " ")
                .with_question(region.question),
        );
    }
}
