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
        r"(?i)\bvra(?:ag|gen)[\s\u{200b}-\u{200d}\u{2060}\u{feff}]+(?:nr\.?\s*)?([0-9]{1,4}(?:\s*(?:,|en|t/m|tot\s+en\s+met|-|–)\s*[0-9]{1,4})*)\b(\s+(?:van|uit)\s+(?:de|het)\s+(?:lijst|kamervragen|schriftelijke|commissie|feitelijke|begroting)|\s+van\s+het\s+lid)?",
    )
});
static NUMBER_OR_RANGE: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"[0-9]{1,4}|t/m|tot\s+en\s+met|-|–"));
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

pub(super) fn collect(doc: &Document) -> Vec<EntryRefs> {
    (0..doc.entries.len())
        .filter_map(|i| of_entry(doc, i))
        .collect()
}

/// The question references of entry `i`, in its question and its answer;
/// `None` if it has none. Also used by structure/duplicate-question, for
/// the few entries it needs.
pub(crate) fn of_entry(doc: &Document, i: usize) -> Option<EntryRefs> {
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
            for (n, s, t) in numbers(list.as_str()) {
                let at = list.start();
                let span = joined.source_span(at + s, at + t);
                targets.push(Target { number: n, span });
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

/// Numbers of a list "12 t/m 15" with the byte range of each number
/// (a range yields every number, all pointing at the range's text, its
/// first number included).
fn numbers(s: &str) -> Vec<(u32, usize, usize)> {
    let mut out: Vec<(u32, usize, usize)> = Vec::new();
    let mut range = false;
    for m in NUMBER_OR_RANGE.find_iter(s) {
        let Ok(n) = m.as_str().parse::<u32>() else {
            range = true;
            continue;
        };
        if range {
            if let Some(&(from, fs, _)) = out.last() {
                if n > from && n - from <= 50 {
                    if let Some(first) = out.last_mut() {
                        first.2 = m.end();
                    }
                    for k in from + 1..=n {
                        out.push((k, fs, m.end()));
                    }
                    range = false;
                    continue;
                }
            }
            range = false;
        }
        out.push((n, m.start(), m.end()));
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
    }
}
