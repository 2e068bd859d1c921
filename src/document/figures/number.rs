//! Dutch number notation: decimal comma, thousands dot (or a thousands
//! space in tables), a sign, and the printed precision.
//!
//! Values are exact decimals, never floating point: "62,0" keeps its one
//! decimal, because a trailing zero is a statement about precision.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Notation {
    /// "1709", "62,0": digits with an optional decimal comma.
    Plain,
    /// "1.709", "60.759.767", "9.221,5": thousands dots.
    ThousandsDot,
    /// "9 660,8": thousands spaces (tables only).
    ThousandsSpace,
    /// "12.5", "3.4", "1,234.5": a decimal point, which Dutch text does not use.
    DecimalPoint,
}

/// A parsed number as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Number {
    /// The value as printed, with its sign, before any scale word.
    #[serde(with = "rust_decimal::serde::str")]
    pub value: Decimal,
    /// Digits printed after the decimal separator.
    pub decimals: u32,
    pub notation: Notation,
}

/// Characters that mean "minus" in print.
pub const MINUS: &[char] = &['-', '–', '−', '‒'];

/// Spaces that group thousands as a plain space does: non-breaking, thin,
/// narrow non-breaking, and the zero-width ones pasted from web pages.
pub const SPACES: &[char] = &[
    '\u{a0}', '\u{2009}', '\u{202f}', '\u{200b}', '\u{2060}', '\u{feff}',
];

/// Parses a number token such as "1.709", "-0,6", "352,4", "9 660,8", "5,–".
/// Returns None for anything that is not a well-formed number.
pub fn parse(token: &str) -> Option<Number> {
    if token.contains(SPACES) {
        return parse(&token.replace(SPACES, " "));
    }
    let t = token.trim();
    let (negative, t) = match t.strip_prefix(MINUS) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    // "€ 5,–" / "5,-": whole euros.
    let t = t
        .strip_suffix(",–")
        .or_else(|| t.strip_suffix(",-"))
        .unwrap_or(t);
    if t.is_empty()
        || !t.starts_with(|c: char| c.is_ascii_digit())
        || !t.ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let (int_part, frac, notation) = if let Some((int, frac)) = t.rsplit_once(',') {
        if int.contains('.') && frac.contains('.') {
            return None;
        }
        if frac.contains('.') {
            // "1,234.5": English grouping and a decimal point.
            let (f_int, f_frac) = frac.split_once('.')?;
            if f_int.len() != 3 || !grouped(int, ',') && !int.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let int = format!("{}{}", int.replace(',', ""), f_int);
            return build(negative, &int, f_frac, Notation::DecimalPoint);
        }
        let (int, notation) = if int.contains('.') {
            (
                grouped(int, '.').then(|| int.replace('.', ""))?,
                Notation::ThousandsDot,
            )
        } else if int.contains(' ') {
            (
                grouped(int, ' ').then(|| int.replace(' ', ""))?,
                Notation::ThousandsSpace,
            )
        } else {
            (int.to_string(), Notation::Plain)
        };
        (int, frac.to_string(), notation)
    } else if t.contains('.') {
        if grouped(t, '.') {
            (t.replace('.', ""), String::new(), Notation::ThousandsDot)
        } else {
            let (int, frac) = t.split_once('.')?;
            if frac.contains('.') {
                return None;
            }
            (int.to_string(), frac.to_string(), Notation::DecimalPoint)
        }
    } else if t.contains(' ') {
        (
            grouped(t, ' ').then(|| t.replace(' ', ""))?,
            String::new(),
            Notation::ThousandsSpace,
        )
    } else {
        (t.to_string(), String::new(), Notation::Plain)
    };
    build(negative, &int_part, &frac, notation)
}

fn build(negative: bool, int: &str, frac: &str, notation: Notation) -> Option<Number> {
    if int.is_empty()
        || !int.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    // Decimal holds 28 significant digits; anything longer is not a figure.
    if int.len() + frac.len() > 24 {
        return None;
    }
    let s = if frac.is_empty() {
        format!("{}{}", if negative { "-" } else { "" }, int)
    } else {
        format!("{}{}.{}", if negative { "-" } else { "" }, int, frac)
    };
    let value = Decimal::from_str(&s).ok()?;
    Some(Number {
        value,
        decimals: frac.len() as u32,
        notation,
    })
}

/// "60.759.767" with '.' or "9 660" with ' ': groups of three after the first.
fn grouped(s: &str, sep: char) -> bool {
    let mut parts = s.split(sep);
    let Some(first) = parts.next() else {
        return false;
    };
    if first.is_empty() || first.len() > 3 || !first.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut n = 0;
    for p in parts {
        if p.len() != 3 || !p.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
        n += 1;
    }
    n > 0
}

/// 10^e as a decimal (e may be negative).
pub fn pow10(e: i32) -> Decimal {
    if e >= 0 {
        let mut d = Decimal::ONE;
        for _ in 0..e.min(27) {
            d *= Decimal::TEN;
        }
        d
    } else {
        Decimal::new(1, (-e).min(27) as u32)
    }
}

/// Half the width of the rounding interval of a figure printed with XBRL
/// `decimals` d: ½·10^(−d).
pub fn half_width(decimals: i32) -> Decimal {
    pow10(-decimals) / Decimal::TWO
}
