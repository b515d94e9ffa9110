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
    Check,
}

/// Which dates make sense for a date question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRule {
    /// Not in the future, and not more than 120 years ago.
    Birth,
    /// An expected date of delivery: from today up to ten months ahead.
    DueDate,
}

pub const MAX_NAME: usize = 100;
pub const MAX_TEXT: usize = 200;
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
        }
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

/// Not a legal figure: below this age the page does not ask about a pregnancy (plausibility).
const MAY_BE_PREGNANT_FROM: i32 = 12;

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
        K::ErwerbsfaehigePersonImHaushalt
        | K::WohnsitzDeutschland
        | K::Stationaer
        | K::Altersrente
        | K::HatPartner
        | K::Erwerbsfaehig
        | K::Schule
        | K::ElternteilAusserhalb
        | K::Schwanger
        | K::Behinderung
        | K::Ernaehrung
        | K::BesondererBedarf
        | K::Unfall
        | K::Wohnkosten
        | K::Sgb2BezugDreiJahre => Kind::YesNo,
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
        K::Wohnflaeche => Kind::Count { max: 1000 },
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
    }
}

/// "Sie" for the applicant, the name otherwise: used to phrase questions about a person.
fn whom(a: &Antrag, who: PersonRef) -> (Text, bool) {
    (a.display_name(who), who == PersonRef::Antragsteller)
}

