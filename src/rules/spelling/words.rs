//! The words a spelling check reads in a run of text lines, and what it
//! must not read: a word of fewer than five letters; a word with digits or in a URL, e-mail address, path or
//! abbreviation with full stops ("o.a.", "nist.gov"); an abbreviation in
//! capitals ("DNB", "KvK"); the first
//! part of a compound cut off by a hyphen or bracket ("bedrijfs- en",
//! "(overheids)organisaties").

use crate::document::Span;

/// A word to check, with its place.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    pub text: &'a str,
    pub span: Span,
    /// Whether the word opens a sentence, a list item or a quotation, so
    /// that its capital says nothing about it being a name.
    pub opens: bool,
    /// The character right after the word ('.' for an abbreviation).
    pub next: Option<char>,
    /// The letters just before the word, across one space or "- " (a word
    /// the text extraction broke: "verantwoordin g", "finan- ciering").
    pub piece_before: Option<&'a str>,
    /// The letters just after the word, across one space.
    pub piece_after: Option<&'a str>,
}

/// Words shorter than this are not read: abbreviations and function words.
pub const MIN_LETTERS: usize = 5;

/// Words longer than this are not read: no Dutch word in use is (the
/// longest entry of the list has 46), and judging a word costs time in
/// proportion to its length squared, so this keeps the pass linear in the
/// document (a line of 250,000 letters without a space is not a word).
pub const MAX_LETTERS: usize = 60;

fn connector(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

/// The character at byte `i` of `s` (a character boundary), if any: an
/// ASCII byte is read as it is, and only the rest decoded, since nearly
/// all of a document is ASCII and decoding each character was most of the
/// tokenizer's cost.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match *s.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => s.get(i..)?.chars().next(),
    }
}

/// The character that ends at byte `i` of `s` (a character boundary), if
/// any, read as [`char_at`] reads one.
#[inline]
fn char_before(s: &str, i: usize) -> Option<char> {
    match *s.as_bytes().get(i.checked_sub(1)?)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => s.get(..i)?.chars().next_back(),
    }
}

