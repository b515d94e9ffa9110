//! What an employer deducts from a monthly wage, as data per legal date: the employee's social
//! insurance contributions (SGB IV, V, VI, XI, III) and the figures of the BMF Programmablaufplan
//! for the Lohnsteuer and the Solidaritätszuschlag of the year. The computation is in
//! `domain::netto`; the figures were checked against `shared/reference/netto-cases.json`
//! (GETTSIM 1.3.1 for the contributions, the PAP for the tax).
//!
//! Rates are given in thousandths of a percent (9.3 % = 9300) so that every statutory rate,
//! including halves such as 1.525 %, is a whole number.

use crate::domain::money::Cents;

/// Employee contributions. West Germany; statutory health, care, pension and unemployment
/// insurance; the health insurance's Zusatzbeitrag is the official average (§ 242a SGB V).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sozialversicherung {
    /// Half of the general pension rate (§ 158 SGB VI): 18.6 % from 2018.
    pub rv_an: u32,
    /// Half of the unemployment insurance rate (§ 341 SGB III).
    pub av_an: u32,
    /// Half of the general health rate 14.6 % (§ 241 SGB V) plus half the Zusatzbeitrag.
    pub kv_an: u32,
    /// Half of the care insurance rate (§ 55 Abs. 1 SGB XI).
    pub pv_an: u32,
    /// Surcharge for the childless from age 23, paid by the employee alone (§ 55 Abs. 3 SGB XI).
    pub pv_kinderlos: u32,
    /// Beitragsbemessungsgrenzen per month: pension and unemployment, health and care (West).
    pub bbg_rv: Cents,
    pub bbg_kv: Cents,
    /// Geringfügigkeitsgrenze (§ 8 Abs. 1a SGB IV): at or below it the employee pays nothing here
    /// (assumed exempt from the pension insurance on request, § 6 Abs. 1b SGB VI).
    pub minijob: Cents,
    /// Upper edge of the Übergangsbereich (§ 20 Abs. 2 SGB IV).
    pub uebergang_bis: Cents,
    /// Factor F of § 163 Abs. 10 SGB VI, in ten-thousandths.
    pub faktor_f: u32,
    pub uebergang: Uebergangsregel,
}

/// How contributions are computed in the Übergangsbereich.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Uebergangsregel {
    /// Until September 2022: the full contribution on the reduced base less the employer's half
    /// of the actual wage.
    BisSeptember2022,
    /// From October 2022: the employee's half rates on G/(G−M) × (wage − M); the care surcharge on
    /// the total reduced base (§ 20 Abs. 2a SGB IV as amended by the Minijob-Gesetz 2022).
    AbOktober2022,
}

/// How the Vorsorgepauschale of § 39b Abs. 2 Satz 5 Nr. 3 EStG is formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vorsorge {
    /// Until 2025: at least the Mindestvorsorgepauschale of 12 % of the wage, at most 1,900 €
    /// (Buchst. a, b, c and § 39b Abs. 2 Satz 5 Nr. 3 letzter Teilsatz).
    Mindestpauschale,
    /// From 2026: no Mindestvorsorgepauschale; a share for unemployment insurance (Buchst. e)
    /// counts as far as it and health and care together stay within 1,900 €.
    MitArbeitslosenversicherung,
}

/// § 32a Abs. 1 EStG for one year: zones 2 and 3 as (a·y + b)·y (+ c), zones 4 and 5 linear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tarif {
    /// Grundfreibetrag in euros.
    pub grundfreibetrag: i64,
    pub zone2_bis: i64,
    /// Coefficient a of zone 2, in cents (979.18 = 97918).
    pub zone2_a: i64,
    pub zone3_bis: i64,
    pub zone3_a: i64,
    /// Constant of zone 3, in cents.
    pub zone3_c: i64,
    pub zone4_bis: i64,
    /// Amounts subtracted in zones 4 and 5, in cents.
    pub zone4_abzug: i64,
    pub zone5_abzug: i64,
    /// Coefficients b of zones 2 and 3 (the entry rates 14 % and 23.97 %), in euros.
    pub zone2_b: i64,
    pub zone3_b: i64,
    /// Rates of zones 4 and 5, percent.
    pub zone4_prozent: i64,
    pub zone5_prozent: i64,
}

