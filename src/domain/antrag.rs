//! The answers (`Antrag`): what the Hauptantrag and its Anlagen ask, typed.
//!
//! Household members are kept in fixed places (applicant, partner, children, further persons).
//! Counting questions ("Wie viele Kinder …?") decide how many of them are active; the rest are
//! kept untouched, so that lowering a count by mistake loses nothing until the Antrag is
//! submitted (see `flow::Walkthrough::submit`, which prunes them).
//!
//! Every answer is addressed by a `FieldId` and written through a `Slot`, so that the walkthrough
//! and the UI can treat all questions alike without knowing this struct's layout.

use super::choices::*;
use super::date::Date;
use super::money::Cents;
use super::rules::lebensalter;
use crate::i18n::{fill, k, text, Text};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// Bumped with every change to the stored shape; storage migrates older versions.
pub const SCHEMA_VERSION: u32 = 1;

/// Children and further persons the simulator accepts in one household.
pub const MAX_KINDER: u16 = 12;
pub const MAX_WEITERE: u16 = 8;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Antrag {
    pub schema_version: u32,
    pub vorpruefung: Vorpruefung,
    pub antragsteller: Person,
    pub anschrift: Anschrift,
    pub familienstand: Option<Familienstand>,
    /// From when benefits are wanted, and the later date if not at once (Hauptantrag C).
    #[serde(default)]
    pub leistungsbeginn: Option<Leistungsbeginn>,
    #[serde(default)]
    pub leistungsbeginn_datum: Option<Date>,
    /// Since when separated or divorced (Hauptantrag D, for Anlage UH1).
    #[serde(default)]
    pub getrennt_seit: Option<Date>,
    /// The form's own question; decides the Mehrbedarf of § 21 Abs. 3 together with the
    /// household (unanswered in an older copy: derived from the household as before).
    #[serde(default)]
    pub alleinerziehend: Option<bool>,
    /// Other benefits applied for or received (Hauptantrag D).
    #[serde(default)]
    pub andere_leistungen: BTreeMap<AndereLeistung, bool>,
    /// Claims against third parties (damages, inheritance, wages owed; Hauptantrag E).
    #[serde(default)]
    pub ansprueche_dritte: Option<bool>,
    /// How the living costs were paid until now (Hauptantrag E), in the person's words.
    #[serde(default)]
    pub lebensunterhalt_bisher: String,
    /// Gifts or transfers of assets in the last ten years (Anlage VM).
    #[serde(default)]
    pub schenkung: Option<bool>,
    /// SGB II benefits in the last three years: decides whether a new Karenzzeit begins.
    #[serde(default)]
    pub sgb2_bezug_drei_jahre: Option<bool>,
    pub hat_partner: Option<bool>,
    pub partnerschaft: Option<Partnerschaft>,
    pub partner: Person,
    pub anzahl_kinder: Option<u16>,
    pub kinder: Vec<Person>,
    pub anzahl_weitere: Option<u16>,
    pub weitere: Vec<Person>,
    pub wohnung: Wohnung,
    pub bank: Bankverbindung,
    pub erklaerungen: Erklaerungen,
}

impl Default for Antrag {
    fn default() -> Self {
        Antrag {
            schema_version: SCHEMA_VERSION,
            vorpruefung: Vorpruefung::default(),
            antragsteller: Person::default(),
            anschrift: Anschrift::default(),
            familienstand: None,
            leistungsbeginn: None,
            leistungsbeginn_datum: None,
            getrennt_seit: None,
            alleinerziehend: None,
            andere_leistungen: BTreeMap::new(),
            ansprueche_dritte: None,
            lebensunterhalt_bisher: String::new(),
            schenkung: None,
            sgb2_bezug_drei_jahre: None,
            hat_partner: None,
            partnerschaft: None,
            partner: Person::default(),
            anzahl_kinder: None,
            kinder: Vec::new(),
            anzahl_weitere: None,
            weitere: Vec::new(),
            wohnung: Wohnung::default(),
            bank: Bankverbindung::default(),
            erklaerungen: Erklaerungen::default(),
        }
    }
}

