//! The human report (`--format human`): miette snippets for every finding,
//! then a summary of what was read and how much was found.

use std::fmt::{self, Write};
use std::sync::Arc;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    NamedSource, SourceCode, SourceSpan, SpanContents,
};

use super::{count, one_line, question_count, sorted, Totals};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Span};
use crate::FileResult;

/// Output width in columns; fixed so output does not depend on the terminal.
pub const WIDTH: usize = 100;

/// The report without colour: the same bytes on every machine.
pub fn render_plain(results: &[FileResult]) -> String {
    render(results, false)
}

/// The report, with ANSI colour when `color` is set.
pub fn render(results: &[FileResult], color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(WIDTH)
        .with_links(false);
    // One source per file, shared by all of its diagnostics.
    let sources: Vec<NamedSource<Source>> = results
        .iter()
        .map(|r| NamedSource::new(&r.path, Source::new(&r.document)))
        .collect();

    let mut out = String::new();
    for item in sorted(results) {
        let mut shown = Shown::new(item.diagnostic, &sources[item.result]);
        shown.location = item.document.location_at(item.diagnostic.span.start);
        if handler.render_report(&mut out, &shown).is_err() {
            // miette could not draw the snippet; fall back to a plain line
            // rather than lose the finding.
            let d = item.diagnostic;
            out.push_str(&format!(
                "{}: {}:{}:{}: {} [{}]\n",
                d.severity,
                item.file,
                item.start.line,
                item.start.column,
                one_line(&d.message),
                d.rule
            ));
        }
        out.push('\n');
    }
    out.push_str(&summary(results, color));
    out
}

/// What was read per file, then the totals.
///
/// ```text
/// corpus/x.txt: 148 questions, 66 footnote markers, 39 footnote definitions
/// 3 errors, 5 warnings, 2 infos in 1 file
/// ```
pub fn summary(results: &[FileResult], color: bool) -> String {
    let mut ordered: Vec<&FileResult> = results.iter().collect();
    ordered.sort_by(|a, b| a.path.cmp(&b.path));
    let mut out = String::new();
    for result in ordered {
        let doc = &result.document;
        let _ = writeln!(
            out,
            "{}: {}, {}, {}",
            result.path,
            count(question_count(doc), "question"),
            count(doc.markers.len(), "footnote marker"),
            count(doc.definitions.len(), "footnote definition")
        );
        if doc.entries.is_empty() {
            let label = if color {
                "\u{1b}[1;33mwarning\u{1b}[0m"
            } else {
                "warning"
            };
            let _ = writeln!(
                out,
                "{label}: no questions found in {}: nothing was checked",
                result.path
            );
        }
    }
    let _ = writeln!(out, "{}", Totals::of(results));
    out
}

/// A document's text as miette reads it. The text is shared with the
/// document; only the position miette prints in the snippet header
/// (`[file:line:col]`) is taken from the document's line index, so it counts
/// characters like every other report instead of bytes.
#[derive(Debug)]
struct Source {
    text: Arc<str>,
    document: Arc<Document>,
}

impl Source {
    fn new(document: &Arc<Document>) -> Self {
        Source {
            text: source_text(&document.text),
            document: Arc::clone(document),
        }
    }
}

/// How much of a long paragraph is shown on each side of a finding.
const PARAGRAPH_WINDOW: usize = 160;

