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

/// The words of `parts`, in order.
pub fn words<'a>(doc: &'a Document, parts: &[Span]) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    for part in parts {
        let Some(line) = doc.text.get(part.start..part.end) else {
            continue;
        };
        let mut start = None;
        for (i, c) in line
            .char_indices()
            .chain(std::iter::once((line.len(), ' ')))
        {
            match (c.is_alphanumeric(), start) {
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
