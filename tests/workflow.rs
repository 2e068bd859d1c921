#![cfg(unix)]
//! The reusable workflow's shell steps (`.github/workflows/kamerlint.yml`),
//! run here with bash as the runner would run them, with kamerlint in
//! place.

mod common;

use std::path::Path;
use std::process::Command;

const WORKFLOW: &str = include_str!("../.github/workflows/kamerlint.yml");

/// The `run: |` script of the step named `name`, unindented.
fn script(name: &str) -> String {
    let step = WORKFLOW
        .split("      - name: ")
        .find(|s| s.starts_with(name))
        .unwrap_or_else(|| panic!("no step {name:?}"));
    let body = step
        .split("        run: |\n")
        .nth(1)
        .expect("a run: | script");
    body.lines()
        .take_while(|l| l.is_empty() || l.starts_with("          "))
        .map(|l| l.get(10..).unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs a step's script in `dir` with `env`; returns what it wrote to
/// GITHUB_OUTPUT and its standard output.
fn run(dir: &Path, name: &str, env: &[(&str, &str)]) -> (String, String) {
    let output = dir.join("github-output");
    let _ = std::fs::remove_file(&output);
    let o = Command::new("bash")
        .arg("-c")
        .arg(script(name))
        .current_dir(dir)
        .env("GITHUB_WORKSPACE", dir)
        .env("GITHUB_OUTPUT", &output)
        .envs(env.iter().copied())
        .output()
        .expect("bash runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let written = std::fs::read_to_string(&output).unwrap_or_default();
    (written, String::from_utf8_lossy(&o.stdout).into_owned())
}

const CHECK_ENV: [(&str, &str); 6] = [
    ("PATHS", "."),
    ("PROFILE", "final"),
    ("FAIL_ON", "error"),
    ("CONFIG", ""),
    ("BASELINE", ""),
    ("MAX_WARNINGS", ""),
];

/// A configuration error wrote an empty SARIF file, which the workflow
/// uploaded. kamerlint now writes a valid log then; a file that is still
/// empty (kamerlint did not run) is removed, so the upload steps (guarded
/// by hashFiles) skip it.
#[test]
fn an_empty_sarif_file_is_not_uploaded() {
    let dir = common::workspace("workflow", "sarif");
    let bin = dir.join(".kamerlint-src/target/release");
    std::fs::create_dir_all(&bin).expect("dir");
    common::write(&dir, "lijst.txt", "1 Welke landen?\nGeen.\n");
    // A kamerlint that writes nothing and fails.
    common::write(
        &dir,
        ".kamerlint-src/target/release/kamerlint",
        "#!/bin/sh\nexit 2\n",
    );
    let fake = bin.join("kamerlint");
    assert!(Command::new("chmod")
        .arg("+x")
        .arg(&fake)
        .status()
        .is_ok_and(|s| s.success()));
    let (status, _) = run(&dir, "Check the documents", &CHECK_ENV);
    assert_eq!(status, "status=2\n");
    assert!(
        !dir.join("kamerlint.sarif").exists(),
        "an empty file is left for upload"
    );
    assert!(WORKFLOW
        .contains("if: always() && inputs.upload-sarif && hashFiles('kamerlint.sarif') != ''"));

    // The real one, on a broken configuration: a log that says it failed.
    std::fs::remove_file(&fake).expect("rm");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_kamerlint"), &fake).expect("link");
    common::write(
        &dir,
        "kamerlint.toml",
        "[rules]\n\"placeholder/markers\" = \"off\"\n",
    );
    let (status, _) = run(&dir, "Check the documents", &CHECK_ENV);
    assert_eq!(status, "status=2\n");
    let log = std::fs::read_to_string(dir.join("kamerlint.sarif")).expect("kept");
    assert!(log.contains("\"executionSuccessful\": false"), "{log}");
}

/// kamerlint-ref defaulted to main whatever ref the caller pinned in
/// `uses:`; it now defaults to the workflow's own commit.
#[test]
fn kamerlint_is_built_from_the_pinned_ref() {
    let dir = common::workspace("workflow", "ref");
    let (out, _) = run(
        &dir,
        "Choose the kamerlint ref",
        &[("ASKED", ""), ("PINNED", "0123abc")],
    );
    assert_eq!(out, "ref=0123abc\n");
    let (out, _) = run(
        &dir,
        "Choose the kamerlint ref",
        &[("ASKED", "v1"), ("PINNED", "0123abc")],
    );
    assert_eq!(out, "ref=v1\n");
    let (out, log) = run(
        &dir,
        "Choose the kamerlint ref",
        &[("ASKED", ""), ("PINNED", "")],
    );
    assert_eq!(out, "ref=main\n");
    assert!(log.contains("::warning title=kamerlint-ref::"), "{log}");
    assert!(WORKFLOW.contains("ref: ${{ steps.ref.outputs.ref }}"));
}