pub fn questions(step: Step, a: &Antrag, today: Date) -> Vec<Question> {
    let v = &a.vorpruefung;
    let me = PersonRef::Antragsteller;
    let mine = |k| FieldId::person(me, k);
    let plain = FieldId::of;
    match step {
        Step::Alter => vec![Question::new(
            mine(Key::Geburtsdatum),
            text(k::Q_WANN_GEBOREN),
            Kind::Date {
                rule: DateRule::Birth,
            },
            text(k::Q_GEBEN_GEBURTSDATUM),
        )],
        Step::Erwerbsfaehigkeit => {
            let mut qs = vec![Question::new(
                plain(Key::Erwerbsfaehigkeit),
                text(k::Q_KOENNEN_NAECHSTEN_SECHS_MONATEN),
                choice::<Erwerbsfaehigkeit>(),
                text(k::Q_WAEHLEN_MINDESTENS_DREI_STUNDEN),
            )
            .hint(text(k::Q_GEMEINT_IRGENDEINE_ARBEIT_ALLGEMEINEN))];
            if v.erwerbsfaehig == Some(Erwerbsfaehigkeit::Nein) {
                qs.push(Question::new(
                    plain(Key::ErwerbsfaehigePersonImHaushalt),
                    text(k::Q_LEBT_PARTNERIN_PARTNER_ELTERNTEIL),
                    Kind::YesNo,
                    text(k::Q_WAEHLEN_ERWERBSFAEHIGE_PERSON_IHNEN),
                ));
            }
            qs
        }
        Step::Aufenthalt => {
            let mut qs = vec![
                Question::new(
                    plain(Key::WohnsitzDeutschland),
                    text(k::Q_WOHNEN_DAUERHAFT_DEUTSCHLAND),
                    Kind::YesNo,
                    text(k::Q_WAEHLEN_DAUERHAFT_DEUTSCHLAND_WOHNEN),
                )
                .hint(text(k::Q_GEMEINT_GEWOEHNLICHER_AUFENTHALT_LEBEN)),
                Question::new(
                    plain(Key::Staatsangehoerigkeit),
                    text(k::Q_WELCHE_STAATSANGEHOERIGKEIT_HABEN),
                    choice::<Staatsangehoerigkeit>(),
                    text(k::Q_WAEHLEN_STAATSANGEHOERIGKEIT),
                )
                .hint(text(k::Q_HABEN_MEHRERE_WAEHLEN_DEUTSCHE)),
            ];
            if v.staatsangehoerigkeit
                .is_some_and(|s| s != Staatsangehoerigkeit::Deutsch)
            {
                qs.push(Question::new(
                    plain(Key::AufenthaltDauer),
                    text(k::Q_LANGE_LEBEN_SCHON_DEUTSCHLAND),
                    choice::<AufenthaltDauer>(),
                    text(k::Q_WAEHLEN_LANGE_SCHON_DEUTSCHLAND),
                ));
                qs.push(
                    Question::new(
                        plain(Key::Aufenthaltsgrund),
                        text(k::Q_WORAUF_BERUHT_AUFENTHALT_DEUTSCHLAND),
                        choice::<Aufenthaltsgrund>(),
                        text(k::Q_WAEHLEN_WORAUF_AUFENTHALT_BERUHT),
                    )
                    .hint(text(k::Q_SEHEN_ZWEIFEL_IHREM_AUFENTHALTSTITEL)),
                );
            }
            qs
        }
        Step::Ausbildung => vec![Question::new(
            plain(Key::Ausbildung),
            text(k::Q_SCHULE_AUSBILDUNG_EINEM_STUDIUM),
            choice::<Ausbildung>(),
            text(k::Q_WAEHLEN_SCHULE_GEHEN_AUSBILDUNG),
        )],
        Step::Unterbringung => vec![
            Question::new(
                plain(Key::Stationaer),
                text(k::Q_LEBEN_VORAUSSICHTLICH_LAENGER_ALS),
                Kind::YesNo,
                text(k::Q_WAEHLEN_LAENGER_ALS_SECHS),
            )
            .hint(text(k::Q_BEISPIEL_EINEM_PFLEGEHEIM_KLINIK)),
            Question::new(
                plain(Key::Altersrente),
                text(k::Q_BEKOMMEN_ALTERSRENTE),
                Kind::YesNo,
                text(k::Q_WAEHLEN_ALTERSRENTE_BEKOMMEN),
            )
            .hint(text(k::Q_AUCH_VORGEZOGENE_ALTERSRENTE_ZAEHLT)),
        ],
        Step::Personalien => vec![
            Question::new(
                mine(Key::Vorname),
                text(k::Q_VORNAME),
                text_field("given-name"),
                text(k::Q_GEBEN_VORNAMEN),
            ),
            Question::new(
                mine(Key::Nachname),
                text(k::Q_NACHNAME),
                text_field("family-name"),
                text(k::Q_GEBEN_NACHNAMEN),
            ),
            Question::new(
                mine(Key::Geschlecht),
                text(k::Q_GESCHLECHT),
                choice::<Geschlecht>(),
                text(k::Q_WAEHLEN_GESCHLECHT_KEINE_ANGABE),
            ),
            Question::new(
                plain(Key::Strasse),
                text(k::Q_STRASSE_HAUSNUMMER),
                Kind::Text {
                    max: MAX_TEXT,
                    autocomplete: "street-address",
                },
                text(k::Q_GEBEN_STRASSE_HAUSNUMMER),
            )
            .hint(text(k::Q_HABEN_KEINEN_FESTEN_WOHNSITZ)),
            Question::new(
                plain(Key::Plz),
                text(k::Q_POSTLEITZAHL),
                Kind::Postcode,
                text(k::Q_GEBEN_POSTLEITZAHL),
            ),
            Question::new(
                plain(Key::Wohnort),
                text(k::Q_WOHNORT),
                text_field("address-level2"),
                text(k::Q_GEBEN_WOHNORT),
            ),
            Question::new(
                plain(Key::Telefon),
                text(k::Q_TELEFONNUMMER),
                Kind::Phone,
                "",
            )
            .optional()
            .hint(text(k::Q_FREIWILLIG_JOBCENTER_KANN_DANN)),
            Question::new(
                mine(Key::Krankenversicherung),
                text(k::Q_KRANKENVERSICHERT),
                choice::<Krankenversicherung>(),
                text(k::Q_WAEHLEN_KRANKENVERSICHERT),
            ),
            Question::new(
                mine(Key::Krankenkasse),
                text(k::Q_NAME_IHRER_KRANKENKASSE_VERSICHERUNG),
                text_field("off"),
                "",
            )
            // A practice field, as on the check page: the Jobcenter asks for the insurance's
            // certificate anyway (Nachweise), and the label must not say "optional" while the
            // page refuses an empty field once an insurance is chosen.
            .optional(),
        ],
        Step::Lebenssituation => {
            let mut qs = vec![Question::new(
                plain(Key::Familienstand),
                text(k::Q_WELCHEN_FAMILIENSTAND_HABEN),
                choice::<Familienstand>(),
                text(k::Q_WAEHLEN_FAMILIENSTAND),
            )];
            qs.push(
                Question::new(
                    plain(Key::Sgb2BezugDreiJahre),
                    text(k::Q_SGB2_BEZUG_DREI_JAHRE),
                    Kind::YesNo,
                    text(k::Q_WAEHLEN_SGB2_BEZUG_DREI_JAHRE),
                )
                .hint(text(k::Q_SGB2_BEZUG_DREI_JAHRE_HINWEIS)),
            );
            qs.extend(situation_questions(a, me, today));
            qs
        }
        Step::Haushalt => {
            let mut qs = vec![Question::new(
                plain(Key::HatPartner),
                text(k::Q_LEBEN_PARTNERIN_EINEM_PARTNER),
                Kind::YesNo,
                text(k::Q_WAEHLEN_PARTNERIN_EINEM_PARTNER),
            )
            .hint(text(k::Q_EHE_EINGETRAGENE_LEBENSPARTNERSCHAFT_BEZIEHUNG))];
            if a.hat_partner == Some(true) {
                qs.push(Question::new(
                    plain(Key::Partnerschaft),
                    text(k::Q_LEBEN_ZUSAMMEN),
                    choice::<Partnerschaft>(),
                    text(k::Q_WAEHLEN_VERHEIRATET_UNVERHEIRATET_ZUSAMMENLEBEN),
                ));
            }
            qs.push(
                Question::new(
                    plain(Key::AnzahlKinder),
                    text(k::Q_VIELE_KINDER_UNTER_25),
                    Kind::Count {
                        max: super::antrag::MAX_KINDER,
                    },
                    text(k::Q_GEBEN_ZAHL_KINDER_0),
                )
                .hint(text(k::Q_EIGENE_KINDER_KINDER_IHRER)),
            );
            qs.push(
                Question::new(
                    plain(Key::AnzahlWeitere),
                    text(k::Q_VIELE_WEITERE_PERSONEN_LEBEN),
                    Kind::Count {
                        max: super::antrag::MAX_WEITERE,
                    },
                    text(k::Q_GEBEN_ZAHL_WEITEREN_PERSONEN),
                )
                .hint(text(k::Q_BEISPIEL_ELTERN_VERWANDTE_ERWACHSENE)),
            );
            qs
        }
        Step::Person(who) => person_questions(a, who, today),
        Step::Wohnung => {
            let mut qs = vec![Question::new(
                plain(Key::Wohnkosten),
                text(k::Q_HABEN_KOSTEN_WOHNUNG_HEIZUNG),
                Kind::YesNo,
                text(k::Q_WAEHLEN_KOSTEN_WOHNUNG_HEIZUNG),
            )
            .hint(text(k::Q_NEIN_BEISPIEL_MIETFREI_ELTERN))];
            if a.wohnung.kosten == Some(true) {
                qs.push(Question::new(
                    plain(Key::Wohnform),
                    text(k::Q_WOHNEN_MIETE_EIGENTUM),
                    choice::<Wohnform>(),
                    text(k::Q_WAEHLEN_MIETE_EIGENTUM_WOHNEN),
                ));
                qs.push(
                    Question::new(
                        plain(Key::Wohnflaeche),
                        text(k::Q_GROSS_WOHNUNG_QUADRATMETERN),
                        Kind::Count { max: 1000 },
                        text(k::Q_GEBEN_WOHNFLAECHE_QUADRATMETERN),
                    )
                    .hint(text(k::Q_STEHT_MIETVERTRAG_RUNDEN_GANZE)),
                );
                qs.push(Question::new(
                    plain(Key::Warmwasser),
                    text(k::Q_WIRD_WARMWASSER_ERZEUGT),
                    choice::<Warmwasser>(),
                    text(k::Q_WAEHLEN_WARMWASSER_ERZEUGT_WIRD),
                ));
            }
            qs
        }
        Step::Wohnkosten => {
            let money = Kind::Money { cap: CAP_MONTHLY };
            let owner = a.wohnung.wohnform == Some(Wohnform::Eigentum);
            let mut qs = Vec::new();
            if owner {
                qs.push(
                    Question::new(
                        plain(Key::Schuldzinsen),
                        text(k::Q_SCHULDZINSEN_HAUS_WOHNUNG_MONAT),
                        money.clone(),
                        text(k::Q_GEBEN_SCHULDZINSEN_MONAT_0),
                    )
                    .hint(text(k::Q_NUR_ZINSEN_NICHT_TILGUNG)),
                );
            } else {
                qs.push(
                    Question::new(
                        plain(Key::Grundmiete),
                        text(k::Q_GRUNDMIETE_KALTMIETE_MONAT),
                        money.clone(),
                        text(k::Q_GEBEN_KALTMIETE_MONAT),
                    )
                    .hint(text(k::Q_STEHT_MIETVERTRAG_BEISPIEL_450)),
                );
            }
            qs.push(
                Question::new(
                    plain(Key::Nebenkosten),
                    text(k::Q_NEBENKOSTEN_MONAT_OHNE_HEIZUNG),
                    money.clone(),
                    text(k::Q_GEBEN_NEBENKOSTEN_MONAT_0),
                )
                .hint(if owner {
                    text(k::Q_BEISPIEL_GRUNDSTEUER_WASSER_MUELL)
                } else {
                    text(k::Q_VORAUSZAHLUNG_WASSER_MUELL_HAUSREINIGUNG)
                }),
            );
            qs.push(
                Question::new(
                    plain(Key::Heizkosten),
                    text(k::Q_HEIZKOSTEN_MONAT),
                    money,
                    text(k::Q_GEBEN_HEIZKOSTEN_MONAT_0),
                )
                .hint(text(k::Q_ABSCHLAG_VERMIETER_VERSORGER_STROM)),
            );
            qs
        }
        Step::Einkommen(who) => {
            let (name, is_me) = whom(a, who);
            let legend = if is_me {
                text(k::Q_WELCHE_EINNAHMEN_HABEN)
            } else {
                fill(k::Q_WELCHE_EINNAHMEN_HAT, &[("name", &name)])
            };
            let p = a.person(who);
            let mut qs: Vec<Question> = EinkommensArt::all()
                .iter()
                .map(|art| {
                    Question::new(
                        FieldId::person(who, Key::EinkommenArt(*art)),
                        art.label(),
                        Kind::Check,
                        "",
                    )
                    .optional()
                    .group(legend.clone())
                })
                .collect();
            qs.push(
                Question::new(
                    FieldId::person(who, Key::EinkommenKeine),
                    text(k::Q_KEINE_EINNAHMEN),
                    Kind::Check,
                    "",
                )
                .optional()
                .group(legend),
            );
            for art in EinkommensArt::all() {
                if p.is_some_and(|p| p.einkommen.hat(*art)) {
                    for betrag in art.betraege() {
                        let mut q = Question::new(
                            FieldId::person(who, Key::EinkommenBetrag(*betrag)),
                            betrag.label(),
                            Kind::Money { cap: CAP_MONTHLY },
                            fill(k::Q_GEBEN_BETRAG, &[("label", &betrag.label())]),
                        );
                        if *betrag == Betrag::Selbstaendig {
                            q = q.hint(text(k::Q_SCHAETZUNG_GENUEGT_JOBCENTER_ENTSCHEIDET));
                        }
                        if *betrag == Betrag::Kindergeld {
                            let r = Rechtsstand::on(today);
                            q = q.hint(fill(
                                k::Q_KINDERGELD_NACH_RECHT_AB,
                                &[("date", &r.gilt_ab), ("amount", &r.kindergeld_fuer(1))],
                            ));
                        }
                        qs.push(q);
                    }
                }
            }
            qs
        }
        Step::Vermoegen(who) => {
            let (name, is_me) = whom(a, who);
            let legend = if is_me {
                text(k::Q_BESITZEN)
            } else {
                fill(k::Q_BESITZT, &[("name", &name)])
            };
            let p = a.person(who);
            let mut qs: Vec<Question> = VermoegensArt::all()
                .iter()
                .map(|art| {
                    Question::new(
                        FieldId::person(who, Key::VermoegenArt(*art)),
                        art.label(),
                        Kind::Check,
                        "",
                    )
                    .optional()
                    .group(legend.clone())
                })
                .collect();
            qs.push(
                Question::new(
                    FieldId::person(who, Key::VermoegenKeine),
                    text(k::Q_KEIN_VERMOEGEN),
                    Kind::Check,
                    "",
                )
                .optional()
                .group(legend),
            );
            for art in VermoegensArt::all() {
                if p.is_some_and(|p| p.vermoegen.hat(*art)) {
                    qs.push(Question::new(
                        FieldId::person(who, Key::VermoegenBetrag(*art)),
                        fill(k::Q_WERT, &[("label", &art.label())]),
                        Kind::Money { cap: CAP_ASSET },
                        fill(k::Q_GEBEN_HEUTIGEN_WERT, &[("label", &art.label())]),
                    ));
                }
            }
            qs
        }
        Step::Bankverbindung => vec![
            Question::new(plain(Key::Iban), text(k::Q_IBAN), Kind::Iban, "")
                .optional()
                .hint(text(k::Q_STEHT_IHRER_BANKKARTE_KONTOAUSZUG)),
            Question::new(
                plain(Key::Kontoinhaber),
                text(k::Q_KONTOINHABERIN_KONTOINHABER),
                text_field("cc-name"),
                text(k::Q_GEBEN_WEM_KONTO_GEHOERT),
            )
            .optional_unless(!a.bank.iban.is_empty()),
        ],
        Step::Erklaerungen => vec![
            Question::new(
                plain(Key::ErklaerungRichtigkeit),
                text(k::Q_ICH_VERSICHERE_MEINE_ANGABEN),
                Kind::Check,
                text(k::Q_BESTAETIGEN_ANGABEN_RICHTIG_VOLLSTAENDIG),
            )
            .group(text(k::Q_ERKLAERUNGEN)),
            Question::new(
                plain(Key::ErklaerungAenderungen),
                text(k::Q_ICH_TEILE_JOBCENTER_JEDE),
                Kind::Check,
                text(k::Q_BESTAETIGEN_AENDERUNGEN_SOFORT_MITTEILEN),
            )
            .group(text(k::Q_ERKLAERUNGEN)),
            Question::new(
                plain(Key::ErklaerungDatenschutz),
                text(k::Q_ICH_HABE_HINWEISE_DATENSCHUTZ),
                Kind::Check,
                text(k::Q_BESTAETIGEN_HINWEISE_DATENSCHUTZ_GELESEN),
            )
            .group(text(k::Q_ERKLAERUNGEN)),
        ],
        Step::Start | Step::Ausstieg(_) | Step::Pruefen => Vec::new(),
        Step::Bestaetigung | Step::Bescheid | Step::Nachweise | Step::Bericht => Vec::new(),
    }
}

