//! The closed answer sets of the forms (Familienstand, Wohnform, …). Each option has a stable key,
//! used in field ids, storage and the UI's radio values, and the German label of the form.

use crate::i18n::{k, Key};
use serde::{Deserialize, Serialize};

/// An enum whose variants are the options of one question.
pub trait Choice: Sized + Copy + PartialEq + 'static {
    fn all() -> &'static [Self];
    fn key(self) -> &'static str;
    fn label(self) -> Key;

    fn from_key(key: &str) -> Option<Self> {
        Self::all().iter().copied().find(|c| c.key() == key)
    }

    fn options() -> Vec<(&'static str, Key)> {
        Self::all().iter().map(|c| (c.key(), c.label())).collect()
    }
}

macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $key:literal, $label:expr;)+ }) => {
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
            fn label(self) -> Key {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
}

choice_enum!(
    /// § 8 SGB II: able to work at least three hours a day for the foreseeable future.
    Erwerbsfaehigkeit {
        Ja => "ja", k::C_JA_MINDESTENS_3_STUNDEN;
        Nein => "nein", k::C_NEIN_ABSEHBARE_ZEIT_6;
        Unklar => "unklar", k::C_WEISS_ICH_NICHT;
    }
);

choice_enum!(Staatsangehoerigkeit {
    Deutsch => "deutsch", k::C_DEUTSCH;
    EuEwr => "eu", k::C_EINES_ANDEREN_EU_STAATS;
    Andere => "andere", k::C_EINES_ANDEREN_STAATS_STAATENLOS;
});

choice_enum!(AufenthaltDauer {
    UnterDreiMonate => "unter-3-monate", k::C_WENIGER_ALS_3_MONATE;
    BisFuenfJahre => "bis-5-jahre", k::C_3_MONATE_BIS_5;
    UeberFuenfJahre => "ueber-5-jahre", k::C_MEHR_ALS_5_JAHRE;
});

choice_enum!(
    /// The ground of residence, as far as § 7 Abs. 1 S. 2 SGB II distinguishes them.
    Aufenthaltsgrund {
        Arbeit => "arbeit", k::C_ICH_ARBEITE_BIN_SELBSTAENDIG;
        Familie => "familie", k::C_FAMILIENANGEHOERIGE_AUFENTHALTSTITEL_DAUERAUFENTHALT;
        Ukraine => "ukraine", k::C_AUFENTHALTSERLAUBNIS_VORUEBERGEHENDEN_SCHUTZ_24;
        NurArbeitsuche => "arbeitsuche", k::C_MEIN_AUFENTHALTSRECHT_ERGIBT_SICH;
        Asyl => "asyl", k::C_ASYLVERFAHREN_DULDUNG_LEISTUNGEN_NACH;
    }
);

choice_enum!(Ausbildung {
    Keine => "keine", k::STEP_NO;
    Schule => "schule", k::C_JA_ICH_GEHE_SCHULE;
    Betrieblich => "betrieblich", k::C_JA_ICH_MACHE_BETRIEBLICHE;
    Studium => "studium", k::C_JA_ICH_STUDIERE_MACHE;
});

choice_enum!(
    /// From when benefits are wanted (Hauptantrag section C).
    Leistungsbeginn {
        Sofort => "sofort", k::C_AB_SOFORT;
        Spaeter => "spaeter", k::C_AB_SPAETEREN_DATUM;
    }
);

choice_enum!(
    /// Other benefits applied for or received (Hauptantrag section D): most come before the
    /// Grundsicherung (§ 12a SGB II) or count as income.
    AndereLeistung {
        Bafoeg => "bafoeg", k::C_BAFOEG;
        Bab => "bab", k::C_BERUFSAUSBILDUNGSBEIHILFE;
        Wohngeld => "wohngeld", k::C_WOHNGELD;
        Arbeitslosengeld => "arbeitslosengeld", k::C_ARBEITSLOSENGELD;
        Rente => "rente", k::C_RENTE;
        Krankengeld => "krankengeld", k::C_KRANKENGELD;
        Kindergeld => "kindergeld", k::C_KINDERGELD;
        Kinderzuschlag => "kinderzuschlag", k::C_KINDERZUSCHLAG;
        Unterhaltsvorschuss => "unterhaltsvorschuss", k::C_UNTERHALTSVORSCHUSS;
    }
);

choice_enum!(
    /// What the home is heated with (Anlage KDU).
    Heizenergie {
        Gas => "gas", k::C_GAS;
        Oel => "oel", k::C_HEIZOEL;
        Fernwaerme => "fernwaerme", k::C_FERNWAERME;
        Strom => "strom", k::C_STROM_WAERMEPUMPE_NACHTSPEICHER;
        Holz => "holz", k::C_HOLZ_PELLETS_KOHLE;
        Sonstige => "sonstige", k::C_ANDERE_HEIZUNG;
    }
);

choice_enum!(Geschlecht {
    Weiblich => "weiblich", k::C_WEIBLICH;
    Maennlich => "maennlich", k::C_MAENNLICH;
    Divers => "divers", k::C_DIVERS;
    KeineAngabe => "keine-angabe", k::C_KEINE_ANGABE;
});

choice_enum!(Familienstand {
    Ledig => "ledig", k::C_LEDIG;
    Verheiratet => "verheiratet", k::C_VERHEIRATET_EINGETRAGENE_LEBENSPARTNERSCHAFT;
    Getrennt => "getrennt", k::C_DAUERND_GETRENNT_LEBEND;
    Geschieden => "geschieden", k::C_GESCHIEDEN_LEBENSPARTNERSCHAFT_AUFGEHOBEN;
    Verwitwet => "verwitwet", k::C_VERWITWET;
});

impl Familienstand {
    /// Separated or divorced: a maintenance claim against the former partner is possible (Anlage UH1).
    pub fn may_claim_unterhalt(self) -> bool {
        matches!(self, Familienstand::Getrennt | Familienstand::Geschieden)
    }
}

choice_enum!(Partnerschaft {
    Ehe => "ehe", k::C_WIR_VERHEIRATET_EINGETRAGENE_LEBENSPARTNER;
    Nichtehelich => "nichtehelich", k::C_WIR_LEBEN_UNVERHEIRATET_ZUSAMMEN;
});

choice_enum!(
    /// How a child in the children list is related to the applicant.
    KindVerhaeltnis {
        Leiblich => "leiblich", k::C_MEIN_LEIBLICHES_KIND;
        KindDesPartners => "kind-des-partners", k::C_KIND_MEINER_PARTNERIN_MEINES;
        Gemeinsam => "gemeinsam", k::C_UNSER_GEMEINSAMES_KIND;
        Adoptiert => "adoptiert", k::C_ADOPTIVKIND;
        Pflegekind => "pflegekind", k::C_PFLEGEKIND;
    }
);

choice_enum!(
    /// How another member of the household is related to the applicant.
    WeitereVerhaeltnis {
        Elternteil => "elternteil", k::C_MUTTER_VATER;
        Partner => "partner", k::C_PARTNERIN_PARTNER;
        Geschwister => "geschwister", k::C_SCHWESTER_BRUDER;
        Verwandt => "verwandt", k::C_ANDERE_VERWANDTE_VERSCHWAEGERTE_Z;
        NichtVerwandt => "nicht-verwandt", k::C_NICHT_VERWANDT_Z_B;
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
    Gesetzlich => "gesetzlich", k::C_GESETZLICH_VERSICHERT_PFLICHT_FAMILIENVERSICHERT;
    Freiwillig => "freiwillig", k::C_FREIWILLIG_GESETZLICH_VERSICHERT;
    Privat => "privat", k::C_PRIVAT_VERSICHERT;
    Keine => "keine", k::C_NICHT_VERSICHERT;
});

impl Krankenversicherung {
    /// Anyone not compulsorily insured fills in Anlage SV (§ 26 SGB II contribution subsidy).
    pub fn needs_anlage_sv(self) -> bool {
        !matches!(self, Krankenversicherung::Gesetzlich)
    }
}

choice_enum!(Wohnform {
    Miete => "miete", k::C_ICH_WOHNE_MIETE_AUCH;
    Eigentum => "eigentum", k::C_ICH_WOHNE_EIGENEN_HAUS;
});

choice_enum!(
    /// § 21 Abs. 7 SGB II: decentral hot water (boiler, instantaneous heater) is a Mehrbedarf.
    Warmwasser {
        Zentral => "zentral", k::C_UEBER_HEIZUNG_ZENTRAL_HEIZKOSTEN;
        Dezentral => "dezentral", k::C_EINEM_BOILER_DURCHLAUFERHITZER_WOHNUNG;
    }
);

choice_enum!(
    /// The kinds of income Anlage EK asks about.
    EinkommensArt {
        Erwerb => "erwerb", k::C_LOHN_GEHALT_AUCH_MINIJOB;
        Selbstaendig => "selbstaendig", k::C_SELBSTAENDIGE_TAETIGKEIT_GEWERBE;
        Kindergeld => "kindergeld", k::C_KINDERGELD;
        Unterhalt => "unterhalt", k::C_UNTERHALT;
        Unterhaltsvorschuss => "unterhaltsvorschuss", k::C_UNTERHALTSVORSCHUSS;
        Rente => "rente", k::C_RENTE;
        Arbeitslosengeld => "arbeitslosengeld", k::C_ARBEITSLOSENGELD_KRANKENGELD;
        Elterngeld => "elterngeld", k::C_ELTERNGELD;
        Sonstiges => "sonstiges", k::C_ANDERE_EINNAHMEN;
    }
);

choice_enum!(
    /// The amounts asked for the kinds of income; wages need gross and net.
    Betrag {
        ErwerbBrutto => "erwerb-brutto", k::C_BRUTTOLOHN_MONAT;
        ErwerbNetto => "erwerb-netto", k::C_NETTOLOHN_MONAT;
        Selbstaendig => "selbstaendig", k::C_VORAUSSICHTLICHER_GEWINN_MONAT;
        Kindergeld => "kindergeld", k::C_KINDERGELD_MONAT;
        Unterhalt => "unterhalt", k::C_UNTERHALT_MONAT;
        Unterhaltsvorschuss => "unterhaltsvorschuss", k::C_UNTERHALTSVORSCHUSS_MONAT;
        Rente => "rente", k::C_RENTE_MONAT_ZAHLBETRAG;
        Arbeitslosengeld => "arbeitslosengeld", k::C_ARBEITSLOSENGELD_KRANKENGELD_MONAT;
        Elterngeld => "elterngeld", k::C_ELTERNGELD_MONAT;
        Sonstiges => "sonstiges", k::C_ANDERE_EINNAHMEN_MONAT;
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
        Konten => "konten", k::C_BARGELD_GIRO_SPARKONTEN;
        Wertpapiere => "wertpapiere", k::C_WERTPAPIERE_AKTIEN_FONDS_BAUSPARVERTRAEGE;
        Lebensversicherung => "lebensversicherung", k::C_LEBENS_RENTENVERSICHERUNG_RUECKKAUFSWERT;
        Altersvorsorge => "altersvorsorge", k::C_GEFOERDERTE_ALTERSVORSORGE_RIESTER_RUERUP;
        Kfz => "kfz", k::C_AUTO_MOTORRAD_HEUTIGER_WERT;
        Immobilie => "immobilie", k::C_HAUS_WOHNUNG_GRUNDSTUECK_NICHT;
        Sonstiges => "sonstiges", k::C_ANDERES_VERMOEGEN_Z_B;
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
            assert!(!c.label().german().is_empty());
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
        keys_unique::<Leistungsbeginn>();
        keys_unique::<AndereLeistung>();
        keys_unique::<Heizenergie>();
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
