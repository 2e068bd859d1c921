//! The identity of a figure: what is measured, for which year, with which
//! qualifiers. Two figures are compared only when their keys match; where a
//! part is unknown, the figure is not compared at all.
//!
//! The words that name measures and qualifiers are data ([`Vocabulary`]),
//! so the key can be tuned from synonym lists without touching the logic.

use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Key {
    /// Canonical measure ("goederenexport", "wederuitvoer", "voltijdbanen").
    pub measure: Option<String>,
    pub year: Option<u16>,
    /// Canonical qualifiers, sorted ("direct", "land:israël").
    pub qualifiers: Vec<String>,
    /// Part of the key was inferred rather than read next to the figure: a
    /// country named only in the question, or export/import taken from the
    /// verb ("exporteerde voor EUR ... aan goederen"). Such figures are good
    /// enough to find the whole of a percentage, but are not compared as
    /// repeats.
    pub weak: bool,
}

impl Key {
    /// Complete enough to compare: a measure and a year.
    pub fn is_complete(&self) -> bool {
        self.measure.is_some() && self.year.is_some()
    }

    /// Complete and read next to the figure: safe to compare with another.
    pub fn is_comparable(&self) -> bool {
        self.is_complete() && !self.weak
    }
}

/// A canonical name and the phrases that mean it.
#[derive(Debug, Clone)]
pub struct Term {
    pub canonical: String,
    pub phrases: Vec<String>,
    pub kind: TermKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    Measure,
    Qualifier,
    Place,
}

/// The synonym lists behind figure keys.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// All phrases, longest first, lower-cased: (phrase, term index).
    phrases: Vec<(String, usize)>,
    terms: Vec<Term>,
    /// One alternation of every phrase, longest first, so a single pass
    /// over a text finds the longest phrase at each place.
    /// Every phrase, in the order of `phrases` (longest first).
    matcher: Option<aho_corasick::AhoCorasick>,
}

const MEASURES: &[(&str, &[&str])] = &[
    (
        "export",
        &[
            "totale export van goederen en diensten",
            "totale uitvoer van goederen en diensten",
            "export van goederen en diensten",
            "uitvoer van goederen en diensten",
            "totale export",
            "totale uitvoer",
        ],
    ),
    (
        "import",
        &[
            "totale import van goederen en diensten",
            "totale invoer van goederen en diensten",
            "import van goederen en diensten",
            "invoer van goederen en diensten",
            "totale import",
            "totale invoer",
        ],
    ),
    (
        "goederenexport",
        &[
            "goederenexport",
            "totale uitvoer van goederen",
            "totale export van goederen",
            "goederenuitvoer",
            "uitvoer van goederen",
            "export van goederen",
        ],
    ),
    (
        "goederenimport",
        &[
            "goederenimport",
            "totale invoer van goederen",
            "totale import van goederen",
            "goedereninvoer",
            "goederinvoer",
            "invoer van goederen",
            "import van goederen",
        ],
    ),
    (
        "dienstenexport",
        &[
            "dienstenexport",
            "totale export van diensten",
            "totale uitvoer van diensten",
            "dienstenuitvoer",
            "export van diensten",
            "uitvoer van diensten",
        ],
    ),
    (
        "dienstenimport",
        &[
            "dienstenimport",
            "totale import van diensten",
            "totale invoer van diensten",
            "diensteninvoer",
            "import van diensten",
            "invoer van diensten",
        ],
    ),
    ("wederuitvoer", &["wederuitvoer"]),
    ("nederlandse makelij", &["nederlandse makelij"]),
    (
        "voltijdbanen",
        &["voltijdbanen", "vte", "fte", "banen", "arbeidsplaatsen"],
    ),
    (
        "werkgelegenheid",
        &["totale werkgelegenheid", "werkgelegenheid"],
    ),
    (
        "bbp",
        &[
            "bruto binnenlands product",
            "bruto binnenlandse product",
            "bbp",
        ],
    ),
    ("vennootschapsbelasting", &["vennootschapsbelasting", "vpb"]),
];

/// Measures whose direction (export or import) comes from the sentence:
/// "{dir}" is replaced by "export" or "import".
const DIRECTED: &[(&str, &[&str])] = &[
    ("{dir}", &["aan goederen en diensten"]),
    ("goederen{dir}", &["aan goederen"]),
    ("diensten{dir}", &["aan diensten"]),
];

const QUALIFIERS: &[(&str, &[&str])] = &[
    ("direct", &["direct", "directe"]),
    ("indirect", &["indirect", "indirecte"]),
    ("voorlopig", &["voorlopig", "voorlopige"]),
    ("definitief", &["definitief", "definitieve"]),
    (
        "bestemd voor wederuitvoer",
        &["bestemd voor wederuitvoer", "voor wederuitvoer"],
    ),
    ("per euro", &["per euro"]),
];