/// Section D of the Hauptantrag (and the matching part of Anlage WEP): what may bring a Mehrbedarf
/// or a claim against others.
fn situation_questions(a: &Antrag, who: PersonRef, today: Date) -> Vec<Question> {
    let (name, is_me) = whom(a, who);
    let field = |k| FieldId::person(who, k);
    let ask = |me: Text, other: Text| if is_me { me } else { other };
    let p = a.person(who);
    let age = p.and_then(|p| p.age_on(today));
    let mut qs = Vec::new();
    let may_be_pregnant = p.is_none_or(|p| p.geschlecht != Some(Geschlecht::Maennlich))
        && age.is_none_or(|a| a >= MAY_BE_PREGNANT_FROM);
    if may_be_pregnant {
        qs.push(Question::new(
            field(Key::Schwanger),
            ask(
                text(k::Q_SCHWANGER),
                fill(k::Q_SCHWANGER_2, &[("name", &name)]),
            ),
            Kind::YesNo,
            ask(
                text(k::Q_WAEHLEN_SCHWANGER),
                fill(k::Q_WAEHLEN_SCHWANGER_2, &[("name", &name)]),
            ),
        ));
        if p.is_some_and(|p| p.schwanger == Some(true)) {
            qs.push(
                Question::new(
                    field(Key::Entbindungstermin),
                    text(k::Q_VORAUSSICHTLICHER_ENTBINDUNGSTERMIN),
                    Kind::Date {
                        rule: DateRule::DueDate,
                    },
                    text(k::Q_GEBEN_VORAUSSICHTLICHEN_ENTBINDUNGSTERMIN),
                )
                .hint(text(k::Q_STEHT_MUTTERPASS)),
            );
        }
    }
    qs.push(
        Question::new(
            field(Key::Behinderung),
            ask(
                text(k::Q_BEKOMMEN_LEISTUNGEN_TEILHABE_ARBEITSLEBEN),
                fill(
                    k::Q_BEKOMMT_LEISTUNGEN_TEILHABE_ARBEITSLEBEN,
                    &[("name", &name)],
                ),
            ),
            Kind::YesNo,
            text(k::Q_WAEHLEN_LEISTUNGEN_WEGEN_BEHINDERUNG),
        )
        .hint(text(k::Q_BEISPIEL_BERUFLICHE_REHA_WERKSTATT)),
    );
    qs.push(
        Question::new(
            field(Key::Ernaehrung),
            ask(
                text(k::Q_BRAUCHEN_MEDIZINISCHEN_GRUENDEN_KOSTENAUFWAENDIGE),
                fill(
                    k::Q_BRAUCHT_MEDIZINISCHEN_GRUENDEN_KOSTENAUFWAENDIGE,
                    &[("name", &name)],
                ),
            ),
            Kind::YesNo,
            text(k::Q_WAEHLEN_KOSTENAUFWAENDIGE_ERNAEHRUNG_NOETIG),
        )
        .hint(text(k::Q_BEISPIEL_ZOELIAKIE_NACH_AERZTLICHER)),
    );
    qs.push(
        Question::new(
            field(Key::BesondererBedarf),
            ask(
                text(k::Q_HABEN_LAUFEND_BESONDEREN_BEDARF),
                fill(k::Q_HAT_LAUFEND_BESONDEREN_BEDARF, &[("name", &name)]),
            ),
            Kind::YesNo,
            text(k::Q_WAEHLEN_BESONDERER_LAUFENDER_BEDARF),
        )
        .hint(text(k::Q_BEISPIEL_FAHRTKOSTEN_UM_GETRENNT)),
    );
    qs.push(Question::new(
        field(Key::Unfall),
        ask(
            text(k::Q_WURDEN_DURCH_UNFALL_ANDERE),
            fill(k::Q_WURDE_DURCH_UNFALL_ANDERE, &[("name", &name)]),
        ),
        Kind::YesNo,
        text(k::Q_WAEHLEN_SCHADEN_DURCH_DRITTE),
    ));
    if who == PersonRef::Antragsteller && age.is_some_and(|a| a < lebensalter::UNTER_25) {
        qs.push(
            Question::new(
                field(Key::ElternteilAusserhalb),
                text(k::Q_LEBT_MINDESTENS_ELTERNTEIL_IHNEN),
                Kind::YesNo,
                text(k::Q_WAEHLEN_ELTERNTEIL_AUSSERHALB_IHRES),
            )
            .hint(text(k::Q_UNTER_25_JAHREN_KOENNEN)),
        );
    }
    qs
}

