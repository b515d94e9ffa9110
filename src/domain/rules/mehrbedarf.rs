//! The Mehrbedarfe of § 21 SGB II and the other fixed figures of the calculation that are the same
//! for every Rechtsstand the simulator covers (2019 to 2026). Percentages are given in tenths of a
//! percent, so that 2.3 % is exact.

/// § 21 Abs. 2: 17 % of the woman's Regelbedarf after the 12th week of pregnancy.
pub const SCHWANGERSCHAFT: i64 = 170;
/// The 13th week begins 28 weeks (196 days) before the due date (40 weeks after the last period).
pub const SCHWANGERSCHAFT_AB_TAGEN_VOR_TERMIN: i64 = 196;

/// § 21 Abs. 3 Nr. 1: 36 % of Regelbedarfsstufe 1 with a child under 7 or two or three under 16.
pub const ALLEINERZIEHEND_GRUNDSATZ: i64 = 360;
/// § 21 Abs. 3 Nr. 2: 12 % for each minor child, if that is more; at most 60 %.
pub const ALLEINERZIEHEND_JE_KIND: i64 = 120;
pub const ALLEINERZIEHEND_HOECHSTENS: i64 = 600;
/// § 21 Abs. 3 Nr. 1: the ages below which children bring the 36 %: one child under 7, or two or
/// three under 16.
pub const ALLEINERZIEHEND_KIND_UNTER: i32 = 7;
pub const ALLEINERZIEHEND_KINDER_UNTER: i32 = 16;

/// § 21 Abs. 4: 35 % with Teilhabe am Arbeitsleben or Eingliederungshilfe.
pub const BEHINDERUNG: i64 = 350;

/// § 21 Abs. 7: decentral hot water, by Regelbedarfsstufe.
pub fn warmwasser(stufe: u8) -> i64 {
    match stufe {
        1..=3 => 23,
        4 => 14,
        5 => 12,
        _ => 8,
    }
}

/// § 6 Abs. 1 Nr. 1 Alg II-V / Bürgergeld-V: flat amount for private insurance, deducted from the
/// other income of adults (earners have the Grundfreibetrag of § 11b Abs. 2 instead).
pub const VERSICHERUNGSPAUSCHALE_EUR: i64 = 30;

/// Value up to which one car per erwerbsfähige person counts as angemessen (§ 12 Abs. 1 Nr. 2):
/// 7,500 € by BSG case law (B 14/7b AS 66/06 R) under the 2019 rules, and the 15,000 € the BA
/// applies since 2023. Both are practice values, not statute [R in FACTS.md].
pub const KFZ_ANGEMESSEN_2019_EUR: i64 = 7_500;
pub const KFZ_ANGEMESSEN_EUR: i64 = 15_000;
