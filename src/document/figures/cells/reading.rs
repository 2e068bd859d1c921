//! What the linker reads of an answer's figures that does not depend on
//! the table it links them to: each figure's sentence, year and clause
//! words, and the "respectievelijk" lists. Read once an answer and shared
//! by all its tables; read again for each table, a long answer with many
//! tables cost figures × tables readings of its text.

use std::cell::OnceCell;
use std::sync::LazyLock;

use regex::Regex;

use super::prose::{brackets, FigureYear, Prose};
use super::{words, years};
use crate::document::figures::quantity::{Quantity, Scale, Unit};
use crate::document::Document;

/// "dat jaar", "in datzelfde jaar": the year of the sentence before ("dit
/// jaar" is the present one).
static BACK_REFERENCE: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)\b(?:dat|datzelfde|hetzelfde|dat zelfde)\s+jaar\b"));

/// "tot 31,8%", "naar ruim EUR 5 miljard": the figure a change arrives at.
static CHANGE_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:tot|naar)\s+(?:(?:ruim|circa|ca\.|bijna|ongeveer|zo['’]n)\s+)?(?:EUR|€)?\s*$",
    )
});

/// "De € 47 miljoen", "het bedrag van": a figure the text refers back to.
static DEFINITE: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)(?:^|[\s(])(?:de|het|deze)\s+$"));

/// Words that make a figure a part of what a cell holds.
static PART: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:leeuwendeel|merendeel|deel|gedeelte|helft|deels|onder meer|onder andere|o\.a\.)\b",
    )
});

/// Words of a change: a figure after them is a difference, not a level.
static CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:steeg|stijgt|stegen|gestegen|stijging|daalde|daalt|daalden|gedaald|daling|groei(?:de|t|den)?|gegroeid|toename|toegenomen|nam(?:en)?\s+toe|afname|afgenomen|nam(?:en)?\s+af|verschil|extra|hoger|lager|verhoging|verlaging|mutaties?)\b",
    )
});

/// Separators of a list of figures: "51, 12 en 63".
fn is_list_separator(between: &str) -> bool {
    matches!(
        between.trim(),
        "," | "en" | "of" | ", en" | "en/of" | "/" | ";"
    )
}

/// "cent" or "eurocent" as the next word.
static CENT: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"^(?:euro)?cent\b"));

static RESPECTIVELY: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)\b(?:respectievelijk|resp\.)"));

/// What a figure counts, for telling two amounts in a clause from an
/// amount and its share: money (or a number with a scale word), percent,
/// percentage points, jobs, weight, a bare number.
fn kind_of(q: &Quantity) -> u8 {
    match q.unit {
        u if u.is_money() => 0,
        Unit::None if q.scale != Scale::One => 0,
        Unit::Percent => 1,
        Unit::PercentagePoint => 2,
        Unit::Jobs => 3,
        Unit::Kilogram | Unit::Ton => 4,
        _ => 5,
    }
}

/// One figure of the answer's text that a table may hold, as its clause
/// reads.
pub(super) struct Reading {
    /// Index into the document's quantities.
    pub(super) qi: usize,
    /// Its start in the joined text.
    pub(super) start: usize,
    /// Its sentence, as (start, end) in the joined text.
    pub(super) sentence: (usize, usize),
    pub(super) year: FigureYear,
    /// The terms of its clause nearer to it than to any other figure.
    pub(super) found: Vec<String>,
    /// Whether it is a figure a change arrives at ("tot 31,8%").
    pub(super) arrives: bool,
    /// "12 cent": the unit and scale a bare number followed by "cent" takes.
    pub(super) cents: Option<(Unit, Scale)>,
    /// Whether an article refers back to it ("de € 47 miljoen"); read on
    /// first use.
    definite: OnceCell<bool>,
    /// The terms of its sentence; read on first use.
    sentence_terms: OnceCell<Vec<String>>,
}

impl Reading {
    /// Whether the sentence speaks of what a table titled `title`
    /// measures (a word of the title other than the `named` heads), or
    /// the figure refers back with an article ("de € 47 miljoen").
    pub(super) fn about(&self, prose: &Prose, title: &[String], named: &[&str]) -> bool {
        let (s, e) = self.sentence;
        if *self
            .definite
            .get_or_init(|| DEFINITE.is_match(&prose.text[s..self.start]))
        {
            return true;
        }
        self.sentence_terms
            .get_or_init(|| {
                words::terms(&prose.text[s..e])
                    .into_iter()
                    .map(|(t, _)| t)
                    .collect()
            })
            .iter()
            .any(|t| !named.contains(&t.as_str()) && title.contains(t))
    }
}

