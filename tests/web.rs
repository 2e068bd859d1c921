//! The page in `web/` (kamerlint compiled to WebAssembly) in a real browser.
//!
//! The test builds the page with the documented command
//! (`scripts/build-web.sh`, into a folder of its own), serves it from a
//! small HTTP server inside the test that records every request, and opens
//! it in headless Chromium with every connection to any other host sent to
//! that server too (it is the browser's proxy, for loopback as well), so
//! that nothing can leave unseen. A test page around it (`WRAPPER`) gives
//! the page each fixture as an editor would: dropped on it (a `drop` event
//! with the files), a `kamerlint.toml` among them, the committee's list
//! picked in its field, the language switched with its button. The page is
//! opened with `?selftest`, so each report it shows runs the report's own
//! self-test (every finding clicked: highlighted, scrolled into view,
//! focused). For each fixture the findings listed in the page (rule,
//! severity, line and column, message) must be those of
//! `kamerlint check --format json` on the same file, and no request may
//! have been made but the page's own load and the test page's.
//!
//! Fixtures: every file of the bundled corpus (the seed among them), alone
//! and all at once; every .docx of `tests/fixtures/docx/`; an official XML;
//! a configuration; a draft against the committee's list; the English
//! report; and a `kamerlint.toml` with rule folders, which the page must
//! refuse with a message.
//!
//! It also holds the page's WebAssembly to its size budget, gzip-compressed
//! ([`WASM_GZIP_BUDGET`]), checks the page's Content-Security-Policy, opens a
//! copy of the page from a file (a saved copy, offline) and takes the
//! README's picture.
//!
//! Nothing is installed here: without Chromium, or without the
//! `wasm-bindgen` command the build needs, the test says `skipped:` and how
//! to run it; `KAMERLINT_REQUIRE_BROWSER=1` (CI) turns that into a failure.
#![cfg(unix)]

mod common;
#[path = "web/server.rs"]
mod server;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

use common::browser;
use serde_json::{json, Value};
use server::{serve, Files};

/// The budget of the page's WebAssembly, gzip-compressed (level 6, gzip's
/// default, about what a web server sends): 2.6 MB. Measured on 6 December
/// 2026 at 2,365,455 bytes (7,145,491 raw: 2.8 MB of code and 4.5 MB of
/// data, 3.4 MB of which are the word lists, OpenTaal's Dutch and SCOWL's
/// English); the budget leaves 10 % for the rules to grow. The README ("In
/// the browser") states it.
const WASM_GZIP_BUDGET: usize = 2_600_000;

/// The page, built once for the tests of this file: `Ok` with its folder,
/// `Err` with why it could not be built (a missing tool: the tests skip).
fn page() -> &'static Result<PathBuf, String> {
    static PAGE: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    PAGE.get_or_init(|| {
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("web-dist");
        let output = Command::new("bash")
            .arg("scripts/build-web.sh")
            .arg(&out)
            .output()
            .expect("bash runs");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        match output.status.code() {
            Some(0) => Ok(out),
            // A missing tool (wasm-bindgen, the wasm32 target): said, not failed.
            Some(3) => Err(stderr.trim().replace('\n', " ")),
            _ => panic!("scripts/build-web.sh failed:\n{stderr}"),
        }
    })
}

/// The page's folder, or `None` with the skip said.
fn built(what: &str) -> Option<&'static Path> {
    match page() {
        Ok(dir) => Some(dir),
        Err(why) => {
            browser::skip(&format!(
                "{what}: the page cannot be built here ({why}); then run `cargo test --test web`"
            ));
            None
        }
    }
}

/// The bytes of standard base64 (the page's inlined WebAssembly).
fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            b'/' => 63,
            _ => panic!("not base64: {c}"),
        }
    };
    let digits: Vec<u8> = text
        .bytes()
        .filter(|c| !c.is_ascii_whitespace() && *c != b'=')
        .collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c) << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    out
}

/// The WebAssembly inlined in the page.
fn inlined_wasm(html: &str) -> Vec<u8> {
    let open = "<script type=\"application/octet-stream\" id=\"kamerlint-wasm\">";
    let start = html.find(open).expect("the inlined module") + open.len();
    let end = start + html[start..].find("</script>").expect("its end");
    base64_decode(&html[start..end])
}

fn gzip_len(bytes: &[u8]) -> usize {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    gz.write_all(bytes).expect("gzip");
    gz.finish().expect("gzip").len()
}

