//! figure/: the same quantity given twice with different values, a stated
//! percentage against the ratio it describes, a stated count against
//! the enumeration that follows it, and derived figures (a change, a
//! difference, a factor, an average) against the figures they are
//! computed from.
//!
//! One file a rule, named after its id (`figure/share-mismatch` is
//! `share_mismatch.rs`).

mod average_mismatch;
mod count_mismatch;
mod growth_mismatch;
mod inconsistent_repeat;
mod percentage_points;
mod share_mismatch;
mod table_mismatch;
mod table_year;

pub use average_mismatch::AVERAGE_MISMATCH;
pub use count_mismatch::COUNT_MISMATCH;
pub use growth_mismatch::GROWTH_MISMATCH;
pub use inconsistent_repeat::INCONSISTENT_REPEAT;
pub use percentage_points::PERCENTAGE_POINTS;
pub use share_mismatch::SHARE_MISMATCH;
pub use table_mismatch::TABLE_MISMATCH;
pub use table_year::TABLE_YEAR;

use super::registry::Family;
use crate::diagnostic::Diagnostic;
use crate::document::Document;

/// The figure family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "figure",
    rules: &[
        &INCONSISTENT_REPEAT,
        &SHARE_MISMATCH,
        &COUNT_MISMATCH,
        &TABLE_MISMATCH,
        &TABLE_YEAR,
        &GROWTH_MISMATCH,
        &PERCENTAGE_POINTS,
        &AVERAGE_MISMATCH,
    ],
    check: Some(check),
    settings: None,
    compare: None,
};

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    inconsistent_repeat::check(doc, out);
    share_mismatch::check(doc, out);
    count_mismatch::check(doc, out);
    table_mismatch::check(doc, out);
    table_year::check(doc, out);
    growth_mismatch::check(doc, out);
    percentage_points::check(doc, out);
    average_mismatch::check(doc, out);
}
