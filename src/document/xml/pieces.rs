//! Pieces of text: whitespace collapsed and trimmed, and their plain text.

use crate::document::synth::Piece;

pub(super) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whitespace collapsed across pieces, and trimmed at both ends.
pub(crate) fn tidy(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut space = true; // at the start: drop leading whitespace
    for p in pieces {
        match p {
            Piece::Text(t) => {
                let mut s = String::with_capacity(t.len());
                for c in t.chars() {
                    if c.is_whitespace() && c != '\u{a0}' {
                        if !space {
                            s.push(' ');
                            space = true;
                        }
                    } else {
                        s.push(c);
                        space = false;
                    }
                }
                if !s.is_empty() {
                    out.push(Piece::Text(s));
                }
            }
            Piece::Link { text, url } => {
                let mut t = collapse(&text);
                if !t.is_empty() {
                    if text.starts_with(char::is_whitespace) && !space {
                        t.insert(0, ' ');
                    }
                    space = false;
                    out.push(Piece::Link { text: t, url });
                }
            }
            r @ Piece::Ref(_) => {
                space = false;
                out.push(r);
            }
        }
    }
    // Trailing whitespace.
    while let Some(Piece::Text(t)) = out.last_mut() {
        let trimmed = t.trim_end().len();
        if trimmed == 0 {
            out.pop();
        } else {
            t.truncate(trimmed);
            break;
        }
    }
    out
}

pub(crate) fn pieces_text(pieces: &[Piece]) -> String {
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => s.push_str(t),
            Piece::Link { text, .. } => s.push_str(text),
            Piece::Ref(_) => {}
        }
    }
    s
}

pub(crate) fn has_ref(pieces: &[Piece]) -> bool {
    pieces.iter().any(|p| matches!(p, Piece::Ref(_)))
}
