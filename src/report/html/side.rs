//! The page's header (counts and filters) and its side list of findings,
//! grouped by rule or by question. Both are made from [`Record`]s, the
//! little the page needs of each finding, so that a page written file by
//! file keeps these and not the documents.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;

use super::escape;
use crate::diagnostic::Severity;
use crate::lang::Msg;
use crate::report::{words, Item, Totals};

/// What the header, the side list and the page's data need of a finding.
#[derive(Debug, Clone)]
pub struct Record {
    /// The file's place on the page (`doc{file}`).
    pub file: usize,
    pub path: String,
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub line: usize,
    pub column: usize,
    pub question: Option<u32>,
    /// The part of the document it is in ("vraag 12", "Tabel 3").
    pub location: Option<String>,
    /// Each related location's message, line and column, and the other
    /// document it is in, if it is not on this page.
    pub related: Vec<(String, usize, usize, Option<String>)>,
    pub help: Option<String>,
}

impl Record {
    /// The record of `item`, the finding of the `file`-th file on the page.
    pub fn of(item: &Item<'_>, file: usize) -> Record {
        let d = item.diagnostic;
        Record {
            file,
            path: item.file.to_string(),
            rule: d.rule,
            severity: d.severity,
            message: d.message.clone(),
            line: item.start.line,
            column: item.start.column,
            question: d.question,
            location: item
                .document
                .location_at(d.span.start)
                .map(|l| words::location(l).into_owned()),
            related: d
                .related
                .iter()
                .map(|r| match &r.file {
                    // In another document: its name goes with the message,
                    // as this page cannot show it.
                    Some(other) => {
                        let at = other.line_col(r.span.start);
                        (
                            related_label(other, r),
                            at.line,
                            at.column,
                            Some(other.path.clone()),
                        )
                    }
                    None => {
                        let at = item.document.line_col(r.span.start);
                        (related_label(item.document, r), at.line, at.column, None)
                    }
                })
                .collect(),
            help: d.help.clone(),
        }
    }
}

/// A finding as the page's script reads it (`DATA.findings`).
#[derive(Serialize)]
pub struct Finding<'a> {
    file: usize,
    rule: &'a str,
    severity: Severity,
    message: &'a str,
    line: usize,
    column: usize,
    question: Option<u32>,
    location: Option<&'a str>,
    /// The related places shown on this page (by their index): a place in
    /// another document (the committee's list, the previous version) is
    /// named in the side list, not linked.
    related: Vec<usize>,
}

impl<'a> From<&'a Record> for Finding<'a> {
    fn from(r: &'a Record) -> Self {
        Finding {
            file: r.file,
            rule: r.rule,
            severity: r.severity,
            message: &r.message,
            line: r.line,
            column: r.column,
            question: r.question,
            location: r.location.as_deref(),
            related: r
                .related
                .iter()
                .enumerate()
                .filter(|(_, (.., other))| other.is_none())
                .map(|(k, _)| k)
                .collect(),
        }
    }
}

/// The header's counts, each in its badge (no commas between them).
const COUNTS: Msg = Msg::new(
    "{errors} {warnings} {infos} in {files}",
    "{errors} {warnings} {infos} in {files}",
);
const FILTERS: Msg = Msg::new("Filters", "Filters");
const RULE: Msg = Msg::new("regel", "rule");
const ALL_RULES: Msg = Msg::new("alle regels", "all rules");
const GROUP: Msg = Msg::new("Bevindingen groeperen", "Group findings");
const BY_RULE: Msg = Msg::new("per regel", "by rule");
const BY_QUESTION: Msg = Msg::new("per vraag", "by question");
const KEYS: Msg = Msg::new(
    "j / k: volgende / vorige bevinding",
    "j / k: next / previous finding",
);
const FINDINGS: Msg = Msg::new("Bevindingen", "Findings");
const NONE: Msg = Msg::new("Geen bevindingen.", "No findings.");

/// A related place's label, with the place in Word's terms where the
/// document was read from Word or XML.
fn related_label(doc: &crate::document::Document, r: &crate::diagnostic::Related) -> String {
    match doc.location_at(r.span.start) {
        Some(place) => format!("{} ({})", r.message, words::location(place)),
        None => r.message.clone(),
    }
}

