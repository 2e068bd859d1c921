//! The GitHub workflows are valid GitHub Actions YAML: each is read and
//! checked against the workflow schema of SchemaStore
//! (`tests/schemas/github-workflow.json`, Apache-2.0, as vendored by the
//! check-jsonschema 0.39.0 package; its licence beside it). The release
//! workflow is also held to what the README promises: binaries for
//! Windows, macOS and Linux on every tag, each with its checksum.

use std::path::Path;

use serde_json::Value;

fn schema() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/github-workflow.json");
    let text = std::fs::read_to_string(path).expect("the workflow schema");
    serde_json::from_str(&text).expect("the schema is JSON")
}

fn workflow(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(".github/workflows")
        .join(name);
    let text = std::fs::read_to_string(&path).expect("the workflow");
    serde_yaml_ng::from_str(&text).unwrap_or_else(|e| panic!("{name} is not YAML: {e}"))
}

fn errors(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn every_workflow_is_valid_against_the_github_schema() {
    let validator = jsonschema::options()
        .build(&schema())
        .expect("the schema compiles");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(".github/workflows");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("the workflows")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yml") || n.ends_with(".yaml"))
        .collect();
    names.sort();
    assert!(names.contains(&"release.yml".to_string()), "{names:?}");
    for name in names {
        let errs = errors(&validator, &workflow(&name));
        assert!(errs.is_empty(), "{name}:\n{}", errs.join("\n"));
    }
}

#[test]
fn the_schema_rejects_a_broken_workflow() {
    let validator = jsonschema::options().build(&schema()).expect("compiles");
    let mut broken = workflow("release.yml");
    // A job without "runs-on", and a step with a key GitHub does not know.
    broken["jobs"]["build"]
        .as_object_mut()
        .expect("a job")
        .remove("runs-on");
    assert!(!validator.is_valid(&broken));
    let mut broken = workflow("release.yml");
    broken["jobs"]["release"]["steps"][0]["usess"] = Value::from("x");
    assert!(!validator.is_valid(&broken));
}

#[test]
fn releases_are_built_for_windows_macos_and_linux_on_every_tag_with_checksums() {
    let w = workflow("release.yml");
    assert_eq!(w["on"]["push"]["tags"], serde_json::json!(["v*"]));
    let targets: Vec<&str> = w["jobs"]["build"]["strategy"]["matrix"]["include"]
        .as_array()
        .expect("a matrix")
        .iter()
        .filter_map(|t| t["target"].as_str())
        .collect();
    for os in ["windows", "apple-darwin", "linux"] {
        assert!(
            targets.iter().any(|t| t.contains(os)),
            "no {os} target in {targets:?}"
        );
    }
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".github/workflows/release.yml"),
    )
    .expect("release.yml");
    assert!(text.contains("sha256sum") && text.contains("SHA256SUMS"));
    assert!(text.contains("gh release create"));
    assert!(text.contains("--version"), "each binary is run once");
}
