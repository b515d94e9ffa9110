//! The closed answer sets of the forms (Familienstand, Wohnform, …). Each option has a stable key,
//! used in field ids, storage and the UI's radio values, and the German label of the form.

use serde::{Deserialize, Serialize};

/// An enum whose variants are the options of one question.
pub trait Choice: Sized + Copy + PartialEq + 'static {
    fn all() -> &'static [Self];
    fn key(self) -> &'static str;
    fn label(self) -> &'static str;

    fn from_key(key: &str) -> Option<Self> {
        Self::all().iter().copied().find(|c| c.key() == key)
    }

    fn options() -> Vec<(&'static str, &'static str)> {
        Self::all().iter().map(|c| (c.key(), c.label())).collect()
    }
}

macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $key:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl Choice for $name {
            fn all() -> &'static [Self] {
                &[$($name::$variant),+]
            }
            fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }
            fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
}

choice_enum!(
    /// § 8 SGB II: able to work at least three hours a day for the foreseeable future.
    Erwerbsfaehigkeit {
        Ja => "ja", "Ja, mindestens 3 Stunden täglich";
        Nein => "nein", "Nein, auf absehbare Zeit (6 Monate) nicht";
        Unklar => "unklar", "Das weiß ich nicht";
    }
);

choice_enum!(Staatsangehoerigkeit {
    Deutsch => "deutsch", "Deutsch";
    EuEwr => "eu", "Eines anderen EU-Staats, Islands, Liechtensteins, Norwegens oder der Schweiz";
    Andere => "andere", "Eines anderen Staats oder staatenlos";
});

choice_enum!(AufenthaltDauer {
    UnterDreiMonate => "unter-3-monate", "Weniger als 3 Monate";
    BisFuenfJahre => "bis-5-jahre", "3 Monate bis 5 Jahre";
    UeberFuenfJahre => "ueber-5-jahre", "Mehr als 5 Jahre";
});

choice_enum!(
    /// The ground of residence, as far as § 7 Abs. 1 S. 2 SGB II distinguishes them.
    Aufenthaltsgrund {
        Arbeit => "arbeit", "Ich arbeite oder bin selbständig in Deutschland (oder war es)";
        Familie => "familie", "Familienangehörige, Aufenthaltstitel oder Daueraufenthalt";
        Ukraine => "ukraine", "Aufenthaltserlaubnis zum vorübergehenden Schutz (§ 24 AufenthG)";
        NurArbeitsuche => "arbeitsuche", "Mein Aufenthaltsrecht ergibt sich nur aus der Arbeitsuche";
        Asyl => "asyl", "Asylverfahren, Duldung oder Leistungen nach dem Asylbewerberleistungsgesetz";
    }
);

choice_enum!(Ausbildung {
    Keine => "keine", "Nein";
    Schule => "schule", "Ja, ich gehe zur Schule";
    Betrieblich => "betrieblich", "Ja, ich mache eine betriebliche Ausbildung";
    Studium => "studium", "Ja, ich studiere oder mache eine schulische Ausbildung, die mit BAföG gefördert werden kann";
});

choice_enum!(Geschlecht {
    Weiblich => "weiblich", "weiblich";
    Maennlich => "maennlich", "männlich";
    Divers => "divers", "divers";
    KeineAngabe => "keine-angabe", "keine Angabe";
});

choice_enum!(Familienstand {
    Ledig => "ledig", "ledig";
    Verheiratet => "verheiratet", "verheiratet oder eingetragene Lebenspartnerschaft";
    Getrennt => "getrennt", "dauernd getrennt lebend";
    Geschieden => "geschieden", "geschieden oder Lebenspartnerschaft aufgehoben";
    Verwitwet => "verwitwet", "verwitwet";
});

impl Familienstand {
    /// Separated or divorced: a maintenance claim against the former partner is possible (Anlage UH1).
    pub fn may_claim_unterhalt(self) -> bool {
        matches!(self, Familienstand::Getrennt | Familienstand::Geschieden)
    }
}

