//! kamerlint in the browser: what the page in `web/page/` calls, compiled to
//! WebAssembly. The page hands over the files an editor chose (the
//! documents, and optionally a `kamerlint.toml` and the committee's list of
//! questions); this crate checks them with the library exactly as
//! `kamerlint check` does (`check_against`, the configuration read by
//! `Config::parse`, the list by `read_other`) and renders the report of
//! `--format html`. Nothing here, nor in the page, touches the network.
//!
//! The logic is plain Rust ([`check`]), tested natively; the
//! `#[wasm_bindgen]` part is a thin [`Session`] that keeps the files in
//! the module's memory, so switching the language re-renders without
//! passing the files again.

use std::path::Path;

use kamerlint::config::Config;
use kamerlint::lang::{self, Lang, Msg};
use kamerlint::report::html;
use kamerlint::{FileResult, Severity, Versions};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// A file the editor chose: its name (no folder: the browser gives none)
/// and its bytes.
#[derive(Debug, Clone)]
pub struct Chosen {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What the page shows: the report, or why there is none, and what it
/// should know beside it. Serialised as JSON for the page's script.
#[derive(Debug, Default, Serialize)]
pub struct Outcome {
    /// The report page of `--format html`, when at least one document was
    /// checked.
    pub report: Option<String>,
    /// Documents checked.
    pub files: usize,
    pub findings: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// What was not checked and why (a document or configuration that
    /// cannot be read), in the language asked for.
    pub problems: Vec<String>,
    /// What was checked otherwise than the editor may expect.
    pub notes: Vec<String>,
}

const RULE_FOLDERS: Msg = Msg::new(
    "{file} noemt regelmappen ({folders}). Deze pagina kan geen mappen op uw computer openen, \
     dus ook die regels niet; er is niets gecontroleerd. Kies een kamerlint.toml zonder \
     rule-folders, of controleer met het programma kamerlint (kamerlint check).",
    "{file} names rule folders ({folders}). This page cannot open folders on your computer, \
     so neither these rules; nothing was checked. Choose a kamerlint.toml without \
     rule-folders, or check with the kamerlint program (kamerlint check).",
);
const CONFIG_INVALID: Msg = Msg::new(
    "{file} is geen geldige configuratie; er is niets gecontroleerd.\n{error}",
    "{file} is not a valid configuration; nothing was checked.\n{error}",
);
const QUESTIONS_NAMED: Msg = Msg::new(
    "{file} noemt een vragenlijst van de commissie ({questions}). Die is niet vergeleken: \
     kies het bestand bij ‘Vragenlijst van de commissie’.",
    "{file} names a committee's list of questions ({questions}). It was not compared: \
     choose the file under ‘Committee's list of questions’.",
);
const QUESTIONS_UNREADABLE: Msg = Msg::new(
    "De vragenlijst {file} is niet te lezen ({error}); er is niets gecontroleerd.",
    "The list of questions {file} cannot be read ({error}); nothing was checked.",
);
const QUESTIONS_EMPTY: Msg = Msg::new(
    "In de vragenlijst {file} staan geen vragen die kamerlint herkent; er is niets gecontroleerd.",
    "kamerlint finds no questions in the list {file}; nothing was checked.",
);
const UNREADABLE: Msg = Msg::new(
    "{file} is niet gecontroleerd: {error}",
    "{file} was not checked: {error}",
);
const TOO_LARGE: Msg = Msg::new(
    "{file} is niet gecontroleerd: {size} bytes, meer dan max-file-size ({max}).",
    "{file} was not checked: {size} bytes, more than max-file-size ({max}).",
);

/// Checks `documents` as `kamerlint check` does, with the configuration
/// `config` (a `kamerlint.toml`'s name and text; the defaults without
/// one) and against the committee's list `questions`, and renders the
/// report in `lang`.
pub fn check(
    documents: &[Chosen],
    config: Option<(&str, &str)>,
    questions: Option<&Chosen>,
    lang: Lang,
) -> Outcome {
    lang::scoped(lang, || check_in_lang(documents, config, questions))
}

fn check_in_lang(
    documents: &[Chosen],
    config: Option<(&str, &str)>,
    questions: Option<&Chosen>,
) -> Outcome {
    let mut outcome = Outcome::default();
    let config = match config {
        None => Config::standard().clone(),
        Some((name, text)) => match load_config(name, text) {
            Ok(config) => config,
            Err(problem) => {
                outcome.problems.push(problem);
                return outcome;
            }
        },
    };
    let mut versions = Versions::default();
    if let Some(list) = questions {
        match kamerlint::read_other(&list.name, &list.bytes, &config) {
            Ok(doc) if doc.entries.is_empty() => {
                outcome
                    .problems
                    .push(QUESTIONS_EMPTY.say(&[("file", &list.name)]));
                return outcome;
            }
            Ok(doc) => versions.questions = Some(doc),
            Err(e) => {
                outcome
                    .problems
                    .push(QUESTIONS_UNREADABLE.say(&[("file", &list.name), ("error", &e)]));
                return outcome;
            }
        }
    } else if let (Some(path), Some(file)) = (&config.questions, &config.path) {
        outcome.notes.push(
            QUESTIONS_NAMED.say(&[("file", &file.display()), ("questions", &path.display())]),
        );
    }
    // In the order of the CLI's report: by name.
    let mut order: Vec<&Chosen> = documents.iter().collect();
    order.sort_by(|a, b| a.name.cmp(&b.name));
    let max = config.limits.read_limits().file_size;
    let mut results: Vec<FileResult> = Vec::new();
    for doc in order {
        let size = doc.bytes.len() as u64;
        if size > max {
            outcome.problems.push(TOO_LARGE.say(&[
                ("file", &doc.name),
                ("size", &size),
                ("max", &max),
            ]));
            continue;
        }
        match kamerlint::check_against(&doc.name, &doc.bytes, &config, &versions) {
            Ok(result) => results.push(result),
            Err(e) => outcome
                .problems
                .push(UNREADABLE.say(&[("file", &doc.name), ("error", &e)])),
        }
    }
    if results.is_empty() {
        return outcome;
    }
    outcome.files = results.len();
    for d in results.iter().flat_map(|r| &r.diagnostics) {
        outcome.findings += 1;
        match d.severity {
            Severity::Error => outcome.errors += 1,
            Severity::Warning => outcome.warnings += 1,
            Severity::Info => outcome.infos += 1,
        }
    }
    outcome.report = Some(html::render(&results, &html::Options::default()));
    outcome
}

/// Reads a `kamerlint.toml` given as text. Its rule folders would be read
/// from disk, which a page cannot: such a file is refused with a message
/// that says so, before the library would fail on the folders.
fn load_config(name: &str, text: &str) -> Result<Config, String> {
    let invalid =
        |error: &dyn std::fmt::Display| CONFIG_INVALID.say(&[("file", &name), ("error", error)]);
    if let Ok(table) = text.parse::<toml::Table>() {
        let folders: Vec<&str> = table
            .get("rule-folders")
            .and_then(toml::Value::as_array)
            .map(|a| a.iter().filter_map(toml::Value::as_str).collect())
            .unwrap_or_default();
        if !folders.is_empty() {
            return Err(RULE_FOLDERS.say(&[("file", &name), ("folders", &folders.join(", "))]));
        }
    }
    // Relative names in it (the list of questions) stay as written. Its
    // errors in one line ("kamerlint.toml:3:1: ..."): the CLI's drawing of
    // them with a snippet (miette) would bring Unicode line-breaking tables
    // into the page, 0.15 MB.
    let mut config =
        Config::parse(name, Path::new(""), text).map_err(|e| invalid(&e.one_line()))?;
    config.path = Some(name.into());
    Ok(config)
}

/// The files of one check, kept in the module's memory between renders.
#[wasm_bindgen]
#[derive(Debug, Default)]
pub struct Session {
    documents: Vec<Chosen>,
    config: Option<(String, String)>,
    questions: Option<Chosen>,
}

#[wasm_bindgen]
impl Session {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Session {
        Session::default()
    }

