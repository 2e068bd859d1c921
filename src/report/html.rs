//! The HTML report (`--format html`): one self-contained page (inline CSS
//! and JavaScript, nothing loaded from the network) with the text of every
//! document, each finding highlighted by severity where it is, and a side
//! list of findings grouped by rule or by question. Clicking a finding in
//! the list scrolls to it; clicking a highlight selects its finding in the
//! list; related locations ("defined here") are linked both ways. Filters by
//! severity and rule, summary counts, keyboard navigation (`j`/`k`), and a
//! print style.
//!
//! The page is deterministic (no timestamps). `?selftest` in its URL makes
//! it click every finding on load and write the result into the page, for
//! the browser test (`tests/html.rs`).

use std::fmt::Write;

use super::reporter::{Part, Reporter};
use super::{sorted, words, Totals};
use crate::lang::{self, Msg};
use crate::FileResult;

const STYLE: &str = include_str!("html/report.css");
const SCRIPT: &str = include_str!("html/report.js");

pub mod index;
mod side;
mod text;

pub use side::Record;

/// How the page is made.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// For `kamerlint watch`: the file name (beside the report) of a small
    /// script that tells the page the current version, so the page reloads
    /// itself when the report is rewritten.
    pub reload_script: Option<String>,
}

#[derive(serde::Serialize)]
struct Data<'a> {
    version: String,
    reload: Option<&'a str>,
    findings: Vec<side::Finding<'a>>,
}

/// Renders the report page.
pub fn render(results: &[FileResult], options: &Options) -> String {
    render_page(results, options).html
}

/// A rendered page and its version stamp (a hash of its content).
#[derive(Debug, Clone)]
pub struct Page {
    pub html: String,
    pub version: String,
}

/// The script `kamerlint watch` writes beside the report: it tells an open
/// page which version is current.
pub fn version_script(version: &str) -> String {
    format!("window.kamerlintVersion && window.kamerlintVersion(\"{version}\");\n")
}

/// Renders the report page and says which version it is.
pub fn render_page(results: &[FileResult], options: &Options) -> Page {
    let items = sorted(results);
    let records: Vec<Record> = items
        .iter()
        .map(|item| Record::of(item, item.result))
        .collect();
    let mut body = String::new();
    side::header(&mut body, &Totals::of(results), &records);
    body.push_str("<main id=\"main\">\n");
    side::side_list(&mut body, &records, results.len());
    body.push_str("<div id=\"documents\">\n");
    for (index, result) in results.iter().enumerate() {
        let findings = items
            .iter()
            .enumerate()
            .filter(|(_, it)| it.result == index);
        text::document(&mut body, index, result, findings);
    }
    body.push_str("</div>\n</main>\n");

    let version = format!("{:016x}", fnv1a(body.as_bytes()));
    let title = match results {
        [one] => format!("kamerlint — {}", one.path),
        _ => format!("kamerlint — {}", words::FILES.count(results.len())),
    };
    let mut out = String::with_capacity(body.len() + STYLE.len() + SCRIPT.len() + 4096);
    head(&mut out, &title);
    out.push_str(&body);
    tail(
        &mut out,
        &version,
        options.reload_script.as_deref(),
        &records,
    );
    Page { html: out, version }
}

const SKIP: Msg = Msg::new("Naar de bevindingen", "To the findings");

/// The page up to its body's content.
fn head(out: &mut String, title: &str) {
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">",
        lang::current().code()
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        out,
        "<meta name=\"generator\" content=\"kamerlint {}\">",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(out, "<title>{}</title>", escape(title));
    let _ = writeln!(out, "<style>\n{STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(out, "<a class=\"skip\" href=\"#findings\">{SKIP}</a>");
}

/// The page's data (for its script), the script and the end of the page.
fn tail(out: &mut String, version: &str, reload: Option<&str>, records: &[Record]) {
    let data = Data {
        version: version.to_string(),
        reload,
        findings: records.iter().map(side::Finding::from).collect(),
    };
    let json = serde_json::to_string(&data)
        .unwrap_or_else(|_| "{}".to_string())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    let _ = writeln!(
        out,
        "<script type=\"application/json\" id=\"kamerlint-data\">{json}</script>"
    );
    let _ = writeln!(out, "<script>\n{SCRIPT}</script>\n</body>\n</html>");
}

/// The page written file by file (`check --format html` of several files
/// to standard output): each file's text is written as soon as it is
/// checked and its document dropped; the side list and the header, which
/// need every finding, follow the documents (the style sheet places them
/// where they are on a page made at once). Memory is bounded by the
/// largest file and the findings' [`Record`]s, not by the corpus.
#[derive(Debug, Default)]
pub struct Writer {
    begun: bool,
    files: usize,
    totals: Totals,
    records: Vec<Record>,
    hash: u64,
}

impl Writer {
    fn begin(&mut self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        if !self.begun {
            self.begun = true;
            self.hash = fnv1a(b"");
            let mut page = String::new();
            head(&mut page, "kamerlint");
            page.push_str("<main id=\"main\">\n<div id=\"documents\">\n");
            out.write_all(page.as_bytes())?;
        }
        Ok(())
    }

