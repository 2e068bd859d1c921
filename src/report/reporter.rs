//! The seam between checking and writing: every output format is a
//! [`Reporter`], and a report is always made the same way, whether of one
//! file or of a corpus, at once or streamed: the files' parts in path
//! order, then the end.
//!
//! A part is rendered by [`Reporter::part`] on the thread that checked the
//! file, right after its check, so that the document can be dropped; the
//! parts are then given to [`Reporter::write`] one by one in path order
//! (by `crate::stream::Report`, or by [`render`] for results at hand), and
//! [`Reporter::finish`] writes what depends on every file (totals, JSON's
//! summary, SARIF's rule list). Memory is bounded by what a format must
//! hold until its end, which each format documents.
//!
//! Adding a format: a module under `src/report/` with a type that
//! implements this trait, and one arm in [`Format::reporter`].

use std::any::Any;
use std::io::{self, Write};

use super::{compact, github, html, human, json, sarif, Totals};
use crate::diagnostic::Severity;
use crate::FileResult;

/// An output format, as `--format` chose it.
#[derive(Debug, Clone)]
pub enum Format {
    Human {
        color: bool,
    },
    Compact,
    Json,
    Github,
    /// One page; of several files, written file by file.
    Html,
    Sarif {
        rules: sarif::Catalog,
    },
}

impl Format {
    /// The one place a format becomes its reporter.
    pub fn reporter(self) -> Box<dyn Reporter> {
        match self {
            Format::Human { color } => Box::new(human::Human::new(color)),
            Format::Compact => Box::new(compact::Compact),
            Format::Json => Box::new(json::Json::default()),
            Format::Github => Box::new(github::Github),
            Format::Html => Box::new(html::Html::default()),
            Format::Sarif { rules } => Box::new(sarif::Sarif::new(rules)),
        }
    }
}

/// An output format: how one file's findings are shown, and how a report
/// of files ends.
pub trait Reporter: Send + Sync {
    /// The part of `results`, the results of one path (more than one when
    /// a path was given twice: their findings then interleave). It is
    /// rendered on the thread that checked the file; what the format must
    /// keep until the end it puts in [`Part::held`].
    fn part(&self, results: &[FileResult]) -> Part;

    /// Writes `part` when its turn comes (parts come in path order). By
    /// default its text, at once; a format whose start depends on every
    /// file (JSON's summary) keeps it instead.
    fn write(&mut self, part: Part, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(part.text.as_bytes())
    }

    /// Writes the end of the report: `totals` are those of every part, and
    /// `errors` what made the run fail (files that could not be read).
    fn finish(&mut self, totals: &Totals, errors: &[String], out: &mut dyn Write)
        -> io::Result<()>;
}

/// One path's share of a report.
pub struct Part {
    pub path: String,
    pub totals: Totals,
    /// The most severe finding, if any.
    pub worst: Option<Severity>,
    /// What the format prints for these findings.
    pub text: String,
    /// What the format keeps of the file for later (the HTML page's
    /// document, SARIF's results, the human report's summary lines); only
    /// the reporter that made the part reads it.
    pub held: Option<Box<dyn Any + Send>>,
}

impl Part {
    /// A part of `results` with `text`, holding nothing.
    pub fn new(results: &[FileResult], text: String) -> Part {
        Part {
            path: results.first().map(|r| r.path.clone()).unwrap_or_default(),
            totals: Totals::of(results),
            worst: results
                .iter()
                .flat_map(|r| &r.diagnostics)
                .map(|d| d.severity)
                .max(),
            text,
            held: None,
        }
    }

    /// The part holding `value` for its reporter.
    pub fn holding(mut self, value: impl Any + Send) -> Part {
        self.held = Some(Box::new(value));
        self
    }

    /// What the part holds, if it is a `T`.
    pub fn take<T: Any>(&mut self) -> Option<T> {
        let held = self.held.take()?;
        held.downcast::<T>().ok().map(|b| *b)
    }
}

impl std::fmt::Debug for Part {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Part")
            .field("path", &self.path)
            .field("totals", &self.totals)
            .field("text", &self.text.len())
            .finish_non_exhaustive()
    }
}

/// The report of `results` by `reporter`: the parts of their paths in
/// path order (the results of one path in one part, in the order given),
/// then the end.
pub fn render(
    mut reporter: Box<dyn Reporter>,
    results: &[FileResult],
    errors: &[String],
) -> String {
    let in_order = results.windows(2).all(|w| w[0].path <= w[1].path);
    let sorted: Vec<FileResult>;
    let results = if in_order {
        results
    } else {
        let mut copy = results.to_vec();
        // Stable: the results of one path keep their order.
        copy.sort_by(|a, b| a.path.cmp(&b.path));
        sorted = copy;
        &sorted
    };
    let mut out = Vec::new();
    let mut totals = Totals::default();
    for group in results.chunk_by(|a, b| a.path == b.path) {
        let part = reporter.part(group);
        totals.add(&part.totals);
        // Writing to a Vec cannot fail.
        let _ = reporter.write(part, &mut out);
    }
    let _ = reporter.finish(&totals, errors, &mut out);
    // Every reporter writes text.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}
