//! The calculation against households computed with GETTSIM (shared/reference/bescheid-cases.json,
//! or the file named by BESCHEID_CASES). Each household is built through the project's own Antrag
//! types and must match to the cent.
#![cfg(not(target_arch = "wasm32"))]

use antragssimulator::domain::antrag::{Antrag, PersonRef};
use antragssimulator::domain::bescheid::{berechne, Optionen};
use antragssimulator::domain::choices::{
    Betrag, EinkommensArt, Familienstand, KindVerhaeltnis, Partnerschaft, VermoegensArt,
    Warmwasser, Wohnform,
};
use antragssimulator::domain::date::Date;
use antragssimulator::domain::money::Cents;
use antragssimulator::domain::rules::Rechtsstand;
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Deserialize)]
struct File {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    description: String,
    rechtsstand: String,
    first_year_of_receipt: bool,
    bruttokaltmiete_cents: i64,
    heizkosten_cents: i64,
    assets_cents: i64,
    persons: Vec<RefPerson>,
    expected: Expected,
}

#[derive(Deserialize)]
struct RefPerson {
    age: i32,
    partner: Option<usize>,
    married: bool,
    children: Vec<usize>,
    gross_wage_cents: i64,
    net_wage_cents: i64,
    kindergeld_cents: i64,
}

#[derive(Deserialize)]
struct Expected {
    persons: Vec<ExpectedPerson>,
    bedarf_cents: i64,
    einkommen_angerechnet_cents: i64,
    vermoegen_ueber_freibetrag: bool,
    anspruch_cents: i64,
}

#[derive(Deserialize)]
struct ExpectedPerson {
    regelbedarf_cents: i64,
    kindersofortzuschlag_cents: i64,
    mehrbedarf_alleinerziehend_cents: i64,
    kdu_cents: i64,
}

fn cases_path() -> PathBuf {
    std::env::var_os("BESCHEID_CASES")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/reference/bescheid-cases.json")
        })
}

fn parse_date(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("reference date {s}: {e}"))
}

/// The household of a reference case, as answers to the project's own questions.
fn antrag_for(case: &Case, stichtag: Date) -> (Antrag, Vec<PersonRef>) {
    let mut a = Antrag::default();
    let applicant = &case.persons[0];
    let partner = applicant.partner;
    let mut refs = vec![PersonRef::Antragsteller; case.persons.len()];
    if let Some(p) = partner {
        refs[p] = PersonRef::Partner;
        a.hat_partner = Some(true);
        a.partnerschaft = Some(if applicant.married {
            Partnerschaft::Ehe
        } else {
            Partnerschaft::Nichtehelich
        });
    } else {
        a.hat_partner = Some(false);
    }
    a.familienstand = Some(if applicant.married {
        Familienstand::Verheiratet
    } else {
        Familienstand::Ledig
    });
    let mut children: Vec<usize> = applicant.children.clone();
    if let Some(p) = partner {
        children.extend(case.persons[p].children.iter().copied());
    }
    children.sort();
    children.dedup();
    for (n, c) in children.iter().enumerate() {
        refs[*c] = PersonRef::Kind(n as u16);
    }
    a.anzahl_kinder = Some(children.len() as u16);
    a.anzahl_weitere = Some(0);
    for (i, rp) in case.persons.iter().enumerate() {
        let p = a.person_mut(refs[i]);
        p.geburtsdatum = Date::new(stichtag.year - rp.age, stichtag.month, stichtag.day);
        if matches!(refs[i], PersonRef::Kind(_)) {
            p.kind_verhaeltnis = Some(if partner.is_some() {
                KindVerhaeltnis::Gemeinsam
            } else {
                KindVerhaeltnis::Leiblich
            });
        }
        if rp.gross_wage_cents > 0 {
            p.einkommen.arten.insert(EinkommensArt::Erwerb, true);
            p.einkommen
                .betraege
                .insert(Betrag::ErwerbBrutto, Some(Cents(rp.gross_wage_cents)));
            p.einkommen
                .betraege
                .insert(Betrag::ErwerbNetto, Some(Cents(rp.net_wage_cents)));
        }
        if rp.kindergeld_cents > 0 {
            p.einkommen.arten.insert(EinkommensArt::Kindergeld, true);
            p.einkommen
                .betraege
                .insert(Betrag::Kindergeld, Some(Cents(rp.kindergeld_cents)));
        }
        if !p.einkommen.any() {
            p.einkommen.keine = true;
        }
    }
    if case.assets_cents > 0 {
        let v = &mut a.antragsteller.vermoegen;
        v.arten.insert(VermoegensArt::Konten, true);
        v.betraege
            .insert(VermoegensArt::Konten, Some(Cents(case.assets_cents)));
    }
    let w = &mut a.wohnung;
    w.kosten = Some(true);
    w.wohnform = Some(Wohnform::Miete);
    w.warmwasser = Some(Warmwasser::Zentral);
    w.grundmiete = Some(Cents(case.bruttokaltmiete_cents));
    w.nebenkosten = Some(Cents::ZERO);
    w.heizkosten = Some(Cents(case.heizkosten_cents));
    (a, refs)
}