/// The Lohnsteuer figures of one year's Programmablaufplan (Stkl. I, II and IV).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lohnsteuer {
    pub jahr: i32,
    pub tarif: Tarif,
    /// Arbeitnehmer-Pauschbetrag (§ 9a Satz 1 Nr. 1 Buchst. a EStG), euros.
    pub arbeitnehmer_pauschbetrag: i64,
    /// Sonderausgaben-Pauschbetrag (§ 10c EStG), euros.
    pub sonderausgaben_pauschbetrag: i64,
    /// Entlastungsbetrag für Alleinerziehende (§ 24b EStG), Stkl. II, euros.
    pub entlastungsbetrag: i64,
    /// Share of the pension contribution in the Vorsorgepauschale (§ 39b Abs. 4 EStG), percent.
    pub rv_anteil_prozent: i64,
    /// Health rate for the Vorsorgepauschale: half the reduced rate 14.0 % (§ 243 SGB V) plus
    /// half the average Zusatzbeitrag; thousandths of a percent.
    pub kv_vorsorge: u32,
    pub vorsorge: Vorsorge,
    /// Kinderfreibetrag and Freibetrag für Betreuung, Erziehung oder Ausbildung of both parents
    /// for one child (§ 32 Abs. 6 EStG), euros; only for the Solidaritätszuschlag's base.
    pub kinderfreibetrag: i64,
    /// Freigrenze of § 3 Abs. 3 SolZG for one person, euros.
    pub soli_freigrenze: i64,
    /// Milderungszone: at most this percentage of the tax above the Freigrenze (§ 4 SolZG).
    pub soli_milderung_promille: i64,
    /// The Solidaritätszuschlag, 5.5 % of the tax (§ 4 Satz 1 SolZG), in thousandths.
    pub soli_promille: i64,
    /// Mindestvorsorgepauschale: this percentage of the wage (until 2025).
    pub mindestvorsorge_prozent: i64,
    /// The ceiling of § 39b Abs. 2 Satz 5 Nr. 3 EStG for the shares other than pension
    /// (Stkl. I, II, IV), euros.
    pub vorsorge_hoechstbetrag: i64,
}

/// Everything about the wage deductions of one Rechtsstand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lohnrecht {
    pub sv: Sozialversicherung,
    pub steuer: Lohnsteuer,
    pub quelle: &'static str,
}

const TARIF_2019: Tarif = Tarif {
    grundfreibetrag: 9_168,
    zone2_bis: 14_254,
    zone2_a: 98_014,
    zone3_bis: 55_960,
    zone3_a: 21_616,
    zone3_c: 96_558,
    zone4_bis: 265_326,
    zone4_abzug: 878_090,
    zone5_abzug: 1_674_068,
    zone2_b: 1_400,
    zone3_b: 2_397,
    zone4_prozent: 42,
    zone5_prozent: 45,
};

/// Inflationsausgleichsgesetz (BGBl. I 2022 S. 2230).
const TARIF_2023: Tarif = Tarif {
    grundfreibetrag: 10_908,
    zone2_bis: 15_999,
    zone2_a: 97_918,
    zone3_bis: 62_809,
    zone3_a: 19_259,
    zone3_c: 96_653,
    zone4_bis: 277_825,
    zone4_abzug: 997_298,
    zone5_abzug: 1_830_773,
    ..TARIF_2019
};

/// As in force for the whole year after the retroactive rise of December 2024 (BGBl. 2024 I Nr. 449).
const TARIF_2024: Tarif = Tarif {
    grundfreibetrag: 11_784,
    zone2_bis: 17_005,
    zone2_a: 95_480,
    zone3_bis: 66_760,
    zone3_a: 18_119,
    zone3_c: 99_121,
    zone4_bis: 277_825,
    zone4_abzug: 1_063_631,
    zone5_abzug: 1_897_106,
    ..TARIF_2019
};

/// Steuerfortentwicklungsgesetz (BGBl. 2024 I Nr. 449).
const TARIF_2025: Tarif = Tarif {
    grundfreibetrag: 12_096,
    zone2_bis: 17_443,
    zone2_a: 93_230,
    zone3_bis: 68_480,
    zone3_a: 17_664,
    zone3_c: 101_513,
    zone4_bis: 277_825,
    zone4_abzug: 1_091_192,
    zone5_abzug: 1_924_667,
    ..TARIF_2019
};

const TARIF_2026: Tarif = Tarif {
    grundfreibetrag: 12_348,
    zone2_bis: 17_799,
    zone2_a: 91_451,
    zone3_bis: 69_878,
    zone3_a: 17_310,
    zone3_c: 103_487,
    zone4_bis: 277_825,
    zone4_abzug: 1_113_563,
    zone5_abzug: 1_947_038,
    ..TARIF_2019
};

const STEUER_2019: Lohnsteuer = Lohnsteuer {
    jahr: 2019,
    tarif: TARIF_2019,
    arbeitnehmer_pauschbetrag: 1_000,
    sonderausgaben_pauschbetrag: 36,
    entlastungsbetrag: 1_908,
    rv_anteil_prozent: 76,
    kv_vorsorge: 7_450,
    vorsorge: Vorsorge::Mindestpauschale,
    kinderfreibetrag: 7_620,
    soli_freigrenze: 972,
    soli_milderung_promille: 200,
    soli_promille: 55,
    mindestvorsorge_prozent: 12,
    vorsorge_hoechstbetrag: 1_900,
};

/// Jahressteuergesetz 2022: Arbeitnehmer-Pauschbetrag 1,230 €, Entlastungsbetrag 4,260 €, the
/// pension contribution in full.
const STEUER_2023: Lohnsteuer = Lohnsteuer {
    jahr: 2023,
    tarif: TARIF_2023,
    arbeitnehmer_pauschbetrag: 1_230,
    sonderausgaben_pauschbetrag: 36,
    entlastungsbetrag: 4_260,
    rv_anteil_prozent: 100,
    kv_vorsorge: 7_800,
    vorsorge: Vorsorge::Mindestpauschale,
    kinderfreibetrag: 8_952,
    soli_freigrenze: 17_543,
    soli_milderung_promille: 119,
    ..STEUER_2019
};

