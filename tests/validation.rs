//! Validation and forms on concrete households, through the walkthrough as the UI uses it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use antragssimulator::domain::antrag::{FieldId, Key, PersonRef};
use antragssimulator::domain::choices::{Betrag, EinkommensArt};
use antragssimulator::domain::flow::{Event, Walkthrough};
use antragssimulator::domain::forms::Form;
use antragssimulator::domain::personas;
use antragssimulator::domain::step::Step;
use common::today;

/// A submitted persona's answers, reopened on `step` as if the person had navigated there.
fn reopen(persona: &str, step: Step) -> Walkthrough {
    let played = personas::by_id(persona).expect("persona").play(today());
    let submitted = played.submission.expect("persona submits");
    let mut w = Walkthrough::new(today());
    w.antrag = submitted.antrag;
    w.reached = w.route().into_iter().collect();
    w.current = step;
    w
}

fn answer(w: &mut Walkthrough, field: FieldId, value: &str) {
    w.apply(Event::Answer {
        field,
        value: value.into(),
    });
}

fn messages(w: &Walkthrough) -> Vec<(String, String)> {
    w.errors
        .iter()
        .map(|e| (e.field().to_string(), e.text().german()))
        .collect()
}

const KIND1: PersonRef = PersonRef::Kind(0);

#[test]
fn every_missing_answer_is_reported_at_once_in_plain_german() {
    let mut w = Walkthrough::new(today());
    w.current = Step::Personalien;
    w.reached.insert(Step::Personalien);
    w.apply(Event::Next);
    assert_eq!(w.current, Step::Personalien);
    let fields: Vec<String> = messages(&w).into_iter().map(|(f, _)| f).collect();
    assert_eq!(
        fields,
        [
            "antragsteller-vorname",
            "antragsteller-nachname",
            "antragsteller-geschlecht",
            "strasse",
            "plz",
            "wohnort",
            "antragsteller-krankenversicherung",
        ]
    );
    assert_eq!(w.errors[0].text().german(), "Geben Sie Ihren Vornamen ein.");
    for (_, message) in messages(&w) {
        assert!(!message.contains("Bitte") && !message.to_lowercase().contains("ungültig"));
    }
}

#[test]
fn the_name_of_the_health_insurance_may_stay_empty() {
    let mut w = Walkthrough::new(today());
    w.current = Step::Personalien;
    w.reached.insert(Step::Personalien);
    let me = |key| FieldId::person(PersonRef::Antragsteller, key);
    answer(&mut w, me(Key::Krankenversicherung), "gesetzlich");
    answer(&mut w, me(Key::Krankenkasse), "   ");
    w.apply(Event::Next);
    let fields: Vec<String> = messages(&w).into_iter().map(|(f, _)| f).collect();
    assert!(
        !fields.is_empty(),
        "the page's other questions are still asked"
    );
    assert!(
        !fields.iter().any(|f| f == "antragsteller-krankenkasse"),
        "{fields:?}"
    );
}

#[test]
fn a_child_cannot_be_older_than_its_parent() {
    let mut w = reopen("alleinerziehend-minijob", Step::Person(KIND1));
    // A young mother (22), so that a child older than her is still under 25.
    w.antrag.antragsteller.geburtsdatum = antragssimulator::domain::date::Date::new(2004, 1, 1);
    answer(
        &mut w,
        FieldId::person(KIND1, Key::Geburtsdatum),
        "01.06.2003",
    );
    w.apply(Event::Next);
    let birth = FieldId::person(KIND1, Key::Geburtsdatum);
    assert_eq!(
        w.errors_for(birth)
            .iter()
            .map(|e| e.text().german())
            .collect::<Vec<_>>(),
        ["Das Kind kann nicht älter sein als sein Elternteil. Prüfen Sie die Geburtsdaten."]
    );
    // Only eight years between mother and child.
    answer(
        &mut w,
        FieldId::person(KIND1, Key::Geburtsdatum),
        "01.01.2014",
    );
    w.apply(Event::Next);
    assert_eq!(w.errors_for(birth).len(), 1);
    assert!(w.errors_for(birth)[0]
        .text()
        .german()
        .starts_with("Zwischen Kind und Elternteil liegen weniger als 12 Jahre"));
}

