//! Where the text names a ministry, a portfolio or a fractie of the data
//! ([`super::data`]): "Ministerie van Justitie en Veiligheid", "de
//! Ministers van Buitenlandse Zaken en voor Buitenlandse Handel en
//! Ontwikkelingssamenwerking", "Minister Dijkgraaf (Onderwijs, Cultuur en
//! Wetenschap)", "het lid Teunissen (PvdA)", "de PvdA-fractie"; and what
//! around a name says that it is not the present government's own, or not
//! of the document's own time.

pub use super::sentence::sentence_around;
use super::sentence::{reach_back, sentence_start};
use std::sync::LazyLock;

use regex::Regex;

use super::data::{Names, Role};
use crate::document::{Document, Span};

/// The word before the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Title {
    /// "minister", "ministers", "minister-president" excluded.
    Minister,
    /// "ministerie", "ministeries".
    Ministry,
    /// "staatssecretaris", "staatssecretarissen".
    StateSecretary,
}

/// How the name is joined to its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joint {
    Van,
    Voor,
    /// "Minister Heinen (Financiën)".
    Bracket,
}

/// One name of a ministry or portfolio in the text.
#[derive(Debug, Clone)]
pub struct Use {
    pub title: Title,
    /// Where the title begins (for a list, the list's title).
    pub title_start: usize,
    pub joint: Joint,
    /// "van" or "voor" (for a bracket: the name itself). Empty, before
    /// the name, where a list's name shares its title's word ("de
    /// ministers van A en B": B's "van" is A's).
    pub joint_span: Span,
    /// From the title (or, in a list, the "van"/"voor" or the name) to the
    /// end of the name: what a finding points at.
    pub span: Span,
    pub name_span: Span,
    /// The name as written, its spaces and line breaks made one space.
    pub form: String,
}

/// A party in brackets after a member's name, or before "-fractie".
#[derive(Debug, Clone)]
pub struct FractieUse {
    pub span: Span,
    pub form: String,
}

