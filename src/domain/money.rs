//! Money as integer cents, with the lenient German-style parsing that people expect of a form
//! ("1.234,56 €", "1234,5", "1 234 €") and German formatting for display.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::{Add, AddAssign, Sub, SubAssign};
use thiserror::Error;

/// An amount of euros in whole cents. Arithmetic saturates instead of overflowing: no amount in
/// this domain comes anywhere near `i64::MAX`, and a saturated sum is still caught by the caps.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Cents(pub i64);

impl Cents {
    pub const ZERO: Cents = Cents(0);

    pub const fn euros(euros: i64) -> Cents {
        Cents(euros * 100)
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// `n` times the amount, saturating like the other operations.
    pub fn times(self, n: i64) -> Cents {
        Cents(self.0.saturating_mul(n))
    }

    /// A share given in tenths of a percent (170 = 17 %), rounded half up to the cent as the
    /// Bescheid rounds (§ 41 Abs. 2 SGB II).
    pub fn anteil(self, tenths_of_percent: i64) -> Cents {
        Cents(
            self.0
                .saturating_mul(tenths_of_percent)
                .saturating_add(500)
                .div_euclid(1000),
        )
    }

    /// The amount divided by `n` (truncated toward zero), or unchanged for `n` = 0.
    pub fn divided(self, n: i64) -> Cents {
        Cents(self.0.checked_div(n).unwrap_or(self.0))
    }

    pub fn max(self, other: Cents) -> Cents {
        Cents(self.0.max(other.0))
    }

    pub fn min(self, other: Cents) -> Cents {
        Cents(self.0.min(other.0))
    }

    /// German display form: "1.234,56 €" with a no-break space before "€" (as `i18n::money` writes
    /// German), so an amount never breaks across lines; negative amounts get a leading minus sign.
    pub fn to_german(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let euros = group_thousands(abs / 100, '.');
        format!("{sign}{euros},{:02}\u{a0}€", abs % 100)
    }

    /// The form used to pre-fill an input: "1234,56" (no grouping, no currency sign), which the
    /// parser accepts again unchanged.
    pub fn to_input(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{},{:02}", abs / 100, abs % 100)
    }
}

/// `n` with `separator` between groups of three digits ("1.234.567").
pub(crate) fn group_thousands(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_german())
    }
}

impl Add for Cents {
    type Output = Cents;
    fn add(self, rhs: Cents) -> Cents {
        Cents(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Cents {
    fn add_assign(&mut self, rhs: Cents) {
        *self = *self + rhs;
    }
}

impl SubAssign for Cents {
    fn sub_assign(&mut self, rhs: Cents) {
        *self = *self - rhs;
    }
}

impl Sub for Cents {
    type Output = Cents;
    fn sub(self, rhs: Cents) -> Cents {
        Cents(self.0.saturating_sub(rhs.0))
    }
}

impl std::iter::Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(iter: I) -> Cents {
        iter.fold(Cents::ZERO, |a, b| a + b)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MoneyError {
    #[error("no amount")]
    Empty,
    #[error("not a number")]
    NotANumber,
    #[error("more than two decimals")]
    TooManyDecimals,
    #[error("negative")]
    Negative,
    #[error("above {cap:?}")]
    TooLarge { cap: Cents },
}

/// Map the digits people paste from other keyboards (Arabic-Indic, Persian, full-width) to ASCII.
pub(crate) fn normalise_digit(c: char) -> char {
    let code = c as u32;
    let ascii = |base: u32| char::from_u32('0' as u32 + (code - base)).unwrap_or(c);
    match code {
        0x0660..=0x0669 => ascii(0x0660),
        0x06F0..=0x06F9 => ascii(0x06F0),
        0xFF10..=0xFF19 => ascii(0xFF10),
        _ => c,
    }
}

/// Parse an amount as a person types it. Accepts German ("1.234,56") and English ("1,234.56")
/// grouping, spaces (also non-breaking) as thousands separators, and a trailing "€" or "EUR".
/// A lone separator followed by exactly three digits is read as a thousands separator
/// ("1.234" is 1234 €), as Germans write it; otherwise it is the decimal separator.
pub fn parse_money(input: &str, cap: Cents) -> Result<Cents, MoneyError> {
    let mut s: String = input
        .chars()
        .map(normalise_digit)
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{202F}' | '\u{2009}' | '\''))
        .collect();
    for suffix in ["€", "EUR", "Euro", "eur", "euro"] {
        if let Some(stripped) = s.strip_suffix(suffix) {
            s = stripped.to_string();
            break;
        }
    }
    if let Some(stripped) = s.strip_prefix('€') {
        s = stripped.to_string();
    }
    if s.is_empty() {
        return Err(MoneyError::Empty);
    }
    let negative = s.starts_with('-') || s.starts_with('\u{2212}');
    let s = s.trim_start_matches(['-', '\u{2212}', '+']);
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(MoneyError::NotANumber);
    }

    let (int_part, frac_part) = split_decimal(s)?;
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(MoneyError::NotANumber);
    }
    if frac_part.len() > 2 {
        return Err(MoneyError::TooManyDecimals);
    }
    let too_large = MoneyError::TooLarge { cap };
    let mut euros: i64 = 0;
    for c in int_part.chars() {
        let digit = i64::from(c as u8 - b'0');
        euros = euros
            .checked_mul(10)
            .and_then(|e| e.checked_add(digit))
            .ok_or(too_large.clone())?;
    }
    let mut cents: i64 = 0;
    for (i, c) in frac_part.chars().enumerate() {
        let digit = i64::from(c as u8 - b'0');
        cents += digit * if i == 0 { 10 } else { 1 };
    }
    let total = euros
        .checked_mul(100)
        .and_then(|e| e.checked_add(cents))
        .ok_or(too_large.clone())?;
    if negative && total != 0 {
        return Err(MoneyError::Negative);
    }
    if total > cap.0 {
        return Err(too_large);
    }
    Ok(Cents(total))
}