/// A "respectievelijk" list: "voor Nederlandse makelij, wederuitvoer en
/// diensten, respectievelijk 51, 12 en 63 cent".
pub(super) struct Respectively {
    /// Indices into the prose's figures of the list, in order.
    pub(super) list: Vec<usize>,
    /// The year of the sentence, read for the first figure.
    pub(super) year: FigureYear,
    /// The terms before "respectievelijk", with their offsets.
    pub(super) found: Vec<(String, usize)>,
    /// For each figure of the list, the unit and scale it takes from the
    /// list's end: "51, 12 en 63 cent", "3, 4 en 5 miljoen euro".
    pub(super) fills: Vec<Option<(Unit, Scale)>>,
}

/// The readings of an answer's figures, in the order of `prose.figures`:
/// `None` for a figure no table can hold (one of a list, one without a
/// sentence, one crowded by another amount in its clause, a part or a
/// change); and its "respectievelijk" lists.
pub(super) fn read(doc: &Document, prose: &Prose) -> (Vec<Option<Reading>>, Vec<Respectively>) {
    let figures = (0..prose.figures.len())
        .map(|k| reading(doc, prose, k))
        .collect();
    (figures, respectively(doc, prose))
}

fn reading(doc: &Document, prose: &Prose, k: usize) -> Option<Reading> {
    let (qi, start, _) = prose.figures[k];
    if in_list(prose, k) {
        return None;
    }
    let sentence = prose.sentence_of(start)?;
    let year = figure_year(doc, prose, qi, sentence);
    let (found, clause, crowded) = attached_terms(doc, prose, k, sentence);
    // Two amounts in one clause ("Van de € 386 miljoen bij OCW is € 379
    // miljoen ..."): which one the row's name is about is not certain.
    if crowded {
        return None;
    }
    let arrives = CHANGE_TO.is_match(&prose.text[sentence.0..start]);
    let clause_text = &prose.text[clause.0..clause.1];
    // A part ("het leeuwendeel") or a change ("steeg met") is another
    // figure than the cell, unless the change arrives at it.
    if PART.is_match(clause_text) || (CHANGE.is_match(clause_text) && !arrives) {
        return None;
    }
    Some(Reading {
        qi,
        start,
        sentence,
        year,
        found,
        arrives,
        cents: cents(doc, prose, k),
        definite: OnceCell::new(),
        sentence_terms: OnceCell::new(),
    })
}

/// "12 cent": the reader leaves the unit of a bare number followed by
/// "cent" open; against a table in euro it is eurocent.
fn cents(doc: &Document, prose: &Prose, k: usize) -> Option<(Unit, Scale)> {
    let (qi, _, end) = prose.figures[k];
    let q = &doc.quantities[qi];
    let after = prose.text.get(end..).unwrap_or("").trim_start();
    (q.unit == Unit::None && q.scale == Scale::One && CENT.is_match(after))
        .then_some((Unit::Eurocent, Scale::One))
}

/// Whether the figure stands in a list of figures ("51, 12 en 63").
fn in_list(prose: &Prose, k: usize) -> bool {
    let figures = &prose.figures;
    let (_, start, end) = figures[k];
    let before = k
        .checked_sub(1)
        .and_then(|j| figures.get(j))
        .is_some_and(|&(_, _, e)| e <= start && is_list_separator(&prose.text[e..start]));
    let after = figures
        .get(k + 1)
        .is_some_and(|&(_, s, _)| end <= s && is_list_separator(&prose.text[end..s]));
    before || after
}

fn figure_year(doc: &Document, prose: &Prose, qi: usize, (s, e): (usize, usize)) -> FigureYear {
    let text = &prose.text[s..e];
    let mentions = years::mentions(text);
    if mentions.is_empty() {
        return match doc.quantities[qi].key.year {
            Some(y) if BACK_REFERENCE.is_match(text) => FigureYear::Year(y),
            _ => FigureYear::Unsaid,
        };
    }
    if let Some(y) = years::single(&mentions) {
        return FigureYear::Year(y);
    }
    match years::period(&mentions) {
        Some((a, b)) => FigureYear::Period(a, b),
        None => FigureYear::Several,
    }
}

