//! The application as a state machine.
//!
//! The state is the answers (`Antrag`) plus where the person is (`Walkthrough::current`). The
//! route — which steps apply, in which order — is never stored: `route` derives it from the answers
//! each time, so that progress, the list of forms and the check page are right after any change.
//! Events (`Answer`, `Next`, `Back`, `GoTo`, `Submit`, `Reset`) are the only way to change the
//! state; the UI sends them and renders whatever step the walkthrough is on.

use super::antrag::{Antrag, FieldId};
use super::date::Date;
use super::forms::{required_forms, FormInstance};
use super::questions::questions;
use super::rolle::Rolle;
use super::step::{route, Step, AFTER_SUBMISSION};
use super::validate::{parse_answer, validate_step, write, FieldError};
use crate::i18n::{fill, k, Text};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The record of a (mock) submission: what the confirmation page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// The answers as submitted: branches that no longer applied are dropped.
    pub antrag: Antrag,
    pub forms: Vec<FormInstance>,
    /// The day of application (Tag der Antragstellung).
    pub eingang: Date,
    /// The application takes effect from the first of its month (§ 37 Abs. 2 S. 2 SGB II).
    pub wirkt_ab: Date,
    pub referenz: String,
    /// The documents of the checklist the person has ticked as at hand, by their stable id
    /// (`checklist::Nachweis::id`); only ids of this application's checklist are taken.
    #[serde(default)]
    pub nachweise_vorhanden: BTreeSet<String>,
}

