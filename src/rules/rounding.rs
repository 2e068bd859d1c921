//! The rounding rule of XBRL Calculations 1.1 for printed totals, and the
//! interval arithmetic for derived values (statcheck-style).
//!
//! Each printed figure stands for the interval of values that round to it,
//! ±½·10^(−d) for d printed decimals after the scale word. A total agrees
//! with its parts when |total − Σ parts| ≤ h(total) + Σ h(part).

use rust_decimal::Decimal;

/// One of the four verdicts on a printed total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Exact,
    /// Off, but by no more than the rounding of the figures allows.
    WithinRounding {
        difference: Decimal,
        allowance: Decimal,
    },
    Inconsistent {
        difference: Decimal,
        allowance: Decimal,
    },
}

/// A printed value and its half-width.
#[derive(Debug, Clone, Copy)]
pub struct Figure {
    pub value: Decimal,
    pub half_width: Decimal,
}

/// Compares a printed total with the sum of its parts.
pub fn verdict(total: Figure, parts: &[Figure]) -> Verdict {
    let sum: Decimal = parts.iter().map(|p| p.value).sum();
    let difference = (total.value - sum).abs();
    let allowance = total.half_width + parts.iter().map(|p| p.half_width).sum::<Decimal>();
    if difference.is_zero() {
        Verdict::Exact
    } else if difference <= allowance {
        Verdict::WithinRounding {
            difference,
            allowance,
        }
    } else {
        Verdict::Inconsistent {
            difference,
            allowance,
        }
    }
}

/// The interval of `part / whole × 100` when both are only known to their
/// rounding intervals; None when the whole may be zero.
pub fn ratio_percent(part: Figure, whole: Figure) -> Option<(Decimal, Decimal)> {
    let hundred = Decimal::ONE_HUNDRED;
    let (p_lo, p_hi) = (part.value - part.half_width, part.value + part.half_width);
    let (w_lo, w_hi) = (
        whole.value - whole.half_width,
        whole.value + whole.half_width,
    );
    if w_lo <= Decimal::ZERO {
        return None;
    }
    let lo = p_lo.checked_mul(hundred)?.checked_div(w_hi)?;
    let hi = p_hi.checked_mul(hundred)?.checked_div(w_lo)?;
    Some((lo, hi))
}

/// Whether two closed intervals overlap.
pub fn overlap(a: (Decimal, Decimal), b: (Decimal, Decimal)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

/// A decimal printed the Dutch way, without trailing zeros beyond its scale:
/// 234.2 → "234,2".
pub fn dutch(d: Decimal) -> String {
    d.normalize().to_string().replace('.', ",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn f(v: &str, h: &str) -> Figure {
        Figure {
            value: Decimal::from_str(v).unwrap(),
            half_width: Decimal::from_str(h).unwrap(),
        }
    }

    /// The worked examples of anchors.md §1.
    #[test]
    fn worked_examples() {
        let parts = [
            f("62.0", "0.05"),
            f("104.7", "0.05"),
            f("34.3", "0.05"),
            f("33.2", "0.05"),
        ];
        assert!(matches!(
            verdict(f("234.1", "0.05"), &parts),
            Verdict::WithinRounding { .. }
        ));
        assert!(matches!(
            verdict(f("233.9", "0.05"), &parts),
            Verdict::Inconsistent { .. }
        ));
        assert_eq!(verdict(f("234.2", "0.05"), &parts), Verdict::Exact);
        // 4,07 mld + 892 mln = 4,962 mld against 4,96 mld.
        let parts = [f("4070000000", "5000000"), f("892000000", "500000")];
        assert!(matches!(
            verdict(f("4960000000", "5000000"), &parts),
            Verdict::WithinRounding { .. }
        ));
        // 33 % + 33 % + 33 % against an exact 100.
        let thirds = [f("33", "0.5"), f("33", "0.5"), f("33", "0.5")];
        assert!(matches!(
            verdict(f("100", "0"), &thirds),
            Verdict::WithinRounding { .. }
        ));
        let off = [f("40", "0.5"), f("35", "0.5"), f("20", "0.5")];
        assert!(matches!(
            verdict(f("100", "0"), &off),
            Verdict::Inconsistent { .. }
        ));
    }

    #[test]
    fn ratios() {
        // EUR 676,9 mld of EUR 945,2 mld is 71,6 %: 72 % agrees, 75 % does not.
        let r = ratio_percent(f("676.9", "0.05"), f("945.2", "0.05")).unwrap();
        assert!(overlap(
            r,
            (
                Decimal::from(71) + Decimal::new(5, 1),
                Decimal::from(72) + Decimal::new(5, 1)
            )
        ));
        assert!(!overlap(r, (Decimal::new(745, 1), Decimal::new(755, 1))));
        assert!(ratio_percent(f("1", "0"), f("0", "0.5")).is_none());
    }
}
