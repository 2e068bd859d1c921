//! The verdict on a breakdown, computed in one place for the rules that
//! report it and for `kamerlint parse`, which shows it.
//!
//! Exact figures get one of the four verdicts of the rounding rule
//! ([`crate::rules::rounding`]). A hedged figure ("circa 2793 ton", "ruim
//! 61 %") stands for the interval its hedge allows
//! ([`crate::document::figures::quantity::hedge`]): the parts agree with
//! the whole when the interval of their sum meets the whole's; there is no
//! "afrondingsverschil" among hedged figures, only agreement or not.

use rust_decimal::Decimal;

use crate::document::figures::{number, Bounds, Breakdown, BreakdownKind, Scale};
use crate::document::Document;
use crate::lang::Msg;
use crate::rules::rounding::{verdict, Figure, Verdict};

/// What a breakdown comes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Exact figures: the rounding rule's verdict and the sum of the parts.
    Checked { verdict: Verdict, sum: Decimal },
    /// Hedged figures: whether the intervals meet, with the sum of the
    /// printed parts and the two intervals.
    Hedged {
        agree: bool,
        sum: Decimal,
        parts: Bounds,
        whole: Bounds,
    },
    /// A "waarvan" whose parts come to well under the whole: a list of
    /// some parts, not a claim that they add up.
    Partial,
    /// A figure that cannot be read as a bounded value (a hedge of unknown
    /// meaning), or fewer than two parts.
    Indeterminate,
}

/// The value and half-width of figure `i` of `b`: a part printed without
/// its scale word ("EUR 2,42" of "EUR 3,36 miljard") in the whole's scale.
pub fn figure_of(doc: &Document, b: &Breakdown, i: usize) -> Option<Figure> {
    let q = doc.quantities.get(i)?;
    if b.carried.contains(&i) {
        let whole = doc.quantities.get(b.total)?;
        let exponent = whole.scale.exponent();
        return Some(Figure {
            value: q.printed * number::pow10(exponent),
            half_width: number::half_width(q.decimals as i32 - exponent),
        });
    }
    Some(Figure {
        value: q.value,
        half_width: q.half_width(),
    })
}

/// The interval of figure `i` of `b`, its hedge included.
fn bounds_of(doc: &Document, b: &Breakdown, i: usize) -> Option<Bounds> {
    let q = doc.quantities.get(i)?;
    if b.carried.contains(&i) {
        let f = figure_of(doc, b, i)?;
        return Some(Bounds::exact(
            f.value - f.half_width,
            f.value + f.half_width,
        ));
    }
    q.bounds()
}

/// The verdict on breakdown `b` of `doc`.
pub fn of(doc: &Document, b: &Breakdown) -> Outcome {
    let (Some(total), true) = (doc.quantities.get(b.total), b.parts.len() >= 2) else {
        return Outcome::Indeterminate;
    };
    let Some(parts) = b
        .parts
        .iter()
        .map(|&p| doc.quantities.get(p))
        .collect::<Option<Vec<_>>>()
    else {
        return Outcome::Indeterminate;
    };
    let Some(figures) = b
        .parts
        .iter()
        .map(|&p| figure_of(doc, b, p))
        .collect::<Option<Vec<Figure>>>()
    else {
        return Outcome::Indeterminate;
    };
    let sum: Decimal = figures.iter().map(|f| f.value).sum();
    // "waarvan" lists are often partial: a sum well below the whole is not
    // a claim that the parts add up.
    if b.kind == BreakdownKind::Waarvan && sum * Decimal::TEN < total.value * Decimal::from(9) {
        return Outcome::Partial;
    }
    let exact = total.is_exact_number() && parts.iter().all(|p| p.is_exact_number());
    if exact {
        let Some(whole) = figure_of(doc, b, b.total) else {
            return Outcome::Indeterminate;
        };
        return Outcome::Checked {
            verdict: verdict(whole, &figures),
            sum,
        };
    }
    // A hedged "waarvan" was never summed: its parts are often a few
    // named ones ("waarvan circa 40 % naar ...").
    if b.kind == BreakdownKind::Waarvan {
        return Outcome::Indeterminate;
    }
    let (Some(whole), Some(each)) = (
        bounds_of(doc, b, b.total),
        b.parts
            .iter()
            .map(|&p| bounds_of(doc, b, p))
            .collect::<Option<Vec<Bounds>>>(),
    ) else {
        return Outcome::Indeterminate;
    };
    let parts = Bounds::sum(&each);
    Outcome::Hedged {
        agree: parts.overlaps(&whole),
        sum,
        parts,
        whole,
    }
}

/// The verdicts as `kamerlint parse` names them.
const EXACT: Msg = Msg::new("klopt precies", "exact");
const WITHIN_ROUNDING: Msg = Msg::new(
    "binnen de afronding (verschil {difference}, afrondingsmarge {allowance})",
    "within rounding (difference {difference}, allowance {allowance})",
);
const INCONSISTENT: Msg = Msg::new(
    "klopt niet (verschil {difference}, afrondingsmarge {allowance})",
    "inconsistent (difference {difference}, allowance {allowance})",
);
const HEDGED_AGREE: Msg = Msg::new("klopt, binnen het voorbehoud", "agrees, within the hedges");
const HEDGED_DISAGREE: Msg = Msg::new(
    "klopt niet: de delen komen uit op {low} tot {high}, het totaal niet",
    "inconsistent: the parts allow {low} to {high}, the whole does not",
);
const PARTIAL: Msg = Msg::new("alleen enkele delen (waarvan)", "some parts only (waarvan)");
const INDETERMINATE: Msg = Msg::new("onbepaald", "indeterminate");

impl Outcome {
    /// The verdict in a few words, for `kamerlint parse`, with amounts in
    /// `scale` (the whole's: "0,002 miljard").
    pub fn describe(&self, scale: Scale) -> String {
        let d = |x: Decimal| super::in_scale(x, scale);
        match self {
            Outcome::Checked {
                verdict: Verdict::Exact,
                ..
            } => EXACT.text().to_string(),
            Outcome::Checked {
                verdict:
                    Verdict::WithinRounding {
                        difference,
                        allowance,
                    },
                ..
            } => WITHIN_ROUNDING.say(&[
                ("difference", &d(*difference)),
                ("allowance", &d(*allowance)),
            ]),
            Outcome::Checked {
                verdict:
                    Verdict::Inconsistent {
                        difference,
                        allowance,
                    },
                ..
            } => INCONSISTENT.say(&[
                ("difference", &d(*difference)),
                ("allowance", &d(*allowance)),
            ]),
            Outcome::Hedged { agree: true, .. } => HEDGED_AGREE.text().to_string(),
            Outcome::Hedged {
                agree: false,
                parts,
                ..
            } => {
                let end =
                    |x: Option<Decimal>| x.map_or_else(|| "…".to_string(), |x| d(x.round_dp(0)));
                HEDGED_DISAGREE.say(&[("low", &end(parts.lo)), ("high", &end(parts.hi))])
            }
            Outcome::Partial => PARTIAL.text().to_string(),
            Outcome::Indeterminate => INDETERMINATE.text().to_string(),
        }
    }
}
