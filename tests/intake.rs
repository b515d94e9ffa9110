//! A loaded copy (browser storage or an import file) is taken like typed input: what the form
//! would refuse is refused, by name, and nothing half-read is handed on. The crafted files of the
//! tester's report, each against the export of a real persona, and a property test: whatever the
//! decoder accepts, the form itself accepts on every page.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use antragssimulator::domain::antrag::Key;
use antragssimulator::domain::flow::Walkthrough;
use antragssimulator::domain::intake;
use antragssimulator::domain::personas;
use antragssimulator::domain::questions::Kind;
use antragssimulator::domain::questions::{kind_of, questions};
use antragssimulator::domain::validate::{parse_answer, write, Value as Answer};
use antragssimulator::storage::{decode, export, ImportError};
use common::today;
use proptest::prelude::*;
use serde_json::{json, Value};

fn sent(id: &str) -> Value {
    let w = personas::by_id(id).expect("persona").play(today());
    serde_json::from_str(&export(&w)).expect("export is JSON")
}

fn read(doc: &Value) -> Result<Walkthrough, ImportError> {
    decode(&doc.to_string(), today())
}

/// Set the value at a JSON pointer, refusing (in the test) a path that does not exist.
fn with(mut doc: Value, pointer: &str, value: Value) -> Value {
    *doc.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer} in the export")) = value;
    doc
}

/// The refusal's words, which must name the place.
fn refused(doc: &Value, names: &str) {
    match read(doc) {
        Err(ImportError::Invalid(reason)) => {
            assert!(reason.contains(names), "{names}: {reason}")
        }
        other => panic!("{names}: expected a refusal naming it, got {other:?}"),
    }
}

#[test]
fn a_real_export_reads_back_unchanged() {
    for p in personas::all() {
        let w = p.play(today());
        assert_eq!(decode(&export(&w), today()).as_ref(), Ok(&w), "{}", p.id);
    }
}

#[test]
fn the_crafted_files_of_the_report_are_refused_by_name() {
    let doc = sent("familie-aufstocker");
    let a = "/walkthrough/antrag";
    let grundmiete = format!("{a}/wohnung/grundmiete");
    refused(&with(doc.clone(), &grundmiete, json!(-100)), "grundmiete");
    refused(
        &with(doc.clone(), &grundmiete, json!(i64::MAX)),
        "grundmiete",
    );
    refused(
        &with(doc.clone(), &grundmiete, json!(i64::MIN)),
        "grundmiete",
    );
    let birth = format!("{a}/antragsteller/geburtsdatum");
    refused(
        &with(
            doc.clone(),
            &birth,
            json!({"year": 2026, "month": 13, "day": 45}),
        ),
        "antragsteller-geburtsdatum",
    );
    refused(
        &with(
            doc.clone(),
            &birth,
            json!({"year": 2147483647, "month": 1, "day": 1}),
        ),
        "antragsteller-geburtsdatum",
    );
    let name = format!("{a}/antragsteller/vorname");
    refused(
        &with(doc.clone(), &name, json!("x".repeat(100_000))),
        "antragsteller-vorname",
    );
    for bad in [
        "Jo\u{0}nas",
        "Jo\u{202E}nas",
        "Jo\u{200B}nas",
        "Jo\u{FEFF}nas",
    ] {
        refused(
            &with(doc.clone(), &name, json!(bad)),
            "antragsteller-vorname",
        );
    }
    refused(
        &with(doc.clone(), &format!("{a}/anzahl_kinder"), json!(65535)),
        "anzahl-kinder",
    );
    let forms = sent("familie-aufstocker")["walkthrough"]["submission"]["forms"][0].clone();
    refused(
        &with(
            doc.clone(),
            "/walkthrough/submission/forms",
            json!(vec![forms; 5000]),
        ),
        "submission.forms",
    );
    // 60,000 ticked documents do not fit into an export; 2,000 do, and name none of the list.
    let ticks = |n: usize| json!((0..n).map(|i| format!("nachweis-{i}")).collect::<Vec<_>>());
    let pointer = "/walkthrough/submission/nachweise_vorhanden";
    assert_eq!(
        read(&with(doc.clone(), pointer, ticks(60_000))),
        Err(ImportError::TooLarge)
    );
    refused(
        &with(doc.clone(), pointer, ticks(2_000)),
        "submission.nachweise_vorhanden",
    );
    // A journal saying 4294967295 minutes.
    let journal = with(doc.clone(), "/walkthrough/journal/started_ms", json!(0.0));
    refused(
        &with(
            journal,
            "/walkthrough/journal/submitted_ms",
            json!(4_294_967_295.0 * 60_000.0),
        ),
        "journal",
    );
    let long = json!("ä".repeat(20_000));
    refused(
        &with(
            doc.clone(),
            "/walkthrough/pending",
            json!({"antragsteller-vorname": long}),
        ),
        "pending.antragsteller-vorname",
    );
    refused(
        &with(
            doc.clone(),
            "/walkthrough/pending",
            json!({"kind-60000-vorname": "x"}),
        ),
        "pending.kind-60000-vorname",
    );
    let kinder = doc["walkthrough"]["antrag"]["kinder"][0].clone();
    refused(
        &with(doc.clone(), &format!("{a}/kinder"), json!(vec![kinder; 13])),
        "antrag.kinder",
    );
    // The role is a closed set of names: the reading itself refuses an unknown one, by its value.
    refused(
        &with(doc.clone(), "/walkthrough/rolle", json!("erfunden")),
        "„erfunden“",
    );
    refused(
        &with(
            doc.clone(),
            "/walkthrough/today",
            json!({"year": 2027, "month": 6, "day": 1}),
        ),
        "today",
    );
}

