//! Reporters: turn diagnostics into output for people and machines.
//!
//! Every reporter reads the same sorted view ([`sorted`]): diagnostics of all
//! files ordered by (file, line, column, rule, message), with byte spans
//! already turned into 1-based lines and character columns.

pub mod compact;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod parse;
pub mod reporter;
pub mod sarif;
pub mod words;

use std::fmt::Write as _;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, LineCol};
use crate::FileResult;

pub use crate::terminal::{is_hidden, push_visible, visible, visible_owned};

/// One diagnostic together with its file and resolved positions.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    /// Index of the file in the results given to [`sorted`].
    pub result: usize,
    pub file: &'a str,
    pub document: &'a Document,
    pub diagnostic: &'a Diagnostic,
    pub start: LineCol,
    pub end: LineCol,
}

/// Every diagnostic of every file, sorted by (file, line, column, rule, message).
pub fn sorted(results: &[FileResult]) -> Vec<Item<'_>> {
    let mut items: Vec<Item<'_>> = results
        .iter()
        .enumerate()
        .flat_map(|(index, result)| {
            let document = result.document.as_ref();
            result.diagnostics.iter().map(move |diagnostic| Item {
                result: index,
                file: &result.path,
                document,
                diagnostic,
                start: document.line_col(diagnostic.span.start),
                end: document.line_col(diagnostic.span.end),
            })
        })
        .collect();
    items.sort_by(|a, b| {
        (a.file, a.start, a.diagnostic.rule, &a.diagnostic.message).cmp(&(
            b.file,
            b.start,
            b.diagnostic.rule,
            &b.diagnostic.message,
        ))
    });
    items
}

/// How many files were checked and how many findings of each severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Totals {
    /// Adds the counts of `other`.
    pub fn add(&mut self, other: &Totals) {
        self.files += other.files;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
    }

    pub fn of(results: &[FileResult]) -> Self {
        let mut totals = Totals {
            files: results.len(),
            ..Totals::default()
        };
        for diagnostic in results.iter().flat_map(|r| &r.diagnostics) {
            match diagnostic.severity {
                Severity::Error => totals.errors += 1,
                Severity::Warning => totals.warnings += 1,
                Severity::Info => totals.infos += 1,
            }
        }
        totals
    }
}

impl std::fmt::Display for Totals {
    /// "3 errors, 5 warnings, 2 infos in 1 file".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&words::TOTALS.say(&[
            ("errors", &words::ERRORS.count(self.errors)),
            ("warnings", &words::WARNINGS.count(self.warnings)),
            ("infos", &words::INFOS.count(self.infos)),
            ("files", &words::FILES.count(self.files)),
        ]))
    }
}

/// The number of question numbers over all entries (a combined entry
/// "Vraag 12 en 13" counts twice).
pub fn question_count(document: &Document) -> usize {
    document.entries.iter().map(|e| e.numbers.len()).sum()
}

/// A message on one line: line breaks inside a message become spaces.
pub(crate) fn one_line(text: &str) -> String {
    text.split(['\r', '\n'])
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `value` as pretty JSON (two-space indent) with a trailing newline, safe
/// to print on a terminal: serde_json escapes C0 controls in strings but
/// writes DEL and C1 characters (U+007F–U+009F, which some terminals obey
/// as ESC and a letter) as they are; here they become `\u007f`-style
/// escapes, which every JSON reader decodes to the same text. Only strings
/// can hold them, so the escape is always valid JSON.
pub fn pretty_json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut out = serde_json::to_string_pretty(value)?;
    out.push('\n');
    Ok(escape_c1(out))
}

