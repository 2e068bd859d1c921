//! A difference or a factor between two figures: "X, D meer dan Y",
//! "het verschil tussen X en Y is D", "X en Y, een verschil van D", "A (x)
//! is k keer zo groot als B (y)".

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::{derived, re, NEW_CLAUSE, THAT_IS, YEAR};
use crate::document::figures::derived::Derived;
use crate::document::figures::derived::{past_noun, unhedged, Answer, Direction, Figure, Relation};
use crate::document::figures::Unit;

/// "X, D meer dan Y": between D and Y (on the raw text: the reader may
/// have taken "meer dan" for Y's hedge).
static MORE_THAN: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)^\s+(?P<cmp>meer|minder|hoger|lager|groter|kleiner)\s+dan\s+(?:(?:de|het)\s+)?(?:(?:circa|ca\.|ongeveer|ruim|bijna|zo’n|zo'n|rond)\s+)?$",
    )
});

/// Between X and D: ", ", " (", ", dat is ".
static APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)^\s*{YEAR}(?:,|\(|:|–|—)\s*{THAT_IS}(?:nog\s+|dus\s+)?$"
    ))
});

/// A sentence that compares with the one before: "Dat is ".
static THAT_IS_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"(?i)^\s*(?:dit|dat|het)\s+(?:is|was)\s+(?:dus\s+|daarmee\s+|nog\s+)?$")
});

/// "het verschil tussen X en Y is D".
static DIFFERENCE_BETWEEN: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)\bverschil\s+tussen\s+(?:(?:de|het)\s+)?$"));

static AND: LazyLock<Regex> =
    LazyLock::new(|| re(format!(r"(?i)^\s*{YEAR}en\s+(?:(?:de|het)\s+)?$")));

static IS: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)^\s*{YEAR}(?:,\s*)?(?:is|bedraagt|bedroeg|was|van|:)\s*(?:dus\s+|daarmee\s+)?$"
    ))
});

/// "X en Y, een verschil van D".
static VERSUS: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)^\s*{YEAR}(?:en|tegen|tegenover|ten opzichte van|vergeleken met)\s+(?:(?:de|het)\s+)?$"
    ))
});

static A_DIFFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)^\s*{YEAR}(?:,|\(|:|–|—)\s*{THAT_IS}(?:een\s+)?verschil\s+(?:van\s+)?$"
    ))
});

/// "2,5 keer zo groot", "1,5-2 keer hoger".
static TIMES: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)^\s*(?:keer|maal)\s+(?P<cmp>zo\s+(?:groot|hoog|veel|duur|lang|zwaar)|zoveel|hoger|groter|meer|duurder|langer)\b",
    )
});

/// "een factor 2 hoger".
static FACTOR_OF: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"(?i)\bfactor\s*$"));

static FACTOR_OF_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)^\s*(?:(?:keer|maal)\s+)?(?P<cmp>zo\s+(?:groot|hoog|veel)|hoger|groter|meer|lager|kleiner)\b",
    )
});

/// "twee keer zo groot", "half zo hoog".
static TIMES_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:(?P<n>twee|drie|vier|vijf|tien)\s+(?:keer|maal)\s+|(?P<half>half|dubbel)\s+)(?:zo\s+(?:groot|hoog|veel|duur|lang|zwaar)|zoveel)\b",
    )
});

static THAN_AFTER: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"(?i)\b(?:als|dan)\b"));

/// "A (x) wordt vergeleken met B (y)".
static COMPARING: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:vergeleken met|ten opzichte van|in vergelijking met|tegenover)\b",
    )
});

/// The rest of X's clause, then a comma: "€ 727,4 miljoen uitgegeven aan
/// subsidies voor duurzame energie, " before "€ 186,4 miljoen minder dan
/// ...". A few words, no other clause ("en", "maar", "terwijl", a
/// relative pronoun) and no other punctuation.
fn clause_then_comma(gap: &str) -> bool {
    let Some(words) = gap.trim_end().strip_suffix(',') else {
        return false;
    };
    let words: Vec<&str> = words.split_whitespace().collect();
    words.len() <= 8
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '’' || c == '\'')
                && !NEW_CLAUSE.contains(&w.to_lowercase().as_str())
                && !matches!(w.to_lowercase().as_str(), "dan" | "als")
        })
}