/// The words of `lines` (spans into `text`, in order), one part of an
/// entry: a question or an answer.
pub fn words<'a>(text: &'a str, lines: &[Span]) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    // The last character before the current word that is not white space,
    // over the lines of the part: None at its start.
    let mut before: Option<char> = None;
    for line in lines {
        let s = &text[line.start..line.end];
        let mut i = 0;
        while let Some(c) = char_at(s, i) {
            if !c.is_alphabetic() {
                if !c.is_whitespace() {
                    before = Some(c);
                }
                i += c.len_utf8();
                continue;
            }
            // The word's letters and whether one after the first is a
            // capital, counted while the word is read rather than by
            // walking it again.
            let start = i;
            let mut end = i + c.len_utf8();
            let mut letters = 1;
            let mut capital_inside = false;
            while let Some(d) = char_at(s, end) {
                if d.is_alphabetic() {
                    letters += 1;
                    capital_inside |= d.is_uppercase();
                    end += d.len_utf8();
                } else if connector(d)
                    && char_at(s, end + d.len_utf8()).is_some_and(char::is_alphabetic)
                {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            i = end;
            let word = &s[start..end];
            let prev = char_before(s, start);
            let next = char_at(s, end);
            let opens = matches!(
                before,
                None | Some(
                    '.' | '?' | '!' | ':' | ';' | '•' | '-' | '–' | '—' | '\u{f0b7}' | '·' | '▪'
                )
            ) || before.is_some_and(|b| b.is_ascii_digit())
                // A bullet printed as a letter "o" at the start of a line.
                || s[..start].trim() == "o";
            before = char_before(s, end);
            let shape = Shape {
                letters,
                capital_inside,
            };
            if readable(s, start, end, shape, prev, next) {
                out.push(Word {
                    text: word,
                    span: Span::new(line.start + start, line.start + end),
                    opens,
                    next,
                    piece_before: piece_before(&s[..start]),
                    piece_after: piece_after(&s[end..]),
                });
            }
        }
    }
    out
}

/// The run of letters that ends `before` after one space (or "- ").
fn piece_before(before: &str) -> Option<&str> {
    let rest = before
        .strip_suffix(' ')
        .map(|r| r.strip_suffix('-').unwrap_or(r))?;
    let start = rest
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    Some(&rest[start..])
}

/// The run of letters that starts `after` after one space.
fn piece_after(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(' ')?;
    let end = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    (end > 0).then(|| &rest[..end])
}

/// What reading a word learnt of it.
#[derive(Debug, Clone, Copy)]
struct Shape {
    /// Its letters (the characters other than connectors).
    letters: usize,
    /// Whether a letter after the first is a capital.
    capital_inside: bool,
}

/// Whether the word at `start..end` of line `s` is one a spelling check
/// may read.
fn readable(
    s: &str,
    start: usize,
    end: usize,
    shape: Shape,
    prev: Option<char>,
    next: Option<char>,
) -> bool {
    if !(MIN_LETTERS..=MAX_LETTERS).contains(&shape.letters) {
        return false;
    }
    // Capitals after the first letter: an abbreviation or a brand ("KvK",
    // "DNB", "iPhone").
    if shape.capital_inside {
        return false;
    }
    // A compound's first part cut off: "bedrijfs- en", "(overheids)organisaties";
    // a word glued to a bracket or another word's part.
    let after_next = next.and_then(|n| char_at(s, end + n.len_utf8()));
    if next.is_some_and(connector) && !after_next.is_some_and(char::is_alphabetic) {
        return false;
    }
    if next == Some(')') && after_next.is_some_and(char::is_alphabetic) {
        return false;
    }
    if prev.is_some_and(connector) || prev == Some(')') {
        return false;
    }
    plain_chunk(s, start, end)
}

/// Whether the whole run of characters without white space around the
/// word at `start..end` of `s` is plain text, not a URL, an e-mail address,
/// a path, a word with digits or full stops inside ("o.a.",
/// "rijksoverheid.nl", "COVID-19"). One pass over its bytes: every sign
/// looked for is ASCII, and only the letters around a full stop are
/// decoded.
fn plain_chunk(s: &str, start: usize, end: usize) -> bool {
    let mut chunk_start = start;
    while let Some(c) = char_before(s, chunk_start) {
        if c.is_whitespace() {
            break;
        }
        chunk_start -= c.len_utf8();
    }
    let mut chunk_end = end;
    while let Some(c) = char_at(s, chunk_end) {
        if c.is_whitespace() {
            break;
        }
        chunk_end += c.len_utf8();
    }
    let chunk = &s[chunk_start..chunk_end];
    let bytes = chunk.as_bytes();
    for (p, &b) in bytes.iter().enumerate() {
        let bad = b.is_ascii_digit()
            || matches!(
                b,
                b'@' | b'/'
                    | b'\\'
                    | b'_'
                    | b'='
                    | b'#'
                    | b'&'
                    | b'+'
                    | b'*'
                    | b'|'
                    | b'<'
                    | b'>'
                    | b'~'
                    | b'^'
            )
            || bytes[p..].starts_with(b"www")
            || (b == b'.'
                && char_before(chunk, p).is_some_and(char::is_alphabetic)
                && char_at(chunk, p + 1).is_some_and(char::is_alphabetic));
        if bad {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod reference;

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(&str, bool)> {
        words(text, &[Span::new(0, text.len())])
            .into_iter()
            .map(|w| (w.text, w.opens))
            .collect()
    }

    #[test]
    fn what_is_read_and_what_is_not() {
        assert_eq!(
            read("Welke risicos ziet DNB? Zie www.rijksoverheid.nl en bedrijfs- en overheidspartijen."),
            vec![
                ("Welke", true),
                ("risicos", false),
                ("overheidspartijen", false)
            ]
        );
        assert_eq!(
            read(
                "(overheids)organisaties, o.a. COVID-19 en KvK-nummers; Vpb-opbrengsten zijn hoger"
            ),
            vec![("Vpb-opbrengsten", true), ("hoger", false)]
        );
        assert_eq!(
            read("risico's, e-mail"),
            vec![("risico's", true), ("e-mail", false)]
        );
        assert!(read(&"ë".repeat(1 << 10)).is_empty());
    }
}
