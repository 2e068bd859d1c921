//! text/: slips of the running text that review lets through: a word
//! written twice ("de de", "(ontvangen (ontvangen"), a sentence glued to
//! the next ("realiseren?Overweegt", "gesproken.3Toekomstige") and a full
//! stop left out, shown by a sentence opener in mid-sentence ("te
//! operationaliseren is Zie ook het antwoord op vraag 71").
//!
//! The rules read the prose the declarative rules read
//! ([`crate::rules::declarative::Prose`]): the front matter, each
//! question, each answer and each footnote, lines joined by a space, page
//! furniture and footnote blocks left out, URLs and e-mail addresses
//! masked. One file a rule; the words and the test for a running page
//! header that several rules need are here.

mod doubled_word;
mod glued_sentence;
mod missing_full_stop;

use std::cell::OnceCell;
use std::ops::Range;

pub use doubled_word::DOUBLED_WORD;
pub use glued_sentence::GLUED_SENTENCE;
pub use missing_full_stop::MISSING_FULL_STOP;

use super::declarative::{Prose, Region};
use super::registry::Family;
use crate::diagnostic::Diagnostic;
use crate::document::Document;

/// The text family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "text",
    rules: &[&DOUBLED_WORD, &GLUED_SENTENCE, &MISSING_FULL_STOP],
    check: Some(check),
    settings: None,
    compare: None,
};

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let prose = Prose::of(doc);
    let repeats = Repeats::new(doc);
    for region in &prose.regions {
        let words = words(region.text());
        doubled_word::check(doc, region, &words, &repeats, out);
        glued_sentence::check(region, out);
        missing_full_stop::check(doc, region, &words, &repeats, out);
    }
}

/// One word of a region's text: a run without white space, and within it
/// the letters and digits without the brackets and quotes that open it
/// and the punctuation that closes it.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    /// The whole run, "(ontvangen".
    pub range: Range<usize>,
    /// Without opening and closing signs, "ontvangen".
    pub core: Range<usize>,
}

impl Word {
    /// What opens the word: "(" of "(ontvangen", "" of "de".
    pub fn opening<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range.start..self.core.start]
    }

    /// What closes the word: ")." of "2024).", "" of "de".
    pub fn closing<'t>(&self, text: &'t str) -> &'t str {
        &text[self.core.end..self.range.end]
    }

    pub fn core<'t>(&self, text: &'t str) -> &'t str {
        &text[self.core.clone()]
    }
}

/// The words of `text`, in order.
pub(crate) fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(word(text, s..i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

fn word(text: &str, range: Range<usize>) -> Word {
    let run = &text[range.clone()];
    let lead = run.len() - run.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let trail = run.len() - run.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    let core = if lead + trail >= run.len() {
        range.start..range.start
    } else {
        range.start + lead..range.end - trail
    };
    Word { range, core }
}

/// Whether a word is written in letters only (a hyphen or an apostrophe
/// inside it allowed): "ontvangen", "e-mail", "zo'n", not "2024", "CO2".
pub(crate) fn letters_only(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && word.starts_with(char::is_alphabetic)
}

/// Whether `word` starts with a capital and goes on in lower case
/// ("Omgekeerd", not "CBS", not "omgekeerd").
pub(crate) fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(|c| !c.is_uppercase())
}

/// The running text of the document with every run of white space one
/// space, made when first needed: a page header that lost its line break
/// (the Rekenkamer's letters: "... Over het beheer van staatsdeelnemingen
/// Wij hebben ...") is told by its words coming back page after page.
pub(crate) struct Repeats<'d> {
    doc: &'d Document,
    squashed: OnceCell<String>,
}

impl<'d> Repeats<'d> {
    pub fn new(doc: &'d Document) -> Self {
        Repeats {
            doc,
            squashed: OnceCell::new(),
        }
    }

    /// Whether the words of `region` that end with word `last` (its last
    /// `count` words, at least 20 characters) are printed three times or
    /// more in the document: a running page header or a table's head, not
    /// a sentence.
    /// Only where the line breaks were lost: elsewhere a page header is a
    /// line of its own, furniture or the start of a block.
    pub fn running(&self, region: &Region, words: &[Word], last: usize, count: usize) -> bool {
        if !self.doc.line_breaks_lost {
            return false;
        }
        let first = last.saturating_sub(count.saturating_sub(1));
        let text = region.text();
        let phrase = squash(&text[words[first].range.start..words[last].range.end]);
        if phrase.len() < 20 {
            return false;
        }
        let squashed = self.squashed.get_or_init(|| squash(&self.doc.text));
        memchr::memmem::find_iter(squashed.as_bytes(), phrase.as_bytes())
            .take(3)
            .count()
            >= 3
    }
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_signs_apart() {
        let text = "(ontvangen (ontvangen 7 juni 2024). «Erkenning»";
        let shown: Vec<(&str, &str, &str)> = words(text)
            .iter()
            .map(|w| (w.opening(text), w.core(text), w.closing(text)))
            .collect();
        assert_eq!(
            shown,
            [
                ("(", "ontvangen", ""),
                ("(", "ontvangen", ""),
                ("", "7", ""),
                ("", "juni", ""),
                ("", "2024", ")."),
                ("«", "Erkenning", "»"),
            ]
        );
    }

    #[test]
    fn what_a_word_is_made_of() {
        assert!(letters_only("e-mail") && letters_only("zo'n") && letters_only("de"));
        assert!(!letters_only("2024") && !letters_only("CO2") && !letters_only(""));
        assert!(capitalised("Omgekeerd") && !capitalised("CBS") && !capitalised("de"));
    }
}