#[test]
fn the_pages_webassembly_keeps_to_its_size_budget() {
    let Some(dir) = built("the page's size budget") else {
        return;
    };
    let html = std::fs::read_to_string(dir.join("index.html")).expect("the page");
    let wasm = inlined_wasm(&html);
    assert!(
        wasm.starts_with(b"\0asm"),
        "the inlined module is WebAssembly"
    );
    let compressed = gzip_len(&wasm);
    eprintln!(
        "the page: {} bytes ({} gzipped); its WebAssembly: {} bytes ({compressed} gzipped; budget {WASM_GZIP_BUDGET})",
        html.len(),
        gzip_len(html.as_bytes()),
        wasm.len()
    );
    assert!(
        compressed <= WASM_GZIP_BUDGET,
        "the page's WebAssembly is {compressed} bytes gzipped, over its budget of {WASM_GZIP_BUDGET}: \
         make it smaller, or raise the budget here and in the README with the reason"
    );
}

#[test]
fn the_page_loads_nothing_and_says_so() {
    let Some(dir) = built("the page's policy") else {
        return;
    };
    let html = std::fs::read_to_string(dir.join("index.html")).expect("the page");
    let csp_start = html
        .find("http-equiv=\"Content-Security-Policy\" content=\"")
        .expect("a Content-Security-Policy");
    let csp = &html[csp_start..];
    let csp = &csp[csp.find("content=\"").expect("content") + 9..];
    let csp = &csp[..csp.find('"').expect("end")];
    for directive in [
        "default-src 'none'",
        "connect-src 'none'",
        "form-action 'none'",
    ] {
        assert!(csp.contains(directive), "{directive} missing in {csp}");
    }
    assert!(!csp.contains("http"), "{csp}");
    // Nothing is loaded from elsewhere, and the page says the document stays.
    for external in ["src=\"http", "href=\"http", "@import", "url(http"] {
        assert!(!html.contains(external), "{external} in the page");
    }
    assert!(html.contains("Uw document blijft op deze computer."));
    assert!(html.contains("Your document stays on this computer."));
}

/// A saved copy works: the page opened from a file (`file://`, as after
/// "Pagina bewaren" and a double-click), with no flags that loosen what a
/// file may load, starts its checker.
#[test]
fn the_page_starts_from_a_saved_copy() {
    let Some(chromium) = browser::chromium() else {
        browser::skip(
            "the saved page in a browser: no Chromium on PATH; run it with \
             `bash scripts/install-chromium.sh` (Debian, needs root or sudo) or \
             KAMERLINT_CHROMIUM=/path/to/chromium, then `cargo test --test web`",
        );
        return;
    };
    let Some(dir) = built("the saved page in a browser") else {
        return;
    };
    let copy = common::workspace("web", "saved");
    std::fs::copy(dir.join("index.html"), copy.join("kamerlint.html")).expect("a copy");
    let url = format!("file://{}", copy.join("kamerlint.html").display());
    let dom = browser::browse(
        &chromium,
        &url,
        &["--virtual-time-budget=20000", "--dump-dom"],
    );
    assert!(
        dom.contains("<body data-state=\"ready\""),
        "{}",
        &dom[..dom.len().min(3000)]
    );
    assert!(dom.contains("rule set"), "the checker's version is shown");
}

/// The page as an editor sees it, for the README's picture: the seed
/// dropped on it, the first finding chosen. The picture is taken when the
/// test page has loaded, which its image `/hold` delays until then.
const SHOT: &str = include_str!("web/shot.html");

/// The test page: opens the page in a frame once per case, gives it the
/// case's files as an editor would, reads what the page shows, and posts
/// it all to `/result`.
const WRAPPER: &str = include_str!("web/wrapper.html");

/// One thing the page is given.
struct Case {
    name: String,
    documents: Vec<String>,
    /// A kamerlint.toml's text, dropped with the documents.
    config: Option<&'static str>,
    /// The committee's list, picked in its field.
    questions: Option<String>,
    /// The language switched to English after the first report.
    english: bool,
}

impl Case {
    fn of(name: &str, documents: &[&str]) -> Case {
        Case {
            name: name.to_string(),
            documents: documents.iter().map(|d| d.to_string()).collect(),
            config: None,
            questions: None,
            english: false,
        }
    }
}

const CONFIG: &str =
    "profile = \"final\"\n\n[rules]\n\"footnote/undefined\" = \"info\"\nstyle = \"off\"\n";
