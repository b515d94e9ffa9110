//! Every persona household played through the walkthrough: where it ends, which forms it
//! triggers, and how many steps its route has.
#![cfg(not(target_arch = "wasm32"))]

use antragssimulator::domain::antrag::PersonRef;
use antragssimulator::domain::date::Date;
use antragssimulator::domain::personas;
use antragssimulator::domain::step::{Ausstieg, Step};
use antragssimulator::i18n::Text;

fn today() -> Date {
    Date::new(2026, 11, 25).expect("valid date")
}

/// Forms as "CODE" or "CODE:person" strings, sorted, for readable assertions.
fn forms_of(id: &str) -> (Step, usize, Vec<String>) {
    let persona = personas::by_id(id).unwrap_or_else(|| panic!("persona {id}"));
    let w = persona.play(today());
    assert!(
        w.errors.is_empty(),
        "{id} got stuck on {:?}: {:?}",
        w.current,
        w.errors
            .iter()
            .map(|e| e.text().german())
            .collect::<Vec<_>>()
    );
    let forms = match &w.submission {
        Some(s) => s.forms.clone(),
        None => w.forms(),
    };
    let mut names: Vec<String> = forms
        .iter()
        .map(|f| match f.person {
            None => f.form.code().to_string(),
            Some(PersonRef::Antragsteller) => format!("{}:A", f.form.code()),
            Some(PersonRef::Partner) => format!("{}:P", f.form.code()),
            Some(PersonRef::Kind(i)) => format!("{}:K{}", f.form.code(), i + 1),
            Some(PersonRef::Weitere(i)) => format!("{}:W{}", f.form.code(), i + 1),
        })
        .collect();
    names.sort();
    (w.current, w.route().len(), names)
}

fn sorted(v: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

#[test]
fn single_without_income() {
    let (end, steps, forms) = forms_of("allein-ohne-einkommen");
    assert_eq!(end, Step::Bestaetigung);
    assert_eq!(forms, sorted(&["HA", "KDU", "VM", "EK:A"]));
    // 5 Vorprüfung + Personalien, Lebenssituation, Haushalt, Wohnung, Wohnkosten, Einkommen,
    // Vermögen, Bankverbindung, Prüfen, Erklärungen.
    assert_eq!(steps, 15);
}

#[test]
fn single_parent_with_two_children_and_a_minijob() {
    let (end, steps, forms) = forms_of("alleinerziehend-minijob");
    assert_eq!(end, Step::Bestaetigung);
    assert_eq!(
        forms,
        sorted(&[
            "HA", "KI:K1", "KI:K2", "KDU", "VM", "EK:A", "EK:K1", "EK:K2", "UH4:K1", "UH4:K2"
        ])
    );
    // + two Anlage KI pages, and Einkommen and Vermögen for each of the three.
    assert_eq!(steps, 21);
}

#[test]
fn couple_with_two_children_one_earning() {
    let (end, steps, forms) = forms_of("familie-aufstocker");
    assert_eq!(end, Step::Bestaetigung);
    assert_eq!(
        forms,
        sorted(&["HA", "WEP:P", "KI:K1", "KI:K2", "KDU", "VM", "EK:A", "EK:P"])
    );
    assert_eq!(steps, 24);
}

#[test]
fn couple_with_a_child_one_earning_recently_arrived() {
    let (end, steps, forms) = forms_of("neu-zugewandert");
    assert_eq!(end, Step::Bestaetigung);
    assert_eq!(
        forms,
        sorted(&["HA", "WEP:P", "KI:K1", "KDU", "VM", "EK:A", "EK:P"])
    );
    assert_eq!(steps, 21);
}

#[test]
fn young_adult_living_with_a_parent() {
    let (end, steps, forms) = forms_of("jung-bei-den-eltern");
    assert_eq!(end, Step::Bestaetigung);
    // The mother is in the Bedarfsgemeinschaft of her daughter under 25 (§ 7 Abs. 3 Nr. 2).
    assert_eq!(
        forms,
        sorted(&["HA", "WEP:W1", "KDU", "VM", "EK:A", "EK:W1", "UH3:A"])
    );
    assert_eq!(steps, 18);
}

#[test]
fn self_employed() {
    let (end, steps, forms) = forms_of("selbststaendig");
    assert_eq!(end, Step::Bestaetigung);
    assert_eq!(
        forms,
        sorted(&["HA", "KDU", "VM", "EK:A", "EKS:A", "SV:A", "UH1:A"])
    );
    assert_eq!(steps, 15);
}

#[test]
fn sixty_with_savings_goes_all_the_way() {
    let (end, steps, forms) = forms_of("sechzig-mit-ersparnissen");
    assert_eq!(end, Step::Bestaetigung);
    assert_eq!(forms, sorted(&["HA", "KDU", "VM", "EK:A"]));
    assert_eq!(steps, 15);
}

#[test]
fn over_the_age_limit_is_routed_to_sgb_xii() {
    let (end, steps, forms) = forms_of("ueber-der-altersgrenze");
    assert_eq!(end, Step::Ausstieg(Ausstieg::Altersgrenze));
    assert_eq!(steps, 2, "Alter, then the exit");
    assert!(forms.is_empty());
}

#[test]
fn student_is_routed_to_bafoeg() {
    let (end, steps, forms) = forms_of("studentin");
    assert_eq!(end, Step::Ausstieg(Ausstieg::Studium));
    assert_eq!(
        steps, 5,
        "Alter, Erwerbsfähigkeit, Aufenthalt, Ausbildung, exit"
    );
    assert!(forms.is_empty());
}

#[test]
fn every_persona_has_a_story_and_unique_id() {
    let all = personas::all();
    assert!(all.len() >= 7);
    let mut ids: Vec<_> = all.iter().map(|p| p.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), all.len());
    // Every role has its persona, so `personas::of` never falls back.
    for rolle in antragssimulator::domain::rolle::Rolle::ALL {
        assert_eq!(personas::of(rolle).id, rolle);
    }
    for p in all {
        assert!(
            p.story().german().starts_with("Sie sind"),
            "{}: second person story",
            p.id
        );
        assert!(!p.title().german().is_empty());
    }
}

