//! The Dutch word list: OpenTaal's Hunspell dictionary (Debian's
//! `hunspell-nl`), vendored under `rules/dictionary/` and compiled into the
//! binary. Two ways to ask it:
//!
//! - [`Lexicon::knows`]: Hunspell's verdict through `spellbook`, with
//!   affixes and compounding. Parsing the files takes about 100 ms (release
//!   build), so it is done once, on first need, for the whole process.
//! - [`Lexicon::listed`]: whether the word is an entry of the list itself
//!   (its stem, or the stem with a common inflection), not something only
//!   compounding builds. A binary search over the `.dic` text, which is
//!   vendored sorted by stem for this, so it costs no parse.
//!
//! A word is offered as a correction only when it is listed: almost any
//! string is one letter away from *some* compound Hunspell can build
//! ("lastenluwe" from "lastensluwe"), but a misspelling is one letter away
//! from a word people write ("maatregen" from "maatregel").

use std::sync::OnceLock;

use spellbook::Dictionary;

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
    /// Each line of [`DIC`] after its count, sorted by stem, with its
    /// stem (the word) apart.
    lines: Vec<(&'static str, &'static str)>,
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
        let body = DIC.find('\n')? + 1;
        let lines = DIC[body..]
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| (stem(l), l))
            .collect();
        Some(Lexicon { hunspell, lines })
    }

    /// Hunspell's verdict on `word` as written (case, affixes, compounds).
    pub fn knows(&self, word: &str) -> bool {
        self.hunspell.check(word)
    }

    /// Whether `word` (lower case) is an entry of the list, or an entry
    /// with one of [`ENDINGS`], and Hunspell accepts it.
    pub fn listed(&self, word: &str) -> bool {
        let key = to_list_form(word);
        let entry = self.has_stem(&key)
            || ENDINGS.iter().any(|e| {
                key.strip_suffix(e)
                    .is_some_and(|stem| stem.chars().count() >= 3 && self.has_stem(stem))
            });
        entry && self.hunspell.check(word)
    }

    /// Whether the list marks `word` (lower case) as wrong: an entry with
    /// the `FORBIDDENWORD` flag, as "maatregen/Fw".
    pub fn forbidden(&self, word: &str) -> bool {
        let key = to_list_form(word);
        let entries = self.entries(&key);
        !entries.is_empty() && entries.iter().all(|flags| has_flag(flags, FORBIDDEN))
    }

    /// Whether `key` is an entry the list allows (not forbidden).
    fn has_stem(&self, key: &str) -> bool {
        self.entries(key)
            .iter()
            .any(|flags| !has_flag(flags, FORBIDDEN))
    }

    /// The flags of every entry whose word is `key`.
    fn entries(&self, key: &str) -> Vec<&'static str> {
        let at = self.lines.partition_point(|(stem, _)| *stem < key);
        self.lines[at..]
            .iter()
            .take_while(|(stem, _)| *stem == key)
            .map(|(stem, line)| line[stem.len()..].trim_start_matches('/'))
            .collect()
    }
}

/// `nl.aff`'s `FORBIDDENWORD` flag.
const FORBIDDEN: &str = "Fw";

/// Whether `flags` (two characters each: `FLAG long`) has `flag`.
fn has_flag(flags: &str, flag: &str) -> bool {
    let flags = flags.split_whitespace().next().unwrap_or("");
    flags.as_bytes().chunks(2).any(|f| f == flag.as_bytes())
}

/// The line that starts `text`, without its line break.
fn line(text: &str) -> &str {
    &text[..text.find('\n').unwrap_or(text.len())]
}

/// The word of a `.dic` line: up to its flags (an unescaped `/`) or the
/// line's end.
fn stem(text: &str) -> &str {
    let line = line(text);
    let bytes = line.as_bytes();
    let mut i = 0;
    while let Some(j) = line[i..].find('/') {
        let j = i + j;
        if j > 0 && bytes[j - 1] == b'\\' {
            i = j + 1;
            continue;
        }
        return &line[..j];
    }
    line
}

/// The list writes the Dutch ij as one letter, "ĳ" (its `ICONV` maps "ij"
/// to it on input), and the straight apostrophe.
fn to_list_form(word: &str) -> std::borrow::Cow<'_, str> {
    if word.contains("ij") || word.contains('’') {
        word.replace("ij", "ĳ").replace('’', "'").into()
    } else {
        word.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vendored_list_loads_and_is_sorted_by_stem() {
        let lexicon = lexicon().expect("the vendored dictionary parses");
        let stems: Vec<&str> = lexicon.lines.iter().map(|(stem, _)| *stem).collect();
        assert!(
            stems.windows(2).all(|w| w[0] <= w[1]),
            "nl.dic is not sorted by stem"
        );
        assert!(stems.len() > 180_000);
    }

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
