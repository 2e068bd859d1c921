//! The tokenizer as it was before its byte-wise fast path (commit 146bb94),
//! kept to check that the fast path reads every text the same: ASCII,
//! accented, other scripts, odd white space and punctuation.

use super::{Word, MAX_LETTERS, MIN_LETTERS};
use crate::document::Span;

fn connector(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

/// The words of `lines` (spans into `text`, in order), one part of an
/// entry: a question or an answer.
fn words<'a>(text: &'a str, lines: &[Span]) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    // The last character before the current word that is not white space,
    // over the lines of the part: None at its start.
    let mut before: Option<char> = None;
    for line in lines {
        let s = &text[line.start..line.end];
        let mut chars = s.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !c.is_alphabetic() {
                if !c.is_whitespace() {
                    before = Some(c);
                }
                continue;
            }
            let start = i;
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                let joins = connector(d)
                    && s[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic);
                if d.is_alphabetic() || joins {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let word = &s[start..end];
            let prev = s[..start].chars().next_back();
            let next = s[end..].chars().next();
            let opens = matches!(
                before,
                None | Some(
                    '.' | '?' | '!' | ':' | ';' | '•' | '-' | '–' | '—' | '\u{f0b7}' | '·' | '▪'
                )
            ) || before.is_some_and(|b| b.is_ascii_digit())
                // A bullet printed as a letter "o" at the start of a line.
                || s[..start].trim() == "o";
            before = word.chars().next_back();
            if readable(s, start, end, prev, next) {
                out.push(Word {
                    text: word,
                    span: Span::new(line.start + start, line.start + end),
                    opens,
                    next,
                    piece_before: piece_before(&s[..start]),
                    piece_after: piece_after(&s[end..]),
                });
            }
        }
    }
    out
}

/// The run of letters that ends `before` after one space (or "- ").
fn piece_before(before: &str) -> Option<&str> {
    let rest = before
        .strip_suffix(' ')
        .map(|r| r.strip_suffix('-').unwrap_or(r))?;
    let start = rest
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    Some(&rest[start..])
}

/// The run of letters that starts `after` after one space.
fn piece_after(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(' ')?;
    let end = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    (end > 0).then(|| &rest[..end])
}

/// Whether the word at `start..end` of line `s` is one a spelling check
/// may read.
fn readable(s: &str, start: usize, end: usize, prev: Option<char>, next: Option<char>) -> bool {
    let word = &s[start..end];
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if !(MIN_LETTERS..=MAX_LETTERS).contains(&letters) {
        return false;
    }
    // Capitals after the first letter: an abbreviation or a brand ("KvK",
    // "DNB", "iPhone").
    if word.chars().skip(1).any(char::is_uppercase) {
        return false;
    }
    if word.chars().next().is_some_and(char::is_lowercase) && word.chars().any(char::is_uppercase) {
        return false;
    }
    // A compound's first part cut off: "bedrijfs- en", "(overheids)organisaties";
    // a word glued to a bracket or another word's part.
    let after_next = next.and_then(|n| s[end + n.len_utf8()..].chars().next());
    if next.is_some_and(connector) && !after_next.is_some_and(char::is_alphabetic) {
        return false;
    }
    if next == Some(')') && after_next.is_some_and(char::is_alphabetic) {
        return false;
    }
    if prev.is_some_and(connector) || prev == Some(')') {
        return false;
    }
    // The whole run of characters without white space around the word: a
    // URL, an e-mail address, a path, a word with digits or full stops
    // inside ("o.a.", "rijksoverheid.nl", "COVID-19").
    let chunk_start = s[..start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let chunk_end = s[end..]
        .find(char::is_whitespace)
        .map_or(s.len(), |i| end + i);
    let chunk = &s[chunk_start..chunk_end];
    if chunk.chars().any(|c| {
        c.is_ascii_digit()
            || matches!(
                c,
                '@' | '/' | '\\' | '_' | '=' | '#' | '&' | '+' | '*' | '|' | '<' | '>' | '~' | '^'
            )
    }) || chunk.contains("www")
    {
        return false;
    }
    let cs: Vec<char> = chunk.chars().collect();
    if cs
        .windows(3)
        .any(|w| w[1] == '.' && w[0].is_alphabetic() && w[2].is_alphabetic())
    {
        return false;
    }
    true
}

/// Texts on which the two readings might part: every branch of the
/// tokenizer, with ASCII and non-ASCII letters, white space and signs.
const TEXTS: &[&str] = &[
    "Welke risicos ziet DNB? Zie www.rijksoverheid.nl en bedrijfs- en overheidspartijen.",
    "(overheids)organisaties, o.a. COVID-19 en KvK-nummers; Vpb-opbrengsten zijn hoger",
    "risico's, e-mail, ’s-Hertogenbosch, café’s en coördinatie; naïeve ideeën",
    "o Eerste opsommingsteken\u{a0}met\u{2003}vreemde\u{85}witruimte en\u{b}tabs\tenzo",
    "\u{f0b7} Verantwoordin g en finan- ciering van Ελληνικά woorden, ÉÉN HOOFDLETTERWOORD",
    "info@minfin.nl, C:\\pad\\naar\\bestand, a_b=c#d&e+f*g|h<i>j~k^l, https://x.y/z",
    "ZÜRICH zürich Zürich-achtig Ärger; ärgerlijk.Dus twee.zinnen, één.één",
    "—gedachtestreepje–en·punt▪blokje 12 maanden 3e kwartaal (zie bijlage)tekst",
    "ǅemal ǆungla ﬁnanciën ßtraße İstanbul ΣΟΦΊΑ σοφίας",
    "woord'' woord-- woord-’ -woord 'woord ’woord) (woord)woord woord)(woord",
];

fn compare(text: &str) {
    let lines = [Span::new(0, text.len())];
    let new = super::words(text, &lines);
    let old = words(text, &lines);
    let show = |ws: &[Word<'_>]| -> Vec<String> { ws.iter().map(|w| format!("{w:?}")).collect() };
    assert_eq!(show(&new), show(&old), "{text:?}");
}

#[test]
fn the_fast_path_reads_as_the_old_one() {
    for text in TEXTS {
        compare(text);
    }
    // Every text cut at each character boundary, and the texts run
    // together over several lines.
    for text in TEXTS {
        for (i, _) in text.char_indices() {
            compare(&text[i..]);
            compare(&text[..i]);
        }
    }
    let all = TEXTS.join("\n");
    let mut lines = Vec::new();
    let mut at = 0;
    for t in TEXTS {
        lines.push(Span::new(at, at + t.len()));
        at += t.len() + 1;
    }
    let show = |ws: &[Word<'_>]| -> Vec<String> { ws.iter().map(|w| format!("{w:?}")).collect() };
    assert_eq!(
        show(&super::words(&all, &lines)),
        show(&words(&all, &lines))
    );
}
