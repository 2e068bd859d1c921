//! Answer lists for benchmarks, made from the documents in `corpus/`.
//!
//! Shared by the criterion benches (`benches/check.rs`) and the corpus
//! generator (`examples/gen-corpus.rs`, run by `scripts/bench.sh`).
//!
//! A long list is the front matter of a document followed by several
//! copies of its body, each copy's questions, footnote markers and footnote
//! definitions renumbered after the previous copy's, so that it is still a
//! valid list (the seed's own defects repeat, no new ones appear). The
//! places to renumber come from kamerlint's reader itself. A varied list is
//! one to three copies with some figures changed and a few defects injected
//! (a placeholder, a reference to a missing question, a decimal point, a
//! duplicated question number, a deleted footnote definition or marker).
//! Everything is deterministic for a given seed.

#![allow(dead_code)] // each user needs a different part

use std::path::Path;

use kamerlint::document::Document;

/// The seed: the real answer list in `corpus/`.
pub const SEED: &str = "36180-164-beleidsagenda-buitenlandse-handel.txt";

/// splitmix64: small, fast and good enough to vary test documents.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `per_mille` / 1000.
    pub fn chance(&mut self, per_mille: u64) -> bool {
        self.next() % 1000 < per_mille
    }
}

/// Replace `start..end` by `text`.
#[derive(Debug, Clone)]
struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// `text` with `edits` applied; an edit overlapping an earlier one is left out.
fn apply(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for edit in edits {
        if edit.start < at || edit.end > text.len() {
            continue;
        }
        out.push_str(&text[at..edit.start]);
        out.push_str(&edit.text);
        at = edit.end;
    }
    out.push_str(&text[at..]);
    out
}

/// A document of `corpus/`, read by kamerlint, with what is needed to copy
/// and renumber its body.
pub struct Source {
    pub name: String,
    pub text: String,
    document: Document,
    /// Where the first entry starts: before it is the front matter.
    body_start: usize,
    /// The highest question number.
    questions: u32,
    /// The highest footnote number (markers and definitions).
    notes: u32,
}

impl Source {
    pub fn new(name: &str, text: String) -> Source {
        let document = kamerlint::read_bytes(name, text.as_bytes());
        let body_start = document
            .entries
            .first()
            .map_or(text.len(), |e| e.span.start.min(e.number_span.start));
        let questions = document
            .entries
            .iter()
            .flat_map(|e| e.numbers.iter().copied())
            .max()
            .unwrap_or(0);
        let notes = document
            .markers
            .iter()
            .map(|m| m.number)
            .chain(document.definitions.iter().map(|d| d.number))
            .max()
            .unwrap_or(0);
        Source {
            name: name.to_string(),
            text,
            document,
            body_start,
            questions,
            notes,
        }
    }

    /// The documents of `corpus/` (the seed first), from the repository root.
    pub fn all(root: &Path) -> Vec<Source> {
        let dir = root.join("corpus");
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        names.sort_by_key(|n| (n != SEED, n.clone()));
        names
            .iter()
            .map(|n| {
                let text = std::fs::read_to_string(dir.join(n)).expect("corpus text");
                Source::new(n, text)
            })
            .collect()
    }

    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// The edits that renumber copy `copy` (0: as it is) of the body;
    /// offsets are into [`Source::body`].
    fn renumbering(&self, copy: u32) -> Vec<Edit> {
        let body = self.body_start;
        let mut edits = Vec::new();
        let mut renumber = |span: kamerlint::document::Span, number: u32, offset: u32| {
            // Only digits that say the number (not "Vraag 12 en 13").
            if span.start >= body
                && self.text.get(span.start..span.end) == Some(&*number.to_string())
            {
                edits.push(Edit {
                    start: span.start - body,
                    end: span.end - body,
                    text: (number + offset).to_string(),
                });
            }
        };
        for entry in &self.document.entries {
            if let [number] = entry.numbers[..] {
                renumber(entry.number_span, number, copy * self.questions);
            }
        }
        for marker in &self.document.markers {
            renumber(marker.span, marker.number, copy * self.notes);
        }
        for definition in &self.document.definitions {
            renumber(definition.number_span, definition.number, copy * self.notes);
        }
        edits
    }

