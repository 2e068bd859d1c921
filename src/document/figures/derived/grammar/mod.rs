//! The sentence patterns of derived figures ([`super`]): each looks at
//! the words between neighbouring figures of one answer, and takes a
//! relation only when nothing but its own words stands between them.
//!
//! A change from one figure to another is in `change`, a difference or a
//! factor between two figures in `compare`, an average beside its parts
//! in `average`; the words they share are here.

mod average;
mod change;
mod compare;

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::{Answer, Derived, Direction, Figure, Relation};

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

/// Words of a clause that starts anew: the figure after them is not the
/// one compared.
const NEW_CLAUSE: &[&str] = &[
    "en", "maar", "terwijl", "dat", "die", "wat", "waarvan", "of", "omdat", "waardoor", "zodat",
    "want", "toen", "waar", "wanneer",
];

/// The direction a noun of change says.
fn noun(word: &str) -> Option<Direction> {
    Some(match word.to_lowercase().as_str() {
        "stijging" | "groei" | "toename" | "verhoging" | "aanwas" | "vooruitgang" => Direction::Up,
        "daling" | "afname" | "verlaging" | "vermindering" | "krimp" | "teruggang"
        | "achteruitgang" | "reductie" | "terugval" => Direction::Down,
        // "een verandering van 5%" gives no sign: its size is compared.
        "verschil" | "verandering" | "mutatie" => Direction::Either,
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
    let pairs = change::pairs(a);
    for &(x, y) in &pairs {
        change::stated_change(a, &pairs, x, y, out);
        change::factor_change(a, x, y, out);
    }
    change::compared_with(a, out);
    compare::differences(a, out);
    compare::ratios(a, out);
    average::averages(a, out);
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
