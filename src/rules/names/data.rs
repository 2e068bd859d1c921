//! The official names with their periods: `rules/data/names.toml`,
//! compiled into the binary and read once. The file is data, not a rule
//! file (its rules are built in, here): it says what each entry holds.

use std::sync::LazyLock;

use serde::Deserialize;

use super::date::Day;

/// The file as compiled in.
pub const FILE: (&str, &str) = (
    "rules/data/names.toml",
    include_str!("../../../rules/data/names.toml"),
);

/// What a name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A ministry: "Ministerie van X", "Minister van X".
    Ministry,
    /// A minister's portfolio without a ministry: "Minister voor X".
    Portfolio,
    /// A fractie of the Tweede Kamer: "het lid X (Partij)".
    Fractie,
}

/// One name in one period.
#[derive(Debug, Clone)]
pub struct Name {
    pub role: Role,
    pub name: String,
    /// Abbreviations that stand for it ("VenJ").
    pub short: Vec<String>,
    /// The first day it was valid; `None`: already on the horizon.
    pub from: Option<Day>,
    /// The first day it was no longer valid; `None`: valid today.
    pub until: Option<Day>,
    /// The name that continued it ([`Names::next`]).
    pub next: Option<String>,
    /// For a portfolio, the ministry it sits in.
    pub ministry: Option<String>,
    /// Whether governments outside the Netherlands (Aruba, Curaçao, Sint
    /// Maarten, Suriname) have a ministry of this name.
    pub abroad: bool,
    /// Where the entry comes from: for the reader of the file and the
    /// test that every entry has one; no finding says it.
    #[allow(dead_code)]
    pub source: String,
}

impl Name {
    /// Whether the name is valid on `day`.
    pub fn valid_on(&self, day: Day) -> bool {
        self.from.is_none_or(|f| f <= day) && self.until.is_none_or(|u| day < u)
    }

    /// Whether the name is valid on some day from `first` to `last`
    /// widened by `margin` days on both sides.
    pub fn valid_near(&self, first: Day, last: Day, margin: i64) -> bool {
        self.from.is_none_or(|f| f <= last.plus(margin))
            && self.until.is_none_or(|u| first.plus(-margin) < u)
    }

    /// Every way the name is written: the name, then its abbreviations.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.short.iter().map(String::as_str))
    }
}

/// Every name of the file.
#[derive(Debug, Clone)]
pub struct Names {
    /// The day from which the file knows every change: no date before it
    /// is checked.
    pub horizon: Day,
    pub names: Vec<Name>,
}

impl Names {
    /// The entries written `form` (a name or an abbreviation) in `role`.
    pub fn written<'a>(&'a self, form: &'a str, role: Role) -> impl Iterator<Item = &'a Name> {
        self.names
            .iter()
            .filter(move |n| n.role == role && n.forms().any(|f| f == form))
    }

    /// The entry that continued `name` (its `next`, the entry of that name
    /// that begins the day `name` ends).
    pub fn next(&self, name: &Name) -> Option<&Name> {
        let next = name.next.as_deref()?;
        let until = name.until?;
        self.names
            .iter()
            .find(|n| n.name == next && n.from == Some(until))
    }

    /// The name that continues `name` and is valid on `day`, following
    /// `next` from entry to entry.
    pub fn successor_on(&self, name: &Name, day: Day) -> Option<&Name> {
        let mut at = self.next(name)?;
        for _ in 0..self.names.len() {
            if at.valid_on(day) {
                return Some(at);
            }
            at = self.next(at)?;
        }
        None
    }
}

