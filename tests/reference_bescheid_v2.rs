//! The calculation against households computed by hand from the statute
//! (tests/reference/bescheid-cases-v2.json): young earners, trainees, children with own income,
//! Kindergeld entered twice, housing costs above the limit, Elterngeld, Altersvorsorge. Each case
//! carries its arithmetic and paragraphs; it is built through the project's own Antrag types and
//! must match to the cent.
#![cfg(not(target_arch = "wasm32"))]

use antragssimulator::domain::antrag::{Antrag, Person, PersonRef};
use antragssimulator::domain::bescheid::{berechne, Bescheid, Optionen, Richtung};
use antragssimulator::domain::choices::{
    Ausbildung, Betrag, EinkommensArt, KindVerhaeltnis, Partnerschaft, VermoegensArt,
    WeitereVerhaeltnis, Wohnform,
};
use antragssimulator::domain::date::Date;
use antragssimulator::domain::money::Cents;
use antragssimulator::domain::rules::Rechtsstand;
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    format: String,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    points: Vec<u8>,
    stichtag: String,
    sgb2_bezug_drei_jahre: bool,
    #[serde(default)]
    bewohner: Option<u16>,
    #[serde(default)]
    alleinerziehend: Option<bool>,
    kdu: Kdu,
    persons: Vec<RefPerson>,
    expected: Expected,
    calculation: String,
    paragraphs: String,
}

