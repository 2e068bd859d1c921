//! Figures: every quantity in the entries, its identity key, and the
//! "waarvan" breakdowns of running text. Format-independent: it works on
//! the model (entries, markers, tables) that any reader produced.

pub mod cells;
pub mod composite;
pub mod derived;
pub mod key;
pub mod number;
pub mod quantity;

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

pub use key::{Key, Vocabulary};
pub use number::{Notation, Number};
pub use quantity::{Bounds, Hedge, Quantity, Scale, Unit};

use super::{Document, Joined, Span};

/// A stated whole and its parts: "EUR 676,9 miljard, waarvan EUR 352,4
/// miljard ... en EUR 324,5 miljard ..." in one sentence, or a whole and
/// its parts named in other sentences of the answer ([`composite`]).
#[derive(Debug, Clone, Serialize)]
pub struct Breakdown {
    /// Index into [`Document::quantities`] of the whole.
    pub total: usize,
    /// Indices of the parts, in order.
    pub parts: Vec<usize>,
    /// Percentages printed with a part ("EUR 352,4 miljard (52%)"): (part, share).
    pub shares: Vec<(usize, usize)>,
    /// The word "waarvan"; the whole, or the first share, for the others.
    pub span: Span,
    pub kind: BreakdownKind,
    /// Parts printed without their scale word ("EUR 2,42" of "EUR 3,36
    /// miljard"), read in the whole's scale.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub carried: Vec<usize>,
}

/// How a breakdown was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BreakdownKind {
    /// "X, waarvan A en B" in one sentence.
    Waarvan,
    /// A whole and its facets named in other sentences of the answer:
    /// export = goederenexport + dienstenexport.
    Facets,
    /// Shares of a whole, each printed with its part: "ruim 61 % (circa
    /// 1709 ton) ... de overige bijna 39 % (circa 1084 ton)".
    Shares,
}

/// "en bij de ...", "en voor ...": a new phrase after "en".
static NEXT_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"\s(?:en|of)\s+(?:bij|de|het|in|voor|aan|op|met|naar|van|een|EUR|€|[0-9])")
});
/// Words that take a sentence outside the country its question is about.
static OTHER_SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"ter vergelijking|van nederland\b|wereldwijd|in de wereld|de nederlandse economie",
    )
});

/// Measures counted in jobs, never in money.
const JOB_MEASURES: &[&str] = &["voltijdbanen", "werkgelegenheid"];

/// Where the parts of a "waarvan" list end: a new clause with its own
/// subject, or a nested "waarvan" that splits a part.
static PARTS_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"(?i);|,\s+(?:en|maar|terwijl|wat|dat|die)\s|\bwaarvan\b")
});
/// "waarvan onder meer": the list is not complete.
static PARTIAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)^\s*(?:onder (?:meer|andere)|o\.a\.|bijvoorbeeld|met name|onder anderen|ten minste|minstens)",
    )
});

static WAARVAN: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"\bwaarvan\b"));
static BACK_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"(?i)\b(?:dat|datzelfde|hetzelfde|dit|dat zelfde)\s+jaar\b")
});

/// Reads the figures of `doc` into `doc.quantities` and `doc.breakdowns`.
pub fn annotate(doc: &mut Document, vocabulary: &Vocabulary) {
    annotate_until(doc, vocabulary, || false);
}