/// The eligibility questions asked before the form itself (§§ 7, 7a, 8 SGB II).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vorpruefung {
    pub erwerbsfaehig: Option<Erwerbsfaehigkeit>,
    pub erwerbsfaehige_person_im_haushalt: Option<bool>,
    pub wohnsitz_deutschland: Option<bool>,
    pub staatsangehoerigkeit: Option<Staatsangehoerigkeit>,
    pub aufenthalt_dauer: Option<AufenthaltDauer>,
    pub aufenthaltsgrund: Option<Aufenthaltsgrund>,
    pub ausbildung: Option<Ausbildung>,
    /// A student living with their parents who receives BAföG (or waits for its decision) is not
    /// excluded (§ 7 Abs. 6 Nr. 2 SGB II).
    #[serde(default)]
    pub bafoeg_bei_eltern: Option<bool>,
    pub stationaer: Option<bool>,
    pub altersrente: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub vorname: String,
    pub nachname: String,
    pub geburtsdatum: Option<Date>,
    pub geschlecht: Option<Geschlecht>,
    pub kind_verhaeltnis: Option<KindVerhaeltnis>,
    pub weitere_verhaeltnis: Option<WeitereVerhaeltnis>,
    pub erwerbsfaehig: Option<bool>,
    pub schule: Option<bool>,
    pub elternteil_ausserhalb: Option<bool>,
    /// Under 25, moved out of the parents' home without the Jobcenter's prior Zusicherung
    /// (§ 22 Abs. 5, § 20 Abs. 3 SGB II).
    #[serde(default)]
    pub auszug_ohne_zusicherung: Option<bool>,
    pub schwanger: Option<bool>,
    pub entbindungstermin: Option<Date>,
    pub behinderung_teilhabe: Option<bool>,
    pub ernaehrung: Option<bool>,
    pub besonderer_bedarf: Option<bool>,
    pub unfall_durch_dritte: Option<bool>,
    pub krankenversicherung: Option<Krankenversicherung>,
    pub krankenkasse: String,
    /// Practice fields of the real form (optional here): pension insurance number and the
    /// health insurance's member number.
    #[serde(default)]
    pub rv_nummer: String,
    #[serde(default)]
    pub kv_nummer: String,
    /// Deductions from earnings (Anlage EK, § 11b Abs. 1 Satz 1 Nr. 3 to 5 and Abs. 2 Satz 2):
    /// travel to work, insurance required by law, Riester contributions, per month.
    #[serde(default)]
    pub fahrtkosten: Option<Cents>,
    #[serde(default)]
    pub versicherungen: Option<Cents>,
    #[serde(default)]
    pub riester: Option<Cents>,
    /// Maintenance paid under a title (§ 11b Abs. 1 Satz 1 Nr. 7), per month.
    #[serde(default)]
    pub unterhalt_tituliert: Option<Cents>,
    /// The Elterngeld replaces earnings from before the birth (§ 10 Abs. 5 Satz 2 BEEG).
    #[serde(default)]
    pub elterngeld_aus_erwerb: Option<bool>,
    /// The life or pension insurance is meant for old age (§ 12 Abs. 1 Satz 2 Nr. 3 SGB II).
    #[serde(default)]
    pub lv_altersvorsorge: Option<bool>,
    pub einkommen: Einkommen,
    pub vermoegen: Vermoegen,
}

impl Person {
    pub fn age_on(&self, on: Date) -> Option<i32> {
        self.geburtsdatum.map(|b| b.age_on(on))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Anschrift {
    pub strasse: String,
    pub plz: String,
    pub wohnort: String,
    pub telefon: String,
}

/// Anlage EK: which kinds of income a person has, and how much of each.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Einkommen {
    pub keine: bool,
    pub arten: BTreeMap<EinkommensArt, bool>,
    pub betraege: BTreeMap<Betrag, Option<Cents>>,
}

impl Einkommen {
    pub fn hat(&self, art: EinkommensArt) -> bool {
        self.arten.get(&art).copied().unwrap_or(false)
    }

    /// The amount, counted only while its kind of income is ticked.
    pub fn betrag(&self, betrag: Betrag) -> Option<Cents> {
        let ticked = EinkommensArt::all()
            .iter()
            .any(|a| self.hat(*a) && a.betraege().contains(&betrag));
        if ticked {
            self.betraege.get(&betrag).copied().flatten()
        } else {
            None
        }
    }

    pub fn any(&self) -> bool {
        EinkommensArt::all().iter().any(|a| self.hat(*a))
    }
}

/// The asset table of Anlage VM, one per person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vermoegen {
    pub keine: bool,
    pub arten: BTreeMap<VermoegensArt, bool>,
    pub betraege: BTreeMap<VermoegensArt, Option<Cents>>,
}

impl Vermoegen {
    pub fn hat(&self, art: VermoegensArt) -> bool {
        self.arten.get(&art).copied().unwrap_or(false)
    }

    pub fn betrag(&self, art: VermoegensArt) -> Option<Cents> {
        if self.hat(art) {
            self.betraege.get(&art).copied().flatten()
        } else {
            None
        }
    }
}

/// Anlage KDU: the home and what it costs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wohnung {
    pub kosten: Option<bool>,
    pub wohnform: Option<Wohnform>,
    pub wohnflaeche: Option<u16>,
    pub warmwasser: Option<Warmwasser>,
    pub grundmiete: Option<Cents>,
    pub schuldzinsen: Option<Cents>,
    pub nebenkosten: Option<Cents>,
    pub heizkosten: Option<Cents>,
    /// Everyone living in the home, also those outside the Bedarfsgemeinschaft (Anlage KDU).
    #[serde(default)]
    pub bewohner: Option<u16>,
    #[serde(default)]
    pub heizenergie: Option<Heizenergie>,
    /// Rent paid by the Jobcenter straight to the landlord (§ 22 Abs. 7 SGB II).
    #[serde(default)]
    pub direktzahlung: Option<bool>,
    /// A tenant who knows only the total rent (warm), not its split into Grundmiete, Nebenkosten
    /// and Heizkosten: the total is asked instead, and the Jobcenter asks for the split later.
    #[serde(default)]
    pub nur_gesamtmiete: bool,
    #[serde(default)]
    pub gesamtmiete: Option<Cents>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bankverbindung {
    pub kontoinhaber: String,
    /// Stored normalised: upper case, no spaces, check digits verified.
    pub iban: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Erklaerungen {
    pub richtigkeit: bool,
    pub aenderungen: bool,
    pub datenschutz: bool,
}

/// A place for a person in the household.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PersonRef {
    Antragsteller,
    Partner,
    Kind(u16),
    Weitere(u16),
}

