//! The words of a text as names: which capitalised words stand where a
//! name stands (mid-sentence, not only after a full stop), their
//! neighbours within a name ("Both Ends", "Sala pa Tur"), and whether two
//! spellings are one name written two ways ([`compare`]). Used by
//! `names/spelling-variant`.

use foldhash::HashSet;

use crate::document::Span;

/// One word of the text.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub span: Span,
    /// The first letter is a capital.
    pub cap: bool,
    /// Every letter is a capital (and there are at least two).
    pub upper: bool,
    /// Stands where a name stands: after a word of the same sentence, not
    /// only at a sentence's or a line's start.
    pub mid: bool,
    /// Only white space between this word and the one before.
    pub joined_before: bool,
}

/// Lower-case words that join the words of one name: "Ministerie van
/// Defensie", "Sala pa Tur", "Fundashon Bos di Hubentut".
const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "het", "ter", "ten", "pa", "di", "da", "du", "do", "dos", "das",
    "la", "le", "von", "y",
];

/// Words that show an English passage (a report's title, an
/// organisation's English name), where a Dutch name's English twin is no
/// variant.
const ENGLISH: &[&str] = &[
    "the", "and", "for", "with", "from", "by", "its", "their", "this", "which", "on", "to",
];

/// The words of `text`: runs of letters, joined by a hyphen or an
/// apostrophe between letters ("Saudi-Arabië", "ICT’ers"). A scan by
/// hand rather than a regex: a Unicode letter class costs each thread a
/// cache of its own, and this runs on every document.
fn spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_alphabetic() {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphabetic() {
                end = i + c.len_utf8();
                chars.next();
            } else if matches!(c, '-' | '\'' | '’')
                && text[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic)
            {
                chars.next();
            } else {
                break;
            }
        }
        out.push(Span::new(start, end));
    }
    out
}

/// The words of `text`, in order.
pub fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    for m in spans(text) {
        let w = &text[m.start..m.end];
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        // The lower-case letter first: most words have one at once, and
        // are then not counted.
        let upper = !w.chars().any(char::is_lowercase)
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        let prev_end = out.last().map_or(0, |p| p.span.end);
        let gap = &text[prev_end..m.start];
        let joined_before = !out.is_empty() && gap.chars().all(char::is_whitespace);
        let mid = cap && out.last().is_some_and(|p| after_word(text, gap, p));
        out.push(Word {
            span: m,
            cap,
            upper,
            mid,
            joined_before,
        });
    }
    out
}

/// Whether a word after `gap` continues the sentence of `prev`: only white
/// space between them, or a comma or an opening bracket or quote; and the
/// word before is lower-case, or a capitalised word that itself stands
/// mid-sentence ("bij Programma Speer").
fn after_word(text: &str, gap: &str, prev: &Word) -> bool {
    let punct: String = gap.chars().filter(|c| !c.is_whitespace()).collect();
    if !matches!(
        punct.as_str(),
        "" | "," | "(" | "“" | "‘" | "\"" | "'" | "«" | ", ("
    ) {
        return false;
    }
    let prev_cap = text[prev.span.start..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    !prev_cap || prev.mid
}

/// The lower-case text of `w`.
pub fn lower(text: &str, w: &Word) -> String {
    text[w.span.start..w.span.end].to_lowercase()
}

/// Whether `w` is a particle of a name.
pub fn particle(text: &str, w: &Word) -> bool {
    PARTICLES.contains(&&text[w.span.start..w.span.end])
}

/// The name word before word `i` (only white space between, capitalised),
/// lower-case, and whether it is in capitals.
pub fn before(text: &str, words: &[Word], i: usize) -> Option<Neighbour> {
    let w = &words[i];
    let p = words.get(i.checked_sub(1)?)?;
    (w.joined_before && p.cap).then(|| Neighbour {
        key: lower(text, p),
        upper: p.upper,
        span: p.span,
    })
}

/// The name words after word `i`: the next capitalised word, or a
/// particle and the capitalised word after it ("pa Tur"), lower-case, and
/// whether the capitalised word is in capitals.
pub fn after(text: &str, words: &[Word], i: usize) -> Option<Neighbour> {
    let n = words.get(i + 1)?;
    if !n.joined_before {
        return None;
    }
    if n.cap {
        return Some(Neighbour {
            key: lower(text, n),
            upper: n.upper,
            span: n.span,
        });
    }
    let m = words.get(i + 2)?;
    (particle(text, n) && m.joined_before && m.cap).then(|| Neighbour {
        key: format!("{} {}", lower(text, n), lower(text, m)),
        upper: m.upper,
        span: Span::new(n.span.start, m.span.end),
    })
}

/// A word of the same name next to a word: its lower-case text, whether
/// it is in capitals, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neighbour {
    pub key: String,
    pub upper: bool,
    pub span: Span,
}