/// "X, D meer dan Y"; "Dat is D meer dan Y" after X; "het verschil
/// tussen X en Y is D"; "X en Y, een verschil van D".
pub(super) fn differences(a: &Answer, out: &mut Vec<Derived>) {
    let f = &a.figures;
    for i in 0..f.len() {
        let d = &f[i];
        // D meer dan Y.
        if let Some(y) = f
            .get(i + 1)
            .filter(|y| y.sentence == d.sentence && y.start >= d.end)
        {
            if let Some(c) = MORE_THAN.captures(past_noun(a.gap(d, y), d.q)) {
                let cmp = c.name("cmp").map_or("", |m| m.as_str()).to_lowercase();
                let direction = match cmp.as_str() {
                    "minder" | "lager" | "kleiner" => Direction::Down,
                    _ => Direction::Up,
                };
                // The figure compared: right before D, or the last of the
                // sentence before ("Dat is D meer dan Y").
                let x = i.checked_sub(1).map(|k| &f[k]).filter(|x| {
                    x.sentence == d.sentence
                        && x.end <= d.start
                        && (APPOSITION.is_match(a.between(x, d))
                            || clause_then_comma(a.between(x, d)))
                });
                let x = x.or_else(|| {
                    let x = i.checked_sub(1).map(|k| &f[k])?;
                    let next = x.sentence + 1 == d.sentence;
                    (next && THAT_IS_NEXT.is_match(unhedged(a.before(d), d.q))).then_some(x)
                });
                if let Some(x) = x {
                    let mut found = derived(
                        Relation::Difference,
                        direction,
                        Some(d),
                        &[x, y],
                        a.source(d.start, d.end),
                    );
                    // "meer dan" here compares; it does not hedge Y.
                    let consumed = matches!(
                        y.q.hedge.as_deref(),
                        Some("meer dan" | "minder dan" | "iets meer dan" | "iets minder dan")
                    ) && a.between(d, y).trim().is_empty();
                    if consumed {
                        found.plain.push(y.index);
                    }
                    out.push(found);
                    continue;
                }
            }
        }
        // Het verschil tussen X en Y is D.
        if i >= 2 {
            let (x, y) = (&f[i - 2], &f[i - 1]);
            let same = x.sentence == d.sentence && y.sentence == d.sentence;
            // "tussen 300 en 200": the reader may take it for a range
            // whose upper end is Y.
            let nested = y.start < x.end
                && y.start > x.start
                && x.q.upper.is_some()
                && a.text[x.start..y.start].contains(" en ");
            let linked = nested || (x.end <= y.start && AND.is_match(a.between(x, y)));
            if same
                && linked
                && y.end <= d.start
                && DIFFERENCE_BETWEEN.is_match(unhedged(a.before(x), x.q))
                && IS.is_match(a.between(y, d))
            {
                out.push(derived(
                    Relation::Difference,
                    Direction::Either,
                    Some(d),
                    &[x, y],
                    a.source(d.start, d.end),
                ));
                continue;
            }
            // X en Y, een verschil van D.
            if same
                && x.end <= y.start
                && y.end <= d.start
                && VERSUS.is_match(a.between(x, y))
                && A_DIFFERENCE.is_match(a.between(y, d))
            {
                out.push(derived(
                    Relation::Difference,
                    Direction::Either,
                    Some(d),
                    &[x, y],
                    a.source(d.start, d.end),
                ));
            }
        }
    }
}

