//! The Nachweise a person would bring to the Jobcenter, derived from the answers (FACTS.md 2.1,
//! row 10). The Jobcenter may ask for more (§ 60 SGB I); this is what the answers make certain.

use super::antrag::{Antrag, PersonRef};
use super::choices::{
    EinkommensArt, Familienstand, Krankenversicherung, Staatsangehoerigkeit, VermoegensArt,
    Wohnform,
};
use super::date::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nachweis {
    pub titel: String,
    /// The person it concerns; `None` for the household as a whole.
    pub fuer: Option<PersonRef>,
    pub grund: String,
}

fn add(out: &mut Vec<Nachweis>, titel: &str, fuer: Option<PersonRef>, grund: &str) {
    out.push(Nachweis {
        titel: titel.into(),
        fuer,
        grund: grund.into(),
    });
}

pub fn checklist(a: &Antrag, today: Date) -> Vec<Nachweis> {
    let mut out = Vec::new();
    let me = Some(PersonRef::Antragsteller);
    let bg = a.bedarfsgemeinschaft(today);
    add(
        &mut out,
        "Personalausweis oder Reisepass",
        me,
        "Ihre Identität.",
    );
    if a.vorpruefung
        .staatsangehoerigkeit
        .is_some_and(|s| s != Staatsangehoerigkeit::Deutsch)
    {
        add(
            &mut out,
            "Aufenthaltstitel oder Freizügigkeitsnachweis",
            me,
            "Ihr Aufenthaltsrecht (Hauptantrag, Abschnitt B).",
        );
    }
    add(
        &mut out,
        "Meldebescheinigung",
        None,
        "Der Wohnort bestimmt das zuständige Jobcenter.",
    );
    for &who in &bg {
        let Some(p) = a.person(who) else { continue };
        let adult = p.age_on(today).is_none_or(|age| age >= 15);
        if adult {
            add(
                &mut out,
                "Kontoauszüge der letzten drei Monate, für jedes Konto",
                Some(who),
                "Das Jobcenter darf sie ohne besonderen Anlass verlangen; Verwendungszwecke zu Partei, Religion oder Gesundheit dürfen Sie schwärzen, Beträge nicht.",
            );
            add(
                &mut out,
                "Sozialversicherungsausweis (Rentenversicherungsnummer) und Steuer-ID",
                Some(who),
                "Für die Meldung zur Kranken- und Rentenversicherung.",
            );
        }
        match p.krankenversicherung {
            Some(Krankenversicherung::Gesetzlich | Krankenversicherung::Freiwillig) => add(
                &mut out,
                "Mitgliedsbescheinigung der Krankenkasse",
                Some(who),
                "Das Jobcenter meldet Sie bei Ihrer Krankenkasse an.",
            ),
            Some(Krankenversicherung::Privat) => add(
                &mut out,
                "Versicherungsschein und aktuelle Beitragsrechnung der privaten Krankenversicherung",
                Some(who),
                "Für den Zuschuss zu den Beiträgen (Anlage SV, § 26 SGB II).",
            ),
            _ => {}
        }
        if matches!(who, PersonRef::Kind(_)) {
            add(
                &mut out,
                "Geburtsurkunde",
                Some(who),
                "Zugehörigkeit des Kindes zur Bedarfsgemeinschaft.",
            );
            if p.schule == Some(true) {
                add(
                    &mut out,
                    "Schulbescheinigung",
                    Some(who),
                    "Kinder ab 15 Jahren, die zur Schule gehen.",
                );
            }
        }
        let e = &p.einkommen;
        for (art, titel, grund) in [
            (EinkommensArt::Erwerb, "Arbeitsvertrag und Lohnabrechnungen der letzten Monate", "Das Einkommen wird nach Abzug der Freibeträge angerechnet (§ 11b SGB II). Der Arbeitgeber füllt außerdem die Einkommensbescheinigung aus."),
            (EinkommensArt::Selbstaendig, "Gewinnermittlung oder Betriebswirtschaftliche Auswertung und Anlage EKS", "Das Jobcenter entscheidet vorläufig nach Ihrer Schätzung (§ 41a SGB II)."),
            (EinkommensArt::Kindergeld, "Kindergeldbescheid", "Kindergeld ist Einkommen des Kindes."),
            (EinkommensArt::Unterhalt, "Unterhaltstitel oder Nachweis über Unterhaltszahlungen", "Unterhalt wird voll angerechnet."),
            (EinkommensArt::Unterhaltsvorschuss, "Bescheid über Unterhaltsvorschuss", "Unterhaltsvorschuss ist Einkommen des Kindes."),
            (EinkommensArt::Rente, "Rentenbescheid", "Renten werden als Einkommen angerechnet."),
            (EinkommensArt::Arbeitslosengeld, "Bescheid über Arbeitslosengeld oder Krankengeld", "Diese Leistungen gehen vor und werden angerechnet."),
            (EinkommensArt::Elterngeld, "Elterngeldbescheid", "Elterngeld wird als Einkommen angerechnet."),
            (EinkommensArt::Sonstiges, "Nachweise über die anderen Einnahmen", "Jede Einnahme zählt im Monat, in dem sie zufließt."),
        ] {
            if e.hat(art) {
                add(&mut out, titel, Some(who), grund);
            }
        }
        let v = &p.vermoegen;
        for (art, titel) in [
            (
                VermoegensArt::Wertpapiere,
                "Depot- oder Sparauszüge mit aktuellem Wert",
            ),
            (
                VermoegensArt::Lebensversicherung,
                "Bescheinigung über den Rückkaufswert der Versicherung",
            ),
            (
                VermoegensArt::Altersvorsorge,
                "Vertrag oder Jahresmitteilung der Altersvorsorge",
            ),
            (
                VermoegensArt::Kfz,
                "Fahrzeugschein (Zulassungsbescheinigung Teil I) und Kfz-Versicherung",
            ),
            (
                VermoegensArt::Immobilie,
                "Grundbuchauszug und Angaben zum Wert",
            ),
        ] {
            if v.hat(art) {
                add(
                    &mut out,
                    titel,
                    Some(who),
                    "Für die Prüfung des Vermögens (Anlage VM).",
                );
            }
        }
        if p.schwanger == Some(true) {
            add(
                &mut out,
                "Mutterpass",
                Some(who),
                "Für den Mehrbedarf bei Schwangerschaft (§ 21 Abs. 2 SGB II).",
            );
        }
        if p.behinderung_teilhabe == Some(true) {
            add(
                &mut out,
                "Bescheid über Leistungen zur Teilhabe oder Eingliederungshilfe",
                Some(who),
                "Für den Mehrbedarf wegen Behinderung (§ 21 Abs. 4 SGB II).",
            );
        }
        if p.ernaehrung == Some(true) {
            add(
                &mut out,
                "Ärztliche Bescheinigung (Anlage MEB)",
                Some(who),
                "Für den Mehrbedarf für kostenaufwändige Ernährung (§ 21 Abs. 5 SGB II).",
            );
        }
    }
    if a.familienstand
        .is_some_and(|f| f == Familienstand::Getrennt || f == Familienstand::Geschieden)
    {
        add(
            &mut out,
            "Scheidungsurteil oder Nachweis über die Trennung, Unterhaltsvereinbarungen",
            me,
            "Mögliche Unterhaltsansprüche (Anlage UH1).",
        );
    }
    if a.wohnung.kosten == Some(true) {
        if a.wohnung.wohnform == Some(Wohnform::Eigentum) {
            add(&mut out, "Kreditvertrag mit Zinsbescheinigung, Grundsteuerbescheid, Gebäudeversicherung, Abrechnungen für Wasser, Müll und Heizung", None, "Für die Kosten der Unterkunft und Heizung (Anlage KDU).");
        } else {
            add(
                &mut out,
                "Mietvertrag und Nachweis der aktuellen Miete",
                None,
                "Für die Kosten der Unterkunft (Anlage KDU).",
            );
            add(
                &mut out,
                "Letzte Nebenkosten- und Heizkostenabrechnung",
                None,
                "Für die Höhe der Nebenkosten und Heizkosten.",
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
            .map(|n| (n.fuer, n.titel))
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
