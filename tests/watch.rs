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