#[test]
fn duplicate_keys_are_refused_whatever_their_order() {
    let text = export(
        &personas::by_id("allein-ohne-einkommen")
            .expect("persona")
            .play(today()),
    );
    let doubled = text.replacen("{\"schema\":3,", "{\"schema\":99,\"schema\":3,", 1);
    assert_eq!(
        decode(&doubled, today()),
        Err(ImportError::Invalid(
            "Sie enthält das Feld „schema“ mehrmals".into()
        ))
    );
    let nested = text.replacen("\"vorname\":", "\"vorname\":\"Eve\",\"vorname\":", 1);
    assert!(
        matches!(decode(&nested, today()), Err(ImportError::Invalid(r)) if r.contains("vorname"))
    );
}

/// What the decoder accepted, the form accepts: every answered question of every page of its route
/// (and of the submitted answers) reads its own display back through the form's parser.
fn form_accepts(w: &Walkthrough) -> Result<(), String> {
    let mut sets = vec![(w.antrag.clone(), w.today)];
    if let Some(s) = &w.submission {
        sets.push((s.antrag.clone(), s.eingang));
    }
    for (antrag, day) in sets {
        for step in antragssimulator::domain::step::route(&antrag, day) {
            for q in questions(step, &antrag, day) {
                let shown = antrag.display(q.field);
                if shown.is_empty() {
                    continue;
                }
                // A due date is held to the day it could have been typed (see intake::checked_on).
                let on = intake::checked_on(&q.kind, &shown, day);
                if let Err(e) = parse_answer(q.field, &q.kind, &shown, on) {
                    return Err(format!("{}: {shown:?}: {}", q.field, e.text().german()));
                }
            }
        }
    }
    Ok(())
}

/// Leaves of a JSON document, as pointers.
fn leaves(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, v)| leaves(v, format!("{at}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| leaves(v, format!("{at}/{i}"), out)),
        _ => out.push(at),
    }
}

