//! The ages the SGB II draws lines at, each with its §. The same for every Rechtsstand the
//! simulator covers (2019 to 2026); the upper limit of § 7a is in `altersgrenze`.

/// From 15 a person can be erwerbsfähig and leistungsberechtigt in their own right (§ 7 Abs. 1
/// Nr. 1, § 8 SGB II): they get Anlage WEP instead of KI, their own Anlage EK, the Mehrbedarf for
/// Teilhabe am Arbeitsleben (§ 21 Abs. 4) and their own Kfz allowance (§ 12 Abs. 1 Nr. 2).
pub const ERWERBSFAEHIG_AB: i32 = super::altersgrenze::MINDESTALTER;

/// Minors (§ 2 BGB): the children of § 21 Abs. 3 (Alleinerziehende), the children's allowance of
/// § 12 Abs. 2 (2019), and adults alone get the Versicherungspauschale (§ 6 Abs. 1 Nr. 1
/// Bürgergeld-V).
pub const VOLLJAEHRIG_AB: i32 = 18;

/// Under 25: unmarried children belong to their parents' Bedarfsgemeinschaft (§ 7 Abs. 3 Nr. 4),
/// a young applicant's parents to theirs (§ 7 Abs. 3 Nr. 2), and pupils, students and trainees
/// keep the allowance of § 11b Abs. 2b.
pub const UNTER_25: i32 = 25;

/// The Regelbedarfsstufe of a child or young person by age (§ 20 Abs. 2 Satz 2, § 23 Nr. 1
/// SGB II): 6 up to 5 years, 5 from 6 to 13, 4 from 14 to 17, then 3 (an adult in the parents'
/// household).
pub fn regelbedarfsstufe_nach_alter(age: i32) -> u8 {
    match age {
        ..=5 => 6,
        6..=13 => 5,
        14..=17 => 4,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stufen_change_on_the_birthdays_of_the_law() {
        let stufen: Vec<u8> = [0, 5, 6, 13, 14, 17, 18, 24]
            .into_iter()
            .map(regelbedarfsstufe_nach_alter)
            .collect();
        assert_eq!(stufen, [6, 6, 5, 5, 4, 4, 3, 3]);
    }
}
