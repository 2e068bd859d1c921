//! names/: official names against the document's own date. Ministries,
//! the portfolios of ministers without a ministry ("minister voor") and
//! the fracties of the Tweede Kamer change with cabinets and elections;
//! `rules/data/names.toml` holds each name with the period it was valid
//! and where that is recorded ([`data`]). The document's date is read
//! from its text ([`date`]); where the names are and what around them
//! says they are not the present government's is [`scan`]. The family
//! also holds names written two ways in one document
//! (`names/spelling-variant`, over the words of [`words`]).

mod candidates;
pub(crate) mod data;
mod date;
mod fractie_period;
mod ministry_period;
mod scan;
mod sentence;
mod spelling_variant;
mod van_voor;
mod words;

pub use fractie_period::FRACTIE_PERIOD;
pub use ministry_period::MINISTRY_PERIOD;
pub use spelling_variant::SPELLING_VARIANT;
pub use van_voor::VAN_VOOR;

use super::registry::Family;
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use data::{Name, Names, Role};
use date::{Dated, Dates};

/// The names family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "names",
    rules: &[
        &MINISTRY_PERIOD,
        &VAN_VOOR,
        &FRACTIE_PERIOD,
        &SPELLING_VARIANT,
    ],
    check: Some(check),
    settings: None,
    compare: None,
};

/// Days before a name's first day and after its last in which a document
/// is not held to it: a letter written in the weeks around a new
/// cabinet's installation still goes by the letterhead it was begun
/// under, and a vergaderjaar's date is known only to the season.
const MARGIN_DAYS: i64 = 92;

/// The same for fracties, whose names change on one known day (the
/// installation of a new Kamer) and are written by the Kamer itself: two
/// weeks, for a header set before the day and sent in after it.
const FRACTIE_MARGIN_DAYS: i64 = 14;

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    spelling_variant::check(doc, out);
    let Some(names) = data::names() else {
        return;
    };
    let dates = Dates::of(doc);
    let uses = scan::offices(doc);
    ministry_period::check(doc, names, &dates, &uses, out);
    van_voor::check(doc, names, &dates, &uses, out);
    fractie_period::check(doc, names, &dates, out);
}

/// The date of the text at `offset` if the data covers it: a date before
/// the data's horizon is as good as none.
fn date_at(doc: &Document, names: &Names, dates: &Dates, offset: usize) -> Option<Dated> {
    dates
        .at(doc, offset)
        .filter(|d| d.first >= names.horizon.plus(MARGIN_DAYS))
}

/// How a date is said in a message: the day ("21 mei 2024"; for
/// answers, read from the questions' day to theirs, the answers' day), or
/// the vergaderjaar as the document prints it.
fn said(doc: &Document, date: &Dated) -> String {
    let words = doc.slice(date.span);
    match words.strip_prefix("Vergaderjaar") {
        Some(rest) => format!("vergaderjaar{rest}"),
        None => date.last.to_string(),
    }
}

/// Whether the year `y` lies in a period of one of `entries`.
fn in_period(entries: &[&Name], y: i64) -> bool {
    entries
        .iter()
        .any(|n| n.from.is_none_or(|f| f.year() <= y) && n.until.is_none_or(|u| y <= u.year()))
}

/// The entries written `form` in any of `roles`.
fn written<'a>(names: &'a Names, form: &'a str, roles: &[Role]) -> Vec<&'a Name> {
    roles.iter().flat_map(|&r| names.written(form, r)).collect()
}
