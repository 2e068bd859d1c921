//! Which question of one version is which question of the other, by text
//! and not by number: a question that moved is found under its new
//! number, a question whose wording changed is found beside its old
//! number, and what is left on either side was added or removed.
//!
//! Three passes, most certain first:
//! 1. the same words (after [`super::words`] took the layout out);
//! 2. the same number and most of the words (a reworded question);
//! 3. most of the words anywhere (a reworded question that also moved).
//!
//! A joint entry ("Vraag 5 en 6", answered together) is compared with the
//! other version's questions 5 and 6 taken together.

use std::collections::{BTreeMap, HashMap};

use super::words::{self, Word};
use crate::document::Document;
use crate::rules::content::content_stem;

/// Two texts with at least this share of their content words in common,
/// in thousandths (Dice's coefficient on their stems), are one question
/// reworded when they carry the same number...
const SAME_NUMBER: u32 = 500;
/// ...and when they do not: a question that moved and changed needs more.
const MOVED: u32 = 700;
/// Beyond this many pairs the third pass is skipped: what is left is
/// reported as added and removed (a whole list rewritten is not a draft).
const MAX_PAIRS: usize = 250_000;

/// One question as the matcher sees it: one entry, or several entries of
/// single questions taken together to meet a joint entry of the other
/// version.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Indexes into the document's entries, in order.
    pub entries: Vec<usize>,
    /// Its question numbers.
    pub numbers: Vec<u32>,
    /// The letter of a question inserted in a draft ("12a").
    pub suffix: Option<char>,
    pub words: Vec<Word>,
    /// The words' keys joined: equal keys are the same text.
    pub key: String,
}

impl Unit {
    pub fn first_number(&self) -> u32 {
        self.numbers.first().copied().unwrap_or(0)
    }

    /// Its number as printed: "12", "12a", "5, 6".
    pub fn label(&self) -> String {
        let mut out = super::numbers(&self.numbers);
        out.extend(self.suffix);
        out
    }

    /// Whether two units carry the same number ("12a" is not 12).
    pub fn same_number(&self, other: &Unit) -> bool {
        self.numbers == other.numbers && self.suffix == other.suffix
    }
}

/// The pairing of two versions' questions.
#[derive(Debug)]
pub struct Pairing {
    /// The units of the reference (the committee's list, the previous
    /// version) and of the draft.
    pub old: Vec<Unit>,
    pub new: Vec<Unit>,
    /// For each unit of `old`, the unit of `new` that is the same question.
    pub to_new: Vec<Option<usize>>,
    /// For each unit of `new`, the unit of `old`.
    pub to_old: Vec<Option<usize>>,
}

impl Pairing {
    /// The unit of the reference for the draft's entry `entry`.
    pub fn old_of_new_entry(&self, entry: usize) -> Option<&Unit> {
        let j = self.new.iter().position(|u| u.entries.contains(&entry))?;
        self.to_old[j].map(|i| &self.old[i])
    }
}

/// What the reference document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// The committee's list of questions: no answers, so all of an
    /// entry's text is its question (the reader, expecting answers, may
    /// take a question's second line for the start of one).
    Questions,
    /// A previous version of the draft: questions with their answers.
    Previous,
}

/// Pairs the questions of `old` (a `reference`) with those of `new`.
pub fn pair(old: &Document, reference: Reference, new: &Document) -> Pairing {
    let (old_units, new_units) = units(old, reference, new);
    let mut to_new: Vec<Option<usize>> = vec![None; old_units.len()];
    // Whether a unit of `new` is paired already.
    let mut used = vec![false; new_units.len()];

    // 1. The same text. Where one text stands more than once, the one
    // under the same number first, then in order.
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, u) in new_units.iter().enumerate() {
        by_key.entry(u.key.as_str()).or_default().push(j);
    }
    for (i, u) in old_units.iter().enumerate() {
        let Some(candidates) = by_key.get_mut(u.key.as_str()) else {
            continue;
        };
        let pick = candidates
            .iter()
            .position(|&j| new_units[j].same_number(u))
            .unwrap_or(0);
        if pick < candidates.len() {
            let j = candidates.remove(pick);
            to_new[i] = Some(j);
            used[j] = true;
        }
    }

    // 2. The same number, most of the words.
    let mut new_by_number: BTreeMap<u32, usize> = BTreeMap::new();
    for (j, u) in new_units.iter().enumerate() {
        if !used[j] && u.suffix.is_none() {
            new_by_number.entry(u.first_number()).or_insert(j);
        }
    }
    let bags_old: Vec<Vec<String>> = old_units.iter().map(|u| bag(&u.words)).collect();
    let bags_new: Vec<Vec<String>> = new_units.iter().map(|u| bag(&u.words)).collect();
    for (i, u) in old_units.iter().enumerate() {
        if to_new[i].is_some() {
            continue;
        }
        let Some(&j) = new_by_number.get(&u.first_number()) else {
            continue;
        };
        if !used[j] && dice(&bags_old[i], &bags_new[j]) >= SAME_NUMBER {
            to_new[i] = Some(j);
            used[j] = true;
        }
    }

    // 3. Most of the words, anywhere: the best pairs first.
    let left_old: Vec<usize> = (0..old_units.len())
        .filter(|&i| to_new[i].is_none())
        .collect();
    let left_new: Vec<usize> = (0..new_units.len()).filter(|&j| !used[j]).collect();
    if left_old.len().saturating_mul(left_new.len()) <= MAX_PAIRS {
        let mut scored: Vec<(std::cmp::Reverse<u32>, usize, usize)> = Vec::new();
        for &i in &left_old {
            for &j in &left_new {
                let score = dice(&bags_old[i], &bags_new[j]);
                if score >= MOVED {
                    // The best first; among equals, in document order.
                    scored.push((std::cmp::Reverse(score), i, j));
                }
            }
        }
        scored.sort_unstable();
        for (_, i, j) in scored {
            if to_new[i].is_none() && !used[j] {
                to_new[i] = Some(j);
                used[j] = true;
            }
        }
    }
    let mut to_old = vec![None; new_units.len()];
    for (i, j) in to_new.iter().enumerate() {
        if let Some(j) = j {
            to_old[*j] = Some(i);
        }
    }
    Pairing {
        old: old_units,
        new: new_units,
        to_new,
        to_old,
    }
}

