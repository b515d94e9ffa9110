//! Ready-made life situations to role-play at events, and to test the walkthrough with. Each has
//! a short story in the second person and the answers that role would give. Answers are raw text
//! by field id, exactly as a person would type or choose them.

use super::antrag::{Antrag, FieldId, NEIN};
use super::date::Date;
use super::flow::{Event, Walkthrough};
use super::questions::{questions, Kind, Question};
use super::rolle::Rolle;
use super::step::Step;
use super::validate::{parse_answer, write};
use crate::i18n::{k, text, Key, Text};

pub struct Persona {
    pub id: Rolle,
    title: Key,
    story: Key,
    /// The papers this role has at hand, to look answers up in as one would at home.
    unterlagen: &'static [Key],
    /// Answers specific to this role, by field id.
    pub answers: &'static [(&'static str, &'static str)],
}

/// What every role answers unless it says otherwise, by the field's key (any person). A yes/no
/// question not listed is answered "nein" (`answer_to`).
const DEFAULTS: &[(&str, &str)] = &[
    ("erwerbsfaehigkeit", "ja"),
    ("wohnsitz-deutschland", "ja"),
    ("staatsangehoerigkeit", "deutsch"),
    ("ausbildung", "keine"),
    ("leistungsbeginn", "sofort"),
    ("getrennt-seit", "01.03.2023"),
    ("erwerbsfaehig", "ja"),
    ("krankenversicherung", "gesetzlich"),
    ("krankenkasse", "AOK Rheinland-Pfalz/Saarland"),
    ("anzahl-kinder", "0"),
    ("anzahl-weitere", "0"),
    ("iban", "DE89 3704 0044 0532 0130 00"),
    ("erklaerung-richtigkeit", "ja"),
    ("erklaerung-aenderungen", "ja"),
    ("erklaerung-datenschutz", "ja"),
];

impl Persona {
    pub fn title(&self) -> Key {
        self.title
    }

    pub fn story(&self) -> Key {
        self.story
    }

    pub fn unterlagen(&self) -> impl Iterator<Item = Key> + '_ {
        self.unterlagen.iter().copied()
    }

    /// The answer this role gives to `q`: from its card or the defaults, else "nein" to a yes/no
    /// question (a role's story mentions what applies to it; what it does not mention does not).
    pub fn answer_to(&self, q: &Question) -> Option<&'static str> {
        self.answer_for(q.field)
            .or((q.kind == Kind::YesNo).then_some(NEIN))
    }

    /// The answer this role gives to `field`, if it has one.
    fn answer_for(&self, field: FieldId) -> Option<&'static str> {
        let id = field.to_string();
        if let Some((_, v)) = self.answers.iter().find(|(f, _)| *f == id) {
            return Some(v);
        }
        let key = field.key.to_string();
        DEFAULTS.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    /// "Was passt zu Ihrer Rolle?": what this role would answer on `step`, as the check page
    /// shows answers ("Grundmiete (Kaltmiete) im Monat" – "400,00 €"). Questions that an earlier
    /// answer of the page reveals are included.
    pub fn hints(&self, step: Step, antrag: &Antrag, today: Date) -> Vec<(Text, Text)> {
        let mut scratch = antrag.clone();
        let mut out: Vec<Question> = Vec::new();
        for _ in 0..4 {
            let mut added = false;
            for q in questions(step, &scratch, today) {
                if out.iter().any(|o| o.field == q.field) {
                    continue;
                }
                let Some(raw) = self.answer_to(&q) else {
                    continue;
                };
                let Ok(Some(value)) = parse_answer(q.field, &q.kind, raw, today) else {
                    continue;
                };
                let Some(mut slot) = scratch.slot(q.field) else {
                    continue;
                };
                if write(&mut slot, value) {
                    out.push(q);
                    added = true;
                }
            }
            if !added {
                break;
            }
        }
        out.into_iter()
            .map(|q| {
                let value = match q.kind {
                    Kind::Check => text(k::PERSONA_TICK),
                    _ => super::questions::answer_text(&q, &scratch),
                };
                (q.label, value)
            })
            .collect()
    }

    /// Play the role through the walkthrough as a person would: answer what each page asks,
    /// press "Weiter", and submit at the end. Stops at the confirmation, at an exit, or where a
    /// page cannot be completed with the role's answers (the walkthrough then shows the errors).
    pub fn play(&self, today: Date) -> Walkthrough {
        let mut w = Walkthrough::new(today);
        w.apply(Event::Next);
        for _ in 0..200 {
            if w.current.is_after_submission() || w.current.is_exit() {
                break;
            }
            // Answering can reveal further questions on the same page: answer until none is new.
            let mut answered = std::collections::BTreeSet::new();
            loop {
                let pending: Vec<(FieldId, &str)> = questions(w.current, &w.antrag, w.today)
                    .into_iter()
                    .filter(|q| !answered.contains(&q.field))
                    .filter_map(|q| self.answer_to(&q).map(|v| (q.field, v)))
                    .collect();
                if pending.is_empty() {
                    break;
                }
                for (field, value) in pending {
                    answered.insert(field);
                    w.apply(Event::Answer {
                        field,
                        value: value.to_string(),
                    });
                }
            }
            let before = w.current;
            w.apply(if w.current == Step::Erklaerungen {
                Event::Submit
            } else {
                Event::Next
            });
            if w.current == before {
                break;
            }
        }
        w
    }
}

