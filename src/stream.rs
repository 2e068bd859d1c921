//! Reports rendered one file at a time, so that checking many files keeps
//! neither every document nor the whole report in memory.
//!
//! A report over several files is the files' parts in path order, then a
//! footer that depends only on the totals (the JSON report also starts with
//! them). [`Stream::part`] renders one file's part right after it was
//! checked (with the reporters of [`crate::report`], on that file alone);
//! the document can then be dropped. A [`Report`] writes the parts, given
//! in path order, as they come: the bytes are those of rendering all results
//! at once (tested below for every format). Memory is then bounded by the
//! documents being checked at the same moment (one per thread) and the
//! parts not yet written, not by the corpus. The JSON report keeps the
//! parts' text until the end, because its summary comes first.
//!
//! The HTML report shows every document's text: its part keeps the
//! result, and the page writes the file's text when the part's turn comes
//! (`report::html::Writer`), then drops it. A run in which one path is
//! given twice keeps every result, because the reports then interleave the
//! two files' findings. SARIF renders each
//! file's results on its thread and keeps those, not the document
//! (`report::sarif::part`), since its rule list and invocation need every
//! file's findings.

use std::io::{self, Write};

use crate::diagnostic::Severity;
use crate::report::{compact, github, html, human, json, Totals};
use crate::FileResult;

/// A report format that can be rendered file by file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Human { color: bool },
    Compact,
    Json,
    Github,
    Html,
}

/// One file's share of a report.
#[derive(Debug, Clone)]
pub struct Part {
    pub path: String,
    pub totals: Totals,
    /// The most severe finding, if any.
    pub worst: Option<Severity>,
    /// What the report prints for this file's findings.
    body: String,
    /// The human report's summary line(s) for this file.
    summary: String,
    /// The HTML report's file, until its text is written.
    result: Option<FileResult>,
}

impl Stream {
    /// Renders the part of `result` (whose document may be dropped after).
    pub fn part(self, result: &FileResult) -> Part {
        let one = std::slice::from_ref(result);
        let totals = Totals::of(one);
        let mut kept = None;
        let (body, summary) = match self {
            Stream::Html => {
                kept = Some(result.clone());
                (String::new(), String::new())
            }
            Stream::Compact => (compact::render(one), String::new()),
            Stream::Github => {
                let all = github::render(one);
                let body = strip(&all, &github::footer(&totals));
                (body, String::new())
            }
            Stream::Human { color } => {
                let all = human::render(one, color);
                let summary = human::summary(one, color);
                let body = strip(&all, &summary);
                // The last line of the summary is the totals of this file
                // alone; the report ends with the totals of all files.
                let lines = strip(&summary, &format!("{totals}\n"));
                (body, lines)
            }
            Stream::Json => {
                let report = json::report(one);
                let mut body = String::new();
                for diagnostic in &report.diagnostics {
                    // Serialising a struct of strings and numbers cannot fail.
                    let text = crate::report::escape_c1(
                        serde_json::to_string_pretty(diagnostic).unwrap_or_default(),
                    );
                    if !body.is_empty() {
                        body.push_str(",\n");
                    }
                    // Nested in the report's "diagnostics" array: two
                    // levels deeper. JSON strings hold no raw line breaks.
                    for (i, line) in text.lines().enumerate() {
                        if i > 0 {
                            body.push('\n');
                        }
                        body.push_str("    ");
                        body.push_str(line);
                    }
                }
                (body, String::new())
            }
        };
        Part {
            path: result.path.clone(),
            totals,
            worst: result.diagnostics.iter().map(|d| d.severity).max(),
            body,
            summary,
            result: kept,
        }
    }