    /// A valid list about `times` times as long as this one (in bytes): up
    /// to ten renumbered copies of the body, every answer repeated to make
    /// up the rest ([`Source::long_with`]).
    pub fn long(&self, times: u32) -> String {
        let copies = times.clamp(1, 10);
        let target = self.text.len() as f64 * f64::from(times.max(1));
        let once = self.long_with(copies, 1).len() as f64;
        let twice = self.long_with(copies, 2).len() as f64;
        let repeats = if twice > once {
            1 + ((target - once) / (twice - once)).round().max(0.0) as u32
        } else {
            1
        };
        self.long_with(copies, repeats)
    }

    /// The front matter and `copies` renumbered copies of the body, in which
    /// every answer is given `repeats` times (the repetitions without
    /// footnote markers and definitions). The reader takes question numbers
    /// of up to four digits and footnote numbers of up to three, so a list
    /// cannot grow by copies alone: 100 copies of the seed would need
    /// question 14,800 and footnote 6,600.
    pub fn long_with(&self, copies: u32, repeats: u32) -> String {
        let longer = self.lengthening(repeats);
        let mut out = self.text[..self.body_start].to_string();
        for copy in 0..copies {
            let mut edits = self.renumbering(copy);
            edits.extend(longer.iter().cloned());
            push_copy(&mut out, &apply(self.body(), edits));
        }
        out
    }

    /// Inserts after each entry its answer `repeats - 1` more times: the
    /// text from the answer's first line to the entry's end (with the
    /// footnote blocks and page furniture the reader placed in it), without
    /// footnote markers and definitions.
    fn lengthening(&self, repeats: u32) -> Vec<Edit> {
        let body = self.body_start;
        let doc = &self.document;
        let mut edits = Vec::new();
        if repeats <= 1 {
            return edits;
        }
        for entry in &doc.entries {
            let Some(first) = entry.answer.first() else {
                continue;
            };
            let (start, end) = (first.start, entry.span.end);
            if start < body || end <= start {
                continue;
            }
            let within = |s: usize, e: usize| start <= s && e <= end;
            let mut notes: Vec<Edit> = doc
                .markers
                .iter()
                .filter(|m| within(m.span.start, m.span.end))
                .map(|m| (m.span.start, m.span.end))
                .chain(
                    doc.definitions
                        .iter()
                        .map(|d| (d.number_span.start, d.span.end.max(d.number_span.end)))
                        .filter(|&(s, e)| within(s, e)),
                )
                .map(|(s, e)| Edit {
                    start: s - start,
                    end: e - start,
                    text: String::new(),
                })
                .collect();
            notes.sort_by_key(|e| e.start);
            let again = apply(&self.text[start..end], notes);
            let mut text = String::new();
            for _ in 1..repeats {
                text.push('\n');
                text.push_str(&again);
            }
            edits.push(insert(end - body, &text));
        }
        edits
    }

    /// One to three copies, some figures changed, a few defects injected.
    pub fn varied(&self, rng: &mut Rng) -> String {
        let copies = match rng.below(10) {
            0..=5 => 1,
            6..=8 => 2,
            _ => 3,
        };
        let defect_copy = rng.below(copies as usize) as u32;
        let mut out = self.text[..self.body_start].to_string();
        for copy in 0..copies {
            let mut edits = self.renumbering(copy);
            edits.extend(self.varied_figures(rng));
            if copy == defect_copy {
                for _ in 0..rng.below(4) {
                    self.defect(rng, copy, &mut edits);
                }
            }
            push_copy(&mut out, &apply(self.body(), edits));
        }
        out
    }

