//! Snapshots of the reports over corpus/, rendered exactly as users see
//! them (plain human output at width 100, JSON, compact). Each snapshot was
//! read line by line before it was accepted: a change in a finding, a
//! position or a message shows up here in review.

use std::path::Path;

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

#[test]
fn compact_corpus() {
    insta::assert_snapshot!(kamerlint::report::compact::render(&corpus()));
}

#[test]
fn human_seed() {
    insta::assert_snapshot!(kamerlint::report::human::render_plain(&one(
        "36180-164-beleidsagenda-buitenlandse-handel.txt"
    )));
}

#[test]
fn human_samples() {
    insta::assert_snapshot!(kamerlint::report::human::render_plain(&one(
        "voorbeeld-fouten.txt"
    )));
    insta::assert_snapshot!(kamerlint::report::human::render_plain(&one(
        "voorbeeld-schoon.txt"
    )));
}

#[test]
fn json_samples() {
    let json = kamerlint::report::json::render(&one("voorbeeld-fouten.txt")).expect("json");
    insta::assert_snapshot!(json);
}