/// The names of the data as one alternation, longest first, each word
/// joined to the next by any white space (a line break in a print).
fn alternation(names: &Names, roles: &[Role]) -> String {
    let mut forms: Vec<&str> = names
        .names
        .iter()
        .filter(|n| roles.contains(&n.role))
        .flat_map(|n| n.forms())
        .collect();
    forms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    forms.dedup();
    forms
        .iter()
        .map(|f| {
            f.split(' ')
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect::<Vec<_>>()
        .join("|")
}

struct Patterns {
    /// "minister van NAME".
    titled: Regex,
    /// ", NAME" / " en van NAME" right after a name (a list).
    more: Regex,
    /// "Minister Heinen (NAME)", "Staatssecretaris Van Rij (NAME – ...)".
    bracket: Regex,
    /// "(PARTY)", "(beiden PARTY)", "PARTY-fractie".
    fractie: Regex,
}

fn patterns() -> Option<&'static Patterns> {
    static PATTERNS: LazyLock<Option<Patterns>> = LazyLock::new(|| {
        let names = super::data::names()?;
        let offices = alternation(names, &[Role::Ministry, Role::Portfolio]);
        let parties = alternation(names, &[Role::Fractie]);
        Some(Patterns {
            titled: Regex::new(&format!(
                r"\b(?P<title>[Mm]inisters?|[Mm]inisteries?|[Ss]taatssecretaris(?:sen)?)\s+(?P<joint>van|voor)\s+(?P<name>{offices})"
            ))
            .ok()?,
            more: Regex::new(&format!(
                r"^(?:\s*,\s*|\s+en\s+)(?:(?P<joint>van|voor)\s+)?(?P<name>{offices})"
            ))
            .ok()?,
            bracket: Regex::new(&format!(
                r"\b(?P<title>Minister|Staatssecretaris|minister|staatssecretaris)\s+(?:(?:[A-Z][^\s()]*|van|der|den|de|ter|ten)\s+){{1,4}}\((?P<name>{offices})\s*(?:[–-][^()]*)?\)"
            ))
            .ok()?,
            fractie: Regex::new(&format!(
                r"\((?:(?:beiden|allen)\s+)?(?P<bracket>{parties})\)|(?P<compound>{parties})-fractie\b"
            ))
            .ok()?,
        })
    });
    PATTERNS.as_ref()
}

/// Whether the name at `end` goes on in the text (a letter, a digit,
/// "-", "&"): then the data's name is only its beginning.
fn continues(text: &str, end: usize) -> bool {
    text[end..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '&')
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every name of a ministry or portfolio in the text, with its title.
pub fn offices(doc: &Document) -> Vec<Use> {
    let Some(p) = patterns() else {
        return Vec::new();
    };
    let text: &str = &doc.text;
    let mut out = Vec::new();
    for c in p.titled.captures_iter(text) {
        let (Some(title), Some(joint), Some(name)) =
            (c.name("title"), c.name("joint"), c.name("name"))
        else {
            continue;
        };
        let title_kind = match title.as_str().to_lowercase().as_str() {
            "minister" | "ministers" => Title::Minister,
            "ministerie" | "ministeries" => Title::Ministry,
            _ => Title::StateSecretary,
        };
        // "oud-minister", "ex-minister", "vice-minister": not an office
        // of the present government.
        if text[..title.start()].ends_with('-') {
            continue;
        }
        let plural = matches!(
            title.as_str().to_lowercase().as_str(),
            "ministers" | "ministeries" | "staatssecretarissen"
        );
        let mut list = vec![(
            if joint.as_str() == "van" {
                Joint::Van
            } else {
                Joint::Voor
            },
            Span::new(joint.start(), joint.end()),
            Span::new(title.start(), name.end()),
            Span::new(name.start(), name.end()),
        )];
        let mut end = name.end();
        // A list: "Ministers van A en van B", "de Ministers van A en voor
        // B", "de ministeries van A, B en C".
        while let Some(m) = p.more.captures(&text[end..]) {
            let (Some(n), whole) = (m.name("name"), m.get(0)) else {
                break;
            };
            let joint = m.name("joint");
            if joint.is_none() && !plural {
                break;
            }
            let at = |s: usize, e: usize| Span::new(end + s, end + e);
            let (kind, joint_span) = match joint {
                Some(j) if j.as_str() == "voor" => (Joint::Voor, at(j.start(), j.end())),
                Some(j) => (Joint::Van, at(j.start(), j.end())),
                None => (list[list.len() - 1].0, at(n.start(), n.start())),
            };
            let first = joint.map_or(n.start(), |j| j.start());
            list.push((kind, joint_span, at(first, n.end()), at(n.start(), n.end())));
            end += whole.map_or(n.end(), |w| w.end());
        }
        // The last name may be only the start of a longer name the data
        // does not know ("Justitie en Politie", "Economische Zaken,
        // Communicatie, Energie ..."): it is left alone.
        let last = list.len() - 1;
        let longer = continues(text, end) || unknown_longer(&text[end..]);
        for (i, (joint, joint_span, span, name_span)) in list.into_iter().enumerate() {
            if i == last && longer {
                continue;
            }
            out.push(Use {
                title: title_kind,
                title_start: title.start(),
                joint,
                joint_span,
                span,
                name_span,
                form: squash(&text[name_span.start..name_span.end]),
            });
        }
    }
    for c in p.bracket.captures_iter(text) {
        let (Some(title), Some(name)) = (c.name("title"), c.name("name")) else {
            continue;
        };
        let name_span = Span::new(name.start(), name.end());
        out.push(Use {
            title_start: title.start(),
            title: if title.as_str().eq_ignore_ascii_case("minister") {
                Title::Minister
            } else {
                Title::StateSecretary
            },
            joint: Joint::Bracket,
            joint_span: name_span,
            span: name_span,
            name_span,
            form: squash(&text[name.start()..name.end()]),
        });
    }
    out.sort_by_key(|u| (u.span.start, u.span.end));
    out
}

/// Whether the text after a name goes on with more of a name: ", Milieu"
/// or " en Politie", a capitalised word that is no title.
fn unknown_longer(rest: &str) -> bool {
    static MORE: LazyLock<Regex> =
        LazyLock::new(|| crate::static_regex(r"^(?:\s*,\s*|\s+en\s+)(\p{Lu}[\p{L}-]*)"));
    MORE.captures(rest).is_some_and(|c| {
        let word = &c[1];
        !matches!(
            word,
            "Minister" | "Ministers" | "Staatssecretaris" | "Staatssecretarissen" | "Ministerie"
        )
    })
}

/// Every party of the data named as a member's fractie where the Kamer
/// itself names it: in the header of Kamervragen and where they are cited
/// ("Vragen van het lid Teunissen (PvdA)", "vragen van de leden Bushoff
/// en Patijn(beiden GroenLinks-PvdA)"), and in a verslag or nota ("De
/// leden van de PvdA-fractie"). A member named elsewhere ("de motie van
/// het lid Klaver (GroenLinks)") may be named as of the motion's day.
pub fn fracties(doc: &Document) -> Vec<FractieUse> {
    static QUESTIONS: LazyLock<Regex> =
        LazyLock::new(|| crate::static_regex(r"(?i)\bvragen\s+van\s+(?:het\s+lid|de\s+leden)\s"));
    static MEMBERS_OF: LazyLock<Regex> =
        LazyLock::new(|| crate::static_regex(r"(?i)\bleden\s+van\s+de\s+$"));
    let Some(p) = patterns() else {
        return Vec::new();
    };
    let text: &str = &doc.text;
    let mut out = Vec::new();
    for c in p.fractie.captures_iter(text) {
        if let Some(party) = c.name("bracket") {
            let open = c.get(0).map_or(party.start(), |m| m.start());
            // A member's name right before the bracket ("Teunissen
            // (PvdA)", "Patijn(beiden ...").
            let before = text[..open].trim_end_matches([' ', '\t']);
            if !before.chars().next_back().is_some_and(char::is_alphabetic) {
                continue;
            }
            let sentence = sentence_around(text, Span::new(open, open));
            if !QUESTIONS.is_match(&text[sentence.start..open]) {
                continue;
            }
            out.push(FractieUse {
                span: Span::new(party.start(), party.end()),
                form: squash(party.as_str()),
            });
        } else if let Some(party) = c.name("compound") {
            let mut start = party.start().saturating_sub(40);
            while !text.is_char_boundary(start) {
                start += 1;
            }
            if !MEMBERS_OF.is_match(&text[start..party.start()]) {
                continue;
            }
            out.push(FractieUse {
                span: Span::new(party.start(), party.end()),
                form: squash(party.as_str()),
            });
        }
    }
    out
}

/// Words that place a name in the past, or show it is not the present
/// one: "het toenmalige ministerie", "destijds", "toen", "eerder", "het
/// vorige kabinet", "mijn ambtsvoorganger", "het nieuwe ministerie".
static PAST: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)toenmalig|voormalig|destijds|voorheen|vroeger|indertijd|\bthans\b|inmiddels|\bheette|hernoemd|omgedoopt|opgeheven|samengevoegd|gesplitst|splitsing|voorganger|opvolger|in het verleden|\btoen\b|\beerder\b|\bvorige?\s+kabinet|\boud-|\bex-|\bnieuwe\b|\boude\b",
    )
});

