//! A change from one figure to another: "steeg van X naar Y, een
//! stijging van Z", "met Z gestegen van X naar Y", "Dit is een daling van
//! Z.", "verdubbelde van X naar Y", "Y, een stijging van Z ten opzichte van
//! X".

use std::sync::LazyLock;

use regex::Regex;

use super::{
    derived, factor_word, noun, re, ADJECTIVE, DOWN_VERB, FACTOR_WORD, NEW_CLAUSE, THAT_IS,
    UP_VERB, WORD_HEDGE, YEAR,
};
use crate::document::figures::derived::Derived;
use crate::document::figures::derived::{past_noun, unhedged, Answer, Direction, Figure, Relation};

/// The end of the text before the first figure of a pair: "steeg van ".
static FROM: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"(?i)\bvan\s*$"));

/// Between the two figures of a pair: "naar", "tot", with a year.
static FROM_TO: LazyLock<Regex> =
    LazyLock::new(|| re(format!(r"(?i)^\s*{YEAR}(?P<to>naar|tot)\s*$")));

/// After the second figure of a pair, up to the stated change: ", een
/// stijging van", " (", ", dat is een daling van".
static STATED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)^\s*{YEAR}(?:,|;|:|–|—|\s-|\()\s*{THAT_IS}(?:(?:een|de)\s+)?{ADJECTIVE}(?:(?P<noun>[a-z]+)\s+(?:van|met)\s+)?(?P<sign>\+)?\s*$"
    ))
});

/// A sentence that states the change of the one before: "Dit is een
/// stijging van", "Dat betekent een daling van".
static STATED_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)^\s*(?:dit|dat|het)\s+(?:is|was|betekent|betekende|komt neer op|kwam neer op|betreft)\s+(?:dus\s+|daarmee\s+|per saldo\s+|in totaal\s+)?(?:(?:een|de)\s+)?{ADJECTIVE}(?:(?P<noun>[a-z]+)\s+(?:van|met)\s+)?(?P<sign>\+)?\s*$"
    ))
});

/// "20% meer", "EUR 5 miljoen minder" (without "dan"): a change stated
/// by a comparative.
static COMPARATIVE: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)^\s*(?P<cmp>meer|minder|hoger|lager|extra)\b"));

static THAN: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)^\s*[a-z]+\s+(?:dan|als)\b"));

/// "steeg met 20% van X naar Y", "is met 20% gestegen van".
static WITH_BEFORE: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"(?i)\bmet\s*$"));

static WITH_THEN_FROM: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)^\s*(?:(?:gestegen|toegenomen|gegroeid|gedaald|afgenomen|teruggelopen|opgelopen|verhoogd|verlaagd|gekrompen|gezakt|toe|af|op|terug)\s*)?,?\s*van\s*$",
    )
});

/// "een stijging van 20% van X naar Y".
static NOUN_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)\b(?P<noun>[a-z]+)\s+(?:van|met)\s*$"));

static THEN_FROM: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"(?i)^\s*,?\s*van\s*$"));

/// "Y, een stijging van Z ten opzichte van X".
static COMPARED_WITH: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)^\s*(?:ten opzichte van|t\.o\.v\.|vergeleken met|in vergelijking met)\s+(?:(?:de|het)\s+)?(?:[0-9]{4}\s*\(\s*)?$",
    )
});

/// "verdubbelde van X", "is ruim verdubbeld van X".
static FACTOR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)\b(?:{WORD_HEDGE}\s+)?{FACTOR_WORD}(?P<between>(?:\s+[a-z]+){{0,3}})\s+van\s*$"
    ))
});

/// "naar Y verdubbeld", "naar Y, een verdubbeling", "naar Y, bijna een
/// halvering".
static FACTOR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)^\s*{YEAR}(?:(?:,|–|\()\s*{THAT_IS})?(?:{WORD_HEDGE}\s+)?(?:(?:een|de)\s+)?{FACTOR_WORD}\b"
    ))
});

/// "Dit is een verdubbeling."
static FACTOR_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)^\s*(?:dit|dat|het)\s+(?:is|was|betekent|betekende|komt neer op)\s+(?:dus\s+|daarmee\s+)?(?:{WORD_HEDGE}\s+)?(?:(?:een|de)\s+)?{FACTOR_WORD}\b"
    ))
});

/// After a stated change: a rate per period, or another base ("+5% ten
/// opzichte van de raming", "6% per jaar").
static OTHER_BASE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)^\s*\)?\s*(?:per\s+(?:jaar|maand|week|dag|kwartaal|halfjaar)|op jaarbasis|jaarlijks|ten opzichte van|t\.o\.v\.|vergeleken met|in vergelijking met|boven|onder|dan|meer dan|minder dan)\b",
    )
});

