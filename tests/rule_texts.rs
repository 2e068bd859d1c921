//! What a built-in rule says lives in its metadata (`RuleMeta::texts`),
//! not at the place a finding is made (`src/rules/texts.rs`). This test
//! holds the two ends together by reading the rule files: every key a file
//! says (`NAME.say("key", ...)`) is a text of that rule, every text is said
//! somewhere, every rule says something, and no message, help or related
//! label is written as a literal at the emit site.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use kamerlint::rules::{limits, texts, RuleMeta};
use regex::Regex;

/// The built-in rules' source files (the declarative rules say what their
/// rule files say).
fn rule_files() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    walkdir::WalkDir::new(&root)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.expect("readable src/rules"))
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .filter(|e| !e.path().starts_with(root.join("declarative")))
        .map(|e| {
            let text = std::fs::read_to_string(e.path()).expect("readable rule file");
            (e.path().to_path_buf(), text)
        })
        .collect()
}

fn rules() -> Vec<&'static RuleMeta> {
    let mut rules = kamerlint::rules::all();
    rules.push(&limits::TIME_BUDGET_RULE);
    rules
}

/// The family a rule file belongs to: `footnote` for
/// `src/rules/footnote/undefined.rs` and for `src/rules/footnote.rs`.
fn family(path: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let first = path
        .strip_prefix(&root)
        .expect("under src/rules")
        .components()
        .next();
    let name = first.map_or("", |c| c.as_os_str().to_str().unwrap_or(""));
    name.trim_end_matches(".rs").to_string()
}

/// The rule id of each `pub const NAME: RuleMeta`, by family and NAME
/// (two families may both name a rule `OUT_OF_ORDER`).
fn consts(files: &[(PathBuf, String)]) -> BTreeMap<(String, String), String> {
    let decl = Regex::new(r#"pub const (\w+): RuleMeta = RuleMeta \{\s*id: "([^"]+)""#).unwrap();
    let mut out = BTreeMap::new();
    for (path, text) in files {
        for c in decl.captures_iter(text) {
            let key = (family(path), c[1].to_string());
            let previous = out.insert(key, c[2].to_string());
            assert!(
                previous.is_none(),
                "two rules are named {} in one family ({})",
                &c[1],
                path.display()
            );
        }
    }
    out
}

#[test]
fn every_key_said_is_a_text_of_its_rule_and_every_text_is_said() {
    let files = rule_files();
    let consts = consts(&files);
    let by_id: BTreeMap<&str, &RuleMeta> = rules().into_iter().map(|r| (r.id, r)).collect();
    let say = Regex::new(r#"\b([A-Z][A-Z0-9_]*)\s*\.say\(\s*"([^"]+)""#).unwrap();
    let mut said: BTreeSet<(String, String)> = BTreeSet::new();
    let mut wrong = Vec::new();
    for (path, text) in &files {
        // Doc comments show `RULE.say(...)` as an example.
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for c in say.captures_iter(&code) {
            // A rule is said in its family's files; the few files of
            // src/rules itself (mod.rs) name it where it is unique.
            let here = consts.get(&(family(path), c[1].to_string()));
            let anywhere = || {
                let mut ids = consts
                    .iter()
                    .filter(|((_, n), _)| *n == c[1])
                    .map(|(_, id)| id);
                let first = ids.next();
                ids.next().is_none().then_some(first).flatten()
            };
            let Some(id) = here.or_else(anywhere) else {
                wrong.push(format!("{}: {} is no rule", path.display(), &c[1]));
                continue;
            };
            let rule = by_id[id.as_str()];
            if !rule.texts.iter().any(|t| t.key == &c[2]) {
                wrong.push(format!("{}: {id} has no text {:?}", path.display(), &c[2]));
            }
            said.insert((id.clone(), c[2].to_string()));
        }
    }
    for rule in by_id.values() {
        if rule.texts.is_empty() {
            wrong.push(format!("{} says nothing: give it its texts", rule.id));
        }
        let mut keys = BTreeSet::new();
        for t in rule.texts {
            if !keys.insert(t.key) {
                wrong.push(format!("{}: text {:?} is given twice", rule.id, t.key));
            }
            if !said.contains(&(rule.id.to_string(), t.key.to_string())) {
                wrong.push(format!("{}: text {:?} is never said", rule.id, t.key));
            }
            for name in texts::placeholders(t.en) {
                if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                    wrong.push(format!(
                        "{}: {:?} has a placeholder {{{name}}}",
                        rule.id, t.key
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The argument of a builder call that carries user text: `.at(span, X)`,
/// `.with_help(X)`, `.with_related(span, X)`. Each X must be said from the
/// rule's texts (or passed through from the reader's notes), never a
/// literal or a `format!`.
#[test]
fn no_text_is_written_where_a_finding_is_made() {
    let call = Regex::new(r"\.(at|with_help|with_related)\(").unwrap();
    let mut wrong = Vec::new();
    for (path, text) in rule_files() {
        for m in call.find_iter(&text) {
            let args = &text[m.end()..];
            // The argument that carries text: after the first top-level
            // comma for `at` and `with_related`, the only one for help.
            let arg = if m.as_str() == ".with_help(" {
                args
            } else {
                match top_level_comma(args) {
                    Some(i) => &args[i + 1..],
                    None => continue,
                }
            };
            let arg = arg.trim_start();
            if arg.starts_with('"') || arg.starts_with("format!") {
                let line = text[..m.start()].lines().count();
                wrong.push(format!(
                    "{}:{line}: text written at the emit site",
                    path.display()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The byte index of the first comma of `args` outside brackets, before
/// the call's own closing bracket.
fn top_level_comma(args: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in args.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return None,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => return Some(i),
            _ => {}
        }
    }
    None
}

/// The Dutch and English of a template fill in the same values: a value
/// named in one language and not the other would be lost or left as
/// `{name}` in print.
#[test]
fn both_languages_of_a_text_use_the_same_values() {
    let mut wrong = Vec::new();
    for rule in rules() {
        for text in rule.texts {
            if text.nl.is_empty() {
                continue; // reported by rule_docs' every_rule_speaks_dutch_and_english
            }
            let nl: BTreeSet<&str> = texts::placeholders(text.nl).into_iter().collect();
            let en: BTreeSet<&str> = texts::placeholders(text.en).into_iter().collect();
            if nl != en {
                wrong.push(format!("{} {:?}: nl {nl:?}, en {en:?}", rule.id, text.key));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