#[test]
fn submitted_application_drops_hidden_branches() {
    use antragssimulator::domain::antrag::FieldId;
    use antragssimulator::domain::flow::Event;
    let persona = personas::by_id("familie-aufstocker").expect("persona");
    let mut w = persona.play(today());
    let submitted = w.submission.clone().expect("submitted");
    assert_eq!(submitted.antrag.kinder.len(), 2);
    assert_eq!(submitted.wirkt_ab, Date::new(2026, 11, 1).expect("date"));
    assert!(submitted.referenz.starts_with("SIM-2026-"));

    // Before submitting, lowering the number of children keeps the hidden child's answers …
    w = antragssimulator::domain::flow::Walkthrough::new(today());
    w.antrag = submitted.antrag.clone();
    w.current = Step::Haushalt;
    w.reached.insert(Step::Haushalt);
    w.apply(Event::Answer {
        field: FieldId::of(antragssimulator::domain::antrag::Key::AnzahlKinder),
        value: "1".into(),
    });
    assert_eq!(w.antrag.kinder.len(), 2, "kept while the Antrag is open");
    assert_eq!(w.antrag.kinder[1].vorname, "Ela");
    // … and the pruned Antrag drops them.
    let pruned = antragssimulator::domain::flow::pruned(&w.antrag, today());
    assert_eq!(pruned.kinder.len(), 1);
    assert_eq!(pruned.kinder[0].vorname, "Deniz");
}