const PLACES: &[&str] = &[
    "afghanistan",
    "algerije",
    "argentinië",
    "australië",
    "bangladesh",
    "belgië",
    "brazilië",
    "canada",
    "chili",
    "china",
    "colombia",
    "congo",
    "denemarken",
    "duitsland",
    "egypte",
    "ethiopië",
    "filipijnen",
    "finland",
    "frankrijk",
    "ghana",
    "griekenland",
    "hongarije",
    "india",
    "indonesië",
    "ierland",
    "irak",
    "iran",
    "israël",
    "italië",
    "ivoorkust",
    "japan",
    "jordanië",
    "kazachstan",
    "kenia",
    "koeweit",
    "libanon",
    "luxemburg",
    "maleisië",
    "marokko",
    "mexico",
    "nigeria",
    "noorwegen",
    "oekraïne",
    "oostenrijk",
    "pakistan",
    "peru",
    "polen",
    "portugal",
    "qatar",
    "roemenië",
    "rusland",
    "rwanda",
    "saoedi-arabië",
    "saudi-arabië",
    "senegal",
    "singapore",
    "soedan",
    "spanje",
    "sudan",
    "taiwan",
    "tanzania",
    "thailand",
    "tsjechië",
    "turkije",
    "vietnam",
    "verenigd koninkrijk",
    "verenigde staten",
    "vs",
    "vk",
    "zuid-afrika",
    "zuid-korea",
    "zweden",
    "zwitserland",
    "afrika",
    "azië",
    "europa",
    "latijns-amerika",
    "noord-amerika",
    "midden-oosten",
];

impl Default for Vocabulary {
    fn default() -> Self {
        let mut terms = Vec::new();
        for (c, p) in MEASURES.iter().chain(DIRECTED) {
            terms.push(term(c, p, TermKind::Measure));
        }
        for (c, p) in QUALIFIERS {
            terms.push(term(c, p, TermKind::Qualifier));
        }
        for p in PLACES {
            terms.push(Term {
                canonical: format!("land:{p}"),
                phrases: vec![p.to_string()],
                kind: TermKind::Place,
            });
        }
        Vocabulary::new(terms)
    }
}

fn term(canonical: &str, phrases: &[&str], kind: TermKind) -> Term {
    Term {
        canonical: canonical.to_string(),
        phrases: phrases.iter().map(|s| s.to_string()).collect(),
        kind,
    }
}

/// A term found in a text: where, and which.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub term: usize,
}

impl Vocabulary {
    pub fn new(terms: Vec<Term>) -> Self {
        let mut phrases: Vec<(String, usize)> = terms
            .iter()
            .enumerate()
            .flat_map(|(i, t)| t.phrases.iter().map(move |p| (p.to_lowercase(), i)))
            .collect();
        phrases.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        let matcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            // A DFA: a few hundred phrases, searched in every answer.
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(phrases.iter().map(|(p, _)| p))
            .ok();
        Vocabulary {
            phrases,
            terms,
            matcher,
        }
    }

    /// The built-in vocabulary, built once.
    pub fn builtin() -> &'static Vocabulary {
        static BUILTIN: std::sync::LazyLock<Vocabulary> =
            std::sync::LazyLock::new(Vocabulary::default);
        &BUILTIN
    }

    pub fn term(&self, hit: &Hit) -> &Term {
        &self.terms[hit.term]
    }

    /// Every term in `text` (already lower-cased), longest match first,
    /// whole words only, non-overlapping, sorted by position.
    pub fn find(&self, lower: &str) -> Vec<Hit> {
        if let Some(ac) = &self.matcher {
            return self.find_standalone(ac, lower);
        }
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let mut hits = Vec::new();
        for (phrase, term) in &self.phrases {
            let mut from = 0;
            while let Some(pos) = lower[from..].find(phrase.as_str()) {
                let start = from + pos;
                let end = start + phrase.len();
                from = end;
                let before_ok = lower[..start]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                let after_ok = lower[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                if !before_ok || !after_ok || taken.iter().any(|&(a, b)| start < b && end > a) {
                    continue;
                }
                taken.push((start, end));
                hits.push(Hit {
                    start,
                    end,
                    term: *term,
                });
            }
        }
        hits.sort_by_key(|h| h.start);
        hits
    }
}

impl Vocabulary {
    /// Every phrase occurrence that stands alone (a character that is no
    /// letter or digit, or the end of the text, on both sides), then from
    /// the left the first (longest) phrase at each place, skipping those
    /// that overlap the one before: what the alternation
    /// `(?:^|[^\p{L}\p{N}])(phrase|...)(?:$|[^\p{L}\p{N}])` found when it
    /// was a regex, at a fraction of the cost of compiling it.
    fn find_standalone(&self, ac: &aho_corasick::AhoCorasick, lower: &str) -> Vec<Hit> {
        let word = |c: char| c.is_alphabetic() || c.is_numeric();
        let mut found: Vec<(usize, usize, usize)> = ac
            .find_overlapping_iter(lower)
            .map(|m| (m.start(), m.pattern().as_usize(), m.end()))
            .filter(|&(start, _, end)| {
                lower[..start].chars().next_back().is_none_or(|c| !word(c))
                    && lower[end..].chars().next().is_none_or(|c| !word(c))
            })
            .collect();
        // By place, then the phrase's rank (longest first).
        found.sort_unstable();
        let mut hits = Vec::new();
        let mut at = 0;
        for (start, phrase, end) in found {
            // The regex's match began at the character before the phrase.
            let before = lower[..start].chars().next_back().map_or(0, char::len_utf8);
            let free = if start == 0 {
                at == 0
            } else {
                start - before >= at
            };
            if free {
                hits.push(Hit {
                    start,
                    end,
                    term: self.phrases[phrase].1,
                });
                at = end;
            }
        }
        hits
    }
}

