//! How steps are named: headings, the form section on paper, where an exit leads, and why a
//! step asks what it asks.

use super::*;

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

/// The office to go to instead, and its task, for each exit of the Vorprüfung.
pub fn exit_office(exit: Ausstieg) -> TextKey {
    match exit {
        Ausstieg::UnterMindestalter => k::EXIT_ELTERN_JOBCENTER,
        Ausstieg::Altersgrenze
        | Ausstieg::NichtErwerbsfaehig
        | Ausstieg::Stationaer
        | Ausstieg::Altersrente => k::EXIT_SOZIALAMT,
        Ausstieg::KeinWohnsitz | Ausstieg::ErsteDreiMonate | Ausstieg::NurArbeitsuche => {
            k::EXIT_BERATUNG
        }
        Ausstieg::Asylbewerber => k::EXIT_ASYL,
        Ausstieg::Studium => k::EXIT_BAFOEG,
    }
}

/// "Warum wird das gefragt?": why the Jobcenter needs a step's answers, and the rule behind it.
/// Why a page asks what it asks, with its rule; for a young child's money, in a child's terms.
pub fn step_reason(step: Step, a: &Antrag, today: Date) -> Option<(TextKey, &'static str)> {
    Some(match step {
        Step::Einkommen(who) if super::finanzen::young_child(a, who, today) => {
            (k::Q_EINKOMMEN_KIND_WARUM, "§ 9 Abs. 2, § 11 Abs. 1 SGB II")
        }
        Step::Vermoegen(who) if super::finanzen::young_child(a, who, today) => {
            (k::Q_VERMOEGEN_KIND_WARUM, "§ 12 SGB II")
        }
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

/// What the Jobcenter still pays to someone whose training excludes the Grundsicherung (§ 27
/// SGB II): the Mehrbedarfe of § 21 Abs. 2, 3, 5 and 6 as far as income does not cover them,
/// the first equipment for pregnancy and birth, and in hardship a loan. Amounts for a person on
/// Regelbedarfsstufe 1 under the given Rechtsstand.
pub fn leistungen_trotz_ausbildung(r: &Rechtsstand) -> Vec<Text> {
    use crate::domain::rules::mehrbedarf as mb;
    let rbs1 = r.regelbedarf(1);
    vec![
        fill(
            k::Q_27_SCHWANGERSCHAFT,
            &[("betrag", &rbs1.anteil(mb::SCHWANGERSCHAFT))],
        ),
        fill(
            k::Q_27_ALLEINERZIEHEND,
            &[
                ("von", &rbs1.anteil(mb::ALLEINERZIEHEND_JE_KIND)),
                ("bis", &rbs1.anteil(mb::ALLEINERZIEHEND_HOECHSTENS)),
            ],
        ),
        text(k::Q_27_ERNAEHRUNG),
        text(k::Q_27_ERSTAUSSTATTUNG),
        text(k::Q_27_DARLEHEN),
    ]
}
