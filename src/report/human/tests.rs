//! The human report's tests: snippets, labels, long lines, control characters.

use super::*;
use crate::document::{Document, Span};
use crate::report::fixture;
use std::sync::Arc;

/// A document of `text` with the given findings.
fn result_of(text: &str, diagnostics: Vec<Diagnostic>) -> FileResult {
    let mut doc = (*fixture::result("long.txt").document).clone();
    doc.lines = crate::document::LineIndex::new(text);
    doc.text = text.into();
    FileResult {
        path: "long.txt".into(),
        diagnostics,
        document: Arc::new(doc),
    }
}

/// A line of 200,000 characters: miette panicked ("Formatting argument
/// out of range") on a label beyond column 65,535. Each snippet shows a
/// window of the line around its label, and the header the exact
/// position.
#[test]
fn labels_far_into_a_long_line_render_as_a_window() {
    let mut text = "woord ".repeat(33_000);
    let at = text.len();
    text.push_str("XXX en verder ");
    text.push_str(&"tekst ".repeat(300));
    text.push_str("\nvolgende regel\n");
    let far = Diagnostic::new("test/far", Severity::Warning, Span::new(at, at + 3), "far")
        .with_related(Span::new(6, 11), "at the start")
        .with_related(Span::new(at + 7, at + 12), "close by");
    let whole = Diagnostic::new(
        "test/whole",
        Severity::Error,
        Span::new(0, text.len()),
        "all",
    );
    let out = render_plain(&[result_of(&text, vec![far, whole])]);
    assert!(out.contains("[long.txt:1:198001]"), "{out}");
    assert!(out.contains("[long.txt:1:1]"), "{out}");
    assert!(
        out.contains("at the start") && out.contains("close by"),
        "{out}"
    );
    // Every line drawn is short, and every finding got its snippets.
    let longest = out.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(longest < 600, "a line of {longest} characters");
    assert!(!out.contains("Failed to read"), "{out}");
    assert_eq!(out.matches("╭─[").count(), 3, "{out}");
    // The label close by shares the snippet of the finding, the one at
    // the start of the line has its own.
    let snippet = out.split("╭─[long.txt:1:198001]").nth(1).unwrap_or("");
    let snippet = snippet.split("╰────").next().unwrap_or("");
    assert!(
        snippet.contains("XXX en verder") && snippet.contains("close by"),
        "{snippet}"
    );
    assert!(!snippet.contains("at the start"), "{snippet}");
}

/// A document cannot command the terminal (ESC ] 0 ; ... BEL retitles
/// it, ESC [ 2 J clears it): control characters in the snippet, the
/// message, the labels and the file name are shown as control
/// pictures, one column each, so the underline stays under the finding.
#[test]
fn control_characters_are_shown_not_sent() {
    crate::lang::scoped(crate::lang::Lang::En, || {
        let text = "Tekst \u{1b}]0;titel\u{7} en \u{1b}[2J met \u{9b}XXX erin\n";
        let at = text.find("XXX").unwrap_or(0);
        let d = Diagnostic::new(
            "test/x",
            Severity::Warning,
            Span::new(at, at + 3),
            "“\u{1b}[2J”",
        )
        .with_help("help \u{1b}[31m")
        .with_related(Span::new(5, 6), "label \u{8}");
        let mut result = result_of(text, vec![d]);
        result.path = "x\u{1b}[2J.txt".into();
        let plain = render_plain(std::slice::from_ref(&result));
        println!("{plain}");
        assert!(
            !plain.contains(|c: char| c.is_control() && c != '\n'),
            "{plain:?}"
        );
        assert!(
            plain.contains(" 1 │ Tekst ␛]0;titel␇ en ␛[2J met \\u{9b}XXX erin\n"),
            "{plain}"
        );
        assert!(plain.contains("[x␛[2J.txt:1:31]"), "{plain}");
        assert!(
            plain.contains("“␛[2J”") && plain.contains("help ␛[31m"),
            "{plain}"
        );
        assert!(
            plain.contains("label ␈") && plain.contains("x␛[2J.txt: 2 questions"),
            "{plain}"
        );
        // The underline is under XXX.
        let line = plain.lines().find(|l| l.contains("erin")).unwrap_or("");
        let under = plain.lines().find(|l| l.contains("───")).unwrap_or("");
        let col = |s: &str, p: &str| s.find(p).map(|i| s[..i].chars().count());
        assert_eq!(col(line, "XXX"), col(under, "───"), "{plain}");
        // In colour, the only escapes are miette's colours (ESC [ ... m).
        let colour = render(&[result], true);
        for (i, _) in colour.match_indices('\u{1b}') {
            let rest = &colour[i + 1..];
            let end = rest.find('m').unwrap_or(rest.len());
            assert!(
                rest.starts_with('[')
                    && rest[1..end].chars().all(|c| c.is_ascii_digit() || c == ';'),
                "{:?}",
                &rest[..end.min(20)]
            );
        }
        assert!(colour.contains("␛]0;titel␇"));
    })
}

