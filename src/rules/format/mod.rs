//! format/: how figures are written — a decimal point in Dutch text, a
//! missing scale word, a currency without amount or written twice, "60%"
//! and "60 %" in one document, a figure whose dot may be thousands or decimal.
//!
//! One file a rule, named after its id (`format/decimal-point` is
//! `decimal_point.rs`); the figures of the running text (not of tables),
//! which several rules read, are picked out once here.

mod ambiguous_number;
mod currency_twice;
mod currency_without_amount;
mod decimal_point;
mod invalid_encoding;
mod missing_scale;
mod percent_spacing;

pub use ambiguous_number::AMBIGUOUS_NUMBER;
pub use currency_twice::CURRENCY_TWICE;
pub use currency_without_amount::CURRENCY_WITHOUT_AMOUNT;
pub use decimal_point::DECIMAL_POINT;
pub use invalid_encoding::INVALID_ENCODING;
pub use missing_scale::MISSING_SCALE;
pub use percent_spacing::PERCENT_SPACING;

use super::registry::Family;
use crate::diagnostic::Diagnostic;
use crate::document::figures::Quantity;
use crate::document::Document;

/// The format family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "format",
    rules: &[
        &DECIMAL_POINT,
        &MISSING_SCALE,
        &CURRENCY_WITHOUT_AMOUNT,
        &CURRENCY_TWICE,
        &PERCENT_SPACING,
        &AMBIGUOUS_NUMBER,
        &INVALID_ENCODING,
    ],
    check: Some(check),
    settings: None,
    compare: None,
};

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let prose: Vec<&Quantity> = doc.quantities.iter().filter(|q| q.cell.is_none()).collect();
    decimal_point::check(doc, &prose, out);
    currency_twice::check(doc, &prose, out);
    missing_scale::check(doc, &prose, out);
    currency_without_amount::check(doc, out);
    percent_spacing::check(doc, out);
    ambiguous_number::check(doc, &prose, out);
    invalid_encoding::check(doc, out);
}
