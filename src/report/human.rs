//! The human report (`--format human`): miette snippets for every finding,
//! then a summary of what was read and how much was found.

use std::collections::BTreeMap;
use std::fmt::{self, Write};

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode};

use super::reporter::{Part, Reporter};
use super::{one_line, sorted, visible, words, Totals};
use crate::diagnostic::{Diagnostic, Severity};
use crate::lang::{self, Msg};
use crate::FileResult;

mod snippet;
use snippet::Source;

pub use crate::terminal::WIDTH;

/// The report without colour: the same bytes on every machine.
pub fn render_plain(results: &[FileResult]) -> String {
    render(results, false)
}

/// The report, with ANSI colour when `color` is set.
pub fn render(results: &[FileResult], color: bool) -> String {
    super::reporter::render(Box::new(Human::new(color)), results, &[])
}

/// The human report: each file's findings as miette snippets when its
/// turn comes; at the end, what was read in each file, then the totals.
/// It keeps a line or two per file until the end.
#[derive(Debug)]
pub struct Human {
    color: bool,
    /// The summary lines of the files written so far.
    summaries: String,
}

impl Human {
    pub fn new(color: bool) -> Self {
        Human {
            color,
            summaries: String::new(),
        }
    }
}

impl Reporter for Human {
    fn part(&self, results: &[FileResult]) -> Part {
        Part::new(results, findings(results, self.color)).holding(file_lines(results, self.color))
    }

    fn write(&mut self, mut part: Part, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        if let Some(lines) = part.take::<String>() {
            self.summaries.push_str(&lines);
        }
        out.write_all(part.text.as_bytes())
    }

    fn finish(
        &mut self,
        totals: &Totals,
        _errors: &[String],
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        out.write_all(self.summaries.as_bytes())?;
        writeln!(out, "{totals}")
    }
}

/// Every finding of `results` (of one path) as a miette snippet.
fn findings(results: &[FileResult], color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(WIDTH)
        .with_links(false);
    // One source per file, shared by all of its diagnostics; the other
    // documents of related places (the committee's list, the previous
    // version) one each too, by their path.
    let sources: Vec<NamedSource<Source>> = results
        .iter()
        .map(|r| NamedSource::new(visible(&r.path), Source::new(&r.document)))
        .collect();
    let mut others: BTreeMap<&str, NamedSource<Source>> = BTreeMap::new();
    for d in results.iter().flat_map(|r| &r.diagnostics) {
        for file in d.related.iter().filter_map(|r| r.file.as_ref()) {
            others
                .entry(file.path.as_str())
                .or_insert_with(|| NamedSource::new(visible(&file.path), Source::new(file)));
        }
    }

    let mut out = String::new();
    for item in sorted(results) {
        let mut shown = Shown::new(item.diagnostic, &sources[item.result], &others);
        shown.location = item
            .document
            .location_at(item.diagnostic.span.start)
            .map(words::location);
        // miette draws the snippets in text order, each headed by a place in
        // it: when a related place comes first in a snippet of its own, that
        // header would read as the finding's position. The first line then
        // names the finding's own.
        let far_before = item.diagnostic.related.iter().any(|r| {
            r.file.is_none()
                && r.span.start < item.diagnostic.span.start
                && item.document.line_col(r.span.start).line + SAME_SNIPPET < item.start.line
        });
        if far_before {
            shown.at = Some(format!(
                "{}:{}:{}",
                visible(item.file),
                item.start.line,
                item.start.column
            ));
        }
        let mut one = String::new();
        let drawn = handler.render_report(&mut one, &shown).is_ok();
        out.push_str(&lang::help_label(&one));
        if !drawn {
            // miette could not draw the snippet; fall back to a plain line
            // rather than lose the finding.
            let d = item.diagnostic;
            out.push_str(&format!(
                "{}: {}:{}:{}: {} [{}]\n",
                words::severity(d.severity),
                visible(item.file),
                item.start.line,
                item.start.column,
                visible(&one_line(&d.message)),
                d.rule
            ));
        }
        out.push('\n');
    }
    out
}