/// A neighbour line that is long is not drawn whole: the snippet keeps
/// to the finding's own line.
#[test]
fn a_long_neighbour_line_is_left_out() {
    let text = format!(
        "{}\nkort XXX hier\n{}\n",
        "a ".repeat(40_000),
        "b ".repeat(40_000)
    );
    let at = text.find("XXX").unwrap_or(0);
    let d = Diagnostic::new("test/x", Severity::Info, Span::new(at, at + 3), "x")
        .with_related(Span::new(79_990, 79_992), "far back")
        .with_related(Span::new(text.len() - 4, text.len() - 2), "far on");
    let out = render_plain(&[result_of(&text, vec![d])]);
    assert!(out.contains("[long.txt:2:6]"), "{out}");
    assert!(out.contains(" 2 │ kort XXX hier\n"), "{out}");
    assert!(out.contains("far back") && out.contains("far on"), "{out}");
    let longest = out.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(longest < 600, "a line of {longest} characters:\n{out}");
}

#[test]
fn far_apart_labels_get_their_own_snippets() {
    crate::lang::scoped(crate::lang::Lang::En, || {
        use std::fmt::Write as _;
        let mut text = String::new();
        for i in 1..=100 {
            let _ = writeln!(text, "regel {i}");
        }
        let at = |needle: &str| {
            let start = text.find(needle).unwrap_or(0);
            Span::new(start, start + needle.len())
        };
        let mut document =
            Document::empty("x.txt", crate::document::Format::Text, text.as_str().into());
        document.front_matter = None;
        let result = FileResult {
            path: "x.txt".into(),
            diagnostics: vec![Diagnostic::new(
                "test/far",
                Severity::Warning,
                at("regel 89"),
                "far",
            )
            .with_related(at("regel 80"), "related")],
            document: Arc::new(document),
        };
        let out = render_plain(&[result]);
        assert!(out.contains("[x.txt:89:1]"), "{out}");
        // The related place is drawn first, under its own header; the first
        // line names the finding's position (it named none, and the first
        // header read as the finding's).
        assert!(out.starts_with("test/far at x.txt:89:1\n"), "{out}");
        assert!(out.find("[x.txt:80:1]") < out.find("[x.txt:89:1]"), "{out}");
        assert!(
            !out.contains("regel 85"),
            "lines between the labels are not drawn:\n{out}"
        );
    })
}

#[test]
fn snippets_labels_and_summary() {
    crate::lang::scoped(crate::lang::Lang::En, || {
        let out = render_plain(&[fixture::result("corpus/x.txt")]);
        println!("{out}");
        for expected in [
            "footnote/undefined",
            "footnote 7 is used before it is defined",
            "defined here",
            "help: move the definition below the answer",
            "xref/unknown-question",
            "[corpus/x.txt:3:31]",
            "corpus/x.txt: 2 questions, 1 footnote marker, 1 footnote definition\n",
            "1 error, 1 warning, 0 infos in 1 file\n",
        ] {
            assert!(out.contains(expected), "{expected:?} missing from:\n{out}");
        }
        assert!(!out.contains('\u{1b}'), "no colour in plain output");
        assert!(out.find("footnote/undefined") < out.find("xref/unknown-question"));
        assert!(out.ends_with("1 error, 1 warning, 0 infos in 1 file\n"));
    })
}

