//! Quantities in running text: a number with its currency, scale word,
//! unit, hedge and range, read the way a Dutch reader does.

pub mod hedge;
mod patterns;
mod reading;

use rust_decimal::Decimal;
use serde::Serialize;

use super::key::Key;
use super::number::{self, Notation};
use crate::document::Span;
pub use hedge::{Bounds, Hedge};
pub use reading::{scan, scan_in, sentences};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scale {
    One,
    Thousand,
    Million,
    Billion,
    Trillion,
}

impl Scale {
    pub fn exponent(self) -> i32 {
        match self {
            Scale::One => 0,
            Scale::Thousand => 3,
            Scale::Million => 6,
            Scale::Billion => 9,
            Scale::Trillion => 12,
        }
    }

    /// The scale of a word: duizend; miljoen, mln; miljard, mld, mrd; biljoen (10^12).
    pub fn from_word(w: &str) -> Option<Scale> {
        let w = w.trim_end_matches('.').to_lowercase();
        Some(match w.as_str() {
            "duizend" => Scale::Thousand,
            "miljoen" | "mln" | "miljoenen" => Scale::Million,
            "miljard" | "mld" | "mrd" | "miljarden" => Scale::Billion,
            "biljoen" => Scale::Trillion,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// A number without unit: a count or an index.
    None,
    Euro,
    Eurocent,
    Dollar,
    Pound,
    Percent,
    PercentagePoint,
    Kilogram,
    Ton,
    /// vte, fte, voltijdbanen, banen.
    Jobs,
}

impl Unit {
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Unit::Euro | Unit::Eurocent | Unit::Dollar | Unit::Pound
        )
    }

    pub fn is_share(self) -> bool {
        matches!(self, Unit::Percent)
    }
}

/// One figure as read from the text.
#[derive(Debug, Clone, Serialize)]
pub struct Quantity {
    /// From the currency or hedge-free start to the unit: "EUR 352,4 miljard".
    pub span: Span,
    /// The digits only.
    pub number_span: Span,
    pub text: String,
    /// The value in base units (euro, percent, count): printed value × scale.
    #[serde(with = "rust_decimal::serde::str")]
    pub value: Decimal,
    /// The value as printed, before the scale word.
    #[serde(with = "rust_decimal::serde::str")]
    pub printed: Decimal,
    /// Digits printed after the decimal comma.
    pub decimals: u32,
    /// Precision in XBRL terms: printed decimals minus the scale's exponent
    /// ("4,96 miljard" → −7, "62,0" → 1).
    pub precision: i32,
    pub scale: Scale,
    pub unit: Unit,
    pub notation: Notation,
    /// "circa", "ruim", "meer dan", ...: the figure is not exact.
    pub hedge: Option<String>,
    /// Upper end of a range ("1,5-2", "tussen 5 en 7"), in base units.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub upper: Option<Decimal>,
    /// Where a currency was written (before or after), for format checks.
    pub currencies: Vec<Span>,
    /// The word after the figure, lower-cased ("priomarkten", "missies").
    pub noun: Option<String>,
    pub key: Key,
    /// Index of the entry holding the figure.
    pub entry: Option<usize>,
    /// The sentence the figure stands in.
    pub sentence: Span,
    /// Set for figures read from a table cell: (table, row, column).
    pub cell: Option<(usize, usize, usize)>,
}

impl Quantity {
    /// Half the width of the interval of values that round to this figure;
    /// zero for exact counts.
    pub fn half_width(&self) -> Decimal {
        number::half_width(self.precision)
    }

    pub fn interval(&self) -> (Decimal, Decimal) {
        let h = self.half_width();
        (self.value - h, self.value + h)
    }

    pub fn is_exact_number(&self) -> bool {
        self.hedge.is_none() && self.upper.is_none()
    }

    /// The values the figure allows: its rounding interval, widened or
    /// bounded by its hedge ([`hedge`]), or its range ("tussen 5 en 7").
    /// `None` for a hedge whose meaning is not known.
    pub fn bounds(&self) -> Option<Bounds> {
        let h = self.half_width();
        if let Some(upper) = self.upper {
            return Some(Bounds::exact(self.value - h, upper + h));
        }
        let hedge = match self.hedge.as_deref() {
            None => None,
            Some(word) => Some(Hedge::of(word)?),
        };
        Some(Bounds::of(self.value, h, hedge))
    }
}

/// A table cell holding a single figure ("62,0", "78%", "451.000 vte", "9.221").
pub fn from_cell(
    source: &str,
    cell: &crate::document::Cell,
    entry: Option<usize>,
    at: (usize, usize, usize),
) -> Option<Quantity> {
    let t = cell.text.trim();
    let (body, unit) = if let Some(b) = t.strip_suffix('%') {
        (b.trim_end(), Unit::Percent)
    } else if let Some(b) = t.strip_suffix("vte").or_else(|| t.strip_suffix("fte")) {
        (b.trim_end(), Unit::Jobs)
    } else {
        (t, Unit::None)
    };
    let num = number::parse(body)?;
    let lead = cell.text.len() - cell.text.trim_start().len();
    let number_span = Span::new(cell.span.start + lead, cell.span.start + lead + body.len());
    let _ = source;
    Some(Quantity {
        span: cell.span,
        number_span,
        text: cell.text.clone(),
        value: num.value,
        printed: num.value,
        decimals: num.decimals,
        precision: num.decimals as i32,
        scale: Scale::One,
        unit,
        notation: num.notation,
        hedge: None,
        upper: None,
        currencies: Vec::new(),
        noun: None,
        key: Key::default(),
        entry,
        sentence: cell.span,
        cell: Some(at),
    })
}