/// Anlage WEP or KI for a household member other than the applicant, or the short questions
/// about a further person who is not in the Bedarfsgemeinschaft.
fn person_questions(a: &Antrag, who: PersonRef, today: Date) -> Vec<Question> {
    let name = a.display_name(who);
    let field = |k| FieldId::person(who, k);
    let p = a.person(who);
    let age = p.and_then(|p| p.age_on(today));
    let mut qs = vec![
        Question::new(
            field(Key::Vorname),
            text(k::Q_VORNAME),
            text_field("off"),
            fill(k::Q_GEBEN_VORNAMEN_2, &[("name", &name)]),
        ),
        Question::new(
            field(Key::Nachname),
            text(k::Q_NACHNAME),
            text_field("off"),
            fill(k::Q_GEBEN_NACHNAMEN_2, &[("name", &name)]),
        ),
        Question::new(
            field(Key::Geburtsdatum),
            text(k::Q_GEBURTSDATUM),
            Kind::Date {
                rule: DateRule::Birth,
            },
            fill(k::Q_GEBEN_GEBURTSDATUM_2, &[("name", &name)]),
        ),
        Question::new(
            field(Key::Geschlecht),
            text(k::Q_GESCHLECHT),
            choice::<Geschlecht>(),
            text(k::Q_WAEHLEN_GESCHLECHT_KEINE_ANGABE_2),
        ),
    ];
    match who {
        PersonRef::Kind(_) => qs.push(Question::new(
            field(Key::KindVerhaeltnis),
            fill(k::Q_IHNEN_VERWANDT, &[("name", &name)]),
            choice::<KindVerhaeltnis>(),
            text(k::Q_WAEHLEN_WESSEN_KIND),
        )),
        PersonRef::Weitere(_) => qs.push(Question::new(
            field(Key::WeitereVerhaeltnis),
            fill(k::Q_WELCHER_BEZIEHUNG_STEHT_IHNEN, &[("name", &name)]),
            choice::<WeitereVerhaeltnis>(),
            text(k::Q_WAEHLEN_WELCHER_BEZIEHUNG_PERSON),
        )),
        _ => {}
    }
    let in_bg = a.bedarfsgemeinschaft(today).contains(&who);
    if !in_bg {
        return qs;
    }
    let is_ki = person_form(a, who, today) == Form::Ki;
    if !is_ki {
        qs.push(Question::new(
            field(Key::Erwerbsfaehig),
            fill(k::Q_KANN_NAECHSTEN_SECHS_MONATEN, &[("name", &name)]),
            Kind::YesNo,
            text(k::Q_WAEHLEN_PERSON_MINDESTENS_DREI),
        ));
    }
    if matches!(who, PersonRef::Kind(_)) {
        if age.is_some_and(|a| (lebensalter::ERWERBSFAEHIG_AB..lebensalter::UNTER_25).contains(&a))
        {
            qs.push(Question::new(
                field(Key::Schule),
                fill(k::Q_GEHT_SCHULE_MACHT_AUSBILDUNG, &[("name", &name)]),
                Kind::YesNo,
                text(k::Q_WAEHLEN_PERSON_SCHULE_GEHT),
            ));
        }
        qs.push(
            Question::new(
                field(Key::ElternteilAusserhalb),
                fill(k::Q_LEBT_ELTERNTEIL_AUSSERHALB_IHRES, &[("name", &name)]),
                Kind::YesNo,
                text(k::Q_WAEHLEN_ELTERNTEIL_AUSSERHALB_HAUSHALTS),
            )
            .hint(text(k::Q_DANN_KANN_KIND_UNTERHALT)),
        );
    }
    qs.extend(situation_questions(a, who, today).into_iter().filter(|q| {
        // Children under 15 are asked only what can apply to them on Anlage KI.
        !is_ki
            || matches!(
                q.field.key,
                Key::Behinderung | Key::Ernaehrung | Key::BesondererBedarf | Key::Unfall
            )
    }));
    qs.push(Question::new(
        field(Key::Krankenversicherung),
        fill(k::Q_KRANKENVERSICHERT_2, &[("name", &name)]),
        choice::<Krankenversicherung>(),
        text(k::Q_WAEHLEN_PERSON_KRANKENVERSICHERT),
    ));
    qs
}