    /// Adds a document to check.
    pub fn add_document(&mut self, name: String, bytes: Vec<u8>) {
        self.documents.push(Chosen { name, bytes });
    }

    /// Forgets the documents (not the configuration or the list).
    pub fn clear_documents(&mut self) {
        self.documents.clear();
    }

    /// The number of documents held.
    pub fn documents(&self) -> usize {
        self.documents.len()
    }

    /// Sets or (with `None`) removes the `kamerlint.toml`.
    pub fn set_config(&mut self, name: Option<String>, text: Option<String>) {
        self.config = name.zip(text);
    }

    /// Sets or (with `None`) removes the committee's list of questions.
    pub fn set_questions(&mut self, name: Option<String>, bytes: Option<Vec<u8>>) {
        self.questions = name.zip(bytes).map(|(name, bytes)| Chosen { name, bytes });
    }

    /// Checks the documents and returns the [`Outcome`] as JSON, in the
    /// language `lang` ("nl" or "en"; Dutch for anything else).
    pub fn render(&self, lang: &str) -> String {
        let lang = Lang::parse(lang).unwrap_or_default();
        let config = self
            .config
            .as_ref()
            .map(|(name, text)| (name.as_str(), text.as_str()));
        let outcome = check(&self.documents, config, self.questions.as_ref(), lang);
        serde_json::to_string(&outcome).unwrap_or_else(|_| "{}".to_string())
    }
}

/// "0.1.0 (rule set …, N rules)", as `kamerlint --version` says it.
#[wasm_bindgen]
pub fn version() -> String {
    kamerlint::rules::ruleset::version_line()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chosen(name: &str, bytes: &[u8]) -> Chosen {
        Chosen {
            name: name.into(),
            bytes: bytes.to_vec(),
        }
    }

    const LIST: &str = "1\nWat is de export?\nDe export was XXX.\n";

    #[test]
    fn checks_as_the_library_does_and_renders_the_report() {
        let outcome = check(&[chosen("a.txt", LIST.as_bytes())], None, None, Lang::Nl);
        let direct = kamerlint::try_check_bytes("a.txt", LIST.as_bytes()).unwrap();
        assert_eq!(outcome.findings, direct.diagnostics.len());
        assert!(outcome.findings > 0);
        assert_eq!(outcome.files, 1);
        assert!(outcome.report.unwrap().contains("<!DOCTYPE html>"));
        assert!(outcome.problems.is_empty() && outcome.notes.is_empty());
    }

    #[test]
    fn a_configuration_with_rule_folders_is_refused_with_a_reason() {
        let config = ("kamerlint.toml", "rule-folders = [\"regels\"]\n");
        for lang in Lang::ALL {
            let outcome = check(
                &[chosen("a.txt", LIST.as_bytes())],
                Some(config),
                None,
                lang,
            );
            assert!(outcome.report.is_none());
            assert_eq!(outcome.problems.len(), 1);
            assert!(outcome.problems[0].contains("regels"), "{outcome:?}");
        }
    }

    #[test]
    fn a_configuration_is_applied_and_a_broken_one_said() {
        let off = ("kamerlint.toml", "[rules]\nplaceholder = \"off\"\n");
        let with = check(&[chosen("a.txt", LIST.as_bytes())], None, None, Lang::Nl);
        let without = check(
            &[chosen("a.txt", LIST.as_bytes())],
            Some(off),
            None,
            Lang::Nl,
        );
        assert!(without.findings < with.findings, "{without:?}");
        let broken = ("kamerlint.toml", "[rules]\nno-such-rule = \"off\"\n");
        let outcome = check(
            &[chosen("a.txt", LIST.as_bytes())],
            Some(broken),
            None,
            Lang::En,
        );
        assert!(outcome.report.is_none());
        assert!(outcome.problems[0].contains("not a valid configuration"));
    }

    #[test]
    fn the_list_named_in_the_configuration_is_asked_for() {
        let config = ("kamerlint.toml", "questions = \"vragen.docx\"\n");
        let outcome = check(
            &[chosen("a.txt", LIST.as_bytes())],
            Some(config),
            None,
            Lang::Nl,
        );
        assert!(outcome.report.is_some());
        assert!(outcome.notes[0].contains("vragen.docx"), "{outcome:?}");
    }

    #[test]
    fn a_list_without_questions_and_an_unreadable_file_are_said() {
        let empty = chosen("vragen.txt", b"");
        let outcome = check(
            &[chosen("a.txt", LIST.as_bytes())],
            None,
            Some(&empty),
            Lang::Nl,
        );
        assert!(outcome.report.is_none());
        assert!(outcome.problems[0].contains("vragen.txt"));
        let broken = chosen("kapot.docx", b"PK\x03\x04 not really a zip");
        let outcome = check(
            &[broken, chosen("a.txt", LIST.as_bytes())],
            None,
            None,
            Lang::Nl,
        );
        assert_eq!(outcome.files, 1, "{outcome:?}");
        assert!(outcome.problems[0].starts_with("kapot.docx"), "{outcome:?}");
    }

    #[test]
    fn the_session_renders_in_either_language() {
        let mut session = Session::new();
        session.add_document("a.txt".into(), LIST.as_bytes().to_vec());
        let nl: serde_json::Value = serde_json::from_str(&session.render("nl")).unwrap();
        let en: serde_json::Value = serde_json::from_str(&session.render("en")).unwrap();
        assert_eq!(nl["findings"], en["findings"]);
        assert!(nl["report"].is_string() && en["report"].is_string());
        session.clear_documents();
        assert_eq!(session.documents(), 0);
    }
}
