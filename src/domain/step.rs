//! The steps of the walkthrough and the route through them: which pages apply to these answers,
//! in which order, and where the Vorprüfung ends the simulation (`Ausstieg`). Vocabulary that
//! the questions, their validation and the state machine (`flow`) all speak.

use super::antrag::{Antrag, PersonRef};
use super::choices::{
    AufenthaltDauer, Aufenthaltsgrund, Ausbildung, Erwerbsfaehigkeit, Staatsangehoerigkeit,
};
use super::date::Date;
use super::rules::altersgrenze;
use serde::{Deserialize, Serialize};

/// Why the simulation ends before the form: the person is not in SGB II at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Ausstieg {
    UnterMindestalter,
    Altersgrenze,
    NichtErwerbsfaehig,
    KeinWohnsitz,
    ErsteDreiMonate,
    NurArbeitsuche,
    Asylbewerber,
    Studium,
    Stationaer,
    Altersrente,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Step {
    Start,
    // Vorprüfung
    Alter,
    Erwerbsfaehigkeit,
    Aufenthalt,
    Ausbildung,
    Unterbringung,
    Ausstieg(Ausstieg),
    // Hauptantrag and Anlagen
    Personalien,
    Lebenssituation,
    Haushalt,
    Person(PersonRef),
    Wohnung,
    Wohnkosten,
    Einkommen(PersonRef),
    Vermoegen(PersonRef),
    Bankverbindung,
    // Finish
    Pruefen,
    Erklaerungen,
    // After the (mock) submission
    Bestaetigung,
    Bescheid,
    Nachweise,
    Bericht,
}

/// The pages shown after the mock submission, in order. Only these can be visited once the
/// application is sent; the answers are then fixed.
pub const AFTER_SUBMISSION: [Step; 4] = [
    Step::Bestaetigung,
    Step::Bescheid,
    Step::Nachweise,
    Step::Bericht,
];

impl Step {
    pub fn is_exit(self) -> bool {
        matches!(self, Step::Ausstieg(_))
    }

    pub fn is_after_submission(self) -> bool {
        AFTER_SUBMISSION.contains(&self)
    }

    /// A stable name for the URL (hash route) and for tests.
    pub fn slug(self) -> String {
        let person = PersonRef::slug;
        match self {
            Step::Start => "start".into(),
            Step::Alter => "alter".into(),
            Step::Erwerbsfaehigkeit => "erwerbsfaehigkeit".into(),
            Step::Aufenthalt => "aufenthalt".into(),
            Step::Ausbildung => "ausbildung".into(),
            Step::Unterbringung => "unterbringung".into(),
            Step::Ausstieg(a) => format!("ausstieg-{}", exit_slug(a)),
            Step::Personalien => "personalien".into(),
            Step::Lebenssituation => "lebenssituation".into(),
            Step::Haushalt => "haushalt".into(),
            Step::Person(p) => format!("person-{}", person(p)),
            Step::Wohnung => "wohnung".into(),
            Step::Wohnkosten => "wohnkosten".into(),
            Step::Einkommen(p) => format!("einkommen-{}", person(p)),
            Step::Vermoegen(p) => format!("vermoegen-{}", person(p)),
            Step::Bankverbindung => "bankverbindung".into(),
            Step::Pruefen => "pruefen".into(),
            Step::Erklaerungen => "erklaerungen".into(),
            Step::Bestaetigung => "bestaetigung".into(),
            Step::Bescheid => "bescheid".into(),
            Step::Nachweise => "nachweise".into(),
            Step::Bericht => "bericht".into(),
        }
    }
}

const EXITS: &[(Ausstieg, &str)] = &[
    (Ausstieg::UnterMindestalter, "unter-15"),
    (Ausstieg::Altersgrenze, "altersgrenze"),
    (Ausstieg::NichtErwerbsfaehig, "nicht-erwerbsfaehig"),
    (Ausstieg::KeinWohnsitz, "kein-wohnsitz"),
    (Ausstieg::ErsteDreiMonate, "erste-drei-monate"),
    (Ausstieg::NurArbeitsuche, "arbeitsuche"),
    (Ausstieg::Asylbewerber, "asylbewerber"),
    (Ausstieg::Studium, "studium"),
    (Ausstieg::Stationaer, "stationaer"),
    (Ausstieg::Altersrente, "altersrente"),
];

fn exit_slug(a: Ausstieg) -> &'static str {
    EXITS
        .iter()
        .find(|(e, _)| *e == a)
        .map(|(_, s)| *s)
        .unwrap_or("ausstieg")
}

