//! The sentence patterns of derived figures ([`super`]): each looks at
//! the words between neighbouring figures of one answer, and takes a
//! relation only when nothing but its own words stands between them.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::{past_noun, unhedged, Answer, Derived, Direction, Figure, Relation};
use crate::document::figures::Unit;

/// A year between a figure and the next word: "EUR 100 miljard in 2020
/// naar", "35,2% (2023), een stijging".
const YEAR: &str =
    r"(?:(?:in|eind|begin|medio|ultimo|van|uit)\s+[0-9]{4}\s*|\(\s*[0-9]{4}\s*\)\s*)?";
/// A few adjectives of a change: "een lichte daling", "een forse stijging".
const ADJECTIVE: &str = r"(?:(?:lichte|licht|forse|fors|sterke|sterk|flinke|flink|geringe|gering|kleine|klein|grote|groot|beperkte|beperkt|totale|verdere)\s+)?";
/// Words that say a figure is what follows from the one before: ", dat
/// is", ", ofwel".
const THAT_IS: &str = r"(?:(?:dat|dit|wat)\s+(?:is|was|betekent|betekende|komt neer op|kwam neer op)\s+(?:dus\s+|daarmee\s+)?|ofwel\s+|oftewel\s+|zijnde\s+|namelijk\s+)?";
/// The hedges a word can carry ("ruim verdubbeld").
const WORD_HEDGE: &str = r"(?P<hedge>ruim|bijna|meer dan|iets meer dan|iets minder dan|ongeveer|circa|ca\.|nagenoeg|ruwweg|vrijwel)";
/// Words that state a factor.
const FACTOR_WORD: &str = r"(?P<word>verdubbel[a-z]*|gehalveerd|halveer[a-z]*|halveren|halvering|verdrievoudig[a-z]*|verviervoudig[a-z]*|vervijfvoudig[a-z]*|vertienvoudig[a-z]*)";

fn re(pattern: String) -> Regex {
    crate::static_regex(&pattern)
}

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
/// A verb of rising or falling, for "met Z" and for "van X tot Y".
static UP_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:steeg|stegen|stijgt|stijgen|gestegen|groeide|groeiden|groeit|groeien|gegroeid|toegenomen|toenam|toenamen|toeneemt|opgelopen|opliep|oploopt|verhoogd|verhoogde|verhoogden|verhoogt|verhogen|omhoog|(?:nam|namen|neemt|nemen)\b[^,;]{0,60}\btoe|(?:liep|liepen|loopt|lopen)\b[^,;]{0,60}\bop)\b",
    )
});
static DOWN_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:daalde|daalden|daalt|dalen|gedaald|afgenomen|afnam|afnamen|afneemt|teruggelopen|terugliep|terugloopt|verlaagd|verlaagde|verlaagden|verlaagt|verlagen|omlaag|zakte|zakten|gezakt|zakt|kromp|krompen|gekrompen|krimpt|(?:nam|namen|neemt|nemen)\b[^,;]{0,60}\baf|(?:liep|liepen|loopt|lopen|viel|vielen|valt)\b[^,;]{0,60}\bterug)\b",
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

/// The direction a noun of change says.
fn noun(word: &str) -> Option<Direction> {
    Some(match word.to_lowercase().as_str() {
        "stijging" | "groei" | "toename" | "verhoging" | "aanwas" | "vooruitgang" => Direction::Up,
        "daling" | "afname" | "verlaging" | "vermindering" | "krimp" | "teruggang"
        | "achteruitgang" | "reductie" | "terugval" => Direction::Down,
        "verschil" => Direction::Either,
        "verandering" | "mutatie" => Direction::Signed,
        _ => return None,
    })
}

/// The factor of "verdubbeld", "halvering", "verdrievoudigde".
fn factor_word(word: &str) -> Option<Decimal> {
    let w = word.to_lowercase();
    let n = if w.starts_with("verdubbel") {
        2
    } else if w.starts_with("verdrievoudig") {
        3
    } else if w.starts_with("verviervoudig") {
        4
    } else if w.starts_with("vervijfvoudig") {
        5
    } else if w.starts_with("vertienvoudig") {
        10
    } else if w.starts_with("halve") || w.starts_with("gehalveerd") || w.starts_with("halvering") {
        return Some(Decimal::new(5, 1));
    } else {
        return None;
    };
    Some(Decimal::from(n))
}

/// Every pattern over one answer.
pub(super) fn find(a: &Answer, out: &mut Vec<Derived>) {
    let pairs = pairs(a);
    for &(x, y) in &pairs {
        stated_change(a, &pairs, x, y, out);
        factor_change(a, x, y, out);
    }
    compared_with(a, out);
    differences(a, out);
    ratios(a, out);
    averages(a, out);
}

/// "van X naar Y", "van X tot Y" (with a verb of change): pairs of
/// figure indices into `a.figures`.
fn pairs(a: &Answer) -> Vec<(usize, usize)> {
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

fn derived(
    relation: Relation,
    direction: Direction,
    stated: Option<&Figure>,
    from: &[&Figure],
    span: crate::document::Span,
) -> Derived {
    Derived {
        relation,
        direction,
        stated: stated.map(|s| s.index),
        factor: None,
        hedge: None,
        or_one_more: false,
        weighted: false,
        from: from.iter().map(|f| f.index).collect(),
        plain: Vec::new(),
        span,
    }
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
fn stated_change(
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
fn factor_change(a: &Answer, xi: usize, yi: usize, out: &mut Vec<Derived>) {
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

/// "Y, een stijging van Z ten opzichte van X".
fn compared_with(a: &Answer, out: &mut Vec<Derived>) {
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

/// "X, D meer dan Y"; "Dat is D meer dan Y" after X; "het verschil
/// tussen X en Y is D"; "X en Y, een verschil van D".
fn differences(a: &Answer, out: &mut Vec<Derived>) {
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
fn ratios(a: &Answer, out: &mut Vec<Derived>) {
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

/// Words of a clause that starts anew: the figure after them is not the
/// one compared.
const NEW_CLAUSE: &[&str] = &[
    "en", "maar", "terwijl", "dat", "die", "wat", "waarvan", "of", "omdat", "waardoor", "zodat",
    "want", "toen", "waar", "wanneer",
];

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

/// "A (x) wordt vergeleken met B (y)".
static COMPARING: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:vergeleken met|ten opzichte van|in vergelijking met|tegenover)\b",
    )
});

/// "A, B en C, gemiddeld M", "Dat is gemiddeld M." after the list,
/// "gemiddeld M (A, B en C)".
fn averages(a: &Answer, out: &mut Vec<Derived>) {
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