/// Before a stated change: an average or yearly rate ("een gemiddelde
/// jaarlijkse stijging van").
static RATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:gemiddeld|gemiddelde|jaarlijks|jaarlijkse|per jaar|op jaarbasis|cumulatief|cumulatieve)\b",
    )
});

/// Whether `z`, stated after the words `phrase`, is the whole change of
/// its pair: not a rate per year, not against another base.
fn whole_change(a: &Answer, z: &Figure, phrase: &str) -> bool {
    !RATE.is_match(phrase) && !OTHER_BASE.is_match(past_noun(a.after(z), z.q))
}

/// "van X naar Y", "van X tot Y" (with a verb of change): pairs of
/// figure indices into `a.figures`.
pub(super) fn pairs(a: &Answer) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (xi, x) in a.figures.iter().enumerate() {
        if !FROM.is_match(unhedged(a.before(x), x.q)) || x.q.hedge.as_deref() == Some("tussen") {
            continue;
        }
        let yi = xi + 1;
        let Some(y) = a.figures.get(yi) else {
            continue;
        };
        if y.sentence != x.sentence {
            continue;
        }
        // "van 5 tot 10 miljoen euro", read as a range whose upper end is Y.
        let nested = y.start < x.end;
        let to = if nested {
            if x.q.upper.is_none() || y.start <= x.start {
                continue;
            }
            let inside = &a.text[x.start..y.start];
            if !inside.contains(" tot ") {
                continue;
            }
            "tot"
        } else {
            if x.q.upper.is_some() {
                continue;
            }
            match FROM_TO.captures(a.between(x, y)) {
                Some(c) => {
                    if c.name("to")
                        .is_some_and(|m| m.as_str().eq_ignore_ascii_case("tot"))
                    {
                        "tot"
                    } else {
                        "naar"
                    }
                }
                None => continue,
            }
        };
        // "varieert van X tot Y" is a range: "tot" needs a verb of change.
        if to == "tot" {
            let sentence = &a.text[a.sentences[x.sentence].0..a.sentences[x.sentence].1];
            // "een lichte daling van X tot Y": a noun of change.
            let noun_of_change = NOUN_BEFORE
                .captures(unhedged(a.before(x), x.q))
                .and_then(|c| c.name("noun"))
                .and_then(|m| noun(m.as_str()))
                .is_some_and(|d| d != Direction::Either);
            if !UP_VERB.is_match(sentence)
                && !DOWN_VERB.is_match(sentence)
                && !noun_of_change
                && !FACTOR_BEFORE.is_match(unhedged(a.before(x), x.q))
            {
                continue;
            }
        }
        out.push((xi, yi));
    }
    out
}

/// The direction the words around a stated figure give: its noun, its
/// sign, or a comparative after it ("20% meer").
fn direction(a: &Answer, z: &Figure, noun_word: Option<&str>, plus: bool) -> Option<Direction> {
    match noun_word.map(noun) {
        Some(Some(d)) => return Some(d),
        Some(_) => return None,
        None => {}
    }
    if plus || z.q.value.is_sign_negative() {
        return Some(Direction::Signed);
    }
    let after = past_noun(a.after(z), z.q);
    let cmp = COMPARATIVE.captures(after)?;
    if THAN.is_match(after) {
        return None;
    }
    Some(match cmp.name("cmp")?.as_str().to_lowercase().as_str() {
        "minder" | "lager" => Direction::Down,
        _ => Direction::Up,
    })
}