/// Whether word `i` stands among English words (three either side).
pub fn english(text: &str, words: &[Word], i: usize) -> bool {
    let from = i.saturating_sub(3);
    let to = (i + 4).min(words.len());
    (from..to).any(|j| {
        let w = lower(text, &words[j]);
        // "of" is Dutch too; before a name it is English ("Institute of
        // Standards").
        j != i
            && (ENGLISH.contains(&w.as_str())
                || (w == "of" && words.get(j + 1).is_some_and(|n| n.cap) && words[j].joined_before))
    })
}

/// The lower-case words of the text, for telling a name ("Both Ends")
/// from a common word printed with a capital ("Defensie", "Zaken" in a
/// heading, where "defensie" and "zaken" stand in the text too).
pub fn lower_words<'a>(text: &'a str, words: &[Word]) -> HashSet<&'a str> {
    words
        .iter()
        .filter(|w| !w.cap)
        .map(|w| &text[w.span.start..w.span.end])
        .collect()
}

/// A name's key for spellings that differ in accents or transliteration
/// only: lower-case, accents dropped, "oe" as "u" and "ij" as "y"
/// ("Saoedi-Arabië" and "Saudi-Arabië", "België" and "Belgie").
pub fn key(form: &str) -> String {
    let folded: String = form
        .chars()
        .flat_map(char::to_lowercase)
        .map(plain)
        .collect();
    folded.replace("oe", "u").replace("ij", "y")
}

/// A letter without its accent (the Latin letters Dutch texts use).
fn plain(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        '’' => '\'',
        c => c,
    }
}

/// How two spellings differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// In capitals only ("Both Ends", "Both ENDS"; "ProRail", "Prorail").
    Case,
    /// In accents or transliteration ("Saudi", "Saoedi").
    Key,
    /// In one or two letters ("Sala", "Salu").
    Letters,
}

/// Endings of inflection and derivation: two spellings that differ only
/// in these, after a common start, are forms of one word ("Ministers",
/// "Ministerie"; "lidstaat", "lidstaten"), not a slip.
const ENDINGS: &[&str] = &[
    "", "s", "'s", "’s", "e", "n", "en", "es", "se", "er", "ers", "ie", "ies", "isch", "ische",
    "sche", "t", "te", "ten", "de", "den", "r", "re", "a", "o", "at", "aat", "aten", "ese", "ees",
    "ë", "ën", "ër", "che", "ch",
];

/// Letters a scan is misread as ("Rekenkarner", "Detensie",
/// "Vastgoedpian", "Rekenkemer"): a difference of this kind is more often
/// the scan's than the writer's.
const SCAN: &[(&str, &str)] = &[
    ("rn", "m"),
    ("ri", "n"),
    ("in", "m"),
    ("li", "h"),
    ("cl", "d"),
    ("vv", "w"),
    ("ii", "u"),
    ("l", "i"),
    ("l", "t"),
    ("l", "!"),
    ("l", "'"),
    ("l", "’"),
    ("f", "t"),
    ("f", "j"),
    ("e", "c"),
    ("e", "a"),
    ("c", "o"),
    ("i", "j"),
];