choice_enum!(Partnerschaft {
    Ehe => "ehe", "Wir sind verheiratet oder eingetragene Lebenspartner";
    Nichtehelich => "nichtehelich", "Wir leben unverheiratet zusammen";
});

choice_enum!(
    /// How a child in the children list is related to the applicant.
    KindVerhaeltnis {
        Leiblich => "leiblich", "Mein leibliches Kind";
        KindDesPartners => "kind-des-partners", "Kind meiner Partnerin oder meines Partners";
        Gemeinsam => "gemeinsam", "Unser gemeinsames Kind";
        Adoptiert => "adoptiert", "Adoptivkind";
        Pflegekind => "pflegekind", "Pflegekind";
    }
);

choice_enum!(
    /// How another member of the household is related to the applicant.
    WeitereVerhaeltnis {
        Elternteil => "elternteil", "Mutter oder Vater";
        Partner => "partner", "Partnerin oder Partner";
        Geschwister => "geschwister", "Schwester oder Bruder";
        Verwandt => "verwandt", "Andere Verwandte oder Verschwägerte (z. B. Großeltern, Schwiegereltern)";
        NichtVerwandt => "nicht-verwandt", "Nicht verwandt (z. B. Wohngemeinschaft, Untermiete)";
    }
);

impl WeitereVerhaeltnis {
    pub fn is_relative(self) -> bool {
        matches!(
            self,
            WeitereVerhaeltnis::Elternteil
                | WeitereVerhaeltnis::Geschwister
                | WeitereVerhaeltnis::Verwandt
        )
    }
}

choice_enum!(Krankenversicherung {
    Gesetzlich => "gesetzlich", "Gesetzlich versichert (pflicht- oder familienversichert)";
    Freiwillig => "freiwillig", "Freiwillig gesetzlich versichert";
    Privat => "privat", "Privat versichert";
    Keine => "keine", "Nicht versichert";
});

impl Krankenversicherung {
    /// Anyone not compulsorily insured fills in Anlage SV (§ 26 SGB II contribution subsidy).
    pub fn needs_anlage_sv(self) -> bool {
        !matches!(self, Krankenversicherung::Gesetzlich)
    }
}

choice_enum!(Wohnform {
    Miete => "miete", "Ich wohne zur Miete (auch Untermiete)";
    Eigentum => "eigentum", "Ich wohne im eigenen Haus oder in der eigenen Wohnung";
});

choice_enum!(
    /// § 21 Abs. 7 SGB II: decentral hot water (boiler, instantaneous heater) is a Mehrbedarf.
    Warmwasser {
        Zentral => "zentral", "Über die Heizung oder zentral (in den Heizkosten enthalten)";
        Dezentral => "dezentral", "Mit einem Boiler oder Durchlauferhitzer in der Wohnung (Strom oder Gas)";
    }
);

choice_enum!(
    /// The kinds of income Anlage EK asks about.
    EinkommensArt {
        Erwerb => "erwerb", "Lohn oder Gehalt (auch Minijob)";
        Selbstaendig => "selbstaendig", "Selbständige Tätigkeit oder Gewerbe";
        Kindergeld => "kindergeld", "Kindergeld";
        Unterhalt => "unterhalt", "Unterhalt";
        Unterhaltsvorschuss => "unterhaltsvorschuss", "Unterhaltsvorschuss";
        Rente => "rente", "Rente";
        Arbeitslosengeld => "arbeitslosengeld", "Arbeitslosengeld oder Krankengeld";
        Elterngeld => "elterngeld", "Elterngeld";
        Sonstiges => "sonstiges", "Andere Einnahmen";
    }
);