/// The page heading of a step without questions of its own, or the section a step belongs to.
pub fn step_title(step: Step, a: &Antrag) -> Text {
    let who = |p: PersonRef| a.display_name(p);
    match step {
        Step::Start => text(k::SITE_NAME),
        Step::Alter => text(k::Q_ALTER),
        Step::Erwerbsfaehigkeit => text(k::Q_KOENNEN_ARBEITEN),
        Step::Aufenthalt => text(k::Q_AUFENTHALT_DEUTSCHLAND),
        Step::Ausbildung => text(k::Q_SCHULE_AUSBILDUNG_STUDIUM),
        Step::Unterbringung => text(k::Q_EINRICHTUNG_RENTE),
        Step::Ausstieg(_) => text(k::Q_GRUNDSICHERUNG_ARBEITSUCHENDE_PASST_NICHT),
        Step::Personalien => text(k::Q_PERSOENLICHEN_DATEN),
        Step::Lebenssituation => text(k::Q_LEBENSSITUATION),
        Step::Haushalt => text(k::Q_WER_LEBT_IHNEN_ZUSAMMEN),
        Step::Person(p) => fill(k::Q_ANGABEN, &[("name", &who(p))]),
        Step::Wohnung => text(k::Q_WOHNUNG),
        Step::Wohnkosten => text(k::Q_KOSTEN_WOHNUNG_HEIZUNG),
        Step::Einkommen(PersonRef::Antragsteller) => text(k::Q_EINKOMMEN),
        Step::Einkommen(p) => fill(k::Q_EINKOMMEN_2, &[("name", &who(p))]),
        Step::Vermoegen(PersonRef::Antragsteller) => text(k::Q_VERMOEGEN),
        Step::Vermoegen(p) => fill(k::Q_VERMOEGEN_2, &[("name", &who(p))]),
        Step::Bankverbindung => text(k::Q_BANKVERBINDUNG),
        Step::Pruefen => text(k::Q_PRUEFEN_ANGABEN),
        Step::Erklaerungen => text(k::Q_ERKLAERUNGEN_ABSENDEN),
        Step::Bestaetigung => text(k::Q_ANTRAG_GESENDET_SIMULATION),
        Step::Bescheid => text(k::Q_BESCHEID_SIMULATION),
        Step::Nachweise => text(k::Q_DIESE_NACHWEISE_BRAUCHEN),
        Step::Bericht => text(k::Q_ERFAHRUNGSBERICHT),
    }
}