/// The names of the compiled-in file; `None` if it does not read (a test
/// holds it to reading).
pub fn names() -> Option<&'static Names> {
    static NAMES: LazyLock<Result<Names, String>> = LazyLock::new(|| parse(FILE.1));
    NAMES.as_ref().ok()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    horizon: toml::value::Datetime,
    #[serde(default)]
    ministry: Vec<Entry>,
    #[serde(default)]
    portfolio: Vec<Entry>,
    #[serde(default)]
    fractie: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: String,
    #[serde(default)]
    short: Vec<String>,
    from: Option<toml::value::Datetime>,
    until: Option<toml::value::Datetime>,
    next: Option<String>,
    ministry: Option<String>,
    #[serde(default)]
    abroad: bool,
    source: String,
    #[allow(dead_code)] // for the reader of the file
    note: Option<String>,
}

/// Reads the file's text.
pub fn parse(text: &str) -> Result<Names, String> {
    let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
    let horizon = day(&file.horizon)?;
    let mut names = Vec::new();
    for (role, entries) in [
        (Role::Ministry, file.ministry),
        (Role::Portfolio, file.portfolio),
        (Role::Fractie, file.fractie),
    ] {
        for e in entries {
            names.push(Name {
                role,
                from: e.from.as_ref().map(day).transpose()?,
                until: e.until.as_ref().map(day).transpose()?,
                name: e.name,
                short: e.short,
                next: e.next,
                ministry: e.ministry,
                abroad: e.abroad,
                source: e.source,
            });
        }
    }
    Ok(Names { horizon, names })
}