/// Whether `a` and `b` (two distinct words of the text, both standing
/// where names stand) are one name written two ways, and how; `context`
/// says whether they share a neighbour within the name ("Both" before
/// "Ends" and "ENDS"; "pa Tur" after "Sala" and "Salu"), which makes a
/// short name's variant certain, and `mixed` whether that neighbour is
/// not itself in capitals (a heading in capitals is not a variant).
pub fn compare(a: &str, b: &str, context: bool, mixed: bool) -> Option<Kind> {
    let (la, lb) = (a.to_lowercase(), b.to_lowercase());
    // A hyphen more or less ("PKI-consortium", "PKIconsortium") is
    // style/abbreviation-compound's, or a line end the extraction joined.
    if la.replace('-', "") == lb.replace('-', "") && la != lb {
        return None;
    }
    let upper = |s: &str| {
        s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
    };
    if la == lb {
        return match (upper(a), upper(b)) {
            // A name in capitals among words that are not ("Both ENDS"
            // against "Both Ends"), never a heading or an address in
            // capitals ("DEN HAAG").
            (true, false) | (false, true) => {
                (context && mixed && la.chars().count() >= 3).then_some(Kind::Case)
            }
            // A capital inside the word ("ProRail", "Prorail"), not at the
            // start of the word or of a part after a hyphen (a title's
            // capitals, "EU-Lidstaten").
            (false, false) => (la.chars().count() >= 5 && inner_case(a, b)).then_some(Kind::Case),
            (true, true) => None,
        };
    }
    // Abbreviations differ by a letter and are other bodies ("IenW",
    // "IenM"; "AIVD", "AIV").
    if upper(a) || upper(b) || abbreviation(a) || abbreviation(b) {
        return None;
    }
    let (ka, kb) = (key(a), key(b));
    if ka.chars().next() != kb.chars().next() {
        return None;
    }
    // Straight and curly apostrophes ("ICT'ers", "ICT’ers") are type,
    // not spelling.
    if la.replace('’', "'") == lb.replace('’', "'") {
        return None;
    }
    if ka == kb {
        return (ka.chars().count() >= 4).then_some(Kind::Key);
    }
    // A compound with a hyphen: the part that differs is compared.
    let (pa, pb): (Vec<&str>, Vec<&str>) = (ka.split('-').collect(), kb.split('-').collect());
    if pa.len() != pb.len() {
        return None;
    }
    let differing: Vec<usize> = (0..pa.len()).filter(|&i| pa[i] != pb[i]).collect();
    let [i] = differing[..] else { return None };
    let (x, y) = (pa[i], pb[i]);
    if x.chars().count() <= 3 || upper(part(a, i)) || upper(part(b, i)) {
        return None;
    }
    if x.chars().next() != y.chars().next()
        || x.starts_with(y)
        || y.starts_with(x)
        || inflected(x, y)
        || scanned(x, y)
        || replaced(x, y)
    {
        return None;
    }
    let d = strsim::levenshtein(x, y);
    let shortest = x.chars().count().min(y.chars().count());
    let enough = match (d, context) {
        (1, true) => shortest >= 4,
        (1, false) => shortest >= 7,
        (2, true) => shortest >= 7,
        (2, false) => shortest >= 10,
        _ => false,
    };
    enough.then_some(Kind::Letters)
}

/// The `n`th part of a hyphenated word.
fn part(w: &str, n: usize) -> &str {
    w.split('-').nth(n).unwrap_or("")
}

/// Two or more capitals in a short word: an abbreviation ("VenJ", "AdP").
fn abbreviation(w: &str) -> bool {
    w.chars().count() <= 6 && w.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// Whether two spellings that differ in case only differ at a letter
/// that is not the first of the word or of a hyphenated part.
fn inner_case(a: &str, b: &str) -> bool {
    let mut start = true;
    for (x, y) in a.chars().zip(b.chars()) {
        if x != y && !start {
            return true;
        }
        start = x == '-';
    }
    false
}

/// The two spellings past their common start.
fn tails<'a>(x: &'a str, y: &'a str) -> (&'a str, &'a str) {
    let common: usize = x
        .char_indices()
        .zip(y.chars())
        .take_while(|((_, a), b)| a == b)
        .last()
        .map_or(0, |((i, a), _)| i + a.len_utf8());
    (&x[common..], &y[common..])
}