    /// About one figure with a decimal comma in fifty gets another last digit.
    fn varied_figures(&self, rng: &mut Rng) -> Vec<Edit> {
        let bytes = self.body().as_bytes();
        let mut edits = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let starts = bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit());
            if !starts {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            if j + 1 < bytes.len() && bytes[j] == b',' && bytes[j + 1].is_ascii_digit() {
                let mut k = j + 1;
                while k < bytes.len() && bytes[k].is_ascii_digit() {
                    k += 1;
                }
                if rng.chance(20) {
                    let last = bytes[k - 1] - b'0';
                    let digit = (last + 1 + rng.below(9) as u8) % 10;
                    edits.push(Edit {
                        start: k - 1,
                        end: k,
                        text: digit.to_string(),
                    });
                }
                j = k;
            }
            i = j;
        }
        edits
    }

    /// Adds one injected defect to the edits of copy `copy`.
    fn defect(&self, rng: &mut Rng, copy: u32, edits: &mut Vec<Edit>) {
        let doc = &self.document;
        let body = self.body_start;
        let answer_end = |rng: &mut Rng| {
            let entry = &doc.entries[rng.below(doc.entries.len())];
            entry.answer.last().map(|s| s.end - body)
        };
        if doc.entries.is_empty() {
            return;
        }
        match rng.below(6) {
            0 => {
                if let Some(at) = answer_end(rng) {
                    edits.push(insert(at, " XXX"));
                }
            }
            1 => {
                if let Some(at) = answer_end(rng) {
                    edits.push(insert(at, " Zie het antwoord op vraag 9999."));
                }
            }
            2 => {
                if let Some(at) = answer_end(rng) {
                    edits.push(insert(at, " Dat is 7.5% meer dan vorig jaar."));
                }
            }
            3 if doc.entries.len() > 1 => {
                // The question number of the entry before, twice.
                let i = 1 + rng.below(doc.entries.len() - 1);
                let (before, entry) = (&doc.entries[i - 1], &doc.entries[i]);
                let start = entry.number_span.start - body;
                if let Some(edit) = edits.iter_mut().find(|e| e.start == start) {
                    edit.text = (before.first_number() + copy * self.questions).to_string();
                }
            }
            4 if !doc.definitions.is_empty() => {
                let def = &doc.definitions[rng.below(doc.definitions.len())];
                let start = def.number_span.start - body;
                edits.retain(|e| e.start != start);
                edits.push(Edit {
                    start,
                    end: def.span.end.max(def.number_span.end) - body,
                    text: String::new(),
                });
            }
            _ if !doc.markers.is_empty() => {
                let marker = &doc.markers[rng.below(doc.markers.len())];
                let start = marker.span.start - body;
                edits.retain(|e| e.start != start);
                edits.push(Edit {
                    start,
                    end: marker.span.end - body,
                    text: String::new(),
                });
            }
            _ => {}
        }
    }
}

fn insert(at: usize, text: &str) -> Edit {
    Edit {
        start: at,
        end: at,
        text: text.to_string(),
    }
}

/// Appends a copy of a body, a blank line apart from what is before it.
fn push_copy(out: &mut String, copy: &str) {
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
    }
    out.push_str(copy);
}

/// `docs` varied lists, mostly made from the seed; names sort in the order
/// they are made.
pub fn varied_corpus(sources: &[Source], docs: usize, seed: u64) -> Vec<(String, String)> {
    let mut rng = Rng::new(seed);
    (0..docs)
        .map(|i| {
            // Four in five from the seed, the rest from the samples.
            let source = if sources.len() == 1 || rng.below(5) > 0 {
                &sources[0]
            } else {
                &sources[1 + rng.below(sources.len() - 1)]
            };
            let name = format!("d{:03}/lijst-{i:05}.txt", i / 100);
            (name, source.varied(&mut rng))
        })
        .collect()
}
