//! Which of the paper forms are already filled in: each form (Hauptantrag or Anlage) is asked on
//! certain steps of the walkthrough, and counts as done once all of them are completed without a
//! problem. Shown beside "Schritt k von n" so that people see the forms grow as they answer.

use super::antrag::PersonRef;
use super::flow::Walkthrough;
use super::forms::{Form, FormInstance};
use super::step::Step;
use crate::i18n::{k, Key};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormStatus {
    /// Every step asking for it is completed and has no problem.
    Fertig,
    /// The person is on one of its steps or has seen some of them.
    InArbeit,
    Offen,
}

impl FormStatus {
    pub fn label(self) -> Key {
        match self {
            FormStatus::Fertig => k::P_AUSGEFUELLT,
            FormStatus::InArbeit => k::P_ARBEIT,
            FormStatus::Offen => k::MAP_LEGEND_OPEN,
        }
    }
}

/// The steps that ask what the form `f` asks, among the steps of `route`.
pub fn steps_of(f: FormInstance, route: &[Step]) -> Vec<Step> {
    // The Antragsteller's own situation is asked on the Hauptantrag's pages, everybody else's on
    // their own page.
    let about = |p: Option<PersonRef>, own: Step| match p {
        None | Some(PersonRef::Antragsteller) => own,
        Some(other) => Step::Person(other),
    };
    route
        .iter()
        .copied()
        .filter(|s| match f.form {
            Form::Hauptantrag => matches!(
                s,
                Step::Alter
                    | Step::Erwerbsfaehigkeit
                    | Step::Aufenthalt
                    | Step::Ausbildung
                    | Step::Unterbringung
                    | Step::Personalien
                    | Step::Lebenssituation
                    | Step::Haushalt
                    | Step::Bankverbindung
                    | Step::Erklaerungen
            ),
            Form::Wep | Form::Ki | Form::Hg => f.person.is_some_and(|p| *s == Step::Person(p)),
            Form::Ve => *s == Step::Haushalt,
            Form::Kdu => matches!(s, Step::Wohnung | Step::Wohnkosten),
            Form::Vm => matches!(s, Step::Vermoegen(_)),
            Form::Ek | Form::Eks => f.person.is_some_and(|p| *s == Step::Einkommen(p)),
            Form::Sv => *s == about(f.person, Step::Personalien),
            Form::Meb | Form::Bb | Form::Uf | Form::Uh2 | Form::Uh3 | Form::Uh4 => {
                *s == about(f.person, Step::Lebenssituation)
            }
            Form::Uh1 => *s == Step::Lebenssituation,
        })
        .collect()
}

/// Every form of this application with how far it is filled in, in the order of `forms()`.
pub fn form_progress(w: &Walkthrough) -> Vec<(FormInstance, FormStatus)> {
    let route = w.route();
    w.forms()
        .into_iter()
        .map(|f| {
            let steps = steps_of(f, &route);
            let completed = !steps.is_empty()
                && steps.iter().all(|s| {
                    *s != w.current && w.reached.contains(s) && w.check_step(*s).is_empty()
                });
            let status = if w.submission.is_some() || completed {
                FormStatus::Fertig
            } else if steps
                .iter()
                .any(|s| *s == w.current || w.reached.contains(s))
            {
                FormStatus::InArbeit
            } else {
                FormStatus::Offen
            };
            (f, status)
        })
        .collect()
}
