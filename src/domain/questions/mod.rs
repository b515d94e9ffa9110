//! What each step asks: its questions, in the order and wording of the page, and which real form
//! and section they come from. Questions that only apply after an earlier answer (the due date
//! after "schwanger: ja") appear as soon as that answer is given.

use super::antrag::{Antrag, FieldId, Key, PersonRef};
use super::choices::*;
use super::date::Date;
use super::forms::{person_form, Form};
use super::money::Cents;
use super::rules::{lebensalter, Rechtsstand};
use super::step::{Ausstieg, Step};
use crate::i18n::{fill, k, text, Key as TextKey, Text};

mod finanzen;
mod hauptantrag;
mod personen;
mod summary;
mod vorpruefung;
mod wording;

use finanzen::{einkommen, vermoegen};
use hauptantrag::{
    bankverbindung, erklaerungen, haushalt, lebenssituation, personalien, wohnkosten, wohnung,
};
use personen::person_questions;
pub use summary::{answer_text, answers_summary, SummaryRow, SummarySection};
use vorpruefung::{alter, aufenthalt, ausbildung, erwerbsfaehigkeit, unterbringung};
pub use wording::{
    exit_explanation, exit_office, leistungen_trotz_ausbildung, step_form_section, step_reason,
    step_title, step_title_by_role,
};

/// How a question is answered, and the limits its answer must keep.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Text {
        max: usize,
        autocomplete: &'static str,
    },
    Postcode,
    Phone,
    Iban,
    Money {
        cap: Cents,
    },
    Date {
        rule: DateRule,
    },
    YesNo,
    Choice(Vec<(&'static str, crate::i18n::Key)>),
    Count {
        max: u16,
    },
    /// Square metres, whole or with a decimal (rounded), with or without the unit typed.
    Area {
        max: u16,
    },
    Check,
}

/// Which dates make sense for a date question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRule {
    /// Not in the future, and not more than 120 years ago.
    Birth,
    /// An expected date of delivery: from today up to ten months ahead.
    DueDate,
    /// A day that has passed (since when separated): not in the future, at most 100 years ago.
    Past,
    /// The day benefits are wanted from: today up to six months ahead.
    Beginn,
}

pub const MAX_NAME: usize = 100;
pub const MAX_TEXT: usize = 200;
/// People living in one home that the simulator accepts (not a legal figure).
pub const MAX_BEWOHNER: u16 = 30;
/// The largest living space the simulator accepts, in m² (not a legal figure).
pub const MAX_WOHNFLAECHE: u16 = 1000;
/// Caps for amounts: far above anything plausible, low enough to catch slips of the finger.
pub const CAP_MONTHLY: Cents = Cents::euros(100_000);
pub const CAP_ASSET: Cents = Cents::euros(100_000_000);

/// Group an IBAN in blocks of four for display.
pub fn format_iban(iban: &str) -> String {
    iban.chars()
        .collect::<Vec<_>>()
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub field: FieldId,
    pub label: Text,
    pub hint: Option<Text>,
    pub kind: Kind,
    pub optional: bool,
    /// The message when a required question is left unanswered.
    pub missing: Text,
    /// Questions with the same group are shown together under this legend (checkbox lists).
    pub group: Option<Text>,
    /// A page of the app the question refers to, offered beside it.
    pub verweis: Option<Verweis>,
}

/// Pages of the app a question can refer to (the UI knows where they are).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verweis {
    /// The Hinweise zum Datenschutz that the declarations ask to have read.
    Datenschutzhinweise,
}

impl Question {
    fn new(field: FieldId, label: impl Into<Text>, kind: Kind, missing: impl Into<Text>) -> Self {
        Question {
            field,
            label: label.into(),
            hint: None,
            kind,
            optional: false,
            missing: missing.into(),
            group: None,
            verweis: None,
        }
    }

    fn verweis(mut self, verweis: Verweis) -> Self {
        self.verweis = Some(verweis);
        self
    }

