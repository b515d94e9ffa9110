//! The calculation: worked examples of FACTS.md 3.6, each Mehrbedarf, the Vermögen regimes, and
//! properties that must hold for any household.
#![cfg(not(target_arch = "wasm32"))]

use antragssimulator::domain::antrag::{Antrag, PersonRef};
use antragssimulator::domain::bescheid::{berechne, Bescheid, Optionen};
use antragssimulator::domain::choices::{
    Betrag, EinkommensArt, KindVerhaeltnis, VermoegensArt, Warmwasser, Wohnform,
};
use antragssimulator::domain::date::Date;
use antragssimulator::domain::money::Cents;
use antragssimulator::domain::personas;
use antragssimulator::domain::rules::{Rechtsstand, RechtsstandId};
use proptest::prelude::*;

fn date(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).expect("valid date")
}

fn single(age: i32, on: Date) -> Antrag {
    let mut a = Antrag {
        hat_partner: Some(false),
        anzahl_kinder: Some(0),
        anzahl_weitere: Some(0),
        ..Antrag::default()
    };
    a.antragsteller.geburtsdatum = Date::new(on.year - age, 1, 1);
    a.antragsteller.einkommen.keine = true;
    rent(&mut a, 0, 0);
    a
}

fn rent(a: &mut Antrag, miete: i64, heizung: i64) {
    let w = &mut a.wohnung;
    w.kosten = Some(true);
    w.wohnform = Some(Wohnform::Miete);
    w.warmwasser = Some(Warmwasser::Zentral);
    w.grundmiete = Some(Cents(miete));
    w.nebenkosten = Some(Cents::ZERO);
    w.heizkosten = Some(Cents(heizung));
}

fn wage(a: &mut Antrag, who: PersonRef, brutto: i64, netto: i64) {
    let e = &mut a.person_mut(who).einkommen;
    e.keine = false;
    e.arten.insert(EinkommensArt::Erwerb, true);
    e.betraege.insert(Betrag::ErwerbBrutto, Some(Cents(brutto)));
    e.betraege.insert(Betrag::ErwerbNetto, Some(Cents(netto)));
}

fn calc(a: &Antrag, on: Date) -> Bescheid {
    berechne(
        a,
        on,
        Rechtsstand::on(on).expect("rules"),
        Optionen::default(),
    )
}

#[test]
fn worked_example_2026_single_with_minijob() {
    let on = date(2026, 3, 1);
    let mut a = single(35, on);
    rent(&mut a, 45_000 + 8_000, 0);
    wage(&mut a, PersonRef::Antragsteller, 60_300, 60_300);
    let b = calc(&a, on);
    assert_eq!(b.bedarf, Cents(109_300));
    assert_eq!(b.einkommen_angerechnet, Cents(39_410));
    assert_eq!(b.anspruch, Cents(69_890));
    assert_eq!(b.leistung, "Bürgergeld");
}

#[test]
fn worked_example_2019_single_with_minijob() {
    let on = date(2019, 8, 1);
    let mut a = single(35, on);
    rent(&mut a, 53_000, 0);
    wage(&mut a, PersonRef::Antragsteller, 45_000, 45_000);
    let b = calc(&a, on);
    assert_eq!(b.bedarf, Cents(95_400));
    assert_eq!(b.einkommen_angerechnet, Cents(28_000));
    assert_eq!(b.anspruch, Cents(67_400));
    assert_eq!(b.leistung, "Arbeitslosengeld II");
}

#[test]
fn mehrbedarfe_of_paragraph_21() {
    let on = date(2026, 3, 1);
    let mut a = single(30, on);
    let me = PersonRef::Antragsteller;
    a.antragsteller.schwanger = Some(true);
    a.antragsteller.entbindungstermin = Some(date(2026, 6, 1));
    a.antragsteller.behinderung_teilhabe = Some(true);
    let b = calc(&a, on);
    let p = &b.personen[0];
    let amount = |title: &str| {
        p.mehrbedarfe
            .iter()
            .find(|l| l.titel.german().contains(title))
            .map(|l| l.betrag)
    };
    assert_eq!(amount("Schwangerschaft"), Some(Cents(9_571)));
    assert_eq!(amount("Behinderung"), Some(Cents(19_705)));
    assert!(p.mehrbedarfe.iter().all(|l| !l.paragraph.is_empty()));

    // Before the 13th week (due date more than 28 weeks ahead): no Mehrbedarf yet.
    a.antragsteller.entbindungstermin = Some(date(2026, 11, 1));
    assert_eq!(calc(&a, on).personen[0].mehrbedarfe.len(), 1);
    let _ = me;
}

