//! What every target does with a document once it is read: run every rule
//! and every report over it, and check that what comes out points into the
//! text. tests/fuzz_regressions.rs runs the kept crash inputs through this
//! same file (`#[path]`), so a regression test does what the fuzzer did.

use std::sync::Arc;

use kamerlint::config::Config;
use kamerlint::diagnostic::{Diagnostic, Severity};
use kamerlint::document::{figures, Document, Span};
use kamerlint::report::{compact, github, html, human, json, parse, sarif};
use kamerlint::FileResult;

/// The figures, every rule, and, when `reports` is set, every report.
/// The reports take more time than reading and checking, so the targets
/// render them for a third of their inputs (those whose length is a
/// multiple of 3: the same input always takes the same path).
pub fn exercise(mut document: Document, config: &Config, reports: bool) -> FileResult {
    figures::annotate(&mut document, figures::Vocabulary::builtin());
    let diagnostics = kamerlint::rules::check_with(&document, &config.rules);
    let len = document.text.len();
    for d in &diagnostics {
        assert!(
            d.span.start <= d.span.end && d.span.end <= len,
            "{} reported at {:?} in a text of {len} bytes",
            d.rule,
            d.span
        );
        for r in &d.related {
            assert!(
                r.span.start <= r.span.end && r.span.end <= len,
                "{} related {:?}",
                d.rule,
                r.span
            );
        }
        let _ = document.line_col(d.span.start);
    }
    let result = FileResult {
        path: "fuzz".to_string(),
        document: Arc::new(document),
        diagnostics,
    };
    if !reports {
        return result;
    }
    let results = std::slice::from_ref(&result);
    let _ = compact::render(results);
    let _ = github::render(results);
    let _ = human::render_plain(results);
    json::render(results).expect("JSON");
    sarif::render(results, &sarif::Catalog::of([&config.rules])).expect("SARIF");
    let _ = html::render(results, &html::Options::default());
    let _ = parse::text(&result.document);
    parse::json(&result.document).expect("parse JSON");
    result
}

/// The `report` target: the text reports of arbitrary text, with findings
/// anywhere. The first byte picks the shape: its low 3 bits are the number
/// of made-up findings (4 bytes each follow: where it starts, as a fraction
/// of the text, its length, and a related place), bit 3 removes every line
/// break (text exported without them), bit 4 repeats the text until it is
/// over 70,000 bytes (lines beyond miette's column 65,535). The rest is the
/// text. Every report must come out, and none may hold a control character
/// a terminal would obey.
#[allow(dead_code)] // used by the report target and tests/fuzz_regressions.rs only
pub fn reports(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let (made_up, text) = rest.split_at(rest.len().min(usize::from(mode & 7) * 4));
    let mut bytes = text.to_vec();
    if mode & 0x08 != 0 {
        bytes.retain(|&b| b != b'\n' && b != b'\r');
    }
    if mode & 0x10 != 0 && !bytes.is_empty() {
        let unit = bytes.clone();
        while bytes.len() <= 70_000 {
            bytes.extend_from_slice(&unit);
        }
    }
    let document = kamerlint::document::text::read("fuzz\u{1b}.txt", &bytes);
    let mut result = exercise(document, Config::standard(), false);
    let len = result.document.text.len();
    let at = |b: u8| len * usize::from(b) / 255;
    for chunk in made_up.chunks_exact(4) {
        let start = at(chunk[0]).saturating_add(usize::from(chunk[1] % 8));
        let span = Span::new(start, start + usize::from(chunk[2]) * 4);
        let related = at(chunk[3]);
        result.diagnostics.push(
            Diagnostic::new("test/fuzz", Severity::Warning, span, "made up")
                .with_related(Span::new(related, related + 1), "related")
                .with_help("help"),
        );
    }
    result.path = "fuzz\u{1b}]0;x\u{7}.txt".to_string();
    let results = std::slice::from_ref(&result);
    let plain = human::render_plain(results);
    assert!(
        plain.ends_with(" file\n") || plain.ends_with(" bestand\n"),
        "{plain}"
    );
    for (name, out) in [
        ("human", plain),
        ("compact", compact::render(results)),
        ("github", github::render(results)),
        ("parse", parse::text(&result.document)),
    ] {
        assert!(
            !out.chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{name} report sends a control character raw"
        );
    }
    let colour = human::render(results, true);
    assert!(!colour.contains("\u{1b}]") && !colour.contains('\u{7}'));
}
