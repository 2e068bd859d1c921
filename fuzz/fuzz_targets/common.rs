//! What every target does with a document once it is read: run every rule
//! and every report over it, and check that what comes out points into the
//! text. tests/fuzz_regressions.rs runs the kept crash inputs through this
//! same file (`#[path]`), so a regression test does what the fuzzer did.

use std::sync::Arc;

use kamerlint::config::Config;
use kamerlint::document::{figures, Document};
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
    sarif::render(results, &config.rules.infos_in_force()).expect("SARIF");
    let _ = html::render(results, &html::Options::default());
    let _ = parse::text(&result.document);
    parse::json(&result.document).expect("parse JSON");
    result
}