/// As [`annotate`], asking `stop` before each entry and before the tables:
/// once it says so, the figures read so far are kept and the rest are not
/// read (a check past its time budget; its figure rules do not run).
// Never inlined: it runs once per document, and `scripts/profile.sh` counts
// the figures' phase by this function.
#[inline(never)]
pub fn annotate_until(doc: &mut Document, vocabulary: &Vocabulary, stop: impl Fn() -> bool) {
    let mut stopped = false;
    let mut quantities: Vec<Quantity> = Vec::new();
    let mut breakdowns = Vec::new();
    let mut masked: Vec<Span> = doc.markers.iter().map(|m| m.span).collect();
    masked.sort_unstable();
    let tables_of = super::table::spans_by_entry(&doc.tables, doc.entries.len());
    for (ei, entry) in doc.entries.iter().enumerate() {
        if stop() {
            stopped = true;
            break;
        }
        // Places named in the question qualify every figure of the answer
        // ("handelsstromen van Nederland met Israël").
        let question = doc.question_text(entry);
        let question_places: Vec<String> = places(vocabulary, &question.text);
        let tables = tables_of.get(ei).map_or(&[][..], Vec::as_slice);
        let prose: Vec<Span> = entry
            .answer
            .iter()
            .copied()
            .filter(|s| !super::table::within_any(tables, s))
            .collect();
        let mut answer_from = quantities.len();
        let mut answer_breakdowns = breakdowns.len();
        for (is_answer, (joined, context)) in [
            (question, Vec::new()),
            (Joined::new(&doc.text, &prose), question_places),
        ]
        .into_iter()
        .enumerate()
        {
            if is_answer == 1 {
                answer_from = quantities.len();
                answer_breakdowns = breakdowns.len();
            }
            // One split into sentences serves the scan, the keys and the
            // breakdowns.
            let sentences = quantity::sentences(&joined.text);
            let found = quantity::scan_in(&doc.text, &joined, &masked, Some(ei), &sentences);
            let keyed = assign_keys(vocabulary, &joined, found, &context, &sentences);
            let found_breakdowns = find_breakdowns(&joined, &keyed, quantities.len(), &sentences);
            quantities.extend(keyed.into_iter().map(|(q, _, _)| q));
            // A part without a measure of its own is a part of its whole:
            // "2,6 miljoen voltijdbanen, waarvan ... 1,4 miljoen indirect".
            for b in &found_breakdowns {
                let Some(measure) = quantities.get(b.total).and_then(|t| t.key.measure.clone())
                else {
                    continue;
                };
                for &p in &b.parts {
                    if let Some(q) = quantities.get_mut(p) {
                        q.key.measure.get_or_insert_with(|| measure.clone());
                    }
                }
            }
            breakdowns.extend(found_breakdowns);
        }
        // Wholes and parts in different sentences of the answer.
        let across = composite::find(
            &doc.text,
            &quantities,
            answer_from,
            quantities.len(),
            &breakdowns[answer_breakdowns..],
        );
        breakdowns.extend(across);
    }
    let tables = if stopped || stop() {
        &[][..]
    } else {
        &doc.tables[..]
    };
    for (ti, table) in tables.iter().enumerate() {
        let (unit, scale) = table_unit(&doc.text, table);
        let factor = number::pow10(scale.exponent());
        for (ri, row) in table.rows.iter().enumerate() {
            for (ci, cell) in row.cells.iter().enumerate() {
                if let Some(mut q) = quantity::from_cell(&doc.text, cell, table.entry, (ti, ri, ci))
                {
                    // "(in EUR miljard)": the caption gives the cells' unit and scale.
                    if q.unit == Unit::None {
                        q.unit = unit;
                        q.scale = scale;
                        q.value *= factor;
                        q.precision -= scale.exponent();
                    }
                    quantities.push(q);
                }
            }
        }
    }
    doc.quantities = quantities;
    doc.breakdowns = breakdowns;
    doc.cell_links = if stopped {
        Vec::new()
    } else {
        cells::link(doc, vocabulary)
    };
    doc.derived = derived::find(doc);
}

static TABLE_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\((?:in|x)\s+(?P<cur>eur|€|euro|usd)?\s*(?P<scale>duizend|1\.000|miljoen(?:en)?|mln\.?|miljard(?:en)?|mld\.?|mrd\.?)?\s*(?P<cur2>euro(?:’s|'s)?|eur)?",
    )
});

