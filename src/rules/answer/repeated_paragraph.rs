//! answer/repeated-paragraph: a paragraph, or one nearly the same, printed
//! in two answers that do not refer to each other.
//!
//! Passages are found by shingles: every run of [`K`] words of an answer,
//! lowercased, is looked up in the answers before it; shingles two answers
//! share on one diagonal make a run, runs a few words apart (a word
//! changed, added or left out) are one passage. The work grows with the
//! number of words: shingles that more than [`COMMON`] answers share are
//! the list's formulas, not a paragraph, and are not paired.
//!
//! [`MIN_WORDS`] was set from the real documents (`../shared/real/docs/`)
//! and the seed: repeated passages of 30 words and more are whole
//! sentences of substance (two answers explaining the same rule, the same
//! statistics, the same research); below it come the formulas of a list
//! ("Het is aan de minister om deze vraag te beantwoorden", 12 words; "Hier
//! hebben wij in het kader van ons verantwoordingsonderzoek 2020 geen
//! onderzoek naar verricht", 14).

use foldhash::HashMap;

use super::words::words;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Span};
use crate::rules::lower::lowered;
use crate::rules::{Example, RuleMeta, Text};

pub const REPEATED_PARAGRAPH: RuleMeta = RuleMeta {
    id: "answer/repeated-paragraph",
    severity: Severity::Info,
    summary: "A paragraph, or one nearly the same, printed in two answers that do not refer to each other",
    explanation: r#"
When one answer says "Zie het antwoord op vraag 12" and repeats the
paragraph for convenience, the repeat is meant. Without such a reference,
a paragraph printed in two answers is often a copy-paste slip: text pasted
under the wrong question, or left in from an earlier draft. Where the
repeat is meant, a reference is shorter and keeps the two answers from
drifting apart in a later draft. The rule names both places; it is an
info, because repeating is sometimes the clearest answer.

A passage counts when at least 30 words of it stand in both answers, in
the same order, allowing a word changed, added or left out here and there
("nearly the same"). Each later answer is compared with the earliest
answer that has the passage.

Left alone: two answers of which one refers to the other, or both to the
same third question; passages of under 30 words, such as the formulas a
list repeats on purpose ("Het is aan de minister om deze vraag te
beantwoorden"); text repeated within one answer; questions (the members
often ask the same thing twice: `structure/duplicate-question`); page
furniture and footnotes.
"#,
    summary_nl: "Een alinea, of een bijna gelijke, staat in twee antwoorden die niet naar elkaar verwijzen",
    explanation_nl: r#"
Zegt een antwoord “Zie het antwoord op vraag 12” en herhaalt het de alinea
voor het gemak, dan is de herhaling bedoeld. Zonder zo’n verwijzing is een
alinea die in twee antwoorden staat vaak een fout bij het knippen en plakken:
tekst onder de verkeerde vraag geplakt, of blijven staan uit een eerder
concept. Waar de herhaling bedoeld is, is een verwijzing korter en voorkomt
die dat de twee antwoorden in een later concept uit elkaar gaan lopen. De
regel noemt beide plaatsen; het is een opmerking, omdat herhalen soms het
duidelijkste antwoord is.

Een passage telt als ten minste 30 woorden ervan in beide antwoorden staan,
in dezelfde volgorde, waarbij hier en daar een woord anders, extra of
weggelaten mag zijn (“bijna gelijk”). Elk later antwoord wordt vergeleken met
het eerste antwoord dat de passage heeft.

Niet gemeld: twee antwoorden waarvan het ene naar het andere verwijst, of
beide naar dezelfde derde vraag; passages van minder dan 30 woorden, zoals de
formules die een lijst bewust herhaalt (“Het is aan de minister om deze
vraag te beantwoorden”); tekst die binnen één antwoord wordt herhaald; vragen
(de leden vragen vaak twee keer hetzelfde: `structure/duplicate-question`);
kop- en voetteksten van de pagina’s en voetnoten.
"#,
    bad: &[Example::list(
        r#"
1 Hoe verhoudt de uitspraak zich tot de huidige regels?
De uitspraak van de Hoge Raad ziet op de situatie van voor 2022. Per 2022 zijn
de regels verduidelijkt en geldt de vrijstelling alleen bij verplichte
arbovoorzieningen. Denk aan een ergonomische stoel of een veiligheidshelm.

2 Verwacht u dat meer werkgevers zich zullen melden voor een teruggaaf?
Nee. De uitspraak van de Hoge Raad ziet op de situatie van voor 2022. Per 2022
zijn de regels verduidelijkt en geldt de vrijstelling alleen bij verplichte
arbovoorzieningen. Denk aan een ergonomische stoel of een veiligheidshelm.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoe verhoudt de uitspraak zich tot de huidige regels?
De uitspraak van de Hoge Raad ziet op de situatie van voor 2022. Per 2022 zijn
de regels verduidelijkt en geldt de vrijstelling alleen bij verplichte
arbovoorzieningen. Denk aan een ergonomische stoel of een veiligheidshelm.

2 Verwacht u dat meer werkgevers zich zullen melden voor een teruggaaf?
Nee. Zie het antwoord op vraag 1: de uitspraak ziet op de situatie van voor
2022.
"#,
    )],
    texts: &[
        Text::new(
            "message.same",
            "het antwoord op vraag {later} herhaalt {words} woorden van het antwoord op vraag {earlier}",
            "the answer to question {later} repeats {words} words of the answer to question {earlier}",
        ),
        Text::new(
            "message.nearly",
            "het antwoord op vraag {later} herhaalt {words} woorden van het antwoord op vraag {earlier}, bijna woord voor woord",
            "the answer to question {later} repeats {words} words of the answer to question {earlier}, nearly word for word",
        ),
        Text::new(
            "related",
            "dezelfde passage in het antwoord op vraag {earlier}",
            "the same passage in the answer to question {earlier}",
        ),
        Text::new(
            "more",
            "meer herhaling uit vraag {earlier} in het antwoord op vraag {later}",
            "more of the answer to question {later} repeated from question {earlier}",
        ),
        Text::new(
            "help",
            "is de herhaling bedoeld, verwijs dan (“Zie het antwoord op vraag {earlier}.”); zo niet, ga na bij welk antwoord de passage hoort",
            r#"if the repeat is meant, refer to it ("Zie het antwoord op vraag {earlier}."); if not, check which answer the passage belongs to"#,
        ),
    ],
};

