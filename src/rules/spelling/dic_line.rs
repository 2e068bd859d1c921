//! One line of a Hunspell `.dic` file: its word and its flags. Shared by
//! the build script (`src/build.rs`, which compiles the Dutch list's words into
//! sets) and [`super::dictionary`], so that both read a line alike.

/// `nl.aff`'s `FORBIDDENWORD` flag.
const FORBIDDEN: &str = "Fw";

/// The word of a `.dic` line: up to its flags (an unescaped `/`) or the
/// line's end.
pub fn stem(line: &str) -> &str {
    let line = &line[..line.find('\n').unwrap_or(line.len())];
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

/// Whether the entry on `line` is one the list allows: it lacks the
/// [`FORBIDDEN`] flag (flags are two characters each: `FLAG long`).
pub fn allowed(line: &str) -> bool {
    let word = stem(line);
    let flags = line[word.len()..].trim_start_matches('/');
    let flags = flags.split_whitespace().next().unwrap_or("");
    !flags
        .as_bytes()
        .chunks(2)
        .any(|f| f == FORBIDDEN.as_bytes())
}
