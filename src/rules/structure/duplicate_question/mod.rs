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

mod words;

use std::collections::HashMap;

use words::{content_words, Word};

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Entry};
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
    summary_nl: "Twee vragen van de lijst vragen bijna hetzelfde",
    explanation_nl: r#"
De lijst van een commissie voegt de vragen van verschillende fracties samen,
en twee daarvan vragen soms hetzelfde in bijna dezelfde woorden. Twee keer
beantwoord kosten ze twee keer het werk en krijgen ze misschien twee
antwoorden die niet overeenstemmen; beantwoord er één en verwijs daarnaar
vanuit de andere (“Zie het antwoord op vraag 12.”).

De regel vergelijkt de inhoudswoorden van de vragen: in kleine letters,
zonder voetnoottekens, Nederlandse stopwoorden of de woorden waarmee een
vraag wordt gesteld (“kunt u aangeven”, “acht u”, “de leden van de
VVD-fractie”), elk teruggebracht tot zijn stam (de Snowball-stemmer voor het
Nederlands), zodat “verdrag” en “verdragen” één woord zijn. Een woord weegt
zwaarder naarmate minder vragen van de lijst het gebruiken. Twee vragen
worden gemeld als de woorden die ze delen ten minste 80% van het gewicht van
alle woorden van de twee dragen.

Niet gemeld: vragen met hetzelfde onderwerp of hetzelfde patroon die naar
iets anders vragen (“Hoeveel fiscale verdragen ...” en “Hoeveel financiële
verdragen ...”), en dezelfde vraag over een andere naam of een ander getal
(“... bij de AVROTROS” en “... bij de BNNVARA”, “in 2023” en “in 2024”); twee
vragen waarvan het ene antwoord naar de andere vraag verwijst, of beide
antwoorden naar dezelfde vraag (de redactie heeft ze al samengevoegd);
vragen die samen in één keer worden beantwoord (“Vraag 12 en 13”); en twee
vragen met hetzelfde nummer (die meldt `structure/duplicate-number`).
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
        Text::new(
            "message",
            "vraag {later} vraagt bijna hetzelfde als vraag {earlier}",
            "question {later} asks nearly the same as question {earlier}",
        ),
        Text::new(
            "related",
            "de bijna gelijke vraag {earlier}",
            "the nearly identical question {earlier}",
        ),
        Text::new(
            "help",
            "vragen ze hetzelfde, beantwoord dan vraag {earlier} en verwijs daarnaar bij vraag {later} (“Zie het antwoord op vraag {earlier}.”)",
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
mod tests;
