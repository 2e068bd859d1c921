//! Lines of a text, and the shapes a line can have: physical lines, or
//! virtual ones where the line breaks were lost ([`super::flat`]).

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{LineIndex, Span};

/// One physical line: its span without the line terminator.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line {
    pub span: Span,
    /// A paragraph gap before the line where no blank line shows it (a run of
    /// spaces in text whose line breaks were lost).
    pub gap_before: bool,
}

/// Characters that take no room on the page.
const ZERO_WIDTH: &[char] = &['\u{feff}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}'];

pub(super) fn split_lines(text: &str, index: &LineIndex) -> Vec<Line> {
    let mut out = Vec::with_capacity(index.line_count());
    for i in 0..index.line_count() {
        let start = index.line_start(i);
        let mut end = if i + 1 < index.line_count() {
            index.line_start(i + 1)
        } else {
            text.len()
        };
        let bytes = text.as_bytes();
        while end > start && (bytes[end - 1] == b'\n' || bytes[end - 1] == b'\r') {
            end -= 1;
        }
        // Zero-width characters in front of a line (a byte-order mark, a
        // zero-width space pasted from a web page) are no content:
        // "\u{200b}1 Vraag?" starts an entry. Columns still count them.
        let mut start = start;
        while let Some(c) = text
            .get(start..end)
            .and_then(|t| t.chars().next())
            .filter(|c| ZERO_WIDTH.contains(c))
        {
            start += c.len_utf8();
        }
        out.push(Line {
            span: Span::new(start.min(end), end),
            gap_before: false,
        });
    }
    out
}

pub(crate) fn trimmed_span(text: &str, span: Span) -> Span {
    trimmed(text, span)
}

/// The trimmed part of a line, as a span.
pub(super) fn trimmed(text: &str, span: Span) -> Span {
    let s = span.text(text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

pub(super) static LONE_NUMBERS: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"^\s*[0-9]{1,4}(?:\s+[0-9]{1,4}){0,2}\s*$"));
/// A line that opens with a number, read by hand: these two shapes are
/// tried on every line, and as regexes (with captures) they were the
/// reader's largest cost. Each reads exactly what the regex in its comment
/// would.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct NumberedLine {
    /// The digits.
    pub number: std::ops::Range<usize>,
    /// Whether a full stop follows the digits.
    pub dot: bool,
    /// The text after the number and its separator.
    pub rest: Option<std::ops::Range<usize>>,
}

/// `^\s?(\d{1,max})`: the digits at the start of `s`, after at most one
/// whitespace character. (The regex's `\d` also takes other scripts'
/// digits, which no caller could parse; a line with one is no match in
/// both.)
fn leading_number(s: &str, max: usize) -> Option<std::ops::Range<usize>> {
    let start = s
        .chars()
        .next()
        .filter(|c| c.is_whitespace())
        .map_or(0, char::len_utf8);
    let digits = s[start..].bytes().take_while(u8::is_ascii_digit).count();
    (1..=max).contains(&digits).then_some(start..start + digits)
}

/// `(?:\s+(\S.*))?$` from byte `at`: `Some(None)` at the end of `s`,
/// `Some(Some(text))` for whitespace and then text (to the end, without a
/// line break), `None` otherwise.
fn spaced_rest(s: &str, at: usize) -> Option<Option<std::ops::Range<usize>>> {
    let tail = s.get(at..)?;
    if tail.is_empty() {
        return Some(None);
    }
    if !tail.starts_with(char::is_whitespace) {
        return None;
    }
    let text = tail.trim_start();
    if text.is_empty() || text.contains('\n') {
        return None;
    }
    Some(Some(s.len() - text.len()..s.len()))
}

/// "12 Text", "12. Text", "12": `^\s?(\d{1,4})(\.?)(?:\s+(\S.*))?$`.
pub(super) fn numbered_line(s: &str) -> Option<NumberedLine> {
    let number = leading_number(s, 4)?;
    let dot = s[number.end..].starts_with('.');
    let rest = spaced_rest(s, number.end + usize::from(dot))?;
    Some(NumberedLine { number, dot, rest })
}