choice_enum!(
    /// The amounts asked for the kinds of income; wages need gross and net.
    Betrag {
        ErwerbBrutto => "erwerb-brutto", "Bruttolohn im Monat";
        ErwerbNetto => "erwerb-netto", "Nettolohn im Monat";
        Selbstaendig => "selbstaendig", "Voraussichtlicher Gewinn im Monat";
        Kindergeld => "kindergeld", "Kindergeld im Monat";
        Unterhalt => "unterhalt", "Unterhalt im Monat";
        Unterhaltsvorschuss => "unterhaltsvorschuss", "Unterhaltsvorschuss im Monat";
        Rente => "rente", "Rente im Monat (Zahlbetrag)";
        Arbeitslosengeld => "arbeitslosengeld", "Arbeitslosengeld oder Krankengeld im Monat";
        Elterngeld => "elterngeld", "Elterngeld im Monat";
        Sonstiges => "sonstiges", "Andere Einnahmen im Monat";
    }
);

impl EinkommensArt {
    pub fn betraege(self) -> &'static [Betrag] {
        match self {
            EinkommensArt::Erwerb => &[Betrag::ErwerbBrutto, Betrag::ErwerbNetto],
            EinkommensArt::Selbstaendig => &[Betrag::Selbstaendig],
            EinkommensArt::Kindergeld => &[Betrag::Kindergeld],
            EinkommensArt::Unterhalt => &[Betrag::Unterhalt],
            EinkommensArt::Unterhaltsvorschuss => &[Betrag::Unterhaltsvorschuss],
            EinkommensArt::Rente => &[Betrag::Rente],
            EinkommensArt::Arbeitslosengeld => &[Betrag::Arbeitslosengeld],
            EinkommensArt::Elterngeld => &[Betrag::Elterngeld],
            EinkommensArt::Sonstiges => &[Betrag::Sonstiges],
        }
    }
}

choice_enum!(
    /// The rows of the asset table of Anlage VM.
    VermoegensArt {
        Konten => "konten", "Bargeld, Giro- und Sparkonten";
        Wertpapiere => "wertpapiere", "Wertpapiere, Aktien, Fonds, Bausparverträge";
        Lebensversicherung => "lebensversicherung", "Lebens- oder Rentenversicherung (Rückkaufswert)";
        Altersvorsorge => "altersvorsorge", "Geförderte Altersvorsorge (Riester, Rürup, Betriebsrente)";
        Kfz => "kfz", "Auto oder Motorrad (heutiger Wert)";
        Immobilie => "immobilie", "Haus, Wohnung oder Grundstück, das Sie nicht selbst bewohnen";
        Sonstiges => "sonstiges", "Anderes Vermögen (z. B. Schmuck, Kryptowährung)";
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn keys_unique<C: Choice + std::fmt::Debug>() {
        let keys: HashSet<_> = C::all().iter().map(|c| c.key()).collect();
        assert_eq!(keys.len(), C::all().len());
        for c in C::all() {
            assert_eq!(C::from_key(c.key()), Some(*c));
            assert!(!c.label().is_empty());
        }
        assert_eq!(C::from_key("gibt-es-nicht"), None);
    }

    #[test]
    fn every_choice_has_unique_round_tripping_keys() {
        keys_unique::<Erwerbsfaehigkeit>();
        keys_unique::<Staatsangehoerigkeit>();
        keys_unique::<AufenthaltDauer>();
        keys_unique::<Aufenthaltsgrund>();
        keys_unique::<Ausbildung>();
        keys_unique::<Geschlecht>();
        keys_unique::<Familienstand>();
        keys_unique::<Partnerschaft>();
        keys_unique::<KindVerhaeltnis>();
        keys_unique::<WeitereVerhaeltnis>();
        keys_unique::<Krankenversicherung>();
        keys_unique::<Wohnform>();
        keys_unique::<Warmwasser>();
        keys_unique::<EinkommensArt>();
        keys_unique::<Betrag>();
        keys_unique::<VermoegensArt>();
    }
}
