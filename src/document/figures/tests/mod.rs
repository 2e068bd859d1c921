//! Dutch number forms and what kamerlint reads from them: exact values,
//! printed decimals, precision after the scale word, unit, hedge — and the
//! numbers that are not figures at all.

mod figures;
mod hedges;
mod numbers;
mod units;

use std::str::FromStr;

use rust_decimal::Decimal;

use super::quantity::{Scale, Unit};

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).expect("test decimal")
}

/// One figure in a sentence: (sentence, figure text, value in base units,
/// printed decimals, precision, unit, scale, hedge).
type Figure = (
    &'static str,
    &'static str,
    &'static str,
    u32,
    i32,
    Unit,
    Scale,
    Option<&'static str>,
);