#[test]
fn every_reference_case_matches_to_the_cent() {
    let path = cases_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "read {} (set BESCHEID_CASES to another file): {e}",
            path.display()
        )
    });
    let file: File = serde_json::from_str(&text).expect("reference file parses");
    assert!(!file.cases.is_empty(), "the reference file holds cases");
    let mut failures = Vec::new();
    for case in &file.cases {
        let stichtag = parse_date(&case.rechtsstand);
        let r = Rechtsstand::on(stichtag).expect("a Rechtsstand for the reference date");
        let (mut antrag, refs) = antrag_for(case, stichtag);
        // The first year of receipt is a Karenzzeit: no SGB II benefits in the three years before.
        antrag.sgb2_bezug_drei_jahre = Some(!case.first_year_of_receipt);
        let opt = Optionen::default();
        let b = berechne(&antrag, stichtag, r, opt);
        let mut problems: Vec<String> = Vec::new();
        let check = |problems: &mut Vec<String>, what: String, got: i64, want: i64| {
            if got != want {
                problems.push(format!("{what}: {got} ≠ {want}"));
            }
        };
        for (i, want) in case.expected.persons.iter().enumerate() {
            let Some(got) = b.personen.iter().find(|p| p.person == refs[i]) else {
                problems.push(format!("person {i} missing from the Bedarfsgemeinschaft"));
                continue;
            };
            check(
                &mut problems,
                format!("person {i} Regelbedarf"),
                got.regelbedarf.0,
                want.regelbedarf_cents,
            );
            check(
                &mut problems,
                format!("person {i} Kindersofortzuschlag"),
                got.kindersofortzuschlag.0,
                want.kindersofortzuschlag_cents,
            );
            check(
                &mut problems,
                format!("person {i} Mehrbedarf Alleinerziehend"),
                got.mehrbedarf_alleinerziehend.0,
                want.mehrbedarf_alleinerziehend_cents,
            );
            check(
                &mut problems,
                format!("person {i} Unterkunft"),
                got.kdu.0,
                want.kdu_cents,
            );
        }
        check(
            &mut problems,
            "Bedarf".into(),
            // The file's Bedarf includes the Kindersofortzuschlag (GETTSIM models it as a need);
            // here it is paid on top (§ 72 SGB II), so both together are compared.
            b.bedarf.0
                + b.personen
                    .iter()
                    .map(|p| p.kindersofortzuschlag.0)
                    .sum::<i64>(),
            case.expected.bedarf_cents,
        );
        check(
            &mut problems,
            "Einkommen".into(),
            b.einkommen_angerechnet.0,
            case.expected.einkommen_angerechnet_cents,
        );
        check(
            &mut problems,
            "Anspruch".into(),
            b.anspruch.0,
            case.expected.anspruch_cents,
        );
        if b.vermoegen.ueber_freibetrag != case.expected.vermoegen_ueber_freibetrag {
            problems.push(format!(
                "Vermögen über Freibetrag: {} ≠ {}",
                b.vermoegen.ueber_freibetrag, case.expected.vermoegen_ueber_freibetrag
            ));
        }
        // Rounding never loses a cent between the persons and the total.
        let sum: i64 = b.personen.iter().map(|p| p.anspruch.0).sum();
        if sum != b.anspruch.0 {
            problems.push(format!(
                "claims per person add up to {sum}, total {}",
                b.anspruch.0
            ));
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{} ({}): {}",
                case.id,
                case.description,
                problems.join("; ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        file.cases.len(),
        failures.join("\n")
    );
}
