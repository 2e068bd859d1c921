//! The documents a draft is compared with: the committee's list of
//! questions (`--questions`, or `questions = "..."` in the draft's
//! kamerlint.toml) and the previous version (`--previous`). Each is read
//! once, however many drafts are compared with it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use kamerlint::config::Config;
use kamerlint::lang::{Msg, Noun};
use kamerlint::{Document, Versions};

use crate::cli::{self, AgainstArgs};

const ONE_DRAFT: Msg = Msg::new(
    "--previous vergelijkt één concept met zijn vorige versie, maar er zijn {files} bestanden \
     te controleren: geef één bestand",
    "--previous compares one draft with its previous version, but {files} files are to be \
     checked: give one file",
);
const ITSELF: Msg = Msg::new(
    "{flag} {file} is het concept zelf; geef het andere document",
    "{flag} {file} is the draft itself; give the other document",
);
const NO_QUESTIONS: Msg = Msg::new(
    "er zijn geen vragen in gevonden; zie `kamerlint parse {file}`",
    "no questions found in it; see `kamerlint parse {file}`",
);
const SINCE: Msg = Msg::new(
    "sinds {file}: {added} toegevoegd, {removed} weggelaten, {renumbered} vernummerd, \
     {changed} gewijzigd; {new}, {fixed} opgelost",
    "since {file}: {added} added, {removed} removed, {renumbered} renumbered, {changed} \
     changed; {new}, {fixed} fixed",
);
const QUESTIONS: Noun = Noun::new(
    Msg::new("vraag", "question"),
    Msg::new("vragen", "questions"),
);
const ANSWERS: Noun = Noun::new(
    Msg::new("antwoord", "answer"),
    Msg::new("antwoorden", "answers"),
);
const NEW: Noun = Noun::new(
    Msg::new("nieuwe bevinding", "new finding"),
    Msg::new("nieuwe bevindingen", "new findings"),
);

/// The versions each draft of `drafts` is compared with (in their order),
/// or an error message.
pub fn for_drafts(
    against: &AgainstArgs,
    drafts: &[(&cli::Input, &Config)],
) -> Result<Vec<Arc<Versions>>, String> {
    if against.previous.is_some() && drafts.len() > 1 {
        return Err(ONE_DRAFT.say(&[("files", &drafts.len())]));
    }
    let mut read: BTreeMap<PathBuf, Arc<Document>> = BTreeMap::new();
    let mut none = None;
    let mut out = Vec::with_capacity(drafts.len());
    for (input, config) in drafts {
        let questions = against.questions.as_deref().or(config.questions.as_deref());
        if questions.is_none() && against.previous.is_none() {
            // The common case: one shared empty set.
            out.push(Arc::clone(
                none.get_or_insert_with(|| Arc::new(Versions::default())),
            ));
            continue;
        }
        for (flag, other) in [
            ("--questions", questions),
            ("--previous", against.previous.as_deref()),
        ] {
            if other.is_some_and(|o| cli::same_file(&input.path, o)) {
                return Err(ITSELF.say(&[
                    ("flag", &flag),
                    ("file", &cli::display(other.unwrap_or(Path::new("")))),
                ]));
            }
        }
        let mut versions = Versions::default();
        if let Some(path) = questions {
            versions.questions = Some(read_once(&mut read, path, config, "--questions")?);
        }
        if let Some(path) = &against.previous {
            versions.previous = Some(read_once(&mut read, path, config, "--previous")?);
        }
        out.push(Arc::new(versions));
    }
    Ok(out)
}

fn read_once(
    read: &mut BTreeMap<PathBuf, Arc<Document>>,
    path: &Path,
    config: &Config,
    flag: &str,
) -> Result<Arc<Document>, String> {
    if let Some(doc) = read.get(path) {
        return Ok(Arc::clone(doc));
    }
    let shown = cli::display(path);
    let bytes = std::fs::read(path).map_err(|e| format!("{flag} {shown}: {e}"))?;
    let doc = kamerlint::read_other(&shown, &bytes, config)
        .map_err(|e| format!("{flag} {shown}: {e}"))?;
    if doc.entries.is_empty() {
        return Err(format!(
            "{flag} {shown}: {}",
            NO_QUESTIONS.say(&[("file", &shown)])
        ));
    }
    read.insert(path.to_path_buf(), Arc::clone(&doc));
    Ok(doc)
}

/// What changed since the previous version (`--previous`), in one line:
/// questions added, removed and renumbered, answers changed, findings new
/// and fixed. `None` without a previous version or when either file cannot
/// be checked (the check itself has said why).
pub fn summary(against: &AgainstArgs, input: &cli::Input, config: &Config) -> Option<String> {
    let old_path = against.previous.as_deref()?;
    let draft = crate::read_and_check(input, config, &Versions::default()).ok()?;
    let old_input = cli::Input {
        path: old_path.to_path_buf(),
        display: cli::display(old_path),
    };
    let old = crate::read_and_check(&old_input, config, &Versions::default()).ok()?;
    let c = kamerlint::rules::draft::changes::between(
        &old.document,
        &old.diagnostics,
        &draft.document,
        &draft.diagnostics,
    );
    let list = |numbers: &[u32]| -> String {
        if numbers.is_empty() {
            return String::new();
        }
        let shown: Vec<String> = numbers.iter().take(10).map(u32::to_string).collect();
        let more = if numbers.len() > 10 { ", …" } else { "" };
        format!(" ({}{more})", shown.join(", "))
    };
    let with_list = |n: &[u32], noun: Noun| format!("{}{}", noun.count(n.len()), list(n));
    Some(SINCE.say(&[
        ("file", &old_input.display),
        ("added", &with_list(&c.added, QUESTIONS)),
        ("removed", &with_list(&c.removed, QUESTIONS)),
        ("renumbered", &c.renumbered),
        ("changed", &with_list(&c.answers_changed, ANSWERS)),
        ("new", &NEW.count(c.new_findings)),
        ("fixed", &c.fixed_findings),
    ]))
}
