//! Footnote markers in PDF-extracted text.
//!
//! A PDF flattens superscript markers into the text: "Soedan.1",
//! "kobalt3", "15 mei 202522" (2025 + marker 22), and sometimes detached
//! ("aan de orde. 42 Wel"). Ordinary numbers look the same, so the reader
//! uses the sequence: markers run 1, 2, 3, ... through a document. Digits
//! that look like a marker but do not fit the sequence become a note
//! instead of a silent guess.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::document::{Marker, MarkerKind, NoteKind, ReaderNote, Span};
use crate::lang::Msg;

/// How far ahead of the expected number a glued marker may be (a marker
/// that the PDF lost, or that the author skipped).
const LOOKAHEAD: u32 = 2;

/// The note on digits that may be a marker out of sequence (reported by
/// footnote/uncertain-marker).
const UNCERTAIN: Msg = Msg::new(
    "“{token}” staat aan een woord vast als een voetnootteken, maar het volgende voetnootteken in de reeks is {next}",
    "\"{token}\" is glued to a word like a footnote marker, but the next marker in sequence is {next}",
);

static NUMBER: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"[0-9]+(?:[.,][0-9]+)*"));

#[derive(Debug, Default)]
pub struct Markers {
    list: Vec<Marker>,
    numbers: BTreeSet<u32>,
}

impl Markers {
    /// Whether a marker with this number has been read.
    pub fn seen(&self, n: u32) -> bool {
        self.numbers.contains(&n)
    }

    /// The highest marker number read so far.
    pub fn max_seen(&self) -> u32 {
        self.numbers.last().copied().unwrap_or(0)
    }

    /// Adds a marker found after the pass (see [`recover_detached`]).
    pub fn insert(&mut self, marker: Marker) {
        self.numbers.insert(marker.number);
        let at = self
            .list
            .partition_point(|m| m.span.start < marker.span.start);
        self.list.insert(at, marker);
    }

    /// The number the next marker should have.
    pub fn next(&self) -> u32 {
        self.list.last().map(|m| m.number + 1).unwrap_or(1)
    }

    pub fn into_vec(self) -> Vec<Marker> {
        self.list
    }

    fn push(&mut self, number: u32, span: Span, kind: MarkerKind) {
        self.numbers.insert(number);
        self.list.push(Marker {
            number,
            span,
            kind,
            entry: None,
        });
    }

    /// Finds the markers in one content line.
    pub fn scan(&mut self, text: &str, line: Span, notes: &mut Vec<ReaderNote>) {
        let s = line.text(text);
        for m in NUMBER.find_iter(s) {
            let token = m.as_str();
            // The text before the number, read backwards as far as needed.
            let before = &s[..m.start()];
            let mut back = before.chars().rev();
            let c1 = back.next();
            let c2 = back.next();
            let after = s[m.end()..].chars().next();
            // A marker is followed by a space, punctuation or the line end;
            // "3W", "1/3e", "15%", "2025–2026" are not markers.
            if let Some(a) = after {
                // "gesproken.3Toekomstige": a marker after a sentence's end,
                // the next sentence glued to it.
                let glued_sentence = a.is_uppercase() && c1.is_some_and(|c| ".?!".contains(c));
                if !(a.is_whitespace() || ".,;:?!)]”’\"'".contains(a) || glued_sentence) {
                    continue;
                }
            }
            let pure = token.bytes().all(|b| b.is_ascii_digit());
            let span = Span::new(line.start + m.start(), line.start + m.end());
            let next = self.next();
            // A marker glued after the full stop that ends a sentence with
            // a number: "7 april 2025.24", "in 2022.40".
            if !pure {
                if let Some((head, tail)) = token.rsplit_once('.') {
                    let sentence_end = after.is_none()
                        || s[m.end()..].trim_start().starts_with(char::is_uppercase);
                    // A year or a count ends the sentence ("in 2022.40"); a
                    // section number does not ("2.2 Noodzaak van ...").
                    let after_question = before
                        .trim_end()
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|w| w == "vraag" || w == "vragen");
                    let ok_head = (head.len() >= 3 || after_question)
                        && head.bytes().all(|b| b.is_ascii_digit());
                    if ok_head && sentence_end && tail.len() <= 3 && !tail.starts_with('0') {
                        if let Ok(v) = tail.parse::<u32>() {
                            if (next..=next + LOOKAHEAD).contains(&v) {
                                let at = span.end - tail.len();
                                self.push(v, Span::new(at, span.end), MarkerKind::Glued);
                            }
                        }
                    }
                }
                continue;
            }
            // After a question mark a number is a marker even after
            // digits: "uit 2018?10".
            let after_question =
                c1.is_some_and(|c| "?!".contains(c)) && c2.is_some_and(|c2| c2.is_ascii_digit());
            // After a bracket or quote that closes a date: "(... 2024)26".
            let after_closer = c1.is_some_and(|c| ")”’»".contains(c))
                && c2.is_some_and(|c2| c2.is_ascii_digit())
                && token.parse::<u32>().ok() == Some(next);
            match c1 {
                Some(c)
                    if c.is_alphabetic()
                        || after_question
                        || after_closer
                        || (is_glue(c)
                            && c2.is_some_and(|c2| c2.is_alphabetic() || is_glue(c2))) =>
                {
                    if !pure || token.len() > 3 || token.starts_with('0') {
                        continue;
                    }
                    let Ok(v) = token.parse::<u32>() else {
                        continue;
                    };
                    if (next..=next + LOOKAHEAD).contains(&v) {
                        if !name_with_digit(before, token) {
                            self.push(v, span, MarkerKind::Glued);
                        }
                    } else if let Some(at) = after_name(before, token, next) {
                        // "NIS24": the name NIS2 with marker 4.
                        let v = token[at..].parse().unwrap_or(next);
                        self.push(v, Span::new(span.start + at, span.end), MarkerKind::Glued);
                    } else if strong_glue(before) && v != 1 {
                        // (A "1" out of sequence starts the numbering of an
                        // annex's own notes, or is no marker: no note.)
                        notes.push(ReaderNote {
                            kind: NoteKind::UncertainMarker,
                            span,
                            message: UNCERTAIN.say(&[("token", &token), ("next", &next)]),
                        });
                    }
                }
                _ => {
                    if !pure {
                        continue;
                    }
                    // A year with a marker glued to it: "202522" = 2025 + 22.
                    if (5..=7).contains(&token.len())
                        && (token.starts_with("19") || token.starts_with("20"))
                    {
                        let suffix = &token[4..];
                        if suffix.starts_with('0') {
                            continue;
                        }
                        let Ok(v) = suffix.parse::<u32>() else {
                            continue;
                        };
                        if (next..=next + LOOKAHEAD).contains(&v) {
                            self.push(
                                v,
                                Span::new(span.start + 4, span.end),
                                MarkerKind::AfterYear,
                            );
                        }
                        continue;
                    }
                    // Detached after a sentence: "aan de orde. 42 Wel".
                    if c1.is_some_and(char::is_whitespace)
                        && token.parse::<u32>().ok() == Some(next)
                    {
                        let prev_visible = before.chars().rev().find(|c| !c.is_whitespace());
                        let rest = s[m.end()..].trim_start();
                        let next_upper = rest.chars().next().is_some_and(char::is_uppercase);
                        let gap = s[m.end()..].starts_with(char::is_whitespace);
                        if prev_visible.is_some_and(|c| ".!?".contains(c)) && next_upper && gap {
                            self.push(next, span, MarkerKind::Detached);
                        }
                    }
                }
            }
        }
    }
}

