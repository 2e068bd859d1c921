//! An average beside its parts: "A, B en C, gemiddeld M", "Dat is
//! gemiddeld M." after the list, "gemiddeld M (A, B en C)".

use std::sync::LazyLock;

use regex::Regex;

use super::{derived, re, THAT_IS, YEAR};
use crate::document::figures::derived::Derived;
use crate::document::figures::derived::{unhedged, Answer, Direction, Figure, Relation};
use crate::document::figures::Unit;

/// Between the parts of a list: ", ", " en ", ", en ".
static LIST_SEP: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)^\s*{YEAR}(?P<sep>,\s*(?:en\s+)?|en\s+)(?:(?:respectievelijk)\s+)?$"
    ))
});

/// Between a list and its average: ", gemiddeld ", "; dat is gemiddeld ".
static THEN_AVERAGE: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)^\s*{YEAR}(?:per\s+[a-z]+\s*)?(?:,|;|:|–|—|\()\s*{THAT_IS}(?:dus\s+)?(?:(?:een|het)\s+)?gemiddeld(?:e)?\s+(?:van\s+)?(?:dus\s+)?$"
    ))
});

/// "Dat is gemiddeld ".
static AVERAGE_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)^\s*(?:dit|dat|het)\s+(?:is|was|komt neer op)\s+(?:dus\s+|daarmee\s+)?(?:(?:een|het)\s+)?gemiddeld(?:e)?\s+(?:van\s+)?$",
    )
});

/// "gemiddeld M (A, B en C)".
static AVERAGE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)\bgemiddeld(?:e)?\s+(?:van\s+)?$"));

static THEN_PARTS: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"(?i)^\s*(?:per\s+[a-z]+\s*)?\(\s*(?:respectievelijk\s+)?$")
});

static PARTS_CLOSE: LazyLock<Regex> = LazyLock::new(|| re(format!(r"(?i)^\s*{YEAR}\)")));

/// "per jaar": an average per period is a mean of amounts; "per euro",
/// "per project" a rate, which may be weighted.
static PER: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)^\s*\)?\s*per\s+(?P<what>[a-z]+)"));

static YEARS: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"\b(?:19|20)[0-9]{2}\b"));

static WEIGHTED: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"(?i)\bgewogen\b"));

/// "A, B en C, gemiddeld M", "Dat is gemiddeld M." after the list,
/// "gemiddeld M (A, B en C)".
pub(super) fn averages(a: &Answer, out: &mut Vec<Derived>) {
    let f = &a.figures;
    for (mi, m) in f.iter().enumerate() {
        let before_m = unhedged(a.before(m), m.q);
        let mut parts: Vec<usize> = Vec::new();
        // The list right before M.
        if let Some(last) = mi.checked_sub(1) {
            let l = &f[last];
            let follows = l.sentence == m.sentence
                && l.end <= m.start
                && THEN_AVERAGE.is_match(a.between(l, m));
            let next = l.sentence + 1 == m.sentence && AVERAGE_NEXT.is_match(before_m);
            if follows || next {
                parts = list_back(a, last);
            }
        }
        // The list right after M, in brackets.
        if parts.is_empty() && AVERAGE_BEFORE.is_match(before_m) {
            if let Some(first) = f
                .get(mi + 1)
                .filter(|p| p.sentence == m.sentence && p.start >= m.end)
            {
                if THEN_PARTS.is_match(a.between(m, first)) {
                    let list = list_forward(a, mi + 1);
                    if let Some(&l) = list.last() {
                        if PARTS_CLOSE.is_match(&a.text[f[l].end..]) {
                            parts = list;
                        }
                    }
                }
            }
        }
        if parts.len() < 2 {
            continue;
        }
        let last = &f[*parts.last().unwrap_or(&mi)];
        let (s_start, s_end) = a.sentences[m.sentence];
        let sentence = &a.text[s_start..s_end];
        // A mean of rates (percentages, amounts per euro or per project)
        // may be weighted; a mean per period ("per jaar") is a mean.
        let rate = |x: &Figure| {
            PER.captures(a.after(x)).is_some_and(|c| {
                !matches!(
                    c.name("what")
                        .map_or("", |w| w.as_str())
                        .to_lowercase()
                        .as_str(),
                    "jaar" | "maand" | "week" | "dag" | "kwartaal" | "jaar," | "halfjaar"
                )
            })
        };
        // "gemiddeld M per jaar" needs parts by year ("EUR 10 miljoen in
        // 2021, ...") or per year themselves.
        let period = |x: &Figure| {
            PER.captures(a.after(x))
                .and_then(|c| c.name("what"))
                .map(|w| w.as_str().to_lowercase())
        };
        if let Some(p) = period(m) {
            let (first, end) = (f[parts[0]].start, last.end);
            let years =
                YEARS.is_match(&a.text[first..end.max(first)]) || YEARS.is_match(a.after(last));
            if period(last).as_ref() != Some(&p) && !years {
                continue;
            }
        }
        let weighted = WEIGHTED.is_match(sentence)
            || m.q.unit == Unit::Percent
            || parts.iter().any(|&p| f[p].q.unit == Unit::Percent)
            || rate(m)
            || rate(last);
        let parts: Vec<&Figure> = parts.iter().map(|&p| &f[p]).collect();
        let mut d = derived(
            Relation::Average,
            Direction::Up,
            Some(m),
            &parts,
            a.source(m.start, m.end),
        );
        d.weighted = weighted;
        out.push(d);
    }
}

/// The list that ends with figure `last`: back over ", " and " en ",
/// closed by an " en " before its last part.
fn list_back(a: &Answer, last: usize) -> Vec<usize> {
    let f = &a.figures;
    let mut parts = vec![last];
    let mut closed = false;
    let mut i = last;
    while let Some(prev) = i.checked_sub(1) {
        let (p, n) = (&f[prev], &f[i]);
        if p.sentence != n.sentence || p.end > n.start {
            break;
        }
        let Some(c) = LIST_SEP.captures(a.between(p, n)) else {
            break;
        };
        if i == last {
            closed = c.name("sep").is_some_and(|s| s.as_str().contains("en"));
        }
        parts.insert(0, prev);
        i = prev;
    }
    if closed {
        parts
    } else {
        Vec::new()
    }
}

/// The list that starts with figure `first`, over ", " and " en ", closed
/// by an " en " before its last part.
fn list_forward(a: &Answer, first: usize) -> Vec<usize> {
    let f = &a.figures;
    let mut parts = vec![first];
    let mut closed = false;
    let mut i = first;
    while let Some(n) = f.get(i + 1) {
        let p = &f[i];
        if p.sentence != n.sentence || p.end > n.start {
            break;
        }
        let Some(c) = LIST_SEP.captures(a.between(p, n)) else {
            break;
        };
        closed = c.name("sep").is_some_and(|s| s.as_str().contains("en"));
        parts.push(i + 1);
        i += 1;
    }
    if closed {
        parts
    } else {
        Vec::new()
    }
}
