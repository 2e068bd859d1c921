//! The header as a reader takes it in: the lines of the front matter (or
//! the notice) joined into one running text, page furniture left out,
//! every run of white space one space, a word hyphenated at a line end
//! joined again; then cut into words and signs. Every piece keeps the
//! place it came from, so that a finding points at the exact characters.

use crate::document::{Document, Span};

/// Running text made from some lines of a document, with the source offset
/// of each of its bytes.
pub(super) struct Flat {
    pub text: String,
    /// `at[i]` is the source offset of `text`'s byte `i`.
    at: Vec<usize>,
}

impl Flat {
    /// The lines of `span` in `doc`, without the lines that are page
    /// furniture (a page number, a footer, the imprint).
    pub fn of(doc: &Document, span: Span) -> Flat {
        Flat::of_lines(doc, &lines_of(&doc.text, span))
    }

    /// The given line spans, in order, without page furniture.
    pub fn of_lines(doc: &Document, lines: &[Span]) -> Flat {
        let mut flat = Flat {
            text: String::new(),
            at: Vec::new(),
        };
        let furniture = |l: &Span| {
            doc.furniture
                .iter()
                .any(|f| f.span.start < l.end && l.start < f.span.end)
        };
        for line in lines.iter().filter(|l| !furniture(l)) {
            let text = doc.slice(*line);
            let lead = text.len() - text.trim_start().len();
            let body = text.trim();
            if body.is_empty() {
                continue;
            }
            // A word broken at a line end with a hyphen ("GroenLinks-" /
            // "PvdA") is one word: no space between the lines. Any other
            // line end is a space.
            let glued = flat.text.ends_with('-')
                && flat.text[..flat.text.len() - 1]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic)
                && body.starts_with(char::is_alphabetic);
            if !flat.text.is_empty() && !glued {
                flat.text.push(' ');
                flat.at.push(line.start.saturating_sub(1));
            }
            let mut space = false;
            for (i, c) in body.char_indices() {
                if c.is_whitespace() {
                    space = true;
                    continue;
                }
                if space {
                    flat.text.push(' ');
                    flat.at.push(line.start + lead + i - 1);
                    space = false;
                }
                let from = line.start + lead + i;
                flat.text.push(c);
                flat.at.extend(from..from + c.len_utf8());
            }
        }
        flat
    }

    /// The source span of the flat range `start..end`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        match (
            self.at.get(start),
            end.checked_sub(1).and_then(|e| self.at.get(e)),
        ) {
            (Some(&s), Some(&e)) if end > start => Span::new(s, (e + 1).max(s)),
            (Some(&s), _) => Span::new(s, s),
            _ => Span::default(),
        }
    }
}

/// The lines of `span`, each without its line break.
fn lines_of(text: &str, span: Span) -> Vec<Span> {
    let body = span.text(text);
    let mut out = Vec::new();
    let mut start = span.start;
    for piece in body.split('\n') {
        let end = start + piece.len();
        let trimmed = piece.strip_suffix('\r').map_or(end, |p| start + p.len());
        out.push(Span::new(start, trimmed));
        start = end + 1;
    }
    out
}

/// A word or a sign of the flat text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tok {
    /// Flat offsets.
    pub start: usize,
    pub end: usize,
    /// Letters and digits (with hyphens and apostrophes inside), as opposed
    /// to one sign: a bracket, a comma, a full stop, a dash.
    pub word: bool,
}

/// A character that belongs to a word: a letter, a digit, or a combining
/// mark (a name may be written "Kostic" with its accent as a mark of its
/// own).
fn wordlike(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// The words and signs of `text`. A hyphen or an apostrophe between two
/// word characters belongs to the word ("GroenLinks-PvdA", "D'Hondt").
pub(super) fn tokens(text: &str) -> Vec<Tok> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !wordlike(c) {
            out.push(Tok {
                start: at,
                end: at + c.len_utf8(),
                word: false,
            });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let d = chars[j].1;
            let joiner = matches!(d, '-' | '\'' | '’')
                && chars.get(j + 1).is_some_and(|&(_, n)| wordlike(n));
            if wordlike(d) || joiner {
                j += 1;
            } else {
                break;
            }
        }
        let end = chars.get(j).map_or(text.len(), |&(o, _)| o);
        out.push(Tok {
            start: at,
            end,
            word: true,
        });
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn cuts_names_brackets_and_signs() {
        assert_eq!(
            words("Bushoff en Patijn(beiden GroenLinks-PvdA) aan"),
            [
                "Bushoff",
                "en",
                "Patijn",
                "(",
                "beiden",
                "GroenLinks-PvdA",
                ")",
                "aan"
            ]
        );
        assert_eq!(
            words("vergaderjaar 2023–2024, nr. 594."),
            [
                "vergaderjaar",
                "2023",
                "–",
                "2024",
                ",",
                "nr",
                ".",
                "594",
                "."
            ]
        );
        assert_eq!(
            words("Kostic\u{301} (PvdD)"),
            ["Kostic\u{301}", "(", "PvdD", ")"]
        );
    }
}
