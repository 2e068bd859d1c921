//! What miette reads of a document: the snippet around each label.
//!
//! miette draws every line of a snippet whole, and a label that starts
//! beyond column 65,535 of its line makes it panic (a format width out of
//! range). Text exported without line breaks has such lines. A snippet that
//! would show a line longer than [`LONG_LINE`] bytes shows the label's own
//! line(s) instead, cut to [`WINDOW`] bytes on either side, and a label on a
//! long line is underlined for at most [`LONG_LABEL`] bytes (its start, the
//! position in the header, is exact). Documents read from Word or XML (one
//! paragraph per line) are always shown that way.

use std::sync::Arc;

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

use crate::document::{Document, Span};
use crate::report::{is_hidden, push_visible};

/// A line longer than this, in bytes, is shown as a window around the label.
pub const LONG_LINE: usize = 1000;
/// How much of a long line is shown on each side of a label.
pub const WINDOW: usize = 160;
/// How much of a label on a long line is underlined.
pub const LONG_LABEL: usize = 200;

/// A document's text as miette reads it: control characters replaced by
/// what shows them ([`push_visible`]: ␛ for ESC), so that a document cannot
/// command the terminal, and lone CRs by line feeds. The offsets miette
/// works with are into this text; [`Source::display`] maps a document
/// offset to it and [`Source::original`] back. The position miette prints in
/// the snippet header (`[file:line:col]`) is taken from the document's line
/// index, so it counts characters like every other report instead of bytes.
#[derive(Debug)]
pub struct Source {
    pub text: Arc<str>,
    document: Arc<Document>,
    /// Each replaced character: (document offset, its end, offset in
    /// `text`, the end of what replaces it), in order.
    shifts: Vec<Shift>,
}

#[derive(Debug, Clone, Copy)]
struct Shift {
    original: usize,
    original_end: usize,
    display: usize,
    display_end: usize,
}

impl Source {
    pub fn new(document: &Arc<Document>) -> Self {
        let (text, shifts) = source_text(&document.text);
        Source {
            text,
            document: Arc::clone(document),
            shifts,
        }
    }

    /// The document shown.
    pub fn document(&self) -> &Document {
        &self.document
    }

    /// The offset in the shown text of a document offset.
    pub fn display(&self, offset: usize) -> usize {
        let k = self.shifts.partition_point(|s| s.original < offset);
        match k.checked_sub(1).map(|k| self.shifts[k]) {
            None => offset,
            Some(s) if offset < s.original_end => s.display,
            Some(s) => offset - s.original_end + s.display_end,
        }
    }

    /// The document offset of an offset in the shown text.
    pub fn original(&self, offset: usize) -> usize {
        let k = self.shifts.partition_point(|s| s.display < offset);
        match k.checked_sub(1).map(|k| self.shifts[k]) {
            None => offset,
            Some(s) if offset < s.display_end => s.original,
            Some(s) => offset - s.display_end + s.original_end,
        }
    }

    /// The document's line and column of an offset in the shown text.
    fn line_col(&self, offset: usize) -> crate::document::LineCol {
        self.document.line_col(self.original(offset))
    }

    /// The span miette underlines for `span`: inside the text, widened to
    /// whole characters, and on a long line cut to its first [`LONG_LABEL`]
    /// bytes on the line where it starts.
    pub fn label(&self, span: Span) -> SourceSpan {
        let text: &str = &self.text;
        let span = span.on_chars(&self.document.text);
        let span = Span::new(self.display(span.start), self.display(span.end));
        let span = source_span(text, span);
        let (start, end) = (span.offset(), span.offset() + span.len());
        if !has_long_line(text.as_bytes(), start, end) {
            return span;
        }
        let line_end =
            memchr::memchr(b'\n', &text.as_bytes()[start..end]).map_or(end, |i| start + i);
        let end = ceil(text, (start + LONG_LABEL).min(line_end)).max(start);
        SourceSpan::new(start.into(), end - start)
    }

