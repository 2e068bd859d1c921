//! Interval arithmetic on [`Bounds`] (an open end is `None`), and the
//! computed interval as an editor reads it.

use rust_decimal::prelude::*;
use rust_decimal::Decimal;

use super::verdict::{Operation, Recomputed};
use crate::document::figures::number;
use crate::document::figures::quantity::Bounds;
use crate::document::figures::{Quantity, Scale, Unit};

/// Orders lower bounds, an open one first.
pub(super) fn cmp_lo(a: &Option<Decimal>, b: &Option<Decimal>) -> std::cmp::Ordering {
    match (a, b) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, _) => std::cmp::Ordering::Less,
        (_, None) => std::cmp::Ordering::Greater,
        (Some(a), Some(b)) => a.cmp(b),
    }
}

/// Orders upper bounds, an open one last.
pub(super) fn cmp_hi(a: &Option<Decimal>, b: &Option<Decimal>) -> std::cmp::Ordering {
    match (a, b) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, _) => std::cmp::Ordering::Greater,
        (_, None) => std::cmp::Ordering::Less,
        (Some(a), Some(b)) => a.cmp(b),
    }
}

/// a − b.
pub(super) fn sub(a: &Bounds, b: &Bounds) -> Bounds {
    Bounds {
        lo: a.lo.zip(b.hi).and_then(|(x, y)| x.checked_sub(y)),
        hi: a.hi.zip(b.lo).and_then(|(x, y)| x.checked_sub(y)),
    }
}

pub(super) fn neg(a: &Bounds) -> Bounds {
    Bounds {
        lo: a.hi.map(|v| -v),
        hi: a.lo.map(|v| -v),
    }
}

/// The sizes an interval holds.
pub(super) fn abs(a: &Bounds) -> Bounds {
    match (a.lo, a.hi) {
        (Some(lo), _) if lo >= Decimal::ZERO => *a,
        (_, Some(hi)) if hi <= Decimal::ZERO => neg(a),
        (lo, hi) => Bounds {
            lo: Some(Decimal::ZERO),
            hi: lo.zip(hi).map(|(l, h)| (-l).max(h)),
        },
    }
}

pub(super) fn shift(a: &Bounds, by: Decimal) -> Bounds {
    Bounds {
        lo: a.lo.map(|v| v + by),
        hi: a.hi.map(|v| v + by),
    }
}

/// value / base for a positive base and a value that is not negative;
/// `None` when the base may be zero or the value negative.
pub(super) fn ratio(value: &Bounds, base: &Bounds) -> Option<Bounds> {
    let b_lo = base.lo.filter(|b| *b > Decimal::ZERO)?;
    let v_lo = value.lo.filter(|v| *v >= Decimal::ZERO)?;
    Some(Bounds {
        lo: match base.hi {
            Some(b_hi) => v_lo.checked_div(b_hi),
            None => Some(Decimal::ZERO),
        },
        hi: value.hi.and_then(|v| v.checked_div(b_lo)),
    })
}

/// (value / base − 1) × 100.
pub(super) fn relative(base: &Bounds, value: &Bounds) -> Option<Bounds> {
    let r = ratio(value, base)?;
    let pct = |v: Decimal| (v - Decimal::ONE).checked_mul(Decimal::ONE_HUNDRED);
    Some(Bounds {
        lo: r.lo.and_then(pct),
        hi: r.hi.and_then(pct),
    })
}

/// 1 / a for a positive interval.
pub(super) fn invert(a: &Bounds) -> Option<Bounds> {
    let lo = a.lo.filter(|v| *v > Decimal::ZERO)?;
    Some(Bounds {
        lo: a.hi.and_then(|h| Decimal::ONE.checked_div(h)),
        hi: Decimal::ONE.checked_div(lo),
    })
}

/// The computed interval as printed for an editor: its ends rounded
/// outward, one decimal finer than the stated figure, in its scale
/// ("10,6%", "19,5 miljard", "1,74"); `None` at an open end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub low: Option<String>,
    pub high: Option<String>,
}

impl Recomputed {
    /// The computed interval as printed, for `stated` (the stated figure,
    /// if a figure states it).
    pub fn shown(&self, stated: Option<&Quantity>) -> Option<Shown> {
        let b = self.computed?;
        Some(show(&b, self.operation?, stated))
    }

    /// The change in procentpunten as printed, for a
    /// [`Verdict::PercentagePoints`].
    pub fn shown_points(&self, stated: Option<&Quantity>) -> Option<Shown> {
        let b = self.points?;
        Some(show(&b, Operation::Points, stated))
    }
}

fn show(b: &Bounds, operation: Operation, stated: Option<&Quantity>) -> Shown {
    let (scale, decimals, suffix) = match operation {
        Operation::Factor => (Scale::One, 2, ""),
        Operation::Relative => (Scale::One, stated.map_or(1, |q| q.decimals + 1), "%"),
        Operation::Points => (
            Scale::One,
            stated.map_or(1, |q| q.decimals + 1),
            " procentpunt",
        ),
        Operation::Difference | Operation::Mean | Operation::Between => {
            let scale = stated.map_or(Scale::One, |q| q.scale);
            let decimals = stated.map_or(1, |q| q.decimals + 1);
            let suffix = if stated.is_some_and(|q| q.unit == Unit::Percent) {
                "%"
            } else {
                ""
            };
            (scale, decimals, suffix)
        }
    };
    let one = |v: Decimal, strategy: RoundingStrategy| {
        let in_scale = v / number::pow10(scale.exponent());
        let mut r = in_scale.round_dp_with_strategy(decimals, strategy);
        r.rescale(decimals);
        let word = match scale {
            Scale::One => "",
            Scale::Thousand => " duizend",
            Scale::Million => " miljoen",
            Scale::Billion => " miljard",
            Scale::Trillion => " biljoen",
        };
        format!("{}{word}{suffix}", r.to_string().replace('.', ","))
    };
    Shown {
        low: b.lo.map(|v| one(v, RoundingStrategy::ToNegativeInfinity)),
        high: b.hi.map(|v| one(v, RoundingStrategy::ToPositiveInfinity)),
    }
}
