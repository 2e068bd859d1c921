//! Breakdowns that no single sentence shows: a whole and its parts named in
//! different sentences of one answer.
//!
//! - **Facets.** A whole with a complete identity (measure and year, the
//!   places of its sentence or question) and, elsewhere in the answer, one
//!   figure for each facet of its measure: export of goederen en diensten
//!   = goederenexport + dienstenexport, goederenexport = wederuitvoer +
//!   Nederlandse makelij, banen = direct + indirect. Only where every facet
//!   is there, with the same year and places, and only one figure of each:
//!   a part missing or named twice with other values makes the identity
//!   uncertain, and then nothing is said.
//! - **Shares.** "Van de totale import van wolfraam was ruim 61 % (circa
//!   1709 ton) bestemd voor ... De overige bijna 39 % (circa 1084 ton) ...":
//!   percentages printed with their part, of a whole named earlier in the
//!   answer ("circa 2793 ton wolfraam"), recognised by its unit and the
//!   word after it, which the first share's sentence repeats.
//!
//! A part that a "waarvan" already splits is one part: the facets are one
//! level of the decomposition, never its parts and their parts at once.

use std::sync::LazyLock;

use regex::Regex;

use super::{Breakdown, BreakdownKind, Quantity, Scale, Unit};

/// The measures that are the sum of their facets, one level each.
const FACETS: &[(&str, &[&str])] = &[
    ("export", &["goederenexport", "dienstenexport"]),
    ("import", &["goederenimport", "dienstenimport"]),
    ("goederenexport", &["wederuitvoer", "nederlandse makelij"]),
];

/// Qualifiers that split a measure into facets: banen direct and indirect.
const QUALIFIER_FACETS: &[&[&str]] = &[&["direct", "indirect"]];

/// "(circa " between a percentage and its part: "61 % (circa 1709 ton)".
static SHARE_WITH_PART: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"^\s*\(\s*(?:[\p{L}'’.]+\s+){0,2}$"));
/// "De overige 39 %", "de resterende", "de rest": the share that completes
/// the whole.
static REST: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)\b(?:overige|resterende|rest)\b"));

/// The cross-sentence breakdowns of the figures `quantities[from..to]` (one
/// answer's prose), beside the `waarvan` breakdowns found already.
pub fn find(
    source: &str,
    quantities: &[Quantity],
    from: usize,
    to: usize,
    waarvan: &[Breakdown],
) -> Vec<Breakdown> {
    let mut out = facets(quantities, from, to, waarvan);
    out.extend(shares(source, quantities, from, to));
    out
}

/// The places of a key: its "land:" qualifiers.
fn places(q: &Quantity) -> Vec<&str> {
    q.key
        .qualifiers
        .iter()
        .filter(|x| x.starts_with("land:"))
        .map(String::as_str)
        .collect()
}

/// The other qualifiers of a key ("direct", "per euro").
fn others(q: &Quantity) -> Vec<&str> {
    q.key
        .qualifiers
        .iter()
        .filter(|x| !x.starts_with("land:"))
        .map(String::as_str)
        .collect()
}

/// Whether `part` can be added into `whole`: the same kind of unit.
fn addable(whole: &Quantity, part: &Quantity) -> bool {
    match (whole.unit.is_money(), part.unit.is_money()) {
        (true, true) => true,
        (false, false) => whole.unit == part.unit,
        _ => false,
    }
}

fn facets(
    quantities: &[Quantity],
    from: usize,
    to: usize,
    waarvan: &[Breakdown],
) -> Vec<Breakdown> {
    let range = from..to;
    let prose = |i: &usize| quantities[*i].cell.is_none() && quantities[*i].is_exact_number();
    let mut out = Vec::new();
    for w in range.clone().filter(prose) {
        let whole = &quantities[w];
        let (Some(measure), Some(year)) = (whole.key.measure.as_deref(), whole.key.year) else {
            continue;
        };
        let same = |q: &Quantity| {
            q.key.year == Some(year) && places(q) == places(whole) && addable(whole, q)
        };
        // Each facet's figure: one value, however often it is repeated.
        // `None` when there is none, or two with other values.
        let find_one = |wanted: &dyn Fn(&Quantity) -> bool| -> Option<usize> {
            let mut found: Option<usize> = None;
            for i in range.clone().filter(prose).filter(|&i| i != w) {
                let q = &quantities[i];
                if !(wanted(q) && same(q)) {
                    continue;
                }
                match found {
                    None => found = Some(i),
                    Some(f) if quantities[f].value == q.value => {}
                    Some(_) => return None,
                }
            }
            found
        };
        let mut candidates: Vec<Vec<usize>> = Vec::new();
        for (m, parts) in FACETS {
            if *m == measure && others(whole).is_empty() {
                let found: Option<Vec<usize>> = parts
                    .iter()
                    .map(|p| {
                        find_one(&|q: &Quantity| {
                            q.key.measure.as_deref() == Some(p) && others(q).is_empty()
                        })
                    })
                    .collect();
                candidates.extend(found);
            }
        }
        for split in QUALIFIER_FACETS {
            if split
                .iter()
                .any(|s| whole.key.qualifiers.iter().any(|x| x == s))
            {
                continue;
            }
            let found: Option<Vec<usize>> = split
                .iter()
                .map(|s| {
                    find_one(&|q: &Quantity| {
                        q.key.measure.as_deref() == Some(measure)
                            && q.key.qualifiers.iter().any(|x| x == s)
                    })
                })
                .collect();
            candidates.extend(found);
        }
        for parts in candidates {
            // One sentence's "waarvan" with this whole and these parts is
            // that breakdown's already.
            let covered = waarvan
                .iter()
                .any(|b| b.total == w && parts.iter().all(|p| b.parts.contains(p)));
            if covered {
                continue;
            }
            let carried = carried_scale(quantities, w, &parts);
            out.push(Breakdown {
                total: w,
                parts,
                shares: Vec::new(),
                span: whole.span,
                kind: BreakdownKind::Facets,
                carried,
            });
        }
    }
    out
}

