//! The Rechtsstände side by side: the same household under every law, each cell marked where it
//! differs from the column before, and each column's changes named.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use antragssimulator::domain::bescheid::{berechne, Optionen};
use antragssimulator::domain::money::Cents;
use antragssimulator::domain::personas;
use antragssimulator::domain::rules::rechtsstand::ALL;
use antragssimulator::domain::vergleich::{vergleich, Wert};
use common::today;

#[test]
fn every_law_after_the_first_names_what_it_changed() {
    assert!(ALL[0].aenderungen.is_empty());
    for r in &ALL[1..] {
        assert!(!r.aenderungen.is_empty(), "{:?} names no change", r.id);
        for a in r.aenderungen {
            assert!(a.paragraph.starts_with('§'), "{:?}: {}", r.id, a.paragraph);
            assert!(!a.gesetz.is_empty());
        }
    }
}

#[test]
fn a_cell_is_marked_exactly_where_it_differs_from_the_column_before() {
    for p in personas::all() {
        let a = p.play(today()).antrag;
        let v = vergleich(&a, today(), Optionen::default());
        assert_eq!(v.spalten.len(), ALL.len());
        for g in &v.gruppen {
            for r in &g.reihen {
                assert_eq!(r.zellen.len(), ALL.len());
                assert!(!r.zellen[0].geaendert);
                for pair in r.zellen.windows(2) {
                    assert_eq!(pair[1].geaendert, pair[0].wert != pair[1].wert);
                }
            }
        }
        // The last row is the household's claim, as each Bescheid computes it.
        let total = v
            .gruppen
            .last()
            .and_then(|g| g.reihen.last())
            .expect("a total row");
        for (cell, r) in total.zellen.iter().zip(&ALL) {
            let b = berechne(&a, today(), r, Optionen::default());
            assert_eq!(cell.wert, Wert::Betrag(b.anspruch), "{:?} {:?}", p.id, r.id);
        }
    }
}

/// Jonas, single without income: his Regelbedarf is 424 € (2019), 502 € (2023), 563 € (2024 on,
/// the Nullrunden of 2025 and 2026 leave it), so exactly the 2023 and 2024 columns are marked.
#[test]
fn the_regelbedarf_row_of_a_single_person_changes_in_2023_and_2024() {
    let a = personas::by_id("allein-ohne-einkommen")
        .expect("persona")
        .play(today())
        .antrag;
    let v = vergleich(&a, today(), Optionen::default());
    let row = &v.gruppen[0].reihen[0];
    let werte: Vec<Wert> = row.zellen.iter().map(|z| z.wert.clone()).collect();
    let expected: Vec<Wert> = [424, 502, 502, 563, 563, 563, 563]
        .map(|e| Wert::Betrag(Cents::euros(e)))
        .to_vec();
    assert_eq!(werte, expected);
    let marked: Vec<bool> = row.zellen.iter().map(|z| z.geaendert).collect();
    assert_eq!(marked, [false, true, false, true, false, false, false]);
    assert!(v.hat_aenderungen());
}
