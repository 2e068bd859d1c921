//! `kamerlint check` over a directory gives the same bytes, the same
//! errors and the same exit status on one thread and on several, in every
//! report format and with baselines.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Output;

/// A tree of answer lists whose walk order is not their path order
/// (`a/` is walked before `a-b.txt`, but "a-b.txt" < "a/..."), with a
/// file that cannot be read as a list (a PDF) and one without questions.
fn tree(name: &str) -> Workspace {
    let dir = workspace("parallel", name);
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let seed = std::fs::read(corpus.join("36180-164-beleidsagenda-buitenlandse-handel.txt"))
        .expect("seed");
    let errors = std::fs::read(corpus.join("voorbeeld-fouten.txt")).expect("sample");
    let clean = std::fs::read(corpus.join("voorbeeld-schoon.txt")).expect("sample");
    let files: [(&str, &[u8]); 8] = [
        ("lijsten/a/seed.txt", &seed),
        ("lijsten/a/fouten.txt", &errors),
        ("lijsten/a-b.txt", &errors),
        ("lijsten/b/c/schoon.txt", &clean),
        ("lijsten/b/fouten-2.txt", &errors),
        (
            "lijsten/b/scan.txt",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        ),
        ("lijsten/c.txt", b"Alleen wat tekst, geen vragen.\n"),
        ("lijsten/d.txt", &clean),
    ];
    for (path, bytes) in files {
        write(&dir, path, bytes);
    }
    dir
}

/// Every file below `dir`.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn same(a: &Output, b: &Output, what: &str) {
    assert_eq!(a.status.code(), b.status.code(), "{what}: exit status");
    assert_eq!(
        String::from_utf8_lossy(&a.stderr),
        String::from_utf8_lossy(&b.stderr),
        "{what}: errors"
    );
    assert!(a.stdout == b.stdout, "{what}: the reports differ");
}

#[test]
fn every_format_is_the_same_on_one_thread_and_on_four() {
    let dir = tree("formats");
    for format in ["compact", "human", "json", "github", "sarif", "html"] {
        let args = ["check", "lijsten", "--format", format];
        let one = kamerlint_with_env(&dir, &[&args[..], &["--threads", "1"]].concat(), &[]);
        let four = kamerlint_with_env(&dir, &[&args[..], &["--threads", "4"]].concat(), &[]);
        same(&one, &four, format);
        // The PDF is an error (status 2), named on standard error; the
        // other files are still reported.
        assert_eq!(one.status.code(), Some(2), "{format}");
        let errors = String::from_utf8_lossy(&one.stderr);
        assert!(errors.contains("lijsten/b/scan.txt"), "{format}: {errors}");
        assert!(!one.stdout.is_empty(), "{format}");
    }
}

#[test]
fn rayon_num_threads_sets_the_default() {
    let dir = tree("env");
    let args = ["check", "lijsten", "--format", "compact"];
    let one = kamerlint_with_env(&dir, &args, &[("RAYON_NUM_THREADS", "1")]);
    let four = kamerlint_with_env(&dir, &args, &[("RAYON_NUM_THREADS", "4")]);
    same(&one, &four, "RAYON_NUM_THREADS");
    // Sorted by path, not in the order of the walk.
    let text = String::from_utf8_lossy(&one.stdout);
    let files: Vec<&str> =
        text.lines()
            .filter_map(|l| l.split(':').next())
            .fold(Vec::new(), |mut seen, f| {
                if seen.last() != Some(&f) {
                    seen.push(f);
                }
                seen
            });
    let mut sorted = files.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(files, sorted);
    assert!(files.contains(&"lijsten/a-b.txt") && files.contains(&"lijsten/a/seed.txt"));
}

#[test]
fn baselines_are_the_same_on_one_thread_and_on_four() {
    let dir = tree("baseline");
    let write = |threads: &str, file: &str| {
        kamerlint_with_env(
            &dir,
            &[
                "check",
                "lijsten",
                "--write-baseline",
                file,
                "--threads",
                threads,
            ],
            &[],
        )
    };
    let four = write("4", "one.json");
    let on_four = std::fs::read(dir.join("one.json")).expect("baseline written");
    let one = write("1", "one.json");
    let on_one = std::fs::read(dir.join("one.json")).expect("baseline written");
    same(&one, &four, "--write-baseline");
    assert!(on_one == on_four, "the baselines differ");
    // The same as the baseline of all files at once.
    let mut results = Vec::new();
    for entry in walk(&dir.join("lijsten")) {
        let shown = entry
            .strip_prefix(&*dir)
            .expect("below")
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = std::fs::read(&entry).expect("read");
        if let Ok(result) = kamerlint::try_check_bytes(&shown, &bytes) {
            results.push(result);
        }
    }
    assert_eq!(results.len(), 7);
    assert_eq!(
        String::from_utf8_lossy(&on_one),
        kamerlint::baseline::Baseline::of(&results).to_json()
    );
    // Everything recorded is suppressed, file by file.
    for threads in ["1", "4"] {
        let o = kamerlint_with_env(
            &dir,
            &[
                "check",
                "lijsten",
                "--baseline",
                "one.json",
                "--format",
                "compact",
                "--threads",
                threads,
            ],
            &[],
        );
        assert_eq!(String::from_utf8_lossy(&o.stdout), "", "{threads} threads");
    }
}

