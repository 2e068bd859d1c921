//! The JSON report (`--format json`): a stable contract for tools.
//!
//! ```json
//! {"version": 1, "lang": "nl",
//!  "summary": {"files": 1, "errors": 3, "warnings": 5, "infos": 2},
//!  "diagnostics": [{"file": "corpus/x.txt", "rule": "footnote/undefined",
//!    "severity": "error", "message": "...", "line": 1281, "column": 10,
//!    "end_line": 1281, "end_column": 12, "question": 63, "location": null, "help": "...",
//!    "related": [{"file": "corpus/x.txt", "line": 1110, "column": 1, "location": null,
//!      "message": "..."}],
//!    "fix": {"replacement": "...", "line": 1281, "column": 10, "end_line": 1281, "end_column": 12}}]}
//! ```
//!
//! For a .docx, `line` is the paragraph number and `location` names the
//! paragraph, table cell or footnote ("vraag 14, tabel 1, rij 5, kolom 2"; in
//! English with `--lang en`), for a finding and for each related place.
//! `lang` says the language of the messages and locations ("nl" or "en");
//! it and the related places' `location` were added without a version bump,
//! as a reader of version 1 ignores fields it does not know.
//! Lines and columns are 1-based; columns count characters. `question`, `location`,
//! `help` and `fix` are `null` when absent. Diagnostics are sorted by (file, line,
//! column, rule, message). Changing a field is a breaking change: bump
//! [`VERSION`].

use serde::Serialize;

use super::reporter::{Part, Reporter};
use super::{sorted, words, Item, Totals};
use crate::diagnostic::Severity;
use crate::FileResult;

/// The version of the report's shape.
pub const VERSION: u32 = 1;

#[derive(Debug, Serialize)]
pub struct Report<'a> {
    pub version: u32,
    /// The language of the messages: "nl" or "en".
    pub lang: &'static str,
    pub summary: Summary,
    pub diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Debug, Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

#[derive(Debug, Serialize)]
pub struct JsonDiagnostic<'a> {
    pub file: &'a str,
    pub rule: &'a str,
    pub severity: Severity,
    pub message: &'a str,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub question: Option<u32>,
    /// Where the finding is, as an editor names it, for documents read
    /// from Word or XML ("vraag 14, tabel 1, rij 5"); `null` for text.
    pub location: Option<String>,
    pub help: Option<&'a str>,
    pub related: Vec<JsonRelated<'a>>,
    /// A replacement that corrects the finding, where one is certain.
    pub fix: Option<JsonFix<'a>>,
}

/// `span` replaced by `replacement` corrects the finding.
#[derive(Debug, Serialize)]
pub struct JsonFix<'a> {
    pub replacement: &'a str,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

#[derive(Debug, Serialize)]
pub struct JsonRelated<'a> {
    pub file: &'a str,
    pub line: usize,
    pub column: usize,
    /// As `location` of a finding: the place in Word's terms, or `null`.
    pub location: Option<String>,
    pub message: &'a str,
}

pub fn report(results: &[FileResult]) -> Report<'_> {
    let totals = Totals::of(results);
    Report {
        version: VERSION,
        lang: crate::lang::current().code(),
        summary: Summary {
            files: totals.files,
            errors: totals.errors,
            warnings: totals.warnings,
            infos: totals.infos,
        },
        diagnostics: sorted(results).iter().map(diagnostic).collect(),
    }
}

fn diagnostic<'a>(item: &Item<'a>) -> JsonDiagnostic<'a> {
    let d = item.diagnostic;
    JsonDiagnostic {
        file: item.file,
        rule: d.rule,
        severity: d.severity,
        message: &d.message,
        line: item.start.line,
        column: item.start.column,
        end_line: item.end.line,
        end_column: item.end.column,
        question: d.question,
        location: item
            .document
            .location_at(d.span.start)
            .map(|l| words::location(l).into_owned()),
        help: d.help.as_deref(),
        related: d
            .related
            .iter()
            .map(|r| {
                // A place in another document (the committee's list, the
                // previous version) is named by that document's path.
                let (file, doc) = match &r.file {
                    Some(other) => (other.path.as_str(), other.as_ref()),
                    None => (item.file, item.document),
                };
                let at = doc.line_col(r.span.start);
                JsonRelated {
                    file,
                    line: at.line,
                    column: at.column,
                    location: doc
                        .location_at(r.span.start)
                        .map(|l| words::location(l).into_owned()),
                    message: &r.message,
                }
            })
            .collect(),
        fix: d.fix.as_ref().map(|fix| {
            let start = item.document.line_col(fix.span.start);
            let end = item.document.line_col(fix.span.end);
            JsonFix {
                replacement: &fix.replacement,
                line: start.line,
                column: start.column,
                end_line: end.line,
                end_column: end.column,
            }
        }),
    }
}

/// The report pretty-printed with a two-space indent and a trailing
/// newline: [`report`] as [`super::pretty_json`] writes it (tested below),
/// made part by part.
pub fn render(results: &[FileResult]) -> serde_json::Result<String> {
    Ok(super::reporter::render(
        Box::new(Json::default()),
        results,
        &[],
    ))
}

/// The JSON report. Its summary comes first, so it keeps every file's
/// diagnostics, as text, until the end (not the documents).
#[derive(Debug, Default)]
pub struct Json {
    bodies: Vec<String>,
}

