//! spelling/unknown-word on the real documents in `../shared/real/docs/`
//! and on the seed: every misspelling issue 15 names is found, at its exact
//! characters, with the word meant as its fix. Skipped, with a printed
//! note, where the real documents are absent (they are not copied into
//! this repository).

mod common;

use std::path::PathBuf;

use kamerlint::FileResult;

const RULE: &str = "spelling/unknown-word";

fn check(path: PathBuf, shown: &str) -> Option<FileResult> {
    let Ok(bytes) = std::fs::read(&path) else {
        common::skipped(&format!(
            "{shown} not found (the real documents are not in this repository)"
        ));
        return None;
    };
    Some(kamerlint::check_bytes(shown, &bytes))
}

fn real(name: &str) -> Option<FileResult> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/real/docs")
        .join(name);
    check(path, &format!("../shared/real/docs/{name}"))
}

/// The rule's findings as (line, word, fix).
fn found(result: &FileResult) -> Vec<(usize, String, String)> {
    let doc = &result.document;
    result
        .diagnostics
        .iter()
        .filter(|d| d.rule == RULE)
        .map(|d| {
            (
                doc.line_col(d.span.start).line,
                doc.slice(d.span).to_string(),
                d.fix
                    .as_ref()
                    .map(|f| f.replacement.clone())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

fn has(result: &FileResult, line: usize, word: &str, fix: &str) {
    let all = found(result);
    assert!(
        all.contains(&(line, word.to_string(), fix.to_string())),
        "{}: no {RULE} for {word:?} -> {fix:?} on line {line}; found {all:?}",
        result.document.path
    );
}

#[test]
fn risicos_in_1178() {
    if let Some(r) = real("ah-tk-20232024-1178-quantumproof-encryptie.txt") {
        has(&r, 58, "risicos", "risico's");
    }
}

#[test]
fn buillding_in_1786() {
    if let Some(r) = real("ah-tk-20232024-1786-exportkredietverzekeringen-baggersector.txt") {
        has(&r, 76, "buillding", "building");
        // "with" and "nature" beside it are English, not Dutch slips.
        assert_eq!(found(&r).len(), 1, "{:?}", found(&r));
    }
}

#[test]
fn maatregen_in_1893() {
    if let Some(r) = real("ah-tk-20232024-1893-corendon-russische-toeristen.txt") {
        has(&r, 80, "maatregen", "maatregel");
    }
}

#[test]
fn the_seeds_three_slips_and_nothing_else() {
    let seed = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("corpus/36180-164-beleidsagenda-buitenlandse-handel.txt");
    let r = check(
        seed,
        "corpus/36180-164-beleidsagenda-buitenlandse-handel.txt",
    )
    .expect("the seed is in the repository");
    assert_eq!(
        found(&r),
        vec![
            (2397, "voortang".into(), "voortgang".into()),
            (
                2425,
                "Infastructuurontwikkeling".into(),
                "Infrastructuurontwikkeling".into()
            ),
            (2504, "Luchvaart".into(), "Luchtvaart".into()),
        ]
    );
}