/// "12a Text", "12a. Text": a number with one lower-case letter, as a
/// question inserted in a draft is numbered. The number range is the
/// digits; the letter follows them.
pub(super) fn lettered_line(s: &str) -> Option<(NumberedLine, char)> {
    let number = leading_number(s, 4)?;
    let letter = s[number.end..]
        .chars()
        .next()
        .filter(char::is_ascii_lowercase)?;
    let after = number.end + 1;
    let dot = s[after..].starts_with('.');
    let rest = spaced_rest(s, after + usize::from(dot))?;
    Some((
        NumberedLine {
            number,
            dot,
            rest: Some(rest?),
        },
        letter,
    ))
}

/// "3 UN Comtrade ...", "5https://..." (a number, then a space or a
/// letter): `^\s?(\d{1,3})(?:\s+(\S.*)|([A-Za-z].*))?$`.
pub(super) fn definition_line(s: &str) -> Option<NumberedLine> {
    let number = leading_number(s, 3)?;
    let tail = &s[number.end..];
    let rest = if tail.starts_with(|c: char| c.is_ascii_alphabetic()) {
        if tail.contains('\n') {
            return None;
        }
        Some(number.end..s.len())
    } else {
        spaced_rest(s, number.end)?
    };
    Some(NumberedLine {
        number,
        dot: false,
        rest,
    })
}

pub(super) static TRAILING_REF: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"\s([0-9]{1,3})\s*$"));

pub(super) fn strip_trailing_quotes(t: &str) -> &str {
    t.trim_end_matches(['"', '”', '’', '\'', '»', ')'])
}

pub(super) fn strip_trailing_ref(t: &str) -> &str {
    match TRAILING_REF.find(t) {
        Some(m) => t[..m.start()].trim_end(),
        None => t,
    }
}

pub(super) fn ends_sentence(t: &str) -> bool {
    let t = strip_trailing_quotes(t.trim_end());
    t.ends_with(['.', '?', '!', ':', ';'])
}

/// The first word of a line, as a span (where a question without a
/// number of its own is reported).
pub(super) fn first_words(text: &str, span: Span) -> Span {
    let s = span.text(text);
    let lead = s.len() - s.trim_start().len();
    let word = s[lead..]
        .find(char::is_whitespace)
        .unwrap_or(s.len() - lead);
    Span::new(span.start + lead, span.start + lead + word)
}

/// The last word of a line, as a span.
pub(super) fn last_words(text: &str, span: Span) -> Span {
    let s = span.text(text).trim_end();
    let start = s
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    Span::new(span.start + start, span.start + s.len())
}

/// "(Blz. 11)", "(pagina 8-9)", "(p. 12)" after a question: the page of
/// the report it is about. Stripped before looking for the question mark.
static PAGE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\s*\((?:blz|pagina|pag|p)\.?\s*[0-9]{1,4}(?:\s*(?:[-–]|en|t/m)\s*[0-9]{1,4})?\)$",
    )
});

pub(super) fn strip_page_note(t: &str) -> &str {
    match PAGE_NOTE.find(t) {
        Some(m) => t[..m.start()].trim_end(),
        None => t,
    }
}

/// Whether `t` ends in an abbreviation's full stop ("421 mld.", "nr.",
/// "o.a."), not a sentence's.
pub(super) fn ends_in_abbreviation(t: &str) -> bool {
    const WORDS: &[&str] = &[
        "mld.",
        "mln.",
        "mrd.",
        "nr.",
        "blz.",
        "p.",
        "o.a.",
        "bijv.",
        "bv.",
        "e.d.",
        "d.w.z.",
        "jl.",
        "art.",
        "vs.",
        "ca.",
        "incl.",
        "excl.",
        "resp.",
        "min.",
        "staatssecr.",
    ];
    let last = t.rsplit(char::is_whitespace).next().unwrap_or("");
    WORDS.iter().any(|w| last.eq_ignore_ascii_case(w))
}
