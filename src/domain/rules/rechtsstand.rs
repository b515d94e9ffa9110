//! The legal figures of each Rechtsstand, as data. One table per legal date; `Rechtsstand::on`
//! picks the one in force on a date. Every figure names its source (FACTS.md section in brackets).

use crate::domain::date::Date;
use crate::domain::money::Cents;
use crate::domain::rules::lohn::{self, Lohnrecht};
use crate::i18n::{fill, k, text, Key, Text};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RechtsstandId {
    /// Arbeitslosengeld II, the year of the Jobcenter action week.
    R2019,
    /// Bürgergeld, first stage.
    R2023,
    /// Bürgergeld, second stage: new income allowances, Kooperationsplan.
    R2023Juli,
    R2024,
    R2025,
    R2026,
    /// Grundsicherungsgeld (13. SGB II-ÄndG, as passed by the Bundestag).
    R2026Juli,
}

/// How the Erwerbstätigenfreibetrag of § 11b Abs. 3 is computed on gross earnings: after the
/// Grundfreibetrag (which covers the first `grundfreibetrag`), each band's share of the earnings
/// up to its upper edge is free; the last band ends higher with a minor child.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Freibetrag {
    pub grundfreibetrag: Cents,
    /// (upper edge of the band, percent free)
    pub bands: &'static [(Cents, u32)],
    pub last_upper: Cents,
    pub last_upper_with_child: Cents,
    pub last_percent: u32,
}

/// The Vermögen allowances (§ 12).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vermoegensfreibetrag {
    /// 2019: 150 € per year of age (at least 3,100 €, at most by birth year), 3,100 € per minor
    /// child, plus 750 € per member for necessary purchases.
    NachAlter {
        je_lebensjahr: Cents,
        mindestens: Cents,
        hoechstens: &'static [(i32, Cents)],
        je_kind: Cents,
        anschaffungen: Cents,
    },
    /// 2023 to June 2026: in the Karenzzeit only "erhebliches Vermögen" counts (40,000 € plus
    /// 15,000 € for each further member); afterwards 15,000 € per member.
    Karenzzeit {
        erste_person: Cents,
        weitere_person: Cents,
        danach_je_person: Cents,
    },
    /// From July 2026: by age, no Karenzzeit: (from age, allowance), ascending.
    Altersstufen(&'static [(i32, Cents)]),
}

/// How Unterkunft costs are recognised in the first year of receipt (§ 22 Abs. 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KduKarenzzeit {
    /// 2019: no Karenzzeit; unangemessene costs only for the Kostensenkungsverfahren.
    Keine,
    /// 2023 to June 2026: actual Unterkunft costs for 12 months; heating only if angemessen.
    TatsaechlicheKosten,
    /// From July 2026: actual costs, but at most this many tenths of the local limit.
    Begrenzt { zehntel: u32 },
}

impl KduKarenzzeit {
    /// What happens to costs above the local limit under this rule, in words for people.
    pub fn erklaerung(self) -> Text {
        match self {
            KduKarenzzeit::Keine => text(k::RECHT_HOEHERE_KOSTEN_WERDEN_NUR),
            KduKarenzzeit::TatsaechlicheKosten => text(k::RECHT_ERSTEN_JAHR_BEZUGS_KARENZZEIT),
            KduKarenzzeit::Begrenzt { zehntel } => {
                let factor = if zehntel % 10 == 0 {
                    format!("{}", zehntel / 10)
                } else {
                    format!("{},{}", zehntel / 10, zehntel % 10)
                };
                fill(
                    k::RECHT_ERSTEN_JAHR_BEZUGS_KARENZZEIT_2,
                    &[("factor", &factor)],
                )
            }
        }
    }
}

/// One thing a Rechtsstand changed against the one before it, with its § and the law that made it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Aenderung {
    pub was: Key,
    pub paragraph: &'static str,
    pub gesetz: &'static str,
}

const fn aenderung(was: Key, paragraph: &'static str, gesetz: &'static str) -> Aenderung {
    Aenderung {
        was,
        paragraph,
        gesetz,
    }
}

