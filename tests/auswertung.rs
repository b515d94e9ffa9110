//! The kiosk's anonymous tally: it counts walks, never what was typed in them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use antragssimulator::domain::auswertung::{Auswertung, Stand};
use antragssimulator::domain::flow::{Event, Walkthrough};
use antragssimulator::domain::personas;
use antragssimulator::domain::questions::questions;
use antragssimulator::domain::rolle::Rolle;
use antragssimulator::domain::step::Step;
use common::{autopilot, today, valid_value};
use proptest::prelude::*;

/// Values a person might type, each recognisable in the tally's JSON if it ever got there: a
/// name-like text, an amount, a date of birth, an IBAN-like string.
fn marked(seed: u16) -> String {
    match seed % 4 {
        0 => format!("Qz{seed}Xv"),
        1 => "98765,43".into(),
        2 => "17.03.1987".into(),
        _ => format!("DE00QZ{seed}"),
    }
}

fn leaked(json: &str) -> Option<&'static str> {
    ["Qz", "QZ", "98765", "1987", "DE00"]
        .into_iter()
        .find(|m| json.contains(m))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Random walks with random typing, resets and roles, recorded step by step as the kiosk
    /// records them: the tally's JSON holds none of the typed values, and its counts agree.
    #[test]
    fn no_typed_value_reaches_the_tally(
        ops in prop::collection::vec((any::<u8>(), any::<u16>()), 0..200),
    ) {
        let mut w = Walkthrough::new(today());
        let mut tally = Auswertung::default();
        let mut stand = Stand::von(&w);
        for (op, seed) in ops {
            match op % 9 {
                0..=2 => {
                    for q in questions(w.current, &w.antrag, w.today) {
                        let value = if seed % 3 == 0 { valid_value(&q, w.today) } else { marked(seed) };
                        w.apply(Event::Answer { field: q.field, value });
                    }
                }
                3 | 4 => w.apply(Event::Next),
                5 => w.apply(Event::Back),
                6 => {
                    // A walk completed as a careful person would, then sent.
                    autopilot(&mut w);
                }
                7 => {
                    let roles = personas::all();
                    w.apply(Event::Rolle(Some(roles[usize::from(seed) % roles.len()].id)));
                }
                _ => w.apply(Event::Reset),
            }
            stand = tally.erfasse(&stand, &w);
        }
        let json = serde_json::to_string(&tally).expect("the tally serialises");
        prop_assert_eq!(leaked(&json), None, "{}", json);
        prop_assert!(tally.ausstiege <= tally.begonnen, "an exit counted twice in a walk");
        prop_assert!(tally.abgeschickt <= tally.begonnen);
        prop_assert_eq!(tally.rollen.iter().map(|(_, n)| n).sum::<u32>(), tally.begonnen);
        prop_assert_eq!(tally.seiten.len() as u32, tally.abgeschickt);
        let back: Auswertung = serde_json::from_str(&json).expect("reads back");
        prop_assert_eq!(back, tally);
    }
}

/// The kiosk as the app runs it: every change of the walk is shown to the tally.
struct Device {
    w: Walkthrough,
    tally: Auswertung,
    stand: Stand,
}

impl Device {
    fn send(&mut self, e: Event) {
        self.w.apply(e);
        self.stand = self.tally.erfasse(&self.stand, &self.w);
    }

    /// A whole walk arrives at once (a role played to the end).
    fn replace(&mut self, w: Walkthrough) {
        self.w = w;
        self.stand = self.tally.erfasse(&self.stand, &self.w);
    }
}

/// Three walks on one device: one sent with a role, one at an exit after an error, one left
/// half-way and wiped. Each is counted once, with its detours.
#[test]
fn three_walks_are_counted_once_each() {
    let mut d = Device {
        w: Walkthrough::new(today()),
        tally: Auswertung::default(),
        stand: Stand::default(),
    };
    // 1: a role, played to the end.
    let role = personas::by_id("allein-ohne-einkommen").expect("persona");
    let mut played = role.play(today());
    played.journal.pages_shown = 12;
    played.rolle = Some(role.id);
    assert!(played.submission.is_some());
    d.replace(played);
    d.send(Event::Reset);
    // 2: own answers, an error on the first page, then an exit (a child under 15).
    d.send(Event::Next);
    d.send(Event::Next);
    let q = questions(d.w.current, &d.w.antrag, d.w.today)
        .into_iter()
        .next()
        .expect("a question");
    d.send(Event::Answer {
        field: q.field,
        value: "01.01.2016".into(),
    });
    d.send(Event::Next);
    assert!(d.w.current.is_exit(), "{:?}", d.w.current);
    d.send(Event::Back);
    d.send(Event::Next);
    d.send(Event::Reset);
    // 3: begun and wiped.
    d.send(Event::Next);
    d.send(Event::Reset);

    let tally = &d.tally;
    assert_eq!(tally.begonnen, 3, "{tally:?}");
    assert_eq!(tally.abgeschickt, 1);
    assert_eq!(
        tally.ausstiege, 1,
        "an exit seen twice in one walk counts once"
    );
    assert_eq!(tally.abgebrochen(), 1);
    assert_eq!(tally.seiten, [12]);
    assert_eq!(tally.fehler, [(Step::Alter, 1)]);
    assert!(tally.zurueck.iter().any(|(s, n)| s.is_exit() && *n == 1));
    assert_eq!(
        tally.rollen,
        [(Some(Rolle::AlleinOhneEinkommen), 1), (None, 2)]
    );
    assert!(!tally.ist_leer());
    assert!(Auswertung::default().ist_leer());
}
