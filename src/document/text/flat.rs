//! Text whose line breaks were lost: a dataset export that replaced every
//! line break by spaces, so a letter of ten pages is one line. The
//! reader works on lines, so such a line is cut into virtual lines, each a
//! span of the source:
//! - at runs of two or more spaces, where the line breaks were (a run of
//!   three or more marks a paragraph gap, as a blank line would);
//! - before a "Vraag N" label, and around an "Antwoord" label that follows
//!   a sentence's end, so that labels stand on lines of their own;
//! - at sentence ends, where a piece is still long (older exports kept
//!   single spaces only).
//!
//! A text is taken to have lost its line breaks only when it stands on a
//! few lines, or a very long line keeps the runs of spaces where its breaks
//! were ([`lost_line_breaks`]); a web page whose paragraphs are long lines
//! is read as it is.

use std::sync::LazyLock;

use regex::Regex;

use super::lines::Line;
use crate::document::Span;

/// A physical line longer than this is cut into virtual lines.
const LONG_LINE: usize = 500;
/// A piece longer than this is cut further at sentence ends.
const LONG_PIECE: usize = 300;

/// "Vraag 12" (not "vraag 12" in running text; also glued to a page
/// marker, "3/15Vraag 2", and as scanned, "Vraag .11"), and "Antwoord"
/// after a sentence's end.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?:^|\s|[0-9]/[0-9]{1,3})(Vraag \.?[0-9]{1,3}\b)|[.?!:]\s+(Antwoord)\s+[A-Z]",
    )
});
/// A sentence's end followed by a capital or a number.
static SENTENCE_END: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"[.?!;][’”\x22)]?(\s+)[A-Z0-9‘“(]"));

/// Whether the line breaks of a text were lost: the whole text stands on
/// a few lines, or a very long line keeps the runs of spaces where its
/// line breaks were. A web page's paragraph on one long line (a list as
/// officielebekendmakingen.nl prints it) is neither.
fn lost_line_breaks(text: &str, lines: &[Line]) -> bool {
    let long = |l: &&Line| l.span.len() > LONG_LINE;
    if lines.iter().filter(|l| !l.span.is_empty()).count() <= 3 {
        return lines.iter().any(|l| long(&l));
    }
    lines
        .iter()
        .filter(long)
        .any(|l| l.span.len() > 3000 && l.span.text(text).matches("  ").count() >= 10)
}

/// The lines of `text`, cut into virtual lines where its line breaks were
/// lost; and whether they were.
pub(super) fn virtual_lines(text: &str, lines: Vec<Line>) -> (Vec<Line>, bool) {
    if !lost_line_breaks(text, &lines) {
        return (lines, false);
    }
    let mut out = Vec::with_capacity(lines.len() * 4);
    for line in lines {
        if line.span.len() <= LONG_LINE {
            out.push(line);
            continue;
        }
        cut_line(text, line.span, &mut out);
    }
    (out, true)
}

/// Cuts one long line at runs of spaces, then cuts long pieces further.
fn cut_line(text: &str, span: Span, out: &mut Vec<Line>) {
    let s = span.text(text);
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut gap = false;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b' ' && bytes.get(i + 1) == Some(&b' ') {
            let mut j = i;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            // "2  Kunt u ...": a question number keeps its text.
            let before = s[start..i].trim();
            let number = !before.is_empty()
                && before.len() <= 4
                && before
                    .trim_end_matches('.')
                    .bytes()
                    .all(|b| b.is_ascii_digit());
            if number {
                i = j;
                continue;
            }
            piece(text, span.start + start, span.start + i, gap, out);
            gap = j - i >= 3;
            start = j;
            i = j;
            continue;
        }
        i += 1;
    }
    piece(text, span.start + start, span.start + bytes.len(), gap, out);
}

/// Pushes the virtual lines of one piece: cut before labels, and at
/// sentence ends where it is long.
fn piece(text: &str, start: usize, end: usize, gap: bool, out: &mut Vec<Line>) {
    let s = &text[start..end];
    let long = s.len() > LONG_PIECE;
    let mut cuts: Vec<usize> = Vec::new();
    for caps in LABEL.captures_iter(s) {
        if let Some(m) = caps.get(1) {
            cuts.push(m.start());
        } else if let Some(m) = caps.get(2) {
            cuts.push(m.start());
            cuts.push(m.end());
        }
    }
    if long {
        cuts.extend(
            SENTENCE_END
                .captures_iter(s)
                .filter_map(|c| c.get(1))
                .map(|m| m.end()),
        );
    }
    cuts.sort_unstable();
    cuts.push(s.len());
    let mut from = 0;
    let mut first = true;
    for cut in cuts {
        if cut <= from {
            continue;
        }
        let part = Span::new(start + from, start + cut);
        let t = part.text(text);
        let lead = t.len() - t.trim_start().len();
        let trail = t.len() - t.trim_end().len();
        if lead + trail < t.len() {
            out.push(Line {
                span: Span::new(part.start + lead, part.end - trail),
                gap_before: gap && first,
            });
            first = false;
        }
        from = cut;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Vec<&str> {
        let line = Line {
            span: Span::new(0, s.len()),
            gap_before: false,
        };
        let mut out = Vec::new();
        cut_line(s, line.span, &mut out);
        out.iter().map(|l| l.span.text(s)).collect()
    }

    #[test]
    fn cuts_at_space_runs_and_labels() {
        let s = "Geachte mevrouw Arib,    Hierbij bieden wij u de  antwoorden aan.     2/7 Antwoorden    Vraag 1  Gaan de maatregelen het oplossen? Zo nee, welke wel?    De minister stelt dat.";
        assert_eq!(
            cut(s),
            vec![
                "Geachte mevrouw Arib,",
                "Hierbij bieden wij u de",
                "antwoorden aan.",
                "2/7 Antwoorden",
                "Vraag 1",
                "Gaan de maatregelen het oplossen? Zo nee, welke wel?",
                "De minister stelt dat."
            ]
        );
    }

    #[test]
    fn page_marker_glued_to_a_label() {
        let s = "Zicht op belastingverlichtende regelingen   3/15Vraag 2  Kan een uitbreiding van de capaciteit helpen? Ja. En verder   Vraag .11 Biedt het recht ruimte?";
        assert_eq!(
            cut(s),
            vec![
                "Zicht op belastingverlichtende regelingen",
                "3/15",
                "Vraag 2",
                "Kan een uitbreiding van de capaciteit helpen? Ja. En verder",
                "Vraag .11 Biedt het recht ruimte?"
            ]
        );
    }

    #[test]
    fn single_spaced_text_is_cut_at_labels() {
        let s = "nr. 1) Vraag 1 Wat betekent het concreet? Antwoord In ons rapport staat het. Vraag 2 Hoe?";
        assert_eq!(
            cut(s),
            vec![
                "nr. 1)",
                "Vraag 1 Wat betekent het concreet?",
                "Antwoord",
                "In ons rapport staat het.",
                "Vraag 2 Hoe?"
            ]
        );
    }
}
