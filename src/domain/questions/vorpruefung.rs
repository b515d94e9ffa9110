//! The Vorprüfung: age, ability to work, residence, training, accommodation (§§ 7, 7a, 8
//! SGB II). Its answers decide whether the simulation goes on to the form.

use super::*;

pub(super) fn alter() -> Vec<Question> {
    let me = PersonRef::Antragsteller;
    let mine = |k| FieldId::person(me, k);
    vec![Question::new(
        mine(Key::Geburtsdatum),
        text(k::Q_WANN_GEBOREN),
        Kind::Date {
            rule: DateRule::Birth,
        },
        text(k::Q_GEBEN_GEBURTSDATUM),
    )]
}

pub(super) fn erwerbsfaehigkeit(a: &Antrag) -> Vec<Question> {
    let v = &a.vorpruefung;
    let plain = FieldId::of;
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

pub(super) fn aufenthalt(a: &Antrag) -> Vec<Question> {
    let v = &a.vorpruefung;
    let plain = FieldId::of;
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

/// School, training or studies; a student is asked whether they live with their parents and get
/// BAföG, which keeps the claim (§ 7 Abs. 6 Nr. 2 SGB II).
pub(super) fn ausbildung(a: &Antrag) -> Vec<Question> {
    let plain = FieldId::of;
    let mut qs = vec![Question::new(
        plain(Key::Ausbildung),
        text(k::Q_SCHULE_AUSBILDUNG_EINEM_STUDIUM),
        choice::<Ausbildung>(),
        text(k::Q_WAEHLEN_SCHULE_GEHEN_AUSBILDUNG),
    )];
    if a.vorpruefung.ausbildung == Some(Ausbildung::Studium) {
        qs.push(
            Question::new(
                plain(Key::BafoegBeiEltern),
                text(k::Q_BAFOEG_BEI_ELTERN),
                Kind::YesNo,
                text(k::Q_WAEHLEN_BAFOEG_BEI_ELTERN),
            )
            .hint(text(k::Q_BAFOEG_BEI_ELTERN_HINWEIS)),
        );
    }
    qs
}

pub(super) fn unterbringung() -> Vec<Question> {
    let plain = FieldId::of;
    vec![
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
    ]
}
