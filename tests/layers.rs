//! The library's modules form layers, and data flows one way through them:
//! bytes → reader (`document`) → model → `rules` → `diagnostic`s →
//! `report`. A module may use the modules below it, never one above: a
//! back-edge (a reader that knows a report, a rule that loads a
//! configuration) is how the import circles of before came about.

use std::collections::BTreeMap;
use std::path::Path;

/// Bottom to top. The crate root (`crate::FileResult`, `static_regex`)
/// is below everything and not listed.
const LAYERS: &[&str] = &[
    "lang",       // the language of every text a user reads
    "terminal",   // what may reach a terminal (shared by reports and errors)
    "error",      // errors in configuration files
    "document",   // the readers and the model
    "diagnostic", // findings
    "baseline",   // fingerprints of findings
    "rules",      // the checks, their metadata and rule files
    "renumber",   // the edits that renumber a draft (from the model and the rules)
    "config",     // kamerlint.toml, which chooses the rules
    "report",     // the output formats
    "stream",     // checking many files, reports written as they finish
];

#[test]
fn modules_only_use_the_layers_below_them() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rank: BTreeMap<&str, usize> = LAYERS.iter().enumerate().map(|(i, &m)| (m, i)).collect();
    let mut wrong = Vec::new();
    let mut seen = 0;
    for entry in walkdir::WalkDir::new(&src).sort_by_file_name() {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let relative = path.strip_prefix(&src).unwrap();
        let first = relative.components().next().unwrap().as_os_str();
        let module = first.to_str().unwrap().trim_end_matches(".rs");
        let Some(&own) = rank.get(module) else {
            continue; // the crate root and the binary's modules
        };
        seen += 1;
        let text = std::fs::read_to_string(path).unwrap();
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for (at, _) in code.match_indices("crate::") {
                let used: String = code[at + "crate::".len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                if let Some(&other) = rank.get(used.as_str()) {
                    if other > own {
                        wrong.push(format!(
                            "{}:{}: {module} uses {used}, a layer above it",
                            relative.display(),
                            number + 1
                        ));
                    }
                }
            }
        }
    }
    assert!(
        seen > 50,
        "only {seen} files of the layers found under src/"
    );
    assert!(wrong.is_empty(), "back-edges:\n{}", wrong.join("\n"));
}
