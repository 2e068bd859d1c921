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

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;

use super::{count, question_count, sorted, Item, Totals};
use crate::diagnostic::Severity;
use crate::document::{Document, Span};
use crate::FileResult;

const STYLE: &str = include_str!("html/report.css");
const SCRIPT: &str = include_str!("html/report.js");

pub mod index;

/// How the page is made.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// For `kamerlint watch`: the file name (beside the report) of a small
    /// script that tells the page the current version, so the page reloads
    /// itself when the report is rewritten.
    pub reload_script: Option<String>,
}

#[derive(Serialize)]
struct Data<'a> {
    version: String,
    reload: Option<&'a str>,
    findings: Vec<Finding<'a>>,
}

#[derive(Serialize)]
struct Finding<'a> {
    file: usize,
    rule: &'a str,
    severity: Severity,
    message: &'a str,
    line: usize,
    column: usize,
    question: Option<u32>,
    location: Option<&'a str>,
    related: usize,
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
    let mut body = String::new();
    header(&mut body, results, &items);
    body.push_str("<main id=\"main\">\n");
    side_list(&mut body, results, &items);
    body.push_str("<div id=\"documents\">\n");
    for (index, result) in results.iter().enumerate() {
        document(&mut body, index, result, &items);
    }
    body.push_str("</div>\n</main>\n");

    let version = format!("{:016x}", fnv1a(body.as_bytes()));
    let data = Data {
        version: version.clone(),
        reload: options.reload_script.as_deref(),
        findings: items
            .iter()
            .map(|item| Finding {
                file: item.result,
                rule: item.diagnostic.rule,
                severity: item.diagnostic.severity,
                message: &item.diagnostic.message,
                line: item.start.line,
                column: item.start.column,
                question: item.diagnostic.question,
                location: item.document.location_at(item.diagnostic.span.start),
                related: item.diagnostic.related.len(),
            })
            .collect(),
    };
    let json = serde_json::to_string(&data)
        .unwrap_or_else(|_| "{}".to_string())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");

    let title = match results {
        [one] => format!("kamerlint — {}", one.path),
        _ => format!("kamerlint — {}", count(results.len(), "file")),
    };
    let mut out = String::with_capacity(body.len() + STYLE.len() + SCRIPT.len() + 4096);
    out.push_str("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        out,
        "<meta name=\"generator\" content=\"kamerlint {}\">",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(out, "<title>{}</title>", escape(&title));
    let _ = writeln!(out, "<style>\n{STYLE}</style>\n</head>\n<body>");
    out.push_str("<a class=\"skip\" href=\"#findings\">Naar de bevindingen</a>\n");
    out.push_str(&body);
    let _ = writeln!(
        out,
        "<script type=\"application/json\" id=\"kamerlint-data\">{json}</script>"
    );
    let _ = writeln!(out, "<script>\n{SCRIPT}</script>\n</body>\n</html>");
    Page { html: out, version }
}