impl PersonRef {
    /// Stable name used in field ids and step URLs: "antragsteller", "partner", "kind-1", …
    pub fn slug(self) -> String {
        match self {
            PersonRef::Antragsteller => "antragsteller".into(),
            PersonRef::Partner => "partner".into(),
            PersonRef::Kind(i) => format!("kind-{}", i + 1),
            PersonRef::Weitere(i) => format!("weitere-{}", i + 1),
        }
    }
}

impl Antrag {
    pub fn person(&self, who: PersonRef) -> Option<&Person> {
        match who {
            PersonRef::Antragsteller => Some(&self.antragsteller),
            PersonRef::Partner => Some(&self.partner),
            PersonRef::Kind(i) => self.kinder.get(usize::from(i)),
            PersonRef::Weitere(i) => self.weitere.get(usize::from(i)),
        }
    }

    /// The person at `who`, created empty if the household lists have not reached it yet.
    pub fn person_mut(&mut self, who: PersonRef) -> &mut Person {
        fn grow(list: &mut Vec<Person>, i: u16) -> &mut Person {
            let i = usize::from(i);
            if list.len() <= i {
                list.resize_with(i + 1, Person::default);
            }
            &mut list[i]
        }
        match who {
            PersonRef::Antragsteller => &mut self.antragsteller,
            PersonRef::Partner => &mut self.partner,
            PersonRef::Kind(i) => grow(&mut self.kinder, i),
            PersonRef::Weitere(i) => grow(&mut self.weitere, i),
        }
    }

    /// Everyone who lives in the household according to the current answers, applicant first.
    pub fn household(&self) -> Vec<PersonRef> {
        let mut out = vec![PersonRef::Antragsteller];
        if self.hat_partner == Some(true) {
            out.push(PersonRef::Partner);
        }
        out.extend((0..self.anzahl_kinder.unwrap_or(0).min(MAX_KINDER)).map(PersonRef::Kind));
        out.extend((0..self.anzahl_weitere.unwrap_or(0).min(MAX_WEITERE)).map(PersonRef::Weitere));
        out
    }

    /// The Bedarfsgemeinschaft by household relations (§ 7 Abs. 3 SGB II): the applicant, the
    /// partner, unmarried children under 25 and, for an applicant under 25 without a partner, the
    /// parents living in the household. Whether a child's own income takes it out again
    /// (§ 7 Abs. 3 Nr. 4) is decided by the calculation, not here. Unknown ages count as members.
    pub fn bedarfsgemeinschaft(&self, today: Date) -> Vec<PersonRef> {
        let under_25 = |who: PersonRef| {
            self.person(who)
                .and_then(|p| p.age_on(today))
                .is_none_or(|age| age < lebensalter::UNTER_25)
        };
        let applicant_u25_single =
            under_25(PersonRef::Antragsteller) && self.hat_partner != Some(true);
        self.household()
            .into_iter()
            .filter(|who| match who {
                PersonRef::Antragsteller | PersonRef::Partner => true,
                PersonRef::Kind(_) => under_25(*who),
                PersonRef::Weitere(_) => applicant_u25_single && self.is_parent(*who),
            })
            .collect()
    }

    /// Whether `who` is a further household member named as the applicant's mother or father.
    pub fn is_parent(&self, who: PersonRef) -> bool {
        matches!(who, PersonRef::Weitere(_))
            && self.person(who).and_then(|p| p.weitere_verhaeltnis)
                == Some(WeitereVerhaeltnis::Elternteil)
    }

    /// The first day benefits are granted for: the first of the month of application (§ 37
    /// Abs. 2 Satz 2 SGB II), or the first of a later month the person chose (Hauptantrag C).
    pub fn wirkt_ab(&self, eingang: Date) -> Date {
        let ab = eingang.first_of_month();
        match (self.leistungsbeginn, self.leistungsbeginn_datum) {
            (Some(Leistungsbeginn::Spaeter), Some(later)) => ab.max(later.first_of_month()),
            _ => ab,
        }
    }

    /// A name to show for a person: the first name once given, else the role.
    pub fn display_name(&self, who: PersonRef) -> Text {
        let given = self
            .person(who)
            .map(|p| p.vorname.trim().to_string())
            .unwrap_or_default();
        match who {
            PersonRef::Antragsteller if given.is_empty() => text(k::A_SIE),
            PersonRef::Partner if given.is_empty() => text(k::A_PARTNERIN_PARTNER),
            PersonRef::Kind(i) if given.is_empty() => fill(k::A_KIND, &[("n", &(i + 1))]),
            PersonRef::Weitere(i) if given.is_empty() => {
                fill(k::A_WEITERE_PERSON, &[("n", &(i + 1))])
            }
            _ => Text::Plain(given),
        }
    }
}