/// "A is k keer zo groot als B", "een factor 1,5-2 keer hoger", "twee
/// keer zo hoog", with exactly two other figures in the sentence.
pub(super) fn ratios(a: &Answer, out: &mut Vec<Derived>) {
    for (s, &(start, end)) in a.sentences.iter().enumerate() {
        let figures: Vec<&Figure> = a.in_sentence(s).map(|(_, f)| f).collect();
        if figures.len() < 2 {
            continue;
        }
        // A figure k before "keer zo groot" (or after "factor").
        let mut found = None;
        for k in &figures {
            if k.q.unit != Unit::None || k.q.hedge.is_some() {
                continue;
            }
            let after = a.after(k);
            let times = TIMES.captures(after);
            let factor_of = FACTOR_OF
                .is_match(a.before(k))
                .then(|| FACTOR_OF_AFTER.captures(after))
                .flatten();
            let Some(c) = times.as_ref().or(factor_of.as_ref()) else {
                continue;
            };
            let cmp = c.name("cmp").map_or("", |m| m.as_str()).to_lowercase();
            let comparative = !cmp.starts_with("zo");
            let Some(whole) = c.get(0) else { continue };
            if !THAN_AFTER.is_match(&a.text[k.end + whole.end()..end])
                && !a.text[start..k.start].contains("vergeleken")
            {
                continue;
            }
            found = Some((
                Some(*k),
                None,
                times.is_some() && comparative,
                (k.start, k.end + whole.end()),
            ));
            break;
        }
        if found.is_none() {
            if let Some(c) = TIMES_WORD.captures(&a.text[start..end]) {
                let f = match (
                    c.name("n").map(|m| m.as_str().to_lowercase()),
                    c.name("half").map(|m| m.as_str().to_lowercase()),
                ) {
                    (Some(n), _) => Decimal::from(match n.as_str() {
                        "twee" => 2,
                        "drie" => 3,
                        "vier" => 4,
                        "vijf" => 5,
                        _ => 10,
                    }),
                    (None, Some(h)) if h == "half" => Decimal::new(5, 1),
                    _ => Decimal::TWO,
                };
                let Some(m) = c.get(0) else { continue };
                if !THAN_AFTER.is_match(&a.text[start + m.end()..end]) {
                    continue;
                }
                found = Some((None, Some(f), false, (start + m.start(), start + m.end())));
            }
        }
        let Some((k, factor, or_one_more, (phrase_start, phrase_end))) = found else {
            continue;
        };
        let others: Vec<&Figure> = figures
            .iter()
            .copied()
            .filter(|f| {
                k.is_none_or(|k| f.index != k.index && !(f.start >= k.start && f.end <= k.end))
            })
            .collect();
        let [p, q] = others[..] else {
            continue;
        };
        // "A (x) is k keer zo groot als B (y)": one figure before, the
        // other right after "als" or "dan"; or "A (x) vergeleken met B
        // (y) ... k keer hoger", both before.
        let around = p.end <= phrase_start
            && q.start >= phrase_end
            && than_then(&a.text[phrase_end..q.start]);
        let compared = q.end <= phrase_start && COMPARING.is_match(a.gap(p, q));
        if !around && !compared {
            continue;
        }
        let span = match k {
            Some(k) => a.source(k.start, k.end),
            None => a.source(phrase_start, phrase_end),
        };
        let mut d = derived(Relation::Ratio, Direction::Up, k, &[p, q], span);
        d.factor = factor;
        d.or_one_more = or_one_more;
        out.push(d);
    }
}

/// From the end of "k keer zo groot" to the figure compared: "als" or
/// "dan", then a few words of one phrase ("als de import van ", "dan bij
/// Europese beurzen (").
fn than_then(text: &str) -> bool {
    if text.contains([',', ';', ':', '.']) {
        return false;
    }
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == '(')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let Some(at) = words.iter().position(|w| w == "als" || w == "dan") else {
        return false;
    };
    words.len() <= 8
        && at <= 2
        && words[at + 1..]
            .iter()
            .all(|w| !NEW_CLAUSE.contains(&w.as_str()))
}