fn header(out: &mut String, results: &[FileResult], items: &[Item<'_>]) {
    let totals = Totals::of(results);
    out.push_str("<header id=\"top\">\n<div class=\"title\"><h1>kamerlint</h1>");
    let _ = writeln!(
        out,
        "<p class=\"summary\" id=\"summary\"><span class=\"count sev-error\">{}</span> <span class=\"count sev-warning\">{}</span> <span class=\"count sev-info\">{}</span> in {}</p></div>",
        count(totals.errors, "error"),
        count(totals.warnings, "warning"),
        count(totals.infos, "info"),
        count(totals.files, "file"),
    );
    out.push_str("<div class=\"filters\" role=\"group\" aria-label=\"Filters\">\n");
    for (severity, n, label) in [
        (Severity::Error, totals.errors, "errors"),
        (Severity::Warning, totals.warnings, "warnings"),
        (Severity::Info, totals.infos, "infos"),
    ] {
        let _ = writeln!(
            out,
            "<label class=\"sev-{s}\"><input type=\"checkbox\" name=\"severity\" value=\"{s}\" checked> {n} {label}</label>",
            s = severity.as_str()
        );
    }
    let mut rules: BTreeMap<&str, usize> = BTreeMap::new();
    for item in items {
        *rules.entry(item.diagnostic.rule).or_default() += 1;
    }
    out.push_str("<label>rule <select id=\"rule-filter\"><option value=\"\">all rules</option>");
    for (rule, n) in &rules {
        let _ = write!(
            out,
            "<option value=\"{r}\">{r} ({n})</option>",
            r = escape(rule)
        );
    }
    out.push_str("</select></label>\n");
    out.push_str(
        "<span class=\"group-by\" role=\"radiogroup\" aria-label=\"Group findings\">\
         <label><input type=\"radio\" name=\"group\" value=\"rule\" checked> by rule</label>\
         <label><input type=\"radio\" name=\"group\" value=\"question\"> by question</label></span>\n",
    );
    out.push_str(
        "<span class=\"keys\" aria-hidden=\"true\">j / k: next / previous finding</span>\n",
    );
    out.push_str("</div>\n</header>\n");
}

fn side_list(out: &mut String, results: &[FileResult], items: &[Item<'_>]) {
    out.push_str("<nav id=\"findings\" aria-label=\"Findings\" tabindex=\"-1\">\n");
    if items.is_empty() {
        out.push_str("<p class=\"none\">No findings.</p>\n");
    }
    // By rule.
    let mut by_rule: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        by_rule.entry(item.diagnostic.rule).or_default().push(i);
    }
    out.push_str("<div class=\"group\" data-group=\"rule\">\n");
    for (rule, list) in &by_rule {
        let _ = writeln!(
            out,
            "<details open data-rule=\"{r}\"><summary><code>{r}</code> <span class=\"n\">{}</span></summary><ol>",
            list.len(),
            r = escape(rule)
        );
        for &i in list {
            list_item(out, results, items, i, "r");
        }
        out.push_str("</ol></details>\n");
    }
    out.push_str("</div>\n");
    // By question (per file).
    out.push_str("<div class=\"group\" data-group=\"question\" hidden>\n");
    let mut by_question: BTreeMap<(usize, Option<u32>), Vec<usize>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        by_question
            .entry((item.result, item.diagnostic.question))
            .or_default()
            .push(i);
    }
    for ((file, question), list) in &by_question {
        let name = match question {
            Some(q) => format!("vraag {q}"),
            None => "outside the questions".to_string(),
        };
        let file_name = if results.len() > 1 {
            format!("{} · ", escape(&results[*file].path))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<details open><summary>{file_name}{} <span class=\"n\">{}</span></summary><ol>",
            escape(&name),
            list.len()
        );
        for &i in list {
            list_item(out, results, items, i, "q");
        }
        out.push_str("</ol></details>\n");
    }
    out.push_str("</div>\n</nav>\n");
}

fn list_item(out: &mut String, results: &[FileResult], items: &[Item<'_>], i: usize, group: &str) {
    let item = &items[i];
    let d = item.diagnostic;
    let sev = d.severity.as_str();
    let file = if results.len() > 1 {
        format!("{}:", escape(item.file))
    } else {
        String::new()
    };
    let place = item
        .document
        .location_at(d.span.start)
        .map(str::to_string)
        .or(d.question.map(|q| format!("vraag {q}")));
    let _ = write!(
        out,
        "<li class=\"item sev-{sev}\" data-f=\"{i}\" data-rule=\"{rule}\" data-severity=\"{sev}\">\
         <a class=\"finding\" id=\"{group}{i}\" href=\"#f{i}\" data-f=\"{i}\">\
         <span class=\"icon\" aria-label=\"{sev}\">{icon}</span> \
         <span class=\"pos\">{file}{line}:{col}</span> \
         <span class=\"msg\">{msg}</span>",
        rule = escape(d.rule),
        icon = icon(d.severity),
        line = item.start.line,
        col = item.start.column,
        msg = escape(&d.message),
    );
    if let Some(place) = place {
        let _ = write!(out, " <span class=\"loc\">{}</span>", escape(&place));
    }
    if group == "q" {
        let _ = write!(out, " <code class=\"rule\">{}</code>", escape(d.rule));
    }
    out.push_str("</a>");
    if !d.related.is_empty() {
        out.push_str("<ul class=\"related\">");
        for (k, r) in d.related.iter().enumerate() {
            let at = item.document.line_col(r.span.start);
            let _ = write!(
                out,
                "<li><a class=\"to-related\" href=\"#f{i}-r{k}\" data-f=\"{i}\" data-r=\"{k}\">↳ {} <span class=\"pos\">{}:{}</span></a></li>",
                escape(&r.message),
                at.line,
                at.column
            );
        }
        out.push_str("</ul>");
    }
    if let Some(help) = &d.help {
        let _ = write!(out, "<p class=\"help\">{}</p>", escape(help));
    }
    out.push_str("</li>\n");
}

fn icon(s: Severity) -> &'static str {
    match s {
        Severity::Error => "✖",
        Severity::Warning => "▲",
        Severity::Info => "●",
    }
}