/// What was read in each file (the report ends with these, then the
/// totals).
///
/// ```text
/// corpus/x.txt: 148 questions, 66 footnote markers, 39 footnote definitions
/// 3 errors, 5 warnings, 2 infos in 1 file
/// ```
fn file_lines(results: &[FileResult], color: bool) -> String {
    let mut out = String::new();
    for result in results {
        let doc = &result.document;
        let _ = writeln!(out, "{}: {}", visible(&result.path), words::read_line(doc));
        if doc.entries.is_empty() {
            let label = words::severity(Severity::Warning);
            let label = if color {
                format!("\u{1b}[1;33m{label}\u{1b}[0m")
            } else {
                label.to_string()
            };
            let _ = writeln!(
                out,
                "{label}: {}",
                words::NOTHING_CHECKED.say(&[("path", &visible(&result.path))])
            );
        }
    }
    out
}

/// One diagnostic as miette sees it.
struct Shown<'a> {
    diagnostic: &'a Diagnostic,
    source: &'a NamedSource<Source>,
    labels: Vec<LabeledSpan>,
    /// "vraag 14, tabel 1, rij 5" for documents read from Word or XML.
    location: Option<std::borrow::Cow<'a, str>>,
    /// The finding's position, when the first snippet shows a related place.
    at: Option<String>,
    /// Related places in other documents, drawn after the finding.
    elsewhere: Vec<Elsewhere<'a>>,
}

/// A related place in another document than the checked one, drawn as a
/// note of its own with a snippet of that document.
struct Elsewhere<'a> {
    message: String,
    source: &'a NamedSource<Source>,
    label: LabeledSpan,
}

/// The heading of a finding whose first snippet shows a related place.
const AT: Msg = Msg::new("{rule} op {at}", "{rule} at {at}");

/// Labels at most this many lines apart share a snippet (miette's one
/// line of context on either side).
const SAME_SNIPPET: usize = 3;

impl<'a> Shown<'a> {
    fn new(
        diagnostic: &'a Diagnostic,
        source: &'a NamedSource<Source>,
        others: &'a BTreeMap<&str, NamedSource<Source>>,
    ) -> Self {
        let text = source.inner();
        let mut labels = vec![LabeledSpan::new_primary_with_span(
            None,
            text.label(diagnostic.span),
        )];
        let mut elsewhere = Vec::new();
        for r in &diagnostic.related {
            // In a document read from Word or XML, the place as the
            // editor finds it there, after the label.
            let doc = r.file.as_deref().unwrap_or(text.document());
            let message = match doc.location_at(r.span.start) {
                Some(place) => format!("{} ({})", r.message, words::location(place)),
                None => r.message.clone(),
            };
            let message = visible(&message).into_owned();
            match r.file.as_ref().and_then(|f| others.get(f.path.as_str())) {
                Some(other) => elsewhere.push(Elsewhere {
                    label: LabeledSpan::new_primary_with_span(None, other.inner().label(r.span)),
                    message,
                    source: other,
                }),
                None => {
                    labels.push(LabeledSpan::new_with_span(
                        Some(message),
                        text.label(r.span),
                    ));
                }
            }
        }
        Shown {
            diagnostic,
            source,
            labels,
            location: None,
            at: None,
            elsewhere,
        }
    }
}

impl fmt::Display for Elsewhere<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Debug for Elsewhere<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Elsewhere<'_> {}

impl miette::Diagnostic for Elsewhere<'_> {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(self.label.clone())))
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&visible(&self.diagnostic.message))?;
        match &self.location {
            Some(location) => write!(f, " ({})", visible(location)),
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
        Some(match &self.at {
            Some(at) => Box::new(AT.say(&[("rule", &self.diagnostic.rule), ("at", at)])),
            None => Box::new(self.diagnostic.rule),
        })
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
            .map(|h| Box::new(visible(h)) as Box<dyn fmt::Display + 'b>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn miette::Diagnostic> + 'b>> {
        if self.elsewhere.is_empty() {
            return None;
        }
        Some(Box::new(
            self.elsewhere.iter().map(|e| e as &dyn miette::Diagnostic),
        ))
    }
}

#[cfg(test)]
pub(crate) mod tests;
