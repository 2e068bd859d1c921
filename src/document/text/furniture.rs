//! Page furniture: what a printed page carries besides the text. Running
//! headers ("... (36180-164) 5/102"), the list's column head, the footer
//! of a Kamerstuk or Aanhangsel page ("Tweede Kamer, vergaderjaar
//! 2023–2024, Aanhangsel") with its page number, the publication's
//! identifier, ISSN and place lines, page markers ("2/9") of letters, and
//! the section headings of a nota ("2.1 Voorgeschiedenis").

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::lines::{ends_sentence, trimmed, LONE_NUMBERS};
use super::Reader;
use crate::document::{Furniture, FurnitureKind, Layout};

pub(super) static HEADER_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"\([0-9]{3,6}(?:[- ][0-9A-Z]{1,8})?\)\s+[0-9]{1,4}\s*/\s*[0-9]{1,4}\s*$")
});
pub(super) static COLUMN_HEADER: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"^\s*Nr\.?\s+Vraag\b.*\b(?:Bijlage|Blz)"));
/// "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", "Tweede Kamer,
/// vergaderjaar 2023–2024, 36 450, nr. 6". A footnote may cite a Kamerstuk
/// in the same words; [`Footers`] tells them apart.
static FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"^(?:Tweede|Eerste) Kamer, vergaderjaar [0-9]{4}\s?[–-]\s?[0-9]{4}, (?:Aanhangsel|[0-9][0-9 ]{1,6}[0-9A-Z ]{0,12}, nr\. [0-9]{1,4})$",
    )
});
/// The publication's identifier, ISSN and place of the first page.
static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"^(?:(?:ah|kst|stb|stcrt|blg|h)-[a-z0-9]+(?:-[a-z0-9]+){1,4}|ISSN [0-9]{4} ?- ?[0-9]{3}[0-9X]|’s-Gravenhage [0-9]{4})$",
    )
});
/// "2/9": a letter's page marker, where the line breaks were lost.
static PAGE_MARKER: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"^[0-9]{1,3}\s?/\s?[0-9]{1,3}$"));
/// "1. Inleiding", "3.3 Overige bevoegdheden", "II. Artikelsgewijs": a
/// short numbered title without a sentence end.
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"^(?:[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}\.?|[IVX]{1,5}\.)\s+[A-ZÀ-Ý][^.?!;:]{1,80}$",
    )
});

/// Which footer-shaped lines are the page footer: the text printed on
/// every page. One printed once is a footer only where it is not a
/// footnote's text (directly under a footnote number).
#[derive(Debug, Default)]
pub(super) struct Footers {
    repeated: Vec<String>,
}

impl Footers {
    pub(super) fn new(reader_lines: &[&str]) -> Footers {
        let mut count: HashMap<&str, usize> = HashMap::new();
        for t in reader_lines {
            let t = t.trim();
            if FOOTER.is_match(t) {
                *count.entry(t).or_default() += 1;
            }
        }
        let mut repeated: Vec<String> = count
            .into_iter()
            .filter(|(_, c)| *c > 1)
            .map(|(t, _)| t.to_string())
            .collect();
        repeated.sort();
        Footers { repeated }
    }
}

impl Reader<'_> {
    /// Whether line `i` is the page footer.
    pub(super) fn is_page_footer(&self, i: usize) -> bool {
        let t = self.line_text(i).trim();
        if !FOOTER.is_match(t) {
            return PAGE_MARKER.is_match(t) && self.flattened;
        }
        if self.footers.repeated.iter().any(|r| r == t) {
            return true;
        }
        if !self.footers.repeated.is_empty() {
            return false;
        }
        // A one-page document: the footer is no footnote's text.
        let prev = (0..i).rev().find(|&j| !self.is_blank(j));
        !prev.is_some_and(|j| j + 1 == i && LONE_NUMBERS.is_match(self.line_text(j)))
    }

    pub(super) fn is_imprint(&self, i: usize) -> bool {
        IMPRINT.is_match(self.line_text(i).trim())
    }

    /// Page furniture at line `i`, recorded; returns true if it was.
    pub(super) fn furniture_line(&mut self, i: usize) -> bool {
        let s = self.line_text(i);
        let t = s.trim();
        let after_footer = std::mem::take(&mut self.after_footer);
        let kind = if self.is_header(i) {
            FurnitureKind::PageHeader
        } else if COLUMN_HEADER.is_match(s) {
            self.seen_column_header = true;
            FurnitureKind::ColumnHeader
        } else if self.is_page_footer(i) {
            self.after_footer = true;
            FurnitureKind::PageFooter
        } else if self.is_imprint(i) {
            FurnitureKind::PageFooter
        } else if after_footer && LONE_NUMBERS.is_match(t) {
            // The page number under the footer.
            FurnitureKind::PageReference
        } else if self.layout == Layout::Margin && HEADING.is_match(t) && !ends_sentence(t) {
            FurnitureKind::Heading
        } else {
            return false;
        };
        self.push_furniture(kind, i);
        if kind != FurnitureKind::ColumnHeader {
            self.in_definition = false;
        }
        true
    }

    pub(super) fn push_furniture(&mut self, kind: FurnitureKind, i: usize) {
        let span = trimmed(self.text, self.lines[i].span);
        self.furniture.push(Furniture { kind, span });
        self.prev = super::Prev::Furniture;
    }

    /// A running page header: "... (36180-164) 5/102", and the line before it
    /// when the header is printed on two lines.
    fn is_header(&mut self, i: usize) -> bool {
        let t = self.line_text(i).trim();
        if HEADER_END.is_match(t) {
            return true;
        }
        // First line of a two-line header.
        let Some(next) = (i + 1 < self.lines.len()).then_some(i + 1) else {
            return false;
        };
        let n = self.line_text(next).trim();
        if !HEADER_END.is_match(n) || n.len() > 60 {
            return false;
        }
        let known = self.header_first_line.as_deref() == Some(t);
        let plausible = t.starts_with(|c: char| c.is_uppercase()) && !ends_sentence(t);
        if known || plausible {
            self.header_first_line = Some(t.to_string());
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        for t in [
            "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel",
            "Tweede Kamer, vergaderjaar 2023–2024, 36 450, nr. 6",
            "Tweede Kamer, vergaderjaar 2023–2024, 36 200 IV, nr. 25",
        ] {
            assert!(FOOTER.is_match(t), "{t}");
        }
        for t in [
            "ah-tk-20232024-1481",
            "ISSN 0921 - 7398",
            "’s-Gravenhage 2024",
        ] {
            assert!(IMPRINT.is_match(t), "{t}");
        }
        for t in [
            "1. Inleiding",
            "3.3 Overige bevoegdheden",
            "II. Artikelsgewijs",
            "2.1 Voorgeschiedenis en probleembeschrijving",
        ] {
            assert!(HEADING.is_match(t), "{t}");
        }
        for t in [
            "12 De leden van de VVD-fractie vragen.",
            "3 Kan de regering?",
        ] {
            assert!(!HEADING.is_match(t) || ends_sentence(t), "{t}");
        }
    }
}
