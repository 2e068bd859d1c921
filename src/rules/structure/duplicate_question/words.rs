//! The words of the questions of a list, as structure/duplicate-question
//! compares them: each question's content stems, numbered per document,
//! read with a vocabulary kept per thread (a corpus repeats its words, and
//! stemming them is most of the rule's work).

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

use crate::document::{Document, Span};
use crate::rules::content::content_stem;

/// FNV-1a, for the maps of words: their keys are short and gain nothing
/// from SipHash's resistance to chosen collisions (a document that makes
/// its words collide slows its own check, within a bounded vocabulary),
/// and SipHash, the standard library's, cost a tenth of this rule's time.
#[derive(Clone, Copy, Default)]
struct Fnv;

struct FnvHasher(u64);

impl BuildHasher for Fnv {
    type Hasher = FnvHasher;
    fn build_hasher(&self) -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// One content word of a question: its stem, and whether it was written as
/// a name or a number ("AVROTROS", "Inspectie" in mid-sentence, "2024").
#[derive(Debug, Clone, Copy)]
pub(super) struct Word {
    pub(super) stem: u32,
    pub(super) name: bool,
}

/// The words this thread has read, kept from one document to the next: a
/// corpus repeats its vocabulary, and finding a word's stem (the stop
/// words, the stemmer, the interning) is most of this rule's work. Bounded:
/// emptied before a document when it holds [`VOCABULARY`] words.
struct Vocabulary {
    /// Each lowercased word's stem, by its number here; [`NOT_CONTENT`] for
    /// a word that is not a content word.
    words: HashMap<Box<str>, u32, Fnv>,
    /// Each stem's number.
    stems: HashMap<Box<str>, u32, Fnv>,
    /// By stem number: the document that last used the stem, and its
    /// number in that document (the documents number their stems 0, 1, 2,
    /// ... in the order they first use them).
    used: Vec<(u64, u32)>,
    /// The document being read, counted from 1.
    document: u64,
    /// The stems the document uses.
    in_document: u32,
}

/// The most words [`Vocabulary`] keeps (about half a megabyte); a list
/// uses one to two thousand.
const VOCABULARY: usize = 1 << 13;

const NOT_CONTENT: u32 = u32::MAX;

thread_local! {
    static WORDS: RefCell<Vocabulary> = const {
        RefCell::new(Vocabulary {
            words: HashMap::with_hasher(Fnv),
            stems: HashMap::with_hasher(Fnv),
            used: Vec::new(),
            document: 0,
            in_document: 0,
        })
    };
}

impl Vocabulary {
    /// Starts a document.
    fn start(&mut self) {
        if self.words.len() >= VOCABULARY {
            self.words.clear();
            self.stems.clear();
            self.used.clear();
        }
        self.document += 1;
        self.in_document = 0;
    }

    /// The number in this document of the stem of a lowercased word, or
    /// `None` if it is not a content word.
    fn stem(&mut self, lower: &str) -> Option<u32> {
        let global = match self.words.get(lower) {
            Some(&g) => g,
            None => {
                let g = match content_stem(lower) {
                    Some(stem) => match self.stems.get(stem.as_ref()) {
                        Some(&g) => g,
                        None => {
                            let g = self.used.len() as u32;
                            self.stems.insert(stem.into(), g);
                            self.used.push((0, 0));
                            g
                        }
                    },
                    None => NOT_CONTENT,
                };
                self.words.insert(lower.into(), g);
                g
            }
        };
        if global == NOT_CONTENT {
            return None;
        }
        let used = &mut self.used[global as usize];
        if used.0 != self.document {
            *used = (self.document, self.in_document);
            self.in_document += 1;
        }
        Some(used.1)
    }
}

/// The content words of every entry's question, distinct and ordered by
/// stem (empty for an entry without question text), and the number of
/// distinct stems in the document.
pub(super) fn content_words(doc: &Document) -> (Vec<Vec<Word>>, usize) {
    WORDS.with_borrow_mut(|vocabulary| {
        vocabulary.start();
        let all = read_words(doc, vocabulary);
        (all, vocabulary.in_document as usize)
    })
}

fn read_words(doc: &Document, vocabulary: &mut Vocabulary) -> Vec<Vec<Word>> {
    let mut markers: Vec<Span> = doc.markers.iter().map(|m| m.span).collect();
    markers.sort_by_key(|s| s.start);
    let mut all = Vec::with_capacity(doc.entries.len());
    let mut question = Question {
        vocabulary,
        lower: String::new(),
        words: Vec::new(),
        sentence_start: true,
    };
    for e in &doc.entries {
        question.sentence_start = true;
        for &line in &e.question {
            let text = doc.slice(line);
            let from = markers.partition_point(|m| m.end <= line.start);
            let to = from + markers[from..].partition_point(|m| m.start < line.end);
            let inside = &markers[from..to];
            let mut at = 0;
            while at < text.len() {
                let (c, len) = char_at(text, at);
                if !c.is_alphanumeric() {
                    if matches!(c, '.' | '?' | '!' | ':') {
                        question.sentence_start = true;
                    }
                    at += len;
                    continue;
                }
                let start = at;
                while at < text.len() {
                    let (c, len) = char_at(text, at);
                    if !c.is_alphanumeric() {
                        break;
                    }
                    at += len;
                }
                // A footnote marker glued to the word ("kobalt3") is cut off.
                let mut from = start;
                for m in inside {
                    let ms = m.start.saturating_sub(line.start);
                    let me = m.end - line.start;
                    if me <= from || ms >= at {
                        continue;
                    }
                    if ms > from {
                        question.word(&text[from..ms]);
                    }
                    from = me;
                }
                if from < at {
                    question.word(&text[from..at]);
                }
            }
        }
        // One entry per stem, a name if it was written as one anywhere.
        let words = &mut question.words;
        words.sort_unstable_by(|a, b| a.stem.cmp(&b.stem).then(b.name.cmp(&a.name)));
        words.dedup_by_key(|w| w.stem);
        all.push(words.clone());
        words.clear();
    }
    all
}

/// The character at byte `at` of `text`, and its length.
fn char_at(text: &str, at: usize) -> (char, usize) {
    match text.as_bytes()[at] {
        b if b.is_ascii() => (char::from(b), 1),
        _ => {
            let c = text[at..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        }
    }
}

/// The content words of one question as they are read.
struct Question<'a> {
    vocabulary: &'a mut Vocabulary,
    /// The word being looked up, lowercased.
    lower: String,
    words: Vec<Word>,
    /// A capital after the end of a sentence does not make a name.
    sentence_start: bool,
}

impl Question<'_> {
    fn word(&mut self, word: &str) {
        let sentence_start = std::mem::replace(&mut self.sentence_start, false);
        let lower = if !word.is_ascii() {
            self.lower.clear();
            self.lower.extend(word.chars().flat_map(char::to_lowercase));
            &self.lower
        } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.lower.clear();
            self.lower.push_str(word);
            self.lower.make_ascii_lowercase();
            &self.lower
        } else {
            word
        };
        if let Some(stem) = self.vocabulary.stem(lower) {
            let name = word.bytes().all(|b| b.is_ascii_digit())
                || (!sentence_start && word.chars().next().is_some_and(char::is_uppercase));
            self.words.push(Word { stem, name });
        }
    }
}
