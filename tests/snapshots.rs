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

// In English (`--lang en`): the snapshots kept from before the reports
// spoke Dutch.

#[test]
fn compact_corpus() {
    scoped(Lang::En, || {
        insta::assert_snapshot!(kamerlint::report::compact::render(&corpus()));
    });
}

#[test]
fn human_seed() {
    scoped(Lang::En, || {
        insta::assert_snapshot!(kamerlint::report::human::render_plain(&one(
            "36180-164-beleidsagenda-buitenlandse-handel.txt"
        )));
    });
}

#[test]
fn human_samples() {
    scoped(Lang::En, || {
        insta::assert_snapshot!(kamerlint::report::human::render_plain(&one(
            "voorbeeld-fouten.txt"
        )));
        insta::assert_snapshot!(kamerlint::report::human::render_plain(&one(
            "voorbeeld-schoon.txt"
        )));
    });
}

#[test]
fn json_samples() {
    scoped(Lang::En, || {
        let json = kamerlint::report::json::render(&one("voorbeeld-fouten.txt")).expect("json");
        insta::assert_snapshot!(json);
    });
}

// In Dutch, the default.

#[test]
fn compact_corpus_nl() {
    scoped(Lang::Nl, || {
        insta::assert_snapshot!(kamerlint::report::compact::render(&corpus()));
    });
}

#[test]
fn human_seed_nl() {
    scoped(Lang::Nl, || {
        insta::assert_snapshot!(kamerlint::report::human::render_plain(&one(
            "36180-164-beleidsagenda-buitenlandse-handel.txt"
        )));
    });
}

#[test]
fn human_samples_nl() {
    scoped(Lang::Nl, || {
        insta::assert_snapshot!(kamerlint::report::human::render_plain(&one(
            "voorbeeld-fouten.txt"
        )));
        insta::assert_snapshot!(kamerlint::report::human::render_plain(&one(
            "voorbeeld-schoon.txt"
        )));
    });
}

#[test]
fn json_samples_nl() {
    scoped(Lang::Nl, || {
        let json = kamerlint::report::json::render(&one("voorbeeld-fouten.txt")).expect("json");
        insta::assert_snapshot!(json);
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
