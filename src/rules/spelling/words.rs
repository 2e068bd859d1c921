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

/// The words of `lines` (spans into `text`, in order), one part of an
/// entry: a question or an answer.
pub fn words<'a>(text: &'a str, lines: &[Span]) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    // The last character before the current word that is not white space,
    // over the lines of the part: None at its start.
    let mut before: Option<char> = None;
    for line in lines {
        let s = &text[line.start..line.end];
        let mut chars = s.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !c.is_alphabetic() {
                if !c.is_whitespace() {
                    before = Some(c);
                }
                continue;
            }
            let start = i;
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                let joins = connector(d)
                    && s[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic);
                if d.is_alphabetic() || joins {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let word = &s[start..end];
            let prev = s[..start].chars().next_back();
            let next = s[end..].chars().next();
            let opens = matches!(
                before,
                None | Some(
                    '.' | '?' | '!' | ':' | ';' | '•' | '-' | '–' | '—' | '\u{f0b7}' | '·' | '▪'
                )
            ) || before.is_some_and(|b| b.is_ascii_digit())
                // A bullet printed as a letter "o" at the start of a line.
                || s[..start].trim() == "o";
            before = word.chars().next_back();
            if readable(s, start, end, prev, next) {
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

/// Whether the word at `start..end` of line `s` is one a spelling check
/// may read.
fn readable(s: &str, start: usize, end: usize, prev: Option<char>, next: Option<char>) -> bool {
    let word = &s[start..end];
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if !(MIN_LETTERS..=MAX_LETTERS).contains(&letters) {
        return false;
    }
    // Capitals after the first letter: an abbreviation or a brand ("KvK",
    // "DNB", "iPhone").
    if word.chars().skip(1).any(char::is_uppercase) {
        return false;
    }
    if word.chars().next().is_some_and(char::is_lowercase) && word.chars().any(char::is_uppercase) {
        return false;
    }
    // A compound's first part cut off: "bedrijfs- en", "(overheids)organisaties";
    // a word glued to a bracket or another word's part.
    let after_next = next.and_then(|n| s[end + n.len_utf8()..].chars().next());
    if next.is_some_and(connector) && !after_next.is_some_and(char::is_alphabetic) {
        return false;
    }
    if next == Some(')') && after_next.is_some_and(char::is_alphabetic) {
        return false;
    }
    if prev.is_some_and(connector) || prev == Some(')') {
        return false;
    }
    // The whole run of characters without white space around the word: a
    // URL, an e-mail address, a path, a word with digits or full stops
    // inside ("o.a.", "rijksoverheid.nl", "COVID-19").
    let chunk_start = s[..start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let chunk_end = s[end..]
        .find(char::is_whitespace)
        .map_or(s.len(), |i| end + i);
    let chunk = &s[chunk_start..chunk_end];
    if chunk.chars().any(|c| {
        c.is_ascii_digit()
            || matches!(
                c,
                '@' | '/' | '\\' | '_' | '=' | '#' | '&' | '+' | '*' | '|' | '<' | '>' | '~' | '^'
            )
    }) || chunk.contains("www")
    {
        return false;
    }
    let cs: Vec<char> = chunk.chars().collect();
    if cs
        .windows(3)
        .any(|w| w[1] == '.' && w[0].is_alphabetic() && w[2].is_alphabetic())
    {
        return false;
    }
    true
}

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