/// The unit and scale a table's caption or column head gives its cells:
/// "(in EUR miljard)", "(x € 1.000)", "(in miljoenen euro’s)".
fn table_unit(source: &str, table: &super::Table) -> (Unit, Scale) {
    let mut texts: Vec<&str> = table.caption.iter().map(|c| c.text.as_str()).collect();
    // Without a caption of its own (a Word table), the paragraph right
    // above the table.
    if table.caption.is_none() {
        let before = source.get(..table.span.start).unwrap_or("").trim_end();
        if let Some(line) = before.lines().next_back() {
            texts.push(line);
        }
    }
    texts.extend(table.header.iter().flatten().map(|c| c.text.as_str()));
    let joined = texts.join(" ");
    let Some(c) = TABLE_UNIT.captures(&joined) else {
        return (Unit::None, Scale::One);
    };
    let unit = if c.name("cur").is_some() || c.name("cur2").is_some() {
        Unit::Euro
    } else {
        Unit::None
    };
    let scale = match c.name("scale").map(|m| m.as_str()) {
        Some("1.000") => Scale::Thousand,
        Some(w) => Scale::from_word(w).unwrap_or(Scale::One),
        None => Scale::One,
    };
    if unit == Unit::None && scale == Scale::One {
        return (Unit::None, Scale::One);
    }
    (unit, scale)
}