/// The step's title with people named by their role ("Kind 1"), never by a typed name: for the
/// document title, which the browser keeps in its history beyond any deletion in the app.
pub fn step_title_by_role(step: Step) -> Text {
    step_title(step, &Antrag::default())
}

/// Where the step's questions stand on paper ("Hauptantrag, Abschnitt D"), if anywhere.
pub fn step_form_section(step: Step, a: &Antrag, today: Date) -> Option<Text> {
    Some(match step {
        Step::Alter | Step::Personalien => text(k::Q_HAUPTANTRAG_ABSCHNITT_A),
        Step::Aufenthalt => text(k::Q_HAUPTANTRAG_ABSCHNITT_B),
        Step::Erwerbsfaehigkeit
        | Step::Ausbildung
        | Step::Unterbringung
        | Step::Lebenssituation => text(k::Q_HAUPTANTRAG_ABSCHNITT_D),
        Step::Haushalt => text(k::Q_HAUPTANTRAG_ABSCHNITT_G),
        Step::Person(p) if a.bedarfsgemeinschaft(today).contains(&p) => {
            person_form(a, p, today).name()
        }
        Step::Person(_) => text(k::Q_HAUPTANTRAG_ABSCHNITT_G),
        Step::Wohnung | Step::Wohnkosten => Form::Kdu.name(),
        Step::Einkommen(_) => Form::Ek.name(),
        Step::Vermoegen(_) => Form::Vm.name(),
        Step::Bankverbindung => text(k::Q_HAUPTANTRAG_ABSCHNITT_A),
        Step::Erklaerungen => text(k::Q_HAUPTANTRAG_ABSCHNITT_I),
        _ => return None,
    })
}

