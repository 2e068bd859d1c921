//! A question's text as words, with what layout changes taken out, so
//! that two versions of one question compare equal when only the layout
//! differs: line breaks and runs of spaces, a word hyphenated at a line
//! end, the form of quotes and dashes, page furniture (which the reader
//! leaves out of a question's lines already) and footnote markers.
//!
//! Each word keeps its span in the source, so that a difference is
//! reported at the exact characters, and a key to compare by.

use crate::document::{Document, Entry, Span};

/// One word of a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Where the word stands in the source (a word hyphenated over two
    /// lines covers both parts, and the line break between them).
    pub span: Span,
    /// The word as printed, in one line: quotes and dashes in one form,
    /// footnote markers and soft hyphens cut off ("handels-missies" for a
    /// word broken at a line end).
    pub shown: String,
    /// What two versions compare: `shown` without hyphens between letters.
    /// A hyphen at a line end may be the break's or the word's own
    /// ("hoge-\nrisicolanden"), so no hyphen between letters counts.
    pub key: String,
}

/// The words of the question of `entry` (joint entries: all of it).
pub fn of_question(doc: &Document, entry: &Entry) -> Vec<Word> {
    of_lines(doc, &entry.question)
}

/// The words of `lines` (spans of one line each, in order).
pub fn of_lines(doc: &Document, lines: &[Span]) -> Vec<Word> {
    let markers: Vec<Span> = doc.markers.iter().map(|m| m.span).collect();
    let mut words: Vec<Word> = Vec::new();
    // Whether the last word ended its line with a hyphen after a letter,
    // and may go on in the next line's first word.
    let mut hyphenated = false;
    for line in lines {
        let text = doc.slice(*line);
        let mut first = true;
        for (start, raw) in split_words(text) {
            let span = Span::new(line.start + start, line.start + start + raw.len());
            let shown = shown_of(doc, span, &markers);
            if shown.is_empty() {
                continue;
            }
            // "handels-\nmissies" and "Noord-\nHolland" are one word
            // either way (the key keeps no hyphen between letters).
            let joins = first && hyphenated && shown.starts_with(char::is_alphanumeric);
            first = false;
            match words.last_mut() {
                Some(last) if joins => {
                    last.shown.push_str(&shown);
                    last.key = key_of(&last.shown);
                    last.span = last.span.cover(span);
                }
                _ => words.push(Word {
                    span,
                    key: key_of(&shown),
                    shown,
                }),
            }
        }
        hyphenated = words.last().is_some_and(|w| ends_in_break_hyphen(&w.shown));
    }
    drop_furniture(&mut words);
    words
}

/// Takes out what the layout left in a question's text where the reader
/// could not: a page marker ("3/6", "4/7") where a letter's page broke,
/// and a "Vraag 2" label inside the text of questions answered together.
fn drop_furniture(words: &mut Vec<Word>) {
    let page = |w: &Word| {
        w.key.split_once('/').is_some_and(|(a, b)| {
            (1..=3).contains(&a.len())
                && (1..=3).contains(&b.len())
                && a.bytes().all(|c| c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_digit())
        })
    };
    let number =
        |w: &Word| (1..=4).contains(&w.key.len()) && w.key.bytes().all(|c| c.is_ascii_digit());
    let mut keep = vec![true; words.len()];
    for i in 0..words.len() {
        if page(&words[i]) {
            keep[i] = false;
        }
        let label = matches!(words[i].key.as_str(), "Vraag" | "VRAAG");
        if label && words.get(i + 1).is_some_and(number) {
            keep[i] = false;
            keep[i + 1] = false;
        }
    }
    let mut k = 0;
    words.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// "handels-" (a letter, then a hyphen): a word that may have been broken
/// at the line end.
fn ends_in_break_hyphen(key: &str) -> bool {
    let mut chars = key.chars().rev();
    chars.next() == Some('-') && chars.next().is_some_and(char::is_alphabetic)
}

/// The words of one line: runs of characters between white space, with
/// their byte offsets.
fn split_words(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &line[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &line[s..]));
    }
    out
}

