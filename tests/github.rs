//! `--format github` parses back: every workflow command is well formed,
//! its escaped properties and message decode to the finding of the JSON
//! report, multi-line findings have no columns, and the totals follow.

use std::process::Command;

use serde_json::Value;

fn run(format: &str, path: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_kamerlint"))
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", path, "--format", format, "--fail-on", "never"])
        .output()
        .expect("kamerlint runs");
    assert_eq!(output.status.code(), Some(0));
    String::from_utf8(output.stdout).expect("UTF-8")
}

fn unescape(text: &str) -> String {
    text.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

/// `::kind key=value,...::message`, decoded.
#[derive(Debug)]
struct Annotation {
    kind: String,
    properties: Vec<(String, String)>,
    message: String,
}

impl Annotation {
    fn get(&self, key: &str) -> Option<&str> {
        self.properties
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

fn parse(line: &str) -> Option<Annotation> {
    let rest = line.strip_prefix("::")?;
    let (head, message) = rest.split_once("::")?;
    let (kind, props) = head.split_once(' ')?;
    let mut properties = Vec::new();
    for prop in props.split(',') {
        let (k, v) = prop.split_once('=')?;
        // Escaped values hold no raw ',' or ':'.
        if v.contains([',', ':', '\n', '\r']) {
            return None;
        }
        properties.push((k.to_string(), unescape(v)));
    }
    if message.contains(['\n', '\r']) {
        return None;
    }
    Some(Annotation {
        kind: kind.to_string(),
        properties,
        message: unescape(message),
    })
}

#[test]
fn annotations_decode_to_the_json_findings() {
    let path = "corpus/36180-164-beleidsagenda-buitenlandse-handel.txt";
    let text = run("github", path);
    let json: Value = serde_json::from_str(&run("json", path)).expect("JSON");
    let diagnostics = json["diagnostics"].as_array().expect("diagnostics");
    let lines: Vec<&str> = text.lines().collect();
    let annotations: Vec<Annotation> = lines
        .iter()
        .filter(|l| l.starts_with("::"))
        .map(|l| parse(l).unwrap_or_else(|| panic!("malformed command: {l}")))
        .collect();
    assert_eq!(annotations.len(), diagnostics.len());
    for (a, d) in annotations.iter().zip(diagnostics) {
        let kind = match d["severity"].as_str() {
            Some("error") => "error",
            Some("warning") => "warning",
            _ => "notice",
        };
        assert_eq!(a.kind, kind);
        assert_eq!(a.get("file"), d["file"].as_str());
        assert_eq!(a.get("title"), d["rule"].as_str());
        assert_eq!(a.get("line"), Some(d["line"].to_string().as_str()));
        assert_eq!(a.get("endLine"), Some(d["end_line"].to_string().as_str()));
        if d["line"] == d["end_line"] {
            assert_eq!(a.get("col"), Some(d["column"].to_string().as_str()));
            assert_eq!(
                a.get("endColumn"),
                Some(d["end_column"].to_string().as_str())
            );
        } else {
            assert_eq!(a.get("col"), None, "no column on a multi-line finding");
            assert_eq!(a.get("endColumn"), None);
        }
        let (message, help) = a.message.split_once("\nhelp: ").unwrap_or((&a.message, ""));
        assert_eq!(Some(message), d["message"].as_str());
        assert_eq!(help, d["help"].as_str().unwrap_or(""));
    }
    let summary = lines
        .iter()
        .find(|l| l.starts_with("kamerlint: "))
        .expect("a summary line");
    let s = &json["summary"];
    assert_eq!(
        *summary,
        format!(
            "kamerlint: {} errors, {} warnings, {} infos in 1 file",
            s["errors"], s["warnings"], s["infos"]
        )
    );
}

#[test]
fn multi_line_findings_have_no_columns() {
    // The footnote text spans lines in the seed; at least one finding does.
    let text = run(
        "github",
        "corpus/36180-164-beleidsagenda-buitenlandse-handel.txt",
    );
    let multi: Vec<Annotation> = text
        .lines()
        .filter_map(parse)
        .filter(|a| a.get("line") != a.get("endLine"))
        .collect();
    assert!(!multi.is_empty());
    assert!(multi.iter().all(|a| a.get("col").is_none()));
}