/// What a question is about. Keys of person fields are combined with a `PersonRef` in `FieldId`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    // Vorprüfung
    Erwerbsfaehigkeit,
    ErwerbsfaehigePersonImHaushalt,
    WohnsitzDeutschland,
    Staatsangehoerigkeit,
    AufenthaltDauer,
    Aufenthaltsgrund,
    Ausbildung,
    BafoegBeiEltern,
    Stationaer,
    Altersrente,
    // Anschrift and household
    Strasse,
    Plz,
    Wohnort,
    Telefon,
    Familienstand,
    Leistungsbeginn,
    LeistungsbeginnDatum,
    GetrenntSeit,
    Alleinerziehend,
    AndereLeistung(AndereLeistung),
    AnsprueheDritte,
    LebensunterhaltBisher,
    Schenkung,
    Sgb2BezugDreiJahre,
    HatPartner,
    Partnerschaft,
    AnzahlKinder,
    AnzahlWeitere,
    // Per person
    Vorname,
    Nachname,
    Geburtsdatum,
    Geschlecht,
    KindVerhaeltnis,
    WeitereVerhaeltnis,
    Erwerbsfaehig,
    Schule,
    ElternteilAusserhalb,
    AuszugOhneZusicherung,
    Schwanger,
    Entbindungstermin,
    Behinderung,
    Ernaehrung,
    BesondererBedarf,
    Unfall,
    Krankenversicherung,
    Krankenkasse,
    RvNummer,
    KvNummer,
    Fahrtkosten,
    Versicherungen,
    Riester,
    UnterhaltTituliert,
    ElterngeldAusErwerb,
    LvAltersvorsorge,
    EinkommenKeine,
    EinkommenArt(EinkommensArt),
    EinkommenBetrag(Betrag),
    VermoegenKeine,
    VermoegenArt(VermoegensArt),
    VermoegenBetrag(VermoegensArt),
    // Wohnung
    Wohnkosten,
    Wohnform,
    Wohnflaeche,
    Warmwasser,
    Grundmiete,
    Schuldzinsen,
    Nebenkosten,
    Heizkosten,
    Bewohner,
    Heizenergie,
    Direktzahlung,
    NurGesamtmiete,
    Gesamtmiete,
    // Bank and declarations
    Kontoinhaber,
    Iban,
    ErklaerungRichtigkeit,
    ErklaerungAenderungen,
    ErklaerungDatenschutz,
}

/// Keys without data, with their stable names (used in HTML ids and storage).
const SIMPLE_KEYS: &[(Key, &str)] = &[
    (Key::Erwerbsfaehigkeit, "erwerbsfaehigkeit"),
    (
        Key::ErwerbsfaehigePersonImHaushalt,
        "erwerbsfaehige-person-im-haushalt",
    ),
    (Key::WohnsitzDeutschland, "wohnsitz-deutschland"),
    (Key::Staatsangehoerigkeit, "staatsangehoerigkeit"),
    (Key::AufenthaltDauer, "aufenthalt-dauer"),
    (Key::Aufenthaltsgrund, "aufenthaltsgrund"),
    (Key::Ausbildung, "ausbildung"),
    (Key::BafoegBeiEltern, "bafoeg-bei-eltern"),
    (Key::Stationaer, "stationaer"),
    (Key::Altersrente, "altersrente"),
    (Key::Strasse, "strasse"),
    (Key::Plz, "plz"),
    (Key::Wohnort, "wohnort"),
    (Key::Telefon, "telefon"),
    (Key::Familienstand, "familienstand"),
    (Key::Leistungsbeginn, "leistungsbeginn"),
    (Key::LeistungsbeginnDatum, "leistungsbeginn-datum"),
    (Key::GetrenntSeit, "getrennt-seit"),
    (Key::Alleinerziehend, "alleinerziehend"),
    (Key::AnsprueheDritte, "ansprueche-dritte"),
    (Key::LebensunterhaltBisher, "lebensunterhalt-bisher"),
    (Key::Schenkung, "schenkung"),
    (Key::Sgb2BezugDreiJahre, "sgb2-bezug-drei-jahre"),
    (Key::HatPartner, "hat-partner"),
    (Key::Partnerschaft, "partnerschaft"),
    (Key::AnzahlKinder, "anzahl-kinder"),
    (Key::AnzahlWeitere, "anzahl-weitere"),
    (Key::Vorname, "vorname"),
    (Key::Nachname, "nachname"),
    (Key::Geburtsdatum, "geburtsdatum"),
    (Key::Geschlecht, "geschlecht"),
    (Key::KindVerhaeltnis, "verhaeltnis-kind"),
    (Key::WeitereVerhaeltnis, "verhaeltnis-weitere"),
    (Key::Erwerbsfaehig, "erwerbsfaehig"),
    (Key::Schule, "schule"),
    (Key::ElternteilAusserhalb, "elternteil-ausserhalb"),
    (Key::AuszugOhneZusicherung, "auszug-ohne-zusicherung"),
    (Key::Schwanger, "schwanger"),
    (Key::Entbindungstermin, "entbindungstermin"),
    (Key::Behinderung, "behinderung"),
    (Key::Ernaehrung, "ernaehrung"),
    (Key::BesondererBedarf, "besonderer-bedarf"),
    (Key::Unfall, "unfall"),
    (Key::Krankenversicherung, "krankenversicherung"),
    (Key::Krankenkasse, "krankenkasse"),
    (Key::RvNummer, "rv-nummer"),
    (Key::KvNummer, "kv-nummer"),
    (Key::Fahrtkosten, "fahrtkosten"),
    (Key::Versicherungen, "versicherungen"),
    (Key::Riester, "riester"),
    (Key::UnterhaltTituliert, "unterhalt-tituliert"),
    (Key::ElterngeldAusErwerb, "elterngeld-aus-erwerb"),
    (Key::LvAltersvorsorge, "lv-altersvorsorge"),
    (Key::EinkommenKeine, "einkommen-keine"),
    (Key::VermoegenKeine, "vermoegen-keine"),
    (Key::Wohnkosten, "wohnkosten"),
    (Key::Wohnform, "wohnform"),
    (Key::Wohnflaeche, "wohnflaeche"),
    (Key::Warmwasser, "warmwasser"),
    (Key::Grundmiete, "grundmiete"),
    (Key::Schuldzinsen, "schuldzinsen"),
    (Key::Nebenkosten, "nebenkosten"),
    (Key::Heizkosten, "heizkosten"),
    (Key::Bewohner, "bewohner"),
    (Key::Heizenergie, "heizenergie"),
    (Key::Direktzahlung, "direktzahlung"),
    (Key::NurGesamtmiete, "nur-gesamtmiete"),
    (Key::Gesamtmiete, "gesamtmiete"),
    (Key::Kontoinhaber, "kontoinhaber"),
    (Key::Iban, "iban"),
    (Key::ErklaerungRichtigkeit, "erklaerung-richtigkeit"),
    (Key::ErklaerungAenderungen, "erklaerung-aenderungen"),
    (Key::ErklaerungDatenschutz, "erklaerung-datenschutz"),
];

