//! `rust-version` in Cargo.toml is true: it is the highest `rust-version`
//! of the locked dependencies that a build compiles (normal and build
//! dependencies, transitively, for this platform), read from `cargo
//! metadata`. It said 1.82 while the locked dependencies needed 1.88.
//! Offline, from the sources a build already fetched; when they are not
//! there, the test says it was skipped.

mod common;

use std::collections::{BTreeSet, HashMap};
use std::process::Command;

use serde_json::Value;

/// "1.88" and "1.88.0" alike: (major, minor, patch).
fn version(v: &str) -> [u64; 3] {
    let mut parts = v.split('.').map(|p| p.parse().unwrap_or(0));
    [(); 3].map(|()| parts.next().unwrap_or(0))
}

#[test]
fn rust_version_is_the_minimum_the_locked_dependencies_need() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let host = Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string()))
        .arg("-vV")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let host = host
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .unwrap_or("x86_64-unknown-linux-gnu")
        .to_string();
    let out = Command::new(cargo)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .args(["--filter-platform", &host])
        .output()
        .expect("cargo runs");
    if !out.status.success() {
        common::skipped(&format!(
            "rust-version check: `cargo metadata --offline` failed ({}); run `cargo fetch` and `cargo test --test msrv`",
            String::from_utf8_lossy(&out.stderr).lines().next().unwrap_or("")
        ));
        return;
    }
    let meta: Value = serde_json::from_slice(&out.stdout).expect("metadata JSON");
    let packages: HashMap<&str, &Value> = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .map(|p| (p["id"].as_str().unwrap_or(""), p))
        .collect();
    let nodes: HashMap<&str, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| (n["id"].as_str().unwrap_or(""), n))
        .collect();
    let root = meta["resolve"]["root"].as_str().expect("root");
    // What a build of kamerlint compiles: normal and build dependencies.
    let built = |dep: &Value| {
        dep["dep_kinds"].as_array().is_some_and(|k| {
            k.iter()
                .any(|k| k["kind"].is_null() || k["kind"] == "build")
        })
    };
    let mut seen = BTreeSet::new();
    let mut stack = vec![root];
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes[id]["deps"].as_array().into_iter().flatten() {
            if built(dep) {
                stack.push(dep["pkg"].as_str().unwrap_or(""));
            }
        }
    }
    seen.remove(root);
    let (needed, by) = seen
        .iter()
        .filter_map(|id| {
            let p = packages.get(id)?;
            Some((version(p["rust_version"].as_str()?), p["name"].as_str()?))
        })
        .max()
        .expect("some dependency states a rust-version");
    let stated = packages[root]["rust_version"]
        .as_str()
        .expect("rust-version in Cargo.toml");
    assert_eq!(
        version(stated),
        needed,
        "Cargo.toml says rust-version = {stated:?}, the locked dependencies need {needed:?} ({by})"
    );
}