#[test]
fn a_child_of_25_belongs_elsewhere() {
    let mut w = reopen("alleinerziehend-minijob", Step::Person(KIND1));
    answer(
        &mut w,
        FieldId::person(KIND1, Key::Geburtsdatum),
        "01.01.2001",
    );
    w.apply(Event::Next);
    assert!(messages(&w)[0]
        .1
        .starts_with("Kinder ab 25 Jahren gehören nicht zur Bedarfsgemeinschaft"));
}

#[test]
fn the_child_of_a_partner_needs_a_partner() {
    let mut w = reopen("alleinerziehend-minijob", Step::Person(KIND1));
    answer(
        &mut w,
        FieldId::person(KIND1, Key::KindVerhaeltnis),
        "kind-des-partners",
    );
    w.apply(Event::Next);
    assert_eq!(messages(&w)[0].0, "kind-1-verhaeltnis-kind");
}

#[test]
fn married_without_a_partner_in_the_household_is_a_contradiction() {
    let mut w = reopen("allein-ohne-einkommen", Step::Haushalt);
    w.antrag.familienstand = Some(antragssimulator::domain::choices::Familienstand::Verheiratet);
    w.apply(Event::Next);
    assert_eq!(messages(&w)[0].0, "hat-partner");
    assert!(messages(&w)[0].1.contains("dauernd getrennt lebend"));
}

#[test]
fn only_one_partner() {
    let mut w = reopen("familie-aufstocker", Step::Haushalt);
    answer(&mut w, FieldId::of(Key::AnzahlWeitere), "1");
    w.apply(Event::Next);
    assert!(w.errors.is_empty());
    // The new person's page comes after the children's pages.
    while w.current != Step::Person(PersonRef::Weitere(0)) {
        w.apply(Event::Next);
        assert!(w.errors.is_empty(), "{:?}", messages(&w));
    }
    let who = PersonRef::Weitere(0);
    for (key, value) in [
        (Key::Vorname, "Kim"),
        (Key::Nachname, "Lee"),
        (Key::Geburtsdatum, "01.01.1991"),
        (Key::Geschlecht, "divers"),
        (Key::WeitereVerhaeltnis, "partner"),
    ] {
        answer(&mut w, FieldId::person(who, key), value);
    }
    w.apply(Event::Next);
    assert_eq!(messages(&w)[0].0, "weitere-1-verhaeltnis-weitere");
    assert!(messages(&w)[0]
        .1
        .contains("nur eine Partnerin oder einen Partner"));
}

#[test]
fn a_partner_under_15_is_refused() {
    let mut w = reopen("familie-aufstocker", Step::Person(PersonRef::Partner));
    answer(
        &mut w,
        FieldId::person(PersonRef::Partner, Key::Geburtsdatum),
        "01.01.2015",
    );
    w.apply(Event::Next);
    assert!(messages(&w)[0]
        .1
        .starts_with("Eine Partnerin oder ein Partner muss mindestens 15 Jahre alt sein"));
}

#[test]
fn income_rules() {
    let me = PersonRef::Antragsteller;
    let mut w = reopen("familie-aufstocker", Step::Einkommen(me));
    answer(
        &mut w,
        FieldId::person(me, Key::EinkommenBetrag(Betrag::ErwerbNetto)),
        "2.500,00",
    );
    answer(&mut w, FieldId::person(me, Key::EinkommenKeine), "ja");
    w.apply(Event::Next);
    let m = messages(&w);
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[0].0, "antragsteller-einkommen-keine");
    assert_eq!(m[1].0, "antragsteller-einkommen-betrag-erwerb-netto");
    assert!(m[1]
        .1
        .starts_with("Der Nettolohn kann nicht höher sein als der Bruttolohn"));

    // Unticking the wage leaves its amount in the Antrag but not in what counts.
    answer(
        &mut w,
        FieldId::person(me, Key::EinkommenArt(EinkommensArt::Erwerb)),
        "",
    );
    let p = &w.antrag.antragsteller;
    assert_eq!(p.einkommen.betrag(Betrag::ErwerbNetto), None);
    w.apply(Event::Next);
    assert!(w.errors.is_empty(), "{:?}", messages(&w));
}

