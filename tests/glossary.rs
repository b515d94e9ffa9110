//! The glossary: every term explained with its rule, found in the app's texts at word starts
//! only, linked once per text, and the texts given back unchanged.
#![cfg(not(target_arch = "wasm32"))]

use antragssimulator::domain::bescheid::{berechne, Optionen};
use antragssimulator::domain::date::Date;
use antragssimulator::domain::glossary::{by_id, segments, Segment, BEGRIFFE};
use antragssimulator::domain::personas;
use antragssimulator::domain::questions::{exit_explanation, step_reason};
use antragssimulator::domain::rules::Rechtsstand;
use antragssimulator::domain::step::{all_exits, Step};
use std::collections::BTreeSet;

fn joined(text: &str) -> String {
    segments(text)
        .iter()
        .map(|s| match s {
            Segment::Text(t) | Segment::Term(t, _) => *t,
        })
        .collect()
}

fn linked(text: &str) -> Vec<(&str, &'static str)> {
    segments(text)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Term(word, b) => Some((word, b.id)),
            Segment::Text(_) => None,
        })
        .collect()
}

#[test]
fn every_term_has_an_address_an_explanation_and_a_rule() {
    let mut ids = BTreeSet::new();
    for b in BEGRIFFE {
        assert!(ids.insert(b.id), "{} twice", b.id);
        assert!(
            b.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{} is not URL-safe",
            b.id
        );
        assert_eq!(by_id(b.id), Some(b));
        assert!(
            b.explanation().german().len() > 60,
            "{}: explanation too short",
            b.id
        );
        assert!(b.law.contains('§'), "{}: no rule", b.id);
        assert!(!b.forms.is_empty(), "{}: nothing to find", b.id);
        // In German the term stands alone: its catalogue entry is the term itself.
        assert_eq!(
            b.translation().german(),
            b.term,
            "{}: German term differs",
            b.id
        );
        // The term itself is found where it is written.
        assert_eq!(
            linked(b.term).first().map(|(_, id)| *id),
            Some(b.id),
            "{}",
            b.term
        );
    }
    assert_eq!(by_id("gibt-es-nicht"), None);
    let terms: Vec<&str> = BEGRIFFE.iter().map(|b| b.term).collect();
    let mut sorted = terms.clone();
    sorted.sort_by_key(|t| t.to_lowercase());
    assert_eq!(terms, sorted, "listed alphabetically");
}

#[test]
fn terms_are_found_at_word_starts_whole_and_once() {
    assert_eq!(
        linked("Der Mehrbedarfe wegen und wieder ein Mehrbedarf."),
        vec![("Mehrbedarfe", "mehrbedarf")]
    );
    assert_eq!(linked("Erwerbseinkommen und Nebeneinkommen"), vec![]);
    assert_eq!(
        linked("Ihr Einkommens-Nachweis"),
        vec![("Einkommens", "einkommen")]
    );
    assert_eq!(
        linked("Kosten für Unterkunft und Heizung (§ 22)"),
        vec![("Kosten für Unterkunft und Heizung", "kdu")]
    );
    assert_eq!(
        linked("Die Regelaltersgrenze, nicht die Altersgrenze"),
        vec![("Regelaltersgrenze", "regelaltersgrenze")]
    );
    assert_eq!(
        linked("Wer erwerbsfähig ist, hat Erwerbsfähigkeit"),
        vec![("erwerbsfähig", "erwerbsfaehig")]
    );
    assert_eq!(linked(""), vec![]);
    assert_eq!(
        segments("ohne Fachwort"),
        vec![Segment::Text("ohne Fachwort")]
    );
}

/// The texts the app shows that carry terms: why a step asks, where an exit leads, and every
/// line of every persona's Bescheid under the rules in force.
fn app_texts() -> Vec<String> {
    let today = Date::new(2026, 11, 25).expect("date");
    let mut texts = Vec::new();
    let mut steps = BTreeSet::new();
    for persona in personas::all() {
        let w = persona.play(today);
        steps.extend(w.route().into_iter().map(|s| format!("{s:?}")));
        for step in w.route() {
            if let Some((why, _)) = step_reason(step, &w.antrag, today) {
                texts.push(why.german().to_string());
            }
        }
        if w.submission.is_some() {
            let b = berechne(
                &w.antrag,
                today,
                Rechtsstand::on(today).expect("rules"),
                Optionen::default(),
            );
            for p in &b.personen {
                texts.extend(p.zeilen().into_iter().map(|z| z.erklaerung.german()));
            }
        }
    }
    assert!(steps.contains(&format!("{:?}", Step::Wohnkosten)));
    for exit in all_exits() {
        let (what, where_to, _) = exit_explanation(exit);
        texts.push(what.german().to_string());
        texts.push(where_to.german().to_string());
    }
    texts
}

#[test]
fn the_apps_texts_come_back_unchanged_and_link_the_terms_they_use() {
    let texts = app_texts();
    assert!(texts.len() > 40, "{} texts", texts.len());
    let mut used = BTreeSet::new();
    for text in &texts {
        assert_eq!(&joined(text), text);
        let links = linked(text);
        let ids: BTreeSet<_> = links.iter().map(|(_, id)| *id).collect();
        assert_eq!(ids.len(), links.len(), "a term linked twice in {text:?}");
        used.extend(ids);
    }
    // The terms a person meets while filing are linked where they appear.
    for id in [
        "bedarfsgemeinschaft",
        "regelbedarf",
        "mehrbedarf",
        "kdu",
        "einkommen",
        "vermoegen",
        "freibetrag",
        "regelaltersgrenze",
    ] {
        assert!(
            used.contains(id),
            "{id} is linked from no text; linked: {used:?}"
        );
    }
}