/// Every key an answer can have.
pub fn all_keys() -> Vec<Key> {
    let mut keys: Vec<Key> = SIMPLE_KEYS.iter().map(|(k, _)| *k).collect();
    keys.extend(
        AndereLeistung::all()
            .iter()
            .map(|a| Key::AndereLeistung(*a)),
    );
    keys.extend(EinkommensArt::all().iter().map(|a| Key::EinkommenArt(*a)));
    keys.extend(Betrag::all().iter().map(|b| Key::EinkommenBetrag(*b)));
    keys.extend(VermoegensArt::all().iter().map(|a| Key::VermoegenArt(*a)));
    keys.extend(
        VermoegensArt::all()
            .iter()
            .map(|a| Key::VermoegenBetrag(*a)),
    );
    keys
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::AndereLeistung(a) => write!(f, "andere-leistung-{}", a.key()),
            Key::EinkommenArt(a) => write!(f, "einkommen-art-{}", a.key()),
            Key::EinkommenBetrag(b) => write!(f, "einkommen-betrag-{}", b.key()),
            Key::VermoegenArt(a) => write!(f, "vermoegen-art-{}", a.key()),
            Key::VermoegenBetrag(a) => write!(f, "vermoegen-betrag-{}", a.key()),
            simple => {
                let name = SIMPLE_KEYS
                    .iter()
                    .find(|(k, _)| k == simple)
                    .map(|(_, n)| *n)
                    .unwrap_or("unbekannt");
                f.write_str(name)
            }
        }
    }
}

impl FromStr for Key {
    type Err = ();
    fn from_str(s: &str) -> Result<Key, ()> {
        if let Some((k, _)) = SIMPLE_KEYS.iter().find(|(_, n)| *n == s) {
            return Ok(*k);
        }
        type MakeKey = fn(&str) -> Option<Key>;
        let data_keys: [(&str, MakeKey); 5] = [
            ("andere-leistung-", |r| {
                AndereLeistung::from_key(r).map(Key::AndereLeistung)
            }),
            ("einkommen-art-", |r| {
                EinkommensArt::from_key(r).map(Key::EinkommenArt)
            }),
            ("einkommen-betrag-", |r| {
                Betrag::from_key(r).map(Key::EinkommenBetrag)
            }),
            ("vermoegen-art-", |r| {
                VermoegensArt::from_key(r).map(Key::VermoegenArt)
            }),
            ("vermoegen-betrag-", |r| {
                VermoegensArt::from_key(r).map(Key::VermoegenBetrag)
            }),
        ];
        data_keys
            .iter()
            .find_map(|(prefix, make)| s.strip_prefix(prefix).and_then(make))
            .ok_or(())
    }
}

/// One answer's address: a key, and for person fields the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct FieldId {
    pub person: Option<PersonRef>,
    pub key: Key,
}

impl FieldId {
    pub const fn of(key: Key) -> FieldId {
        FieldId { person: None, key }
    }

    pub const fn person(who: PersonRef, key: Key) -> FieldId {
        FieldId {
            person: Some(who),
            key,
        }
    }
}

impl fmt::Display for FieldId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.person {
            Some(p) => write!(f, "{}-{}", p.slug(), self.key),
            None => write!(f, "{}", self.key),
        }
    }
}

