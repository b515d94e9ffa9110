//! The pages after the mock submission (confirmation, Bescheid, checklist), the ticked documents,
//! and which forms are done while the walkthrough goes on.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use antragssimulator::domain::antrag::PersonRef;
use antragssimulator::domain::flow::{Event, Walkthrough};
use antragssimulator::domain::form_progress::{form_progress, steps_of, FormStatus};
use antragssimulator::domain::forms::Form;
use antragssimulator::domain::personas;
use antragssimulator::domain::personas::Persona;
use antragssimulator::domain::questions::questions;
use antragssimulator::domain::step::Step;
use common::today;

/// Answer the current page as `role` would and press "Weiter"; the step must be left.
fn complete_page(w: &mut Walkthrough, role: &Persona) {
    for _ in 0..3 {
        for q in questions(w.current, &w.antrag, w.today) {
            if let Some(v) = role.answer_to(&q) {
                w.apply(Event::Answer {
                    field: q.field,
                    value: v.into(),
                });
            }
        }
    }
    let before = w.current;
    w.apply(Event::Next);
    assert_ne!(w.current, before, "stuck on {before:?}: {:?}", w.errors);
}

fn submitted(id: &str) -> Walkthrough {
    let w = personas::by_id(id).expect("persona").play(today());
    assert_eq!(
        w.current,
        Step::Bestaetigung,
        "{id} reaches the confirmation"
    );
    w
}

#[test]
fn after_submission_next_and_back_move_between_its_own_pages_only() {
    let mut w = submitted("allein-ohne-einkommen");
    w.apply(Event::Back);
    assert_eq!(
        w.current,
        Step::Bestaetigung,
        "no way back into the sent form"
    );
    w.apply(Event::Next);
    assert_eq!(w.current, Step::Bescheid);
    w.apply(Event::Next);
    assert_eq!(w.current, Step::Nachweise);
    w.apply(Event::Next);
    assert_eq!(w.current, Step::Bericht);
    w.apply(Event::Next);
    assert_eq!(w.current, Step::Bericht, "the report is the last page");
    w.apply(Event::Back);
    w.apply(Event::Back);
    assert_eq!(w.current, Step::Bescheid);
    w.apply(Event::GoTo(Step::Pruefen));
    assert_eq!(
        w.current,
        Step::Bescheid,
        "the check page is closed after sending"
    );
    w.apply(Event::GoTo(Step::Bestaetigung));
    assert_eq!(w.current, Step::Bestaetigung);
    w.apply(Event::GoTo(Step::Nachweise));
    assert_eq!(w.current, Step::Nachweise);
}

#[test]
fn answers_are_fixed_once_sent() {
    let mut w = submitted("allein-ohne-einkommen");
    let before = w.submission.clone();
    let antrag = w.antrag.clone();
    w.apply(Event::GoTo(Step::Personalien));
    w.apply(Event::Answer {
        field: "antragsteller-vorname".parse().expect("field"),
        value: "Eve".into(),
    });
    assert_eq!(w.antrag, antrag);
    assert_eq!(w.submission, before);
}

#[test]
fn ticked_documents_are_kept_by_id_and_can_be_unticked() {
    let mut w = submitted("alleinerziehend-minijob");
    w.apply(Event::GoTo(Step::Nachweise));
    let tick = |w: &mut Walkthrough, id: &str, vorhanden: bool| {
        w.apply(Event::Nachweis {
            id: id.into(),
            vorhanden,
        })
    };
    tick(&mut w, "kontoauszuege/antragsteller", true);
    tick(&mut w, "ausweis/antragsteller", true);
    tick(&mut w, "kontoauszuege/antragsteller", false);
    // A document this application does not need cannot be ticked.
    tick(&mut w, "mutterpass/antragsteller", true);
    tick(&mut w, "erfunden", true);
    let ticked: Vec<String> = w
        .submission
        .as_ref()
        .expect("sent")
        .nachweise_vorhanden
        .iter()
        .cloned()
        .collect();
    assert_eq!(ticked, vec!["ausweis/antragsteller".to_string()]);
    // Before submission there is no checklist to tick.
    let mut fresh = Walkthrough::new(today());
    tick(&mut fresh, "ausweis/antragsteller", true);
    assert_eq!(fresh, Walkthrough::new(today()));
}

#[test]
fn checklist_ids_are_unique_for_every_persona() {
    for p in personas::all() {
        let w = p.play(today());
        let Some(s) = w.submission.as_ref() else {
            continue;
        };
        let list = s.checklist();
        let ids: std::collections::BTreeSet<&str> = list.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids.len(), list.len(), "{}", p.id);
    }
}

#[test]
fn every_form_of_every_persona_is_asked_on_some_step() {
    for p in personas::all() {
        let w = p.play(today());
        if w.submission.is_none() {
            continue;
        }
        let route = w.route();
        for f in w.forms() {
            assert!(
                !steps_of(f, &route).is_empty(),
                "{}: {:?} is asked on no step of {:?}",
                p.id,
                f,
                route
            );
        }
    }
}

#[test]
fn forms_turn_done_as_their_pages_are_completed() {
    let status = |w: &Walkthrough, form: Form| {
        form_progress(w)
            .into_iter()
            .find(|(f, _)| f.form == form && f.person.is_none_or(|p| p == PersonRef::Antragsteller))
            .map(|(_, s)| s)
    };
    let role = personas::by_id("allein-ohne-einkommen").expect("persona");
    let mut w = Walkthrough::new(today());
    w.apply(Event::Next);
    assert_eq!(status(&w, Form::Hauptantrag), Some(FormStatus::InArbeit));
    assert_eq!(
        status(&w, Form::Kdu),
        None,
        "no KdU before housing costs are claimed"
    );
    // Fill every page up to the housing page: the Hauptantrag is under way, KdU starts.
    while w.current != Step::Wohnung {
        complete_page(&mut w, role);
    }
    assert_eq!(status(&w, Form::Hauptantrag), Some(FormStatus::InArbeit));
    assert_eq!(status(&w, Form::Vm), Some(FormStatus::Offen));
    while w.current != Step::Einkommen(PersonRef::Antragsteller) {
        complete_page(&mut w, role);
    }
    assert_eq!(status(&w, Form::Kdu), Some(FormStatus::Fertig));
    assert_eq!(status(&w, Form::Ek), Some(FormStatus::InArbeit));
    while w.current != Step::Erklaerungen {
        complete_page(&mut w, role);
    }
    assert_eq!(status(&w, Form::Ek), Some(FormStatus::Fertig));
    assert_eq!(status(&w, Form::Vm), Some(FormStatus::Fertig));
    assert_eq!(
        status(&w, Form::Hauptantrag),
        Some(FormStatus::InArbeit),
        "the declarations belong to the Hauptantrag"
    );
    // Going back to a completed page and breaking an answer makes its form not done.
    w.apply(Event::GoTo(Step::Wohnkosten));
    w.apply(Event::Answer {
        field: "heizkosten".parse().expect("field"),
        value: "viel".into(),
    });
    w.apply(Event::GoTo(Step::Pruefen));
    assert_eq!(w.current, Step::Pruefen);
    assert_eq!(status(&w, Form::Kdu), Some(FormStatus::InArbeit));
}
