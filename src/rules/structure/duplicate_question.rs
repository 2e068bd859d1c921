//! structure/duplicate-question: two questions of one list that ask nearly
//! the same thing.
//!
//! The measure is a weighted Jaccard index on the content words of the two
//! questions: the weight of the stems they share over the weight of all the
//! stems of either, each stem weighing the less the more other questions of
//! the list use it ([`Weights`]). The threshold was set from every pair of
//! questions in the real documents (`../shared/real/docs/`: 73 files,
//! 11,037 pairs) and in `corpus/` (the seed and its two samples: 10,968
//! pairs), measured by the `survey` test below:
//!
//! - the one pair an editor would call the same question (the Rekenkamer
//!   on VO 2020 Financiën, 27 and 28: "Hoe haalbaar acht u de kans dat de
//!   Belastingdienst ..." and "Hoe schat u de kans in dat de
//!   Belastingdienst ...", answered "Zie vraag 27.") scores 0.86;
//! - the highest pairs that ask different things are templates about
//!   another broadcaster or service (0.77 and 0.76, which
//!   [`differ_in_a_name`] leaves alone, and their answers refer to each
//!   other), then 0.76 (the Rekenkamer on VO 2017 OCW, 6 and 7: whether
//!   all institutions that underperformed were sanctioned, and how many of
//!   the sanctioned ones missed other targets too), 0.70 and below (the
//!   seed's 4 and 5, "Hoeveel fiscale / financiële verdragen ...", scored
//!   0.72 until "hoeveel" became a word of asking, shared with the draft/
//!   rules in [`crate::rules::content`]);
//! - of the 11,037 pairs of the real documents, 99.7% score under 0.3 and
//!   17 at 0.5 or more (measured again after that change).
//!
//! Hence [`THRESHOLD`] 0.8, between the two groups.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Entry, Span};
use crate::rules::content::content_stem;
use crate::rules::xref::refs;
use crate::rules::{Example, RuleMeta, Text};

pub const DUPLICATE_QUESTION: RuleMeta = RuleMeta {
    id: "structure/duplicate-question",
    severity: Severity::Info,
    summary: "Two questions of the list ask nearly the same thing",
    explanation: r#"
A committee's list merges the questions of several parties, and two of them
sometimes ask the same thing in nearly the same words. Answered twice, they
cost the work twice and may get two answers that do not agree; answer one
and refer to it from the other ("Zie het antwoord op vraag 12.").

The rule compares the content words of the questions: lowercased, without
footnote markers, Dutch stop words or the words with which a question is
put ("kunt u aangeven", "acht u", "de leden van de VVD-fractie"), each
reduced to its stem (the Snowball stemmer for Dutch), so that "verdrag" and
"verdragen" are one word. A word weighs more the fewer questions of
the list use it. Two questions are reported when the words they share
carry at least 80% of the weight of all the words of the two.

Left alone: questions that share their subject or their pattern but ask
about different things ("Hoeveel fiscale verdragen ..." and "Hoeveel
financiële verdragen ..."), and the same question asked about another name
or number ("... bij de AVROTROS" and "... bij de BNNVARA", "in 2023" and
"in 2024"); two questions of which one answer refers to the other, or both
answers to the same question (the editor has joined them already);
questions answered together in one entry ("Vraag 12 en 13"); and two
entries with one number (`structure/duplicate-number` reports those).
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud en/of gom afkomstig uit Sudan naar Nederland
wordt geïmporteerd?
In 2024 importeerde Nederland voor USD 284.196 aan gom uit Soedan en geen goud.

2 Hoeveel handelsverdragen bestaan er tussen Nederland en Israël?
Eén.

3 Kunt u aangeven of er goud of gom afkomstig uit Sudan naar Nederland wordt
geïmporteerd?
Nederland importeerde in 2024 gom uit Soedan, maar geen goud.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud en/of gom afkomstig uit Sudan naar Nederland
wordt geïmporteerd?
In 2024 importeerde Nederland voor USD 284.196 aan gom uit Soedan en geen goud.

2 Hoeveel handelsverdragen bestaan er tussen Nederland en Israël?
Eén.

3 Kunt u aangeven of er goud of gom afkomstig uit Sudan naar Nederland wordt
geïmporteerd?
Zie het antwoord op vraag 1.
"#,
    )],
    texts: &[
        Text::en(
            "message",
            "question {later} asks nearly the same as question {earlier}",
        ),
        Text::en("related", "the nearly identical question {earlier}"),
        Text::en(
            "help",
            r#"if they ask the same, answer question {earlier} and refer to it from question {later} ("Zie het antwoord op vraag {earlier}.")"#,
        ),
    ],
};

