//! A word in lower case, as `str::to_lowercase` gives it, without making a
//! string when it is one already: nearly every word the rules read is ASCII
//! without capitals, and lowering each into a new string was a large part
//! of the spelling and repeated-paragraph checks' cost.

use std::borrow::Cow;

/// `word` in lower case, borrowed when `word` is ASCII without capitals.
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

/// `word` in lower case, as `str::to_lowercase` gives it: `word` itself
/// when it is ASCII without capitals, else written into `buffer`.
pub fn lowered<'b>(word: &'b str, buffer: &'b mut String) -> &'b str {
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return word;
        }
        buffer.clear();
        buffer.push_str(word);
        buffer.make_ascii_lowercase();
    } else {
        *buffer = word.to_lowercase();
    }
    buffer
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
