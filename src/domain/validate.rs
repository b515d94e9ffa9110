//! Turning what a person typed into answers, and the messages when that fails. Messages follow
//! the GOV.UK pattern in German: say what is wrong and how to put it right, no "bitte", no
//! "ungültig". Every error carries the field it belongs to, so the UI can link to it.

use super::antrag::{Antrag, FieldId, Key, PersonRef, Slot, JA, NEIN};
use super::choices::{
    Betrag, Choice, EinkommensArt, Familienstand, KindVerhaeltnis, Partnerschaft, VermoegensArt,
    WeitereVerhaeltnis,
};
use super::date::{Date, DateError};
use super::money::{parse_money, Cents, MoneyError};
#[cfg(test)]
use super::questions::{format_iban, CAP_MONTHLY};
use super::questions::{DateRule, Kind, Question};
use super::rules::lebensalter;
use super::step::Step;

/// A plausibility check, not a legal rule: a parent is at least this much older than the child.
const MIN_PARENT_AGE_AT_BIRTH: i32 = 12;
use crate::i18n::{fill, k, text, Text};
use thiserror::Error;

/// Text that cannot be read is kept as typed, up to this many characters: enough for any slip of
/// the finger, and a bound on what a page can put into storage.
pub const MAX_PENDING: usize = 10_000;

/// A parsed answer, ready to be written into its slot.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Money(Cents),
    Date(Date),
    Flag(bool),
    Check(bool),
    Count(u16),
    Choice(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum IbanError {
    #[error("not an IBAN")]
    Format,
    #[error("a German IBAN has 22 characters")]
    LengthDe,
    #[error("wrong length for its country")]
    Length,
    #[error("check digits do not match")]
    Checksum,
}

/// What is wrong with one answer. The message to show is [`FieldError::text`]: the error is a
/// value, worded in whatever language the page is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldError {
    Missing {
        field: FieldId,
        message: Text,
    },
    Money {
        field: FieldId,
        source: MoneyError,
    },
    Date {
        field: FieldId,
        source: DateError,
    },
    Iban {
        field: FieldId,
        source: IbanError,
    },
    TooLong {
        field: FieldId,
        max: usize,
    },
    ControlCharacters {
        field: FieldId,
    },
    NotAnOption {
        field: FieldId,
    },
    /// A rule about the answer itself or its relation to other answers.
    Rule {
        field: FieldId,
        message: Text,
    },
}

impl FieldError {
    pub fn field(&self) -> FieldId {
        match self {
            FieldError::Missing { field, .. }
            | FieldError::Money { field, .. }
            | FieldError::Date { field, .. }
            | FieldError::Iban { field, .. }
            | FieldError::TooLong { field, .. }
            | FieldError::ControlCharacters { field }
            | FieldError::NotAnOption { field }
            | FieldError::Rule { field, .. } => *field,
        }
    }

    /// For a date, the one part (day, month, year) that is wrong; `None` marks the whole answer.
    pub fn date_part(&self) -> Option<super::date::DatePart> {
        match self {
            FieldError::Date { source, .. } => source.part(),
            _ => None,
        }
    }

    pub fn rule(field: FieldId, message: impl Into<Text>) -> FieldError {
        FieldError::Rule {
            field,
            message: message.into(),
        }
    }

    /// The message at the field.
    pub fn text(&self) -> Text {
        match self {
            FieldError::Missing { message, .. } | FieldError::Rule { message, .. } => {
                message.clone()
            }
            FieldError::Money { source, .. } => money_error_text(source),
            FieldError::Date { source, .. } => date_error_text(source),
            FieldError::Iban { source, .. } => text(match source {
                IbanError::Format => k::V_GEBEN_IBAN_LAENDERCODE_BEISPIEL,
                IbanError::LengthDe => k::V_DEUTSCHE_IBAN_HAT_22,
                IbanError::Length => k::V_IBAN_HAT_NICHT_RICHTIGE,
                IbanError::Checksum => k::V_PRUEFZIFFER_IBAN_STIMMT_NICHT,
            }),
            FieldError::TooLong { max, .. } => fill(k::V_TEXT_LANG_KUERZEN_IHN, &[("max", &max)]),
            FieldError::ControlCharacters { .. } => text(k::V_TEXT_ENTHAELT_STEUERZEICHEN_GEBEN),
            FieldError::NotAnOption { .. } => text(k::V_WAEHLEN_ANGEBOTENEN_ANTWORTEN),
        }
    }
}