fn day(d: &toml::value::Datetime) -> Result<Day, String> {
    match (d.date, d.time) {
        (Some(date), None) => Day::new(
            i64::from(date.year),
            u32::from(date.month),
            u32::from(date.day),
        )
        .ok_or_else(|| format!("{d} is not a day")),
        _ => Err(format!("{d}: a date without a time is expected")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> &'static Names {
        match LazyLock::force(&NAMES_FOR_TESTS) {
            Ok(n) => n,
            Err(e) => panic!("{} does not read: {e}", FILE.0),
        }
    }

    static NAMES_FOR_TESTS: LazyLock<Result<Names, String>> = LazyLock::new(|| parse(FILE.1));

    fn ymd(y: i64, m: u32, d: u32) -> Day {
        Day::new(y, m, d).unwrap()
    }

    #[test]
    fn every_entry_has_a_source_and_a_valid_period() {
        let names = all();
        assert!(names.names.len() > 30, "only {} names", names.names.len());
        let mut wrong = Vec::new();
        for n in &names.names {
            if n.source.trim().len() < 20 {
                wrong.push(format!("{}: no source worth the name", n.name));
            }
            if n.from.is_some_and(|f| f < names.horizon) {
                wrong.push(format!("{}: begins before the horizon", n.name));
            }
            if let (Some(f), Some(u)) = (n.from, n.until) {
                if f >= u {
                    wrong.push(format!("{}: ends before it begins", n.name));
                }
            }
            if n.until.is_some_and(|u| u <= names.horizon) && n.from.is_some() {
                wrong.push(format!("{}: ends before the horizon", n.name));
            }
            if n.name.trim() != n.name || n.name.contains("  ") || n.name.is_empty() {
                wrong.push(format!("{:?}: spaces", n.name));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn one_form_names_one_thing_at_a_time() {
        // A name or abbreviation of two entries of one role must not be
        // valid on the same day: the rules could not tell which is meant.
        let names = all();
        let mut wrong = Vec::new();
        for (i, a) in names.names.iter().enumerate() {
            for b in &names.names[i + 1..] {
                if a.role != b.role || !a.forms().any(|f| b.forms().any(|g| f == g)) {
                    continue;
                }
                let overlap = a.from.max(b.from);
                let end = match (a.until, b.until) {
                    (Some(x), Some(y)) => Some(x.min(y)),
                    (x, y) => x.or(y),
                };
                let disjoint = match (overlap, end) {
                    (Some(s), Some(e)) => s >= e,
                    _ => false,
                };
                if !disjoint {
                    wrong.push(format!("{} and {} overlap", a.name, b.name));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn each_next_begins_where_its_name_ends_and_each_portfolio_has_its_ministry() {
        let names = all();
        let mut wrong = Vec::new();
        for n in &names.names {
            if n.next.is_some() && names.next(n).is_none() {
                wrong.push(format!(
                    "{}: its next {:?} does not begin on its last day",
                    n.name, n.next
                ));
            }
            match (n.role, n.ministry.as_deref()) {
                (Role::Portfolio, Some(m)) => {
                    let held = names.written(m, Role::Ministry).any(|home| {
                        home.from.is_none_or(|f| n.from.is_some_and(|g| f <= g))
                            && home.until.is_none_or(|u| n.until.is_some_and(|v| v <= u))
                    });
                    if !held {
                        wrong.push(format!(
                            "{}: its ministry {m} is not a ministry throughout its period",
                            n.name
                        ));
                    }
                }
                (Role::Portfolio, None) => wrong.push(format!("{}: no ministry", n.name)),
                (_, Some(_)) => wrong.push(format!("{}: only a portfolio has a ministry", n.name)),
                (_, None) => {}
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn the_examples_of_the_issue_hold() {
        let names = all();
        let on =
            |form: &str, role: Role, day: Day| names.written(form, role).any(|n| n.valid_on(day));
        // "Veiligheid en Justitie" became "Justitie en Veiligheid" in 2017.
        assert!(on(
            "Veiligheid en Justitie",
            Role::Ministry,
            ymd(2017, 10, 25)
        ));
        assert!(!on(
            "Veiligheid en Justitie",
            Role::Ministry,
            ymd(2017, 10, 26)
        ));
        assert!(on(
            "Justitie en Veiligheid",
            Role::Ministry,
            ymd(2017, 10, 26)
        ));
        // A minister van Klimaat en Groene Groei since 2024 ...
        assert!(on(
            "Klimaat en Groene Groei",
            Role::Ministry,
            ymd(2024, 7, 2)
        ));
        assert!(!on(
            "Klimaat en Groene Groei",
            Role::Ministry,
            ymd(2024, 7, 1)
        ));
        // ... a minister voor Klimaat en Energie 2022-2024, never a ministry.
        assert!(on("Klimaat en Energie", Role::Portfolio, ymd(2023, 1, 1)));
        assert!(!on("Klimaat en Energie", Role::Portfolio, ymd(2024, 7, 2)));
        assert_eq!(
            names.written("Klimaat en Energie", Role::Ministry).count(),
            0
        );
        // PvdA and GroenLinks one fractie since 6 December 2023.
        assert!(!on("PvdA", Role::Fractie, ymd(2024, 4, 4)));
        assert!(on("GroenLinks-PvdA", Role::Fractie, ymd(2024, 4, 4)));
        assert!(on("GroenLinks", Role::Fractie, ymd(2023, 12, 5)));
        // The abbreviations the Rekenkamer writes.
        assert!(on("VenJ", Role::Ministry, ymd(2013, 6, 7)));
        assert!(on("IenM", Role::Ministry, ymd(2016, 6, 6)));
    }

    #[test]
    fn a_successor_is_followed_to_the_day() {
        let names = all();
        let venj = names
            .written("Veiligheid en Justitie", Role::Ministry)
            .next()
            .unwrap();
        let now = names
            .successor_on(venj, ymd(2024, 5, 21))
            .map(|n| n.name.as_str());
        assert_eq!(now, Some("Justitie en Veiligheid"));
        let ezk = names.written("EZK", Role::Ministry).next().unwrap();
        let then = names
            .successor_on(ezk, ymd(2025, 6, 10))
            .map(|n| n.name.as_str());
        assert_eq!(then, Some("Economische Zaken"));
    }

    #[test]
    fn a_broken_file_is_an_error_not_a_panic() {
        assert!(parse("horizon = 2010-10-14\n[[ministry]]\nname = \"X\"\n").is_err());
        assert!(parse("horizon = 2010-10-14T10:00:00\n").is_err());
        assert!(parse("horizon = 2010-02-30\n").is_err());
    }
}
