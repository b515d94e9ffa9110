//! The Altersgrenze of § 7a SGB II: the end of SGB II, and the start of Grundsicherung im Alter
//! (§ 41 SGB XII). Unchanged from 2019 to 2026.

use crate::domain::date::Date;

pub const PARAGRAPH: &str = "§ 7a SGB II";

/// The lower age limit of § 7 Abs. 1 Nr. 1 SGB II.
pub const MINDESTALTER: i32 = 15;

/// (birth year, months above 65 years) for the stepwise rise; from 1964 on it is 67 years.
const STEPS: &[(i32, i32)] = &[
    (1947, 1),
    (1948, 2),
    (1949, 3),
    (1950, 4),
    (1951, 5),
    (1952, 6),
    (1953, 7),
    (1954, 8),
    (1955, 9),
    (1956, 10),
    (1957, 11),
    (1958, 12),
    (1959, 14),
    (1960, 16),
    (1961, 18),
    (1962, 20),
    (1963, 22),
];

/// The age (years, months) at which a person born in `birth_year` reaches the Altersgrenze.
pub fn age_limit(birth_year: i32) -> (i32, i32) {
    let extra = if birth_year < 1947 {
        0
    } else {
        STEPS
            .iter()
            .find(|(year, _)| *year == birth_year)
            .map(|(_, months)| *months)
            .unwrap_or(24)
    };
    (65 + extra / 12, extra % 12)
}

/// The last day on which a person is still below the Altersgrenze: the end of the month in
/// which the age is completed. An age is completed on the day before the birthday
/// (§§ 187 Abs. 2, 188 Abs. 2 BGB), which matters for people born on the 1st of a month.
pub fn last_day_below_limit(birth: Date) -> Date {
    let (years, months) = age_limit(birth.year);
    let anniversary = birth.add_months(years * 12 + months);
    let completed = if anniversary.day > 1 {
        Date {
            day: anniversary.day - 1,
            ..anniversary
        }
    } else {
        anniversary.add_months(-1).end_of_month()
    };
    completed.end_of_month()
}

pub fn has_reached_limit(birth: Date, on: Date) -> bool {
    on > last_day_below_limit(birth)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).expect("valid test date")
    }

    #[test]
    fn limits_by_birth_year() {
        assert_eq!(age_limit(1946), (65, 0));
        assert_eq!(age_limit(1958), (66, 0));
        assert_eq!(age_limit(1959), (66, 2));
        assert_eq!(age_limit(1963), (66, 10));
        assert_eq!(age_limit(1964), (67, 0));
        assert_eq!(age_limit(1990), (67, 0));
    }

    #[test]
    fn limit_ends_with_the_month() {
        // Born 15.05.1960: 66 years 4 months completed on 14.09.2026, limit at 30.09.2026.
        assert_eq!(last_day_below_limit(d(1960, 5, 15)), d(2026, 9, 30));
        assert!(!has_reached_limit(d(1960, 5, 15), d(2026, 9, 30)));
        assert!(has_reached_limit(d(1960, 5, 15), d(2026, 10, 1)));
        // Born on the 1st: the age is completed on the last day of the month before.
        assert_eq!(last_day_below_limit(d(1959, 3, 1)), d(2025, 4, 30));
    }
}