impl Source {
    /// For a document read from Word or XML (one paragraph per line): the
    /// paragraph(s) of the span without neighbours, cut to a window around
    /// the span when the paragraph is long.
    fn paragraph(&self, span: &SourceSpan) -> Box<dyn SpanContents<'_> + '_> {
        let text: &str = &self.text;
        let floor = |mut i: usize| {
            i = i.min(text.len());
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let start = floor(span.offset());
        let end = floor(span.offset() + span.len()).max(start);
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
        let mut from = floor(start.saturating_sub(PARAGRAPH_WINDOW)).max(line_start);
        if from > line_start {
            // Start at a word.
            from = text[from..start].find(' ').map_or(from, |i| from + i + 1);
        }
        let mut to = floor((end + PARAGRAPH_WINDOW).min(line_end)).max(end);
        if to < line_end {
            to = text[end..to].rfind(' ').map_or(to, |i| end + i);
        }
        let at = self.document.line_col(from);
        Box::new(MietteSpanContents::new(
            &text.as_bytes()[from..to],
            SourceSpan::new(from.into(), to - from),
            at.line - 1,
            at.column - 1,
            text[from..to].matches('\n').count() + 1,
        ))
    }
}

impl Source {
    /// miette's contents of `span` with context, read from the text from a
    /// few lines before the span on. miette counts lines from the start of
    /// what it reads; given the whole text, every snippet would cost the
    /// length of the document before it, and a report on a long document
    /// would take time quadratic in its length. The window starts after a
    /// line break, at least two lines before the first context line, so
    /// miette reads it as it reads the whole text; the lines before the
    /// window are added from the line index.
    fn window(
        &self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<MietteSpanContents<'_>, MietteError> {
        let bytes = self.text.as_bytes();
        let mut before = span.offset().min(bytes.len());
        let mut from = 0;
        for _ in 0..context_lines_before + 2 {
            match bytes[..before].iter().rposition(|&b| b == b'\n') {
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
            self.document.line_col(from).line - 1
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
}

impl SourceCode for Source {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let contents = self.window(span, context_lines_before, context_lines_after)?;
        if context_lines_before > 0 {
            if !self.document.regions.is_empty() {
                return Ok(self.paragraph(span));
            }
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
        let at = self.document.line_col(span.offset());
        Ok(Box::new(MietteSpanContents::new(
            contents.data(),
            *contents.span(),
            at.line - 1,
            at.column - 1,
            contents.line_count(),
        )))
    }
}

/// The text miette draws from. miette's snippet drawing only breaks lines at
/// `\n` and `\r\n`; a lone `\r` (old Mac exports) becomes `\n`, which keeps
/// every byte offset.
fn source_text(text: &Arc<str>) -> Arc<str> {
    let bytes = text.as_bytes();
    let lone_cr = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    if !(0..bytes.len()).any(lone_cr) {
        return Arc::clone(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() != Some(&'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// A span miette can read: inside the text and widened to whole
/// characters. Zero-length spans stay zero-length; miette draws them as a point. miette
/// draws no line after a final line break, so a point there moves back to
/// the end of the last line.
fn source_span(text: &str, span: Span) -> SourceSpan {
    let span = span.on_chars(text);
    if span.start == text.len() {
        let start = text.trim_end_matches(['\r', '\n']).len();
        return SourceSpan::new(start.into(), 0);
    }
    SourceSpan::new(span.start.into(), span.len())
}

/// One diagnostic as miette sees it.
struct Shown<'a> {
    diagnostic: &'a Diagnostic,
    source: &'a NamedSource<Source>,
    labels: Vec<LabeledSpan>,
    /// "vraag 14, tabel 1, rij 5" for documents read from Word or XML.
    location: Option<&'a str>,
}

impl<'a> Shown<'a> {
    fn new(diagnostic: &'a Diagnostic, source: &'a NamedSource<Source>) -> Self {
        let text: &str = &source.inner().text;
        let mut labels = vec![LabeledSpan::new_primary_with_span(
            None,
            source_span(text, diagnostic.span),
        )];
        labels.extend(diagnostic.related.iter().map(|r| {
            LabeledSpan::new_with_span(Some(r.message.clone()), source_span(text, r.span))
        }));
        Shown {
            diagnostic,
            source,
            labels,
            location: None,
        }
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)?;
        match self.location {
            Some(location) => write!(f, " ({location})"),
            None => Ok(()),
        }
    }
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.diagnostic, f)
    }
}

impl std::error::Error for Shown<'_> {}

impl miette::Diagnostic for Shown<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.diagnostic.rule))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.diagnostic
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display + 'b>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn far_apart_labels_get_their_own_snippets() {
        use std::fmt::Write as _;
        let mut text = String::new();
        for i in 1..=100 {
            let _ = writeln!(text, "regel {i}");
        }
        let at = |needle: &str| {
            let start = text.find(needle).unwrap_or(0);
            Span::new(start, start + needle.len())
        };
        let mut document =
            Document::empty("x.txt", crate::document::Format::Text, text.as_str().into());
        document.front_matter = None;
        let result = FileResult {
            path: "x.txt".into(),
            diagnostics: vec![Diagnostic::new(
                "test/far",
                Severity::Warning,
                at("regel 89"),
                "far",
            )
            .with_related(at("regel 80"), "related")],
            document: Arc::new(document),
        };
        let out = render_plain(&[result]);
        assert!(out.contains("[x.txt:89:1]"), "{out}");
        assert!(
            !out.contains("regel 85"),
            "lines between the labels are not drawn:\n{out}"
        );
    }

