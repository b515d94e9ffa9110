//! Which of the paper forms are already filled in: each form (Hauptantrag or Anlage) is asked on
//! certain steps of the walkthrough, and counts as done once all of them are completed without a
//! problem. Shown beside "Schritt k von n" so that people see the forms grow as they answer.

use super::antrag::PersonRef;
use super::flow::Walkthrough;
use super::forms::{Form, FormInstance};
use super::step::Step;
use crate::i18n::{fill, k, text, Key, Text};

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

/// How large the application is for these answers: its pages and its forms. Both grow as people
/// answer (a child brings a page and an Anlage KI); the next page says what an answer added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Umfang {
    pub seiten: usize,
    pub formulare: Vec<FormInstance>,
}

impl Umfang {
    pub fn of(w: &Walkthrough) -> Umfang {
        Umfang {
            seiten: w.progress().map_or(0, |(_, n)| n),
            formulare: w.forms(),
        }
    }

    /// What these answers added since `before`, in words: the number of pages and the names of
    /// the new forms. `None` if nothing was added (fewer pages need no word: "etwa" covers them).
    pub fn zuwachs(&self, before: &Umfang, w: &Walkthrough) -> Option<Text> {
        let seiten = self.seiten.saturating_sub(before.seiten);
        let neu: Vec<Text> = self
            .formulare
            .iter()
            .filter(|f| !before.formulare.contains(f))
            .map(|f| f.label(&w.antrag))
            .collect();
        let seiten_text = match seiten {
            0 => None,
            1 => Some(text(k::STEP_GROWN_ONE)),
            n => Some(fill(k::STEP_GROWN_MANY, &[("n", &n)])),
        };
        let formulare_text = (!neu.is_empty())
            .then(|| fill(k::STEP_GROWN_FORMS, &[("forms", &Text::join(neu, ", "))]));
        match (seiten_text, formulare_text) {
            (None, None) => None,
            (Some(a), None) | (None, Some(a)) => Some(a),
            (Some(a), Some(b)) => Some(a.then(" ", b)),
        }
    }
}