    /// The report of all parts (in any order), as the reporter renders
    /// the results of all files at once.
    pub fn assemble(self, mut parts: Vec<Part>) -> io::Result<String> {
        // Stable: parts of equal paths keep their order, as the reporters do.
        parts.sort_by(|a, b| a.path.cmp(&b.path));
        let mut report = Report::new(self, Vec::new());
        for part in parts {
            report.push(part)?;
        }
        let bytes = report.finish()?;
        String::from_utf8(bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    }
}

/// A report being written, part by part in path order.
pub struct Report<W: Write> {
    stream: Stream,
    out: W,
    /// The parts so far; their bodies are written and emptied, except in a
    /// JSON report.
    parts: Vec<Part>,
    html: html::Writer,
}

impl<W: Write> Report<W> {
    pub fn new(stream: Stream, out: W) -> Self {
        Report {
            stream,
            out,
            parts: Vec::new(),
            html: html::Writer::default(),
        }
    }

    /// The next part: its path is not before the previous part's.
    pub fn push(&mut self, mut part: Part) -> io::Result<()> {
        debug_assert!(self.parts.last().is_none_or(|p| p.path <= part.path));
        if let Some(result) = part.result.take() {
            self.html.file(&mut self.out, &result)?;
        } else if self.stream != Stream::Json {
            self.out.write_all(part.body.as_bytes())?;
            part.body = String::new();
        }
        self.parts.push(part);
        Ok(())
    }

    /// The totals of the parts so far.
    pub fn totals(&self) -> Totals {
        sum(&self.parts)
    }

    /// The most severe finding so far.
    pub fn worst(&self) -> Option<Severity> {
        self.parts.iter().filter_map(|p| p.worst).max()
    }

