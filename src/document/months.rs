//! The Dutch month names, as dates are written in the documents ("7 juni
//! 2024"): read by the header and names rules.

/// The months in order, lower case: index 0 is januari.
pub const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