    #[test]
    fn snippets_labels_and_summary() {
        let out = render_plain(&[fixture::result("corpus/x.txt")]);
        println!("{out}");
        for expected in [
            "footnote/undefined",
            "footnote 7 is used before it is defined",
            "defined here",
            "help: move the definition below the answer",
            "xref/unknown-question",
            "[corpus/x.txt:3:31]",
            "corpus/x.txt: 2 questions, 1 footnote marker, 1 footnote definition\n",
            "1 error, 1 warning, 0 infos in 1 file\n",
        ] {
            assert!(out.contains(expected), "{expected:?} missing from:\n{out}");
        }
        assert!(!out.contains('\u{1b}'), "no colour in plain output");
        assert!(out.find("footnote/undefined") < out.find("xref/unknown-question"));
        assert!(out.ends_with("1 error, 1 warning, 0 infos in 1 file\n"));
    }

    /// The whole picture, as reviewed. The positions in the headers count
    /// characters (3:31, not the byte column 3:32).
    #[test]
    fn snapshot_of_the_plain_report() {
        insta::assert_snapshot!(render_plain(&[fixture::result("corpus/x.txt")]), @r"
footnote/undefined

  × footnote 7 is used before it is defined
   ╭─[corpus/x.txt:3:31]
 2 │ 1 Kan de minister ‘Nederland: welvarend’ toelichten?
 3 │ Ja, zie de financiële bijlage.7 Zie ook het antwoord op vraag 99.
   ·                               ─
 4 │ 2 Welke landen?
 5 │ Geen.
 6 │ 7 Zie https://example.org/bijlage.
   · ┬
   · ╰── defined here
   ╰────
  help: move the definition below the answer

xref/unknown-question

  ⚠ reference to question 99, but the list has 2 questions
   ╭─[corpus/x.txt:3:57]
 2 │ 1 Kan de minister ‘Nederland: welvarend’ toelichten?
 3 │ Ja, zie de financiële bijlage.7 Zie ook het antwoord op vraag 99.
   ·                                                         ────────
 4 │ 2 Welke landen?
   ╰────

corpus/x.txt: 2 questions, 1 footnote marker, 1 footnote definition
1 error, 1 warning, 0 infos in 1 file
");
    }

    #[test]
    fn colour_only_when_asked() {
        let out = render(&[fixture::result("x.txt")], true);
        assert!(out.contains('\u{1b}'));
    }

    #[test]
    fn file_without_questions_gets_a_loud_line() {
        let mut result = fixture::result("corpus/empty.txt");
        result.diagnostics.clear();
        if let Some(doc) = std::sync::Arc::get_mut(&mut result.document) {
            doc.entries.clear();
        }
        let out = render_plain(&[result]);
        assert_eq!(
            out,
            "corpus/empty.txt: 0 questions, 1 footnote marker, 1 footnote definition\n\
             warning: no questions found in corpus/empty.txt: nothing was checked\n\
             0 errors, 0 warnings, 0 infos in 1 file\n"
        );
    }

    #[test]
    fn awkward_spans_still_render() {
        let mut result = fixture::result("x.txt");
        let len = result.document.text.len();
        let quote = fixture::at("‘").start;
        result.diagnostics = vec![
            Diagnostic::new("test/empty", Severity::Info, Span::new(5, 5), "zero-length"),
            Diagnostic::new(
                "test/related-point",
                Severity::Info,
                Span::new(3, 4),
                "a point as related location",
            )
            .with_related(Span::new(quote, quote), "at a quote"),
            Diagnostic::new(
                "test/inside-char",
                Severity::Info,
                Span::new(quote + 1, quote + 2),
                "mid-character",
            ),
            Diagnostic::new(
                "test/past-end",
                Severity::Info,
                Span::new(len + 10, len + 20),
                "past the end",
            )
            .with_related(Span::new(len, len), "at the end"),
        ];
        let out = render_plain(&[result]);
        println!("{out}");
        for expected in [
            "test/empty",
            "test/inside-char",
            "test/past-end",
            "at the end",
            "at a quote",
            "[x.txt:2:19]",
            "0 errors, 0 warnings, 4 infos",
        ] {
            assert!(out.contains(expected), "{expected:?} missing from:\n{out}");
        }
        // Every finding was drawn as a snippet, none needed the fallback line.
        assert_eq!(out.matches("╭─[").count(), 4, "{out}");
    }

    #[test]
    fn line_endings_of_every_kind() {
        for (name, text) in [
            ("lf", "a\nbë x\nc\n"),
            ("crlf", "a\r\nbë x\r\nc\r\n"),
            ("cr", "a\rbë x\rc\r"),
        ] {
            let mut result = fixture::result(name);
            let mut doc = (*result.document).clone();
            doc.text = text.into();
            doc.lines = crate::document::LineIndex::new(text);
            let x = text.find('x').unwrap_or(0);
            result.document = Arc::new(doc);
            result.diagnostics = vec![Diagnostic::new(
                "test/x",
                Severity::Error,
                Span::new(x, x + 1),
                "the x",
            )];
            let out = render_plain(&[result]);
            assert!(out.contains(&format!("[{name}:2:4]")), "{out}");
            assert!(out.contains(" 2 │ bë x\n"), "{out}");
            assert!(out.contains(" 3 │ c\n"), "{out}");
        }
    }

    /// A repeatable stream of numbers: `next(n)` is below `n` (a linear
    /// congruential generator; the tests need variety, not randomness).
    fn numbers(mut seed: u64) -> impl FnMut(usize) -> usize {
        move |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n.max(1)
        }
    }