const FOLDERS: &str = "rule-folders = [\"regels-van-de-directie\"]\n";

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut corpus: Vec<String> = std::fs::read_dir("corpus")
        .expect("the corpus")
        .map(|e| e.expect("entry").path().display().to_string())
        .collect();
    corpus.sort();
    assert!(corpus.iter().any(|c| c == common::SEED), "{corpus:?}");
    for file in &corpus {
        cases.push(Case::of(file, &[file]));
    }
    let all: Vec<&str> = corpus.iter().map(String::as_str).collect();
    cases.push(Case::of("the corpus at once", &all));
    let mut docx = Vec::new();
    for dir in ["tests/fixtures/docx", "tests/fixtures/docx/defects"] {
        for entry in std::fs::read_dir(dir).expect("the .docx fixtures") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "docx") {
                docx.push(path.display().to_string());
            }
        }
    }
    docx.sort();
    assert!(docx.len() >= 13, "{docx:?}");
    for file in &docx {
        cases.push(Case::of(file, &[file]));
    }
    cases.push(Case::of(
        "tests/fixtures/xml/vraag-antwoord.xml",
        &["tests/fixtures/xml/vraag-antwoord.xml"],
    ));
    cases.push(Case {
        config: Some(CONFIG),
        ..Case::of("the seed with a kamerlint.toml", &[common::SEED])
    });
    cases.push(Case {
        questions: Some(
            "tests/fixtures/rules/draft/question-changed/trigger-word.questions.txt".into(),
        ),
        ..Case::of(
            "a draft against the committee's list",
            &["tests/fixtures/rules/draft/question-changed/trigger-word.txt"],
        )
    });
    cases.push(Case {
        english: true,
        ..Case::of("in English", &["tests/fixtures/docx/seed-part.docx"])
    });
    cases.push(Case {
        config: Some(FOLDERS),
        ..Case::of("a kamerlint.toml with rule folders", &[common::SEED])
    });
    cases
}

fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A finding as (file, rule, severity, line, column, message).
type Shown = (String, String, String, u64, u64, String);

/// What `kamerlint check --format json` finds in the case's files.
fn cli_findings(case: &Case, workspace: &Path) -> Vec<Shown> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kamerlint"));
    command
        .env_remove("KAMERLINT_LANG")
        .args(["check", "--format", "json", "--fail-on", "never", "--lang"])
        .arg(if case.english { "en" } else { "nl" });
    if let Some(config) = case.config {
        let path = workspace.join("kamerlint.toml");
        std::fs::write(&path, config).expect("the configuration");
        command.arg("--config").arg(path);
    }
    if let Some(list) = &case.questions {
        command.arg("--questions").arg(list);
    }
    let output = command.args(&case.documents).output().expect("kamerlint");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "{}: {e}: {}",
            case.name,
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let diagnostics = report["diagnostics"].as_array().expect("diagnostics");
    let mut found: Vec<Shown> = diagnostics
        .iter()
        .map(|d| {
            (
                file_name(d["file"].as_str().expect("file")),
                d["rule"].as_str().expect("rule").to_string(),
                d["severity"].as_str().expect("severity").to_string(),
                d["line"].as_u64().expect("line"),
                d["column"].as_u64().expect("column"),
                // As the report's text shows it (`report::html::escape`).
                d["message"]
                    .as_str()
                    .expect("message")
                    .replace('\t', "    ")
                    .replace('\r', ""),
            )
        })
        .collect();
    found.sort();
    found
}

