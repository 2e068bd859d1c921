//! The verdict on a derived figure: the stated figure against the interval
//! of values its operands allow, with the four verdicts of the rounding
//! rule (exact, within rounding, inconsistent, indeterminate) and one
//! more, a change of a percentage given in % that is its change in
//! procentpunten.
//!
//! Every figure stands for an interval ([`super::operand`]); the value
//! computed from them is an interval too ([`super::interval`]), and the
//! stated figure agrees when the two intervals share a value.

use rust_decimal::Decimal;
use serde::Serialize;

use super::interval::{abs, cmp_hi, cmp_lo, invert, neg, ratio, relative, shift, sub};
use super::operand::{amount_unit, operand, pair, Fig};
use super::{counted, Derived, Direction, Relation};
use crate::document::figures::number;
use crate::document::figures::quantity::{Bounds, Hedge};
use crate::document::figures::{Quantity, Unit};

/// The verdict on one derived figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The printed figures give exactly the stated one, at its precision.
    Exact,
    /// Not exactly, but within what the rounding and hedges allow.
    WithinRounding,
    /// Beyond what rounding and hedges allow.
    Inconsistent,
    /// A change of a percentage stated in % that is its change in
    /// procentpunten, not its relative change.
    PercentagePoints,
    /// A figure is missing or unreadable, or the units differ.
    Indeterminate,
}

/// What was recomputed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Operation {
    /// (to − from) / from × 100.
    Relative,
    /// to − from, of two percentages, in procentpunten.
    Points,
    /// to − from, in the figures' unit.
    Difference,
    /// to / from.
    Factor,
    /// The mean of the parts.
    Mean,
    /// Between the smallest and the largest part (a weighted average).
    Between,
}

/// A derived figure recomputed: the verdict, and the intervals it rests on.
#[derive(Debug, Clone, Serialize)]
pub struct Recomputed {
    pub verdict: Verdict,
    pub operation: Option<Operation>,
    /// What the operands give, in the direction the answer states it (a
    /// fall of 25 % is +25 here), and with the stated figure's sign.
    #[serde(skip)]
    pub computed: Option<Bounds>,
    /// The stated figure's interval, in the same direction.
    #[serde(skip)]
    pub stated: Option<Bounds>,
    /// For [`Verdict::PercentagePoints`]: the change in procentpunten.
    #[serde(skip)]
    pub points: Option<Bounds>,
    /// Why the verdict is indeterminate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
}

impl Recomputed {
    pub(super) fn indeterminate(reason: &'static str) -> Recomputed {
        Recomputed {
            verdict: Verdict::Indeterminate,
            operation: None,
            computed: None,
            stated: None,
            points: None,
            reason: Some(reason),
        }
    }
}

/// Recomputes `d` from the figures of `quantities` it names.
pub fn recompute(quantities: &[Quantity], d: &Derived) -> Recomputed {
    let get = |i: usize| quantities.get(i).map(|q| (i, q));
    let Some(from) = d.from.iter().map(|&i| get(i)).collect::<Option<Vec<_>>>() else {
        return Recomputed::indeterminate("a figure is missing");
    };
    let stated = match d.stated {
        Some(i) => match get(i) {
            Some(q) => Some(q),
            None => return Recomputed::indeterminate("a figure is missing"),
        },
        None => None,
    };
    match d.relation {
        Relation::Change | Relation::Difference => {
            let [a, b] = from[..] else {
                return Recomputed::indeterminate("not two figures");
            };
            // A change runs from a to b; a difference is a against b.
            let (base, value) = match d.relation {
                Relation::Change => (a, b),
                _ => (b, a),
            };
            let Some(stated) = stated else {
                return Recomputed::indeterminate("no stated figure");
            };
            change(d, base, value, stated)
        }
        Relation::Factor | Relation::Ratio => factor(d, &from, stated),
        Relation::Average => average(d, &from, stated),
    }
}