/// Whether `x` and `y` differ only in an ending of inflection or
/// derivation.
fn inflected(x: &str, y: &str) -> bool {
    let (tx, ty) = tails(x, y);
    x.len() - tx.len() >= 4 && ENDINGS.contains(&tx) && ENDINGS.contains(&ty)
}

/// Whether `x` and `y` differ in one place by two letters replaced by two
/// others ("Dienstenexport", "Dienstenimport"): another word of a
/// compound, not a slip (a slip drops, doubles or swaps a letter).
fn replaced(x: &str, y: &str) -> bool {
    let (mx, my) = middles(x, y);
    mx.chars().count() == 2 && my.chars().count() == 2 && !mx.chars().any(|c| my.contains(c))
}

/// The differing middles of `x` and `y`, past their common start and end.
fn middles(x: &str, y: &str) -> (String, String) {
    let (tx, ty) = tails(x, y);
    let rx: String = tx.chars().rev().collect();
    let ry: String = ty.chars().rev().collect();
    let (ex, ey) = tails(&rx, &ry);
    (ex.chars().rev().collect(), ey.chars().rev().collect())
}

/// Whether `x` and `y` differ in one place by letters a scan misreads.
fn scanned(x: &str, y: &str) -> bool {
    let (mx, my) = middles(x, y);
    SCAN.iter()
        .any(|&(p, q)| (mx == p && my == q) || (mx == q && my == p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_issues_variants_are_one_name() {
        assert_eq!(compare("Sala", "Salu", true, true), Some(Kind::Letters));
        assert_eq!(compare("Sala", "Salu", false, false), None);
        assert_eq!(compare("Ends", "ENDS", true, true), Some(Kind::Case));
        assert_eq!(
            compare("Saudi-Arabië", "Saoedi-Arabië", false, false),
            Some(Kind::Key)
        );
        assert_eq!(
            compare("ProRail", "Prorail", false, false),
            Some(Kind::Case)
        );
    }

    #[test]
    fn forms_of_a_word_and_other_names_are_not() {
        for (a, b) in [
            ("Nederland", "Nederlandse"),
            ("Europees", "Europese"),
            ("Ministerie", "Ministers"),
            ("EU-lidstaten", "EU-lidstaat"),
            ("Zuid-Afrika", "Zuid-Amerika"),
            ("ICT-systemen", "IT-systemen"),
            ("EU-maatregelen", "EV-maatregelen"),
            ("PKI-consortium", "PKIconsortium"),
            ("Jansen", "Janssen"),
            ("Gambia", "Zambia"),
            ("Rekenkamer", "Rekenkarner"),
            ("Defensie", "Detensie"),
            ("EU-Lidstaten", "EU-lidstaten"),
            ("HAAG", "Haag"),
            ("IenW", "IenM"),
            ("MKB-importeurs", "MKB-exporteurs"),
            ("Dienstenexport", "Dienstenimport"),
            ("Nederlandse", "Nederlandsche"),
            ("ICT'ers", "ICT’ers"),
        ] {
            assert_eq!(compare(a, b, false, false), None, "{a} {b}");
        }
        assert_eq!(compare("HAAG", "Haag", true, false), None);
    }

    #[test]
    fn words_mid_sentence_and_their_neighbours() {
        let text = "Vraag 1\nWij spraken de NGO Both Ends, en Sala pa Tur.\nDeze";
        let w = words(text);
        let at = |s: &str| {
            w.iter()
                .position(|x| &text[x.span.start..x.span.end] == s)
                .unwrap()
        };
        assert!(!w[at("Wij")].mid && w[at("NGO")].mid && w[at("Both")].mid);
        assert!(w[at("Sala")].mid && !w[at("Deze")].mid);
        let key = |n: Option<Neighbour>| n.map(|n| (n.key, n.upper));
        assert_eq!(
            key(after(text, &w, at("Sala"))),
            Some(("pa tur".into(), false))
        );
        assert_eq!(
            key(before(text, &w, at("Ends"))),
            Some(("both".into(), false))
        );
    }
}
