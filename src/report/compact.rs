//! The compact report (`--format compact`): one line per finding,
//! `file:line:col: severity rule-id message`, sorted as in the JSON report,
//! and nothing else. Meant for editors and `grep`.

use std::fmt::Write;

use super::reporter::{Part, Reporter};
use super::{one_line, sorted, Totals};
use crate::FileResult;

pub fn render(results: &[FileResult]) -> String {
    super::reporter::render(Box::new(Compact), results, &[])
}

/// The compact report: lines as each file comes, nothing at the end.
#[derive(Debug)]
pub struct Compact;

impl Reporter for Compact {
    fn part(&self, results: &[FileResult]) -> Part {
        Part::new(results, lines(results))
    }

    fn finish(
        &mut self,
        _totals: &Totals,
        _errors: &[String],
        _out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        Ok(())
    }
}

fn lines(results: &[FileResult]) -> String {
    let mut out = String::new();
    for item in sorted(results) {
        let d = item.diagnostic;
        // Writing to a String cannot fail.
        let _ = writeln!(
            out,
            "{}:{}:{}: {} {} {}",
            item.file,
            item.start.line,
            item.start.column,
            d.severity,
            d.rule,
            one_line(&d.message)
        );
    }
    super::visible_owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn one_sorted_line_per_finding() {
        let out = render(&[fixture::result("corpus/x.txt")]);
        assert_eq!(
            out,
            "corpus/x.txt:3:31: error footnote/undefined footnote 7 is used before it is defined\n\
             corpus/x.txt:3:57: warning xref/unknown-question reference to question 99, but the list has 2 questions\n"
        );
    }

    #[test]
    fn messages_stay_on_one_line() {
        let mut result = fixture::result("x.txt");
        result.diagnostics.truncate(1);
        result.diagnostics[0].message = "first\nsecond\r\nthird".into();
        assert_eq!(
            render(&[result]),
            "x.txt:3:57: warning xref/unknown-question first second third\n"
        );
    }

    /// A document cannot command the terminal through a finding's message
    /// or its file name: ESC ] 0 ; ... BEL would retitle it, ESC [ 2 J clear it.
    #[test]
    fn control_characters_are_shown_not_sent() {
        let mut result = fixture::result("x\u{1b}[2J.txt");
        result.diagnostics.truncate(1);
        result.diagnostics[0].message = "“\u{1b}]0;pwned\u{7}” and \u{9b}31m".into();
        assert_eq!(
            render(&[result]),
            "x␛[2J.txt:3:57: warning xref/unknown-question “␛]0;pwned␇” and \\u{9b}31m\n"
        );
    }

    #[test]
    fn nothing_found_prints_nothing() {
        let mut result = fixture::result("x.txt");
        result.diagnostics.clear();
        assert_eq!(render(&[result]), "");
    }
}