/// Years printed in a text ("in 2023", "2023"), as (offset, year); ranges
/// such as "2015–2024" are left out.
pub fn years(text: &str) -> Vec<(usize, u16)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= b.len() {
        // To the next digit.
        match b[i..].iter().position(u8::is_ascii_digit) {
            Some(0) => {}
            Some(n) => {
                i += n;
                continue;
            }
            None => break,
        }
        let window = &b[i..i + 4];
        if !window.iter().all(|c| c.is_ascii_digit()) {
            i += 1;
            continue;
        }
        // Four ASCII digits: i and i + 4 are character boundaries.
        let before_ok = i == 0
            || !b[i - 1].is_ascii_alphanumeric() && !matches!(b[i - 1], b'-' | b'/' | b'.' | b',');
        let after_ok = i + 4 == b.len()
            || !b[i + 4].is_ascii_alphanumeric()
                && b[i + 4] != b'/'
                && !(b[i + 4] == b',' && b.get(i + 5).is_some_and(u8::is_ascii_digit));
        let range = text[i + 4..].starts_with(['-', '–']) || text[..i].ends_with(['-', '–']);
        if before_ok && after_ok && !range {
            if let Ok(y) = text[i..i + 4].parse::<u16>() {
                if (1950..=2100).contains(&y) {
                    out.push((i, y));
                }
            }
            i += 4;
            continue;
        }
        i += 1;
    }
    out
}

/// Lower case that keeps every character's byte length, so offsets in the
/// result are offsets in the original.
pub fn lower_same_len(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut l = c.to_lowercase();
        out.push(match (l.next(), l.next()) {
            (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
            _ => c,
        });
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Export,
    Import,
}

/// Whether a (lower-cased) sentence speaks of export or of import; None
/// when it speaks of both or neither.
pub fn direction(sentence: &str) -> Option<Direction> {
    const EXPORT: &[&str] = &["export", "uitvoer", "exporteerde", "uitgevoerd"];
    const IMPORT: &[&str] = &["import", "invoer", "importeerde", "ingevoerd"];
    let has = |words: &[&str]| words.iter().any(|w| sentence.contains(w));
    match (has(EXPORT), has(IMPORT)) {
        (true, false) => Some(Direction::Export),
        (false, true) => Some(Direction::Import),
        _ => None,
    }
}

/// A canonical measure with its direction filled in; None when the measure
/// needs a direction the sentence does not give.
pub fn resolve(canonical: &str, direction: Option<Direction>) -> Option<String> {
    if !canonical.contains("{dir}") {
        return Some(canonical.to_string());
    }
    let d = match direction? {
        Direction::Export => "export",
        Direction::Import => "import",
    };
    Some(canonical.replace("{dir}", d))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The phrase search finds what the regex alternation it replaced found.
    #[test]
    fn phrases_found_as_the_alternation_found_them() {
        let vocabulary = Vocabulary::builtin();
        let alternation: Vec<String> = vocabulary
            .phrases
            .iter()
            .map(|(p, _)| regex::escape(p))
            .collect();
        let re = regex::Regex::new(&format!(
            r"(?:^|[^\p{{L}}\p{{N}}])({})(?:$|[^\p{{L}}\p{{N}}])",
            alternation.join("|")
        ))
        .unwrap();
        let by_regex = |lower: &str| {
            let mut hits = Vec::new();
            let mut at = 0;
            while let Some(c) = re.captures_at(lower, at) {
                let g = c.get(1).unwrap();
                let term = vocabulary
                    .phrases
                    .iter()
                    .find(|(q, _)| q == g.as_str())
                    .unwrap()
                    .1;
                hits.push((g.start(), g.end(), term));
                at = g.end();
            }
            hits
        };
        let seed = include_str!("../../../corpus/36180-164-beleidsagenda-buitenlandse-handel.txt");
        let texts = [
            "de export naar duitsland en de uitvoer van goederen",
            "exportwaarde; export-waarde, de export.",
            "handelsbalans handelsbalansen (handelsbalans)",
            "",
            "export",
            "ëexport exportë",
        ];
        for text in texts.iter().copied().chain(seed.lines()) {
            let lower = lower_same_len(text);
            let ours: Vec<(usize, usize, usize)> = vocabulary
                .find(&lower)
                .iter()
                .map(|h| (h.start, h.end, h.term))
                .collect();
            assert_eq!(ours, by_regex(&lower), "{text:?}");
        }
    }
}