    /// The line(s) of `span` without neighbours, cut to a window around the
    /// span on its first and last line. `None` when that still holds a long
    /// line: `span` is then not a label but two labels miette wants to show
    /// in one snippet, and shows apart instead.
    fn cut(&self, span: &SourceSpan) -> Option<MietteSpanContents<'_>> {
        let text: &str = &self.text;
        let bytes = text.as_bytes();
        let start = floor(text, span.offset());
        let end = floor(text, span.offset() + span.len()).max(start);
        let reach = floor(text, start.saturating_sub(WINDOW));
        let mut from =
            memchr::memrchr(b'\n', &bytes[reach..start]).map_or(reach, |i| reach + i + 1);
        if from == reach && from > 0 && bytes[from - 1] != b'\n' {
            // Cut inside the line: start at a word.
            from = text[from..start].find(' ').map_or(from, |i| from + i + 1);
        }
        let reach = ceil(text, (end + WINDOW).min(text.len()));
        let mut to = memchr::memchr(b'\n', &bytes[end..reach]).map_or(reach, |i| end + i);
        if to == reach && to < text.len() && bytes[to] != b'\n' {
            to = text[end..to].rfind(' ').map_or(to, |i| end + i);
        }
        if has_long_line(&bytes[from..to], 0, to - from) {
            return None;
        }
        let at = self.line_col(from);
        Some(MietteSpanContents::new(
            &bytes[from..to],
            SourceSpan::new(from.into(), to - from),
            at.line - 1,
            at.column - 1,
            bytes[from..to].iter().filter(|&&b| b == b'\n').count() + 1,
        ))
    }

    /// miette's contents of `span` with context, read from the text from a
    /// few lines before the span on. miette counts lines from the start of
    /// what it reads; given the whole text, every snippet would cost the
    /// length of the document before it, and a report on a long document
    /// would take time quadratic in its length. The window starts after a
    /// line break, at least two lines before the first context line, so
    /// miette reads it as it reads the whole text; the lines before the
    /// window are added from the line index.
    pub fn window(
        &self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<MietteSpanContents<'_>, MietteError> {
        let bytes = self.text.as_bytes();
        let mut before = span.offset().min(bytes.len());
        let mut from = 0;
        for _ in 0..context_lines_before + 2 {
            match memchr::memrchr(b'\n', &bytes[..before]) {
                Some(i) => {
                    before = i;
                    from = i + 1;
                }
                None => {
                    from = 0;
                    break;
                }
            }
        }
        let shifted = SourceSpan::new((span.offset() - from).into(), span.len());
        let contents = <[u8] as SourceCode>::read_span(
            &bytes[from..],
            &shifted,
            context_lines_before,
            context_lines_after,
        )?;
        // Line breaks before the window; lone CRs count as in the source
        // text, where they are line feeds.
        let lines = if from == 0 {
            0
        } else {
            self.line_col(from).line - 1
        };
        Ok(MietteSpanContents::new(
            contents.data(),
            SourceSpan::new(
                (contents.span().offset() + from).into(),
                contents.span().len(),
            ),
            contents.line() + lines,
            contents.column(),
            contents.line_count() + lines,
        ))
    }

    /// Whether the snippet of `span` would show a long line: the span's
    /// own lines and `context` lines on either side.
    fn near_long_line(&self, span: &SourceSpan, context: usize) -> bool {
        let bytes = self.text.as_bytes();
        let mut from = span.offset().min(bytes.len());
        let mut to = (span.offset() + span.len()).clamp(from, bytes.len());
        for _ in 0..context {
            // `from` moves to the line break that ends the line before.
            let reach = from.saturating_sub(LONG_LINE + 1);
            match memchr::memrchr(b'\n', &bytes[reach..from]) {
                Some(i) => from = reach + i,
                None => break,
            }
        }
        for _ in 0..context {
            // `to` moves to the start of the next line.
            let reach = (to + LONG_LINE + 1).min(bytes.len());
            match memchr::memchr(b'\n', &bytes[to..reach]) {
                Some(i) => to += i + 1,
                None => break,
            }
        }
        has_long_line(bytes, from, to)
    }
}

impl SourceCode for Source {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let context = context_lines_before.max(context_lines_after);
        let paragraphs = !self.document.regions.is_empty();
        if context > 0 && (paragraphs || self.near_long_line(span, context)) {
            return match self.cut(span) {
                Some(contents) => Ok(Box::new(contents)),
                None => Err(MietteError::OutOfBounds),
            };
        }
        if context == 0 && has_long_line(self.text.as_bytes(), span.offset(), span.offset()) {
            // The header's position: only its line and column are read.
            let text: &str = &self.text;
            let start = floor(text, span.offset());
            let end = floor(text, span.offset() + span.len()).max(start);
            let at = self.line_col(start);
            return Ok(Box::new(MietteSpanContents::new(
                &text.as_bytes()[start..end],
                SourceSpan::new(start.into(), end - start),
                at.line - 1,
                at.column - 1,
                1,
            )));
        }
        let contents = self.window(span, context_lines_before, context_lines_after)?;
        if context_lines_before > 0 {
            // miette's contents of a text count lines from the start of the
            // file, not of the snippet, so it would merge every label after
            // the first into one snippet reaching from the first label to
            // the last. Count the snippet's own lines.
            let lines = contents.data().split(|&b| b == b'\n').count();
            return Ok(Box::new(MietteSpanContents::new(
                contents.data(),
                *contents.span(),
                contents.line(),
                contents.column(),
                lines,
            )));
        }
        // Without leading context the contents start at the span, and miette
        // uses their line and column as the span's position.
        let at = self.line_col(span.offset());
        Ok(Box::new(MietteSpanContents::new(
            contents.data(),
            *contents.span(),
            at.line - 1,
            at.column - 1,
            contents.line_count(),
        )))
    }
}

