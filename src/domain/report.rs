//! The experience report at the end: what filing this application took. It is what a local
//! politician takes home from an action week, so every figure is counted, not estimated.

use super::checklist::checklist;
use super::flow::Walkthrough;
use super::questions::{questions, step_title};
use super::step::{route, Step};
use crate::i18n::Text;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erfahrungsbericht {
    /// Questions answered in the application as sent.
    pub fragen: usize,
    /// Pages of the walkthrough from the first question to the declarations.
    pub seiten: usize,
    /// Pages shown, counting every Back, Forward and change.
    pub seiten_angezeigt: u32,
    /// Forms of the application, with the persons they are for and paper pages where known.
    pub formulare: Vec<(Text, Option<u8>)>,
    pub nachweise: usize,
    pub minuten: Option<u32>,
    /// Pages the person went back from, with how often.
    pub zurueck: Vec<(Text, u32)>,
    /// Pages where "Weiter" showed errors, with how often.
    pub fehler: Vec<(Text, u32)>,
}

impl Erfahrungsbericht {
    /// Paper pages of the forms whose page count is known, and how many forms lack one.
    pub fn papierseiten(&self) -> (u32, usize) {
        let known = self
            .formulare
            .iter()
            .filter_map(|(_, p)| *p)
            .map(u32::from)
            .sum();
        let unknown = self.formulare.iter().filter(|(_, p)| p.is_none()).count();
        (known, unknown)
    }
}

/// The report of a sent application; `None` before submission.
pub fn erfahrungsbericht(w: &Walkthrough) -> Option<Erfahrungsbericht> {
    let s = w.submission.as_ref()?;
    let a = &s.antrag;
    let steps = route(a, s.eingang);
    let fragen = steps
        .iter()
        .flat_map(|step| questions(*step, a, s.eingang))
        .filter(|q| a.is_answered(q.field))
        .count();
    let named = |list: &[(Step, u32)]| {
        list.iter()
            .map(|(step, n)| (step_title(*step, a), *n))
            .collect::<Vec<_>>()
    };
    Some(Erfahrungsbericht {
        fragen,
        seiten: steps.len(),
        seiten_angezeigt: w.journal.pages_shown,
        formulare: s
            .forms
            .iter()
            .map(|f| (f.label(a), f.form.paper_pages()))
            .collect(),
        nachweise: checklist(a, s.eingang).len(),
        minuten: w.journal.minutes(),
        zurueck: named(&w.journal.backs),
        fehler: named(&w.journal.errors),
    })
}