/// Where a person who is not in SGB II can turn instead, and the rule that says so.
pub fn exit_explanation(exit: Ausstieg) -> (TextKey, TextKey, &'static str) {
    match exit {
        Ausstieg::UnterMindestalter => (
            k::Q_KINDER_UNTER_15_JAHREN,
            k::Q_KINDER_GEHOEREN_BEDARFSGEMEINSCHAFT_IHRER,
            "§ 7 Abs. 1 Nr. 1 SGB II",
        ),
        Ausstieg::Altersgrenze => (
            k::Q_HABEN_ALTERSGRENZE_ERREICHT,
            k::Q_ZUSTAENDIG_SOZIALAMT_GRUNDSICHERUNG_ALTER,
            "§ 7a SGB II, § 41 SGB XII",
        ),
        Ausstieg::NichtErwerbsfaehig => (
            k::Q_WER_DAUER_WENIGER_ALS,
            k::Q_ZUSTAENDIG_SOZIALAMT_HILFE_LEBENSUNTERHALT,
            "§ 8 SGB II, §§ 19, 41 SGB XII",
        ),
        Ausstieg::KeinWohnsitz => (
            k::Q_GRUNDSICHERUNG_SETZT_VORAUS_GEWOEHNLICHEN,
            k::Q_LASSEN_SICH_SOZIALBERATUNG_BERATEN,
            "§ 7 Abs. 1 Nr. 4 SGB II",
        ),
        Ausstieg::ErsteDreiMonate => (
            k::Q_ERSTEN_DREI_MONATEN_AUFENTHALTS,
            k::Q_LASSEN_SICH_MIGRATIONSBERATUNG_BERATEN,
            "§ 7 Abs. 1 Satz 2 Nr. 1 SGB II",
        ),
        Ausstieg::NurArbeitsuche => (
            k::Q_WER_NUR_ARBEITSUCHE_DEUTSCHLAND,
            k::Q_LASSEN_SICH_MIGRATIONSBERATUNG_BERATEN_2,
            "§ 7 Abs. 1 Satz 2 Nr. 2 SGB II",
        ),
        Ausstieg::Asylbewerber => (
            k::Q_WER_LEISTUNGEN_NACH_ASYLBEWERBERLEISTUNGSGESETZ,
            k::Q_ZUSTAENDIG_SOZIALAMT_AUSLAENDERBEHOERDE_IHRES,
            "§ 7 Abs. 1 Satz 2 Nr. 3 SGB II",
        ),
        Ausstieg::Studium => (
            k::Q_WER_AUSBILDUNG_BAFOEG_GEFOERDERT,
            k::Q_BEANTRAGEN_BAFOEG_BEIM_STUDIERENDENWERK,
            "§ 7 Abs. 5 und § 27 SGB II",
        ),
        Ausstieg::Stationaer => (
            k::Q_WER_LAENGER_ALS_SECHS,
            k::Q_ZUSTAENDIG_SOZIALAMT,
            "§ 7 Abs. 4 SGB II",
        ),
        Ausstieg::Altersrente => (
            k::Q_WER_ALTERSRENTE_BEZIEHT_BEKOMMT,
            k::Q_REICHT_RENTE_NICHT_SOZIALAMT,
            "§ 7 Abs. 4 SGB II, § 41 SGB XII",
        ),
    }
}

/// One answered question as the check-answers page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    pub label: Text,
    pub value: Text,
}

/// The answers of one step, with the step to return to for "Ändern".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummarySection {
    pub step: Step,
    pub title: Text,
    pub form: Option<Text>,
    pub rows: Vec<SummaryRow>,
}