#[test]
fn check_answers_lists_what_applies_in_words() {
    use antragssimulator::domain::questions::answers_summary;
    let persona = personas::by_id("familie-aufstocker").expect("persona");
    let mut antrag = persona.play(today()).antrag;
    let sections = answers_summary(&antrag, today());
    let row = |step: Step, label: &str| {
        sections
            .iter()
            .find(|s| s.step == step)
            .and_then(|s| s.rows.iter().find(|r| r.label.german() == label))
            .map(|r| r.value.german())
    };
    assert_eq!(
        row(Step::Person(PersonRef::Partner), "Vorname").as_deref(),
        Some("Elif")
    );
    assert_eq!(
        row(
            Step::Einkommen(PersonRef::Antragsteller),
            "Welche Einnahmen haben Sie?"
        )
        .as_deref(),
        Some("Lohn oder Gehalt (auch Minijob)")
    );
    assert_eq!(
        row(
            Step::Einkommen(PersonRef::Antragsteller),
            "Bruttolohn im Monat"
        )
        .as_deref(),
        Some("2.100,00\u{a0}€")
    );
    assert_eq!(
        row(Step::Haushalt, "Wie leben Sie zusammen?").as_deref(),
        Some("Wir sind verheiratet oder eingetragene Lebenspartner")
    );
    assert_eq!(
        row(Step::Personalien, "Telefonnummer").as_deref(),
        Some("Nicht angegeben")
    );
    assert_eq!(
        row(Step::Bankverbindung, "IBAN").as_deref(),
        Some("DE89 3704 0044 0532 0130 00")
    );
    assert_eq!(
        sections
            .iter()
            .find(|s| s.step == Step::Person(PersonRef::Partner))
            .and_then(|s| s.form.as_ref().map(|f| f.german()))
            .as_deref(),
        Some("Anlage WEP")
    );
    // A branch that no longer applies disappears from the check page.
    antrag.anzahl_kinder = Some(1);
    let fewer = answers_summary(&antrag, today());
    assert!(fewer
        .iter()
        .all(|s| s.step != Step::Person(PersonRef::Kind(1))));
    assert_eq!(
        fewer.len(),
        sections.len() - 3,
        "the child's page, income and assets"
    );
}

#[test]
fn every_page_with_questions_says_why_it_asks_and_under_which_rule() {
    use antragssimulator::domain::questions::{questions, step_reason};
    for persona in personas::all() {
        let w = persona.play(today());
        for step in w.route() {
            if questions(step, &w.antrag, today()).is_empty() {
                continue;
            }
            let (why, law) = step_reason(step, &w.antrag, today())
                .unwrap_or_else(|| panic!("{step:?} says why"));
            assert!(!why.german().is_empty() && law.contains('§'), "{step:?}");
        }
    }
}

#[test]
fn every_role_has_a_second_person_story_and_papers_at_hand() {
    assert!(personas::all().len() >= 6);
    for p in personas::all() {
        assert!(
            p.story().german().starts_with("Sie "),
            "{}: {}",
            p.id,
            p.story().german()
        );
        assert!(p.unterlagen().count() >= 3, "{}", p.id);
    }
}

#[test]
fn hints_show_what_fits_the_role_on_a_page_including_revealed_questions() {
    use antragssimulator::domain::antrag::Antrag;
    let role = personas::by_id("allein-ohne-einkommen").expect("persona");
    let empty = Antrag::default();
    let housing = role.hints(Step::Wohnung, &empty, today());
    let has = |hints: &[(Text, Text)], label: &str, value: &str| {
        hints
            .iter()
            .any(|(l, v)| l.german() == label && v.german() == value)
    };
    assert!(has(
        &housing,
        "Haben Sie Kosten für Ihre Wohnung oder Heizung?",
        "Ja"
    ));
    // Revealed only once costs are claimed, still hinted on the same page.
    assert!(
        has(&housing, "Wie groß ist die Wohnung in Quadratmetern?", "45"),
        "{housing:?}"
    );
    let costs = role.hints(Step::Wohnkosten, &empty, today());
    assert!(
        has(&costs, "Heizkosten im Monat", "60,00\u{a0}€"),
        "{costs:?}"
    );
    // The hints never change the answers given.
    assert_eq!(empty, Antrag::default());
}
