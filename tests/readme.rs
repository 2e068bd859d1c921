//! The README's example output is what the command it shows prints: the
//! block after "$ kamerlint check ..." is cut at its "..." lines, and each
//! part must appear in the real output, in order, the last at its end (so
//! the totals are the real totals). And the hostile-input table is backed
//! by tests: every test file and test function a row names exists.

mod common;

const README: &str = include_str!("../README.md");

#[test]
fn the_readme_example_is_real_output() {
    let block = README
        .split("```text\n$ kamerlint ")
        .nth(1)
        .and_then(|b| b.split("\n```\n").next())
        .expect("an example block starting with `$ kamerlint`");
    let (command, shown) = block.split_once('\n').expect("a command line");
    let args: Vec<&str> = command.split_whitespace().collect();
    // In Dutch, the default (the shared helper pins English).
    let out = common::kamerlint_with_env(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
        &args,
        &[("KAMERLINT_LANG", "nl")],
    );
    let real = common::stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    let parts: Vec<String> = shown
        .split("...\n")
        .map(|p| p.trim_end_matches('\n').to_string())
        .filter(|p| !p.is_empty())
        .collect();
    assert!(parts.len() >= 2, "{parts:?}");
    let mut from = 0;
    for part in &parts {
        match real[from..].find(part.as_str()) {
            Some(at) => from += at + part.len(),
            None => panic!("the README shows\n{part}\nbut `kamerlint {command}` prints\n{real}"),
        }
    }
    assert_eq!(
        real[from..].trim_end(),
        "",
        "the README's example does not end where the output does"
    );
}

#[test]
fn every_row_of_the_hostile_input_table_names_a_test_that_exists() {
    let section = README
        .split("## Hostile input\n")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("a Hostile input section");
    let rows: Vec<&str> = section
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| input"))
        .collect();
    assert!(rows.len() >= 15, "{rows:?}");
    for row in rows {
        let tests = row.trim_end_matches('|').rsplit('|').next().unwrap_or("");
        let mut named = 0;
        let mut file = String::new();
        for word in tests.split('`').skip(1).step_by(2) {
            if word.starts_with("tests/") {
                file = std::fs::read_to_string(word.split(' ').next().unwrap_or(word))
                    .unwrap_or_else(|e| panic!("{word}: {e} (row {row})"));
                named += 1;
            } else {
                assert!(
                    file.contains(&format!("fn {word}()")),
                    "no test `{word}` (row {row})"
                );
            }
        }
        assert!(named > 0, "a row without a test: {row}");
    }
}