#[test]
fn a_path_given_twice_is_reported_twice() {
    let dir = tree("twice");
    let args = [
        "check",
        "lijsten/a-b.txt",
        "lijsten/a-b.txt",
        "--format",
        "compact",
        "--fail-on",
        "never",
    ];
    let one = kamerlint_with_env(&dir, &[&args[..], &["--threads", "1"]].concat(), &[]);
    let four = kamerlint_with_env(&dir, &[&args[..], &["--threads", "4"]].concat(), &[]);
    same(&one, &four, "twice");
    let single = kamerlint_with_env(
        &dir,
        &["check", "lijsten/a-b.txt", "--format", "compact"],
        &[],
    );
    assert_eq!(
        one.stdout.len(),
        2 * single.stdout.len(),
        "every finding twice"
    );
}

#[test]
fn a_report_written_to_a_file_is_the_report_on_standard_output() {
    let dir = tree("output");
    for format in ["human", "json", "compact", "github"] {
        let args = ["check", "lijsten", "--format", format, "--threads", "2"];
        let printed = kamerlint_with_env(&dir, &args, &[]);
        let file = format!("rapport.{format}");
        let written = kamerlint_with_env(&dir, &[&args[..], &["--output", &file]].concat(), &[]);
        assert_eq!(written.status.code(), printed.status.code(), "{format}");
        assert!(written.stdout.is_empty(), "{format}");
        let text = std::fs::read(dir.join(&file)).expect("report written");
        assert!(text == printed.stdout, "{format}: the file differs");
    }
    // Only the reports: no temporary file is left beside them.
    let mut names: Vec<String> = std::fs::read_dir(&*dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "lijsten",
            "rapport.compact",
            "rapport.github",
            "rapport.human",
            "rapport.json"
        ]
    );
}

#[test]
fn many_files_are_written_in_order_batch_after_batch() {
    // More files than one batch of two threads holds, in directories whose
    // walk order is not their path order.
    let dir = tree("many");
    for i in 0..90 {
        let path = match i % 3 {
            0 => format!("veel/a/{i:02}.txt"),
            1 => format!("veel/a-{i:02}.txt"),
            _ => format!("veel/a.{i:02}/lijst.txt"),
        };
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
        let text = format!("{} Vraag over XXX?\nAntwoord {i} volgt, TODO.\n", 1 + i % 2);
        std::fs::write(path, text).expect("write");
    }
    for format in ["compact", "human", "json"] {
        let args = ["check", "veel", "--format", format];
        let one = kamerlint_with_env(&dir, &[&args[..], &["--threads", "1"]].concat(), &[]);
        let two = kamerlint_with_env(&dir, &[&args[..], &["--threads", "2"]].concat(), &[]);
        same(&one, &two, format);
        assert_eq!(one.status.code(), Some(1), "{format}");
    }
    let o = kamerlint_with_env(
        &dir,
        &["check", "veel", "--format", "compact", "-j", "3"],
        &[],
    );
    let text = String::from_utf8_lossy(&o.stdout);
    let files: Vec<&str> = text.lines().filter_map(|l| l.split(':').next()).collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted);
    sorted.dedup();
    assert_eq!(sorted.len(), 90);
}

/// `--threads 5000` on 50 files took 13 s (starting 5000 threads) instead
/// of half a second: the pool is capped at the files and at four threads
/// per core, and `--help` says so.
#[test]
fn a_huge_thread_count_is_capped() {
    let dir = workspace("parallel", "huge-threads");
    for i in 0..50 {
        write(&dir, &format!("l{i:02}.txt"), "1 Welke landen?\nGeen.\n");
    }
    let started = std::time::Instant::now();
    let o = kamerlint(
        &dir,
        &["check", ".", "--threads", "5000", "--format", "compact"],
    );
    let took = started.elapsed();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(took < std::time::Duration::from_secs(4), "took {took:?}");
    let help = stdout(&kamerlint(&dir, &["check", "--help"]));
    assert!(
        help.contains("Never more threads than files, nor more than 4 per core"),
        "{help}"
    );
}