fn money_error_text(e: &MoneyError) -> Text {
    match e {
        MoneyError::Empty => text(k::M_GEBEN_BETRAG),
        MoneyError::NotANumber => text(k::M_GEBEN_BETRAG_NUR_ZIFFERN),
        MoneyError::TooManyDecimals => text(k::M_GEBEN_HOECHSTENS_ZWEI_STELLEN),
        MoneyError::Negative => text(k::M_BETRAG_DARF_NICHT_NEGATIV),
        MoneyError::TooLarge { cap } => fill(k::M_BETRAG_HOCH, &[("cap", &cap)]),
    }
}

pub fn date_error_text(e: &DateError) -> Text {
    use super::date::DatePart::{Day, Month, Year};
    text(match e {
        DateError::Empty => k::D_GEBEN_DATUM_BEISPIEL_27,
        DateError::Format => k::D_GEBEN_DATUM_ALS_TAG,
        DateError::Missing(Day) => k::D_TAG_FEHLT,
        DateError::Missing(Month) => k::D_MONAT_FEHLT,
        DateError::Missing(Year) => k::D_JAHR_FEHLT,
        DateError::NotDigits(Day) => k::D_TAG_ZIFFERN,
        DateError::NotDigits(Month) => k::D_MONAT_ZIFFERN,
        DateError::NotDigits(Year) => k::D_JAHR_ZIFFERN,
        DateError::Year => k::D_GEBEN_JAHR_VIER_ZIFFERN,
        DateError::Month => k::D_MONAT_MUSS_ZWISCHEN_1,
        DateError::Day => k::D_DIESEN_TAG_GIBT_ANGEGEBENEN,
    })
}

/// Characters that have no place in a name or an address: control characters, the bidi controls
/// and marks that can make text display differently from what it is, and invisible characters
/// (zero-width space, word joiner, byte order mark) that make two equal-looking names differ.
/// The zero-width joiner and non-joiner (U+200C, U+200D) stay allowed: Persian and Indic names
/// and emoji sequences are written with them.
pub fn has_forbidden_chars(s: &str) -> bool {
    s.chars().any(|c| {
        c.is_control()
            || matches!(
                c,
                '\u{200B}'
                    | '\u{200E}'
                    | '\u{200F}'
                    | '\u{202A}'..='\u{202E}'
                    | '\u{2060}'..='\u{2064}'
                    | '\u{2066}'..='\u{2069}'
                    | '\u{061C}'
                    | '\u{FEFF}'
            )
    })
}

fn parse_text(field: FieldId, raw: &str, max: usize) -> Result<String, FieldError> {
    let trimmed = raw.trim();
    if has_forbidden_chars(trimmed) {
        return Err(FieldError::ControlCharacters { field });
    }
    if trimmed.chars().count() > max {
        return Err(FieldError::TooLong { field, max });
    }
    Ok(trimmed.to_string())
}

/// Normalise and check an IBAN (ISO 13616: move the first four characters to the end, letters to
/// numbers, the remainder modulo 97 must be 1).
pub fn parse_iban(raw: &str) -> Result<String, IbanError> {
    let iban: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let well_formed = iban.len() >= 4
        && iban.chars().all(|c| c.is_ascii_alphanumeric())
        && iban[..2].chars().all(|c| c.is_ascii_alphabetic())
        && iban[2..4].chars().all(|c| c.is_ascii_digit());
    if !well_formed {
        return Err(IbanError::Format);
    }
    if iban.starts_with("DE") && iban.len() != 22 {
        return Err(IbanError::LengthDe);
    }
    if !(15..=34).contains(&iban.len()) {
        return Err(IbanError::Length);
    }
    let rearranged = iban[4..].chars().chain(iban[..4].chars());
    let mut remainder: u32 = 0;
    for c in rearranged {
        let value = c.to_digit(36).unwrap_or(0);
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
    }
    if remainder != 1 {
        return Err(IbanError::Checksum);
    }
    Ok(iban)
}

