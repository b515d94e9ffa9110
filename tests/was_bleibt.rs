//! "Was bleibt vom Lohn?": the household's money as one adult's gross wage rises.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use antragssimulator::domain::antrag::PersonRef;
use antragssimulator::domain::bescheid::Optionen;
use antragssimulator::domain::money::Cents;
use antragssimulator::domain::netto::Steuerklasse;
use antragssimulator::domain::personas;
use antragssimulator::domain::rules::rechtsstand::ALL;
use antragssimulator::domain::rules::{Rechtsstand, RechtsstandId};
use antragssimulator::domain::was_bleibt::{beschaeftigter, erwerbsfaehige, kurve};
use common::today;

fn antrag(slug: &str) -> antragssimulator::domain::antrag::Antrag {
    personas::by_id(slug).expect("persona").play(today()).antrag
}

/// Jonas's curve (single, no income) under the law `id`.
fn jonas(id: RechtsstandId) -> antragssimulator::domain::was_bleibt::Kurve {
    kurve(
        &antrag("allein-ohne-einkommen"),
        PersonRef::Antragsteller,
        today(),
        Rechtsstand::get(id),
        Optionen::default(),
    )
}

#[test]
fn the_curve_has_301_points_from_0_to_3000_euros() {
    let k = jonas(RechtsstandId::R2026);
    assert_eq!(k.punkte.len(), 301);
    assert_eq!(k.punkte[0].brutto, Cents::ZERO);
    assert_eq!(k.punkte[300].brutto, Cents::euros(3_000));
    // Jonas has no other money: what he has is his net wage plus the claim. Without wage the
    // claim is 563 € Regelbedarf + 540 € rent and heating.
    assert_eq!(k.punkte[0].anspruch, Cents::euros(1_103));
    for p in &k.punkte {
        assert_eq!(p.verfuegbar, p.netto + p.anspruch);
    }
}

/// 2026 (§ 11b Abs. 2 and 3): the first 100 € stay, then 20 % up to 520 €, 30 % up to 1,000 €,
/// 10 % up to 1,200 €. The household keeps exactly that share of each further 100 € while a
/// claim remains, whatever tax and social insurance take (the claim makes up for them).
#[test]
fn the_bands_are_the_erwerbstaetigenfreibetrag_while_a_claim_remains() {
    let k = jonas(RechtsstandId::R2026);
    let keeps = |from: i64| {
        let (p, q) = (
            k.bei(Cents::euros(from)).expect("point"),
            k.bei(Cents::euros(from + 100)).expect("point"),
        );
        q.verfuegbar - p.verfuegbar
    };
    assert_eq!(keeps(0), Cents::euros(100));
    assert_eq!(keeps(200), Cents::euros(20));
    assert_eq!(keeps(600), Cents::euros(30));
    assert_eq!(keeps(1_000), Cents::euros(10));
    let bands = k.baender();
    assert_eq!(bands[0].von, Cents::ZERO);
    assert_eq!(bands[0].bleiben_je_100, Cents::euros(100));
    assert!(bands
        .iter()
        .any(|b| b.von == Cents::euros(100) && b.bleiben_je_100 == Cents::euros(20)));
    // The claim ends where it first reaches zero for good.
    let end = k.anspruch_endet().expect("the claim ends below 3,000 €");
    let at = k.bei(end).expect("point");
    assert!(at.anspruch.is_zero());
    let before = k.bei(end - Cents::euros(10)).expect("point");
    assert!(!before.anspruch.is_zero());
    // Beyond it, the household keeps what the payroll leaves: well over half of 100 €.
    let after = k.bei(end + Cents::euros(200)).expect("point");
    let further = k.bei(end + Cents::euros(300)).expect("point");
    assert!(further.verfuegbar - after.verfuegbar > Cents::euros(50));
}

