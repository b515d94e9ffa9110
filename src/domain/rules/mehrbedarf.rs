//! The Mehrbedarfe of § 21 SGB II and the other fixed figures of the calculation that are the same
//! for every Rechtsstand the simulator covers (2019 to 2026). Percentages are given in tenths of a
//! percent, so that 2.3 % is exact.

/// § 21 Abs. 2: 17 % of the woman's Regelbedarf after the 12th week of pregnancy.
pub const SCHWANGERSCHAFT: i64 = 170;
/// The 13th week begins 28 weeks (196 days) before the due date (40 weeks after the last period).
pub const SCHWANGERSCHAFT_AB_TAGEN_VOR_TERMIN: i64 = 196;

/// § 21 Abs. 3 Nr. 1: 36 % of Regelbedarfsstufe 1 with a child under 7 or two or three under 16.
const ALLEINERZIEHEND_GRUNDSATZ: i64 = 360;
/// § 21 Abs. 3 Nr. 2: 12 % for each minor child, if that is more; at most 60 %. Also the least
/// and the most the Mehrbedarf can be (one child of 7 or older; the cap).
pub const ALLEINERZIEHEND_JE_KIND: i64 = 120;
pub const ALLEINERZIEHEND_HOECHSTENS: i64 = 600;
/// § 21 Abs. 3 Nr. 1: the ages below which children bring the 36 %: one child under 7, or two or
/// three under 16.
const ALLEINERZIEHEND_KIND_UNTER: i32 = 7;
const ALLEINERZIEHEND_KINDER_UNTER: i32 = 16;

/// § 21 Abs. 3: the Mehrbedarf of a single parent, in tenths of a percent of Regelbedarfsstufe 1,
/// from the ages of the minor children: 36 % with a child under 7 or two or three under 16 (Nr. 1),
/// or 12 % per child if that is more (Nr. 2); at most 60 %. No minor child, no Mehrbedarf.
pub fn alleinerziehend(ages_of_minors: &[i32]) -> i64 {
    if ages_of_minors.is_empty() {
        return 0;
    }
    let under = |limit: i32| ages_of_minors.iter().filter(|a| **a < limit).count();
    let nr1 = under(ALLEINERZIEHEND_KIND_UNTER) >= 1
        || (2..=3).contains(&under(ALLEINERZIEHEND_KINDER_UNTER));
    let nr2 = ALLEINERZIEHEND_JE_KIND * ages_of_minors.len() as i64;
    (if nr1 { ALLEINERZIEHEND_GRUNDSATZ } else { 0 })
        .max(nr2)
        .min(ALLEINERZIEHEND_HOECHSTENS)
}

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

/// § 6 Abs. 1 Nr. 3 a Bürgergeld-V: flat amount for the costs of work (Werbungskosten), in cents.
pub const WERBUNGSKOSTENPAUSCHALE: i64 = 1_533;

/// § 11b Abs. 2 Satz 2 SGB II: above these monthly earnings, costs shown to be higher than the
/// 100 € Grundfreibetrag are deducted instead of it.
pub const NACHWEIS_AB_EUR: i64 = 400;

/// § 10 Abs. 5 Satz 2 BEEG: Elterngeld that replaces earnings from before the birth stays free up
/// to this amount a month (half of it for ElterngeldPlus, Satz 3).
pub const ELTERNGELD_FREI_EUR: i64 = 300;

/// Value up to which one car per erwerbsfähige person counts as angemessen (§ 12 Abs. 1 Nr. 2):
/// 7,500 € by BSG case law (B 14/7b AS 66/06 R) under the 2019 rules, and the 15,000 € the BA
/// applies since 2023. Both are practice values, not statute [R in FACTS.md].
pub const KFZ_ANGEMESSEN_2019_EUR: i64 = 7_500;
pub const KFZ_ANGEMESSEN_EUR: i64 = 15_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alleinerziehend_by_the_childrens_ages() {
        // One under 7: 36 %; one of 10: 12 %; two under 16: 36 %; four of 16/17: 48 %;
        // five: 60 %; none: nothing.
        for (ages, tenths) in [
            (&[3][..], 360),
            (&[10][..], 120),
            (&[10, 12][..], 360),
            (&[16, 16, 17, 17][..], 480),
            (&[1, 3, 5, 8, 10][..], 600),
            (&[][..], 0),
        ] {
            assert_eq!(alleinerziehend(ages), tenths, "{ages:?}");
        }
    }
}
