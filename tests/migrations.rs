//! Saved data from every earlier version of the stored format still loads: each fixture under
//! tests/fixtures/ was written by that version's code (storage-v1-*.json by the commit before
//! schema 2) and is migrated step by step to the current format.
#![cfg(not(target_arch = "wasm32"))]

use antragssimulator::domain::antrag::PersonRef;
use antragssimulator::domain::date::Date;
use antragssimulator::domain::flow::Walkthrough;
use antragssimulator::domain::step::Step;
use antragssimulator::storage::{export, ImportError, SCHEMA};

/// Read as the app does, on a fixed day after every fixture was written.
fn decode(text: &str) -> Result<Walkthrough, ImportError> {
    antragssimulator::storage::decode(text, Date::new(2026, 12, 6).expect("date"))
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/{name}")).expect(name)
}

fn fixtures() -> Vec<(u32, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("tests/fixtures").expect("tests/fixtures") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .to_string();
        if let Some(rest) = name.strip_prefix("storage-v") {
            let version: u32 = rest
                .split('-')
                .next()
                .and_then(|v| v.parse().ok())
                .expect("version");
            out.push((version, name));
        }
    }
    out.sort();
    out
}

#[test]
fn every_past_version_has_a_fixture() {
    let versions: Vec<u32> = fixtures().iter().map(|(v, _)| *v).collect();
    for v in 1..SCHEMA {
        assert!(
            versions.contains(&v),
            "no fixture of stored format version {v}"
        );
    }
}

#[test]
fn every_fixture_loads_and_survives_a_save() {
    for (version, name) in fixtures() {
        let text = fixture(&name);
        assert!(text.contains(&format!("\"schema\": {version}")), "{name}");
        let w = decode(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        // Saved again, it is the current version and reads back the same.
        let again = export(&w);
        let schema =
            serde_json::from_str::<serde_json::Value>(&again).map(|doc| doc["schema"].clone());
        assert_eq!(schema.ok(), Some(serde_json::Value::from(SCHEMA)), "{name}");
        assert_eq!(decode(&again), Ok(w), "{name}");
    }
}

#[test]
fn version_1_half_way_keeps_the_page_and_what_was_typed() {
    let w: Walkthrough = decode(&fixture("storage-v1-halb.json")).expect("loads");
    assert_eq!(w.current, Step::Person(PersonRef::Partner));
    assert_eq!(
        w.display("partner-geburtsdatum".parse().expect("field")),
        "31.02.1990"
    );
    assert_eq!(w.antrag.antragsteller.vorname, "Murat");
    assert_eq!(w.antrag.anschrift.wohnort, "Ingelheim am Rhein");
    assert_eq!(w.rolle, None);
    assert_eq!(w.journal.pages_shown, 0);
    assert!(w.submission.is_none());
}

#[test]
fn version_1_sent_keeps_the_submission_and_gains_an_empty_checklist() {
    let w = decode(&fixture("storage-v1-gesendet.json")).expect("loads");
    let s = w.submission.as_ref().expect("sent");
    assert!(s.referenz.starts_with("SIM-2026-"));
    assert_eq!(s.eingang.to_german(), "20.11.2026");
    assert!(s.nachweise_vorhanden.is_empty());
    assert_eq!(w.current, Step::Bestaetigung);
    assert_eq!(s.antrag.kinder.len(), 2);
}

#[test]
fn unknown_fields_and_future_versions_are_refused_with_a_reason() {
    let text =
        fixture("storage-v1-halb.json").replacen("\"current\"", "\"hacked\": 1, \"current\"", 1);
    assert_eq!(
        decode(&text),
        Err(ImportError::Invalid(
            "Sie enthält das unbekannte Feld „hacked“".into()
        ))
    );
    let future = fixture("storage-v1-halb.json").replacen("\"schema\": 1", "\"schema\": 99", 1);
    assert_eq!(decode(&future), Err(ImportError::OtherVersion(99)));
    let zero = fixture("storage-v1-halb.json").replacen("\"schema\": 1", "\"schema\": 0", 1);
    assert_eq!(decode(&zero), Err(ImportError::OtherVersion(0)));
}

#[test]
fn a_crafted_file_cannot_put_the_person_on_an_impossible_page() {
    let mut doc: serde_json::Value =
        serde_json::from_str(&fixture("storage-v1-halb.json")).expect("json");
    doc["walkthrough"]["current"] = serde_json::json!("Bescheid");
    let w = decode(&doc.to_string()).expect("repaired, not refused");
    assert_eq!(w.current, Step::Start, "no Bescheid without a submission");
}

#[test]
fn a_count_the_form_would_refuse_is_refused_not_cut_down() {
    let mut doc: serde_json::Value =
        serde_json::from_str(&fixture("storage-v1-halb.json")).expect("json");
    doc["walkthrough"]["antrag"]["anzahl_kinder"] = serde_json::json!(60000);
    let e = decode(&doc.to_string()).expect_err("refused");
    assert!(e.to_string().contains("anzahl-kinder"), "{e}");
}

#[test]
fn version_2_ticks_by_place_become_ticks_by_id() {
    let w = decode(&fixture("storage-v2-gesendet.json")).expect("loads");
    let s = w.submission.as_ref().expect("sent");
    let ticked: Vec<&str> = s.nachweise_vorhanden.iter().map(String::as_str).collect();
    // Places 0, 2 and 5 of that application's checklist (as version 2 showed it).
    assert_eq!(
        ticked,
        vec![
            "ausweis/antragsteller",
            "einkommen-erwerb/antragsteller",
            "kontoauszuege/antragsteller"
        ]
    );
    // Each id names a document of the checklist, under its title.
    let list = s.checklist();
    let title = |id: &str| {
        list.iter()
            .find(|n| n.id == id)
            .map(|n| n.titel.german())
            .unwrap_or_default()
    };
    assert!(title("ausweis/antragsteller").starts_with("Personalausweis"));
    assert!(title("kontoauszuege/antragsteller").starts_with("Kontoauszüge"));
    assert!(title("einkommen-erwerb/antragsteller").starts_with("Arbeitsvertrag"));
}