#[test]
fn decentral_hot_water_by_stufe() {
    let on = date(2026, 3, 1);
    let mut a = single(30, on);
    a.wohnung.warmwasser = Some(Warmwasser::Dezentral);
    a.anzahl_kinder = Some(3);
    for (i, age) in [(0u16, 15), (1, 8), (2, 3)] {
        let k = a.person_mut(PersonRef::Kind(i));
        k.geburtsdatum = Date::new(on.year - age, 1, 1);
        k.kind_verhaeltnis = Some(KindVerhaeltnis::Leiblich);
        k.einkommen.keine = true;
    }
    let b = calc(&a, on);
    let ww: Vec<Cents> = b
        .personen
        .iter()
        .map(|p| {
            p.mehrbedarfe
                .iter()
                .find(|l| l.titel.german().contains("Warmwasser"))
                .map(|l| l.betrag)
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(ww, [Cents(1_295), Cents(659), Cents(468), Cents(286)]);
}

#[test]
fn mehrbedarfe_are_capped_at_the_regelbedarf() {
    let on = date(2026, 3, 1);
    let mut a = single(30, on);
    // 4 children under 16 (48 %), pregnancy (17 %), disability (35 %): 100 %, capped at 100 %.
    a.anzahl_kinder = Some(5);
    for i in 0..5u16 {
        let k = a.person_mut(PersonRef::Kind(i));
        k.geburtsdatum = Date::new(on.year - 2 - i32::from(i), 1, 1);
        k.kind_verhaeltnis = Some(KindVerhaeltnis::Leiblich);
        k.einkommen.keine = true;
    }
    a.antragsteller.schwanger = Some(true);
    a.antragsteller.entbindungstermin = Some(date(2026, 5, 1));
    a.antragsteller.behinderung_teilhabe = Some(true);
    let p = &calc(&a, on).personen[0];
    let capped: Cents = p
        .mehrbedarfe
        .iter()
        .filter(|l| {
            l.paragraph.starts_with("§ 21 Abs. 2")
                || l.paragraph.starts_with("§ 21 Abs. 3")
                || l.paragraph.starts_with("§ 21 Abs. 4")
                || l.paragraph.starts_with("§ 21 Abs. 8")
        })
        .map(|l| l.betrag)
        .sum();
    assert_eq!(
        p.mehrbedarf_alleinerziehend,
        Cents(33_780),
        "60 % cap of Abs. 3"
    );
    assert_eq!(
        capped,
        Cents::euros(563),
        "§ 21 Abs. 8: together at most the Regelbedarf"
    );
    // Each line names its rate, taken from the rules.
    let says = |abs: &str, text: &str| {
        p.mehrbedarfe
            .iter()
            .any(|l| l.paragraph.starts_with(abs) && l.erklaerung.german().starts_with(text))
    };
    assert!(says("§ 21 Abs. 2", "17 % des Regelbedarfs"), "pregnancy");
    assert!(says("§ 21 Abs. 4", "35 % des Regelbedarfs"), "disability");
    assert!(
        says("§ 21 Abs. 3", "60 % des Regelbedarfs"),
        "single parent"
    );
}

#[test]
fn vermoegen_regimes() {
    let assets = |a: &mut Antrag, euros: i64| {
        let v = &mut a.antragsteller.vermoegen;
        v.arten.insert(VermoegensArt::Konten, true);
        v.betraege
            .insert(VermoegensArt::Konten, Some(Cents::euros(euros)));
    };
    // 2019: 150 € per year of age (at least 3,100 €) plus 750 €.
    let on = date(2019, 8, 1);
    let mut a = single(35, on);
    assert_eq!(
        calc(&a, on).vermoegen.freibetrag,
        Cents::euros(35 * 150 + 750)
    );
    a.antragsteller.geburtsdatum = Date::new(1999, 1, 1);
    assert_eq!(calc(&a, on).vermoegen.freibetrag, Cents::euros(3100 + 750));
    // Bürgergeld: 40,000 € in the Karenzzeit, 15,000 € after it.
    let on = date(2025, 3, 1);
    let mut a = single(35, on);
    assets(&mut a, 30_000);
    let b = calc(&a, on);
    assert!(!b.vermoegen.ueber_freibetrag);
    // Benefits in the last three years: no new Karenzzeit (§ 22 Abs. 1 Satz 5, § 12 Abs. 3).
    a.sgb2_bezug_drei_jahre = Some(true);
    let later = berechne(
        &a,
        on,
        Rechtsstand::on(on).expect("rules"),
        Optionen::default(),
    );
    assert!(later.hinweise.iter().any(|h| h
        .german()
        .contains("Eine neue Karenzzeit beginnt erst nach drei Jahren")));
    assert!(later.vermoegen.ueber_freibetrag);
    assert_eq!(later.vermoegen.freibetrag, Cents::euros(15_000));
    assert_eq!(later.anspruch, Cents::ZERO);
    assert!(
        later
            .hinweise
            .iter()
            .any(|h| h.german().contains("15.000,00\u{a0}€")),
        "says by how much"
    );
    // Grundsicherungsgeld: by age, no Karenzzeit.
    let on = date(2026, 8, 1);
    // The 21st year of life begins on the 20th birthday: 10,000 € from then.
    for (age, allowance) in [
        (19, 5_000),
        (20, 10_000),
        (35, 10_000),
        (40, 12_500),
        (49, 12_500),
        (50, 15_000),
    ] {
        let a = single(age, on);
        assert_eq!(
            calc(&a, on).vermoegen.freibetrag,
            Cents::euros(allowance),
            "age {age}"
        );
    }
    // The letter lists the age bands from the same table.
    let letter = calc(&single(35, on), on).vermoegen.erklaerung.german();
    assert!(
        letter.contains("bis 19 Jahre 5.000,00\u{a0}€, ab 20 Jahren 10.000,00\u{a0}€")
            && letter.contains("ab 50 Jahren 15.000,00\u{a0}€"),
        "{letter}"
    );
}

#[test]
fn a_child_whose_income_covers_its_need_leaves_the_bedarfsgemeinschaft() {
    let on = date(2026, 3, 1);
    let mut a = single(45, on);
    rent(&mut a, 60_000, 10_000);
    a.anzahl_kinder = Some(1);
    let k = a.person_mut(PersonRef::Kind(0));
    k.geburtsdatum = Date::new(2010, 1, 1);
    k.kind_verhaeltnis = Some(KindVerhaeltnis::Leiblich);
    k.einkommen.arten.insert(EinkommensArt::Kindergeld, true);
    k.einkommen
        .betraege
        .insert(Betrag::Kindergeld, Some(Cents::euros(259)));
    k.einkommen.arten.insert(EinkommensArt::Unterhalt, true);
    k.einkommen
        .betraege
        .insert(Betrag::Unterhalt, Some(Cents::euros(700)));
    let b = calc(&a, on);
    assert_eq!(b.personen.len(), 1);
    assert_eq!(b.ausserhalb.len(), 1);
    assert!(b.ausserhalb[0].1.german().contains("§ 7 Abs. 3 Nr. 4"));
    // Need 471 + 350 = 821 € (the Kindersofortzuschlag is no need, § 72); income 959 €: the
    // surplus 138 € (within the Kindergeld) goes to the parent, who has no earnings and so
    // keeps the 30 € Versicherungspauschale on it (§ 6 Abs. 1 Nr. 1 Bürgergeld-V): 108 €.
    assert_eq!(b.einkommen_angerechnet, Cents::euros(108));
}

#[test]
fn bewilligungszeitraum_and_uncertainty() {
    let on = date(2026, 11, 25);
    let w = personas::by_id("selbststaendig").expect("persona").play(on);
    let b = calc(&w.antrag, on);
    assert!(b.vorlaeufig);
    assert_eq!(b.bewilligungszeitraum_monate, 6);
    assert_eq!(b.leistung, "Grundsicherungsgeld");
    assert!(
        !b.unsicher.is_empty(),
        "the 2026 reform is marked as not yet confirmed"
    );
    let w = personas::by_id("allein-ohne-einkommen")
        .expect("persona")
        .play(on);
    let b = berechne(
        &w.antrag,
        on,
        Rechtsstand::get(RechtsstandId::R2025),
        Optionen::default(),
    );
    assert_eq!(b.bewilligungszeitraum_monate, 12);
    assert!(b.unsicher.is_empty() || b.unsicher.iter().all(|u| u.german().contains("Minijob")));
}

#[test]
fn every_persona_gets_a_consistent_bescheid_under_every_rechtsstand() {
    let on = date(2026, 11, 25);
    for persona in personas::all() {
        let w = persona.play(on);
        if w.submission.is_none() {
            continue;
        }
        for r in antragssimulator::domain::rules::rechtsstand::ALL.iter() {
            let b = berechne(&w.antrag, on, r, Optionen::default());
            let sum: Cents = b.personen.iter().map(|p| p.anspruch).sum();
            assert_eq!(sum, b.anspruch, "{} {:?}", persona.id, r.id);
            assert!(b.anspruch >= Cents::ZERO);
        }
    }
}

/// A small random household: a single person or a couple, up to three children, a wage, rent.
fn household() -> impl Strategy<Value = (Antrag, usize)> {
    (
        any::<bool>(),
        prop::collection::vec(0i32..25, 0..4),
        0i64..400_000,
        0i64..200_000,
        0i64..30_000,
        0usize..7,
    )
        .prop_map(|(couple, kids, gross, miete, heizung, rs)| {
            let on = date(2026, 11, 25);
            let mut a = single(35, on);
            if couple {
                a.hat_partner = Some(true);
                a.partner.geburtsdatum = Date::new(1990, 5, 5);
                a.partner.einkommen.keine = true;
            }
            a.anzahl_kinder = Some(kids.len() as u16);
            for (i, age) in kids.iter().enumerate() {
                let k = a.person_mut(PersonRef::Kind(i as u16));
                k.geburtsdatum = Date::new(on.year - age, 6, 1);
                k.kind_verhaeltnis = Some(KindVerhaeltnis::Leiblich);
                k.einkommen.keine = true;
            }
            rent(&mut a, miete, heizung);
            if gross > 0 {
                wage(&mut a, PersonRef::Antragsteller, gross, gross * 78 / 100);
            }
            (a, rs)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn claim_properties((a, rs) in household(), extra_income in 1i64..50_000, extra_rent in 1i64..50_000) {
        let on = date(2026, 11, 25);
        let r = &antragssimulator::domain::rules::rechtsstand::ALL[rs];
        let opt = Optionen::default();
        let b = berechne(&a, on, r, opt);
        prop_assert!(b.anspruch >= Cents::ZERO);
        let per_person: Cents = b.personen.iter().map(|p| p.anspruch).sum();
        prop_assert_eq!(per_person, b.anspruch, "rounding never loses a cent");
        prop_assert!(b.personen.iter().all(|p| p.anspruch >= Cents::ZERO));

        // More income never raises the claim.
        let mut richer = a.clone();
        let brutto = richer.antragsteller.einkommen.betrag(Betrag::ErwerbBrutto).unwrap_or_default();
        let netto = richer.antragsteller.einkommen.betrag(Betrag::ErwerbNetto).unwrap_or_default();
        wage(&mut richer, PersonRef::Antragsteller, brutto.0 + extra_income, netto.0 + extra_income * 78 / 100);
        prop_assert!(berechne(&richer, on, r, opt).anspruch <= b.anspruch);

        // More rent (no local limit configured) never lowers it.
        let mut dearer = a.clone();
        let miete = dearer.wohnung.grundmiete.unwrap_or_default();
        dearer.wohnung.grundmiete = Some(Cents(miete.0 + extra_rent));
        prop_assert!(berechne(&dearer, on, r, opt).anspruch >= b.anspruch);
    }
}

#[test]
fn local_limit_for_unterkunft_by_rechtsstand() {
    let mut a = single(35, date(2026, 3, 1));
    rent(&mut a, 90_000, 10_000);
    let limited = |on: Date, erstes_jahr: bool| {
        let mut a = a.clone();
        a.sgb2_bezug_drei_jahre = Some(!erstes_jahr);
        berechne(
            &a,
            on,
            Rechtsstand::on(on).expect("rules"),
            Optionen {
                kdu_grenze: Some(Cents::euros(600)),
                ..Optionen::default()
            },
        )
    };
    let nach = |b: &antragssimulator::domain::bescheid::Bescheid| {
        b.kostensenkung.map(|k| (k.kdu_gesamt, k.ab_monat))
    };
    // Bürgergeld, first year: actual costs (Karenzzeit), 12 months; the limit applies only
    // after the Karenzzeit and six months more (§ 22 Abs. 1 Satz 7 and 8).
    let b = limited(date(2026, 3, 1), true);
    assert_eq!(b.kdu_gesamt, Cents::euros(1000));
    assert_eq!(b.bewilligungszeitraum_monate, 12);
    assert_eq!(nach(&b), Some((Cents::euros(600), 19)));
    // After the first year: still the full costs while they cannot be lowered, as a rule six
    // months, then the local limit; a hint, and a Bewilligungszeitraum of 6 months.
    let b = limited(date(2026, 3, 1), false);
    assert_eq!(b.kdu_gesamt, Cents::euros(1000));
    assert_eq!(b.bewilligungszeitraum_monate, 6);
    assert_eq!(nach(&b), Some((Cents::euros(600), 7)));
    let spaeter = b.kostensenkung.map(|k| k.anspruch).unwrap_or_default();
    assert_eq!(
        b.anspruch - spaeter,
        Cents::euros(400),
        "the 400 € above the limit"
    );
    assert!(b
        .hinweise
        .iter()
        .any(|h| h.german().contains("über der Grenze")));
    // Grundsicherungsgeld, first year: at most 1.5 times the local limit once lowered.
    assert_eq!(
        nach(&limited(date(2026, 8, 1), true)),
        Some((Cents::euros(900), 7))
    );
    // 2019: no Karenzzeit at all.
    assert_eq!(
        nach(&limited(date(2019, 8, 1), true)),
        Some((Cents::euros(600), 7))
    );
}

#[test]
fn bewilligungszeitraum_runs_in_whole_months_from_the_first_of_the_month() {
    let on = date(2026, 11, 25);
    let mut b = calc(&single(40, on), on);
    assert_eq!(b.bewilligungszeitraum_monate, 12);
    assert_eq!(b.zeitraum(on), (date(2026, 11, 1), date(2027, 10, 31)));
    b.bewilligungszeitraum_monate = 6;
    assert_eq!(
        b.zeitraum(date(2027, 9, 30)),
        (date(2027, 9, 1), date(2028, 2, 29))
    );
}

#[test]
fn the_karenzzeit_rule_is_explained_from_the_rule_data() {
    use antragssimulator::domain::rules::rechtsstand::KduKarenzzeit;
    assert!(KduKarenzzeit::Begrenzt { zehntel: 15 }
        .erklaerung()
        .german()
        .contains("1,5-Fachen"));
    assert!(KduKarenzzeit::Begrenzt { zehntel: 20 }
        .erklaerung()
        .german()
        .contains("2-Fachen"));
    assert!(KduKarenzzeit::Keine
        .erklaerung()
        .german()
        .contains("längstens sechs Monate"));
    assert!(KduKarenzzeit::TatsaechlicheKosten
        .erklaerung()
        .german()
        .contains("tatsächliche Miete"));
    let now = Rechtsstand::on(date(2026, 11, 25))
        .expect("rules")
        .kdu_karenzzeit;
    assert_eq!(now, KduKarenzzeit::Begrenzt { zehntel: 15 });
}

/// A household of one parent (with or without wages) and two children, each with Kindergeld
/// entered on the child's page.
fn parent_with_two(gross: i64, ages: (i32, i32), on: Date) -> Antrag {
    let mut a = single(35, on);
    rent(&mut a, 60_000, 10_000);
    if gross > 0 {
        wage(&mut a, PersonRef::Antragsteller, gross, gross * 78 / 100);
    }
    a.anzahl_kinder = Some(2);
    for (i, age) in [ages.0, ages.1].into_iter().enumerate() {
        let k = a.person_mut(PersonRef::Kind(i as u16));
        k.geburtsdatum = Date::new(on.year - age, 6, 1);
        k.kind_verhaeltnis = Some(KindVerhaeltnis::Leiblich);
        k.einkommen.arten.insert(EinkommensArt::Kindergeld, true);
        k.einkommen
            .betraege
            .insert(Betrag::Kindergeld, Some(Cents::euros(259)));
    }
    a
}

fn unterhalt(a: &mut Antrag, who: PersonRef, cents: i64) {
    let e = &mut a.person_mut(who).einkommen;
    e.arten.insert(EinkommensArt::Unterhalt, true);
    e.betraege.insert(Betrag::Unterhalt, Some(Cents(cents)));
}

fn claim_of(
    b: &Bescheid,
    who: PersonRef,
) -> Option<&antragssimulator::domain::bescheid::PersonErgebnis> {
    b.personen.iter().find(|p| p.person == who)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// § 72: the Kindersofortzuschlag is paid on top, so as long as a child has a claim more
    /// income does not eat it.
    #[test]
    fn the_sofortzuschlag_does_not_fall_with_income_while_the_child_has_a_claim(
        gross in 0i64..500_000, extra in 1i64..100_000, ages in (0i32..18, 0i32..18)
    ) {
        let on = date(2026, 3, 1);
        let b = calc(&parent_with_two(gross, ages, on), on);
        let richer = calc(&parent_with_two(gross + extra, ages, on), on);
        for i in 0..2u16 {
            let who = PersonRef::Kind(i);
            if let (Some(before), Some(after)) = (claim_of(&b, who), claim_of(&richer, who)) {
                if after.leistung > Cents::ZERO {
                    prop_assert_eq!(after.sofortzuschlag_gezahlt, Cents::euros(25));
                    prop_assert_eq!(before.sofortzuschlag_gezahlt, Cents::euros(25));
                }
            }
        }
    }

    /// Kindergeld entered on the parent's page, on the children's pages, or on both gives the
    /// same Bescheid amount (it is the same money, counted once, for the child).
    #[test]
    fn kindergeld_in_both_places_counts_as_in_one(
        gross in 0i64..300_000, ages in (0i32..18, 0i32..18), also_parent in any::<bool>(), only_parent in any::<bool>()
    ) {
        let on = date(2026, 3, 1);
        let a = parent_with_two(gross, ages, on);
        let base = calc(&a, on);
        let mut b = a.clone();
        if only_parent {
            for i in 0..2u16 {
                b.person_mut(PersonRef::Kind(i)).einkommen.arten.insert(EinkommensArt::Kindergeld, false);
            }
        }
        if also_parent || only_parent {
            let e = &mut b.antragsteller.einkommen;
            e.keine = false;
            e.arten.insert(EinkommensArt::Kindergeld, true);
            e.betraege.insert(Betrag::Kindergeld, Some(Cents::euros(518)));
        }
        let other = calc(&b, on);
        prop_assert_eq!(other.anspruch, base.anspruch);
        prop_assert_eq!(other.einkommen_angerechnet, base.einkommen_angerechnet);
    }

    /// A child's own income counts only for the child (§ 9 Abs. 2 Satz 2): with a parent without
    /// income it never lowers a sibling's claim; and once income other than Kindergeld covers the
    /// child's need on its own (then the whole Kindergeld is passed on), more of it changes
    /// nobody else's claim: only Kindergeld is passed on (§ 11 Abs. 1 Satz 5).
    #[test]
    fn a_childs_income_never_lowers_a_siblings_claim(
        ages in (0i32..18, 0i32..18), income in 0i64..150_000, more in 1i64..100_000
    ) {
        let on = date(2026, 3, 1);
        let a = parent_with_two(0, ages, on);
        let mut with_income = a.clone();
        unterhalt(&mut with_income, PersonRef::Kind(0), income);
        let sibling = PersonRef::Kind(1);
        let before = claim_of(&calc(&a, on), sibling).map(|p| p.anspruch);
        let b0 = calc(&with_income, on);
        // While the child stays in the Bedarfsgemeinschaft its income is its own alone. (Once it
        // covers its need, the Kindergeld it does not need is the parent's income and is shared
        // by the Bedarfsanteilsmethode like any other: § 11 Abs. 1 Satz 5, § 9 Abs. 2 Satz 3.)
        if claim_of(&b0, PersonRef::Kind(0)).is_some() {
            let after = claim_of(&b0, sibling).map(|p| p.anspruch);
            prop_assert!(after >= before, "{:?} < {:?}", after, before);
        }

        let mut richer = with_income.clone();
        unterhalt(&mut richer, PersonRef::Kind(0), income + more);
        let b1 = calc(&with_income, on);
        let b2 = calc(&richer, on);
        // The largest need of a child here: Stufe 4 (471 €) and a Kopfteil of 233,33 €.
        if income >= 80_000 {
            prop_assert!(claim_of(&b1, PersonRef::Kind(0)).is_none());
            prop_assert_eq!(b2.anspruch, b1.anspruch);
            for who in [PersonRef::Antragsteller, sibling] {
                prop_assert_eq!(claim_of(&b2, who).map(|p| p.anspruch), claim_of(&b1, who).map(|p| p.anspruch));
            }
        }
    }
}
