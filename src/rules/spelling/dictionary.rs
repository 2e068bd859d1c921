//! The Dutch word list: OpenTaal's Hunspell dictionary (Debian's
//! `hunspell-nl`), vendored under `rules/dictionary/` and compiled into the
//! binary. Two ways to ask it:
//!
//! - [`Lexicon::knows`]: Hunspell's verdict through `spellbook`, with
//!   affixes and compounding. Parsing the files takes about 100 ms (release
//!   build), so it is done once for the whole process: on first need, or
//!   earlier on a thread of its own ([`super::warm_up`]).
//! - [`Lexicon::listed`]: whether the word is an entry of the list itself
//!   (its stem, or the stem with a common inflection), not something only
//!   compounding builds ([`super::entries`]: compiled at build time into
//!   `fst` sets, used in place).
//!
//! A word is offered as a correction only when it is listed: almost any
//! string is one letter away from *some* compound Hunspell can build
//! ("lastenluwe" from "lastensluwe"), but a misspelling is one letter away
//! from a word people write ("maatregel" from "maatregen").

use std::cell::RefCell;
use std::sync::OnceLock;

use foldhash::HashMap;
use spellbook::Dictionary;

use super::entries::Entries;
use super::memo::remembered;

static AFF: &str = include_str!("../../../rules/dictionary/nl.aff");
static DIC: &str = include_str!("../../../rules/dictionary/nl.dic");

/// The sizes of the Dutch list's two files.
pub(super) fn sizes() -> [usize; 2] {
    [AFF.len(), DIC.len()]
}

/// Endings a listed stem may take and still count as listed: plural,
/// genitive, inflected adjective, comparative, superlative, verb forms.
/// [`Lexicon::listed`] confirms each with Hunspell, so "maatregels" counts
/// only because Hunspell accepts it too.
const ENDINGS: &[&str] = &[
    "s", "'s", "en", "n", "e", "er", "ere", "st", "ste", "t", "te", "d", "de", "ten", "den",
];

/// The word list, loaded on first use.
pub struct Lexicon {
    hunspell: Dictionary,
}

/// The list's entries ([`super::entries`]), opened once.
fn entries() -> Option<&'static Entries> {
    static ENTRIES: OnceLock<Option<Entries>> = OnceLock::new();
    ENTRIES.get_or_init(|| Entries::open(DIC)).as_ref()
}

/// The Dutch list's `.dic` text.
#[cfg(test)]
pub(super) fn dic() -> &'static str {
    DIC
}

static LEXICON: OnceLock<Option<Lexicon>> = OnceLock::new();

static EN_AFF: &str = include_str!("../../../rules/dictionary/en_US.aff");
static EN_DIC: &str = include_str!("../../../rules/dictionary/en_US.dic");

static ENGLISH: OnceLock<Option<Dictionary>> = OnceLock::new();

/// The English word list (SCOWL, as Debian's `hunspell-en-us`), parsed on
/// first use: only when a Dutch finding is about to be made, to keep an
/// English word in an English phrase quiet.
pub fn english() -> Option<&'static Dictionary> {
    ENGLISH
        .get_or_init(|| Dictionary::new(EN_AFF, EN_DIC).ok())
        .as_ref()
}

/// The lexicon, parsed on the first call (`None` only if the vendored
/// files do not parse, which a test rules out).
pub fn lexicon() -> Option<&'static Lexicon> {
    LEXICON.get_or_init(Lexicon::load).as_ref()
}

impl Lexicon {
    fn load() -> Option<Lexicon> {
        let hunspell = Dictionary::new(AFF, DIC).ok()?;
        Some(Lexicon { hunspell })
    }

    /// Hunspell's verdict on `word` as written (case, affixes, compounds),
    /// remembered by the thread ([`super::memo`]).
    pub fn knows(&self, word: &str) -> bool {
        thread_local! {
            static KNOWN: RefCell<HashMap<String, bool>> = RefCell::new(HashMap::default());
        }
        remembered(&KNOWN, word, || self.hunspell.check(word))
    }

    /// Whether `word` (lower case) is an entry of the list, or an entry
    /// with one of [`ENDINGS`], and Hunspell accepts it.
    pub fn listed(&self, word: &str) -> bool {
        let key = to_list_form(word);
        // The stems to try: the word, and the word without each ending it
        // has (leaving at least three letters), as byte lengths.
        let mut ends: Vec<usize> = ENDINGS
            .iter()
            .filter_map(|e| key.strip_suffix(e))
            .filter(|stem| stem.chars().count() >= 3)
            .map(str::len)
            .collect();
        ends.push(key.len());
        ends.sort_unstable();
        let entry = entries().is_some_and(|e| e.allows_any_prefix(&key, &ends));
        entry && self.hunspell.check(word)
    }

    /// Whether the list marks `word` (lower case) as wrong: every entry of
    /// the word has the `FORBIDDENWORD` flag, as "maatregen/Fw".
    pub fn forbidden(&self, word: &str) -> bool {
        let key = to_list_form(word);
        entries().is_some_and(|e| e.forbids(&key))
    }
}

/// The list writes the Dutch ij as one letter, "ĳ" (its `ICONV` maps "ij"
/// to it on input), and the straight apostrophe.
fn to_list_form(word: &str) -> std::borrow::Cow<'_, str> {
    let bytes = word.as_bytes();
    // "’" is E2 80 99 in UTF-8.
    if bytes.windows(2).any(|w| w == b"ij") || bytes.contains(&0xE2) && word.contains('’') {
        word.replace("ij", "ĳ").replace('’', "'").into()
    } else {
        word.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_words_and_compounds() {
        let l = lexicon().unwrap();
        for w in [
            "maatregel",
            "maatregelen",
            "luchtvaart",
            "voortgang",
            "building",
            "bijna",
        ] {
            assert!(l.listed(w), "{w} is listed");
        }
        // Compounds Hunspell builds are known, but not listed.
        assert!(l.knows("infrastructuurontwikkeling"));
        assert!(!l.listed("infrastructuurontwikkeling"));
        for w in ["maatregen", "voortang", "risicos", "buillding"] {
            assert!(!l.knows(w), "{w} is unknown");
        }
    }
}