/// The word at `span` as shown: without the footnote markers inside it,
/// quotes and dashes in one form, no soft hyphens.
fn shown_of(doc: &Document, span: Span, markers: &[Span]) -> String {
    let mut key = String::with_capacity(span.len());
    let first = markers.partition_point(|m| m.end <= span.start);
    let mut at = span.start;
    for m in markers[first..].iter().take_while(|m| m.start < span.end) {
        push_key(&mut key, doc.slice(Span::new(at, m.start.max(at))));
        at = m.end.min(span.end);
    }
    push_key(&mut key, doc.slice(Span::new(at, span.end)));
    key
}

fn push_key(key: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\u{ad}' => {}
            '‘' | '’' | '‚' | '‛' | '`' | '´' | '′' => key.push('\''),
            '“' | '”' | '„' | '‟' | '«' | '»' | '″' => key.push('"'),
            '–' | '—' | '‐' | '‑' | '−' => key.push('-'),
            _ => key.push(c),
        }
    }
}

/// `shown` without a hyphen between two letters or digits, and without a
/// footnote number the reader could not tell from the text ("rapporteur?9",
/// "uit 2018?10", "Soedan.1": one to three digits after the question
/// mark, exclamation mark or full stop that ends a word).
fn key_of(shown: &str) -> String {
    let chars: Vec<char> = unmarked(shown).chars().collect();
    let mut key = String::with_capacity(shown.len());
    for (i, &c) in chars.iter().enumerate() {
        let between = i > 0
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if !(c == '-' && between) {
            key.push(c);
        }
    }
    key
}

/// `word` without the digits of a footnote marker glued to its end.
fn unmarked(word: &str) -> &str {
    let digits = word.len() - word.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return word;
    }
    let head = &word[..word.len() - digits];
    let mut back = head.chars().rev();
    let glued = match (back.next(), back.next()) {
        (Some('?' | '!'), Some(_)) => true,
        (Some('.'), Some(c)) => c.is_alphabetic() || c == ')',
        _ => false,
    };
    if glued {
        head
    } else {
        word
    }
}

/// The keys of `words` joined by single spaces: the text two versions
/// must share to be the same question.
pub fn joined(words: &[Word]) -> String {
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&w.key);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let doc = crate::read_bytes("t.txt", text.as_bytes());
        let entry = doc.entries.first().expect("an entry");
        of_question(&doc, entry)
            .into_iter()
            .map(|w| w.key)
            .collect()
    }

    #[test]
    fn layout_is_not_a_difference() {
        let a = words("1 Kunt u de „handelsmissies” naar\nhoge-risicolanden toelichten?\nJa.\n");
        let b =
            words("1 Kunt u de \"handels-\nmissies\"   naar hoge–risicolanden toelichten?\nJa.\n");
        assert_eq!(a, b);
        assert_eq!(a[3], "\"handelsmissies\"");
        assert_eq!(a[5], "hogerisicolanden");
    }

    #[test]
    fn a_hyphen_at_a_line_end_joins_whatever_follows() {
        let a = words("1 Hoe staat het met Noord-\nHolland?\nGoed.\n");
        let b = words("1 Hoe staat het met Noord-Holland?\nGoed.\n");
        assert_eq!(a, ["Hoe", "staat", "het", "met", "NoordHolland?"]);
        assert_eq!(a, b);
    }

    #[test]
    fn a_marker_the_reader_did_not_see_is_no_difference() {
        assert_eq!(unmarked("rapporteur?9"), "rapporteur?");
        assert_eq!(unmarked("2018?10"), "2018?");
        assert_eq!(unmarked("Soedan.1"), "Soedan.");
        assert_eq!(unmarked("3.1"), "3.1");
        assert_eq!(unmarked("2024"), "2024");
        assert_eq!(unmarked("G20"), "G20");
    }

    #[test]
    fn page_markers_and_labels_inside_a_question_are_layout() {
        let a = words("1 Hoe is de stand? Vraag 2 Welke kosten 3/6 zijn er?\nGeen.\n");
        assert_eq!(
            a,
            ["Hoe", "is", "de", "stand?", "Welke", "kosten", "zijn", "er?"]
        );
    }

    #[test]
    fn spans_cover_the_exact_characters() {
        let text = "1 Is de export   gestegen?\nJa.\n";
        let doc = crate::read_bytes("t.txt", text.as_bytes());
        let w = of_question(&doc, &doc.entries[0]);
        let shown: Vec<&str> = w.iter().map(|w| doc.slice(w.span)).collect();
        assert_eq!(shown, ["Is", "de", "export", "gestegen?"]);
    }
}
