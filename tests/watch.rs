//! `kamerlint watch`: a saved draft is checked again and the HTML report is
//! rewritten, with the version file the open page polls to reload itself.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

#[test]
fn a_saved_draft_is_checked_again_and_the_report_rewritten() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("watch");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let draft = dir.join("lijst.docx");
    let report = dir.join("rapport.html");
    let version = dir.join("rapport.html.version.js");
    std::fs::copy("tests/fixtures/docx/defects/clean.docx", &draft).expect("copy");

    let mut child = Command::new(env!("CARGO_BIN_EXE_kamerlint"))
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .arg("watch")
        .arg(&draft)
        .arg("--html")
        .arg(&report)
        .args(["--interval", "50", "--checks", "2"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("kamerlint watch starts");

    wait_for("the first report", || {
        read(&version).contains("kamerlintVersion")
    });
    let first = read(&report);
    let first_version = read(&version);
    assert!(first.contains("kamerlint-data"), "an HTML report");
    assert!(!first.contains("xref/missing-target"));
    assert!(first.contains("\"reload\":\"rapport.html.version.js\""));

    // "Save" the draft with a defect, as Word does: a new file renamed over it.
    let saved = dir.join("~lijst.tmp");
    std::fs::copy("tests/fixtures/docx/defects/unknown-question.docx", &saved).expect("copy");
    std::fs::rename(&saved, &draft).expect("rename");

    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("kamerlint watch did not see the save");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success());
    let mut out = String::new();
    if let Some(mut stdout) = child.stdout.take() {
        let _ = std::io::Read::read_to_string(&mut stdout, &mut out);
    }
    assert!(out.contains("xref/missing-target"), "{out}");
    assert!(read(&report).contains("xref/missing-target"));
    assert_ne!(read(&version), first_version, "the page sees a new version");
}

/// Collects what a child writes to a pipe, as it writes it.
fn collect(pipe: impl std::io::Read + Send + 'static) -> std::sync::Arc<std::sync::Mutex<String>> {
    let seen = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let into = seen.clone();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(pipe).lines().map_while(Result::ok) {
            if let Ok(mut s) = into.lock() {
                s.push_str(&line);
                s.push('\n');
            }
        }
    });
    seen
}

fn text(seen: &std::sync::Arc<std::sync::Mutex<String>>) -> String {
    seen.lock().map(|s| s.clone()).unwrap_or_default()
}

/// watch reads kamerlint.toml again when it changes (a broken one is
/// reported and the last good one kept), says when the file is deleted,
/// and stamps each check with the time; it refuses a directory instead of
/// retrying for ever.
#[test]
fn configuration_changes_deletion_and_directories() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("watch-config");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let draft = dir.join("lijst.txt");
    let list = "1 Welke landen?\nGeen. XXX\n";
    std::fs::write(&draft, list).expect("draft");
    let toml = dir.join("kamerlint.toml");
    std::fs::write(&toml, "[rules]\n\"placeholder/marker\" = \"off\"\n").expect("toml");

    let mut child = Command::new(env!("CARGO_BIN_EXE_kamerlint"))
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .current_dir(&dir)
        .args(["watch", "lijst.txt", "--interval", "50", "--checks", "3"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kamerlint watch starts");
    let out = collect(child.stdout.take().expect("stdout"));
    let err = collect(child.stderr.take().expect("stderr"));
    wait_for("the first check", || text(&out).contains("(checked at "));
    assert!(!text(&out).contains("placeholder/marker"), "{}", text(&out));
    let stamp = text(&out);
    let stamp = stamp.split("(checked at ").nth(1).unwrap_or("");
    assert!(
        stamp.len() > 12 && stamp[8..].starts_with(" UTC)"),
        "{stamp}"
    );

    // A broken configuration: said, and the last good one kept.
    std::fs::write(&toml, "[rules]\n\"placeholder/markers\" = \"off\"\n").expect("toml");
    wait_for("the configuration error", || {
        text(&err).contains("keeping the last configuration that worked")
    });
    assert!(text(&err).contains("placeholder/markers"), "{}", text(&err));

    // The draft deleted, then back: said, and checked again.
    std::fs::remove_file(&draft).expect("rm");
    wait_for("the deletion", || {
        text(&err).contains("lijst.txt was deleted")
    });
    std::fs::write(&draft, list).expect("draft");
    wait_for("the second check", || {
        text(&out).matches("(checked at ").count() >= 2
    });

    // A good configuration again, with the placeholder rule on.
    std::fs::write(&toml, "profile = \"final\"\n").expect("toml");
    wait_for("the third check", || {
        text(&out).contains("placeholder/marker")
    });
    assert!(
        text(&err).contains("configuration read again"),
        "{}",
        text(&err)
    );
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "watch did not stop"
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    // A directory is refused at once.
    let o = Command::new(env!("CARGO_BIN_EXE_kamerlint"))
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .args(["watch"])
        .arg(&dir)
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is a directory; watch follows one file"));
}

/// `watch --questions LIST` compares every saved version with the
/// committee's list; `--checks 1` stops after the first check.
#[test]
fn watch_compares_the_draft_with_the_committees_list() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("watch-questions");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let fixtures = Path::new("tests/fixtures/rules/draft/missing-question");
    let draft = dir.join("concept.txt");
    let list = dir.join("vragen.txt");
    std::fs::copy(fixtures.join("trigger-left-out.txt"), &draft).expect("copy");
    std::fs::copy(fixtures.join("trigger-left-out.questions.txt"), &list).expect("copy");
    let output = Command::new(env!("CARGO_BIN_EXE_kamerlint"))
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .arg("watch")
        .arg(&draft)
        .arg("--questions")
        .arg(&list)
        .args(["--interval", "50", "--checks", "1"])
        .output()
        .expect("kamerlint watch runs");
    assert!(output.status.success());
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains("draft/missing-question"), "{out}");
    assert!(out.contains("question 2 of the committee's list"), "{out}");
}
