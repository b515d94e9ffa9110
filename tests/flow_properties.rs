//! Property tests of the walkthrough: random sequences of events and answers never panic, never
//! lead into a dead end, keep the route free of repeats, and never let an incomplete Antrag
//! be submitted.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use antragssimulator::domain::flow::{Event, Walkthrough};
use antragssimulator::domain::questions::{exit_explanation, questions};
use antragssimulator::domain::questions::{DateRule, Kind};
use antragssimulator::domain::step::Step;
use common::{advance_to_declarations, autopilot, fill_step, today};
use proptest::prelude::*;
use std::collections::HashSet;

fn pool(kind: &Kind) -> Vec<String> {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    match kind {
        Kind::YesNo => s(&["ja", "nein", "", "vielleicht"]),
        Kind::Choice(options) => {
            let mut v: Vec<String> = options.iter().map(|(k, _)| k.to_string()).collect();
            v.extend(s(&["", "gibt-es-nicht"]));
            v
        }
        Kind::Count { .. } => s(&["0", "1", "2", "3", "13", "-1", "zwei", ""]),
        Kind::Area { .. } => s(&["68", "68 qm", "54,5 m²", "0", "1001", "-3", "groß", ""]),
        Kind::Money { .. } => s(&["0", "450", "1.234,56", "999999999999", "-5", "1e309", ""]),
        Kind::Date {
            rule: DateRule::Birth,
        } => s(&[
            "27.03.1990",
            "01.01.2015",
            "10.03.1958",
            "01.06.1975",
            "01.01.2012",
            "31.02.2000",
            "01.01.2030",
            "00.00.0000",
            "",
        ]),
        Kind::Date {
            rule: DateRule::DueDate,
        } => s(&["01.03.2027", "01.01.2020", "xx", ""]),
        Kind::Date {
            rule: DateRule::Past,
        } => s(&["01.03.2020", "01.01.2030", "01.01.1900", "xx", ""]),
        Kind::Date {
            rule: DateRule::Beginn,
        } => s(&["01.01.2027", "01.01.2020", "01.01.2029", "xx", ""]),
        Kind::Text { .. } => vec![
            "Anna".into(),
            String::new(),
            "x".repeat(300),
            "A\u{0}B".into(),
            "<script>alert(1)</script>".into(),
        ],
        Kind::Postcode => s(&["55218", "1", ""]),
        Kind::Phone => s(&["06132 1234", "abc", ""]),
        Kind::Iban => s(&["DE89 3704 0044 0532 0130 00", "DE00 1234", ""]),
        Kind::Check => s(&["ja", ""]),
    }
}

/// Turn three random numbers into an event that makes sense in the current state.
fn event_for(w: &Walkthrough, op: u8, a: u16, b: u16) -> Option<Event> {
    Some(match op % 20 {
        0..=8 => {
            let qs = questions(w.current, &w.antrag, w.today);
            let q = qs.get(usize::from(a) % qs.len().max(1))?;
            let values = pool(&q.kind);
            Event::Answer {
                field: q.field,
                value: values[usize::from(b) % values.len()].clone(),
            }
        }
        9..=11 => Event::Next,
        12..=13 => Event::Back,
        14..=15 => {
            let reached: Vec<Step> = w.reached.iter().copied().collect();
            Event::GoTo(reached[usize::from(a) % reached.len()])
        }
        16..=17 => Event::Submit,
        18 if b.is_multiple_of(9) => Event::Reset,
        18 => {
            let ids: Vec<String> = w
                .submission
                .as_ref()
                .map(|s| s.checklist().into_iter().map(|n| n.id).collect())
                .unwrap_or_default();
            Event::Nachweis {
                id: ids
                    .get(usize::from(a) % ids.len().max(1))
                    .cloned()
                    .unwrap_or_else(|| "ausweis/antragsteller".into()),
                vorhanden: b.is_multiple_of(2),
            }
        }
        _ => return None,
    })
}

