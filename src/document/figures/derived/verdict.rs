//! The verdict on a derived figure: the stated figure against the interval
//! of values its operands allow, with the four verdicts of the rounding
//! rule (exact, within rounding, inconsistent, indeterminate) and one
//! more, a change of a percentage given in % that is its change in
//! procentpunten.
//!
//! Every figure stands for an interval: its printed precision (62,0 is
//! 61,95 to 62,05), widened or bounded by its hedge
//! ([`Quantity::bounds`]). A round whole number of three digits or more
//! may itself be rounded ("1.200", "45.000"): it is read to two
//! significant digits (1.150 to 1.250). The computed value is then an
//! interval too, and the stated figure agrees when the two intervals
//! share a value.

use rust_decimal::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;

use super::{Derived, Direction, Relation};
use crate::document::figures::number::{self, Notation};
use crate::document::figures::quantity::{Bounds, Hedge};
use crate::document::figures::{Quantity, Scale, Unit};

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
    fn indeterminate(reason: &'static str) -> Recomputed {
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

/// A figure as an operand: its value, its interval and its unit, after
/// the unit and scale it shares with a neighbour ("van 5 naar 10 miljoen
/// euro") are carried over.
/// A figure and its index in the document's quantities.
type Fig<'a> = (usize, &'a Quantity);

#[derive(Debug, Clone, Copy)]
struct Operand {
    point: Decimal,
    bounds: Bounds,
    unit: Unit,
    exact: bool,
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

/// The operands of a pair, with the unit and scale of one carried over to
/// the other where it has none of its own; `None` when they cannot be
/// compared.
fn pair(d: &Derived, a: Fig, b: Fig) -> Result<(Operand, Operand), &'static str> {
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
    let (na, nb) = (noun(a.1), noun(b.1));
    if na.is_some() && nb.is_some() && na != nb {
        return Err("the figures count different things");
    }
    Ok((ra, rb))
}

/// The word a bare count is of ("projecten"), not a word of the sentence
/// that happens to follow it ("naar", "meer").
fn noun(q: &Quantity) -> Option<&str> {
    const NOT_NOUNS: &[&str] = &[
        "meer",
        "minder",
        "hoger",
        "lager",
        "groter",
        "kleiner",
        "extra",
        "naar",
        "tot",
        "keer",
        "maal",
        "per",
        "van",
        "met",
        "dan",
        "als",
        "uit",
        "voor",
        "tegen",
        "tegenover",
        "ten",
        "een",
        "het",
        "de",
        "bij",
        "aan",
        "over",
        "zijn",
        "was",
        "waren",
        "is",
    ];
    q.noun.as_deref().filter(|n| !NOT_NOUNS.contains(n))
}

/// `q` as an operand; `like` is the figure it is paired with, whose scale
/// and unit a bare figure takes ("van 5 naar 10 miljoen euro"). `range`
/// says that `q` was read as a range whose upper end is the other figure
/// ("van 5 tot 10 miljoen"): its own value is meant.
fn operand(d: &Derived, (i, q): Fig, like: Option<&Quantity>, range: bool) -> Option<Operand> {
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
            && (noun(q).is_none() || range)
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

/// The unit of a stated amount beside figures of `unit`: "20 miljard"
/// beside euros is euros, "300" beside jobs is jobs.
fn amount_unit(q: &Quantity, unit: Unit) -> Unit {
    match q.unit {
        Unit::None if unit.is_money() && q.scale != Scale::One => unit,
        Unit::None if unit == Unit::Jobs => unit,
        u => u,
    }
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
    // The stated factor: a word means its factor about as closely as
    // "circa" (2 %), unless it is hedged itself ("ruim verdubbeld").
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
        .filter_map(|q| noun(q.1))
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

/// Orders lower bounds, an open one first.
fn cmp_lo(a: &Option<Decimal>, b: &Option<Decimal>) -> std::cmp::Ordering {
    match (a, b) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, _) => std::cmp::Ordering::Less,
        (_, None) => std::cmp::Ordering::Greater,
        (Some(a), Some(b)) => a.cmp(b),
    }
}

/// Orders upper bounds, an open one last.
fn cmp_hi(a: &Option<Decimal>, b: &Option<Decimal>) -> std::cmp::Ordering {
    match (a, b) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, _) => std::cmp::Ordering::Greater,
        (_, None) => std::cmp::Ordering::Less,
        (Some(a), Some(b)) => a.cmp(b),
    }
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

/// a − b.
fn sub(a: &Bounds, b: &Bounds) -> Bounds {
    Bounds {
        lo: a.lo.zip(b.hi).and_then(|(x, y)| x.checked_sub(y)),
        hi: a.hi.zip(b.lo).and_then(|(x, y)| x.checked_sub(y)),
    }
}

fn neg(a: &Bounds) -> Bounds {
    Bounds {
        lo: a.hi.map(|v| -v),
        hi: a.lo.map(|v| -v),
    }
}

/// The sizes an interval holds.
fn abs(a: &Bounds) -> Bounds {
    match (a.lo, a.hi) {
        (Some(lo), _) if lo >= Decimal::ZERO => *a,
        (_, Some(hi)) if hi <= Decimal::ZERO => neg(a),
        (lo, hi) => Bounds {
            lo: Some(Decimal::ZERO),
            hi: lo.zip(hi).map(|(l, h)| (-l).max(h)),
        },
    }
}

fn shift(a: &Bounds, by: Decimal) -> Bounds {
    Bounds {
        lo: a.lo.map(|v| v + by),
        hi: a.hi.map(|v| v + by),
    }
}

/// value / base for a positive base and a value that is not negative;
/// `None` when the base may be zero or the value negative.
fn ratio(value: &Bounds, base: &Bounds) -> Option<Bounds> {
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
fn relative(base: &Bounds, value: &Bounds) -> Option<Bounds> {
    let r = ratio(value, base)?;
    let pct = |v: Decimal| (v - Decimal::ONE).checked_mul(Decimal::ONE_HUNDRED);
    Some(Bounds {
        lo: r.lo.and_then(pct),
        hi: r.hi.and_then(pct),
    })
}

/// 1 / a for a positive interval.
fn invert(a: &Bounds) -> Option<Bounds> {
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