    /// Writes the end of the report (for JSON: all of it) and gives back
    /// the writer.
    pub fn finish(mut self) -> io::Result<W> {
        let totals = self.totals();
        match self.stream {
            Stream::Compact => {}
            Stream::Html => std::mem::take(&mut self.html).finish(&mut self.out)?,
            Stream::Github => self.out.write_all(github::footer(&totals).as_bytes())?,
            Stream::Human { .. } => {
                for part in &self.parts {
                    self.out.write_all(part.summary.as_bytes())?;
                }
                writeln!(self.out, "{totals}")?;
            }
            Stream::Json => {
                let envelope = json::Report {
                    version: json::VERSION,
                    summary: json::Summary {
                        files: totals.files,
                        errors: totals.errors,
                        warnings: totals.warnings,
                        infos: totals.infos,
                    },
                    diagnostics: Vec::new(),
                };
                let empty = crate::report::escape_c1(serde_json::to_string_pretty(&envelope)?);
                let mut bodies = self.parts.iter().filter(|p| !p.body.is_empty());
                match bodies.next() {
                    None => self.out.write_all(empty.as_bytes())?,
                    Some(first) => {
                        // `"diagnostics": []` opened, the parts, closed.
                        let head = empty.strip_suffix("[]\n}").unwrap_or(&empty);
                        write!(self.out, "{head}[\n{}", first.body)?;
                        for part in bodies {
                            write!(self.out, ",\n{}", part.body)?;
                        }
                        self.out.write_all(b"\n  ]\n}")?;
                    }
                }
                self.out.write_all(b"\n")?;
            }
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

/// The totals of all parts.
pub fn sum(parts: &[Part]) -> Totals {
    let mut totals = Totals::default();
    for p in parts {
        totals.files += p.totals.files;
        totals.errors += p.totals.errors;
        totals.warnings += p.totals.warnings;
        totals.infos += p.totals.infos;
    }
    totals
}

/// `all` without its `suffix`. The reporters end every report with the
/// suffix; the tests below hold them to it.
fn strip(all: &str, suffix: &str) -> String {
    debug_assert!(all.ends_with(suffix), "{suffix:?} does not end {all:?}");
    all.strip_suffix(suffix).unwrap_or(all).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    const FORMATS: [Stream; 5] = [
        Stream::Human { color: false },
        Stream::Human { color: true },
        Stream::Compact,
        Stream::Json,
        Stream::Github,
    ];

    fn whole(format: Stream, results: &[FileResult]) -> String {
        match format {
            Stream::Human { color } => human::render(results, color),
            Stream::Compact => compact::render(results),
            Stream::Json => json::render(results).expect("serialisable"),
            Stream::Github => github::render(results),
            Stream::Html => html::render(results, &html::Options::default()),
        }
    }

    fn streamed(format: Stream, results: &[FileResult]) -> String {
        let parts = results.iter().map(|r| format.part(r)).collect();
        format.assemble(parts).expect("serialisable")
    }

    fn corpus() -> Vec<FileResult> {
        let mut results = Vec::new();
        // Not in path order, as a walk of nested directories may give them.
        for name in [
            "voorbeeld-schoon.txt",
            "36180-164-beleidsagenda-buitenlandse-handel.txt",
            "voorbeeld-fouten.txt",
        ] {
            let path = format!("{}/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
            let bytes = std::fs::read(&path).expect("corpus file");
            results.push(crate::check_bytes(&format!("corpus/{name}"), &bytes));
        }
        results
    }

    #[test]
    fn streamed_reports_are_the_whole_reports() {
        let corpus = corpus();
        let mut clean = fixture::result("a/clean.txt");
        clean.diagnostics.clear();
        let sets: Vec<Vec<FileResult>> = vec![
            corpus.clone(),
            vec![corpus[1].clone()],
            vec![fixture::result("b.txt"), fixture::result("a.txt")],
            vec![clean.clone()],
            vec![clean, corpus[2].clone()],
        ];
        for format in FORMATS {
            for results in &sets {
                assert_eq!(
                    streamed(format, results),
                    whole(format, results),
                    "{format:?} over {:?}",
                    results.iter().map(|r| &r.path).collect::<Vec<_>>()
                );
            }
        }
    }

    /// The parts of an HTML page: every document's article, the side list,
    /// the header and the findings' data without the version stamp.
    fn page_parts(page: &str) -> Vec<String> {
        let between = |from: &str, to: &str| -> Vec<String> {
            page.match_indices(from)
                .map(|(at, _)| {
                    let rest = &page[at..];
                    rest[..rest.find(to).map_or(rest.len(), |e| e + to.len())].to_string()
                })
                .collect()
        };
        let mut parts = between("<article", "</article>");
        parts.extend(between("<nav id=\"findings\"", "</nav>"));
        parts.extend(between("<header id=\"top\"", "</header>"));
        parts.extend(between("\"findings\":[", "</script>"));
        parts
    }

    #[test]
    fn a_streamed_page_shows_what_a_page_made_at_once_shows() {
        let corpus = corpus();
        let mut sorted = corpus.clone();
        sorted.sort_by(|a, b| a.path.cmp(&b.path));
        for results in [&sorted[..], &sorted[..1]] {
            let whole = html::render(results, &html::Options::default());
            let streamed = streamed(Stream::Html, results);
            let (a, b) = (page_parts(&whole), page_parts(&streamed));
            assert_eq!(a.len(), results.len() + 3);
            assert_eq!(a, b);
            // The side list and header follow the documents.
            let last_article = streamed.rfind("</article>").expect("articles");
            assert!(streamed.find("<nav id=").is_some_and(|n| n > last_article));
            assert!(streamed
                .find("<header id=")
                .is_some_and(|n| n > last_article));
        }
        // No files (every path failed): still a page.
        let empty = streamed(Stream::Html, &[]);
        assert!(empty.starts_with("<!DOCTYPE html>") && empty.ends_with("</html>\n"));
    }

    #[test]
    fn parts_count_findings() {
        let result = fixture::result("x.txt");
        let part = Stream::Compact.part(&result);
        assert_eq!(part.worst, Some(Severity::Error));
        assert_eq!(
            sum(&[part.clone(), part]),
            Totals {
                files: 2,
                errors: 2,
                warnings: 2,
                infos: 0
            }
        );
    }
}