    /// Spans anywhere (inside characters, past the end, across tabs and
    /// every kind of line break) never stop a report from being drawn.
    #[test]
    fn windows_read_as_the_whole_text_does() {
        let pieces = ["a", "ë", "\n", "\r\n", "\r", " ", "12", "\n\n"];
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
    fn arbitrary_spans_always_render() {
        let pieces = ["a", "ë", "‘", "\t", "\n", "\r\n", "\r", " ", "12", "\n\n"];
        let mut next = numbers(0x9e37_79b9_7f4a_7c15);
        for _ in 0..300 {
            let text: String = (0..next(40)).map(|_| pieces[next(pieces.len())]).collect();
            let mut result = fixture::result("fuzz.txt");
            let mut doc = (*result.document).clone();
            doc.lines = crate::document::LineIndex::new(&text);
            doc.text = text.as_str().into();
            result.document = Arc::new(doc);
            let mut span = || {
                let a = next(text.len() + 3);
                Span::new(a, a + next(6))
            };
            result.diagnostics =
                vec![
                    Diagnostic::new("test/fuzz", Severity::Error, span(), "fuzz")
                        .with_related(span(), "related one")
                        .with_related(span(), "related two"),
                ];
            let out = render_plain(&[result]);
            assert!(out.contains("╭─[fuzz.txt:"), "{text:?}\n{out}");
        }
    }

    #[test]
    fn lone_carriage_returns_become_line_breaks() {
        let text: Arc<str> = "a\rb\r\nc".into();
        assert_eq!(&*source_text(&text), "a\nb\r\nc");
        let plain: Arc<str> = "a\nb".into();
        assert!(Arc::ptr_eq(&source_text(&plain), &plain));
    }
}