/// The terms of the figure's clause that are nearer to it than to any
/// other figure of the clause. A clause ends at a comma, semicolon or
/// colon; words in brackets belong to the figures in the same brackets.
fn attached_terms(
    doc: &Document,
    prose: &Prose,
    k: usize,
    (s, e): (usize, usize),
) -> (Vec<String>, (usize, usize), bool) {
    let text = &prose.text;
    let (_, start, end) = prose.figures[k];
    let brackets = brackets(&text[s..e], s);
    let inside = |at: usize| brackets.iter().find(|&&(a, b)| a <= at && at < b).copied();
    let own = inside(start);
    let (from, to) = match own {
        Some((a, b)) => (a + 1, b.saturating_sub(1).max(a + 1)),
        None => {
            let boundary = |i: usize| {
                let b = text.as_bytes();
                matches!(b[i], b',' | b';' | b':')
                    && inside(i).is_none()
                    && !(b[i] == b','
                        && i > 0
                        && b[i - 1].is_ascii_digit()
                        && b.get(i + 1).is_some_and(u8::is_ascii_digit))
            };
            let from = (s..start).rev().find(|&i| boundary(i)).map_or(s, |i| i + 1);
            let to = (end..e).find(|&i| boundary(i)).unwrap_or(e);
            (from, to)
        }
    };
    // The other figures of the clause, outside brackets unless the
    // figure itself is inside them.
    let figures = &prose.figures;
    let first = figures.partition_point(|&(_, a, _)| a < from);
    let last = figures.partition_point(|&(_, a, _)| a < to);
    let others: Vec<(usize, usize, usize)> = (first..last.max(first))
        .filter(|&j| j != k)
        .map(|j| figures[j])
        .filter(|&(_, a, b)| b <= to && inside(a) == own)
        .collect();
    let kind = |qi: usize| kind_of(&doc.quantities[qi]);
    let qi = prose.figures[k].0;
    let crowded = others.iter().any(|&(o, _, _)| kind(o) == kind(qi));
    let others: Vec<(usize, usize)> = others.iter().map(|&(_, a, b)| (a, b)).collect();
    let distance = |at: usize, (a, b): (usize, usize)| {
        if at < a {
            a - at
        } else {
            at.saturating_sub(b)
        }
    };
    let terms = words::terms(&text[from..to])
        .into_iter()
        .map(|(t, o)| (t, from + o))
        .filter(|&(_, at)| inside(at) == own && !(start..end).contains(&at))
        .filter(|&(_, at)| {
            let mine = distance(at, (start, end));
            others.iter().all(|&o| mine <= distance(at, o))
        })
        .map(|(t, _)| t)
        .collect();
    (terms, (from, to), crowded)
}

/// The "respectievelijk" lists of the answer: the figures right after the
/// word, each separated from the next by a comma or "en", at least two,
/// in a sentence that names no part or change.
fn respectively(doc: &Document, prose: &Prose) -> Vec<Respectively> {
    let text = &prose.text;
    let mut out = Vec::new();
    for &(s, e) in &prose.sentences {
        let sentence = &text[s..e];
        let Some(r) = RESPECTIVELY.find(sentence).map(|m| s + m.start()) else {
            continue;
        };
        let figures = &prose.figures;
        let first = figures.partition_point(|&(_, a, _)| a <= r);
        if figures.get(first).is_none_or(|&(_, a, _)| a >= e) {
            continue;
        }
        let mut list = vec![first];
        while let Some(&(_, a, _)) = figures.get(list[list.len() - 1] + 1) {
            let (_, _, prev_end) = figures[list[list.len() - 1]];
            if a >= e || prev_end > a || !is_list_separator(&text[prev_end..a]) {
                break;
            }
            list.push(list[list.len() - 1] + 1);
        }
        if list.len() < 2 || PART.is_match(sentence) || CHANGE.is_match(sentence) {
            continue;
        }
        let year = figure_year(doc, prose, figures[first].0, (s, e));
        // The unit after the last figure serves the whole list: "51, 12
        // en 63 cent".
        let last = figures[list[list.len() - 1]];
        let after = text.get(last.2..e).unwrap_or("").trim_start();
        let cents = CENT.is_match(after);
        let last_unit = {
            let q = &doc.quantities[last.0];
            (q.unit, q.scale)
        };
        let fills = list
            .iter()
            .map(|&k| {
                let q = &doc.quantities[figures[k].0];
                if q.unit != Unit::None || q.scale != Scale::One {
                    None
                } else if cents {
                    Some((Unit::Eurocent, Scale::One))
                } else if last_unit.0 != Unit::None {
                    Some(last_unit)
                } else {
                    None
                }
            })
            .collect();
        out.push(Respectively {
            list,
            year,
            found: words::terms(&text[s..r]),
            fills,
        });
    }
    out
}