/// A stated change or difference against `value` − `base`.
fn change(d: &Derived, base: Fig, value: Fig, stated: Fig) -> Recomputed {
    let (b, v) = match pair(d, base, value) {
        Ok(p) => p,
        Err(why) => return Recomputed::indeterminate(why),
    };
    let Some(s) = operand(d, stated, None, false) else {
        return Recomputed::indeterminate("the stated figure is a range or has an unknown hedge");
    };
    let (base, stated) = (base.1, stated.1);
    let operation = match stated.unit {
        Unit::PercentagePoint if b.unit == Unit::Percent => Operation::Points,
        Unit::PercentagePoint => return Recomputed::indeterminate("procentpunt of no percentage"),
        Unit::Percent => Operation::Relative,
        // "van 31,8% naar 35,2%, een stijging van 3,4": procentpunten
        // without their unit.
        _ if b.unit == Unit::Percent => {
            return Recomputed::indeterminate("a change of percentages without a unit")
        }
        _ => {
            let s_unit = amount_unit(stated, b.unit);
            if s_unit != b.unit || s_unit == Unit::None && stated.scale != base.scale {
                return Recomputed::indeterminate("the units differ");
            }
            Operation::Difference
        }
    };
    let absolute = sub(&v.bounds, &b.bounds);
    let computed = match operation {
        Operation::Relative => match relative(&b.bounds, &v.bounds) {
            Some(r) => r,
            None => return Recomputed::indeterminate("the base may be zero or negative"),
        },
        _ => absolute,
    };
    let point = match operation {
        Operation::Relative => (v.point / b.point.max(Decimal::new(1, 20)) - Decimal::ONE)
            .checked_mul(Decimal::ONE_HUNDRED),
        _ => Some(v.point - b.point),
    };
    let (computed, stated_bounds, point, stated_point) =
        directed(d.direction, computed, s.bounds, point, s.point);
    let mut r = judge(
        operation,
        computed,
        stated_bounds,
        b.exact && v.exact && s.exact,
        point,
        stated_point,
        stated,
    );
    // "van 31,8% naar 35,2%, een stijging van 3,4%": the change in
    // procentpunten, stated in %.
    if operation == Operation::Relative && b.unit == Unit::Percent {
        let (points, ..) = directed(d.direction, absolute, s.bounds, None, s.point);
        if r.verdict == Verdict::Inconsistent && points.overlaps(&stated_bounds) {
            r.verdict = Verdict::PercentagePoints;
        }
        r.points = Some(points);
    }
    r
}

/// The computed and stated intervals (and points) in the stated direction:
/// a fall is compared as a positive figure, "een verschil van" by size.
fn directed(
    direction: Direction,
    computed: Bounds,
    stated: Bounds,
    point: Option<Decimal>,
    stated_point: Decimal,
) -> (Bounds, Bounds, Option<Decimal>, Decimal) {
    match direction {
        Direction::Up | Direction::Signed => (computed, stated, point, stated_point),
        Direction::Down => (
            neg(&computed),
            abs(&stated),
            point.map(|p| -p),
            stated_point.abs(),
        ),
        Direction::Either => (
            abs(&computed),
            abs(&stated),
            point.map(|p| p.abs()),
            stated_point.abs(),
        ),
    }
}

/// A factor stated by a word ("verdubbeld") or a figure ("1,5-2 keer
/// hoger") against to / from, or the larger over the smaller.
fn factor(d: &Derived, from: &[Fig], stated: Option<Fig>) -> Recomputed {
    let [a, b] = from[..] else {
        return Recomputed::indeterminate("not two figures");
    };
    let (x, y) = match pair(d, a, b) {
        Ok(p) => p,
        Err(why) => return Recomputed::indeterminate(why),
    };
    let (base, value) = match d.relation {
        Relation::Ratio if x.point > y.point => (y, x),
        _ => (x, y),
    };
    let Some(computed) = ratio(&value.bounds, &base.bounds) else {
        return Recomputed::indeterminate("the base may be zero or negative");
    };
    let point = (!base.point.is_zero()).then(|| value.point / base.point);
    // The stated factor: a word means its factor within 2 % (a word is
    // rounder than a printed "circa 2"), unless it is hedged itself
    // ("ruim verdubbeld").
    let (s, s_point, exact, like) = match (stated, d.factor) {
        (Some((_, q)), _) => {
            if q.unit != Unit::None {
                return Recomputed::indeterminate("the factor has a unit");
            }
            let Some(b) = q.bounds() else {
                return Recomputed::indeterminate("the factor has an unknown hedge");
            };
            (b, q.value, q.is_exact_number(), Some(q))
        }
        (None, Some(f)) => {
            let hedge = match d.hedge.as_deref() {
                None => Hedge::About,
                Some(h) => match Hedge::of(h) {
                    Some(h) => h,
                    None => return Recomputed::indeterminate("an unknown hedge"),
                },
            };
            (Bounds::of(f, Decimal::ZERO, Some(hedge)), f, false, None)
        }
        (None, None) => return Recomputed::indeterminate("no stated factor"),
    };
    // "half zo groot": the larger is twice the smaller.
    let (s, s_point) = match (d.relation, s.hi) {
        (Relation::Ratio, Some(hi)) if hi < Decimal::ONE => match invert(&s) {
            Some(inv) => (inv, Decimal::ONE / s_point.max(Decimal::new(1, 20))),
            None => return Recomputed::indeterminate("the factor may be zero"),
        },
        _ => (s, s_point),
    };
    let exact = exact && x.exact && y.exact;
    let mut r = judge_factor(computed, s, exact, point, s_point, like);
    // "1,5 keer hoger" is read as ×1,5 or as ×2,5.
    if d.or_one_more && r.verdict == Verdict::Inconsistent {
        let one_more = shift(&s, Decimal::ONE);
        if computed.overlaps(&one_more) {
            r.verdict = Verdict::WithinRounding;
        }
    }
    r
}