impl FromStr for FieldId {
    type Err = String;
    fn from_str(s: &str) -> Result<FieldId, String> {
        let bad = || format!("unbekanntes Feld: {s}");
        let indexed = |rest: &str, make: fn(u16) -> PersonRef| {
            let (n, key) = rest.split_once('-').ok_or_else(bad)?;
            let n: u16 = n.parse().map_err(|_| bad())?;
            if n == 0 {
                return Err(bad());
            }
            Ok(FieldId::person(
                make(n - 1),
                key.parse().map_err(|_| bad())?,
            ))
        };
        if let Ok(key) = s.parse::<Key>() {
            return Ok(FieldId::of(key));
        }
        if let Some(rest) = s.strip_prefix("antragsteller-") {
            Ok(FieldId::person(
                PersonRef::Antragsteller,
                rest.parse().map_err(|_| bad())?,
            ))
        } else if let Some(rest) = s.strip_prefix("partner-") {
            Ok(FieldId::person(
                PersonRef::Partner,
                rest.parse().map_err(|_| bad())?,
            ))
        } else if let Some(rest) = s.strip_prefix("kind-") {
            indexed(rest, PersonRef::Kind)
        } else if let Some(rest) = s.strip_prefix("weitere-") {
            indexed(rest, PersonRef::Weitere)
        } else {
            Err(bad())
        }
    }
}

impl From<FieldId> for String {
    fn from(f: FieldId) -> String {
        f.to_string()
    }
}

impl TryFrom<String> for FieldId {
    type Error = String;
    fn try_from(s: String) -> Result<FieldId, String> {
        s.parse()
    }
}

/// A single-choice answer behind a type-erased reference, so one `Slot` type serves every enum.
pub trait ChoiceSlot {
    fn selected(&self) -> Option<&'static str>;
    fn select(&mut self, key: &str) -> bool;
    fn clear(&mut self);
    fn options(&self) -> Vec<(&'static str, crate::i18n::Key)>;
}

impl<C: Choice> ChoiceSlot for Option<C> {
    fn selected(&self) -> Option<&'static str> {
        self.map(|c| c.key())
    }
    fn select(&mut self, key: &str) -> bool {
        match C::from_key(key) {
            Some(c) => {
                *self = Some(c);
                true
            }
            None => false,
        }
    }
    fn clear(&mut self) {
        *self = None;
    }
    fn options(&self) -> Vec<(&'static str, crate::i18n::Key)> {
        C::options()
    }
}

/// How a yes/no answer or a ticked box travels as raw text: the radio and checkbox values of the
/// page, what `Event::Answer` carries, and what a role card answers.
pub const JA: &str = "ja";
pub const NEIN: &str = "nein";