/// An answer in words: option labels instead of keys, "Ja"/"Nein", amounts and dates German style.
pub fn answer_text(q: &Question, a: &Antrag) -> Text {
    let raw = a.display(q.field);
    let shown = match &q.kind {
        Kind::YesNo => match raw.as_str() {
            "ja" => Some(text(k::STEP_YES)),
            "nein" => Some(text(k::STEP_NO)),
            _ => None,
        },
        Kind::Choice(options) => options
            .iter()
            .find(|(key, _)| *key == raw)
            .map(|(_, label)| text(*label)),
        Kind::Money { .. } => super::money::parse_money(&raw, Cents::euros(i64::MAX / 1000))
            .ok()
            .map(Text::Money),
        Kind::Iban => Some(Text::Plain(format_iban(&raw))),
        _ => Some(Text::Plain(raw)),
    };
    match shown {
        Some(t) if !t.is_empty() => t,
        _ => text(k::Q_NICHT_ANGEGEBEN),
    }
}

/// A checkbox group becomes one row: its legend and the ticked options.
fn flush_group(rows: &mut Vec<SummaryRow>, group: Option<(Text, Vec<Text>)>) {
    if let Some((legend, ticked)) = group {
        rows.push(SummaryRow {
            label: legend,
            value: if ticked.is_empty() {
                text(k::Q_NICHTS_AUSGEWAEHLT)
            } else {
                Text::join(ticked, ", ")
            },
        });
    }
}

/// Every answer of the route, grouped by step, as the check-answers page lists it. Branches that
/// no longer apply do not appear, because only the route's questions are read.
pub fn answers_summary(a: &Antrag, today: Date) -> Vec<SummarySection> {
    super::step::route(a, today)
        .into_iter()
        .filter(|s| !matches!(s, Step::Pruefen | Step::Erklaerungen | Step::Ausstieg(_)))
        .map(|step| {
            let mut rows: Vec<SummaryRow> = Vec::new();
            let mut group: Option<(Text, Vec<Text>)> = None;
            for q in questions(step, a, today) {
                if let Some(legend) = &q.group {
                    let ticked = a.display(q.field) == "ja";
                    let entry = group.get_or_insert_with(|| (legend.clone(), Vec::new()));
                    if ticked {
                        entry.1.push(q.label.clone());
                    }
                    continue;
                }
                flush_group(&mut rows, group.take());
                rows.push(SummaryRow {
                    label: q.label.clone(),
                    value: answer_text(&q, a),
                });
            }
            flush_group(&mut rows, group.take());
            SummarySection {
                step,
                title: step_title(step, a),
                form: step_form_section(step, a, today),
                rows,
            }
        })
        .collect()
}

/// "Warum wird das gefragt?": why the Jobcenter needs a step's answers, and the rule behind it.
pub fn step_reason(step: Step) -> Option<(TextKey, &'static str)> {
    Some(match step {
        Step::Alter => (
            k::Q_GRUNDSICHERUNG_ARBEITSUCHENDE_GIBT_AB,
            "§ 7 Abs. 1 Nr. 1, § 7a SGB II",
        ),
        Step::Erwerbsfaehigkeit => (
            k::Q_LEISTUNGEN_BEKOMMT_WER_MINDESTENS,
            "§§ 7, 8, 44a SGB II",
        ),
        Step::Aufenthalt => (k::Q_WER_NICHT_DEUTSCHLAND_LEBT, "§ 7 Abs. 1 SGB II"),
        Step::Ausbildung => (k::Q_WER_AUSBILDUNG_MACHT_BAFOEG, "§ 7 Abs. 5 und 6 SGB II"),
        Step::Unterbringung => (k::Q_WER_LAENGER_ALS_SECHS_2, "§ 7 Abs. 4 SGB II"),
        Step::Personalien => (
            k::Q_JOBCENTER_MUSS_WISSEN_WER,
            "§§ 36, 37 SGB II, § 60 SGB I",
        ),
        Step::Lebenssituation => (
            k::Q_SCHWANGERSCHAFT_BEHINDERUNG_BESONDERE_ERNAEHRUNG,
            "§§ 21, 33 SGB II",
        ),
        Step::Haushalt => (
            k::Q_WER_IHNEN_ZUSAMMENLEBT_KANN,
            "§ 7 Abs. 3, § 9 Abs. 2 SGB II",
        ),
        Step::Person(_) => (
            k::Q_JEDE_PERSON_BEDARFSGEMEINSCHAFT_WIRD,
            "§ 7 Abs. 3 SGB II",
        ),
        Step::Wohnung | Step::Wohnkosten => (
            k::Q_KOSTEN_UNTERKUNFT_HEIZUNG_WERDEN,
            "§ 22 Abs. 1, § 21 Abs. 7 SGB II",
        ),
        Step::Einkommen(_) => (
            k::Q_EINKOMMEN_MINDERT_LEISTUNG_ERWERBSEINKOMMEN,
            "§§ 11, 11b SGB II",
        ),
        Step::Vermoegen(_) => (k::Q_VERMOEGEN_UEBER_FREIBETRAG_ZUERST, "§ 12 SGB II"),
        Step::Bankverbindung => (
            k::Q_LEISTUNG_WIRD_KONTO_UEBERWIESEN,
            "§ 42 SGB II, § 31 ZKG",
        ),
        Step::Erklaerungen => (k::Q_MUESSEN_ALLE_TATSACHEN_ANGEBEN, "§ 60 SGB I"),
        _ => return None,
    })
}