/// The units of both documents: an entry each, except that single
/// questions of one version are taken together where the other version
/// answers them in one joint entry.
fn units(old: &Document, reference: Reference, new: &Document) -> (Vec<Unit>, Vec<Unit>) {
    let old_joint = joints(old);
    let new_joint = joints(new);
    let whole = reference == Reference::Questions;
    (
        units_of(old, &new_joint, whole),
        units_of(new, &old_joint, false),
    )
}

/// The number sets of a document's joint entries.
fn joints(doc: &Document) -> Vec<Vec<u32>> {
    doc.entries
        .iter()
        .filter(|e| e.numbers.len() > 1)
        .map(|e| e.numbers.clone())
        .collect()
}

/// The units of `doc`, its single questions grouped along `joint` (the
/// other version's joint entries) where every one of them is here; with
/// `whole`, all of each entry's text is its question.
fn units_of(doc: &Document, joint: &[Vec<u32>], whole: bool) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut taken = vec![false; doc.entries.len()];
    for (k, entry) in doc.entries.iter().enumerate() {
        if taken[k] {
            continue;
        }
        let group: Option<Vec<usize>> = joint
            .iter()
            .find(|numbers| entry.numbers.len() == 1 && numbers.first() == entry.numbers.first())
            .and_then(|numbers| {
                numbers
                    .iter()
                    .map(|n| {
                        doc.entries
                            .iter()
                            .position(|e| e.numbers.len() == 1 && e.numbers[0] == *n)
                    })
                    .collect()
            });
        let members = group.unwrap_or_else(|| vec![k]);
        let mut unit_words = Vec::new();
        let mut numbers = Vec::new();
        for &m in &members {
            taken[m] = true;
            let e = &doc.entries[m];
            if whole {
                let lines: Vec<_> = e.question.iter().chain(&e.answer).copied().collect();
                unit_words.extend(words::of_lines(doc, &lines));
            } else {
                unit_words.extend(words::of_question(doc, e));
            }
            numbers.extend(doc.entries[m].numbers.iter().copied());
        }
        let key = words::joined(&unit_words);
        let suffix = match members.as_slice() {
            [one] => doc.entries[*one].suffix,
            _ => None,
        };
        units.push(Unit {
            entries: members,
            numbers,
            suffix,
            words: unit_words,
            key,
        });
    }
    units
}

/// The words as compared for likeness: the stems of the content words
/// ([`crate::rules::content`]: no stop words, nor the words with which a
/// question is put), sorted. Two questions that share only "Hoeveel ...
/// zijn er in 2024" are not one question reworded.
fn bag(words: &[Word]) -> Vec<String> {
    let mut bag: Vec<String> = Vec::with_capacity(words.len());
    for w in words {
        let lower = w.key.to_lowercase();
        for part in lower.split(|c: char| !c.is_alphanumeric()) {
            if let Some(stem) = content_stem(part) {
                bag.push(stem.into_owned());
            }
        }
    }
    bag.sort_unstable();
    bag
}

/// Dice's coefficient of two sorted bags of words, in thousandths: twice
/// the words in common over the words in both.
fn dice(a: &[String], b: &[String]) -> u32 {
    if a.is_empty() && b.is_empty() {
        return 1000;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let all = (a.len() + b.len()) as u64;
    u32::try_from(2000 * common as u64 / all).unwrap_or(1000)
}