/// A highlight over part of the text: a finding or one of its related locations.
#[derive(Debug, Clone, Copy)]
struct Mark {
    span: Span,
    finding: usize,
    /// `Some(k)`: related location k of the finding.
    related: Option<usize>,
    severity: Severity,
}

fn document(out: &mut String, index: usize, result: &FileResult, items: &[Item<'_>]) {
    let doc = &result.document;
    let text: &str = &doc.text;
    let mut marks: Vec<Mark> = Vec::new();
    for (i, item) in items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.result == index)
    {
        let d = item.diagnostic;
        marks.push(Mark {
            span: clamp(text, d.span),
            finding: i,
            related: None,
            severity: d.severity,
        });
        for (k, r) in d.related.iter().enumerate() {
            marks.push(Mark {
                span: clamp(text, r.span),
                finding: i,
                related: Some(k),
                severity: d.severity,
            });
        }
    }
    let _ = writeln!(
        out,
        "<article class=\"document\" id=\"doc{index}\" aria-label=\"{p}\">\n<h2>{p}</h2>\n<p class=\"read\">{} · {} · {} · {} format</p>",
        count(question_count(doc), "question"),
        count(doc.markers.len(), "footnote marker"),
        count(doc.definitions.len(), "footnote definition"),
        format_name(doc),
        p = escape(&result.path),
    );
    // Where the entries start, for "by question" jumps.
    let mut entry_starts: BTreeMap<usize, Vec<u32>> = BTreeMap::new();
    for e in &doc.entries {
        entry_starts
            .entry(doc.line_col(e.span.start).line)
            .or_default()
            .extend(&e.numbers);
    }
    out.push_str("<div class=\"text\">\n");
    let mut anchored = vec![false; marks.len()];
    let line_count = doc.lines.line_count();
    for line0 in 0..line_count {
        let start = doc.lines.line_start(line0);
        let mut end = if line0 + 1 < line_count {
            doc.lines.line_start(line0 + 1)
        } else {
            text.len()
        };
        if line0 + 1 == line_count && start >= text.len() {
            break;
        }
        let bytes = text.as_bytes();
        while end > start && matches!(bytes.get(end - 1), Some(b'\n' | b'\r')) {
            end -= 1;
        }
        let line = Span::new(start, end.max(start));
        let number = line0 + 1;
        let ids: String = entry_starts
            .get(&number)
            .map(|ns| {
                ns.iter()
                    .map(|n| format!(" data-q{index}=\"{n}\""))
                    .collect()
            })
            .unwrap_or_default();
        let location = doc
            .location_at(start)
            .map(|l| format!(" title=\"{}\"", escape(l)))
            .unwrap_or_default();
        let _ = write!(
            out,
            "<div class=\"ln\" id=\"d{index}-L{number}\"{ids}{location}><span class=\"no\" aria-hidden=\"true\">{number}</span><span class=\"tx\">"
        );
        line_html(out, text, line, &marks, &mut anchored);
        out.push_str("</span></div>\n");
    }
    // Marks that fall on no line (past the end of the text).
    for (m, mark) in marks.iter().enumerate() {
        if !anchored[m] {
            let _ = writeln!(
                out,
                "<div class=\"ln\"><span class=\"no\"></span><span class=\"tx\">{}</span></div>",
                empty_mark(mark, "pt")
            );
        }
    }
    out.push_str("</div>\n</article>\n");
}

fn format_name(doc: &Document) -> &'static str {
    match doc.format {
        crate::document::Format::Text => "text",
        crate::document::Format::Docx => "Word (.docx)",
        crate::document::Format::Xml => "official XML",
    }
}