/// Split "1.234,56" into ("1234", "56") after deciding which separator is the decimal one.
fn split_decimal(s: &str) -> Result<(String, String), MoneyError> {
    let last_dot = s.rfind('.');
    let last_comma = s.rfind(',');
    let decimal_at = match (last_dot, last_comma) {
        (None, None) => None,
        (Some(d), Some(c)) => Some(d.max(c)),
        (Some(p), None) | (None, Some(p)) => {
            let sep = s.as_bytes()[p] as char;
            let count = s.matches(sep).count();
            let digits_after = s.len() - p - 1;
            // "1.234" and "1.234.567" are grouped thousands; "12,5" and "12.50" are decimals.
            if count > 1 || (digits_after == 3 && p > 0) {
                None
            } else {
                Some(p)
            }
        }
    };
    let (int_raw, frac) = match decimal_at {
        Some(p) => (&s[..p], &s[p + 1..]),
        None => (s, ""),
    };
    if frac.contains(['.', ',']) {
        return Err(MoneyError::NotANumber);
    }
    // Grouping separators must sit between groups of exactly three digits.
    let groups: Vec<&str> = int_raw.split(['.', ',']).collect();
    if groups.len() > 1 {
        let well_formed = !groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3);
        if !well_formed {
            return Err(MoneyError::NotANumber);
        }
    }
    Ok((groups.concat(), frac.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAP: Cents = Cents::euros(1_000_000);

    #[test]
    fn parses_german_and_lenient_forms() {
        let ok = |s: &str| parse_money(s, CAP).unwrap_or_else(|e| panic!("{s}: {e}"));
        assert_eq!(ok("1.234,56"), Cents(123_456));
        assert_eq!(ok("1234,5"), Cents(123_450));
        assert_eq!(ok("1 234 €"), Cents(123_400));
        assert_eq!(ok("1\u{a0}234,00\u{a0}€"), Cents(123_400));
        assert_eq!(ok("1,234.56"), Cents(123_456));
        assert_eq!(ok("12.50"), Cents(1_250));
        assert_eq!(ok("1.234"), Cents(123_400));
        assert_eq!(ok("123.456"), Cents(12_345_600));
        assert_eq!(
            parse_money("1.234.567", Cents::euros(2_000_000)),
            Ok(Cents(123_456_700))
        );
        assert_eq!(ok(",5"), Cents(50));
        assert_eq!(ok("0"), Cents(0));
        // A lone separator before exactly three digits groups thousands, whichever it is.
        assert_eq!(ok("1,234"), Cents(123_400));
        assert_eq!(ok("-0"), Cents(0));
        assert_eq!(ok("450 EUR"), Cents(45_000));
        assert_eq!(ok("٣٤٥"), Cents(34_500));
        assert_eq!(ok("１２３"), Cents(12_300));
    }

    #[test]
    fn rejects_what_is_not_an_amount() {
        let err = |s: &str| parse_money(s, CAP).expect_err(s);
        assert_eq!(err(""), MoneyError::Empty);
        assert_eq!(err("  € "), MoneyError::Empty);
        assert_eq!(err("abc"), MoneyError::NotANumber);
        assert_eq!(err("1e309"), MoneyError::NotANumber);
        assert_eq!(err("12,345,6"), MoneyError::NotANumber);
        assert_eq!(err("1,2,3"), MoneyError::NotANumber);
        assert_eq!(err("12.3456"), MoneyError::TooManyDecimals);
        assert_eq!(err("-5"), MoneyError::Negative);
    }

    #[test]
    fn caps_absurd_amounts_without_overflow() {
        assert_eq!(
            parse_money("99999999999999999999999", CAP),
            Err(MoneyError::TooLarge { cap: CAP })
        );
        assert_eq!(
            parse_money("1.000.001", CAP),
            Err(MoneyError::TooLarge { cap: CAP })
        );
        assert_eq!(parse_money("1.000.000", CAP), Ok(CAP));
    }

    #[test]
    fn formats_german_style() {
        assert_eq!(Cents(123_456).to_german(), "1.234,56\u{a0}€");
        assert_eq!(Cents(5).to_german(), "0,05\u{a0}€");
        assert_eq!(Cents(-69_890).to_german(), "-698,90\u{a0}€");
        assert_eq!(Cents(100_000_000).to_german(), "1.000.000,00\u{a0}€");
        assert_eq!(Cents(123_456).to_input(), "1234,56");
    }

    #[test]
    fn input_form_round_trips() {
        for c in [0, 1, 99, 100, 123_456, 99_999_999] {
            assert_eq!(parse_money(&Cents(c).to_input(), CAP), Ok(Cents(c)));
        }
    }
}
