//! Reports written one file at a time, so that checking many files keeps
//! neither every document nor the whole report in memory.
//!
//! Each file's part is rendered by its format's
//! [`Reporter::part`](crate::report::reporter::Reporter::part) right after
//! the file was checked, on its thread; the document can then be dropped.
//! A [`Report`] takes the parts in path order as they come and hands them
//! to the reporter, which writes them or keeps what its end needs (see
//! each format). Memory is then bounded by the documents being checked at
//! the same moment (one per thread), the parts not yet written and what
//! the format keeps, not by the corpus. A report made this way is the
//! report of all results at once (`report::reporter::render`): they are
//! the same code, and tested below for every format.

use std::io::{self, Write};

use crate::diagnostic::Severity;
use crate::report::reporter::{Part, Reporter};
use crate::report::Totals;

/// A report being written, part by part in path order.
pub struct Report<W: Write> {
    reporter: Box<dyn Reporter>,
    out: W,
    totals: Totals,
    worst: Option<Severity>,
    last: Option<String>,
}

impl<W: Write> Report<W> {
    pub fn new(reporter: Box<dyn Reporter>, out: W) -> Self {
        Report {
            reporter,
            out,
            totals: Totals::default(),
            worst: None,
            last: None,
        }
    }

    /// The next part: its path is not before the previous part's.
    pub fn push(&mut self, part: Part) -> io::Result<()> {
        debug_assert!(self.last.as_deref().is_none_or(|p| p <= part.path.as_str()));
        self.totals.add(&part.totals);
        self.worst = self.worst.max(part.worst);
        self.last = Some(part.path.clone());
        self.reporter.write(part, &mut self.out)
    }

    /// The totals of the parts so far.
    pub fn totals(&self) -> Totals {
        self.totals
    }

    /// The most severe finding so far.
    pub fn worst(&self) -> Option<Severity> {
        self.worst
    }

    /// Writes the end of the report, with `errors` (what made the run
    /// fail), and gives back the writer.
    pub fn finish(mut self, errors: &[String]) -> io::Result<W> {
        self.reporter.finish(&self.totals, errors, &mut self.out)?;
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::reporter::{render, Format};
    use crate::report::{fixture, html, sarif};
    use crate::FileResult;

    fn formats() -> Vec<Format> {
        vec![
            Format::Human { color: false },
            Format::Human { color: true },
            Format::Compact,
            Format::Json,
            Format::Github,
            Format::Html,
            Format::Sarif {
                rules: sarif::Catalog::of([&crate::Config::standard().rules]),
            },
        ]
    }

    /// As `check` streams: each part rendered by a reporter of its own (as
    /// on the thread that checked the file), in path order, then written.
    fn streamed(format: &Format, results: &[FileResult], errors: &[String]) -> String {
        let mut sorted: Vec<&FileResult> = results.iter().collect();
        sorted.sort_by(|a, b| a.path.cmp(&b.path));
        let mut report = Report::new(format.clone().reporter(), Vec::new());
        for result in sorted {
            let part = format.clone().reporter().part(std::slice::from_ref(result));
            report.push(part).expect("in memory");
        }
        String::from_utf8(report.finish(errors).expect("in memory")).expect("text")
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
            Vec::new(),
            corpus.clone(),
            vec![corpus[1].clone()],
            vec![fixture::result("b.txt"), fixture::result("a.txt")],
            vec![clean.clone()],
            vec![clean, corpus[2].clone()],
        ];
        let errors = ["d.txt: cannot read".to_string()];
        for format in formats() {
            for results in &sets {
                assert_eq!(
                    streamed(&format, results, &errors),
                    render(format.clone().reporter(), results, &errors),
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
        let whole = html::render(&sorted, &html::Options::default());
        let streamed = streamed(&Format::Html, &sorted, &[]);
        let (a, b) = (page_parts(&whole), page_parts(&streamed));
        assert_eq!(a.len(), sorted.len() + 3);
        assert_eq!(a, b);
        // The side list and header follow the documents.
        let last_article = streamed.rfind("</article>").expect("articles");
        assert!(streamed.find("<nav id=").is_some_and(|n| n > last_article));
        assert!(streamed
            .find("<header id=")
            .is_some_and(|n| n > last_article));
        // One file: the page made at once.
        assert_eq!(
            self::streamed(&Format::Html, &sorted[..1], &[]),
            html::render(&sorted[..1], &html::Options::default())
        );
        // No files (every path failed): still a page.
        let empty = self::streamed(&Format::Html, &[], &[]);
        assert!(empty.starts_with("<!DOCTYPE html>") && empty.ends_with("</html>\n"));
    }

    #[test]
    fn parts_count_findings() {
        let result = fixture::result("x.txt");
        let part = Format::Compact
            .reporter()
            .part(std::slice::from_ref(&result));
        assert_eq!(part.worst, Some(Severity::Error));
        let mut report = Report::new(Format::Compact.reporter(), Vec::new());
        report.push(part).expect("in memory");
        let part = Format::Compact
            .reporter()
            .part(std::slice::from_ref(&result));
        report.push(part).expect("in memory");
        assert_eq!(
            report.totals(),
            Totals {
                files: 2,
                errors: 2,
                warnings: 2,
                infos: 0
            }
        );
    }
}
