//! Shared helpers for the native integration tests.
#![allow(dead_code)]

use antragssimulator::domain::antrag::{FieldId, Key, PersonRef};
use antragssimulator::domain::choices::{Betrag, EinkommensArt, VermoegensArt};
use antragssimulator::domain::date::Date;
use antragssimulator::domain::flow::{Event, Walkthrough};
use antragssimulator::domain::questions::{questions, Question};
use antragssimulator::domain::questions::{DateRule, Kind};
use antragssimulator::domain::step::Step;
use antragssimulator::domain::validate::FieldError;

pub fn today() -> Date {
    Date::new(2026, 11, 25).expect("valid date")
}

/// A birth date that fits every relation rule: a baby for children, a grandparent's age for
/// further persons (older than any applicant below the Altersgrenze), 1990 for adults.
fn birth_date_for(who: Option<PersonRef>, today: Date) -> String {
    match who {
        Some(PersonRef::Kind(_)) => today.add_months(-12).to_german(),
        Some(PersonRef::Weitere(_)) => "01.01.1930".into(),
        _ => "01.01.1990".into(),
    }
}

/// A valid answer for a question that has none yet (or a wrong one).
pub fn valid_value(q: &Question, today: Date) -> String {
    match &q.kind {
        Kind::Text { .. } => "Muster".into(),
        Kind::Postcode => "55218".into(),
        Kind::Phone => String::new(),
        Kind::Iban => "DE89370400440532013000".into(),
        Kind::Money { .. } => "100".into(),
        Kind::Date {
            rule: DateRule::Birth,
        } => match q.field.person {
            Some(PersonRef::Kind(_)) => today.add_months(-12).to_german(),
            Some(PersonRef::Weitere(_)) => "01.01.1930".into(),
            _ => "01.01.1990".into(),
        },
        Kind::Date {
            rule: DateRule::DueDate,
        } => today.add_months(3).to_german(),
        Kind::Date {
            rule: DateRule::Past,
        } => today.add_months(-24).to_german(),
        Kind::Date {
            rule: DateRule::Beginn,
        } => today.add_months(1).to_german(),
        // "Nein" opens the fewest further questions, except where it ends the application.
        Kind::YesNo => match q.field.key {
            Key::WohnsitzDeutschland | Key::ErwerbsfaehigePersonImHaushalt | Key::Erwerbsfaehig => {
                "ja".into()
            }
            _ => "nein".into(),
        },
        Kind::Choice(options) => options
            .first()
            .map(|(k, _)| k.to_string())
            .unwrap_or_default(),
        Kind::Count { .. } => "0".into(),
        Kind::Area { .. } => "68 qm".into(),
        Kind::Check => "ja".into(),
    }
}

/// The answer that resolves a rule error (a conflict between answers) from the current step.
fn fix_for(error: &FieldError, today: Date) -> Option<(FieldId, String)> {
    let f = error.field();
    let who = f.person;
    let value = match f.key {
        Key::HatPartner => "ja".to_string(),
        Key::Partnerschaft => "nichtehelich".into(),
        Key::Geburtsdatum => birth_date_for(who, today),
        Key::KindVerhaeltnis => "leiblich".into(),
        Key::WeitereVerhaeltnis => "verwandt".into(),
        Key::EinkommenKeine | Key::VermoegenKeine => String::new(),
        // More occupants than any household the form allows.
        Key::Bewohner => antragssimulator::domain::questions::MAX_BEWOHNER.to_string(),
        Key::EinkommenArt(EinkommensArt::Erwerb) => {
            return Some((
                FieldId {
                    person: who,
                    key: Key::EinkommenKeine,
                },
                "ja".into(),
            ))
        }
        Key::VermoegenArt(VermoegensArt::Konten) => {
            return Some((
                FieldId {
                    person: who,
                    key: Key::VermoegenKeine,
                },
                "ja".into(),
            ))
        }
        Key::EinkommenBetrag(Betrag::ErwerbNetto) => "0".into(),
        Key::Wohnflaeche => "50".into(),
        _ => return None,
    };
    Some((f, value))
}

/// Complete the current step as a careful person would: answer what is missing, correct what
/// the errors point at. Returns whether anything was answered.
pub fn fill_step(w: &mut Walkthrough) -> bool {
    let mut changed = false;
    for _ in 0..5 {
        let errors = w.check_step(w.current);
        if errors.is_empty() {
            break;
        }
        let qs = questions(w.current, &w.antrag, w.today);
        for e in errors {
            let fix = match &e {
                FieldError::Rule { .. } if fix_for(&e, w.today).is_some() => fix_for(&e, w.today),
                _ => qs
                    .iter()
                    .find(|q| q.field == e.field())
                    .map(|q| (q.field, valid_value(q, w.today))),
            };
            if let Some((field, value)) = fix {
                w.apply(Event::Answer { field, value });
                changed = true;
            }
        }
    }
    changed
}

/// Complete pages and go on until the declarations page (without submitting) or an exit.
pub fn advance_to_declarations(w: &mut Walkthrough) {
    for _ in 0..300 {
        if matches!(
            w.current,
            Step::Erklaerungen
                | Step::Bestaetigung
                | Step::Bescheid
                | Step::Nachweise
                | Step::Ausstieg(_)
        ) {
            return;
        }
        fill_step(w);
        w.apply(Event::Next);
    }
}

/// Drive the walkthrough forward from wherever it is until it is submitted or reaches an exit.
/// Returns the final step, or None if it got stuck (a dead end) or left the route on the way.
pub fn autopilot(w: &mut Walkthrough) -> Option<Step> {
    for _ in 0..300 {
        let on_route = w.current == Step::Start
            || w.current.is_after_submission()
            || w.route().contains(&w.current);
        if !on_route {
            return None;
        }
        match w.current {
            Step::Ausstieg(_) => return Some(w.current),
            s if s.is_after_submission() => return Some(Step::Bestaetigung),
            Step::Erklaerungen => {
                fill_step(w);
                w.apply(Event::Submit);
            }
            _ => {
                fill_step(w);
                w.apply(Event::Next);
            }
        }
        if !w.current.is_after_submission() && !w.errors.is_empty() {
            // A step the submit sent us back to: fill it on the next round.
            fill_step(w);
        }
    }
    None
}
