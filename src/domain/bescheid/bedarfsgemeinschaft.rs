//! Phase 1: who is in the Bedarfsgemeinschaft on the Stichtag, with age and Regelbedarfsstufe.

use super::super::antrag::{Antrag, Person, PersonRef};
use super::super::choices::Ausbildung;
use super::super::date::Date;
use super::super::rules::lebensalter::{regelbedarfsstufe_nach_alter, UNTER_25, VOLLJAEHRIG_AB};

/// A member of the Bedarfsgemeinschaft as the calculation sees them.
pub(super) struct Member<'a> {
    pub who: PersonRef,
    pub person: &'a Person,
    pub age: i32,
    pub stufe: u8,
    /// In the place of a child of the Bedarfsgemeinschaft (§ 7 Abs. 3 Nr. 2 and 4): a child of the
    /// applicant, or an applicant under 25 in the parents' household. Its income counts only
    /// for itself (§ 9 Abs. 2 Satz 2) and takes it out of the Bedarfsgemeinschaft once it covers
    /// its need.
    pub kind_position: bool,
    /// A pupil, trainee or student (the Vorprüfung's answer for the applicant, the page's question
    /// for others): the § 11b Abs. 2b allowance may apply.
    pub in_ausbildung: bool,
    /// Moved out under 25 without the Jobcenter's Zusicherung: no Unterkunft und Heizung for this
    /// person (§ 22 Abs. 5 SGB II).
    pub ohne_kdu: bool,
}

impl Member<'_> {
    pub fn is_kind(&self) -> bool {
        self.kind_position
    }

    pub fn is_minor_child(&self) -> bool {
        matches!(self.who, PersonRef::Kind(_)) && self.age < VOLLJAEHRIG_AB
    }

    pub fn is_adult(&self) -> bool {
        self.age >= VOLLJAEHRIG_AB
    }
}

/// An applicant under 25 without partner who moved out of the parents' home without the
/// Jobcenter's Zusicherung (§ 20 Abs. 3, § 22 Abs. 5 SGB II).
pub(super) fn auszug_ohne_zusicherung(a: &Antrag, stichtag: Date) -> bool {
    a.hat_partner != Some(true)
        && a.antragsteller.auszug_ohne_zusicherung == Some(true)
        && a.antragsteller
            .age_on(stichtag)
            .is_some_and(|age| age < UNTER_25)
}

/// The members of the Bedarfsgemeinschaft by household relation (`Antrag::bedarfsgemeinschaft`,
/// § 7 Abs. 3 SGB II) with their Regelbedarfsstufe (§ 20 Abs. 2 to 4, § 23 Nr. 1): 2 for two
/// adult partners; 1 for a single adult and for an adult whose partner is a minor, whose own
/// Stufe is then 4 (§ 20 Abs. 2 Satz 1 and Satz 2 Nr. 1); by age for children and for a young
/// applicant living with their parents; 2 for parents living together in a young applicant's
/// household; 3 for an applicant under 25 who moved out without Zusicherung (§ 20 Abs. 3).
///
/// Every member has a birth date: the form asks it of every person and refuses to go on without
/// one, and a loaded copy is checked the same way (`intake`). Should one still be missing, the
/// person counts as an adult of the applicant's generation (`unknown_age`): the reading that
/// gives no child's figures to someone whose age nobody knows.
pub(super) fn members(a: &Antrag, stichtag: Date) -> Vec<Member<'_>> {
    let candidates = a.bedarfsgemeinschaft(stichtag);
    let with_partner = candidates.contains(&PersonRef::Partner);
    let age_of = |who: PersonRef| {
        a.person(who)
            .and_then(|p| p.age_on(stichtag))
            .unwrap_or_else(unknown_age)
    };
    let minor = |who: PersonRef| age_of(who) < VOLLJAEHRIG_AB;
    let parents = candidates.iter().filter(|w| a.is_parent(**w)).count();
    let ausgezogen = auszug_ohne_zusicherung(a, stichtag);
    let ausbildung_antragsteller = matches!(
        a.vorpruefung.ausbildung,
        Some(Ausbildung::Schule | Ausbildung::Betrieblich | Ausbildung::Studium)
    );
    candidates
        .iter()
        .filter_map(|who| {
            let person = a.person(*who)?;
            let age = age_of(*who);
            let stufe = match who {
                PersonRef::Antragsteller if parents > 0 => regelbedarfsstufe_nach_alter(age),
                PersonRef::Antragsteller | PersonRef::Partner if with_partner => {
                    let other = if *who == PersonRef::Partner {
                        PersonRef::Antragsteller
                    } else {
                        PersonRef::Partner
                    };
                    match (minor(*who), minor(other)) {
                        (true, _) => 4,
                        (false, true) => 1,
                        (false, false) => 2,
                    }
                }
                PersonRef::Antragsteller if ausgezogen => 3,
                PersonRef::Antragsteller | PersonRef::Partner => 1,
                PersonRef::Kind(_) => regelbedarfsstufe_nach_alter(age),
                PersonRef::Weitere(_) if parents > 1 => 2,
                PersonRef::Weitere(_) => 1,
            };
            let kind_position = match who {
                PersonRef::Kind(_) => true,
                PersonRef::Antragsteller => parents > 0,
                _ => false,
            };
            let in_ausbildung = match who {
                PersonRef::Antragsteller => ausbildung_antragsteller,
                _ => person.schule == Some(true),
            };
            Some(Member {
                who: *who,
                person,
                age,
                stufe,
                kind_position,
                in_ausbildung,
                ohne_kdu: *who == PersonRef::Antragsteller && ausgezogen,
            })
        })
        .collect()
}