/// Parse a non-empty answer. Empty answers are `Ok(None)`: whether that is allowed is decided by
/// the question (required or optional), not here.
pub fn parse_answer(
    field: FieldId,
    kind: &Kind,
    raw: &str,
    today: Date,
) -> Result<Option<Value>, FieldError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() && !matches!(kind, Kind::Check) {
        return Ok(None);
    }
    let value = match kind {
        Kind::Text { max, .. } => Value::Text(parse_text(field, raw, *max)?),
        Kind::Postcode => {
            let digits: String = trimmed
                .chars()
                .map(super::money::normalise_digit)
                .filter(|c| !c.is_whitespace())
                .collect();
            if digits.len() != 5 || !digits.chars().all(|c| c.is_ascii_digit()) {
                return Err(FieldError::rule(
                    field,
                    text(k::V_GEBEN_POSTLEITZAHL_FUENF_ZIFFERN),
                ));
            }
            Value::Text(digits)
        }
        Kind::Phone => {
            let ok = trimmed.chars().count() <= 30
                && trimmed
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-/()".contains(c));
            if !ok {
                return Err(FieldError::rule(
                    field,
                    text(k::V_GEBEN_TELEFONNUMMER_NUR_ZIFFERN),
                ));
            }
            Value::Text(trimmed.to_string())
        }
        Kind::Iban => {
            Value::Text(parse_iban(trimmed).map_err(|source| FieldError::Iban { field, source })?)
        }
        Kind::Money { cap } => Value::Money(
            parse_money(trimmed, *cap).map_err(|source| FieldError::Money { field, source })?,
        ),
        Kind::Date { rule } => {
            let date = Date::parse(trimmed).map_err(|source| FieldError::Date { field, source })?;
            check_date(field, *rule, date, today)?;
            Value::Date(date)
        }
        Kind::YesNo => match trimmed {
            JA => Value::Flag(true),
            NEIN => Value::Flag(false),
            _ => return Err(FieldError::NotAnOption { field }),
        },
        Kind::Check => Value::Check(trimmed == JA || matches!(trimmed, "true" | "on")),
        Kind::Choice(options) => {
            if !options.iter().any(|(key, _)| *key == trimmed) {
                return Err(FieldError::NotAnOption { field });
            }
            Value::Choice(trimmed.to_string())
        }
        Kind::Area { max } => Value::Count(parse_area(field, trimmed, *max)?),
        Kind::Count { max } => {
            let digits: String = trimmed.chars().map(super::money::normalise_digit).collect();
            match digits.parse::<u16>() {
                Ok(n) if n <= *max => Value::Count(n),
                Ok(_) => {
                    return Err(FieldError::rule(
                        field,
                        fill(k::V_GEBEN_ZAHL_0_BIS, &[("max", &max.to_string())]),
                    ))
                }
                Err(_) => return Err(FieldError::rule(field, text(k::V_GEBEN_ANZAHL_ALS_GANZE))),
            }
        }
    };
    Ok(Some(value))
}

/// A living space as people type it: "68", "68 qm", "68 m²", "68,5 m2". A decimal is rounded
/// half up to whole square metres (the form asks whole ones).
fn parse_area(field: FieldId, raw: &str, max: u16) -> Result<u16, FieldError> {
    let s: String = raw
        .chars()
        .map(super::money::normalise_digit)
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let number = ["quadratmeter", "qm", "m²", "m2", "sqm"]
        .iter()
        .find_map(|unit| s.strip_suffix(unit))
        .unwrap_or(&s);
    let wrong = || FieldError::rule(field, text(k::V_WOHNFLAECHE_ZAHL));
    let (whole, fraction) = number.split_once([',', '.']).unwrap_or((number, ""));
    if whole.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
    {
        return Err(wrong());
    }
    let rounded = whole
        .parse::<u32>()
        .ok()
        .map(|n| n + u32::from(fraction.starts_with(['5', '6', '7', '8', '9'])));
    match rounded {
        Some(n) if n <= u32::from(max) => Ok(n as u16),
        _ => Err(FieldError::rule(
            field,
            fill(k::V_WOHNFLAECHE_HOECHSTENS, &[("max", &max.to_string())]),
        )),
    }
}

