//! What a hedge means: the interval of values a hedged figure allows.
//!
//! A hedge does not make a figure unreadable; it widens or bounds the
//! interval of values the figure stands for. The half-width of the printed
//! precision (62,0 stands for 61,95 to 62,05) comes on top of each bound.
//!
//! | hedge | meaning | interval of "X" |
//! |---|---|---|
//! | circa, ca., ongeveer, rond, zo'n, ruwweg, naar schatting, nagenoeg, ± | about X | X − 1 % … X + 1 % |
//! | bijna, bijkans, iets minder dan | not quite X | X − 5 % … X |
//! | ruim, iets meer dan | a little over X | X … X + 5 % |
//! | meer dan, boven de | over X | X … no bound |
//! | minder dan, onder de | under X | no bound … X |
//! | ten minste, tenminste, minimaal, minstens | X or more | X … no bound |
//! | maximaal, hooguit, tot wel | X or less | no bound … X |
//! | tussen X en Y | the range | X … Y |
//!
//! The margins are as wide as an editor's "circa" and "ruim" are meant,
//! and narrow enough that a hedged figure 5 % off its computed value is
//! still found: "circa 1709 ton" allows 1692 to 1726, not 1790. The
//! printed precision widens a figure already (circa 40 % is 39,5 to 40,5
//! before its hedge); "circa" adds 1 % of the figure for the estimate,
//! and sums and ratios of several hedged figures add their margins up, so
//! a wider "circa" would let a figure 5 % off through. They are the
//! checker's reading, stated here and in the README, so that an editor can
//! see why a hedged figure was or was not reported.

use rust_decimal::Decimal;

/// How a hedge bounds a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hedge {
    /// circa, ongeveer: within a small margin either way.
    About,
    /// bijna: at most the figure, and not far below it.
    NotQuite,
    /// ruim: at least the figure, and not far above it.
    AlittleOver,
    /// meer dan, ten minste: the figure or more.
    AtLeast,
    /// minder dan, maximaal: the figure or less.
    AtMost,
}

/// The relative margin of "circa": 1 %.
pub const ABOUT: Decimal = Decimal::from_parts(1, 0, 0, false, 2);
/// The relative margin of "bijna" and "ruim": 5 %.
pub const NEAR: Decimal = Decimal::from_parts(5, 0, 0, false, 2);

impl Hedge {
    /// The meaning of a hedge as the reader wrote it (lower case); `None`
    /// for "tussen", whose range is the figure's upper value.
    pub fn of(word: &str) -> Option<Hedge> {
        Some(match word {
            "circa" | "ca." | "ca" | "ongeveer" | "zo'n" | "zo’n" | "rond" | "ruwweg"
            | "naar schatting" | "nagenoeg" | "+/-" | "±" => Hedge::About,
            "bijna" | "bijkans" | "iets minder dan" => Hedge::NotQuite,
            "ruim" | "iets meer dan" => Hedge::AlittleOver,
            "meer dan" | "boven de" | "ten minste" | "tenminste" | "minimaal" | "minstens" => {
                Hedge::AtLeast
            }
            "minder dan" | "onder de" | "maximaal" | "hooguit" | "tot wel" => Hedge::AtMost,
            _ => return None,
        })
    }
}

/// An interval of values; `None` at an end that has no bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    pub lo: Option<Decimal>,
    pub hi: Option<Decimal>,
}

impl Bounds {
    pub fn exact(lo: Decimal, hi: Decimal) -> Bounds {
        Bounds {
            lo: Some(lo),
            hi: Some(hi),
        }
    }

    /// The interval of a figure `value` printed to `half_width`, under
    /// `hedge`.
    pub fn of(value: Decimal, half_width: Decimal, hedge: Option<Hedge>) -> Bounds {
        let lo = value - half_width;
        let hi = value + half_width;
        let margin = |r: Decimal| (value * r).abs();
        match hedge {
            None => Bounds::exact(lo, hi),
            Some(Hedge::About) => Bounds::exact(lo - margin(ABOUT), hi + margin(ABOUT)),
            Some(Hedge::NotQuite) => Bounds::exact(lo - margin(NEAR), hi),
            Some(Hedge::AlittleOver) => Bounds::exact(lo, hi + margin(NEAR)),
            Some(Hedge::AtLeast) => Bounds {
                lo: Some(lo),
                hi: None,
            },
            Some(Hedge::AtMost) => Bounds {
                lo: None,
                hi: Some(hi),
            },
        }
    }

    /// Whether two intervals share a value.
    pub fn overlaps(&self, other: &Bounds) -> bool {
        let below = |a: Option<Decimal>, b: Option<Decimal>| match (a, b) {
            (Some(a), Some(b)) => a <= b,
            _ => true,
        };
        below(self.lo, other.hi) && below(other.lo, self.hi)
    }

    /// The sum of intervals; `None` at an end where any has no bound.
    pub fn sum<'a>(all: impl IntoIterator<Item = &'a Bounds>) -> Bounds {
        let mut lo = Some(Decimal::ZERO);
        let mut hi = Some(Decimal::ZERO);
        for b in all {
            lo = lo.zip(b.lo).and_then(|(a, b)| a.checked_add(b));
            hi = hi.zip(b.hi).and_then(|(a, b)| a.checked_add(b));
        }
        Bounds { lo, hi }
    }

    /// `part / whole × 100` for positive intervals; `None` when the whole
    /// may be zero or has no bound below.
    pub fn percent_of(&self, whole: &Bounds) -> Option<Bounds> {
        let hundred = Decimal::ONE_HUNDRED;
        let w_lo = whole.lo.filter(|w| *w > Decimal::ZERO)?;
        let lo = self
            .lo
            .map(|p| p.max(Decimal::ZERO))
            .and_then(|p| p.checked_mul(hundred)?.checked_div(whole.hi?));
        let hi = self
            .hi
            .and_then(|p| p.checked_mul(hundred)?.checked_div(w_lo));
        Some(Bounds {
            lo: lo.or(Some(Decimal::ZERO)),
            hi,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn circa_allows_a_small_margin_and_not_five_percent() {
        let circa = Bounds::of(d("1709"), d("0.5"), Hedge::of("circa"));
        assert!(circa.overlaps(&Bounds::exact(d("1703.7"), d("1703.7"))));
        assert!(!circa.overlaps(&Bounds::exact(d("1790"), d("1790"))));
    }

    #[test]
    fn bijna_is_below_and_ruim_above() {
        let bijna = Bounds::of(d("39"), d("0.5"), Hedge::of("bijna"));
        assert!(bijna.overlaps(&Bounds::exact(d("38.81"), d("38.81"))));
        assert!(!bijna.overlaps(&Bounds::exact(d("40"), d("40"))));
        assert!(!bijna.overlaps(&Bounds::exact(d("36"), d("36"))));
        let ruim = Bounds::of(d("61"), d("0.5"), Hedge::of("ruim"));
        assert!(ruim.overlaps(&Bounds::exact(d("61.19"), d("61.19"))));
        assert!(!ruim.overlaps(&Bounds::exact(d("59"), d("59"))));
    }

    #[test]
    fn open_ends_and_sums() {
        let more = Bounds::of(d("100"), d("0"), Hedge::of("meer dan"));
        assert!(more.overlaps(&Bounds::exact(d("1000000"), d("1000000"))));
        assert!(!more.overlaps(&Bounds::exact(d("99"), d("99"))));
        let s = Bounds::sum(&[more, Bounds::exact(d("1"), d("2"))]);
        assert_eq!(
            s,
            Bounds {
                lo: Some(d("101")),
                hi: None
            }
        );
    }
}
