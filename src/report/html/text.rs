//! A document's text on the page, line by line, with every finding and
//! related location highlighted where it is and anchored (`f3`, `f3-r0`)
//! for the side list to jump to.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::escape;
use crate::diagnostic::Severity;
use crate::document::{Document, Span};
use crate::lang::Msg;
use crate::report::{words, Item};
use crate::FileResult;

/// A highlight over part of the text: a finding or one of its related locations.
#[derive(Debug, Clone, Copy)]
struct Mark {
    span: Span,
    finding: usize,
    /// `Some(k)`: related location k of the finding.
    related: Option<usize>,
    severity: Severity,
}

/// The article of the `index`-th file on the page: its text, line by line,
/// with `findings` (each with its number on the page) highlighted.
pub fn document<'a>(
    out: &mut String,
    index: usize,
    result: &FileResult,
    findings: impl Iterator<Item = (usize, &'a Item<'a>)>,
) {
    let doc = &result.document;
    let text: &str = &doc.text;
    let mut marks: Vec<Mark> = Vec::new();
    for (i, item) in findings {
        let d = item.diagnostic;
        marks.push(Mark {
            span: clamp(text, d.span),
            finding: i,
            related: None,
            severity: d.severity,
        });
        // A related place in another document is not on this page.
        for (k, r) in d
            .related
            .iter()
            .enumerate()
            .filter(|(_, r)| r.file.is_none())
        {
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
        "<article class=\"document\" id=\"doc{index}\" aria-label=\"{p}\">\n<h2>{p}</h2>\n<p class=\"read\">{} · {}</p>",
        words::read_line(doc).replace(", ", " · "),
        format_name(doc).text(),
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
            .map(|l| format!(" title=\"{}\"", escape(&words::location(l))))
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

fn format_name(doc: &Document) -> Msg {
    match doc.format {
        crate::document::Format::Text => Msg::new("tekst", "text format"),
        crate::document::Format::Docx => Msg::new("Word (.docx)", "Word (.docx) format"),
        crate::document::Format::Xml => Msg::new("officiële XML", "official XML format"),
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