#[test]
fn amounts_are_parsed_capped_and_kept_as_typed_when_wrong() {
    let mut w = reopen("allein-ohne-einkommen", Step::Wohnkosten);
    let miete = FieldId::of(Key::Grundmiete);
    answer(&mut w, miete, "1 234,5 €");
    assert_eq!(w.antrag.wohnung.grundmiete.map(|c| c.0), Some(123_450));
    assert_eq!(w.display(miete), "1234,50");
    answer(&mut w, miete, "viel zu viel");
    assert_eq!(w.display(miete), "viel zu viel");
    assert_eq!(w.antrag.wohnung.grundmiete, None);
    w.apply(Event::Next);
    assert_eq!(
        messages(&w),
        [(
            "grundmiete".to_string(),
            "Geben Sie den Betrag nur mit Ziffern ein, zum Beispiel 450 oder 1.234,56.".to_string()
        )]
    );
    answer(&mut w, miete, "150000");
    w.apply(Event::Next);
    assert_eq!(
        messages(&w)[0].1,
        "Der Betrag ist zu hoch. Geben Sie höchstens 100.000,00\u{a0}€ ein."
    );
    answer(&mut w, miete, "-400");
    w.apply(Event::Next);
    assert!(messages(&w)[0]
        .1
        .starts_with("Der Betrag darf nicht negativ sein"));
}

#[test]
fn iban_and_text_limits() {
    let mut w = reopen("allein-ohne-einkommen", Step::Bankverbindung);
    answer(
        &mut w,
        FieldId::of(Key::Iban),
        "DE89 3704 0044 0532 0130 01",
    );
    answer(&mut w, FieldId::of(Key::Kontoinhaber), &"x".repeat(101));
    w.apply(Event::Next);
    let m = messages(&w);
    assert_eq!(
        m[0],
        (
            "iban".into(),
            "Die Prüfziffer der IBAN stimmt nicht. Prüfen Sie, ob Sie sich vertippt haben.".into()
        )
    );
    assert_eq!(
        m[1],
        (
            "kontoinhaber".into(),
            "Der Text ist zu lang. Kürzen Sie ihn auf höchstens 100 Zeichen.".into()
        )
    );
    answer(&mut w, FieldId::of(Key::Iban), "de89370400440532013000");
    answer(&mut w, FieldId::of(Key::Kontoinhaber), "Jonas Becker");
    w.apply(Event::Next);
    assert!(w.errors.is_empty());
    assert_eq!(w.antrag.bank.iban, "DE89370400440532013000");
}

#[test]
fn future_birth_dates_and_impossible_dates() {
    let mut w = Walkthrough::new(today());
    w.apply(Event::Next);
    let field = FieldId::person(PersonRef::Antragsteller, Key::Geburtsdatum);
    for (typed, message) in [
        (
            "01.01.2027",
            "Das Geburtsdatum muss in der Vergangenheit liegen.",
        ),
        (
            "29.02.2023",
            "Diesen Tag gibt es im angegebenen Monat nicht.",
        ),
        (
            "00.00.0000",
            "Geben Sie das Jahr mit vier Ziffern ein, zum Beispiel 1990.",
        ),
        (
            "12.12.99999",
            "Geben Sie das Jahr mit vier Ziffern ein, zum Beispiel 1990.",
        ),
    ] {
        answer(&mut w, field, typed);
        w.apply(Event::Next);
        assert_eq!(w.current, Step::Alter);
        assert_eq!(
            messages(&w),
            [(field.to_string(), message.to_string())],
            "{typed}"
        );
        assert_eq!(w.display(field), typed);
    }
}

#[test]
fn navigation_rules() {
    let mut w = Walkthrough::new(today());
    w.apply(Event::GoTo(Step::Haushalt));
    assert_eq!(w.current, Step::Start, "GoTo only to steps already reached");
    w.apply(Event::Next);
    // An answer to a question of another page is ignored.
    answer(&mut w, FieldId::of(Key::Grundmiete), "400");
    assert_eq!(w.antrag.wohnung.grundmiete, None);
    w.apply(Event::Submit);
    assert!(
        w.submission.is_none(),
        "Submit only from the declarations page"
    );
    w.apply(Event::Back);
    assert_eq!(w.current, Step::Start);
}

