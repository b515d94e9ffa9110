//! A walkthrough read back from browser storage or from an import file is untrusted: it may have
//! been edited by hand, written by a bug or crafted. It is taken exactly like typed input. Every
//! answer goes through the parser and limits of the question that asks it (`questions::kind_of`,
//! `validate::parse_answer`) and must come out unchanged; every list is bounded; every date is a
//! real one; anything the form could not have produced is refused as a whole, with a message that
//! names it. The caller then changes nothing of the current answers.
//!
//! Answers are checked against the day they were given (the walkthrough's own `today`), so that a
//! due date entered last month does not make a person's own copy unreadable; that day itself may
//! not lie after the day of reading.

use super::antrag::{Antrag, FieldId, PersonRef, MAX_KINDER, MAX_WEITERE, SCHEMA_VERSION};
use super::date::Date;
use super::flow::{Journal, Submission, Walkthrough};
use super::questions::kind_of;
use super::questions::{DateRule, Kind};
use super::step::Step;
use super::validate::{date_error_text, parse_answer, write, MAX_PENDING};
use crate::i18n::{fill, k, text, Text};
use std::collections::BTreeSet;

/// More steps than any household's route has (about 90 for the largest), fewer than a crafted
/// file could list.
pub const MAX_STEPS: usize = 200;
/// More forms than the largest household needs (about 70).
pub const MAX_FORMS: usize = 150;
/// A walk may be left and taken up again, but not for more than a year.
const MAX_WALK_MS: f64 = 366.0 * 24.0 * 60.0 * 60.0 * 1000.0;
/// The largest time value a browser's clock gives (ECMAScript's time range).
const MAX_TIME_MS: f64 = 8.64e15;

/// What was refused; `name` is the place in the file. [`Refused::text`] words it for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    Value { name: String, reason: Text },
    TooMany { name: String, max: usize },
}

impl Refused {
    pub fn text(&self) -> Text {
        match self {
            Refused::Value { name, reason } => fill(
                k::STORAGE_WERT_ABGELEHNT,
                &[("name", name), ("grund", &reason.clone().clause())],
            ),
            Refused::TooMany { name, max } => {
                fill(k::STORAGE_ZU_VIELE, &[("name", name), ("max", max)])
            }
        }
    }
}

fn refuse(name: impl Into<String>, reason: impl Into<Text>) -> Refused {
    Refused::Value {
        name: name.into(),
        reason: reason.into(),
    }
}

fn wrong_form(name: &str) -> Refused {
    refuse(name, text(k::STORAGE_WERT_HAT_FALSCHE_FORM))
}

fn bounded(name: &str, len: usize, max: usize) -> Result<(), Refused> {
    if len > max {
        return Err(Refused::TooMany {
            name: name.into(),
            max,
        });
    }
    Ok(())
}

/// Check a walkthrough read from storage or a file; `today` is the day it is read.
pub fn check(w: &Walkthrough, today: Date) -> Result<(), Refused> {
    real_date("today", w.today)?;
    if today.days_until(w.today) > 1 {
        // One day's grace for devices whose clocks disagree across midnight.
        return Err(wrong_form("today"));
    }
    check_antrag("antrag", &w.antrag, w.today)?;
    check_step("current", w.current)?;
    bounded("reached", w.reached.len(), MAX_STEPS)?;
    for step in &w.reached {
        check_step("reached", *step)?;
    }
    for (field, text) in &w.pending {
        let name = format!("pending.{field}");
        check_person(&name, field.person)?;
        bounded(&name, text.chars().count(), MAX_PENDING)?;
    }
    check_journal(&w.journal)?;
    if let Some(s) = &w.submission {
        check_submission(s, w.today)?;
    }
    Ok(())
}

fn real_date(name: &str, d: Date) -> Result<(), Refused> {
    // Through the text form, so that the person hears the same reason as at a date field.
    Date::parse(&d.to_german())
        .map(|_| ())
        .map_err(|e| refuse(name, date_error_text(&e)))
}

fn check_person(name: &str, who: Option<PersonRef>) -> Result<(), Refused> {
    let fits = match who {
        Some(PersonRef::Kind(i)) => i < MAX_KINDER,
        Some(PersonRef::Weitere(i)) => i < MAX_WEITERE,
        _ => true,
    };
    if fits {
        Ok(())
    } else {
        Err(wrong_form(name))
    }
}

fn check_step(name: &str, step: Step) -> Result<(), Refused> {
    match step {
        Step::Person(p) | Step::Einkommen(p) | Step::Vermoegen(p) => check_person(name, Some(p)),
        _ => Ok(()),
    }
}

/// Every answer the Antrag holds, through the parser of the question that asks it.
fn check_antrag(name: &str, a: &Antrag, answered_on: Date) -> Result<(), Refused> {
    if a.schema_version != SCHEMA_VERSION {
        return Err(wrong_form(&format!("{name}.schema_version")));
    }
    bounded(
        &format!("{name}.kinder"),
        a.kinder.len(),
        usize::from(MAX_KINDER),
    )?;
    bounded(
        &format!("{name}.weitere"),
        a.weitere.len(),
        usize::from(MAX_WEITERE),
    )?;
    let mut people = vec![PersonRef::Antragsteller, PersonRef::Partner];
    people.extend((0..a.kinder.len()).filter_map(|i| u16::try_from(i).ok().map(PersonRef::Kind)));
    people
        .extend((0..a.weitere.len()).filter_map(|i| u16::try_from(i).ok().map(PersonRef::Weitere)));
    let keys = super::antrag::all_keys();
    let fields = keys.iter().flat_map(|key| {
        std::iter::once(FieldId::of(*key))
            .chain(people.iter().map(move |p| FieldId::person(*p, *key)))
    });
    // A copy, because reading a slot creates empty map entries for amounts not given.
    let mut scratch = a.clone();
    for field in fields {
        check_answer(&mut scratch, field, answered_on)?;
    }
    Ok(())
}