/// The findings the page lists, from the test page's result.
fn page_findings(case: &Case, shown: &Value) -> Vec<Shown> {
    let mut found: Vec<Shown> = shown["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("{}: no findings listed: {shown}", case.name))
        .iter()
        .map(|f| {
            // "line:column", or "file:line:column" on a page of several files.
            let pos = f["pos"].as_str().expect("pos");
            let mut parts = pos.rsplitn(3, ':');
            let column = parts.next().and_then(|c| c.parse().ok()).expect("column");
            let line = parts.next().and_then(|l| l.parse().ok()).expect("line");
            let file = parts
                .next()
                .map_or_else(|| file_name(&case.documents[0]), str::to_string);
            (
                file,
                f["rule"].as_str().expect("rule").to_string(),
                f["severity"].as_str().expect("severity").to_string(),
                line,
                column,
                f["message"].as_str().expect("message").to_string(),
            )
        })
        .collect();
    found.sort();
    found
}

#[test]
fn the_page_shows_the_clis_findings_and_sends_nothing() {
    let Some(chromium) = browser::chromium() else {
        browser::skip(
            "the page in a browser: no Chromium on PATH; run it with \
             `bash scripts/install-chromium.sh` (Debian, needs root or sudo) or \
             KAMERLINT_CHROMIUM=/path/to/chromium, then `cargo test --test web`",
        );
        return;
    };
    let Some(dir) = built("the page in a browser") else {
        return;
    };
    let cases = cases();
    let mut files: Files = BTreeMap::new();
    files.insert(
        "/index.html".into(),
        (
            std::fs::read(dir.join("index.html")).expect("the page"),
            "text/html; charset=utf-8",
        ),
    );
    let mut fixture = |path: &str, bytes: Vec<u8>| -> Value {
        let url = format!("/fixture/{}", files.len());
        files.insert(url.clone(), (bytes, "application/octet-stream"));
        json!({ "name": file_name(path), "url": url })
    };
    let mut given = Vec::new();
    let mut seed = Value::Null;
    for case in &cases {
        let read = |p: &str| std::fs::read(p).unwrap_or_else(|e| panic!("{p}: {e}"));
        let documents: Vec<Value> = case.documents.iter().map(|d| fixture(d, read(d))).collect();
        let config = case
            .config
            .map(|text| fixture("kamerlint.toml", text.as_bytes().to_vec()));
        let questions = case.questions.as_deref().map(|q| fixture(q, read(q)));
        if case.name == common::SEED {
            seed = documents[0].clone();
        }
        given.push(json!({
            "name": case.name, "documents": documents, "config": config,
            "questions": questions, "english": case.english,
        }));
    }
    let wrapper = WRAPPER.replace("__CASES__", &Value::from(given).to_string());
    files.insert(
        "/".into(),
        (wrapper.into_bytes(), "text/html; charset=utf-8"),
    );
    let shot = SHOT.replace("__SEED__", &seed.to_string());
    files.insert(
        "/shot".into(),
        (shot.into_bytes(), "text/html; charset=utf-8"),
    );
    let fixtures: Vec<String> = files
        .keys()
        .filter(|k| k.starts_with("/fixture/"))
        .cloned()
        .collect();
    let server = serve(files);

    // Every request, to any host and to loopback too, goes through the
    // test's server: it is the browser's proxy.
    let proxy = format!("--proxy-server=http://127.0.0.1:{}", server.port);
    let flags = [
        proxy.as_str(),
        "--proxy-bypass-list=<-loopback>",
        // The browser's own background requests, not the page's, which
        // would reach the proxy too: its clock (network time), and what a
        // browser for people fetches on the side.
        "--disable-features=NetworkTimeServiceQuerying,Translate,MediaRouter,OptimizationHints",
        "--disable-client-side-phishing-detection",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-field-trial-config",
        "--metrics-recording-only",
        "--no-pings",
    ];
    let tag = "web";
    let child = browser::start(
        &chromium,
        &format!("http://127.0.0.1:{}/", server.port),
        &[&flags[..], &["--window-size=1300,950"]].concat(),
        tag,
    );
    let result = server.result.recv_timeout(Duration::from_secs(600));
    browser::stop(child, tag);
    let result = result.expect("the test page posted its result within 10 minutes");
    let results: Vec<Value> = serde_json::from_str(&result).expect("the result is JSON");
    if let Some(error) = results.iter().find_map(|r| r.get("error")) {
        panic!("the test page stopped: {error}");
    }
    assert_eq!(results.len(), cases.len(), "{result}");

    // The README's picture: the seed checked, a finding chosen.
    // `KAMERLINT_UPDATE_DOCS=1` writes it to docs/web-page.png.
    let shot = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("web-page.png");
    let _ = std::fs::remove_file(&shot);
    let screenshot = format!("--screenshot={}", shot.display());
    browser::browse(
        &chromium,
        &format!("http://127.0.0.1:{}/shot", server.port),
        &[&flags[..], &["--window-size=1400,860", &screenshot]].concat(),
    );
    let png = std::fs::read(&shot).expect("a screenshot was saved");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "{} bytes",
        png.len()
    );
    if std::env::var_os("KAMERLINT_UPDATE_DOCS").is_some_and(|v| v == "1") {
        std::fs::write("docs/web-page.png", &png).expect("docs/web-page.png");
    }

    let workspace = common::workspace("web", "cli");
    for (case, shown) in cases.iter().zip(&results) {
        assert_eq!(shown["name"], case.name.as_str());
        assert!(shown.get("failed").is_none(), "{}: {shown}", case.name);
        assert!(
            shown["privacy"]
                .as_str()
                .is_some_and(|p| p.contains("blijft op deze computer")
                    || p.contains("stays on this computer")),
            "{shown}"
        );
        assert_eq!(
            shown["probe"], "refused",
            "{}: the page could connect",
            case.name
        );
        if case.config == Some(FOLDERS) {
            assert_eq!(shown["report"], false, "{shown}");
            let problem = shown["problems"][0]["text"].as_str().unwrap_or("");
            assert!(
                problem.contains("regelmappen") && problem.contains("regels-van-de-directie"),
                "{shown}"
            );
            continue;
        }
        let expected = cli_findings(case, &workspace);
        let listed = page_findings(case, shown);
        assert!(
            !expected.is_empty() || case.name.contains("clean"),
            "{}",
            case.name
        );
        assert_eq!(listed.len(), expected.len(), "{}: count", case.name);
        for (l, e) in listed.iter().zip(&expected) {
            assert_eq!(l, e, "{}", case.name);
        }
        // The report's own self-test: every finding clicked, highlighted,
        // scrolled into view and focused.
        let test = &shown["selftest"];
        assert_eq!(test["findings"], expected.len(), "{}: {test}", case.name);
        for key in ["listed", "anchored", "visible", "clicked"] {
            assert_eq!(
                test[key], test["findings"],
                "{}: {key} in {test}",
                case.name
            );
        }
        // Every related place on the page is linked both ways; one in
        // another document (the committee's list) is named, not linked, and
        // not clicked.
        assert_eq!(
            test["failures"],
            serde_json::json!([]),
            "{}: {test}",
            case.name
        );
        assert_eq!(test["related_ok"], test["related"], "{}: {test}", case.name);
        assert_eq!(shown["selftest_pass"], "pass", "{}", case.name);
        eprintln!("{}: {}", case.name, shown["status"].as_str().unwrap_or(""));
        let lang = if case.english { "en" } else { "nl" };
        assert_eq!(shown["lang"], lang, "{}", case.name);
        if case.questions.is_some() {
            assert!(
                listed.iter().any(|f| f.1.starts_with("draft/")),
                "{}: {listed:?}",
                case.name
            );
        }
    }

    // Only the test page and what it asked for, and the page itself: no
    // request from the page, to no host. The browser's own requests to
    // its maker's services (its clock, updates, accounts: Debian's build
    // carries Google's API keys, and no flag silences them all) are not
    // the page's: they are listed, not failed. The page could not reach
    // those hosts either (the probe above: its policy refuses connections).
    let requests = server.requests();
    let pages = requests
        .iter()
        .filter(|r| r.target == "/index.html?selftest")
        .count();
    assert_eq!(pages, cases.len(), "{requests:#?}");
    let shown_once = ["/shot", "/index.html", "/hold"];
    let mut browsers_own = Vec::new();
    let mut unexpected = Vec::new();
    for r in &requests {
        let expected = r.here
            && match r.method.as_str() {
                "GET" => {
                    r.target == "/"
                        || r.target == "/index.html?selftest"
                        || fixtures.contains(&r.target)
                        || shown_once.contains(&r.target.as_str())
                }
                "POST" => r.target == "/result" || r.target == "/shown",
                _ => false,
            };
        if expected {
            continue;
        }
        if !r.here && browser_service(&r.target) {
            browsers_own.push(format!("{} {}", r.method, host(&r.target)));
        } else {
            unexpected.push(r);
        }
    }
    if !browsers_own.is_empty() {
        browsers_own.sort();
        browsers_own.dedup();
        eprintln!(
            "the browser's own requests (not the page's): {}",
            browsers_own.join(", ")
        );
    }
    assert!(
        unexpected.is_empty(),
        "unexpected requests: {unexpected:#?}\nall: {requests:#?}"
    );
}

/// The host a proxied request is for: "host:443" of a CONNECT, or the
/// host of an absolute URL.
fn host(target: &str) -> &str {
    let rest = target
        .strip_prefix("http://")
        .or_else(|| target.strip_prefix("https://"))
        .unwrap_or(target);
    let host = rest.split(['/', '?']).next().unwrap_or("");
    host.rsplit_once(':').map_or(host, |(h, _)| h)
}

/// Whether a request to another host is for the browser's maker's
/// services (Chromium talks to Google's), which the browser makes itself.
fn browser_service(target: &str) -> bool {
    let host = host(target);
    ["google.com", "googleapis.com", "gstatic.com", "gvt1.com"]
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")))
}