const STEUER_2024: Lohnsteuer = Lohnsteuer {
    jahr: 2024,
    tarif: TARIF_2024,
    kv_vorsorge: 7_850,
    kinderfreibetrag: 9_540,
    soli_freigrenze: 18_130,
    ..STEUER_2023
};

const STEUER_2025: Lohnsteuer = Lohnsteuer {
    jahr: 2025,
    tarif: TARIF_2025,
    kv_vorsorge: 8_250,
    kinderfreibetrag: 9_600,
    soli_freigrenze: 19_950,
    ..STEUER_2023
};

/// Jahressteuergesetz 2024 (Vorsorgepauschale with unemployment insurance, no
/// Mindestvorsorgepauschale), Steuerfortentwicklungsgesetz (tariff, Kinderfreibetrag, Freigrenze).
const STEUER_2026: Lohnsteuer = Lohnsteuer {
    jahr: 2026,
    tarif: TARIF_2026,
    kv_vorsorge: 8_450,
    vorsorge: Vorsorge::MitArbeitslosenversicherung,
    kinderfreibetrag: 9_756,
    soli_freigrenze: 20_350,
    ..STEUER_2023
};

const SV_2019: Sozialversicherung = Sozialversicherung {
    rv_an: 9_300,
    av_an: 1_250,
    kv_an: 7_750,
    pv_an: 1_525,
    pv_kinderlos: 250,
    bbg_rv: Cents(670_000),
    bbg_kv: Cents(453_750),
    minijob: Cents(45_000),
    uebergang_bis: Cents(130_000),
    faktor_f: 7_566,
    uebergang: Uebergangsregel::BisSeptember2022,
};

const SV_2023: Sozialversicherung = Sozialversicherung {
    rv_an: 9_300,
    av_an: 1_300,
    kv_an: 8_100,
    pv_an: 1_525,
    pv_kinderlos: 350,
    bbg_rv: Cents(730_000),
    bbg_kv: Cents(498_750),
    minijob: Cents(52_000),
    uebergang_bis: Cents(200_000),
    faktor_f: 6_922,
    uebergang: Uebergangsregel::AbOktober2022,
};

/// Pflegeunterstützungs- und -entlastungsgesetz: 3.4 %, surcharge 0.6 % from July 2023.
const SV_2023_JULI: Sozialversicherung = Sozialversicherung {
    pv_an: 1_700,
    pv_kinderlos: 600,
    ..SV_2023
};

const SV_2024: Sozialversicherung = Sozialversicherung {
    kv_an: 8_150,
    bbg_rv: Cents(755_000),
    bbg_kv: Cents(517_500),
    minijob: Cents(53_800),
    faktor_f: 6_846,
    ..SV_2023_JULI
};

const SV_2025: Sozialversicherung = Sozialversicherung {
    kv_an: 8_550,
    pv_an: 1_800,
    bbg_rv: Cents(805_000),
    bbg_kv: Cents(551_250),
    minijob: Cents(55_600),
    faktor_f: 6_683,
    ..SV_2024
};

const SV_2026: Sozialversicherung = Sozialversicherung {
    kv_an: 8_750,
    bbg_rv: Cents(845_000),
    bbg_kv: Cents(581_250),
    minijob: Cents(60_300),
    faktor_f: 6_619,
    ..SV_2025
};

pub const LOHN_2019: Lohnrecht = Lohnrecht {
    sv: SV_2019,
    steuer: STEUER_2019,
    quelle: "SV-Rechengrößenverordnung 2019, § 20 SGB IV (Übergangsbereich ab 1.7.2019), PAP 2019",
};
pub const LOHN_2023: Lohnrecht = Lohnrecht {
    sv: SV_2023,
    steuer: STEUER_2023,
    quelle: "SV-Rechengrößenverordnung 2023, PAP 2023",
};
pub const LOHN_2023_JULI: Lohnrecht = Lohnrecht {
    sv: SV_2023_JULI,
    steuer: STEUER_2023,
    quelle: "PUEG (Pflegeversicherung ab 1.7.2023), PAP 2023 ab Juli",
};
pub const LOHN_2024: Lohnrecht = Lohnrecht {
    sv: SV_2024,
    steuer: STEUER_2024,
    quelle: "SV-Rechengrößenverordnung 2024, PAP 2024 (Tarif nach der Anhebung vom Dezember 2024)",
};
pub const LOHN_2025: Lohnrecht = Lohnrecht {
    sv: SV_2025,
    steuer: STEUER_2025,
    quelle: "SV-Rechengrößenverordnung 2025, PAP 2025",
};
pub const LOHN_2026: Lohnrecht = Lohnrecht {
    sv: SV_2026,
    steuer: STEUER_2026,
    quelle: "SV-Rechengrößenverordnung 2026, PAP 2026 (BMF-Schreiben vom 12.11.2025)",
};