/// The share of the weight of their content words two questions must have
/// in common to be reported (the module's note gives the numbers it was
/// set from).
const THRESHOLD: f64 = 0.8;

/// Stems used by more questions than this do not make two questions worth
/// comparing by themselves: pairs are found through the rarer stems they
/// share, so that the work grows with the text, not with the square of
/// the number of questions. Exact for lists of up to this many questions;
/// in a longer one, two questions that share only words used in more
/// questions than this are not compared (such questions are generic, and
/// a near-identical pair has a rarer word in common).
const RARE: usize = 64;

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
struct Word {
    stem: u32,
    name: bool,
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
fn content_words(doc: &Document) -> (Vec<Vec<Word>>, usize) {
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

/// What a stem weighs in the comparison of two questions: the fewer
/// other questions of the list use it, the more. A stem of one of the two
/// weighs `ln((N + 1) / df)`, a stem of both `ln((N + 1) / (df - 1))`: it
/// is counted by how many questions besides the two use it, so that a word
/// only these two share weighs as much as a word only one of them has.
struct Weights<'a> {
    /// How many questions use each stem.
    df: &'a [usize],
    /// `ln((N + 1) / k)` for each count `k` a stem can have (0 stands for 1).
    idf: Vec<f64>,
}

impl<'a> Weights<'a> {
    /// From the number of questions that use each stem (`df`), of `asked`.
    fn new(df: &'a [usize], asked: usize) -> Weights<'a> {
        let n = asked as f64 + 1.0;
        let idf = (0..=asked).map(|k| (n / k.max(1) as f64).ln()).collect();
        Weights { df, idf }
    }

    /// A stem of one of the two questions.
    fn own(&self, stem: u32) -> f64 {
        self.idf[self.df[stem as usize]]
    }

    /// A stem of both.
    fn shared(&self, stem: u32) -> f64 {
        self.idf[self.df[stem as usize] - 1]
    }
}

/// The weighted Jaccard index of two questions' words: the weight of the
/// stems they share over the weight of all their stems.
fn similarity(a: &[Word], b: &[Word], w: &Weights) -> f64 {
    let (mut i, mut j) = (0, 0);
    let (mut shared, mut own) = (0.0, 0.0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i].stem, b[j].stem);
        if x == y {
            shared += w.shared(x);
        } else {
            own += w.own(x.min(y));
        }
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    own += a[i..]
        .iter()
        .chain(&b[j..])
        .map(|v| w.own(v.stem))
        .sum::<f64>();
    if shared > 0.0 {
        shared / (shared + own)
    } else {
        0.0
    }
}

/// Whether each question has a name or a number the other lacks: the
/// same question about another broadcaster, organisation or year asks
/// about something else.
fn differ_in_a_name(a: &[Word], b: &[Word]) -> bool {
    let own = |x: &[Word], y: &[Word]| {
        x.iter()
            .any(|w| w.name && y.binary_search_by_key(&w.stem, |v| v.stem).is_err())
    };
    own(a, b) && own(b, a)
}

/// The question numbers an entry refers to, found once per entry.
struct Links<'a> {
    doc: &'a Document,
    found: HashMap<usize, Vec<u32>>,
}