    fn hint(mut self, hint: impl Into<Text>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    fn optional(mut self) -> Self {
        self.optional = true;
        self
    }

    fn optional_unless(mut self, required: bool) -> Self {
        self.optional = !required;
        self
    }

    fn group(mut self, legend: impl Into<Text>) -> Self {
        self.group = Some(legend.into());
        self
    }
}

fn choice<C: Choice>() -> Kind {
    Kind::Choice(C::options())
}

fn text_field(autocomplete: &'static str) -> Kind {
    Kind::Text {
        max: MAX_NAME,
        autocomplete,
    }
}

/// How `field` is answered wherever a page asks it: the kind, with its limits, that an answer read
/// from storage or a file is checked against (`intake`). The questions below build their kinds
/// themselves; a test checks that every question asks its field exactly this way.
pub fn kind_of(field: FieldId) -> Kind {
    use Key as K;
    let applicant = field.person == Some(PersonRef::Antragsteller);
    match field.key {
        K::Erwerbsfaehigkeit => choice::<Erwerbsfaehigkeit>(),
        K::Staatsangehoerigkeit => choice::<Staatsangehoerigkeit>(),
        K::AufenthaltDauer => choice::<AufenthaltDauer>(),
        K::Aufenthaltsgrund => choice::<Aufenthaltsgrund>(),
        K::Ausbildung => choice::<Ausbildung>(),
        K::Familienstand => choice::<Familienstand>(),
        K::Partnerschaft => choice::<Partnerschaft>(),
        K::Geschlecht => choice::<Geschlecht>(),
        K::KindVerhaeltnis => choice::<KindVerhaeltnis>(),
        K::WeitereVerhaeltnis => choice::<WeitereVerhaeltnis>(),
        K::Krankenversicherung => choice::<Krankenversicherung>(),
        K::Wohnform => choice::<Wohnform>(),
        K::Warmwasser => choice::<Warmwasser>(),
        K::Strasse => Kind::Text {
            max: MAX_TEXT,
            autocomplete: "street-address",
        },
        K::Plz => Kind::Postcode,
        K::Wohnort => text_field("address-level2"),
        K::Telefon => Kind::Phone,
        K::AnzahlKinder => Kind::Count {
            max: super::antrag::MAX_KINDER,
        },
        K::AnzahlWeitere => Kind::Count {
            max: super::antrag::MAX_WEITERE,
        },
        K::Vorname => text_field(if applicant { "given-name" } else { "off" }),
        K::Nachname => text_field(if applicant { "family-name" } else { "off" }),
        K::Krankenkasse => text_field("off"),
        K::Kontoinhaber => text_field("cc-name"),
        K::Iban => Kind::Iban,
        K::Geburtsdatum => Kind::Date {
            rule: DateRule::Birth,
        },
        K::Entbindungstermin => Kind::Date {
            rule: DateRule::DueDate,
        },
        K::GetrenntSeit => Kind::Date {
            rule: DateRule::Past,
        },
        K::LeistungsbeginnDatum => Kind::Date {
            rule: DateRule::Beginn,
        },
        K::Leistungsbeginn => choice::<Leistungsbeginn>(),
        K::Heizenergie => choice::<Heizenergie>(),
        K::AndereLeistung(_) => Kind::Check,
        K::LebensunterhaltBisher => text_field("off"),
        K::RvNummer | K::KvNummer => text_field("off"),
        K::Bewohner => Kind::Count { max: MAX_BEWOHNER },
        K::Fahrtkosten | K::Versicherungen | K::Riester | K::UnterhaltTituliert => {
            Kind::Money { cap: CAP_MONTHLY }
        }
        K::Wohnflaeche => Kind::Area {
            max: MAX_WOHNFLAECHE,
        },
        K::NurGesamtmiete => Kind::Check,
        K::Gesamtmiete => Kind::Money { cap: CAP_MONTHLY },
        K::EinkommenBetrag(_)
        | K::Grundmiete
        | K::Schuldzinsen
        | K::Nebenkosten
        | K::Heizkosten => Kind::Money { cap: CAP_MONTHLY },
        K::VermoegenBetrag(_) => Kind::Money { cap: CAP_ASSET },
        K::EinkommenKeine
        | K::EinkommenArt(_)
        | K::VermoegenKeine
        | K::VermoegenArt(_)
        | K::ErklaerungRichtigkeit
        | K::ErklaerungAenderungen
        | K::ErklaerungDatenschutz => Kind::Check,
        // Every other field is kept as a yes/no answer (`Slot::Flag`), and asked so: a new yes/no
        // field needs no line here. A test checks that exactly the flags arrive here.
        _ => Kind::YesNo,
    }
}

/// "Sie" for the applicant, the name otherwise: used to phrase questions about a person.
fn whom(a: &Antrag, who: PersonRef) -> (Text, bool) {
    (a.display_name(who), who == PersonRef::Antragsteller)
}

pub fn questions(step: Step, a: &Antrag, today: Date) -> Vec<Question> {
    match step {
        Step::Alter => alter(),
        Step::Erwerbsfaehigkeit => erwerbsfaehigkeit(a),
        Step::Aufenthalt => aufenthalt(a),
        Step::Ausbildung => ausbildung(a),
        Step::Unterbringung => unterbringung(),
        Step::Personalien => personalien(),
        Step::Lebenssituation => lebenssituation(a, today),
        Step::Haushalt => haushalt(a),
        Step::Person(who) => person_questions(a, who, today),
        Step::Wohnung => wohnung(a),
        Step::Wohnkosten => wohnkosten(a),
        Step::Einkommen(who) => einkommen(a, who, today),
        Step::Vermoegen(who) => vermoegen(a, who, today),
        Step::Bankverbindung => bankverbindung(a),
        Step::Erklaerungen => erklaerungen(),
        Step::Start | Step::Ausstieg(_) | Step::Pruefen => Vec::new(),
        Step::Bestaetigung | Step::Bescheid | Step::Nachweise | Step::Bericht => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::antrag::{all_keys, Slot};
    use super::*;

    #[test]
    fn yes_no_is_the_kind_of_exactly_the_fields_kept_as_flags() {
        for key in all_keys() {
            let mut scratch = Antrag::default();
            let kept_as_flag = [
                FieldId::of(key),
                FieldId::person(PersonRef::Antragsteller, key),
            ]
            .into_iter()
            .any(|f| matches!(scratch.slot(f), Some(Slot::Flag(_))));
            for field in [FieldId::of(key), FieldId::person(PersonRef::Partner, key)] {
                assert_eq!(
                    kind_of(field) == Kind::YesNo,
                    kept_as_flag,
                    "{key}: asked yes/no exactly when kept as a flag"
                );
            }
        }
    }
}
