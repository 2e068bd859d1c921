//! The README's example output is what the command it shows prints: the
//! block after "$ kamerlint check ..." is cut at its "..." lines, and each
//! part must appear in the real output, in order, the last at its end (so
//! the totals are the real totals).

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
    let out = common::kamerlint(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), &args);
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