impl Links<'_> {
    fn of(&mut self, entry: usize) -> &[u32] {
        let doc = self.doc;
        self.found.entry(entry).or_insert_with(|| {
            refs::of_entry(doc, entry)
                .map(|r| r.targets.iter().map(|t| t.number).collect())
                .unwrap_or_default()
        })
    }

    /// Whether the editor has joined two entries already: one refers to
    /// the other, or both to the same question.
    fn joined(&mut self, a: usize, b: usize) -> bool {
        let doc = self.doc;
        let (ea, eb) = (&doc.entries[a], &doc.entries[b]);
        let to_a = self.of(a).to_vec();
        let to_b = self.of(b);
        to_a.iter()
            .any(|n| eb.numbers.contains(n) || to_b.contains(n))
            || to_b.iter().any(|n| ea.numbers.contains(n))
    }
}

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let (words, stems) = content_words(doc);
    let asked = words.iter().filter(|w| !w.is_empty()).count();
    if asked < 2 {
        return;
    }
    let mut df = vec![0usize; stems];
    for w in words.iter().flatten() {
        df[w.stem as usize] += 1;
    }
    let weight = Weights::new(&df, asked);
    let total: Vec<f64> = words
        .iter()
        .map(|ws| ws.iter().map(|w| weight.own(w.stem)).sum())
        .collect();
    let mut links = Links {
        doc,
        found: HashMap::new(),
    };
    // The earlier questions that use each rare stem (stem `s` has the
    // slots `first[s]..first[s] + df[s]` of `users`, filled as the
    // questions are read), and what each earlier question shares with the
    // current one through them: the stems' weight as shared, and as their
    // own (which the two no longer have apart).
    let mut first = Vec::with_capacity(stems);
    let mut slots = 0;
    for &d in &df {
        first.push(slots);
        slots += if d > RARE { 0 } else { d };
    }
    let mut users = vec![0usize; slots];
    let mut filled = vec![0usize; stems];
    let mut shared = vec![(0.0, 0.0); words.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (j, later) in words.iter().enumerate() {
        let mut common = (0.0, 0.0);
        for w in later {
            let s = w.stem as usize;
            let (as_shared, as_own) = (weight.shared(w.stem), weight.own(w.stem));
            if df[s] > RARE {
                common.0 += as_shared;
                common.1 += as_own;
                continue;
            }
            let earlier = &mut users[first[s]..first[s] + filled[s] + 1];
            for &i in &earlier[..filled[s]] {
                if shared[i].1 == 0.0 {
                    touched.push(i);
                }
                shared[i].0 += as_shared;
                shared[i].1 += as_own;
            }
            earlier[filled[s]] = j;
            filled[s] += 1;
        }
        // The earlier questions nearly the same as this one, best first.
        let mut near: Vec<(f64, usize)> = Vec::new();
        for &i in &touched {
            // The most the two can share (if every common stem of this one
            // is in the other) and the least they have apart; the index
            // grows with the one and falls with the other.
            let most = shared[i].0 + common.0;
            let apart = (total[i] + total[j] - 2.0 * (shared[i].1 + common.1)).max(0.0);
            if most < THRESHOLD * (most + apart) {
                continue;
            }
            let score = similarity(&words[i], later, &weight);
            let e = &doc.entries;
            if score >= THRESHOLD
                && !e[i].numbers.iter().any(|n| e[j].numbers.contains(n))
                && !differ_in_a_name(&words[i], later)
            {
                near.push((score, i));
            }
        }
        for &i in &touched {
            shared[i] = (0.0, 0.0);
        }
        touched.clear();
        near.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        // Answered by reference to one of them: the editor has seen it.
        if let Some(&(_, i)) = near.first() {
            if !near.iter().any(|&(_, k)| links.joined(k, j)) {
                out.push(finding(&doc.entries[i], &doc.entries[j]));
            }
        }
    }
}