fn judge_factor(
    computed: Bounds,
    stated: Bounds,
    exact: bool,
    point: Option<Decimal>,
    stated_point: Decimal,
    like: Option<&Quantity>,
) -> Recomputed {
    let verdict = if !computed.overlaps(&stated) {
        Verdict::Inconsistent
    } else if exact
        && point
            .zip(like)
            .is_some_and(|(p, q)| at_precision(p, q) == stated_point)
    {
        Verdict::Exact
    } else {
        Verdict::WithinRounding
    };
    Recomputed {
        verdict,
        operation: Some(Operation::Factor),
        computed: Some(computed),
        stated: Some(stated),
        points: None,
        reason: None,
    }
}

/// An average against the mean of its parts (or, for a weighted one,
/// against the smallest and largest part).
fn average(d: &Derived, parts: &[Fig], stated: Option<Fig>) -> Recomputed {
    let Some(stated) = stated else {
        return Recomputed::indeterminate("no stated average");
    };
    let Some(last) = parts.last() else {
        return Recomputed::indeterminate("no parts");
    };
    // The unit any part has, and the scale of the last ("EUR 10, 12 en 14
    // miljoen").
    let unit = parts
        .iter()
        .map(|p| p.1.unit)
        .find(|u| *u != Unit::None)
        .unwrap_or(Unit::None);
    let mut like = last.1.clone();
    like.unit = unit;
    let mut ops = Vec::with_capacity(parts.len());
    for &p in parts {
        match operand(d, p, Some(&like), false) {
            Some(o) => ops.push(o),
            None => return Recomputed::indeterminate("a part is a range or has an unknown hedge"),
        }
    }
    let Some(s) = operand(d, stated, Some(&like), false) else {
        return Recomputed::indeterminate("the average is a range or has an unknown hedge");
    };
    if ops.iter().any(|o| o.unit != s.unit) {
        return Recomputed::indeterminate("the units differ");
    }
    let nouns: Vec<&str> = parts
        .iter()
        .chain(std::iter::once(&stated))
        .filter_map(|q| counted(q.1))
        .collect();
    if nouns.windows(2).any(|w| w[0] != w[1]) {
        return Recomputed::indeterminate("the figures count different things");
    }
    let n = Decimal::from(ops.len());
    let exact = ops.iter().all(|o| o.exact) && s.exact;
    if d.weighted {
        let lo = ops.iter().map(|o| o.bounds.lo).min_by(cmp_lo).flatten();
        let hi = ops.iter().map(|o| o.bounds.hi).max_by(cmp_hi).flatten();
        let computed = Bounds { lo, hi };
        let verdict = if computed.overlaps(&s.bounds) {
            Verdict::WithinRounding
        } else {
            Verdict::Inconsistent
        };
        return Recomputed {
            verdict,
            operation: Some(Operation::Between),
            computed: Some(computed),
            stated: Some(s.bounds),
            points: None,
            reason: None,
        };
    }
    let sum = Bounds::sum(ops.iter().map(|o| &o.bounds).collect::<Vec<_>>());
    let computed = Bounds {
        lo: sum.lo.map(|v| v / n),
        hi: sum.hi.map(|v| v / n),
    };
    let point = ops.iter().map(|o| o.point).sum::<Decimal>() / n;
    judge(
        Operation::Mean,
        computed,
        s.bounds,
        exact,
        Some(point),
        s.point,
        stated.1,
    )
}

/// The verdict of a computed interval against a stated one.
fn judge(
    operation: Operation,
    computed: Bounds,
    stated: Bounds,
    exact: bool,
    point: Option<Decimal>,
    stated_point: Decimal,
    like: &Quantity,
) -> Recomputed {
    let verdict = if !computed.overlaps(&stated) {
        Verdict::Inconsistent
    } else if exact && point.is_some_and(|p| at_precision(p, like) == stated_point) {
        Verdict::Exact
    } else {
        Verdict::WithinRounding
    };
    Recomputed {
        verdict,
        operation: Some(operation),
        computed: Some(computed),
        stated: Some(stated),
        points: None,
        reason: None,
    }
}

/// `value` rounded to the precision `like` is printed with.
fn at_precision(value: Decimal, like: &Quantity) -> Decimal {
    let p = like.precision;
    if p >= 0 {
        value.round_dp(p as u32)
    } else {
        let unit = number::pow10(-p);
        (value / unit).round() * unit
    }
}
