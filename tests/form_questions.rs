//! The questions the real Hauptantrag and its Anlagen ask, in their order, and what follows from
//! them: the start of benefits, the student who lives with the parents, the number of occupants,
//! and what § 27 still pays to an excluded student.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use antragssimulator::domain::antrag::{Antrag, FieldId, Key, PersonRef};
use antragssimulator::domain::choices::{Ausbildung, Leistungsbeginn, Wohnform};
use antragssimulator::domain::date::Date;
use antragssimulator::domain::personas;
use antragssimulator::domain::questions::{leistungen_trotz_ausbildung, questions};
use antragssimulator::domain::rules::{Rechtsstand, RechtsstandId};
use antragssimulator::domain::step::{exit_after, Ausstieg, Step};
use antragssimulator::domain::validate::validate_step;
use common::today;

fn position(qs: &[FieldId], key: Key) -> usize {
    qs.iter()
        .position(|f| f.key == key)
        .unwrap_or_else(|| panic!("{key} is asked"))
}

#[test]
fn the_hauptantrag_sections_c_d_e_are_asked_in_their_order() {
    let a = Antrag {
        familienstand: Some(antragssimulator::domain::choices::Familienstand::Getrennt),
        leistungsbeginn: Some(Leistungsbeginn::Spaeter),
        ..Antrag::default()
    };
    let qs: Vec<FieldId> = questions(Step::Lebenssituation, &a, today())
        .iter()
        .map(|q| q.field)
        .collect();
    let order = [
        Key::Leistungsbeginn,
        Key::LeistungsbeginnDatum,
        Key::Familienstand,
        Key::GetrenntSeit,
        Key::Alleinerziehend,
        Key::Schwanger,
        Key::Sgb2BezugDreiJahre,
        Key::AnsprueheDritte,
        Key::LebensunterhaltBisher,
    ];
    let positions: Vec<usize> = order.iter().map(|k| position(&qs, *k)).collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "C, D, E in order: {positions:?}"
    );
    assert!(qs.iter().any(|f| matches!(f.key, Key::AndereLeistung(_))));
}

#[test]
fn a_later_start_moves_the_first_month_of_benefits() {
    let on = today();
    let mut a = Antrag::default();
    assert_eq!(a.wirkt_ab(on), Date::new(2026, 11, 1).expect("date"));
    a.leistungsbeginn = Some(Leistungsbeginn::Spaeter);
    a.leistungsbeginn_datum = Date::new(2027, 1, 15);
    assert_eq!(a.wirkt_ab(on), Date::new(2027, 1, 1).expect("date"));
    // "Ab sofort" keeps the first of the month of application (§ 37 Abs. 2 Satz 2).
    a.leistungsbeginn = Some(Leistungsbeginn::Sofort);
    assert_eq!(a.wirkt_ab(on), Date::new(2026, 11, 1).expect("date"));
}

#[test]
fn a_student_living_with_the_parents_on_bafoeg_goes_on() {
    let mut a = Antrag::default();
    a.vorpruefung.ausbildung = Some(Ausbildung::Studium);
    assert_eq!(
        exit_after(Step::Ausbildung, &a, today()),
        Some(Ausstieg::Studium)
    );
    let asked: Vec<Key> = questions(Step::Ausbildung, &a, today())
        .iter()
        .map(|q| q.field.key)
        .collect();
    assert!(asked.contains(&Key::BafoegBeiEltern));
    a.vorpruefung.bafoeg_bei_eltern = Some(true);
    assert_eq!(exit_after(Step::Ausbildung, &a, today()), None);
    // In-company training has not excluded since August 2016.
    a.vorpruefung.ausbildung = Some(Ausbildung::Betrieblich);
    a.vorpruefung.bafoeg_bei_eltern = None;
    assert_eq!(exit_after(Step::Ausbildung, &a, today()), None);
}

#[test]
fn an_excluded_student_sees_what_paragraph_27_still_pays() {
    let r = Rechtsstand::get(RechtsstandId::R2026);
    let lines: Vec<String> = leistungen_trotz_ausbildung(r)
        .iter()
        .map(|l| l.german())
        .collect();
    assert!(lines[0].contains("95,71"), "{lines:?}");
    assert!(
        lines[1].contains("67,56") && lines[1].contains("337,80"),
        "{lines:?}"
    );
    assert!(lines.iter().any(|l| l.contains("Darlehen")));
}

#[test]
fn fewer_occupants_than_the_household_is_refused_at_the_field() {
    let mut a = Antrag {
        hat_partner: Some(true),
        anzahl_kinder: Some(1),
        ..Antrag::default()
    };
    a.wohnung.kosten = Some(true);
    a.wohnung.wohnform = Some(Wohnform::Miete);
    a.wohnung.bewohner = Some(2);
    let qs = questions(Step::Wohnung, &a, today());
    let errors = validate_step(Step::Wohnung, &qs, &a, today());
    let bewohner = errors
        .iter()
        .find(|e| e.field() == FieldId::of(Key::Bewohner))
        .expect("an error at the field");
    assert!(bewohner.text().german().contains("mindestens 3"));
    a.wohnung.bewohner = Some(4);
    let errors = validate_step(Step::Wohnung, &qs, &a, today());
    assert!(errors
        .iter()
        .all(|e| e.field() != FieldId::of(Key::Bewohner)));
}

#[test]
fn the_single_parent_role_says_so_and_keeps_the_mehrbedarf() {
    let w = personas::by_id("alleinerziehend-minijob")
        .expect("persona")
        .play(today());
    let s = w.submission.as_ref().expect("sent");
    assert_eq!(s.antrag.alleinerziehend, Some(true));
    let b = antragssimulator::domain::bescheid::berechne(
        &s.antrag,
        s.eingang,
        Rechtsstand::on(s.eingang).expect("rules"),
        Default::default(),
    );
    let mother = b
        .personen
        .iter()
        .find(|p| p.person == PersonRef::Antragsteller)
        .expect("in the Bedarfsgemeinschaft");
    assert!(!mother.mehrbedarf_alleinerziehend.is_zero());
}