fn odd_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u16>().prop_map(Value::from),
        (-1.0e18..1.0e18f64).prop_map(Value::from),
        any::<bool>().prop_map(Value::from),
        "\\PC{0,40}".prop_map(Value::from),
        Just(Value::from("x".repeat(250))),
        Just(Value::from("Anna\u{202E}")),
        Just(Value::from("Anna\u{200B}")),
        Just(Value::from("  Anna  ")),
        Just(Value::from("ja")),
        Just(Value::Null),
        Just(json!({"year": 2026, "month": 2, "day": 30})),
        Just(json!({"year": 1800, "month": 1, "day": 1})),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn whatever_the_decoder_accepts_the_form_accepts(
        persona in 0usize..100,
        changes in prop::collection::vec((any::<prop::sample::Index>(), odd_value()), 1..4),
    ) {
        let all = personas::all();
        let p = &all[persona % all.len()];
        let mut doc: Value = serde_json::from_str(&export(&p.play(today()))).expect("json");
        for (at, value) in changes {
            let mut paths = Vec::new();
            leaves(&doc, String::new(), &mut paths);
            let path = at.get(&paths).clone();
            if let Some(slot) = doc.pointer_mut(&path) {
                *slot = value;
            }
        }
        if let Ok(w) = read(&doc) {
            prop_assert_eq!(form_accepts(&w), Ok(()));
        }
    }
}

#[test]
fn every_question_asks_its_field_the_way_kind_of_says() {
    // Each persona's walk, page by page, with and without its answers.
    for p in personas::all() {
        let w = p.play(today());
        let antrag = w.submission.as_ref().map_or(&w.antrag, |s| &s.antrag);
        for step in antragssimulator::domain::step::route(antrag, today()) {
            for q in questions(step, antrag, today()) {
                assert_eq!(q.kind, kind_of(q.field), "{} on {step:?}", q.field);
            }
        }
    }
    // The same households with every yes/no about a person, the home and the partner answered
    // "ja" and every box ticked, so that the questions asked only after a "ja" appear too.
    for p in personas::all() {
        let w = p.play(today());
        let mut a = w
            .submission
            .as_ref()
            .map_or(w.antrag.clone(), |s| s.antrag.clone());
        for _ in 0..3 {
            for step in antragssimulator::domain::step::route(&a.clone(), today()) {
                for q in questions(step, &a.clone(), today()) {
                    let about_vorpruefung = q.field.person.is_none()
                        && !matches!(q.field.key, Key::Wohnkosten | Key::HatPartner);
                    let value = match q.kind {
                        Kind::YesNo if !about_vorpruefung => Answer::Flag(true),
                        Kind::Check => Answer::Check(true),
                        _ => continue,
                    };
                    if let Some(mut slot) = a.slot(q.field) {
                        write(&mut slot, value);
                    }
                }
            }
        }
        for step in antragssimulator::domain::step::route(&a, today()) {
            for q in questions(step, &a, today()) {
                assert_eq!(q.kind, kind_of(q.field), "{} on {step:?}", q.field);
            }
        }
    }
}

/// Money in the calculation saturates: even amounts no form accepts (built here directly, past
/// the intake) never wrap around into a plausible-looking or negative claim, nor panic.
#[test]
fn extreme_amounts_never_wrap_around_in_the_bescheid() {
    use antragssimulator::domain::bescheid::{berechne, Optionen};
    use antragssimulator::domain::choices::{Betrag, EinkommensArt};
    use antragssimulator::domain::money::Cents;
    use antragssimulator::domain::rules::rechtsstand::ALL;
    for p in personas::all() {
        let w = p.play(today());
        let Some(s) = w.submission.as_ref() else {
            continue;
        };
        for extreme in [Cents(i64::MAX), Cents(i64::MAX / 3), Cents(i64::MIN)] {
            let mut rich = s.antrag.clone();
            rich.wohnung.grundmiete = Some(extreme);
            rich.wohnung.heizkosten = Some(extreme);
            let mut earner = rich.clone();
            earner
                .antragsteller
                .einkommen
                .arten
                .insert(EinkommensArt::Erwerb, true);
            for b in [Betrag::ErwerbBrutto, Betrag::ErwerbNetto] {
                earner
                    .antragsteller
                    .einkommen
                    .betraege
                    .insert(b, Some(extreme));
            }
            for r in ALL.iter() {
                for (label, a) in [("costs", &rich), ("costs and income", &earner)] {
                    let b = berechne(a, s.eingang, r, Optionen::default());
                    assert!(b.anspruch >= Cents::ZERO, "{} {label} {extreme:?}", p.id);
                    let sum: i128 = b.personen.iter().map(|x| i128::from(x.anspruch.0)).sum();
                    assert!(sum <= i128::from(i64::MAX), "{} {label}", p.id);
                }
            }
        }
    }
}
