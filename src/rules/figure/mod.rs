//! figure/: the same quantity given twice with different values, a stated
//! percentage against the ratio it describes, and a stated count against
//! the enumeration that follows it.
//!
//! One file a rule, named after its id (`figure/share-mismatch` is
//! `share_mismatch.rs`).

mod count_mismatch;
mod inconsistent_repeat;
mod share_mismatch;
mod table_mismatch;
mod table_year;

pub use count_mismatch::COUNT_MISMATCH;
pub use inconsistent_repeat::INCONSISTENT_REPEAT;
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
}
