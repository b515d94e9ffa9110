//! The Nachweise a person would bring to the Jobcenter, derived from the answers (FACTS.md 2.1,
//! row 10). The Jobcenter may ask for more (§ 60 SGB I); this is what the answers make certain.

use super::antrag::{Antrag, PersonRef};
use super::choices::{
    Choice, EinkommensArt, Familienstand, Krankenversicherung, Staatsangehoerigkeit, VermoegensArt,
    Wohnform,
};
use super::date::Date;
use crate::i18n::{k, text, Text};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nachweis {
    /// Stable across versions and languages ("kontoauszuege/partner"): what a tick is stored by,
    /// so that a version adding a document leaves every tick on its own paper.
    pub id: String,
    pub titel: Text,
    /// The person it concerns; `None` for the household as a whole.
    pub fuer: Option<PersonRef>,
    pub grund: Text,
}

fn add(out: &mut Vec<Nachweis>, doc: &str, titel: Text, fuer: Option<PersonRef>, grund: Text) {
    out.push(Nachweis {
        id: match fuer {
            Some(who) => format!("{doc}/{}", who.slug()),
            None => doc.to_string(),
        },
        titel,
        fuer,
        grund,
    });
}

pub fn checklist(a: &Antrag, today: Date) -> Vec<Nachweis> {
    let mut out = Vec::new();
    let me = Some(PersonRef::Antragsteller);
    let bg = a.bedarfsgemeinschaft(today);
    add(
        &mut out,
        "ausweis",
        text(k::NACHWEIS_PERSONALAUSWEIS_REISEPASS),
        me,
        text(k::NACHWEIS_IDENTITAET),
    );
    if a.vorpruefung
        .staatsangehoerigkeit
        .is_some_and(|s| s != Staatsangehoerigkeit::Deutsch)
    {
        add(
            &mut out,
            "aufenthaltstitel",
            text(k::NACHWEIS_AUFENTHALTSTITEL_FREIZUEGIGKEITSNACHWEIS),
            me,
            text(k::NACHWEIS_AUFENTHALTSRECHT_HAUPTANTRAG_ABSCHNITT_B),
        );
    }
    add(
        &mut out,
        "meldebescheinigung",
        text(k::NACHWEIS_MELDEBESCHEINIGUNG),
        None,
        text(k::NACHWEIS_WOHNORT_BESTIMMT_ZUSTAENDIGE_JOBCENTER),
    );
    for &who in &bg {
        let Some(p) = a.person(who) else { continue };
        let adult = p
            .age_on(today)
            .is_none_or(|age| age >= super::rules::lebensalter::ERWERBSFAEHIG_AB);
        if adult {
            add(
                &mut out,
                "kontoauszuege",
                text(k::NACHWEIS_KONTOAUSZUEGE_LETZTEN_DREI_MONATE),
                Some(who),
                text(k::NACHWEIS_JOBCENTER_DARF_OHNE_BESONDEREN),
            );
            add(
                &mut out,
                "sozialversicherungsausweis",
                text(k::NACHWEIS_SOZIALVERSICHERUNGSAUSWEIS_RENTENVERSICHERUNGSNUMMER_STEUER_ID),
                Some(who),
                text(k::NACHWEIS_MELDUNG_KRANKEN_RENTENVERSICHERUNG),
            );
        }
        match p.krankenversicherung {
            Some(Krankenversicherung::Gesetzlich | Krankenversicherung::Freiwillig) => add(
                &mut out,
                "krankenkasse",
                text(k::NACHWEIS_MITGLIEDSBESCHEINIGUNG_KRANKENKASSE),
                Some(who),
                text(k::NACHWEIS_JOBCENTER_MELDET_IHRER_KRANKENKASSE),
            ),
            Some(Krankenversicherung::Privat) => add(
                &mut out,
                "private-krankenversicherung",
                text(k::NACHWEIS_VERSICHERUNGSSCHEIN_AKTUELLE_BEITRAGSRECHNUNG_PRIVATEN),
                Some(who),
                text(k::NACHWEIS_ZUSCHUSS_BEITRAEGEN_ANLAGE_SV),
            ),
            _ => {}
        }
        if matches!(who, PersonRef::Kind(_)) {
            add(
                &mut out,
                "geburtsurkunde",
                text(k::NACHWEIS_GEBURTSURKUNDE),
                Some(who),
                text(k::NACHWEIS_ZUGEHOERIGKEIT_KINDES_BEDARFSGEMEINSCHAFT),
            );
            if p.schule == Some(true) {
                add(
                    &mut out,
                    "schulbescheinigung",
                    text(k::NACHWEIS_SCHULBESCHEINIGUNG),
                    Some(who),
                    text(k::NACHWEIS_KINDER_AB_15_JAHREN),
                );
            }
        }
        let e = &p.einkommen;
        for (art, titel, grund) in [
            (
                EinkommensArt::Erwerb,
                text(k::NACHWEIS_ARBEITSVERTRAG_LOHNABRECHNUNGEN_LETZTEN_MONATE),
                text(k::NACHWEIS_EINKOMMEN_WIRD_NACH_ABZUG),
            ),
            (
                EinkommensArt::Selbstaendig,
                text(k::NACHWEIS_GEWINNERMITTLUNG_BETRIEBSWIRTSCHAFTLICHE_AUSWERTUNG_ANLAGE),
                text(k::NACHWEIS_JOBCENTER_ENTSCHEIDET_VORLAEUFIG_NACH),
            ),
            (
                EinkommensArt::Kindergeld,
                text(k::NACHWEIS_KINDERGELDBESCHEID),
                text(k::NACHWEIS_KINDERGELD_EINKOMMEN_KINDES),
            ),
            (
                EinkommensArt::Unterhalt,
                text(k::NACHWEIS_UNTERHALTSTITEL_NACHWEIS_UEBER_UNTERHALTSZAHLUNGEN),
                text(k::NACHWEIS_UNTERHALT_WIRD_VOLL_ANGERECHNET),
            ),
            (
                EinkommensArt::Unterhaltsvorschuss,
                text(k::NACHWEIS_BESCHEID_UEBER_UNTERHALTSVORSCHUSS),
                text(k::NACHWEIS_UNTERHALTSVORSCHUSS_EINKOMMEN_KINDES),
            ),
            (
                EinkommensArt::Rente,
                text(k::NACHWEIS_RENTENBESCHEID),
                text(k::NACHWEIS_RENTEN_WERDEN_ALS_EINKOMMEN),
            ),
            (
                EinkommensArt::Arbeitslosengeld,
                text(k::NACHWEIS_BESCHEID_UEBER_ARBEITSLOSENGELD_KRANKENGELD),
                text(k::NACHWEIS_DIESE_LEISTUNGEN_GEHEN_VOR),
            ),
            (
                EinkommensArt::Elterngeld,
                text(k::NACHWEIS_ELTERNGELDBESCHEID),
                text(k::NACHWEIS_ELTERNGELD_WIRD_ALS_EINKOMMEN),
            ),
            (
                EinkommensArt::Sonstiges,
                text(k::NACHWEIS_NACHWEISE_UEBER_ANDEREN_EINNAHMEN),
                text(k::NACHWEIS_JEDE_EINNAHME_ZAEHLT_MONAT),
            ),
        ] {
            if e.hat(art) {
                add(
                    &mut out,
                    &format!("einkommen-{}", art.key()),
                    titel,
                    Some(who),
                    grund,
                );
            }
        }
        let v = &p.vermoegen;
        for (art, titel) in [
            (
                VermoegensArt::Wertpapiere,
                text(k::NACHWEIS_DEPOT_SPARAUSZUEGE_AKTUELLEM_WERT),
            ),
            (
                VermoegensArt::Lebensversicherung,
                text(k::NACHWEIS_BESCHEINIGUNG_UEBER_RUECKKAUFSWERT_VERSICHERUNG),
            ),
            (
                VermoegensArt::Altersvorsorge,
                text(k::NACHWEIS_VERTRAG_JAHRESMITTEILUNG_ALTERSVORSORGE),
            ),
            (
                VermoegensArt::Kfz,
                text(k::NACHWEIS_FAHRZEUGSCHEIN_ZULASSUNGSBESCHEINIGUNG_TEIL_I),
            ),
            (
                VermoegensArt::Immobilie,
                text(k::NACHWEIS_GRUNDBUCHAUSZUG_ANGABEN_WERT),
            ),
        ] {
            if v.hat(art) {
                add(
                    &mut out,
                    &format!("vermoegen-{}", art.key()),
                    titel,
                    Some(who),
                    text(k::NACHWEIS_PRUEFUNG_VERMOEGENS_ANLAGE_VM),
                );
            }
        }
        if p.schwanger == Some(true) {
            add(
                &mut out,
                "mutterpass",
                text(k::NACHWEIS_MUTTERPASS),
                Some(who),
                text(k::NACHWEIS_MEHRBEDARF_SCHWANGERSCHAFT_21_ABS),
            );
        }
        if p.behinderung_teilhabe == Some(true) {
            add(
                &mut out,
                "teilhabe",
                text(k::NACHWEIS_BESCHEID_UEBER_LEISTUNGEN_TEILHABE),
                Some(who),
                text(k::NACHWEIS_MEHRBEDARF_WEGEN_BEHINDERUNG_21),
            );
        }
        if p.ernaehrung == Some(true) {
            add(
                &mut out,
                "ernaehrung",
                text(k::NACHWEIS_AERZTLICHE_BESCHEINIGUNG_ANLAGE_MEB),
                Some(who),
                text(k::NACHWEIS_MEHRBEDARF_KOSTENAUFWAENDIGE_ERNAEHRUNG_21),
            );
        }
        // A child with a parent elsewhere who pays nothing: Unterhaltsvorschuss comes first
        // (§ 12a SGB II), so the Jobcenter asks for its application or Bescheid.
        let unterhalt =
            e.hat(EinkommensArt::Unterhalt) || e.hat(EinkommensArt::Unterhaltsvorschuss);
        let minor = p
            .age_on(today)
            .is_some_and(|age| age < super::rules::lebensalter::VOLLJAEHRIG_AB);
        if matches!(who, PersonRef::Kind(_))
            && minor
            && p.elternteil_ausserhalb == Some(true)
            && !unterhalt
        {
            add(
                &mut out,
                "unterhaltsvorschuss-antrag",
                text(k::NACHWEIS_ANTRAG_UNTERHALTSVORSCHUSS),
                Some(who),
                text(k::NACHWEIS_UNTERHALTSVORSCHUSS_GEHT_VOR),
            );
        }
        let absetzungen = [p.fahrtkosten, p.versicherungen, p.riester]
            .iter()
            .any(|c| c.is_some_and(|c| !c.is_zero()));
        if absetzungen {
            add(
                &mut out,
                "absetzungen",
                text(k::NACHWEIS_FAHRTKOSTEN_VERSICHERUNGEN_RIESTER),
                Some(who),
                text(k::NACHWEIS_ABSETZUNGEN_GRUND),
            );
        }
        if p.unterhalt_tituliert.is_some_and(|c| !c.is_zero()) {
            add(
                &mut out,
                "unterhalt-gezahlt",
                text(k::NACHWEIS_UNTERHALTSTITEL_ZAHLUNGEN),
                Some(who),
                text(k::NACHWEIS_UNTERHALT_GEZAHLT_GRUND),
            );
        }
    }
    let andere = a.andere_leistungen.values().any(|v| *v);
    if andere {
        add(
            &mut out,
            "andere-leistungen",
            text(k::NACHWEIS_ANDERE_LEISTUNGEN),
            me,
            text(k::NACHWEIS_ANDERE_LEISTUNGEN_GRUND),
        );
    }
    if a.ansprueche_dritte == Some(true) {
        add(
            &mut out,
            "ansprueche-dritte",
            text(k::NACHWEIS_ANSPRUECHE_DRITTE),
            me,
            text(k::NACHWEIS_ANSPRUECHE_DRITTE_GRUND),
        );
    }
    if a.schenkung == Some(true) {
        add(
            &mut out,
            "schenkung",
            text(k::NACHWEIS_SCHENKUNG),
            me,
            text(k::NACHWEIS_SCHENKUNG_GRUND),
        );
    }
    if a.wohnung.kosten == Some(true) && a.wohnung.direktzahlung == Some(true) {
        add(
            &mut out,
            "vermieter-konto",
            text(k::NACHWEIS_VERMIETER_KONTO),
            None,
            text(k::NACHWEIS_VERMIETER_KONTO_GRUND),
        );
    }
    if a.familienstand
        .is_some_and(|f| f == Familienstand::Getrennt || f == Familienstand::Geschieden)
    {
        add(
            &mut out,
            "trennung",
            text(k::NACHWEIS_SCHEIDUNGSURTEIL_NACHWEIS_UEBER_TRENNUNG),
            me,
            text(k::NACHWEIS_MOEGLICHE_UNTERHALTSANSPRUECHE_ANLAGE_UH1),
        );
    }
    if a.wohnung.kosten == Some(true) {
        if a.wohnung.wohnform == Some(Wohnform::Eigentum) {
            add(&mut out, "eigentum", text(k::NACHWEIS_KREDITVERTRAG_ZINSBESCHEINIGUNG_GRUNDSTEUERBESCHEID_GEBAEUDEVERSICHERUNG), None, text(k::NACHWEIS_KOSTEN_UNTERKUNFT_HEIZUNG_ANLAGE));
        } else {
            add(
                &mut out,
                "mietvertrag",
                text(k::NACHWEIS_MIETVERTRAG_NACHWEIS_AKTUELLEN_MIETE),
                None,
                text(k::NACHWEIS_KOSTEN_UNTERKUNFT_ANLAGE_KDU),
            );
            add(
                &mut out,
                "nebenkostenabrechnung",
                text(k::NACHWEIS_LETZTE_NEBENKOSTEN_HEIZKOSTENABRECHNUNG),
                None,
                text(k::NACHWEIS_HOEHE_NEBENKOSTEN_HEIZKOSTEN),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::personas;

    fn titles_for(id: &str) -> Vec<(Option<PersonRef>, String)> {
        let today = Date::new(2026, 11, 25).expect("date");
        let w = personas::by_id(id).expect("persona").play(today);
        checklist(&w.antrag, today)
            .into_iter()
            .map(|n| (n.fuer, n.titel.german()))
            .collect()
    }

    #[test]
    fn tenants_earners_and_children_get_their_documents() {
        let list = titles_for("alleinerziehend-minijob");
        let has = |who: Option<PersonRef>, t: &str| {
            list.iter().any(|(w, x)| *w == who && x.starts_with(t))
        };
        assert!(has(None, "Mietvertrag"));
        assert!(has(None, "Letzte Nebenkosten"));
        assert!(has(
            Some(PersonRef::Antragsteller),
            "Arbeitsvertrag und Lohnabrechnungen"
        ));
        assert!(has(Some(PersonRef::Kind(0)), "Kindergeldbescheid"));
        assert!(has(
            Some(PersonRef::Kind(1)),
            "Bescheid über Unterhaltsvorschuss"
        ));
        assert!(has(Some(PersonRef::Kind(0)), "Geburtsurkunde"));
        assert!(has(Some(PersonRef::Antragsteller), "Kontoauszüge"));
        assert!(
            !has(Some(PersonRef::Kind(0)), "Kontoauszüge"),
            "children under 15 have no statements asked"
        );
    }

    #[test]
    fn every_adult_member_brings_bank_statements() {
        let list = titles_for("familie-aufstocker");
        let statements: Vec<_> = list
            .iter()
            .filter(|(_, t)| t.starts_with("Kontoauszüge"))
            .collect();
        assert_eq!(statements.len(), 2);
        assert!(list.iter().any(|(_, t)| t.starts_with("Fahrzeugschein")));
    }

    #[test]
    fn self_employed_and_residence() {
        let list = titles_for("selbststaendig");
        assert!(list.iter().any(|(_, t)| t.starts_with("Gewinnermittlung")));
        assert!(list.iter().any(|(_, t)| t.starts_with("Scheidungsurteil")));
        let list = titles_for("neu-zugewandert");
        assert!(list.iter().any(|(_, t)| t.starts_with("Aufenthaltstitel")));
    }
}
