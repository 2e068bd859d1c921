//! A figure as an operand of a derived figure: the interval of values it
//! stands for. Its printed precision (62,0 is 61,95 to 62,05), widened or
//! bounded by its hedge ([`Quantity::bounds`]); a round whole number
//! without a scale word ("1.200", "45.000") may itself be rounded, and is
//! read to two significant digits (1.150 to 1.250). A bare figure takes the
//! unit and scale of the figure it is paired with ("van 5 naar 10 miljoen
//! euro").

use rust_decimal::prelude::*;
use rust_decimal::Decimal;

use super::{counted, Derived, Relation};
use crate::document::figures::number::{self, Notation};
use crate::document::figures::quantity::{Bounds, Hedge};
use crate::document::figures::{Quantity, Scale, Unit};

/// A figure as an operand: its value, its interval and its unit, after
/// the unit and scale it shares with a neighbour ("van 5 naar 10 miljoen
/// euro") are carried over.
/// A figure and its index in the document's quantities.
pub(super) type Fig<'a> = (usize, &'a Quantity);

#[derive(Debug, Clone, Copy)]
pub(super) struct Operand {
    pub(super) point: Decimal,
    pub(super) bounds: Bounds,
    pub(super) unit: Unit,
    pub(super) exact: bool,
}

/// The operands of a pair, with the unit and scale of one carried over to
/// the other where it has none of its own; `None` when they cannot be
/// compared.
pub(super) fn pair(d: &Derived, a: Fig, b: Fig) -> Result<(Operand, Operand), &'static str> {
    // "van 5 tot 10 miljoen", "tussen 300 en 200": read as a range whose
    // upper end is the other figure; its own value is meant.
    let nested = |x: &Quantity, y: &Quantity| {
        x.upper.is_some() && y.span.start > x.span.start && y.span.start < x.span.end
    };
    let why = "a figure is a range or has an unknown hedge";
    let ra = operand(d, a, Some(b.1), nested(a.1, b.1)).ok_or(why)?;
    let rb = operand(d, b, Some(a.1), nested(b.1, a.1)).ok_or(why)?;
    if ra.unit != rb.unit {
        return Err("the units differ");
    }
    // "van 120 medewerkers naar 3 locaties": two counts of different things.
    let (na, nb) = (counted(a.1), counted(b.1));
    if na.is_some() && nb.is_some() && na != nb {
        return Err("the figures count different things");
    }
    Ok((ra, rb))
}

/// `q` as an operand; `like` is the figure it is paired with, whose scale
/// and unit a bare figure takes ("van 5 naar 10 miljoen euro"). `range`
/// says that `q` was read as a range whose upper end is the other figure
/// ("van 5 tot 10 miljoen"): its own value is meant.
pub(super) fn operand(
    d: &Derived,
    (i, q): Fig,
    like: Option<&Quantity>,
    range: bool,
) -> Option<Operand> {
    if q.upper.is_some() && !range {
        return None;
    }
    let hedge = match q.hedge.as_deref() {
        // "EUR 20 miljard meer dan EUR 100 miljard": the reader's hedge
        // is the relation's words.
        _ if d.plain.contains(&i) => None,
        None => None,
        Some(h) => Some(Hedge::of(h)?),
    };
    let mut value = q.value;
    let mut scale = q.scale;
    let mut precision = q.precision;
    let mut unit = q.unit;
    if let Some(like) = like {
        let bare_number = q.scale == Scale::One
            && q.notation == Notation::Plain
            && q.printed.abs() < Decimal::ONE_THOUSAND;
        // In a list the first part may carry the currency and the last
        // the scale ("EUR 10, 12 en 14 miljoen"); in a pair only a bare
        // figure takes its neighbour's scale ("van 5 naar 10 miljoen").
        let own_unit =
            q.unit == Unit::None || (d.relation == Relation::Average && q.unit == like.unit);
        if bare_number && like.scale != Scale::One && own_unit {
            scale = like.scale;
            value = q.printed * number::pow10(scale.exponent());
            precision = q.decimals as i32 - scale.exponent();
        }
        if q.unit == Unit::None
            && (counted(q).is_none() || range)
            && like.unit != Unit::None
            && like.unit != Unit::PercentagePoint
        {
            unit = like.unit;
        }
    }
    // "5 miljard" beside "EUR 7 miljard": a bare amount in a scale is an
    // amount of the same currency.
    let half = rounded_half_width(q, precision, scale, unit);
    Some(Operand {
        point: value,
        bounds: Bounds::of(value, half, hedge),
        unit,
        exact: hedge.is_none(),
    })
}

/// The half-width of a figure: its printed precision, or, for a round
/// whole number without a scale word ("1.200", "45.000"), its last
/// significant digit, keeping two ("1.200" is read to 50, "900" to 5,
/// "120" as printed).
fn rounded_half_width(q: &Quantity, precision: i32, scale: Scale, unit: Unit) -> Decimal {
    let printed = number::half_width(precision);
    if q.decimals != 0
        || scale != Scale::One
        || matches!(unit, Unit::Percent | Unit::PercentagePoint)
    {
        return printed;
    }
    let Some(digits) = q.printed.abs().trunc().to_u128() else {
        return printed;
    };
    let digits = digits.to_string();
    let length = digits.len() as i32;
    let zeros = digits.bytes().rev().take_while(|b| *b == b'0').count() as i32;
    if zeros < 2 {
        return printed;
    }
    let kept = zeros.min(length - 2);
    if kept <= 0 {
        return printed;
    }
    number::half_width(-kept).max(printed)
}

/// The unit of a stated amount beside figures of `unit`: "20 miljard"
/// beside euros is euros, "300" beside jobs is jobs.
pub(super) fn amount_unit(q: &Quantity, unit: Unit) -> Unit {
    match q.unit {
        Unit::None if unit.is_money() && q.scale != Scale::One => unit,
        Unit::None if unit == Unit::Jobs => unit,
        u => u,
    }
}