/// The words of a shingle.
const K: usize = 8;

/// The shortest passage reported, in words (see the module's note).
const MIN_WORDS: usize = 30;

/// Shingles shared by more answers than this are the list's formulas.
const COMMON: usize = 6;

/// Runs at most this many words apart, on both sides, are one passage.
const GAP: usize = 4;

/// One answer's words: ids for comparing, spans for reporting.
struct Answer {
    entry: usize,
    ids: Vec<u32>,
    spans: Vec<Span>,
}

/// A stretch of shared words: `[a, a_end)` in the earlier answer, `[b,
/// b_end)` in the later one, `shared` of the later's words in shingles.
#[derive(Debug, Clone, Copy)]
struct Passage {
    a: usize,
    a_end: usize,
    b: usize,
    b_end: usize,
    shared: usize,
}

pub(super) fn check(doc: &Document, refs: &[(usize, u32, Span)], out: &mut Vec<Diagnostic>) {
    let answers = read(doc);
    for (b, passages) in passages(&answers) {
        let later = &doc.entries[answers[b].entry];
        let mut taken: Vec<(usize, usize)> = Vec::new();
        // One finding for each earlier answer, earliest first: its
        // passages not already reported against an earlier one.
        for group in passages.chunk_by(|x, y| x.0 == y.0) {
            let a = group[0].0;
            let fresh: Vec<Passage> = group
                .iter()
                .map(|&(_, p)| p)
                .filter(|p| !taken.iter().any(|&(s, e)| p.b < e && s < p.b_end))
                .collect();
            let (Some(first), false) = (
                fresh.first(),
                joined(answers[a].entry, answers[b].entry, doc, refs),
            ) else {
                continue;
            };
            let end_a = answers[a].spans[first.a_end - 1].end;
            let end_b = answers[b].spans[first.b_end - 1].end;
            if quoted_or_asked(&doc.text, end_a) || quoted_or_asked(&doc.text, end_b) {
                continue;
            }
            taken.extend(fresh.iter().map(|p| (p.b, p.b_end)));
            let earlier = &doc.entries[answers[a].entry];
            let words: usize = fresh.iter().map(|p| p.b_end - p.b).sum();
            let same = fresh.len() == 1 && first.shared == words && first.a_end - first.a == words;
            let args = [
                ("later", later.label()),
                ("earlier", earlier.label()),
                ("words", words.to_string()),
            ];
            let args: Vec<(&str, &dyn std::fmt::Display)> = args
                .iter()
                .map(|(k, v)| (*k, v as &dyn std::fmt::Display))
                .collect();
            let message = if same {
                REPEATED_PARAGRAPH.say("message.same", &args)
            } else {
                REPEATED_PARAGRAPH.say("message.nearly", &args)
            };
            let span_b = answers[b].spans[first.b].cover(answers[b].spans[first.b_end - 1]);
            let span_a = answers[a].spans[first.a].cover(answers[a].spans[first.a_end - 1]);
            let mut d = REPEATED_PARAGRAPH
                .at(span_b, message)
                .with_help(REPEATED_PARAGRAPH.say("help", &args[1..2]))
                .with_related(span_a, REPEATED_PARAGRAPH.say("related", &args[1..2]));
            for p in &fresh[1..] {
                let more = answers[b].spans[p.b].cover(answers[b].spans[p.b_end - 1]);
                d = d.with_related(more, REPEATED_PARAGRAPH.say("more", &args[..2]));
            }
            out.push(d.with_question(Some(later.first_number())));
        }
    }
}