/// A marker that stands apart in the middle of a sentence ("de leden
/// vragen 17 een toelichting"), found from its definition: `n` is defined
/// but no marker was read. Only a number between the markers before and
/// after it in the sequence, inside `content`, between a lower-case word
/// and a function word, and only if there is exactly one such number.
pub fn find_detached(text: &str, markers: &Markers, n: u32, content: &[Span]) -> Option<Span> {
    const NEXT: &[&str] = &[
        "een", "de", "het", "en", "of", "om", "te", "van", "aan", "in", "op", "bij", "dat", "die",
        "voor", "naar", "is", "zijn", "wordt",
    ];
    const BEFORE_NUMBER: &[&str] = &[
        "in",
        "op",
        "van",
        "de",
        "het",
        "een",
        "artikel",
        "lid",
        "vraag",
        "nr",
        "nummer",
        "pagina",
        "blz",
        "hoofdstuk",
        "paragraaf",
        "bijlage",
        "tabel",
        "figuur",
        "met",
        "tot",
        "en",
        "of",
        "ruim",
        "circa",
        "bijna",
        "ongeveer",
        "per",
        "dan",
        "na",
        "over",
    ];
    let from = markers
        .list
        .iter()
        .filter(|m| m.number < n)
        .map(|m| m.span.end)
        .max()
        .unwrap_or(0);
    let to = markers
        .list
        .iter()
        .filter(|m| m.number > n)
        .map(|m| m.span.start)
        .min()
        .unwrap_or(text.len());
    let token = n.to_string();
    let mut found = None;
    for span in content.iter().filter(|s| s.end > from && s.start < to) {
        let line = span.text(text);
        for (at, _) in line.match_indices(token.as_str()) {
            let start = span.start + at;
            let end = start + token.len();
            if start < from || end > to {
                continue;
            }
            let before = &line[..at];
            let after = &line[at + token.len()..];
            if !before.ends_with(' ') || !after.starts_with(' ') {
                continue;
            }
            let prev = before.trim_end().rsplit(' ').next().unwrap_or("");
            let next = after.trim_start().split(' ').next().unwrap_or("");
            let prev_word = !prev.is_empty()
                && prev.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
                && !BEFORE_NUMBER.contains(&prev);
            if prev_word && NEXT.contains(&next) {
                if found.is_some() {
                    return None;
                }
                found = Some(Span::new(start, end));
            }
        }
    }
    found
}

/// Punctuation a marker may be glued to: "Soedan.1", "(ILT).11", "’.5".
fn is_glue(c: char) -> bool {
    ".,;:)]’'\"”%?!»".contains(c)
}