static YEAR: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"\b(19[5-9][0-9]|20[0-9][0-9])\b"));

/// Whether the sentence around `span` speaks of another time than the
/// document's: a word of the past ("toenmalig", "destijds"), or a year
/// for which `fits` holds (a year in which the name was valid).
pub fn other_time(text: &str, span: Span, fits: impl Fn(i64) -> bool) -> bool {
    let s = sentence_around(text, span);
    let sentence = &text[s.start..s.end];
    PAST.is_match(sentence)
        || YEAR
            .find_iter(sentence)
            .filter_map(|m| m.as_str().parse::<i64>().ok())
            .any(fits)
}

/// Whether `span` stands inside a quotation of its sentence («...»,
/// “...”, "...", a headline or a title quoted).
pub fn quoted(text: &str, span: Span) -> bool {
    // Only the sentence's start counts (what [`sentence_around`] gives).
    let s = sentence_start(text, reach_back(text, span.start), span.start);
    // A quotation may hold sentence ends of its own: look back a little
    // further than the sentence.
    let mut start = s.saturating_sub(200);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    // The quotation marks before the name, counted in one pass.
    let (mut guillemets, mut curly, mut straight) = (0i64, 0i64, 0usize);
    for c in text[start..span.start].chars() {
        match c {
            '«' => guillemets += 1,
            '»' => guillemets -= 1,
            '“' | '„' => curly += 1,
            '”' => curly -= 1,
            '"' => straight += 1,
            _ => {}
        }
    }
    guillemets > 0 || curly > 0 || straight % 2 == 1
}

/// Whether the name at `u` belongs to another government: a nationality
/// before the title ("de Duitse minister van Economische Zaken"), a
/// country after the name ("de minister van Justitie van Curaçao").
pub fn foreign(text: &str, title_start: usize, name_end: usize) -> bool {
    static AFTER: LazyLock<Regex> =
        LazyLock::new(|| crate::static_regex(r"^\s+van\s+(?:de\s+|het\s+)?\p{Lu}"));
    let before = text[..title_start].trim_end();
    let word: &str = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    let nationality = word.chars().next().is_some_and(char::is_uppercase)
        && (word.ends_with("se") || word.ends_with("sche"));
    nationality || AFTER.is_match(&text[name_end..])
}