/// The whole picture, as reviewed. The positions in the headers count
/// characters (3:31, not the byte column 3:32).
#[test]
fn snapshot_of_the_plain_report() {
    crate::lang::scoped(crate::lang::Lang::En, || {
        insta::assert_snapshot!(render_plain(&[fixture::result("corpus/x.txt")]), @r"
    footnote/undefined

      × footnote 7 is used before it is defined
       ╭─[corpus/x.txt:3:31]
     2 │ 1 Kan de minister ‘Nederland: welvarend’ toelichten?
     3 │ Ja, zie de financiële bijlage.7 Zie ook het antwoord op vraag 99.
       ·                               ─
     4 │ 2 Welke landen?
     5 │ Geen.
     6 │ 7 Zie https://example.org/bijlage.
       · ┬
       · ╰── defined here
       ╰────
      help: move the definition below the answer

    xref/unknown-question

      ⚠ reference to question 99, but the list has 2 questions
       ╭─[corpus/x.txt:3:57]
     2 │ 1 Kan de minister ‘Nederland: welvarend’ toelichten?
     3 │ Ja, zie de financiële bijlage.7 Zie ook het antwoord op vraag 99.
       ·                                                         ────────
     4 │ 2 Welke landen?
       ╰────

    corpus/x.txt: 2 questions, 1 footnote marker, 1 footnote definition
    1 error, 1 warning, 0 infos in 1 file
    ");
    })
}

#[test]
fn colour_only_when_asked() {
    let out = render(&[fixture::result("x.txt")], true);
    assert!(out.contains('\u{1b}'));
}

#[test]
fn file_without_questions_gets_a_loud_line() {
    crate::lang::scoped(crate::lang::Lang::En, || {
        let mut result = fixture::result("corpus/empty.txt");
        result.diagnostics.clear();
        if let Some(doc) = std::sync::Arc::get_mut(&mut result.document) {
            doc.entries.clear();
        }
        let out = render_plain(&[result]);
        assert_eq!(
            out,
            "corpus/empty.txt: 0 questions, 1 footnote marker, 1 footnote definition\n\
             warning: no questions found in corpus/empty.txt: nothing was checked\n\
             0 errors, 0 warnings, 0 infos in 1 file\n"
        );
    })
}

#[test]
fn awkward_spans_still_render() {
    crate::lang::scoped(crate::lang::Lang::En, || {
        let mut result = fixture::result("x.txt");
        let len = result.document.text.len();
        let quote = fixture::at("‘").start;
        result.diagnostics = vec![
            Diagnostic::new("test/empty", Severity::Info, Span::new(5, 5), "zero-length"),
            Diagnostic::new(
                "test/related-point",
                Severity::Info,
                Span::new(3, 4),
                "a point as related location",
            )
            .with_related(Span::new(quote, quote), "at a quote"),
            Diagnostic::new(
                "test/inside-char",
                Severity::Info,
                Span::new(quote + 1, quote + 2),
                "mid-character",
            ),
            Diagnostic::new(
                "test/past-end",
                Severity::Info,
                Span::new(len + 10, len + 20),
                "past the end",
            )
            .with_related(Span::new(len, len), "at the end"),
        ];
        let out = render_plain(&[result]);
        println!("{out}");
        for expected in [
            "test/empty",
            "test/inside-char",
            "test/past-end",
            "at the end",
            "at a quote",
            "[x.txt:2:19]",
            "0 errors, 0 warnings, 4 infos",
        ] {
            assert!(out.contains(expected), "{expected:?} missing from:\n{out}");
        }
        // Every finding was drawn as a snippet, none needed the fallback line.
        assert_eq!(out.matches("╭─[").count(), 4, "{out}");
    })
}

#[test]
fn line_endings_of_every_kind() {
    for (name, text) in [
        ("lf", "a\nbë x\nc\n"),
        ("crlf", "a\r\nbë x\r\nc\r\n"),
        ("cr", "a\rbë x\rc\r"),
    ] {
        let mut result = fixture::result(name);
        let mut doc = (*result.document).clone();
        doc.text = text.into();
        doc.lines = crate::document::LineIndex::new(text);
        let x = text.find('x').unwrap_or(0);
        result.document = Arc::new(doc);
        result.diagnostics = vec![Diagnostic::new(
            "test/x",
            Severity::Error,
            Span::new(x, x + 1),
            "the x",
        )];
        let out = render_plain(&[result]);
        assert!(out.contains(&format!("[{name}:2:4]")), "{out}");
        assert!(out.contains(" 2 │ bë x\n"), "{out}");
        assert!(out.contains(" 3 │ c\n"), "{out}");
    }
}

/// A repeatable stream of numbers: `next(n)` is below `n` (a linear
/// congruential generator; the tests need variety, not randomness).
pub(super) fn numbers(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % n.max(1)
    }
}

#[test]
fn arbitrary_spans_always_render() {
    let pieces = [
        "a", "ë", "‘", "\t", "\n", "\r\n", "\r", " ", "12", "\n\n", "\u{1b}", "\u{9b}",
    ];
    let mut next = numbers(0x9e37_79b9_7f4a_7c15);
    for _ in 0..300 {
        let text: String = (0..next(40)).map(|_| pieces[next(pieces.len())]).collect();
        let mut result = fixture::result("fuzz.txt");
        let mut doc = (*result.document).clone();
        doc.lines = crate::document::LineIndex::new(&text);
        doc.text = text.as_str().into();
        result.document = Arc::new(doc);
        let mut span = || {
            let a = next(text.len() + 3);
            Span::new(a, a + next(6))
        };
        result.diagnostics = vec![
            Diagnostic::new("test/fuzz", Severity::Error, span(), "fuzz")
                .with_related(span(), "related one")
                .with_related(span(), "related two"),
        ];
        let out = render_plain(&[result]);
        assert!(out.contains("╭─[fuzz.txt:"), "{text:?}\n{out}");
    }
}