/// Where a Rechtsstand stands in the making of law.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Promulgated and in force from `gilt_ab`.
    InKraft,
    /// Passed by the Bundestag on this day; its promulgation was not found (FACTS.md 4.1).
    Beschlossen { am: Date },
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rechtsstand {
    pub id: RechtsstandId,
    pub gilt_ab: Date,
    /// Short name for a switch: "2019", "ab Juli 2026".
    pub kurz: &'static str,
    /// The name of the benefit under this law.
    pub leistung: &'static str,
    /// Regelbedarfsstufen 1 to 6 (§ 20, § 23 SGB II).
    pub regelbedarf: [Cents; 6],
    pub regelbedarf_quelle: &'static str,
    /// § 72 SGB II, for Regelbedarfsstufen 3 to 6.
    pub kindersofortzuschlag: Cents,
    pub freibetrag: Freibetrag,
    /// Kindergeld for the first and second, the third, and every further child (§ 66 EStG).
    pub kindergeld: [Cents; 3],
    /// § 11b Abs. 2b: allowance for pupils, students and trainees under 25 (the Minijob limit).
    pub u25_freibetrag: Option<Cents>,
    pub vermoegen: Vermoegensfreibetrag,
    pub kdu_karenzzeit: KduKarenzzeit,
    /// Social insurance and Lohnsteuer on wages (gross to net).
    pub lohn: Lohnrecht,
    /// What changed for the Bescheid against the Rechtsstand before (none for the first).
    pub aenderungen: &'static [Aenderung],
    /// Figures of this table that sources give as not yet confirmed (FACTS.md section 7).
    pub unsicher: &'static [Key],
    pub status: Status,
    /// The law this table rests on, as a person can look it up.
    pub quelle: &'static str,
}