fn check_invariants(w: &Walkthrough) -> Result<(), TestCaseError> {
    let route = w.route();
    let unique: HashSet<&Step> = route.iter().collect();
    prop_assert_eq!(
        unique.len(),
        route.len(),
        "route repeats a step: {:?}",
        route
    );
    prop_assert!(
        w.current == Step::Start || w.current.is_after_submission() || route.contains(&w.current),
        "current step {:?} is not on the route {:?}",
        w.current,
        route
    );
    // The process map draws exits from `possible_exits`: every exit taken must be listed there.
    if let [.., from, Step::Ausstieg(exit)] = route.as_slice() {
        prop_assert!(
            antragssimulator::domain::step::possible_exits(*from).contains(exit),
            "{:?} leads to {:?}, which the map does not draw",
            from,
            exit
        );
    }
    if route.contains(&w.current) && !w.current.is_exit() {
        let (k, n) = w.progress().expect("progress on the route");
        prop_assert!(1 <= k && k <= n);
    }
    prop_assert_eq!(
        w.submission.is_some(),
        w.current.is_after_submission(),
        "after submission exactly its own pages are shown"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_walks_keep_every_promise(
        start_deep in any::<bool>(),
        ops in prop::collection::vec((any::<u8>(), any::<u16>(), any::<u16>()), 0..160),
    ) {
        let mut w = Walkthrough::new(today());
        if start_deep {
            // Half of the walks start on the declarations page of a completed Antrag, so that
            // changes made from there (GoTo, new answers, Submit) are explored too.
            w.apply(Event::Next);
            advance_to_declarations(&mut w);
        }
        for (op, a, b) in ops {
            if op % 20 == 19 {
                // Now and then, complete the page properly to get deeper into the route.
                fill_step(&mut w);
                continue;
            }
            let Some(event) = event_for(&w, op, a, b) else { continue };
            let before = w.clone();
            let was_complete = before.route().iter().all(|s| before.check_step(*s).is_empty());
            w.apply(event.clone());
            check_invariants(&w)?;

            match event {
                Event::Next if w.current != before.current
                    && !before.return_to_check
                    && before.current != Step::Start =>
                {
                    // Back after Next returns to the same step with the same answers.
                    let mut back = w.clone();
                    back.apply(Event::Back);
                    prop_assert_eq!(back.current, before.current);
                    prop_assert_eq!(&back.antrag, &before.antrag);
                }
                Event::Submit if before.submission.is_none() => {
                    if w.submission.is_some() {
                        prop_assert!(was_complete, "submitted although a step had errors");
                    }
                    if !was_complete {
                        prop_assert!(w.submission.is_none(), "an incomplete Antrag was submitted");
                    }
                }
                _ => {}
            }
        }
        // From wherever the walk ended, the confirmation stays reachable, or an exit explains why not.
        let end = autopilot(&mut w);
        prop_assert!(end.is_some(), "dead end at {:?}: {:?}", w.current, w.errors.iter().map(|e| e.text().german()).collect::<Vec<_>>());
        match end {
            Some(Step::Ausstieg(exit)) => {
                let (what, where_to, law) = exit_explanation(exit);
                prop_assert!(!what.german().is_empty() && !where_to.german().is_empty() && law.contains('§'));
            }
            Some(step) => {
                prop_assert_eq!(step, Step::Bestaetigung);
                prop_assert!(w.submission.is_some());
            }
            None => unreachable!(),
        }
    }

    #[test]
    fn any_text_in_any_field_never_panics(text in ".{0,64}", pick in any::<u16>()) {
        let mut w = Walkthrough::new(today());
        w.apply(Event::Next);
        for _ in 0..40 {
            let qs = questions(w.current, &w.antrag, w.today);
            if let Some(q) = qs.get(usize::from(pick) % qs.len().max(1)) {
                w.apply(Event::Answer { field: q.field, value: text.clone() });
                // What could not be read is kept exactly as typed.
                if let Some(raw) = w.pending.get(&q.field) {
                    prop_assert_eq!(raw, &text);
                }
            }
            fill_step(&mut w);
            w.apply(Event::Next);
            if w.current.is_exit() || w.current == Step::Erklaerungen {
                break;
            }
        }
    }
}