/// The age assumed for a member without a birth date (see `members`): an adult under 25, so
/// neither a child's Regelbedarf nor an older person's allowances.
fn unknown_age() -> i32 {
    VOLLJAEHRIG_AB
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::antrag::Antrag;

    fn born(year: i32) -> Option<Date> {
        Date::new(year, 6, 1)
    }

    #[test]
    fn stufen_follow_the_household_position_and_the_childrens_ages() {
        let on = Date::new(2026, 11, 1).expect("date");
        let mut a = Antrag::default();
        a.antragsteller.geburtsdatum = born(1990);
        a.hat_partner = Some(true);
        a.partner.geburtsdatum = born(1991);
        a.anzahl_kinder = Some(2);
        a.kinder = vec![Person::default(), Person::default()];
        a.kinder[0].geburtsdatum = born(2022);
        a.kinder[1].geburtsdatum = born(2011);
        let stufen: Vec<(PersonRef, u8)> =
            members(&a, on).iter().map(|m| (m.who, m.stufe)).collect();
        assert_eq!(
            stufen,
            [
                (PersonRef::Antragsteller, 2),
                (PersonRef::Partner, 2),
                (PersonRef::Kind(0), 6),
                (PersonRef::Kind(1), 4),
            ]
        );
    }

    #[test]
    fn an_adult_with_a_minor_partner_has_stufe_1_and_the_partner_stufe_4() {
        let on = Date::new(2026, 11, 1).expect("date");
        let mut a = Antrag::default();
        a.antragsteller.geburtsdatum = born(2004);
        a.hat_partner = Some(true);
        a.partner.geburtsdatum = Date::new(2009, 3, 1);
        let stufen: Vec<u8> = members(&a, on).iter().map(|m| m.stufe).collect();
        assert_eq!(stufen, [1, 4]);
    }

    #[test]
    fn moved_out_under_25_without_zusicherung_is_stufe_3_without_housing() {
        let on = Date::new(2026, 11, 1).expect("date");
        let mut a = Antrag::default();
        a.antragsteller.geburtsdatum = born(2004);
        a.antragsteller.auszug_ohne_zusicherung = Some(true);
        let m = members(&a, on);
        assert_eq!((m[0].stufe, m[0].ohne_kdu), (3, true));
        a.antragsteller.geburtsdatum = born(2000);
        let m = members(&a, on);
        assert_eq!((m[0].stufe, m[0].ohne_kdu), (1, false));
    }

    #[test]
    fn a_member_without_birth_date_counts_as_an_adult() {
        let on = Date::new(2026, 11, 1).expect("date");
        let a = Antrag::default();
        let m = members(&a, on);
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].age, m[0].stufe), (VOLLJAEHRIG_AB, 1));
        assert!(!m[0].is_minor_child());
    }
}