/// Write a parsed answer into its slot. `false` when the value does not fit the slot (a choice
/// key the enum does not know, or a value of another kind); the slot is then left unchanged.
pub fn write(slot: &mut Slot<'_>, value: Value) -> bool {
    match (slot, value) {
        (Slot::Text(s), Value::Text(v)) => **s = v,
        (Slot::Money(m), Value::Money(v)) => **m = Some(v),
        (Slot::Date(d), Value::Date(v)) => **d = Some(v),
        (Slot::Flag(b), Value::Flag(v)) => **b = Some(v),
        (Slot::Check(b), Value::Check(v)) => **b = v,
        (Slot::Count(n), Value::Count(v)) => **n = Some(v),
        (Slot::Choice(c), Value::Choice(key)) => return c.select(&key),
        _ => return false,
    }
    true
}

/// Plausibility limits of this simulator, not legal figures: how far back a past date may lie,
/// and how far ahead a later start of benefits may be chosen.
const MAX_YEARS_BACK: i32 = 100;
const BEGINN_MONATE_VORAUS: i32 = 6;

fn check_date(field: FieldId, rule: DateRule, date: Date, today: Date) -> Result<(), FieldError> {
    match rule {
        DateRule::Birth => {
            if date > today {
                return Err(FieldError::rule(
                    field,
                    text(k::V_GEBURTSDATUM_MUSS_VERGANGENHEIT_LIEGEN),
                ));
            }
            if date.age_on(today) > 120 {
                return Err(FieldError::rule(
                    field,
                    text(k::V_GEBURTSDATUM_LIEGT_MEHR_ALS),
                ));
            }
        }
        DateRule::Past => {
            if date > today {
                return Err(FieldError::rule(field, text(k::V_DATUM_NICHT_ZUKUNFT)));
            }
            if date.age_on(today) > MAX_YEARS_BACK {
                return Err(FieldError::rule(field, text(k::V_DATUM_ZU_WEIT_ZURUECK)));
            }
        }
        DateRule::Beginn => {
            if date < today {
                return Err(FieldError::rule(
                    field,
                    text(k::V_LEISTUNGSBEGINN_VERGANGENHEIT),
                ));
            }
            if date > today.add_months(BEGINN_MONATE_VORAUS) {
                return Err(FieldError::rule(field, text(k::V_LEISTUNGSBEGINN_ZU_SPAET)));
            }
        }
        DateRule::DueDate => {
            if date < today {
                return Err(FieldError::rule(
                    field,
                    text(k::V_ENTBINDUNGSTERMIN_LIEGT_VERGANGENHEIT_KIND),
                ));
            }
            if date > today.add_months(10) {
                return Err(FieldError::rule(
                    field,
                    text(k::V_ENTBINDUNGSTERMIN_KANN_HOECHSTENS_ZEHN),
                ));
            }
        }
    }
    Ok(())
}

