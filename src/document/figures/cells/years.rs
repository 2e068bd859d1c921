//! The years a sentence names, with its periods ("tussen 2020-2021",
//! "van 2015 tot 2023"), which [`crate::document::figures::key::years`]
//! leaves out: a period does not give a figure its year, but the end of a
//! period is the year a change arrives at ("een daling tot 31,8%").

use std::sync::LazyLock;

use regex::Regex;

/// A year or a period named in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mention {
    Year(u16),
    Period(u16, u16),
}

static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)(?P<tussen>\btussen\s+)?\b(?P<a>(?:19[5-9]|20[0-9])[0-9])(?:\s*(?:-|–|—|t/m|tot en met|tot|(?P<en>en))\s*(?P<b>(?:19[5-9]|20[0-9])[0-9]))?\b",
    )
});

/// The years and periods of `text`, in order. "tussen 2020 en 2021" is a
/// period, "2020 en 2021" two years. A four-digit number inside a figure
/// ("2.023", "2023,5") or a number ("2023/12") is no year.
pub fn mentions(text: &str) -> Vec<Mention> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for c in YEAR.captures_iter(text) {
        let (Some(whole), Some(a)) = (c.get(0), c.name("a")) else {
            continue;
        };
        let before = a.start().checked_sub(1).map(|i| b[i]);
        let after = b.get(whole.end()).copied();
        let after2 = b.get(whole.end() + 1).copied();
        let glued_before = matches!(before, Some(b'.' | b',' | b'/' | b'-'));
        let glued_after =
            matches!(after, Some(b',' | b'.' | b'/')) && after2.is_some_and(|d| d.is_ascii_digit());
        if glued_before || glued_after {
            continue;
        }
        let year = |m: regex::Match| m.as_str().parse::<u16>().ok();
        let Some(first) = year(a) else {
            continue;
        };
        match c.name("b").and_then(year) {
            Some(second) if c.name("en").is_none() || c.name("tussen").is_some() => {
                out.push(Mention::Period(first, second));
            }
            Some(second) => {
                out.push(Mention::Year(first));
                out.push(Mention::Year(second));
            }
            None => out.push(Mention::Year(first)),
        }
    }
    out
}

/// The one year a text names, if it names exactly one and no period.
pub fn single(mentions: &[Mention]) -> Option<u16> {
    let mut years = mentions.iter().map(|m| match m {
        Mention::Year(y) => Some(*y),
        Mention::Period(..) => None,
    });
    let first = years.next()??;
    years.all(|y| y == Some(first)).then_some(first)
}

/// The period a text names, if it names exactly one and no other year.
pub fn period(mentions: &[Mention]) -> Option<(u16, u16)> {
    match mentions {
        [Mention::Period(a, b)] if a < b => Some((*a, *b)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_and_periods() {
        assert_eq!(
            mentions("Tussen 2020-2021 zagen we een daling"),
            vec![Mention::Period(2020, 2021)]
        );
        assert_eq!(
            mentions("tussen 2019 en 2020, in 2023 en 2024"),
            vec![
                Mention::Period(2019, 2020),
                Mention::Year(2023),
                Mention::Year(2024)
            ]
        );
        assert_eq!(
            mentions("van 2015 tot 2023"),
            vec![Mention::Period(2015, 2023)]
        );
        assert_eq!(
            mentions("EUR 2.023 en 2023,5 en 2023/12 in 2024"),
            vec![Mention::Year(2024)]
        );
        assert_eq!(single(&mentions("In 2023 werd 35,2%")), Some(2023));
        assert_eq!(single(&mentions("in 2022 en 2023")), None);
        assert_eq!(period(&mentions("tussen 2020-2021")), Some((2020, 2021)));
    }
}