/// Names and units that end in digits of their own: "CO2", "NIS2",
/// "G20", "F35", "PM10", "m2", "km2". Their digits are no marker.
fn name_with_digit(before: &str, token: &str) -> bool {
    const NAMES: &[&str] = &["CO", "NO", "SO", "CH", "NH", "NIS", "PM", "MKB"];
    const UNITS: &[&str] = &["m", "km", "cm", "mm", "dm"];
    let name: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let single_capital = name.chars().count() == 1 && name.chars().all(char::is_uppercase);
    token.len() <= 2
        && (NAMES.contains(&name.as_str()) || UNITS.contains(&name.as_str()) || single_capital)
}

/// Where a marker in sequence starts inside digits glued to a name that
/// carries a digit of its own ("NIS24" is NIS2 with marker 4, "CO23" is
/// CO2 with marker 3): the name is an upper-case abbreviation, and what
/// is left of the digits after the marker is the name's own.
fn after_name(before: &str, token: &str, next: u32) -> Option<usize> {
    let name: Vec<char> = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    if name.len() < 2 || !name.iter().all(|c| c.is_uppercase()) || token.len() < 2 {
        return None;
    }
    (1..token.len()).find(|&at| {
        let tail = &token[at..];
        !tail.starts_with('0')
            && tail
                .parse::<u32>()
                .is_ok_and(|v| (next..=next + LOOKAHEAD).contains(&v))
    })
}

/// A word of three or more letters ending in a lower-case letter (possibly
/// followed by one punctuation mark): the marker shape that is rarely
/// anything else.
/// Whether the text before a number ends in a lowercase word of three
/// letters or more, with at most one glue character between.
fn strong_glue(before: &str) -> bool {
    let mut it = before.chars().rev().peekable();
    if it.peek().is_some_and(|c| is_glue(*c)) {
        it.next();
    }
    let word: Vec<char> = it.take_while(|c| c.is_alphabetic()).collect();
    word.len() >= 3 && word.first().is_some_and(|c| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(lines: &[&str]) -> (Vec<(u32, String, MarkerKind)>, usize) {
        let text = lines.join("\n");
        let mut m = Markers::default();
        let mut notes = Vec::new();
        let mut start = 0;
        for l in lines {
            m.scan(&text, Span::new(start, start + l.len()), &mut notes);
            start += l.len() + 1;
        }
        let found = m
            .into_vec()
            .into_iter()
            .map(|k| (k.number, k.span.text(&text).to_string(), k.kind))
            .collect();
        (found, notes.len())
    }

    #[test]
    fn glued_year_and_detached_markers() {
        let (found, notes) = scan(&[
            "aan gom uit Soedan.1 Dit betrof ongeveer 1,8% van de import.",
            "verwerkte vormen van kobalt3, het overgrote deel uit China (63,4%).",
            "Handel van 15 mei 20254 waarin, en in juli 20255 de wens.",
            "aan de orde. 6 Wel acht het kabinet het wenselijk.",
            "Zo geeft NIS27 (Network and Information Security Directive) aan.",
            "wordt gesproken.8Toekomstige samenwerking, en de motie?9 Zo ja.",
            "het rapport van Both Ends10? En de motie uit 2018?11 Bent u het eens?",
            "in de brief (van 15 januari 2024)12. Zo is het, zie vraag 4.13 Dit.",
        ]);
        assert_eq!(
            found,
            vec![
                (1, "1".into(), MarkerKind::Glued),
                (3, "3".into(), MarkerKind::Glued),
                (4, "4".into(), MarkerKind::AfterYear),
                (5, "5".into(), MarkerKind::AfterYear),
                (6, "6".into(), MarkerKind::Detached),
                (7, "7".into(), MarkerKind::Glued),
                (8, "8".into(), MarkerKind::Glued),
                (9, "9".into(), MarkerKind::Glued),
                (10, "10".into(), MarkerKind::Glued),
                (11, "11".into(), MarkerKind::Glued),
                (12, "12".into(), MarkerKind::Glued),
                (13, "13".into(), MarkerKind::Glued),
            ]
        );
        assert_eq!(notes, 0);
    }

    #[test]
    fn ordinary_numbers_are_not_markers() {
        let (found, _) = scan(&[
            "USD 284.196 (33.642 kg), 380,1 en 2,6 miljoen; zie vraag 1 en artikel 7 lid 3.",
            "Het 3W-kader, 1/3e van het BBP, 15% en 2025–2026 (Trb. 1996, 155).",
            "De uitstoot van CO2 en de NIS2-richtlijn, de G20 en 40 m2 grond.",
            "zoals de aanwijzing\n2.2 Noodzaak van regelgeving en artikel 3.1 Lid",
            "In 2024 importeerde Nederland 2 keer. 1 januari.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn out_of_sequence_glued_digits_become_notes() {
        let (found, notes) = scan(&["gom uit Soedan.1 en kobalt9 en Verdragenbank.2"]);
        assert_eq!(found.len(), 2);
        assert_eq!(notes, 1);
    }
}