pub fn all() -> &'static [Persona] {
    PERSONAS
}

/// The persona whose link name is `slug` (`?rolle=`, tests).
pub fn by_id(slug: &str) -> Option<&'static Persona> {
    Rolle::from_slug(slug).map(of)
}

/// The persona playing `rolle`; every role has one (a test checks it).
pub fn of(rolle: Rolle) -> &'static Persona {
    PERSONAS
        .iter()
        .find(|p| p.id == rolle)
        .unwrap_or(&PERSONAS[0])
}

const PERSONAS: &[Persona] = &[
    Persona {
        id: Rolle::AlleinOhneEinkommen,
        title: k::PERSONA_ALLEIN_OHNE_EINKOMMEN_TITLE,
        story: k::PERSONA_ALLEIN_OHNE_EINKOMMEN_STORY,
        unterlagen: &[
            k::PERSONA_ALLEIN_OHNE_EINKOMMEN_PAPER_1,
            k::PERSONA_ALLEIN_OHNE_EINKOMMEN_PAPER_2,
            k::PERSONA_ALLEIN_OHNE_EINKOMMEN_PAPER_3,
            k::PERSONA_ALLEIN_OHNE_EINKOMMEN_PAPER_4,
            k::PERSONA_ALLEIN_OHNE_EINKOMMEN_PAPER_5,
        ],
        answers: &[
            ("antragsteller-geburtsdatum", "14.05.1991"),
            ("antragsteller-vorname", "Jonas"),
            ("antragsteller-nachname", "Becker"),
            ("antragsteller-geschlecht", "maennlich"),
            ("strasse", "Bahnhofstraße 12"),
            ("plz", "55218"),
            ("wohnort", "Ingelheim am Rhein"),
            ("familienstand", "ledig"),
            ("wohnkosten", "ja"),
            ("wohnform", "miete"),
            ("wohnflaeche", "45"),
            ("warmwasser", "zentral"),
            ("grundmiete", "400"),
            ("nebenkosten", "80"),
            ("heizkosten", "60"),
            ("antragsteller-einkommen-keine", "ja"),
            ("antragsteller-vermoegen-art-konten", "ja"),
            ("antragsteller-vermoegen-betrag-konten", "800"),
            ("kontoinhaber", "Jonas Becker"),
        ],
    },
    Persona {
        id: Rolle::AlleinerziehendMinijob,
        title: k::PERSONA_ALLEINERZIEHEND_MINIJOB_TITLE,
        story: k::PERSONA_ALLEINERZIEHEND_MINIJOB_STORY,
        unterlagen: &[
            k::PERSONA_ALLEINERZIEHEND_MINIJOB_PAPER_1,
            k::PERSONA_ALLEINERZIEHEND_MINIJOB_PAPER_2,
            k::PERSONA_ALLEINERZIEHEND_MINIJOB_PAPER_3,
            k::PERSONA_ALLEINERZIEHEND_MINIJOB_PAPER_4,
            k::PERSONA_ALLEINERZIEHEND_MINIJOB_PAPER_5,
            k::PERSONA_ALLEINERZIEHEND_MINIJOB_PAPER_6,
        ],
        answers: &[
            ("antragsteller-geburtsdatum", "02.09.1992"),
            ("antragsteller-vorname", "Sabine"),
            ("antragsteller-nachname", "Klein"),
            ("antragsteller-geschlecht", "weiblich"),
            ("strasse", "Am Rosengarten 3"),
            ("plz", "55411"),
            ("wohnort", "Bingen am Rhein"),
            ("familienstand", "ledig"),
            ("alleinerziehend", "ja"),
            ("anzahl-kinder", "2"),
            ("kind-1-vorname", "Mia"),
            ("kind-1-nachname", "Klein"),
            ("kind-1-geburtsdatum", "11.06.2018"),
            ("kind-1-geschlecht", "weiblich"),
            ("kind-1-verhaeltnis-kind", "leiblich"),
            ("kind-1-elternteil-ausserhalb", "ja"),
            ("kind-2-vorname", "Ben"),
            ("kind-2-nachname", "Klein"),
            ("kind-2-geburtsdatum", "03.03.2022"),
            ("kind-2-geschlecht", "maennlich"),
            ("kind-2-verhaeltnis-kind", "leiblich"),
            ("kind-2-elternteil-ausserhalb", "ja"),
            ("wohnkosten", "ja"),
            ("wohnform", "miete"),
            ("wohnflaeche", "68"),
            ("warmwasser", "dezentral"),
            ("grundmiete", "520"),
            ("nebenkosten", "120"),
            ("heizkosten", "90"),
            ("antragsteller-einkommen-art-erwerb", "ja"),
            ("antragsteller-einkommen-betrag-erwerb-brutto", "556"),
            ("antragsteller-einkommen-betrag-erwerb-netto", "556"),
            ("kind-1-einkommen-art-kindergeld", "ja"),
            ("kind-1-einkommen-betrag-kindergeld", "259"),
            ("kind-1-einkommen-art-unterhaltsvorschuss", "ja"),
            ("kind-1-einkommen-betrag-unterhaltsvorschuss", "299"),
            ("kind-2-einkommen-art-kindergeld", "ja"),
            ("kind-2-einkommen-betrag-kindergeld", "259"),
            ("kind-2-einkommen-art-unterhaltsvorschuss", "ja"),
            ("kind-2-einkommen-betrag-unterhaltsvorschuss", "227"),
            ("antragsteller-vermoegen-art-konten", "ja"),
            ("antragsteller-vermoegen-betrag-konten", "300"),
            ("kind-1-vermoegen-keine", "ja"),
            ("kind-2-vermoegen-keine", "ja"),
            ("kontoinhaber", "Sabine Klein"),
        ],
    },
    Persona {
        id: Rolle::FamilieAufstocker,
        title: k::PERSONA_FAMILIE_AUFSTOCKER_TITLE,
        story: k::PERSONA_FAMILIE_AUFSTOCKER_STORY,
        unterlagen: &[
            k::PERSONA_FAMILIE_AUFSTOCKER_PAPER_1,
            k::PERSONA_FAMILIE_AUFSTOCKER_PAPER_2,
            k::PERSONA_FAMILIE_AUFSTOCKER_PAPER_3,
            k::PERSONA_FAMILIE_AUFSTOCKER_PAPER_4,
            k::PERSONA_FAMILIE_AUFSTOCKER_PAPER_5,
            k::PERSONA_FAMILIE_AUFSTOCKER_PAPER_6,
            k::PERSONA_FAMILIE_AUFSTOCKER_PAPER_7,
        ],
        answers: &[
            ("antragsteller-geburtsdatum", "20.01.1988"),
            ("antragsteller-vorname", "Murat"),
            ("antragsteller-nachname", "Yılmaz"),
            ("antragsteller-geschlecht", "maennlich"),
            ("strasse", "Gartenfeldstraße 8"),
            ("plz", "55218"),
            ("wohnort", "Ingelheim am Rhein"),
            ("familienstand", "verheiratet"),
            ("hat-partner", "ja"),
            ("partnerschaft", "ehe"),
            ("anzahl-kinder", "2"),
            ("partner-vorname", "Elif"),
            ("partner-nachname", "Yılmaz"),
            ("partner-geburtsdatum", "05.07.1990"),
            ("partner-geschlecht", "weiblich"),
            ("kind-1-vorname", "Deniz"),
            ("kind-1-nachname", "Yılmaz"),
            ("kind-1-geburtsdatum", "30.04.2017"),
            ("kind-1-geschlecht", "maennlich"),
            ("kind-1-verhaeltnis-kind", "gemeinsam"),
            ("kind-2-vorname", "Ela"),
            ("kind-2-nachname", "Yılmaz"),
            ("kind-2-geburtsdatum", "12.12.2022"),
            ("kind-2-geschlecht", "weiblich"),
            ("kind-2-verhaeltnis-kind", "gemeinsam"),
            ("wohnkosten", "ja"),
            ("wohnform", "miete"),
            ("wohnflaeche", "85"),
            ("warmwasser", "zentral"),
            ("grundmiete", "780"),
            ("nebenkosten", "180"),
            ("heizkosten", "110"),
            ("antragsteller-einkommen-art-erwerb", "ja"),
            ("antragsteller-einkommen-betrag-erwerb-brutto", "2100"),
            ("antragsteller-einkommen-betrag-erwerb-netto", "1580"),
            ("partner-einkommen-keine", "ja"),
            ("kind-1-einkommen-art-kindergeld", "ja"),
            ("kind-1-einkommen-betrag-kindergeld", "259"),
            ("kind-2-einkommen-art-kindergeld", "ja"),
            ("kind-2-einkommen-betrag-kindergeld", "259"),
            ("antragsteller-vermoegen-art-konten", "ja"),
            ("antragsteller-vermoegen-betrag-konten", "1200"),
            ("antragsteller-vermoegen-art-kfz", "ja"),
            ("antragsteller-vermoegen-betrag-kfz", "4500"),
            ("partner-vermoegen-keine", "ja"),
            ("kind-1-vermoegen-keine", "ja"),
            ("kind-2-vermoegen-keine", "ja"),
            ("kontoinhaber", "Murat Yılmaz"),
        ],
    },
    Persona {
        id: Rolle::JungBeiDenEltern,
        title: k::PERSONA_JUNG_BEI_DEN_ELTERN_TITLE,
        story: k::PERSONA_JUNG_BEI_DEN_ELTERN_STORY,
        unterlagen: &[
            k::PERSONA_JUNG_BEI_DEN_ELTERN_PAPER_1,
            k::PERSONA_JUNG_BEI_DEN_ELTERN_PAPER_2,
            k::PERSONA_JUNG_BEI_DEN_ELTERN_PAPER_3,
            k::PERSONA_JUNG_BEI_DEN_ELTERN_PAPER_4,
        ],
        answers: &[
            ("antragsteller-geburtsdatum", "08.02.2004"),
            ("antragsteller-vorname", "Lena"),
            ("antragsteller-nachname", "Hoffmann"),
            ("antragsteller-geschlecht", "weiblich"),
            ("strasse", "Rheinstraße 40"),
            ("plz", "55116"),
            ("wohnort", "Mainz"),
            ("familienstand", "ledig"),
            ("antragsteller-elternteil-ausserhalb", "ja"),
            ("anzahl-weitere", "1"),
            ("weitere-1-vorname", "Petra"),
            ("weitere-1-nachname", "Hoffmann"),
            ("weitere-1-geburtsdatum", "17.10.1976"),
            ("weitere-1-geschlecht", "weiblich"),
            ("weitere-1-verhaeltnis-weitere", "elternteil"),
            ("wohnkosten", "ja"),
            ("wohnform", "miete"),
            ("wohnflaeche", "72"),
            ("warmwasser", "zentral"),
            ("grundmiete", "650"),
            ("nebenkosten", "150"),
            ("heizkosten", "100"),
            ("antragsteller-einkommen-keine", "ja"),
            ("weitere-1-einkommen-art-erwerb", "ja"),
            ("weitere-1-einkommen-betrag-erwerb-brutto", "1850"),
            ("weitere-1-einkommen-betrag-erwerb-netto", "1400"),
            ("antragsteller-vermoegen-keine", "ja"),
            ("weitere-1-vermoegen-art-konten", "ja"),
            ("weitere-1-vermoegen-betrag-konten", "2500"),
            ("kontoinhaber", "Lena Hoffmann"),
        ],
    },
    Persona {
        id: Rolle::Selbststaendig,
        title: k::PERSONA_SELBSTSTAENDIG_TITLE,
        story: k::PERSONA_SELBSTSTAENDIG_STORY,
        unterlagen: &[
            k::PERSONA_SELBSTSTAENDIG_PAPER_1,
            k::PERSONA_SELBSTSTAENDIG_PAPER_2,
            k::PERSONA_SELBSTSTAENDIG_PAPER_3,
            k::PERSONA_SELBSTSTAENDIG_PAPER_4,
            k::PERSONA_SELBSTSTAENDIG_PAPER_5,
            k::PERSONA_SELBSTSTAENDIG_PAPER_6,
            k::PERSONA_SELBSTSTAENDIG_PAPER_7,
        ],
        answers: &[
            ("antragsteller-geburtsdatum", "23.08.1981"),
            ("antragsteller-vorname", "Tobias"),
            ("antragsteller-nachname", "Wagner"),
            ("antragsteller-geschlecht", "maennlich"),
            ("strasse", "Mühlweg 5"),
            ("plz", "55218"),
            ("wohnort", "Ingelheim am Rhein"),
            ("antragsteller-krankenversicherung", "freiwillig"),
            ("antragsteller-krankenkasse", "Techniker Krankenkasse"),
            ("familienstand", "geschieden"),
            ("wohnkosten", "ja"),
            ("wohnform", "miete"),
            ("wohnflaeche", "52"),
            ("warmwasser", "zentral"),
            ("grundmiete", "480"),
            ("nebenkosten", "95"),
            ("heizkosten", "70"),
            ("antragsteller-einkommen-art-selbstaendig", "ja"),
            ("antragsteller-einkommen-betrag-selbstaendig", "600"),
            ("antragsteller-vermoegen-art-konten", "ja"),
            ("antragsteller-vermoegen-betrag-konten", "1500"),
            ("antragsteller-vermoegen-art-altersvorsorge", "ja"),
            ("antragsteller-vermoegen-betrag-altersvorsorge", "12000"),
            ("kontoinhaber", "Tobias Wagner"),
        ],
    },
    Persona {
        id: Rolle::SechzigMitErsparnissen,
        title: k::PERSONA_SECHZIG_MIT_ERSPARNISSEN_TITLE,
        story: k::PERSONA_SECHZIG_MIT_ERSPARNISSEN_STORY,
        unterlagen: &[
            k::PERSONA_SECHZIG_MIT_ERSPARNISSEN_PAPER_1,
            k::PERSONA_SECHZIG_MIT_ERSPARNISSEN_PAPER_2,
            k::PERSONA_SECHZIG_MIT_ERSPARNISSEN_PAPER_3,
            k::PERSONA_SECHZIG_MIT_ERSPARNISSEN_PAPER_4,
            k::PERSONA_SECHZIG_MIT_ERSPARNISSEN_PAPER_5,
            k::PERSONA_SECHZIG_MIT_ERSPARNISSEN_PAPER_6,
        ],
        answers: &[
            ("antragsteller-geburtsdatum", "03.04.1966"),
            ("antragsteller-vorname", "Gerhard"),
            ("antragsteller-nachname", "Schmitt"),
            ("antragsteller-geschlecht", "maennlich"),
            ("strasse", "Lindenallee 21"),
            ("plz", "55218"),
            ("wohnort", "Ingelheim am Rhein"),
            ("familienstand", "verwitwet"),
            ("wohnkosten", "ja"),
            ("wohnform", "miete"),
            ("wohnflaeche", "60"),
            ("warmwasser", "zentral"),
            ("grundmiete", "510"),
            ("nebenkosten", "110"),
            ("heizkosten", "85"),
            ("antragsteller-einkommen-keine", "ja"),
            ("antragsteller-vermoegen-art-konten", "ja"),
            ("antragsteller-vermoegen-betrag-konten", "45000"),
            ("antragsteller-vermoegen-art-kfz", "ja"),
            ("antragsteller-vermoegen-betrag-kfz", "3000"),
            ("kontoinhaber", "Gerhard Schmitt"),
        ],
    },
    Persona {
        id: Rolle::NeuZugewandert,
        title: k::PERSONA_NEU_ZUGEWANDERT_TITLE,
        story: k::PERSONA_NEU_ZUGEWANDERT_STORY,
        unterlagen: &[
            k::PERSONA_NEU_ZUGEWANDERT_PAPER_1,
            k::PERSONA_NEU_ZUGEWANDERT_PAPER_2,
            k::PERSONA_NEU_ZUGEWANDERT_PAPER_3,
            k::PERSONA_NEU_ZUGEWANDERT_PAPER_4,
            k::PERSONA_NEU_ZUGEWANDERT_PAPER_5,
            k::PERSONA_NEU_ZUGEWANDERT_PAPER_6,
        ],
        answers: &[
            ("antragsteller-geburtsdatum", "19.11.1985"),
            ("staatsangehoerigkeit", "andere"),
            ("aufenthalt-dauer", "bis-5-jahre"),
            ("aufenthaltsgrund", "ukraine"),
            ("antragsteller-vorname", "Olena"),
            ("antragsteller-nachname", "Kovalenko"),
            ("antragsteller-geschlecht", "weiblich"),
            ("strasse", "Binger Straße 77"),
            ("plz", "55218"),
            ("wohnort", "Ingelheim am Rhein"),
            ("familienstand", "verheiratet"),
            ("hat-partner", "ja"),
            ("partnerschaft", "ehe"),
            ("anzahl-kinder", "1"),
            ("partner-vorname", "Andrii"),
            ("partner-nachname", "Kovalenko"),
            ("partner-geburtsdatum", "02.02.1983"),
            ("partner-geschlecht", "maennlich"),
            ("kind-1-vorname", "Sofiia"),
            ("kind-1-nachname", "Kovalenko"),
            ("kind-1-geburtsdatum", "25.05.2016"),
            ("kind-1-geschlecht", "weiblich"),
            ("kind-1-verhaeltnis-kind", "gemeinsam"),
            ("wohnkosten", "ja"),
            ("wohnform", "miete"),
            ("wohnflaeche", "58"),
            ("warmwasser", "zentral"),
            ("grundmiete", "560"),
            ("nebenkosten", "140"),
            ("heizkosten", "95"),
            ("antragsteller-einkommen-keine", "ja"),
            ("partner-einkommen-art-erwerb", "ja"),
            ("partner-einkommen-betrag-erwerb-brutto", "603"),
            ("partner-einkommen-betrag-erwerb-netto", "603"),
            ("kind-1-einkommen-art-kindergeld", "ja"),
            ("kind-1-einkommen-betrag-kindergeld", "259"),
            ("antragsteller-vermoegen-keine", "ja"),
            ("partner-vermoegen-keine", "ja"),
            ("kind-1-vermoegen-keine", "ja"),
            ("kontoinhaber", "Olena Kovalenko"),
        ],
    },
    Persona {
        id: Rolle::Studentin,
        title: k::PERSONA_STUDENTIN_TITLE,
        story: k::PERSONA_STUDENTIN_STORY,
        unterlagen: &[
            k::PERSONA_STUDENTIN_PAPER_1,
            k::PERSONA_STUDENTIN_PAPER_2,
            k::PERSONA_STUDENTIN_PAPER_3,
            k::PERSONA_STUDENTIN_PAPER_4,
        ],
        answers: &[
            ("antragsteller-geburtsdatum", "30.06.2003"),
            ("ausbildung", "studium"),
        ],
    },
    Persona {
        id: Rolle::UeberDerAltersgrenze,
        title: k::PERSONA_UEBER_DER_ALTERSGRENZE_TITLE,
        story: k::PERSONA_UEBER_DER_ALTERSGRENZE_STORY,
        unterlagen: &[
            k::PERSONA_UEBER_DER_ALTERSGRENZE_PAPER_1,
            k::PERSONA_UEBER_DER_ALTERSGRENZE_PAPER_2,
            k::PERSONA_UEBER_DER_ALTERSGRENZE_PAPER_3,
            k::PERSONA_UEBER_DER_ALTERSGRENZE_PAPER_4,
        ],
        answers: &[("antragsteller-geburtsdatum", "10.03.1958")],
    },
];