/// `json` with DEL and C1 characters written as `\u` escapes (see
/// [`pretty_json`]).
pub fn escape_c1(json: String) -> String {
    let raw = |c: char| ('\u{7f}'..='\u{9f}').contains(&c);
    if !json.chars().any(raw) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if raw(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Documents and diagnostics built by hand for the reporters' unit tests.
#[cfg(test)]
pub(crate) mod fixture {
    use std::sync::Arc;

    use crate::diagnostic::{Diagnostic, Severity};
    use crate::document::*;
    use crate::FileResult;

    /// Line 3 has "‘" and "ë" (3 and 2 bytes) before the marker "7", so
    /// byte and character columns differ.
    pub const TEXT: &str = "Lijst van vragen en antwoorden\n\
1 Kan de minister ‘Nederland: welvarend’ toelichten?\n\
Ja, zie de financiële bijlage.7 Zie ook het antwoord op vraag 99.\n\
2 Welke landen?\n\
Geen.\n\
7 Zie https://example.org/bijlage.\n";

    pub fn at(needle: &str) -> Span {
        let start = TEXT
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in fixture"));
        Span::new(start, start + needle.len())
    }

    fn line_span(line1: usize) -> Span {
        let mut start = 0;
        for (i, line) in TEXT.split_inclusive('\n').enumerate() {
            if i + 1 == line1 {
                return Span::new(start, start + line.trim_end_matches('\n').len());
            }
            start += line.len();
        }
        panic!("no line {line1}");
    }

    pub fn document(path: &str) -> Document {
        let text: Arc<str> = TEXT.into();
        let entry = |number: u32, line: usize, number_len: usize| {
            let q = line_span(line);
            let a = line_span(line + 1);
            Entry {
                numbers: vec![number],
                number_span: Span::new(q.start, q.start + number_len),
                span: q.cover(a),
                question: vec![Span::new(q.start + number_len + 1, q.end)],
                answer: vec![a],
                section: 0,
                suffix: None,
                page_refs: if number == 1 {
                    vec![PageRef {
                        values: vec![7, 8],
                        span: at("Lijst"),
                    }]
                } else {
                    Vec::new()
                },
            }
        };
        let definition = line_span(6);
        Document {
            layout: Layout::NumberedInline,
            meta: Meta {
                title: Some(Located {
                    value: "Lijst van vragen en antwoorden".into(),
                    span: line_span(1),
                }),
                ..Meta::default()
            },
            front_matter: Some(line_span(1)),
            entries: vec![entry(1, 2, 1), entry(2, 4, 1)],
            markers: vec![Marker {
                number: 7,
                span: at("7 Zie ook"),
                kind: MarkerKind::Glued,
                entry: Some(0),
            }],
            definitions: vec![FootnoteDef {
                number: 7,
                number_span: Span::new(definition.start, definition.start + 1),
                span: definition,
                text: vec![Span::new(definition.start + 2, definition.end)],
                urls: vec![Located {
                    value: "https://example.org/bijlage".into(),
                    span: at("https://example.org/bijlage"),
                }],
            }],
            furniture: vec![Furniture {
                kind: FurnitureKind::ColumnHeader,
                span: line_span(1),
            }],
            unplaced: Vec::new(),
            notes: vec![ReaderNote {
                kind: NoteKind::UncertainMarker,
                span: at("99"),
                message: "99 looks like a question number, not a footnote".into(),
            }],
            ..Document::empty(path, Format::Text, text)
        }
    }

    /// An error with help and a related location, and a warning without
    /// either, given out of order.
    pub fn result(path: &str) -> FileResult {
        let marker = at("7 Zie ook");
        let diagnostics = vec![
            Diagnostic::new(
                "xref/unknown-question",
                Severity::Warning,
                at("vraag 99"),
                "reference to question 99, but the list has 2 questions",
            )
            .with_question(Some(1)),
            Diagnostic::new(
                "footnote/undefined",
                Severity::Error,
                Span::new(marker.start, marker.start + 1),
                "footnote 7 is used before it is defined",
            )
            .with_help("move the definition below the answer")
            .with_question(Some(1))
            .with_related(
                Span::new(at("7 Zie https").start, at("7 Zie https").start + 1),
                "defined here",
            ),
        ];
        FileResult {
            path: path.to_string(),
            document: Arc::new(document(path)),
            diagnostics,
        }
    }
}
