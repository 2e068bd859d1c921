//! The question references of every entry, found once for the xref rules:
//! "vraag 57", "vragen 12 t/m 15", "vragen 3, 7 en 9", each number with
//! the span of its digits.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{Document, Kind, Span};

/// "vraag 57", "vragen 12 t/m 15", "vragen 3, 7 en 9", "vraag 12 en 13".
/// Zero-width characters pasted from a web page ("vraag\u{200b} 57") count
/// as nothing between the word and the number.
static QUESTION_REF: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\bvra(?:ag|gen)[\s\u{200b}-\u{200d}\u{2060}\u{feff}]+(?:nr\.?\s*)?([0-9]{1,4}[a-z]?(?:\s*(?:,|en|t/m|tot\s+en\s+met|-|–)\s*[0-9]{1,4}[a-z]?)*)\b(\s+(?:van|uit)\s+(?:de|het)\s+(?:lijst|kamervragen|schriftelijke|commissie|feitelijke|begroting)|\s+van\s+het\s+lid)?",
    )
});
static NUMBER_OR_RANGE: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"[0-9]{1,4}[a-z]?|t/m|tot\s+en\s+met|-|–"));
/// An answer that is only a reference: "Zie het antwoord op vraag 57." or "Zie vraag 72".
static REDIRECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)^\s*(?:zie\s+(?:ook\s+)?)?(?:(?:het|mijn)\s+)?(?:(?:antwoord|beantwoording)\s+(?:op|van|bij)?\s*(?:de\s+)?)?vra(?:ag|gen)\s+[0-9\s,en/tm–-]+\.?\s*$",
    )
});

/// One number of a reference, with the span of its digits.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Target {
    pub(crate) number: u32,
    /// "vraag 12a": a question inserted in a draft.
    pub(crate) suffix: Option<char>,
    pub(crate) span: Span,
}

/// All question references of an entry.
#[derive(Debug)]
pub(crate) struct EntryRefs {
    pub(crate) entry: usize,
    pub(crate) targets: Vec<Target>,
    /// Whether the whole answer is only a reference.
    pub(crate) redirect: bool,
}

/// In a letter, "... schrijven de ministers in antwoord op vraag 13": the
/// answer of another document, named by its author just before.
fn answers_elsewhere(before: &str) -> bool {
    let start = before.len().saturating_sub(160);
    let start = (start..=before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    let near = before[start..].to_lowercase();
    near.trim_end().ends_with("antwoord op")
        && ["minister", "staatssecretaris", "kabinet", "regering"]
            .iter()
            .any(|w| near.contains(w))
}

pub(crate) fn collect(doc: &Document) -> Vec<EntryRefs> {
    let lettered = has_lettered(doc);
    (0..doc.entries.len())
        .filter_map(|i| entry_refs(doc, i, lettered))
        .collect()
}

/// The question references of entry `i`, in its question and its answer;
/// `None` if it has none. Also used by structure/duplicate-question, for
/// the few entries it needs.
pub(crate) fn of_entry(doc: &Document, i: usize) -> Option<EntryRefs> {
    entry_refs(doc, i, has_lettered(doc))
}

/// "vraag 3a" names a question "3a" only in a draft that has one; in other
/// documents it is a part of question 3, and no reference.
fn has_lettered(doc: &Document) -> bool {
    doc.entries.iter().any(|e| e.suffix.is_some())
}

fn entry_refs(doc: &Document, i: usize, lettered: bool) -> Option<EntryRefs> {
    let e = &doc.entries[i];
    let mut targets = Vec::new();
    for joined in [doc.question_text(e), doc.answer_text(e)] {
        for caps in QUESTION_REF.captures_iter(&joined.text) {
            if caps.get(2).is_some() {
                continue; // a question of another document
            }
            let Some(whole) = caps.get(0) else { continue };
            if doc.kind == Kind::Letter && answers_elsewhere(&joined.text[..whole.start()]) {
                continue;
            }
            let Some(list) = caps.get(1) else { continue };
            // "(vraag 10)": the question restated, not a reference.
            let restated = joined.text[..whole.start()].ends_with('(')
                && joined.text[list.end()..].starts_with(')');
            if restated
                && e.numbers
                    .iter()
                    .any(|n| list.as_str().trim() == n.to_string())
            {
                continue;
            }
            for (n, suffix, s, t) in numbers(list.as_str()) {
                if suffix.is_some() && !lettered {
                    continue;
                }
                let at = list.start();
                let span = joined.source_span(at + s, at + t);
                targets.push(Target {
                    number: n,
                    suffix,
                    span,
                });
            }
        }
    }
    if targets.is_empty() {
        return None;
    }
    let answer = doc.answer_text(e);
    let redirect = !answer.text.trim().is_empty() && REDIRECT.is_match(&answer.text);
    Some(EntryRefs {
        entry: i,
        targets,
        redirect,
    })
}

/// "zie voetnoot 12".
static FOOTNOTE_REF: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)\bvoetnoot\s+([0-9]{1,3})\b"));

