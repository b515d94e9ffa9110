//! The pages of the Hauptantrag itself: personal details, living situation, household, the
//! home and its costs (with Anlage KDU), bank details and the declarations.

use super::personen::situation_questions;
use super::*;

pub(super) fn personalien() -> Vec<Question> {
    let me = PersonRef::Antragsteller;
    let mine = |k| FieldId::person(me, k);
    let plain = FieldId::of;
    vec![
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
            mine(Key::RvNummer),
            text(k::Q_RV_NUMMER),
            text_field("off"),
            "",
        )
        .optional()
        .hint(text(k::Q_RV_NUMMER_HINWEIS)),
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
        Question::new(
            mine(Key::KvNummer),
            text(k::Q_KV_NUMMER),
            text_field("off"),
            "",
        )
        .optional()
        .hint(text(k::Q_KV_NUMMER_HINWEIS)),
    ]
}

pub(super) fn lebenssituation(a: &Antrag, today: Date) -> Vec<Question> {
    let me = PersonRef::Antragsteller;
    let plain = FieldId::of;
    // Section C of the Hauptantrag: from when.
    let mut qs = vec![Question::new(
        plain(Key::Leistungsbeginn),
        text(k::Q_LEISTUNGSBEGINN),
        choice::<Leistungsbeginn>(),
        text(k::Q_WAEHLEN_LEISTUNGSBEGINN),
    )
    .hint(text(k::Q_LEISTUNGSBEGINN_HINWEIS))];
    if a.leistungsbeginn == Some(Leistungsbeginn::Spaeter) {
        qs.push(Question::new(
            plain(Key::LeistungsbeginnDatum),
            text(k::Q_LEISTUNGSBEGINN_DATUM),
            Kind::Date {
                rule: DateRule::Beginn,
            },
            text(k::Q_GEBEN_LEISTUNGSBEGINN_DATUM),
        ));
    }
    // Section D: the present situation.
    qs.push(Question::new(
        plain(Key::Familienstand),
        text(k::Q_WELCHEN_FAMILIENSTAND_HABEN),
        choice::<Familienstand>(),
        text(k::Q_WAEHLEN_FAMILIENSTAND),
    ));
    if a.familienstand
        .is_some_and(Familienstand::may_claim_unterhalt)
    {
        qs.push(Question::new(
            plain(Key::GetrenntSeit),
            text(k::Q_GETRENNT_SEIT),
            Kind::Date {
                rule: DateRule::Past,
            },
            text(k::Q_GEBEN_GETRENNT_SEIT),
        ));
    }
    qs.push(
        Question::new(
            plain(Key::Alleinerziehend),
            text(k::Q_ALLEINERZIEHEND),
            Kind::YesNo,
            text(k::Q_WAEHLEN_ALLEINERZIEHEND),
        )
        .hint(text(k::Q_ALLEINERZIEHEND_HINWEIS)),
    );
    qs.extend(situation_questions(a, me, today));
    let andere = text(k::Q_ANDERE_LEISTUNGEN);
    qs.extend(AndereLeistung::all().iter().enumerate().map(|(i, l)| {
        let q = Question::new(plain(Key::AndereLeistung(*l)), l.label(), Kind::Check, "")
            .optional()
            .group(andere.clone());
        if i == 0 {
            q.hint(text(k::Q_ANDERE_LEISTUNGEN_HINWEIS))
        } else {
            q
        }
    }));
    // Section E: the situation until now.
    qs.push(
        Question::new(
            plain(Key::Sgb2BezugDreiJahre),
            text(k::Q_SGB2_BEZUG_DREI_JAHRE),
            Kind::YesNo,
            text(k::Q_WAEHLEN_SGB2_BEZUG_DREI_JAHRE),
        )
        .hint(text(k::Q_SGB2_BEZUG_DREI_JAHRE_HINWEIS)),
    );
    qs.push(
        Question::new(
            plain(Key::AnsprueheDritte),
            text(k::Q_ANSPRUECHE_DRITTE),
            Kind::YesNo,
            text(k::Q_WAEHLEN_ANSPRUECHE_DRITTE),
        )
        .hint(text(k::Q_ANSPRUECHE_DRITTE_HINWEIS)),
    );
    qs.push(
        Question::new(
            plain(Key::LebensunterhaltBisher),
            text(k::Q_LEBENSUNTERHALT_BISHER),
            text_field("off"),
            "",
        )
        .optional()
        .hint(text(k::Q_LEBENSUNTERHALT_BISHER_HINWEIS)),
    );
    qs
}