    /// Writes the next file's text with its findings (files in path order).
    pub fn file(
        &mut self,
        out: &mut impl std::io::Write,
        result: &FileResult,
    ) -> std::io::Result<()> {
        self.begin(out)?;
        let one = std::slice::from_ref(result);
        let items = sorted(one);
        let first = self.records.len();
        let index = self.files;
        self.records
            .extend(items.iter().map(|item| Record::of(item, index)));
        let mut article = String::new();
        let findings = items.iter().enumerate().map(|(i, it)| (first + i, it));
        text::document(&mut article, index, result, findings);
        self.hash = fnv1a_from(self.hash, article.as_bytes());
        let t = Totals::of(one);
        self.totals.files += t.files;
        self.totals.errors += t.errors;
        self.totals.warnings += t.warnings;
        self.totals.infos += t.infos;
        self.files += 1;
        out.write_all(article.as_bytes())
    }

    /// Writes the side list, the header and the end of the page.
    pub fn finish(mut self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        self.begin(out)?;
        let mut page = String::from("</div>\n");
        side::side_list(&mut page, &self.records, self.files);
        page.push_str("</main>\n");
        side::header(&mut page, &self.totals, &self.records);
        let version = format!("{:016x}", fnv1a_from(self.hash, page.as_bytes()));
        tail(&mut page, &version, None, &self.records);
        out.write_all(page.as_bytes())
    }
}

/// The HTML report: of one path, the page made at once ([`render`]); of
/// several, written file by file ([`Writer`]). It holds the first path's
/// results until a second comes or the report ends; after that each
/// file's document only until its turn.
#[derive(Debug, Default)]
pub struct Html {
    first: Option<Vec<FileResult>>,
    writer: Option<Writer>,
}

impl Reporter for Html {
    fn part(&self, results: &[FileResult]) -> Part {
        Part::new(results, String::new()).holding(results.to_vec())
    }

    fn write(&mut self, mut part: Part, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let results = part.take::<Vec<FileResult>>().unwrap_or_default();
        if self.writer.is_none() && self.first.is_none() {
            self.first = Some(results);
            return Ok(());
        }
        let writer = self.writer.get_or_insert_with(Writer::default);
        for result in self.first.take().iter().flatten().chain(&results) {
            writer.file(&mut &mut *out, result)?;
        }
        Ok(())
    }

    fn finish(
        &mut self,
        _totals: &Totals,
        _errors: &[String],
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        match (self.writer.take(), self.first.take()) {
            (None, Some(first)) => out.write_all(render(&first, &Options::default()).as_bytes()),
            (writer, _) => writer.unwrap_or_default().finish(&mut &mut *out),
        }
    }
}

pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' => out.push_str("    "),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// FNV-1a: a stable version stamp of the page content.
fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_from(0xcbf2_9ce4_8422_2325, bytes)
}

/// FNV-1a of more bytes, from the hash of those before.
fn fnv1a_from(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;
    use crate::report::fixture;

    #[test]
    fn self_contained_and_every_finding_anchored() {
        let page = render(&[fixture::result("corpus/x.txt")], &Options::default());
        assert!(page.starts_with("<!DOCTYPE html>"));
        for id in ["id=\"f0\"", "id=\"f1\"", "id=\"f0-r0\""] {
            assert!(page.contains(id), "{id} missing");
        }
        // Nothing is loaded from elsewhere.
        for external in ["src=\"http", "href=\"http", "@import", "url("] {
            assert!(!page.contains(external), "{external} in page");
        }
        assert_eq!(
            page,
            render(&[fixture::result("corpus/x.txt")], &Options::default())
        );
    }

    #[test]
    fn text_is_escaped() {
        let mut result = fixture::result("<x>.txt");
        let mut doc = (*result.document).clone();
        doc.text = "a <b> & \"c\"\n".into();
        doc.lines = crate::document::LineIndex::new(&doc.text);
        result.document = std::sync::Arc::new(doc);
        result.diagnostics.truncate(1);
        result.diagnostics[0].span = Span::new(2, 5);
        result.diagnostics[0].related.clear();
        let page = render(&[result], &Options::default());
        assert!(
            page.contains("&lt;b&gt;</mark> &amp; &quot;c&quot;"),
            "{page}"
        );
        assert!(page.contains("&lt;x&gt;.txt"));
    }

    #[test]
    fn overlapping_and_point_marks() {
        let mut result = fixture::result("x.txt");
        let n = result.document.text.len();
        result.diagnostics[0].span = Span::new(3, 10);
        result.diagnostics[1].span = Span::new(5, 5);
        result.diagnostics.push(result.diagnostics[0].clone());
        result.diagnostics[2].span = Span::new(n + 5, n + 9);
        let page = render(&[result], &Options::default());
        for id in ["id=\"f0\"", "id=\"f1\"", "id=\"f2\""] {
            assert!(page.contains(id), "{id} missing");
        }
    }
}
