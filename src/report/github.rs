//! The GitHub Actions report (`--format github`): one workflow command per
//! finding, which GitHub shows as an annotation on the file, then a plain
//! summary line with the totals (GitHub shows only the first few
//! annotations of a step, so the totals must be readable in the log).
//!
//! ```text
//! ::error file=corpus/x.txt,line=5,endLine=5,col=26,endColumn=29,title=placeholder/marker::placeholder “XXX” left in the text
//! kamerlint: 1 error, 0 warnings, 0 infos in 1 file
//! ```
//!
//! Errors are `error`, warnings `warning`, infos `notice`. Columns count
//! characters; `endColumn` is one past the last character, as in the JSON
//! report; a finding over several lines has no columns. Messages escape
//! `%`, CR and LF; properties also `:` and `,`.

use std::fmt::Write;

use super::reporter::{Part, Reporter};
use super::{sorted, Totals};
use crate::diagnostic::Severity;
use crate::lang::Msg;
use crate::FileResult;

/// GitHub shows at most this many annotations of one kind per step.
pub const SHOWN_PER_STEP: usize = 10;

/// Escapes the message of a workflow command.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

pub fn render(results: &[FileResult]) -> String {
    super::reporter::render(Box::new(Github), results, &[])
}

/// The GitHub report: annotations as each file comes, the totals at the
/// end.
#[derive(Debug)]
pub struct Github;

impl Reporter for Github {
    fn part(&self, results: &[FileResult]) -> Part {
        Part::new(results, annotations(results))
    }

    fn finish(
        &mut self,
        totals: &Totals,
        _errors: &[String],
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        out.write_all(footer(totals).as_bytes())
    }
}

fn annotations(results: &[FileResult]) -> String {
    let mut out = String::new();
    for item in sorted(results) {
        let d = item.diagnostic;
        let mut properties = format!(
            "file={},line={},endLine={}",
            escape_property(item.file),
            item.start.line,
            item.end.line
        );
        if item.start.line == item.end.line {
            let _ = write!(
                properties,
                ",col={},endColumn={}",
                item.start.column, item.end.column
            );
        }
        let _ = write!(properties, ",title={}", escape_property(d.rule));
        let mut message = d.message.clone();
        if let Some(help) = &d.help {
            message.push('\n');
            message.push_str(HELP.text());
            message.push(' ');
            message.push_str(help);
        }
        let _ = writeln!(
            out,
            "::{} {}::{}",
            command(d.severity),
            properties,
            escape_data(&message)
        );
    }
    super::visible_owned(out)
}

const HELP: Msg = Msg::new("hulp:", "help:");
const NOT_ALL: Msg = Msg::new(
    "GitHub toont alleen de eerste {shown} aantekeningen van elke soort; draai kamerlint zelf \
     of lees het SARIF-rapport voor alle bevindingen",
    "GitHub shows only the first {shown} annotations of each kind; run kamerlint locally or \
     see the SARIF report for all findings",
);

/// The lines after the annotations: the totals, and a note when GitHub
/// will not show all of them.
pub fn footer(totals: &Totals) -> String {
    let mut out = format!("kamerlint: {totals}\n");
    if totals.errors > SHOWN_PER_STEP
        || totals.warnings > SHOWN_PER_STEP
        || totals.infos > SHOWN_PER_STEP
    {
        let _ = writeln!(
            out,
            "kamerlint: {}",
            NOT_ALL.say(&[("shown", &SHOWN_PER_STEP)])
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn escaping() {
        assert_eq!(escape_data("50% a\r\nb"), "50%25 a%0D%0Ab");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    /// GitHub's log viewer obeys ANSI colour codes; a document's text is
    /// shown, not obeyed.
    #[test]
    fn control_characters_are_shown_not_sent() {
        let mut result = fixture::result("x.txt");
        result.diagnostics.truncate(1);
        result.diagnostics[0].message = "\u{1b}[31mrood\u{1b}[0m\u{0}".into();
        let out = render(&[result]);
        assert!(out.contains("::␛[31mrood␛[0m␀\n"), "{out}");
        assert!(
            !out.contains(|c: char| c.is_control() && c != '\n'),
            "{out}"
        );
    }

    #[test]
    fn one_command_per_finding_then_totals() {
        crate::lang::scoped(crate::lang::Lang::En, || {
            let out = render(&[fixture::result("corpus/x.txt")]);
            assert_eq!(
                out,
                "::error file=corpus/x.txt,line=3,endLine=3,col=31,endColumn=32,title=footnote/undefined::footnote 7 is used before it is defined%0Ahelp: move the definition below the answer\n\
                 ::warning file=corpus/x.txt,line=3,endLine=3,col=57,endColumn=65,title=xref/unknown-question::reference to question 99, but the list has 2 questions\n\
                 kamerlint: 1 error, 1 warning, 0 infos in 1 file\n"
            );
        })
    }
}
