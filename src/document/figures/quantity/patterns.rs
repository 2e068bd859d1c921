//! The patterns and word lists that find figures and tell them from identifiers.

use std::sync::LazyLock;

use regex::Regex;

pub(super) static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    // The first alternative: thousands grouped with a non-breaking, thin or
    // zero-width space ("1 709", as Word and web pages print it; see
    // number::SPACES), which no one types between two separate numbers.
    crate::static_regex(
        r"[0-9]{1,3}(?:[\u{a0}\u{2009}\u{202f}\u{200b}\u{2060}\u{feff}][0-9]{3})+(?:,[0-9]+)?|[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:[.,][0-9]+)?(?:,[-–](?:\s|$))?",
    )
});
pub(super) static CURRENCY_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?:\b(?:EUR|USD|GBP)|€|\$|£)\s?$"));
pub(super) static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?x)^
        (?P<pct>\s?(?:%|procent(?-u:\b)))?
        (?P<pp>\s?procentpunt(?:en)?(?-u:\b))?
        (?:\s?(?P<range>(?:-|–|à|tot(?:\s+en\s+met)?)\s?)(?P<upper>[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?)(?P<pct2>\s?%)?)?
        (?:\s(?P<scale>duizend|miljoen(?:en)?|mln\.?|miljard(?:en)?|mld\.?|mrd\.?|biljoen)(?:(?-u:\b)|\s|$))?
        (?:\s?(?P<cur>euro(?:cent)?(?-u:\b)|eurocent(?-u:\b)|dollar(?-u:\b)|EUR(?-u:\b)))?
        (?:\s(?P<unit>kg|ton|vte|fte|VTE|FTE|voltijdbanen|banen|arbeidsplaatsen)(?-u:\b))?",
    )
});
pub(super) static BETWEEN_UPPER: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"^\s+en\s+([0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?)(?:\s+(duizend|miljoen|mln\.?|miljard|mld\.?|mrd\.?|biljoen))?",
    )
});
/// The word after a figure, past a bracketed word ("(EUR)"); Latin
/// letters, as the word is looked up in Dutch word lists.
pub(super) static NEXT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"^\s+(?:\([0-9A-Za-zÀ-ÖØ-öø-ɏ_]+\)\s+)?([a-zà-ÿ][a-zà-ÿ’'-]{2,})")
});
pub(super) static MONTHS: &[&str] = &[
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "jan",
    "feb",
    "mrt",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dec",
];
/// Words after which a number is an identifier, not a figure.
pub(super) static EXCLUDE_BEFORE: &[&str] = &[
    "artikel",
    "aanwijzing",
    "aanwijzingen",
    "model",
    "onderdeel",
    "§",
    "art.",
    "art",
    "lid",
    "hoofdstuk",
    "paragraaf",
    "bijlage",
    "vraag",
    "vragen",
    "voetnoot",
    "nr.",
    "nr",
    "nummer",
    "nummers",
    "p.",
    "pp.",
    "blz.",
    "blz",
    "pagina",
    "stap",
    "fase",
    "scenario",
    "tier",
    "top",
    "code",
    "versie",
    "plek",
    "plaats",
    "rang",
    "week",
    "kwartaal",
    "tabel",
    "figuur",
    "grafiek",
    "box",
    "motie",
    "amendement",
    "richtlijn",
    "verordening",
    "trb.",
    "stb.",
    "stcrt.",
    "kamerstuk",
    "kamerstukken",
    "dossier",
    "omnibus",
    "pijler",
    "niveau",
    "categorie",
    "klasse",
    "groep",
    "ronde",
    "stadium",
    "punt",
    "punten",
    "hs",
    "sbi",
    "cn",
    "g",
    "covid",
];
pub(super) static HEDGES: &[&str] = &[
    "circa",
    "ca.",
    "ongeveer",
    "zo'n",
    "zo’n",
    "ruim",
    "bijna",
    "meer dan",
    "minder dan",
    "ten minste",
    "tenminste",
    "minimaal",
    "maximaal",
    "rond",
    "ruwweg",
    "naar schatting",
    "nagenoeg",
    "bijkans",
    "ca",
    "+/-",
    "±",
    "tot wel",
    "iets meer dan",
    "iets minder dan",
    "boven de",
    "onder de",
    "minstens",
    "hooguit",
    "tussen",
];

/// Source spans that hold no figures: citations ("Kamerstuk 21501-02, nr. 3221",
/// "(Trb. 1996, 155)"), dates and footnote markers are handed in by the caller.
pub(super) static CITATION: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?x)
        Kamerstuk(?:ken)?(?:[\x20\t\n]+I{1,2})?[^.;)]*?nr\.[\x20\t\n]*[0-9]+
        | \([\x20\t\n]*[0-9][0-9\x20\t\n]{2,8}(?:-[0-9A-Z]+)?(?:[\x20\t\n]+[IVXLC]+)?,[\x20\t\n]*nr\.[\x20\t\n]*[0-9]+[\x20\t\n]*\)
        | [0-9][0-9\x20\t\n]{2,8}(?:-[0-9A-Z]+)?(?:[\x20\t\n]+[IVXLC]+)?,[\x20\t\n]*nr\.[\x20\t\n]*[0-9]+
        | (?:Trb|Stb|Stcrt)\.[\x20\t\n]*[0-9]{4}[\x20\t\n]*,[\x20\t\n]*[0-9]+
        | Staatscourant[\x20\t\n]+[0-9]{4}[\x20\t\n]*,[\x20\t\n]*[0-9]+
        | vergaderjaar[\x20\t\n]+[0-9]{4}[\x20\t\n]*[–/-][\x20\t\n]*[0-9]{2,4}
        | [0-9]{4}[\x20\t\n]*/[\x20\t\n]*[0-9]{2,4}
        | (?-u:\b)[0-9]{4}[–-][0-9]{4}(?-u:\b)
        | (?-u:\b)[0-9]{1,2}[\x20\t\n]*[:.][\x20\t\n]*[0-9]{2}[\x20\t\n]*uur
        | (?-u:\b)BWBR[0-9]+
        | [0-9]+/[0-9]+
        ",
    )
});