/// Where one answer lives in the `Antrag`.
pub enum Slot<'a> {
    Text(&'a mut String),
    Money(&'a mut Option<Cents>),
    Date(&'a mut Option<Date>),
    Flag(&'a mut Option<bool>),
    Check(&'a mut bool),
    Count(&'a mut Option<u16>),
    Choice(&'a mut dyn ChoiceSlot),
}

impl Slot<'_> {
    /// The stored answer as an input shows it (empty when unanswered).
    pub fn display(&self) -> String {
        match self {
            Slot::Text(s) => s.to_string(),
            Slot::Money(m) => m.map(|c| c.to_input()).unwrap_or_default(),
            Slot::Date(d) => d.map(|d| d.to_german()).unwrap_or_default(),
            Slot::Flag(b) => match b {
                Some(true) => JA.into(),
                Some(false) => NEIN.into(),
                None => String::new(),
            },
            Slot::Check(b) => if **b { JA } else { "" }.into(),
            Slot::Count(n) => n.map(|n| n.to_string()).unwrap_or_default(),
            Slot::Choice(c) => c.selected().unwrap_or_default().into(),
        }
    }

    pub fn is_answered(&self) -> bool {
        match self {
            Slot::Text(s) => !s.trim().is_empty(),
            Slot::Money(m) => m.is_some(),
            Slot::Date(d) => d.is_some(),
            Slot::Flag(b) => b.is_some(),
            Slot::Check(b) => **b,
            Slot::Count(n) => n.is_some(),
            Slot::Choice(c) => c.selected().is_some(),
        }
    }

    pub fn clear(&mut self) {
        match self {
            Slot::Text(s) => s.clear(),
            Slot::Money(m) => **m = None,
            Slot::Date(d) => **d = None,
            Slot::Flag(b) => **b = None,
            Slot::Check(b) => **b = false,
            Slot::Count(n) => **n = None,
            Slot::Choice(c) => c.clear(),
        }
    }

    /// Copy the answer of `from` into this slot; both must address the same field.
    pub fn copy_from(&mut self, from: &Slot<'_>) {
        match (self, from) {
            (Slot::Text(a), Slot::Text(b)) => **a = b.to_string(),
            (Slot::Money(a), Slot::Money(b)) => **a = **b,
            (Slot::Date(a), Slot::Date(b)) => **a = **b,
            (Slot::Flag(a), Slot::Flag(b)) => **a = **b,
            (Slot::Check(a), Slot::Check(b)) => **a = **b,
            (Slot::Count(a), Slot::Count(b)) => **a = **b,
            (Slot::Choice(a), Slot::Choice(b)) => match b.selected() {
                Some(key) => {
                    a.select(key);
                }
                None => a.clear(),
            },
            _ => {}
        }
    }
}

impl Antrag {
    /// The place of an answer. `None` for a key that needs a person but has none (or the reverse).
    pub fn slot(&mut self, field: FieldId) -> Option<Slot<'_>> {
        use Key as K;
        let Some(who) = field.person else {
            let v = &mut self.vorpruefung;
            let w = &mut self.wohnung;
            return Some(match field.key {
                K::Erwerbsfaehigkeit => Slot::Choice(&mut v.erwerbsfaehig),
                K::ErwerbsfaehigePersonImHaushalt => {
                    Slot::Flag(&mut v.erwerbsfaehige_person_im_haushalt)
                }
                K::WohnsitzDeutschland => Slot::Flag(&mut v.wohnsitz_deutschland),
                K::Staatsangehoerigkeit => Slot::Choice(&mut v.staatsangehoerigkeit),
                K::AufenthaltDauer => Slot::Choice(&mut v.aufenthalt_dauer),
                K::Aufenthaltsgrund => Slot::Choice(&mut v.aufenthaltsgrund),
                K::Ausbildung => Slot::Choice(&mut v.ausbildung),
                K::BafoegBeiEltern => Slot::Flag(&mut v.bafoeg_bei_eltern),
                K::Stationaer => Slot::Flag(&mut v.stationaer),
                K::Altersrente => Slot::Flag(&mut v.altersrente),
                K::Strasse => Slot::Text(&mut self.anschrift.strasse),
                K::Plz => Slot::Text(&mut self.anschrift.plz),
                K::Wohnort => Slot::Text(&mut self.anschrift.wohnort),
                K::Telefon => Slot::Text(&mut self.anschrift.telefon),
                K::Familienstand => Slot::Choice(&mut self.familienstand),
                K::Leistungsbeginn => Slot::Choice(&mut self.leistungsbeginn),
                K::LeistungsbeginnDatum => Slot::Date(&mut self.leistungsbeginn_datum),
                K::GetrenntSeit => Slot::Date(&mut self.getrennt_seit),
                K::Alleinerziehend => Slot::Flag(&mut self.alleinerziehend),
                K::AndereLeistung(l) => Slot::Check(self.andere_leistungen.entry(l).or_default()),
                K::AnsprueheDritte => Slot::Flag(&mut self.ansprueche_dritte),
                K::LebensunterhaltBisher => Slot::Text(&mut self.lebensunterhalt_bisher),
                K::Schenkung => Slot::Flag(&mut self.schenkung),
                K::Sgb2BezugDreiJahre => Slot::Flag(&mut self.sgb2_bezug_drei_jahre),
                K::HatPartner => Slot::Flag(&mut self.hat_partner),
                K::Partnerschaft => Slot::Choice(&mut self.partnerschaft),
                K::AnzahlKinder => Slot::Count(&mut self.anzahl_kinder),
                K::AnzahlWeitere => Slot::Count(&mut self.anzahl_weitere),
                K::Wohnkosten => Slot::Flag(&mut w.kosten),
                K::Wohnform => Slot::Choice(&mut w.wohnform),
                K::Wohnflaeche => Slot::Count(&mut w.wohnflaeche),
                K::Warmwasser => Slot::Choice(&mut w.warmwasser),
                K::Grundmiete => Slot::Money(&mut w.grundmiete),
                K::Schuldzinsen => Slot::Money(&mut w.schuldzinsen),
                K::Nebenkosten => Slot::Money(&mut w.nebenkosten),
                K::Heizkosten => Slot::Money(&mut w.heizkosten),
                K::Bewohner => Slot::Count(&mut w.bewohner),
                K::Heizenergie => Slot::Choice(&mut w.heizenergie),
                K::Direktzahlung => Slot::Flag(&mut w.direktzahlung),
                K::NurGesamtmiete => Slot::Check(&mut w.nur_gesamtmiete),
                K::Gesamtmiete => Slot::Money(&mut w.gesamtmiete),
                K::Kontoinhaber => Slot::Text(&mut self.bank.kontoinhaber),
                K::Iban => Slot::Text(&mut self.bank.iban),
                K::ErklaerungRichtigkeit => Slot::Check(&mut self.erklaerungen.richtigkeit),
                K::ErklaerungAenderungen => Slot::Check(&mut self.erklaerungen.aenderungen),
                K::ErklaerungDatenschutz => Slot::Check(&mut self.erklaerungen.datenschutz),
                _ => return None,
            });
        };
        let p = self.person_mut(who);
        Some(match field.key {
            K::Vorname => Slot::Text(&mut p.vorname),
            K::Nachname => Slot::Text(&mut p.nachname),
            K::Geburtsdatum => Slot::Date(&mut p.geburtsdatum),
            K::Geschlecht => Slot::Choice(&mut p.geschlecht),
            K::KindVerhaeltnis => Slot::Choice(&mut p.kind_verhaeltnis),
            K::WeitereVerhaeltnis => Slot::Choice(&mut p.weitere_verhaeltnis),
            K::Erwerbsfaehig => Slot::Flag(&mut p.erwerbsfaehig),
            K::Schule => Slot::Flag(&mut p.schule),
            K::ElternteilAusserhalb => Slot::Flag(&mut p.elternteil_ausserhalb),
            K::AuszugOhneZusicherung => Slot::Flag(&mut p.auszug_ohne_zusicherung),
            K::Schwanger => Slot::Flag(&mut p.schwanger),
            K::Entbindungstermin => Slot::Date(&mut p.entbindungstermin),
            K::Behinderung => Slot::Flag(&mut p.behinderung_teilhabe),
            K::Ernaehrung => Slot::Flag(&mut p.ernaehrung),
            K::BesondererBedarf => Slot::Flag(&mut p.besonderer_bedarf),
            K::Unfall => Slot::Flag(&mut p.unfall_durch_dritte),
            K::Krankenversicherung => Slot::Choice(&mut p.krankenversicherung),
            K::Krankenkasse => Slot::Text(&mut p.krankenkasse),
            K::RvNummer => Slot::Text(&mut p.rv_nummer),
            K::KvNummer => Slot::Text(&mut p.kv_nummer),
            K::Fahrtkosten => Slot::Money(&mut p.fahrtkosten),
            K::Versicherungen => Slot::Money(&mut p.versicherungen),
            K::Riester => Slot::Money(&mut p.riester),
            K::UnterhaltTituliert => Slot::Money(&mut p.unterhalt_tituliert),
            K::ElterngeldAusErwerb => Slot::Flag(&mut p.elterngeld_aus_erwerb),
            K::LvAltersvorsorge => Slot::Flag(&mut p.lv_altersvorsorge),
            K::EinkommenKeine => Slot::Check(&mut p.einkommen.keine),
            K::EinkommenArt(a) => Slot::Check(p.einkommen.arten.entry(a).or_default()),
            K::EinkommenBetrag(b) => Slot::Money(p.einkommen.betraege.entry(b).or_default()),
            K::VermoegenKeine => Slot::Check(&mut p.vermoegen.keine),
            K::VermoegenArt(a) => Slot::Check(p.vermoegen.arten.entry(a).or_default()),
            K::VermoegenBetrag(a) => Slot::Money(p.vermoegen.betraege.entry(a).or_default()),
            _ => return None,
        })
    }

    /// The answer to `field` as its input shows it. Reads through a copy because `slot` needs
    /// `&mut` (it creates household places on demand); the Antrag is a few kilobytes at most.
    pub fn display(&self, field: FieldId) -> String {
        self.clone()
            .slot(field)
            .map(|s| s.display())
            .unwrap_or_default()
    }

    pub fn is_answered(&self, field: FieldId) -> bool {
        self.clone()
            .slot(field)
            .map(|s| s.is_answered())
            .unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_ids_round_trip_through_their_names() {
        for key in all_keys() {
            for person in [
                None,
                Some(PersonRef::Antragsteller),
                Some(PersonRef::Partner),
                Some(PersonRef::Kind(0)),
                Some(PersonRef::Weitere(7)),
            ] {
                let id = FieldId { person, key };
                assert_eq!(id.to_string().parse::<FieldId>(), Ok(id), "{id}");
            }
        }
        assert!("kind-0-vorname".parse::<FieldId>().is_err());
        assert!("kind-x-vorname".parse::<FieldId>().is_err());
        assert!("partner-unbekannt".parse::<FieldId>().is_err());
        assert!("".parse::<FieldId>().is_err());
    }

    #[test]
    fn every_simple_key_has_exactly_one_slot_kind() {
        let mut a = Antrag::default();
        for (key, _) in SIMPLE_KEYS {
            let plain = a.slot(FieldId::of(*key)).is_some();
            let person = a.slot(FieldId::person(PersonRef::Partner, *key)).is_some();
            assert!(plain != person, "{key}: exactly one of plain/person slot");
        }
    }

    #[test]
    fn household_follows_counts_and_keeps_hidden_people() {
        let mut a = Antrag {
            hat_partner: Some(true),
            anzahl_kinder: Some(3),
            ..Antrag::default()
        };
        a.person_mut(PersonRef::Kind(2)).vorname = "Lea".into();
        assert_eq!(a.household().len(), 5);
        a.anzahl_kinder = Some(1);
        a.hat_partner = Some(false);
        assert_eq!(
            a.household(),
            vec![PersonRef::Antragsteller, PersonRef::Kind(0)]
        );
        assert_eq!(a.kinder[2].vorname, "Lea");
        assert_eq!(a.display_name(PersonRef::Kind(2)).german(), "Lea");
        assert_eq!(a.display_name(PersonRef::Kind(0)).german(), "Kind 1");
    }

    #[test]
    fn income_amounts_count_only_while_ticked() {
        let mut e = Einkommen::default();
        e.betraege.insert(Betrag::ErwerbNetto, Some(Cents(45_000)));
        assert_eq!(e.betrag(Betrag::ErwerbNetto), None);
        e.arten.insert(EinkommensArt::Erwerb, true);
        assert_eq!(e.betrag(Betrag::ErwerbNetto), Some(Cents(45_000)));
        assert!(e.any());
    }

    #[test]
    fn serialises_with_schema_version() {
        let a = Antrag::default();
        let json = serde_json::to_string(&a).expect("serialise");
        assert!(json.contains("\"schema_version\":1"));
        let back: Antrag = serde_json::from_str(&json).expect("deserialise");
        assert_eq!(back, a);
    }
}
