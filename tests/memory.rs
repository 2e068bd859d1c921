//! Memory stays bounded on hostile input: run the binary under an address
//! space limit (`prlimit --as`, util-linux) and check that it reports the
//! reading limit instead of aborting. Without prlimit the test says it was
//! skipped and how to run it.

mod common;

use std::process::Command;

/// An address-space cap far above what a real list needs (the binary maps
/// its threads' stacks and the allocator's arenas too) and far below what
/// the hostile inputs would take.
const CAP: &str = "--as=2000000000";

fn prlimit() -> bool {
    let found = Command::new("prlimit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        common::skipped(
            "memory caps: prlimit not found; install util-linux (Debian) and run `cargo test --test memory`",
        );
    }
    found
}

fn under_cap(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new("prlimit")
        .arg(CAP)
        .arg(env!("CARGO_BIN_EXE_kamerlint"))
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("prlimit runs")
}

/// A 2 MB XML file with one 100 KB internal entity used 20,000 times
/// expands to 2 GB: kamerlint took 13.7 GB for a minute, and under a cap it
/// aborted (SIGABRT in the XML reader). Its expanded size is computed
/// before parsing and refused as the `max-xml-size` limit (exit 2), and
/// the other file is still checked.
#[test]
fn xml_entity_expansion_is_refused_within_a_memory_cap() {
    if !prlimit() {
        return;
    }
    let dir = common::workspace("memory", "entities");
    let value = "x".repeat(100_000);
    let mut xml = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE officiele-publicatie [<!ENTITY big \"{value}\">]>\n\
         <officiele-publicatie><al>1 Welke landen?</al><al>"
    );
    xml.push_str(&"&big;".repeat(20_000));
    xml.push_str("</al></officiele-publicatie>\n");
    common::write(&dir, "bom.xml", &xml);
    common::write(&dir, "lijst.txt", "1 Welke landen?\nGeen. XXX\n");
    let out = under_cap(&dir, &["check", "bom.xml", "lijst.txt"]);
    let stderr = common::stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("entities expand it to more than 67108864 bytes (max-xml-size)"),
        "{stderr}"
    );
    assert!(common::stdout(&out).contains("lijst.txt: 1 question"));

    // Small entities, used a few times, are read.
    let small = "<?xml version=\"1.0\"?>\n<!DOCTYPE officiele-publicatie [<!ENTITY m \"minister\">]>\n\
                 <officiele-publicatie><al>1 Kan de &m; dat toelichten?</al><al>Ja, de &m; XXX.</al></officiele-publicatie>\n";
    common::write(&dir, "klein.xml", small);
    let out = under_cap(&dir, &["check", "klein.xml", "--format", "compact"]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert!(common::stdout(&out).contains("placeholder/marker"));
}

/// SARIF over a directory held every document until the end (1.3 GB for
/// 2,000 lists). Each file's results are now rendered when it is checked
/// and its document dropped: 100 copies of the seed fit in 110 MB of data,
/// 30 MB of it the word lists of spelling/unknown-word, loaded once
/// (the old way needed some 120 MB for 150 and aborted under this cap).
#[test]
fn sarif_over_many_files_keeps_no_documents() {
    if !prlimit() {
        return;
    }
    let dir = common::workspace("memory", "sarif");
    let seed = common::seed_text();
    for i in 0..100 {
        common::write(&dir, &format!("l{i:03}.txt"), &seed);
    }
    let out = Command::new("prlimit")
        .arg("--data=110000000")
        .arg(env!("CARGO_BIN_EXE_kamerlint"))
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .args(["check", ".", "--format", "sarif", "--threads", "2"])
        .current_dir(&*dir)
        .output()
        .expect("prlimit runs");
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF");
    let results = log["runs"][0]["results"].as_array().map_or(0, Vec::len);
    assert_eq!(results, 100 * 76);
}

/// HTML over a directory was one page holding every document (3.2 GB for
/// 2,000 lists). With `--output`, several files are written as a page
/// each, as soon as the file is checked, and an index page linking them:
/// 100 copies of the seed fit in 110 MB of data (the one page aborted;
/// 30 MB of it are the word lists of spelling/unknown-word, loaded once).
#[test]
fn html_over_many_files_is_a_page_per_file_and_an_index() {
    if !prlimit() {
        return;
    }
    let dir = common::workspace("memory", "html");
    let seed = common::seed_text();
    for i in 0..100 {
        common::write(&dir, &format!("lijsten/l{i:03}.txt"), &seed);
    }
    let out = Command::new("prlimit")
        .arg("--data=110000000")
        .arg(env!("CARGO_BIN_EXE_kamerlint"))
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .args([
            "check",
            "lijsten",
            "--format",
            "html",
            "--output",
            "rapport.html",
        ])
        .args(["--threads", "2"])
        .current_dir(&*dir)
        .output()
        .expect("prlimit runs");
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    let index = std::fs::read_to_string(dir.join("rapport.html")).expect("the index");
    assert!(
        index.contains("3100 errors, 2800 warnings, 1700 infos in 100 files"),
        "{index}"
    );
    let first = "rapport.html.bestanden/0001-lijsten-l000.txt.html";
    assert!(
        index.contains(&format!("<a href=\"{first}\">lijsten/l000.txt</a>")),
        "{index}"
    );
    assert_eq!(index.matches("<a href=").count(), 100);
    let page = std::fs::read_to_string(dir.join(first)).expect("a page");
    assert!(page.contains("kamerlint-data") && page.contains("wederuitvoer"));
    let pages = std::fs::read_dir(dir.join("rapport.html.bestanden"))
        .expect("pages")
        .count();
    assert_eq!(pages, 100);
}

/// The same to standard output: one page, written file by file (each
/// file's text as soon as its turn comes, the side list and header at the
/// end), in the same 110 MB of data.
#[test]
fn html_over_many_files_to_standard_output_is_written_file_by_file() {
    if !prlimit() {
        return;
    }
    let dir = common::workspace("memory", "html-stdout");
    let seed = common::seed_text();
    for i in 0..100 {
        common::write(&dir, &format!("lijsten/l{i:03}.txt"), &seed);
    }
    let out = Command::new("prlimit")
        .arg("--data=110000000")
        .arg(env!("CARGO_BIN_EXE_kamerlint"))
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .args(["check", "lijsten", "--format", "html", "--threads", "2"])
        .current_dir(&*dir)
        .output()
        .expect("prlimit runs");
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(page.matches("<article class=\"document\"").count(), 100);
    assert!(
        page.contains("3100 errors</span> <span class=\"count sev-warning\">2800 warnings</span> <span class=\"count sev-info\">1700 infos</span> in 100 files"),
        "{}",
        &page[page.len().saturating_sub(3000)..]
    );
    assert!(page.ends_with("</html>\n"));
}