/// Whether the document names a country of the Kingdom or a neighbour
/// whose government has ministries of Dutch names (a Minister van
/// Justitie).
pub fn names_abroad(text: &str) -> bool {
    static ABROAD: LazyLock<Regex> = LazyLock::new(|| {
        crate::static_regex(r"\b(?:Aruba|Curaçao|Curacao|Sint[ -]Maarten|Suriname|Belgi[eë])")
    });
    ABROAD.is_match(text)
}

/// Whether `offset` lies in a footnote definition: a citation of an
/// older document names that document's minister.
pub fn in_footnote(doc: &Document, offset: usize) -> bool {
    doc.definitions.iter().any(|d| d.span.contains(offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Document {
        crate::document::text::read("x.txt", text.as_bytes())
    }

    fn forms(text: &str) -> Vec<(String, Joint)> {
        offices(&read(text))
            .into_iter()
            .map(|u| (u.form, u.joint))
            .collect()
    }

    #[test]
    fn finds_titles_lists_and_brackets() {
        assert_eq!(
            forms("1 Vraag?\naan de Ministers van Buitenlandse Zaken en voor Buitenlandse Handel en\nOntwikkelingssamenwerking over x.\n"),
            [
                ("Buitenlandse Zaken".to_string(), Joint::Van),
                ("Buitenlandse Handel en Ontwikkelingssamenwerking".to_string(), Joint::Voor)
            ]
        );
        assert_eq!(
            forms("1 Vraag?\nDe ministers van VenJ en Financiën hebben dat gedaan.\n"),
            [
                ("VenJ".to_string(), Joint::Van),
                ("Financiën".to_string(), Joint::Van)
            ]
        );
        assert_eq!(
            forms("1 Vraag?\nAntwoord van Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties).\n"),
            [("Binnenlandse Zaken en Koninkrijksrelaties".to_string(), Joint::Bracket)]
        );
    }

    #[test]
    fn leaves_longer_and_other_names_alone() {
        // Suriname's Minister van Justitie en Politie, Aruba's Minister van
        // Economische Zaken, Communicatie, ...: not a name of the data.
        assert!(forms("1 Vraag?\nDe Minister van Justitie en Politie zei dat.\n").is_empty());
        assert!(
            forms("1 Vraag?\nDe Minister van Economische Zaken, Communicatie en Energie.\n")
                .is_empty()
        );
        assert!(forms("1 Vraag?\nDe oud-minister van Justitie zei dat.\n").is_empty());
        assert!(forms("1 Vraag?\nHet ministerie van EZK-beleid.\n").is_empty());
    }

    #[test]
    fn a_member_and_a_fractie() {
        let doc = read("Vragen van de leden Hirsch (GroenLinks-PvdA) en Teunissen (PvdA) aan de Minister.\n1 Vraag?\nDe leden van de GroenLinks-PvdA-fractie en de leden van de PvdA-fractie. Het rapport (PvdA) zegt. De motie van het lid Klaver (GroenLinks). De GroenLinks-fractie.\n");
        let found: Vec<String> = fracties(&doc).into_iter().map(|f| f.form).collect();
        assert_eq!(
            found,
            ["GroenLinks-PvdA", "PvdA", "GroenLinks-PvdA", "PvdA"]
        );
    }

    #[test]
    fn the_past_and_abroad() {
        let t = "In 2016 heeft het ministerie van VenJ dit gedaan. Nu doet het ministerie van VenJ dat.";
        let first = t.find("VenJ").unwrap();
        let second = t.rfind("VenJ").unwrap();
        assert!(other_time(t, Span::new(first, first + 4), |y| y <= 2017));
        assert!(!other_time(t, Span::new(second, second + 4), |y| y <= 2017));
        let t = "Het toenmalige ministerie van VenJ.";
        assert!(other_time(t, Span::new(30, 34), |_| false));
        let t = "De Duitse minister van Economische Zaken zei dat.";
        assert!(foreign(
            t,
            t.find("minister").unwrap(),
            t.find(" zei").unwrap()
        ));
        let t = "De minister van Justitie van Curaçao zei dat.";
        assert!(foreign(
            t,
            t.find("minister").unwrap(),
            t.find(" van Cura").unwrap()
        ));
        let t = "De minister van Justitie zei dat.";
        assert!(!foreign(
            t,
            t.find("minister").unwrap(),
            t.find(" zei").unwrap()
        ));
        let t = "Het artikel «Minister van Justitie wil meer» zegt.";
        assert!(quoted(
            t,
            Span::new(t.find("Justitie").unwrap(), t.find(" wil").unwrap())
        ));
    }
}