#[test]
fn vorrangige_leistungen_are_named_in_the_bescheid_and_the_nachweise() {
    use antragssimulator::domain::bescheid::{berechne, Optionen};
    use antragssimulator::domain::checklist::checklist;
    use antragssimulator::domain::choices::{Betrag, EinkommensArt, KindVerhaeltnis};
    use antragssimulator::domain::money::Cents;
    let on = today();
    let mut a = Antrag {
        hat_partner: Some(false),
        anzahl_kinder: Some(1),
        ..Antrag::default()
    };
    a.antragsteller.geburtsdatum = Date::new(1990, 1, 1);
    let e = &mut a.antragsteller.einkommen;
    e.arten.insert(EinkommensArt::Erwerb, true);
    e.betraege
        .insert(Betrag::ErwerbBrutto, Some(Cents::euros(1200)));
    e.betraege
        .insert(Betrag::ErwerbNetto, Some(Cents::euros(950)));
    let kind = a.person_mut(PersonRef::Kind(0));
    kind.geburtsdatum = Date::new(2019, 5, 1);
    kind.kind_verhaeltnis = Some(KindVerhaeltnis::Leiblich);
    kind.elternteil_ausserhalb = Some(true);
    let b = berechne(
        &a,
        on,
        Rechtsstand::on(on).expect("rules"),
        Optionen::default(),
    );
    let hints: Vec<String> = b.hinweise.iter().map(|h| h.german()).collect();
    assert!(
        hints.iter().any(|h| h.contains("Unterhaltsvorschuss")),
        "{hints:?}"
    );
    assert!(
        hints
            .iter()
            .any(|h| h.contains("Kinderzuschlag und Wohngeld")),
        "{hints:?}"
    );
    let docs: Vec<String> = checklist(&a, on).iter().map(|n| n.titel.german()).collect();
    assert!(docs
        .iter()
        .any(|d| d.starts_with("Antrag auf Unterhaltsvorschuss")));
    // Once the child gets Unterhaltsvorschuss, its Bescheid is asked instead, and no hint.
    let kind = a.person_mut(PersonRef::Kind(0));
    kind.einkommen
        .arten
        .insert(EinkommensArt::Unterhaltsvorschuss, true);
    kind.einkommen
        .betraege
        .insert(Betrag::Unterhaltsvorschuss, Some(Cents::euros(299)));
    let docs: Vec<String> = checklist(&a, on).iter().map(|n| n.titel.german()).collect();
    assert!(docs
        .iter()
        .any(|d| d == "Bescheid über Unterhaltsvorschuss"));
    assert!(!docs
        .iter()
        .any(|d| d.starts_with("Antrag auf Unterhaltsvorschuss")));
}

#[test]
fn the_name_of_the_health_insurance_may_stay_empty() {
    use antragssimulator::domain::choices::Krankenversicherung;
    let mut a = Antrag::default();
    a.antragsteller.krankenversicherung = Some(Krankenversicherung::Gesetzlich);
    let qs = questions(Step::Personalien, &a, today());
    let errors = validate_step(Step::Personalien, &qs, &a, today());
    for key in [Key::Krankenkasse, Key::KvNummer, Key::RvNummer] {
        let field = FieldId::person(PersonRef::Antragsteller, key);
        assert!(qs.iter().any(|q| q.field == field && q.optional), "{key}");
        assert!(errors.iter().all(|e| e.field() != field), "{key}");
    }
}

#[test]
fn a_young_childs_pages_ask_what_fits_a_child() {
    use antragssimulator::domain::choices::{EinkommensArt, VermoegensArt};
    let mut a = Antrag {
        anzahl_kinder: Some(1),
        ..Antrag::default()
    };
    let child = PersonRef::Kind(0);
    let asked = |a: &Antrag, step: Step| -> Vec<Key> {
        questions(step, a, today())
            .iter()
            .map(|q| q.field.key)
            .collect()
    };
    let set_age = |a: &mut Antrag, years: i32| {
        a.person_mut(child).geburtsdatum = Date::new(today().year - years, 1, 1);
    };
    set_age(&mut a, 8);
    let ek = asked(&a, Step::Einkommen(child));
    assert!(ek.contains(&Key::EinkommenArt(EinkommensArt::Kindergeld)));
    assert!(ek.contains(&Key::EinkommenArt(EinkommensArt::Unterhalt)));
    assert!(
        !ek.contains(&Key::EinkommenArt(EinkommensArt::Erwerb)),
        "no wages at 8"
    );
    assert!(!ek.contains(&Key::EinkommenArt(EinkommensArt::Arbeitslosengeld)));
    let vm = asked(&a, Step::Vermoegen(child));
    assert!(vm.contains(&Key::VermoegenArt(VermoegensArt::Konten)));
    for adult in [
        VermoegensArt::Kfz,
        VermoegensArt::Altersvorsorge,
        VermoegensArt::Immobilie,
    ] {
        assert!(!vm.contains(&Key::VermoegenArt(adult)), "{adult:?} at 8");
    }
    // From working age on, the whole form, and the costs of work once there are wages.
    set_age(&mut a, 16);
    let ek = asked(&a, Step::Einkommen(child));
    assert!(ek.contains(&Key::EinkommenArt(EinkommensArt::Erwerb)));
    assert!(asked(&a, Step::Vermoegen(child)).contains(&Key::VermoegenArt(VermoegensArt::Kfz)));
}