fn places(vocabulary: &Vocabulary, text: &str) -> Vec<String> {
    let lower = key::lower_same_len(text);
    let mut out: Vec<String> = vocabulary
        .find(&lower)
        .iter()
        .filter(|h| vocabulary.term(h).kind == key::TermKind::Place)
        .map(|h| vocabulary.term(h).canonical.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Gives each figure its key from its sentence: the measure named next to it
/// (after it, else before it in its clause, else before it in its sentence),
/// the year of the sentence (or the year carried from the sentence before),
/// and the qualifiers and places around it.
fn assign_keys(
    vocabulary: &Vocabulary,
    joined: &Joined,
    found: Vec<(Quantity, usize, usize)>,
    context: &[String],
    sentences: &[(usize, usize)],
) -> Vec<(Quantity, usize, usize)> {
    if found.is_empty() {
        return found;
    }
    let text = joined.text.as_str();
    let lower = key::lower_same_len(text);
    let hits = vocabulary.find(&lower);
    let all_years = key::years(text);
    let positions: Vec<(usize, usize)> = found.iter().map(|(_, a, b)| (*a, *b)).collect();
    let is_share: Vec<bool> = found
        .iter()
        .map(|(q, _, _)| q.unit == Unit::Percent)
        .collect();
    let mut carried: Option<u16> = None;
    let mut out = Vec::with_capacity(found.len());
    let mut last_sentence = usize::MAX;
    for (qi, (mut q, start, end)) in found.into_iter().enumerate() {
        // Sentences, years and hits are in text order: each lookup below is
        // a binary search, so a long answer is not read once per figure.
        let si = sentences.partition_point(|&(_, b)| b <= start);
        let Some(&(s_start, s_end)) = sentences.get(si).filter(|&&(a, _)| a <= start) else {
            out.push((q, start, end));
            continue;
        };
        if si != last_sentence {
            // The year carried into this sentence is the last one of the
            // sentences before it.
            let before = all_years.partition_point(|&(o, _)| o < s_start);
            if let Some(&(_, y)) = before.checked_sub(1).and_then(|i| all_years.get(i)) {
                carried = Some(y);
            }
            last_sentence = si;
        }
        let sentence_years: Vec<u16> = {
            let from = all_years.partition_point(|&(o, _)| o < s_start);
            let to = all_years.partition_point(|&(o, _)| o < s_end);
            let mut ys: Vec<u16> = all_years[from..to.max(from)]
                .iter()
                .map(|(_, y)| *y)
                .collect();
            ys.dedup();
            ys
        };
        let mut distinct = sentence_years.clone();
        distinct.sort_unstable();
        distinct.dedup();
        q.key.year = match distinct.len() {
            1 => Some(distinct[0]),
            0 => carried.filter(|_| true).or_else(|| {
                BACK_REFERENCE
                    .is_match(&text[s_start..s_end])
                    .then_some(carried)
                    .flatten()
            }),
            _ => None,
        };
        // Clause around the figure.
        let clause_start = text[s_start..start]
            .rfind([',', ';', ':'])
            .map(|i| s_start + i + 1)
            .unwrap_or(s_start)
            .max(
                text[s_start..start]
                    .rfind("waarvan")
                    .map(|i| s_start + i + 7)
                    .unwrap_or(s_start),
            );
        // The neighbouring figures bound the windows; a share printed with a
        // figure ("EUR 352,4 miljard (52%) wederuitvoer") does not.
        let own_share = is_share[qi];
        let next_q = (qi + 1..positions.len())
            .find(|&k| own_share || !is_share[k])
            .map(|k| positions[k].0)
            .filter(|&p| p < s_end)
            .unwrap_or(s_end);
        // "bij wederuitvoer EUR 0,12 en bij de dienstenexport EUR 0,63": a
        // new phrase after "en" ends the figure's clause.
        let clause_end = text[end..s_end]
            .find([',', ';', ':'])
            .map(|i| end + i)
            .unwrap_or(s_end)
            .min(next_q)
            .min(
                NEXT_PHRASE
                    .find(&text[end..s_end])
                    .map(|m| end + m.start())
                    .unwrap_or(s_end),
            );
        let prev_q = (0..qi)
            .rev()
            .find(|&k| own_share || !is_share[k])
            .map(|k| positions[k].1)
            .filter(|&p| p >= s_start)
            .unwrap_or(s_start);
        let right: Vec<&key::Hit> = starting_in(&hits, end, clause_end.min(end + 60))
            .iter()
            .collect();
        let left_clause: Vec<&key::Hit> = starting_in(&hits, clause_start.max(prev_q), start)
            .iter()
            .filter(|h| h.end <= start)
            .collect();
        let left_sentence: Vec<&key::Hit> = starting_in(&hits, prev_q.max(s_start), start)
            .iter()
            .filter(|h| h.end <= start)
            .collect();
        // "exporteerde voor EUR 892 miljoen aan diensten ... en importeerde
        // voor EUR 938 miljoen aan diensten": the verb before the figure,
        // else the sentence's.
        let direction = key::direction_before(&lower[s_start..start])
            .or_else(|| key::direction(&lower[s_start..s_end]));
        let measure_of = |hs: &[&key::Hit], last: bool| {
            let mut it = hs
                .iter()
                .filter(|h| vocabulary.term(h).kind == key::TermKind::Measure);
            let h = if last { it.next_back() } else { it.next() };
            // "voor EUR 945,2 miljard aan goederen en diensten": the verb of
            // the sentence says export or import.
            h.and_then(|h| {
                let canonical = &vocabulary.term(h).canonical;
                Some((
                    key::resolve(canonical, direction)?,
                    canonical.contains("{dir}"),
                ))
            })
        };
        let measure = if q.unit == Unit::Percent {
            // "31,4% van de totale werkgelegenheid": a share of something.
            let after = &lower[end..clause_end.max(end)];
            if after.trim_start().starts_with("van de") || after.trim_start().starts_with("van het")
            {
                measure_of(&right, false).map(|(m, weak)| (format!("aandeel {m}"), weak))
            } else {
                None
            }
        } else {
            measure_of(&right, false)
                .or_else(|| measure_of(&left_clause, true))
                .or_else(|| measure_of(&left_sentence, true))
        };
        let (measure, directed) = match measure {
            // Jobs are not counted in money: "EUR 1,75 miljard" next to "FTE".
            Some((m, _)) if q.unit.is_money() && JOB_MEASURES.contains(&m.as_str()) => {
                (None, false)
            }
            Some((m, weak)) => (Some(m), weak),
            None => (None, false),
        };
        q.key.measure = measure;
        q.key.weak = directed;
        // Qualifiers right after the figure ("1,4 miljoen indirect"), else
        // in its clause before it.
        let qualifier_in = |from: usize, to: usize| -> Vec<String> {
            starting_in(&hits, from, to)
                .iter()
                .filter(|h| h.end <= to)
                .filter(|h| vocabulary.term(h).kind == key::TermKind::Qualifier)
                .map(|h| vocabulary.term(h).canonical.clone())
                .collect()
        };
        let mut qualifiers = qualifier_in(end, clause_end);
        if qualifiers.is_empty() {
            qualifiers = qualifier_in(clause_start.max(prev_q), start);
        }
        let sentence_places: Vec<String> = starting_in(&hits, s_start, s_end)
            .iter()
            .filter(|h| h.end <= s_end && vocabulary.term(h).kind == key::TermKind::Place)
            .map(|h| vocabulary.term(h).canonical.clone())
            .collect();
        if sentence_places.is_empty() {
            // "Ter vergelijking: ... de totale export van Nederland": a
            // sentence that leaves the question's country.
            if !context.is_empty() && OTHER_SCOPE.is_match(&lower[s_start..s_end]) {
                q.key.weak = true;
            } else {
                qualifiers.extend(context.iter().cloned());
            }
        } else {
            qualifiers.extend(sentence_places);
        }
        qualifiers.sort();
        qualifiers.dedup();
        q.key.qualifiers = qualifiers;
        out.push((q, start, end));
    }
    out
}

/// The hits (sorted by start) that start in `from..to`.
fn starting_in(hits: &[key::Hit], from: usize, to: usize) -> &[key::Hit] {
    let lo = hits.partition_point(|h| h.start < from);
    let hi = hits.partition_point(|h| h.start < to).max(lo);
    &hits[lo..hi]
}

/// "X, waarvan A en B": the whole is the last figure before "waarvan" in
/// the sentence, the parts are the figures after it with a compatible unit;
/// a percentage right after a part is that part's share.
fn find_breakdowns(
    joined: &Joined,
    found: &[(Quantity, usize, usize)],
    base: usize,
    sentences: &[(usize, usize)],
) -> Vec<Breakdown> {
    let text = joined.text.as_str();
    let mut out = Vec::new();
    let local: Vec<(usize, &Quantity, usize)> = found
        .iter()
        .enumerate()
        .map(|(i, (q, o, _))| (base + i, q, *o))
        .collect();
    for m in WAARVAN.find_iter(text) {
        let Some(&(s_start, s_end)) = sentences
            .iter()
            .find(|&&(a, b)| a <= m.start() && m.start() < b)
        else {
            continue;
        };
        let Some(&(ti, total, _)) = local
            .iter()
            .rev()
            .find(|(_, _, o)| *o >= s_start && *o < m.start())
        else {
            continue;
        };
        if PARTIAL.is_match(&text[m.end()..]) {
            continue;
        }
        let parts_end = PARTS_END
            .find(&text[m.end()..s_end])
            .map(|e| m.end() + e.start())
            .unwrap_or(s_end);
        let mut parts = Vec::new();
        let mut shares = Vec::new();
        for &(i, q, o) in local
            .iter()
            .filter(|(_, _, o)| *o > m.end() && *o < parts_end)
        {
            // "(+3,1%)" after a part is its growth, not its share.
            let signed = text[..o].ends_with(['+', '-', '–', '−']) || q.value.is_sign_negative();
            if q.unit == Unit::Percent && signed {
                continue;
            }
            if q.unit == Unit::Percent && total.unit != Unit::Percent {
                if let Some(&last) = parts.last() {
                    shares.push((last, i));
                }
                continue;
            }
            let compatible = q.unit == total.unit
                || (q.unit == Unit::None && q.scale != Scale::One)
                || (total.unit == Unit::Jobs && q.unit == Unit::None);
            if compatible {
                parts.push(i);
            }
        }
        if !parts.is_empty() {
            out.push(Breakdown {
                total: ti,
                parts,
                shares,
                span: joined.source_span(m.start(), m.end()),
                kind: BreakdownKind::Waarvan,
                carried: Vec::new(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
