//! Amounts and dates as each language writes them. Digits stay Western Arabic in every language,
//! Arabic included: they are the digits of the German forms and letters a person will hold.
//! Input accepts every one of these forms and the German one (`money::parse_money`, `Date::parse`).

use super::Lang;
use crate::domain::date::Date;
use crate::domain::money::{group_thousands, Cents};

/// "1.234,56 €" (German, Leichte Sprache), "€1,234.56" (English), "1 234,56 €" (Ukrainian),
/// "€1.234,56" (Turkish), "1,234.56 €" (Arabic).
pub fn money(amount: Cents, lang: Lang) -> String {
    let (group, decimal, symbol_first) = match lang {
        // The domain's German form, the one the forms and letters use.
        Lang::De | Lang::Ls => return amount.to_german(),
        Lang::En => (',', '.', true),
        Lang::Uk => ('\u{202F}', ',', false),
        Lang::Tr => ('.', ',', true),
        Lang::Ar => (',', '.', false),
    };
    let sign = if amount.0 < 0 { "-" } else { "" };
    let abs = amount.0.unsigned_abs();
    let euros = group_thousands(abs / 100, group);
    let number = format!("{euros}{decimal}{:02}", abs % 100);
    if symbol_first {
        format!("{sign}€{number}")
    } else {
        format!("{sign}{number}\u{a0}€")
    }
}

/// "05.01.2026" (German, Leichte Sprache, Ukrainian, Turkish) or "05/01/2026" (English, Arabic):
/// day first in every language, as on the forms.
pub fn date(d: Date, lang: Lang) -> String {
    let separator = match lang {
        Lang::En | Lang::Ar => '/',
        _ => '.',
    };
    format!(
        "{:02}{separator}{:02}{separator}{:04}",
        d.day, d.month, d.year
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::parse_money;

    #[test]
    fn amounts_follow_the_language_and_read_back_unchanged() {
        let amount = Cents(123_456);
        assert_eq!(money(amount, Lang::De), "1.234,56\u{a0}€");
        assert_eq!(money(amount, Lang::En), "€1,234.56");
        assert_eq!(money(amount, Lang::Uk), "1\u{202F}234,56\u{a0}€");
        assert_eq!(money(amount, Lang::Tr), "€1.234,56");
        assert_eq!(money(amount, Lang::Ar), "1,234.56\u{a0}€");
        assert_eq!(money(Cents(-5), Lang::De), "-0,05\u{a0}€");
        assert_eq!(money(Cents(100_000_000), Lang::En), "€1,000,000.00");
        for lang in Lang::ALL {
            for cents in [0, 5, 99_999, 123_456, 100_000_000] {
                let shown = money(Cents(cents), lang);
                assert_eq!(
                    parse_money(&shown, Cents(i64::MAX)),
                    Ok(Cents(cents)),
                    "{shown}"
                );
            }
        }
    }

    #[test]
    fn dates_follow_the_language_and_read_back_unchanged() {
        let d = Date::new(2026, 1, 5).expect("valid date");
        assert_eq!(date(d, Lang::De), "05.01.2026");
        assert_eq!(date(d, Lang::En), "05/01/2026");
        for lang in Lang::ALL {
            assert_eq!(Date::parse(&date(d, lang)), Ok(d));
        }
    }
}