fn finding(earlier: &Entry, later: &Entry) -> Diagnostic {
    let (e, l) = (earlier.first_number(), later.first_number());
    DUPLICATE_QUESTION
        .at(
            later.question_span().unwrap_or(later.number_span),
            DUPLICATE_QUESTION.say("message", &[("later", &l), ("earlier", &e)]),
        )
        .with_question(Some(l))
        .with_related(
            earlier.question_span().unwrap_or(earlier.number_span),
            DUPLICATE_QUESTION.say("related", &[("earlier", &e)]),
        )
        .with_help(DUPLICATE_QUESTION.say("help", &[("earlier", &e), ("later", &l)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        crate::document::text::read("test.txt", text.as_bytes())
    }

    fn findings(text: &str) -> Vec<(u32, String)> {
        let mut out = Vec::new();
        check(&doc(text), &mut out);
        out.into_iter()
            .map(|d| (d.question.unwrap_or(0), d.message))
            .collect()
    }

    #[test]
    fn stems_content_words_only() {
        let d = doc(
            "1 Kunt u aangeven welke verdragen Nederland met Soedan heeft?\nGeen.\n\n\
                     2 Verdragen: welk verdrag vragen de leden van de VVD-fractie?\nGeen.\n",
        );
        let (words, _) = content_words(&d);
        // verdrag, nederland, soedan / verdrag (twice)
        assert_eq!(words[0].len(), 3);
        assert_eq!(words[1].len(), 1);
        assert_eq!(
            words[0]
                .iter()
                .filter(|w| w.stem == words[1][0].stem)
                .count(),
            1
        );
        // "Nederland" and "Soedan" in mid-sentence are names, "Verdragen"
        // at the start is not.
        assert_eq!(words[0].iter().filter(|w| w.name).count(), 2);
        assert!(words[1].iter().all(|w| !w.name));
    }

    #[test]
    fn the_same_question_twice_is_reported_once_at_the_later() {
        let got = findings(
            "1 Hoeveel handelsmissies naar Saudi-Arabië zijn er in 2025 gepland?\nTwee.\n\n\
             2 Welke landen gelden als hoog risico?\nGeen lijst.\n\n\
             3 Hoeveel handelsmissies naar Saudi-Arabië zijn er in 2025 gepland?\nTwee.\n\n\
             4 Hoeveel handelsmissies zijn er in 2025 naar Saudi-Arabië gepland?\nTwee.\n",
        );
        assert_eq!(
            got,
            vec![
                (
                    3,
                    "question 3 asks nearly the same as question 1".to_string()
                ),
                (
                    4,
                    "question 4 asks nearly the same as question 1".to_string()
                ),
            ]
        );
    }

    #[test]
    fn another_year_is_another_question() {
        let text = "1 Hoeveel bedrijven uit de waterstofsector en de bouw namen deel aan de \
                    handelsmissies naar Saudi-Arabië en de Golfstaten in 2024?\nTwaalf.\n\n\
                    2 Welke landen gelden als hoog risico?\nGeen lijst.\n\n\
                    3 Hoeveel bedrijven uit de waterstofsector en de bouw namen deel aan de \
                    handelsmissies naar Saudi-Arabië en de Golfstaten in 2023?\nNegen.\n";
        let d = doc(text);
        let (words, stems) = content_words(&d);
        let mut df = vec![0; stems];
        for w in words.iter().flatten() {
            df[w.stem as usize] += 1;
        }
        let weight = Weights::new(&df, 3);
        // Nearly the same words, but each has a year the other lacks.
        assert!(similarity(&words[0], &words[2], &weight) >= THRESHOLD);
        assert!(differ_in_a_name(&words[0], &words[2]));
        assert!(findings(text).is_empty());
    }

    #[test]
    fn a_reference_either_way_or_to_one_question_silences() {
        for (a, b) in [
            ("Twee.", "Zie het antwoord op vraag 1."),
            ("Twee, zie ook vraag 3.", "Twee."),
            ("Zie vraag 2.", "Zie het antwoord op vraag 2."),
        ] {
            let text = format!(
                "1 Hoeveel handelsmissies naar Saudi-Arabië zijn er in 2025 gepland?\n{a}\n\n\
                 2 Welke landen gelden als hoog risico?\nGeen lijst.\n\n\
                 3 Hoeveel handelsmissies naar Saudi-Arabië zijn er in 2025 gepland?\n{b}\n"
            );
            assert!(findings(&text).is_empty(), "{a} / {b}");
        }
    }

    /// The scores the threshold was set from: every pair of questions of
    /// the documents in `KAMERLINT_SURVEY` (a folder; by default the real
    /// documents), how many score what, and the pairs above 0.5 with what
    /// silences them. `cargo test --lib survey -- --ignored --nocapture`
    #[test]
    #[ignore = "prints a survey for tuning; needs the real documents"]
    fn survey() {
        let dir = std::env::var("KAMERLINT_SURVEY")
            .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/real/docs").into());
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .expect("a folder of documents")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        let mut buckets = [0usize; 10];
        for path in paths {
            let d = doc(&std::fs::read_to_string(&path).expect("a text file"));
            let (words, stems) = content_words(&d);
            let asked = words.iter().filter(|w| !w.is_empty()).count();
            let mut df = vec![0usize; stems];
            for w in words.iter().flatten() {
                df[w.stem as usize] += 1;
            }
            let weight = Weights::new(&df, asked);
            let mut links = Links {
                doc: &d,
                found: HashMap::new(),
            };
            for j in 0..words.len() {
                for i in 0..j {
                    if words[i].is_empty() || words[j].is_empty() {
                        continue;
                    }
                    let score = similarity(&words[i], &words[j], &weight);
                    buckets[((score * 10.0) as usize).min(9)] += 1;
                    if score >= 0.5 {
                        let (ei, ej) = (&d.entries[i], &d.entries[j]);
                        println!(
                            "{:.2} {} {}/{}{}{}\n    {}\n    {}",
                            score,
                            path.file_name().unwrap_or_default().to_string_lossy(),
                            ei.first_number(),
                            ej.first_number(),
                            if differ_in_a_name(&words[i], &words[j]) {
                                " names"
                            } else {
                                ""
                            },
                            if links.joined(i, j) { " joined" } else { "" },
                            d.question_text(ei).text,
                            d.question_text(ej).text,
                        );
                    }
                }
            }
        }
        for (b, n) in buckets.iter().enumerate() {
            println!("{:.1}-{:.1}: {n}", b as f64 / 10.0, (b + 1) as f64 / 10.0);
        }
    }

    #[test]
    fn a_long_list_is_searched_through_its_rare_words() {
        // 3,000 questions of ten words used by 300 questions each (too
        // common to pair questions by) and one subject of their own; the
        // last asks what question 7 asks.
        // Letters, not digits (digits glued to a word are footnote
        // markers), and before a common ending (the stemmer cuts endings).
        let letters = |mut n: u32| {
            let mut s = String::new();
            while n > 0 {
                s.push(char::from(b'a' + (n % 26) as u8));
                n /= 26;
            }
            s
        };
        let question = |n: u32| {
            let k = letters(n % 10 + 1);
            format!(
                "Hoeveel woord{k}a woord{k}b woord{k}c woord{k}d woord{k}e woord{k}f \
                 woord{k}g woord{k}h woord{k}i woord{k}j over de {}kwestie?",
                letters(n)
            )
        };
        let mut text = String::new();
        for n in 1..3000 {
            text.push_str(&format!("{n} {}\nGeen.\n\n", question(n)));
        }
        text.push_str(&format!("3000 {}\nGeen.\n", question(7)));
        assert_eq!(doc(&text).entries.len(), 3000);
        let started = std::time::Instant::now();
        let got = findings(&text);
        assert_eq!(
            got,
            vec![(
                3000,
                "question 3000 asks nearly the same as question 7".into()
            )]
        );
        assert!(started.elapsed().as_secs() < 10);
    }
}
