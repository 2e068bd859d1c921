//! Dutch number notation: what parses, to which value, decimals and notation, and what does not.

use super::d;
use crate::document::figures::number::{parse, Notation};

/// (input, value, decimals, notation)
pub(super) const NUMBERS: &[(&str, &str, u32, Notation)] = &[
    ("1709", "1709", 0, Notation::Plain),
    ("1.709", "1709", 0, Notation::ThousandsDot),
    ("60.759.767", "60759767", 0, Notation::ThousandsDot),
    ("352,4", "352.4", 1, Notation::Plain),
    ("62,0", "62.0", 1, Notation::Plain),
    ("0,51", "0.51", 2, Notation::Plain),
    ("9.221,5", "9221.5", 1, Notation::ThousandsDot),
    ("9 660,8", "9660.8", 1, Notation::ThousandsSpace),
    ("36 100", "36100", 0, Notation::ThousandsSpace),
    ("-0,6", "-0.6", 1, Notation::Plain),
    ("–0,4", "-0.4", 1, Notation::Plain),
    ("−3", "-3", 0, Notation::Plain),
    ("‒12,25", "-12.25", 2, Notation::Plain),
    ("5,–", "5", 0, Notation::Plain),
    ("5,-", "5", 0, Notation::Plain),
    ("12.5", "12.5", 1, Notation::DecimalPoint),
    ("3.4", "3.4", 1, Notation::DecimalPoint),
    ("19.60", "19.60", 2, Notation::DecimalPoint),
    ("1,234.5", "1234.5", 1, Notation::DecimalPoint),
    ("0", "0", 0, Notation::Plain),
    ("007", "7", 0, Notation::Plain),
    ("1.000.000,00", "1000000.00", 2, Notation::ThousandsDot),
];

pub(super) const NOT_NUMBERS: &[&str] = &[
    "", "abc", "1.2.3", "12.34.56", "1,2,3", "1..2", ",5", "5,", "1.00.000", "1 00",
];

#[test]
fn dutch_number_notation() {
    for (input, value, decimals, notation) in NUMBERS {
        let n = parse(input).unwrap_or_else(|| panic!("{input} should parse"));
        assert_eq!(
            (n.value, n.decimals, n.notation),
            (d(value), *decimals, *notation),
            "{input}"
        );
    }
    for input in NOT_NUMBERS {
        assert!(parse(input).is_none(), "{input} should not parse");
    }
}