/// Every answer's words, lowercased and interned: looked up by a borrowed
/// lower case (the word itself when it is ASCII without capitals, else
/// lowered into one reused buffer), so that a string is made only for a
/// word not seen before, not for every word.
fn read(doc: &Document) -> Vec<Answer> {
    let mut vocabulary: HashMap<String, u32> = HashMap::default();
    let mut buffer = String::new();
    let mut answers = Vec::new();
    for (entry, e) in doc.entries.iter().enumerate() {
        let ws = words(doc, &e.answer);
        if ws.len() < MIN_WORDS {
            continue;
        }
        let mut ids = Vec::with_capacity(ws.len());
        for w in &ws {
            let lower = lowered(w.text, &mut buffer);
            let id = match vocabulary.get(lower) {
                Some(&id) => id,
                None => {
                    let id = vocabulary.len() as u32;
                    vocabulary.insert(lower.to_owned(), id);
                    id
                }
            };
            ids.push(id);
        }
        let spans = ws.iter().map(|w| w.span).collect();
        answers.push(Answer { entry, ids, spans });
    }
    answers
}

/// For each later answer (by index), the passages it shares with earlier
/// answers of at least [`MIN_WORDS`], earliest answer first, then by place.
fn passages(answers: &[Answer]) -> Vec<(usize, Vec<(usize, Passage)>)> {
    // (earlier, later) -> the positions of shared shingles in each.
    let mut pairs: HashMap<(u32, u32), Vec<(u32, u32)>> = HashMap::default();
    for places in shingle_places(answers).iter() {
        if places.len() < 2 || places.len() > 2 * COMMON {
            continue;
        }
        let mut distinct: Vec<u32> = places.iter().map(|p| p.0).collect();
        distinct.dedup();
        if distinct.len() < 2 || distinct.len() > COMMON {
            continue;
        }
        for (n, &(a, pa)) in places.iter().enumerate() {
            for &(b, pb) in &places[n + 1..] {
                if a != b {
                    pairs.entry((a, b)).or_default().push((pa, pb));
                }
            }
        }
    }
    let mut by_later: HashMap<usize, Vec<(usize, Passage)>> = HashMap::default();
    for ((a, b), mut hits) in pairs {
        for p in runs(&mut hits) {
            if p.b_end - p.b >= MIN_WORDS {
                by_later
                    .entry(b as usize)
                    .or_default()
                    .push((a as usize, p));
            }
        }
    }
    let mut out: Vec<_> = by_later.into_iter().collect();
    out.sort_by_key(|(b, _)| *b);
    for (_, ps) in &mut out {
        ps.sort_by_key(|(a, p)| (*a, p.b, p.a));
    }
    out
}

