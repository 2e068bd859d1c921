//! The SARIF 2.1.0 report (`--format sarif`), for code scanning in CI.
//!
//! One run with kamerlint as the driver; every rule in force is listed once
//! in `tool.driver.rules` (description, help with the examples, default
//! level) and results refer to it by `ruleId` and `ruleIndex`. Each result
//! has its location (columns in Unicode code points, end exclusive), a
//! `relatedLocations` entry for every related place, the semantic
//! fingerprint of [`crate::baseline`] as `partialFingerprints`, and a fix
//! where kamerlint has a certain replacement. Validated against the
//! OASIS schema in `tests/sarif-schema-2.1.0.json`.

use std::collections::BTreeMap;

use serde::Serialize;

use super::reporter::{Part, Reporter};
use super::{one_line, sorted, Item, Totals};
use crate::baseline;
use crate::diagnostic::Severity;
use crate::document::{Document, Span};
use crate::lang::Msg;
use crate::rules::set::RuleSet;
use crate::rules::RuleInfo;
use crate::FileResult;

/// The key of kamerlint's fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "kamerlint/v1";

const HELP: Msg = Msg::new("hulp:", "help:");
const DELETE: Msg = Msg::new("verwijder de tekst", "delete the text");
const REPLACE: Msg = Msg::new("vervang door “{text}”", "replace with “{text}”");

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    /// The language of the messages (SARIF's `run.language`, RFC 5646).
    language: &'static str,
    invocations: Vec<Invocation>,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Descriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

/// An error that made kamerlint exit with 2: a file it could not read, a
/// path with nothing to check, a configuration error.
#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor {
    id: String,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
    properties: DescriptorProperties,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct DescriptorProperties {
    tags: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    /// For a rule the log has to describe itself (not in force).
    #[serde(skip)]
    severity: Severity,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<SarifFix>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<ResultProperties>,
}

#[derive(Serialize)]
struct ResultProperties {
    question: u32,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix {
    description: Text,
    artifact_changes: Vec<ArtifactChange>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    inserted_content: Text,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn region(document: &Document, span: Span) -> Region {
    let start = document.line_col(span.start);
    let end = document.line_col(span.end);
    Region {
        start_line: start.line,
        start_column: start.column,
        end_line: end.line,
        end_column: end.column,
    }
}

/// A path as a relative URI reference: '/' kept, everything outside the
/// unreserved characters percent-encoded.
pub fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn descriptor(rule: &RuleInfo) -> Descriptor {
    let mut text = format!("{}\n", rule.explanation.text().trim());
    let mut markdown = format!("{}\n", rule.explanation.text().trim());
    use crate::rules::docs::{BAD, GOOD};
    for (label, examples) in [(BAD, &rule.bad), (GOOD, &rule.good)] {
        for example in examples {
            let body = example.text.trim_matches(['\n', '\r']);
            text.push_str(&format!("\n{label}:\n{body}\n"));
            markdown.push_str(&format!("\n**{label}:**\n\n```text\n{body}\n```\n"));
        }
    }
    Descriptor {
        id: rule.id.to_string(),
        short_description: Text {
            text: rule.summary.to_string(),
        },
        full_description: Text {
            text: rule.explanation.text().trim().to_string(),
        },
        help: Help { text, markdown },
        default_configuration: Configuration {
            level: level(rule.severity.draft),
        },
        properties: DescriptorProperties {
            tags: vec![rule.category().to_string()],
        },
    }
}

fn result(item: &Item<'_>, index: usize) -> SarifResult<'static> {
    let d = item.diagnostic;
    let uri = uri(item.file);
    let location = |span: Span, id: Option<usize>, message: Option<String>| Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri: uri.clone() },
            region: region(item.document, span),
        },
        message: message.map(|text| Text { text }),
    };
    let mut message = one_line(&d.message);
    if let Some(help) = &d.help {
        message.push_str(&format!(" ({} {})", HELP.text(), one_line(help)));
    }
    let fixes = d
        .fix
        .iter()
        .map(|fix| SarifFix {
            description: Text {
                text: if fix.replacement.is_empty() {
                    DELETE.to_string()
                } else {
                    REPLACE.say(&[("text", &fix.replacement)])
                },
            },
            artifact_changes: vec![ArtifactChange {
                artifact_location: ArtifactLocation { uri: uri.clone() },
                replacements: vec![Replacement {
                    deleted_region: region(item.document, fix.span),
                    inserted_content: Text {
                        text: fix.replacement.clone(),
                    },
                }],
            }],
        })
        .collect();
    SarifResult {
        rule_id: d.rule,
        rule_index: index,
        severity: d.severity,
        level: level(d.severity),
        message: Text { text: message },
        locations: vec![location(d.span, None, None)],
        related_locations: d
            .related
            .iter()
            .enumerate()
            .map(|(i, r)| match &r.file {
                // A place in another document: the committee's list, the
                // previous version.
                Some(other) => Location {
                    id: Some(i + 1),
                    physical_location: PhysicalLocation {
                        artifact_location: ArtifactLocation {
                            uri: self::uri(&other.path),
                        },
                        region: region(other, r.span),
                    },
                    message: Some(Text {
                        text: one_line(&r.message),
                    }),
                },
                None => location(r.span, Some(i + 1), Some(one_line(&r.message))),
            })
            .collect(),
        partial_fingerprints: BTreeMap::from([(
            FINGERPRINT_KEY,
            baseline::fingerprint(d, item.document),
        )]),
        fixes,
        properties: d.question.map(|question| ResultProperties { question }),
    }
}

