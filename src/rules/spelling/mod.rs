//! spelling/: words checked against a real Dutch word list, OpenTaal's
//! (Debian's `hunspell-nl`, vendored under `rules/dictionary/`, read with
//! `spellbook`). One rule: a word the list does not know that is one edit
//! away from a word it lists (`spelling/unknown-word`).
//!
//! The list is parsed on first need ([`dictionary::lexicon`]), so a run in
//! which the rule is off, or a document without words to check, does not
//! pay for it. A project keeps its names and jargon quiet with
//! `[settings.spelling] words = [...]` in a rule file of its rule folders
//! (or in `kamerlint.toml`); `rules/dictionary/words.txt` holds the words
//! kamerlint itself adds to the list.

// Read by src/build.rs; here for the page (which reads the list at load)
// and to test the compiled sets against the list.
#[cfg(any(test, target_arch = "wasm32"))]
mod dic_line;
mod dictionary;
mod edits;
mod entries;
mod memo;
mod unknown_word;
mod words;

pub use unknown_word::UNKNOWN_WORD;

use serde::Deserialize;

use super::registry::Family;
use super::set::{ProfileSeverity, RuleSet};
use super::settings::validate_as;
use crate::diagnostic::Diagnostic;
use crate::document::Document;

/// The spelling family: its rule; its check needs the rule set (for the
/// project's words and to stay unloaded when the rule is off), so it is
/// run from [`super::registry::CONFIGURED`].
pub const FAMILY: Family = Family {
    name: "spelling",
    rules: &[&UNKNOWN_WORD],
    check: None,
    settings: Some(validate_as::<Settings>),
    compare: None,
};

/// `[settings.spelling]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Settings {
    /// Words that are right though the list does not know them: names,
    /// jargon, the project's own terms. Compared without regard to case.
    #[serde(default)]
    pub words: Vec<String>,
}

/// Whether `rules` run the family's rule (it is not off).
pub fn wanted(rules: &RuleSet) -> bool {
    let meta = &UNKNOWN_WORD;
    rules
        .severity_of(meta.id, ProfileSeverity::same(meta.severity))
        .is_some()
}

/// Starts parsing the Dutch list (then the English one) on a thread of
/// its own, so that it is ready (or nearly) when the first document's
/// words are checked: the parse (about 100 ms) overlaps reading the files
/// and the other rules instead of following them. Where there are no
/// threads (the page's WebAssembly) it does nothing; a list already parsed
/// is not parsed again (the thread finds it and ends). The process does
/// not wait for it: a run that never checks a word ends without it.
pub fn warm_up() {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = std::thread::Builder::new()
            .name("word list".into())
            .spawn(|| {
                dictionary::lexicon();
                // Asked only when a finding is about to be made, which
                // most documents have.
                dictionary::english();
            });
    }
}

/// Runs the family's rule with the project's words, unless it is off.
pub fn check(doc: &Document, rules: &RuleSet, out: &mut Vec<Diagnostic>) {
    if !wanted(rules) {
        return;
    }
    let settings: Settings = rules.settings().get("spelling").unwrap_or_default();
    unknown_word::check(doc, &settings.words, out);
}

/// What the spelling rule reads besides its code, for the rule set's
/// fingerprint ([`super::ruleset`]): the project's own word list whole, the
/// vendored Dutch list by its size (hashing 3 MB at every start would cost
/// more than it tells).
pub(crate) fn data_for_fingerprint() -> (&'static str, [usize; 2]) {
    (unknown_word::BUILT_IN_WORDS, dictionary::sizes())
}