impl Submission {
    /// The Nachweise this application needs, as of the day it was made.
    pub fn checklist(&self) -> Vec<super::checklist::Nachweis> {
        super::checklist::checklist(&self.antrag, self.eingang)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Event {
    /// A raw answer as typed or chosen: text, an option key, "ja"/"nein", a date "TT.MM.JJJJ".
    Answer {
        field: FieldId,
        value: String,
    },
    Next,
    Back,
    GoTo(Step),
    Submit,
    /// Play a ready-made role (persona) at an event: remembered with the answers and shown beside
    /// the form; the person still answers every question. From the start page it also starts.
    Rolle(Option<Rolle>),
    /// A document of the checklist ticked (or unticked) as at hand.
    Nachweis {
        id: String,
        vorhanden: bool,
    },
    Reset,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Walkthrough {
    pub antrag: Antrag,
    pub current: Step,
    /// Steps the person has completed or is on; `GoTo` may only lead to these.
    pub reached: BTreeSet<Step>,
    /// What was typed into fields whose text could not be read, exactly as typed.
    pub pending: BTreeMap<FieldId, String>,
    /// The problems found the last time the person tried to go on from this step. Not stored:
    /// after a reload the step is simply checked again on "Weiter".
    #[serde(skip)]
    pub errors: Vec<FieldError>,
    /// After "Ändern" on the check page, "Weiter" returns there.
    pub return_to_check: bool,
    pub today: Date,
    pub submission: Option<Submission>,
    /// The role (persona id) being played at an event, if any.
    #[serde(default)]
    pub rolle: Option<Rolle>,
    /// How the walk went, for the experience report.
    #[serde(default)]
    pub journal: Journal,
}

/// How the walk went: pages shown, where the person went back or met errors, and when it began
/// and ended. Times are milliseconds given by the UI (`stamp`); the domain has no clock.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Journal {
    pub pages_shown: u32,
    /// Steps the person went back from, with how often.
    pub backs: Vec<(Step, u32)>,
    /// Steps on which "Weiter" (or "Absenden") met errors, with how often.
    pub errors: Vec<(Step, u32)>,
    pub started_ms: Option<f64>,
    pub submitted_ms: Option<f64>,
}

impl Journal {
    fn count(list: &mut Vec<(Step, u32)>, step: Step) {
        match list.iter_mut().find(|(s, _)| *s == step) {
            Some((_, n)) => *n += 1,
            None => list.push((step, 1)),
        }
    }

    /// Minutes from the first answer to the submission, rounded up.
    pub fn minutes(&self) -> Option<u32> {
        let (Some(a), Some(b)) = (self.started_ms, self.submitted_ms) else {
            return None;
        };
        let ms = (b - a).max(0.0);
        Some((ms / 60_000.0).ceil().min(f64::from(u32::MAX)) as u32)
    }
}

impl Walkthrough {
    pub fn new(today: Date) -> Walkthrough {
        Walkthrough {
            antrag: Antrag::default(),
            current: Step::Start,
            reached: BTreeSet::from([Step::Start]),
            pending: BTreeMap::new(),
            errors: Vec::new(),
            return_to_check: false,
            today,
            submission: None,
            rolle: None,
            journal: Journal::default(),
        }
    }

    /// A walkthrough read from storage or a file, once its values have passed `intake::check`,
    /// may still not fit together (a page its answers no longer lead to): keep every answer, and
    /// land the person on a page that can be shown.
    pub fn repaired(mut self) -> Walkthrough {
        let shown = match self.current {
            Step::Start => true,
            s if s.is_after_submission() => self.submission.is_some(),
            s => self.submission.is_none() && self.route().contains(&s),
        };
        if !shown {
            self.current = if self.submission.is_some() {
                Step::Bestaetigung
            } else {
                Step::Start
            };
        }
        self.reached.insert(Step::Start);
        self.reached.insert(self.current);
        self.errors.clear();
        self
    }

    /// Record the time of an event for the experience report: the walk starts with the first
    /// page after the start page and ends with the submission.
    pub fn stamp(&mut self, now_ms: f64) {
        if !now_ms.is_finite() {
            return;
        }
        if self.journal.started_ms.is_none() && self.current != Step::Start {
            self.journal.started_ms = Some(now_ms);
        }
        if self.submission.is_some() && self.journal.submitted_ms.is_none() {
            self.journal.submitted_ms = Some(now_ms);
        }
    }

    pub fn route(&self) -> Vec<Step> {
        route(&self.antrag, self.today)
    }

    /// Nothing answered and nothing started: there is nothing worth keeping.
    pub fn is_pristine(&self) -> bool {
        self.current == Step::Start
            && self.pending.is_empty()
            && self.submission.is_none()
            && self.antrag == Antrag::default()
    }

    /// The forms to fill in; none while the answers lead to an exit (no application to make).
    pub fn forms(&self) -> Vec<FormInstance> {
        if self.route().last().is_some_and(|s| s.is_exit()) {
            return Vec::new();
        }
        required_forms(&self.antrag, self.today)
    }

    /// "Schritt k von n" for the current step, if it is part of the route.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let route = self.route();
        let counted: Vec<&Step> = route.iter().filter(|s| !s.is_exit()).collect();
        counted
            .iter()
            .position(|s| **s == self.current)
            .map(|i| (i + 1, counted.len()))
    }

    /// The text an input for `field` shows: what was typed if it could not be read, else the answer.
    pub fn display(&self, field: FieldId) -> String {
        self.pending
            .get(&field)
            .cloned()
            .unwrap_or_else(|| self.antrag.display(field))
    }

    pub fn errors_for(&self, field: FieldId) -> Vec<&FieldError> {
        self.errors.iter().filter(|e| e.field() == field).collect()
    }

    pub fn apply(&mut self, event: Event) {
        let before = self.current;
        let counts_errors = matches!(event, Event::Next | Event::Submit);
        // Going back: the Zurück button, or the browser's Back / an "Ändern" to an earlier page.
        let is_back = match event {
            Event::Back => true,
            Event::GoTo(target) => {
                let route = self.route();
                // The start page comes before the route.
                let at = |s: Step| match s {
                    Step::Start => Some(0),
                    s => route.iter().position(|r| *r == s).map(|i| i + 1),
                };
                matches!((at(target), at(before)), (Some(t), Some(b)) if t < b)
            }
            _ => false,
        };
        if matches!(event, Event::Reset) {
            self.apply_event(event);
            return;
        }
        self.apply_event(event);
        if counts_errors && !self.errors.is_empty() {
            Journal::count(&mut self.journal.errors, self.current);
        }
        if is_back && self.current != before {
            Journal::count(&mut self.journal.backs, before);
        }
        if self.current != before {
            self.journal.pages_shown = self.journal.pages_shown.saturating_add(1);
        }
    }

    fn apply_event(&mut self, event: Event) {
        match event {
            Event::Answer { field, value } => self.answer(field, &value),
            Event::Next => self.next(),
            Event::Back => self.back(),
            Event::GoTo(step) => self.go_to(step),
            Event::Submit => self.submit(),
            Event::Rolle(rolle) => {
                if self.submission.is_some() {
                    return;
                }
                self.rolle = rolle;
                if self.current == Step::Start && self.rolle.is_some() {
                    self.next();
                }
            }
            Event::Nachweis { id, vorhanden } => {
                if let Some(s) = self.submission.as_mut() {
                    if !vorhanden {
                        s.nachweise_vorhanden.remove(&id);
                    } else if s.checklist().iter().any(|n| n.id == id) {
                        s.nachweise_vorhanden.insert(id);
                    }
                }
            }
            Event::Reset => *self = Walkthrough::new(self.today),
        }
    }

    fn answer(&mut self, field: FieldId, raw: &str) {
        if self.submission.is_some() {
            return;
        }
        let Some(question) = questions(self.current, &self.antrag, self.today)
            .into_iter()
            .find(|q| q.field == field)
        else {
            return;
        };
        let parsed = parse_answer(field, &question.kind, raw, self.today);
        let Some(mut slot) = self.antrag.slot(field) else {
            return;
        };
        match parsed {
            Ok(Some(value)) => {
                if write(&mut slot, value) {
                    self.pending.remove(&field);
                } else {
                    slot.clear();
                    self.pending.insert(field, as_typed(raw));
                }
            }
            Ok(None) => {
                slot.clear();
                self.pending.remove(&field);
            }
            Err(_) => {
                // Keep the text as typed; the error is shown when the person goes on. Beyond
                // `MAX_PENDING` characters the rest is dropped: the message asks for far less.
                slot.clear();
                self.pending.insert(field, as_typed(raw));
            }
        }
    }

    /// Problems on a step: unreadable input first, then missing answers and rules.
    pub fn check_step(&self, step: Step) -> Vec<FieldError> {
        let qs = questions(step, &self.antrag, self.today);
        let mut errors: Vec<FieldError> = qs
            .iter()
            .filter_map(|q| {
                let raw = self.pending.get(&q.field)?;
                parse_answer(q.field, &q.kind, raw, self.today).err()
            })
            .collect();
        let failed: BTreeSet<FieldId> = errors.iter().map(|e| e.field()).collect();
        errors.extend(
            validate_step(step, &qs, &self.antrag, self.today)
                .into_iter()
                .filter(|e| !failed.contains(&e.field())),
        );
        // In the order of the page, so the error summary reads like the form.
        let place = |e: &FieldError| qs.iter().position(|q| q.field == e.field());
        errors.sort_by_key(|e| place(e).unwrap_or(usize::MAX));
        errors
    }

    /// The error summary: each message with the name of its field, in the order of the page.
    pub fn error_summary(&self) -> Vec<(FieldId, Text)> {
        let qs = questions(self.current, &self.antrag, self.today);
        self.errors
            .iter()
            .map(|e| {
                let label = qs
                    .iter()
                    .find(|q| q.field == e.field())
                    .map(|q| q.label.clone());
                let line = match label {
                    Some(label) => fill(
                        k::STEP_ERROR_AT_FIELD,
                        &[("feld", &label), ("fehler", &e.text())],
                    ),
                    None => e.text(),
                };
                (e.field(), line)
            })
            .collect()
    }

    fn next(&mut self) {
        if self.submission.is_some() {
            let i = AFTER_SUBMISSION.iter().position(|s| *s == self.current);
            if let Some(step) = i.and_then(|i| AFTER_SUBMISSION.get(i + 1)) {
                self.move_to(*step);
            }
            return;
        }
        let route = self.route();
        let target = match self.current {
            Step::Start => route.first().copied(),
            Step::Ausstieg(_) | Step::Erklaerungen => None,
            Step::Bestaetigung | Step::Bescheid | Step::Nachweise | Step::Bericht => None,
            current => {
                self.errors = self.check_step(current);
                if !self.errors.is_empty() {
                    return;
                }
                self.reached.insert(current);
                let back_to_check = self.return_to_check && route.contains(&Step::Pruefen);
                match route.iter().position(|s| *s == current) {
                    Some(i) if back_to_check && !self.new_steps_before_check(&route, i) => {
                        Some(Step::Pruefen)
                    }
                    Some(i) => route.get(i + 1).copied(),
                    // The step left the route through its own answers: continue at the first
                    // step not yet completed, or at the end of the route.
                    None => route
                        .iter()
                        .find(|s| !self.reached.contains(s))
                        .or(route.last())
                        .copied(),
                }
            }
        };
        if let Some(step) = target {
            self.move_to(step);
        }
    }

    /// Whether a change made from the check page brought in steps the person has not seen yet.
    fn new_steps_before_check(&self, route: &[Step], from: usize) -> bool {
        route[from + 1..]
            .iter()
            .take_while(|s| **s != Step::Pruefen)
            .any(|s| !self.reached.contains(s))
    }

    fn move_to(&mut self, step: Step) {
        if step == Step::Pruefen {
            self.return_to_check = false;
        }
        self.errors.clear();
        self.reached.insert(step);
        self.current = step;
    }

    fn back(&mut self) {
        if self.submission.is_some() {
            let i = AFTER_SUBMISSION.iter().position(|s| *s == self.current);
            if let Some(i) = i.filter(|i| *i > 0) {
                self.current = AFTER_SUBMISSION[i - 1];
            }
            return;
        }
        let route = self.route();
        let target = match route.iter().position(|s| *s == self.current) {
            Some(0) => Some(Step::Start),
            Some(i) => Some(route[i - 1]),
            None => route
                .iter()
                .rev()
                .find(|s| self.reached.contains(s))
                .copied(),
        };
        if let Some(step) = target {
            self.errors.clear();
            self.current = step;
        }
    }

    fn go_to(&mut self, step: Step) {
        // Going to where one already is changes nothing (the URL echoing a step change must not
        // forget that the person came from the check page).
        if step == self.current {
            return;
        }
        if self.submission.is_some() {
            // After submission only its own pages can be visited; the answers are fixed.
            if step.is_after_submission() {
                self.reached.insert(step);
                self.current = step;
            }
            return;
        }
        if !self.reached.contains(&step) {
            return;
        }
        if step != Step::Start && !self.route().contains(&step) {
            return;
        }
        self.return_to_check = self.current == Step::Pruefen && step != Step::Pruefen;
        self.errors.clear();
        self.current = step;
    }

    fn submit(&mut self) {
        if self.current != Step::Erklaerungen || self.submission.is_some() {
            return;
        }
        let route = self.route();
        for step in &route {
            let errors = self.check_step(*step);
            if !errors.is_empty() {
                self.current = *step;
                self.errors = errors;
                return;
            }
        }
        let antrag = pruned(&self.antrag, self.today);
        let forms = required_forms(&antrag, self.today);
        let referenz = reference_number(&antrag, self.today);
        let wirkt_ab = antrag.wirkt_ab(self.today);
        self.submission = Some(Submission {
            antrag,
            forms,
            eingang: self.today,
            wirkt_ab,
            referenz,
            nachweise_vorhanden: BTreeSet::new(),
        });
        self.move_to(Step::Bestaetigung);
    }
}

/// Text that could not be read, kept as typed up to `MAX_PENDING` characters (the message asks
/// for far less; the bound keeps every page storable).
fn as_typed(raw: &str) -> String {
    raw.chars().take(super::validate::MAX_PENDING).collect()
}

/// The answers as they are submitted: only what the questions of the current route ask. Answers
/// in branches that no longer apply (a partner who was removed, the cost of a home that is not
/// claimed, amounts of unticked income) are dropped here and only here.
pub fn pruned(a: &Antrag, today: Date) -> Antrag {
    let mut source = a.clone();
    let mut out = Antrag::default();
    for step in route(a, today) {
        for q in questions(step, a, today) {
            let (Some(from), Some(mut to)) = (source.slot(q.field), out.slot(q.field)) else {
                continue;
            };
            to.copy_from(&from);
        }
    }
    out
}

/// A reference number made on this device from the answers and the date (FNV-1a): the same
/// application gives the same number, and nothing needs to be asked of a server.
fn reference_number(a: &Antrag, today: Date) -> String {
    let text = serde_json::to_string(a).unwrap_or_default();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes().chain(today.to_german().bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let code = format!("{:08X}", hash as u32);
    format!("SIM-{}-{}-{}", today.year, &code[..4], &code[4..])
}