/// The rules a log lists: those in force, and every rule the
/// configurations know, for a result of a rule that is not in force (one
/// that is always on, such as `format/invalid-encoding`).
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub in_force: Vec<RuleInfo>,
    pub known: Vec<RuleInfo>,
}

impl Catalog {
    /// The catalog of the rule sets of the configurations a run used.
    pub fn of<'a>(sets: impl IntoIterator<Item = &'a RuleSet>) -> Catalog {
        let mut catalog = Catalog::default();
        for set in sets {
            catalog.in_force.extend(set.infos_in_force());
            catalog.known.extend(set.infos());
        }
        catalog
    }
}

/// The SARIF log of `results` (every rule in force is listed, and every
/// rule a result names).
pub fn render(results: &[FileResult], rules: &Catalog) -> serde_json::Result<String> {
    render_with_errors(results, rules, &[])
}

/// The SARIF log of `results` and of the `errors` that make the run exit
/// with 2 (its invocation then says `executionSuccessful: false` and lists
/// them). With no results at all (a configuration error, nothing to check)
/// it is still a valid log, for code scanning to show the failure.
pub fn render_with_errors(
    results: &[FileResult],
    rules: &Catalog,
    errors: &[String],
) -> serde_json::Result<String> {
    Ok(super::reporter::render(
        Box::new(Sarif::new(rules.clone())),
        results,
        errors,
    ))
}

/// The SARIF report. Its rule list and invocation need every file's
/// findings, so it keeps each file's results (not its document) until the
/// end, rendered on the thread that checked the file.
pub struct Sarif {
    rules: Catalog,
    results: Vec<SarifResult<'static>>,
}

impl Sarif {
    pub fn new(rules: Catalog) -> Self {
        Sarif {
            rules,
            results: Vec::new(),
        }
    }
}

impl Reporter for Sarif {
    fn part(&self, results: &[FileResult]) -> Part {
        let items = sorted(results);
        let rendered: Vec<SarifResult<'static>> =
            items.iter().map(|item| result(item, 0)).collect();
        Part::new(results, String::new()).holding(rendered)
    }

    fn write(&mut self, mut part: Part, _out: &mut dyn std::io::Write) -> std::io::Result<()> {
        if let Some(rendered) = part.take::<Vec<SarifResult<'static>>>() {
            self.results.extend(rendered);
        }
        Ok(())
    }

    fn finish(
        &mut self,
        _totals: &Totals,
        errors: &[String],
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let log = assemble(std::mem::take(&mut self.results), &self.rules, errors)?;
        out.write_all(log.as_bytes())
    }
}

/// The log: every rule in force listed once (and any rule a result names
/// that is not), each result referring to its rule by index.
fn assemble(
    mut results: Vec<SarifResult<'static>>,
    rules: &Catalog,
    errors: &[String],
) -> serde_json::Result<String> {
    let mut infos: Vec<RuleInfo> = rules.in_force.clone();
    infos.sort_by_key(|r| r.id);
    infos.dedup_by_key(|r| r.id);
    for r in &results {
        let id = r.rule_id;
        if let Err(at) = infos.binary_search_by_key(&id, |r| r.id) {
            let info = rules
                .known
                .iter()
                .find(|r| r.id == id)
                .cloned()
                .unwrap_or_else(|| RuleInfo {
                    id,
                    severity: crate::rules::set::ProfileSeverity::same(r.severity),
                    summary: id.to_string().into(),
                    explanation: id.to_string().into(),
                    bad: Vec::new(),
                    good: Vec::new(),
                    file: None,
                });
            infos.insert(at, info);
        }
    }
    for r in &mut results {
        r.rule_index = infos
            .binary_search_by_key(&r.rule_id, |i| i.id)
            .unwrap_or(0);
    }
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            language: crate::lang::current().code(),
            tool: Tool {
                driver: Driver {
                    name: "kamerlint",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules: infos.iter().map(descriptor).collect(),
                },
            },
            invocations: vec![Invocation {
                execution_successful: errors.is_empty(),
                tool_execution_notifications: errors
                    .iter()
                    .map(|e| Notification {
                        level: "error",
                        message: Text { text: e.clone() },
                    })
                    .collect(),
            }],
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    super::pretty_json(&log)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn uris_are_encoded() {
        assert_eq!(uri("corpus/x.txt"), "corpus/x.txt");
        assert_eq!(uri("a b/ë.txt"), "a%20b/%C3%AB.txt");
    }

    #[test]
    fn results_refer_to_their_rule() {
        let text =
            render(&[fixture::result("corpus/x.txt")], &Catalog::default()).expect("serialisable");
        let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(value["version"], "2.1.0");
        let run = &value["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
        for result in run["results"].as_array().expect("results") {
            let index = result["ruleIndex"].as_u64().expect("index") as usize;
            assert_eq!(rules[index]["id"], result["ruleId"]);
        }
        let first = &run["results"][0];
        assert_eq!(first["ruleId"], "footnote/undefined");
        assert_eq!(
            first["locations"][0]["physicalLocation"]["region"]["startColumn"],
            31
        );
        assert_eq!(
            first["relatedLocations"][0]["physicalLocation"]["region"]["startLine"],
            6
        );
        assert_eq!(
            first["partialFingerprints"][FINGERPRINT_KEY]
                .as_str()
                .map(str::len),
            Some(16)
        );
    }
}
