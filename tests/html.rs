//! The HTML report in a real browser: headless Chromium opens the report of
//! the seed (and of a .docx) with `?selftest`, which makes the page click
//! every finding in its side list and check that the highlight is rendered,
//! scrolled into view and focused, that every related location is reachable
//! and leads back, and that clicking a highlight selects its finding. The
//! result is read from the DOM; a screenshot is saved beside it.
//!
//! The test never installs anything: it uses `KAMERLINT_CHROMIUM` or a
//! Chromium on PATH, and without one prints a visible "skipped" line saying
//! how to run it (`scripts/install-chromium.sh` installs Debian's). `.ci/run`
//! installs Chromium first and sets `KAMERLINT_REQUIRE_BROWSER=1`, so CI
//! fails rather than skips. `KAMERLINT_SKIP_BROWSER=1` skips it outright
//! (`tests/common/browser.rs`, shared with the page's test, `tests/web.rs`).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::browser::{browse, chromium};
use serde_json::Value;

/// The report of `input` written to `out`: with `--output`, or (for a
/// directory) from standard output, where the page is written file by file.
fn report(input: &str, out: &Path) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kamerlint"));
    command.args(["check", "--format", "html", "--fail-on", "never"]);
    if Path::new(input).is_dir() {
        let output = command.arg(input).output().expect("kamerlint runs");
        assert!(output.status.success());
        std::fs::write(out, &output.stdout).expect("page written");
    } else {
        let status = command
            .arg("--output")
            .arg(out)
            .arg(input)
            .status()
            .expect("kamerlint runs");
        assert!(status.success());
    }
}

#[test]
fn reports_open_in_chromium_with_every_finding_visible_and_clickable() {
    let Some(browser) = chromium() else {
        common::browser::skip(
            "the HTML report in a browser: no Chromium on PATH; run it with \
             `bash scripts/install-chromium.sh` (Debian, needs root or sudo) or \
             KAMERLINT_CHROMIUM=/path/to/chromium, then `cargo test --test html`",
        );
        return;
    };
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("html-report");
    std::fs::create_dir_all(&dir).expect("output directory");
    for (input, name, min_findings) in [
        (
            "corpus/36180-164-beleidsagenda-buitenlandse-handel.txt",
            "seed",
            28,
        ),
        ("tests/fixtures/docx/seed-part.docx", "seed-part-docx", 3),
        ("tests/fixtures/xml/vraag-antwoord.xml", "xml", 4),
        // Three files on one page, written file by file to standard output.
        ("corpus", "corpus-streamed", 40),
    ] {
        let page = dir.join(format!("{name}.html"));
        report(input, &page);
        let abs = std::fs::canonicalize(&page).expect("page");
        let url = format!("file://{}?selftest", abs.display());
        let dom = browse(
            &browser,
            &url,
            &["--virtual-time-budget=5000", "--dump-dom"],
        );
        let start = dom.find("<pre id=\"selftest-result\">").unwrap_or_else(|| {
            panic!(
                "{name}: no selftest result in the page:\n{}",
                &dom[..dom.len().min(2000)]
            )
        });
        let rest = &dom[start + "<pre id=\"selftest-result\">".len()..];
        let json = &rest[..rest.find("</pre>").expect("end of result")];
        let json = json.replace("&quot;", "\"").replace("&amp;", "&");
        let result: Value = serde_json::from_str(&json).expect("selftest JSON");
        let n = result["findings"].as_u64().expect("findings");
        assert!(n >= min_findings, "{name}: {result}");
        for key in ["listed", "anchored", "visible", "clicked"] {
            assert_eq!(result[key], n, "{name}: {key} in {result}");
        }
        assert_eq!(result["related_ok"], result["related"], "{name}: {result}");
        assert_eq!(result["back_from_text"], true, "{name}: {result}");
        assert_eq!(
            result["failures"],
            serde_json::json!([]),
            "{name}: {result}"
        );
        assert!(dom.contains("data-selftest=\"pass\""), "{name}");

        let shot = dir.join(format!("{name}.png"));
        let _ = std::fs::remove_file(&shot);
        // The page as a reader first sees it (the selftest ends wherever
        // its last click left the page).
        let plain = format!("file://{}", abs.display());
        browse(
            &browser,
            &plain,
            &[
                "--virtual-time-budget=5000",
                "--window-size=1400,900",
                &format!("--screenshot={}", shot.display()),
            ],
        );
        let png = std::fs::read(&shot).expect("a screenshot was saved");
        assert!(
            png.starts_with(b"\x89PNG") && png.len() > 20_000,
            "{name}: {} bytes",
            png.len()
        );
    }
}