impl Reporter for Json {
    /// The file's diagnostics as they stand in the report's
    /// `"diagnostics"` array: pretty-printed, two levels deeper.
    fn part(&self, results: &[FileResult]) -> Part {
        let mut body = String::new();
        for diagnostic in report(results).diagnostics {
            // Serialising a struct of strings and numbers cannot fail.
            let text =
                super::escape_c1(serde_json::to_string_pretty(&diagnostic).unwrap_or_default());
            if !body.is_empty() {
                body.push_str(",\n");
            }
            // JSON strings hold no raw line breaks.
            for (i, line) in text.lines().enumerate() {
                if i > 0 {
                    body.push('\n');
                }
                body.push_str("    ");
                body.push_str(line);
            }
        }
        Part::new(results, body)
    }

    fn write(&mut self, part: Part, _out: &mut dyn std::io::Write) -> std::io::Result<()> {
        if !part.text.is_empty() {
            self.bodies.push(part.text);
        }
        Ok(())
    }

    fn finish(
        &mut self,
        totals: &Totals,
        _errors: &[String],
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let envelope = Report {
            version: VERSION,
            lang: crate::lang::current().code(),
            summary: Summary {
                files: totals.files,
                errors: totals.errors,
                warnings: totals.warnings,
                infos: totals.infos,
            },
            diagnostics: Vec::new(),
        };
        let empty = super::escape_c1(serde_json::to_string_pretty(&envelope)?);
        match self.bodies.split_first() {
            None => out.write_all(empty.as_bytes())?,
            Some((first, rest)) => {
                // `"diagnostics": []` opened, the parts, closed.
                let head = empty.strip_suffix("[]\n}").unwrap_or(&empty);
                write!(out, "{head}[\n{first}")?;
                for body in rest {
                    write!(out, ",\n{body}")?;
                }
                out.write_all(b"\n  ]\n}")?;
            }
        }
        out.write_all(b"\n")
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::report::fixture;

    fn parsed(results: &[FileResult]) -> Value {
        let text = render(results).expect("serialisable");
        assert!(text.ends_with("}\n"), "trailing newline: {text:?}");
        assert!(
            text.contains("\n  \"summary\": {\n    \"files\""),
            "two-space indent:\n{text}"
        );
        serde_json::from_str(&text).expect("valid JSON")
    }

    #[test]
    fn fields_positions_and_order() {
        crate::lang::scoped(crate::lang::Lang::En, || {
            let value = parsed(&[fixture::result("corpus/x.txt")]);
            assert_eq!(
                value,
                json!({
                    "version": 1,
                    "lang": "en",
                    "summary": {"files": 1, "errors": 1, "warnings": 1, "infos": 0},
                    "diagnostics": [
                        {
                            "file": "corpus/x.txt",
                            "rule": "footnote/undefined",
                            "severity": "error",
                            "message": "footnote 7 is used before it is defined",
                            // "Ja, zie de financiële bijlage." is 30 characters but 31 bytes.
                            "line": 3,
                            "column": 31,
                            "end_line": 3,
                            "end_column": 32,
                            "question": 1,
                            "location": null,
                            "help": "move the definition below the answer",
                            "related": [
                                {"file": "corpus/x.txt", "line": 6, "column": 1, "location": null, "message": "defined here"}
                            ],
                            "fix": null
                        },
                        {
                            "file": "corpus/x.txt",
                            "rule": "xref/unknown-question",
                            "severity": "warning",
                            "message": "reference to question 99, but the list has 2 questions",
                            "line": 3,
                            "column": 57,
                            "end_line": 3,
                            "end_column": 65,
                            "question": 1,
                            "location": null,
                            "help": null,
                            "related": [],
                            "fix": null
                        }
                    ]
                })
            );
        })
    }

    #[test]
    fn sorted_by_file_across_results() {
        let value = parsed(&[fixture::result("b.txt"), fixture::result("a.txt")]);
        assert_eq!(value["summary"]["files"], 2);
        assert_eq!(value["summary"]["errors"], 2);
        let order: Vec<(&str, &str)> = value["diagnostics"]
            .as_array()
            .expect("array")
            .iter()
            .map(|d| {
                (
                    d["file"].as_str().unwrap_or(""),
                    d["rule"].as_str().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(
            order,
            [
                ("a.txt", "footnote/undefined"),
                ("a.txt", "xref/unknown-question"),
                ("b.txt", "footnote/undefined"),
                ("b.txt", "xref/unknown-question"),
            ]
        );
    }

    /// Made part by part, the report is the whole [`report`] as serde
    /// writes it, for no file, one, several out of order and a clean one.
    #[test]
    fn made_part_by_part_it_is_the_report_serde_writes() {
        let mut clean = fixture::result("c.txt");
        clean.diagnostics.clear();
        let sets = [
            vec![],
            vec![fixture::result("corpus/x.txt")],
            vec![fixture::result("b.txt"), fixture::result("a.txt")],
            vec![clean.clone()],
            vec![fixture::result("b.txt"), clean],
        ];
        for results in sets {
            let whole = crate::report::pretty_json(&report(&results)).expect("serialisable");
            assert_eq!(render(&results).expect("serialisable"), whole);
        }
    }

    #[test]
    fn empty_input_is_a_valid_report() {
        crate::lang::scoped(crate::lang::Lang::En, || {
            let value = parsed(&[]);
            assert_eq!(
                value,
                json!({"version": 1, "lang": "en", "summary": {"files": 0, "errors": 0, "warnings": 0, "infos": 0}, "diagnostics": []})
            );
        })
    }
}