#[test]
fn a_change_from_the_check_page_returns_there_unless_it_brings_new_pages() {
    let mut w = reopen("allein-ohne-einkommen", Step::Pruefen);
    w.apply(Event::GoTo(Step::Wohnkosten));
    // The URL of the new page echoes a GoTo to where the person already is: nothing changes.
    w.apply(Event::GoTo(Step::Wohnkosten));
    answer(&mut w, FieldId::of(Key::Heizkosten), "75");
    w.apply(Event::Next);
    assert_eq!(w.current, Step::Pruefen);

    // A partner brings new pages: they come first, then the check page again.
    w.apply(Event::GoTo(Step::Haushalt));
    answer(&mut w, FieldId::of(Key::HatPartner), "ja");
    answer(&mut w, FieldId::of(Key::Partnerschaft), "nichtehelich");
    w.apply(Event::Next);
    assert_eq!(w.current, Step::Person(PersonRef::Partner));
    assert!(
        w.forms().iter().any(|f| f.form == Form::Ve),
        "unmarried partner: Anlage VE"
    );
    assert!(w.forms().iter().any(|f| f.form == Form::Wep));
}

#[test]
fn forms_follow_the_answers() {
    use antragssimulator::domain::choices::{Familienstand, Krankenversicherung};
    let w = reopen("familie-aufstocker", Step::Pruefen);
    let mut a = w.antrag.clone();
    let has = |a: &antragssimulator::domain::antrag::Antrag, form: Form, who: Option<PersonRef>| {
        antragssimulator::domain::forms::required_forms(a, today())
            .iter()
            .any(|f| f.form == form && f.person == who)
    };
    assert!(!has(&a, Form::Sv, Some(PersonRef::Partner)));
    a.partner.krankenversicherung = Some(Krankenversicherung::Privat);
    assert!(has(&a, Form::Sv, Some(PersonRef::Partner)));
    a.partner.ernaehrung = Some(true);
    assert!(has(&a, Form::Meb, Some(PersonRef::Partner)));
    a.partner.schwanger = Some(true);
    assert!(
        !has(&a, Form::Uh2, Some(PersonRef::Partner)),
        "married: no Anlage UH2"
    );
    a.partnerschaft = Some(antragssimulator::domain::choices::Partnerschaft::Nichtehelich);
    assert!(has(&a, Form::Uh2, Some(PersonRef::Partner)));
    a.familienstand = Some(Familienstand::Getrennt);
    assert!(has(&a, Form::Uh1, Some(PersonRef::Antragsteller)));
    // A grandmother in the household is not in the Bedarfsgemeinschaft: Anlage HG.
    a.anzahl_weitere = Some(1);
    let oma = a.person_mut(PersonRef::Weitere(0));
    oma.weitere_verhaeltnis = Some(antragssimulator::domain::choices::WeitereVerhaeltnis::Verwandt);
    assert!(has(&a, Form::Hg, Some(PersonRef::Weitere(0))));
    // A child of 16 fills in Anlage WEP, not KI.
    a.kinder[0].geburtsdatum = antragssimulator::domain::date::Date::new(2010, 1, 1);
    assert!(has(&a, Form::Wep, Some(PersonRef::Kind(0))));
    assert!(!has(&a, Form::Ki, Some(PersonRef::Kind(0))));
}

#[test]
fn a_change_from_the_check_page_that_ends_the_application_leads_to_the_exit() {
    let mut w = reopen("allein-ohne-einkommen", Step::Pruefen);
    w.apply(Event::GoTo(Step::Alter));
    answer(
        &mut w,
        FieldId::person(PersonRef::Antragsteller, Key::Geburtsdatum),
        "01.01.2015",
    );
    w.apply(Event::Next);
    let exit = Step::Ausstieg(antragssimulator::domain::step::Ausstieg::UnterMindestalter);
    assert_eq!(w.current, exit);
    // Back to the question and on again: the exit, never a check page that is off the route.
    w.apply(Event::Back);
    w.apply(Event::Next);
    assert_eq!(w.current, exit);
    assert!(w.forms().is_empty());
}
