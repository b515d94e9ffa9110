//! Phase 1: who is in the Bedarfsgemeinschaft on the Stichtag, with age and Regelbedarfsstufe.

use super::super::antrag::{Antrag, Person, PersonRef};
use super::super::choices::WeitereVerhaeltnis;
use super::super::date::Date;
use super::super::rules::lebensalter::{regelbedarfsstufe_nach_alter, VOLLJAEHRIG_AB};

/// A member of the Bedarfsgemeinschaft as the calculation sees them.
pub(super) struct Member<'a> {
    pub who: PersonRef,
    pub person: &'a Person,
    pub age: i32,
    pub stufe: u8,
}

impl Member<'_> {
    pub fn is_kind(&self) -> bool {
        matches!(self.who, PersonRef::Kind(_))
    }

    pub fn is_minor_child(&self) -> bool {
        self.is_kind() && self.age < VOLLJAEHRIG_AB
    }
}

/// The members of the Bedarfsgemeinschaft by household relation (`Antrag::bedarfsgemeinschaft`,
/// § 7 Abs. 3 SGB II) with their Regelbedarfsstufe (§ 20 Abs. 2 to 4, § 23 Nr. 1): 2 for
/// partners, 1 for a single adult, by age for children and for a young applicant living with
/// their parents, 2 for parents living together in a young applicant's household.
///
/// Every member has a birth date: the form asks it of every person and refuses to go on without
/// one, and a loaded copy is checked the same way (`intake`). Should one still be missing, the
/// person counts as an adult of the applicant's generation (`unknown_age`): the reading that
/// gives no child's figures to someone whose age nobody knows.
pub(super) fn members(a: &Antrag, stichtag: Date) -> Vec<Member<'_>> {
    let candidates = a.bedarfsgemeinschaft(stichtag);
    let with_partner = candidates.contains(&PersonRef::Partner);
    let parents = candidates
        .iter()
        .filter(|w| {
            matches!(w, PersonRef::Weitere(_))
                && a.person(**w).and_then(|p| p.weitere_verhaeltnis)
                    == Some(WeitereVerhaeltnis::Elternteil)
        })
        .count();
    candidates
        .iter()
        .filter_map(|who| {
            let person = a.person(*who)?;
            let age = person.age_on(stichtag).unwrap_or_else(unknown_age);
            let stufe = match who {
                PersonRef::Antragsteller if parents > 0 => regelbedarfsstufe_nach_alter(age),
                PersonRef::Antragsteller | PersonRef::Partner if with_partner => 2,
                PersonRef::Antragsteller => 1,
                PersonRef::Partner => 2,
                PersonRef::Kind(_) => regelbedarfsstufe_nach_alter(age),
                PersonRef::Weitere(_) if parents > 1 => 2,
                PersonRef::Weitere(_) => 1,
            };
            Some(Member {
                who: *who,
                person,
                age,
                stufe,
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
    fn a_member_without_birth_date_counts_as_an_adult() {
        let on = Date::new(2026, 11, 1).expect("date");
        let a = Antrag::default();
        let m = members(&a, on);
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].age, m[0].stufe), (VOLLJAEHRIG_AB, 1));
        assert!(!m[0].is_minor_child());
    }
}