/// The exit a Vorprüfung step leads to with the answers given so far, if any. Unanswered
/// questions never exit: the step's validation asks for them first.
pub fn exit_after(step: Step, a: &Antrag, today: Date) -> Option<Ausstieg> {
    let v = &a.vorpruefung;
    match step {
        Step::Alter => {
            let birth = a.antragsteller.geburtsdatum?;
            if birth.age_on(today) < altersgrenze::MINDESTALTER {
                Some(Ausstieg::UnterMindestalter)
            } else if altersgrenze::has_reached_limit(birth, today) {
                Some(Ausstieg::Altersgrenze)
            } else {
                None
            }
        }
        Step::Erwerbsfaehigkeit => (v.erwerbsfaehig == Some(Erwerbsfaehigkeit::Nein)
            && v.erwerbsfaehige_person_im_haushalt == Some(false))
        .then_some(Ausstieg::NichtErwerbsfaehig),
        Step::Aufenthalt => {
            if v.wohnsitz_deutschland == Some(false) {
                return Some(Ausstieg::KeinWohnsitz);
            }
            if matches!(
                v.staatsangehoerigkeit,
                None | Some(Staatsangehoerigkeit::Deutsch)
            ) {
                return None;
            }
            match (v.aufenthaltsgrund, v.aufenthalt_dauer) {
                (Some(Aufenthaltsgrund::Asyl), _) => Some(Ausstieg::Asylbewerber),
                (Some(Aufenthaltsgrund::NurArbeitsuche), Some(d))
                    if d != AufenthaltDauer::UeberFuenfJahre =>
                {
                    Some(Ausstieg::NurArbeitsuche)
                }
                (Some(Aufenthaltsgrund::Familie), Some(AufenthaltDauer::UnterDreiMonate)) => {
                    Some(Ausstieg::ErsteDreiMonate)
                }
                _ => None,
            }
        }
        Step::Ausbildung => {
            // § 7 Abs. 5 excludes BAföG-eligible training; § 7 Abs. 6 Nr. 2 keeps the claim of a
            // student living with the parents who gets BAföG. Betriebliche Ausbildung (BAB)
            // has not excluded since August 2016.
            (v.ausbildung == Some(Ausbildung::Studium) && v.bafoeg_bei_eltern != Some(true))
                .then_some(Ausstieg::Studium)
        }
        Step::Unterbringung => {
            if v.stationaer == Some(true) {
                Some(Ausstieg::Stationaer)
            } else if v.altersrente == Some(true) {
                Some(Ausstieg::Altersrente)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The exits each Vorprüfung step can lead to (what `exit_after` may return for it).
pub fn possible_exits(step: Step) -> &'static [Ausstieg] {
    match step {
        Step::Alter => &[Ausstieg::UnterMindestalter, Ausstieg::Altersgrenze],
        Step::Erwerbsfaehigkeit => &[Ausstieg::NichtErwerbsfaehig],
        Step::Aufenthalt => &[
            Ausstieg::KeinWohnsitz,
            Ausstieg::ErsteDreiMonate,
            Ausstieg::NurArbeitsuche,
            Ausstieg::Asylbewerber,
        ],
        Step::Ausbildung => &[Ausstieg::Studium],
        Step::Unterbringung => &[Ausstieg::Stationaer, Ausstieg::Altersrente],
        _ => &[],
    }
}

/// Every exit, for the process map and its tests.
pub fn all_exits() -> impl Iterator<Item = Ausstieg> {
    EXITS.iter().map(|(e, _)| *e)
}

pub const VORPRUEFUNG: [Step; 5] = [
    Step::Alter,
    Step::Erwerbsfaehigkeit,
    Step::Aufenthalt,
    Step::Ausbildung,
    Step::Unterbringung,
];

/// The steps that apply to these answers, in order, from the first question to the declarations
/// (or to the exit that ends the Vorprüfung). Start and confirmation are not part of it.
pub fn route(a: &Antrag, today: Date) -> Vec<Step> {
    let mut steps = Vec::new();
    for step in VORPRUEFUNG {
        steps.push(step);
        if let Some(exit) = exit_after(step, a, today) {
            steps.push(Step::Ausstieg(exit));
            return steps;
        }
    }
    steps.extend(application_steps(a, today));
    steps
}

/// The steps of the application itself, after the Vorprüfung: Hauptantrag sections, a page per
/// household member, housing, income and assets per member of the Bedarfsgemeinschaft, check,
/// declarations.
pub fn application_steps(a: &Antrag, today: Date) -> Vec<Step> {
    let mut steps = vec![Step::Personalien, Step::Lebenssituation, Step::Haushalt];
    steps.extend(
        a.household()
            .into_iter()
            .filter(|p| *p != PersonRef::Antragsteller)
            .map(Step::Person),
    );
    steps.push(Step::Wohnung);
    if a.wohnung.kosten == Some(true) {
        steps.push(Step::Wohnkosten);
    }
    let bg = a.bedarfsgemeinschaft(today);
    steps.extend(bg.iter().map(|p| Step::Einkommen(*p)));
    steps.extend(bg.iter().map(|p| Step::Vermoegen(*p)));
    steps.extend([Step::Bankverbindung, Step::Pruefen, Step::Erklaerungen]);
    steps
}