pub(super) fn haushalt(a: &Antrag) -> Vec<Question> {
    let plain = FieldId::of;
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
                max: super::super::antrag::MAX_KINDER,
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
                max: super::super::antrag::MAX_WEITERE,
            },
            text(k::Q_GEBEN_ZAHL_WEITEREN_PERSONEN),
        )
        .hint(text(k::Q_BEISPIEL_ELTERN_VERWANDTE_ERWACHSENE)),
    );
    qs
}

pub(super) fn wohnung(a: &Antrag) -> Vec<Question> {
    let plain = FieldId::of;
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
                Kind::Area {
                    max: MAX_WOHNFLAECHE,
                },
                text(k::Q_GEBEN_WOHNFLAECHE_QUADRATMETERN),
            )
            .hint(text(k::Q_STEHT_MIETVERTRAG_RUNDEN_GANZE)),
        );
        qs.push(
            Question::new(
                plain(Key::Bewohner),
                text(k::Q_BEWOHNER),
                Kind::Count { max: MAX_BEWOHNER },
                "",
            )
            .optional()
            .hint(text(k::Q_BEWOHNER_HINWEIS)),
        );
        qs.push(Question::new(
            plain(Key::Warmwasser),
            text(k::Q_WIRD_WARMWASSER_ERZEUGT),
            choice::<Warmwasser>(),
            text(k::Q_WAEHLEN_WARMWASSER_ERZEUGT_WIRD),
        ));
        qs.push(
            Question::new(
                plain(Key::Heizenergie),
                text(k::Q_HEIZENERGIE),
                choice::<Heizenergie>(),
                "",
            )
            .optional(),
        );
    }
    qs
}

pub(super) fn wohnkosten(a: &Antrag) -> Vec<Question> {
    let plain = FieldId::of;
    let money = Kind::Money { cap: CAP_MONTHLY };
    let owner = a.wohnung.wohnform == Some(Wohnform::Eigentum);
    // Anlage KDU asks the split; a tenant who knows only the total can say so and give it.
    let nur_gesamtmiete = !owner && a.wohnung.nur_gesamtmiete;
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
                plain(Key::NurGesamtmiete),
                text(k::Q_NUR_GESAMTMIETE),
                Kind::Check,
                "",
            )
            .optional(),
        );
    }
    if nur_gesamtmiete {
        qs.push(
            Question::new(
                plain(Key::Gesamtmiete),
                text(k::Q_GESAMTMIETE),
                money,
                text(k::Q_GEBEN_GESAMTMIETE),
            )
            .hint(text(k::Q_GESAMTMIETE_HINWEIS)),
        );
    } else {
        if !owner {
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
    }
    if !owner {
        qs.push(
            Question::new(
                plain(Key::Direktzahlung),
                text(k::Q_DIREKTZAHLUNG),
                Kind::YesNo,
                text(k::Q_WAEHLEN_DIREKTZAHLUNG),
            )
            .hint(text(k::Q_DIREKTZAHLUNG_HINWEIS)),
        );
    }
    qs
}

pub(super) fn bankverbindung(a: &Antrag) -> Vec<Question> {
    let plain = FieldId::of;
    vec![
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
    ]
}

pub(super) fn erklaerungen() -> Vec<Question> {
    let plain = FieldId::of;
    vec![
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
        .verweis(Verweis::Datenschutzhinweise)
        .group(text(k::Q_ERKLAERUNGEN)),
    ]
}
