//! A word in lower case without making a string when it is one already.

use std::borrow::Cow;

/// `word` in lower case, as `str::to_lowercase` gives it, borrowed when
/// `word` is ASCII without capitals: nearly every word a spelling check
/// reads is, and lowering each into a new string was a large part of the
/// check's cost.
pub fn lower_case(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_to_lowercase() {
        for word in [
            "",
            "woord",
            "Woord",
            "WOORD",
            "e-mail",
            "café",
            "Café",
            "ΣΟΦΊΑΣ",
            "ΟΔΟΣ",
            "Ǆemal",
            "İstanbul",
            "ﬁnanciën",
            "risico’s",
        ] {
            assert_eq!(lower_case(word), word.to_lowercase(), "{word:?}");
        }
        assert!(matches!(lower_case("woord"), Cow::Borrowed(_)));
    }
}