/// The parts printed without their scale word ("EUR 2,42" beside "EUR
/// 3,36 miljard"; `format/missing-scale` reports them): read in the
/// whole's scale.
pub fn carried_scale(quantities: &[Quantity], whole: usize, parts: &[usize]) -> Vec<usize> {
    let w = &quantities[whole];
    if w.scale < Scale::Million || !w.unit.is_money() {
        return Vec::new();
    }
    parts
        .iter()
        .copied()
        .filter(|&p| {
            let q = &quantities[p];
            q.unit.is_money()
                && q.scale == Scale::One
                && q.value < rust_decimal::Decimal::from(1000)
        })
        .collect()
}

fn shares(source: &str, quantities: &[Quantity], from: usize, to: usize) -> Vec<Breakdown> {
    // (share, part) pairs: a percentage and the figure in brackets after it.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for s in from..to.saturating_sub(1) {
        let (share, part) = (&quantities[s], &quantities[s + 1]);
        if share.unit != Unit::Percent
            || share.cell.is_some()
            || part.cell.is_some()
            || part.unit == Unit::Percent
            || part.unit == Unit::None && part.scale == Scale::One
            || share.span.end > part.span.start
        {
            continue;
        }
        let between = source.get(share.span.end..part.span.start).unwrap_or("");
        if SHARE_WITH_PART.is_match(between) {
            pairs.push((s, s + 1));
        }
    }
    // Groups: consecutive pairs with one unit, the last one "de overige"
    // or the shares making about 100 %.
    let mut out = Vec::new();
    let mut k = 0;
    while k < pairs.len() {
        let mut end = k + 1;
        while end < pairs.len() && quantities[pairs[end].1].unit == quantities[pairs[k].1].unit {
            end += 1;
        }
        let group = &pairs[k..end];
        k = end;
        if group.len() < 2 {
            continue;
        }
        let last_share = &quantities[group[group.len() - 1].0];
        let rest = source
            .get(last_share.sentence.start..last_share.span.start)
            .is_some_and(|t| REST.is_match(t));
        if !rest {
            continue;
        }
        let first_share = &quantities[group[0].0];
        let Some(whole) = whole_of(
            source,
            quantities,
            from,
            first_share,
            &quantities[group[0].1],
        ) else {
            continue;
        };
        out.push(Breakdown {
            total: whole,
            parts: group.iter().map(|&(_, p)| p).collect(),
            shares: group.iter().map(|&(s, p)| (p, s)).collect(),
            span: first_share.span,
            kind: BreakdownKind::Shares,
            carried: Vec::new(),
        });
    }
    out
}

/// The whole the shares are of: the one figure before them in the answer
/// with the parts' unit whose following word the first share's sentence
/// names ("circa 2793 ton wolfraam" ... "Van de totale import van
/// wolfraam was ruim 61 %").
fn whole_of(
    source: &str,
    quantities: &[Quantity],
    from: usize,
    share: &Quantity,
    part: &Quantity,
) -> Option<usize> {
    let sentence = source
        .get(share.sentence.start..share.span.start)?
        .to_lowercase();
    let mut found = None;
    for (i, q) in quantities
        .iter()
        .enumerate()
        .take_while(|(_, q)| q.span.start < share.span.start)
        .skip(from)
    {
        if q.cell.is_some() || q.unit != part.unit || q.sentence == share.sentence {
            continue;
        }
        let Some(noun) = next_word(source, q.span.end).filter(|n| n.chars().count() > 3) else {
            continue;
        };
        if contains_word(&sentence, &noun) {
            if found.is_some() {
                return None;
            }
            found = Some(i);
        }
    }
    found
}

/// The word after `at` ("wolfraam" after "2793 ton"), lower-cased.
fn next_word(source: &str, at: usize) -> Option<String> {
    let rest = source.get(at..)?.trim_start();
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    (!word.is_empty()).then(|| word.to_lowercase())
}

fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
