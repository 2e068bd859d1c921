//! The identity of a figure: what is measured, for which year, with which
//! qualifiers. Two figures are compared only when their keys match; where a
//! part is unknown, the figure is not compared at all.
//!
//! The words that name measures and qualifiers are data ([`Vocabulary`]),
//! so the key can be tuned from synonym lists without touching the logic.

mod vocabulary;
mod words;

use serde::Serialize;

pub use vocabulary::{Hit, Term, TermKind, Vocabulary};

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

const EXPORT: &[&str] = &["export", "uitvoer", "exporteerde", "uitgevoerd"];
const IMPORT: &[&str] = &["import", "invoer", "importeerde", "ingevoerd"];

/// Whether a (lower-cased) sentence speaks of export or of import; None
/// when it speaks of both or neither.
pub fn direction(sentence: &str) -> Option<Direction> {
    let has = |words: &[&str]| words.iter().any(|w| sentence.contains(w));
    match (has(EXPORT), has(IMPORT)) {
        (true, false) => Some(Direction::Export),
        (false, true) => Some(Direction::Import),
        _ => None,
    }
}

/// The direction of the clause that ends `before` (lower-cased): the
/// export or import word nearest its end, when the clause names one after
/// the last word of the other direction ("exporteerde ... en importeerde
/// het voor" is import).
pub fn direction_before(before: &str) -> Option<Direction> {
    // Only the clause: back to the last comma, semicolon or " en ".
    let clause_start = [before.rfind(','), before.rfind(';'), before.rfind(" en ")]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(0);
    let clause = &before[clause_start..];
    let last = |words: &[&str]| words.iter().filter_map(|w| clause.rfind(w)).max();
    match (last(EXPORT), last(IMPORT)) {
        (Some(_), None) => Some(Direction::Export),
        (None, Some(_)) => Some(Direction::Import),
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
