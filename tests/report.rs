//! The experience report counts what the walk really took.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use antragssimulator::domain::flow::{Event, Walkthrough};
use antragssimulator::domain::personas;
use antragssimulator::domain::questions::{answers_summary, questions};
use antragssimulator::domain::report::erfahrungsbericht;
use antragssimulator::domain::rolle::Rolle;
use antragssimulator::domain::step::Step;
use antragssimulator::i18n::Text;
use common::today;

/// Play a role page by page, going back once from the third page and pressing "Weiter" once
/// on the first page before answering it; the clock advances 10 s per event.
fn walk_with_detours(id: &str) -> Walkthrough {
    let role = personas::by_id(id).expect("persona");
    let mut w = Walkthrough::new(today());
    let mut clock = 1_000_000.0;
    let mut send = |w: &mut Walkthrough, e: Event| {
        w.apply(e);
        clock += 10_000.0;
        w.stamp(clock);
    };
    send(&mut w, Event::Rolle(Some(role.id)));
    assert_eq!(w.current, Step::Alter, "choosing a role starts the walk");
    send(&mut w, Event::Next); // nothing answered yet: an error on "Ihr Alter"
    let mut went_back = false;
    for _ in 0..80 {
        if w.current.is_after_submission() {
            break;
        }
        for _ in 0..3 {
            for q in questions(w.current, &w.antrag, w.today) {
                if let Some(v) = role.answer_to(&q) {
                    send(
                        &mut w,
                        Event::Answer {
                            field: q.field,
                            value: v.into(),
                        },
                    );
                }
            }
        }
        if w.current == Step::Aufenthalt && !went_back {
            went_back = true;
            send(&mut w, Event::Back);
            continue;
        }
        let e = if w.current == Step::Erklaerungen {
            Event::Submit
        } else {
            Event::Next
        };
        send(&mut w, e);
    }
    w
}

#[test]
fn report_counts_questions_pages_forms_documents_time_and_detours() {
    let w = walk_with_detours("allein-ohne-einkommen");
    let r = erfahrungsbericht(&w).expect("sent");
    let s = w.submission.as_ref().expect("sent");
    // Questions: every answer the check page lists as given.
    let given = answers_summary(&s.antrag, s.eingang)
        .iter()
        .flat_map(|sec| sec.rows.iter())
        // A group of boxes left empty (no other benefits) is shown, but nothing was answered.
        .filter(|row| {
            !matches!(
                row.value.german().as_str(),
                "Nicht angegeben" | "Nichts ausgewählt"
            )
        })
        .count();
    // … plus the three declarations, which the check page does not repeat.
    let declarations = questions(Step::Erklaerungen, &s.antrag, s.eingang).len();
    assert_eq!(declarations, 3);
    assert_eq!(r.fragen, given + declarations);
    assert!(r.fragen > 30, "{}", r.fragen);
    assert_eq!(r.seiten, 15);
    // 15 pages forward, one back and forward again, plus the confirmation.
    assert_eq!(r.seiten_angezeigt, 15 + 2 + 1);
    assert_eq!(
        r.formulare
            .iter()
            .map(|(n, _)| n.german())
            .collect::<Vec<_>>(),
        vec![
            "Hauptantrag",
            "Anlage KDU",
            "Anlage EK – Jonas",
            "Anlage VM"
        ]
    );
    assert_eq!(r.papierseiten(), (8, 3));
    assert_eq!(
        r.nachweise,
        antragssimulator::domain::checklist::checklist(&s.antrag, s.eingang).len()
    );
    let german = |list: &[(Text, u32)]| {
        list.iter()
            .map(|(page, n)| (page.german(), *n))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        german(&r.zurueck),
        vec![("Ihr Aufenthalt in Deutschland".to_string(), 1)]
    );
    assert_eq!(german(&r.fehler), vec![("Ihr Alter".to_string(), 1)]);
    let m = r.minuten.expect("timed");
    assert!((2..=30).contains(&m), "{m} minutes");
}

#[test]
fn the_browsers_back_button_and_changes_from_the_check_page_count_as_going_back() {
    let mut w = personas::by_id("allein-ohne-einkommen")
        .expect("persona")
        .play(today());
    w.submission = None;
    w.current = Step::Pruefen;
    w.apply(Event::GoTo(Step::Wohnkosten));
    assert_eq!(w.journal.backs, vec![(Step::Pruefen, 1)]);
    w.apply(Event::Next);
    assert_eq!(w.current, Step::Pruefen);
    // Going forward by URL is not going back.
    let mut fresh = Walkthrough::new(today());
    fresh.apply(Event::Next);
    fresh.apply(Event::GoTo(Step::Start));
    fresh.apply(Event::GoTo(Step::Alter));
    assert_eq!(fresh.journal.backs, vec![(Step::Alter, 1)]);
}

#[test]
fn no_report_before_sending_and_a_reset_forgets_the_journal() {
    let mut w = Walkthrough::new(today());
    w.apply(Event::Next);
    w.apply(Event::Next);
    assert!(erfahrungsbericht(&w).is_none());
    assert_eq!(w.journal.errors.len(), 1);
    w.apply(Event::Reset);
    assert_eq!(w, Walkthrough::new(today()));
}

#[test]
fn an_unknown_role_cannot_be_named() {
    // A link's `?rolle=` and a stored copy are the only ways a role's name comes in as text;
    // an unknown name is no role at all, so the walkthrough never holds one.
    assert_eq!(Rolle::from_slug("gibt-es-nicht"), None);
    let mut stored = serde_json::to_value(Walkthrough::new(today())).expect("serialises");
    stored["rolle"] = serde_json::Value::from("gibt-es-nicht");
    assert!(serde_json::from_value::<Walkthrough>(stored.clone()).is_err());
    stored["rolle"] = serde_json::Value::from("studentin");
    let w: Walkthrough = serde_json::from_value(stored).expect("a known role reads back");
    assert_eq!(w.rolle, Some(Rolle::Studentin));
}

/// The report names where the documents come from, each office once; every document of every
/// role has a named source except the few that can come from anywhere.
#[test]
fn report_names_the_offices_the_documents_come_from() {
    use antragssimulator::domain::report::Stelle;
    let open_ended = [
        "andere-leistungen",
        "ansprueche-dritte",
        "einkommen-sonstiges",
        "vermoegen-kfz",
        "vermoegen-immobilie",
        "vermoegen-sonstiges",
    ];
    for p in personas::all() {
        let w = walk_with_detours(p.id.slug());
        let Some(r) = erfahrungsbericht(&w) else {
            continue;
        };
        let s = w.submission.as_ref().expect("sent");
        assert!(
            r.stellen.contains(&Stelle::Bank),
            "{:?}: bank statements",
            p.id
        );
        let mut sorted = r.stellen.clone();
        sorted.dedup();
        assert_eq!(sorted, r.stellen, "each office once");
        for n in s.checklist() {
            let doc = n.id.split('/').next().unwrap_or_default().to_string();
            let stelle = Stelle::fuer_nachweis(&n.id);
            assert!(r.stellen.contains(&stelle));
            if !open_ended.contains(&doc.as_str()) {
                assert_ne!(stelle, Stelle::AndereStellen, "{doc} has no named source");
            }
        }
        // The detours of this walk (an error on the first page, one step back) each suggest help.
        assert!(r.hilfen.len() >= 3, "{:?}: {:?}", p.id, r.hilfen);
    }
}