/// A span inside the text, on character boundaries.
fn clamp(text: &str, span: Span) -> Span {
    span.on_chars(text)
}

/// One line of text with the highlights that touch it.
fn line_html(out: &mut String, text: &str, line: Span, marks: &[Mark], anchored: &mut [bool]) {
    // Zero-length marks at a position; ranges clipped to the line.
    let mut cuts: Vec<usize> = vec![line.start, line.end];
    let mut here: Vec<usize> = Vec::new();
    for (m, mark) in marks.iter().enumerate() {
        let s = mark.span;
        let touches = if s.is_empty() {
            s.start >= line.start && s.start <= line.end
        } else {
            s.start < line.end.max(line.start + 1) && s.end > line.start
        };
        if touches {
            here.push(m);
            cuts.push(s.start.clamp(line.start, line.end));
            cuts.push(s.end.clamp(line.start, line.end));
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    for w in cuts
        .windows(2)
        .chain(std::iter::once(&[line.end, line.end][..]))
    {
        let (a, b) = (w[0], w[1]);
        // Points at `a`.
        for &m in &here {
            let mark = &marks[m];
            if mark.span.is_empty() && mark.span.start == a && !anchored[m] {
                // A point at the end of a line is drawn once, on that line.
                out.push_str(&empty_mark(mark, "pt"));
                anchored[m] = true;
            }
        }
        if a >= b {
            continue;
        }
        let segment = text.get(a..b).unwrap_or("");
        let covering: Vec<usize> = here
            .iter()
            .copied()
            .filter(|&m| {
                let s = marks[m].span;
                !s.is_empty() && s.start <= a && s.end >= b
            })
            .collect();
        if covering.is_empty() {
            out.push_str(&escape(segment));
            continue;
        }
        let primary: Vec<usize> = covering
            .iter()
            .copied()
            .filter(|&m| marks[m].related.is_none())
            .collect();
        let related: Vec<usize> = covering
            .iter()
            .copied()
            .filter(|&m| marks[m].related.is_some())
            .collect();
        let mut ids = String::new();
        for &m in &covering {
            if !anchored[m] {
                anchored[m] = true;
                if ids.is_empty() {
                    ids = format!(" id=\"{}\"", anchor(&marks[m]));
                } else {
                    // More than one anchor here: an empty mark carries it.
                    out.push_str(&empty_mark(&marks[m], "anchor"));
                }
            }
        }
        let f_list = |ms: &[usize]| {
            ms.iter()
                .map(|&m| marks[m].finding.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let r_list = related
            .iter()
            .map(|&m| format!("{}:{}", marks[m].finding, marks[m].related.unwrap_or(0)))
            .collect::<Vec<_>>()
            .join(" ");
        if primary.is_empty() {
            let _ = write!(
                out,
                "<mark class=\"rel\"{ids} data-r=\"{r_list}\" tabindex=\"-1\">{}</mark>",
                escape(segment)
            );
        } else {
            let worst = primary
                .iter()
                .map(|&m| marks[m].severity)
                .max()
                .unwrap_or(Severity::Info);
            let rel = if r_list.is_empty() {
                String::new()
            } else {
                format!(" data-r=\"{r_list}\"")
            };
            let _ = write!(
                out,
                "<mark class=\"hl sev-{}\"{ids} data-f=\"{}\"{rel} tabindex=\"-1\">{}</mark>",
                worst.as_str(),
                f_list(&primary),
                escape(segment)
            );
        }
    }
}

fn anchor(mark: &Mark) -> String {
    match mark.related {
        Some(k) => format!("f{}-r{k}", mark.finding),
        None => format!("f{}", mark.finding),
    }
}

/// An empty mark carrying a finding's (or related location's) anchor:
/// `pt` draws a caret, `anchor` nothing.
fn empty_mark(mark: &Mark, class: &str) -> String {
    let id = anchor(mark);
    match mark.related {
        Some(k) => format!(
            "<mark class=\"rel {class}\" id=\"{id}\" data-r=\"{}:{k}\" tabindex=\"-1\"></mark>",
            mark.finding
        ),
        None => format!(
            "<mark class=\"hl {class} sev-{}\" id=\"{id}\" data-f=\"{}\" tabindex=\"-1\"></mark>",
            mark.severity.as_str(),
            mark.finding
        ),
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
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
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