pub fn header(out: &mut String, totals: &Totals, records: &[Record]) {
    out.push_str("<header id=\"top\">\n<div class=\"title\"><h1>kamerlint</h1>");
    let span =
        |class: &str, text: String| format!("<span class=\"count sev-{class}\">{text}</span>");
    let _ = writeln!(
        out,
        "<p class=\"summary\" id=\"summary\">{}</p></div>",
        COUNTS.say(&[
            ("errors", &span("error", words::ERRORS.count(totals.errors))),
            (
                "warnings",
                &span("warning", words::WARNINGS.count(totals.warnings))
            ),
            ("infos", &span("info", words::INFOS.count(totals.infos))),
            ("files", &words::FILES.count(totals.files)),
        ]),
    );
    let _ = writeln!(
        out,
        "<div class=\"filters\" role=\"group\" aria-label=\"{FILTERS}\">"
    );
    for (severity, n, noun) in [
        (Severity::Error, totals.errors, words::ERRORS),
        (Severity::Warning, totals.warnings, words::WARNINGS),
        (Severity::Info, totals.infos, words::INFOS),
    ] {
        let _ = writeln!(
            out,
            "<label class=\"sev-{s}\"><input type=\"checkbox\" name=\"severity\" value=\"{s}\" checked> {n} {}</label>",
            noun.many,
            s = severity.as_str()
        );
    }
    let mut rules: BTreeMap<&str, usize> = BTreeMap::new();
    for record in records {
        *rules.entry(record.rule).or_default() += 1;
    }
    let _ = write!(
        out,
        "<label>{RULE} <select id=\"rule-filter\"><option value=\"\">{ALL_RULES}</option>"
    );
    for (rule, n) in &rules {
        let _ = write!(
            out,
            "<option value=\"{r}\">{r} ({n})</option>",
            r = escape(rule)
        );
    }
    out.push_str("</select></label>\n");
    let _ = writeln!(
        out,
        "<span class=\"group-by\" role=\"radiogroup\" aria-label=\"{GROUP}\">\
         <label><input type=\"radio\" name=\"group\" value=\"rule\" checked> {BY_RULE}</label>\
         <label><input type=\"radio\" name=\"group\" value=\"question\"> {BY_QUESTION}</label></span>",
    );
    let _ = writeln!(
        out,
        "<span class=\"keys\" aria-hidden=\"true\">{KEYS}</span>"
    );
    out.push_str("</div>\n</header>\n");
}

/// The side list. `files` is the number of files on the page: with more
/// than one, each finding names its file.
pub fn side_list(out: &mut String, records: &[Record], files: usize) {
    let _ = writeln!(
        out,
        "<nav id=\"findings\" aria-label=\"{FINDINGS}\" tabindex=\"-1\">"
    );
    if records.is_empty() {
        let _ = writeln!(out, "<p class=\"none\">{NONE}</p>");
    }
    let several = files > 1;
    // By rule.
    let mut by_rule: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, record) in records.iter().enumerate() {
        by_rule.entry(record.rule).or_default().push(i);
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
            list_item(out, records, i, "r", several);
        }
        out.push_str("</ol></details>\n");
    }
    out.push_str("</div>\n");
    // By question (per file).
    out.push_str("<div class=\"group\" data-group=\"question\" hidden>\n");
    let mut by_question: BTreeMap<(usize, Option<u32>), Vec<usize>> = BTreeMap::new();
    for (i, record) in records.iter().enumerate() {
        by_question
            .entry((record.file, record.question))
            .or_default()
            .push(i);
    }
    for ((_, question), list) in &by_question {
        let name = match question {
            Some(q) => words::QUESTION.say(&[("number", q)]),
            None => words::OUTSIDE.to_string(),
        };
        let file_name = match list.first() {
            Some(&i) if several => format!("{} · ", escape(&records[i].path)),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "<details open><summary>{file_name}{} <span class=\"n\">{}</span></summary><ol>",
            escape(&name),
            list.len()
        );
        for &i in list {
            list_item(out, records, i, "q", several);
        }
        out.push_str("</ol></details>\n");
    }
    out.push_str("</div>\n</nav>\n");
}

fn list_item(out: &mut String, records: &[Record], i: usize, group: &str, several: bool) {
    let r = &records[i];
    let sev = r.severity.as_str();
    let file = if several {
        format!("{}:", escape(&r.path))
    } else {
        String::new()
    };
    let place = r
        .location
        .clone()
        .or(r.question.map(|q| words::QUESTION.say(&[("number", &q)])));
    let _ = write!(
        out,
        "<li class=\"item sev-{sev}\" data-f=\"{i}\" data-rule=\"{rule}\" data-severity=\"{sev}\">\
         <a class=\"finding\" id=\"{group}{i}\" href=\"#f{i}\" data-f=\"{i}\">\
         <span class=\"icon\" aria-label=\"{name}\">{icon}</span> \
         <span class=\"pos\">{file}{line}:{col}</span> \
         <span class=\"msg\">{msg}</span>",
        rule = escape(r.rule),
        icon = icon(r.severity),
        name = words::severity(r.severity),
        line = r.line,
        col = r.column,
        msg = escape(&r.message),
    );
    if let Some(place) = place {
        let _ = write!(out, " <span class=\"loc\">{}</span>", escape(&place));
    }
    if group == "q" {
        let _ = write!(out, " <code class=\"rule\">{}</code>", escape(r.rule));
    }
    out.push_str("</a>");
    if !r.related.is_empty() {
        out.push_str("<ul class=\"related\">");
        for (k, (message, line, column, other)) in r.related.iter().enumerate() {
            match other {
                // Not on this page: named, not linked.
                Some(path) => {
                    let _ = write!(
                        out,
                        "<li>↳ {} <span class=\"pos\">{}:{line}:{column}</span></li>",
                        escape(message),
                        escape(path),
                    );
                }
                None => {
                    let _ = write!(
                        out,
                        "<li><a class=\"to-related\" href=\"#f{i}-r{k}\" data-f=\"{i}\" data-r=\"{k}\">↳ {} <span class=\"pos\">{line}:{column}</span></a></li>",
                        escape(message),
                    );
                }
            }
        }
        out.push_str("</ul>");
    }
    if let Some(help) = &r.help {
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
