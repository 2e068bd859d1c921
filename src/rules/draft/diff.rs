//! The word-level difference between two versions of a question, as an
//! editor reads a tracked change: `[-removed-]` and `{+added+}` between
//! a few words of context, and the spans of the changed words on either
//! side.

use similar::{capture_diff_slices, Algorithm, DiffOp};

use super::words::Word;
use crate::document::Span;

/// Words of unchanged context shown on either side of a change.
const CONTEXT: usize = 3;
/// At most this many changes are written out; the rest are counted.
const MAX_CHANGES: usize = 4;

/// How two versions of one question differ.
#[derive(Debug)]
pub struct Change {
    /// The changed words in the old version (or the word where the new
    /// one added something).
    pub old: Span,
    /// The changed words in the new version (or the word where something
    /// was removed).
    pub new: Span,
    /// "… de [-handelsmissies-] {+missies+} naar …".
    pub shown: String,
}

/// The difference of `new` from `old`, or `None` when their words are the
/// same.
pub fn words(old: &[Word], new: &[Word]) -> Option<Change> {
    let keys = |words: &[Word]| -> Vec<String> { words.iter().map(|w| w.key.clone()).collect() };
    let ops = capture_diff_slices(Algorithm::Myers, &keys(old), &keys(new));
    let a: Vec<&str> = old.iter().map(|w| w.shown.as_str()).collect();
    let b: Vec<&str> = new.iter().map(|w| w.shown.as_str()).collect();
    let changes: Vec<&DiffOp> = ops
        .iter()
        .filter(|op| !matches!(op, DiffOp::Equal { .. }))
        .collect();
    let (first, last) = (changes.first()?, changes.last()?);
    let old_span = cover(old, first.old_range().start, last.old_range().end);
    let new_span = cover(new, first.new_range().start, last.new_range().end);
    let mut shown = String::new();
    let mut written = 0;
    for (k, op) in ops.iter().enumerate() {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                let words = &a[*old_index..old_index + len];
                let after_change = k > 0;
                let before_change = k + 1 < ops.len();
                push_context(&mut shown, words, after_change, before_change);
            }
            _ if written == MAX_CHANGES => {
                let rest = changes.len() - MAX_CHANGES;
                push_word(&mut shown, &format!("(+{rest})"));
                break;
            }
            _ => {
                written += 1;
                let removed = &a[op.old_range()];
                let added = &b[op.new_range()];
                if !removed.is_empty() {
                    push_word(&mut shown, &format!("[-{}-]", removed.join(" ")));
                }
                if !added.is_empty() {
                    push_word(&mut shown, &format!("{{+{}+}}", added.join(" ")));
                }
            }
        }
    }
    Some(Change {
        old: old_span,
        new: new_span,
        shown,
    })
}

/// The unchanged words between changes: a few after the change before
/// them and a few before the change after them, "…" for what is left out.
fn push_context(out: &mut String, words: &[&str], after_change: bool, before_change: bool) {
    let head = if after_change { CONTEXT } else { 0 };
    let tail = if before_change { CONTEXT } else { 0 };
    if words.len() <= head + tail {
        for w in words {
            push_word(out, w);
        }
        return;
    }
    for w in &words[..head] {
        push_word(out, w);
    }
    push_word(out, "…");
    for w in &words[words.len() - tail..] {
        push_word(out, w);
    }
}

fn push_word(out: &mut String, word: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(word);
}

/// The span of words `start..end`; for an empty range (nothing changed on
/// this side) the word at the place, or the last word.
fn cover(words: &[Word], start: usize, end: usize) -> Span {
    let at = |i: usize| words.get(i).or(words.last()).map(|w| w.span);
    match (
        at(start),
        end.checked_sub(1).filter(|&e| e >= start).and_then(at),
    ) {
        (Some(a), Some(b)) => a.cover(b),
        (Some(a), None) => a,
        _ => Span::new(0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Vec<Word> {
        let mut at = 0;
        text.split(' ')
            .map(|k| {
                let span = Span::new(at, at + k.len());
                at += k.len() + 1;
                Word {
                    span,
                    shown: k.to_string(),
                    key: k.to_string(),
                }
            })
            .collect()
    }

    #[test]
    fn shows_the_changed_words_with_context() {
        let old = w("Kunt u aangeven hoeveel handelsmissies er in 2024 naar Israël gingen?");
        let new = w("Kunt u aangeven hoeveel missies er in 2024 naar Israël gingen?");
        let c = words(&old, &new).unwrap();
        assert_eq!(
            c.shown,
            "… u aangeven hoeveel [-handelsmissies-] {+missies+} er in 2024 …"
        );
        assert_eq!(c.new, new[4].span);
        assert_eq!(c.old, old[4].span);
    }

    #[test]
    fn the_same_words_are_no_change() {
        assert!(words(&w("Hoe gaat het?"), &w("Hoe gaat het?")).is_none());
    }

    #[test]
    fn a_removed_word_points_at_its_place() {
        let old = w("Hoe gaat het nu met de export?");
        let new = w("Hoe gaat het met de export?");
        let c = words(&old, &new).unwrap();
        assert_eq!(c.shown, "Hoe gaat het [-nu-] met de export?");
        // Nothing of the draft changed: the finding stands on the word
        // where "nu" was.
        assert_eq!(c.new, new[3].span);
        assert_eq!(c.old, old[3].span);
    }
}
