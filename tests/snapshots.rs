//! Snapshots of the reports over corpus/, rendered exactly as users see
//! them (plain human output at width 100, JSON, compact). Each snapshot was
//! read line by line before it was accepted: a change in a finding, a
//! position or a message shows up here in review.

use std::path::Path;

use kamerlint::lang::{scoped, Lang};

fn corpus() -> Vec<kamerlint::FileResult> {
    let mut paths: Vec<_> = std::fs::read_dir("corpus")
        .expect("corpus/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p: &std::path::PathBuf| {
            let name = format!(
                "corpus/{}",
                Path::new(p)
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or("")
            );
            let bytes = std::fs::read(p).expect("readable");
            kamerlint::check_bytes(&name, &bytes)
        })
        .collect()
}

fn one(name: &str) -> Vec<kamerlint::FileResult> {
    corpus()
        .into_iter()
        .filter(|r| r.path.ends_with(name))
        .collect()
}

/// `render` made and snapshotted in each language: in English as `name`
/// (the snapshots kept from before the reports spoke Dutch), in Dutch, the
/// default, as `name_nl`; `-2` for a test's second snapshot, as insta
/// numbers them.
fn in_both_languages(name: &str, render: impl Fn() -> String) {
    let (stem, number) = match name.split_once('-') {
        Some((stem, n)) => (stem, format!("-{n}")),
        None => (name, String::new()),
    };
    for (lang, suffix) in [(Lang::En, ""), (Lang::Nl, "_nl")] {
        scoped(lang, || {
            insta::assert_snapshot!(format!("{stem}{suffix}{number}"), render());
        });
    }
}

#[test]
fn compact_corpus() {
    in_both_languages("compact_corpus", || {
        kamerlint::report::compact::render(&corpus())
    });
}

#[test]
fn human_seed() {
    in_both_languages("human_seed", || {
        kamerlint::report::human::render_plain(&one(
            "36180-164-beleidsagenda-buitenlandse-handel.txt",
        ))
    });
}

#[test]
fn human_samples() {
    in_both_languages("human_samples", || {
        kamerlint::report::human::render_plain(&one("voorbeeld-fouten.txt"))
    });
    in_both_languages("human_samples-2", || {
        kamerlint::report::human::render_plain(&one("voorbeeld-schoon.txt"))
    });
}

#[test]
fn json_samples() {
    in_both_languages("json_samples", || {
        kamerlint::report::json::render(&one("voorbeeld-fouten.txt")).expect("json")
    });
}

/// A document read from Word: every finding and related place named as
/// the editor finds it there, in both languages.
#[test]
fn human_docx_places() {
    for (lang, name) in [(Lang::Nl, "docx_nl"), (Lang::En, "docx_en")] {
        scoped(lang, || {
            let bytes = std::fs::read("tests/fixtures/docx/seed-part.docx").expect("fixture");
            let result = kamerlint::check_bytes("seed-part.docx", &bytes);
            insta::assert_snapshot!(
                name,
                kamerlint::report::human::render_plain(std::slice::from_ref(&result))
            );
        });
    }
}
