//! Calendar dates without time zones: birth dates, due dates, the day of application. The domain
//! never reads a clock; "today" is always passed in, so every rule is testable.

use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A part of a date as the form asks it (three fields).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DateError {
    #[error("no date")]
    Empty,
    #[error("not a date")]
    Format,
    #[error("a part of the date is missing")]
    Missing(DatePart),
    #[error("a part of the date is not a number")]
    NotDigits(DatePart),
    #[error("year not four digits")]
    Year,
    #[error("no such month")]
    Month,
    #[error("no such day")]
    Day,
}

impl DateError {
    /// The part of the date that is wrong, where one is (the person corrects that field only).
    pub fn part(&self) -> Option<DatePart> {
        match self {
            DateError::Empty | DateError::Format => None,
            DateError::Missing(p) | DateError::NotDigits(p) => Some(*p),
            DateError::Year => Some(DatePart::Year),
            DateError::Month => Some(DatePart::Month),
            DateError::Day => Some(DatePart::Day),
        }
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A checked constructor: `None` for dates that do not exist (31.02., month 13, …).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parse "TT.MM.JJJJ" (also with "/" or "-" between the parts, and ISO "JJJJ-MM-TT").
    pub fn parse(input: &str) -> Result<Date, DateError> {
        let s: String = input
            .chars()
            .map(super::money::normalise_digit)
            .filter(|c| !c.is_whitespace())
            .collect();
        if s.is_empty() {
            return Err(DateError::Empty);
        }
        let parts: Vec<&str> = s.split(['.', '/', '-']).collect();
        if parts.len() != 3 {
            return Err(DateError::Format);
        }
        let (d, m, y) = if parts[0].len() == 4 {
            (parts[2], parts[1], parts[0])
        } else {
            (parts[0], parts[1], parts[2])
        };
        // The first part that is wrong, in the order the form asks them.
        for (p, part) in [
            (d, DatePart::Day),
            (m, DatePart::Month),
            (y, DatePart::Year),
        ] {
            if p.is_empty() {
                return Err(DateError::Missing(part));
            }
            if p.len() > 5 || !p.chars().all(|c| c.is_ascii_digit()) {
                return Err(DateError::NotDigits(part));
            }
        }
        let num = |p: &str| p.parse::<u32>().map_err(|_| DateError::Format);
        let (day, month, year) = (num(d)?, num(m)?, num(y)?);
        if y.len() != 4 || !(1000..=9999).contains(&year) {
            return Err(DateError::Year);
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::Month);
        }
        let year = year as i32;
        let month = month as u8;
        if day == 0 || day > u32::from(days_in_month(year, month)) {
            return Err(DateError::Day);
        }
        Ok(Date {
            year,
            month,
            day: day as u8,
        })
    }

    /// Completed years of age on `on` (the birthday itself counts as completed).
    pub fn age_on(self, on: Date) -> i32 {
        let mut age = on.year - self.year;
        if (on.month, on.day) < (self.month, self.day) {
            age -= 1;
        }
        age
    }

    /// The first day of this date's month: where an application takes effect (§ 37 Abs. 2 SGB II).
    pub fn first_of_month(self) -> Date {
        Date { day: 1, ..self }
    }

    /// The same day `months` later, clamped to the month's end (31.01. + 1 month = 28./29.02.).
    pub fn add_months(self, months: i32) -> Date {
        let index = self.year * 12 + i32::from(self.month) - 1 + months;
        let year = index.div_euclid(12);
        let month = (index.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// The last day of this date's month.
    pub fn end_of_month(self) -> Date {
        Date {
            day: days_in_month(self.year, self.month),
            ..self
        }
    }

    /// Number of days since 1 January 1 (proleptic Gregorian), for differences between dates.
    fn day_number(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe
    }

    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// German display form "05.01.2026".
    pub fn to_german(self) -> String {
        format!("{:02}.{:02}.{:04}", self.day, self.month, self.year)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_german())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).expect("valid test date")
    }

    #[test]
    fn parses_german_dates_and_rejects_impossible_ones() {
        assert_eq!(Date::parse("27.03.1990"), Ok(d(1990, 3, 27)));
        assert_eq!(Date::parse(" 1.2.2024 "), Ok(d(2024, 2, 1)));
        assert_eq!(Date::parse("2024-02-29"), Ok(d(2024, 2, 29)));
        assert_eq!(Date::parse("29.02.2023"), Err(DateError::Day));
        assert_eq!(Date::parse("31.02.2024"), Err(DateError::Day));
        assert_eq!(Date::parse("00.00.0000"), Err(DateError::Year));
        assert_eq!(Date::parse("01.01.0000"), Err(DateError::Year));
        assert_eq!(Date::parse("01.13.2020"), Err(DateError::Month));
        assert_eq!(Date::parse("01.01.99999"), Err(DateError::Year));
        assert_eq!(Date::parse("1.1.90"), Err(DateError::Year));
        assert_eq!(Date::parse("gestern"), Err(DateError::Format));
        // The three fields of the form, one of them wrong or empty.
        assert_eq!(
            Date::parse("27..1990"),
            Err(DateError::Missing(DatePart::Month))
        );
        assert_eq!(
            Date::parse("..1990"),
            Err(DateError::Missing(DatePart::Day))
        );
        assert_eq!(
            Date::parse("27.3."),
            Err(DateError::Missing(DatePart::Year))
        );
        assert_eq!(
            Date::parse("27.März.1990"),
            Err(DateError::NotDigits(DatePart::Month))
        );
        assert_eq!(
            Date::parse("x.3.1990"),
            Err(DateError::NotDigits(DatePart::Day))
        );
        assert_eq!(DateError::Day.part(), Some(DatePart::Day));
        assert_eq!(DateError::Format.part(), None);
        assert_eq!(Date::parse(""), Err(DateError::Empty));
        assert_eq!(Date::parse("٠١.٠١.٢٠٠٠"), Ok(d(2000, 1, 1)));
    }

    #[test]
    fn age_counts_completed_years() {
        let born = d(1990, 3, 27);
        assert_eq!(born.age_on(d(2026, 3, 26)), 35);
        assert_eq!(born.age_on(d(2026, 3, 27)), 36);
        assert_eq!(d(2008, 2, 29).age_on(d(2026, 2, 28)), 17);
        assert_eq!(d(2008, 2, 29).age_on(d(2026, 3, 1)), 18);
    }

    #[test]
    fn month_arithmetic_clamps_to_month_end() {
        assert_eq!(d(2026, 1, 31).add_months(1), d(2026, 2, 28));
        assert_eq!(d(2026, 11, 25).add_months(2), d(2027, 1, 25));
        assert_eq!(d(2026, 1, 15).add_months(-1), d(2025, 12, 15));
        assert_eq!(d(2026, 11, 25).first_of_month(), d(2026, 11, 1));
        assert_eq!(d(2024, 2, 3).end_of_month(), d(2024, 2, 29));
    }

    #[test]
    fn day_differences() {
        assert_eq!(d(2026, 1, 1).days_until(d(2026, 12, 31)), 364);
        assert_eq!(d(2024, 1, 1).days_until(d(2025, 1, 1)), 366);
        assert_eq!(d(2026, 3, 1).days_until(d(2026, 2, 28)), -1);
    }
}