/// Under the 2019 rules the Gleitzone took about a tenth of the wage just above 450 € at once;
/// while there is a claim the Jobcenter makes up for it, so the household keeps 20 % as before.
#[test]
fn in_2019_the_claim_absorbs_the_gleitzone_edge() {
    let k = jonas(RechtsstandId::R2019);
    let p = k.bei(Cents::euros(450)).expect("point");
    let q = k.bei(Cents::euros(550)).expect("point");
    assert!(
        q.netto < p.netto + Cents::euros(50),
        "net falls at the edge"
    );
    assert_eq!(q.verfuegbar - p.verfuegbar, Cents::euros(20));
}

#[test]
fn the_steuerklasse_follows_the_household() {
    let single = antrag("allein-ohne-einkommen");
    let b = beschaeftigter(&single, PersonRef::Antragsteller, today());
    assert_eq!((b.steuerklasse, b.kinder), (Steuerklasse::I, 0));
    let parent = antrag("alleinerziehend-minijob");
    let b = beschaeftigter(&parent, PersonRef::Antragsteller, today());
    assert_eq!(b.steuerklasse, Steuerklasse::II);
    assert!(b.kinder > 0);
    let couple = antrag("familie-aufstocker");
    for who in [PersonRef::Antragsteller, PersonRef::Partner] {
        assert_eq!(
            beschaeftigter(&couple, who, today()).steuerklasse,
            Steuerklasse::IV
        );
    }
    assert_eq!(
        erwerbsfaehige(&couple, today()),
        [PersonRef::Antragsteller, PersonRef::Partner]
    );
}

/// Every persona, every law: the curve is defined, never negative, and only the wage moves.
#[test]
fn every_persona_has_a_curve_under_every_law() {
    for p in personas::all() {
        let a = p.play(today()).antrag;
        let Some(who) = erwerbsfaehige(&a, today()).first().copied() else {
            continue;
        };
        for r in &ALL {
            let k = kurve(&a, who, today(), r, Optionen::default());
            assert_eq!(k.punkte.len(), 301);
            for pt in &k.punkte {
                assert!(pt.anspruch >= Cents::ZERO && pt.netto >= Cents::ZERO);
                assert!(
                    pt.verfuegbar >= pt.netto + pt.anspruch,
                    "{:?} {:?}",
                    p.id,
                    r.id
                );
            }
        }
    }
}

/// The offer on the income page: Sabine (single parent of two, Steuerklasse II) with 1,500 €
/// gross in July 2026 is in the Übergangsbereich: her base is 2,000/1,397 × (1,500 − 603) =
/// 1,284.18 €; RV 9.3 % = 119.43, AV 1.3 % = 16.69, KV 8.75 % = 112.37, PV 1.8 % (no surcharge
/// with children) = 23.12; no Lohnsteuer (taxable income below the Grundfreibetrag). Net 1,228.39.
#[test]
fn the_net_wage_offered_from_the_gross_wage() {
    use antragssimulator::domain::choices::{Betrag, EinkommensArt};
    use antragssimulator::domain::was_bleibt::netto_vorschlag;
    let mut a = antrag("alleinerziehend-minijob");
    let r = Rechtsstand::get(RechtsstandId::R2026Juli);
    let e = &mut a.person_mut(PersonRef::Antragsteller).einkommen;
    e.arten.insert(EinkommensArt::Erwerb, true);
    e.betraege
        .insert(Betrag::ErwerbBrutto, Some(Cents::euros(1_500)));
    e.betraege.insert(Betrag::ErwerbNetto, None);
    let (netto, wer) = netto_vorschlag(&a, PersonRef::Antragsteller, today(), r).expect("offer");
    assert_eq!(netto, Cents(122_839));
    assert_eq!(wer.steuerklasse, Steuerklasse::II);
    // Without a gross wage there is nothing to offer.
    a.person_mut(PersonRef::Antragsteller)
        .einkommen
        .betraege
        .insert(Betrag::ErwerbBrutto, None);
    assert_eq!(
        netto_vorschlag(&a, PersonRef::Antragsteller, today(), r),
        None
    );
}
