//! The content words of a question: what it asks about, not the words
//! with which it is put. Lowercased, without Dutch stop words (the ISO
//! list of the `stop-words` crate) and the formula of asking ("kunt u
//! aangeven", "acht de regering", "de leden van de VVD-fractie"), each
//! reduced to its stem by the Snowball stemmer for Dutch, so that
//! "verdrag" and "verdragen" are one word. Shared by
//! structure/duplicate-question (two questions of one list that ask the
//! same) and the draft/ rules (one question in two versions).

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

/// Words with which a question is put rather than what it asks: the verbs
/// of asking and of opinion, the addressee and the asker. Two parties ask
/// the same thing as "Kunt u aangeven ..." and "Acht de regering ...";
/// the stop-word list (function words) does not have these. In a long list
/// their weight is low anyway; in a short one this list does it.
const FORMULA: &[&str] = &[
    // asking
    "vraag",
    "vragen",
    "vraagt",
    "aangeven",
    "aangegeven",
    "toelichten",
    "toegelicht",
    "uiteenzetten",
    "verduidelijken",
    "specificeren",
    "hoeveel",
    "uitleggen",
    "reflecteren",
    // opinion
    "acht",
    "achten",
    "schat",
    "schatten",
    "inschatten",
    "mening",
    "vindt",
    "vinden",
    "denkt",
    "deelt",
    "bereid",
    "graag",
    // the addressee
    "minister",
    "staatssecretaris",
    "kabinet",
    "regering",
    "rekenkamer",
    "ark",
    // the asker: "De leden van de VVD-fractie vragen ..."
    "leden",
    "fractie",
    "vvd",
    "pvv",
    "cda",
    "d66",
    "groenlinks",
    "pvda",
    "gl",
    "sp",
    "sgp",
    "christenunie",
    "nsc",
    "bbb",
    "pvdd",
    "ja21",
    "denk",
    "volt",
    "fvd",
    "50plus",
    "bvnl",
];

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Dutch));

static STOP_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| stop_words::get("nl").iter().copied().collect());

static FORMULA_STEMS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    FORMULA
        .iter()
        .map(|w| STEMMER.stem(w).into_owned())
        .collect()
});

/// The stem of a lowercased word, or `None` for a stop word, a word of the
/// question's formula or a single character.
pub(crate) fn content_stem(word: &str) -> Option<Cow<'_, str>> {
    if word.chars().nth(1).is_none() || STOP_WORDS.contains(word) {
        return None;
    }
    let stem = STEMMER.stem(word);
    (!FORMULA_STEMS.contains(stem.as_ref())).then_some(stem)
}
