//! The `kamerlint` binary end to end: exit codes, formats, directory walking.
//!
//! The rules are still growing, so these tests assert the shape of the
//! output and its consistency with itself, not exact findings.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// A two-question list whose first answer refers to a question that does
/// not exist.
const DEFECTIVE: &str = "Lijst van vragen en antwoorden\n\
\n\
Nr Vraag Bijlage Blz. (van) t/m\n\
\n\
1 Kan de minister toelichten hoe de financiële steun wordt verdeeld?\n\
Zie het antwoord op vraag 99.\n\
\n\
2 Welke landen ontvangen steun?\n\
Geen.\n";

fn kamerlint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kamerlint"))
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn code(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("kamerlint-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    /// Writes `contents` to `relative`, creating parent directories.
    fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> String {
        let path = self.0.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent");
        }
        std::fs::write(&path, contents).expect("write file");
        path_str(&path)
    }

    fn path(&self) -> String {
        path_str(&self.0)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn path_str(path: &Path) -> String {
    path.to_str().expect("temp paths are UTF-8").to_string()
}

fn json_report(args: &[&str]) -> (Output, Value) {
    let output = kamerlint(args);
    let value = serde_json::from_str(&stdout(&output))
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", stdout(&output)));
    (output, value)
}

#[test]
fn missing_path_exits_2_naming_it() {
    let dir = TempDir::new("missing");
    let missing = format!("{}/nothing-here.txt", dir.path());
    let output = kamerlint(&["check", &missing]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains(&format!("error: {missing}:")),
        "{}",
        stderr(&output)
    );
    assert_eq!(stdout(&output), "");
}

#[test]
fn directory_without_checkable_files_exits_2() {
    let dir = TempDir::new("empty");
    let output = kamerlint(&["check", &dir.path()]);
    assert_eq!(code(&output), 2);
    assert_eq!(
        stderr(&output),
        format!("error: {}: no files to check\n", dir.path())
    );

    // Hidden files, target/ and other extensions do not count.
    dir.write(".hidden.txt", DEFECTIVE);
    dir.write(".git/list.txt", DEFECTIVE);
    dir.write("target/list.txt", DEFECTIVE);
    dir.write("notes.md", DEFECTIVE);
    let output = kamerlint(&["check", &dir.path()]);
    assert_eq!(code(&output), 2, "{}", stdout(&output));
    assert!(stderr(&output).contains("no files to check"));
}

#[test]
fn directories_are_walked_in_name_order() {
    let dir = TempDir::new("walk");
    dir.write("b.txt", DEFECTIVE);
    dir.write("a/z.TXT", DEFECTIVE);
    dir.write("a/.hidden/x.txt", DEFECTIVE);
    dir.write("target/x.txt", DEFECTIVE);
    dir.write("readme.md", DEFECTIVE);
    let root = format!("{}/", dir.path());
    let output = kamerlint(&["check", &root, "--fail-on", "never"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let summary: Vec<String> = stdout(&output)
        .lines()
        .filter(|l| l.contains(" questions, "))
        .map(|l| l.split(": ").next().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        summary,
        [
            format!("{}/a/z.TXT", dir.path()),
            format!("{}/b.txt", dir.path())
        ]
    );
    assert!(stdout(&output).contains("in 2 files\n"));
}

#[test]
fn a_file_named_explicitly_is_checked_whatever_its_extension() {
    let dir = TempDir::new("explicit");
    let file = dir.write("list.md", DEFECTIVE);
    let (output, value) = json_report(&["check", &file, "--format", "json", "--fail-on", "never"]);
    assert_eq!(code(&output), 0);
    assert_eq!(value["summary"]["files"], 1);
}

#[test]
fn unreadable_path_beside_a_good_one_still_reports_and_exits_2() {
    let dir = TempDir::new("partial");
    let good = dir.write("good.txt", DEFECTIVE);
    let missing = format!("{}/missing.txt", dir.path());
    let (output, value) = json_report(&[
        "check",
        &good,
        &missing,
        "--format",
        "json",
        "--fail-on",
        "never",
    ]);
    assert_eq!(code(&output), 2);
    assert_eq!(value["summary"]["files"], 1);
    assert!(stderr(&output).contains("missing.txt"));
}

#[test]
fn rules_lists_every_rule_once() {
    let output = kamerlint(&["rules"]);
    assert_eq!(code(&output), 0);
    let text = stdout(&output);
    // Built-in and declarative rules (rules/*.toml), under the draft profile.
    let all = kamerlint::Config::standard().rules.infos();
    assert_eq!(text.lines().count(), all.len(), "{text}");
    for (line, rule) in text.lines().zip(&all) {
        let fields: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(fields.first(), Some(&rule.id), "{line}");
        assert_eq!(fields.get(1), Some(&rule.severity.draft.as_str()), "{line}");
        // English, as these tests run (KAMERLINT_LANG=en).
        assert!(line.ends_with(rule.summary.en.as_ref()), "{line}");
    }
    // Aligned: every summary starts in the same column.
    let columns: Vec<usize> = text
        .lines()
        .zip(&all)
        .map(|(line, rule)| line.len() - rule.summary.en.len())
        .collect();
    assert!(columns.windows(2).all(|w| w[0] == w[1]), "{text}");
}

#[test]
fn explain_shows_each_rule_with_examples() {
    for rule in kamerlint::rules::all() {
        let output = kamerlint(&["explain", rule.id]);
        assert_eq!(code(&output), 0, "{}", rule.id);
        let text = stdout(&output);
        assert!(
            text.starts_with(&format!("{}\nseverity: {}\n", rule.id, rule.severity)),
            "{text}"
        );
        // English, as these tests run (KAMERLINT_LANG=en).
        let summary = rule.summary;
        assert!(text.contains(summary), "{text}");
        assert!(
            // An example, indented (a draft's example first names the
            // document it is checked against).
            text.contains("\nBad:\n  ") && text.contains("\nGood:\n  "),
            "{text}"
        );
    }
}

#[test]
fn explain_of_an_unknown_rule_exits_2() {
    let output = kamerlint(&["explain", "no-such/rule"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("unknown rule `no-such/rule`"));
    assert_eq!(stdout(&output), "");

    // A near miss of a real id is suggested.
    if let Some(rule) = kamerlint::rules::all().first() {
        let typo = &rule.id[..rule.id.len() - 1];
        let output = kamerlint(&["explain", typo]);
        assert_eq!(code(&output), 2);
        assert!(
            stderr(&output).contains(&format!("did you mean `{}`?", rule.id)),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn json_report_follows_the_contract() {
    let dir = TempDir::new("json");
    let file = dir.write("list.txt", DEFECTIVE);
    let (output, value) = json_report(&["check", &file, "--format", "json"]);
    assert_eq!(stderr(&output), "");

    let keys: Vec<&str> = value
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 4, "{keys:?}");
    assert_eq!(value["version"], 1);
    assert_eq!(
        value["lang"], "en",
        "these tests run with KAMERLINT_LANG=en"
    );
    let summary = &value["summary"];
    let diagnostics = value["diagnostics"].as_array().expect("diagnostics array");
    assert_eq!(summary["files"], 1);
    for severity in ["error", "warning", "info"] {
        let n = diagnostics
            .iter()
            .filter(|d| d["severity"] == severity)
            .count();
        assert_eq!(summary[format!("{severity}s")], n, "{severity}");
    }
    let fields = [
        "file",
        "rule",
        "severity",
        "message",
        "line",
        "column",
        "end_line",
        "end_column",
        "question",
        "help",
        "related",
    ];
    let mut previous: Option<(u64, u64)> = None;
    for d in diagnostics {
        for field in fields {
            assert!(d.get(field).is_some(), "{field} missing in {d}");
        }
        assert_eq!(d["file"], file.as_str());
        let at = (
            d["line"].as_u64().unwrap_or(0),
            d["column"].as_u64().unwrap_or(0),
        );
        assert!(at.0 >= 1 && at.1 >= 1, "{d}");
        assert!(previous <= Some(at), "sorted by position: {d}");
        previous = Some(at);
        for related in d["related"].as_array().expect("related array") {
            for field in ["file", "line", "column", "location", "message"] {
                assert!(related.get(field).is_some(), "{field} missing in {related}");
            }
        }
    }

    // The exit code agrees with the report under the default --fail-on error.
    let errors = summary["errors"].as_u64().unwrap_or(0);
    assert_eq!(code(&output), if errors > 0 { 1 } else { 0 });
}

#[test]
fn fail_on_never_exits_0_and_warning_counts_warnings() {
    let dir = TempDir::new("fail-on");
    let file = dir.write("list.txt", DEFECTIVE);
    assert_eq!(code(&kamerlint(&["check", &file, "--fail-on", "never"])), 0);

    let (_, value) = json_report(&["check", &file, "--format", "json", "--fail-on", "never"]);
    let warnings_or_worse = value["summary"]["errors"].as_u64().unwrap_or(0)
        + value["summary"]["warnings"].as_u64().unwrap_or(0);
    let output = kamerlint(&["check", &file, "--fail-on", "warning"]);
    assert_eq!(code(&output), if warnings_or_worse > 0 { 1 } else { 0 });
}

#[test]
fn compact_prints_one_line_per_finding() {
    let dir = TempDir::new("compact");
    let file = dir.write("list.txt", DEFECTIVE);
    let output = kamerlint(&["check", &file, "--format", "compact", "--fail-on", "never"]);
    assert_eq!(code(&output), 0);
    let (_, value) = json_report(&["check", &file, "--format", "json"]);
    let text = stdout(&output);
    let line =
        regex::Regex::new(r"^[^:]+:\d+:\d+: (error|warning|info) [a-z]+/[a-z-]+ ").expect("regex");
    for l in text.lines() {
        assert!(line.is_match(l), "{l:?}");
    }
    assert_eq!(
        text.lines().count(),
        value["diagnostics"].as_array().map_or(0, Vec::len)
    );
}

#[test]
fn human_report_ends_with_a_summary() {
    let dir = TempDir::new("human");
    let file = dir.write("list.txt", DEFECTIVE);
    let empty = dir.write("empty.txt", "Geen vragen in dit bestand.\n");
    let output = kamerlint(&["check", &file, &empty, "--fail-on", "never"]);
    assert_eq!(code(&output), 0);
    let text = stdout(&output);
    assert!(!text.contains('\u{1b}'), "no colour when not on a terminal");
    assert!(
        text.contains(&format!(
            "warning: no questions found in {empty}: nothing was checked\n"
        )),
        "{text}"
    );
    let last = text.lines().last().unwrap_or("");
    assert!(last.ends_with(" in 2 files"), "{last}");
}

#[test]
fn garbage_input_does_not_crash() {
    let dir = TempDir::new("garbage");
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let file = dir.write("garbage.txt", &bytes);
    for format in ["human", "json", "compact"] {
        let output = kamerlint(&["check", &file, "--format", format, "--fail-on", "never"]);
        assert_eq!(code(&output), 0, "{format}: {}", stderr(&output));
    }
    assert_eq!(code(&kamerlint(&["parse", &file, "--format", "json"])), 0);
}

#[test]
fn parse_shows_what_was_read() {
    let dir = TempDir::new("parse");
    let file = dir.write("list.txt", DEFECTIVE);
    let output = kamerlint(&["parse", &file]);
    assert_eq!(code(&output), 0);
    let text = stdout(&output);
    for heading in [
        "\nentries (",
        "\nfootnote markers (",
        "\nfootnote definitions (",
        "\nfurniture (",
        "\nunplaced text (",
        "\nreader notes (",
    ] {
        assert!(text.contains(heading), "{heading:?} missing from:\n{text}");
    }

    let (output, value) = json_report(&["parse", &file, "--format", "json"]);
    assert_eq!(code(&output), 0);
    assert_eq!(value["file"], file.as_str());
    for key in [
        "layout",
        "meta",
        "entries",
        "markers",
        "definitions",
        "furniture",
        "unplaced",
        "notes",
    ] {
        assert!(value.get(key).is_some(), "{key} missing");
    }
    for entry in value["entries"].as_array().expect("entries") {
        assert!(
            entry["line"].as_u64().unwrap_or(0) >= 1 && entry["span"]["start"].is_u64(),
            "{entry}"
        );
    }

    assert_eq!(
        code(&kamerlint(&[
            "parse",
            &format!("{}/missing.txt", dir.path())
        ])),
        2
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(code(&kamerlint(&["check"])), 2);
    assert_eq!(code(&kamerlint(&["check", ".", "--format", "xml"])), 2);
    assert_eq!(code(&kamerlint(&["frobnicate"])), 2);
    assert_eq!(code(&kamerlint(&["--help"])), 0);
}

/// After "nothing was checked" no other finding follows: a text without
/// questions gave its placeholders and brackets as findings of a check
/// that did not happen.
#[test]
fn a_file_without_questions_reports_only_that() {
    let dir = TempDir::new("no-entries-alone");
    let file = dir.write("tekst.txt", "Geen lijst, maar XXX en (een haakje.\nTODO\n");
    let out = kamerlint(&["check", &file, "--format", "compact"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let printed = stdout(&out);
    let lines: Vec<&str> = printed
        .lines()
        .map(|l| l.split(' ').nth(2).unwrap_or(""))
        .collect();
    assert_eq!(lines, ["structure/no-entries"], "{}", stdout(&out));
}

/// `--fail-on never` still fails on `--max-warnings`; --help said it always
/// exits with 0.
#[test]
fn fail_on_never_and_max_warnings() {
    let dir = TempDir::new("never-max");
    let file = dir.write("lijst.txt", "1 Welke landen?\nGeen. XXX\n");
    assert_eq!(code(&kamerlint(&["check", &file, "--fail-on", "never"])), 0);
    let out = kamerlint(&["check", &file, "--fail-on", "never", "--max-warnings", "0"]);
    assert_eq!(code(&out), 1);
    let help = stdout(&kamerlint(&["check", "--help"]));
    assert!(
        help.contains("Findings never fail the run (--max-warnings still does"),
        "{help}"
    );
    assert!(!help.contains("Exit with 0 whatever was found"), "{help}");
}

/// `explain CATEGORY` lists the category's rules (it said "unknown rule").
#[test]
fn explain_a_category_lists_its_rules() {
    let out = kamerlint(&["explain", "footnote"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("footnote: "), "{text}");
    for id in ["footnote/undefined", "footnote/duplicate-definition"] {
        assert!(text.contains(id), "{id} missing:\n{text}");
    }
    assert!(!text.contains("xref/"), "{text}");
}

#[test]
fn version_names_the_rule_set_and_its_size() {
    let out = kamerlint(&["--version"]);
    assert_eq!(code(&out), 0);
    let line = stdout(&out);
    let rules = stdout(&kamerlint(&["rules"])).lines().count();
    let prefix = format!("kamerlint {} (rule set ", env!("CARGO_PKG_VERSION"));
    let rest = line
        .trim_end()
        .strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("{line:?}"));
    let (hash, count) = rest.split_once(", ").expect("hash, count");
    assert_eq!(hash.len(), 16, "{line:?}");
    assert!(hash.chars().all(|c| c.is_ascii_hexdigit()), "{line:?}");
    assert_eq!(count, format!("{rules} rules)"), "{line:?}");
}