/// Whether a line that holds a byte of `from..=to` is longer than
/// [`LONG_LINE`] bytes. Reads at most [`LONG_LINE`] bytes beyond the range
/// on either side.
pub fn has_long_line(bytes: &[u8], from: usize, to: usize) -> bool {
    let from = from.min(bytes.len());
    let to = to.clamp(from, bytes.len());
    let reach = from.saturating_sub(LONG_LINE + 1);
    let mut line_start = match memchr::memrchr(b'\n', &bytes[reach..from]) {
        Some(i) => reach + i + 1,
        None if reach == 0 => 0,
        None => return true,
    };
    loop {
        let limit = (line_start + LONG_LINE + 1).min(bytes.len());
        match memchr::memchr(b'\n', &bytes[line_start..limit]) {
            Some(i) if line_start + i >= to => return false,
            Some(i) => line_start += i + 1,
            None => return limit < bytes.len(),
        }
    }
}

fn floor(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The text miette draws from, and where it differs from the document's.
/// miette's snippet drawing only breaks lines at `\n` and `\r\n`; a lone
/// `\r` (old Mac exports) becomes `\n`, which keeps every byte offset.
/// Other control characters are replaced by their visible forms. A text
/// without either is shared, not copied.
fn source_text(text: &Arc<str>) -> (Arc<str>, Vec<Shift>) {
    let bytes = text.as_bytes();
    let lone_cr = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    let hidden = |c: char| c != '\r' && is_hidden(c);
    if !(0..bytes.len()).any(lone_cr) && !text.chars().any(hidden) {
        return (Arc::clone(text), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut shifts = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\r' {
            let crlf = chars.peek().is_some_and(|&(_, next)| next == '\n');
            out.push(if crlf { '\r' } else { '\n' });
        } else if hidden(c) {
            let display = out.len();
            push_visible(&mut out, c);
            shifts.push(Shift {
                original: i,
                original_end: i + c.len_utf8(),
                display,
                display_end: out.len(),
            });
        } else {
            out.push(c);
        }
    }
    (out.into(), shifts)
}

/// A span miette can read: inside the text and widened to whole
/// characters. Zero-length spans stay zero-length; miette draws them as a point. miette
/// draws no line after a final line break, so a point there moves back to
/// the end of the last line.
pub fn source_span(text: &str, span: Span) -> SourceSpan {
    let span = span.on_chars(text);
    if span.start == text.len() {
        let start = text.trim_end_matches(['\r', '\n']).len();
        return SourceSpan::new(start.into(), 0);
    }
    SourceSpan::new(span.start.into(), span.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::human::tests::numbers;

    /// Spans anywhere (inside characters, past the end, across tabs and
    /// every kind of line break) never stop a report from being drawn.
    #[test]
    fn windows_read_as_the_whole_text_does() {
        let pieces = [
            "a", "ë", "\n", "\r\n", "\r", " ", "12", "\n\n", "\u{1b}", "\u{9b}",
        ];
        let mut next = numbers(0x2545_f491_4f6c_dd1d);
        for _ in 0..200 {
            let text: String = (0..next(60)).map(|_| pieces[next(pieces.len())]).collect();
            let document = Arc::new(Document::empty(
                "w.txt",
                crate::document::Format::Text,
                text.as_str().into(),
            ));
            let source = Source::new(&document);
            for _ in 0..20 {
                // Spans as the report gives them to miette.
                let offset = next(text.len() + 3);
                let span = source_span(&source.text, Span::new(offset, offset + next(8)));
                let context = [0, 1, 2, 3][next(4)];
                let whole = source.text.read_span(&span, context, context);
                let window = source.window(&span, context, context);
                match (whole, window) {
                    (Ok(whole), Ok(window)) => {
                        let parts = |c: &dyn SpanContents<'_>| {
                            (
                                c.data().to_vec(),
                                *c.span(),
                                c.line(),
                                c.column(),
                                c.line_count(),
                            )
                        };
                        assert_eq!(
                            parts(&window),
                            parts(whole.as_ref()),
                            "{text:?} {span:?} {context}"
                        );
                    }
                    (Err(_), Err(_)) => {}
                    (whole, window) => panic!(
                        "{text:?} {span:?}: {:?} vs {:?}",
                        whole.is_ok(),
                        window.is_ok()
                    ),
                }
            }
        }
    }

    #[test]
    fn lone_carriage_returns_become_line_breaks() {
        let text: Arc<str> = "a\rb\r\nc".into();
        assert_eq!(&*source_text(&text).0, "a\nb\r\nc");
        let plain: Arc<str> = "a\nb".into();
        assert!(Arc::ptr_eq(&source_text(&plain).0, &plain));
    }
}