/// A stated change for the pair (x, y): after Y, before X ("met Z",
/// "een stijging van Z van X naar Y"), or in the next sentence.
pub(super) fn stated_change(
    a: &Answer,
    pairs: &[(usize, usize)],
    xi: usize,
    yi: usize,
    out: &mut Vec<Derived>,
) {
    let (x, y) = (&a.figures[xi], &a.figures[yi]);
    let change = |z: &Figure, direction: Direction| {
        derived(
            Relation::Change,
            direction,
            Some(z),
            &[x, y],
            a.source(z.start, z.end),
        )
    };
    // After Y, in the same sentence.
    if let Some(z) = a
        .figures
        .get(yi + 1)
        .filter(|z| z.sentence == y.sentence && z.start >= y.end)
    {
        if let Some(c) = STATED_AFTER.captures(a.between(y, z)) {
            let word = c.name("noun").map(|m| m.as_str());
            let d = direction(a, z, word, c.name("sign").is_some());
            if let Some(d) = d.filter(|_| whole_change(a, z, a.between(y, z))) {
                out.push(change(z, d));
                return;
            }
        }
    }
    // Before X: "steeg met Z van X naar Y", "een stijging van Z van X naar Y".
    if let Some(z) = xi
        .checked_sub(1)
        .map(|i| &a.figures[i])
        .filter(|z| z.sentence == x.sentence)
    {
        let before = unhedged(a.before(z), z.q);
        let between = a.between(z, x);
        if !whole_change(a, z, before) {
            return;
        }
        if WITH_BEFORE.is_match(before) && WITH_THEN_FROM.is_match(between) {
            let clause = format!("{before} {between}");
            let up = UP_VERB.is_match(&clause);
            let down = DOWN_VERB.is_match(&clause);
            let d = match (up, down) {
                (true, false) => Some(Direction::Up),
                (false, true) => Some(Direction::Down),
                _ => None,
            };
            if let Some(d) = d {
                out.push(change(z, d));
                return;
            }
        }
        if THEN_FROM.is_match(between) {
            if let Some(d) = NOUN_BEFORE
                .captures(before)
                .and_then(|c| c.name("noun"))
                .and_then(|m| noun(m.as_str()))
            {
                out.push(change(z, d));
                return;
            }
        }
    }
    // In the next sentence: "Dit is een stijging van Z." The pair must be
    // the only one of its sentence, and Y its last figure.
    let alone = pairs
        .iter()
        .filter(|(p, _)| a.figures[*p].sentence == x.sentence)
        .count()
        == 1;
    let last = a
        .figures
        .get(yi + 1)
        .is_none_or(|n| n.sentence != y.sentence);
    if !alone || !last {
        return;
    }
    let Some(z) = a
        .figures
        .get(yi + 1)
        .filter(|z| z.sentence == y.sentence + 1)
    else {
        return;
    };
    if let Some(c) = STATED_NEXT.captures(unhedged(a.before(z), z.q)) {
        let word = c.name("noun").map(|m| m.as_str());
        let d = direction(a, z, word, c.name("sign").is_some());
        if let Some(d) = d.filter(|_| whole_change(a, z, a.before(z))) {
            out.push(change(z, d));
        }
    }
}

/// "verdubbelde van X naar Y", "van X naar Y, bijna een halvering", or
/// "Dit is een verdubbeling." after the pair's sentence.
pub(super) fn factor_change(a: &Answer, xi: usize, yi: usize, out: &mut Vec<Derived>) {
    let (x, y) = (&a.figures[xi], &a.figures[yi]);
    let before = unhedged(a.before(x), x.q);
    let sentence_start = a.sentences[x.sentence].0;
    // "verdubbelde de export van": the words between belong to the
    // factor's clause, not to another ("verdubbelde terwijl omzet steeg
    // van").
    let own_clause = |between: &str| {
        between.split_whitespace().all(|w| {
            let w = w.to_lowercase();
            !NEW_CLAUSE.contains(&w.as_str()) && !UP_VERB.is_match(&w) && !DOWN_VERB.is_match(&w)
        })
    };
    let (c, offset) = if let Some(c) = FACTOR_BEFORE
        .captures(before)
        .filter(|c| own_clause(c.name("between").map_or("", |m| m.as_str())))
    {
        (c, sentence_start)
    } else if let Some(c) = FACTOR_AFTER.captures(a.after(y)) {
        (c, y.end)
    } else {
        let next = y.sentence + 1;
        let last = a
            .figures
            .get(yi + 1)
            .is_none_or(|n| n.sentence != y.sentence);
        match a.sentences.get(next) {
            Some(&(s, e)) if last => match FACTOR_NEXT.captures(&a.text[s..e]) {
                Some(c) => (c, s),
                None => return,
            },
            _ => return,
        }
    };
    let Some(word) = c.name("word") else {
        return;
    };
    let Some(f) = factor_word(word.as_str()) else {
        return;
    };
    let from = offset + c.name("hedge").map_or(word.start(), |h| h.start());
    let mut d = derived(
        Relation::Factor,
        Direction::Up,
        None,
        &[x, y],
        a.source(from, offset + word.end()),
    );
    d.factor = Some(f);
    d.hedge = c.name("hedge").map(|h| h.as_str().to_lowercase());
    out.push(d);
}

/// "Y, een stijging van Z ten opzichte van X".
pub(super) fn compared_with(a: &Answer, out: &mut Vec<Derived>) {
    for w in a.figures.windows(3) {
        let [y, z, x] = w else { continue };
        if y.sentence != x.sentence
            || z.sentence != x.sentence
            || z.start < y.end
            || x.start < z.end
        {
            continue;
        }
        let Some(c) = STATED_AFTER.captures(a.between(y, z)) else {
            continue;
        };
        let Some(Some(d)) = c.name("noun").map(|m| noun(m.as_str())) else {
            continue;
        };
        if RATE.is_match(a.between(y, z)) {
            continue;
        }
        if !COMPARED_WITH.is_match(a.between(z, x)) {
            continue;
        }
        out.push(derived(
            Relation::Change,
            d,
            Some(z),
            &[x, y],
            a.source(z.start, z.end),
        ));
    }
}