fn check_answer(a: &mut Antrag, field: FieldId, answered_on: Date) -> Result<(), Refused> {
    let Some(slot) = a.slot(field) else {
        return Ok(());
    };
    let shown = slot.display();
    if shown.is_empty() {
        return Ok(());
    }
    let name = field.to_string();
    let kind = kind_of(field);
    let parsed = parse_answer(field, &kind, &shown, checked_on(&kind, &shown, answered_on))
        .map_err(|e| refuse(&name, e.text()))?;
    // What the parser makes of the stored answer must be that answer: a text with spaces around
    // it, or an amount the form would write differently, was not typed into this form.
    let mut again = Antrag::default();
    let same = match (parsed, again.slot(field)) {
        (Some(value), Some(mut slot)) => write(&mut slot, value) && slot.display() == shown,
        _ => false,
    };
    if same {
        Ok(())
    } else {
        Err(wrong_form(&name))
    }
}

/// The day a stored answer is checked on: the day it was saved, except for a due date, which the
/// form took when it lay ahead and which passes while the answers wait (a person comes back after
/// the birth). It is still held to the form's other limit, ten months after the day of saving;
/// as an answer it stays, as it would have on a page left open.
pub fn checked_on(kind: &Kind, shown: &str, answered_on: Date) -> Date {
    match kind {
        Kind::Date {
            rule: DateRule::DueDate | DateRule::Beginn,
        } => Date::parse(shown).map_or(answered_on, |due| due.min(answered_on)),
        _ => answered_on,
    }
}

fn check_journal(j: &Journal) -> Result<(), Refused> {
    for (name, list) in [("journal.backs", &j.backs), ("journal.errors", &j.errors)] {
        bounded(name, list.len(), MAX_STEPS)?;
        let mut seen = BTreeSet::new();
        for (step, _) in list {
            check_step(name, *step)?;
            if !seen.insert(*step) {
                return Err(wrong_form(name));
            }
        }
    }
    let time =
        |v: Option<f64>| v.is_none_or(|ms| ms.is_finite() && (0.0..=MAX_TIME_MS).contains(&ms));
    if !time(j.started_ms) || !time(j.submitted_ms) {
        return Err(wrong_form("journal"));
    }
    if let (Some(a), Some(b)) = (j.started_ms, j.submitted_ms) {
        if (b - a).abs() > MAX_WALK_MS {
            return Err(wrong_form("journal"));
        }
    }
    Ok(())
}

fn check_submission(s: &Submission, today: Date) -> Result<(), Refused> {
    real_date("submission.eingang", s.eingang)?;
    if s.eingang > today || s.wirkt_ab != s.antrag.wirkt_ab(s.eingang) {
        return Err(wrong_form("submission.eingang"));
    }
    check_antrag("submission.antrag", &s.antrag, s.eingang)?;
    bounded("submission.forms", s.forms.len(), MAX_FORMS)?;
    let mut seen = BTreeSet::new();
    for form in &s.forms {
        check_person("submission.forms", form.person)?;
        if !seen.insert((form.form, form.person)) {
            return Err(wrong_form("submission.forms"));
        }
    }
    let referenz_ok = s.referenz.len() <= 40
        && s.referenz
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
    if !referenz_ok {
        return Err(wrong_form("submission.referenz"));
    }
    let ids: BTreeSet<String> = s.checklist().into_iter().map(|n| n.id).collect();
    if !s.nachweise_vorhanden.is_subset(&ids) {
        return Err(wrong_form("submission.nachweise_vorhanden"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::personas;

    fn today() -> Date {
        Date::new(2026, 11, 25).expect("date")
    }

    #[test]
    fn every_persona_passes_before_and_after_submission() {
        for p in personas::all() {
            let w = p.play(today());
            assert_eq!(check(&w, today()), Ok(()), "{}", p.id);
        }
    }

    #[test]
    fn values_the_form_would_refuse_are_refused_by_name() {
        let base = personas::by_id("familie-aufstocker")
            .expect("persona")
            .play(today());
        let mut w = base.clone();
        w.antrag.antragsteller.vorname = "x".repeat(101);
        let e = check(&w, today()).expect_err("too long");
        let shown = e.text().german();
        assert!(shown.contains("antragsteller-vorname"), "{shown}");
        let mut w = base.clone();
        w.antrag.kinder.resize_with(13, Default::default);
        assert!(matches!(check(&w, today()), Err(Refused::TooMany { .. })));
        let mut w = base.clone();
        w.antrag.anzahl_kinder = Some(65535);
        assert!(check(&w, today()).is_err());
        let mut w = base.clone();
        w.today = Date {
            year: 2026,
            month: 13,
            day: 45,
        };
        assert!(check(&w, today()).is_err());
    }

    #[test]
    fn a_due_date_that_has_passed_since_keeps_the_copy_readable() {
        let mut w = personas::by_id("familie-aufstocker")
            .expect("persona")
            .play(today());
        w.submission = None;
        let due = |d: Date| {
            let mut w = w.clone();
            w.antrag.partner.schwanger = Some(true);
            w.antrag.partner.entbindungstermin = Some(d);
            w
        };
        let passed = Date::new(2026, 10, 1).expect("date");
        assert_eq!(check(&due(passed), today()), Ok(()));
        // Still no more than ten months ahead of the day of saving.
        let far = Date::new(2027, 12, 1).expect("date");
        assert!(check(&due(far), today()).is_err());
    }
}
