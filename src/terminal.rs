//! What may reach a terminal: document text, messages quoting it and file
//! names are shown, never obeyed, and reports have a fixed width. Used by
//! the reports and by configuration errors, so it sits below both.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Output width in columns; fixed so output does not depend on the terminal.
pub const WIDTH: usize = 100;

/// Whether a terminal would obey `c` rather than show it: every control
/// character (C0, DEL and C1) but line feed and tab.
pub fn is_hidden(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Appends `c` as a terminal shows it without obeying it: C0 characters and
/// DEL as their Unicode control pictures (␛ for ESC, ␀ for NUL, ␍ for CR:
/// one column each, like the character they stand for), C1 characters
/// (U+0080–U+009F, which some terminals take as ESC and a letter) as
/// `\u{9b}`; every other character as it is.
pub fn push_visible(out: &mut String, c: char) {
    match u32::from(c) {
        n @ 0..=0x1f if is_hidden(c) => out.push(char::from_u32(0x2400 + n).unwrap_or('\u{fffd}')),
        0x7f => out.push('\u{2421}'),
        n if is_hidden(c) => {
            let _ = write!(out, "\\u{{{n:x}}}");
        }
        _ => out.push(c),
    }
}

/// Text for a terminal: a document's text, a message quoting it or a file
/// name can never retitle, clear or recolour the terminal (ESC ] 0 ; ... BEL,
/// ESC [ 2 J), move its cursor or hide text. Every text report passes what
/// it prints through this (the human report its parts, before miette adds
/// its own colours).
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        push_visible(&mut out, c);
    }
    Cow::Owned(out)
}

/// [`visible`] for a report that is already written.
pub fn visible_owned(text: String) -> String {
    match visible(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(shown) => shown,
    }
}