const fn d(year: i32, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

const FREIBETRAG_ALT: Freibetrag = Freibetrag {
    grundfreibetrag: Cents::euros(100),
    bands: &[(Cents::euros(1000), 20)],
    last_upper: Cents::euros(1200),
    last_upper_with_child: Cents::euros(1500),
    last_percent: 10,
};

const FREIBETRAG_2023_07: Freibetrag = Freibetrag {
    grundfreibetrag: Cents::euros(100),
    bands: &[(Cents::euros(520), 20), (Cents::euros(1000), 30)],
    last_upper: Cents::euros(1200),
    last_upper_with_child: Cents::euros(1500),
    last_percent: 10,
};

const VERMOEGEN_2019: Vermoegensfreibetrag = Vermoegensfreibetrag::NachAlter {
    je_lebensjahr: Cents::euros(150),
    mindestens: Cents::euros(3100),
    // (born before this year, cap): before 1958 9,750 €, 1958–1963 9,900 €, later 10,050 €.
    hoechstens: &[
        (1958, Cents::euros(9750)),
        (1964, Cents::euros(9900)),
        (i32::MAX, Cents::euros(10050)),
    ],
    je_kind: Cents::euros(3100),
    anschaffungen: Cents::euros(750),
};

const VERMOEGEN_KARENZZEIT: Vermoegensfreibetrag = Vermoegensfreibetrag::Karenzzeit {
    erste_person: Cents::euros(40_000),
    weitere_person: Cents::euros(15_000),
    danach_je_person: Cents::euros(15_000),
};

const RB_2019: [Cents; 6] = [
    Cents::euros(424),
    Cents::euros(382),
    Cents::euros(339),
    Cents::euros(322),
    Cents::euros(302),
    Cents::euros(245),
];
const RB_2023: [Cents; 6] = [
    Cents::euros(502),
    Cents::euros(451),
    Cents::euros(402),
    Cents::euros(420),
    Cents::euros(348),
    Cents::euros(318),
];
const RB_2024: [Cents; 6] = [
    Cents::euros(563),
    Cents::euros(506),
    Cents::euros(451),
    Cents::euros(471),
    Cents::euros(390),
    Cents::euros(357),
];

pub const ALL: [Rechtsstand; 7] = [
    Rechtsstand {
        id: RechtsstandId::R2019,
        gilt_ab: d(2019, 7, 1),
        kurz: "2019",
        leistung: "Arbeitslosengeld II",
        regelbedarf: RB_2019,
        regelbedarf_quelle: "§ 20 SGB II, RBSFV 2019 (BGBl. I 2018 S. 1766)",
        kindersofortzuschlag: Cents::ZERO,
        freibetrag: FREIBETRAG_ALT,
        kindergeld: [Cents::euros(204), Cents::euros(210), Cents::euros(235)],
        u25_freibetrag: None,
        vermoegen: VERMOEGEN_2019,
        kdu_karenzzeit: KduKarenzzeit::Keine,
        lohn: lohn::LOHN_2019,
        aenderungen: &[],
        unsicher: &[],
        status: Status::InKraft,
        quelle: "SGB II in der Fassung von 2019, RBSFV 2019",
    },
    Rechtsstand {
        id: RechtsstandId::R2023,
        gilt_ab: d(2023, 1, 1),
        kurz: "2023",
        leistung: "Bürgergeld",
        regelbedarf: RB_2023,
        regelbedarf_quelle: "§ 20 SGB II, Bürgergeld-Gesetz (BGBl. I 2022 S. 2328)",
        kindersofortzuschlag: Cents::euros(20),
        freibetrag: FREIBETRAG_ALT,
        kindergeld: [Cents::euros(250), Cents::euros(250), Cents::euros(250)],
        u25_freibetrag: None,
        vermoegen: VERMOEGEN_KARENZZEIT,
        kdu_karenzzeit: KduKarenzzeit::TatsaechlicheKosten,
        lohn: lohn::LOHN_2023,
        aenderungen: &[
            aenderung(
                k::AENDERUNG_REGELBEDARF_2023,
                "§ 20 SGB II",
                "Bürgergeld-Gesetz (BGBl. I 2022 S. 2328)",
            ),
            aenderung(
                k::AENDERUNG_KARENZZEIT_VERMOEGEN,
                "§ 12 Abs. 3 und 4 SGB II",
                "Bürgergeld-Gesetz",
            ),
            aenderung(
                k::AENDERUNG_KARENZZEIT_UNTERKUNFT,
                "§ 22 Abs. 1 Satz 2 SGB II",
                "Bürgergeld-Gesetz",
            ),
            aenderung(
                k::AENDERUNG_SOFORTZUSCHLAG_20,
                "§ 72 SGB II",
                "Sofortzuschlags- und Einmalzahlungsgesetz (ab Juli 2022)",
            ),
        ],
        unsicher: &[],
        status: Status::InKraft,
        quelle: "Bürgergeld-Gesetz vom 16.12.2022 (BGBl. I S. 2328)",
    },
    Rechtsstand {
        id: RechtsstandId::R2023Juli,
        gilt_ab: d(2023, 7, 1),
        kurz: "Juli 2023",
        leistung: "Bürgergeld",
        regelbedarf: RB_2023,
        regelbedarf_quelle: "§ 20 SGB II, Bürgergeld-Gesetz (BGBl. I 2022 S. 2328)",
        kindersofortzuschlag: Cents::euros(20),
        freibetrag: FREIBETRAG_2023_07,
        kindergeld: [Cents::euros(250), Cents::euros(250), Cents::euros(250)],
        u25_freibetrag: Some(Cents::euros(520)),
        vermoegen: VERMOEGEN_KARENZZEIT,
        kdu_karenzzeit: KduKarenzzeit::TatsaechlicheKosten,
        lohn: lohn::LOHN_2023_JULI,
        aenderungen: &[
            aenderung(
                k::AENDERUNG_FREIBETRAG_30,
                "§ 11b Abs. 3 SGB II",
                "Bürgergeld-Gesetz, zweite Stufe",
            ),
            aenderung(
                k::AENDERUNG_FREIBETRAG_U25,
                "§ 11b Abs. 2b SGB II",
                "Bürgergeld-Gesetz, zweite Stufe",
            ),
        ],
        unsicher: &[],
        status: Status::InKraft,
        quelle: "Bürgergeld-Gesetz, zweite Stufe (BGBl. I 2022 S. 2328)",
    },
    Rechtsstand {
        id: RechtsstandId::R2024,
        gilt_ab: d(2024, 1, 1),
        kurz: "2024",
        leistung: "Bürgergeld",
        regelbedarf: RB_2024,
        regelbedarf_quelle: "§ 20 SGB II, RBSFV 2024",
        kindersofortzuschlag: Cents::euros(20),
        freibetrag: FREIBETRAG_2023_07,
        kindergeld: [Cents::euros(250), Cents::euros(250), Cents::euros(250)],
        u25_freibetrag: Some(Cents::euros(538)),
        vermoegen: VERMOEGEN_KARENZZEIT,
        kdu_karenzzeit: KduKarenzzeit::TatsaechlicheKosten,
        lohn: lohn::LOHN_2024,
        aenderungen: &[
            aenderung(k::AENDERUNG_REGELBEDARF_2024, "§ 20 SGB II", "RBSFV 2024"),
            aenderung(
                k::AENDERUNG_MINIJOB_GRENZE,
                "§ 11b Abs. 2b SGB II, § 8 Abs. 1a SGB IV",
                "Mindestlohnanpassung 2024",
            ),
        ],
        unsicher: &[],
        status: Status::InKraft,
        quelle: "SGB II, RBSFV 2024",
    },
    Rechtsstand {
        id: RechtsstandId::R2025,
        gilt_ab: d(2025, 1, 1),
        kurz: "2025",
        leistung: "Bürgergeld",
        regelbedarf: RB_2024,
        regelbedarf_quelle: "§ 20 SGB II, RBSFV 2025 (Nullrunde)",
        kindersofortzuschlag: Cents::euros(25),
        freibetrag: FREIBETRAG_2023_07,
        kindergeld: [Cents::euros(255), Cents::euros(255), Cents::euros(255)],
        u25_freibetrag: Some(Cents::euros(556)),
        vermoegen: VERMOEGEN_KARENZZEIT,
        kdu_karenzzeit: KduKarenzzeit::TatsaechlicheKosten,
        lohn: lohn::LOHN_2025,
        aenderungen: &[
            aenderung(
                k::AENDERUNG_SOFORTZUSCHLAG_25,
                "§ 72 SGB II",
                "Steuerfortentwicklungsgesetz (BGBl. 2024 I Nr. 449)",
            ),
            aenderung(
                k::AENDERUNG_MINIJOB_GRENZE,
                "§ 11b Abs. 2b SGB II, § 8 Abs. 1a SGB IV",
                "Mindestlohnanpassung 2025",
            ),
        ],
        unsicher: &[k::RECHT_MINIJOB_GRENZE_2025],
        status: Status::InKraft,
        quelle: "SGB II, RBSFV 2025",
    },
    Rechtsstand {
        id: RechtsstandId::R2026,
        gilt_ab: d(2026, 1, 1),
        kurz: "2026",
        leistung: "Bürgergeld",
        regelbedarf: RB_2024,
        regelbedarf_quelle: "§ 20 SGB II, RBSFV 2026 (Nullrunde)",
        kindersofortzuschlag: Cents::euros(25),
        freibetrag: FREIBETRAG_2023_07,
        kindergeld: [Cents::euros(259), Cents::euros(259), Cents::euros(259)],
        u25_freibetrag: Some(Cents::euros(603)),
        vermoegen: VERMOEGEN_KARENZZEIT,
        kdu_karenzzeit: KduKarenzzeit::TatsaechlicheKosten,
        lohn: lohn::LOHN_2026,
        aenderungen: &[aenderung(
            k::AENDERUNG_MINIJOB_GRENZE,
            "§ 11b Abs. 2b SGB II, § 8 Abs. 1a SGB IV",
            "Mindestlohnanpassung 2026",
        )],
        unsicher: &[],
        status: Status::InKraft,
        quelle: "SGB II, RBSFV 2026",
    },
    Rechtsstand {
        id: RechtsstandId::R2026Juli,
        gilt_ab: d(2026, 7, 1),
        kurz: "ab Juli 2026",
        leistung: "Grundsicherungsgeld",
        regelbedarf: RB_2024,
        regelbedarf_quelle: "§ 20 SGB II, RBSFV 2026; 13. SGB II-ÄndG",
        kindersofortzuschlag: Cents::euros(25),
        freibetrag: FREIBETRAG_2023_07,
        kindergeld: [Cents::euros(259), Cents::euros(259), Cents::euros(259)],
        u25_freibetrag: Some(Cents::euros(603)),
        // The bands as the law words them: 5,000 € "bis zur Vollendung des 20. Lebensjahres",
        // then from the 21st year of life, which begins on the 20th birthday (§ 187 Abs. 2
        // Satz 2 BGB counts the birthday in), and so on. Press reports that say "ab 21 Jahren"
        // read the year of life as the age; the reading here is the statute's wording.
        vermoegen: Vermoegensfreibetrag::Altersstufen(&[
            (0, Cents::euros(5_000)),
            (20, Cents::euros(10_000)),
            (40, Cents::euros(12_500)),
            (50, Cents::euros(15_000)),
        ]),
        kdu_karenzzeit: KduKarenzzeit::Begrenzt { zehntel: 15 },
        lohn: lohn::LOHN_2026,
        aenderungen: &[
            aenderung(
                k::AENDERUNG_VERMOEGEN_NACH_ALTER,
                "§ 12 SGB II",
                "13. SGB II-Änderungsgesetz",
            ),
            aenderung(
                k::AENDERUNG_UNTERKUNFT_BEGRENZT,
                "§ 22 Abs. 1 SGB II",
                "13. SGB II-Änderungsgesetz",
            ),
        ],
        unsicher: &[
            k::RECHT_VERMOEGENSFREIBETRAEGE_NACH_ALTER,
            k::RECHT_BEGRENZUNG_UNTERKUNFTSKOSTEN_KARENZZEIT_1,
        ],
        status: Status::Beschlossen { am: d(2026, 3, 5) },
        quelle: "13. SGB II-Änderungsgesetz (Grundsicherungsgeld)",
    },
];

/// A date the simulator has no Rechtsstand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OhneRechtsstand {
    pub datum: Date,
}

