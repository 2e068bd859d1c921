//! The words and sentences of a question or an answer, read from its line
//! spans (which leave page furniture and footnote definitions out), each
//! with its place in the source.

use crate::document::{Document, Span};

/// A word: a run of letters and digits, as printed.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    pub text: &'a str,
    pub span: Span,
}

/// The words of `parts`, in order. An ASCII byte is read as it is and only
/// the rest decoded: nearly all of a document is ASCII.
pub fn words<'a>(doc: &'a Document, parts: &[Span]) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    for part in parts {
        let Some(line) = doc.text.get(part.start..part.end) else {
            continue;
        };
        let bytes = line.as_bytes();
        let mut start = None;
        let mut i = 0;
        loop {
            let (word, len) = match bytes.get(i) {
                None => (false, 0),
                Some(&b) if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
                Some(_) => match line[i..].chars().next() {
                    Some(c) => (c.is_alphanumeric(), c.len_utf8()),
                    None => (false, 0),
                },
            };
            match (word, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push(Word {
                        text: &line[s..i],
                        span: Span::new(part.start + s, part.start + i),
                    });
                    start = None;
                }
                _ => {}
            }
            if len == 0 {
                break;
            }
            i += len;
        }
    }
    out
}

/// The sentences of `parts` that end in a question mark: from the first
/// character after the previous sentence's end to the "?" itself. A
/// sentence ends at ".", "!" or "?" followed by white space or the end of
/// the text; a sentence may run over several lines.
pub fn questions(doc: &Document, parts: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for part in parts {
        let Some(line) = doc.text.get(part.start..part.end) else {
            continue;
        };
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let at = part.start + i;
            if start.is_none() && !c.is_whitespace() {
                start = Some(at);
            }
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            let ends = chars.peek().is_none_or(|&(_, next)| next.is_whitespace());
            if !ends {
                continue;
            }
            if let Some(s) = start.take() {
                if c == '?' {
                    out.push(Span::new(s, at + 1));
                }
            }
        }
    }
    out
}