/// A reference to a footnote in an answer: "zie voetnoot 12".
#[derive(Debug, Clone, Copy)]
pub(crate) struct FootnoteRef {
    pub(crate) entry: usize,
    pub(crate) number: u32,
    /// The digits.
    pub(crate) span: Span,
}

/// Every "voetnoot N" in the answers.
pub(crate) fn footnote_refs(doc: &Document) -> Vec<FootnoteRef> {
    let mut out = Vec::new();
    for (entry, e) in doc.entries.iter().enumerate() {
        let answer = doc.answer_text(e);
        for caps in FOOTNOTE_REF.captures_iter(&answer.text) {
            let Some(m) = caps.get(1) else { continue };
            let Ok(number) = m.as_str().parse::<u32>() else {
                continue;
            };
            let span = answer.source_span(m.start(), m.end());
            out.push(FootnoteRef {
                entry,
                number,
                span,
            });
        }
    }
    out
}

/// Numbers of a list "12 t/m 15" with the byte range of each number
/// (a range yields every number, all pointing at the range's text, its
/// first number included).
fn numbers(s: &str) -> Vec<(u32, Option<char>, usize, usize)> {
    let mut out: Vec<(u32, Option<char>, usize, usize)> = Vec::new();
    let mut range = false;
    for m in NUMBER_OR_RANGE.find_iter(s) {
        let text = m.as_str();
        let suffix = text.chars().last().filter(char::is_ascii_lowercase);
        let digits = text.trim_end_matches(|c: char| c.is_ascii_lowercase());
        let Ok(n) = digits.parse::<u32>() else {
            range = true;
            continue;
        };
        if range {
            // A range of plain numbers only: "12 t/m 15".
            if let Some(&(from, None, fs, _)) = out.last() {
                if suffix.is_none() && n > from && n - from <= 50 {
                    if let Some(first) = out.last_mut() {
                        first.3 = m.end();
                    }
                    for k in from + 1..=n {
                        out.push((k, None, fs, m.end()));
                    }
                    range = false;
                    continue;
                }
            }
            range = false;
        }
        out.push((n, suffix, m.start(), m.end()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::numbers;

    #[test]
    fn number_lists_and_ranges() {
        let got: Vec<u32> = numbers("12 t/m 15").into_iter().map(|x| x.0).collect();
        assert_eq!(got, vec![12, 13, 14, 15]);
        let got: Vec<u32> = numbers("3, 7 en 9").into_iter().map(|x| x.0).collect();
        assert_eq!(got, vec![3, 7, 9]);
        let got: Vec<(u32, Option<char>)> = numbers("12a en 13")
            .into_iter()
            .map(|x| (x.0, x.1))
            .collect();
        assert_eq!(got, vec![(12, Some('a')), (13, None)]);
    }
}