/// Every problem on a step at once: required answers that are missing, then the rules that
/// relate answers to each other. Unreadable input is reported by the walkthrough before this.
pub fn validate_step(step: Step, qs: &[Question], a: &Antrag, today: Date) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = qs
        .iter()
        .filter(|q| !q.optional && !a.is_answered(q.field))
        .map(|q| FieldError::Missing {
            field: q.field,
            message: q.missing.clone(),
        })
        .collect();
    let mut rule = |field: FieldId, message: Text| {
        if !errors.iter().any(|e| e.field() == field) {
            errors.push(FieldError::rule(field, message));
        }
    };
    let birth = |who: PersonRef| a.person(who).and_then(|p| p.geburtsdatum);
    match step {
        Step::Wohnung => {
            if a.wohnung.kosten == Some(true) && a.wohnung.wohnflaeche == Some(0) {
                rule(
                    FieldId::of(Key::Wohnflaeche),
                    text(k::V_GEBEN_WOHNFLAECHE_MINDESTENS_1),
                )
            }
            let household = a.household().len();
            let asked = a.wohnung.kosten == Some(true);
            if asked
                && a.wohnung
                    .bewohner
                    .is_some_and(|n| usize::from(n) < household)
            {
                rule(
                    FieldId::of(Key::Bewohner),
                    fill(k::V_BEWOHNER_WENIGER_ALS_HAUSHALT, &[("n", &household)]),
                );
            }
        }
        Step::Haushalt => {
            if a.familienstand == Some(Familienstand::Verheiratet) && a.hat_partner == Some(false) {
                rule(
                    FieldId::of(Key::HatPartner),
                    text(k::V_HABEN_ANGEGEBEN_VERHEIRATET_WAEHLEN),
                );
            }
            let married = matches!(a.familienstand, Some(Familienstand::Verheiratet));
            if a.hat_partner == Some(true)
                && a.partnerschaft == Some(Partnerschaft::Ehe)
                && a.familienstand.is_some()
                && !married
            {
                rule(
                    FieldId::of(Key::Partnerschaft),
                    text(k::V_HABEN_FAMILIENSTAND_ANGEGEBEN_NICHT),
                );
            }
        }
        Step::Person(who) => {
            let field = |k| FieldId::person(who, k);
            let p = a.person(who);
            let age = p.and_then(|p| p.age_on(today));
            match who {
                PersonRef::Partner if age.is_some_and(|a| a < lebensalter::ERWERBSFAEHIG_AB) => {
                    rule(
                        field(Key::Geburtsdatum),
                        text(k::V_PARTNERIN_PARTNER_MUSS_MINDESTENS),
                    )
                }
                PersonRef::Kind(_) => {
                    if age.is_some_and(|a| a >= lebensalter::UNTER_25) {
                        rule(field(Key::Geburtsdatum), text(k::V_KINDER_AB_25_JAHREN));
                    }
                    let relation = p.and_then(|p| p.kind_verhaeltnis);
                    let with_partner = matches!(
                        relation,
                        Some(KindVerhaeltnis::KindDesPartners | KindVerhaeltnis::Gemeinsam)
                    );
                    if with_partner && a.hat_partner != Some(true) {
                        rule(
                            field(Key::KindVerhaeltnis),
                            text(k::V_HABEN_KEINE_PARTNERIN_KEINEN),
                        );
                    }
                    let own = matches!(
                        relation,
                        Some(KindVerhaeltnis::Leiblich | KindVerhaeltnis::Gemeinsam)
                    );
                    let mut parents = vec![PersonRef::Antragsteller];
                    if with_partner {
                        parents = if relation == Some(KindVerhaeltnis::Gemeinsam) {
                            vec![PersonRef::Antragsteller, PersonRef::Partner]
                        } else {
                            vec![PersonRef::Partner]
                        };
                    }
                    for parent in parents {
                        let (Some(child), Some(parent_birth)) = (birth(who), birth(parent)) else {
                            continue;
                        };
                        if child <= parent_birth {
                            rule(field(Key::Geburtsdatum), text(k::V_KIND_KANN_NICHT_AELTER));
                        } else if (own || with_partner)
                            && parent_birth.age_on(child) < MIN_PARENT_AGE_AT_BIRTH
                        {
                            rule(
                                field(Key::Geburtsdatum),
                                text(k::V_ZWISCHEN_KIND_ELTERNTEIL_LIEGEN),
                            );
                        }
                    }
                }
                PersonRef::Weitere(_) => match p.and_then(|p| p.weitere_verhaeltnis) {
                    Some(WeitereVerhaeltnis::Partner) if a.hat_partner == Some(true) => rule(
                        field(Key::WeitereVerhaeltnis),
                        text(k::V_HABEN_SCHON_PARTNERIN_PARTNER),
                    ),
                    Some(WeitereVerhaeltnis::Partner) => rule(
                        field(Key::WeitereVerhaeltnis),
                        text(k::V_TRAGEN_PARTNERIN_PARTNER_FRAGE),
                    ),
                    Some(WeitereVerhaeltnis::Elternteil) => {
                        if let (Some(parent), Some(me)) =
                            (birth(who), birth(PersonRef::Antragsteller))
                        {
                            if parent >= me {
                                rule(
                                    field(Key::Geburtsdatum),
                                    text(k::V_ELTERNTEIL_KANN_NICHT_JUENGER),
                                );
                            }
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        Step::Einkommen(who) => {
            let Some(p) = a.person(who) else {
                return errors;
            };
            let name = a.display_name(who);
            let first = FieldId::person(who, Key::EinkommenArt(EinkommensArt::Erwerb));
            if p.einkommen.keine && p.einkommen.any() {
                rule(
                    FieldId::person(who, Key::EinkommenKeine),
                    text(k::V_HABEN_EINNAHMEN_AUSGEWAEHLT_KEINE),
                );
            } else if !p.einkommen.keine && !p.einkommen.any() {
                let message = if who == PersonRef::Antragsteller {
                    text(k::V_WAEHLEN_WELCHE_EINNAHMEN_HABEN)
                } else {
                    fill(k::V_WAEHLEN_WELCHE_EINNAHMEN_HAT, &[("name", &name)])
                };
                rule(first, message);
            }
            if let (Some(brutto), Some(netto)) = (
                p.einkommen.betrag(Betrag::ErwerbBrutto),
                p.einkommen.betrag(Betrag::ErwerbNetto),
            ) {
                if netto > brutto {
                    rule(
                        FieldId::person(who, Key::EinkommenBetrag(Betrag::ErwerbNetto)),
                        text(k::V_NETTOLOHN_KANN_NICHT_HOEHER),
                    );
                }
            }
        }
        Step::Vermoegen(who) => {
            let Some(p) = a.person(who) else {
                return errors;
            };
            let any = VermoegensArt::all().iter().any(|art| p.vermoegen.hat(*art));
            if p.vermoegen.keine && any {
                rule(
                    FieldId::person(who, Key::VermoegenKeine),
                    text(k::V_HABEN_VERMOEGEN_AUSGEWAEHLT_KEIN),
                );
            } else if !p.vermoegen.keine && !any {
                rule(
                    FieldId::person(who, Key::VermoegenArt(VermoegensArt::Konten)),
                    text(k::V_WAEHLEN_VORHANDEN_KEIN_VERMOEGEN),
                );
            }
        }
        _ => {}
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::antrag::Key;

    const F: FieldId = FieldId::of(Key::Iban);

    fn today() -> Date {
        Date::new(2026, 11, 25).expect("valid")
    }

    #[test]
    fn iban_check_digits() {
        assert_eq!(
            parse_iban("de89 3704 0044 0532 0130 00"),
            Ok("DE89370400440532013000".into())
        );
        assert_eq!(
            parse_iban("GB82 WEST 1234 5698 7654 32"),
            Ok("GB82WEST12345698765432".into())
        );
        assert_eq!(
            parse_iban("DE88 3704 0044 0532 0130 00"),
            Err(IbanError::Checksum)
        );
        assert_eq!(
            parse_iban("DE89 3704 0044 0532 0130"),
            Err(IbanError::LengthDe)
        );
        assert_eq!(parse_iban("1234"), Err(IbanError::Format));
        assert_eq!(parse_iban("DE"), Err(IbanError::Format));
        assert_eq!(parse_iban("XX00"), Err(IbanError::Length));
        assert_eq!(
            format_iban("DE89370400440532013000"),
            "DE89 3704 0044 0532 0130 00"
        );
    }

    #[test]
    fn dates_follow_their_rule() {
        let birth = Kind::Date {
            rule: DateRule::Birth,
        };
        let due = Kind::Date {
            rule: DateRule::DueDate,
        };
        assert!(parse_answer(F, &birth, "27.03.1990", today()).is_ok());
        assert!(matches!(
            parse_answer(F, &birth, "01.01.2027", today()),
            Err(FieldError::Rule { .. })
        ));
        assert!(matches!(
            parse_answer(F, &birth, "31.02.1990", today()),
            Err(FieldError::Date {
                source: DateError::Day,
                ..
            })
        ));
        assert!(matches!(
            parse_answer(F, &birth, "01.01.1890", today()),
            Err(FieldError::Rule { .. })
        ));
        assert!(parse_answer(F, &due, "01.03.2027", today()).is_ok());
        assert!(parse_answer(F, &due, "01.11.2026", today()).is_err());
        assert!(parse_answer(F, &due, "01.11.2027", today()).is_err());
    }

    #[test]
    fn text_limits_and_control_characters() {
        let text = Kind::Text {
            max: 5,
            autocomplete: "off",
        };
        assert_eq!(
            parse_answer(F, &text, "  Anna ", today()),
            Ok(Some(Value::Text("Anna".into())))
        );
        assert_eq!(
            parse_answer(F, &text, "Annabell", today()),
            Err(FieldError::TooLong { field: F, max: 5 })
        );
        assert_eq!(
            parse_answer(F, &text, "A\u{0}b", today()),
            Err(FieldError::ControlCharacters { field: F })
        );
        assert_eq!(
            parse_answer(F, &text, "A\u{202E}b", today()),
            Err(FieldError::ControlCharacters { field: F })
        );
        assert_eq!(parse_answer(F, &text, "   ", today()), Ok(None));
        for invisible in ["A\u{200B}b", "A\u{FEFF}", "A\u{2060}b", "\u{200F}Ab"] {
            assert_eq!(
                parse_answer(F, &text, invisible, today()),
                Err(FieldError::ControlCharacters { field: F })
            );
        }
        // Joiners are part of Persian and Indic writing and of emoji.
        assert!(parse_answer(F, &text, "م\u{200C}ی", today()).is_ok());
    }

    #[test]
    fn choices_counts_postcodes() {
        let choice = Kind::Choice(vec![("a", k::STEP_YES), ("b", k::STEP_NO)]);
        assert_eq!(
            parse_answer(F, &choice, "b", today()),
            Ok(Some(Value::Choice("b".into())))
        );
        assert_eq!(
            parse_answer(F, &choice, "c", today()),
            Err(FieldError::NotAnOption { field: F })
        );
        let count = Kind::Count { max: 12 };
        assert_eq!(
            parse_answer(F, &count, "3", today()),
            Ok(Some(Value::Count(3)))
        );
        assert!(parse_answer(F, &count, "13", today()).is_err());
        assert!(parse_answer(F, &count, "-1", today()).is_err());
        assert!(parse_answer(F, &count, "2,5", today()).is_err());
        // A living space as people type it, with its own message (not the count's).
        let area = Kind::Area { max: 1000 };
        for (typed, m2) in [
            ("68", 68),
            ("68 qm", 68),
            ("68m²", 68),
            ("54,5 m2", 55),
            ("54.4", 54),
        ] {
            assert_eq!(
                parse_answer(F, &area, typed, today()),
                Ok(Some(Value::Count(m2))),
                "{typed}"
            );
        }
        let wrong = parse_answer(F, &area, "groß", today()).expect_err("not a number");
        assert_eq!(wrong.text(), text(k::V_WOHNFLAECHE_ZAHL));
        assert_ne!(
            parse_answer(F, &count, "68 qm", today())
                .expect_err("a count")
                .text(),
            wrong.text()
        );
        assert!(parse_answer(F, &area, "1001 qm", today()).is_err());
        assert!(parse_answer(F, &area, "-3", today()).is_err());
        assert_eq!(
            parse_answer(F, &Kind::Postcode, "55 218", today()),
            Ok(Some(Value::Text("55218".into())))
        );
        assert!(parse_answer(F, &Kind::Postcode, "5521", today()).is_err());
        assert_eq!(
            parse_answer(F, &Kind::YesNo, "vielleicht", today()),
            Err(FieldError::NotAnOption { field: F })
        );
    }

    #[test]
    fn messages_are_german_and_specific() {
        let e = parse_answer(F, &Kind::Money { cap: CAP_MONTHLY }, "-5", today())
            .expect_err("negative");
        assert_eq!(
            e.text().german(),
            "Der Betrag darf nicht negativ sein. Geben Sie 0 ein, wenn es nichts gibt."
        );
        assert_eq!(e.field(), F);
        let e =
            parse_answer(F, &Kind::Money { cap: CAP_MONTHLY }, "200000", today()).expect_err("cap");
        assert_eq!(
            e.text().german(),
            "Der Betrag ist zu hoch. Geben Sie höchstens 100.000,00\u{a0}€ ein."
        );
    }
}
