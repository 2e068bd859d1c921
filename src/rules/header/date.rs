//! A Dutch date as the header prints it: "7 juni 2024", the day in digits,
//! the month written out, the year in four digits. Nothing else is read
//! as a date: "7-6-2024", "juni 2024" or "7 jun. 2024" are not the
//! header's form, and a date that does not exist ("31 juni 2024") is not
//! read, so that two dates are only compared when both are certain.

use std::fmt;

use crate::document::months::MONTHS;

/// A day of the calendar. Ordered as dates are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// The date of the three words `day month year`, if they are one.
    pub fn read(day: &str, month: &str, year: &str) -> Option<Date> {
        let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
        };
        if !digits(day, 1..=2) || !digits(year, 4..=4) {
            return None;
        }
        let month = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(month))?;
        let date = Date {
            year: year.parse().ok()?,
            month: u8::try_from(month + 1).ok()?,
            day: day.parse().ok()?,
        };
        (date.day >= 1 && date.day <= date.days_in_month()).then_some(date)
    }

    fn days_in_month(self) -> u8 {
        match self.month {
            2 if self.year.is_multiple_of(4)
                && (!self.year.is_multiple_of(100) || self.year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let month = MONTHS[usize::from(self.month.clamp(1, 12)) - 1];
        write!(f, "{} {month} {}", self.day, self.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_headers_dates_and_no_others() {
        let d = Date::read("7", "juni", "2024").unwrap();
        assert_eq!((d.year, d.month, d.day), (2024, 6, 7));
        assert_eq!(d.to_string(), "7 juni 2024");
        assert!(Date::read("29", "februari", "2024").is_some());
        assert!(Date::read("29", "februari", "2023").is_none());
        assert!(Date::read("31", "juni", "2024").is_none());
        assert!(Date::read("0", "mei", "2024").is_none());
        assert!(Date::read("7", "jun", "2024").is_none());
        assert!(Date::read("7", "juni", "24").is_none());
        assert!(Date::read("2024", "juni", "7").is_none());
    }

    #[test]
    fn orders_as_the_calendar() {
        let a = Date::read("30", "mei", "2024").unwrap();
        let b = Date::read("7", "juni", "2024").unwrap();
        let c = Date::read("1", "januari", "2025").unwrap();
        assert!(a < b && b < c);
    }
}