#[derive(Deserialize)]
struct Kdu {
    miete_cents: i64,
    heizung_cents: i64,
    grenze_cents: Option<i64>,
    #[serde(default)]
    heizkosten_grenze_cents: Option<i64>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RefPerson {
    role: String,
    age: i32,
    gross_cents: i64,
    net_cents: i64,
    kindergeld_cents: i64,
    unterhalt_cents: i64,
    arbeitslosengeld_cents: i64,
    elterngeld_cents: i64,
    fahrtkosten_cents: i64,
    versicherungen_cents: i64,
    riester_cents: i64,
    unterhalt_tituliert_cents: i64,
    elterngeld_aus_erwerb: bool,
    ausbildung: Option<String>,
    schule: bool,
    auszug_ohne_zusicherung: bool,
    konten_cents: i64,
    lebensversicherung_cents: i64,
    lv_altersvorsorge: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Expected {
    refused: bool,
    anspruch_cents: i64,
    bedarf_cents: i64,
    kindersofortzuschlag_cents: i64,
    einkommen_cents: Option<i64>,
    ausserhalb: Option<usize>,
    bewilligungszeitraum: Option<u8>,
    vermoegen_ueber_freibetrag: Option<bool>,
    kostensenkung: Option<ExpectedKostensenkung>,
    persons: Vec<ExpectedPerson>,
}

#[derive(Deserialize)]
struct ExpectedKostensenkung {
    ab_monat: u8,
    anspruch_cents: i64,
}

#[derive(Deserialize)]
struct ExpectedPerson {
    index: usize,
    stufe: Option<u8>,
    anspruch_cents: Option<i64>,
}

fn load() -> File {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/reference/bescheid-cases-v2.json");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_str(&text).expect("the v2 reference file parses")
}

fn set(p: &mut Person, art: EinkommensArt, betrag: Betrag, cents: i64) {
    if cents > 0 {
        p.einkommen.arten.insert(art, true);
        p.einkommen.betraege.insert(betrag, Some(Cents(cents)));
    }
}

/// The household of a case, as answers to the project's own questions.
fn antrag_for(case: &Case, stichtag: Date) -> (Antrag, Vec<PersonRef>) {
    let mut a = Antrag::default();
    let count = |role: &str| case.persons.iter().filter(|p| p.role == role).count();
    a.hat_partner = Some(count("partner") > 0);
    if count("partner") > 0 {
        a.partnerschaft = Some(Partnerschaft::Nichtehelich);
    }
    a.anzahl_kinder = Some(count("kind") as u16);
    a.anzahl_weitere = Some(count("elternteil") as u16);
    a.sgb2_bezug_drei_jahre = Some(case.sgb2_bezug_drei_jahre);
    a.alleinerziehend = case.alleinerziehend;
    a.wohnung.bewohner = case.bewohner;
    let (mut kinder, mut weitere) = (0u16, 0u16);
    let mut refs = Vec::new();
    for rp in &case.persons {
        let who = match rp.role.as_str() {
            "antragsteller" => PersonRef::Antragsteller,
            "partner" => PersonRef::Partner,
            "kind" => {
                kinder += 1;
                PersonRef::Kind(kinder - 1)
            }
            "elternteil" => {
                weitere += 1;
                PersonRef::Weitere(weitere - 1)
            }
            other => panic!("{}: unknown role {other}", case.id),
        };
        refs.push(who);
        if let Some(aus) = &rp.ausbildung {
            a.vorpruefung.ausbildung = Some(match aus.as_str() {
                "schule" => Ausbildung::Schule,
                "betrieblich" => Ausbildung::Betrieblich,
                "studium" => Ausbildung::Studium,
                other => panic!("{}: unknown ausbildung {other}", case.id),
            });
            a.vorpruefung.bafoeg_bei_eltern = Some(aus == "studium");
        }
        let p = a.person_mut(who);
        p.geburtsdatum = Date::new(stichtag.year - rp.age, stichtag.month, stichtag.day);
        match who {
            PersonRef::Kind(_) => {
                p.kind_verhaeltnis = Some(KindVerhaeltnis::Leiblich);
                p.schule = Some(rp.schule);
            }
            PersonRef::Weitere(_) => p.weitere_verhaeltnis = Some(WeitereVerhaeltnis::Elternteil),
            _ => {}
        }
        p.auszug_ohne_zusicherung = Some(rp.auszug_ohne_zusicherung);
        set(
            p,
            EinkommensArt::Erwerb,
            Betrag::ErwerbBrutto,
            rp.gross_cents,
        );
        set(p, EinkommensArt::Erwerb, Betrag::ErwerbNetto, rp.net_cents);
        set(
            p,
            EinkommensArt::Kindergeld,
            Betrag::Kindergeld,
            rp.kindergeld_cents,
        );
        set(
            p,
            EinkommensArt::Unterhalt,
            Betrag::Unterhalt,
            rp.unterhalt_cents,
        );
        set(
            p,
            EinkommensArt::Elterngeld,
            Betrag::Elterngeld,
            rp.elterngeld_cents,
        );
        set(
            p,
            EinkommensArt::Arbeitslosengeld,
            Betrag::Arbeitslosengeld,
            rp.arbeitslosengeld_cents,
        );
        let amount = |c: i64| (c > 0).then_some(Cents(c));
        p.fahrtkosten = amount(rp.fahrtkosten_cents);
        p.versicherungen = amount(rp.versicherungen_cents);
        p.riester = amount(rp.riester_cents);
        p.unterhalt_tituliert = amount(rp.unterhalt_tituliert_cents);
        p.elterngeld_aus_erwerb = Some(rp.elterngeld_aus_erwerb);
        p.einkommen.keine = !p.einkommen.any();
        for (art, cents) in [
            (VermoegensArt::Konten, rp.konten_cents),
            (
                VermoegensArt::Lebensversicherung,
                rp.lebensversicherung_cents,
            ),
        ] {
            if cents > 0 {
                p.vermoegen.arten.insert(art, true);
                p.vermoegen.betraege.insert(art, Some(Cents(cents)));
            }
        }
        p.lv_altersvorsorge = Some(rp.lv_altersvorsorge);
    }
    let w = &mut a.wohnung;
    w.kosten = Some(true);
    w.wohnform = Some(Wohnform::Miete);
    w.grundmiete = Some(Cents(case.kdu.miete_cents));
    w.nebenkosten = Some(Cents::ZERO);
    w.heizkosten = Some(Cents(case.kdu.heizung_cents));
    (a, refs)
}

fn problems(case: &Case, b: &Bescheid, refs: &[PersonRef]) -> Vec<String> {
    let e = &case.expected;
    let out = std::cell::RefCell::new(Vec::new());
    let check = |what: &str, got: i64, want: i64| {
        if got != want {
            out.borrow_mut().push(format!("{what}: {got} ≠ {want}"));
        }
    };
    check("Anspruch", b.anspruch.0, e.anspruch_cents);
    check("Bedarf", b.bedarf.0, e.bedarf_cents);
    check(
        "Kindersofortzuschlag",
        b.kindersofortzuschlag.0,
        e.kindersofortzuschlag_cents,
    );
    if let Some(want) = e.einkommen_cents {
        check("Einkommen", b.einkommen_angerechnet.0, want);
    }
    if let Some(want) = e.ausserhalb {
        check("außerhalb", b.ausserhalb.len() as i64, want as i64);
    }
    if let Some(want) = e.bewilligungszeitraum {
        check(
            "Bewilligungszeitraum",
            i64::from(b.bewilligungszeitraum_monate),
            i64::from(want),
        );
    }
    if let Some(want) = e.vermoegen_ueber_freibetrag {
        check(
            "Vermögen über Freibetrag",
            i64::from(b.vermoegen.ueber_freibetrag),
            i64::from(want),
        );
    }
    match (&e.kostensenkung, &b.kostensenkung) {
        (None, None) => {}
        (Some(want), Some(got)) => {
            check(
                "Kostensenkung ab Monat",
                i64::from(got.ab_monat),
                i64::from(want.ab_monat),
            );
            check(
                "Anspruch nach Kostensenkung",
                got.anspruch.0,
                want.anspruch_cents,
            );
        }
        (want, got) => out.borrow_mut().push(format!(
            "Kostensenkung expected {} got {}",
            want.is_some(),
            got.is_some()
        )),
    }
    for want in &e.persons {
        let Some(got) = b.personen.iter().find(|p| p.person == refs[want.index]) else {
            out.borrow_mut()
                .push(format!("person {} missing", want.index));
            continue;
        };
        if let Some(stufe) = want.stufe {
            check(
                &format!("person {} Stufe", want.index),
                i64::from(got.regelbedarfsstufe),
                i64::from(stufe),
            );
        }
        if let Some(anspruch) = want.anspruch_cents {
            check(
                &format!("person {} Anspruch", want.index),
                got.anspruch.0,
                anspruch,
            );
        }
    }
    let sum: i64 = b.personen.iter().map(|p| p.anspruch.0).sum();
    check("Summe der Personen", sum, b.anspruch.0);
    // Each person's lines add up to the benefit on screen: Bedarf − own income ∓ the share of
    // the others' income = benefit (before the Sofortzuschlag); and as the letter shows them,
    // never with a negative amount: Bedarf − deductions + additions = what is paid.
    for p in &b.personen {
        let shown = p.gegen_bedarf();
        let on_screen = shown
            .iter()
            .fold(p.bedarf.0, |sum, (z, richtung)| match richtung {
                Richtung::Abzug => sum - z.betrag.0,
                Richtung::Zuschlag => sum + z.betrag.0,
            });
        check(
            &format!("{:?} letter adds up", p.person),
            on_screen,
            p.anspruch.0,
        );
        if shown.iter().any(|(z, _)| z.betrag < Cents::ZERO) {
            out.borrow_mut()
                .push(format!("{:?}: a negative amount on the letter", p.person));
        }
        let own: i64 = p.einkommen.iter().map(|z| z.betrag.0).sum();
        let shared = p.verteilung.as_ref().map_or(0, |z| z.betrag.0);
        check(
            &format!("{:?} lines add up", p.person),
            p.bedarf.0 - own - shared,
            p.leistung.0,
        );
    }
    out.into_inner()
}

#[test]
fn every_hand_computed_household_matches_to_the_cent() {
    let file = load();
    assert_eq!(file.format, "bescheid-reference/2");
    assert!(file.cases.len() >= 20, "at least 20 households");
    let mut failures = Vec::new();
    for case in &file.cases {
        assert!(
            !case.calculation.is_empty() && case.paragraphs.contains('§'),
            "{}: every case shows its arithmetic and its §",
            case.id
        );
        let stichtag = Date::parse(&case.stichtag).expect("stichtag");
        let r = match Rechtsstand::on(stichtag) {
            Ok(r) => r,
            Err(_) if case.expected.refused => continue,
            Err(e) => {
                failures.push(format!("{}: no Rechtsstand: {e:?}", case.id));
                continue;
            }
        };
        if case.expected.refused {
            failures.push(format!("{}: should be refused, got {:?}", case.id, r.id));
            continue;
        }
        let (a, refs) = antrag_for(case, stichtag);
        let opt = Optionen {
            kdu_grenze: case.kdu.grenze_cents.map(Cents),
            heizkosten_grenze: case.kdu.heizkosten_grenze_cents.map(Cents),
        };
        let b = berechne(&a, stichtag, r, opt);
        let p = problems(case, &b, &refs);
        if !p.is_empty() {
            failures.push(format!(
                "{} (points {:?}): {}",
                case.id,
                case.points,
                p.join("; ")
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

#[test]
fn the_cases_cover_every_point_of_the_issue() {
    let file = load();
    for point in 1..=10u8 {
        assert!(
            file.cases.iter().any(|c| c.points.contains(&point)),
            "no household for point {point}"
        );
    }
}