impl OhneRechtsstand {
    /// Why there is no calculation for this date, in words for people.
    pub fn text(self) -> Text {
        fill(
            k::RECHT_KEIN_RECHTSSTAND_FUER_DATUM,
            &[("datum", &self.datum)],
        )
    }
}

/// The last day the 2019 table holds: the Regelbedarfe changed on 1 January 2020, and the years
/// 2020 to 2022 had the Corona rules of the Sozialschutz-Pakete (Vermögen and Unterkunft checked
/// only in part, § 67 SGB II), which the simulator does not model.
const ENDE_2019: Date = d(2019, 12, 31);

impl Rechtsstand {
    /// The table in force on `date`, or the refusal for dates without one: before July 2019 and
    /// from 2020 to 2022 (see `ENDE_2019`).
    pub fn on(date: Date) -> Result<&'static Rechtsstand, OhneRechtsstand> {
        let found = ALL
            .iter()
            .rev()
            .find(|r| r.gilt_ab <= date)
            .ok_or(OhneRechtsstand { datum: date })?;
        if found.id == RechtsstandId::R2019 && date > ENDE_2019 {
            return Err(OhneRechtsstand { datum: date });
        }
        Ok(found)
    }

    /// The Rechtsstand an application is calculated under: the one a Jobcenter's configuration
    /// fixes (an event showing a particular year), else the law in force on the day of
    /// application. One choice for the housing page before sending and the Bescheid after it.
    pub fn fuer_antrag(
        configured: Option<RechtsstandId>,
        antragstag: Date,
    ) -> Result<&'static Rechtsstand, OhneRechtsstand> {
        match configured {
            Some(id) => Ok(Rechtsstand::get(id)),
            None => Rechtsstand::on(antragstag),
        }
    }

    /// Where this law stands, in one plain sentence with its source.
    pub fn status_text(&self) -> Text {
        match self.status {
            Status::InKraft => fill(
                k::RECHT_STATUS_IN_KRAFT,
                &[("datum", &self.gilt_ab), ("quelle", &self.quelle)],
            ),
            Status::Beschlossen { am } => fill(
                k::RECHT_STATUS_BESCHLOSSEN,
                &[
                    ("am", &am),
                    ("datum", &self.gilt_ab),
                    ("quelle", &self.quelle),
                ],
            ),
        }
    }

    /// The newest table: what a page falls back to, with the refusal shown, when the day of
    /// application has none (a device clock set to 2021, say).
    pub fn neuester() -> &'static Rechtsstand {
        &ALL[ALL.len() - 1]
    }

    pub fn get(id: RechtsstandId) -> &'static Rechtsstand {
        ALL.iter().find(|r| r.id == id).unwrap_or(&ALL[0])
    }

    /// The Kindersofortzuschlag of § 72 SGB II for a person of this Regelbedarfsstufe: only the
    /// Stufen of children and young people in their parents' household (3 to 6).
    pub fn kindersofortzuschlag_fuer(&self, stufe: u8) -> Cents {
        if (3..=6).contains(&stufe) {
            self.kindersofortzuschlag
        } else {
            Cents::ZERO
        }
    }

    /// Regelbedarf of a Stufe (1 to 6); out-of-range Stufen clamp to the nearest one.
    pub fn regelbedarf(&self, stufe: u8) -> Cents {
        self.regelbedarf[usize::from(stufe.clamp(1, 6) - 1)]
    }

    /// Kindergeld for the child at `position` (1 = first child of the parent).
    pub fn kindergeld_fuer(&self, position: usize) -> Cents {
        match position {
            0..=2 => self.kindergeld[0],
            3 => self.kindergeld[1],
            _ => self.kindergeld[2],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: Date) -> &'static Rechtsstand {
        Rechtsstand::on(date).expect("a table for this date")
    }

    #[test]
    fn the_configured_rechtsstand_wins_over_the_day_of_application() {
        let day = d(2026, 11, 25);
        let id = |r: Result<&Rechtsstand, OhneRechtsstand>| r.map(|r| r.id);
        assert_eq!(
            id(Rechtsstand::fuer_antrag(None, day)),
            Ok(RechtsstandId::R2026Juli)
        );
        assert_eq!(
            id(Rechtsstand::fuer_antrag(Some(RechtsstandId::R2019), day)),
            Ok(RechtsstandId::R2019)
        );
        assert_eq!(
            id(Rechtsstand::fuer_antrag(None, d(2025, 3, 1))),
            Ok(RechtsstandId::R2025)
        );
    }

    fn euros(v: [i64; 6]) -> [Cents; 6] {
        v.map(Cents::euros)
    }

    #[test]
    fn regelbedarfe_match_facts_3_1() {
        assert_eq!(
            at(d(2019, 7, 1)).regelbedarf,
            euros([424, 382, 339, 322, 302, 245])
        );
        assert_eq!(
            at(d(2023, 1, 1)).regelbedarf,
            euros([502, 451, 402, 420, 348, 318])
        );
        assert_eq!(
            at(d(2023, 7, 1)).regelbedarf,
            euros([502, 451, 402, 420, 348, 318])
        );
        for year in [2024, 2025, 2026] {
            assert_eq!(
                at(d(year, 3, 1)).regelbedarf,
                euros([563, 506, 451, 471, 390, 357])
            );
        }
        assert_eq!(
            at(d(2026, 7, 1)).regelbedarf,
            euros([563, 506, 451, 471, 390, 357])
        );
    }

    #[test]
    fn tables_are_in_date_order_and_picked_by_date() {
        for pair in ALL.windows(2) {
            assert!(pair[0].gilt_ab < pair[1].gilt_ab);
        }
        let id = |date| Rechtsstand::on(date).map(|r| r.id);
        assert_eq!(id(d(2023, 6, 30)), Ok(RechtsstandId::R2023));
        assert_eq!(id(d(2026, 6, 30)), Ok(RechtsstandId::R2026));
        assert_eq!(id(d(2026, 11, 25)), Ok(RechtsstandId::R2026Juli));
        assert_eq!(id(d(2019, 12, 31)), Ok(RechtsstandId::R2019));
    }

    #[test]
    fn dates_without_a_table_are_refused_not_given_the_2019_rules() {
        for date in [
            d(2010, 1, 1),
            d(2019, 6, 30),
            d(2020, 1, 1),
            d(2021, 7, 1),
            d(2022, 12, 31),
        ] {
            assert_eq!(
                Rechtsstand::on(date).map(|r| r.id),
                Err(OhneRechtsstand { datum: date })
            );
        }
        assert!(!OhneRechtsstand {
            datum: d(2021, 7, 1)
        }
        .text()
        .german()
        .is_empty());
        assert_eq!(Rechtsstand::get(RechtsstandId::R2024).kurz, "2024");
    }

    #[test]
    fn kindersofortzuschlag_and_kindergeld() {
        assert_eq!(at(d(2019, 7, 1)).kindersofortzuschlag, Cents::ZERO);
        assert_eq!(at(d(2024, 1, 1)).kindersofortzuschlag, Cents::euros(20));
        assert_eq!(at(d(2025, 1, 1)).kindersofortzuschlag, Cents::euros(25));
        let r2019 = at(d(2019, 7, 1));
        assert_eq!(r2019.kindergeld_fuer(1), Cents::euros(204));
        assert_eq!(r2019.kindergeld_fuer(3), Cents::euros(210));
        assert_eq!(r2019.kindergeld_fuer(4), Cents::euros(235));
        assert_eq!(at(d(2026, 1, 1)).kindergeld_fuer(5), Cents::euros(259));
    }

    #[test]
    fn only_the_2026_reform_is_marked_uncertain_beyond_the_minijob_limit() {
        let reform = Rechtsstand::get(RechtsstandId::R2026Juli);
        assert!(reform.unsicher.len() >= 2);
        assert!(matches!(reform.status, Status::Beschlossen { .. }));
        assert!(reform.status_text().german().contains("05.03.2026"));
        assert!(ALL[..ALL.len() - 1]
            .iter()
            .all(|r| r.status == Status::InKraft && !r.quelle.is_empty()));
        assert!(Rechtsstand::get(RechtsstandId::R2024).unsicher.is_empty());
    }
}