/// The places (answer, position) of every shingle, each shingle's places
/// in order. Shingles are numbered in a map and their places laid out by
/// counting, rather than kept in a vector per shingle: nearly every
/// shingle is printed once, and a vector each was an allocation per word.
fn shingle_places(answers: &[Answer]) -> Groups {
    let total: usize = answers
        .iter()
        .map(|a| a.ids.len().saturating_sub(K - 1))
        .sum();
    let mut numbers: HashMap<&[u32], u32> =
        HashMap::with_capacity_and_hasher(total, Default::default());
    let mut shingle = Vec::with_capacity(total);
    for answer in answers {
        for window in answer.ids.windows(K) {
            let next = numbers.len() as u32;
            shingle.push(*numbers.entry(window).or_insert(next));
        }
    }
    // starts[n]..starts[n + 1]: the places of shingle n.
    let mut starts = vec![0usize; numbers.len() + 1];
    for &n in &shingle {
        starts[n as usize + 1] += 1;
    }
    for n in 1..starts.len() {
        starts[n] += starts[n - 1];
    }
    let mut fill = starts.clone();
    let mut places = vec![(0, 0); shingle.len()];
    let mut n = shingle.iter();
    for (i, answer) in answers.iter().enumerate() {
        for pos in 0..answer.ids.len().saturating_sub(K - 1) {
            let Some(&s) = n.next() else { break };
            places[fill[s as usize]] = (i as u32, pos as u32);
            fill[s as usize] += 1;
        }
    }
    Groups { starts, places }
}

/// Places grouped by shingle: see [`shingle_places`].
struct Groups {
    starts: Vec<usize>,
    places: Vec<(u32, u32)>,
}

impl Groups {
    fn iter(&self) -> impl Iterator<Item = &[(u32, u32)]> {
        self.starts.windows(2).map(|w| &self.places[w[0]..w[1]])
    }
}

/// The passages of one pair of answers from the positions of the shingles
/// they share: runs along a diagonal, then runs close on both sides joined.
fn runs(hits: &mut [(u32, u32)]) -> Vec<Passage> {
    hits.sort_unstable_by_key(|&(a, b)| (i64::from(b) - i64::from(a), a));
    let mut runs: Vec<Passage> = Vec::new();
    for &(a, b) in hits.iter() {
        let (a, b) = (a as usize, b as usize);
        match runs.last_mut() {
            Some(r) if r.a_end + 1 == a + K && r.b_end + 1 == b + K => {
                r.a_end += 1;
                r.b_end += 1;
                r.shared += 1;
            }
            _ => runs.push(Passage {
                a,
                a_end: a + K,
                b,
                b_end: b + K,
                shared: K,
            }),
        }
    }
    runs.sort_unstable_by_key(|r| (r.b, r.a));
    let mut joined: Vec<Passage> = Vec::new();
    for r in runs {
        match joined.last_mut() {
            Some(j)
                if r.b <= j.b_end + GAP
                    && r.a <= j.a_end + GAP
                    && r.a + GAP >= j.a
                    && r.b_end > j.b_end =>
            {
                j.shared += r.b_end - j.b_end.max(r.b);
                j.b_end = r.b_end;
                j.a_end = j.a_end.max(r.a_end);
            }
            Some(j) if r.b >= j.b && r.b_end <= j.b_end => {}
            _ => joined.push(r),
        }
    }
    joined
}

/// Whether the passage ending at `end` is a quotation (a closing quote
/// follows it) or part of a question (its sentence ends in "?"): two
/// answers quoting the same report, or a question read into an answer
/// where a layout has no line breaks, are not a paragraph printed twice.
fn quoted_or_asked(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let close = rest.chars().take(3).any(|c| matches!(c, '»' | '”' | '"'));
    let asked = rest
        .chars()
        .take(300)
        .find(|c| matches!(c, '.' | '?' | '!' | '\n'))
        == Some('?');
    close || asked
}

/// Whether the editor has joined the two entries already: one refers to
/// the other, or both to the same question.
fn joined(a: usize, b: usize, doc: &Document, refs: &[(usize, u32, Span)]) -> bool {
    let names = |from: usize, to: usize| {
        refs.iter()
            .any(|&(e, n, _)| e == from && doc.entries[to].numbers.contains(&n))
    };
    if names(a, b) || names(b, a) {
        return true;
    }
    refs.iter()
        .filter(|&&(e, _, _)| e == a)
        .any(|&(_, n, _)| refs.iter().any(|&(e, m, _)| e == b && m == n))
}
